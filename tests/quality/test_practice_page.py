"""The practice page (/practice/) once a reader has used it: a question of an exam, the
results with every question's review, and a study answer with its feedback, checked by
axe-core in both palettes (contrast, names of controls, ARIA) in both languages, and a visible
focus on every control. The page as it first loads is in this lane's page types (conftest.py),
with every page's checks."""

from __future__ import annotations

import pytest

from .test_focus import FOCUSED_BOX_JS, NO_MOTION, SETTLED_JS, clip

pytestmark = pytest.mark.browser

PALETTES = {"light": "default", "dark": "slate"}
RULES = [
    "color-contrast",
    "label",
    "button-name",
    "aria-allowed-attr",
    "aria-valid-attr-value",
    "nested-interactive",
    "duplicate-id",
    "list",
    "listitem",
    "th-has-data-cells",
]
PAGES = {"ko": "practice/", "en": "en/practice/"}


def check(page, axe) -> None:
    # Material's buttons fade between colours (125 ms) on focus: judge the colours they settle
    # on, not a frame of the fade.
    page.wait_for_timeout(400)
    result = axe.run(page, RULES, ".practice-page")
    assert not result["violations"], axe.describe(result["violations"])
    checked = {rule["id"] for rule in result["passes"]}
    assert {"color-contrast", "button-name"} <= checked, checked


@pytest.mark.parametrize("palette", sorted(PALETTES))
@pytest.mark.parametrize("lang", sorted(PAGES))
def test_an_exam_and_its_results_read_well_in_both_palettes(page, site_url, axe, lang, palette):
    page.emulate_media(color_scheme=palette)
    page.goto(site_url + PAGES[lang])
    assert page.locator("body").get_attribute("data-md-color-scheme") == PALETTES[palette]
    page.locator("[data-practice-page].is-ready").wait_for(state="attached")
    page.fill("#practice-count", "3")
    page.locator("#practice-minutes-130").check()
    page.locator("[data-form=exam] button[type=submit]").click()
    page.locator(".practice-session legend").wait_for()
    page.locator(".practice-session .practice__option label").first.click()
    page.locator("#practice-mark").check()
    page.locator(".practice__other").click()
    page.locator(".practice-session .practice__translation:not([hidden])").wait_for()
    check(page, axe)
    page.locator(".practice-session__buttons .md-button").last.click()  # review and submit
    page.locator(".practice-session__buttons .md-button--primary").click()  # submit
    page.locator(".practice-result__score").wait_for()
    page.locator(".practice-result__item .practice__other").first.click()
    page.locator(".practice-result__item .practice__translation:not([hidden])").wait_for()
    check(page, axe)


@pytest.mark.parametrize("palette", sorted(PALETTES))
def test_a_study_answer_reads_well_in_both_palettes(page, site_url, axe, palette):
    page.emulate_media(color_scheme=palette)
    page.goto(site_url + PAGES["en"])
    page.locator("[data-practice-page].is-ready").wait_for(state="attached")
    page.locator("[data-form=study] button[type=submit]").click()
    page.locator(".practice-session legend").wait_for()
    page.locator(".practice-session .practice__option label").first.click()
    page.locator(".practice-session .practice__controls button[type=submit]").click()
    page.locator(".practice__answer-body:not([hidden])").wait_for()
    check(page, axe)


def tab_stops_show_focus(page, limit: int) -> tuple[int, list[str]]:
    """Tab through the practice page's controls from where the focus is; (stops checked,
    stops whose focus changes no pixel)."""
    viewport = page.viewport_size
    invisible, checked = [], 0
    for _ in range(limit):
        page.keyboard.press("Tab")
        if not page.evaluate("document.activeElement.closest('.practice-page') !== null"):
            break
        box = page.evaluate(FOCUSED_BOX_JS)
        if box is None or box.get("hidden"):
            continue
        page.evaluate("document.activeElement.scrollIntoView({block: 'center'})")
        page.evaluate(SETTLED_JS)
        region = clip(page.evaluate(FOCUSED_BOX_JS), viewport)
        focused = page.screenshot(clip=region)
        page.evaluate("document.activeElement.blur()")
        blurred = page.screenshot(clip=region)
        checked += 1
        if focused == blurred:
            invisible.append(box["describe"])
    return checked, invisible


@pytest.mark.parametrize("palette", sorted(PALETTES))
def test_focus_is_visible_on_every_control(page, site_url, palette):
    page.emulate_media(color_scheme=palette)
    page.goto(site_url + PAGES["en"])
    page.locator("[data-practice-page].is-ready").wait_for(state="attached")
    page.add_style_tag(content=NO_MOTION)
    page.locator("article h1 .headerlink").focus()
    checked, invisible = tab_stops_show_focus(page, 40)
    # The guide link, the count, a timer choice, start, three filters, start, review, export,
    # import, clear.
    assert checked >= 12, checked
    assert not invisible, "no visible focus on:\n" + "\n".join(invisible)
    page.fill("#practice-count", "2")
    page.locator("[data-form=exam] button[type=submit]").click()
    page.locator(".practice-session__heading").wait_for()
    checked, invisible = tab_stops_show_focus(page, 40)
    # An option, mark, other language, next, review and submit, the two question buttons,
    # back to the modes.
    assert checked >= 8, checked
    assert not invisible, "no visible focus on:\n" + "\n".join(invisible)
