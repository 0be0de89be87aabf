"""scripts/voice.py: AWS's terms, one English spelling and register, Korean noun-phrase
headings and 합쇼체 prose, in every kind of authored text."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts import voice
from scripts.check import check_voice

pytestmark = pytest.mark.unit

ROOT = Path(__file__).resolve().parents[2]


def write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def found(root: Path) -> list[tuple[str, int, str]]:
    return [(p.path, p.line, p.message) for p in check_voice(root)]


def test_the_site_speaks_with_one_voice():
    assert found(ROOT) == []


def test_terminology_entries_are_complete():
    variants = voice.load_terminology()
    terms = {v.term for v in variants}
    # the list, each enforced
    for name in (
        "redrive-policy",
        "source-queue",
        "high-resolution-metric",
        "private-ipv4-address",
        "public-ipv4-address",
        "release-address",
        "reserved-instance-marketplace",
        "fully-managed",
        "auto-scaling",
        "application-tier",
        "three-tier-architecture",
        "osi-layer-3",
        "trusted-advisor-checks",
        "us-spelling",
        "no-contractions",
    ):
        assert name in terms
    for variant in variants:
        if variant.term not in ("us-spelling", "no-contractions"):
            assert variant.source.startswith("https://docs.aws.amazon.com/")


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("docs/a/index.md", "\n\n재드라이브 정책을 씁니다.\n", "docs/a/index.md:3"),
        ("docs/a/index.md", "사설 IP 주소입니다.\n", "docs/a/index.md:1"),
        ("docs/a/index.md", "공인 **IPv4** 주소입니다.\n", "docs/a/index.md:1"),
        ("docs/a/index.md", "AWS 완전 관리형 서비스입니다.\n", "docs/a/index.md:1"),
        ("docs/a/index.md", "앱 계층과 웹 계층입니다.\n", "docs/a/index.md:1"),
        ("docs/a/index.md", "| GWLB | 3계층 게이트웨이 |\n", "docs/a/index.md:1"),
        ("docs/a/index.md", "## 오토 스케일링 개요\n", "docs/a/index.md:1"),
        ("docs/a/index.en.md", "Costs are optimised.\n", "docs/a/index.en.md:1"),
        ("docs/a/index.en.md", "A\nmatter of behaviour.\n", "docs/a/index.en.md:2"),
        ("docs/a/index.en.md", "You can't do that.\n", "docs/a/index.en.md:1"),
        ("docs/a/index.en.md", "## Data centres\n", "docs/a/index.en.md:1"),
        ("docs/a/index.en.md", "The list is prioritised.\n", "docs/a/index.en.md:1"),
        ("docs/a/index.en.md", "We reorganised them.\n", "docs/a/index.en.md:1"),
    ],
)
def test_a_variant_in_a_page_is_named_by_file_and_line(tmp_path, name, text, expected):
    write(tmp_path, {name: text})
    problems = found(tmp_path)
    assert [f"{path}:{line}" for path, line, _ in problems] == [expected]


def test_the_message_says_what_to_write_and_where_aws_says_it(tmp_path):
    write(tmp_path, {"docs/a/index.md": "고해상도 지표를 보냅니다.\n"})
    [(_, _, message)] = found(tmp_path)
    assert "고분해능 지표" in message
    assert "publishingMetrics.html" in message


def test_quotes_of_the_notes_in_correction_boxes_are_exempt(tmp_path):
    page = (
        "본문입니다.\n\n"
        "!!! correction\n"
        '    노트에는 "재드라이브 정책"이라고 적혀 있지만, 리드라이브 정책이 맞습니다.\n\n'
        "!!! update\n"
        '    노트의 "오토 스케일링"은 지금은 Auto Scaling입니다.\n\n'
        '밖에서 인용한 "재드라이브"는 허용되지 않습니다.\n'
    )
    write(tmp_path, {"docs/a/index.md": page})
    assert [line for _, line, _ in found(tmp_path)] == [9]


def test_box_body_outside_quotes_is_checked(tmp_path):
    page = '!!! correction\n    노트에는 "x"라고 적혀 있지만, 재드라이브 정책이 맞습니다.\n'
    write(tmp_path, {"docs/a/index.md": page})
    assert [line for _, line, _ in found(tmp_path)] == [2]


def test_code_and_link_targets_are_not_text(tmp_path):
    page = "`원본 대기열` 코드와 [링크](../data-centres/index.md)입니다.\n\n```\n재드라이브\n```\n"
    write(tmp_path, {"docs/a/index.md": page, "docs/a/index.en.md": "[x](centre.md)\n"})
    assert found(tmp_path) == []


def test_context_limits_a_common_word(tmp_path):
    pages = {
        "docs/a/index.md": "워크로드를 점검합니다.\n\nTrusted Advisor는 계정을\n점검합니다.\n",
        "docs/b/index.md": "탄력적 IP 주소의 연결 해제와 해제를 구분합니다.\n",
    }
    write(tmp_path, pages)
    assert [(path, line) for path, line, _ in found(tmp_path)] == [
        ("docs/a/index.md", 4),
        ("docs/b/index.md", 1),
    ]


def test_glossary_aliases_may_keep_a_variant_but_terms_and_definitions_may_not(tmp_path):
    entry = """\
- id: redrive-policy
  ko:
    term: 리드라이브 정책
    aliases: [재드라이브 정책]
    definition: 원본 대기열에 DLQ를 지정합니다.
    link: https://docs.aws.amazon.com/ko_kr/x.html
  en:
    term: redrive policy
    aliases: [redrive policies]
    definition: Names the dead-letter queue, optimised for nothing.
"""
    write(tmp_path, {"glossary/a.yml": entry})
    assert [(p, n) for p, n, _ in found(tmp_path)] == [
        ("glossary/a.yml", 5),
        ("glossary/a.yml", 10),
    ]


def test_diagram_captions_labels_and_text_alternatives_are_checked(tmp_path):
    source = '''\
"""A diagram."""
CAPTION = {"ko": "캡션", "en": "A caption"}
ALT = {
    "ko": (
        "설명입니다. "
        "온프레미스 데이터센터에서 들어옵니다."
    ),
    "en": "From the data centre.",
}
LABELS = {"dc": {"ko": "고객 데이터 센터", "en": "Customer data center"}}
OTHER = {"ko": "데이터센터"}
'''
    write(
        tmp_path, {"docs/diagrams/a.py": source, "docs/diagrams/_helper.py": 'X = {"ko": "사설"}'}
    )
    assert [(p, n) for p, n, _ in found(tmp_path)] == [
        ("docs/diagrams/a.py", 6),
        ("docs/diagrams/a.py", 8),
    ]


def test_a_later_data_file_joins_with_one_source_line(tmp_path):
    write(
        tmp_path,
        {
            "exam-guide/tasks.yml": "- ko: {title: 완전 관리형}\n  en: {title: Managed}\n",
            "exam-guide/notes.en.yml": "- You can't skip this.\n",
        },
    )
    sources = (*voice.SOURCES, voice.Source("exam-guide/*.yml", voice.yaml_texts))
    problems = voice.check_terms(voice.authored_texts(tmp_path, sources), voice.load_terminology())
    assert [(p.path, p.line) for p in sorted(problems)] == [
        ("exam-guide/notes.en.yml", 1),
        ("exam-guide/tasks.yml", 1),
    ]


@pytest.mark.parametrize(
    "title",
    [
        "명시적 거부는 항상 이긴다",
        "로그에도 비용이 든다",
        "어떤 연결을 쓸까",
        "ElastiCache와 Neptune은 어디에 쓰나",
        "HDD 볼륨은 부팅할 수 없습니다",
        "EFS와 FSx는 S3보다 빠를까?",
    ],
)
def test_a_sentence_is_not_a_heading_or_tip_title(title):
    assert voice.heading_problem(title)


@pytest.mark.parametrize(
    "title",
    [
        "시험에서는",
        "항상 이기는 명시적 거부",
        "NAT 게이트웨이는 가용 영역마다",
        "웹 서버는 프라이빗 서브넷, 들어오는 길은 로드 밸런서 하나",
        "보안 설계 하나하나",
        "DynamoDB Accelerator(DAX)",
    ],
)
def test_noun_phrases_pass(title):
    assert voice.heading_problem(title) is None


def test_headings_and_tip_titles_of_korean_pages_are_checked(tmp_path):
    page = (
        "# 제목\n\n"
        "## 언제 무엇을 쓸까\n\n"
        '!!! exam-tip secure "명시적 거부는 항상 이긴다"\n'
        "    본문입니다.\n\n"
        "```bash\n# 코드 안의 주석은 제목이 아닙니다.\n```\n"
    )
    write(tmp_path, {"docs/a/index.md": page, "docs/a/index.en.md": "## Where do we go?\n"})
    assert [line for _, line, _ in found(tmp_path)] == [3, 5]


def test_korean_prose_is_in_hapsyo_style(tmp_path):
    page = (
        "S3는 객체 스토리지다.\n"
        "콘솔에서 확인하세요.\n"
        "콘솔에서 확인하십시오. 예를 들어 봅시다.\n"
        '노트에는 "스토리지다."라고 적혀 있습니다.\n'
        "- 요청마다\n"
    )
    write(tmp_path, {"docs/a/index.md": page})
    assert [line for _, line, _ in found(tmp_path)] == [1, 2]


def test_a_broken_terminology_file_is_a_problem_not_a_crash(tmp_path, monkeypatch):
    bad = tmp_path / "terminology.yml"
    bad.write_text("terms:\n  - id: x\n    ko: {preferred: y}\n", encoding="utf-8")
    with pytest.raises(voice.TerminologyError, match="needs both ko and en"):
        voice.load_terminology(bad)
    monkeypatch.setattr(voice, "TERMINOLOGY", bad)
    [(path, _, message)] = found(tmp_path)
    assert path == str(bad) and "needs both ko and en" in message


def test_english_pages_quote_the_notes_in_english(tmp_path):
    page = (
        "!!! correction\n"
        '    The notes call it a "LOCKING technique" ("LOCKING 기법"), and "OS에 후크" (hooks).\n\n'
        "!!! correction\n"
        '    The notes list the queue types as "표준(STACK) / FIFO", calling it a stack.\n\n'
        '    They say "loop the 수신코드" and "nostock sns 주제".\n'
    )
    write(tmp_path, {"docs/a/index.en.md": page})
    assert [line for _, line, _ in found(tmp_path)] == [5]


def test_glossary_definitions_and_diagram_text_alternatives_are_hapsyo_style_too(tmp_path):
    entry = """\
- id: x
  ko:
    term: 엑스
    definition: 가상 서버다. 크기를 바꿀 수 있습니다.
  en:
    term: x
    definition: A virtual server.
"""
    diagram = 'ALT = {\n    "ko": "트래픽이 흐른다.",\n    "en": "Traffic flows.",\n}\n'
    write(tmp_path, {"glossary/a.yml": entry, "docs/diagrams/a.py": diagram})
    assert [(p, n) for p, n, _ in found(tmp_path)] == [
        ("glossary/a.yml", 4),
        ("docs/diagrams/a.py", 2),
    ]
