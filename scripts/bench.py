"""`python -m scripts bench`: measure, then write bench/results.md and bench/results.json.

Each section is a function returning a dict of figures; the report lists them in order.
Builds run in subprocesses so every run starts cold in Python (diagram caches aside).
"""

from __future__ import annotations

import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from jinja2 import Environment, FileSystemLoader

from . import configfile

# Plugins that are ours (entry points in pyproject.toml); "without our plugins" drops them.
OUR_PLUGINS = {"bilingual", "glossary", "exam-tips", "diagrams", "korean-search"}


def timed_build(config_path: Path, site_dir: Path, strict: bool) -> float:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    command = [
        sys.executable,
        "-m",
        "mkdocs",
        "build",
        "-f",
        str(config_path),
        "-d",
        str(site_dir),
    ]
    if strict:
        command.insert(4, "--strict")
    started = time.perf_counter()
    result = subprocess.run(command, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise RuntimeError(f"build of {config_path.name} failed:\n{result.stderr[-2000:]}")
    return elapsed


def stock_material(config: dict, root: Path) -> dict:
    """The same pages and Markdown extensions on stock Material: no overrides, no plugins of
    ours, search and static-i18n only, nav generated from the files."""
    stock = configfile.without_plugins(config, OUR_PLUGINS)
    stock["theme"] = {k: v for k, v in config["theme"].items() if k != "custom_dir"}
    stock.pop("nav", None)
    stock["docs_dir"] = str(root / "docs")
    stock["strict"] = False
    return stock


def median_times(config: dict, name: str, runs: int, workdir: Path, root: Path, strict=True):
    config = dict(config, docs_dir=str(root / "docs"))
    config_path = configfile.dump(config, workdir / f"{name}.yml")
    times = []
    for _ in range(runs):
        site_dir = workdir / f"{name}-site"
        shutil.rmtree(site_dir, ignore_errors=True)
        times.append(timed_build(config_path, site_dir, strict))
    return {"median_s": round(statistics.median(times), 3), "runs_s": [round(t, 3) for t in times]}


def bench_build(root: Path, runs: int) -> dict:
    config = configfile.load(root / "mkdocs.yml")
    config["theme"]["custom_dir"] = str(root / "overrides")
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        workdir = Path(tmp)
        site = median_times(config, "site", runs, workdir, root)
        bare = configfile.without_plugins(config, OUR_PLUGINS - {"bilingual"})
        without = median_times(bare, "site-without-our-plugins", runs, workdir, root)
        stock = median_times(
            stock_material(config, root), "stock-material", runs, workdir, root, False
        )
    overhead = (site["median_s"] - without["median_s"]) / without["median_s"] * 100
    return {
        "site": site,
        "site_without_study_plugins": without,
        "stock_material": stock,
        "study_plugins_overhead_percent": round(overhead, 1),
    }


def render_markdown(results: dict) -> str:
    templates = Environment(loader=FileSystemLoader(Path(__file__).parent / "templates"))
    return templates.get_template("bench.md.j2").render(**results)


SECTIONS = ("build", "search")


def run_bench(root: Path, out: Path, runs: int = 3, sections=SECTIONS) -> int:
    results = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores",
        "python": platform.python_version(),
        "runs": runs,
    }
    if "build" in sections:
        results["build"] = bench_build(root, runs)
    if "search" in sections:
        from .search_bench import bench_search

        results["search"] = bench_search(root, OUR_PLUGINS)
    out.mkdir(parents=True, exist_ok=True)
    (out / "results.json").write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    (out / "results.md").write_text(render_markdown(results))
    print(render_markdown(results))
    return 0
