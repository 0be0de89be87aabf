"""Text on a 360 px phone: Korean breaks only between words, links included (Material's
`word-break: break-word` on links would split "서브넷" into "서브" and "넷"), and yet no line
runs off the screen: long Latin words, ARNs and code still wrap."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

NARROW = {"width": 360, "height": 780}
# Korean pages dense with glossary links, and pages with ARNs, bucket policies and long code.
PAGES = ["networking/vpc/", "security/iam/", "storage/s3/", "hosting/", "en/security/iam/"]

# Every pair of Hangul syllables written together (in one text node or across an element
# boundary, as "서브넷" + "을") that the browser put on two lines. Blocks skipped by
# content-visibility are rendered first, so every line is laid out. A tip's domain badge is a
# word of its own, drawn as a pill beside the title.
MID_WORD_BREAKS_JS = """() => {
  const article = document.querySelector('.md-content__inner');
  for (const block of article.children) block.style.contentVisibility = 'visible';
  const hangul = (c) => c >= '\\uac00' && c <= '\\ud7a3';
  const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => node.parentElement.closest('pre, [hidden], .exam-tip-domain')
      ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  const range = document.createRange();
  const box = (node, i) => {
    range.setStart(node, i);
    range.setEnd(node, i + 1);
    return range.getBoundingClientRect();
  };
  const breaks = [];
  let previous = null;  // [node, index, rect] of the last character seen
  let checked = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.data;
    if (!text.trim()) { previous = null; continue; }
    for (let i = 0; i < text.length; i++) {
      if (!hangul(text[i])) { previous = null; continue; }
      const rect = box(node, i);
      if (rect.width === 0) { previous = null; continue; }
      if (previous) {
        checked++;
        const [pnode, pi, prect] = previous;
        if (rect.top >= prect.bottom - 1) {
          const link = node.parentElement.closest('a');
          breaks.push((link ? 'link: ' : '') + pnode.data.slice(Math.max(0, pi - 6), pi + 1)
            + ' | ' + text.slice(i, i + 6));
        }
      }
      previous = [node, i, rect];
    }
  }
  return { checked, breaks };
}"""

# Lines wider than the screen: the page scrolls sideways, or a block's text runs past its box
# (tables and code blocks scroll inside themselves, as Material makes them).
OVERFLOW_JS = """() => {
  const article = document.querySelector('.md-content__inner');
  for (const block of article.children) block.style.contentVisibility = 'visible';
  const wide = [];
  const selector = 'p, li, dd, dt, h1, h2, h3, h4, figcaption, a, code';
  for (const el of article.querySelectorAll(selector)) {
    if (el.closest('pre, table, .md-typeset__scrollwrap, [hidden]')) continue;
    const box = el.getBoundingClientRect();
    const block = getComputedStyle(el).display !== 'inline';
    const spills = block && el.scrollWidth > el.clientWidth + 1;
    if (box.width && (box.right > innerWidth + 0.5 || spills)) {
      wide.push(el.tagName + ': ' + el.textContent.trim().slice(0, 60));
    }
  }
  return { page: document.scrollingElement.scrollWidth, wide };
}"""


@pytest.fixture
def narrow_page(page):
    page.set_viewport_size(NARROW)
    return page


@pytest.mark.parametrize("path", PAGES)
def test_korean_breaks_only_between_words_and_nothing_overflows(narrow_page, site_url, path):
    narrow_page.goto(site_url + path)
    if not path.startswith("en/"):
        found = narrow_page.evaluate(MID_WORD_BREAKS_JS)
        assert found["checked"] > 1000, found["checked"]
        assert not found["breaks"], "\n".join(found["breaks"][:20])
    overflow = narrow_page.evaluate(OVERFLOW_JS)
    assert overflow["page"] <= NARROW["width"], overflow
    assert not overflow["wide"], "\n".join(overflow["wide"][:20])
