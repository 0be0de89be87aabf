"""The practice page (/practice/, /en/practice/) as a reader uses it in Chromium, on the real
site: a short exam to its score and review in each language, a reload in the middle of an
exam, review mode bringing back a wrong answer, progress exported, cleared and imported
(shared by both languages), a run with the keyboard only, a phone's width, and nothing
fetched before a mode starts or from outside the site (the page fixture fails on any request
off 127.0.0.1). No test names a question: keys are read from the page's own practice.json, so
the tests hold for any bank."""

from __future__ import annotations

import json
import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

PAGES = {"ko": "practice/", "en": "en/practice/"}
TEXT = {
    "ko": {
        "start": "시험 시작",
        "next": "다음 문제",
        "to_submit": "제출 전 확인",
        "submit": "시험 제출",
        "study": "학습 시작",
        "review": "복습 시작",
        "leave": "모드 선택으로 돌아가기",
        "mark": "검토 표시",
        "right": "정답입니다.",
        "wrong": "오답입니다.",
        "other": "English로 보기",
        "question": "문제 {n}/{total}",
        "score": "{total}문제 가운데 {right}문제 정답({percent}%)",
        "export": "진도 내보내기(JSON)",
        "reset": "진도 모두 지우기",
        "seen": "답한 문제 {n}개",
    },
    "en": {
        "start": "Start the exam",
        "next": "Next question",
        "to_submit": "Review and submit",
        "submit": "Submit the exam",
        "study": "Start studying",
        "review": "Start reviewing",
        "leave": "Back to the modes",
        "mark": "Mark for review",
        "right": "Correct.",
        "wrong": "Incorrect.",
        "other": "Show in Korean",
        "question": "Question {n} of {total}",
        "score": "{right} of {total} right ({percent}%)",
        "export": "Export progress (JSON)",
        "reset": "Clear all progress",
        "seen": "{n} questions answered",
    },
}


@pytest.fixture
def reader(page, site_url):
    page.site_url = site_url
    return page


def open_practice(page, lang: str):
    page.goto(page.site_url + PAGES[lang])
    page.locator("[data-practice-page].is-ready").wait_for(state="attached")
    return page


def bank(page, lang: str) -> dict[str, dict]:
    """The questions of the language's practice.json, by id, as the page reads them."""
    url = page.site_url + ("en/" if lang == "en" else "") + "practice.json"
    return {q["id"]: q for q in json.loads(page.request.get(url).text())}


def keys(question: dict) -> list[int]:
    return [i for i, option in enumerate(question["options"]) if option["correct"]]


def current_question(page, questions: dict[str, dict]) -> dict:
    """The question on screen, found by its stem (the page shows no ids)."""
    stem = page.locator(".practice-session legend").inner_text().strip()
    found = [q for q in questions.values() if q["stem"] == stem]
    assert len(found) == 1, stem
    return found[0]


def choose(page, indexes: list[int]) -> None:
    for index in indexes:
        page.locator(".practice-session .practice__option label").nth(index).click()


def heading(page):
    return page.locator(".practice-session__heading")


def start_exam(page, lang: str, count: int, minutes: int = 0) -> None:
    page.fill("#practice-count", str(count))
    page.locator(f"#practice-minutes-{minutes}").check()
    page.get_by_role("button", name=TEXT[lang]["start"], exact=True).click()
    expect(heading(page)).to_have_text(TEXT[lang]["question"].format(n=1, total=count))


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_a_short_exam_to_its_score_and_review(reader, lang):
    text = TEXT[lang]
    page = open_practice(reader, lang)
    questions = bank(page, lang)
    start_exam(page, lang, 4)
    asked = []
    for n in range(1, 5):
        question = current_question(page, questions)
        asked.append(question)
        if n == 1:
            # In the other language too, but without the answer before submitting.
            page.get_by_role("button", name=text["other"], exact=True).click()
            other = page.locator(".practice-session .practice__translation")
            expect(other.locator(".practice__translated-options > li")).to_have_count(
                len(question["options"])
            )
            expect(other.locator(".practice__explanations")).to_have_count(0)
        if n == 2:
            # One wrong answer, one left unanswered: the rest right.
            wrong = [i for i in range(len(question["options"])) if i not in keys(question)]
            choose(page, wrong[:1])
        elif n != 3:
            choose(page, keys(question))
        if n == 3:
            page.get_by_role("checkbox", name=text["mark"]).check()
        if n < 4:
            page.get_by_role("button", name=text["next"], exact=True).click()
            expect(heading(page)).to_have_text(text["question"].format(n=n + 1, total=4))
    assert len({q["id"] for q in asked}) == 4, "no question twice"
    # Before submitting, the answers are not shown.
    assert page.locator(".practice-session .practice__option.is-right").count() == 0
    page.get_by_role("button", name=text["to_submit"], exact=True).click()
    nav = page.locator(".practice-session__nav button")
    expect(nav).to_have_count(4)
    expect(nav.nth(2)).to_have_class(re.compile(r"\bis-marked\b"))
    page.get_by_role("button", name=text["submit"], exact=True).click()
    score = text["score"].format(right=2, total=4, percent=50)
    expect(page.locator(".practice-result__score")).to_have_text(score)
    # Beside it, the pass mark and what a percentage is not.
    note = page.locator(".practice-result__note")
    expect(note).to_contain_text("720")
    not_scaled = "환산 점수가 아닙니다" if lang == "ko" else "not AWS's scaled score"
    expect(note).to_contain_text(not_scaled)
    # Screen readers hear the score.
    expect(page.locator("[data-live]")).to_contain_text(score)
    # Per domain and per task statement: the rows add up to the exam.
    tables = page.locator(".practice-result__table")
    expect(tables).to_have_count(2)
    for table in (tables.nth(0), tables.nth(1)):
        cells = table.locator("tbody tr td:nth-last-child(2)").all_inner_texts()
        assert sum(int(cell.split("/")[1]) for cell in cells) == 4, cells
        assert sum(int(cell.split("/")[0]) for cell in cells) == 2, cells
    domains = {q["domain"] for q in asked}
    expect(tables.nth(0).locator("tbody tr")).to_have_count(len(domains))
    expect(tables.nth(1).locator("tbody tr")).to_have_count(len({q["task"] for q in asked}))
    # The review: every question with its explanations and the section to re-read.
    items = page.locator(".practice-result__item")
    expect(items).to_have_count(4)
    for index, question in enumerate(asked):
        item = items.nth(index)
        expect(item.locator(".practice__explanations > li")).to_have_count(len(question["options"]))
        expect(item.locator(".practice__meta a").first).to_have_attribute("href", question["page"])
    expect(items.nth(1)).to_have_class(re.compile(r"\bis-answered-wrong\b"))
    expect(items.nth(1).locator(".practice__option.is-wrong")).to_have_count(1)
    expect(items.nth(0).locator(".practice__option.is-right")).to_have_count(len(keys(asked[0])))


def test_an_exam_survives_a_reload(reader):
    text = TEXT["en"]
    page = open_practice(reader, "en")
    questions = bank(page, "en")
    start_exam(page, "en", 5, minutes=130)
    timer = page.locator(".practice-session__timer")
    expect(timer).to_have_text(re.compile(r"^Time left 2:(10:00|09:\d\d)$"))
    first = current_question(page, questions)
    choose(page, keys(first))
    page.locator(".practice-session__nav button").nth(2).click()
    expect(heading(page)).to_have_text(text["question"].format(n=3, total=5))
    third = current_question(page, questions)
    page.get_by_role("checkbox", name=text["mark"]).check()
    page.reload()
    # Back on the question the reader was on, with the answers, marks and clock kept.
    expect(heading(page)).to_have_text(text["question"].format(n=3, total=5))
    assert current_question(page, questions)["id"] == third["id"]
    expect(page.get_by_role("checkbox", name=text["mark"])).to_be_checked()
    expect(timer).to_have_text(re.compile(r"^Time left 2:(10:00|09:\d\d)$"))
    nav = page.locator(".practice-session__nav button")
    expect(nav.nth(0)).to_have_attribute("aria-label", "Question 1: answered")
    marked = "Question 3: not answered, marked for review"
    expect(nav.nth(2)).to_have_attribute("aria-label", marked)
    nav.nth(0).click()
    assert current_question(page, questions)["id"] == first["id"]
    for index in keys(first):
        expect(page.locator(".practice-session .practice__option input").nth(index)).to_be_checked()
    # Back to the modes, the exam waits; a new one replaces it only if the reader agrees.
    page.get_by_role("button", name=text["leave"], exact=True).click()
    resume = page.get_by_role("button", name="Resume the exam in progress", exact=True)
    expect(resume).to_be_visible()
    page.once("dialog", lambda dialog: dialog.dismiss())
    page.get_by_role("button", name=text["start"], exact=True).click()
    expect(page.locator("[data-view=home]")).to_be_visible()
    resume.click()
    expect(heading(page)).to_have_text(text["question"].format(n=1, total=5))


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_study_mode_answers_at_once_and_review_brings_a_wrong_answer_back(reader, lang):
    text = TEXT[lang]
    page = open_practice(reader, lang)
    questions = bank(page, lang)
    # Study one page's questions: the filter's first page.
    path = page.locator("#practice-page-filter option").nth(1).get_attribute("value")
    page.select_option("#practice-page-filter", path)
    page.get_by_role("button", name=text["study"], exact=True).click()
    total = sum(1 for q in questions.values() if q["page"].split("#")[0] == path)
    expect(heading(page)).to_have_text(text["question"].format(n=1, total=total))
    question = current_question(page, questions)
    assert question["page"].startswith(path)
    # The same question in the other language: without its answer until answered.
    page.get_by_role("button", name=text["other"], exact=True).click()
    other = page.locator(".practice-session .practice__translation")
    expect(other).to_be_visible()
    expect(other).to_have_attribute("lang", "en" if lang == "ko" else "ko")
    expect(other.locator(".practice__translated-options > li")).to_have_count(
        len(question["options"])
    )
    expect(other.locator(".practice__explanations")).to_have_count(0)
    wrong = next(i for i in range(len(question["options"])) if i not in keys(question))
    choose(page, [wrong])
    if len(keys(question)) > 1:
        page.locator(".practice-session .practice__controls button[type=submit]").click()
    # Right or wrong at once, in words, and to screen readers.
    expect(page.locator(".practice__verdict")).to_have_text(text["wrong"])
    expect(page.locator("[data-live]")).to_have_text(text["wrong"])
    expect(page.locator(".practice__answer-body .practice__explanations > li")).to_have_count(
        len(question["options"])
    )
    expect(other.locator(".practice__explanations > li")).to_have_count(len(question["options"]))
    page.get_by_role("button", name=text["leave"], exact=True).click()
    expect(page.locator("[data-progress-summary]")).to_contain_text(text["seen"].format(n=1))
    # Review mode: the wrong answer comes first.
    page.get_by_role("button", name=text["review"], exact=True).click()
    expect(heading(page)).to_contain_text(text["question"].format(n=1, total="")[:-1])
    assert current_question(page, questions)["id"] == question["id"]
    before = heading(page).inner_text()
    choose(page, [wrong])
    if len(keys(question)) > 1:
        page.locator(".practice-session .practice__controls button[type=submit]").click()
    expect(page.locator(".practice__verdict")).to_have_text(text["wrong"])
    # Missed again: it comes back once more before the session ends (one more question).
    page.locator(".practice-session__buttons button").click()
    size = int(re.findall(r"\d+", before)[-1])
    expect(heading(page)).to_have_text(text["question"].format(n=2, total=size + 1))


def test_progress_is_exported_cleared_and_imported_in_both_languages(reader, tmp_path):
    page = open_practice(reader, "en")
    questions = bank(page, "en")
    page.get_by_role("button", name="Start studying", exact=True).click()
    choose(page, keys(current_question(page, questions))[:1])
    page.get_by_role("button", name="Back to the modes", exact=True).click()
    with page.expect_download() as download:
        page.get_by_role("button", name=TEXT["en"]["export"], exact=True).click()
    exported = tmp_path / "progress.json"
    download.value.save_as(exported)
    data = json.loads(exported.read_text(encoding="utf-8"))
    assert data["format"] == "aws-saa-practice" and data["version"] == 1
    assert len(data["cards"]) == 1
    # The Korean page reads the same progress (one key for both languages).
    open_practice(page, "ko")
    expect(page.locator("[data-progress-summary]")).to_contain_text("답한 문제 1개")
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name=TEXT["ko"]["reset"], exact=True).click()
    expect(page.locator("[data-progress-summary]")).to_contain_text("답한 문제 0개")
    page.locator("input[type=file][data-action=import]").set_input_files(str(exported))
    expect(page.locator("[data-live]")).to_have_text("진도를 가져왔습니다: 문제 1개.")
    expect(page.locator("[data-progress-summary]")).to_contain_text("답한 문제 1개")
    # A wrong file is refused, saying what is wrong with it; the progress stays.
    bad = tmp_path / "bad.json"
    card = next(iter(data["cards"]))
    data["cards"][card]["box"] = 9
    bad.write_text(json.dumps(data), encoding="utf-8")
    page.locator("input[type=file][data-action=import]").set_input_files(str(bad))
    expect(page.locator("[data-live]")).to_have_text(
        f'가져오지 못했습니다. 문제 "{card}"의 box 값이 올바르지 않습니다.'
    )
    other = tmp_path / "other.json"
    other.write_text('{"format": "exam-guide-progress", "ticked": []}', encoding="utf-8")
    open_practice(page, "en")
    page.locator("input[type=file][data-action=import]").set_input_files(str(other))
    expect(page.locator("[data-live]")).to_have_text(
        'The file was not imported. It is not a progress file of this page ("format" is '
        'not "aws-saa-practice").'
    )
    expect(page.locator("[data-progress-summary]")).to_contain_text("1 questions answered")


FOCUSED = """([selector, text]) => {
  const node = document.activeElement;
  return node.matches(selector) && (text === null || node.textContent.trim() === text);
}"""


def tab_to(page, selector: str, text: str | None = None, limit: int = 60) -> None:
    """Press Tab until the focused element matches the selector (and has the text)."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(FOCUSED, [selector, text]):
            return
    raise AssertionError(f"Tab never reached {selector} {text or ''}")


def test_an_exam_with_the_keyboard_only(reader):
    page = open_practice(reader, "en")
    questions = bank(page, "en")
    tab_to(page, "#practice-count")
    page.keyboard.press("Control+A")
    page.keyboard.type("2")
    page.keyboard.press("Enter")  # submits the form: the exam starts
    expect(heading(page)).to_have_text("Question 1 of 2")
    expect(heading(page)).to_be_focused()
    for n in (1, 2):
        question = current_question(page, questions)
        tab_to(page, ".practice-session .practice__option input")
        inputs = page.locator(".practice-session .practice__option input")
        if len(keys(question)) == 1:
            # Arrow keys move through the radio group, choosing as they go.
            for _ in range(keys(question)[0]):
                page.keyboard.press("ArrowDown")
            page.keyboard.press("Space")
        else:
            for index in range(len(question["options"])):
                if index in keys(question):
                    page.keyboard.press("Space")
                page.keyboard.press("Tab")
        for index in keys(question):
            expect(inputs.nth(index)).to_be_checked()
        if n == 1:
            tab_to(page, "button", "Next question")
            page.keyboard.press("Enter")
            expect(heading(page)).to_have_text("Question 2 of 2")
            expect(heading(page)).to_be_focused()
    tab_to(page, "button", "Review and submit")
    page.keyboard.press("Enter")
    tab_to(page, "button", "Submit the exam")
    page.keyboard.press("Enter")
    expect(page.locator(".practice-result__score")).to_have_text("2 of 2 right (100%)")
    expect(heading(page)).to_be_focused()
    expect(page.locator("[data-live]")).to_contain_text("2 of 2 right (100%)")


def test_a_first_visit_fetches_no_questions_and_a_phone_fits(reader):
    requested = []
    reader.on("request", lambda request: requested.append(request.url))
    reader.set_viewport_size({"width": 360, "height": 740})
    page = open_practice(reader, "ko")
    page.wait_for_load_state("networkidle")
    assert not [url for url in requested if url.endswith("practice.json")]
    width = "document.scrollingElement.scrollWidth <= window.innerWidth"
    assert page.evaluate(width)
    start_exam(page, "ko", 3)
    assert [url for url in requested if url.endswith("/practice.json")]
    page.get_by_role("button", name=TEXT["ko"]["to_submit"], exact=True).click()
    page.get_by_role("button", name=TEXT["ko"]["submit"], exact=True).click()
    expect(page.locator(".practice-result__score")).to_be_visible()
    assert page.evaluate(width)
    assert all(url.startswith(page.site_url) for url in requested), requested


def test_an_exam_whose_time_ran_out_is_submitted_on_return(reader):
    page = open_practice(reader, "en")
    ids = list(bank(page, "en"))[:2]
    # An exam started 131 minutes ago with the 130-minute clock, as the page stores it.
    page.evaluate(
        """([key, ids]) => {
          const now = Date.now();
          localStorage.setItem(key, JSON.stringify({
            format: "aws-saa-practice", version: 1, cards: {},
            exam: {ids, answers: {}, marked: [], current: 0, asked: ids.length,
                   started: now - 131 * 60000, deadline: now - 60000, submitted: null},
          }));
        }""",
        ["practice:SAA-C03", ids],
    )
    page.reload()
    expect(page.locator(".practice-session__note")).to_have_text(
        "Time is up: the exam was submitted."
    )
    expect(page.locator(".practice-result__score")).to_have_text("0 of 2 right (0%)")
    expect(page.locator("[data-live]")).to_contain_text("Time is up")
    # Both questions went to box 1 for review.
    page.get_by_role("button", name="Back to the modes", exact=True).click()
    expect(page.locator("[data-progress-summary]")).to_contain_text(
        "2 questions answered, 2 due for review now. Questions in boxes 1–5: 2 · 0 · 0 · 0 · 0."
    )
    expect(page.get_by_role("button", name="Show the last exam's results")).to_be_visible()


def test_a_bank_smaller_than_asked_gives_what_it_has_and_says_so(reader):
    def five_questions(route):
        questions = json.loads(route.fetch().text())[:5]
        route.fulfill(json=questions)

    reader.route("**/en/practice.json", five_questions)
    page = open_practice(reader, "en")
    page.get_by_role("button", name="Start the exam", exact=True).click()  # 65, the default
    expect(heading(page)).to_have_text("Question 1 of 5")
    expect(page.locator(".practice-session__note").first).to_have_text(
        "The bank has only 5 questions, so this exam has 5 instead of 65, drawn as close to "
        "the domain weights as the bank allows."
    )
    expect(page.locator(".practice-session__nav button")).to_have_count(5)


def test_screen_readers_hear_when_ten_minutes_are_left(reader):
    page = open_practice(reader, "en")
    ids = list(bank(page, "en"))[:1]
    page.evaluate(
        """([key, ids]) => {
          const now = Date.now();
          localStorage.setItem(key, JSON.stringify({
            format: "aws-saa-practice", version: 1, cards: {},
            exam: {ids, answers: {}, marked: [], current: 0, asked: 1,
                   started: now, deadline: now + 10 * 60000 + 2500, submitted: null},
          }));
        }""",
        ["practice:SAA-C03", ids],
    )
    page.reload()
    expect(heading(page)).to_have_text("Question 1 of 1")
    expect(page.locator("[data-live]")).to_have_text(
        re.compile(r"^Time left (10:00|9:5\d)$"), timeout=8000
    )


def test_study_and_review_with_the_keyboard_only(reader):
    page = open_practice(reader, "en")
    questions = bank(page, "en")
    tab_to(page, "button", "Start reviewing")  # nothing answered: new questions
    page.keyboard.press("Enter")
    expect(heading(page)).to_be_focused()
    expect(heading(page)).to_contain_text("Question 1 of ")
    question = current_question(page, questions)
    tab_to(page, ".practice-session .practice__option input")
    # Space chooses the focused option: a single answer is checked at once; a multiple
    # response once Enter (the check button) is pressed with enough chosen.
    page.keyboard.press("Space")
    if len(keys(question)) > 1:
        for _ in range(len(keys(question)) - 1):
            page.keyboard.press("Tab")
            page.keyboard.press("Space")
        tab_to(page, "button", "Check answer")
        page.keyboard.press("Enter")
    expect(page.locator("[data-live]")).to_have_text(re.compile(r"^(Correct|Incorrect)\.$"))
    expect(page.locator(".practice__answer-body")).to_be_visible()
    tab_to(page, "button", "Next question")
    page.keyboard.press("Enter")
    expect(heading(page)).to_contain_text("Question 2 of ")
    expect(heading(page)).to_be_focused()


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_without_javascript_the_page_says_what_it_needs(browser, site_url, lang):
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(site_url + PAGES[lang])
        expect(page.locator(".practice-page__noscript")).to_be_visible()
        # No form that could not work.
        expect(page.locator("[data-form=exam]")).to_be_hidden()
        expect(page.locator("[data-form=study]")).to_be_hidden()
        expect(page.locator(".practice-page__privacy")).to_be_visible()
    finally:
        context.close()
