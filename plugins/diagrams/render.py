"""Diagram source → DOT → Graphviz (cairo SVG, outlined text) → finished SVG, with a cache.

Every (source, language) pair is one job. A job whose key (the source's bytes, the language,
the tool versions and the settings) is already in the cache costs a file read; the others run
in a thread pool, where the `dot` subprocesses do the heavy work in parallel.
"""

from __future__ import annotations

import contextvars
import functools
import hashlib
import importlib.metadata
import json
import os
import re
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path

import diagrams

from . import icons as icon_files
from .cachefiles import ensure_cache_dir, write_atomically
from .source import DiagramError, DiagramSource, line_in_traceback, load_source
from .svg import MARGIN, Layout, SvgError, finish_svg

FONT = "Noto Sans CJK KR"
DOT_TIMEOUT = 120
GRAPH_ATTR = {"fontname": FONT}
# The page Graphviz draws on is padded by this much (points) and svg.py crops it back to the
# drawing: a label wider than its fixed-size node spills out of the layout's box, and cairo
# drops whatever falls off the page.
PAGE_PAD = 72.0
# The modules whose code shapes the output: a change to any of them invalidates the cache.
_OUTPUT_MODULES = ("source.py", "render.py", "svg.py", "icons.py")
_FONTNAME = re.compile(r'\bfontname=(?:"(?:[^"\\]|\\.)*"|[^\s\],;]+)')
# diagrams' node ids: uuid4 hex, quoted by the graphviz package when it starts with a digit.
_NODE_ID = re.compile(r'"([0-9a-f]{32})"|\b([0-9a-f]{32})\b')


@dataclass(frozen=True)
class RenderSettings:
    cache_dir: Path
    icon_size: int = 96
    workers: int = 0  # 0: one per CPU

    def worker_count(self) -> int:
        return self.workers or os.cpu_count() or 1


@dataclass(frozen=True)
class RenderedDiagram:
    name: str
    lang: str
    svg: str
    width: int
    height: int
    caption: str
    alt: str

    @property
    def digest(self) -> str:
        return hashlib.sha256(self.svg.encode("utf-8")).hexdigest()[:10]


@dataclass
class RenderReport:
    """Counters for one render_all call; `make bench` prints them (see AUTHORING.md)."""

    rendered: int = 0
    cached: int = 0  # read from the cache folder
    reused: int = 0  # already in memory (the second language's build)
    failed: int = 0
    seconds: float = 0.0
    render_seconds: dict[str, float] = field(default_factory=dict)

    def summary(self) -> str:
        return (
            f"{self.rendered} rendered, {self.cached} from cache, {self.reused} reused, "
            f"{self.failed} failed in {self.seconds:.2f} s"
        )

    def as_dict(self) -> dict:
        return asdict(self)


Result = RenderedDiagram | DiagramError


def helper_digest(folders: Iterable[Path]) -> str:
    """One hash of every helper module (`_*.py`) beside the sources: any diagram may import
    them, so a change to one renders every diagram again."""
    digest = hashlib.sha256()
    for folder in sorted(folders):
        for helper in sorted(folder.glob("_*.py")):
            digest.update(helper.name.encode() + b"\0" + helper.read_bytes())
    return digest.hexdigest()[:16]


def find_sources(sources_dir: Path) -> list[Path]:
    """Diagram sources: `*.py` files, except helpers whose name starts with `_`."""
    if not sources_dir.is_dir():
        return []
    return sorted(p for p in sources_dir.glob("*.py") if not p.name.startswith("_"))


def render_all(
    sources: Iterable[Path],
    languages: Sequence[str],
    build_languages: Sequence[str],
    settings: RenderSettings,
    known: Mapping[str, Result] | None = None,
) -> tuple[dict[tuple[str, str], Result], dict[str, Result], RenderReport]:
    """Render every source in every build language; `known` maps cache keys to earlier results.

    Returns the results by (name, language), the results by cache key (pass them back as
    `known` next time) and the counters.
    """
    started = time.perf_counter()
    known = dict(known or {})
    report = RenderReport()
    jobs: dict[str, tuple[Path, str]] = {}
    keys: dict[tuple[str, str], str] = {}
    sources = list(sources)
    helpers = helper_digest({path.parent for path in sources})
    for path in sources:
        text = path.read_bytes()
        for lang in build_languages:
            key = cache_key(text, lang, languages, settings, helpers)
            keys[(path.stem, lang)] = key
            if key in known:
                report.reused += 1
                continue
            cached = read_cache(settings.cache_dir, key)
            if cached is not None:
                known[key] = cached
                report.cached += 1
            else:
                jobs[key] = (path, lang)
    if jobs:
        ensure_cache_dir(settings.cache_dir)
        with ThreadPoolExecutor(max_workers=settings.worker_count()) as pool:
            futures = {
                key: pool.submit(_timed_render, path, lang, languages, settings, key)
                for key, (path, lang) in jobs.items()
            }
            for key, future in futures.items():
                result, seconds = future.result()
                path, lang = jobs[key]
                report.render_seconds[f"{path.stem}.{lang}"] = round(seconds, 3)
                known[key] = result
                if isinstance(result, DiagramError):
                    report.failed += 1
                else:
                    report.rendered += 1
    report.seconds = time.perf_counter() - started
    results = {pair: known[key] for pair, key in keys.items()}
    return results, {key: known[key] for key in keys.values()}, report


def render_one(
    path: Path, lang: str, languages: Sequence[str], settings: RenderSettings
) -> RenderedDiagram:
    """Render one diagram in one language, without the cache; raises DiagramError."""
    source = load_source(path, languages)
    dot_text = build_dot(source, lang)
    svg, layout, _warnings = run_dot(dot_text, source)
    icons = {}
    for node in layout.nodes:
        if node.image not in icons:
            try:
                icons[node.image] = icon_files.small_icon(
                    node.image, settings.icon_size, settings.cache_dir
                )
            except (OSError, RuntimeError) as error:
                raise DiagramError(str(error), path, source.draw_line) from error
    try:
        finished = finish_svg(
            svg, layout, icons, title=source.caption[lang], description=source.alt[lang]
        )
    except SvgError as error:
        raise DiagramError(f"SVG post-processing failed: {error}", path) from error
    return RenderedDiagram(
        name=source.name,
        lang=lang,
        svg=finished.text,
        width=finished.width,
        height=finished.height,
        caption=source.caption[lang],
        alt=source.alt[lang],
    )


def build_dot(source: DiagramSource, lang: str) -> str:
    """Run the source's draw(t) inside a Diagram and return deterministic DOT text."""
    labels = source.labeller(lang)
    diagram = _SourceOnlyDiagram(
        name="",
        filename=f"diagram-{source.name}",
        direction=source.direction,
        show=False,
        graph_attr={**GRAPH_ATTR, **source.graph_attr},
        node_attr={"fontname": FONT},
        edge_attr={"fontname": FONT},
    )
    # The padding is given on dot's command line (run_dot), where it can grow.
    del diagram.dot.graph_attr["pad"]
    # A fresh context: diagrams keeps the open Diagram/Cluster in context variables, and
    # jobs share worker threads.
    try:
        contextvars.Context().run(_draw, diagram, source, labels)
    except DiagramError:
        raise
    except Exception as error:
        raise DiagramError(
            f"draw(t) failed: {type(error).__name__}: {error}",
            source.path,
            _line_in(error, source),
        ) from error
    if diagram.edge_labels and "splines" not in source.graph_attr:
        # Graphviz cannot place labels on orthogonal edges (it warns and puts them anywhere).
        diagram.dot.graph_attr["splines"] = "spline"
    return normalise_dot(diagram.dot.source)


def normalise_dot(dot_text: str) -> str:
    """One font everywhere, and node ids n1, n2, … instead of random UUIDs (stable output)."""
    dot_text = _FONTNAME.sub(f'fontname="{FONT}"', dot_text)
    ids: dict[str, str] = {}
    return _NODE_ID.sub(
        lambda m: ids.setdefault(m.group(1) or m.group(2), f"n{len(ids) + 1}"), dot_text
    )


def run_dot(dot_text: str, source: DiagramSource) -> tuple[bytes, Layout, list[str]]:
    """The cairo SVG and the JSON layout (to find the icons) of one layout run; run again
    with a wider page in the rare case a label spills further than PAGE_PAD."""
    svg, layout, warnings = _run_dot(dot_text, source, PAGE_PAD)
    if layout.overflow() > PAGE_PAD - MARGIN:
        svg, layout, warnings = _run_dot(dot_text, source, layout.overflow() + MARGIN)
    return svg, layout, warnings


def _run_dot(dot_text: str, source: DiagramSource, pad: float) -> tuple[bytes, Layout, list[str]]:
    with tempfile.TemporaryDirectory(prefix="diagram-") as work:
        svg_path, json_path = Path(work, "out.svg"), Path(work, "out.json")
        command = ["dot", f"-Gpad={pad / 72:.3f}", "-Tsvg:cairo", "-o", str(svg_path)]
        command += ["-Tjson", "-o", str(json_path)]
        try:
            result = subprocess.run(
                command,
                input=dot_text.encode("utf-8"),
                capture_output=True,
                timeout=DOT_TIMEOUT,
            )
        except FileNotFoundError as error:
            raise DiagramError("Graphviz `dot` is not installed", source.path) from error
        except subprocess.TimeoutExpired as error:
            raise DiagramError(
                f"Graphviz took longer than {DOT_TIMEOUT} s", source.path, source.draw_line
            ) from error
        stderr = result.stderr.decode("utf-8", "replace").strip()
        # The JSON writer cannot load images; that is expected and says nothing.
        stderr = "\n".join(
            line for line in stderr.splitlines() if "No loadimage plugin" not in line
        )
        if result.returncode != 0 or not svg_path.is_file():
            raise DiagramError(f"Graphviz failed: {stderr}", source.path, source.draw_line)
        layout = Layout.from_json(json.loads(json_path.read_text(encoding="utf-8")))
        return svg_path.read_bytes(), layout, stderr.splitlines()


@functools.cache
def tool_versions() -> str:
    """Everything outside the source that changes the SVG, as one string for the cache key."""
    parts = [
        f"diagrams {importlib.metadata.version('diagrams')}",
        _command_output(["dot", "-V"]),
        _command_output(["fc-match", "-f", "%{file} %{fontversion}", FONT]),
        f"icons {icon_files.icon_format()}",
    ]
    here = Path(__file__).parent
    code = hashlib.sha256()
    for name in _OUTPUT_MODULES:
        code.update((here / name).read_bytes())
    parts.append(f"plugin {code.hexdigest()[:16]}")
    return "\n".join(parts)


def cache_key(
    source: bytes,
    lang: str,
    languages: Sequence[str],
    settings: RenderSettings,
    helpers: str = "",
) -> str:
    payload = json.dumps(
        {
            "source": hashlib.sha256(source).hexdigest(),
            "helpers": helpers,
            "lang": lang,
            "languages": list(languages),
            "tools": tool_versions(),
            "icon_size": settings.icon_size,
        },
        sort_keys=True,
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:32]


def read_cache(cache_dir: Path, key: str) -> RenderedDiagram | None:
    meta_path = cache_dir / "svg" / f"{key}.json"
    svg_path = cache_dir / "svg" / f"{key}.svg"
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        svg = svg_path.read_text(encoding="utf-8")
        return RenderedDiagram(svg=svg, **meta)
    except (OSError, ValueError, TypeError):
        return None


def write_cache(cache_dir: Path, key: str, diagram: RenderedDiagram) -> None:
    folder = cache_dir / "svg"
    meta = {k: v for k, v in asdict(diagram).items() if k != "svg"}
    # The SVG first: the JSON file is what marks an entry complete.
    write_atomically(folder / f"{key}.svg", diagram.svg.encode("utf-8"))
    write_atomically(folder / f"{key}.json", json.dumps(meta, ensure_ascii=False).encode("utf-8"))


def _timed_render(
    path: Path, lang: str, languages: Sequence[str], settings: RenderSettings, key: str
) -> tuple[Result, float]:
    started = time.perf_counter()
    try:
        diagram = render_one(path, lang, languages, settings)
    except DiagramError as error:
        return error, time.perf_counter() - started
    except Exception as error:  # a bug here must still name the diagram, not kill the build
        return (
            DiagramError(f"rendering failed: {type(error).__name__}: {error}", path),
            time.perf_counter() - started,
        )
    write_cache(settings.cache_dir, key, diagram)
    return diagram, time.perf_counter() - started


def _draw(diagram: diagrams.Diagram, source: DiagramSource, labels) -> None:
    with diagram:
        source.draw(labels)


def _line_in(error: BaseException, source: DiagramSource) -> int | None:
    return line_in_traceback(error, source.path) or source.draw_line


def _command_output(command: list[str]) -> str:
    if shutil.which(command[0]) is None:
        return f"{command[0]} missing"
    result = subprocess.run(command, capture_output=True, text=True, timeout=30)
    return (result.stdout + result.stderr).strip()


class _SourceOnlyDiagram(diagrams.Diagram):
    """A Diagram that only collects DOT: leaving the `with` block renders nothing."""

    edge_labels = 0

    def connect(self, node, node2, edge):
        if edge.attrs.get("label"):
            self.edge_labels += 1
        super().connect(node, node2, edge)

    def __exit__(self, exc_type, exc_value, tb):
        diagrams.setcluster(None)
        diagrams.setdiagram(None)
