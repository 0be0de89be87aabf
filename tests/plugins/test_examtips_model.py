"""plugins/examtips/model.py: the tip syntax, its checks, and the ids of boxes."""

from __future__ import annotations

import pytest

from plugins.examtips.model import (
    DOMAINS,
    Box,
    BoxMark,
    box_id,
    check_boxes,
    check_marks,
    page_key,
    scan_boxes,
)

pytestmark = pytest.mark.unit

PAGE = """\
---
description: x
---

# Title

!!! exam-tip resilient "다중 AZ는 가용성"
    본문입니다.

!!! correction
    노트에는 틀리게 적혀 있습니다.

    ```markdown
    !!! exam-tip inside "a fence is not a tip"
    ```

??? update "2026년 기준"
    바뀌었습니다.

```markdown
!!! exam-tip nonsense "an example in code"
```

~~~~
!!! update
~~~~

- list
    !!! exam-tip cost "nested in a list"
        body
"""


def test_scan_boxes_finds_boxes_outside_code():
    marks = scan_boxes(PAGE)
    assert [(m.kind, m.words, m.title, m.line, m.body_empty) for m in marks] == [
        ("exam-tip", ("resilient",), "다중 AZ는 가용성", 7, False),
        ("correction", (), None, 10, False),
        ("update", (), "2026년 기준", 17, False),
        ("exam-tip", ("cost",), "nested in a list", 29, False),
    ]
    assert check_marks(marks, "docs/p.md") == []


@pytest.mark.parametrize(
    ("source", "messages"),
    [
        # A tip's words and title are checked against the guide: test_examtips_tags.py.
        ('!!! exam-tip resilient 2.1 some-id "t"\n    body\n', []),
        ('!!! exam-tip "t"\n    body\n', []),
        ('!!! exam-tip cost "t"\n\nNot indented.\n', ["exam-tip with an empty body"]),
        ('!!! exam-tip cost "t"\n', ["exam-tip with an empty body"]),
        ("!!! correction\n", ["correction with an empty body"]),
        ("!!! update extra\n    body\n", ["update takes no words after its type"]),
        ("!!! exam-tip\n", ["empty body"]),
    ],
)
def test_check_marks(source, messages):
    problems = check_marks(scan_boxes(source), "docs/p.md")
    assert len(problems) == len(messages)
    for problem, message in zip(problems, messages, strict=True):
        assert str(problem).startswith("docs/p.md:1: ")
        assert message in problem.message


def test_problem_lines_count_from_the_top_of_the_file():
    source = '---\ndescription: x\n---\n\n# T\n\n!!! update "t"\n'
    (problem,) = check_marks(scan_boxes(source), "docs/storage/s3/index.md")
    assert str(problem).startswith("docs/storage/s3/index.md:7: update with an empty body")


@pytest.mark.parametrize(
    ("src", "key"),
    [
        ("storage/s3/index.md", "storage-s3"),
        ("storage/s3/index.en.md", "storage-s3"),
        ("index.md", "home"),
        ("index.en.md", "home"),
        ("about/index.ko.md", "about"),
        ("faq.md", "faq"),
        ("faq.en.md", "faq"),
        ("Labs/VPC_Lab/README.md", "labs-vpc-lab"),
    ],
)
def test_page_key_is_the_same_in_every_language(src, key):
    assert page_key(src) == key


def test_box_ids_and_anchors():
    tip = Box("exam-tip", 2, "cost", "t", "body", task="4.1", tip_id="s3-lifecycle")
    assert tip.anchor == "exam-tip-s3-lifecycle"  # by id, not by position
    assert box_id("storage/s3/index.en.md", tip) == "s3-lifecycle"
    assert box_id("storage/s3/index.md", tip) == "s3-lifecycle"
    correction = Box("correction", 2, None, "t", "body")
    assert correction.anchor == "correction-2"
    assert box_id("storage/s3/index.md", correction) == "storage-s3-correction-2"
    assert Box("update", 1, None, "t", "b", anchor="custom").anchor == "custom"


def test_domains_are_the_exam_guide_s_four():
    assert list(DOMAINS) == ["secure", "resilient", "performance", "cost"]
    assert sum(d.weight for d in DOMAINS.values()) == 100
    for domain in DOMAINS.values():
        assert set(domain.names) == set(domain.badges) == {"ko", "en"}


def test_check_boxes_only_when_the_source_did_not_show_them():
    marks = [BoxMark("exam-tip", ("cost",), "t", 3, False)]
    good = [Box("exam-tip", 1, "cost", "t", "body")]
    assert check_boxes(marks, good, "p.md") == []
    snippet = [*good, Box("exam-tip", 2, None, "from a snippet", "")]
    messages = [p.message for p in check_boxes(marks, snippet, "p.md")]
    assert messages == [
        "exam tip 'from a snippet' (#exam-tip-2) has no known domain",
        "exam-tip 'from a snippet' (#exam-tip-2) has an empty body",
    ]
