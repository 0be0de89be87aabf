"""The real site's search output: one index per language, and every page pointed at its
own language's index and at our worker (parsed HTML, real build)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from plugins.search import index
from scripts import search_bench

from ..pages import parsed

pytestmark = pytest.mark.build


def page_config(page: Path) -> dict:
    html = parsed(page)
    return json.loads(html.find("script", id="__config").string)


def load_index(site: Path, root: str) -> dict:
    """The index as the worker reads it: Material's documents and config.korean decoded."""
    data = json.loads((site / root / "search" / "search_index.json").read_text("utf-8"))
    docs, korean = index.read_index(data)
    return {"config": {**data["config"], "korean": korean}, "docs": docs}


def test_each_language_has_its_own_index(built_site):
    korean, english = load_index(built_site, ""), load_index(built_site, "en/")
    assert korean["config"]["lang"] == ["ko"] and english["config"]["lang"] == ["en"]
    korean_pages = {doc["location"].split("#")[0] for doc in korean["docs"]}
    english_pages = {doc["location"].split("#")[0] for doc in english["docs"]}
    # the same pages, each under its own language's root, never the other's
    assert korean_pages == english_pages
    assert "about/" in korean_pages
    assert not any(page.startswith("en/") for page in korean_pages)
    about = {doc["title"] for doc in english["docs"] if doc["location"].startswith("about/")}
    assert "About these notes" in about


def test_the_korean_index_carries_the_analyses_and_the_glossary(built_site):
    korean = load_index(built_site, "")["config"]["korean"]
    assert korean["segments"]["게이트웨이"] == [5]  # not 게이트웨 + 이
    names = {name for concept in korean["concepts"] for name in concept}
    assert {"람다", "Lambda", "ASG", "NACL", "탄력적 IP"} <= names


def test_the_english_index_keeps_the_names_english_readers_type(built_site):
    english = load_index(built_site, "en/")
    names = {name for concept in english["config"]["korean"]["concepts"] for name in concept}
    assert {"Lambda", "ASG", "NACL", "Elastic IP"} <= names
    assert "탄력적 IP" not in names
    # Hangul names only where an English page quotes them (the course notes, in Korean)
    text = "".join(doc["title"] + doc["text"] for doc in english["docs"])
    assert all(name in text for name in names if re.search("[가-힣]", name))


@pytest.mark.parametrize("root", ["", "en/"])
def test_each_index_keeps_to_the_budget(built_site, root):
    # The budget (scripts/search_bench.py, README "Benchmarks"): Brotli as the reader gets it.
    data = (built_site / root / "search" / "search_index.json").read_bytes()
    assert search_bench.encoded_sizes(data)["brotli"] <= search_bench.INDEX_BUDGET_BYTES


def test_every_page_searches_its_language_with_our_worker(built_site):
    workers = list((built_site / "assets/javascripts/workers").glob("korean-search.*.js"))
    assert len(workers) == 1
    for page in sorted(built_site.rglob("index.html")):
        relative = page.relative_to(built_site)
        if relative.parts[0] == "assets":
            continue
        config = page_config(page)
        base = (page.parent / config["base"]).resolve()
        expected = built_site / "en" if relative.parts[0] == "en" else built_site
        assert base == expected.resolve(), relative
        assert (base / "search" / "search_index.json").is_file()
        assert (page.parent / config["search"]).resolve() == workers[0].resolve(), relative
        assert config["base"].endswith("en/") == (relative.parts[0] == "en")


def test_the_404_page_picks_the_index_by_path(built_site):
    html = (built_site / "404.html").read_text(encoding="utf-8")
    script = BeautifulSoup(html, "html.parser").find("script", id="__config").find_next("script")
    assert re.search(r'var roots = \["en/"\]', script.string)
