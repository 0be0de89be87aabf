"""Bad input fails the strict build with a message that names the file."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.build


def write_docs(root: Path, pages: dict[str, str]) -> Path:
    docs = root / "docs"
    for name, text in pages.items():
        path = docs / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return docs


# The fixture has none of the site's stylesheets and scripts (docs/assets/): mkdocs.yml's
# extra_css and extra_javascript would name files that are not there.
SETTINGS = {"extra_css": [], "extra_javascript": []}

GOOD = {
    "index.md": "# 홈\n\n[소개](about/index.md)\n",
    "index.en.md": "# Home\n\n[About](about/index.md)\n",
    "about/index.md": "# 소개\n\n본문입니다.\n",
    "about/index.en.md": "# About\n\nBody text.\n",
}


def test_a_good_fixture_builds(build_fixture_site, tmp_path):
    site = build_fixture_site(write_docs(tmp_path, GOOD), SETTINGS)
    assert (site / "about" / "index.html").is_file() and (
        site / "en" / "about" / "index.html"
    ).is_file()


def test_a_broken_link_fails_naming_the_page(build_fixture_site, tmp_path):
    pages = dict(
        GOOD, **{"about/index.en.md": "# About\n\nSee [the missing page](../missing/index.md).\n"}
    )
    result = build_fixture_site(write_docs(tmp_path, pages), SETTINGS, expect_failure=True)
    assert "about/index.en.md" in result.stderr and "missing/index.md" in result.stderr


def test_a_broken_anchor_fails_naming_the_page(build_fixture_site, tmp_path):
    pages = dict(GOOD, **{"index.md": "# 홈\n\n[소개](about/index.md#없는-절)\n"})
    result = build_fixture_site(write_docs(tmp_path, pages), SETTINGS, expect_failure=True)
    assert "index.md" in result.stderr and "없는-절" in result.stderr


def test_a_nav_entry_pointing_at_nothing_fails(build_fixture_site, tmp_path):
    nav = [{"시작하기": ["index.md", "about/index.md", "gone/index.md"]}]
    result = build_fixture_site(
        write_docs(tmp_path, GOOD), {**SETTINGS, "nav": nav}, expect_failure=True
    )
    assert "gone/index.md" in result.stderr
