"""Glossary aliases are other names for the same thing (issue 27; AUTHORING.md "Aliases").

The linker links an alias to its entry and shows that entry's definition, so an alias that
names a neighbour, a part or an opposite shows the wrong definition. Every such alias found
in the review is listed here with the entry that now owns it (or None: a generic phrase or a
neighbour with no entry of its own); the build already fails on an alias shared by two
entries, so a name cannot come back to its old owner while its new entry has it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from plugins.glossary.model import alias_key, load_glossary

pytestmark = pytest.mark.unit

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def glossary():
    found, problems = load_glossary(sorted((ROOT / "glossary").glob("*.yml")), ("ko", "en"), ROOT)
    assert problems == []
    return found.entries


# (language, name, entry it wrongly named, entry that owns it now or None)
FIXED = [
    ("ko", "짧은 폴링", "long-polling", "short-polling"),
    ("en", "short polling", "long-polling", "short-polling"),
    ("ko", "기본 모니터링", "detailed-monitoring", "basic-monitoring"),
    ("en", "basic monitoring", "detailed-monitoring", "basic-monitoring"),
    ("ko", "하드웨어 가상화", "hypervisor", None),
    ("en", "hardware virtualization", "hypervisor", None),
    ("ko", "비용 할당 태그", "resource-tag", "cost-allocation-tag"),
    ("en", "cost allocation tag", "resource-tag", "cost-allocation-tag"),
    ("ko", "태깅 전략", "resource-tag", None),
    ("en", "tagging strategy", "resource-tag", None),
    ("ko", "캐시 미스", "cache-hit", "cache-miss"),
    ("ko", "캐시 누락", "cache-hit", "cache-miss"),
    ("en", "cache miss", "cache-hit", "cache-miss"),
    ("en", "cache misses", "cache-hit", "cache-miss"),
    ("en", "cache hit ratio", "cache-hit", None),
    ("ko", "최소 용량", "desired-capacity", "minimum-capacity"),
    ("ko", "최대 용량", "desired-capacity", "maximum-capacity"),
    ("en", "minimum capacity", "desired-capacity", "minimum-capacity"),
    ("en", "maximum capacity", "desired-capacity", "maximum-capacity"),
    ("ko", "이벤트 버스", "eventbridge-rule", "event-bus"),
    ("ko", "이벤트 패턴", "eventbridge-rule", "event-pattern"),
    ("en", "event bus", "eventbridge-rule", "event-bus"),
    ("en", "event pattern", "eventbridge-rule", "event-pattern"),
    ("ko", "역할 전환", "iam-role", "switch-role"),
    ("en", "switch role", "iam-role", "switch-role"),
    ("ko", "HTTPS", "tls", "https"),
    ("en", "HTTPS", "tls", "https"),
    ("ko", "제한 시간 초과", "visibility-timeout", None),
    ("ko", "용량 공급자 전략", "capacity-provider", "capacity-provider-strategy"),
    ("en", "capacity provider strategy", "capacity-provider", "capacity-provider-strategy"),
    ("ko", "백업 및 복구 전략", "backup-and-restore", None),
    # found by the review of every alias
    ("en", "point of presence", "edge-location", None),
    ("en", "instance family", "instance-type", None),
    ("ko", "CPU 크레딧", "burstable-instance", "cpu-credit"),
    ("en", "CPU credit", "burstable-instance", "cpu-credit"),
    ("ko", "Nitro 하이퍼바이저", "nitro", None),
    ("en", "Nitro hypervisor", "nitro", None),
    ("ko", "S3 One Zone-IA", "s3-standard-ia", "s3-one-zone-ia"),
    ("en", "One Zone-IA", "s3-standard-ia", "s3-one-zone-ia"),
    ("ko", "Glacier Deep Archive", "s3-glacier", "s3-glacier-deep-archive"),
    ("en", "S3 Glacier Deep Archive", "s3-glacier", "s3-glacier-deep-archive"),
    ("ko", "법적 보존", "object-lock-modes", "legal-hold"),
    ("en", "legal hold", "object-lock-modes", "legal-hold"),
    ("en", "write once", "worm", None),
    ("en", "read many", "worm", None),
    ("ko", "영역 NAT 게이트웨이", "nat-gateway", "zonal-nat-gateway"),
    ("en", "zonal NAT gateway", "nat-gateway", "zonal-nat-gateway"),
    ("ko", "명시적 거부", "policy-evaluation", "explicit-deny"),
    ("ko", "암시적 거부", "policy-evaluation", "implicit-deny"),
    ("en", "explicit deny", "policy-evaluation", "explicit-deny"),
    ("en", "implicit deny", "policy-evaluation", "implicit-deny"),
    ("ko", "액세스 키 ID", "access-key", None),
    ("ko", "보안 액세스 키", "access-key", None),
    ("en", "secret access key", "access-key", None),
    ("ko", "임시 자격 증명", "sts", "temporary-credentials"),
    ("en", "temporary security credentials", "sts", "temporary-credentials"),
    ("ko", "연동 사용자", "federation", None),
    ("en", "federated user", "federation", None),
    ("ko", "SAML 어설션", "saml", None),
    ("en", "SAML assertion", "saml", None),
    ("ko", "스택 드리프트", "drift-detection", None),
    ("en", "stack drift", "drift-detection", None),
    ("ko", "ETag", "conditional-request", None),
    ("ko", "SNS 주제", "sns", "sns-topic"),
    ("en", "SNS topic", "sns", "sns-topic"),
    ("ko", "컨테이너 이미지", "container", "container-image"),
    ("en", "container image", "container", "container-image"),
    ("ko", "Lambda 함수", "lambda", "lambda-function"),
    ("en", "Lambda function", "lambda", "lambda-function"),
    ("ko", "KMS 키", "kms", "kms-key"),
    ("en", "KMS key", "kms", "kms-key"),
    ("ko", "EBS 볼륨", "ebs", "ebs-volume"),
    ("en", "EBS volume", "ebs", "ebs-volume"),
    ("ko", "카오스 몽키", "chaos-engineering", "chaos-monkey"),
    ("en", "Chaos Monkey", "chaos-engineering", "chaos-monkey"),
    ("en", "AWS Fault Injection Service", "chaos-engineering", "fault-injection-service"),
    ("ko", "중간 위험 문제", "high-risk-issue", "medium-risk-issue"),
    ("en", "medium-risk issue", "high-risk-issue", "medium-risk-issue"),
    ("ko", "용량 재조정", "rebalance-recommendation", "capacity-rebalancing"),
    ("en", "Capacity Rebalancing", "rebalance-recommendation", "capacity-rebalancing"),
    ("ko", "스팟 플릿", "ec2-fleet", "spot-fleet"),
    ("en", "Spot Fleet", "ec2-fleet", "spot-fleet"),
    ("ko", "EFS 수명 주기 관리", "efs-storage-classes", None),
    (
        "ko",
        "Transit Gateway 라우팅 테이블",
        "transit-gateway-attachment",
        "transit-gateway-route-table",
    ),
    (
        "en",
        "transit gateway route table",
        "transit-gateway-attachment",
        "transit-gateway-route-table",
    ),
    ("ko", "리전 간 피어링", "transit-gateway-peering", None),
    ("en", "inter-Region peering", "transit-gateway-peering", None),
    ("ko", "리스너 규칙", "listener", "listener-rule"),
    ("en", "listener rule", "listener", "listener-rule"),
    ("ko", "3계층", "osi-layers", None),  # the three tiers of an application, not OSI layer 3
    ("ko", "애플리케이션 계층", "osi-layers", None),  # the application tier
    ("en", "application layer", "osi-layers", None),
    ("ko", "세션 키", "tls-handshake", None),
    ("en", "session key", "tls-handshake", None),
    ("ko", "LCU", "lcu-reservation", "lcu"),
    ("ko", "로드 밸런서 용량 단위", "lcu-reservation", "lcu"),
    ("en", "Load Balancer Capacity Unit", "lcu-reservation", "lcu"),
    ("en", "confused deputy", "external-id", "confused-deputy"),
    ("ko", "새로 고침 토큰", "jwt", None),
    ("en", "refresh token", "jwt", None),
    ("ko", "AD FS", "active-directory", "ad-fs"),
    ("en", "AD FS", "active-directory", "ad-fs"),
    ("ko", "CloudTrail 이벤트 기록", "cloudtrail-trail", "cloudtrail-event-history"),
    ("ko", "관리 이벤트", "cloudtrail-trail", "management-events"),
    ("ko", "데이터 이벤트", "cloudtrail-trail", "data-events"),
    ("en", "CloudTrail event history", "cloudtrail-trail", "cloudtrail-event-history"),
    ("en", "management events", "cloudtrail-trail", "management-events"),
    ("en", "data events", "cloudtrail-trail", "data-events"),
    ("ko", "cdk migrate", "cdk", None),
    ("ko", "HCL", "terraform", None),
    ("ko", "SAM CLI", "aws-sam", None),
    ("ko", "Chef 쿡북", "chef", None),
    ("ko", "Ansible 플레이북", "ansible", None),
    ("en", "Elastic Network Adapter", "enhanced-networking", None),
    ("ko", "예약된 조정", "scaling-policy", "scheduled-scaling"),
    ("ko", "예측 조정", "scaling-policy", "predictive-scaling"),
    ("ko", "대상 추적 조정", "scaling-policy", "target-tracking-scaling"),
    ("en", "scheduled scaling", "scaling-policy", "scheduled-scaling"),
    ("en", "predictive scaling", "scaling-policy", "predictive-scaling"),
    ("en", "target tracking scaling", "scaling-policy", "target-tracking-scaling"),
    ("ko", "AWS Managed Microsoft AD", "directory-service", "aws-managed-microsoft-ad"),
    ("en", "AWS Managed Microsoft AD", "directory-service", "aws-managed-microsoft-ad"),
]


def names(entry, lang) -> set[str]:
    text = entry.text(lang)
    return {alias_key(name) for name in (text.term, *text.aliases)}


@pytest.mark.parametrize(("lang", "name", "wrong", "right"), FIXED)
def test_alias_left_the_neighbour(glossary, lang, name, wrong, right):
    assert alias_key(name) not in names(glossary[wrong], lang)
    if right is None:
        return
    assert alias_key(name) in names(glossary[right], lang), f"{name} is not a name of {right}"
    linked = wrong in glossary[right].related or right in glossary[wrong].related
    assert linked, f"{wrong} and {right} are not linked by related"


# A kind may be an alias of its family's entry only when the entry's definition names it, so
# that the tooltip is true of the kind (AUTHORING.md). (language, entry, alias, words the
# definition must contain)
KINDS = [
    ("ko", "shield", "Shield Standard", "Shield Standard"),
    ("ko", "shield", "Shield Advanced", "Shield Advanced"),
    ("en", "shield", "Shield Standard", "Shield Standard"),
    ("en", "shield", "Shield Advanced", "Shield Advanced"),
    ("ko", "route-table", "기본 라우팅 테이블", "기본 라우팅 테이블"),
    ("en", "route-table", "main route table", "the main one"),
    ("ko", "placement-group", "클러스터 배치 그룹", "클러스터"),
    ("en", "placement-group", "spread placement group", "spread"),
    ("ko", "general-purpose-ssd", "gp2", "gp2"),
    ("en", "provisioned-iops-ssd", "io1", "io1"),
    ("ko", "object-lock-modes", "규정 준수 모드", "규정 준수 모드"),
    ("en", "object-lock-modes", "governance mode", "governance mode"),
    ("ko", "secondary-index", "GSI", "GSI"),
    ("en", "secondary-index", "local secondary index", "local secondary index"),
    ("ko", "managed-policy", "고객 관리형 정책", "고객 관리형 정책"),
    ("en", "managed-policy", "AWS managed policy", "AWS managed policies"),
    ("ko", "virtual-interface", "트랜짓 VIF", "트랜짓 VIF"),
    ("en", "s3-replication", "Cross-Region Replication", "another Region (CRR)"),
    ("ko", "scaling-policy", "동적 조정", "동적 조정"),
    ("en", "scaling-policy", "dynamic scaling", "dynamic scaling"),
    ("en", "fsx", "FSx for Lustre", "Lustre"),
]


@pytest.mark.parametrize(("lang", "entry", "alias", "words"), KINDS)
def test_a_kind_alias_is_named_in_the_definition(glossary, lang, entry, alias, words):
    text = glossary[entry].text(lang)
    assert alias in text.aliases
    assert words in text.definition
