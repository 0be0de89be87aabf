"""plugins/examtips/tags.py: a tip's task statement and stable id, as written and as
converted (the task word rewritten for Python-Markdown, read back by boxes.py)."""

from __future__ import annotations

from pathlib import Path

import markdown
import pytest
from bs4 import BeautifulSoup

from plugins.examtips.boxes import BoxesExtension, PageContext
from plugins.examtips.guide import load_guide
from plugins.examtips.model import scan_boxes
from plugins.examtips.tags import check_tip_marks, legacy_anchors, task_words, tip_ids

pytestmark = pytest.mark.unit

GUIDE = load_guide(Path(__file__).resolve().parents[1] / "fixtures" / "exam-guide.yml")


def test_task_words_rewrites_the_task_outside_code_only():
    source = (
        '!!! exam-tip resilient 2.1 sqs-buffer "SQS"\n    body\n\n'
        '??? exam-tip cost 4.2 spot inline "Spot"\n    body\n\n'
        '```markdown\n!!! exam-tip resilient 2.1 example "In code"\n```\n\n'
        '!!! note "2.1 is not a tip"\n    body\n'
    )
    lines = task_words(source).split("\n")
    assert lines[0] == '!!! exam-tip resilient task-2-1 sqs-buffer "SQS"'
    assert lines[3] == '??? exam-tip cost task-4-2 spot inline "Spot"'
    assert lines[7] == '!!! exam-tip resilient 2.1 example "In code"'
    assert lines[10] == '!!! note "2.1 is not a tip"'
    assert (
        task_words("!!! exam-tip resilient task-2-1 x\n") == "!!! exam-tip resilient task-2-1 x\n"
    )


def convert(source: str, legacy: dict | None = None):
    context = PageContext("en", legacy_anchors=legacy or {})
    md = markdown.Markdown(
        extensions=["toc", "admonition", "pymdownx.details", BoxesExtension(lambda: context)]
    )
    return BeautifulSoup(md.convert(task_words(source)), "html.parser"), context


def test_a_tagged_tip_converts_with_its_task_id_and_old_anchor():
    soup, context = convert(
        '!!! exam-tip resilient 2.1 sqs-buffer "Put SQS between"\n    Body.\n\n'
        '??? exam-tip cost 4.2 spot "Spot"\n    Body.\n',
        legacy={"sqs-buffer": "exam-tip-4"},
    )
    first, second = context.boxes
    assert (first.domain, first.task, first.tip_id, first.anchor) == (
        "resilient",
        "2.1",
        "sqs-buffer",
        "exam-tip-sqs-buffer",
    )
    assert (first.legacy_anchor, second.legacy_anchor) == ("exam-tip-4", "")
    assert (second.task, second.anchor) == ("4.2", "exam-tip-spot")
    box = soup.find(id="exam-tip-sqs-buffer")
    # The task and id are data, not styles: they leave the classes.
    assert box["class"] == ["admonition", "exam-tip", "resilient"]
    old = soup.find(id="exam-tip-4")
    assert old.name == "span" and old.find_parent(id="exam-tip-sqs-buffer") is box
    assert old.find_previous_sibling(class_="admonition-title") is not None
    # A details box keeps its summary first.
    details = soup.find(id="exam-tip-spot")
    assert (
        details.name == "details"
        and next(iter(details.find_all(recursive=False))).name == "summary"
    )


@pytest.mark.parametrize(
    ("line", "messages"),
    [
        ('!!! exam-tip resilient 2.1 sqs-buffer "t"', []),
        ('!!! exam-tip secure 1.1 a-b inline end "t"', []),  # Material's modifiers
        ('!!! exam-tip resilient "t"', ["exam tip with words 'resilient'"]),
        ('!!! exam-tip "t"', ["exam tip with words ''"]),
        ('!!! exam-tip resilient 2.9 x "t"', ["unknown task '2.9'"]),
        ('!!! exam-tip resilient two x "t"', ["unknown task 'two'"]),
        ('!!! exam-tip performance 2.1 x "t"', ["says domain 'performance' but task 2.1 is in"]),
        ('!!! exam-tip resilient 2.1 Sqs "t"', ["id 'Sqs' must be a lowercase slug"]),
        ('!!! exam-tip resilient 2.1 9lives "t"', ["must be a lowercase slug"]),
        ("!!! exam-tip resilient 2.1 x", ["without a title"]),
        ('!!! exam-tip cost 4.1 cost "t"', ["id 'cost' is a reserved word"]),
    ],
)
def test_check_tip_marks(line, messages):
    problems = check_tip_marks(scan_boxes(line + "\n    body\n"), "docs/p.md", GUIDE)
    assert len(problems) == len(messages), problems
    for problem, message in zip(problems, messages, strict=True):
        assert str(problem).startswith("docs/p.md:1: ") and message in problem.message


def test_an_id_twice_on_a_page_names_the_first_line():
    source = '!!! exam-tip cost 4.1 same "a"\n    b\n\n!!! exam-tip cost 4.2 same "c"\n    d\n'
    (problem,) = check_tip_marks(scan_boxes(source), "docs/p.md", GUIDE)
    assert str(problem) == "docs/p.md:4: exam tip id 'same' is used on line 1 too"
    assert tip_ids(scan_boxes(source)) == [("same", 1), ("same", 4)]


def test_legacy_anchors_by_page_and_id():
    text = "storage/s3:\n  exam-tip-1: storage-class-by-access\n  exam-tip-2: minimums\n"
    assert legacy_anchors(text) == {
        "storage/s3": {"storage-class-by-access": "exam-tip-1", "minimums": "exam-tip-2"}
    }


def test_the_repository_s_legacy_anchors_name_every_tip_of_today():
    """Frozen at main 091de0c: 150 tips; every page's numbers run 1..n, every id is unique."""
    root = Path(__file__).resolve().parents[2]
    anchors = legacy_anchors((root / "exam-guide" / "legacy-tip-anchors.yml").read_text("utf-8"))
    ids = [tip_id for page in anchors.values() for tip_id in page]
    assert len(ids) == len(set(ids)) == 150
    for page, by_id in anchors.items():
        numbers = sorted(int(anchor.rsplit("-", 1)[1]) for anchor in by_id.values())
        assert numbers == list(range(1, len(numbers) + 1)), page
        assert (root / "docs" / page / "index.md").is_file(), page
