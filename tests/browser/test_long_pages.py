"""Long pages render only their first screen at load (content-visibility in site.css), and that
changes nothing a reader sees: no block moves, and links into the page still land on target."""

from __future__ import annotations

import re
from urllib.parse import quote

import pytest

from scripts.served import built_pages, heaviest_topic

pytestmark = pytest.mark.browser

PHONE = {"width": 412, "height": 823}

# The boxes of the article's blocks, measured twice with every block the browser may skip
# rendered: once with the containment that content-visibility brings (and the overflow that
# goes with it), once without either.
BLOCK_BOXES_JS = """() => {
  const blocks = [...document.querySelector('.md-content__inner').children];
  const skippable = blocks.filter((block) => getComputedStyle(block).contentVisibility === 'auto');
  const boxes = (contain, overflow) => {
    for (const block of skippable) {
      block.style.contentVisibility = 'visible';
      block.style.contain = contain;
      block.style.overflow = overflow;
    }
    return blocks.map((block) => {
      const box = block.getBoundingClientRect();
      return [block.tagName.toLowerCase() + (block.className ? '.' + block.className : ''),
              Math.round(box.top + scrollY), Math.round(box.height)];
    });
  };
  const contained = boxes('layout style paint', 'hidden');
  const free = boxes('none', 'visible');
  const firstTop = skippable.length ? skippable[0].getBoundingClientRect().top + scrollY : null;
  for (const block of skippable) block.removeAttribute('style');
  return { skippable: skippable.length, contained, free, firstTop };
}"""


def page_paths(site) -> list[str]:
    """Each built page's path under the site's address ("" for the home page)."""
    return [
        "" if index.parent == site else index.parent.relative_to(site).as_posix() + "/"
        for index in built_pages(site)
    ]


def test_skipping_blocks_moves_nothing_on_any_page(browser, built_site, site_url):
    # Containment keeps a child's margins inside its box; a block whose children's margins
    # collapse through it would grow, and everything under it would move.
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    moved, on_first_screen, skippable = {}, {}, 0
    try:
        for path in page_paths(built_site):
            page.goto(site_url + path)
            boxes = page.evaluate(BLOCK_BOXES_JS)
            skippable += boxes["skippable"]
            changed = [
                f"{name}: top {free_top}→{top}, height {free_height}→{height}"
                for (name, top, height), (_, free_top, free_height) in zip(
                    boxes["contained"], boxes["free"], strict=True
                )
                if (top, height) != (free_top, free_height)
            ]
            if changed:
                moved[path] = changed[:3]
            # A block the browser may skip must start below the first screen: one on it can be
            # drawn a frame late, at its real height instead of the estimate, moving the rest.
            if boxes["firstTop"] is not None and boxes["firstTop"] < PHONE["height"]:
                on_first_screen[path] = boxes["firstTop"]
    finally:
        context.close()
    assert skippable > 1000, f"only {skippable} blocks on the whole site can be skipped"
    assert not moved, f"containment moves blocks: {moved}"
    assert not on_first_screen, (
        f"a skippable block starts on a phone's first screen (px from the top): "
        f"{on_first_screen}; site.css skips blocks from the 12th on"
    )


# What the browser skips is a block's contents, not the block: the first element inside the
# last block that may be skipped.
LAST_SKIPPABLE_JS = """() => [...document.querySelector('.md-content__inner').children]
  .filter((block) => getComputedStyle(block).contentVisibility === 'auto')
  .filter((block) => block.firstElementChild).pop()?.firstElementChild"""
RENDERED_JS = "(block) => block.checkVisibility({ contentVisibilityAuto: true })"


@pytest.fixture
def phone_page(page):
    page.set_viewport_size(PHONE)
    return page


def test_a_long_page_renders_only_its_first_screen(phone_page, built_site, site_url):
    topic = heaviest_topic(built_site)
    phone_page.goto(site_url + topic)
    phone_page.wait_for_load_state("networkidle")
    inside_last_block = phone_page.evaluate_handle(LAST_SKIPPABLE_JS)
    assert inside_last_block.evaluate("(block) => block !== undefined"), "no block can be skipped"
    assert not inside_last_block.evaluate(RENDERED_JS), "the last block rendered before it was near"
    inside_last_block.evaluate("(block) => block.scrollIntoView()")
    phone_page.wait_for_function(RENDERED_JS, arg=inside_last_block)


# Where the heading sits under the header once its position has held for ten frames.
LANDING_JS = """(id) => new Promise((resolve) => {
  const heading = document.getElementById(id);
  const header = document.querySelector('.md-header');
  let last = null, still = 0;
  const measure = () => {
    const offset = heading.getBoundingClientRect().top - header.getBoundingClientRect().bottom;
    still = offset === last ? still + 1 : 0;
    last = offset;
    if (still === 10) resolve(offset); else requestAnimationFrame(measure);
  };
  requestAnimationFrame(measure);
})"""


def test_a_link_deep_into_a_long_page_lands_on_its_section(phone_page, built_site, site_url):
    # The blocks above the target are still unrendered (their height is an estimate) when the
    # browser scrolls; the heading must end up under the header all the same. The section
    # two thirds down has enough page below it to be scrolled to the top.
    topic = heaviest_topic(built_site)
    html = (built_site / topic / "index.html").read_text(encoding="utf-8")
    sections = re.findall(r'<h2 id="([^"]+)"', html)
    target = sections[len(sections) * 2 // 3]
    phone_page.goto(f"{site_url}{topic}#{quote(target)}")
    phone_page.wait_for_load_state("networkidle")
    offset = phone_page.evaluate(LANDING_JS, target)
    assert 0 <= offset <= 40, f"#{target} is {offset} px below the header"
