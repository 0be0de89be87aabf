"""One voice: AWS's official terms, one English spelling and register, Korean headings as noun
phrases and Korean prose in 합쇼체.

The terms live in `scripts/terminology.yml` (see there for the format). The check reads every
piece of authored text, wherever it is written:

- pages (`docs/**/*.md`): prose, headings, table cells and box titles, but not code (fenced
  blocks, inline code), link targets or HTML comments; quotes of the notes inside
  `!!! correction` / `!!! update` boxes are exempt (they show what the notes said), and so,
  until issue 28 has written them, are those boxes' titles;
- glossary YAML (`glossary/*.yml`): every string but `aliases` (the names readers type, so an
  avoided variant may stay there for search), `link`, `id` and `related`;
- diagram sources (`docs/diagrams/*.py`): the `ko`/`en` strings of `CAPTION`, `ALT` and
  `LABELS`.

A later data file (the exam guide, a question bank) joins by one line in `SOURCES`: a glob and
the reader for its kind (`yaml_texts` reads any YAML, taking the language from the nearest
`ko`/`en` key or the file name).

Each problem names its file and line. The checks read files only.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml

TERMINOLOGY = Path(__file__).parent / "terminology.yml"
LANGUAGES = ("ko", "en")


# --- authored text -----------------------------------------------------------------------


@dataclass(frozen=True)
class Text:
    """A block of authored text in one language, with the file line of each of its lines."""

    path: str
    lang: str | None  # None: check against every language's terms
    lines: tuple[tuple[int, str], ...]  # (line number, text with exempt parts blanked)

    @property
    def joined(self) -> str:
        return "\n".join(text for _, text in self.lines)

    def line_of(self, offset: int) -> int:
        """The file line holding character `offset` of `joined`."""
        for number, text in self.lines:
            if offset <= len(text):
                return number
            offset -= len(text) + 1
        return self.lines[-1][0]


def page_language(path: Path) -> str:
    return "en" if path.name.endswith(".en.md") else "ko"


_FENCE = re.compile(r"^\s*(```|~~~)")
_BOX = re.compile(r"^(\s*)(?:!!!|\?\?\?\+?)\s+(correction|update)\b")
_INLINE_CODE = re.compile(r"`[^`\n]*`")
_LINK_TARGET = re.compile(r"\]\([^)\s]*\)")
_HTML_COMMENT = re.compile(r"<!--.*?-->")
# The notes are quoted in straight or curly double quotes.
_QUOTE = re.compile(r'"[^"\n]*"|“[^”\n]*”')


def _blank(match: re.Match) -> str:
    return " " * len(match.group(0))


def markdown_texts(path: Path, display: str) -> Iterator[Text]:
    """Paragraphs of a page (blocks between blank lines), code and link targets blanked, the
    quotes inside correction and update boxes blanked."""
    lang = page_language(path)
    block: list[tuple[int, str]] = []
    fence = None
    box_indent = None  # inside a correction/update box: the indent of its `!!!` line
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if fence:
            if raw.strip().startswith(fence):
                fence = None
            continue
        opening = _FENCE.match(raw)
        if opening:
            fence = opening.group(1)
            continue
        if not raw.strip():
            if block:
                yield Text(display, lang, tuple(block))
                block = []
            continue
        indent = len(raw) - len(raw.lstrip())
        if box_indent is not None and indent <= box_indent:
            box_indent = None
        box = _BOX.match(raw)
        text = _HTML_COMMENT.sub(_blank, raw)
        text = _INLINE_CODE.sub(_blank, text)
        text = _LINK_TARGET.sub(_blank, text)
        if box:
            box_indent = len(box.group(1))
            # The titles of correction and update boxes are being written by issue 28 ("quieter
            # correction boxes"); they are checked once it lands: drop this line then.
            text = _QUOTE.sub(_blank, text)
        elif box_indent is not None:
            text = _QUOTE.sub(_blank, text)
        block.append((number, text))
    if block:
        yield Text(display, lang, tuple(block))


def yaml_texts(path: Path, display: str, skip_keys: frozenset[str] = frozenset()) -> Iterator[Text]:
    """Every string scalar of a YAML file, in the language of the nearest `ko`/`en` key (or of
    the file name: `x.en.yml`, `x.ko.yml`), keys in `skip_keys` left out."""
    text = path.read_text(encoding="utf-8")
    node = yaml.compose(text)
    suffix = path.name.rsplit(".", 2)
    file_lang = suffix[-2] if len(suffix) == 3 and suffix[-2] in LANGUAGES else None
    source_lines = text.splitlines()

    def walk(node, lang):
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                name = key.value if isinstance(key, yaml.ScalarNode) else None
                if name in skip_keys:
                    continue
                yield from walk(value, name if name in LANGUAGES else lang)
        elif isinstance(node, yaml.SequenceNode):
            for item in node.value:
                yield from walk(item, lang)
        elif isinstance(node, yaml.ScalarNode) and node.tag.endswith(":str"):
            first, last = node.start_mark.line, node.end_mark.line
            # One line: the scalar itself (a flow mapping holds both languages on one line).
            if first == last:
                lines = ((first + 1, str(node.value)),)
            else:  # quoted or block scalars: read the source lines they span
                lines = tuple(
                    (n + 1, source_lines[n]) for n in range(first, min(last + 1, len(source_lines)))
                )
            yield Text(display, lang, lines)

    if node is not None:
        yield from walk(node, file_lang)


def glossary_texts(path: Path, display: str) -> Iterator[Text]:
    yield from yaml_texts(path, display, frozenset({"aliases", "link", "id", "related"}))


def exam_guide_texts(path: Path, display: str) -> Iterator[Text]:
    # Section references hold anchors, not prose; the rest (titles, summaries, names) is text.
    skip = frozenset({"sections", "guide_url", "pending", "glossary", "id", "page", "url"})
    yield from yaml_texts(path, display, skip)


DIAGRAM_TEXT = ("CAPTION", "ALT", "LABELS")


def diagram_texts(path: Path, display: str) -> Iterator[Text]:
    """The `ko`/`en` strings of a diagram source's CAPTION, ALT and LABELS."""
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    for statement in ast.parse(source).body:
        if not isinstance(statement, ast.Assign):
            continue
        names = {t.id for t in statement.targets if isinstance(t, ast.Name)}
        if not names & set(DIAGRAM_TEXT):
            continue
        for node in ast.walk(statement.value):
            if not isinstance(node, ast.Dict):
                continue
            for key, value in zip(node.keys, node.values, strict=True):
                if isinstance(key, ast.Constant) and key.value in LANGUAGES:
                    span = range(value.lineno - 1, value.end_lineno)
                    yield Text(display, key.value, tuple((n + 1, lines[n]) for n in span))


@dataclass(frozen=True)
class Source:
    pattern: str  # a glob under the project root
    read: Callable[[Path, str], Iterator[Text]]


# Every kind of authored text. A new data file (exam guide, question bank) adds a line here.
SOURCES = (
    Source("docs/**/*.md", markdown_texts),
    Source("glossary/*.yml", glossary_texts),
    Source("docs/diagrams/*.py", diagram_texts),
    Source("exam-guide/saa-c03.yml", exam_guide_texts),
)


def authored_texts(root: Path, sources=SOURCES) -> Iterator[Text]:
    for source in sources:
        for path in sorted(root.glob(source.pattern)):
            if path.name.startswith("_"):
                continue
            yield from source.read(path, path.relative_to(root).as_posix())


# --- the terminology -----------------------------------------------------------------------


@dataclass(frozen=True)
class Variant:
    term: str  # the entry's id
    lang: str
    preferred: str
    phrase: re.Pattern
    context: re.Pattern | None
    source: str | None

    def message(self, found: str) -> str:
        where = f" ({self.source})" if self.source else ""
        return f'"{found}": write {self.preferred}{where} [terminology: {self.term}]'


class TerminologyError(ValueError):
    pass


def load_terminology(path: Path | None = None) -> list[Variant]:
    """The variants to avoid, each with its entry's preferred term; a malformed entry raises
    TerminologyError naming it."""
    path = path or TERMINOLOGY
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as error:
        raise TerminologyError(f"{path}: invalid YAML: {error}") from error
    variants = []
    seen = set()
    for entry in data.get("terms", []):
        name = entry.get("id") if isinstance(entry, dict) else None
        if not name or name in seen:
            raise TerminologyError(f"{path}: an entry without an id, or a repeated id: {name!r}")
        seen.add(name)
        unknown = set(entry) - {"id", "kind", "note", *LANGUAGES}
        if unknown:
            raise TerminologyError(f"{path}: {name}: unknown keys {sorted(unknown)}")
        kind = entry.get("kind", "term")
        if kind == "term" and not all(lang in entry for lang in LANGUAGES):
            raise TerminologyError(f"{path}: {name}: a term needs both ko and en")
        for lang in LANGUAGES:
            side = entry.get(lang)
            if side is None:
                continue
            if not side.get("preferred"):
                raise TerminologyError(f"{path}: {name}.{lang}: 'preferred' is missing")
            if kind == "term" and not str(side.get("source", "")).startswith("https://"):
                raise TerminologyError(f"{path}: {name}.{lang}: 'source' must be an AWS page")
            for avoid in side.get("avoid", []):
                if not isinstance(avoid, dict) or "phrase" not in avoid:
                    raise TerminologyError(f"{path}: {name}.{lang}: avoid items need 'phrase'")
                try:
                    phrase = re.compile(avoid["phrase"])
                    context = re.compile(avoid["context"]) if avoid.get("context") else None
                except re.error as error:
                    raise TerminologyError(f"{path}: {name}.{lang}: {error}") from error
                variants.append(
                    Variant(name, lang, side["preferred"], phrase, context, side.get("source"))
                )
    return variants


# --- the checks ----------------------------------------------------------------------------


@dataclass(frozen=True, order=True)
class Found:
    path: str
    line: int
    message: str


def check_terms(texts, variants: list[Variant]) -> list[Found]:
    found = []
    for text in texts:
        joined = text.joined
        taken: set[int] = set()  # one problem per place, however many entries match there
        for variant in variants:
            if text.lang is not None and variant.lang != text.lang:
                continue
            if variant.context and not variant.context.search(joined):
                continue
            for match in variant.phrase.finditer(joined):
                if taken & set(range(match.start(), match.end())):
                    continue
                taken.update(range(match.start(), match.end()))
                found.append(
                    Found(text.path, text.line_of(match.start()), variant.message(match.group(0)))
                )
    return found


# Headings and exam-tip titles are noun phrases: none ends in a verb (-다, -ㅂ니다), or a
# question (-까, -나). Endings that are particles or nouns are not verbs.
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*(?:\{[^}]*\})?\s*$")
_TIP_TITLE = re.compile(r'^\s*(?:!!!|\?\?\?\+?)\s+exam-tip\s+\w+\s+"(.*)"\s*$')
_VERB_ENDING = re.compile(r"(다|까|나)$")
NOT_VERBS = ("마다", "하나", "보다")
_TRAILING = " ?!.…\"'’”)]*"


def heading_problem(title: str) -> str | None:
    """Why a Korean heading or tip title is not a noun phrase, or None."""
    bare = title.rstrip(_TRAILING)
    if _VERB_ENDING.search(bare) and not bare.endswith(NOT_VERBS):
        return f'"{title}" ends like a sentence (-{bare[-1]}); write a noun phrase'
    return None


def check_korean_headings(root: Path) -> list[Found]:
    found = []
    for path in sorted((root / "docs").rglob("*.md")):
        if page_language(path) != "ko":
            continue
        display = path.relative_to(root).as_posix()
        fence = None
        for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if fence:
                fence = None if raw.strip().startswith(fence) else fence
                continue
            opening = _FENCE.match(raw)
            if opening:
                fence = opening.group(1)
                continue
            match = _HEADING.match(raw) or _TIP_TITLE.match(raw)
            if match:
                problem = heading_problem(match.group(match.lastindex))
                if problem:
                    found.append(Found(display, number, problem))
    return found


# Korean prose is 합쇼체: a sentence ends in -ㅂ니다/-습니다 (or -ㅂ시다, -십시오), not in 해라체
# -다 nor in 해요체 -세요. Quotes (of the notes, of an exam question) keep their own voice.
_ANY_QUOTE = re.compile(r'"[^"\n]*"|“[^”\n]*”|‘[^’\n]*’|\'[^\'\n]*\'')
_PLAIN_ENDING = re.compile(r"[가-힣](?:(?<![니시])다|세요)(?=[.!]?\)?\s*$|[.!](?:\s|\)))")


def _korean_prose_values(root: Path) -> Iterator[tuple[str, int, str]]:
    """(file, line, text) of the Korean prose outside pages: glossary definitions and the
    text alternatives of diagrams."""
    for path in sorted((root / "glossary").glob("*.yml")):
        node = yaml.compose(path.read_text(encoding="utf-8"))
        for entry in node.value if isinstance(node, yaml.SequenceNode) else []:
            for key, side in entry.value if isinstance(entry, yaml.MappingNode) else []:
                if key.value != "ko" or not isinstance(side, yaml.MappingNode):
                    continue
                for name, value in side.value:
                    if name.value == "definition" and isinstance(value, yaml.ScalarNode):
                        display = path.relative_to(root).as_posix()
                        yield display, value.start_mark.line + 1, str(value.value)
    for path in sorted((root / "docs" / "diagrams").glob("[!_]*.py")):
        for statement in ast.parse(path.read_text(encoding="utf-8")).body:
            targets = {t.id for t in getattr(statement, "targets", []) if isinstance(t, ast.Name)}
            if "ALT" not in targets or not isinstance(statement.value, ast.Dict):
                continue
            for key, value in zip(statement.value.keys, statement.value.values, strict=True):
                if getattr(key, "value", None) == "ko" and isinstance(value, ast.Constant):
                    yield path.relative_to(root).as_posix(), value.lineno, str(value.value)


def check_korean_register(root: Path) -> list[Found]:
    found = []
    for display, number, value in _korean_prose_values(root):
        bare = _ANY_QUOTE.sub(_blank, value)
        for sentence_end in _PLAIN_ENDING.finditer(bare):
            word = bare[: sentence_end.end()].split()[-1]
            if not word.endswith(NOT_VERBS):
                found.append(
                    Found(display, number, f'"{word}": Korean prose ends in 합쇼체 (-ㅂ니다)')
                )
    for path in sorted((root / "docs").rglob("*.md")):
        if page_language(path) != "ko":
            continue
        display = path.relative_to(root).as_posix()
        for text in markdown_texts(path, display):
            for number, line in text.lines:
                if _HEADING.match(line) or _TIP_TITLE.match(line) or line.lstrip().startswith("|"):
                    continue
                bare = _ANY_QUOTE.sub(_blank, line)
                for match in _PLAIN_ENDING.finditer(bare):
                    word = bare[: match.end()].split()[-1]
                    if word.endswith(NOT_VERBS):
                        continue
                    found.append(
                        Found(display, number, f'"{word}": Korean prose ends in 합쇼체 (-ㅂ니다)')
                    )
    return found


# English pages quote the notes in English: a Korean quote (see _korean) may
# only follow its English rendering in parentheses, `"English" ("한국어")`, or be glossed by a
# parenthesis right after it, `"한국어" (English)`.
_QUOTED = re.compile(r'"([^"\n]*)"')


def _korean(quote: str) -> bool:
    """A quote in Korean: as many words with Hangul as English words (acronyms such as FIFO
    do not count as English), so "표준(STACK) / FIFO" is Korean and "loop the 수신코드" is not."""
    words = quote.split()
    hangul = sum(any("가" <= ch <= "힣" for ch in word) for word in words)
    english = sum(
        any(ch.isascii() and ch.islower() for ch in word)
        and not any("가" <= ch <= "힣" for ch in word)
        for word in words
    )
    return hangul > 0 and hangul >= english


def check_english_quotes(root: Path) -> list[Found]:
    found = []
    for path in sorted((root / "docs").rglob("*.en.md")):
        display = path.relative_to(root).as_posix()
        source = path.read_text(encoding="utf-8").splitlines()
        for text in markdown_texts(path, display):  # the paragraphs, code left out
            raw = "\n".join(source[number - 1] for number, _ in text.lines)
            for match in _QUOTED.finditer(raw):
                if not _korean(match.group(1)):
                    continue
                before = raw[: match.start()].rstrip()
                after = raw[match.end() :].lstrip()
                if before.endswith("(") or after.startswith("("):
                    continue
                found.append(
                    Found(
                        display,
                        text.line_of(match.start()),
                        f"{match.group(0)}: quote the notes in English, the Korean after it "
                        '("English" ("한국어"))',
                    )
                )
    return found


def run(root: Path) -> list[Found]:
    variants = load_terminology()
    return (
        check_terms(authored_texts(root), variants)
        + check_korean_headings(root)
        + check_korean_register(root)
        + check_english_quotes(root)
    )
