"""Every copy of an exam tip or a correction in the real site says what its box says: the
exam-tips and corrections pages (code as <code>), exam-tips.json and the Anki deck (code as
plain text). Each copy is compared with the box on its source page, in both languages."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup, Tag

from tests.pages import parsed

pytestmark = pytest.mark.build

LANGS = {"ko": "", "en": "en/"}
BLOCKS = "p, li, ul, ol, dl, dt, dd, table, tr, th, td, blockquote, div"


def words(text: str) -> str:
    return " ".join(text.split())


def box_body(box: Tag) -> tuple[str, list[str]]:
    """A box's text as a reader sees it, without its title and code blocks, and its code
    spans; the same rule the plugin collects by."""
    text, code = [], []
    for child in box.find_all(recursive=False):
        if "admonition-title" in (child.get("class") or []) or child.name == "summary":
            continue
        copy = BeautifulSoup(str(child), "html.parser")
        for block in copy.select("pre"):
            block.decompose()
        for block in copy.select(BLOCKS):  # blocks read apart, inline text runs on
            block.insert_before(" ")
            block.append(" ")
        text.append(copy.get_text())
        code += [words(c.get_text()) for c in copy.select("code")]
    return words(" ".join(text)), code


def source_box(built_site: Path, href: str, current: str) -> Tag:
    """The box a link of an index page (relative to ``current``) points at."""
    url = urlsplit(href)
    page = (built_site / current / url.path).resolve() / "index.html"
    box = parsed(page).find(id=url.fragment)
    assert box is not None, f"{href}: no #{url.fragment} in {page}"
    return box


def index_items(built_site: Path, prefix: str, which: str, selector: str):
    html = parsed(built_site / prefix / which / "index.html")
    for item in html.select(selector):
        link = item.select_one("a[href]")
        yield item, source_box(built_site, link["href"], prefix + which + "/")


def check_copy(where: str, copy: Tag, box: Tag) -> None:
    text, code = box_body(box)
    assert text, f"{where}: empty box"
    assert words(copy.get_text()) == text, where
    assert [words(c.get_text()) for c in copy.select("code")] == code, where


@pytest.mark.parametrize("lang", LANGS)
def test_exam_tips_page_copies_each_tip_with_its_code(built_site, lang):
    items = list(index_items(built_site, LANGS[lang], "exam-tips", "li.exam-tips-item"))
    assert len(items) > 50
    for item, box in items:
        check_copy(f"{lang} exam-tips #{item['id']}", item.select_one("p"), box)
    assert sum(bool(item.select("p code")) for item, _box in items) > 10


@pytest.mark.parametrize("lang", LANGS)
def test_corrections_page_copies_each_box_with_its_code(built_site, lang):
    items = list(index_items(built_site, LANGS[lang], "corrections", "li.corrections-item"))
    assert len(items) > 10
    for item, box in items:
        check_copy(f"{lang} corrections #{item['id']}", item.select_one("p"), box)
    assert any(item.select("p code") for item, _box in items)


@pytest.mark.parametrize("lang", LANGS)
def test_exports_copy_each_tip_as_plain_text(built_site, lang):
    root = built_site / LANGS[lang]
    tips = json.loads((root / "exam-tips.json").read_text(encoding="utf-8"))
    deck = (root / "exam-tips-anki.tsv").read_text(encoding="utf-8")
    rows = list(csv.reader((line for line in deck.splitlines() if line[:1] != "#"), "excel-tab"))
    assert len(rows) == len(tips) > 50
    with_code = 0
    for tip, (_front, back, _tags) in zip(tips, rows, strict=True):
        box = source_box(built_site, tip["url"].lstrip("/"), "")
        text, code = box_body(box)
        assert tip["text"] == text, tip["id"]
        assert BeautifulSoup(back, "html.parser").get_text().startswith(text), tip["id"]
        with_code += bool(code)
    assert with_code > 10
