import datetime as dt

import pytest

from plugins.site.model import (
    Alternate,
    absolute_url,
    alternates_for,
    checked_label,
    insert_after_title,
    own_url,
    parse_checked,
)

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
