"""The benchmark's bookkeeping, without a browser or a build: what counts as what, which
page is measured, how Lighthouse runs are summarised and configs derived."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scripts import bench, configfile, lighthouse_bench, served, weight_bench

pytestmark = pytest.mark.unit


def entry(url: str, kind: str, size: int) -> dict:
    return {"url": url, "kind": kind, "bytes": size}


@pytest.mark.parametrize(
    ("url", "resource_type", "kind"),
    [
        ("http://h/search/search_index.json", "fetch", "search index"),
        ("http://h/en/search/search_index.json", "xhr", "search index"),
        ("http://h/en/sitemap.xml", "fetch", "sitemap"),
        ("http://h/assets/javascripts/workers/korean-search.js", "other", "script"),
        ("http://h/", "document", "document"),
        ("http://h/assets/favicon.svg", "other", "other"),
    ],
)
def test_kind_of(url, resource_type, kind):
    assert weight_bench.kind_of(url, resource_type) == kind


def test_page_bytes_leave_out_the_search_index_and_sitemaps():
    summary = weight_bench.summarise(
        [
            entry("http://h/", "document", 10_000),
            entry("http://h/a.css", "stylesheet", 30_000),
            entry("http://h/search/search_index.json", "search index", 300_000),
            entry("http://h/sitemap.xml", "sitemap", 2_000),
        ],
        failed=[],
        external=[],
    )
    assert summary["requests"] == 4
    assert summary["bytes"] == 342_000
    assert summary["page_bytes"] == 40_000
    assert summary["search_index_bytes"] == 300_000
    assert summary["search_indexes_fetched"] == ["/search/search_index.json"]


def test_weight_goals_catch_the_other_language_index_and_a_heavy_topic():
    visit = {
        "failed_requests": [],
        "external_requests": ["https://fonts.example/x.woff2"],
        "search_index_bytes": 150_000,
        "search_indexes_fetched": ["/en/search/search_index.json"],
        "layout_shift_after_scrolling": 0.0,
        "page_bytes": 151_000,
    }
    met = weight_bench.goals_met(visit, served.BenchPage("topic-ko", "topic", "compute/ec2/"))
    assert met == {
        "no failed or external request": False,
        "own language's index only": False,
        "no layout shift": True,
        "page ≤ 150 KB": False,
    }


def report(scores: dict, failing: dict[str, float]) -> dict:
    """A minimal Lighthouse result: one weighted audit per failing id, one passing."""
    refs = [{"id": audit, "weight": 1} for audit in [*failing, "passing-audit"]]
    return {
        "categories": {
            name: {"score": score, "auditRefs": refs if name == "performance" else []}
            for name, score in scores.items()
        },
        "audits": {
            **{audit: {"score": score, "title": audit} for audit, score in failing.items()},
            "passing-audit": {"score": 1},
            "total-blocking-time": {"numericValue": 120.0},
        },
        "environment": {"benchmarkIndex": 1500},
    }


def test_lighthouse_median_per_category_and_failing_audits_of_any_run():
    runs = [
        lighthouse_bench.summarise_report(report({"performance": 0.9, "seo": 1}, {"tbt": 0.5})),
        lighthouse_bench.summarise_report(report({"performance": 0.99, "seo": 1}, {})),
        lighthouse_bench.summarise_report(report({"performance": 0.97, "seo": 0.92}, {})),
    ]
    median = lighthouse_bench.median_of(runs, ("performance", "seo"))
    assert median["scores"] == {"performance": 97, "seo": 100}
    assert [audit["id"] for audit in median["failing"]] == ["tbt"]
    assert median["failing"][0]["runs"] == 1
    assert median["metrics"]["total-blocking-time"] == 120.0
    met = lighthouse_bench.goals_met(median["scores"], {"performance": 98, "seo": 100})
    assert met == {"performance": False, "seo": True}


def test_lighthouse_command_uses_the_system_chromium_flags_and_presets(tmp_path):
    binary = tmp_path / "lighthouse"
    mobile = lighthouse_bench.command_for(
        binary, "http://127.0.0.1:1/", tmp_path / "r.json", "mobile", ["seo"], False
    )
    desktop = lighthouse_bench.command_for(
        binary, "http://127.0.0.1:1/x/", tmp_path / "r.json", "desktop", ["accessibility"], True
    )
    assert "--chrome-flags=--headless=new --no-sandbox --disable-gpu" in mobile
    assert "--preset=desktop" not in mobile and "--preset=desktop" in desktop
    assert "--ignore-status-code" in desktop and "--ignore-status-code" not in mobile


def test_lighthouse_is_pinned_to_12_and_axe_is_vendored_at_its_pin():
    tools = lighthouse_bench.TOOLS
    package = json.loads((tools / "package.json").read_text())
    lock = json.loads((tools / "package-lock.json").read_text())
    assert package["devDependencies"]["lighthouse"].startswith("12.")
    assert lock["packages"]["node_modules/lighthouse"]["version"].startswith("12.")
    axe = package["devDependencies"]["axe-core"]
    vendored = Path(__file__).parents[1] / "quality" / "vendor" / "axe.min.js"
    assert vendored.read_text()[:40].startswith(f"/*! axe v{axe}")


def test_heaviest_topic_leaves_out_homes_tools_and_english(tmp_path):
    def page(path: str, size: int) -> None:
        target = tmp_path / path / "index.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        # Random-ish text so gzip keeps the sizes apart.
        target.write_text("".join(chr(0xAC00 + (i * 7919) % 11172) for i in range(size)))

    page("", 9000)
    page("glossary", 9000)
    page("labs/vpc", 9000)
    page("en/storage/s3", 9000)
    page("storage/s3", 3000)
    page("compute/ec2", 2000)
    assert served.heaviest_topic(tmp_path) == "storage/s3/"
    pages = {p.key: p for p in served.bench_pages(tmp_path)}
    assert pages["topic-en"].path == "en/storage/s3/"
    assert pages["glossary-ko"].built and not pages["glossary-en"].built
    # The one-page review is measured in both languages (issue 28), once built.
    assert (pages["review-ko"].path, pages["review-en"].path) == ("review/", "en/review/")
    assert not pages["review-ko"].built
    # The hosting page is measured too (issue 29), in both languages.
    assert (pages["hosting-ko"].path, pages["hosting-en"].path) == ("hosting/", "en/hosting/")
    # And the analytics pages (issue 37), keyed without the path's slash (keys name report files).
    assert pages["analytics-streaming-en"].path == "en/analytics/streaming/"
    assert pages["analytics-data-lake-ko"].path == "analytics/data-lake/"
    # And the security pages beyond the notes (issue 36), keyed without the path's slash.
    assert pages["security-data-protection-en"].path == "en/security/data-protection/"
    assert pages["security-workforce-identity-ko"].path == "security/workforce-identity/"
    # The first "beyond the notes" page, governance across accounts (issue 41), in both languages.
    governance = (pages["operations-governance-ko"], pages["operations-governance-en"])
    assert [p.path for p in governance] == ["operations/governance/", "en/operations/governance/"]
    # The security pages of issue 35 too, keyed without slashes (keys name result files).
    assert pages["security-threat-detection-en"].path == "en/security/threat-detection/"
    assert pages["security-network-protection-ko"].path == "security/network-protection/"
    # And the pages of issue 40, keyed without slashes (the key names Lighthouse's result files).
    assert pages["ai-ml-en"].path == "en/ai-ml/"
    assert pages["architecture-front-end-ko"].path == "architecture/front-end/"
    # And the practice page (issue 33), which is no topic page.
    assert (pages["practice-ko"].path, pages["practice-en"].path) == ("practice/", "en/practice/")
    page("practice", 20000)
    assert served.heaviest_topic(tmp_path) == "storage/s3/"
    # The migration pages (issue 38), in both languages; a nested path gets a flat key.
    assert pages["migration-ko"].path == "migration/"
    assert pages["migration-en"].path == "en/migration/"
    assert pages["migration-data-transfer-en"].path == "en/migration/data-transfer/"


def test_with_plugin_options_turns_a_bare_plugin_into_a_mapping():
    config = {"plugins": ["search", "diagrams", {"glossary": {"enabled": True}}]}
    derived = configfile.with_plugin_options(config, "diagrams", {"cache_dir": "/tmp/c"})
    derived = configfile.with_plugin_options(derived, "glossary", {"x": 1})
    assert derived["plugins"] == [
        "search",
        {"diagrams": {"cache_dir": "/tmp/c"}},
        {"glossary": {"enabled": True, "x": 1}},
    ]
    assert config["plugins"][1] == "diagrams"  # the original is left alone


def test_plugin_options_of_a_configured_bare_or_missing_plugin():
    config = {"plugins": ["search", {"glossary": {"enabled": True}}, {"assets": None}]}
    assert configfile.plugin_options(config, "glossary") == {"enabled": True}
    assert configfile.plugin_options(config, "search") == {}
    assert configfile.plugin_options(config, "assets") == {}
    assert configfile.plugin_options(config, "diagrams") is None
    configfile.plugin_options(config, "glossary")["x"] = 1
    assert config["plugins"][1] == {"glossary": {"enabled": True}}  # a copy, not the config's


def test_overhead_builds_alternate_and_its_ratio_is_the_median_of_pairs(tmp_path, monkeypatch):
    built: list[tuple[str, bool]] = []
    # The machine slows down half-way: measured in two blocks this would read as overhead.
    times = iter([1.10, 1.00, 1.12, 1.00, 2.20, 2.00, 2.18, 2.00, 2.31, 2.00])

    def timed_build(config_path, site_dir, strict):
        built.append((config_path.stem, strict))
        return next(times)

    monkeypatch.setattr(bench, "timed_build", timed_build)
    first, second, ratio = bench.paired_times(
        {"site_name": "a"}, {"site_name": "b"}, ("with", "without"), 5, tmp_path, tmp_path
    )
    assert built == [("with", True), ("without", False)] * 5
    assert first == {"median_s": 2.18, "runs_s": [1.1, 1.12, 2.2, 2.18, 2.31]}
    assert second["runs_s"] == [1.0, 1.0, 2.0, 2.0, 2.0]
    assert ratio == {"median": 1.1, "min": 1.09, "max": 1.155, "pairs": 5}
