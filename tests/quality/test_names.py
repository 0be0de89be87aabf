"""Every control has an accessible name, and the name is in the language of the page (or of
the part of it marked with another `lang`): the search dialog, the palette toggle, the
language switcher, the navigation, the tooltips of glossary terms, the copy buttons."""

from __future__ import annotations

import pytest

from .conftest import PAGE_KEYS, has_hangul

pytestmark = pytest.mark.browser

# axe-core's rules about names, roles and language (WCAG 4.1.2, 1.1.1, 2.4.2, 3.1.1).
NAME_RULES = [
    "aria-command-name",
    "aria-dialog-name",
    "aria-input-field-name",
    "aria-toggle-field-name",
    "aria-tooltip-name",
    "button-name",
    "document-title",
    "frame-title",
    "html-has-lang",
    "html-lang-valid",
    "image-alt",
    "input-button-name",
    "label",
    "link-name",
    "role-img-alt",
    "select-name",
    "svg-img-alt",
    "valid-lang",
    "aria-valid-attr-value",
]

# The names a reader's assistive technology announces for the site's controls and landmarks:
# everything outside the article, and inside it the controls the site adds (glossary tooltips,
# heading links, copy buttons). Each with the language of its closest [lang].
NAMES_JS = """() => {
  const controls = "a.glossary-term, a.headerlink, .md-code__button, .md-clipboard";
  const found = [];
  for (const el of document.querySelectorAll("[aria-label], [title], [placeholder]")) {
    if (el.closest("article") && !el.matches(controls)) continue;
    // The table of contents names its nested lists after the page's headings: content.
    if (el.matches(".md-nav--secondary nav")) continue;
    for (const attribute of ["aria-label", "title", "placeholder"]) {
      const value = el.getAttribute(attribute);
      if (value === null) continue;
      found.push({
        element: el.outerHTML.slice(0, 120),
        attribute,
        value,
        lang: el.closest("[lang]").getAttribute("lang"),
      });
    }
  }
  return found;
}"""


def open_search(page) -> None:
    page.keyboard.press("s")
    page.locator(".md-search__input").wait_for(state="visible")


@pytest.mark.parametrize("page_type", PAGE_KEYS, indirect=True)
def test_every_control_has_a_name(page, page_type, open_page, axe):
    open_page(page, page_type)
    open_search(page)  # the dialog and its controls are only checked while visible
    result = axe.run(page, NAME_RULES)
    assert not result["violations"], axe.describe(result["violations"])
    checked = {rule["id"] for rule in result["passes"]}
    assert {"aria-dialog-name", "button-name", "link-name"} <= checked, checked


@pytest.mark.parametrize("page_type", PAGE_KEYS, indirect=True)
def test_names_are_in_the_language_of_the_page(page, page_type, open_page):
    open_page(page, page_type)
    names = page.evaluate(NAMES_JS)
    assert len(names) > 20, names  # the header, search, palette, nav and footer at least
    wrong = [name for name in names if not in_language(name["value"], name["lang"])]
    assert not wrong, "\n".join(
        f"{n['lang']}: {n['attribute']}={n['value']!r} on {n['element']}" for n in wrong
    )


def in_language(text: str, lang: str) -> bool:
    return has_hangul(text) if lang == "ko" else not has_hangul(text)
