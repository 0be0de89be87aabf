"""Focus is visible: every place the Tab key stops at looks different while it has the
focus. Compared as pixels (focused, then blurred), with transitions off so nothing is caught
half-way; a control drawn by its label (the palette's radio buttons) is judged by the label."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

TAB_STOPS = 45  # the header, tabs, navigation and the first content links
NO_MOTION = "*, *::before, *::after { transition: none !important; animation: none !important; }"

# The focused element, or the label that stands for it, and its box in the viewport.
FOCUSED_BOX_JS = """() => {
  let el = document.activeElement;
  if (!el || el === document.body) return null;
  const describe = el.outerHTML.slice(0, 140);
  let box = el.getBoundingClientRect();
  if ((box.width < 2 || box.height < 2) && el.id) {
    const label = document.querySelector(`label[for="${el.id}"]:not([hidden])`);
    if (label) { el = label; box = el.getBoundingClientRect(); }
  }
  if (box.width < 2 || box.height < 2) return { describe, hidden: true };
  return { describe, x: box.x, y: box.y, width: box.width, height: box.height };
}"""


# Three frames after a scroll: Material reacts to the scroll event in the next one.
SETTLED_JS = """() => new Promise((resolve) => {
  let frames = 3;
  const next = () => (--frames ? requestAnimationFrame(next) : resolve());
  requestAnimationFrame(next);
})"""


def clip(box: dict, viewport: dict) -> dict:
    # A margin around the box: outlines are drawn outside it.
    x, y = max(box["x"] - 6, 0), max(box["y"] - 6, 0)
    width = min(box["width"] + 12, viewport["width"] - x)
    height = min(box["height"] + 12, viewport["height"] - y)
    return {"x": x, "y": y, "width": width, "height": height}


@pytest.mark.parametrize("page_type", ["topic-ko", "home-en"], indirect=True)
def test_focus_is_visible_at_every_tab_stop(page, page_type, open_page):
    open_page(page, page_type)
    page.add_style_tag(content=NO_MOTION)
    viewport = page.viewport_size
    invisible, checked = [], 0
    for _ in range(TAB_STOPS):
        page.keyboard.press("Tab")
        box = page.evaluate(FOCUSED_BOX_JS)
        if box is None or box.get("hidden"):
            continue
        page.evaluate("document.activeElement.scrollIntoView({block: 'center'})")
        # Scrolling hides the tabs and the sticky sidebars move up: measure once they have.
        page.evaluate(SETTLED_JS)
        box = page.evaluate(FOCUSED_BOX_JS)
        region = clip(box, viewport)
        focused = page.screenshot(clip=region)
        # Blurring keeps Chromium's sequential focus starting point: the next Tab goes on.
        page.evaluate("document.activeElement.blur()")
        blurred = page.screenshot(clip=region)
        checked += 1
        if focused == blurred:
            invisible.append(box["describe"])
    assert checked >= 20, f"only {checked} visible tab stops"
    assert not invisible, "no visible focus on:\n" + "\n".join(invisible)
