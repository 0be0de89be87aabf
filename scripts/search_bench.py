"""The search section of `python -m scripts bench`: our search against stock Material's.

Both sites are built from the same pages: ours (mkdocs.yml as it is) and stock Material
(Material's search and worker, mkdocs-static-i18n's merged index, none of our plugins). Each
query of scripts/search_queries.yml is typed into the real search box of the language's
home page in Chromium; the worker's answer is read as Material's dialog receives it.

A query's rank is where its section appears in the dialog, top to bottom: per page, the
sections shown (the best-scoring ones), pages in order; sections folded under "more on this
page" come after every shown one. Recall@k counts queries whose section is within the first
k; MRR averages 1/rank. "Other language" counts queries with any result from the other
language's pages. Time to results runs from the keystroke to the results reaching the
dialog.
"""

from __future__ import annotations

import gzip
import os
import socket
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

import brotli
import yaml

from . import chromium, configfile
from .preview import BROTLI_QUALITY

QUERIES = Path(__file__).parent / "search_queries.yml"
# The search index budget (issue 25; README, "Benchmarks"): each language's index as the
# reader downloads it, Brotli (what CloudFront sends every browser that takes it) at the
# preview's level. 1000-byte kilobytes.
INDEX_BUDGET_BYTES = 275_000
LANGUAGES = {"ko": "", "en": "en/"}
TIMEOUT_MS = 10_000

# Installed before the page's scripts: records the search worker's READY and RESULT
# messages (Material 9's protocol: 1 = ready, 3 = results) for the harness.
HOOK_JS = """
(() => {
  const Native = window.Worker
  const state = (window.__searchBench = { readyAt: null, waiters: [] })
  window.Worker = class extends Native {
    constructor(url, options) {
      super(url, options)
      this.addEventListener("message", event => {
        const message = event.data || {}
        if (message.type === 1) state.readyAt = performance.now()
        if (message.type === 3) {
          const waiter = state.waiters.shift()
          // After Material's own listeners have run on this message.
          if (waiter) setTimeout(() => waiter({ data: message.data, at: performance.now() }), 0)
        }
      })
    }
  }
})()
"""

QUERY_JS = """
async ([query, timeout]) => {
  const state = window.__searchBench
  const input = document.querySelector("[data-md-component=search-query]")
  const config = JSON.parse(document.getElementById("__config").textContent)
  const base = new URL(config.base, location.href)
  // Let the page finish drawing the previous results, as it would between keystrokes.
  await new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve, 50)))
  const answer = new Promise(resolve => state.waiters.push(resolve))
  const started = performance.now()
  input.value = query
  input.dispatchEvent(new KeyboardEvent("keyup", { bubbles: true }))
  const result = await Promise.race([
    answer, new Promise(resolve => setTimeout(() => resolve(null), timeout))
  ])
  if (!result) { state.waiters.length = 0; return null }
  return {
    ms: result.at - started,
    groups: (result.data.items || []).map(group => group.map(doc => ({
      url: new URL(doc.location, base).href, score: doc.score
    })))
  }
}
"""


@dataclass(frozen=True)
class Query:
    text: str
    page: str
    sections: tuple[str, ...]
    kind: str

    def targets(self, root: str) -> set[str]:
        """Site-relative locations that answer the query."""
        return {f"{root}{self.page}" + (f"#{s}" if s else "") for s in self.sections}


def load_queries(path: Path = QUERIES) -> dict[str, list[Query]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    queries = {}
    for lang in LANGUAGES:
        queries[lang] = []
        for item in data.get(lang) or []:
            section = item.get("section", "")
            sections = tuple(section) if isinstance(section, list) else (section or "",)
            queries[lang].append(Query(str(item["q"]), item["page"], sections, item["class"]))
    return queries


def shown_order(groups: list[list[dict]]) -> list[str]:
    """Result locations in the order the dialog shows them (see the module docstring)."""
    shown, folded = [], []
    for group in groups:
        scored = sorted((d for d in group if d["score"] > 0), key=lambda d: -d["score"])
        if not scored:
            continue
        top = scored[0]["score"]
        for doc in scored:
            (shown if doc["score"] >= top else folded).append(doc)
    folded.sort(key=lambda d: -d["score"])
    return [d["location"] for d in shown + folded]


def rank(locations: list[str], targets: set[str]) -> int | None:
    for position, location in enumerate(locations, 1):
        if location in targets:
            return position
    return None


def summarise(ranks: list[int | None]) -> dict:
    n = len(ranks) or 1
    return {
        "queries": len(ranks),
        "recall_at_1": round(100 * sum(1 for r in ranks if r == 1) / n, 1),
        "recall_at_5": round(100 * sum(1 for r in ranks if r and r <= 5) / n, 1),
        "mrr": round(sum(1 / r for r in ranks if r) / n, 3),
    }


def percentile(values: list[float], share: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(share * len(ordered)))], 1)


def site_relative(url: str, site_url: str) -> str:
    return unquote(url[len(site_url) :] if url.startswith(site_url) else url)


def other_language(location: str, lang: str) -> bool:
    in_english = location.startswith(LANGUAGES["en"])
    return not in_english if lang == "en" else in_english


# ---------------------------------------------------------------- building and serving


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def build(config: dict, site_dir: Path, site_url: str, workdir: Path, name: str) -> None:
    config_path = configfile.dump(config, workdir / f"{name}.yml")
    env = dict(os.environ, SITE_URL=site_url, NO_MKDOCS_2_WARNING="1")
    command = [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config_path)]
    result = subprocess.run(
        [*command, "-d", str(site_dir)], env=env, capture_output=True, text=True
    )
    if result.returncode != 0:
        raise RuntimeError(f"build of {name} failed:\n{result.stderr[-2000:]}")


def our_config(root: Path) -> dict:
    """mkdocs.yml, with the paths that are relative to it made absolute (the copy is
    written elsewhere)."""
    config = configfile.load(root / "mkdocs.yml")
    config["theme"]["custom_dir"] = str(root / "overrides")
    config["docs_dir"] = str(root / "docs")
    config["strict"] = False
    plugins = []
    for entry in config.get("plugins", []):
        if configfile.plugin_name(entry) == "korean-search":
            options = dict(entry["korean-search"] or {}) if isinstance(entry, dict) else {}
            options.setdefault("glossary_dir", str(root / "glossary"))
            options.setdefault("cache_dir", str(root / ".cache/search"))
            entry = {"korean-search": options}
        plugins.append(entry)
    config["plugins"] = plugins
    return config


def stock_config(config: dict, root: Path, our_plugins: set[str]) -> dict:
    """Stock Material on the same pages: none of our plugins or overrides, and
    mkdocs-static-i18n's defaults for search (one merged index)."""
    stock = configfile.without_plugins(config, our_plugins)
    stock["theme"] = {k: v for k, v in config["theme"].items() if k != "custom_dir"}
    stock.pop("nav", None)
    stock["docs_dir"] = str(root / "docs")
    stock["strict"] = False
    plugins = []
    for entry in stock["plugins"]:
        if configfile.plugin_name(entry) == "i18n":
            entry = {"i18n": dict(entry["i18n"], reconfigure_search=True)}
        plugins.append(entry)
    stock["plugins"] = plugins
    return stock


def encoded_sizes(data: bytes) -> dict:
    """The index's bytes as sent: Brotli as the preview sends it (the budget's measure), and
    at its best level; gzip as the bench's Chromium gets it over http (no Brotli there)."""
    return {
        "raw": len(data),
        "brotli": len(brotli.compress(data, quality=BROTLI_QUALITY)),
        "brotli_11": len(brotli.compress(data, quality=11)),
        "gzip": len(gzip.compress(data, 6)),
    }


def index_sizes(site: Path, paths: list[str]) -> dict:
    return {path: encoded_sizes((site / path).read_bytes()) for path in paths}


def worker_size(site: Path, pattern: str) -> dict:
    files = sorted((site / "assets/javascripts/workers").glob(pattern))
    data = b"".join(f.read_bytes() for f in files if not f.name.endswith(".map"))
    return encoded_sizes(data)


# ---------------------------------------------------------------- running the queries


def run_language(browser, site_url: str, lang: str, queries: list[Query]) -> dict:
    root = LANGUAGES[lang]
    # bypass_csp: the preview sends the production CSP, which forbids Playwright's polling.
    page = browser.new_page(viewport={"width": 1280, "height": 900}, bypass_csp=True)
    page.add_init_script(HOOK_JS)
    page.goto(f"{site_url}{root}")
    page.wait_for_function("window.__searchBench.readyAt !== null", timeout=60_000)
    setup_ms = page.evaluate("window.__searchBench.readyAt")
    page.wait_for_timeout(300)  # Material's own first query, at READY, goes by unheard
    page.evaluate("window.__searchBench.waiters.length = 0")
    page.focus("[data-md-component=search-query]")
    ranks, times, mixed, details = [], [], 0, []
    for query in queries:
        answer = page.evaluate(QUERY_JS, [query.text, TIMEOUT_MS])
        if answer is None:
            ranks.append(None)
            details.append({"q": query.text, "class": query.kind, "rank": None, "error": "timeout"})
            continue
        times.append(answer["ms"])
        for group in answer["groups"]:
            for doc in group:
                doc["location"] = site_relative(doc.pop("url"), site_url)
        locations = shown_order(answer["groups"])
        everything = [doc["location"] for group in answer["groups"] for doc in group]
        mixed += any(other_language(location, lang) for location in everything)
        found = rank(locations, query.targets(root))
        ranks.append(found)
        details.append(
            {"q": query.text, "class": query.kind, "rank": found, "ms": round(answer["ms"], 1)}
        )
    page.close()
    by_class = {}
    for kind in dict.fromkeys(q.kind for q in queries):
        by_class[kind] = summarise(
            [r for r, q in zip(ranks, queries, strict=True) if q.kind == kind]
        )
    return {
        **summarise(ranks),
        "by_class": by_class,
        "other_language_queries": mixed,
        "time_ms": {"p50": percentile(times, 0.5), "p95": percentile(times, 0.95)},
        "worker_ready_ms": round(setup_ms, 0),
        "misses": [d for d in details if not (d["rank"] and d["rank"] <= 5)],
        "details": details,
    }


def stale_queries(site: Path, queries: dict[str, list[Query]]) -> list[str]:
    """Queries whose expected section no longer exists in our built site."""
    import json

    from plugins.search.index import read_index

    stale = []
    for lang, root in LANGUAGES.items():
        index = json.loads((site / root / "search/search_index.json").read_text("utf-8"))
        docs, _ = read_index(index)  # the index is written compact (plugins/search/compact.py)
        known = {root + doc["location"] for doc in docs}
        stale += [f"{lang}: {q.text}" for q in queries[lang] if not q.targets(root) & known]
    return stale


def bench_search(root: Path, our_plugins: set[str]) -> dict:
    from playwright.sync_api import sync_playwright

    from .preview import serve_in_background

    queries = load_queries()
    config = our_config(root)
    with tempfile.TemporaryDirectory(prefix="bench-search-") as tmp:
        workdir = Path(tmp)
        sites = {"ours": workdir / "ours", "stock": workdir / "stock"}
        ports = {name: _free_port() for name in sites}
        urls = {name: f"http://127.0.0.1:{port}/" for name, port in ports.items()}
        build(config, sites["ours"], urls["ours"], workdir, "ours")
        build(
            stock_config(config, root, our_plugins), sites["stock"], urls["stock"], workdir, "stock"
        )
        stale = stale_queries(sites["ours"], queries)
        stale_text = {s.split(": ", 1)[1] for s in stale}
        live = {lang: [q for q in qs if q.text not in stale_text] for lang, qs in queries.items()}
        servers = {name: serve_in_background(sites[name], ports[name])[0] for name in sites}
        results: dict = {"stale_queries": stale}
        try:
            with sync_playwright() as playwright:
                browser = chromium.launch(playwright)
                for name in sites:
                    results[name] = {
                        lang: run_language(browser, urls[name], lang, live[lang])
                        for lang in LANGUAGES
                    }
                browser.close()
        finally:
            for server in servers.values():
                server.shutdown()
        ours_index = index_sizes(
            sites["ours"], [f"{r}search/search_index.json" for r in LANGUAGES.values()]
        )
        stock_index = index_sizes(sites["stock"], ["search/search_index.json"])
        stock_gzip = stock_index["search/search_index.json"]["gzip"]
        results["index"] = {
            "ours": ours_index,
            "stock": stock_index,
            "largest_gzip_ratio": round(
                max(size["gzip"] for size in ours_index.values()) / stock_gzip, 2
            ),
            "budget_bytes": INDEX_BUDGET_BYTES,
            "brotli_quality": BROTLI_QUALITY,
            "largest_brotli": max(size["brotli"] for size in ours_index.values()),
            "ours_worker": worker_size(sites["ours"], "korean-search.*.js"),
            "stock_worker": worker_size(sites["stock"], "search.*.min.js"),
        }
    results["queries"] = {lang: len(qs) for lang, qs in live.items()}
    results["goals_met"] = {
        "recall_at_5_95": all(results["ours"][lang]["recall_at_5"] >= 95 for lang in LANGUAGES),
        "no_other_language": all(
            results["ours"][lang]["other_language_queries"] == 0 for lang in LANGUAGES
        ),
        "p95_under_50_ms": all(results["ours"][lang]["time_ms"]["p95"] < 50 for lang in LANGUAGES),
        "gzip_at_most_2x": results["index"]["largest_gzip_ratio"] <= 2,
        "index_within_budget": results["index"]["largest_brotli"] <= INDEX_BUDGET_BYTES,
    }
    return results
