"""확인 문제 / Check yourself as a reader meets it in Chromium, on the real site: answered
with and without JavaScript in both languages, a question shown in the other language, and
the script left out of a first visit."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

PAGES = {"ko": "storage/s3/", "en": "en/storage/s3/"}
SINGLE = "q-s3-log-lifecycle"  # key C
MULTIPLE = "q-s3-versioned-bucket-costs"  # keys B and D
TEXT = {
    "ko": {"right": "정답입니다.", "wrong": "오답입니다.", "key": "정답: C", "other": "en"},
    "en": {"right": "Correct.", "wrong": "Incorrect.", "key": "Answer: C", "other": "ko"},
}


def ready(page, lang: str):
    """The page with its questions' script loaded (scrolled to the section)."""
    page.goto(page.site_url + PAGES[lang])
    page.locator(f"#{SINGLE}").scroll_into_view_if_needed()
    page.locator("[data-practice-ready]").wait_for(state="attached")
    return page


@pytest.fixture
def reader(page, site_url):
    page.site_url = site_url
    return page


def option(page, question: str, number: int):
    return page.locator(f"#{question} .practice__option").nth(number - 1)


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_choosing_a_wrong_then_the_right_option(reader, lang):
    page = ready(reader, lang)
    form = page.locator(f"#{SINGLE}")
    answer = form.locator("details.practice__answer")
    expect(answer).not_to_have_attribute("open", "")
    # A click on the label chooses the real radio input, which marks it.
    option(page, SINGLE, 1).locator("label").click()
    expect(option(page, SINGLE, 1)).to_have_class(re.compile(r"\bis-wrong\b"))
    expect(option(page, SINGLE, 3)).to_have_class(re.compile(r"\bis-key\b"))
    expect(form.locator(".practice__verdict")).to_have_text(TEXT[lang]["wrong"])
    # The answer and every option's explanation are revealed.
    expect(answer).to_have_attribute("open", "")
    expect(answer.locator(".practice__key")).to_have_text(TEXT[lang]["key"])
    expect(answer.locator(".practice__explanations > li")).to_have_count(4)
    option(page, SINGLE, 3).locator("label").click()
    expect(option(page, SINGLE, 3)).to_have_class(re.compile(r"\bis-right\b"))
    expect(option(page, SINGLE, 1)).not_to_have_class(re.compile(r"\bis-wrong\b"))
    expect(form.locator(".practice__verdict")).to_have_text(TEXT[lang]["right"])


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_a_multiple_response_question_is_checked_once_enough_are_chosen(reader, lang):
    page = ready(reader, lang)
    form = page.locator(f"#{MULTIPLE}")
    assert form.locator("input[type=checkbox]").count() == 5
    option(page, MULTIPLE, 2).locator("label").click()
    form.locator(".practice__check").click()
    expect(form.locator(".practice__verdict")).to_have_text(
        "2개를 고른 뒤 정답 확인을 누르세요."
        if lang == "ko"
        else "Choose 2, then check your answer."
    )
    expect(form.locator("details.practice__answer")).not_to_have_attribute("open", "")
    option(page, MULTIPLE, 3).locator("label").click()
    form.locator(".practice__check").click()
    expect(form.locator(".practice__verdict")).to_have_text(TEXT[lang]["wrong"])
    expect(option(page, MULTIPLE, 3)).to_have_class(re.compile(r"\bis-wrong\b"))
    expect(option(page, MULTIPLE, 4)).to_have_class(re.compile(r"\bis-key\b"))
    option(page, MULTIPLE, 3).locator("label").click()
    option(page, MULTIPLE, 4).locator("label").click()
    form.locator(".practice__check").click()
    expect(form.locator(".practice__verdict")).to_have_text(TEXT[lang]["right"])
    expect(form.locator(".practice__option.is-right")).to_have_count(2)


def test_the_keyboard_moves_without_answering_and_enter_answers(reader):
    page = ready(reader, "en")
    form = page.locator(f"#{SINGLE}")
    first = form.locator("input").first
    first.focus()
    page.keyboard.press("Space")
    expect(form.locator(".practice__verdict")).to_have_text(TEXT["en"]["wrong"])
    # Arrow keys choose as they move through a radio group: they do not answer.
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    expect(form.locator("input").nth(2)).to_be_checked()
    expect(form.locator(".practice__verdict")).to_have_text("")
    expect(form.locator(".practice__option.is-wrong")).to_have_count(0)
    page.keyboard.press("Enter")
    expect(form.locator(".practice__verdict")).to_have_text(TEXT["en"]["right"])


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_a_question_in_the_other_language(reader, lang):
    page = ready(reader, lang)
    form = page.locator(f"#{SINGLE}")
    button = form.locator(".practice__other")
    expect(button).to_have_attribute("aria-expanded", "false")
    button.click()
    other = form.locator(".practice__translation")
    expect(other).to_be_visible()
    expect(other).to_have_attribute("lang", TEXT[lang]["other"])
    stem = other.locator(".practice__translated-stem")
    if lang == "ko":
        expect(stem).to_contain_text("A company stores application logs")
    else:
        expect(stem).to_contain_text("한 회사가 애플리케이션 로그")
    expect(other.locator(".practice__translated-options > li")).to_have_count(4)
    expect(button).to_have_attribute("aria-expanded", "true")
    button.click()
    expect(other).to_be_hidden()
    expect(button).to_have_attribute("aria-expanded", "false")


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_without_javascript_the_answer_is_behind_details(browser, site_url, lang):
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(site_url + PAGES[lang])
        form = page.locator(f"#{SINGLE}")
        # No controls that would need the script.
        expect(form.locator(".practice__controls")).to_be_hidden()
        option(page, SINGLE, 3).locator("label").click()
        expect(form.locator("input").nth(2)).to_be_checked()
        # Enter in the form submits nowhere: the page stays as it is.
        url = page.url
        form.locator("input").nth(2).press("Enter")
        page.wait_for_timeout(300)
        assert page.url == url
        expect(form.locator("input").nth(2)).to_be_checked()
        answer = form.locator("details.practice__answer")
        expect(answer.locator(".practice__key")).to_be_hidden()
        answer.locator("summary").click()
        expect(answer.locator(".practice__key")).to_have_text(TEXT[lang]["key"])
        expect(answer.locator(".practice__explanations > li")).to_have_count(4)
        expect(answer.locator(".practice__explanations > li").first).to_be_visible()
    finally:
        context.close()


def test_a_first_visit_does_not_load_the_script(reader):
    requested = []
    reader.on("request", lambda request: requested.append(request.url))
    reader.goto(reader.site_url + PAGES["ko"])
    reader.wait_for_load_state("networkidle")
    assert not [url for url in requested if "/practice" in url]
    reader.locator(f"#{SINGLE}").scroll_into_view_if_needed()
    reader.locator("[data-practice-ready]").wait_for(state="attached")
    scripts = [url for url in requested if re.search(r"/assets/practice\.[0-9a-f]+\.js$", url)]
    assert len(scripts) == 1
    # The other language's export is fetched only when asked for.
    assert not [url for url in requested if url.endswith("practice.json")]
