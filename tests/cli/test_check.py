from pathlib import Path

import pytest

from scripts.check import (
    check_language_parity,
    check_notes_map,
    page_key,
    parse_range,
)

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("index.md", ("index", "ko")),
        ("index.en.md", ("index", "en")),
        ("storage/s3/index.en.md", ("storage/s3/index", "en")),
        ("storage/s3/index.md", ("storage/s3/index", "ko")),
    ],
)
def test_page_key(path, expected):
    assert page_key(Path(path)) == expected


def write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def test_parity_names_the_page_missing_a_language(tmp_path):
    write(tmp_path, {"index.md": "", "index.en.md": "", "a/index.md": "", "b/index.en.md": ""})
    problems = check_language_parity(tmp_path)
    assert [(Path(p.path).relative_to(tmp_path).as_posix(), p.message) for p in problems] == [
        ("a/index.md", "no en version: expected docs/a/index.en.md"),
        ("b/index.en.md", "no ko version: expected docs/b/index.md"),
    ]


def test_parity_is_quiet_when_every_page_has_both(tmp_path):
    write(tmp_path, {"index.md": "", "index.en.md": ""})
    assert check_language_parity(tmp_path) == []


@pytest.mark.parametrize(
    ("value", "expected"), [(12, (12, 12)), ("3-7", (3, 7)), (" 4 - 4 ", (4, 4))]
)
def test_parse_range(value, expected):
    assert parse_range(value) == expected


@pytest.mark.parametrize("value", ["7-3", "a-b", "", "1,2"])
def test_parse_range_rejects(value):
    with pytest.raises(ValueError):
        parse_range(value)


NOTES = "# DAY_1\n\nline three\nline four\n\nline six\n"


def project(tmp_path, map_yaml: str) -> Path:
    write(
        tmp_path,
        {
            "notes/architecting-on-aws-notes.ko.md": NOTES,
            "notes/map/a.yml": map_yaml,
            "docs/x/index.md": "# x",
        },
    )
    return tmp_path


def messages(problems):
    return [(Path(p.path).name, p.line, p.message) for p in problems]


def test_notes_map_fully_covered(tmp_path):
    root = project(tmp_path, "- lines: 1-4\n  page: x/index.md\n- lines: 6\n  omit: an aside\n")
    assert check_notes_map(root) == []


def test_unmapped_lines_are_reported_as_runs_over_blank_lines(tmp_path):
    root = project(tmp_path, "- lines: 1\n  page: x/index.md\n")
    assert messages(check_notes_map(root)) == [
        ("architecting-on-aws-notes.ko.md", 3, "lines 3-6 are mapped to no page (see notes/map/)")
    ]


def test_map_entries_are_validated_with_file_and_line(tmp_path):
    root = project(
        tmp_path,
        "- lines: 1-6\n  page: x/index.md\n"
        "- lines: 2\n  page: missing/index.md\n"
        "- lines: 3\n  omit: ''\n"
        "- lines: 9-3\n  page: x/index.md\n"
        "- lines: 4\n  page: x/index.md\n  omit: both\n"
        "- lines: 99\n  omit: past the end\n",
    )
    assert messages(check_notes_map(root)) == [
        ("a.yml", 3, "mapped page docs/missing/index.md does not exist"),
        ("a.yml", 5, "'omit' needs a reason"),
        ("a.yml", 7, "'lines' range '9-3' ends before it starts"),
        ("a.yml", 9, "an entry has either 'page' or 'omit', not both"),
        ("a.yml", 12, "lines 99-99: the notes end at 6"),
    ]


def test_invalid_yaml_names_the_line(tmp_path):
    root = project(tmp_path, "- lines: 1-6\n  page: x/index.md\n- lines: [\n")
    (problem,) = [p for p in check_notes_map(root) if p.path.endswith("a.yml")]
    assert problem.message.startswith("invalid YAML")
    assert problem.line == 4
