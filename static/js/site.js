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

// Search suggestions: the search box becomes a WAI-ARIA 1.2 combobox with a listbox popup
// (https://www.w3.org/WAI/ARIA/apg/patterns/combobox/). From the third letter it asks the
// server for titles; Down and Up move through them, Enter opens the one chosen (or searches
// when none is), Escape closes the list, and a status line says how many there are. Without
// JavaScript the box is a plain search form.
document.querySelectorAll("form[data-suggestions]").forEach((form) => {
    const input = form.querySelector("input[name=q]");
    if (!input) return;
    const minimum = 3;
    const combo = document.createElement("div");
    combo.className = "search-combo";
    input.before(combo);
    combo.append(input);
    const list = document.createElement("ul");
    list.id = `${input.id}-suggestions`;
    list.className = "search-suggestions";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", form.dataset.suggestionsLabel);
    list.hidden = true;
    combo.append(list);
    const status = document.createElement("p");
    status.className = "visually-hidden";
    status.setAttribute("aria-live", "polite");
    status.setAttribute("aria-atomic", "true");
    form.append(status);
    const hint = document.getElementById(`${input.id}-hint`);
    if (hint) {
        hint.hidden = false;
        const described = input.getAttribute("aria-describedby");
        input.setAttribute("aria-describedby", described ? `${hint.id} ${described}` : hint.id);
    }
    // ARIA in HTML allows the combobox role on a text input, not on a search input.
    input.type = "text";
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", list.id);
    input.setAttribute("autocomplete", "off");

    let options = [];
    let active = -1;
    let timer = null;
    let pending = null;

    const activate = (index) => {
        active = index;
        options.forEach((option, n) => option.setAttribute("aria-selected", String(n === index)));
        if (index < 0) {
            input.removeAttribute("aria-activedescendant");
        } else {
            input.setAttribute("aria-activedescendant", options[index].id);
            options[index].scrollIntoView({ block: "nearest" });
        }
    };
    const close = () => {
        list.hidden = true;
        input.setAttribute("aria-expanded", "false");
        activate(-1);
    };
    const open = () => {
        if (!options.length) return;
        list.hidden = false;
        input.setAttribute("aria-expanded", "true");
    };
    const follow = (option) => window.location.assign(option.dataset.url);
    const show = (data) => {
        options = data.suggestions.map((suggestion, n) => {
            const option = document.createElement("li");
            option.id = `${list.id}-${n}`;
            option.setAttribute("role", "option");
            option.setAttribute("aria-selected", "false");
            option.dataset.url = suggestion.url;
            const title = document.createElement("span");
            title.className = "search-suggestions__title";
            title.textContent = suggestion.title;
            const kind = document.createElement("span");
            kind.className = "search-suggestions__kind";
            kind.textContent = suggestion.kind;
            option.append(title, " ", kind);
            // Keep the focus in the box, so that a click does not close the list first.
            option.addEventListener("mousedown", (event) => event.preventDefault());
            option.addEventListener("click", () => follow(option));
            return option;
        });
        list.replaceChildren(...options);
        status.textContent = data.status;
        active = -1;
        if (options.length && document.activeElement === input) open();
        else close();
    };
    const ask = async () => {
        const query = input.value.trim();
        if (pending) pending.abort();
        if (query.replace(/[^\p{L}\p{N}]/gu, "").length < minimum) {
            show({ suggestions: [], status: "" });
            return;
        }
        pending = new AbortController();
        try {
            const response = await fetch(`${form.dataset.suggestions}?q=${encodeURIComponent(query)}`, {
                headers: { Accept: "application/json" },
                signal: pending.signal,
            });
            if (!response.ok) throw new Error(String(response.status));
            show(await response.json());
        } catch (error) {
            if (error.name !== "AbortError") show({ suggestions: [], status: "" });
        }
    };

    input.addEventListener("input", () => {
        window.clearTimeout(timer);
        timer = window.setTimeout(ask, 150);
    });
    input.addEventListener("keydown", (event) => {
        const count = options.length;
        if (event.key === "ArrowDown" || event.key === "ArrowUp") {
            if (!count) return;
            event.preventDefault();
            const wasOpen = !list.hidden;
            open();
            if (event.altKey) return;
            const step = event.key === "ArrowDown" ? 1 : -1;
            const start = wasOpen ? active : step > 0 ? -1 : count;
            activate((start + step + count) % count);
        } else if (event.key === "Enter") {
            if (!list.hidden && active >= 0) {
                event.preventDefault();
                follow(options[active]);
            }
        } else if (event.key === "Escape") {
            if (!list.hidden) {
                event.preventDefault();
                event.stopPropagation();
                close();
            }
        } else if (event.key === "Tab") {
            close();
        }
    });
    input.addEventListener("blur", close);
    input.addEventListener("focus", open);
});
