"""A diagram source file: load it, check it, and look up its labels in one language.

A source is `docs/diagrams/<name>.py` with CAPTION, ALT and LABELS (each text in every site
language), an optional DIRECTION and GRAPH_ATTR, and `draw(t)`. Every problem becomes a
DiagramError that names the file and, when it can, the line.
"""

from __future__ import annotations

import ast
import inspect
import sys
import threading
import traceback
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

DIRECTIONS = ("LR", "TB", "RL", "BT")
DEFAULT_DIRECTION = "LR"
# Graph attributes a source may not set: the font and padding keep every diagram alike and
# the icon matching in svg.py relies on Graphviz's own page layout.
RESERVED_GRAPH_ATTRS = frozenset({"fontname", "pad", "margin", "size", "ratio", "dpi", "page"})
_IMPORT_LOCK = threading.Lock()


class DiagramError(Exception):
    """A problem in one diagram source, located by file and (when known) line."""

    def __init__(self, message: str, path: Path | str | None = None, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.path = Path(path) if path is not None else None
        self.line = line

    @property
    def where(self) -> str:
        if self.path is None:
            return "diagram"
        return f"{display_path(self.path)}:{self.line}" if self.line else display_path(self.path)

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


def display_path(path: Path) -> str:
    """The path relative to the working directory when it is inside it (as editors link it)."""
    try:
        return path.resolve().relative_to(Path.cwd()).as_posix()
    except ValueError:
        return path.as_posix()


@dataclass(frozen=True)
class DiagramSource:
    name: str
    path: Path
    caption: Mapping[str, str]
    alt: Mapping[str, str]
    labels: Mapping[str, Mapping[str, str]]
    draw: Callable[[Callable[[str], str]], object]
    direction: str = DEFAULT_DIRECTION
    graph_attr: Mapping[str, str] = field(default_factory=dict)
    draw_line: int | None = None
    label_lines: Mapping[str, int] = field(default_factory=dict)

    def labeller(self, lang: str) -> Labels:
        return Labels(self.path, self.labels, lang, self.label_lines)


class Labels:
    """The `t` passed to `draw(t)`: `t("igw")` is the label of key `igw` in one language."""

    def __init__(
        self,
        path: Path,
        labels: Mapping[str, Mapping[str, str]],
        lang: str,
        lines: Mapping[str, int] | None = None,
    ):
        self.path = path
        self.labels = labels
        self.lang = lang
        self.lines = lines or {}
        self.used: set[str] = set()

    def __call__(self, key: str) -> str:
        entry = self.labels.get(key)
        if entry is None:
            raise DiagramError(
                f"label key {key!r} is not in LABELS", self.path, self._caller_line()
            )
        text = entry.get(self.lang)
        if not isinstance(text, str) or not text.strip():
            raise DiagramError(
                f"label {key!r} has no {self.lang!r} text", self.path, self.lines.get(key)
            )
        self.used.add(key)
        return text

    def unused(self) -> list[str]:
        return sorted(set(self.labels) - self.used)

    def _caller_line(self) -> int | None:
        # The innermost frame in the source file is the `t("...")` call, also through helpers.
        frame = sys._getframe(2)
        while frame is not None:
            if Path(frame.f_code.co_filename) == self.path:
                return frame.f_lineno
            frame = frame.f_back
        return None


def load_source(path: Path, languages: Sequence[str]) -> DiagramSource:
    """Run a source file and check that it follows the diagram API in every language."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise DiagramError(f"cannot read the source: {error.strerror}", path) from error
    try:
        tree = ast.parse(text, filename=str(path))
    except SyntaxError as error:
        raise DiagramError(f"syntax error: {error.msg}", path, error.lineno) from error
    lines = _top_level_lines(tree)
    _use_fresh_helpers(path.parent)
    namespace: dict[str, object] = {"__name__": f"diagram_{path.stem}", "__file__": str(path)}
    try:
        exec(compile(tree, str(path), "exec"), namespace)
    except Exception as error:
        raise DiagramError(
            f"running the source failed: {type(error).__name__}: {error}",
            path,
            line_in_traceback(error, path),
        ) from error

    def line_of(name: str) -> int | None:
        return lines.get(name, (None, {}))[0]

    caption = _texts(namespace, "CAPTION", languages, path, line_of("CAPTION"))
    alt = _texts(namespace, "ALT", languages, path, line_of("ALT"))
    labels, label_lines = _labels(namespace, languages, path, lines)
    direction = namespace.get("DIRECTION", DEFAULT_DIRECTION)
    if direction not in DIRECTIONS:
        raise DiagramError(
            f"DIRECTION is {direction!r}; use one of {', '.join(DIRECTIONS)}",
            path,
            line_of("DIRECTION"),
        )
    graph_attr = _graph_attr(namespace, path, line_of("GRAPH_ATTR"))
    draw = namespace.get("draw")
    if not callable(draw):
        raise DiagramError("the source defines no draw(t) function", path)
    try:
        inspect.signature(draw).bind(lambda key: key)
    except TypeError as error:
        raise DiagramError(
            "draw must take one argument, t", path, draw.__code__.co_firstlineno
        ) from error
    return DiagramSource(
        name=path.stem,
        path=path,
        caption=caption,
        alt=alt,
        labels=labels,
        draw=draw,
        direction=direction,
        graph_attr=graph_attr,
        draw_line=draw.__code__.co_firstlineno,
        label_lines=label_lines,
    )


def _use_fresh_helpers(folder: Path) -> None:
    """Let a source `import _shared` from its own folder, and forget helpers imported by an
    earlier build so that `mkdocs serve` sees edits to them."""
    with _IMPORT_LOCK:
        if str(folder) not in sys.path:
            sys.path.insert(0, str(folder))
        for name, module in list(sys.modules.items()):
            module_file = getattr(module, "__file__", None)
            if name.startswith("_") and module_file and Path(module_file).parent == folder:
                del sys.modules[name]


def line_in_traceback(error: BaseException, path: Path) -> int | None:
    """The line of the innermost traceback frame inside `path`."""
    line = None
    for frame in traceback.extract_tb(error.__traceback__):
        if Path(frame.filename) == path:
            line = frame.lineno
    return line


def _top_level_lines(tree: ast.Module) -> dict[str, tuple[int, dict[str, int]]]:
    """For each top-level NAME = value: its line and, for a dict literal, each key's line."""
    found: dict[str, tuple[int, dict[str, int]]] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign):
            targets, value = node.targets, node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            targets, value = [node.target], node.value
        else:
            continue
        keys: dict[str, int] = {}
        if isinstance(value, ast.Dict):
            for key in value.keys:
                if isinstance(key, ast.Constant) and isinstance(key.value, str):
                    keys[key.value] = key.lineno
        for target in targets:
            if isinstance(target, ast.Name):
                found[target.id] = (node.lineno, keys)
    return found


def _texts(
    namespace: Mapping[str, object],
    name: str,
    languages: Sequence[str],
    path: Path,
    line: int | None,
) -> dict[str, str]:
    value = namespace.get(name)
    if not isinstance(value, Mapping):
        raise DiagramError(
            f"{name} must be a dict of texts by language ({', '.join(languages)})", path, line
        )
    missing = [lang for lang in languages if not _is_text(value.get(lang))]
    if missing:
        raise DiagramError(f"{name} has no {', '.join(map(repr, missing))} text", path, line)
    return {lang: value[lang] for lang in languages}


def _labels(
    namespace: Mapping[str, object],
    languages: Sequence[str],
    path: Path,
    lines: Mapping[str, tuple[int, dict[str, int]]],
) -> tuple[dict[str, dict[str, str]], dict[str, int]]:
    line, key_lines = lines.get("LABELS", (None, {}))
    value = namespace.get("LABELS")
    if not isinstance(value, Mapping):
        raise DiagramError("LABELS must be a dict {key: {language: text}}", path, line)
    labels: dict[str, dict[str, str]] = {}
    for key, entry in value.items():
        where = key_lines.get(key, line)
        if not isinstance(key, str) or not isinstance(entry, Mapping):
            raise DiagramError(
                f"label {key!r} must map languages to texts, got {entry!r}", path, where
            )
        missing = [lang for lang in languages if not _is_text(entry.get(lang))]
        if missing:
            raise DiagramError(
                f"label {key!r} has no {', '.join(map(repr, missing))} text", path, where
            )
        labels[key] = {lang: entry[lang] for lang in languages}
    return labels, {key: key_lines.get(key, line) for key in labels}


def _graph_attr(namespace: Mapping[str, object], path: Path, line: int | None) -> dict[str, str]:
    value = namespace.get("GRAPH_ATTR", {})
    if not isinstance(value, Mapping) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    ):
        raise DiagramError("GRAPH_ATTR must be a dict of Graphviz attribute strings", path, line)
    reserved = sorted(RESERVED_GRAPH_ATTRS & set(value))
    if reserved:
        raise DiagramError(
            f"GRAPH_ATTR may not set {', '.join(reserved)} (the plugin sets them)", path, line
        )
    return dict(value)


def _is_text(value: object) -> bool:
    return isinstance(value, str) and bool(value.strip())
