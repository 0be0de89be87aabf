"""What the practice plugin writes (plugins/practice/render.py): the section's Markdown,
practice.json and the Anki deck."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from plugins.practice.model import SAA_C03_TASKS, load_bank
from plugins.practice.render import (
    export_json,
    note_guid,
    practice_deck,
    section_context,
    section_markdown,
)

pytestmark = pytest.mark.unit

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def questions():
    found, problems = load_bank(sorted((ROOT / "questions").glob("*.yml")), SAA_C03_TASKS, ROOT)
    assert problems == []
    return found


def by_id(questions, question_id):
    return next(q for q in questions if q.id == question_id)


def test_json_has_the_documented_fields_and_keeps_inline_code_as_text(questions):
    data = export_json(
        questions, "en", lambda q: f"/en/{q.section.page}/#{q.section.anchors['en']}"
    )
    assert len(data) == len(questions)
    entry = next(e for e in data if e["id"] == "q-iam-vendor-external-id")
    assert list(entry) == ["id", "task", "domain", "type", "stem", "options", "page", "source"]
    assert (entry["task"], entry["domain"], entry["type"]) == ("1.1", "secure", "single")
    assert entry["page"] == (
        "/en/security/iam/#reaching-several-accounts-cross-account-roles-and-switching-roles"
    )
    assert entry["source"].startswith("https://docs.aws.amazon.com/IAM/")
    assert [list(o) for o in entry["options"]] == [["text", "correct", "explanation"]] * 4
    key = [o for o in entry["options"] if o["correct"]]
    assert len(key) == 1
    # `sts:ExternalId` keeps its words, without the backticks.
    assert "The `sts:ExternalId` condition" not in key[0]["explanation"]
    assert "the sts:ExternalId condition" in key[0]["explanation"]


def test_multiple_response_questions_say_so(questions):
    data = export_json(questions, "ko", lambda q: "")
    many = [e for e in data if e["type"] == "multiple"]
    assert len(many) >= 4
    assert all("(두 개 선택)" in e["stem"] for e in many)


def test_the_deck_has_one_note_per_question_with_a_guid_from_its_id(questions):
    deck = practice_deck(questions, "en", lambda q: "https://example.com/")
    headers = [line for line in deck.splitlines() if line.startswith("#")]
    assert "#guid column:1" in headers and "#tags column:4" in headers
    assert "#deck:AWS SAA-C03::Check yourself" in headers
    rows = list(
        csv.reader(
            io.StringIO("\n".join(x for x in deck.splitlines() if not x.startswith("#"))),
            delimiter="\t",
        )
    )
    assert [row[0] for row in rows] == [note_guid(q.id, "en") for q in questions]
    guid, front, back, tags = rows[0]
    assert guid == f"aws-saa-en-{questions[0].id}"
    assert "<li>A. " in front and "Answer: " in back
    assert tags.startswith("saa-c03 practice domain::")
    # Korean and English notes never share an id: each language is its own deck.
    assert note_guid("q-x", "ko") != note_guid("q-x", "en")


def test_the_deck_keeps_inline_code_as_code(questions):
    deck = practice_deck([by_id(questions, "q-sqs-poison-messages")], "ko", lambda q: "")
    assert "<code>maxReceiveCount</code>" in deck


def test_the_section_heading_is_left_out_of_search(questions):
    markdown = section_markdown("ko", "<div>\n\n<p>x</p>\n</div>")
    assert markdown.startswith("## 확인 문제 {: #확인-문제 data-search-exclude }\n\n")
    # One raw HTML block: no blank line inside it.
    assert "\n\n<p>" not in markdown


def test_the_section_context(questions):
    page = [q for q in questions if q.section.page == "storage/s3"]
    context = section_context(page, "en", "ko", other_json="../../practice.json", script="x.js")
    first = context["questions"][0]
    assert first["number"] == "Question 1"
    assert first["input"] == "radio" and first["count"] == 1
    many = next(q for q in context["questions"] if q["type"] == "multiple")
    assert many["input"] == "checkbox" and many["correct"] == "2 4"
    assert many["choose"] == "Choose 2, then check your answer."
