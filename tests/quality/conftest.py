"""The quality budget's browser tests: the page types of the site, and axe-core (vendored,
pinned in tools/lighthouse/package.json) run inside Debian's Chromium."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from scripts.served import MISSING, heaviest_topic

AXE = Path(__file__).parent / "vendor" / "axe.min.js"
HANGUL = (0xAC00, 0xD7A3)


def has_hangul(text: str) -> bool:
    return any(HANGUL[0] <= ord(char) <= HANGUL[1] for char in text)


@dataclass(frozen=True)
class PageType:
    key: str
    path: str
    lang: str
    status: int = 200


def page_types(site: Path) -> list[PageType]:
    """Every kind of page a reader meets, in both languages; generated pages only if built."""
    topic = heaviest_topic(site)
    found = [
        PageType("home-ko", "", "ko"),
        PageType("home-en", "en/", "en"),
        PageType("topic-ko", topic, "ko"),
        PageType("topic-en", "en/" + topic, "en"),
    ]
    for name in ("glossary/", "exam-tips/", "exam-guide/", "practice/", "review/"):
        for lang, prefix in (("ko", ""), ("en", "en/")):
            if (site / prefix / name / "index.html").is_file():
                found.append(PageType(f"{name.strip('/')}-{lang}", prefix + name, lang))
    found += [
        PageType("404-ko", MISSING, "ko", 404),
        PageType("404-en", "en/" + MISSING, "en", 404),
    ]
    return found


# Parametrised by key so a test id says which page failed; resolved against the build.
PAGE_KEYS = [
    "home-ko",
    "home-en",
    "topic-ko",
    "topic-en",
    "glossary-ko",
    "glossary-en",
    "exam-tips-ko",
    "exam-tips-en",
    "exam-guide-ko",
    "exam-guide-en",
    "practice-ko",
    "practice-en",
    "review-ko",
    "review-en",
    "404-ko",
    "404-en",
]


@pytest.fixture(scope="session")
def site_pages(built_site) -> dict[str, PageType]:
    return {page.key: page for page in page_types(built_site)}


@pytest.fixture
def page_type(request, site_pages) -> PageType:
    key = request.param
    if key not in site_pages:
        pytest.fail(f"{key}: the built site has no page of this type")
    return site_pages[key]


@pytest.fixture
def open_page(site_url):
    """Go to a page type; the 404 status of the 404 page is expected, not a failure."""

    def go(page, page_type: PageType):
        if page_type.status == 404:
            page.watch.allow(site_url + page_type.path)
        response = page.goto(site_url + page_type.path)
        assert response.status == page_type.status, page_type
        page.wait_for_load_state("networkidle")
        return response

    return go


class Axe:
    """axe-core rules run on a page as it is now."""

    def __init__(self, source: str):
        self.source = source

    def run(self, page, rules: list[str], context: str | None = None) -> dict:
        """{"violations", "incomplete", "passes"}: each a list of {"id", "targets", "messages"}."""
        if not page.evaluate("typeof window.axe !== 'undefined'"):
            # Inline, as the site's CSP allows ('unsafe-inline'): no request, nothing shipped.
            page.add_script_tag(content=self.source)
        return page.evaluate(AXE_RUN, [rules, context])

    @staticmethod
    def describe(found: list[dict]) -> str:
        return "\n".join(
            f"{rule['id']}: {target} — {message}"
            for rule in found
            for target, message in zip(rule["targets"], rule["messages"], strict=True)
        )


AXE_RUN = """async ([rules, context]) => {
  const result = await axe.run(context || document, {
    runOnly: { type: "rule", values: rules },
    resultTypes: ["violations", "incomplete", "passes"],
  });
  const brief = (items) => items.map((rule) => ({
    id: rule.id,
    targets: rule.nodes.map((node) => node.target.join(" ")),
    messages: rule.nodes.map((node) =>
      [...node.any, ...node.all, ...node.none].map((check) => check.message).join(" | ")
    ),
  }));
  return {
    violations: brief(result.violations),
    incomplete: brief(result.incomplete),
    passes: brief(result.passes),
  };
}"""


@pytest.fixture(scope="session")
def axe() -> Axe:
    return Axe(AXE.read_text(encoding="utf-8"))
