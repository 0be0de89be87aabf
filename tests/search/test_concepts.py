"""Concepts for query expansion: glossary names in both languages and search synonyms."""

from __future__ import annotations

import pytest

from plugins.search.concepts import ConceptError, for_index, load_concepts

pytestmark = pytest.mark.unit

GLOSSARY = """
- id: lambda
  ko: {term: AWS Lambda, aliases: [Lambda, 람다], definition: d}
  en: {term: AWS Lambda, aliases: [Lambda, Lambda function], definition: d}
- id: asg
  ko: {term: Auto Scaling 그룹, aliases: [ASG, 오토 스케일링 그룹], definition: d}
  en: {term: Auto Scaling group, aliases: [ASG], definition: d}
- id: lonely
  ko: {term: 외톨이, aliases: [], definition: d}
  en: {term: 외톨이, aliases: [], definition: d}
"""


@pytest.fixture
def glossary(tmp_path):
    folder = tmp_path / "glossary"
    folder.mkdir()
    (folder / "core.yml").write_text(GLOSSARY, encoding="utf-8")
    return folder


def test_names_of_both_languages_without_repeats(glossary):
    assert load_concepts(glossary, None) == [
        ["Auto Scaling 그룹", "ASG", "오토 스케일링 그룹", "Auto Scaling group"],
        ["AWS Lambda", "Lambda", "람다", "Lambda function"],
    ]  # a term with a single name expands to nothing and is left out


def test_synonyms_add_to_a_term_or_stand_alone(glossary, tmp_path):
    synonyms = tmp_path / "synonyms.yml"
    synonyms.write_text(
        "- id: lambda\n  names: [람다 함수]\n- names: [로드밸런서, load balancer]\n",
        encoding="utf-8",
    )
    concepts = load_concepts(glossary, synonyms)
    assert ["AWS Lambda", "Lambda", "람다", "Lambda function", "람다 함수"] in concepts
    assert ["로드밸런서", "load balancer"] in concepts


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("- id: nowhere\n  names: [x]\n", "unknown glossary id 'nowhere'"),
        ("- names: []\n", "group 1: 'names' must be a non-empty list"),
        ("names: [a, b]\n", "expected a list of synonym groups"),
    ],
)
def test_bad_synonyms_name_the_file_and_the_problem(glossary, tmp_path, text, message):
    synonyms = tmp_path / "synonyms.yml"
    synonyms.write_text(text, encoding="utf-8")
    with pytest.raises(ConceptError, match=message) as error:
        load_concepts(glossary, synonyms)
    assert str(synonyms) in str(error.value)


def test_missing_folders_mean_no_concepts(tmp_path):
    assert load_concepts(tmp_path / "nowhere", tmp_path / "none.yml") == []


def test_the_project_synonyms_file_loads(tmp_path):
    from plugins.search.plugin import DEFAULT_SYNONYMS

    load_concepts(None, DEFAULT_SYNONYMS)


CONCEPTS = [
    ["AWS Lambda", "Lambda", "람다"],
    ["외톨이", "Lonely"],
    ["가용 영역", "AZ"],
    ["탄력적 IP", "Elastic IP", "EIP"],
]


@pytest.mark.parametrize(
    ("lang", "texts", "kept"),
    [
        # Korean pages are searched in both scripts: every name stays
        ("ko", [], CONCEPTS),
        # English pages: Hangul names go, unless a page quotes them; one name is no concept
        (
            "en",
            ["<p>The notes say 가용 영역.</p>", "Lambda"],
            [["AWS Lambda", "Lambda"], ["가용 영역", "AZ"], ["Elastic IP", "EIP"]],
        ),
        ("en", [], [["AWS Lambda", "Lambda"], ["Elastic IP", "EIP"]]),
    ],
)
def test_each_index_keeps_the_names_its_readers_use(lang, texts, kept):
    assert for_index(CONCEPTS, lang, texts) == kept
