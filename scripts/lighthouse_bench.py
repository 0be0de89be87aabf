"""Lighthouse scores of the served site: Lighthouse 12 from npm (tools/lighthouse, pinned by its
package-lock.json; 13 needs a newer Node.js than Debian's) driving Debian's Chromium.

Each page is measured in turn, never in parallel (two shared cores), and the median of the
runs is kept per category: the simulated throttling of the performance score multiplies the
CPU time it observes, so one busy moment of a neighbour moves it by several points.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
from dataclasses import dataclass
from pathlib import Path

from . import chromium
from .served import BenchPage, Served

TOOLS = Path(__file__).resolve().parent.parent / "tools" / "lighthouse"
CHROME = chromium.PATH
# Headless, plus only what Chromium needs to start in a container: Lighthouse's launcher
# (chrome-launcher) adds its own flags that keep it off the network
# (--disable-background-networking, --disable-component-update, --disable-sync,
# --no-first-run, …), and the rest of chromium.ARGS stays out so Lighthouse measures the
# browser as it always has and the scores stay comparable with earlier runs.
CHROME_FLAGS = " ".join(("--headless=new", *chromium.CONTAINER_ARGS))
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
GOALS = {"performance": 98, "accessibility": 100, "best-practices": 100, "seo": 100}
FORM_FACTORS = ("mobile", "desktop")
METRICS = (
    "first-contentful-paint",
    "largest-contentful-paint",
    "total-blocking-time",
    "cumulative-layout-shift",
    "speed-index",
)
RUN_TIMEOUT_S = 240


@dataclass(frozen=True)
class Scoring:
    """What a page is scored on, against which goals."""

    categories: tuple[str, ...]
    goals: dict
    # The 404 page answers 404 on purpose; without this Lighthouse refuses to score it.
    ignore_status: bool = False


FULL = Scoring(CATEGORIES, GOALS)
# A 404 status cannot score full SEO by design: accessibility alone.
NOT_FOUND = Scoring(("accessibility",), {"accessibility": GOALS["accessibility"]}, True)


def lighthouse_binary(tools: Path = TOOLS) -> Path | None:
    binary = tools / "node_modules" / ".bin" / "lighthouse"
    return binary if binary.is_file() else None


def lighthouse_version(tools: Path = TOOLS) -> str | None:
    package = tools / "node_modules" / "lighthouse" / "package.json"
    return json.loads(package.read_text())["version"] if package.is_file() else None


def command_for(
    binary: Path, url: str, out: Path, form_factor: str, categories, ignore_status: bool
) -> list[str]:
    command = [str(binary), url, "--quiet", "--output=json", f"--output-path={out}"]
    command += [f"--chrome-flags={CHROME_FLAGS}", f"--only-categories={','.join(categories)}"]
    # The full-page screenshot scores nothing and takes minutes on the long glossary.
    command.append("--disable-full-page-screenshot")
    if form_factor == "desktop":
        command.append("--preset=desktop")
    if ignore_status:
        command.append("--ignore-status-code")
    return command


def failing_audits(report: dict) -> list[dict]:
    """Audits that cost points: scored below 1 and weighted in one of the report's categories."""
    weighted = {
        ref["id"]
        for category in report["categories"].values()
        for ref in category["auditRefs"]
        if ref.get("weight", 0) > 0
    }
    failing = []
    for audit_id in sorted(weighted):
        audit = report["audits"].get(audit_id, {})
        if audit.get("score") is not None and audit["score"] < 1:
            failing.append(
                {
                    "id": audit_id,
                    "title": audit.get("title", ""),
                    "score": audit["score"],
                    "value": audit.get("displayValue", ""),
                }
            )
    return failing


def summarise_report(report: dict) -> dict:
    scores = {
        name: None if category["score"] is None else round(category["score"] * 100)
        for name, category in report["categories"].items()
    }
    metrics = {
        name: report["audits"][name].get("numericValue")
        for name in METRICS
        if name in report["audits"]
    }
    return {
        "scores": scores,
        "metrics": metrics,
        "failing": failing_audits(report),
        "benchmark_index": report.get("environment", {}).get("benchmarkIndex"),
        "runtime_error": (report.get("runtimeError") or {}).get("code"),
    }


def run_once(binary: Path, url: str, out: Path, form_factor: str, categories, ignore_status):
    env = dict(os.environ, CHROME_PATH=CHROME)
    command = command_for(binary, url, out, form_factor, categories, ignore_status)
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=RUN_TIMEOUT_S)
    if not out.is_file():
        raise RuntimeError(f"lighthouse {url} ({form_factor}) failed:\n{result.stderr[-2000:]}")
    return summarise_report(json.loads(out.read_text()))


def median_of(runs: list[dict], categories) -> dict:
    """Median score per category, and the failing audits of any run (a flaky audit shows)."""
    scores = {}
    for name in categories:
        values = [run["scores"].get(name) for run in runs if run["scores"].get(name) is not None]
        scores[name] = round(statistics.median(values)) if values else None
    metrics = {
        name: round(statistics.median(values), 3)
        for name in METRICS
        if (values := [run["metrics"][name] for run in runs if name in run["metrics"]])
    }
    failing: dict[str, dict] = {}
    for run in runs:
        for audit in run["failing"]:
            failing.setdefault(audit["id"], dict(audit, runs=0))["runs"] += 1
    return {
        "scores": scores,
        "runs": [run["scores"] for run in runs],
        "metrics": metrics,
        "failing": list(failing.values()),
        "benchmark_index": [run["benchmark_index"] for run in runs],
        # e.g. PROTOCOL_TIMEOUT when a page has too many links to gather: scores go missing.
        "errors": sorted({run["runtime_error"] for run in runs if run["runtime_error"]}),
    }


def goals_met(scores: dict, goals: dict) -> dict:
    return {
        name: scores.get(name) is not None and scores[name] >= goal for name, goal in goals.items()
    }


def measure_page(
    binary: Path,
    served: Served,
    page: BenchPage,
    form_factor: str,
    runs: int,
    scoring: Scoring,
    out_dir: Path,
) -> dict:
    reports = []
    for run in range(runs):
        out = out_dir / f"{page.key}-{form_factor}-{run + 1}.json"
        url = served.url + page.path
        reports.append(
            run_once(binary, url, out, form_factor, scoring.categories, scoring.ignore_status)
        )
    row = median_of(reports, scoring.categories)
    row["goals_met"] = goals_met(row["scores"], scoring.goals)
    return row


def bench_lighthouse(
    served: Served, pages: list[BenchPage], not_found: list[BenchPage], runs: int, out_dir: Path
) -> dict:
    binary = lighthouse_binary()
    if binary is None:
        return {"installed": False, "tools": str(TOOLS)}
    out_dir.mkdir(parents=True, exist_ok=True)
    results: dict = {
        "installed": True,
        "version": lighthouse_version(),
        "chrome": CHROME,
        "chrome_flags": CHROME_FLAGS,
        "goals": GOALS,
        "runs": runs,
        "load_average_before": list(os.getloadavg()),
        "pages": {},
    }
    for page in pages:
        entry: dict = {"label": page.label, "path": page.path, "built": page.built}
        if page.built:
            for form_factor in FORM_FACTORS:
                entry[form_factor] = measure_page(
                    binary, served, page, form_factor, runs, FULL, out_dir
                )
        results["pages"][page.key] = entry
    # Accessibility does not depend on timing: one run per form factor.
    for page in not_found:
        entry = {"label": page.label, "path": page.path, "built": True}
        for form_factor in FORM_FACTORS:
            entry[form_factor] = measure_page(
                binary, served, page, form_factor, 1, NOT_FOUND, out_dir
            )
        results["pages"][page.key] = entry
    results["load_average_after"] = list(os.getloadavg())
    return results


def bench_stock_reference(served: Served, pages: list[BenchPage], runs: int, out_dir: Path):
    """The same pages on stock Material (no overrides, no plugins of ours), on a phone: what
    the theme alone scores on this machine, to read the site's own scores against."""
    binary = lighthouse_binary()
    if binary is None:
        return {}
    out_dir.mkdir(parents=True, exist_ok=True)
    reference = {}
    for page in pages:
        stock = BenchPage(f"stock-{page.key}", page.label, page.path)
        row = measure_page(binary, served, stock, "mobile", runs, FULL, out_dir)
        reference[page.key] = {"label": page.label, "path": page.path, "mobile": row}
    return reference
