"""The exam guide map (/exam-guide/) as a reader uses it in Chromium: tick boxes kept in
this browser, export, import and reset; named controls (axe-core); nothing fetched from
elsewhere (the page fixture fails a test on any outside request)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

RULES = ["label", "aria-allowed-attr", "aria-prohibited-attr", "button-name", "duplicate-id"]


@pytest.mark.parametrize("path", ["exam-guide/", "en/exam-guide/"])
def test_tick_boxes_are_kept_in_this_browser(page, site_url, path, axe):
    page.goto(site_url + path)
    guide = page.locator(".exam-guide.exam-guide-ready")
    guide.wait_for()
    first = page.locator("input[type=checkbox][data-item='task:1.1']")
    # Each box is named by its label, which says what it ticks.
    assert "1.1" in page.get_by_role("checkbox").first.evaluate("el => el.labels[0].textContent")
    first.check()
    service = page.locator("input[type=checkbox][data-item^='service:']").first
    service.check()
    count = page.locator(".exam-guide-count")
    assert count.inner_text().replace(" ", "").startswith(("확인한항목2/", "2of"))
    found = axe.run(page, RULES, ".exam-guide")
    assert not found["violations"], axe.describe(found["violations"])

    # The ticks survive a reload, and only this browser's storage holds them.
    page.reload()
    page.locator(".exam-guide.exam-guide-ready").wait_for()
    assert first.is_checked() and service.is_checked()
    stored = json.loads(page.evaluate("localStorage.getItem('exam-guide:SAA-C03')"))
    assert stored["ticked"][0] == "task:1.1" and len(stored["ticked"]) == 2

    # Export downloads them as JSON.
    with page.expect_download() as download:
        page.locator("button[data-action=export]").click()
    exported = json.loads(Path(download.value.path()).read_text(encoding="utf-8"))
    assert exported["ticked"] == stored["ticked"] and exported["exam"] == "SAA-C03"

    # Reset (confirmed) clears every box and the storage.
    page.once("dialog", lambda dialog: dialog.accept())
    page.locator("button[data-action=reset]").click()
    assert not first.is_checked() and not service.is_checked()
    assert page.evaluate("localStorage.getItem('exam-guide:SAA-C03')") is None

    # Import brings the exported file back.
    page.locator("input[type=file][data-action=import]").set_input_files(
        files=[
            {
                "name": "progress.json",
                "mimeType": "application/json",
                "buffer": json.dumps(exported).encode(),
            }
        ]
    )
    expect(first).to_be_checked()
    assert service.is_checked()

    # A file that is not ours changes nothing and says so.
    page.locator("input[type=file][data-action=import]").set_input_files(
        files=[{"name": "x.json", "mimeType": "application/json", "buffer": b"{}"}]
    )
    expect(count).to_contain_text("(")
    assert first.is_checked()
