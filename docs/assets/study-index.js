/* Glossary terms on touch screens: hovering is not possible, so the first tap on a term
   shows its definition (Material shows a link's tooltip while it has the focus) and a
   second tap follows the link. Mouse and keyboard behave as for any link. */
document.addEventListener("click", (event) => {
  const term = event.target.closest && event.target.closest("a.glossary-term");
  if (!term || !window.matchMedia("(hover: none)").matches) return;
  if (term.dataset.tapped !== "true") {
    event.preventDefault();
    document.querySelectorAll("a.glossary-term[data-tapped]").forEach((other) => {
      delete other.dataset.tapped;
    });
    term.dataset.tapped = "true";
    term.focus();
  }
});
document.addEventListener("focusout", (event) => {
  if (event.target.dataset && event.target.dataset.tapped) delete event.target.dataset.tapped;
});

/* Glossary backlinks: each term's list opens and closes with its button. A list that find in
   page opens (hidden="until-found") marks its button open too. */
document.addEventListener("click", (event) => {
  const button = event.target.closest && event.target.closest(".glossary-uses-toggle button");
  if (!button) return;
  const list = document.getElementById(button.getAttribute("aria-controls"));
  if (!list) return;
  const open = button.getAttribute("aria-expanded") !== "true";
  button.setAttribute("aria-expanded", String(open));
  if (open) list.removeAttribute("hidden");
  else list.setAttribute("hidden", "until-found");
});
document.addEventListener(
  "beforematch",
  (event) => {
    const list = event.target.closest && event.target.closest(".glossary-uses");
    const button = list && document.querySelector(`[aria-controls="${list.id}"]`);
    if (button) button.setAttribute("aria-expanded", "true");
  },
  true,
);
