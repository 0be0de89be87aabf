"""Search in Chromium, through Material's own search box and dialog, on the real site:
every query class, the language of the results, highlighting, keyboard and share links."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, quote, unquote, urlsplit

import pytest

pytestmark = pytest.mark.browser

RESULT = ".md-search-result__item"


def open_search(page, site_url: str, path: str, query: str):
    """Open a page with ?q= (Material's share link) and wait for the results."""
    page.goto(f"{site_url}{path}?q={quote(query)}")
    page.locator(RESULT).first.wait_for(state="visible")
    return page.locator(RESULT)


def result_links(page, site_url: str, links=None) -> list[str]:
    """Site-relative locations of result links (all of them by default), in order."""
    links = links or page.locator(f"{RESULT} a.md-search-result__link")
    hrefs = links.evaluate_all("links => links.map(a => a.href)")
    found = []
    for href in hrefs:
        parts = urlsplit(href)
        location = unquote(parts.path)[len(urlsplit(site_url).path) :]
        found.append(location + (f"#{unquote(parts.fragment)}" if parts.fragment else ""))
    return found


def first_page_shown(page, site_url: str) -> list[str]:
    """The links the first result shows: its page and best sections, not those folded
    under "more on this page"."""
    return result_links(page, site_url, page.locator(RESULT).first.locator(":scope > a"))


# Korean: one query per class, the section it must bring first, and a word that must be
# marked in that first result.
KOREAN = [
    ("particles", "버킷의 버전 관리", "storage/s3/#버전-관리", "버전"),
    ("particles", "복제하는", "storage/s3/#복제", "복제"),
    ("compounds", "가용영역이란", "cloud/global-infrastructure/#가용-영역이란", "영역"),
    ("compounds", "보안그룹 체이닝", "networking/vpc-security/#보안-그룹-체이닝", "체이닝"),
    ("mixed", "S3버킷 정책", "storage/s3/#버킷-정책과-iam-정책", "정책"),
    ("mixed", "VPC피어링", "networking/connectivity/#vpc-피어링", "피어링"),
    ("names", "람다", "compute/serverless/#aws-lambda", "Lambda"),
    (
        "names",
        "탄력적 IP",
        ("compute/ec2/#탄력적-ip-주소", "networking/vpc/#탄력적-ip-주소"),
        "탄력적",
    ),
    ("typing", "읽기 전용 복젭", "databases/#읽기-전용-복제본", "복제본"),
    ("typing", "배달 못한 편", "architecture/decoupling/#배달-못한-편지-대기열", "편지"),
]


@pytest.mark.parametrize(("kind", "query", "section", "marked"), KOREAN)
def test_korean_queries_find_the_section(page, site_url, kind, query, section, marked):
    open_search(page, site_url, "", query)
    shown = first_page_shown(page, site_url)
    sections = section if isinstance(section, tuple) else (section,)
    assert set(sections) & set(shown), f"{kind}: {query!r} showed {shown}"
    marks = page.locator(RESULT).first.locator("mark").all_inner_texts()
    assert marked in marks, marks


ENGLISH = [
    (
        "stemming",
        "scaling policies",
        "availability/auto-scaling/#cloudwatch-alarms-drive-scaling-policies",
        "scaling",
    ),
    ("aliases", "ASG", "availability/auto-scaling/#auto-scaling-groups-and-capacity", "Auto"),
    ("aliases", "NACL", "networking/vpc-security/#network-acls", "ACLs"),
    ("typing", "dead-let", "architecture/decoupling/#dead-letter-queues", "Dead"),
]


@pytest.mark.parametrize(("kind", "query", "section", "marked"), ENGLISH)
def test_english_queries_find_the_section(page, site_url, kind, query, section, marked):
    open_search(page, site_url, "en/", query)
    shown = first_page_shown(page, site_url)
    assert f"en/{section}" in shown, f"{kind}: {query!r} showed {shown}"
    marks = page.locator(RESULT).first.locator("mark").all_inner_texts()
    assert marked in marks, marks


def test_typing_into_the_search_box(page, site_url):
    page.watch.allow("favicon.svg")  # see test_a_result_highlights_the_words_on_its_page
    page.goto(site_url + "en/")
    page.keyboard.press("s")
    box = page.locator("input.md-search__input")
    box.wait_for(state="visible")
    box.type("visib", delay=40)  # a prefix, key by key, as a reader types
    page.locator(RESULT).first.wait_for(state="visible")
    assert "en/architecture/decoupling/#visibility-timeout" in first_page_shown(page, site_url)
    # Material's own keys: Enter in the box opens the best-scoring result.
    box.press("Enter")
    page.wait_for_url(re.compile(r".*/en/architecture/decoupling/.*#visibility-timeout$"))
    page.wait_for_load_state("networkidle")


def test_typing_hangul_into_the_search_box(page, site_url):
    page.goto(site_url)
    page.keyboard.press("s")
    box = page.locator("input.md-search__input")
    box.wait_for(state="visible")
    box.type("버킷을", delay=40)
    # Playwright enters Hangul as text, without the keyup that a keyboard or an IME sends and
    # that Material reads the box on; a last key does that (a reader's typing always does).
    page.keyboard.press("End")
    page.locator(RESULT).first.wait_for(state="visible")
    assert "storage/s3/#버킷" in first_page_shown(page, site_url)
    # Arrow keys walk the results, as in Material.
    page.keyboard.press("ArrowDown")
    focused = page.evaluate("document.activeElement.className")
    assert "md-search-result__link" in focused


def test_a_korean_query_on_the_english_site_returns_no_korean_page(page, site_url):
    open_search(page, site_url, "en/", "버킷 Lambda")
    links = result_links(page, site_url)
    assert links and all(link.startswith("en/") for link in links), links


def test_an_english_query_on_the_korean_site_returns_no_english_page(page, site_url):
    open_search(page, site_url, "", "bucket versioning Lambda")
    links = result_links(page, site_url)
    assert links and not any(link.startswith("en/") for link in links), links


@pytest.mark.parametrize(("path", "index"), [("", "search/"), ("en/", "en/search/")])
def test_each_language_fetches_only_its_own_index(page, site_url, path, index):
    fetched = []
    page.on("request", lambda r: fetched.append(r.url) if "search_index" in r.url else None)
    open_search(page, site_url, path, "EC2")
    assert fetched == [f"{site_url}{index}search_index.json"]


def test_the_share_link_reopens_the_same_search(page, site_url):
    open_search(page, site_url, "", "가용 영역")
    share = page.locator("[data-md-component=search-share]")
    href = share.get_attribute("href")
    assert parse_qs(urlsplit(href).query) == {"q": ["가용 영역"]}
    page.goto(href)
    page.locator(RESULT).first.wait_for(state="visible")
    assert page.locator("input.md-search__input").input_value() == "가용 영역"


def test_a_result_highlights_the_words_on_its_page(page, site_url):
    # Closing the dialog drops ?q= from the address (Material's replaceState), which makes
    # Chromium fetch the favicon again just as the click navigates away: a benign abort.
    page.watch.allow("favicon.svg")
    open_search(page, site_url, "", "버킷을")
    page.locator(f"{RESULT} a.md-search-result__link").nth(1).click()
    page.wait_for_url(re.compile(r".*storage/s3/.*"))
    page.wait_for_load_state("networkidle")
    # Text content, not innerText: the blocks far down the page are not rendered yet (site.css),
    # and innerText of what is not rendered is empty.
    marks = page.locator("mark[data-md-highlight]").all_text_contents()
    assert marks and all(mark.startswith("버킷") for mark in marks), marks[:5]


def test_snippets_show_the_page_text_unchanged(page, site_url):
    open_search(page, site_url, "", "가용영역")
    text = page.locator(RESULT).first.inner_text()
    assert not re.search("[\u200b\u200c\u200d\ufeff]", text)
    assert "가용 영역" in text  # as written on the page, not as typed or segmented


@pytest.mark.parametrize(("path", "english"), [("missing/", False), ("en/missing/", True)])
def test_the_404_page_searches_the_language_of_its_path(page, site_url, path, english):
    # The 404 status is the point here (Chromium also logs it, without the address).
    page.watch.allow(site_url + path)
    page.watch.allow("status of 404 (Not Found)")
    page.goto(f"{site_url}{path}?q={quote('Lambda')}")
    page.locator(RESULT).first.wait_for(state="visible")
    links = result_links(page, site_url)
    assert links and all(link.startswith("en/") == english for link in links), links


INDEX_REQUESTS_JS = """() => performance.getEntriesByType('resource')
  .filter((entry) => entry.name.endsWith('/search/search_index.json'))
  .map((entry) => entry.startTime)"""
INDEX_REQUESTED_JS = """() => performance.getEntriesByType('resource')
  .some((entry) => entry.name.endsWith('/search/search_index.json'))"""


def test_the_search_index_waits_until_the_reader_reaches_for_search(page, site_url):
    # A browser that never goes idle: only the reader (or the three seconds after load that
    # partials/search-index-hold.html allows at most) may release the index.
    page.add_init_script("window.requestIdleCallback = () => 0")
    page.goto(site_url + "storage/s3/")
    page.wait_for_load_state("load")
    page.wait_for_timeout(500)  # the page is up; Material asked for the index long ago
    assert page.evaluate(INDEX_REQUESTS_JS) == [], "the index was fetched before it was wanted"
    with page.expect_request(re.compile(r"/search/search_index\.json$")):
        page.keyboard.press("s")  # Material's shortcut: open search
    page.locator(".md-search__input").fill("버킷")
    page.keyboard.press("End")  # the keyup Material reads the box on (see above)
    page.locator(RESULT).first.wait_for(state="visible")


def test_the_search_index_is_fetched_after_the_first_paint(page, site_url):
    page.goto(site_url + "storage/s3/")
    page.wait_for_function(INDEX_REQUESTED_JS)
    (index_start,) = page.evaluate(INDEX_REQUESTS_JS)
    first_paint = page.evaluate(
        "() => performance.getEntriesByName('first-contentful-paint')[0].startTime"
    )
    assert index_start >= first_paint
