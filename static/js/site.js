// Small enhancements on every page; without JavaScript each control still works as plain HTML.

// The user menu is a <details>: Escape closes it and returns focus to its button, as a menu
// button's keyboard users expect.
document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    document.querySelectorAll("details.user-menu[open]").forEach((menu) => {
        menu.open = false;
        menu.querySelector("summary").focus();
    });
});

// The case library's filters: beside the results on wide screens, folded on a phone so the
// first result is in view; the summary counts the filters applied.
document.querySelectorAll("details[data-open-wide]").forEach((details) => {
    details.open = window.matchMedia(details.dataset.openWide).matches;
});
