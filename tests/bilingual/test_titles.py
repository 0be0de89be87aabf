"""What a browser tab and a search result show first: each page's <title>."""

from __future__ import annotations

import pytest

from tests.pages import parsed

pytestmark = pytest.mark.build

SITE_NAMES = {"": "AWS 아키텍처 학습 노트", "en/": "AWS Architecture Study Notes"}


@pytest.mark.parametrize("prefix", SITE_NAMES)
def test_the_home_is_titled_with_the_site_name_once(built_site, prefix):
    title = parsed(built_site / prefix / "index.html").title.get_text()
    assert title == SITE_NAMES[prefix]


@pytest.mark.parametrize("prefix", SITE_NAMES)
def test_no_page_repeats_the_site_name(built_site, prefix):
    name = SITE_NAMES[prefix]
    pages = [p for p in (built_site / prefix).glob("**/index.html")]
    if not prefix:
        pages = [p for p in pages if not p.relative_to(built_site).as_posix().startswith("en/")]
    assert len(pages) > 20
    for page in pages:
        title = parsed(page).title.get_text()
        assert title.count(name) == 1, f"{page.relative_to(built_site)}: {title}"
        assert title == name or title.endswith(f" - {name}"), title
