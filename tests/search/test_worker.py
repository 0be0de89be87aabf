"""The search worker's own logic (plugins/search/assets/search-worker.js), run in Node:
normalisation of text and queries, ranking per query class, highlighting, the protocol."""

from __future__ import annotations

import re

import pytest
import yaml

from plugins import korean

from .conftest import DOCS, ROOT_GLOSSARY, run_node

pytestmark = pytest.mark.unit

# ------------------------------------------------------------------ particles: one rule set


PARITY_WORDS = [
    "버킷을",
    "리전에서는",
    "게이트웨이",
    "서브넷팅",
    "인스턴스들을",
    "복제하는",
    "평가",
    "전문가",
    "보안그룹은",
    "가용영역",
    "로드밸런서를",
    "연결된",
    "확장하면",
    "S3에서도",
    "리전별로",
    "암호화",
    "속도",
    "에서",
    "을",
    "사용됩니다",
]


def korean_words_of_the_glossary() -> list[str]:
    words = set()
    for path in ROOT_GLOSSARY.glob("*.yml"):
        for entry in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            definition = (entry.get("ko") or {}).get("definition") or ""
            words.update(re.findall(r"[가-힣]+", definition))
    return sorted(words)


def test_the_worker_strips_particles_exactly_as_korean_py():
    words = PARITY_WORDS + korean_words_of_the_glossary()
    particles = sorted(korean.PARTICLES)
    [lengths] = run_node([["stemLengths", particles, words]])
    expected = [len(korean.split_particles(word)[0]) for word in words]
    mismatches = [(w, a, e) for w, a, e in zip(words, lengths, expected, strict=True) if a != e]
    assert not mismatches, mismatches[:10]
    assert len(words) > 200  # the glossary gives a real sample


# ------------------------------------------------------------------ words and tokens


@pytest.mark.parametrize(
    ("text", "markup", "words"),
    [
        ("<p>버킷을 &amp; <code>s3:GetObject</code></p>", True, ["버킷을", "s3", "GetObject"]),
        ("EC2인스턴스, VPC-피어링", False, ["EC2인스턴스", "VPC", "피어링"]),
        ("10.0.0.0/16 ‘IAM’ 역할", False, ["10", "0", "0", "0", "16", "IAM", "역할"]),
        ("<a href=x>link</a>", False, ["a", "href", "x", "link", "a"]),
    ],
)
def test_words(text, markup, words):
    assert run_node([["words", text, markup]]) == [words]


def test_script_runs_split_hangul_from_latin():
    assert run_node([["runs", "S3버킷에서ec2"]]) == [
        [["S3", False], ["버킷에서", True], ["ec2", False]]
    ]


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        # particles and endings are not indexed; the stem is, where it stands
        ("버킷을 복제하는", [["버킷", 0, 2], ["복제", 4, 2]]),
        # compounds: the stem and its parts (kiwipiepy's analysis, shipped in the index);
        # a word the site does not have falls back to the particle rules
        ("가용영역(AZ)", [["가용영역", 0, 4], ["가용", 0, 2], ["영역", 2, 2], ["az", 5, 2]]),
        ("재해복구를", [["재해복구", 0, 4]]),
        # Hangul after Latin, code or a bracket: particles dropped, nouns kept
        ("EC2를 S3버킷에 (AZ)은", [["ec2", 0, 3], ["s3", 5, 2], ["버킷", 7, 2], ["az", 12, 2]]),
        ("<code>S3</code>에", [["s3", 6, 2]]),
        # English: words as written, stop words left out (stems are matched at query time)
        ("The scaling policies", [["scaling", 4, 7], ["policies", 12, 8]]),
    ],
)
def test_index_tokens(engine, text, tokens):
    assert engine([["tokens", text]]) == [tokens]


@pytest.mark.parametrize(
    ("query", "words"),
    [
        ("EC2인스턴스를 S3버킷에서", ["ec2", "인스턴스를", "s3", "버킷에서"]),
        ("IAM역할", ["iam", "역할"]),
        ("EC2를", ["ec2"]),
    ],
)
def test_query_words_split_at_the_hangul_latin_boundary(engine, query, words):
    assert engine([["queryWords", query]]) == [words]


@pytest.mark.parametrize(
    ("query", "keys", "alternatives"),
    [
        ("버킷을", [["버킷"]], [["버킷*"]]),
        ("복제하는", [["복제"]], [["복제*"]]),
        ("버킷으", [["버킷"]], [["버킷*"]]),  # 으 of 으로, still being typed
        ("보안그룹", [["보안그룹"]], [["보안그룹*", "보안 & 그룹*"]]),
        ("벜", [["벜"]], [["벜*", "버킷*"]]),  # 버킷, half typed
        ("방법", [["방법"]], [["방법*"]]),
    ],
)
def test_query_plans(engine, query, keys, alternatives):
    [plan] = engine([["plan", query]])
    assert [unit["keys"] for unit in plan] == keys
    assert [unit["alternatives"] for unit in plan] == alternatives


def test_question_words_are_weak_and_names_are_concepts(engine):
    [plan] = engine([["plan", "람다 쓰는 방법"]])
    assert [(unit["concept"], unit["weak"]) for unit in plan] == [
        (True, False),
        (False, False),
        (False, True),
    ]
    assert "lambda*" in plan[0]["alternatives"]


def test_english_words_meet_their_other_inflections(engine):
    [plan] = engine([["plan", "replicated"]])
    assert plan[0]["alternatives"] == ["replicated*"]  # the small index has no other form


# ------------------------------------------------------------------ ranking, per query class

SEARCHES = [
    # particles and endings
    ("particles", "버킷을", "storage/s3/#버킷"),
    ("particles", "버킷의 버전", "storage/s3/#버전-관리"),
    ("particles", "복제하는", "storage/s3/#복제"),
    ("particles", "인터넷 게이트웨이를", "networking/#인터넷-게이트웨이"),
    # compounds, and spacing both ways
    ("compounds", "영역", "cloud/#가용-영역"),
    ("compounds", "가용영역", "cloud/#가용-영역"),
    ("compounds", "가용 영역", "cloud/#가용-영역"),
    ("compounds", "보안 그룹", "networking/#보안-그룹"),
    ("compounds", "복제본", "databases/#읽기-전용-복제본"),
    # Hangul and Latin in one word
    ("mixed", "EC2인스턴스", "compute/ec2/#인스턴스-유형"),
    ("mixed", "VPC피어링을", "networking/#vpc-피어링"),
    ("mixed", "IAM역할", "security/#iam-역할"),
    ("mixed", "S3버킷", "storage/s3/#버킷"),
    # Korean and English names, glossary aliases
    ("names", "람다", "compute/serverless/#aws-lambda"),
    ("names", "오토스케일링", "availability/"),
    ("names", "ASG", "availability/#auto-scaling-그룹"),
    ("names", "NACL", "networking/#네트워크-acl"),
    ("names", "탄력적 IP", "compute/ec2/#탄력적-ip-주소"),
    ("names", "Elastic IP", "compute/ec2/#탄력적-ip-주소"),
    # typing in progress
    ("typing", "버", "storage/s3/#버킷"),
    ("typing", "벜", "storage/s3/#버킷"),
    ("typing", "읽기 전용 복젭", "databases/#읽기-전용-복제본"),
    ("typing", "게이트웨", "networking/#인터넷-게이트웨이"),
    ("typing", "버킷으", "storage/s3/#버킷"),
]


@pytest.fixture(scope="module")
def searched(engine):
    answers = engine([["search", query] for _, query, _ in SEARCHES])
    return dict(zip([query for _, query, _ in SEARCHES], answers, strict=True))


@pytest.mark.parametrize(("kind", "query", "location"), SEARCHES)
def test_the_right_section_comes_first(searched, kind, query, location):
    ranked = searched[query]["ranked"]
    assert ranked, f"{kind}: no result for {query!r}"
    assert ranked[0]["location"] == location, [r["location"] for r in ranked[:3]]


@pytest.mark.parametrize(
    ("query", "field", "marked"),
    [
        ("영역", "text", "<p>가용<mark>영역</mark>(AZ)은"),  # the part inside the compound
        ("버킷을", "text", "<mark>버킷</mark>은 객체를"),  # the word, not its particle
        ("가용 영역", "title", "<mark>가용</mark> <mark>영역</mark>"),
        ("IAM역할", "title", "<mark>IAM</mark> <mark>역할</mark>"),
        ("람다", "text", "<mark>Lambda</mark>는 서버 없이"),  # the alias found as written
    ],
)
def test_highlights_sit_on_the_matched_words(searched, query, field, marked):
    assert marked in searched[query]["ranked"][0][field]


def test_results_carry_no_artefacts(searched):
    """What the dialog shows is the page's own text with <mark>s added: no zero-width
    characters, no segmented words, nothing rewritten."""
    originals = {location: (title, text) for location, title, text in DOCS}
    for answer in searched.values():
        for group in answer["groups"]:
            for item in group:
                title, text = originals[item["location"]]
                shown = item["title"] + item["text"]
                assert not re.search("[\u200b\u200c\u200d\ufeff]", shown)
                assert re.sub(r"</?mark>", "", item["title"]) == title
                unmarked = re.sub(r"</?mark>", "", item["text"])
                for paragraph in re.findall(r"<p>.*?</p>", unmarked):
                    assert paragraph in text


def test_results_keep_materials_shape(searched):
    groups = searched["버킷을"]["groups"]
    # grouped by page, each group headed (if need be) by its page with score 0
    for group in groups:
        pages = {item["location"].split("#")[0] for item in group}
        assert len(pages) == 1
    assert any(item["location"] == "storage/s3/" and item["score"] == 0 for item in groups[0])
    first = searched["버킷을"]["ranked"][0]
    assert first["terms"] == {"버킷": True}  # Material's ?h= terms and "missing" list


def test_missing_words_are_reported_as_material_does(engine):
    [answer] = engine([["search", "버킷 냉장고"]])
    assert answer["ranked"][0]["terms"] == {"냉장고": False, "버킷": True}


def test_suggestions_complete_the_last_word(searched):
    assert searched["버"]["suggest"] == ["버킷"]
    assert searched["버킷을"]["suggest"] == []


def test_no_query_no_results(engine):
    assert engine([["search", ""], ["search", "  ... "]]) == [
        {"groups": [], "ranked": []},
        {"groups": [], "ranked": []},
    ]


# ------------------------------------------------------------------ highlighting and protocol


@pytest.mark.parametrize(
    ("text", "ranges", "full", "expected"),
    [
        ("가용 영역", [[0, 2], [3, 2]], True, "<mark>가용</mark> <mark>영역</mark>"),
        # overlapping and touching ranges become one mark
        ("가용영역", [[0, 2], [2, 2], [0, 4]], True, "<mark>가용영역</mark>"),
        # texts keep the first two paragraphs with a match, as Material does
        (
            "<p>a</p> <p>bx</p> <p>cx</p> <p>dx</p>",
            [[12, 1], [22, 1], [32, 1]],
            False,
            "<p><mark>b</mark>x</p><p><mark>c</mark>x</p>",
        ),
    ],
)
def test_mark(text, ranges, full, expected):
    assert run_node([["mark", text, ranges, full]]) == [expected]


def test_the_worker_speaks_materials_protocol(small_index):
    setup = {"type": 0, "data": {**small_index, "options": {"suggest": False}}}
    query = {"type": 2, "data": "버킷"}
    ready, result = run_node([["messages", [setup, query]]])[0]
    assert ready == {"type": 1}
    assert result["type"] == 3
    assert result["data"]["items"][0][0]["location"] == "storage/s3/#버킷"
    assert "suggest" not in result["data"]
