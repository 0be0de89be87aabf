"""The search benchmark's bookkeeping (scripts/search_bench.py) and its query set."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts import configfile, search_bench
from scripts.bench import OUR_PLUGINS

pytestmark = pytest.mark.unit

ROOT = Path(__file__).resolve().parents[2]


def doc(location: str, score: float) -> dict:
    return {"location": location, "score": score}


def test_shown_order_follows_the_dialog():
    groups = [
        # page A: its best section is shown, the other folded under "more"
        [doc("a/#best", 9), doc("a/#other", 5), doc("a/", 0)],
        # page B: the page itself scored best; ties are shown together
        [doc("b/", 7), doc("b/#tie", 7), doc("b/#low", 1)],
    ]
    assert search_bench.shown_order(groups) == ["a/#best", "b/", "b/#tie", "a/#other", "b/#low"]


def test_rank_and_summary():
    assert search_bench.rank(["x", "y", "z"], {"z", "q"}) == 3
    assert search_bench.rank(["x"], {"q"}) is None
    assert search_bench.summarise([1, 2, None, 6]) == {
        "queries": 4,
        "recall_at_1": 25.0,
        "recall_at_5": 50.0,
        "mrr": round((1 + 0.5 + 1 / 6) / 4, 3),
    }
    assert search_bench.percentile([5, 1, 3, 2, 4], 0.5) == 3
    assert search_bench.percentile([], 0.95) == 0.0


@pytest.mark.parametrize(
    ("location", "lang", "other"),
    [
        ("en/vpc/", "ko", True),
        ("vpc/", "ko", False),
        ("vpc/", "en", True),
        ("en/vpc/", "en", False),
    ],
)
def test_other_language(location, lang, other):
    assert search_bench.other_language(location, lang) is other


def test_the_query_set_covers_every_class_in_both_languages():
    queries = search_bench.load_queries()
    assert len(queries["ko"]) >= 80 and len(queries["en"]) >= 80
    assert {q.kind for q in queries["ko"]} == {
        "particles",
        "compounds",
        "mixed",
        "names",
        "typing",
        "ranking",
    }
    assert {q.kind for q in queries["en"]} == {"words", "stemming", "aliases", "typing"}
    for lang, items in queries.items():
        texts = [q.text for q in items]
        assert len(texts) == len(set(texts)), f"{lang}: a query is listed twice"
        for query in items:
            assert query.page.endswith("/") and not query.page.startswith("en/"), query
            assert (ROOT / "docs" / query.page).is_dir(), f"{lang}: no page for {query}"
    english = queries["en"][0]
    assert all(target.startswith("en/") for target in english.targets("en/"))


def test_stock_is_material_with_static_i18n_defaults():
    config = search_bench.our_config(ROOT)
    stock = search_bench.stock_config(config, ROOT, OUR_PLUGINS)
    names = [configfile.plugin_name(p) for p in stock["plugins"]]
    assert "korean-search" not in names and "search" in names and "i18n" in names
    i18n = next(p["i18n"] for p in stock["plugins"] if configfile.plugin_name(p) == "i18n")
    assert i18n["reconfigure_search"] is True
    assert "custom_dir" not in stock["theme"]


def test_our_build_copy_keeps_the_project_paths():
    config = search_bench.our_config(ROOT)
    options = next(
        p["korean-search"]
        for p in config["plugins"]
        if configfile.plugin_name(p) == "korean-search"
    )
    assert Path(options["glossary_dir"]) == ROOT / "glossary"
    assert Path(options["cache_dir"]) == ROOT / ".cache/search"
