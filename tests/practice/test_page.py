"""The practice page's pure part (plugins/practice/page.py): its words in both languages, the
exam's outline from the exam guide (or SAA-C03's own weights without one), and the template
context the script reads."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from plugins.practice import page
from plugins.practice.render import section_context

pytestmark = pytest.mark.unit

ROOT = Path(__file__).resolve().parents[2]
FIXTURE_GUIDE = ROOT / "tests" / "fixtures" / "exam-guide.yml"


def test_both_languages_have_the_same_words():
    assert set(page.LABELS["ko"]) == set(page.LABELS["en"])
    for lang, labels in page.LABELS.items():
        for key, text in labels.items():
            assert text.strip(), (lang, key)


def test_the_placeholders_match_between_languages():
    def fields(text: str) -> set[str]:
        return set(re.findall(r"\{(\w+)\}", text))

    for key in page.LABELS["ko"]:
        assert fields(page.LABELS["ko"][key]) == fields(page.LABELS["en"][key]), key


def test_korean_sentences_are_in_the_formal_register():
    # 합쇼체 (-ㅂ니다/-습니다/-십시오): no sentence ends in the plain -다 or the polite -요.
    formal = 0
    for key, text in page.LABELS["ko"].items():
        for sentence in re.split(r"(?<=[.?])\s+", text):
            ending = sentence.rstrip(".?").rstrip(")").strip()
            assert not re.search(r"([^니]다|요)$", ending), (key, sentence)
            formal += bool(re.search(r"(니다|십시오)$", ending))
    assert formal >= 30, formal


def test_the_exam_facts_the_page_states():
    assert page.EXAM == {
        "code": "SAA-C03",
        "questions": 65,
        "minutes": 130,
        "extra_minutes": 30,
        "pass": 720,
    }
    for lang in ("ko", "en"):
        text = page.LABELS[lang]
        assert "720" in text["scaled_note"] and "1,000" in text["scaled_note"]
        assert "160" in text["timer_extra"] and "30" in text["timer_extra"]


def test_the_outline_comes_from_the_exam_guide():
    outline = page.load_outline(FIXTURE_GUIDE)
    assert [(d.id, d.weight) for d in outline] == [
        ("secure", 30),
        ("resilient", 26),
        ("performance", 24),
        ("cost", 20),
    ]
    assert outline[0].tasks[0].id == "1.1"
    assert outline[0].tasks[0].title["en"] == "Design secure access to AWS resources"


def test_without_a_guide_the_outline_is_saa_c03s_weights(tmp_path):
    outline = page.load_outline(tmp_path / "missing.yml")
    assert [(d.id, d.number, d.weight) for d in outline] == [
        ("secure", 1, 30),
        ("resilient", 2, 26),
        ("performance", 3, 24),
        ("cost", 4, 20),
    ]
    assert [t.id for t in outline[3].tasks] == ["4.1", "4.2", "4.3", "4.4"]
    assert outline[1].title == {"ko": "도메인 2", "en": "Domain 2"}


def test_the_context_holds_what_the_script_reads():
    outline = page.load_outline(FIXTURE_GUIDE)
    context = page.page_context(
        "ko",
        "en",
        outline,
        [("/storage/s3/", "Amazon S3")],
        count=20,
        own_json="../practice.json",
        other_json="../en/practice.json",
        scripts=["../assets/trainer.1.js", "../assets/practice-page.2.js"],
        guide_href="../exam-guide/",
    )
    assert context["intro"].startswith("문제 은행의 문제 20개를")
    assert "10개까지" in context["review_intro"]
    data = context["data"]
    assert (data["json"], data["otherJson"]) == ("../practice.json", "../en/practice.json")
    assert data["storageKey"] == "practice:SAA-C03"  # one key, whichever the language
    assert data["domains"][0]["label"] == "도메인 1: 보안 아키텍처 설계"
    assert {"id": "2.1", "domain": "resilient"}.items() <= data["tasks"][3].items()
    assert data["labels"] is page.LABELS["ko"]
    assert context["pages"] == [{"path": "/storage/s3/", "title": "Amazon S3"}]
    assert page.headings("en") == [
        ("exam-mode", "Exam mode"),
        ("study-mode", "Study mode"),
        ("review-mode", "Review mode"),
        ("progress", "Your progress"),
    ]


def test_the_page_markdown_is_its_title_and_description():
    markdown = page.page_markdown("en")
    assert markdown.startswith("---\ndescription: Practise SAA-C03 questions")
    assert markdown.rstrip().endswith("# Practice questions")


def test_a_pages_section_links_the_practice_page_when_there_is_one():
    with_page = section_context([], "ko", "en", other_json="x", script="y", practice_href="../p/")
    assert with_page["practice_href"] == "../p/"
    assert section_context([], "ko", "en", other_json="x", script="y")["practice_href"] is None
