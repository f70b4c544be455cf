// A filter box above a long list of choices (foundation/widgets.py): typing narrows the list
// to the choices whose name contains what was typed, ignoring case and accents. The native
// control stays what is submitted and what keyboards and screen readers operate; chosen
// entries always stay in view. Without this script the control is shown whole.
(() => {
  const fold = (text) =>
    text.normalize("NFD").replace(/\p{M}/gu, "").toLocaleLowerCase().trim();

  let counter = 0;

  // The field's own name: its label, its fieldset's legend, or the heading of the Wagtail
  // panel it is alone in.
  function fieldName(wrapper, control) {
    const fieldset = wrapper.closest("fieldset");
    const panel = wrapper.closest("section");
    const named =
      (control.id && document.querySelector(`label[for="${control.id}"]`)) ||
      (fieldset && fieldset.querySelector("legend")) ||
      (panel && panel.querySelector("[data-panel-heading-text]"));
    return ((named || {}).textContent || "").replace(/[\s*:]+$/u, "").trim();
  }

  function enhance(wrapper) {
    const select = wrapper.querySelector("select");
    const control = select || wrapper.firstElementChild;
    if (!control || wrapper.querySelector(".filterable-choices__filter")) return;
    // Each choice with the element to hide and whether it is chosen.
    const choices = select
      ? Array.from(select.options).map((option) => ({
          element: option,
          focusable: select,
          text: fold(option.textContent),
          chosen: () => option.selected || option.value === "",
        }))
      : Array.from(control.querySelectorAll("input[type=checkbox]")).map((input) => ({
          element: input.closest("label").parentElement,
          focusable: input,
          text: fold(input.closest("label").textContent),
          chosen: () => input.checked,
        }));

    counter += 1;
    const id = `filterable-choices-${counter}`;
    const label = document.createElement("label");
    label.className = "filterable-choices__label";
    label.htmlFor = id;
    label.textContent = wrapper.dataset.filterLabel;
    const input = document.createElement("input");
    input.type = "search";
    input.id = id;
    input.className = "filterable-choices__filter";
    input.autocomplete = "off";
    input.spellcheck = false;
    const name = fieldName(wrapper, control);
    if (name) input.setAttribute("aria-label", `${wrapper.dataset.filterLabel}: ${name}`);
    if (control.id) input.setAttribute("aria-controls", control.id);
    const hint = document.createElement("span");
    hint.id = `${id}-hint`;
    hint.className = "filterable-choices__hint";
    hint.textContent = wrapper.dataset.filterHint;
    const status = document.createElement("span");
    status.id = `${id}-status`;
    status.className = "filterable-choices__status";
    status.setAttribute("role", "status");
    input.setAttribute("aria-describedby", `${hint.id} ${status.id}`);

    let pending;
    function apply() {
      const wanted = fold(input.value);
      let shown = 0;
      choices.forEach((choice) => {
        const visible = !wanted || choice.text.includes(wanted) || choice.chosen();
        choice.element.hidden = !visible;
        if (visible) shown += 1;
      });
      if (!wanted) {
        status.textContent = "";
      } else if (choices.every((choice) => choice.element.hidden || choice.chosen())) {
        status.textContent = wrapper.dataset.filterNone;
      } else {
        status.textContent = wrapper.dataset.filterStatus
          .replace("%(shown)s", shown)
          .replace("%(total)s", choices.length);
      }
    }
    input.addEventListener("input", () => {
      clearTimeout(pending);
      // A moment's pause, so that a screen reader announces the count once, not per key.
      pending = setTimeout(apply, 250);
    });
    input.addEventListener("keydown", (event) => {
      if (event.key === "Enter") {
        // Enter moves to the narrowed list rather than submitting the form.
        event.preventDefault();
        apply();
        const first = choices.find((choice) => !choice.element.hidden);
        if (first) first.focusable.focus();
      } else if (event.key === "Escape" && input.value) {
        event.preventDefault();
        input.value = "";
        apply();
      }
    });

    const box = document.createElement("div");
    box.className = "filterable-choices__box";
    box.append(label, input, hint, status);
    wrapper.insertBefore(box, wrapper.firstChild);
    wrapper.classList.add("filterable-choices--enhanced");
  }

  function enhanceAll(root) {
    root.querySelectorAll("[data-filterable-choices]").forEach(enhance);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", () => enhanceAll(document));
  } else {
    enhanceAll(document);
  }
  // Panels the Wagtail admin adds later (e.g. a new inline form) bring their own lists.
  new MutationObserver((mutations) => {
    mutations.forEach((mutation) =>
      mutation.addedNodes.forEach((node) => {
        if (node.nodeType === Node.ELEMENT_NODE) enhanceAll(node);
      }),
    );
  }).observe(document.documentElement, { childList: true, subtree: true });
})();
