"""Build-time segmentation: kiwipiepy's analyses where the particle rules fall short."""

from __future__ import annotations

import json

import pytest

from plugins.search import segment
from plugins.search.segment import Morpheme, RunAnalysis

pytestmark = pytest.mark.unit


def m(form: str, tag: str, start: int, length: int | None = None) -> Morpheme:
    return Morpheme(form, tag, start, len(form) if length is None else length)


@pytest.mark.parametrize(
    ("run", "morphemes", "expected"),
    [
        # noun + particle: the stem only
        ("버킷을", [m("버킷", "NNG", 0), m("을", "JKO", 2)], RunAnalysis(2)),
        # noun + light verb + ending (복제하는 → 복제)
        ("복제하는", [m("복제", "NNG", 0), m("하", "XSV", 2), m("는", "ETM", 3)], RunAnalysis(2)),
        # compound: stem and both parts
        (
            "가용영역을",
            [m("가용", "NNG", 0), m("영역", "NNG", 2), m("을", "JKO", 4)],
            RunAnalysis(4, ((0, 2), (2, 2))),
        ),
        # a noun ending in a particle-like syllable stays whole (not 게이트웨 + 이)
        ("게이트웨이", [m("게이트웨이", "NNG", 0)], RunAnalysis(5)),
        # the plural suffix goes with the particles
        (
            "인스턴스들을",
            [m("인스턴스", "NNP", 0), m("들", "XSN", 4), m("을", "JKO", 5)],
            RunAnalysis(4),
        ),
        # other noun suffixes stay in the stem; one-syllable parts are not tokens
        (
            "내결함성을",
            [
                m("나", "NP", 0, 1),
                m("의", "JKG", 0, 1),
                m("결함", "NNG", 1),
                m("성", "XSN", 3),
                m("을", "JKO", 4),
            ],
            RunAnalysis(4, ((1, 2),)),
        ),
        # an irregular verb's form is not its surface: no part, stem kept whole
        ("늘려", [m("늘리", "VV", 0, 2), m("어", "EC", 1)], RunAnalysis(2)),
        # a one-syllable stem keeps the whole run, as the rules do
        ("읽기", [m("읽", "VV", 0), m("기", "ETN", 1)], RunAnalysis(2)),
        # verb tags with kiwipiepy's -R/-I suffix
        ("높이는", [m("높이", "VV-R", 0), m("는", "ETM", 2)], RunAnalysis(2)),
    ],
)
def test_analyse_run(run, morphemes, expected):
    assert segment.analyse_run(run, morphemes) == expected


@pytest.mark.parametrize(
    ("run", "attached", "expected"),
    [
        ("버킷을", False, RunAnalysis(2)),
        ("게이트웨이", False, RunAnalysis(4)),  # the rules get this one wrong
        ("를", True, RunAnalysis(0)),  # the 를 of EC2를
        ("에서도", True, RunAnalysis(0)),
        ("버킷에", True, RunAnalysis(2)),  # the 버킷에 of S3버킷에
        ("서버", False, RunAnalysis(2)),
    ],
)
def test_rule_analysis_mirrors_korean_py(run, attached, expected):
    assert segment.rule_analysis(run, attached) == expected


def test_plain_text_drops_markup_and_collapses_spaces():
    text = "<p>버킷을 &amp; <code>S3</code>  객체</p>\n<ul><li>가용영역</li></ul>"
    assert segment.plain_text(text) == "버킷을 S3 객체 가용영역"


def test_hangul_runs_know_when_a_run_follows_latin():
    assert segment.hangul_runs("EC2를 S3버킷에 가용 영역") == [
        (3, 4, True),
        (7, 10, True),
        (11, 13, False),
        (14, 16, False),
    ]


def test_analyse_text_keeps_word_initial_runs_only():
    text = "S3버킷에 가용영역을"
    morphemes = [
        m("S", "SL", 0),
        m("3", "SN", 1),
        m("버킷", "NNG", 2),
        m("에", "JKB", 4),
        m("가용", "NNG", 6),
        m("영역", "NNG", 8),
        m("을", "JKO", 10),
    ]
    assert segment.analyse_text(text, morphemes) == [
        ("가용영역을", RunAnalysis(4, ((0, 2), (2, 2))))
    ]


def test_exceptions_keep_only_what_differs_from_the_rules_by_majority():
    found = [
        ("버킷을", RunAnalysis(2)),  # same as the rules: left out
        ("게이트웨이", RunAnalysis(5)),
        ("게이트웨이", RunAnalysis(5)),
        ("게이트웨이", RunAnalysis(4)),
        ("가용영역", RunAnalysis(4, ((0, 2), (2, 2)))),
    ]
    assert segment.exceptions(found) == {"가용영역": [4, 0, 2, 2, 2], "게이트웨이": [5]}


def test_segment_texts_uses_the_cache_and_the_analyser_only_for_new_texts(tmp_path):
    calls = []

    def analyser(texts):
        calls.append(list(texts))
        return [[m("가용", "NNG", 0), m("영역", "NNG", 2), m("은", "JX", 4)] for _ in texts]

    cache_file = tmp_path / "cache" / "segments-ko.json"
    texts = ["<p>가용영역은</p>", "English only"]
    first = segment.segment_texts(texts, analyser, segment.SegmentCache(cache_file))
    second = segment.segment_texts(texts, analyser, segment.SegmentCache(cache_file))
    assert first == second == {"가용영역은": [4, 0, 2, 2, 2]}
    assert calls == [["가용영역은"]]  # English-only text is not analysed; the rerun is cached
    assert (cache_file.parent / ".gitignore").read_text() == "*\n"
    assert len(json.loads(cache_file.read_text())) == 1


def test_a_changed_analysis_version_misses_the_cache(tmp_path, monkeypatch):
    cache_file = tmp_path / "segments-ko.json"
    cache = segment.SegmentCache(cache_file)
    cache.put("가용영역", [("가용영역", RunAnalysis(4))])
    cache.save()
    monkeypatch.setattr(segment, "ANALYSIS_VERSION", segment.ANALYSIS_VERSION + 1)
    assert segment.SegmentCache(cache_file).get("가용영역") is None


@pytest.fixture(scope="module")
def kiwi():
    pytest.importorskip("kiwipiepy")
    return segment.kiwi_analyser()


@pytest.mark.parametrize(
    ("text", "run", "expected"),
    [
        ("가용영역을 두 개 이상 씁니다", "가용영역을", [4, 0, 2, 2, 2]),
        ("인터넷 게이트웨이로 나갑니다", "게이트웨이로", [5]),
        ("읽기 전용 복제본은 비동기로 복제합니다", "복제본은", [3, 0, 2]),
    ],
)
def test_kiwipiepy_analyses_reach_the_table(kiwi, text, run, expected):
    assert segment.segment_texts([text], kiwi)[run] == expected


@pytest.mark.parametrize("word", ["버킷을", "복제하는", "서브넷에서"])
def test_kiwipiepy_agrees_with_the_rules_on_plain_particles(kiwi, word):
    assert word not in segment.segment_texts([f"{word} 있습니다"], kiwi)
