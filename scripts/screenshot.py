"""Take the README's screenshot of a built site with Debian's Chromium (never a download)."""

from __future__ import annotations

from pathlib import Path

from . import chromium
from .preview import serve_in_background


def take_screenshot(
    site_dir: Path, out: Path, path: str = "", executable_path: str | None = None
) -> int:
    from playwright.sync_api import sync_playwright

    server, url = serve_in_background(site_dir)
    try:
        with sync_playwright() as playwright:
            browser = chromium.launch(playwright, executable_path)
            page = browser.new_page(viewport={"width": 1280, "height": 800}, color_scheme="light")
            page.goto(url + path)
            page.wait_for_load_state("networkidle")
            page.screenshot(path=str(out))
            browser.close()
    finally:
        server.shutdown()
    print(f"screenshot of {url}{path} → {out}")
    return 0
