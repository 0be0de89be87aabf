"""plugins/examtips/guide.py: the exam guide's data, read and checked with file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from plugins.examtips.guide import GUIDE_FILE, GuideError, load_guide, read_guide
from plugins.examtips.model import DOMAINS

pytestmark = pytest.mark.unit

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "study-index" / "exam-guide.yml"
GOOD = FIXTURE.read_text(encoding="utf-8")


def problems(text: str) -> list[str]:
    with pytest.raises(GuideError) as raised:
        read_guide(text, "g.yml")
    return raised.value.problems


def edited(old: str, new: str) -> str:
    assert old in GOOD, old
    return GOOD.replace(old, new, 1)


def line_of(text: str, needle: str) -> int:
    return text[: text.index(needle)].count("\n") + 1


def test_the_fixture_reads():
    guide = read_guide(GOOD, "g.yml")
    assert [domain.id for domain in guide.domains] == list(DOMAINS)
    assert list(guide.tasks)[:3] == ["1.1", "1.2", "1.3"] and len(guide.tasks) == 14
    task = guide.tasks["4.1"]
    assert task.domain == "cost" and task.anchor == "task-4-1"
    assert task.sections[0].page == "storage/s3"
    assert task.sections[0].anchor("ko") == "스토리지-클래스"
    assert task.sections[0].anchor("en") == "storage-classes"
    assert guide.tasks["1.2"].pending.issue == 31
    s3, classic = guide.services
    assert (s3.name, s3.glossary, s3.coverage, s3.anchor) == (
        "Amazon S3",
        "s3",
        "covered",
        "service-amazon-s3",
    )
    assert classic.availability == "retired" and classic.replacement["en"] == "Amazon VPC"
    assert guide.out_of_scope == ({"ko": "게임 기술", "en": "Game Tech"},)


def test_the_repository_guide_reads_and_gives_the_domains_their_titles():
    guide = load_guide(GUIDE_FILE)
    assert sum(domain.weight for domain in guide.domains) == 100
    for domain in guide.domains:
        assert DOMAINS[domain.id].names == domain.title
        assert DOMAINS[domain.id].weight == domain.weight
        assert set(DOMAINS[domain.id].badges) == {"ko", "en"}


@pytest.mark.parametrize(
    ("old", "new", "needle", "message"),
    [
        ("    weight: 20\n", "    weight: 21\n", "  - id: secure", "add up to 101, not 100"),
        ('      - id: "4.1"', '      - id: "3.9"', '"3.9"', "task 3.9 is listed under domain 4"),
        (
            '      - id: "4.1"',
            '      - id: "1.1"',
            '      - id: "1.1"\n        title: {ko: 비용',
            "task 1.1 repeats line",
        ),
        ('      - id: "4.1"', "      - id: 4.1x", "4.1x", "must look like 2.1"),
        ("    weight: 30\n", "    weight: 30\n    colour: red\n", "colour", "unknown key 'colour'"),
        (
            "en: Design cost-optimized storage solutions}",
            "fr: x}",
            "fr: x}",
            "unknown key 'fr'",
        ),
        (
            "{ko: 비용 최적화 스토리지 솔루션 설계, en: Design cost-optimized storage solutions}",
            "{ko: 비용 최적화 스토리지 솔루션 설계}",
            "{ko: 비용 최적화 스토리지 솔루션 설계}",
            "task 4.1 title has no en text",
        ),
        (
            "        pending: {issue: 31, page: null}\n",
            "        pending: {page: security/x}\n",
            "pending: {page: security/x}",
            "has no 'issue'",
        ),
        (
            "        pending: {issue: 31, page: null}\n",
            "        pending: {issue: null, page: security/x}\n",
            "issue: null",
            "name the issue that will teach it",
        ),
        (
            "        sections: [{page: storage/s3, ko: 스토리지-클래스, en: storage-classes}]\n",
            "",
            "      - name: Amazon S3",
            "covered but lists no sections",
        ),
        (
            "        coverage: covered\n",
            "        coverage: pending\n",
            "      - name: Amazon S3",
            "pending but has no 'pending' entry",
        ),
        ('        since: "2023-08-15"\n', "", "      - name: EC2-Classic", "give 'since' and"),
        (
            "        replacement: {ko: Amazon VPC, en: Amazon VPC}\n",
            "",
            "      - name: EC2-Classic",
            "is retired: give 'since' and 'replacement'",
        ),
        ("page: storage/s3, ko", "page: storage/s3/index.md, ko", "index.md", "docs folder"),
        (
            "page: storage/s3, ko: 스토리지-클래스, en: storage-classes}\n",
            "page: storage/s3, ko: x}\n",
            "ko: x}",
            "has no 'en'",
        ),
        ("        coverage: covered\n", "        coverage: maybe\n", "maybe", "not one of covered"),
        ("availability: retired", "availability: gone", "gone", "not one of available"),
    ],
)
def test_problems_name_the_line(old, new, needle, message):
    text = edited(old, new)
    found = problems(text)
    line = line_of(text, needle)
    assert any(p.startswith(f"g.yml:{line}: ") and message in p for p in found), (line, found)


def test_not_yaml_names_the_line():
    (problem,) = problems("exam: [\n")
    assert problem.startswith("g.yml:2: not valid YAML")


def test_a_service_in_two_categories_is_listed_twice_with_distinct_anchors():
    """AWS's appendix lists Amazon Redshift under Analytics and Database."""
    again = "  - category: {ko: 분석, en: Analytics}\n    items:\n      - name: Amazon S3\n"
    again += "        glossary: s3\n        coverage: covered\n"
    again += "        sections: [{page: storage/s3, ko: 스토리지-클래스, en: storage-classes}]\n"
    guide = read_guide(edited("out_of_scope:\n", again + "out_of_scope:\n"), "g.yml")
    first, _classic, second = guide.services
    assert (first.anchor, second.anchor) == ("service-amazon-s3", "service-amazon-s3-2")
    assert [service.name for service in guide.unique_services] == ["Amazon S3", "EC2-Classic"]
    # Twice in one category is a mistake (names compare without case and punctuation).
    twice = again.replace("  - category: {ko: 분석, en: Analytics}\n    items:\n", "")
    text = edited(
        "  - category: {ko: 네트워킹",
        twice.replace("Amazon S3", "amazon s3") + "  - category: {ko: 네트워킹",
    )
    (problem,) = problems(text)
    line = line_of(text, "amazon s3")
    assert problem == f"g.yml:{line}: service 'amazon s3' repeats line 92 in its category"
