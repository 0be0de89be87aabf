"""Exam tips name their task statement and carry a stable id. Pure code, no MkDocs.

Writers put both on the type line, after the domain:

    !!! exam-tip resilient 2.1 sqs-buffer-spikes "요청 급증과 느린 처리 사이에는 SQS"

Python-Markdown's admonition syntax only takes ``[\\w-]`` words after the type, so ``2.1``
would end the type line's match and the box would not be a box. ``task_words`` rewrites the
task to a class word (``task-2-1``) in the Markdown handed to Python-Markdown, outside fenced
code; the tree processor (boxes.py) reads it back and takes both words off the box's classes.
"""

from __future__ import annotations

import re

import yaml

from .guide import DOMAIN_IDS, Guide
from .model import MODIFIERS, TIP, BoxMark, Problem, outside_fences

_TIP_LINE = re.compile(
    r"^(?P<lead>[ \t]*(?:!!!|\?\?\?\+?)[ \t]*exam-tip)(?P<words>(?:[ \t]+[\w.-]+)*)"
    r'(?P<rest>(?:[ \t]+"[^"]*")?[ \t]*)$'
)
_TASK = re.compile(r"^\d+\.\d+$")
TASK_CLASS = re.compile(r"^task-(\d+)-(\d+)$")
TIP_ID = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")


def task_class(task: str) -> str:
    """``2.1`` → ``task-2-1``: the task as a class word, and its anchor on /exam-guide/."""
    return "task-" + task.replace(".", "-")


def task_words(markdown: str) -> str:
    """The Markdown with every tip's ``2.1`` written ``task-2-1`` (outside fenced code)."""
    lines = markdown.split("\n")
    for index, line in outside_fences(lines):
        match = _TIP_LINE.match(line)
        if match and "." in match.group("words"):
            words = [
                task_class(word) if _TASK.match(word) else word
                for word in match.group("words").split()
            ]
            lines[index] = f"{match.group('lead')} {' '.join(words)}{match.group('rest')}"
    return "\n".join(lines)


def check_tip_marks(marks: list[BoxMark], where: str, guide: Guide) -> list[Problem]:
    """A tip's words are its domain, its task (one of the guide's) and a lowercase id; the
    domain must be the task's. Ids repeated on the page are reported here, across pages by
    the plugin."""
    problems = []
    seen: dict[str, int] = {}
    usage = "write '!!! exam-tip <domain> <task> <id> \"title\"', e.g. 'resilient 2.1 sqs-buffer'"
    for mark in marks:
        if mark.kind != TIP:
            continue
        at = f"{where}:{mark.line}"
        words = [word for word in mark.words if word not in MODIFIERS]
        if len(words) != 3:
            problems.append(Problem(at, f"exam tip with words '{' '.join(words)}': {usage}"))
            continue
        domain, task_id, tip_id = words
        task = guide.tasks.get(task_id)
        if not _TASK.match(task_id) or task is None:
            known = ", ".join(guide.tasks)
            problems.append(
                Problem(at, f"exam tip with unknown task '{task_id}': use one of {known}")
            )
        elif domain != task.domain:
            problems.append(
                Problem(
                    at,
                    f"exam tip says domain '{domain}' but task {task_id} is in domain "
                    f"'{task.domain}': write '{task.domain} {task_id}'",
                )
            )
        if tip_id in DOMAIN_IDS or tip_id in MODIFIERS:
            # The id is a class word while the Markdown is converted: it must mean nothing else.
            problems.append(Problem(at, f"exam tip id '{tip_id}' is a reserved word: be specific"))
        elif not TIP_ID.match(tip_id):
            problems.append(
                Problem(
                    at,
                    f"exam tip id '{tip_id}' must be a lowercase slug that starts with a "
                    "letter (multi-az-vs-read-replica)",
                )
            )
        elif tip_id in seen:
            problems.append(
                Problem(at, f"exam tip id '{tip_id}' is used on line {seen[tip_id]} too")
            )
        else:
            seen[tip_id] = mark.line
        if not (mark.title or "").strip():
            problems.append(Problem(at, 'exam tip without a title: add "title" after the id'))
    return problems


def tip_ids(marks: list[BoxMark]) -> list[tuple[str, int]]:
    """(id, line) of each tip that names one, for the checks across pages."""
    found = []
    for mark in marks:
        words = [word for word in mark.words if word not in MODIFIERS]
        if mark.kind == TIP and len(words) == 3 and TIP_ID.match(words[2]):
            found.append((words[2], mark.line))
    return found


def legacy_anchors(text: str) -> dict[str, dict[str, str]]:
    """exam-guide/legacy-tip-anchors.yml (``page: {exam-tip-3: id}``) read as
    ``{page: {id: "exam-tip-3"}}``: the anchor each tip had before it had an id."""
    data = yaml.safe_load(text) or {}
    return {
        page: {tip_id: anchor for anchor, tip_id in (anchors or {}).items()}
        for page, anchors in data.items()
    }
