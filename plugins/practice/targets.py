"""What the bank as a whole must hold, so that every topic page has its questions and the
practice page can draw an exam in the exam's proportions (AUTHORING.md, "Check yourself"):

- at least ``per_topic_page`` questions on every topic page (the pages the page-ending rule
  covers), and at least ``total`` in all;
- each domain's share of the bank within ``domain_tolerance`` points of its exam weight;
- at least ``per_task`` questions on every task statement the site teaches (one with a
  section on the exam guide map);
- at least ``multiple_share`` of the questions in the multiple-response format.

Pure code: the plugin passes the topic pages, the taught task statements and the weights.
A target of 0 (or no tolerance) is not checked, so a small site can leave them all out.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from plugins.examtips.model import Problem

from .model import MULTIPLE, Question

# SAA-C03's domain weights, for a site without the exam guide map's data.
SAA_C03_WEIGHTS = {"secure": 30, "resilient": 26, "performance": 24, "cost": 20}
BANK = "questions/"


@dataclass(frozen=True)
class Targets:
    per_topic_page: int = 0
    total: int = 0
    per_task: int = 0
    multiple_share: float = 0.0
    domain_tolerance: float | None = None


def question_file(page: str) -> str:
    """Where a page's questions go: ``storage/s3`` → ``questions/storage-s3.yml``."""
    return f"{BANK}{page.replace('/', '-') or 'index'}.yml"


def check_targets(
    questions: Sequence[Question],
    targets: Targets,
    topic_pages: Sequence[str],
    taught_tasks: Sequence[str],
    weights: Mapping[str, int],
) -> list[Problem]:
    """Every target the bank misses, each as a problem naming the file to add questions to.
    ``topic_pages`` are page keys (``storage/s3``), ``taught_tasks`` task ids (``"2.1"``)."""
    problems: list[Problem] = []
    by_page = Counter(q.section.page for q in questions)
    by_task = Counter(q.task for q in questions)
    total = len(questions)

    if targets.per_topic_page:
        for page in topic_pages:
            if by_page[page] < targets.per_topic_page:
                problems.append(
                    Problem(
                        question_file(page),
                        f"topic page '{page or '/'}' has {by_page[page]} questions; every "
                        f"topic page needs at least {targets.per_topic_page}",
                    )
                )
    if targets.total and total < targets.total:
        problems.append(
            Problem(BANK, f"the bank has {total} questions; it needs at least {targets.total}")
        )
    if targets.per_task:
        for task in taught_tasks:
            if by_task[task] < targets.per_task:
                problems.append(
                    Problem(
                        BANK,
                        f"task statement {task} has {by_task[task]} questions; every task "
                        f"statement the site teaches needs at least {targets.per_task}",
                    )
                )
    if targets.domain_tolerance is not None and total:
        shares = domain_shares(questions, weights)
        for domain, weight in weights.items():
            share = shares[domain]
            if abs(share - weight) > targets.domain_tolerance:
                problems.append(
                    Problem(
                        BANK,
                        f"domain '{domain}' is {share:.1f}% of the bank; the exam weighs it "
                        f"{weight}% (allowed: ±{targets.domain_tolerance:g} points)",
                    )
                )
    if targets.multiple_share and total:
        share = multiple_share(questions)
        if share < targets.multiple_share:
            problems.append(
                Problem(
                    BANK,
                    f"{share:.0%} of the questions are multiple response; at least "
                    f"{targets.multiple_share:.0%} must be",
                )
            )
    return problems


def domain_shares(questions: Sequence[Question], weights: Mapping[str, int]) -> dict[str, float]:
    """Each domain's share of the bank in percent (0 for a domain without questions)."""
    counts = Counter(q.domain for q in questions)
    total = len(questions) or 1
    return {domain: 100 * counts[domain] / total for domain in weights}


def multiple_share(questions: Sequence[Question]) -> float:
    return sum(q.type == MULTIPLE for q in questions) / (len(questions) or 1)


def summary(questions: Sequence[Question], weights: Mapping[str, int]) -> str:
    """One line for the build log: ``140 questions: secure 42 (30.0%, weight 30), …``."""
    counts = Counter(q.domain for q in questions)
    shares = domain_shares(questions, weights)
    domains = ", ".join(
        f"{domain} {counts[domain]} ({shares[domain]:.1f}%, weight {weight})"
        for domain, weight in weights.items()
    )
    return (
        f"{len(questions)} questions: {domains}; {multiple_share(questions):.0%} multiple response"
    )
