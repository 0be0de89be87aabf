"""What every topic page promises a learner, checked on the built site in both languages."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup

from ..pages import parsed

pytestmark = pytest.mark.build

TOPIC_PAGES = [
    "course", "cloud", "cloud/global-infrastructure", "storage/s3", "storage/block-and-file",
    "compute/ec2", "compute/containers", "compute/serverless", "databases", "networking/vpc",
    "networking/vpc-security", "networking/connectivity", "networking/dns",
    "availability/load-balancing", "availability/auto-scaling", "availability/disaster-recovery",
    "security/iam", "operations/monitoring", "operations/automation", "architecture/caching",
    "architecture/decoupling", "labs/vpc", "labs/serverless-inventory", "comparisons", "hosting",
    "analytics/streaming", "analytics/data-lake",
    "security/data-protection", "security/workforce-identity",
]  # fmt: skip


def topic(built_site: Path, path: str, lang: str) -> BeautifulSoup:
    prefix = "en/" if lang == "en" else ""
    file = built_site / f"{prefix}{path}" / "index.html"
    return parsed(file)


@pytest.mark.parametrize("lang", ["ko", "en"])
@pytest.mark.parametrize("path", TOPIC_PAGES)
def test_topic_page_promises(built_site, site_url, path, lang):
    html = topic(built_site, path, lang)
    content = html.select_one("article.md-content__inner")
    tips = content.select(".admonition.exam-tip")
    assert len(tips) >= 3, f"{lang} {path}: {len(tips)} exam tips"
    assert content.select_one("h1 + .page-checked time[datetime]"), (
        f"{lang} {path}: no checked date"
    )
    page_url = f"{site_url}{'en/' if lang == 'en' else ''}{path}/"
    targets = set()
    for link in content.select("a[href]"):
        href = link["href"]
        if href.startswith(("#", "http:", "https:", "mailto:")) or "glossary/" in href:
            continue  # same page, other sites, and the automatic glossary links don't count
        target = urlsplit(urljoin(page_url, href)).path
        if target != urlsplit(page_url).path:
            targets.add(target)
    assert len(targets) >= 3, f"{lang} {path}: links to {sorted(targets)}"


@pytest.mark.parametrize("path", TOPIC_PAGES)
def test_both_languages_have_the_same_tips_and_diagrams(built_site, path):
    ko, en = topic(built_site, path, "ko"), topic(built_site, path, "en")
    for selector in (
        ".admonition.exam-tip",
        "details.correction",  # collapsed under their titles (plugins/examtips/boxes.py)
        "details.update",
        "figure.diagram",
    ):
        assert len(ko.select(selector)) == len(en.select(selector)), f"{path}: {selector}"
    domains = [[t.get("class") for t in page.select(".admonition.exam-tip")] for page in (ko, en)]
    assert domains[0] == domains[1], f"{path}: exam tips differ in order or domain"
