"""plugins/glossary/model.py: reading and checking glossary files, and the index order."""

from __future__ import annotations

from pathlib import Path

import pytest

from plugins.glossary.model import (
    GlossaryEntry,
    TermText,
    alias_key,
    group_entries,
    load_glossary,
    sort_name,
)

pytestmark = pytest.mark.unit

ROOT = Path(__file__).resolve().parents[2]
LANGS = ("ko", "en")

GOOD = """\
- id: ec2
  related: [s3]
  ko:
    term: Amazon EC2
    aliases: [EC2]
    definition: 가상 서버입니다.
    link: https://docs.aws.amazon.com/ko_kr/ec2/
  en:
    term: Amazon EC2
    aliases: [EC2]
    definition: Virtual servers.
- id: s3
  ko:
    term: Amazon S3
    aliases: [S3]
    definition: 객체 스토리지입니다.
  en:
    term: Amazon S3
    aliases: [S3]
    definition: Object storage.
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def load(tmp_path: Path, *texts: str):
    files = [write(tmp_path, f"f{i}.yml", text) for i, text in enumerate(texts)]
    return load_glossary(files, LANGS, tmp_path)


def test_good_file_loads(tmp_path):
    glossary, problems = load(tmp_path, GOOD)
    assert problems == []
    assert list(glossary.entries) == ["ec2", "s3"]
    ec2 = glossary.entries["ec2"]
    assert ec2.related == ("s3",)
    assert ec2.text("ko") == TermText(
        "Amazon EC2", ("EC2",), "가상 서버입니다.", "https://docs.aws.amazon.com/ko_kr/ec2/"
    )
    assert ec2.text("en").link is None
    assert ec2.source == "f0.yml:1"
    assert ("EC2", "ec2") in glossary.aliases("en")
    assert ("Amazon EC2", "ec2") in glossary.aliases("ko")


ENTRY = """\
- id: {id}
  ko:
    term: {ko}
    aliases: [{ko_alias}]
    definition: 정의.
  en:
    term: {en}
    aliases: [{en_alias}]
    definition: Definition.
"""


def entry(id="x", ko="엑스", en="Ex", ko_alias="", en_alias="") -> str:
    return ENTRY.format(id=id, ko=ko, en=en, ko_alias=ko_alias, en_alias=en_alias)


@pytest.mark.parametrize(
    ("texts", "where", "message"),
    [
        ((GOOD, entry(id="ec2", ko="다른", en="Other")), "f1.yml:1", "duplicate term id 'ec2'"),
        ((GOOD, entry(ko_alias="EC2")), "f1.yml:4", "duplicate ko alias 'EC2'"),
        ((GOOD, entry(en="Amazon  ec2")), "f1.yml:7", "duplicate en alias 'Amazon  ec2'"),
        ((entry(en_alias="AZ"),), "f0.yml:8", "alias 'AZ' of 'x' is too short"),
        (
            ("- id: x\n  ko:\n    term: 엑스\n    definition: 정의.\n",),
            "f0.yml:1",
            "term 'x' has no 'en' side",
        ),
        (
            ("- id: x\n  ko:\n    term: 엑스\n  en:\n    term: Ex\n    definition: D.\n",),
            "f0.yml:3",
            "'ko.definition' is missing",
        ),
        (("- id: Bad_Id\n",), "f0.yml:1", "term id 'Bad_Id'"),
        (
            (entry().replace("  ko:", "  related: [nowhere]\n  ko:"),),
            "f0.yml:1",
            "'nowhere' is unknown",
        ),
        ((entry().replace("  ko:", "  related: [x]\n  ko:"),), "f0.yml:1", "related to itself"),
        (
            (entry().replace("    definition: 정의.", "    definitoin: 정의."),),
            "f0.yml:5",
            "unknown key",
        ),
        ((entry().replace("정의.", "<b>정의</b>"),), "f0.yml:3", "plain text"),
        ((entry() + "  extra: 1\n",), "f0.yml:10", "unknown key 'extra'"),
        (("- id: x\n  ko: [1]\n",), "f0.yml:2", "must be a mapping"),
        (("id: x\n",), "f0.yml:1", "a glossary file is a list"),
        (("- id: x\n  ko: {term: [\n",), "f0.yml:", "not valid YAML"),
    ],
)
def test_problems_name_file_and_line(tmp_path, texts, where, message):
    _glossary, problems = load(tmp_path, *texts)
    assert any(str(p).startswith(where) and message in p.message for p in problems), [
        str(p) for p in problems
    ]


def test_http_link_is_refused(tmp_path):
    text = entry().replace("    definition: Definition.", "    definition: D.\n    link: http://x")
    _glossary, problems = load(tmp_path, text)
    assert [p.message for p in problems] == ["term 'x': 'en.link' must be an https:// address"]


def test_a_bad_alias_is_dropped_but_the_term_kept(tmp_path):
    glossary, problems = load(tmp_path, GOOD, entry(id="ebs", ko_alias="EC2"))
    assert len(problems) == 1
    assert glossary.entries["ebs"].text("ko").aliases == ()
    assert ("EC2", "ec2") in glossary.aliases("ko")


def test_a_term_missing_a_language_is_left_out(tmp_path):
    glossary, problems = load(tmp_path, "- id: x\n  ko:\n    term: 엑스\n    definition: 정의.\n")
    assert "x" not in glossary.entries
    assert problems


@pytest.mark.parametrize(
    ("name", "key"),
    [("Amazon EC2", "amazonec2"), ("보안 그룹", "보안그룹"), ("Security  Group", "securitygroup")],
)
def test_alias_key(name, key):
    assert alias_key(name) == key


@pytest.mark.parametrize(
    ("term", "name"),
    [
        ("Amazon S3", "S3"),
        ("AWS Lambda", "Lambda"),
        ("AWS Identity and Access Management", "Identity and Access Management"),
        ("Amazon", "Amazon"),
        ("Auto Scaling", "Auto Scaling"),
        ("가용 영역", "가용 영역"),
    ],
)
def test_sort_name_ignores_amazon_and_aws(term, name):
    assert sort_name(term) == name


def make(entry_id: str, ko: str, en: str) -> GlossaryEntry:
    return GlossaryEntry(
        entry_id, (), {"ko": TermText(ko, (), "정의"), "en": TermText(en, (), "definition")}
    )


TERMS = [
    make("region", "리전", "Region"),
    make("az", "가용 영역", "Availability Zone"),
    make("s3", "Amazon S3", "Amazon S3"),
    make("sg", "보안 그룹", "security group"),
    make("ebs", "Amazon EBS", "Amazon EBS"),
    make("lambda", "AWS Lambda", "AWS Lambda"),
    make("hvm", "HVM 가상화", "HVM virtualization"),
    make("edge", "엣지 로케이션", "edge location"),
    make("ip", "탄력적 IP 주소", "Elastic IP address"),
    make("three", "3티어 아키텍처", "three-tier architecture"),
    make("kkk", "까다로운 용어", "Tricky term"),
]


def test_korean_index_is_ganada_then_latin():
    groups = group_entries(TERMS, "ko")
    assert [g.letter for g in groups] == ["ㄱ", "ㄹ", "ㅂ", "ㅇ", "ㅌ", "E", "H", "L", "S", "#"]
    by_letter = {g.letter: [e.text("ko").term for e in g.entries] for g in groups}
    assert by_letter["ㄱ"] == ["가용 영역", "까다로운 용어"]  # ㄲ files under ㄱ, after 가
    assert by_letter["S"] == ["Amazon S3"]  # sorted without "Amazon"
    assert by_letter["L"] == ["AWS Lambda"]
    assert by_letter["#"] == ["3티어 아키텍처"]
    assert groups[0].anchor == "letter-ㄱ"
    assert groups[-1].anchor == "letter-other"


def test_english_index_is_a_to_z():
    groups = group_entries(TERMS, "en")
    assert [g.letter for g in groups] == ["A", "E", "H", "L", "R", "S", "T"]
    by_letter = {g.letter: [e.text("en").term for e in g.entries] for g in groups}
    assert by_letter["E"] == ["Amazon EBS", "edge location", "Elastic IP address"]
    assert by_letter["S"] == ["Amazon S3", "security group"]
    assert by_letter["T"] == ["three-tier architecture", "Tricky term"]


def test_the_project_glossary_is_clean_and_big_enough():
    files = sorted((ROOT / "glossary").glob("*.yml"))
    glossary, problems = load_glossary(files, LANGS, ROOT)
    assert [str(p) for p in problems] == []
    assert len(glossary) >= 150  # the floor for the whole site
    core, _ = load_glossary([ROOT / "glossary" / "core.yml"], LANGS, ROOT)
    assert len(core) >= 120
    for entry_ in core.entries.values():
        for lang in LANGS:
            text = entry_.text(lang)
            assert text.link and text.link.startswith("https://docs.aws.amazon.com/"), entry_.id
            assert ("/ko_kr/" in text.link) == (lang == "ko"), (entry_.id, lang)
