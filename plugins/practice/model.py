"""The question bank: reading questions/*.yml, checking it, and placing a page's questions.

Pure code (no MkDocs objects). Every problem names the file, line and question id it comes
from, so that the plugin can report it and ``--strict`` fails the build on it. The checks
that need the built pages (a section reference's anchors) take the anchors as plain sets.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

# Something wrong in the bank, at ``where`` (``questions/s3.yml:12``): the exam-tips plugin's.
from plugins.examtips.model import Problem

LANGUAGES = ("ko", "en")
SINGLE, MULTIPLE = "single", "multiple"
# A question id: "q-" and lowercase words joined by "-" (also what a blind reader writes).
ID_PATTERN = r"q(?:-[a-z0-9]+)+"
_ID = re.compile(f"^{ID_PATTERN}$")
_ENTRY_KEYS = {"id", "type", "task", "section", "stem", "options", "source"}
_OPTION_KEYS = {"correct", *LANGUAGES}
_SIDE_KEYS = {"text", "explanation"}
# The domain of a task statement is its first number (the exam guide numbers them so).
DOMAIN_OF_NUMBER = {"1": "secure", "2": "resilient", "3": "performance", "4": "cost"}
# SAA-C03's task statements, used until the exam guide map's data file is in the repository.
_SAA_C03_TASK_IDS = ("1.1", "1.2", "1.3", "2.1", "2.2", "3.1", "3.2", "3.3", "3.4", "3.5")
SAA_C03_TASKS = {
    task: DOMAIN_OF_NUMBER[task[0]] for task in (*_SAA_C03_TASK_IDS, "4.1", "4.2", "4.3", "4.4")
}
# How a multiple-response stem says how many to choose, by language and count.
_COUNT_WORDS = {
    "ko": {2: "두", 3: "세", 4: "네"},
    "en": {2: "two", 3: "three", 4: "four"},
}
SOURCE_PREFIX = {"ko": "https://docs.aws.amazon.com/ko_kr/", "en": "https://docs.aws.amazon.com/"}
# Above this share of single-answer keys on one option position, readers learn the position.
MAX_KEY_SHARE = 0.4
MIN_SINGLES_FOR_SHARE = 5


def choose_phrase(lang: str, count: int) -> str:
    """What a multiple-response stem must contain: ``(두 개 선택)`` / ``(Choose two.)``."""
    word = _COUNT_WORDS[lang].get(count, str(count))
    return f"({word} 개 선택)" if lang == "ko" else f"(Choose {word}.)"


@dataclass(frozen=True)
class Option:
    correct: bool
    text: Mapping[str, str]
    explanation: Mapping[str, str]


@dataclass(frozen=True)
class SectionRef:
    """A page section in both languages: ``storage/s3`` and its Korean and English anchors."""

    page: str
    anchors: Mapping[str, str]

    @property
    def src_uri(self) -> str:
        return f"{self.page}/index.md" if self.page else "index.md"


@dataclass(frozen=True)
class Question:
    id: str
    type: str
    task: str
    domain: str
    section: SectionRef
    stem: Mapping[str, str]
    options: tuple[Option, ...]
    source: Mapping[str, str]
    where: str

    @property
    def correct_positions(self) -> tuple[int, ...]:
        """1-based positions of the correct options."""
        return tuple(i for i, option in enumerate(self.options, 1) if option.correct)


# ----------------------------------------------------------------------------- tasks


def exam_guide(path: Path):
    """The exam guide map's data, read and checked by its own loader; None without the file
    (a site with no guide). Read it once and hand it to ``tasks_of`` and the page's outline."""
    if not path.is_file():
        return None
    from plugins.examtips.guide import load_guide

    return load_guide(path)


def tasks_of(guide) -> dict[str, str]:
    """Task statement id → domain id; without a guide, SAA-C03's fourteen task statements."""
    if guide is None:
        return dict(SAA_C03_TASKS)
    return {task.id: task.domain for task in guide.tasks.values()}


def load_tasks(path: Path) -> dict[str, str]:
    """``tasks_of`` the guide at ``path``."""
    return tasks_of(exam_guide(path))


# ----------------------------------------------------------------------------- loading


class _LineLoader(yaml.SafeLoader):
    """Mappings remember the line they start on, as ``__line__``."""

    def construct_mapping(self, node, deep=False):
        mapping = super().construct_mapping(node, deep=deep)
        mapping["__line__"] = node.start_mark.line + 1
        return mapping


def _text(value) -> str:
    return value.strip() if isinstance(value, str) else ""


class _Reader:
    """Reads one entry, collecting its problems."""

    def __init__(self, label: str, entry: dict, problems: list[Problem]):
        self.label = label
        self.entry = entry
        self.id = _text(entry.get("id")) or "?"
        self.problems = problems

    def problem(self, message: str, node: Mapping | None = None) -> None:
        line = (node or self.entry).get("__line__", self.entry.get("__line__", 0))
        self.problems.append(Problem(f"{self.label}:{line}", f"question '{self.id}': {message}"))

    def unknown_keys(self, node: Mapping, allowed: set[str], what: str) -> None:
        for key in node:
            if key != "__line__" and key not in allowed:
                self.problem(f"unknown key '{key}' in {what}", node)

    def languages(self, node, what: str) -> dict[str, str]:
        """Both languages' text of a ``{ko: …, en: …}`` field; a missing one is reported."""
        if not isinstance(node, Mapping):
            self.problem(f"'{what}' must have 'ko' and 'en'")
            return {}
        texts = {}
        for lang in LANGUAGES:
            text = _text(node.get(lang))
            if text:
                texts[lang] = text
            else:
                self.problem(f"missing translation: '{what}' has no '{lang}'", node)
        self.unknown_keys(node, set(LANGUAGES), f"'{what}'")
        return texts


def _read_entry(
    label: str, entry, tasks: Mapping[str, str], problems: list[Problem]
) -> Question | None:
    if not isinstance(entry, dict):
        problems.append(Problem(label, "each question is a mapping with id, type, task, …"))
        return None
    read = _Reader(label, entry, problems)
    before = len(problems)
    if not _ID.match(read.id):
        read.problem("the id must be 'q-' then lowercase words joined by '-'")
    read.unknown_keys(entry, _ENTRY_KEYS, "the question")
    kind = _text(entry.get("type"))
    if kind not in (SINGLE, MULTIPLE):
        read.problem(f"type must be '{SINGLE}' or '{MULTIPLE}', got {kind or 'nothing'!r}")
    task = _text(str(entry.get("task") or ""))
    if task not in tasks:
        read.problem(f"unknown task statement {task or 'none'!r} (the exam guide's 1.1 … 4.4)")
    section = entry.get("section")
    ref = None
    if not isinstance(section, Mapping) or not _text(section.get("page")):
        read.problem("'section' must be {page: <docs path>, ko: <anchor>, en: <anchor>}")
    else:
        anchors = {}
        for lang in LANGUAGES:
            anchor = _text(section.get(lang)).lstrip("#")
            if anchor:
                anchors[lang] = anchor
            else:
                read.problem(f"missing translation: 'section' has no '{lang}' anchor", section)
        read.unknown_keys(section, {"page", *LANGUAGES}, "'section'")
        page = _text(section.get("page")).strip("/").removesuffix("/index.md")
        ref = SectionRef(page, anchors)
    stem = read.languages(entry.get("stem"), "stem")
    source = read.languages(entry.get("source"), "source")
    for lang, url in source.items():
        prefix = SOURCE_PREFIX[lang]
        if not url.startswith(prefix) or (lang == "en" and url.startswith(SOURCE_PREFIX["ko"])):
            read.problem(f"source.{lang} must be an AWS documentation page under {prefix}")
    options = _read_options(read, entry.get("options"))
    if len(problems) > before:
        return None
    question = Question(
        read.id,
        kind,
        task,
        tasks[task],
        ref,
        stem,
        tuple(options),
        source,
        f"{label}:{entry['__line__']}",
    )
    _check_format(read, question)
    return question if len(problems) == before else None


def _read_options(read: _Reader, node) -> list[Option]:
    if not isinstance(node, list) or not node:
        read.problem("'options' must be a list of options")
        return []
    options = []
    for number, item in enumerate(node, 1):
        if not isinstance(item, Mapping):
            read.problem(f"option {number} must be a mapping with ko and en")
            continue
        read.unknown_keys(item, _OPTION_KEYS, f"option {number}")
        texts, explanations = {}, {}
        for lang in LANGUAGES:
            side = item.get(lang)
            if not isinstance(side, Mapping):
                read.problem(f"missing translation: option {number} has no '{lang}'", item)
                continue
            read.unknown_keys(side, _SIDE_KEYS, f"option {number}.{lang}")
            text, explanation = _text(side.get("text")), _text(side.get("explanation"))
            if not text:
                read.problem(f"missing translation: option {number} has no '{lang}' text", side)
            if not explanation:
                read.problem(f"option {number} has no explanation in '{lang}'", side)
            texts[lang], explanations[lang] = text, explanation
        correct = item.get("correct", False)
        if not isinstance(correct, bool):
            read.problem(f"option {number}: 'correct' must be true or false", item)
        options.append(Option(correct is True, texts, explanations))
    return options


def _check_format(read: _Reader, question: Question) -> None:
    """The exam's two formats: four options and one key, or five or more and two or more."""
    count, keys = len(question.options), len(question.correct_positions)
    if question.type == SINGLE:
        if count != 4:
            read.problem(f"a single-answer question has 4 options, this one has {count}")
        if keys != 1:
            read.problem(f"a single-answer question has 1 correct option, this one has {keys}")
        return
    if count < 5:
        read.problem(f"a multiple-response question has 5 or more options, this one has {count}")
    if keys < 2 or keys >= count:
        read.problem(
            f"a multiple-response question has 2 or more correct options (not all), "
            f"this one has {keys}"
        )
        return
    for lang in LANGUAGES:
        phrase = choose_phrase(lang, keys)
        if phrase not in question.stem.get(lang, ""):
            read.problem(f"the {lang} stem must say how many to choose: '{phrase}'")


def check_key_positions(questions: Sequence[Question]) -> list[Problem]:
    """More than 40% of single-answer keys on one position teaches the position, not AWS."""
    singles = [q for q in questions if q.type == SINGLE]
    if len(singles) < MIN_SINGLES_FOR_SHARE:
        return []
    counts = Counter(q.correct_positions[0] for q in singles)
    position, count = counts.most_common(1)[0]
    if count / len(singles) <= MAX_KEY_SHARE:
        return []
    ids = ", ".join(q.id for q in singles if q.correct_positions[0] == position)
    letter = "ABCDE"[position - 1]
    return [
        Problem(
            "questions/",
            f"{count} of {len(singles)} single-answer keys ({count / len(singles):.0%}) are "
            f"option {letter}, more than {MAX_KEY_SHARE:.0%}: move some keys ({ids})",
        )
    ]


def load_bank(
    files: Iterable[Path], tasks: Mapping[str, str], base: Path | None = None
) -> tuple[list[Question], list[Problem]]:
    """Every question of the bank's files, in file order, and every problem found. A question
    with a problem is left out."""
    problems: list[Problem] = []
    questions: list[Question] = []
    seen: dict[str, str] = {}
    for path in sorted(Path(p) for p in files):
        label = _label(path, base)
        text = path.read_text(encoding="utf-8")
        try:
            data = yaml.load(text, Loader=_LineLoader)
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None)
            where = f"{label}:{mark.line + 1}" if mark else label
            problems.append(Problem(where, f"not valid YAML: {getattr(error, 'problem', error)}"))
            continue
        problems.extend(_cut_by_comments(text, label))
        if data is None:
            continue
        if not isinstance(data, list):
            problems.append(Problem(label, "a question file is a list of questions"))
            continue
        for entry in data:
            question = _read_entry(label, entry, tasks, problems)
            entry_id = _text(entry.get("id")) if isinstance(entry, dict) else ""
            if entry_id and isinstance(entry, dict):
                where = f"{label}:{entry['__line__']}"
                if entry_id in seen:
                    problems.append(
                        Problem(
                            where, f"duplicate question id '{entry_id}' (first at {seen[entry_id]})"
                        )
                    )
                    continue
                seen[entry_id] = where
            if question is not None:
                questions.append(question)
    problems.extend(check_key_positions(questions))
    return questions, problems


# A value written without quotes ends where " #" begins: YAML reads the rest as a comment, so
# "PKCS #11 …" would silently lose its end. Quoted values and block scalars (>-) are safe.
_CUT_VALUE = re.compile(r"^\s*(?:- )?(?:text|explanation|stem|ko|en):[ \t]+[^\s\"'>|{\[#].*?[ \t]#")


def _cut_by_comments(text: str, label: str) -> list[Problem]:
    return [
        Problem(
            f"{label}:{number}",
            "' #' in an unquoted value starts a YAML comment and cuts the text: quote the value",
        )
        for number, line in enumerate(text.splitlines(), 1)
        if _CUT_VALUE.match(line)
    ]


def _label(path: Path, base: Path | None) -> str:
    if base is not None:
        try:
            return path.resolve().relative_to(base.resolve()).as_posix()
        except ValueError:
            pass
    return path.as_posix()


# ----------------------------------------------------------------------------- the pages


def check_sections(
    questions: Iterable[Question], lang: str, anchors_of: Mapping[str, set[str]]
) -> list[Problem]:
    """Each question's section exists in the built page of ``lang``: ``anchors_of`` maps a
    page (``storage/s3``) to the anchors of its table of contents."""
    problems = []
    for question in questions:
        ref = question.section
        anchors = anchors_of.get(ref.page)
        anchor = ref.anchors.get(lang, "")
        if anchors is None:
            problems.append(
                Problem(
                    question.where,
                    f"question '{question.id}': section page '{ref.page}' is not a page of the "
                    f"{lang} site",
                )
            )
        elif anchor not in anchors:
            problems.append(
                Problem(
                    question.where,
                    f"question '{question.id}': the {lang} page '{ref.page}' has no section "
                    f"'#{anchor}'",
                )
            )
    return problems


_FENCE = re.compile(r"^(```|~~~)")
_H2 = re.compile(r"^##\s+(.+?)\s*(?:\{[^}]*\})?\s*#*\s*$")


def level2_headings(markdown: str) -> list[tuple[int, str]]:
    """(line index, title) of every ``##`` heading outside fenced code."""
    found, fence = [], None
    for index, line in enumerate(markdown.split("\n")):
        stripped = line.lstrip()
        match = _FENCE.match(stripped)
        if match:
            fence = None if fence == match.group(1) else (fence or match.group(1))
            continue
        if fence is None:
            heading = _H2.match(line)
            if heading:
                found.append((index, heading.group(1).strip()))
    return found


class PlacementError(ValueError):
    """A page with questions lacks the exam-angle or references section, or has them out of
    order; the message says which."""


def insert_section(markdown: str, section: str, after: str, before: Sequence[str]) -> str:
    """``markdown`` with ``section`` placed between the ``## <after>`` section (the exam angle)
    and the references heading that follows it (one of ``before``)."""
    headings = level2_headings(markdown)
    titles = [title for _index, title in headings]
    if after not in titles:
        raise PlacementError(f"it has no '## {after}' section to follow")
    position = titles.index(after)
    names = " or ".join(f"'## {name}'" for name in before)
    if position + 1 >= len(headings) or headings[position + 1][1] not in before:
        raise PlacementError(f"'## {after}' must be followed by the references section ({names})")
    lines = markdown.split("\n")
    at = headings[position + 1][0]
    return "\n".join([*lines[:at], section.rstrip("\n"), "", *lines[at:]])


# ----------------------------------------------------------------------------- text


_CODE = re.compile(r"`([^`]+)`")


def plain_text(text: str) -> str:
    """Text as exports carry it: inline code keeps its words, without the backticks."""
    return _CODE.sub(r"\1", text)


def split_code(text: str) -> list[tuple[str, bool]]:
    """(piece, is_code) of a text with `inline code`, for templates to escape and wrap."""
    pieces, start = [], 0
    for match in _CODE.finditer(text):
        if match.start() > start:
            pieces.append((text[start : match.start()], False))
        pieces.append((match.group(1), True))
        start = match.end()
    if start < len(text):
        pieces.append((text[start:], False))
    return pieces
