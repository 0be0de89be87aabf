"""Structure that assistive technology relies on, on every built page: one h1, heading levels
that never skip one (a line of prose starting with "#2" once became an h1), and a text
alternative in the page's language for every diagram."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest

from scripts.served import built_pages

from ..pages import parsed
from .conftest import has_hangul

pytestmark = pytest.mark.build
HEADINGS = ["h1", "h2", "h3", "h4", "h5", "h6"]


def language_of(site: Path, page: Path) -> str:
    return "en" if page.relative_to(site).parts[0] == "en" else "ko"


def heading_jumps(levels: list[int]) -> list[tuple[int, int]]:
    """Pairs of consecutive heading levels where the second goes deeper by more than one."""
    return [(a, b) for a, b in pairwise(levels) if b > a + 1]


def test_heading_jumps_are_found():
    assert heading_jumps([1, 2, 3, 2, 3, 4, 2]) == []
    assert heading_jumps([1, 3]) == [(1, 3)]
    assert heading_jumps([1, 2, 4, 2]) == [(2, 4)]


def test_one_h1_and_no_skipped_heading_level(built_site):
    problems = []
    for page in built_pages(built_site):
        html = parsed(page)
        name = page.relative_to(built_site).parent.as_posix()
        h1 = html.find_all("h1")
        if len(h1) != 1:
            problems.append(f"{name}: {len(h1)} h1 ({[h.get_text(strip=True)[:40] for h in h1]})")
        article = html.find("article")
        levels = [int(h.name[1]) for h in article.find_all(HEADINGS)]
        for a, b in heading_jumps(levels):
            problems.append(f"{name}: h{a} followed by h{b}")
    assert not problems, "\n".join(problems)


def test_every_image_has_a_text_alternative_in_the_page_language(built_site):
    problems = []
    for page in built_pages(built_site):
        lang = language_of(built_site, page)
        html = parsed(page)
        name = page.relative_to(built_site).parent.as_posix()
        for image in html.find_all("img"):
            if image.get("alt") is None:
                problems.append(f"{name}: no alt on {image.get('src')}")
        for image in html.select("figure.diagram img"):
            alt = image.get("alt", "")
            if not alt.strip() or has_hangul(alt) != (lang == "ko"):
                problems.append(f"{name}: diagram {image.get('src')} alt {alt[:60]!r}")
            if not (image.get("width") and image.get("height")):
                problems.append(f"{name}: diagram {image.get('src')} has no size")
    assert not problems, "\n".join(problems)


def test_every_table_header_cell_has_text(built_site):
    """A screen reader announces a column by its header: an empty corner cell ("| | A | B |")
    leaves the first column without a name, so row-label columns say what they hold."""
    empty = []
    for page in built_pages(built_site):
        soup = parsed(page)
        for table in soup.select("article table"):
            for cell in table.select("th"):
                if not cell.get_text(strip=True) and not cell.select("img[alt], svg[aria-label]"):
                    empty.append(f"{page.relative_to(built_site)}: {table.select_one('tr')}")
    assert not empty, "\n".join(empty[:20])
