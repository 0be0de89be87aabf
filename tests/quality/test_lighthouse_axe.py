"""axe-core as Lighthouse's accessibility audit runs it (Lighthouse 12.8.2,
core/gather/gatherers/accessibility.js: the wcag2a and wcag2aa rules, with its own rules
turned on and off), on every page type in both languages. Lighthouse scores accessibility
from these results, so no violation here is what keeps the score at 100 with the axe-core
of tools/lighthouse/package-lock.json, vendored in tests/quality/vendor/."""

from __future__ import annotations

import pytest

from .conftest import PAGE_KEYS

pytestmark = pytest.mark.browser

LIGHTHOUSE_RULES = {
    "accesskeys": True,
    "area-alt": False,
    "aria-allowed-role": True,
    "aria-braille-equivalent": False,
    "aria-conditional-attr": True,
    "aria-deprecated-role": True,
    "aria-dialog-name": True,
    "aria-prohibited-attr": True,
    "aria-roledescription": False,
    "aria-treeitem-name": True,
    "aria-text": True,
    "audio-caption": False,
    "blink": False,
    "duplicate-id": False,
    "empty-heading": True,
    "frame-focusable-content": False,
    "frame-title-unique": False,
    "heading-order": True,
    "html-xml-lang-mismatch": True,
    "identical-links-same-purpose": True,
    "image-redundant-alt": True,
    "input-button-name": True,
    "label-content-name-mismatch": True,
    "landmark-one-main": True,
    "link-in-text-block": True,
    "marquee": False,
    "meta-viewport": True,
    "nested-interactive": False,
    "no-autoplay-audio": False,
    "role-img-alt": False,
    "scrollable-region-focusable": False,
    "select-name": True,
    "server-side-image-map": False,
    "skip-link": True,
    "summary-name": False,
    "svg-img-alt": False,
    "tabindex": True,
    "table-duplicate-name": True,
    "table-fake-caption": True,
    "target-size": True,
    "td-has-header": True,
}

RUN = """async (rules) => {
  const result = await axe.run(document, {
    runOnly: { type: "tag", values: ["wcag2a", "wcag2aa"] },
    resultTypes: ["violations"],
    rules: Object.fromEntries(Object.entries(rules).map(([id, on]) => [id, { enabled: on }])),
  });
  return {
    version: axe.version,
    violations: result.violations.map((rule) => ({
      id: rule.id,
      targets: rule.nodes.map((node) => node.target.join(" ")),
      messages: rule.nodes.map((node) =>
        [...node.any, ...node.all, ...node.none].map((check) => check.message).join(" | ")
      ),
    })),
  };
}"""


# Lighthouse's two form factors: its mobile emulation and its desktop screen.
SCREENS = {"mobile": {"width": 412, "height": 823}, "desktop": {"width": 1350, "height": 940}}


@pytest.mark.parametrize("screen", SCREENS)
@pytest.mark.parametrize("page_type", PAGE_KEYS, indirect=True)
def test_lighthouse_finds_no_accessibility_fault(page, page_type, screen, open_page, axe):
    page.set_viewport_size(SCREENS[screen])
    open_page(page, page_type)
    axe.run(page, ["document-title"])  # injects axe-core once
    result = page.evaluate(RUN, LIGHTHOUSE_RULES)
    assert result["version"] >= "4.14", result["version"]
    assert not result["violations"], axe.describe(result["violations"])
