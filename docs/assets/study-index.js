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
