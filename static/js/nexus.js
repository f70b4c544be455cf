// The Nexus header's disclosures: the menu button, which collapses the Nexus navigation on
// narrow screens (see .nexus-menu-button in nexus.css), and the avatar's account menu. Loaded
// in <head>: the class is set before the page is drawn, so nothing flashes open. Without this
// script both simply show their links.
document.documentElement.classList.add("has-nexus-menu");

document.addEventListener("DOMContentLoaded", () => {
  offerDeviceTimeZone();
  const disclosures = [".nexus-menu-button", ".nexus-account__button"]
    .map((selector) => document.querySelector(selector))
    .filter(Boolean);
  const isOpen = (button) => button.getAttribute("aria-expanded") === "true";
  const setOpen = (button, open) => button.setAttribute("aria-expanded", String(open));
  const account = document.querySelector(".nexus-account__button");

  disclosures.forEach((button) => {
    button.addEventListener("click", () => setOpen(button, !isOpen(button)));
  });

  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    // The account menu first, then the navigation (shown without its button on wide screens).
    const open = [account, ...disclosures].find(
      (button) => button && isOpen(button) && button.getClientRects().length,
    );
    if (!open) return;
    setOpen(open, false);
    open.focus();
  });

  if (!account) return;
  const closeUnlessInside = (target) => {
    if (isOpen(account) && !account.parentElement.contains(target)) setOpen(account, false);
  };
  // A click elsewhere, or the keyboard moving on past its last link, closes the account menu.
  document.addEventListener("click", (event) => closeUnlessInside(event.target));
  account.parentElement.addEventListener("focusout", (event) => {
    if (event.relatedTarget) closeUnlessInside(event.relatedTarget);
  });
});

// On "My profile": when no time zone is chosen yet, offer the device's own, which is the one
// the person most likely lives in; nothing is chosen for them.
function offerDeviceTimeZone() {
  const hint = document.querySelector("[data-device-time-zone]");
  const select = document.getElementById("id_time_zone");
  if (!hint || !select || select.value) return;
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const option = [...select.options].find((candidate) => candidate.value === zone);
  if (!option) return;
  hint.querySelector("[data-device-time-zone-name]").textContent = option.textContent;
  hint.hidden = false;
  hint.querySelector("[data-device-time-zone-use]").addEventListener("click", () => {
    select.value = zone;
    select.dispatchEvent(new Event("change", { bubbles: true }));
    hint.hidden = true;
    select.focus();
  });
}
