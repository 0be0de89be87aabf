"""Correction and update boxes, collapsed under their titles, as a reader meets them in
Chromium (issue 28): a link to a box, a search result, find in page and print open it; the
corrections page shows every box in full."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.browser

BOXES = "article details.correction, article details.update"


def is_open(box) -> bool:
    return box.evaluate("el => el.open")


def body_of(box):
    return box.locator(":scope > :not(summary)").first


def test_boxes_are_collapsed_under_their_titles(page, site_url):
    page.goto(site_url + "compute/ec2/")
    boxes = page.locator(BOXES)
    assert boxes.count() >= 10
    for index in range(boxes.count()):
        box = boxes.nth(index)
        assert not is_open(box)
        title = box.locator("summary").inner_text().strip()
        # A title that says what was corrected, not the bare kind.
        assert title not in ("정정", "업데이트", "2026년 기준")
    box = boxes.first
    assert box.locator("summary").is_visible() and not body_of(box).is_visible()
    box.locator("summary").click()
    assert is_open(box) and body_of(box).is_visible()


@pytest.mark.parametrize("path", ["compute/ec2/#correction-3", "en/compute/ec2/#update-2"])
def test_a_shared_anchor_opens_its_box(page, site_url, path):
    page.goto(site_url + path)
    box = page.locator(f"[id='{path.split('#')[1]}']")
    assert is_open(box)
    body = body_of(box)
    assert body.is_visible()
    top = box.bounding_box()["y"]
    assert 0 <= top < page.viewport_size["height"]


def test_a_link_from_the_corrections_page_opens_its_box(page, site_url):
    page.goto(site_url + "en/corrections/")
    link = page.locator("a.corrections-link").nth(5)
    link.click()
    page.wait_for_url(re.compile(r"#(correction|update)-\d+$"))
    box = page.locator(f"[id='{page.url.split('#', 1)[1]}']")
    assert is_open(box) and body_of(box).is_visible()
    # Every other box of the page stays closed.
    assert page.locator(BOXES).evaluate_all("boxes => boxes.filter(b => b.open).length") == 1


def test_an_in_page_link_to_the_box_already_in_the_address_opens_it_again(page, site_url):
    page.goto(site_url + "compute/ec2/#correction-1")
    box = page.locator("#correction-1")
    box.locator("summary").click()  # the reader closes it …
    assert not is_open(box)
    page.evaluate(
        "() => { const a = document.createElement('a'); a.href = '#correction-1';"
        " a.textContent = 'again'; document.querySelector('article').prepend(a); a.click(); }"
    )
    assert is_open(box)  # … and a link to it opens it, though the address does not change


def test_a_search_result_opens_the_box_it_found(page, site_url):
    page.goto(site_url + "en/")
    page.keyboard.press("s")
    field = page.locator("input.md-search__input")
    field.wait_for(state="visible")
    field.type("Qwiklabs", delay=30)
    page.keyboard.press("End")
    page.locator(".md-search-result__item").first.wait_for(state="visible")
    # The result for the section holding the word (the page's own head carries no words).
    result = page.locator(".md-search-result__item a[href*='course/?h=qwiklabs' i]").first
    result.click()
    page.wait_for_url(re.compile(r"/en/course/\?h=qwiklabs", re.IGNORECASE))
    box = page.locator(BOXES).filter(has_text="Qwiklabs")
    assert box.count() == 1 and is_open(box) and body_of(box).is_visible()
    # Boxes without the words searched for stay closed.
    assert not is_open(page.locator(BOXES).filter(has_not_text="Qwiklabs").first)


def test_find_in_page_opens_the_box_holding_the_match(page, site_url):
    # Find in page and a text fragment share the browser's way of revealing a closed <details>
    # (Chromium's "auto-expand details"); a test cannot press Ctrl+F, so it follows a fragment.
    page.goto(site_url + "en/compute/ec2/#:~:text=the%20hypervisor%20early%20EC2%20used")
    box = page.locator("#correction-1")
    page.wait_for_function("() => document.getElementById('correction-1').open")
    assert body_of(box).is_visible()


def test_print_opens_every_box(page, site_url):
    page.goto(site_url + "compute/ec2/")
    boxes = page.locator(BOXES)
    count = boxes.count()
    page.emulate_media(media="print")
    # The print stylesheet shows every box's text, even where no script runs.
    visible = boxes.evaluate_all(
        "boxes => boxes.filter(b => b.querySelector(':scope > p').checkVisibility()).length"
    )
    assert visible == count
    # And Material's details component opens them for the print dialog, then closes them.
    page.evaluate("() => window.dispatchEvent(new Event('beforeprint'))")
    assert boxes.evaluate_all("boxes => boxes.every(b => b.open)")
    page.evaluate("() => window.dispatchEvent(new Event('afterprint'))")
    assert boxes.evaluate_all("boxes => boxes.every(b => !b.open)")


def test_the_corrections_page_shows_every_box_in_full(page, site_url):
    page.goto(site_url + "corrections/")
    items = page.locator(".corrections-item")
    assert items.count() > 100
    texts = items.locator("p")
    assert texts.evaluate_all(
        "ps => ps.every(p => p.checkVisibility() && p.textContent.length > 20)"
    )
    assert page.locator("details:not([open])").count() == 0
