// Collapses the header's menu behind its button on narrow screens (see .site-menu-button in
// site.css). Loaded in <head>: the class is set before the header is drawn, so the menu never
// flashes open. Without this script the menu is simply shown.
document.documentElement.classList.add("has-site-menu");

document.addEventListener("DOMContentLoaded", () => {
  const button = document.querySelector(".site-menu-button");
  if (!button) return;
  const isOpen = () => button.getAttribute("aria-expanded") === "true";
  const setOpen = (open) => button.setAttribute("aria-expanded", String(open));

  button.addEventListener("click", () => setOpen(!isOpen()));
  document.addEventListener("keydown", (event) => {
    // Wide screens show the menu without the button: nothing to close there.
    if (event.key !== "Escape" || !isOpen() || !button.getClientRects().length) return;
    setOpen(false);
    button.focus();
  });
});
