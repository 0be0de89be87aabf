"""The response headers policy's Content-Security-Policy allows everything the site loads:
every page type, served with the distribution's headers (the preview sends them), reports no
CSP violation in Chromium, the search worker and diagrams included."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

COLLECT_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
});
"""


@pytest.mark.parametrize(
    "path",
    ["", "en/", "networking/vpc/", "en/storage/s3/", "glossary/", "en/exam-tips/", "corrections/"],
)
def test_no_csp_violation(page, site_url, path):
    page.add_init_script(COLLECT_VIOLATIONS)
    response = page.goto(site_url + path)
    assert "default-src 'self'" in response.headers["content-security-policy"]
    page.wait_for_load_state("networkidle")
    figures = page.locator("figure.diagram img")
    if figures.count():
        figures.first.scroll_into_view_if_needed()
        page.wait_for_function(
            "img => img.complete && img.naturalWidth > 0", arg=figures.first.element_handle()
        )
    assert page.evaluate("window.__cspViolations") == []


def test_no_csp_violation_with_search_open(page, site_url):
    page.add_init_script(COLLECT_VIOLATIONS)
    page.goto(site_url + "networking/vpc/")
    page.keyboard.press("s")
    page.locator("input.md-search__input").type("보안 그룹", delay=20)
    # Playwright enters Hangul as text, without the keyup Material reads the box on.
    page.keyboard.press("End")
    page.locator(".md-search-result__item").first.wait_for(state="visible")
    assert page.evaluate("window.__cspViolations") == []
