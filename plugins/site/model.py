"""Pure helpers of the bilingual plugin: no MkDocs objects, so they are unit-tested directly."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


@dataclass(frozen=True)
class Alternate:
    hreflang: str
    href: str


@dataclass(frozen=True)
class SitemapEntry:
    loc: str
    alternates: list[Alternate]


def own_url(alternates: list[Alternate], page_url: str) -> str:
    """The absolute URL among a page's alternates that is the page itself."""
    for alternate in alternates:
        if alternate.hreflang != "x-default" and alternate.href.endswith(
            "/" + page_url.lstrip("/")
        ):
            return alternate.href
    raise ValueError(f"no alternate of page '{page_url}' points at the page itself")


def absolute_url(site_root: str, url: str) -> str:
    """Join the site root (always ending in '/') and a site-relative page URL."""
    if not site_root.endswith("/"):
        site_root += "/"
    url = "" if url in ("", "./", ".") else url.lstrip("/")
    return site_root + url


def alternates_for(site_root: str, urls_by_locale: dict[str, str], default_locale: str):
    """hreflang alternates for one page: one per language plus x-default (the default language)."""
    links = [
        Alternate(locale, absolute_url(site_root, url))
        for locale, url in sorted(urls_by_locale.items(), key=lambda kv: kv[0] != default_locale)
    ]
    if default_locale in urls_by_locale:
        links.append(
            Alternate("x-default", absolute_url(site_root, urls_by_locale[default_locale]))
        )
    return links


def parse_checked(value) -> dt.date:
    """Front matter `checked:` as a date; YAML gives a date for 2026-11-26, a str otherwise."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        return dt.date.fromisoformat(value.strip())
    raise ValueError(f"'checked' must be a date written YYYY-MM-DD, got {value!r}")


def checked_label(date: dt.date, locale: str) -> str:
    if locale == "ko":
        return f"AWS 문서와 대조한 날짜: {date.year}년 {date.month}월 {date.day}일"
    month = _MONTHS_EN[date.month - 1]
    return f"Facts checked against AWS documentation on {date.day} {month} {date.year}"


_H1 = re.compile(r"^# [^\n]*$", re.MULTILINE)
_FENCE = re.compile(r"^(```|~~~)", re.MULTILINE)


def insert_after_title(markdown: str, block: str) -> str:
    """Insert a block right after the page's H1 (outside code fences), or at the top if none."""
    fences = [m.start() for m in _FENCE.finditer(markdown)]
    for match in _H1.finditer(markdown):
        inside_fence = sum(1 for pos in fences if pos < match.start()) % 2 == 1
        if not inside_fence:
            end = match.end()
            return f"{markdown[:end]}\n\n{block}\n{markdown[end:]}"
    return f"{block}\n\n{markdown}"


@dataclass(frozen=True)
class Crumb:
    name: str
    url: str  # absolute


def breadcrumb_trail(home: Crumb, sections: list[Crumb], page: Crumb) -> list[Crumb]:
    """The nav path of a page as breadcrumbs: the language's home, the sections that lead to
    the page, the page. A section is linked where the nav links it (its index or first page);
    a crumb repeating the previous one's URL adds nothing and is dropped, except the page,
    which replaces it. The home page has no trail."""
    if page.url == home.url:
        return []
    trail = [home]
    for section in sections:
        if section.url != trail[-1].url:
            trail.append(section)
    if page.url == trail[-1].url and len(trail) > 1:
        trail[-1] = page
    elif page.url != trail[-1].url:
        trail.append(page)
    return trail


def breadcrumb_list(trail: list[Crumb]) -> dict | None:
    """schema.org BreadcrumbList (JSON-LD) for a trail, or None when there is nothing to show."""
    if len(trail) < 2:
        return None
    return {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": position, "name": crumb.name, "item": crumb.url}
            for position, crumb in enumerate(trail, start=1)
        ],
    }
