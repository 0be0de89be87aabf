"""Every page type loads from the site alone: no request fails, none leaves 127.0.0.1, no
console error (the `page` fixture records them all), also while lazy diagrams load on scroll."""

from __future__ import annotations

import pytest

from .conftest import PAGE_KEYS

pytestmark = pytest.mark.browser

SCROLL_TO_END = """async () => {
  for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight) {
    window.scrollTo(0, y);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}"""


@pytest.mark.parametrize("page_type", PAGE_KEYS, indirect=True)
def test_page_loads_only_from_the_site(page, page_type, open_page):
    open_page(page, page_type)
    page.evaluate(SCROLL_TO_END)
    page.wait_for_load_state("networkidle")
    # The fixture checks again at teardown; asserting here names the page in the failure.
    assert page.watch.problems() == {}, page_type


@pytest.mark.parametrize("page_type", ["home-ko", "topic-en"], indirect=True)
def test_opening_search_loads_nothing_from_outside(page, page_type, open_page):
    open_page(page, page_type)
    page.keyboard.press("s")
    page.locator("input.md-search__input").type("S3", delay=50)
    # Generous: on two busy shared cores the worker can take a while to build its index.
    page.locator(".md-search-result__item").first.wait_for(state="visible", timeout=60_000)
    page.wait_for_load_state("networkidle")
    assert page.watch.problems() == {}, page_type
