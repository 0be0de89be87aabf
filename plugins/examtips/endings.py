"""How a topic page ends, and the one-page review made from those endings. Pure code, no
MkDocs objects.

Every topic page ends, in this order (AUTHORING.md, "How a page ends"):

    ## 시험에서는        / ## The exam angle     5 to 7 bullets to revise the night before
    ## 확인 문제         / ## Check yourself     optional
    ## 더 읽을거리       / ## Further reading    links to related pages and AWS's documentation

A topic page is one of the nav's sections other than those the plugin's
``endings_exempt_sections`` names (the home page's section, the study tools), so a new
section or page is held to it without a change here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from .model import Problem, outside_fences, text_for

EXAM, CHECK, REFERENCES = "exam", "check", "references"
HEADINGS: dict[str, dict[str, str]] = {
    EXAM: {"ko": "시험에서는", "en": "The exam angle"},
    CHECK: {"ko": "확인 문제", "en": "Check yourself"},
    REFERENCES: {"ko": "더 읽을거리", "en": "Further reading"},
}
BULLETS = range(5, 8)  # 5 to 7 bullets under the exam angle

_HEADING = re.compile(r"^(?P<hashes>#{1,6})[ \t]+(?P<text>.+?)[ \t#]*(?:\{[^}]*\})?[ \t]*$")
_BULLET = re.compile(r"^[-*+][ \t]+\S")


@dataclass(frozen=True)
class Heading:
    level: int
    text: str
    line: int


@dataclass(frozen=True)
class Section:
    """A level-2 heading and the top-level bullets under it, its subsections' included (until
    the next heading of level 1 or 2)."""

    heading: Heading
    bullets: int


def scan_sections(markdown: str) -> list[Section]:
    """The level-2 sections of a page's Markdown, outside fenced code and front matter."""
    lines = markdown.splitlines()
    start = 0
    if lines and lines[0].strip() == "---":
        start = next((i + 1 for i in range(1, len(lines)) if lines[i].strip() == "---"), 0)
    sections: list[list] = []
    for index, line in outside_fences(lines, start):
        number = index + 1
        match = _HEADING.match(line)
        if match and len(match.group("hashes")) <= 2:
            level = len(match.group("hashes"))
            sections.append([Heading(level, match.group("text").strip(), number), 0])
        elif sections and sections[-1][0].level == 2 and _BULLET.match(line):
            sections[-1][1] += 1
    return [Section(heading, bullets) for heading, bullets in sections if heading.level == 2]


def check_ending(sections: list[Section], lang: str, where: str) -> list[Problem]:
    """Problems with how a topic page ends: it must close with the exam angle (5 to 7
    bullets), then optionally the check-yourself questions, then the references."""
    names = {key: text_for(texts, lang) for key, texts in HEADINGS.items()}
    kind_of = {name: key for key, name in names.items()}
    order = (
        f"a topic page ends with '## {names[EXAM]}', then '## {names[CHECK]}' (optional), "
        f"then '## {names[REFERENCES]}'"
    )
    last_line = sections[-1].heading.line if sections else 1
    problems: list[Problem] = []

    def problem(line: int, message: str) -> None:
        problems.append(Problem(f"{where}:{line}", f"{message}: {order}"))

    exam = next((s for s in sections if kind_of.get(s.heading.text) == EXAM), None)
    if exam is None:
        problem(last_line, f"topic page without '## {names[EXAM]}'")
    if not sections or kind_of.get(sections[-1].heading.text) != REFERENCES:
        problem(last_line, f"topic page whose last section is not '## {names[REFERENCES]}'")
    if exam is None:
        return problems
    start = sections.index(exam)
    for section in sections[:start]:
        if kind_of.get(section.heading.text) in (CHECK, REFERENCES):
            problem(
                section.heading.line, f"'## {section.heading.text}' comes before the exam angle"
            )
    # After the exam angle: the check-yourself questions (optional), then the references.
    expected = [CHECK, REFERENCES]
    for section in sections[start + 1 :]:
        kind = kind_of.get(section.heading.text)
        while expected and expected[0] != kind:
            expected.pop(0)
        if not expected:
            problem(section.heading.line, f"'## {section.heading.text}' is out of place")
            break
        expected.pop(0)
    if exam.bullets not in BULLETS:
        problems.append(
            Problem(
                f"{where}:{exam.heading.line}",
                f"'## {names[EXAM]}' has {exam.bullets} bullets: write "
                f"{BULLETS.start} to {BULLETS.stop - 1}, one fact to revise each",
            )
        )
    return problems


def topic_pages(nav: Iterable, exempt: Iterable[str]) -> list[str]:
    """The Markdown files (as the nav names them) in every nav section not exempt, in nav
    order. ``nav`` is mkdocs.yml's raw ``nav:`` list."""
    exempt = set(exempt)
    found: list[str] = []

    def walk(items, inside: bool) -> None:
        for item in items or []:
            if isinstance(item, str):
                if inside:
                    found.append(item)
            elif isinstance(item, dict):
                for title, value in item.items():
                    if isinstance(value, list):
                        walk(value, title not in exempt)
                    elif isinstance(value, str) and inside:
                        found.append(value)

    walk(nav, False)
    return found


_LANGUAGE_SUFFIX = re.compile(r"\.[a-z]{2}(?:_[A-Z]{2})?(?=\.md$)")


def source_path(src_uri: str) -> str:
    """A page's file as the nav names it: ``storage/s3/index.en.md`` → ``storage/s3/index.md``."""
    return _LANGUAGE_SUFFIX.sub("", src_uri)
