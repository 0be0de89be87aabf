"""The practice plugin in MkDocs builds: a small bilingual fixture (tests/fixtures/practice/)
with a bank written by each test, for the section's place, the strict failures and the
exports across a rebuild; and the real site, for what readers and other plugins see."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup
from mkdocs import utils as mkdocs_utils

from plugins.search.index import read_index
from scripts import configfile

pytestmark = pytest.mark.build

ROOT = Path(__file__).resolve().parents[2]
# MkDocs' own cleaning of the site folder, as imported (before any build of this run).
CLEAN_DIRECTORY = mkdocs_utils.clean_directory
FIXTURE = ROOT / "tests" / "fixtures" / "practice"
GLOSSARY = ROOT / "tests" / "fixtures" / "study-index" / "glossary"
NAV = [
    # Pages of 시작하기 and 학습 도구 are not topic pages (mkdocs.yml's endings_exempt_sections).
    {"시작하기": ["index.md"]},
    {"스토리지": ["storage/s3/index.md"]},
    {
        "학습 도구": [
            "glossary/index.md",
            "exam-guide/index.md",
            "practice/index.md",
            "exam-tips/index.md",
            "review/index.md",
            "corrections/index.md",
        ]
    },
]


def question(qid: str, key: int = 2, ko_anchor: str = "스토리지-클래스") -> dict:
    options = []
    for n in range(1, 5):
        entry = {
            "ko": {"text": f"보기 {n} `s3:GetObject`", "explanation": f"해설 {n}"},
            "en": {"text": f"Option {n} `s3:GetObject`", "explanation": f"Why {n}"},
        }
        if n == key:
            entry["correct"] = True
        options.append(entry)
    return {
        "id": qid,
        "type": "single",
        "task": "4.1",
        "section": {"page": "storage/s3", "ko": ko_anchor, "en": "storage-classes"},
        "source": {
            "ko": "https://docs.aws.amazon.com/ko_kr/AmazonS3/latest/userguide/Welcome.html",
            "en": "https://docs.aws.amazon.com/AmazonS3/latest/userguide/Welcome.html",
        },
        "stem": {"ko": f"{qid} 문제입니다.", "en": f"The question {qid}."},
        "options": options,
    }


def write_bank(folder: Path, *questions: dict) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "s3.yml").write_text(
        yaml.safe_dump(list(questions), allow_unicode=True, sort_keys=False), encoding="utf-8"
    )
    return folder


def overrides(questions_dir: Path) -> dict:
    config = configfile.load(ROOT / "mkdocs.yml")
    config = configfile.with_plugin_options(
        config, "practice", {"practice_questions_dir": str(questions_dir)}
    )
    config = configfile.with_plugin_options(config, "glossary", {"glossary_dir": str(GLOSSARY)})
    # The fixture has none of the site's stylesheets and scripts (docs/assets/).
    return {"plugins": config["plugins"], "nav": NAV, "extra_css": [], "extra_javascript": []}


def build(build_site_in, workdir: Path, docs: Path, *questions, expect_failure=False):
    bank = write_bank(workdir / "questions", *questions)
    return build_site_in(docs, workdir, overrides(bank), expect_failure=expect_failure)


def copy_docs(tmp_path: Path) -> Path:
    docs = tmp_path / "docs"
    shutil.copytree(FIXTURE / "docs", docs)
    return docs


def headings(site: Path, path: str) -> list[str]:
    page = BeautifulSoup((site / path / "index.html").read_text(encoding="utf-8"), "html.parser")
    return [h.get("id") for h in page.select("article h2")]


@pytest.fixture(scope="module")
def fixture_site(tmp_path_factory, build_site_in):
    workdir = tmp_path_factory.mktemp("practice")
    site = build(build_site_in, workdir, FIXTURE / "docs", question("q-a", 2), question("q-b", 3))
    return site


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("storage/s3", ["스토리지-클래스", "시험에서는", "확인-문제", "더-읽을거리"]),
        (
            "en/storage/s3",
            ["storage-classes", "the-exam-angle", "check-yourself", "further-reading"],
        ),
    ],
)
def test_the_section_sits_between_the_exam_angle_and_the_references(fixture_site, path, expected):
    assert headings(fixture_site, path) == expected
    page = BeautifulSoup(
        (fixture_site / path / "index.html").read_text(encoding="utf-8"), "html.parser"
    )
    heading = page.select_one(f"h2#{expected[2]}")
    assert heading.has_attr("data-search-exclude")
    # In the page's table of contents.
    toc = [a["href"] for a in page.select(".md-nav--secondary a")]
    assert f"#{expected[2]}" in toc
    forms = page.select("form.practice__question")
    assert [f["id"] for f in forms] == ["q-a", "q-b"]
    for form in forms:
        for field in form.select("input"):
            label = form.select_one(f"label[for='{field['id']}']")
            assert label is not None and label.get_text(strip=True)
            assert not label.has_attr("aria-label")
    # Each answer links to the section it tests, on the same page.
    assert forms[0].select_one(".practice__meta a")["href"] == f"#{expected[0]}"
    # Inline code stays code on the page.
    assert forms[0].select_one("label code").get_text() == "s3:GetObject"


def test_the_page_without_questions_has_no_section(fixture_site):
    html = (fixture_site / "index.html").read_text(encoding="utf-8")
    assert not BeautifulSoup(html, "html.parser").select("[data-practice], h2#확인-문제")
    assert "assets/practice." not in html


@pytest.mark.parametrize(
    ("root", "title", "other"),
    [("", "연습 문제", "en/"), ("en/", "Practice questions", "")],
)
def test_the_practice_page_in_both_languages(fixture_site, root, title, other):
    path = fixture_site / root / "practice" / "index.html"
    page = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
    assert page.select_one("article h1").get_text().rstrip("¶") == title
    # Under Study tools in the nav, beside the exam guide map.
    nav = [a.get("href") for a in page.select(".md-nav--primary a.md-nav__link[href]")]
    assert nav[nav.index("../exam-guide/") + 1] == "./", nav
    # Its four sections, in the table of contents.
    assert [h["id"] for h in page.select("article h2")] == [
        "exam-mode",
        "study-mode",
        "review-mode",
        "progress",
    ]
    toc = [a["href"] for a in page.select(".md-nav--secondary a")]
    assert {"#exam-mode", "#study-mode", "#review-mode", "#progress"} <= set(toc)
    # What the script reads: both languages' banks and its two scripts, all on the site.
    data = json.loads(page.select_one("#practice-data").string)
    folder = path.parent
    assert (folder / data["json"]).resolve() == (fixture_site / root / "practice.json").resolve()
    assert (folder / data["otherJson"]).resolve() == (
        fixture_site / other / "practice.json"
    ).resolve()
    assert not page.select("article script[src]")  # Material's bundle comes first
    scripts = json.loads(page.select_one("[data-practice-page]")["data-scripts"])
    assert [Path(s).name.split(".")[0] for s in scripts] == ["trainer", "practice-page"]
    assert all((folder / s).is_file() for s in scripts)
    assert data["storageKey"] == "practice:SAA-C03"
    assert [d["weight"] for d in data["domains"]] == [30, 26, 24, 20]
    # The page filter lists each page with questions, as practice.json names it.
    bank = json.loads((fixture_site / root / "practice.json").read_text(encoding="utf-8"))
    options = [o["value"] for o in page.select("#practice-page-filter option") if o["value"]]
    assert options == list(dict.fromkeys(q["page"].split("#")[0] for q in bank))
    # The forms are real controls with labels.
    for field in page.select("[data-view=home] input, [data-view=home] select"):
        if field.get("type") == "file":
            assert field.find_parent("label") is not None
        else:
            assert page.select_one(f"label[for='{field['id']}']") is not None, field
    # Left out of search: its controls are not content.
    docs, _korean = read_index(
        json.loads((fixture_site / root / "search" / "search_index.json").read_text())
    )
    text = json.dumps(
        [d for d in docs if d["location"].startswith("practice/")], ensure_ascii=False
    )
    assert "localStorage" not in text


@pytest.mark.parametrize("root", ["", "en/"])
def test_the_practice_page_is_linked_from_the_questions_and_the_exam_guide_map(fixture_site, root):
    for path, selector in (
        ("storage/s3", ".practice__more a"),
        ("exam-guide", ".exam-guide-practice a"),
    ):
        page = BeautifulSoup(
            (fixture_site / root / path / "index.html").read_text(encoding="utf-8"),
            "html.parser",
        )
        link = page.select_one(selector)
        assert link is not None, path
        target = (fixture_site / root / path / link["href"] / "index.html").resolve()
        assert target == (fixture_site / root / "practice" / "index.html").resolve()


@pytest.mark.parametrize("root", ["", "en/"])
def test_questions_are_left_out_of_search(fixture_site, root):
    docs, _korean = read_index(
        json.loads((fixture_site / root / "search" / "search_index.json").read_text())
    )
    # The page with the questions (the exam guide map, searchable, counts them by task).
    page = [doc for doc in docs if doc["location"].startswith("storage/s3/")]
    assert page
    text = json.dumps(page, ensure_ascii=False)
    assert "q-a" not in text and "확인 문제" not in text and "Check yourself" not in text
    assert "Option 1" not in text and "보기 1" not in text


@pytest.mark.parametrize("root", ["", "en/"])
def test_the_exports(fixture_site, root):
    data = json.loads((fixture_site / root / "practice.json").read_text(encoding="utf-8"))
    assert [entry["id"] for entry in data] == ["q-a", "q-b"]
    first = data[0]
    assert first["domain"] == "cost" and first["type"] == "single" and first["task"] == "4.1"
    assert first["page"] == (
        "/storage/s3/#스토리지-클래스" if root == "" else "/en/storage/s3/#storage-classes"
    )
    assert first["options"][0]["text"].endswith(" s3:GetObject")
    assert [o["correct"] for o in first["options"]] == [False, True, False, False]
    deck = (fixture_site / root / "practice-anki.tsv").read_text(encoding="utf-8")
    assert "#guid column:1" in deck


def anki_ids(site: Path, root: str) -> dict[str, str]:
    deck = (site / root / "practice-anki.tsv").read_text(encoding="utf-8")
    body = "\n".join(line for line in deck.splitlines() if not line.startswith("#"))
    return {row[0]: row[1] for row in csv.reader(io.StringIO(body), delimiter="\t")}


def test_ids_stay_the_same_when_a_question_is_inserted(tmp_path, build_site_in):
    docs = copy_docs(tmp_path)
    first = build(build_site_in, tmp_path, docs, question("q-a", 2), question("q-b", 3))
    before = {
        root: (json.loads((first / root / "practice.json").read_text()), anki_ids(first, root))
        for root in ("", "en/")
    }
    shutil.rmtree(first)
    second = build(
        build_site_in, tmp_path, docs, question("q-new", 1), question("q-a", 2), question("q-b", 3)
    )
    for root, (old_json, old_deck) in before.items():
        new_json = json.loads((second / root / "practice.json").read_text())
        assert [e["id"] for e in new_json] == ["q-new", "q-a", "q-b"]
        # Every earlier question is exported as before, under the same id.
        assert [e for e in new_json if e["id"] != "q-new"] == old_json
        new_deck = anki_ids(second, root)
        assert set(old_deck) < set(new_deck)
        assert all(new_deck[guid] == front for guid, front in old_deck.items())
    page = BeautifulSoup((second / "storage/s3/index.html").read_text(), "html.parser")
    assert [f["id"] for f in page.select("form.practice__question")] == ["q-new", "q-a", "q-b"]


def test_a_section_that_does_not_exist_fails_the_strict_build(tmp_path, build_site_in):
    result = build(
        build_site_in,
        tmp_path,
        FIXTURE / "docs",
        question("q-lost", ko_anchor="없는-절"),
        expect_failure=True,
    )
    assert re.search(
        r"questions/s3\.yml:1: question 'q-lost': the ko page 'storage/s3' has no section "
        r"'#없는-절'",
        result.stderr,
    ), result.stderr


def test_a_page_without_its_ending_fails_the_build(tmp_path, build_site_in):
    docs = copy_docs(tmp_path)
    page = docs / "storage" / "s3" / "index.en.md"
    page.write_text(
        page.read_text(encoding="utf-8").replace("## The exam angle", "## Summary"),
        encoding="utf-8",
    )
    result = build(build_site_in, tmp_path, docs, question("q-a"), expect_failure=True)
    assert "practice: page 'storage/s3/index.en.md' has 1 questions (q-a)" in result.stderr
    assert "it has no '## The exam angle' section to follow" in result.stderr
    # The English build that failed ran inside static-i18n, which had turned MkDocs' cleaning
    # of the site folder off: the site plugin's on_build_error turned it back on, so later
    # builds in this process (and `mkdocs serve` rebuilds) start from an empty folder again.
    assert mkdocs_utils.clean_directory is CLEAN_DIRECTORY


def test_a_bank_error_fails_the_strict_build_naming_file_and_id(tmp_path, build_site_in):
    broken = question("q-broken")
    del broken["options"][0]["en"]["explanation"]
    result = build(build_site_in, tmp_path, FIXTURE / "docs", broken, expect_failure=True)
    assert "q-broken" in result.stderr and "option 1 has no explanation in 'en'" in result.stderr


# ---------------------------------------------------------------- the real site


def test_questions_are_not_glossary_backlinks(built_site):
    for root in ("", "en/"):
        folder = built_site / root / "glossary"
        for path in folder.glob("backlinks.*.json"):
            text = path.read_text(encoding="utf-8")
            assert "확인-문제" not in text and "check-yourself" not in text


def test_the_real_site_has_questions_on_four_pages(built_site):
    pages = {}
    for root in ("", "en/"):
        data = json.loads((built_site / root / "practice.json").read_text(encoding="utf-8"))
        assert len(data) >= 20
        for entry in data:
            pages.setdefault(root, set()).add(entry["page"].split("#")[0])
    assert len(pages[""]) >= 4 and len(pages["en/"]) >= 4
    for path in ("storage/s3", "security/iam", "architecture/caching", "architecture/decoupling"):
        ko = headings(built_site, path)
        en = headings(built_site, "en/" + path)
        assert ko[-3:] == ["시험에서는", "확인-문제", "더-읽을거리"], path
        assert en[-3:] == ["the-exam-angle", "check-yourself", "further-reading"], path


def test_a_bank_short_of_its_targets_fails_the_strict_build(tmp_path, build_site_in):
    options = overrides(write_bank(tmp_path / "questions", question("q-a")))
    targets = {"practice_targets": {"per_topic_page": 2, "total": 3, "per_task": 1}}
    options["plugins"] = configfile.with_plugin_options(options, "practice", targets)["plugins"]
    result = build_site_in(FIXTURE / "docs", tmp_path, options, expect_failure=True)
    assert (
        "questions/storage-s3.yml: topic page 'storage/s3' has 1 questions; every topic page "
        "needs at least 2" in result.stderr
    ), result.stderr
    assert "questions/: the bank has 1 questions; it needs at least 3" in result.stderr
    # Without the exam guide map (the fixture has none), no task statement counts as taught.
    assert "task statement" not in result.stderr
