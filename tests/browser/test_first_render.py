"""What a phone lays out as a long page loads: the blocks near the first screen, not the code
blocks further down (site.css, "long pages on phones"). The hosting page has thirteen code
blocks, each of which Material's script measures at load; laid out, they kept its mobile
Lighthouse performance under the goal (issue 29)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

PHONE = {"width": 412, "height": 823}  # Lighthouse's mobile screen

# Blocks of the article whose contents the browser renders, by what they are.
RENDERED_JS = """() => {
  const blocks = [...document.querySelector('.md-content__inner').children];
  const rendered = blocks.filter((block) => {
    const inside = block.querySelector('*');
    return !inside || inside.checkVisibility({ contentVisibilityAuto: true });
  });
  return {
    blocks: blocks.length,
    rendered: rendered.length,
    code: blocks.filter((block) => block.matches('.highlight')).length,
    codeRendered: rendered.filter((block) => block.matches('.highlight')).length,
  };
}"""


@pytest.mark.parametrize("path", ["hosting/", "en/hosting/"])
def test_code_blocks_below_the_first_screen_are_not_laid_out_at_load(page, site_url, path):
    page.set_viewport_size(PHONE)
    page.goto(site_url + path)
    page.wait_for_load_state("load")
    found = page.evaluate(RENDERED_JS)
    assert found["code"] >= 10, found
    assert found["codeRendered"] == 0, found
    assert found["rendered"] < found["blocks"] / 4, found


LCP_JS = """() => new Promise((resolve) => {
  new PerformanceObserver((list) => {
    const last = list.getEntries().at(-1);
    resolve(last.element ? last.element.tagName : last.url);
  }).observe({ type: 'largest-contentful-paint', buffered: true });
})"""


@pytest.mark.parametrize("path", ["hosting/", "en/hosting/"])
def test_the_hosting_page_first_screen_is_led_by_text(page, site_url, path):
    # The diagram follows the sentence that introduces it, below a phone's first screen: the
    # largest thing painted first is the introduction, drawn with the first paint, rather than
    # the picture (a 35 KB SVG that a phone paints later), which held back Lighthouse's LCP.
    page.set_viewport_size(PHONE)
    page.goto(site_url + path)
    assert page.evaluate(LCP_JS) == "P"
    assert page.locator("figure.diagram").first.bounding_box()["y"] >= PHONE["height"] - 40
