// Reveal the "print this lesson" buttons, which need JavaScript; the print stylesheet works without.
document.querySelectorAll("[data-print]").forEach((button) => {
    button.hidden = false;
    button.addEventListener("click", () => window.print());
});
