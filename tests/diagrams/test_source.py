"""Loading a diagram source and looking up its labels: pure Python, no Graphviz."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from plugins.diagrams.source import DiagramError, Labels, load_source

pytestmark = pytest.mark.unit

LANGUAGES = ["ko", "en"]

GOOD = '''\
"""A two-node diagram for tests."""
from diagrams.aws.network import InternetGateway

CAPTION = {"ko": "그림 설명", "en": "A caption"}
ALT = {"ko": "대체 텍스트", "en": "Alt text"}
LABELS = {
    "igw": {"ko": "인터넷 게이트웨이", "en": "Internet gateway"},
    "vpc": {"ko": "VPC", "en": "VPC"},
}


def draw(t):
    InternetGateway(t("igw"))
'''


def write_source(tmp_path: Path, text: str, name: str = "sample") -> Path:
    path = tmp_path / f"{name}.py"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def line_of(path: Path, needle: str) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not in {path}")


def test_a_good_source_loads_with_every_language(tmp_path):
    source = load_source(write_source(tmp_path, GOOD), LANGUAGES)
    assert source.name == "sample"
    assert source.direction == "LR"
    assert source.caption == {"ko": "그림 설명", "en": "A caption"}
    assert source.labels["igw"]["en"] == "Internet gateway"


@pytest.mark.parametrize(
    ("lang", "expected"), [("ko", "인터넷 게이트웨이"), ("en", "Internet gateway")]
)
def test_the_labeller_returns_the_language_asked_for(tmp_path, lang, expected):
    source = load_source(write_source(tmp_path, GOOD), LANGUAGES)
    t = source.labeller(lang)
    assert t("igw") == expected
    assert t.unused() == ["vpc"]


def test_an_unknown_key_names_the_line_of_the_call(tmp_path):
    path = write_source(tmp_path, GOOD.replace('t("igw")', 't("igw-typo")'))
    source = load_source(path, LANGUAGES)
    t = source.labeller("en")
    # Called from code inside the source file, as draw(t) would.
    namespace = {"t": t}
    code = compile("\n" * (line_of(path, "igw-typo") - 1) + 't("igw-typo")', str(path), "exec")
    with pytest.raises(DiagramError) as caught:
        exec(code, namespace)
    assert caught.value.path == path
    assert caught.value.line == line_of(path, "igw-typo")
    assert "'igw-typo' is not in LABELS" in str(caught.value)


def test_a_label_missing_a_language_names_its_line(tmp_path):
    path = write_source(
        tmp_path, GOOD.replace('"vpc": {"ko": "VPC", "en": "VPC"}', '"vpc": {"ko": "VPC"}')
    )
    with pytest.raises(DiagramError) as caught:
        load_source(path, LANGUAGES)
    error = caught.value
    assert error.line == line_of(path, '"vpc": {"ko": "VPC"}')
    assert "label 'vpc' has no 'en' text" in str(error)
    assert str(error).startswith(f"{error.where}: ")
    assert error.where.endswith(f"sample.py:{error.line}")


def test_an_empty_text_counts_as_missing(tmp_path):
    path = write_source(tmp_path, GOOD.replace('"en": "Alt text"', '"en": "  "'))
    with pytest.raises(DiagramError, match="ALT has no 'en' text") as caught:
        load_source(path, LANGUAGES)
    assert caught.value.line == line_of(path, "ALT = ")


def test_caption_must_exist(tmp_path):
    path = write_source(
        tmp_path, GOOD.replace('CAPTION = {"ko": "그림 설명", "en": "A caption"}', "")
    )
    with pytest.raises(DiagramError, match="CAPTION must be a dict"):
        load_source(path, LANGUAGES)


def test_a_bad_direction_names_the_value(tmp_path):
    path = write_source(tmp_path, GOOD + '\nDIRECTION = "UP"\n')
    with pytest.raises(DiagramError, match="DIRECTION is 'UP'") as caught:
        load_source(path, LANGUAGES)
    assert caught.value.line == line_of(path, "DIRECTION =")


def test_graph_attr_may_not_change_the_font(tmp_path):
    path = write_source(
        tmp_path, GOOD + '\nGRAPH_ATTR = {"fontname": "Comic Sans", "nodesep": "1"}\n'
    )
    with pytest.raises(DiagramError, match="may not set fontname"):
        load_source(path, LANGUAGES)


def test_draw_must_take_t(tmp_path):
    path = write_source(tmp_path, GOOD.replace("def draw(t):", "def draw():"))
    with pytest.raises(DiagramError, match="draw must take one argument") as caught:
        load_source(path, LANGUAGES)
    assert caught.value.line == line_of(path, "def draw")


def test_a_syntax_error_names_its_line(tmp_path):
    path = write_source(tmp_path, GOOD.replace("LABELS = {", "LABELS = {{"))
    with pytest.raises(DiagramError, match="syntax error"):
        load_source(path, LANGUAGES)


def test_an_exception_while_loading_names_its_line(tmp_path):
    path = write_source(
        tmp_path, GOOD.replace("from diagrams", "import no_such_module\nfrom diagrams")
    )
    with pytest.raises(DiagramError, match="ModuleNotFoundError") as caught:
        load_source(path, LANGUAGES)
    assert caught.value.line == line_of(path, "import no_such_module")


def test_labels_used_directly():
    t = Labels(Path("x.py"), {"a": {"ko": "가", "en": "A"}}, "en")
    assert t("a") == "A"
    with pytest.raises(DiagramError, match="'b' is not in LABELS"):
        t("b")
