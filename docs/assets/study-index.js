/* Glossary terms: a tooltip shows the term's definition while the pointer is on the term
   or on the tooltip, while the term has the keyboard focus, and after a first tap; Escape
   hides it. The definition is the hidden paragraph that the link's aria-describedby names
   (written once per page by plugins/glossary/linker.py), which screen readers read as the
   link's description; the tooltip only shows it, so assistive technology skips it.
   One tooltip and a few listeners on the document serve every term, so nothing is set up
   per term while the page loads. */
(() => {
  const TERM = "a.glossary-term";
  const GAP = 6; // px between the term and the tooltip
  const EDGE = 8; // px kept free at the sides of the viewport
  let tooltip = null;
  let shownFor = null;
  let hideTimer = 0;

  const theTooltip = () => {
    if (!tooltip) {
      tooltip = document.createElement("div");
      tooltip.className = "glossary-tooltip";
      tooltip.setAttribute("aria-hidden", "true");
      tooltip.hidden = true;
      // The reader may move the pointer onto the tooltip (to select or read it) without it going.
      tooltip.addEventListener("mouseenter", () => clearTimeout(hideTimer));
      tooltip.addEventListener("mouseleave", hideSoon);
      document.body.append(tooltip);
    }
    return tooltip;
  };

  function show(term) {
    const definition = document.getElementById(term.getAttribute("aria-describedby") || "");
    if (!definition) return;
    clearTimeout(hideTimer);
    const box = theTooltip();
    if (shownFor !== term) {
      box.replaceChildren(...Array.from(definition.childNodes, (node) => node.cloneNode(true)));
      box.lang = term.closest("[lang]")?.lang || "";
      shownFor = term;
    }
    box.hidden = false;
    box.style.left = "0px"; // measured where nothing squeezes it
    // Below the term, or above it when there is no room below; never past the sides.
    const at = term.getBoundingClientRect();
    const width = box.offsetWidth;
    const height = box.offsetHeight;
    const viewport = document.documentElement.clientWidth;
    const left = Math.max(EDGE, Math.min(at.left, viewport - width - EDGE));
    let top = at.bottom + GAP;
    if (top + height > window.innerHeight && at.top - GAP - height > 0) top = at.top - GAP - height;
    box.style.left = `${left + window.scrollX}px`;
    box.style.top = `${top + window.scrollY}px`;
  }

  function hide() {
    clearTimeout(hideTimer);
    if (tooltip) tooltip.hidden = true;
    shownFor = null;
  }

  function hideSoon() {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(() => {
      if (!shownFor || document.activeElement !== shownFor) hide();
    }, 200);
  }

  const termOf = (event) => event.target.closest?.(TERM);
  document.addEventListener("mouseover", (event) => {
    const term = termOf(event);
    if (term) show(term);
  });
  document.addEventListener("mouseout", (event) => {
    const term = termOf(event);
    if (term && !term.contains(event.relatedTarget)) hideSoon();
  });
  document.addEventListener("focusin", (event) => {
    const term = termOf(event);
    if (term) show(term);
  });
  document.addEventListener("focusout", (event) => {
    if (termOf(event)) {
      clearTimeout(hideTimer);
      hideTimer = setTimeout(hide, 200);
    }
  });
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && tooltip && !tooltip.hidden) hide();
  });
})();

/* Glossary terms on touch screens: hovering is not possible, so the first tap on a term
   shows its definition (the tooltip follows the focus) and a second tap follows the link.
   Mouse and keyboard behave as for any link. */
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
