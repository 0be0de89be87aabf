"""The blind check (AUTHORING.md, "Check yourself"): a second reader answers every question
seeing only its stem and options (no key, no explanations, no section, no source) and AWS's
documentation; their answers are then compared with the keys, and every disagreement is a
question to re-check against AWS's documentation.

    python -m plugins.practice --blind questions/networking-vpc.yml > sheet.md
    python -m plugins.practice --grade answers.txt

An answers file has one line per question, ``<id>: <letters>`` (``q-vpc-nat: B`` or
``q-vpc-routes: A, D``); text after ``#`` is the reader's reasoning and is kept in the report.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from plugins.examtips.model import Problem

from .model import ID_PATTERN, MULTIPLE, Question, plain_text

LETTERS = "ABCDEFGH"
_LINE = re.compile(rf"^(?P<id>{ID_PATTERN})\s*:\s*(?P<letters>[A-Ha-h](?:\s*,\s*[A-Ha-h])*)\s*$")


def answer_sheet(questions: Sequence[Question], lang: str) -> str:
    """The questions as a reader answers them: stem and lettered options, nothing else."""
    blocks = []
    for question in questions:
        keys = len(question.correct_positions)
        how = f"Choose {keys}." if question.type == MULTIPLE else "Choose 1."
        lines = [f"## {question.id}", "", how, "", plain_text(question.stem[lang]), ""]
        for letter, option in zip(LETTERS, question.options, strict=False):
            lines.append(f"{letter}. {plain_text(option.text[lang])}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


@dataclass(frozen=True)
class Answer:
    letters: tuple[str, ...]
    reason: str
    line: int


def read_answers(text: str, label: str = "answers") -> tuple[dict[str, Answer], list[Problem]]:
    answers: dict[str, Answer] = {}
    problems: list[Problem] = []
    for number, raw in enumerate(text.splitlines(), 1):
        body, _, reason = raw.partition("#")
        if not body.strip():
            continue
        match = _LINE.match(body.strip())
        if match is None:
            problems.append(
                Problem(f"{label}:{number}", f"expected '<question id>: <letters>', got {raw!r}")
            )
            continue
        qid = match["id"]
        if qid in answers:
            problems.append(Problem(f"{label}:{number}", f"'{qid}' answered twice"))
            continue
        letters = tuple(sorted({x.strip().upper() for x in match["letters"].split(",")}))
        answers[qid] = Answer(letters, reason.strip(), number)
    return answers, problems


@dataclass(frozen=True)
class Grade:
    agreed: tuple[str, ...]
    disputed: tuple[tuple[Question, Answer], ...]
    unanswered: tuple[str, ...]
    unknown: tuple[str, ...]


def key_letters(question: Question) -> tuple[str, ...]:
    return tuple(LETTERS[position - 1] for position in question.correct_positions)


def grade(questions: Sequence[Question], answers: Mapping[str, Answer]) -> Grade:
    """Compare a reader's answers with the keys. Only questions the reader answered or was
    given count: ``unanswered`` are the given ones without an answer."""
    known = {question.id: question for question in questions}
    agreed, disputed, unanswered = [], [], []
    for question in questions:
        answer = answers.get(question.id)
        if answer is None:
            unanswered.append(question.id)
        elif answer.letters == key_letters(question):
            agreed.append(question.id)
        else:
            disputed.append((question, answer))
    unknown = tuple(qid for qid in answers if qid not in known)
    return Grade(tuple(agreed), tuple(disputed), tuple(unanswered), unknown)


def grade_report(result: Grade) -> str:
    answered = len(result.agreed) + len(result.disputed)
    lines = [f"{answered} answered: {len(result.agreed)} agree with the key, "]
    lines[0] += f"{len(result.disputed)} disputed; {len(result.unanswered)} unanswered"
    for question, answer in result.disputed:
        lines.append(
            f"{question.where}: question '{question.id}': the reader chose "
            f"{', '.join(answer.letters)}, the key is {', '.join(key_letters(question))}"
            + (f" ({answer.reason})" if answer.reason else "")
        )
    for qid in result.unknown:
        lines.append(f"answered but not in the bank: '{qid}'")
    return "\n".join(lines)
