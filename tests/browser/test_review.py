"""The one-page review as a reader prints it from Chromium (issue 28): on A4, without the
site's header, nav or footer, nothing cut, every AWS link followed by its address."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from plugins.examtips.endings import topic_pages
from scripts import configfile

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]


def site_topic_pages() -> list[str]:
    """The topic pages of mkdocs.yml's nav, as the page-ending rule finds them."""
    config = configfile.load(ROOT / "mkdocs.yml")
    exempt = configfile.plugin_options(config, "exam-tips")["endings_exempt_sections"]
    return topic_pages(config["nav"], exempt)


# The printable width of A4 (210 mm) inside the print stylesheet's 14 mm margins, in CSS px.
A4_CONTENT_PX = round((210 - 2 * 14) / 25.4 * 96)


@pytest.mark.parametrize("root", ["", "en/"])
def test_the_review_prints_on_a4(browser, site_url, root, tmp_path):
    context = browser.new_context(viewport={"width": A4_CONTENT_PX, "height": 1000})
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
        page.goto(site_url + root + "review/")
        sections = page.locator("h2.review-title")
        topics = len(site_topic_pages())
        assert topics >= 23
        assert sections.count() == topics
        page.emulate_media(media="print")
        for chrome in (".md-header", ".md-tabs", ".md-sidebar--primary", ".md-footer"):
            assert not page.locator(chrome).first.is_visible(), chrome
        # Nothing reaches past the printable width.
        widest = page.evaluate(
            "() => Math.max(...[...document.querySelectorAll('article *')]"
            ".map(e => e.getBoundingClientRect().right))"
        )
        assert widest <= A4_CONTENT_PX
        assert page.evaluate("() => document.documentElement.scrollWidth") <= A4_CONTENT_PX
        # Every bullet of every page is there.
        assert page.locator("h2.review-title + ul > li").count() >= 5 * topics
        pdf = page.pdf(format="A4", print_background=False)
        (tmp_path / "review.pdf").write_bytes(pdf)
        assert pdf.startswith(b"%PDF")
        pages = len(re.findall(rb"/Type\s*/Page\b", pdf))
        assert 2 <= pages <= 20
        # A4 in points (595.3 × 841.9, Chromium rounds to its pixels), on every page.
        boxes = re.findall(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", pdf)
        assert boxes and all(
            abs(float(w) - 595.3) < 2 and abs(float(h) - 841.9) < 2 for w, h in boxes
        )
    finally:
        context.close()


@pytest.mark.parametrize("path", ["compute/ec2/", "en/storage/s3/"])
def test_aws_links_print_their_address(page, site_url, path):
    page.goto(site_url + path)
    page.emulate_media(media="print")
    links = page.locator("article a[href^='https://docs.aws.amazon.com/']")
    printed = links.first.evaluate("a => getComputedStyle(a, '::after').content")
    assert links.first.get_attribute("href") in printed
    page.emulate_media(media="screen")
    assert links.first.evaluate("a => getComputedStyle(a, '::after').content") in ("none", "normal")
