"""The glossary and exam-tips plugins in a real MkDocs build of a small bilingual fixture
(tests/fixtures/study-index/): pages, links, generated pages in the nav, exports, and the
strict failures."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup

from plugins.search.index import read_index
from scripts import configfile

pytestmark = pytest.mark.build

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "study-index"
NAV = [
    {"시작하기": ["index.md"]},
    {"학습 노트": ["storage/s3/index.md", "compute/ec2/index.md"]},
    {
        "학습 도구": [
            "glossary/index.md",
            "exam-guide/index.md",
            "exam-tips/index.md",
            "review/index.md",
            "corrections/index.md",
        ]
    },
]


def overrides(glossary_dir: Path) -> dict:
    """The project's plugins, with the glossary reading the fixture's terms."""
    config = configfile.load(ROOT / "mkdocs.yml")
    plugins = [
        entry
        for entry in config["plugins"]
        if configfile.plugin_name(entry) not in ("glossary", "exam-tips")
    ]
    names = [configfile.plugin_name(entry) for entry in plugins]
    site_options = configfile.plugin_options(config, "exam-tips")
    plugins[names.index("i18n") : names.index("i18n")] = [
        {"glossary": {"glossary_dir": str(glossary_dir)}},
        {
            "exam-tips": {
                # The site's own settings (the fixture's "학습 노트" pages are topic pages),
                # with the fixture's exam guide.
                **site_options,
                "guide_file": str(glossary_dir.parent / "exam-guide.yml"),
                "legacy_anchors": str(glossary_dir.parent / "legacy-tip-anchors.yml"),
            }
        },
    ]
    # The fixture has none of the site's stylesheets and scripts (docs/assets/).
    return {"plugins": plugins, "nav": NAV, "extra_css": [], "extra_javascript": []}


def html(site: Path, path: str) -> BeautifulSoup:
    return BeautifulSoup((site / path / "index.html").read_text(encoding="utf-8"), "html.parser")


def article(site: Path, path: str):
    return html(site, path).select_one("article")


def terms(site: Path, path: str) -> list[tuple[str, str]]:
    return [(a.get_text(), a["href"]) for a in article(site, path).select("a.glossary-term")]


def resolve(site: Path, site_path: str) -> tuple[Path, str]:
    """The built file a site path points at, and its anchor; fails if there is none."""
    parts = urlsplit(site_path)
    assert parts.path.startswith("/") and parts.path.endswith("/"), site_path
    target = site / unquote(parts.path).strip("/") / "index.html"
    assert target.is_file(), f"{site_path} resolves to no page"
    return target, unquote(parts.fragment)


def assert_resolves(site: Path, site_path: str) -> None:
    target, anchor = resolve(site, site_path)
    if anchor:
        soup = BeautifulSoup(target.read_text(encoding="utf-8"), "html.parser")
        assert soup.find(id=anchor) is not None, f"{site_path}: no element with id '{anchor}'"


@pytest.fixture(scope="module")
def site(build_site_in, tmp_path_factory):
    """The fixture built once for the tests that only read it."""
    workdir = tmp_path_factory.mktemp("study-index")
    return build_site_in(FIXTURE / "docs", workdir, overrides(FIXTURE / "glossary"))


def test_terms_are_linked_in_both_languages(site):
    assert terms(site, "") == [
        ("EC2", "glossary/#ec2"),
        ("S3", "glossary/#s3"),
        ("VPC", "glossary/#vpc"),
        ("보안 그룹", "glossary/#security-group"),
        ("EC2", "glossary/#ec2"),
        ("가용영역", "glossary/#availability-zone"),
    ]
    assert terms(site, "en") == [
        ("EC2", "glossary/#ec2"),
        ("S3", "glossary/#s3"),
        ("VPC", "glossary/#vpc"),
        ("security groups", "glossary/#security-group"),
        ("EC2", "glossary/#ec2"),
        ("Availability Zones", "glossary/#availability-zone"),
    ]
    page = article(site, "storage/s3")
    link = page.select_one("a.glossary-term")
    assert link["href"] == "../../glossary/#s3"
    definition = page.select_one(f"[id='{link['aria-describedby']}']")
    assert definition.get_text() == "Amazon S3: 객체를 버킷에 저장하는 객체 스토리지 서비스입니다."
    assert definition.find_parent("div", class_="glossary-tips").has_attr("hidden")
    # Search has the page's text, links and all, but not the hidden definitions.
    docs, _korean = read_index(json.loads((site / "search" / "search_index.json").read_text()))
    text = " ".join(doc["text"] for doc in docs if doc["location"].startswith("storage/s3/"))
    assert "S3는 객체 스토리지입니다." in text and "객체를 버킷에 저장하는" not in text
    assert not any("glossary-tip" in doc["text"] for doc in docs)
    # Nor the glossary page, whose text is every definition.
    assert not [doc["location"] for doc in docs if doc["location"].startswith("glossary/")]
    english = article(site, "en").select("a.glossary-term")[3]
    assert english.get_text() == "security groups"
    definition = article(site, "en").select_one(f"[id='{english['aria-describedby']}']")
    assert definition.get_text().startswith("security group: ")
    # Particles stay outside the link, and the sentence reads as before.
    first = article(site, "").select_one("a.glossary-term")
    assert str(first.next_sibling).startswith("를 시작하고")


def test_generated_pages_join_the_nav_in_both_languages(site):
    for lang, root, titles in (
        ("ko", "", ["용어집", "시험 팁", "정정과 업데이트"]),
        ("en", "en/", ["Glossary", "Exam tips", "Corrections and updates"]),
    ):
        for folder, title in zip(("glossary", "exam-tips", "corrections"), titles, strict=True):
            soup = html(site, f"{root}{folder}")
            assert soup.select_one("html")["lang"] == lang
            assert soup.h1.get_text(strip=True).rstrip("¶") == title
            # Each nav entry resolves: every generated page is linked from the nav of the
            # home page of its language (navigation.indexes may make the first one the
            # section's own link).
            home = html(site, root)
            targets = {
                (site / root / a["href"]).resolve()
                for a in home.select(".md-nav--primary a.md-nav__link[href]")
            }
            assert (site / root / folder).resolve() in targets, (lang, folder)
    # The language selector leads to the same generated page in the other language.
    soup = html(site, "exam-tips")
    links = {a.get("hreflang"): a["href"] for a in soup.select(".md-select__link")}
    assert links["en"] == "../en/exam-tips/"


def test_a_site_without_questions_has_no_practice_page(site):
    # The fixture has no question bank: no /practice/, and the exam guide map does not link it.
    for root in ("", "en/"):
        assert not (site / root / "practice").exists()
        assert html(site, root + "exam-guide").select(".exam-guide-practice") == []


def test_glossary_page(site):
    page = article(site, "glossary")
    letters = [h2.button.contents[0].strip() for h2 in page.select("h2")]
    assert letters == ["ㄱ", "ㅂ", "ㅅ", "E", "I", "S", "V"]
    # Each letter's heading is the button that unfolds its terms, and says how many.
    counts = [h2.select_one(".glossary-group-count").get_text() for h2 in page.select("h2")]
    assert counts == ["1개", "1개", "1개", "2개", "1개", "1개", "1개"]
    for h2 in page.select("h2"):
        folded = page.find(id=h2.button["aria-controls"])
        assert folded.name == "dl" and folded["hidden"] == "until-found"
        assert h2.button["aria-expanded"] == "false"
    assert [dt["id"] for dt in page.select("dl.glossary-list dt")] == [
        "availability-zone",
        "security-group",
        "lifecycle",
        "ec2",
        "ecs",
        "iam",  # AWS Identity and Access Management, sorted without "AWS"
        "s3",
        "vpc",
    ]
    ec2 = page.find(id="ec2").find_next_sibling("dd")
    # The backlinks are in the file beside the page, not in it (the script fills the list).
    assert ec2.select_one(".glossary-uses").contents == []
    assert ec2.select_one(".glossary-uses-toggle button").get_text() == "쓰인 곳: 문서 2개"
    backlinks_name = page.select_one("[data-backlinks]")["data-backlinks"]
    assert re.fullmatch(r"backlinks\.[0-9a-f]{10}\.json", backlinks_name)
    backlinks = json.loads((site / "glossary" / backlinks_name).read_text(encoding="utf-8"))
    uses = [
        href
        for page_number, sections in backlinks["terms"]["ec2"]
        for href in [backlinks["pages"][page_number][0]]
        + [f"{backlinks['pages'][page_number][0]}#{anchor}" for anchor, _title in sections]
    ]
    assert uses == [
        "../",
        "../#ec2-제목은-링크하지-않습니다",
        "../compute/ec2/",
        "../compute/ec2/#가용성",
        "../compute/ec2/#시험에서는",
    ]
    assert [a["href"] for a in ec2.select(".glossary-related a")] == ["#s3"]
    assert article(site, "en/glossary").select("h2")[0]["id"] == "letter-a"
    for use in uses:
        target = (site / "glossary" / use.split("#")[0]).resolve() / "index.html"
        assert target.is_file()


def test_exam_tips_page(site):
    page = article(site, "exam-tips")
    counts = {
        cell["data-domain"]: cell.get_text(strip=True) for cell in page.select(".exam-tips-count")
    }
    assert counts == {
        "secure": "팁 1개",
        "resilient": "팁 2개",
        "performance": "팁 0개",
        "cost": "팁 1개",
    }
    resilient = page.find(id="domain-resilient")
    assert "복원력을 갖춘 아키텍처 설계" in resilient.get_text()
    tasks = {
        h["id"]: h.select_one(".exam-tips-task-count").get_text()
        for h in page.select('h3[id^="task-"]')
    }
    assert tasks["task-2-2"] == "팁 2개" and tasks["task-2-1"] == "팁 0개"
    assert "고가용성 및/또는 내결함성 아키텍처 설계" in page.find(id="task-2-2").get_text()
    hrefs = [a["href"] for a in page.select("a.exam-tips-link")]
    assert hrefs == [
        "../storage/s3/#exam-tip-bucket-policies-and-iam",
        "../storage/s3/#exam-tip-s3-versioning-undo",
        "../compute/ec2/#exam-tip-deploy-across-azs",
        "../storage/s3/#exam-tip-s3-lifecycle-costs",
    ]
    for href in hrefs:
        path, anchor = href.split("#")
        target = BeautifulSoup(
            ((site / "exam-tips" / path).resolve() / "index.html").read_text(), "html.parser"
        )
        tip = target.find(id=anchor)
        assert "exam-tip" in tip["class"]
    s3 = article(site, "en/storage/s3")
    badge = s3.find(id="exam-tip-s3-versioning-undo").select_one(".exam-tip-domain")
    assert badge.get_text() == "Resilient"
    # The tip's anchor by position, published before it had an id, still lands on it.
    legacy = s3.find(id="exam-tip-2")
    assert legacy.name == "span" and legacy.get_text() == ""
    assert legacy.find_parent(class_="exam-tip")["id"] == "exam-tip-s3-versioning-undo"
    assert "task-2-2" not in s3.find(id="exam-tip-s3-versioning-undo")["class"]
    # So does its item's old id on the index.
    item = article(site, "en/exam-tips").find(id="storage-s3-exam-tip-2")
    assert item.find_parent("li")["id"] == "exam-tip-s3-versioning-undo"
    # The tip written inside a code block is an example, not a tip.
    assert "nonsense" not in page.get_text()


def test_corrections_page(site):
    page = article(site, "en/corrections")
    assert [h2["id"] for h2 in page.select("h2")] == ["page-storage-s3", "page-compute-ec2"]
    hrefs = [a["href"] for a in page.select("a.corrections-link")]
    assert hrefs == [
        "../storage/s3/#correction-1",
        "../storage/s3/#update-1",
        "../compute/ec2/#update-1",
    ]
    kinds = [span.get_text() for span in page.select(".box-kind")]
    assert kinds == ["Correction", "Update", "Update"]
    ko = article(site, "corrections")
    assert [span.get_text() for span in ko.select(".box-kind")] == ["정정", "업데이트", "업데이트"]


def test_exports(site):
    for root in ("", "en/"):
        glossary = json.loads((site / root / "glossary.json").read_text(encoding="utf-8"))
        tips = json.loads((site / root / "exam-tips.json").read_text(encoding="utf-8"))
        assert {tuple(sorted(entry)) for entry in glossary} == {
            ("aliases", "definition", "id", "pages", "term")
        }
        assert {tuple(sorted(tip)) for tip in tips} == {
            ("domain", "id", "task", "text", "title", "url")
        }
        assert {tip["id"]: tip["task"] for tip in tips}["s3-lifecycle-costs"] == "4.1"
        for entry in glossary:
            for page in entry["pages"]:
                assert page.startswith("/" + root)
                assert_resolves(site, page)
        for tip in tips:
            assert tip["url"].startswith("/" + root)
            assert_resolves(site, tip["url"])
        decks = [site / root / "glossary-anki.tsv", site / root / "exam-tips-anki.tsv"]
        for deck in decks:
            assert deck.read_text(encoding="utf-8").startswith("#separator:tab\n")
    ko = json.loads((site / "exam-tips.json").read_text(encoding="utf-8"))
    en = json.loads((site / "en" / "exam-tips.json").read_text(encoding="utf-8"))
    assert [t["id"] for t in ko] == [t["id"] for t in en]  # the same ids in both languages
    assert [t["domain"] for t in ko] == [t["domain"] for t in en]
    assert ko[0]["text"] == "오래된 객체는 S3 수명 주기 정책으로 더 싼 클래스로 옮깁니다."
    links = [a["href"] for a in article(site, "en/exam-tips").select(".study-index-downloads a")]
    assert links == ["../exam-tips-anki.tsv", "../exam-tips.json"]


def copy_fixture(tmp_path: Path) -> Path:
    copy = tmp_path / "study-index"
    shutil.copytree(FIXTURE, copy)
    return copy


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (
            ("docs/storage/s3/index.md", "!!! exam-tip cost 4.1 ", "!!! exam-tip cost 4.9 "),
            "docs/storage/s3/index.md:13: exam tip with unknown task '4.9'",
        ),
        (
            (
                "docs/compute/ec2/index.en.md",
                "!!! exam-tip resilient 2.2 ",
                "!!! exam-tip cost 2.2 ",
            ),
            "docs/compute/ec2/index.en.md:11: exam tip says domain 'cost' but task 2.2 is in "
            "domain 'resilient'",
        ),
        (
            (
                "docs/compute/ec2/index.en.md",
                "!!! exam-tip resilient 2.2 deploy-across-azs ",
                "!!! exam-tip resilient 2.2 ",
            ),
            "docs/compute/ec2/index.en.md:11: exam tip with words 'resilient 2.2'",
        ),
        (
            (
                "docs/compute/ec2/index.en.md",
                " deploy-across-azs ",
                " Deploy_AZs ",
            ),
            "docs/compute/ec2/index.en.md:11: exam tip id 'Deploy_AZs' must be a lowercase slug",
        ),
        (
            ("exam-guide.yml", "    weight: 20\n", "    weight: 21\n"),
            "exam-guide.yml:12: domain weights add up to 101, not 100",
        ),
        (
            ("exam-guide.yml", "en: storage-classes}", "en: storage-class}"),
            "exam-guide.yml:76: task 4.1: no heading '#storage-class' on 'storage/s3' in en",
        ),
        (
            ("exam-guide.yml", "glossary: s3\n", "glossary: s4\n"),
            "exam-guide.yml:92: service 'Amazon S3': no glossary entry 's4'",
        ),
        (
            (
                "docs/storage/s3/index.md",
                "    버전 관리를 켜면 지운 객체를 되살릴 수 있습니다.\n",
                "",
            ),
            "docs/storage/s3/index.md:16: exam-tip with an empty body",
        ),
        (
            (
                "glossary/terms.yml",
                "aliases: [ECS]\n    definition: 컨테이너",
                "aliases: [EC2]\n    definition: 컨테이너",
            ),
            "glossary/terms.yml:27: duplicate ko alias 'EC2' of 'ecs'",
        ),
        (
            (
                "glossary/terms.yml",
                "  en:\n    term: Amazon VPC\n",
                "  fr:\n    term: Amazon VPC\n",
            ),
            "glossary/terms.yml:33: term 'vpc' has no 'en' side",
        ),
        (
            ("docs/compute/ec2/index.md", "## 시험에서는\n", "## 요약\n"),
            "docs/compute/ec2/index.md:29: topic page without '## 시험에서는'",
        ),
        (
            (
                "docs/compute/ec2/index.en.md",
                "## Check yourself\n\nWhere should instances go?\n\n## Further reading\n",
                "## Further reading\n\nWhere should instances go?\n\n## Check yourself\n",
            ),
            "docs/compute/ec2/index.en.md:29: '## Check yourself' is out of place",
        ),
        (
            (
                "docs/compute/ec2/index.en.md",
                "## Check yourself\n\nWhere should instances go?\n\n## Further reading\n",
                "## Further reading\n\nWhere should instances go?\n\n## Check yourself\n",
            ),
            "docs/compute/ec2/index.en.md:29: topic page whose last section is not "
            "'## Further reading'",
        ),
        (
            (
                "docs/storage/s3/index.md",
                "- 버전 관리를 켜면 지운 객체를 되살릴 수 있습니다.\n",
                "",
            ),
            "docs/storage/s3/index.md:34: '## 시험에서는' has 4 bullets",
        ),
        (
            ("docs/storage/s3/index.en.md", '!!! correction "S3 throughput"', "!!! correction"),
            "docs/storage/s3/index.en.md:24: correction without a title",
        ),
    ],
)
def test_strict_build_fails_with_file_and_line(build_fixture_site, tmp_path, edit, expected):
    copy = copy_fixture(tmp_path)
    name, old, new = edit
    path = copy / name
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    result = build_fixture_site(copy / "docs", overrides(copy / "glossary"), expect_failure=True)
    location, message = expected.split(": ", 1)
    file, line = location.rsplit(":", 1)
    assert f"{file}:{line}: {message}" in result.stderr.replace(str(copy) + "/", ""), result.stderr


def review(site: Path, root: str) -> list[tuple[str, list[str]]]:
    """The review page as (linked title, bullets' text) per page."""
    return [
        (h2.get_text(strip=True), [li.get_text() for li in h2.find_next_sibling("ul").select("li")])
        for h2 in article(site, f"{root}review").select("h2.review-title")
    ]


def test_review_gathers_the_exam_angle_of_topic_pages_in_nav_order(site):
    ko, en = review(site, ""), review(site, "en/")
    assert [title for title, _ in ko] == ["Amazon S3", "Amazon EC2"]
    assert [title for title, _ in en] == ["Amazon S3", "Amazon EC2"]
    assert ko[0][1][0] == "오래된 객체는 더 싼 클래스로 옮깁니다."
    # The Korean EC2 bullets name glossary terms (EC2, 가용 영역), linked on the page.
    assert article(site, "compute/ec2").select("#시험에서는 ~ ul a.glossary-term")
    assert en[1][1] == [
        "Spread instances over several zones.",
        "Protect instances with firewall rules.",
        "Keep objects in object storage.",
        "Use Spot Instances for work that can be interrupted.",
        "Pick the instance type for the workload.",
    ]
    # Inline code survives the copy (Python-Markdown stashes it until the page is done).
    assert "`aws:SecureTransport`" not in ko[0][1][2] and "aws:SecureTransport" in ko[0][1][2]
    page = article(site, "en/review")
    assert page.select_one("h2.review-title + ul li code").get_text() == "aws:SecureTransport"
    # No glossary links: their definitions live on the topic page, not here.
    assert not page.select("a.glossary-term")
    assert not article(site, "review").select("a.glossary-term")


def test_review_links_lead_back_and_resolve(site):
    for root in ("", "en/"):
        page = article(site, f"{root}review")
        titles = [a["href"] for a in page.select("h2.review-title a")]
        anchor = "시험에서는" if root == "" else "the-exam-angle"
        assert titles == [f"../storage/s3/#{anchor}", f"../compute/ec2/#{anchor}"]
        links = [a["href"] for a in page.select("h2.review-title + ul li a")]
        ec2 = "가용성" if root == "" else "availability"
        docs = "ko_kr/" if root == "" else ""
        assert links == [
            f"../compute/ec2/#{ec2}",
            f"https://docs.aws.amazon.com/{docs}AmazonS3/latest/userguide/Welcome.html",
            "../storage/s3/",
        ]
        for href in titles + links[:1] + links[2:]:
            assert_resolves(site, urljoin(f"/{root}review/", href))


def test_review_is_in_the_nav_and_out_of_search(site):
    for root, label in (("", "한 장 복습"), ("en/", "One-page review")):
        home = html(site, root)
        assert label in [a.get_text(strip=True) for a in home.select("nav a")]
        assert html(site, f"{root}review").h1.get_text(strip=True).rstrip("¶") == label
    docs, _korean = read_index(json.loads((site / "search" / "search_index.json").read_text()))
    assert docs and not [doc for doc in docs if doc["location"].startswith("review/")]


def test_corrections_and_updates_are_collapsed_under_their_titles(site):
    for root, titles in (
        ("", ["S3의 처리량", "2026년 기준"]),
        ("en/", ["S3 throughput", "As of 2026"]),
    ):
        page = article(site, f"{root}storage/s3")
        boxes = page.select("details.correction, details.update")
        assert [box["id"] for box in boxes] == ["correction-1", "update-1"]
        assert not [box for box in boxes if box.has_attr("open")]
        assert [box.summary.get_text(strip=True) for box in boxes] == titles
        assert not page.select(".admonition.correction, .admonition.update")
        # Exam tips stay open.
        assert page.select("div.admonition.exam-tip")


def test_tips_must_match_between_languages(build_fixture_site, tmp_path):
    copy = copy_fixture(tmp_path)
    path = copy / "docs/compute/ec2/index.en.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("deploy-across-azs", "deploy-multi-az"), encoding="utf-8")
    result = build_fixture_site(copy / "docs", overrides(copy / "glossary"), expect_failure=True)
    assert (
        "docs/compute/ec2/index.en.md:11: page 'compute-ec2': exam tips differ between 'ko' "
        "(deploy-across-azs) and 'en' (deploy-multi-az)"
    ) in result.stderr.replace(str(copy) + "/", "")


def test_a_tip_id_names_one_tip_on_the_whole_site(build_fixture_site, tmp_path):
    copy = copy_fixture(tmp_path)
    for name in ("index.md", "index.en.md"):
        path = copy / "docs/compute/ec2" / name
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("deploy-across-azs", "s3-versioning-undo"), encoding="utf-8")
    result = build_fixture_site(copy / "docs", overrides(copy / "glossary"), expect_failure=True)
    assert "exam tip id 's3-versioning-undo' is already used at" in result.stderr


def test_rebuilds_in_one_process_do_not_duplicate(tmp_path):
    """`mkdocs serve` rebuilds with the same plugin instances: nothing may pile up."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    config = configfile.load(ROOT / "mkdocs.yml")
    config.update(overrides(FIXTURE / "glossary"))
    # Korean segmentation is not what this test is about: no kiwipiepy model to load.
    config = configfile.with_plugin_options(config, "korean-search", {"segment": False})
    # The fixture's bank is not the site's: the real bank's targets do not apply.
    config = configfile.with_plugin_options(config, "practice", {"practice_targets": {}})
    config["docs_dir"] = str(FIXTURE / "docs")
    config["theme"]["custom_dir"] = str(ROOT / "overrides")
    config_path = configfile.dump(config, tmp_path / "mkdocs.yml")
    mkdocs_config = load_config(str(config_path), site_dir=str(tmp_path / "site"))
    outputs = []
    for _ in range(2):
        build(mkdocs_config)
        site = tmp_path / "site"
        outputs.append(
            (
                (site / "en" / "exam-tips.json").read_text(encoding="utf-8"),
                (site / "glossary.json").read_text(encoding="utf-8"),
                article(site, "glossary").get_text(),
                article(site, "en/corrections").get_text(),
            )
        )
    assert outputs[0] == outputs[1]
    assert mkdocs_config.markdown_extensions.count(mkdocs_config.plugins["glossary"].extension) == 1


def test_a_page_missing_in_one_language_is_not_a_tip_mismatch(build_fixture_site, tmp_path):
    copy = copy_fixture(tmp_path)
    (copy / "docs/compute/ec2/index.en.md").unlink()
    settings = overrides(copy / "glossary")
    # The missing English page is reported by MkDocs' own nav check (and `scripts check`).
    settings["validation"] = {"not_found": "info", "omitted_files": "info", "anchors": "warn"}
    site = build_fixture_site(copy / "docs", settings)
    ko = json.loads((site / "exam-tips.json").read_text(encoding="utf-8"))
    en = json.loads((site / "en" / "exam-tips.json").read_text(encoding="utf-8"))
    assert len(ko) == len(en) + 1


def test_a_second_build_follows_every_change(build_fixture_site, tmp_path):
    """The same site twice, and an edit to a page, a term or the template is never answered
    with a stale output."""
    copy = copy_fixture(tmp_path)
    settings = overrides(copy / "glossary")

    def built() -> tuple[str, str, str]:
        site = build_fixture_site(copy / "docs", settings)
        return (
            (site / "glossary" / "index.html").read_text(encoding="utf-8"),
            (site / "glossary.json").read_text(encoding="utf-8"),
            (site / "en" / "glossary-anki.tsv").read_text(encoding="utf-8"),
        )

    cold = built()
    assert built() == cold

    page = copy / "docs/compute/ec2/index.md"
    page.write_text(page.read_text(encoding="utf-8").replace("보안 그룹으로", "방화벽으로"))
    edited = built()
    uses = {e["id"]: e["pages"] for e in json.loads(edited[1])}
    assert not any("compute/ec2" in path for path in uses["security-group"]), uses
    assert "compute/ec2" in cold[0] and edited[0] != cold[0]

    terms_file = copy / "glossary/terms.yml"
    terms_file.write_text(
        terms_file.read_text(encoding="utf-8").replace(
            "A compute service that provides resizable virtual servers.",
            "Resizable virtual servers in the cloud.",
        ),
        encoding="utf-8",
    )
    assert "Resizable virtual servers in the cloud." in built()[2]

    template = tmp_path / "overrides" / "glossary" / "index.html"
    template.parent.mkdir(parents=True)
    template.write_text('<p class="custom-glossary">{{ count }}</p>', encoding="utf-8")
    settings["theme"] = dict(configfile.load(ROOT / "mkdocs.yml")["theme"])
    settings["theme"]["custom_dir"] = str(tmp_path / "overrides")
    assert '<p class="custom-glossary">' in built()[0]


def test_exam_guide_page(site):
    for root, lang in (("", "ko"), ("en/", "en")):
        page = article(site, root + "exam-guide")
        task = page.find(id="task-4-1")
        assert task.name == "h3"
        block = task.find_next_sibling(class_="exam-guide-task")
        links = [a["href"] for a in block.select(".exam-guide-sections a")]
        anchor = {"ko": "스토리지-클래스", "en": "storage-classes"}[lang]
        assert links == [f"../storage/s3/#{anchor}"]
        for href in links + [a["href"] for a in block.select(".exam-guide-counts a")]:
            path, fragment = href.split("#")
            target = (site / root / "exam-guide" / path).resolve() / "index.html"
            found = BeautifulSoup(target.read_text(encoding="utf-8"), "html.parser")
            assert found.find(id=unquote(fragment)) is not None, href
        # The tip count links to the task on the exam-tip index.
        count = block.select_one(".exam-guide-counts a")
        assert count["href"] == "../exam-tips/#task-4-1"
        assert count.get_text() == {"ko": "시험 팁 1개", "en": "1 exam tip"}[lang]
        # A pending task names its issue.
        pending = page.find(id="task-1-2").find_next_sibling(class_="exam-guide-task")
        assert pending.select_one(".exam-guide-pending")["data-issue"] == "31"
        # Services: glossary entry, coverage and availability.
        s3 = page.find(id="service-amazon-s3")
        assert s3["data-coverage"] == "covered"
        assert s3.find("a", string={"ko": "용어집", "en": "Glossary"}[lang])["href"] == (
            "../glossary/#s3"
        )
        classic = page.find(id="service-ec2-classic")
        assert classic["data-availability"] == "retired"
        assert "2023-08-15" in classic.get_text() and "Amazon VPC" in classic.get_text()
        # Each tick box is a real checkbox named by its own label.
        for box in page.select("input[type=checkbox]"):
            label = page.find("label", attrs={"for": box["id"]})
            assert label is not None and not label.has_attr("aria-label")
        assert len(page.select("input[type=checkbox][data-item]")) == 14 + 2


def test_topic_pages_name_their_task_statements(site):
    for root, title in (("", "비용 최적화 스토리지 솔루션 설계"), ("en/", "Design cost-optimized")):
        line = article(site, root + "storage/s3").select_one(".exam-guide-page-tasks")
        (link,) = line.select("a")
        assert link["href"] == "../../exam-guide/#task-4-1"
        assert link.get_text() == "4.1" and link["title"].startswith(title)
    assert article(site, "compute/ec2").select_one(".exam-guide-page-tasks") is None


def test_the_exam_guide_page_is_searchable(site):
    """Unlike the tip and glossary indexes, which repeat what pages say, the map's task
    statements and services are found nowhere else."""
    docs, _korean = read_index(json.loads((site / "search" / "search_index.json").read_text()))
    text = " ".join(doc["text"] for doc in docs if doc["location"].startswith("exam-guide/"))
    assert "접근 패턴에 맞는 스토리지 클래스를 고릅니다." in text
    assert not [doc for doc in docs if doc["location"].startswith("exam-tips/")]
