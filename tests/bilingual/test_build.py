"""The real site, built strictly once per run, checked on parsed HTML."""

from __future__ import annotations

import datetime
import re
from pathlib import Path
from urllib.parse import urlsplit
from xml.etree import ElementTree

import pytest
from bs4 import BeautifulSoup

from scripts.served import built_pages

from ..pages import parsed

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.build
SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"


def soup(path: Path) -> BeautifulSoup:
    return parsed(path)


def is_english(site: Path, page: Path) -> bool:
    return page.relative_to(site).parts[0] == "en"


def test_both_homes_exist_in_their_language(built_site):
    assert soup(built_site / "index.html").html["lang"] == "ko"
    assert soup(built_site / "en" / "index.html").html["lang"] == "en"


def test_every_page_has_its_language_and_a_twin(built_site):
    for page in built_pages(built_site):
        relative = page.relative_to(built_site)
        english = is_english(built_site, page)
        assert soup(page).html["lang"] == ("en" if english else "ko"), relative
        twin = built_site / relative.relative_to("en") if english else built_site / "en" / relative
        assert twin.is_file(), f"{relative} has no twin in the other language"


def sitemap_alternates(site: Path) -> dict[str, dict[str, str]]:
    """Every page the two sitemaps list → its hreflang alternates."""
    found = {}
    for sitemap in (site / "sitemap.xml", site / "en" / "sitemap.xml"):
        for url in ElementTree.parse(sitemap).iter(f"{{{SITEMAP_NS}}}url"):
            loc = url.find(f"{{{SITEMAP_NS}}}loc").text
            found[loc] = {
                link.get("hreflang"): link.get("href")
                for link in url.iter("{http://www.w3.org/1999/xhtml}link")
                if link.get("rel") == "alternate"
            }
    return found


def test_hreflang_pairs_of_every_page_are_in_the_sitemaps(built_site, site_url):
    listed = sitemap_alternates(built_site)
    for page in built_pages(built_site):
        relative = page.parent.relative_to(built_site).as_posix()
        url = site_url + ("" if relative == "." else relative + "/")
        links = listed.get(url)
        assert links is not None, f"{url} is in no sitemap"
        assert set(links) == {"ko", "en", "x-default"}, url
        assert links["ko" if not is_english(built_site, page) else "en"] == url
        assert links["x-default"] == links["ko"]
        for href in links.values():
            assert href.startswith(site_url), f"{url}: hreflang {href} is not absolute"
            assert href in listed, f"{url}: hreflang {href} points at no listed page"
            # The other language's page names this one back.
            assert listed[href] == links, (url, href)


def test_canonical_and_description_on_every_page(built_site, site_url):
    for page in built_pages(built_site):
        html = soup(page)
        canonical = html.select_one('link[rel="canonical"]')["href"]
        assert canonical.startswith(site_url), page
        assert (built_site / urlsplit(canonical).path.lstrip("/") / "index.html").is_file()
        description = html.select_one('meta[name="description"]')["content"]
        assert len(description) > 30, page
        assert bool(re.search("[가-힣]", description)) != is_english(built_site, page), (
            f"{page}: description is not in the page's language"
        )


def test_english_pages_have_english_titles_and_nav(built_site):
    html = soup(built_site / "en" / "about" / "index.html")
    assert "About these notes" in html.title.string
    assert "AWS Architecture Study Notes" in html.title.string
    nav_titles = [a.get_text(strip=True) for a in html.select(".md-tabs__link")]
    assert "Start here" in nav_titles, nav_titles


def test_sitemaps_per_language_list_only_existing_pages(built_site, site_url):
    for sitemap, prefix in (
        (built_site / "sitemap.xml", ""),
        (built_site / "en" / "sitemap.xml", "en/"),
    ):
        tree = ElementTree.parse(sitemap)
        locs = [loc.text for loc in tree.iter(f"{{{SITEMAP_NS}}}loc")]
        assert locs, sitemap
        for loc in locs:
            path = urlsplit(loc).path.lstrip("/")
            assert path.startswith(prefix), f"{sitemap} lists {loc} of another language"
            assert (built_site / path / "index.html").is_file(), loc
    robots = (built_site / "robots.txt").read_text()
    assert f"Sitemap: {site_url}sitemap.xml" in robots
    assert f"Sitemap: {site_url}en/sitemap.xml" in robots


def test_no_page_has_material_fetch_a_sitemap_beside_it(built_site):
    # Material's bundle fetches <alternate href>/sitemap.xml for every alternate link in the
    # head: there are none, and the only sitemaps are the two at the language roots.
    for page in built_pages(built_site):
        assert not soup(page).select('link[rel="alternate"]'), page
    sitemaps = sorted(p.relative_to(built_site).as_posix() for p in built_site.rglob("sitemap*"))
    assert sitemaps == ["en/sitemap.xml", "sitemap.xml"]


def test_404_page_carries_both_languages(built_site):
    html = soup(built_site / "404.html")
    messages = {section["lang"]: section for section in html.select("[data-not-found] [data-lang]")}
    assert set(messages) == {"ko", "en"}
    assert "찾을 수 없습니다" in messages["ko"].get_text()
    assert "not found" in messages["en"].get_text().lower()
    hrefs = {a["href"] for a in html.select("[data-not-found] a")}
    assert {"/", "/en/"} <= hrefs
    assert html.select_one('meta[name="robots"]')["content"] == "noindex"


def test_korean_headings_have_korean_ids(built_site):
    html = soup(built_site / "about" / "index.html")
    ids = [heading.get("id") for heading in html.select("h2, h3")]
    assert "노트의-출처" in ids, ids
    for page in built_pages(built_site):
        for heading in soup(page).select("h1[id], h2[id], h3[id], h4[id]"):
            anchor = heading["id"]
            assert anchor and not anchor.isdigit() and not re.fullmatch(r"_\d+", anchor), (
                f"{page}: heading {heading.get_text()!r} has id {anchor!r}"
            )


def test_checked_date_sits_under_the_title(built_site):
    # The date the page's front matter gives, written out in each language.
    source = (ROOT / "docs/about/index.en.md").read_text(encoding="utf-8")
    day = datetime.date.fromisoformat(re.search(r"^checked: (\S+)$", source, re.M).group(1))
    html = soup(built_site / "en" / "about" / "index.html")
    checked = html.select_one("h1 + .page-checked time")
    assert checked["datetime"] == day.isoformat()
    assert f"{day.day} {day:%B} {day.year}" in checked.get_text()
    ko = soup(built_site / "about" / "index.html").select_one("h1 + .page-checked time")
    assert f"{day.year}년 {day.month}월 {day.day}일" in ko.get_text()


def test_footer_notices_in_each_language(built_site):
    ko = soup(built_site / "index.html").select_one(".md-copyright").get_text(" ", strip=True)
    en = (
        soup(built_site / "en" / "index.html").select_one(".md-copyright").get_text(" ", strip=True)
    )
    assert "CC BY-SA 4.0" in ko and "MIT" in ko and "제휴하지 않은" in ko
    assert "CC BY-SA 4.0" in en and "MIT" in en and "not affiliated" in en


def test_nothing_is_loaded_from_outside_the_site(built_site):
    for page in [*built_pages(built_site), built_site / "404.html"]:
        html = soup(page)
        for tag, attribute in (
            ("script", "src"),
            ("link", "href"),
            ("img", "src"),
            ("iframe", "src"),
        ):
            for element in html.find_all(tag):
                value = element.get(attribute)
                if not value or (
                    tag == "link" and element.get("rel") in (["canonical"], ["alternate"])
                ):
                    continue
                assert not re.match(r"^(https?:)?//", value) or value.startswith(
                    "http://127.0.0.1"
                ), f"{page}: {tag} loads {value}"
        assert "fonts.googleapis" not in page.read_text(encoding="utf-8")


def test_language_selector_links_land_on_the_same_page(built_site):
    links = soup(built_site / "about" / "index.html").select(".md-select__link")
    targets = {a["hreflang"]: a for a in links}
    assert targets["en"]["href"].rstrip("/").endswith("en/about")
    assert targets["en"]["target"] == "_self"
