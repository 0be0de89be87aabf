import datetime as dt

import pytest

from plugins.site.model import (
    Alternate,
    Crumb,
    absolute_url,
    alternates_for,
    breadcrumb_list,
    breadcrumb_trail,
    checked_label,
    insert_after_title,
    own_url,
    parse_checked,
)

pytestmark = pytest.mark.unit

ROOT = "https://example.org/"


@pytest.mark.parametrize(
    ("url", "expected"),
    [("", ROOT), ("./", ROOT), ("en/", ROOT + "en/"), ("/en/vpc/", ROOT + "en/vpc/")],
)
def test_absolute_url(url, expected):
    assert absolute_url(ROOT, url) == expected
    assert absolute_url(ROOT.rstrip("/"), url) == expected


def test_alternates_put_the_default_first_and_add_x_default():
    links = alternates_for(ROOT, {"en": "en/vpc/", "ko": "vpc/"}, "ko")
    assert links == [
        Alternate("ko", ROOT + "vpc/"),
        Alternate("en", ROOT + "en/vpc/"),
        Alternate("x-default", ROOT + "vpc/"),
    ]
    assert own_url(links, "en/vpc/") == ROOT + "en/vpc/"
    assert own_url(links, "vpc/") == ROOT + "vpc/"


def test_own_url_refuses_a_page_not_among_its_alternates():
    with pytest.raises(ValueError):
        own_url(alternates_for(ROOT, {"ko": "vpc/"}, "ko"), "en/other/")


@pytest.mark.parametrize(
    ("value", "expected"),
    [(dt.date(2026, 11, 26), dt.date(2026, 11, 26)), ("2026-01-02", dt.date(2026, 1, 2))],
)
def test_parse_checked(value, expected):
    assert parse_checked(value) == expected


@pytest.mark.parametrize("value", ["yesterday", "26/11/2026", 20261126, None])
def test_parse_checked_rejects(value):
    with pytest.raises(ValueError):
        parse_checked(value)


def test_checked_label_per_language():
    date = dt.date(2026, 3, 5)
    assert checked_label(date, "ko") == "AWS 문서와 대조한 날짜: 2026년 3월 5일"
    assert checked_label(date, "en") == "Facts checked against AWS documentation on 5 March 2026"


def test_insert_after_title_skips_headings_in_code():
    markdown = "```\n# not a title\n```\n\n# Title\n\nBody"
    assert insert_after_title(markdown, "X") == "```\n# not a title\n```\n\n# Title\n\nX\n\n\nBody"


def test_insert_without_title_goes_on_top():
    assert insert_after_title("Body", "X") == "X\n\nBody"


HOME = Crumb("AWS 아키텍처 학습 노트", ROOT)


@pytest.mark.parametrize(
    ("sections", "page", "expected"),
    [
        # A page deep in a section: home, section (linked at its first page), page.
        (
            [Crumb("네트워킹", ROOT + "networking/vpc/")],
            Crumb("VPC 보안", ROOT + "networking/vpc-security/"),
            ["AWS 아키텍처 학습 노트", "네트워킹", "VPC 보안"],
        ),
        # The page is where its section links: the page replaces the section.
        (
            [Crumb("네트워킹", ROOT + "networking/vpc/")],
            Crumb("Amazon VPC", ROOT + "networking/vpc/"),
            ["AWS 아키텍처 학습 노트", "Amazon VPC"],
        ),
        # A section linked at the home adds nothing to the home.
        (
            [Crumb("시작하기", ROOT)],
            Crumb("이 노트에 대하여", ROOT + "about/"),
            ["AWS 아키텍처 학습 노트", "이 노트에 대하여"],
        ),
        # The home page has no trail.
        ([Crumb("시작하기", ROOT)], Crumb("홈", ROOT), []),
    ],
)
def test_breadcrumb_trail(sections, page, expected):
    assert [crumb.name for crumb in breadcrumb_trail(HOME, sections, page)] == expected


def test_breadcrumb_list_is_schema_org():
    trail = [HOME, Crumb("스토리지", ROOT + "storage/s3/"), Crumb("EBS", ROOT + "storage/ebs/")]
    data = breadcrumb_list(trail)
    assert data["@context"] == "https://schema.org" and data["@type"] == "BreadcrumbList"
    assert data["itemListElement"][2] == {
        "@type": "ListItem",
        "position": 3,
        "name": "EBS",
        "item": ROOT + "storage/ebs/",
    }
    assert breadcrumb_list([HOME]) is None
