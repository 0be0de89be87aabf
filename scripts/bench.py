"""`python -m scripts bench`: measure, then write bench/results.md and bench/results.json.

Each section is a function returning a dict of figures; the report lists them in order.
Builds run in subprocesses so every run starts cold in Python (diagram caches aside).
"""

from __future__ import annotations

import datetime as dt
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
OUR_PLUGINS = {"bilingual", "glossary", "exam-tips", "diagrams", "korean-search", "assets"}


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


def _config_file(config: dict, name: str, workdir: Path, root: Path) -> Path:
    """The config written where a benchmark build reads it, with this project's docs."""
    return configfile.dump(dict(config, docs_dir=str(root / "docs")), workdir / f"{name}.yml")


def _fresh_build(config_path: Path, name: str, workdir: Path, strict: bool) -> float:
    """One timed build of ``name`` into an empty site folder."""
    site_dir = workdir / f"{name}-site"
    shutil.rmtree(site_dir, ignore_errors=True)
    return timed_build(config_path, site_dir, strict)


def _summary(times: list[float]) -> dict:
    return {"median_s": round(statistics.median(times), 3), "runs_s": [round(t, 3) for t in times]}


def median_times(
    config: dict, name: str, runs: int, workdir: Path, root: Path, strict=True, before_each=None
):
    config_path = _config_file(config, name, workdir, root)
    times = []
    for _ in range(runs):
        if before_each:
            before_each()
        times.append(_fresh_build(config_path, name, workdir, strict))
    return _summary(times)


# Builds of each kind behind an overhead figure: more than the other figures' runs, because
# a ratio of two noisy times is noisier than either.
OVERHEAD_PAIRS = 5


def paired_times(
    first: dict, second: dict, names: tuple[str, str], pairs: int, workdir: Path, root: Path
) -> tuple[dict, dict, dict]:
    """Both configs built in turn (first, second, first, second …), so the machine's drift over
    the minutes of a benchmark falls on both alike, and the ratio of each pair's times. A
    shared two-core machine drifts by tens of percent: measured in two blocks, the same code's
    overhead came out at 12 % and at 21 %. The second config is built without --strict."""
    paths = [
        _config_file(config, name, workdir, root)
        for config, name in zip((first, second), names, strict=True)
    ]
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(pairs):
        for index, (path, name) in enumerate(zip(paths, names, strict=True)):
            times[index].append(_fresh_build(path, name, workdir, strict=index == 0))
    ratios = [a / b for a, b in zip(*times, strict=True)]
    ratio = {
        "median": round(statistics.median(ratios), 4),
        "min": round(min(ratios), 4),
        "max": round(max(ratios), 4),
        "pairs": pairs,
    }
    return _summary(times[0]), _summary(times[1]), ratio


# Plugins that cache their work between builds, and where (relative to the project otherwise).
CACHING_PLUGINS = ("diagrams", "korean-search")


def with_caches_in(config: dict, cache_root: Path) -> dict:
    """The config with every build cache of ours (rendered diagrams, Korean segments) under
    cache_root, so a benchmark never touches the project's .cache/ nor shares it by accident."""
    for name in CACHING_PLUGINS:
        config = configfile.with_plugin_options(config, name, {"cache_dir": str(cache_root / name)})
    return config


def diagram_render_times(root: Path, cache_dir: Path | None, runs: int, workdir: Path) -> dict:
    """The diagram plugin's own CLI over every source in both languages: with an empty cache
    (cache_dir None) every diagram is rendered by Graphviz; with a filled one none is."""
    times, counts = [], {}
    for _ in range(runs):
        command = [sys.executable, "-m", "plugins.diagrams", "--all", "--json"]
        command += ["--out", str(workdir / "diagrams-out")]
        command += ["--no-cache"] if cache_dir is None else ["--cache-dir", str(cache_dir)]
        result = subprocess.run(command, cwd=root, capture_output=True, text=True)
        if result.returncode != 0:
            raise RuntimeError(f"python -m plugins.diagrams failed:\n{result.stderr[-2000:]}")
        report = json.loads(result.stdout)
        times.append(report["seconds"])
        counts = {key: report[key] for key in ("rendered", "cached", "reused", "failed")}
    return {
        "median_s": round(statistics.median(times), 3),
        "runs_s": [round(t, 3) for t in times],
        **counts,
    }


def with_project_paths(config: dict, root: Path) -> dict:
    """The config written elsewhere still reads this project's glossary: plugins resolve
    relative folders against the config file's folder."""
    config = dict(config, docs_dir=str(root / "docs"))
    config["theme"] = dict(config["theme"], custom_dir=str(root / "overrides"))
    for name in ("glossary", "korean-search"):
        config = configfile.with_plugin_options(
            config, name, {"glossary_dir": str(root / "glossary")}
        )
    return config


def bench_build(root: Path, runs: int) -> dict:
    config = with_project_paths(configfile.load(root / "mkdocs.yml"), root)
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        workdir = Path(tmp)
        cold_caches, warm_caches = workdir / "cache-cold", workdir / "cache-warm"
        cold = median_times(
            with_caches_in(config, cold_caches),
            "site-cold",
            runs,
            workdir,
            root,
            before_each=lambda: shutil.rmtree(cold_caches, ignore_errors=True),
        )
        warm_config = with_caches_in(config, warm_caches)
        median_times(warm_config, "site-warm-up", 1, workdir, root)  # fills the caches
        # Not strict (mkdocs.yml says strict: true): without the glossary and exam-tip plugins,
        # the nav and links to their pages break.
        study = dict(
            configfile.without_plugins(warm_config, {"glossary", "exam-tips"}), strict=False
        )
        warm, without_study, study_ratio = paired_times(
            warm_config,
            study,
            ("site-warm", "site-without-study-index"),
            OVERHEAD_PAIRS,
            workdir,
            root,
        )
        bare = dict(configfile.without_plugins(config, OUR_PLUGINS - {"bilingual"}), strict=False)
        without = median_times(bare, "site-without-our-plugins", runs, workdir, root, False)
        stock = median_times(
            stock_material(config, root), "stock-material", runs, workdir, root, False
        )
        diagrams_cold = diagram_render_times(root, None, runs, workdir)
        diagrams_warm = diagram_render_times(root, warm_caches / "diagrams", runs, workdir)
    # Issue "Study-index plugins" budgets the glossary and exam-tip plugins against the same
    # warm build without them: the median of the paired runs' ratios. The second figure is all
    # of our plugins together, from the medians.
    overhead = (study_ratio["median"] - 1) * 100
    all_overhead = (warm["median_s"] - without["median_s"]) / without["median_s"] * 100
    return {
        "site": warm,
        "site_cold": cold,
        "site_without_study_index": without_study,
        "our_plugins_overhead_percent": round(all_overhead, 1),
        "site_without_study_plugins": without,
        "stock_material": stock,
        "diagrams_cold": diagrams_cold,
        "diagrams_warm": diagrams_warm,
        "study_plugins_overhead_percent": round(overhead, 1),
        "study_plugins_ratio": study_ratio,
    }


def render_markdown(results: dict) -> str:
    templates = Environment(loader=FileSystemLoader(Path(__file__).parent / "templates"))
    templates.filters["kb"] = lambda size: f"{size / 1000:.1f} KB"
    templates.filters["mark"] = lambda met: "✓" if met else "✗"
    return templates.get_template("bench.md.j2").render(**results)


# In report order. "weight" and "lighthouse" share one strict build served by the preview.
SECTIONS = ("build", "weight", "lighthouse", "search", "deploy")


def bench_served_site(root: Path, out: Path, runs: int, sections) -> dict:
    """Page weight and Lighthouse, against the real site served like CloudFront serves it;
    for Lighthouse also stock Material on the same pages, as the reference."""
    from .lighthouse_bench import bench_lighthouse, bench_stock_reference
    from .served import bench_pages, not_found_pages, served_site
    from .weight_bench import bench_page_weight

    found = {}
    with tempfile.TemporaryDirectory(prefix="bench-served-") as tmp:
        workdir = Path(tmp)
        with served_site(root, workdir) as served:
            pages = bench_pages(served.site_dir)
            if "weight" in sections:
                weighed = [page for page in pages if page.key in WEIGHED_PAGES]
                found["weight"] = bench_page_weight(served, weighed)
            if "lighthouse" in sections:
                found["lighthouse"] = bench_lighthouse(
                    served, pages, not_found_pages(), runs, out / "lighthouse"
                )
        if "lighthouse" in sections and found["lighthouse"].get("installed"):
            stock = stock_material(configfile.load(root / "mkdocs.yml"), root)
            stock_path = configfile.dump(stock, workdir / "stock-material.yml")
            with served_site(root, workdir, stock_path, strict=False) as served:
                reference = [page for page in pages if page.key in STOCK_REFERENCE_PAGES]
                found["lighthouse"]["stock"] = bench_stock_reference(
                    served, reference, runs, out / "lighthouse"
                )
    return found


# Stock Material is measured on these too (mobile), to tell the theme's cost from ours.
STOCK_REFERENCE_PAGES = ("home-ko", "topic-ko")
# The first visits the issue budgets: the Korean home, a topic page, the glossary; and the
# English twins, to see that each loads its own language's search index.
# The practice page (issue 33) has the same budget as a topic page.
WEIGHED_PAGES = (
    *("home-ko", "topic-ko", "glossary-ko", "practice-ko"),
    *("home-en", "topic-en", "glossary-en", "practice-en"),
)


def built_site(root: Path, out: Path) -> Path:
    """A strict build of the real site for the deploy benchmark, under the results folder."""
    site_dir = out / "site"
    shutil.rmtree(site_dir, ignore_errors=True)
    config = configfile.dump(
        with_project_paths(configfile.load(root / "mkdocs.yml"), root), out / "site.yml"
    )
    timed_build(config, site_dir, strict=True)
    return site_dir


def run_bench(root: Path, out: Path, runs: int = 3, sections=SECTIONS) -> int:
    # Sections not run this time keep their last figures, so `--only` refreshes one part.
    previous = out / "results.json"
    results = json.loads(previous.read_text()) if previous.is_file() else {}
    results.update(
        {
            "machine": f"{platform.machine()}, {os.cpu_count()} cores",
            "python": platform.python_version(),
            "runs": runs,
        }
    )
    measured = results.setdefault("measured", {})
    failed = []

    def save() -> None:
        # After every section: a long run that fails late keeps what it measured.
        out.mkdir(parents=True, exist_ok=True)
        (out / "results.json").write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
        (out / "results.md").write_text(render_markdown(results))

    def measure(names: tuple[str, ...], bench) -> None:
        try:
            found = bench()
        except Exception as error:  # report it, and go on with the other sections
            failed.append(names)
            print(f"bench: {'/'.join(names)} failed: {error}", file=sys.stderr)
            return
        for name, figures in found.items():
            results[name] = figures
            measured[name] = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
        save()

    if "build" in sections:
        measure(("build",), lambda: {"build": bench_build(root, runs)})
    if "weight" in sections or "lighthouse" in sections:
        served = tuple(name for name in ("weight", "lighthouse") if name in sections)
        measure(served, lambda: bench_served_site(root, out, runs, sections))
    if "search" in sections:
        from .search_bench import bench_search

        measure(("search",), lambda: {"search": bench_search(root, OUR_PLUGINS)})
    if "deploy" in sections:
        from .deploy_bench import bench_deploy

        measure(("deploy",), lambda: {"deploy": bench_deploy(root, built_site(root, out))})
    save()
    print(render_markdown(results))
    return 1 if failed else 0
