"""Findable: canonical links and the sitemaps' hreflang pairs are absolute and answer 200
on the site, the language versions point at each other, robots.txt names both sitemaps,
and every page but the homes carries schema.org breadcrumbs of its nav path, in its
language."""

from __future__ import annotations

import json
import urllib.request
from pathlib import Path
from urllib.error import HTTPError
from xml.etree import ElementTree

import pytest

from scripts.served import built_pages

from ..pages import parsed
from .conftest import has_hangul

CANONICAL_JS = """() => document.querySelector('link[rel="canonical"]')?.href ?? null"""
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def hreflang_pairs(site_url: str) -> dict[str, dict[str, str]]:
    """Every URL the served sitemaps list → its hreflang alternates (the pages' heads have
    none: plugins/site explains why)."""
    pairs = {}
    for root in ("", "en/"):
        with urllib.request.urlopen(f"{site_url}{root}sitemap.xml", timeout=10) as response:
            tree = ElementTree.fromstring(response.read())
        for url in tree.iter(f"{SITEMAP}url"):
            pairs[url.find(f"{SITEMAP}loc").text] = {
                link.get("hreflang"): link.get("href")
                for link in url.iter("{http://www.w3.org/1999/xhtml}link")
            }
    return pairs


def status_of(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status
    except HTTPError as error:
        return error.code


@pytest.mark.browser
@pytest.mark.parametrize(
    "page_type",
    ["home-ko", "home-en", "topic-ko", "topic-en", "glossary-ko", "exam-tips-en"],
    indirect=True,
)
def test_canonical_and_hreflang_are_absolute_and_reciprocal(page, page_type, open_page, site_url):
    open_page(page, page_type)
    canonical = page.evaluate(CANONICAL_JS)
    assert canonical == site_url + page_type.path
    pairs = hreflang_pairs(site_url)
    links = pairs[canonical]
    assert set(links) == {"ko", "en", "x-default"}
    assert links[page_type.lang] == canonical
    assert links["x-default"] == links["ko"]
    for href in links.values():
        assert href.startswith(site_url), f"hreflang {href} is not absolute on this site"
        assert status_of(href) == 200, href
    # The other language's page names this one back, and is the page it says it is.
    other = "en" if page_type.lang == "ko" else "ko"
    assert pairs[links[other]][page_type.lang] == canonical
    page.goto(links[other])
    assert page.evaluate(CANONICAL_JS) == links[other]


@pytest.mark.build
def test_robots_txt_names_each_language_sitemap(built_site, site_url):
    robots = (built_site / "robots.txt").read_text()
    sitemaps = [
        line.split(":", 1)[1].strip() for line in robots.splitlines() if line.startswith("Sitemap:")
    ]
    assert sitemaps == [site_url + "sitemap.xml", site_url + "en/sitemap.xml"]
    for sitemap in sitemaps:
        assert (built_site / sitemap.removeprefix(site_url)).is_file(), sitemap


# ---------------------------------------------------------------- structured data


def breadcrumbs_of(page: Path) -> list[dict]:
    html = parsed(page)
    return [json.loads(tag.string) for tag in html.select('script[type="application/ld+json"]')]


def page_url(site: Path, page: Path, site_url: str) -> str:
    relative = page.parent.relative_to(site).as_posix()
    return site_url + ("" if relative == "." else relative + "/")


@pytest.mark.build
def test_breadcrumbs_follow_the_nav_in_the_page_language(built_site, site_url):
    homes = {site_url: "ko", site_url + "en/": "en"}
    home_names = {}
    for page in built_pages(built_site):
        url = page_url(built_site, page, site_url)
        found = breadcrumbs_of(page)
        if url in homes:
            assert found == [], f"{url}: a home page has no trail"
            continue
        assert len(found) == 1, f"{url}: {len(found)} JSON-LD blocks"
        trail = found[0]
        assert trail["@context"] == "https://schema.org"
        assert trail["@type"] == "BreadcrumbList"
        items = trail["itemListElement"]
        assert len(items) >= 2, url
        lang = "en" if url.startswith(site_url + "en/") else "ko"
        for position, item in enumerate(items, start=1):
            assert item["@type"] == "ListItem" and item["position"] == position, (url, item)
            assert isinstance(item["name"], str) and item["name"].strip(), (url, item)
            target = item["item"]
            assert target.startswith(site_url), (url, item)
            assert (built_site / target.removeprefix(site_url) / "index.html").is_file(), (
                url,
                item,
            )
            if lang == "en":
                assert not has_hangul(item["name"]), (url, item)
        home = items[0]
        assert home["item"] == (site_url + "en/" if lang == "en" else site_url), url
        home_names.setdefault(lang, home["name"])
        assert home["name"] == home_names[lang], url
        assert items[-1]["item"] == url, f"{url}: the trail must end at the page itself"
        # Section names come from the nav: Korean on Korean pages.
        if lang == "ko":
            assert all(has_hangul(item["name"]) for item in items[1:-1]), (url, items)
    assert has_hangul(home_names["ko"]) and not has_hangul(home_names["en"])
