"""What a reader does in Chromium: switch language, search, hit a missing page."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser


def open_language_menu_and_pick(page, language_name: str) -> None:
    page.locator(".md-header__option .md-select").first.hover()
    page.get_by_role("link", name=language_name, exact=True).click()


def test_language_switcher_lands_on_the_same_page(page, site_url):
    page.goto(site_url + "about/")
    assert page.locator("html").get_attribute("lang") == "ko"
    open_language_menu_and_pick(page, "English")
    page.wait_for_url(site_url + "en/about/")
    assert heading(page) == "About these notes"
    open_language_menu_and_pick(page, "한국어")
    page.wait_for_url(site_url + "about/")
    assert heading(page) == "이 노트에 대하여"


def heading(page) -> str:
    return page.locator("h1").first.inner_text().rstrip("¶").strip()


def search(page, query: str):
    page.keyboard.press("s")
    box = page.locator("input.md-search__input")
    box.wait_for(state="visible")
    box.type(query, delay=30)
    # Playwright enters Hangul as text, without the keyup that a keyboard or an IME sends and
    # that Material reads the box on; a last key does that, as a reader's typing always does.
    page.keyboard.press("End")
    results = page.locator(".md-search-result__item")
    results.first.wait_for(state="visible")
    return results


def test_search_finds_a_korean_word_on_a_korean_page(page, site_url):
    page.goto(site_url)
    results = search(page, "출처")
    hrefs = results.locator("a").evaluate_all("links => links.map(a => a.href)")
    assert any(href.startswith(site_url + "about/") for href in hrefs), hrefs


def test_search_finds_an_english_word_on_an_english_page(page, site_url):
    page.goto(site_url + "en/")
    results = search(page, "restructured")
    hrefs = results.locator("a").evaluate_all("links => links.map(a => a.href)")
    assert any(href.startswith(site_url + "en/about/") for href in hrefs), hrefs


@pytest.mark.parametrize(
    ("path", "language", "heading"),
    [("missing/", "ko", "페이지를 찾을 수 없습니다"), ("en/missing/", "en", "Page not found")],
)
def test_404_page_speaks_the_language_of_the_path(page, site_url, path, language, heading):
    page.watch.allow(site_url + path)  # the 404 status itself is the point of this test
    response = page.goto(site_url + path)
    assert response.status == 404
    assert page.locator("html").get_attribute("lang") == language
    visible = page.locator(f"[data-lang='{language}']")
    assert visible.is_visible() and heading in visible.inner_text()
    other = "en" if language == "ko" else "ko"
    assert page.locator(f"[data-lang='{other}']").is_hidden()


@pytest.mark.parametrize("path", ["", "about/", "en/", "en/about/"])
def test_pages_load_cleanly(page, site_url, path):
    # The page fixture fails the test on any console error, failed request (for example a
    # sitemap.xml that Material would fetch beside a head's alternate link) or request off
    # 127.0.0.1.
    page.goto(site_url + path)
    page.wait_for_load_state("networkidle")
    assert page.locator("h1").count() >= 1
