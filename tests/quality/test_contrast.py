"""Contrast meets WCAG AA in both palettes, small text of the footer and navigation included
(axe-core's color-contrast computes it from the rendered styles), and links in running text
are told apart by more than colour (link-in-text-block)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

CONTRAST_RULES = ["color-contrast", "link-in-text-block"]
# The small text the issue names: navigation tabs, sidebar navigation, table of contents,
# the footer with its licence notices, and the checked date under a topic's title.
SMALL_TEXT = {
    "tabs": ".md-tabs",
    "navigation": ".md-nav--primary",
    "table of contents": ".md-nav--secondary",
    "footer": ".md-footer",
    "checked date": ".page-checked",
}
PALETTES = {"light": "default", "dark": "slate"}
RENDER_EVERY_BLOCK = ".md-content__inner > * { content-visibility: visible !important }"
INSIDE_JS = """([selector, targets]) => targets.filter((target) => {
  const node = document.querySelector(target);
  return node !== null && node.closest(selector) !== null;
})"""


def targets(result: dict, kind: str, rule: str) -> list[str]:
    return [target for found in result[kind] if found["id"] == rule for target in found["targets"]]


@pytest.mark.parametrize("palette", sorted(PALETTES))
@pytest.mark.parametrize(
    "page_type",
    ["home-ko", "home-en", "topic-ko", "topic-en", "glossary-ko", "practice-ko", "practice-en"],
    indirect=True,
)
def test_contrast_in_both_palettes(page, page_type, open_page, axe, palette):
    # The first palette option follows the system setting, so the emulated one decides.
    page.emulate_media(color_scheme=palette)
    open_page(page, page_type)
    assert page.locator("body").get_attribute("data-md-color-scheme") == PALETTES[palette]
    # Every block of the article rendered, not just the first screen (site.css lets the
    # browser skip the rest until it is scrolled near), so that all of its text is measured.
    page.add_style_tag(content=RENDER_EVERY_BLOCK)
    result = axe.run(page, CONTRAST_RULES)
    assert not result["violations"], axe.describe(result["violations"])
    passed = targets(result, "passes", "color-contrast")
    undecided = targets(result, "incomplete", "color-contrast")
    for part, selector in SMALL_TEXT.items():
        part_text = page.locator(selector)
        if part_text.count() == 0 or not part_text.first.is_visible():
            continue  # e.g. no checked date on a home page, no table of contents on the glossary
        checked = page.evaluate(INSIDE_JS, [selector, passed])
        assert checked, f"no text of the {part} was checked for contrast"
        unsure = page.evaluate(INSIDE_JS, [selector, undecided])
        assert not unsure, f"the contrast of the {part} could not be decided: {unsure}"
