"""The question bank's checks (plugins/practice/model.py): each failure provoked, named by
file, line and id; the page placement; the text helpers; the real bank passes."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
import yaml

from plugins.practice.model import (
    SAA_C03_TASKS,
    PlacementError,
    check_sections,
    choose_phrase,
    insert_section,
    load_bank,
    load_tasks,
    plain_text,
    split_code,
)

pytestmark = pytest.mark.unit

ROOT = Path(__file__).resolve().parents[2]


def option(correct=False, n=1, **sides):
    entry = {
        "ko": {"text": f"보기 {n}", "explanation": f"해설 {n}"},
        "en": {"text": f"Option {n}", "explanation": f"Why {n}"},
    }
    entry.update(sides)
    if correct:
        entry["correct"] = True
    return entry


def single(qid="q-test-one", key=2, **changes):
    entry = {
        "id": qid,
        "type": "single",
        "task": "4.1",
        "section": {"page": "storage/s3", "ko": "스토리지-클래스", "en": "storage-classes"},
        "source": {
            "ko": "https://docs.aws.amazon.com/ko_kr/AmazonS3/latest/userguide/Welcome.html",
            "en": "https://docs.aws.amazon.com/AmazonS3/latest/userguide/Welcome.html",
        },
        "stem": {
            "ko": "가장 비용 효율적인 방법은 무엇입니까?",
            "en": "What is the MOST cost-effective?",
        },
        "options": [option(n == key, n) for n in range(1, 5)],
    }
    entry.update(changes)
    return entry


def multiple(qid="q-test-many", keys=(1, 3), **changes):
    entry = single(qid)
    entry["type"] = "multiple"
    entry["stem"] = {"ko": "어떤 조치입니까? (두 개 선택)", "en": "Which actions? (Choose two.)"}
    entry["options"] = [option(n in keys, n) for n in range(1, 6)]
    entry.update(changes)
    return entry


def bank(tmp_path, *entries, name="bank.yml"):
    path = tmp_path / "questions" / name
    path.parent.mkdir(exist_ok=True)
    path.write_text(yaml.safe_dump(list(entries), allow_unicode=True), encoding="utf-8")
    return load_bank(sorted(path.parent.glob("*.yml")), SAA_C03_TASKS, tmp_path)


def messages(problems) -> list[str]:
    return [str(p) for p in problems]


def only_problem(tmp_path, *entries) -> str:
    _questions, problems = bank(tmp_path, *entries)
    assert len(problems) == 1, messages(problems)
    return str(problems[0])


def test_a_good_bank_loads(tmp_path):
    questions, problems = bank(tmp_path, single(), multiple())
    assert problems == []
    one, many = questions
    assert (one.id, one.domain, one.correct_positions) == ("q-test-one", "cost", (2,))
    assert many.correct_positions == (1, 3)
    assert one.section.src_uri == "storage/s3/index.md"
    assert one.where == "questions/bank.yml:1"


def test_a_missing_translation_names_file_line_and_id(tmp_path):
    entry = single()
    del entry["stem"]["en"]
    message = only_problem(tmp_path, entry)
    assert message.startswith("questions/bank.yml:")
    assert "question 'q-test-one'" in message and "missing translation" in message
    assert "'stem' has no 'en'" in message


def test_a_missing_option_text_in_one_language(tmp_path):
    entry = single()
    del entry["options"][2]["ko"]
    assert "missing translation: option 3 has no 'ko'" in only_problem(tmp_path, entry)


def test_a_missing_section_anchor_in_one_language(tmp_path):
    entry = single()
    del entry["section"]["ko"]
    assert "'section' has no 'ko' anchor" in only_problem(tmp_path, entry)


def test_an_option_without_an_explanation(tmp_path):
    entry = single()
    entry["options"][1]["en"]["explanation"] = ""
    message = only_problem(tmp_path, entry)
    assert "q-test-one" in message and "option 2 has no explanation in 'en'" in message


@pytest.mark.parametrize(("keys", "expected"), [((), "this one has 0"), ((1, 2), "this one has 2")])
def test_a_single_answer_question_has_exactly_one_key(tmp_path, keys, expected):
    entry = single()
    entry["options"] = [option(n in keys, n) for n in range(1, 5)]
    message = only_problem(tmp_path, entry)
    assert "a single-answer question has 1 correct option" in message and expected in message


def test_a_single_answer_question_has_four_options(tmp_path):
    entry = single()
    entry["options"].append(option(False, 5))
    assert "has 4 options, this one has 5" in only_problem(tmp_path, entry)


def test_a_multiple_response_question_has_two_or_more_keys(tmp_path):
    entry = multiple(keys=(2,))
    message = only_problem(tmp_path, entry)
    assert "q-test-many" in message and "2 or more correct options" in message


def test_a_multiple_response_question_has_five_or_more_options(tmp_path):
    entry = multiple()
    entry["options"] = entry["options"][:4]
    assert "5 or more options, this one has 4" in only_problem(tmp_path, entry)


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_a_multiple_response_stem_says_how_many(tmp_path, lang):
    entry = multiple()
    entry["stem"][lang] = "Which actions?"
    message = only_problem(tmp_path, entry)
    assert f"the {lang} stem must say how many to choose: '{choose_phrase(lang, 2)}'" in message


def test_the_count_in_the_stem_must_match_the_keys(tmp_path):
    entry = multiple(keys=(1, 2, 3))
    _questions, problems = bank(tmp_path, entry)
    assert any("(세 개 선택)" in p for p in messages(problems))
    assert any("(Choose three.)" in p for p in messages(problems))


def test_an_unknown_task_statement(tmp_path):
    message = only_problem(tmp_path, single(task="5.1"))
    assert "q-test-one" in message and "unknown task statement '5.1'" in message


def test_a_duplicate_id_names_both_places(tmp_path):
    _questions, problems = bank(tmp_path, single(), single(key=3))
    (message,) = messages(problems)
    assert "duplicate question id 'q-test-one' (first at questions/bank.yml:1)" in message


def test_a_duplicate_id_across_files(tmp_path):
    bank(tmp_path, single(), name="a.yml")
    _questions, problems = bank(tmp_path, single(key=3), name="b.yml")
    assert any("questions/b.yml" in p and "duplicate" in p for p in messages(problems))


def test_more_than_40_percent_of_keys_on_one_position(tmp_path):
    keys = [1, 1, 1, 2, 3]  # 60% on A
    entries = [single(f"q-test-{n}", key) for n, key in enumerate(keys)]
    _questions, problems = bank(tmp_path, *entries)
    (message,) = messages(problems)
    assert "3 of 5 single-answer keys (60%) are option A" in message
    assert "q-test-0, q-test-1, q-test-2" in message


def test_40_percent_on_one_position_is_allowed(tmp_path):
    keys = [1, 1, 2, 3, 4]
    _questions, problems = bank(tmp_path, *[single(f"q-test-{n}", k) for n, k in enumerate(keys)])
    assert problems == []


def test_a_bad_id_type_and_source(tmp_path):
    entry = single(qid="Test One", type="choice")
    entry["source"]["en"] = entry["source"]["ko"]
    _questions, problems = bank(tmp_path, entry)
    text = "\n".join(messages(problems))
    assert "the id must be 'q-'" in text
    assert "type must be 'single' or 'multiple'" in text
    assert "source.en must be an AWS documentation page" in text


def test_an_unknown_key_is_named(tmp_path):
    entry = single()
    entry["answer"] = "B"
    assert "unknown key 'answer' in the question" in only_problem(tmp_path, entry)


def test_invalid_yaml_names_its_line(tmp_path):
    path = tmp_path / "questions" / "broken.yml"
    path.parent.mkdir()
    path.write_text("- id: q-x\n  stem: {ko: a: b}\n", encoding="utf-8")
    _questions, problems = load_bank([path], SAA_C03_TASKS, tmp_path)
    assert messages(problems)[0].startswith("questions/broken.yml:2: not valid YAML")


def test_sections_are_checked_against_the_built_pages_anchors(tmp_path):
    questions, _ = bank(tmp_path, single())
    anchors = {"storage/s3": {"storage-classes", "lifecycle-rules"}}
    assert check_sections(questions, "en", anchors) == []
    (problem,) = check_sections(questions, "ko", anchors)
    assert str(problem) == (
        "questions/bank.yml:1: question 'q-test-one': the ko page 'storage/s3' has no section "
        "'#스토리지-클래스'"
    )
    (problem,) = check_sections(questions, "en", {})
    assert "section page 'storage/s3' is not a page of the en site" in str(problem)


def test_tasks_come_from_the_exam_guide_map_when_present(tmp_path):
    assert load_tasks(tmp_path / "none.yml") == SAA_C03_TASKS
    assert load_tasks(ROOT / "exam-guide" / "saa-c03.yml") == SAA_C03_TASKS


PAGE = """# S3

## 스토리지 클래스

```markdown
## 시험에서는
```

## 시험에서는

- 요점

## 더 읽을거리

- 링크
"""


def test_the_section_goes_between_the_exam_angle_and_the_references():
    placed = insert_section(PAGE, "## 확인 문제\n\n<div></div>\n", "시험에서는", ["더 읽을거리"])
    headings = [line for line in placed.split("\n") if line.startswith("## ")]
    assert headings == [
        "## 스토리지 클래스",
        "## 시험에서는",
        "## 시험에서는",
        "## 확인 문제",
        "## 더 읽을거리",
    ]
    assert placed.index("- 요점") < placed.index("## 확인 문제") < placed.index("## 더 읽을거리")


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            PAGE.replace("## 시험에서는\n\n- 요점", "## 요약\n\n- 요점"),
            "no '## 시험에서는' section",
        ),
        (PAGE.replace("## 더 읽을거리", "## 링크"), "must be followed by the references section"),
        (
            PAGE.replace("- 요점\n", "- 요점\n\n## 덧붙임\n"),
            r"must be followed by the references section \('## 더 읽을거리'\)",
        ),
    ],
)
def test_a_page_without_its_ending_cannot_take_questions(page, expected):
    with pytest.raises(PlacementError, match=expected):
        insert_section(page, "## 확인 문제\n", "시험에서는", ["더 읽을거리"])


def test_inline_code_is_kept_as_its_words():
    assert plain_text("Set `maxReceiveCount` on the `source` queue") == (
        "Set maxReceiveCount on the source queue"
    )
    assert split_code("a `b` c") == [("a ", False), ("b", True), (" c", False)]


def test_the_real_bank_passes_and_is_balanced():
    files = sorted((ROOT / "questions").glob("*.yml"))
    questions, problems = load_bank(files, SAA_C03_TASKS, ROOT)
    assert problems == [], messages(problems)
    assert len(questions) >= 20
    by_page = {}
    for question in questions:
        by_page.setdefault(question.section.page, []).append(question)
    assert len(by_page) >= 4
    for page, page_questions in by_page.items():
        assert len(page_questions) >= 5, page
        assert any(q.type == "multiple" for q in page_questions), page
    assert {q.domain for q in questions} == {"secure", "resilient", "performance", "cost"}


def test_loading_does_not_change_the_entries(tmp_path):
    entry = single()
    before = copy.deepcopy(entry)
    bank(tmp_path, entry)
    assert entry == before


def test_the_command_line_check(tmp_path, capsys):
    from plugins.practice.__main__ import main

    bank(tmp_path, single())
    assert main(["--questions", str(tmp_path / "questions")]) == 0
    assert "1 questions in 1 files, no problems" in capsys.readouterr().out
    broken = single()
    broken["task"] = "9.9"
    bank(tmp_path, broken)
    assert main(["--questions", str(tmp_path / "questions")]) == 1
    assert "unknown task statement '9.9'" in capsys.readouterr().err


def test_a_comment_that_would_cut_an_unquoted_value_is_refused(tmp_path):
    folder = tmp_path / "questions"
    folder.mkdir()
    entry = yaml.safe_dump([single("q-cut")], allow_unicode=True)
    entry = entry.replace("text: Option 1", "text: Encrypt through PKCS #11 first", 1)
    (folder / "cut.yml").write_text(entry, encoding="utf-8")
    line = next(n for n, text in enumerate(entry.splitlines(), 1) if "PKCS" in text)
    _, problems = load_bank(sorted(folder.glob("*.yml")), SAA_C03_TASKS, tmp_path)
    assert messages(problems) == [
        f"questions/cut.yml:{line}: ' #' in an unquoted value starts a YAML comment and cuts "
        "the text: quote the value"
    ]
    quoted = entry.replace(
        "text: Encrypt through PKCS #11 first", "text: 'Encrypt through PKCS #11'"
    )
    (folder / "cut.yml").write_text(quoted, encoding="utf-8")
    assert load_bank(sorted(folder.glob("*.yml")), SAA_C03_TASKS, tmp_path)[1] == []
