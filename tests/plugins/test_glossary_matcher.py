"""plugins/glossary/matcher.py: which words of a text are glossary terms."""

from __future__ import annotations

import pytest

from plugins.glossary.matcher import TermMatcher

pytestmark = pytest.mark.unit

ALIASES = [
    ("Amazon EC2", "ec2"),
    ("EC2", "ec2"),
    ("Amazon S3", "s3"),
    ("S3", "s3"),
    ("S3 Glacier", "s3-glacier"),
    ("ECS", "ecs"),
    ("VPC", "vpc"),
    ("보안 그룹", "security-group"),
    ("security group", "security-group"),
    ("가용 영역", "availability-zone"),
    ("Availability Zone", "availability-zone"),
    ("서브넷", "subnet"),
    ("퍼블릭 서브넷", "public-subnet"),
    ("subnet", "subnet"),
    ("IAM policy", "iam-policy"),
    ("IAM", "iam"),
    ("리전", "region"),
]


def found(text: str) -> list[tuple[str, str]]:
    matcher = TermMatcher(ALIASES)
    return [(text[m.start : m.end], m.term_id) for m in matcher.find(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Korean particles and endings after a term
        ("EC2를 시작합니다", [("EC2", "ec2")]),
        ("S3에서 읽습니다", [("S3", "s3")]),
        ("VPC와 서브넷", [("VPC", "vpc"), ("서브넷", "subnet")]),
        ("보안 그룹은 상태를 저장합니다", [("보안 그룹", "security-group")]),
        ("리전별로 다릅니다", [("리전", "region")]),
        ("서브넷에서는 안 됩니다", [("서브넷", "subnet")]),
        # never inside a longer word
        ("ECSx와 S3A는 다른 이름입니다", []),
        ("서브넷팅", []),
        ("xECS", []),
        ("EC2-Classic", []),
        # the longest name at a position wins, and matches do not overlap
        ("Amazon EC2 인스턴스", [("Amazon EC2", "ec2")]),
        ("S3 Glacier로 옮깁니다", [("S3 Glacier", "s3-glacier")]),
        ("퍼블릭 서브넷에 둡니다", [("퍼블릭 서브넷", "public-subnet")]),
        ("IAM policy and IAM", [("IAM policy", "iam-policy"), ("IAM", "iam")]),
        # spaces: optional in Korean writing, and a soft line break counts as one
        ("가용영역은 격리됩니다", [("가용영역", "availability-zone")]),
        ("보안\n그룹", [("보안\n그룹", "security-group")]),
        # case: names with capitals are exact, lowercase names match any case
        ("ec2 and s3", []),
        ("Security group rules", [("Security group", "security-group")]),
        ("SUBNET", [("SUBNET", "subnet")]),
        # English plurals of names ending in a lowercase letter
        ("two Availability Zones", [("Availability Zones", "availability-zone")]),
        ("many security groups", [("security groups", "security-group")]),
        ("IAM policies", [("IAM policies", "iam-policy")]),
        ("ECSs", []),
        # punctuation around terms
        ("(EC2), S3.", [("EC2", "ec2"), ("S3", "s3")]),
        ("EC2/EBS", [("EC2", "ec2")]),
        ("", []),
    ],
)
def test_find(text, expected):
    assert found(text) == expected


def test_every_occurrence_is_found():
    # The linker keeps the first per section; the matcher reports all of them.
    assert found("EC2, EC2를, EC2") == [("EC2", "ec2")] * 3


def test_first_term_to_claim_a_name_keeps_it():
    matcher = TermMatcher([("EBS", "ebs"), ("EBS", "other")])
    assert [m.term_id for m in matcher.find("EBS")] == ["ebs"]


def test_positions_survive_case_folding():
    text = "İstanbul의 subnet"  # "İ".lower() is two characters long
    matches = TermMatcher([("subnet", "subnet")]).find(text)
    assert [text[m.start : m.end] for m in matches] == ["subnet"]
