"""Checks that need no build: every page in both languages, every line of the notes mapped.

Each check returns a list of Problem; run_checks prints them as `file:line: message` and
returns the exit status. The checks read files only; they never import MkDocs.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

LANGUAGES = ("ko", "en")  # ko is the default: `x.md`; others: `x.<lang>.md`
NOTES = Path("notes/architecting-on-aws-notes.ko.md")
NOTES_MAP = Path("notes/map")


@dataclass(frozen=True, order=True)
class Problem:
    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


def page_key(relative: Path) -> tuple[str, str]:
    """('about/index', 'en') for about/index.en.md; ('about/index', 'ko') for about/index.md."""
    stem = relative.as_posix()[: -len(".md")]
    for language in LANGUAGES[1:]:
        if stem.endswith(f".{language}"):
            return stem[: -len(language) - 1], language
    return stem, LANGUAGES[0]


def check_language_parity(docs: Path) -> list[Problem]:
    """A page that exists in one language only is an error, named by the file that exists."""
    found: dict[str, dict[str, Path]] = {}
    for path in sorted(docs.rglob("*.md")):
        key, language = page_key(path.relative_to(docs))
        found.setdefault(key, {})[language] = path
    problems = []
    for key, versions in sorted(found.items()):
        for language in LANGUAGES:
            if language not in versions:
                existing = next(iter(versions.values()))
                expected = f"{key}.md" if language == LANGUAGES[0] else f"{key}.{language}.md"
                problems.append(
                    Problem(str(existing), 1, f"no {language} version: expected docs/{expected}")
                )
    return problems


_RANGE = re.compile(r"^\s*(\d+)\s*(?:-\s*(\d+))?\s*$")


def parse_range(value) -> tuple[int, int]:
    """`12`, `12-30` → (first, last), inclusive."""
    match = _RANGE.match(str(value))
    if not match:
        raise ValueError(f"'lines' must look like 12 or 12-30, got {value!r}")
    first = int(match.group(1))
    last = int(match.group(2) or first)
    if last < first:
        raise ValueError(f"'lines' range {value!r} ends before it starts")
    return first, last


def load_map(map_dir: Path) -> tuple[list[tuple[Path, int, dict]], list[Problem]]:
    """All entries of notes/map/*.yml, each with its file and the line where it starts."""
    entries, problems = [], []
    for path in sorted(map_dir.glob("*.yml")):
        text = path.read_text(encoding="utf-8")
        try:
            node = yaml.compose(text)
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None)
            line = mark.line + 1 if mark else 1
            problems.append(Problem(str(path), line, f"invalid YAML: {error}"))
            continue
        data = yaml.safe_load(text) or []
        if not isinstance(data, list):
            problems.append(Problem(str(path), 1, "the map must be a YAML list of entries"))
            continue
        lines = [item.start_mark.line + 1 for item in node.value] if node else []
        entries.extend((path, line, entry) for line, entry in zip(lines, data, strict=True))
    return entries, problems


def check_notes_map(root: Path) -> list[Problem]:
    """Every non-blank line of the notes is covered by a map entry naming an existing page
    or a reason for leaving it out; every entry is well formed."""
    notes = (root / NOTES).read_text(encoding="utf-8").splitlines()
    entries, problems = load_map(root / NOTES_MAP)
    covered: set[int] = set()
    for path, line, entry in entries:
        where = (str(path), line)
        if not isinstance(entry, dict) or "lines" not in entry:
            problems.append(Problem(*where, "an entry needs 'lines' and 'page' or 'omit'"))
            continue
        try:
            first, last = parse_range(entry["lines"])
        except ValueError as error:
            problems.append(Problem(*where, str(error)))
            continue
        if last > len(notes):
            problems.append(Problem(*where, f"lines {first}-{last}: the notes end at {len(notes)}"))
            continue
        if ("page" in entry) == ("omit" in entry):
            problems.append(Problem(*where, "an entry has either 'page' or 'omit', not both"))
            continue
        if "page" in entry:
            page = root / "docs" / str(entry["page"])
            if not page.is_file():
                problems.append(Problem(*where, f"mapped page docs/{entry['page']} does not exist"))
                continue
        elif not str(entry["omit"]).strip():
            problems.append(Problem(*where, "'omit' needs a reason"))
            continue
        covered.update(range(first, last + 1))
    blank = {n for n, text in enumerate(notes, start=1) if not text.strip()}
    unmapped = [n for n in range(1, len(notes) + 1) if n not in blank and n not in covered]
    for first, last in _runs(unmapped, gaps=blank):
        span = f"{first}" if first == last else f"{first}-{last}"
        problems.append(
            Problem(str(NOTES), first, f"lines {span} are mapped to no page (see notes/map/)")
        )
    return problems


def _runs(numbers: list[int], gaps: set[int] = frozenset()):
    """Consecutive runs, a run going on over `gaps`: [1,2,3,7,8] → (1,3), (7,8)."""
    start = previous = None
    for number in numbers:
        if start is None:
            start = previous = number
        elif all(n in gaps for n in range(previous + 1, number)):
            previous = number
        else:
            yield start, previous
            start = previous = number
    if start is not None:
        yield start, previous


def check_voice(root: Path) -> list[Problem]:
    """AWS's terms, one English spelling and register, Korean headings as noun phrases and
    Korean prose in 합쇼체 (scripts/voice.py, scripts/terminology.yml)."""
    from . import voice

    try:
        found = voice.run(root)
    except voice.TerminologyError as error:
        return [Problem(str(voice.TERMINOLOGY), 1, str(error))]
    return [Problem(f.path, f.line, f.message) for f in found]


def run_checks(root: Path) -> int:
    problems = check_language_parity(root / "docs") + check_notes_map(root) + check_voice(root)
    for problem in sorted(problems):
        print(problem, file=sys.stderr)
    if problems:
        print(f"check: {len(problems)} problem(s)", file=sys.stderr)
        return 1
    print("check: every page in both languages; every line of the notes mapped; one set of words")
    return 0
