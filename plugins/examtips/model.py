"""Exam tips, corrections and updates: what they are, how they are written, how they are
checked and numbered. Pure code, no MkDocs objects.

Writers use admonitions (AUTHORING.md):

    !!! exam-tip resilient 2.2 multi-az-vs-read-replica "다중 AZ는 가용성, 읽기 전용 복제본은 성능"
        본문…

    !!! correction
        본문…

An exam tip's words are its domain, its task statement and its stable id (tags.py checks
them); its anchor is ``exam-tip-<id>``. Corrections and updates are numbered in page order
per kind (``correction-2``), the same in both languages, since the two versions of a page
carry the same boxes in the same order.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from html import escape

from .guide import repository_guide

TIP = "exam-tip"
CORRECTION = "correction"
UPDATE = "update"
KINDS = (TIP, CORRECTION, UPDATE)
# Words Material gives meaning to in an admonition's type line; allowed beside the domain.
MODIFIERS = frozenset({"inline", "end"})


@dataclass(frozen=True)
class Domain:
    key: str
    number: int
    weight: int  # share of the scored questions, per the SAA-C03 exam guide
    names: dict[str, str]
    badges: dict[str, str]


# The badges a tip's title carries; the names and weights come from the exam guide's data.
BADGES = {
    "secure": {"ko": "보안", "en": "Secure"},
    "resilient": {"ko": "복원력", "en": "Resilient"},
    "performance": {"ko": "고성능", "en": "High-performing"},
    "cost": {"ko": "비용 최적화", "en": "Cost-optimized"},
}

# The four domains of the AWS Certified Solutions Architect - Associate (SAA-C03) exam, in
# the guide's order, from exam-guide/saa-c03.yml.
DOMAINS: dict[str, Domain] = {
    domain.id: Domain(domain.id, domain.number, domain.weight, domain.title, BADGES[domain.id])
    for domain in repository_guide().domains
}


def text_for(texts: dict[str, str], lang: str) -> str:
    return texts.get(lang) or texts["en"]


@dataclass(frozen=True)
class Problem:
    where: str  # "docs/storage/s3/index.md:42"
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


# ----------------------------------------------------------------------------- source


@dataclass(frozen=True)
class BoxMark:
    """A box as written in the Markdown source, for checks that need its line."""

    kind: str
    words: tuple[str, ...]  # the type line's words after the kind (the domain for a tip)
    title: str | None
    line: int
    body_empty: bool


_BOX = re.compile(
    r"^(?P<indent>[ \t]*)(?:!!!|\?\?\?\+?)[ \t]*(?P<kind>exam-tip|correction|update)\b"
    r"(?P<words>(?:[ \t]+[\w.-]+)*)"
    r'(?:[ \t]+"(?P<title>[^"]*)")?[ \t]*$'
)
_FENCE = re.compile(r"^[ \t]*(?P<fence>`{3,}|~{3,})")


def outside_fences(lines: list[str], start: int = 0) -> Iterator[tuple[int, str]]:
    """(index, line) of every line from ``start`` on that is not inside fenced code, the
    fence lines included: what every scan of page source skips the same way."""
    fence: str | None = None
    for index in range(start, len(lines)):
        line = lines[index]
        if fence:
            closing = line.strip()
            if closing and set(closing) == {fence[0]} and len(closing) >= len(fence):
                fence = None
            continue
        opened = _FENCE.match(line)
        if opened:
            fence = opened.group("fence")
            continue
        yield index, line


def _indent(line: str) -> int:
    return len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip())


def scan_boxes(text: str) -> list[BoxMark]:
    """Exam tips, corrections and updates in Markdown source, outside fenced code."""
    lines = text.splitlines()
    marks: list[BoxMark] = []
    for index, line in outside_fences(lines):
        number = index + 1
        match = _BOX.match(line)
        if not match:
            continue
        indent = _indent(match.group("indent"))
        body_empty = True
        for following in lines[number:]:
            if not following.strip():
                continue
            body_empty = _indent(following) <= indent
            break
        marks.append(
            BoxMark(
                kind=match.group("kind"),
                words=tuple(match.group("words").split()),
                title=match.group("title"),
                line=number,
                body_empty=body_empty,
            )
        )
    return marks


def check_marks(marks: list[BoxMark], where: str) -> list[Problem]:
    """Problems in boxes as written: every box needs a body; a correction or update takes no
    words after its type."""
    problems = []
    for mark in marks:
        at = f"{where}:{mark.line}"
        if mark.kind == TIP:
            pass  # its domain, task, id and title: tags.check_tip_marks, which knows the guide
        else:
            if mark.words:
                message = f"{mark.kind} takes no words after its type, got '{' '.join(mark.words)}'"
                problems.append(Problem(at, message))
            # Shown collapsed, a box is known by its title alone: "정정" says nothing.
            if not (mark.title or "").strip():
                message = f'{mark.kind} without a title: add "title" saying what was corrected'
                problems.append(Problem(at, message))
        if mark.body_empty:
            message = f"{mark.kind} with an empty body: indent its text by 4 spaces"
            problems.append(Problem(at, message))
    return problems


# ----------------------------------------------------------------------------- rendered


@dataclass(frozen=True)
class Span:
    """A run of a box's text: prose, or an inline code span (`0.0.0.0/0`), which the
    indexes show as code and the exports as plain text."""

    text: str
    code: bool = False


def spans_text(spans: Iterable[Span]) -> str:
    """The spans as plain text, for exam-tips.json and the Anki decks: code keeps its text."""
    return plain_text("".join(span.text for span in spans))


def spans_html(spans: Iterable[Span]) -> str:
    """The spans as HTML for the indexes: text escaped, code spans in <code>."""
    parts = []
    for span in spans:
        text = escape(span.text, quote=False)
        parts.append(f"<code>{text}</code>" if span.code and span.text.strip() else text)
    return plain_text("".join(parts))


@dataclass
class Box:
    """A box found in a converted page. ``title`` and ``text`` are plain text; ``title_html``
    and ``text_html`` the same text with its code spans as <code> (escaped text when not
    given)."""

    kind: str
    ordinal: int  # 1-based among the page's boxes of the same kind
    domain: str | None
    title: str
    text: str
    anchor: str = ""
    section_anchor: str = ""
    section_title: str = ""
    task: str | None = None  # "2.1", for an exam tip
    tip_id: str = ""  # an exam tip's stable id
    legacy_anchor: str = ""  # the anchor it had by position before it had an id (exam-tip-3)
    title_html: str = ""
    text_html: str = ""

    def __post_init__(self):
        # A tip's anchor follows its id, so that inserting a tip moves no other tip's link.
        default = f"{TIP}-{self.tip_id}" if self.tip_id else f"{self.kind}-{self.ordinal}"
        self.anchor = self.anchor or default
        self.title_html = self.title_html or escape(self.title, quote=False)
        self.text_html = self.text_html or escape(self.text, quote=False)

    @classmethod
    def from_spans(cls, title: list[Span], body: list[Span], **fields) -> Box:
        return cls(
            title=spans_text(title),
            text=spans_text(body),
            title_html=spans_html(title),
            text_html=spans_html(body),
            **fields,
        )


@dataclass
class PageBoxes:
    """Every box of one page of one language."""

    src_uri: str
    page_url: str
    page_title: str
    boxes: list[Box] = field(default_factory=list)

    def of_kind(self, *kinds: str) -> list[Box]:
        return [box for box in self.boxes if box.kind in kinds]


_LANGUAGE_SUFFIX = re.compile(r"\.[a-z]{2}(?:_[A-Z]{2})?(?=\.md$)")


def page_key(src_uri: str) -> str:
    """A page's name in ids, the same in every language: ``storage/s3/index.en.md`` →
    ``storage-s3``, ``index.md`` → ``home``, ``faq.md`` → ``faq``."""
    path = _LANGUAGE_SUFFIX.sub("", src_uri)
    path = re.sub(r"(?:^|/)(?:index|README)\.md$", "", path)
    path = re.sub(r"\.md$", "", path)
    key = re.sub(r"[^a-z0-9]+", "-", path.lower()).strip("-")
    return key or "home"


def box_id(src_uri: str, box: Box) -> str:
    """The id of a box across the site: a tip's own id (``sqs-buffer-spikes``), unique across
    the site; ``storage-s3-correction-2`` for corrections and updates."""
    return box.tip_id or f"{page_key(src_uri)}-{box.anchor}"


def plain_text(text: str) -> str:
    return " ".join(text.split())


def check_boxes(marks: list[BoxMark], boxes: list[Box], where: str) -> list[Problem]:
    """Boxes that the source scan did not see as they are (pulled in by snippets, written in
    HTML) are checked on the converted page instead, without a line number."""
    if [mark.kind for mark in marks] == [box.kind for box in boxes]:
        return []
    problems = []
    for box in boxes:
        if box.kind == TIP and box.domain is None:
            problems.append(
                Problem(where, f"exam tip '{box.title}' (#{box.anchor}) has no known domain")
            )
        if not box.text:
            problems.append(
                Problem(where, f"{box.kind} '{box.title}' (#{box.anchor}) has an empty body")
            )
    return problems
