"""What the whole bank must hold (plugins/practice/targets.py): each target missed names the
file to add questions to and the numbers; a bank that meets them passes."""

from __future__ import annotations

import pytest

from plugins.practice.model import MULTIPLE, SINGLE, Option, Question, SectionRef
from plugins.practice.targets import (
    SAA_C03_WEIGHTS,
    Targets,
    check_targets,
    domain_shares,
    question_file,
    summary,
)

pytestmark = pytest.mark.unit

DOMAIN = {"1": "secure", "2": "resilient", "3": "performance", "4": "cost"}
TARGETS = Targets(per_topic_page=2, total=10, per_task=1, multiple_share=0.2, domain_tolerance=5)


def make(n: int, page: str, task: str, kind: str = SINGLE) -> Question:
    option = Option(False, {"ko": "보기", "en": "option"}, {"ko": "해설", "en": "why"})
    return Question(
        f"q-{page.replace('/', '-')}-{n}",
        kind,
        task,
        DOMAIN[task[0]],
        SectionRef(page, {"ko": "절", "en": "section"}),
        {"ko": "문제", "en": "question"},
        (option,) * 4,
        {},
        f"questions/x.yml:{n}",
    )


def balanced() -> list[Question]:
    """Ten questions on two pages: 3 secure, 3 resilient, 2 performance, 2 cost; 2 multiple."""
    tasks = ["1.1", "1.2", "1.1", "2.1", "2.2", "2.1", "3.1", "3.2", "4.1", "4.2"]
    return [
        make(i, "storage/s3" if i % 2 else "networking/vpc", task, MULTIPLE if i < 2 else SINGLE)
        for i, task in enumerate(tasks)
    ]


def check(questions, targets=TARGETS, pages=("storage/s3", "networking/vpc"), tasks=("1.1",)):
    return [str(p) for p in check_targets(questions, targets, pages, tasks, SAA_C03_WEIGHTS)]


def test_a_bank_that_meets_every_target_passes():
    assert check(balanced()) == []


def test_a_topic_page_short_of_questions_names_its_file():
    problems = check(balanced(), pages=("storage/s3", "networking/vpc", "databases"))
    assert problems == [
        "questions/databases.yml: topic page 'databases' has 0 questions; every topic page "
        "needs at least 2"
    ]


def test_too_few_questions_in_all():
    assert check(balanced()[:9], Targets(total=10)) == [
        "questions/: the bank has 9 questions; it needs at least 10"
    ]


def test_a_taught_task_without_enough_questions():
    problems = check(balanced(), Targets(per_task=2), tasks=("1.1", "3.5"))
    assert problems == [
        "questions/: task statement 3.5 has 0 questions; every task statement the site "
        "teaches needs at least 2"
    ]


def test_a_domain_outside_its_weight_by_more_than_the_tolerance():
    bank = balanced() + [make(20 + i, "storage/s3", "1.3") for i in range(3)]
    # 6, 3, 2, 2 of 13: secure (46.2% against 30) and performance (15.4% against 24) fail;
    # resilient (23.1% against 26) and cost (15.4% against 20) stay within 5 points.
    assert check(bank, Targets(domain_tolerance=5)) == [
        "questions/: domain 'secure' is 46.2% of the bank; the exam weighs it 30% "
        "(allowed: ±5 points)",
        "questions/: domain 'performance' is 15.4% of the bank; the exam weighs it 24% "
        "(allowed: ±5 points)",
    ]
    assert check(bank, Targets(domain_tolerance=17)) == []


def test_too_few_multiple_response_questions():
    bank = [make(i, "storage/s3", "1.1") for i in range(4)]
    bank.append(make(9, "storage/s3", "1.1", MULTIPLE))
    assert check(bank, Targets(multiple_share=0.25)) == [
        "questions/: 20% of the questions are multiple response; at least 25% must be"
    ]


def test_targets_of_zero_are_not_checked():
    assert check([], Targets(), pages=("storage/s3",), tasks=("1.1",)) == []


def test_the_home_page_and_nested_pages_map_to_their_files():
    assert question_file("storage/s3") == "questions/storage-s3.yml"
    assert question_file("") == "questions/index.yml"


def test_shares_and_summary():
    bank = balanced()
    assert domain_shares(bank, SAA_C03_WEIGHTS) == {
        "secure": 30.0,
        "resilient": 30.0,
        "performance": 20.0,
        "cost": 20.0,
    }
    assert summary(bank, SAA_C03_WEIGHTS) == (
        "10 questions: secure 3 (30.0%, weight 30), resilient 3 (30.0%, weight 26), "
        "performance 2 (20.0%, weight 24), cost 2 (20.0%, weight 20); 20% multiple response"
    )
