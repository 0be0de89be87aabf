"""확인 문제 / Check yourself once a reader has used it: answered, explained and shown in the
other language, its text meets WCAG AA contrast in both palettes and its controls have names
(axe-core, on the section only)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

PALETTES = {"light": "default", "dark": "slate"}
RULES = ["color-contrast", "label", "button-name", "aria-allowed-attr", "nested-interactive"]
PAGES = {"ko": "storage/s3/", "en": "en/storage/s3/"}


@pytest.mark.parametrize("palette", sorted(PALETTES))
@pytest.mark.parametrize("lang", sorted(PAGES))
def test_an_answered_question_reads_well_in_both_palettes(page, site_url, axe, lang, palette):
    page.emulate_media(color_scheme=palette)
    page.goto(site_url + PAGES[lang])
    assert page.locator("body").get_attribute("data-md-color-scheme") == PALETTES[palette]
    single = page.locator("#q-s3-log-lifecycle")
    single.scroll_into_view_if_needed()
    page.locator("[data-practice-ready]").wait_for(state="attached")
    single.locator(".practice__option").first.locator("label").click()  # wrong: A
    single.locator(".practice__other").click()
    single.locator(".practice__translation").wait_for()
    multiple = page.locator("#q-s3-versioned-bucket-costs")
    for number in (2, 4):
        multiple.locator(".practice__option").nth(number - 1).locator("label").click()
    multiple.locator(".practice__check").click()
    assert multiple.locator(".practice__option.is-right").count() == 2
    result = axe.run(page, RULES, ".practice")
    assert not result["violations"], axe.describe(result["violations"])
    checked = {rule["id"] for rule in result["passes"]}
    assert {"color-contrast", "label", "button-name"} <= checked, checked
