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

/* The glossary's folds: each letter's terms, and each term's backlinks, open and close with
   their button (aria-expanded, aria-controls). Folded content is hidden="until-found", so
   find in page and links to a term unfold it (the browser fires beforematch); the letters at
   the top unfold the group they jump to, and "Expand all" unfolds every letter.
   Backlinks are not in the page (half its weight): the file that data-backlinks names is
   loaded the first time a reader opens a term's list, and fills each list as it opens. */
(() => {
  const foldOf = (button) => document.getElementById(button.getAttribute("aria-controls"));
  const BACKLINKS_PREFIX = "uses-";
  let backlinks = null; // the promise of the backlinks file, once asked for

  function loadBacklinks() {
    if (!backlinks) {
      const source = document.querySelector("[data-backlinks]");
      backlinks = fetch(new URL(source.dataset.backlinks, location.href)).then((response) => {
        if (!response.ok) throw new Error(`${response.status} ${response.url}`);
        return response.json();
      });
      backlinks.catch(() => {
        backlinks = null; // the next opening tries again
      });
    }
    return backlinks;
  }

  const link = (href, text) => {
    const anchor = document.createElement("a");
    anchor.setAttribute("href", href);
    anchor.textContent = text;
    return anchor;
  };

  // One item per page: the page, then the sections that use the term.
  function backlinkItems(termId, { pages, terms }) {
    return (terms[termId] || []).map(([pageNumber, sections]) => {
      const [href, title] = pages[pageNumber];
      const item = document.createElement("li");
      item.append(link(href, title));
      sections.forEach(([anchor, section], index) => {
        item.append(index === 0 ? ": " : ", ", link(`${href}#${anchor}`, section));
      });
      return item;
    });
  }

  async function openBacklinks(button, list) {
    if (list.dataset.filled !== "true") {
      list.setAttribute("aria-busy", "true");
      try {
        const items = backlinkItems(list.id.slice(BACKLINKS_PREFIX.length), await loadBacklinks());
        list.replaceChildren(...items);
        list.dataset.filled = "true";
      } catch {
        const failed = document.createElement("li");
        failed.className = "glossary-uses-failed";
        failed.textContent = document.querySelector("[data-backlinks]").dataset.backlinksFailed;
        list.replaceChildren(failed);
      }
      list.removeAttribute("aria-busy");
    }
    setOpen(button, true);
  }

  function setOpen(button, open) {
    const fold = foldOf(button);
    if (!fold) return;
    button.setAttribute("aria-expanded", String(open));
    if (open) fold.removeAttribute("hidden");
    else fold.setAttribute("hidden", "until-found");
  }

  // The group whose heading or terms an anchor names, opened (browsers without
  // hidden="until-found" do not reveal a linked term by themselves).
  function openFor(id) {
    const target = id && document.getElementById(id);
    const group = target?.closest(".glossary-group");
    const button = group?.querySelector("h2 .glossary-toggle");
    if (button && button.getAttribute("aria-expanded") !== "true") {
      setOpen(button, true);
      target.scrollIntoView();
    }
  }
  const idOf = (hash) => decodeURIComponent(hash.slice(1));

  document.addEventListener("click", (event) => {
    const toggle = event.target.closest?.("button.glossary-toggle");
    if (toggle) {
      const open = toggle.getAttribute("aria-expanded") !== "true";
      const fold = foldOf(toggle);
      if (open && fold?.id.startsWith(BACKLINKS_PREFIX)) openBacklinks(toggle, fold);
      else setOpen(toggle, open);
      return;
    }
    const letter = event.target.closest?.(".glossary-letters a");
    if (letter) {
      openFor(idOf(letter.hash));
      return;
    }
    const all = event.target.closest?.("button.glossary-expand-all");
    if (all) {
      const open = all.dataset.open !== "true";
      for (const button of document.querySelectorAll(".glossary-group h2 .glossary-toggle")) {
        setOpen(button, open);
      }
      all.dataset.open = String(open);
      all.textContent = open ? all.dataset.labelCollapse : all.dataset.labelExpand;
    }
  });
  document.addEventListener(
    "beforematch",
    (event) => {
      const button = event.target.id && document.querySelector(`[aria-controls="${event.target.id}"]`);
      if (button) button.setAttribute("aria-expanded", "true");
    },
    true,
  );
  window.addEventListener("hashchange", () => openFor(idOf(location.hash)));
  if (location.hash) openFor(idOf(location.hash));
})();

/* Corrections and updates are shown collapsed under their titles (plugins/examtips/boxes.py
   makes them <details>). Material's details component (bundle, mkdocs-material 9.8) already
   opens the box an address's anchor names and every box while printing, and the browser opens
   one that find in page matches; tests/browser/test_boxes.py holds all of it to that. Left
   here: a search result whose words are inside a box, and an in-page link to the box that
   the address already names (no hashchange, so Material does not see it). */
(() => {
  const BOX = "details.correction, details.update";

  // Search results carry the words searched for (?h=…, Material's search.highlight).
  const words = (new URLSearchParams(location.search).get("h") || "")
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean);
  if (words.length) {
    for (const box of document.querySelectorAll(BOX)) {
      const text = box.textContent.toLowerCase();
      if (words.some((word) => text.includes(word))) box.open = true;
    }
  }

  document.addEventListener("click", (event) => {
    const link = event.target.closest?.("a[href*='#']");
    if (!link || link.pathname !== location.pathname || link.hash !== location.hash) return;
    const box = document.getElementById(decodeURIComponent(link.hash.slice(1)))?.closest(BOX);
    if (box) box.open = true;
  });
})();
