"""Helpers for the search tests: the worker's JavaScript run in Node, and a small index
built the way the plugin builds it (kiwipiepy included)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from plugins.search import index, segment

HARNESS = Path(__file__).parent / "worker_harness.js"
ROOT_GLOSSARY = Path(__file__).resolve().parents[2] / "glossary"

# Material entries for a handful of sections, written so each query class has its answer.
DOCS = [
    ("storage/s3/", "Amazon S3", "<p>Amazon S3는 객체 스토리지 서비스입니다.</p>"),
    (
        "storage/s3/#버킷",
        "버킷",
        "<p>버킷은 객체를 담는 컨테이너입니다. 버킷을 만들 때 리전을 고릅니다.</p>",
    ),
    ("storage/s3/#버전-관리", "버전 관리", "<p>버킷의 버전 관리를 켜면 이전 버전이 남습니다.</p>"),
    (
        "storage/s3/#복제",
        "복제",
        "<p>S3 복제는 객체를 다른 버킷으로 비동기 복제하는 기능입니다.</p>",
    ),
    ("cloud/", "클라우드", "<p>클라우드의 기본 개념입니다.</p>"),
    ("cloud/#가용-영역", "가용 영역", "<p>가용영역(AZ)은 리전 안의 데이터 센터 묶음입니다.</p>"),
    ("networking/", "네트워킹", "<p>VPC와 그 주변입니다.</p>"),
    (
        "networking/#보안-그룹",
        "보안그룹",
        "<p>보안그룹은 인스턴스 단위의 상태 저장 방화벽입니다.</p>",
    ),
    (
        "networking/#네트워크-acl",
        "네트워크 ACL",
        "<p>네트워크 ACL은 서브넷 단위의 방화벽입니다.</p>",
    ),
    ("networking/#vpc-피어링", "VPC 피어링", "<p>VPC 피어링은 두 VPC를 1:1로 잇습니다.</p>"),
    (
        "networking/#인터넷-게이트웨이",
        "인터넷 게이트웨이",
        "<p>인터넷 게이트웨이로 나가는 경로를 둡니다.</p>",
    ),
    ("compute/ec2/", "Amazon EC2", "<p>가상 서버를 빌려 씁니다.</p>"),
    (
        "compute/ec2/#인스턴스-유형",
        "인스턴스 유형",
        "<p>EC2 인스턴스 유형은 CPU와 메모리의 조합입니다.</p>",
    ),
    ("compute/ec2/#탄력적-ip-주소", "탄력적 IP 주소", "<p>고정 퍼블릭 IPv4 주소입니다.</p>"),
    (
        "compute/serverless/#aws-lambda",
        "AWS Lambda",
        "<p>Lambda는 서버 없이 코드를 실행합니다.</p>",
    ),
    ("availability/", "Amazon EC2 Auto Scaling", "<p>인스턴스 수를 자동으로 맞춥니다.</p>"),
    (
        "availability/#auto-scaling-그룹",
        "Auto Scaling 그룹",
        "<p>Auto Scaling 그룹은 인스턴스 모음입니다.</p>",
    ),
    (
        "databases/#읽기-전용-복제본",
        "읽기 전용 복제본",
        "<p>읽기 전용 복제본으로 읽기를 나눕니다.</p>",
    ),
    ("security/#iam-역할", "IAM 역할", "<p>IAM 역할은 임시 자격 증명을 줍니다.</p>"),
    ("labs/", "실습", "<p>CloudFront 배포를 만들고 VPC를 구성합니다. 역할을 나눕니다.</p>"),
]
CONCEPTS = [
    ["AWS Lambda", "Lambda", "람다"],
    ["Amazon EC2 Auto Scaling", "Auto Scaling", "오토스케일링", "오토 스케일링"],
    ["Auto Scaling 그룹", "ASG", "오토 스케일링 그룹", "Auto Scaling group"],
    ["네트워크 ACL", "NACL", "network ACL"],
    ["탄력적 IP 주소", "탄력적 IP", "Elastic IP", "EIP"],
]


def run_node(calls, index_data=None):
    node = shutil.which("node")
    assert node, "node is missing: `make test` installs Debian's nodejs"
    result = subprocess.run(
        [node, str(HARNESS), str(index.LUNR), str(index.WORKER)],
        input=json.dumps({"index": index_data, "calls": calls}, ensure_ascii=False),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.fixture(scope="session")
def small_index():
    docs = [{"location": loc, "title": title, "text": text} for loc, title, text in DOCS]
    texts = [doc[field] for doc in docs for field in ("title", "text")]
    segments = segment.segment_texts(texts, segment.kiwi_analyser())
    return index.build_index(docs, "ko", segments, CONCEPTS, 8)


@pytest.fixture(scope="session")
def engine(small_index):
    """Call the worker on the small index: engine([call, …]) → answers."""
    return lambda calls: run_node(calls, small_index)
