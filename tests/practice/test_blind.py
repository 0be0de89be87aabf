"""The blind check (plugins/practice/blind.py): the sheet shows no key, explanation, section
or source; answers are read strictly, and every disagreement with a key is reported."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from plugins.practice.__main__ import main
from plugins.practice.blind import answer_sheet, grade, grade_report, read_answers
from plugins.practice.model import SAA_C03_TASKS, load_bank

from .test_model import multiple, single

pytestmark = pytest.mark.unit


@pytest.fixture
def bank_dir(tmp_path) -> Path:
    folder = tmp_path / "questions"
    folder.mkdir()
    entries = [single("q-one", key=2), multiple("q-two", keys=(1, 3))]
    (folder / "bank.yml").write_text(yaml.safe_dump(entries, allow_unicode=True), "utf-8")
    return folder


@pytest.fixture
def questions(bank_dir):
    questions, problems = load_bank(sorted(bank_dir.glob("*.yml")), SAA_C03_TASKS)
    assert problems == []
    return questions


def test_the_sheet_shows_the_question_and_nothing_that_gives_the_answer_away(questions):
    sheet = answer_sheet(questions, "en")
    assert "## q-one\n\nChoose 1.\n\nWhat is the MOST cost-effective?\n\nA. Option 1\n" in sheet
    assert "## q-two\n\nChoose 2." in sheet and "E. Option 5" in sheet
    for giveaway in ("Why", "correct", "storage-classes", "docs.aws.amazon.com", "4.1"):
        assert giveaway not in sheet
    assert "가장 비용 효율적인" in answer_sheet(questions, "ko")


def test_answers_agreeing_and_disputed(questions):
    answers, problems = read_answers("q-one: b\nq-two: C, A  # both protect the data\n")
    assert problems == []
    assert grade(questions, answers).disputed == ()
    answers, _ = read_answers("q-one: D # the cheaper one\n")
    result = grade(questions, answers)
    assert result.unanswered == ("q-two",)
    report = grade_report(result)
    assert report.splitlines()[0] == "1 answered: 0 agree with the key, 1 disputed; 1 unanswered"
    assert "question 'q-one': the reader chose D, the key is B (the cheaper one)" in report


def test_malformed_and_repeated_answer_lines_name_their_line():
    _, problems = read_answers("q-one: B\n\nq-one: C\nq-two B\n", "a.txt")
    assert [str(p) for p in problems] == [
        "a.txt:3: 'q-one' answered twice",
        "a.txt:4: expected '<question id>: <letters>', got 'q-two B'",
    ]


def test_an_answer_for_a_question_not_in_the_bank(questions):
    answers, _ = read_answers("q-nowhere: A\n")
    assert "answered but not in the bank: 'q-nowhere'" in grade_report(grade(questions, answers))


def test_the_command_line(bank_dir, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    guide = tmp_path / "none.yml"
    assert main(["--questions", str(bank_dir), "--exam-guide", str(guide), "--blind"]) == 0
    assert "## q-two" in capsys.readouterr().out
    answers = tmp_path / "answers.txt"
    answers.write_text("q-one: B\nq-two: A, B\n", encoding="utf-8")
    args = ["--questions", str(bank_dir), "--exam-guide", str(guide), "--grade", str(answers)]
    assert main(args) == 0
    assert "2 answered: 1 agree with the key, 1 disputed" in capsys.readouterr().out
