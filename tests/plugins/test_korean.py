"""plugins/korean.py: particles, word boundaries and initial consonants."""

from __future__ import annotations

import pytest

from plugins import korean

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("suffix", "expected"),
    [
        ("", True),
        ("를", True),
        ("에서", True),
        ("에서는", True),
        ("별로", True),
        ("들이", True),
        ("으로도", True),
        ("입니다", True),
        ("하면", True),
        ("된", True),
        ("팅", False),  # 서브넷팅
        ("트", False),  # 리전트
        ("화요일", False),
        ("버킷", False),
    ],
)
def test_is_particle_suffix(suffix, expected):
    assert korean.is_particle_suffix(suffix) is expected


@pytest.mark.parametrize(
    ("word", "stem", "particles"),
    [
        ("EC2를", "EC2", "를"),
        ("S3에서", "S3", "에서"),
        ("VPC와", "VPC", "와"),
        ("그룹은", "그룹", "은"),
        ("리전에서는", "리전", "에서는"),
        ("리전별로", "리전", "별로"),
        ("인스턴스들이", "인스턴스", "들이"),
        ("확장하면", "확장", "하면"),
        ("속도", "속도", ""),  # two-syllable nouns ending like a particle stay whole
        ("평가", "평가", ""),
        ("데이터", "데이터", ""),
        ("S3", "S3", ""),
        ("", "", ""),
    ],
)
def test_split_particles(word, stem, particles):
    assert korean.split_particles(word) == (stem, particles)
    assert korean.strip_particles(word) == stem


def test_min_stem_one_strips_single_syllable_nouns():
    assert korean.strip_particles("값이", min_stem=1) == "값"
    assert korean.strip_particles("값이") == "값이"


@pytest.mark.parametrize(
    ("text", "pos", "term", "end"),
    [
        ("EC2를 시작합니다", 0, "EC2", 3),
        ("S3에서 읽습니다", 0, "S3", 2),
        ("VPC와 서브넷", 0, "VPC", 3),
        ("보안 그룹은 상태 저장", 0, "보안 그룹", 5),
        ("보안그룹은 상태 저장", 0, "보안 그룹", 4),  # a space in the term is optional
        ("보안\n그룹을", 0, "보안 그룹", 5),  # and matches a soft line break
        ("Amazon S3.", 0, "Amazon S3", 9),
        ("(EC2)", 1, "EC2", 4),
        ("ECSx", 0, "ECS", None),  # inside a longer Latin word
        ("S3A", 0, "S3", None),
        ("EC2-Classic", 0, "EC2", None),
        ("xECS", 1, "ECS", None),
        ("non-ECS", 4, "ECS", None),
        ("서브넷팅", 0, "서브넷", None),  # Hangul that is not a particle
        ("비보안 그룹", 1, "보안 그룹", None),  # starts inside a Hangul word
        ("아마존S3를", 3, "S3", 5),  # Hangul before a Latin term is fine
        ("S3 버킷", 0, "S3버킷", None),  # spaces in the text must be in the term
        ("EC2/EBS", 0, "EC2", 3),
        ("ec2", 0, "EC2", None),
    ],
)
def test_match_term_at(text, pos, term, end):
    assert korean.match_term_at(text, pos, term) == end


def test_match_term_at_ignore_case():
    assert korean.match_term_at("Subnets", 0, "subnet", ignore_case=True) is None
    assert korean.match_term_at("Subnet 하나", 0, "subnet", ignore_case=True) == 6
    assert korean.match_term_at("Subnet", 0, "subnet") is None


@pytest.mark.parametrize(
    ("ch", "initial"),
    [
        ("가", "ㄱ"),
        ("까", "ㄲ"),
        ("나", "ㄴ"),
        ("힣", "ㅎ"),
        ("보", "ㅂ"),
        ("ㄷ", "ㄷ"),
        ("A", None),
    ],
)
def test_initial_consonant(ch, initial):
    assert korean.initial_consonant(ch) == initial


@pytest.mark.parametrize(
    ("word", "letter"),
    [
        ("가용 영역", "ㄱ"),
        ("까다로운", "ㄱ"),  # tense consonants file under the plain one
        ("떡", "ㄷ"),
        ("리전", "ㄹ"),
        ("엣지 로케이션", "ㅇ"),
        ("하이퍼바이저", "ㅎ"),
        ("Amazon S3", "A"),
        ("elasticity", "E"),
        ("3티어", "#"),
        ("", "#"),
    ],
)
def test_index_letter(word, letter):
    assert korean.index_letter(word) == letter


def test_decompose_and_initials():
    assert korean.decompose("한") == ("ㅎ", "ㅏ", "ㄴ")
    assert korean.decompose("a") is None
    assert korean.initials("보안 그룹") == "ㅂㅇ ㄱㄹ"


def test_hangul_classes():
    assert korean.is_hangul("가") and korean.is_hangul("ㄱ")
    assert not korean.is_hangul("A")
    assert korean.is_latin_alnum("A") and korean.is_latin_alnum("7")
    assert not korean.is_latin_alnum("가") and not korean.is_latin_alnum("é")


def test_the_hangul_expression_matches_what_is_hangul_accepts():
    # Every code point from Latin-1 to the end of the Hangul blocks, both ways.
    for code in range(0x00C0, 0xE000):
        ch = chr(code)
        assert bool(korean.HANGUL_RUN.fullmatch(ch)) == korean.is_hangul(ch), hex(code)
    assert korean.HANGUL_RUN.findall("EC2를 보안 그룹에") == ["를", "보안", "그룹에"]
