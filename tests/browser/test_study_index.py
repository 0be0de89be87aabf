"""Glossary terms and exam tips as a reader meets them in Chromium, on the real site."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

TOOLTIP = ".glossary-tooltip"


def first_term(page):
    """The page's first glossary term and the definition that describes it."""
    term = page.locator("article a.glossary-term").first
    term.wait_for(state="attached")
    described_by = term.get_attribute("aria-describedby")
    assert described_by, "a glossary term is described by its definition"
    definition = page.locator(f"[id='{described_by}']")
    # Hidden on the page (the tooltip shows it).
    assert not definition.is_visible()
    assert definition.evaluate("el => el.closest('.glossary-tips[hidden]') !== null")
    return term, " ".join(definition.text_content().split())


def shown(page) -> str:
    tooltip = page.locator(TOOLTIP)
    tooltip.wait_for(state="visible")
    # Shown to the eye only: assistive technology reads the link's description instead.
    assert tooltip.get_attribute("aria-hidden") == "true"
    return " ".join(tooltip.inner_text().split())


@pytest.mark.parametrize("path", ["storage/s3/", "en/storage/s3/"])
def test_hovering_a_term_shows_its_definition(page, site_url, path):
    page.goto(site_url + path)
    term, definition = first_term(page)
    assert definition.split(":")[0] and len(definition) > 30
    term.scroll_into_view_if_needed()
    term.hover()
    assert shown(page) == definition
    tooltip = page.locator(TOOLTIP)
    assert tooltip.get_attribute("lang") == ("en" if path.startswith("en/") else "ko")
    # Below the term, inside the viewport.
    at, box = term.bounding_box(), tooltip.bounding_box()
    assert box["y"] >= at["y"] + at["height"] and box["x"] >= 0
    assert box["x"] + box["width"] <= page.viewport_size["width"]
    # The pointer can move onto the tooltip without it going (WCAG 1.4.13).
    page.mouse.move(at["x"] + 2, at["y"] + at["height"] / 2)
    page.mouse.move(box["x"] + 4, box["y"] + 4, steps=4)
    page.wait_for_timeout(400)
    assert tooltip.is_visible()
    # Moving away hides it again.
    page.mouse.move(0, 0)
    tooltip.wait_for(state="hidden")


def test_keyboard_focus_on_a_term_shows_its_definition(page, site_url):
    page.goto(site_url + "storage/s3/")
    term, definition = first_term(page)
    term.focus()
    assert shown(page) == definition
    # Escape hides it, and the term keeps the focus.
    page.keyboard.press("Escape")
    page.locator(TOOLTIP).wait_for(state="hidden")
    assert term.evaluate("el => el === document.activeElement")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/glossary/#"))
    anchor = page.url.split("#", 1)[1]
    assert page.locator(f"[id='{anchor}']").is_visible()


def test_a_tap_shows_the_definition_and_a_second_tap_follows(browser, site_url):
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, has_touch=True, is_mobile=True
    )
    # Nothing may leave the machine (the page fixture's rule, for this touch context).
    context.route(
        "**/*",
        lambda route: (
            route.continue_()
            if route.request.url.startswith(site_url) or route.request.url.startswith("data:")
            else route.abort()
        ),
    )
    try:
        page = context.new_page()
        page.goto(site_url + "storage/s3/")
        term, definition = first_term(page)
        term.scroll_into_view_if_needed()
        term.tap()
        assert shown(page) == definition
        assert page.url == site_url + "storage/s3/"
        term.tap()
        page.wait_for_url(re.compile(r"/glossary/#"))
    finally:
        context.close()


@pytest.mark.parametrize(("index", "lang"), [("exam-tips/", "ko"), ("en/exam-tips/", "en")])
def test_a_tip_index_link_lands_on_the_tip(page, site_url, index, lang):
    page.goto(site_url + index)
    link = page.locator("a.exam-tips-link").first
    title = link.inner_text().strip()
    link.click()
    page.wait_for_url(re.compile(r"#exam-tip-[a-z][a-z0-9-]*$"))
    anchor = page.url.split("#", 1)[1]
    tip = page.locator(f"[id='{anchor}']")
    assert "exam-tip" in tip.get_attribute("class")
    assert tip.locator(".admonition-title, summary").first.inner_text().startswith(title)
    assert page.locator("html").get_attribute("lang") == lang
    # The tip is on screen, below the sticky header rather than hidden under it.
    box = tip.bounding_box()
    header = page.locator(".md-header").bounding_box()
    assert box is not None and header is not None
    assert header["y"] + header["height"] <= box["y"] < page.viewport_size["height"]


def test_a_correction_link_lands_on_its_box(page, site_url):
    page.goto(site_url + "corrections/")
    link = page.locator("a.corrections-link").first
    link.click()
    page.wait_for_url(re.compile(r"#(correction|update)-\d+$"))
    anchor = page.url.split("#", 1)[1]
    box = page.locator(f"[id='{anchor}']")
    assert anchor.split("-")[0] in box.get_attribute("class")
    assert box.is_visible()


@pytest.mark.parametrize(("path", "label"), [("glossary/", "문서"), ("en/glossary/", "pages")])
def test_a_terms_backlinks_open_and_close_with_their_button(page, site_url, path, label):
    page.goto(site_url + path + "#ec2")
    button = page.locator("#ec2 + dd .glossary-uses-toggle button")
    backlinks = page.locator("#uses-ec2")
    assert label in button.inner_text()
    assert button.get_attribute("aria-expanded") == "false"
    assert not backlinks.is_visible()
    assert backlinks.locator("a").count() == 0  # loaded when first opened
    button.click()
    expect(button).to_have_attribute("aria-expanded", "true")
    expect(backlinks).to_be_visible()
    assert backlinks.locator("a").count() > 3
    # Relative links from the file, resolved against the page: each leads to a page there is.
    for href in backlinks.locator("li > a").evaluate_all("(links) => links.map((a) => a.href)"):
        assert href.startswith(site_url + path.removesuffix("glossary/")), href
        assert page.request.get(href).ok, href
    button.press("Enter")  # and by keyboard
    assert button.get_attribute("aria-expanded") == "false"
    assert not backlinks.is_visible()


def test_backlinks_that_fail_to_load_say_so_and_load_when_opened_again(page, site_url):
    page.watch.allow("/glossary/backlinks.")
    page.route("**/backlinks.*.json", lambda route: route.fulfill(status=503))
    page.goto(site_url + "glossary/#ec2")
    button = page.locator("#ec2 + dd .glossary-uses-toggle button")
    backlinks = page.locator("#uses-ec2")
    button.click()
    expect(backlinks).to_contain_text("불러오지 못했습니다")
    assert backlinks.locator("a").count() == 0
    page.unroute("**/backlinks.*.json")
    button.click()  # closes
    button.click()  # opens, and tries again
    expect(backlinks.locator("a").first).to_be_visible()
    assert "불러오지 못했습니다" not in backlinks.inner_text()


LETTER_BUTTONS = ".glossary-group h2 .glossary-toggle"


def folded_groups(page) -> list[bool]:
    """For each letter of the glossary: is its list of terms folded (not shown)?"""
    return page.locator(".glossary-list").evaluate_all(
        "lists => lists.map(list => !list.firstElementChild.checkVisibility())"
    )


@pytest.mark.parametrize(("path", "lang"), [("glossary/", "ko"), ("en/glossary/", "en")])
def test_the_glossary_opens_folded_and_each_letter_unfolds_with_its_button(
    page, site_url, path, lang
):
    page.goto(site_url + path)
    assert all(folded_groups(page)) and len(folded_groups(page)) > 20
    button = page.locator(LETTER_BUTTONS).first
    assert button.get_attribute("aria-expanded") == "false"
    # The heading names the letter and how many terms it holds.
    assert re.fullmatch(r"\S+\s+\d+(개)?", button.inner_text().strip()), button.inner_text()
    button.click()
    assert button.get_attribute("aria-expanded") == "true"
    assert folded_groups(page)[0] is False and all(folded_groups(page)[1:])
    button.press("Enter")
    assert button.get_attribute("aria-expanded") == "false"
    assert all(folded_groups(page))


def test_a_letter_at_the_top_unfolds_the_group_it_jumps_to(page, site_url):
    page.goto(site_url + "en/glossary/")
    page.locator(".glossary-letters a", has_text=re.compile(r"^S$")).click()
    page.wait_for_url(re.compile(r"#letter-s$"))
    assert page.locator("#terms-letter-s").is_visible()
    assert page.locator("#letter-s .glossary-toggle").get_attribute("aria-expanded") == "true"


@pytest.mark.parametrize("path", ["glossary/#ec2", "en/glossary/#vpc"])
def test_a_link_to_a_term_unfolds_its_group(page, site_url, path):
    page.goto(site_url + path)
    term = page.locator(f"[id='{path.split('#')[1]}']")
    term.wait_for(state="visible")
    group = term.locator("xpath=ancestor::section[1]")
    assert group.locator("h2 .glossary-toggle").get_attribute("aria-expanded") == "true"
    assert term.bounding_box()["y"] < page.viewport_size["height"]


def test_expand_all_unfolds_and_folds_every_letter(page, site_url):
    page.goto(site_url + "glossary/")
    expand = page.locator("button.glossary-expand-all")
    assert expand.inner_text() == "모두 펼치기"
    expand.click()
    assert not any(folded_groups(page))
    assert expand.inner_text() == "모두 접기"
    assert page.locator(LETTER_BUTTONS + '[aria-expanded="false"]').count() == 0
    expand.click()
    assert all(folded_groups(page))
    assert expand.inner_text() == "모두 펼치기"
