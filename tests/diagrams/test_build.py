"""Diagrams in built pages: the real site, and a fixture site that can be broken on purpose."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup

from plugins.diagrams.manager import STYLESHEET_SOURCE
from plugins.diagrams.svg import external_references

from ..pages import parsed

pytestmark = pytest.mark.build

ROOT = Path(__file__).resolve().parents[2]
FIXTURE_DOCS = ROOT / "tests" / "fixtures" / "diagrams" / "docs"
# The real sources, copied into the fixture at test time so the two never drift apart.
FIXTURE_DIAGRAMS = ["hosting", "vpc-two-az"]
HANGUL = re.compile(r"[\uac00-\ud7a3]")
# The fixture has none of the site's stylesheets and scripts (docs/assets/); the diagrams
# plugin's own stylesheet is all the assets plugin bundles.
SETTINGS = {"extra_css": [], "extra_javascript": []}


def soup(path: Path) -> BeautifulSoup:
    return parsed(path)


def pages(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("*.html") if "assets" not in p.relative_to(site).parts)


def is_english(site: Path, page: Path) -> bool:
    return page.relative_to(site).parts[0] == "en"


def resolve(site: Path, page: Path, src: str) -> Path:
    """The file a relative URL in `page` names, refusing anything that leaves the site."""
    parts = urlsplit(src)
    assert not parts.scheme and not parts.netloc and not src.startswith("/"), src
    target = (page.parent / parts.path).resolve()
    assert target.is_relative_to(site.resolve()), f"{src} points outside the site"
    return target


def check_figures(site: Path) -> int:
    """Every figure.diagram: caption, text alternative, size, lazy loading, a contained SVG."""
    count = 0
    for page in pages(site):
        figures = soup(page).select("figure.diagram")
        for index, figure in enumerate(figures):
            where = f"{page.relative_to(site)} figure {index + 1}"
            count += 1
            assert "diagram--failed" not in figure["class"], where
            caption = figure.find("figcaption")
            assert caption and caption.get_text(strip=True), f"{where}: no caption"
            image = figure.find("img")
            assert image and image.get("alt", "").strip(), f"{where}: no text alternative"
            assert int(image["width"]) > 0 and int(image["height"]) > 0, where
            # Nothing shifts while it loads; only the first diagram of a page loads eagerly.
            assert image.get("loading") == (None if index == 0 else "lazy"), where
            english = is_english(site, page)
            assert bool(HANGUL.search(caption.get_text())) != english, f"{where}: wrong language"
            svg = resolve(site, page, image["src"])
            assert svg.is_file() and svg.suffix == ".svg", f"{where}: {image['src']}"
            # The picture and the visible "Open full size" link both open the full-size page,
            # which shows this SVG at its natural size.
            links = figure.select("a[href]")
            assert [a.get("class") for a in links] == [["diagram__link"], ["diagram__open"]]
            assert links[0]["href"] == links[1]["href"], f"{where}: two full-size links"
            assert links[1].get_text(strip=True) == (
                "Open full size" if english else "원본 크기로 보기"
            )
            full = resolve(site, page, links[1]["href"])
            assert full.suffix == ".html" and full.parent == svg.parent, where
            shown = soup(full).select_one("main img")
            assert full.parent / shown["src"] == svg, f"{where}: {full.name} shows another SVG"
            assert (shown["width"], shown["height"]) == (image["width"], image["height"])
            data = svg.read_bytes()
            assert external_references(data) == [], f"{svg.name} points outside the site"
            assert b"site-packages" not in data and str(ROOT).encode() not in data
    return count


def fixture_docs(tmp_path: Path) -> Path:
    docs = tmp_path / "docs"
    shutil.copytree(FIXTURE_DOCS, docs)
    (docs / "diagrams").mkdir()
    for name in FIXTURE_DIAGRAMS:
        shutil.copy(ROOT / "docs" / "diagrams" / f"{name}.py", docs / "diagrams")
    return docs


def line_of(path: Path, needle: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(n for n, line in enumerate(lines, start=1) if needle in line)


# ------------------------------------------------------------------ the real site


def test_every_diagram_of_the_site_is_complete_and_contained(built_site):
    assert check_figures(built_site) >= 2
    hosting = soup(built_site / "hosting" / "index.html").select("figure.diagram")
    assert [f["data-diagram"] for f in hosting] == ["hosting"]


def test_diagram_files_live_outside_the_published_sources(built_site):
    assert not list(built_site.rglob("*.py")), "diagram sources must not be published"
    assert list((built_site / "assets" / "diagrams").glob("hosting-ko.*.svg"))
    assert list((built_site / "assets" / "diagrams").glob("hosting-en.*.svg"))


# ------------------------------------------------------------------ a fixture site


def test_fixture_pages_get_their_diagrams_in_their_language(tmp_path, build_fixture_site):
    site = build_fixture_site(fixture_docs(tmp_path), SETTINGS)
    assert check_figures(site) == 6
    ko = soup(site / "index.html").select("figure.diagram")
    en = soup(site / "en" / "index.html").select("figure.diagram")
    assert [f["data-diagram"] for f in ko] == ["hosting", "vpc-two-az"]
    assert ko[0].find("img")["src"] != en[0].find("img")["src"]
    assert ko[0].figcaption.get_text().startswith("이 사이트의 호스팅")
    assert en[0].figcaption.get_text().startswith("How this site is hosted")
    # Inside an admonition, too.
    nested = soup(site / "network" / "index.html").select(".admonition figure.diagram")
    assert len(nested) == 1
    stylesheets = [
        link["href"] for link in soup(site / "index.html").select("link[rel=stylesheet]")
    ]
    # Bundled by the assets plugin into the one stylesheet of ours, beside Material's two.
    ours = [href for href in stylesheets if not href.startswith("assets/stylesheets/")]
    assert len(ours) == 1 and re.fullmatch(r"assets/site\.[0-9a-f]{8}\.css", ours[0]), stylesheets
    diagrams_css = STYLESHEET_SOURCE.read_text(encoding="utf-8").strip()
    assert diagrams_css in (site / ours[0]).read_text(encoding="utf-8")


def test_a_missing_translation_fails_the_build_naming_file_line_and_page(
    tmp_path, build_fixture_site
):
    docs = fixture_docs(tmp_path)
    source = docs / "diagrams" / "vpc-two-az.py"
    text = source.read_text(encoding="utf-8")
    entry = '"igw": {"ko": "인터넷 게이트웨이", "en": "Internet gateway"},'
    assert entry in text
    source.write_text(text.replace(entry, '"igw": {"ko": "인터넷 게이트웨이"},'), encoding="utf-8")
    result = build_fixture_site(docs, SETTINGS, expect_failure=True)
    line = line_of(source, '"igw": {"ko"')
    assert f"{source.resolve()}:{line}: label 'igw' has no 'en' text" in result.stderr
    assert "page 'index.md'" in result.stderr
    assert "page 'network/index.md'" in result.stderr


def test_a_diagram_that_fails_to_render_fails_the_build(tmp_path, build_fixture_site):
    docs = fixture_docs(tmp_path)
    source = docs / "diagrams" / "hosting.py"
    text = source.read_text(encoding="utf-8")
    source.write_text(
        text.replace('    reader = User(t("reader"))', '    reader = User(t("reader"), 42)'),
        encoding="utf-8",
    )
    result = build_fixture_site(docs, SETTINGS, expect_failure=True)
    line = line_of(source, "reader = User(")
    assert f"{source.resolve()}:{line}: draw(t) failed: TypeError" in result.stderr
    assert "diagram 'hosting' used on page 'index.md'" in result.stderr


def test_an_unknown_diagram_name_fails_the_build(tmp_path, build_fixture_site):
    docs = fixture_docs(tmp_path)
    page = docs / "index.md"
    page.write_text(page.read_text(encoding="utf-8").replace("\nhosting\n", "\nhostnig\n"))
    result = build_fixture_site(docs, SETTINGS, expect_failure=True)
    assert "page 'index.md': no diagram named 'hostnig'" in result.stderr
