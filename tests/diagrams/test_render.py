"""Rendering with Graphviz: light, self-contained output; the cache; parallel jobs."""

from __future__ import annotations

import gzip
import re
import shutil
import threading
import time
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from plugins.diagrams import render
from plugins.diagrams.render import (
    RenderedDiagram,
    RenderSettings,
    build_dot,
    cache_key,
    find_sources,
    render_all,
)
from plugins.diagrams.source import DiagramError, load_source
from plugins.diagrams.svg import SVG_NS, XLINK_NS, external_references

pytestmark = pytest.mark.unit

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "docs" / "diagrams"
FIRST_DIAGRAMS = ["hosting", "vpc-two-az"]
LANGUAGES = ["ko", "en"]


def test_graphviz_is_installed():
    # `make test` installs it (Debian's graphviz); without it every render below fails.
    assert shutil.which("dot"), "Graphviz's `dot` is missing: sudo apt-get install graphviz"


@pytest.fixture(scope="module")
def rendered(tmp_path_factory) -> dict[tuple[str, str], RenderedDiagram]:
    settings = RenderSettings(tmp_path_factory.mktemp("cache"))
    sources = [SOURCES / f"{name}.py" for name in FIRST_DIAGRAMS]
    results, _known, report = render_all(sources, LANGUAGES, LANGUAGES, settings)
    assert report.failed == 0, [str(r) for r in results.values() if isinstance(r, DiagramError)]
    return results


@pytest.mark.parametrize("name", FIRST_DIAGRAMS)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_first_diagrams_are_light_and_self_contained(rendered, name, lang):
    diagram = rendered[(name, lang)]
    data = diagram.svg.encode("utf-8")
    root = ET.fromstring(data)
    assert external_references(data) == []
    # No file paths of this machine, and text drawn as outlines rather than <text>.
    assert "site-packages" not in diagram.svg and str(ROOT) not in diagram.svg
    assert root.find(f".//{{{SVG_NS}}}text") is None
    assert root.find(f"{{{SVG_NS}}}title").text == diagram.caption
    # Each icon is embedded once, small, as WebP (or PNG where dot lacks WebP).
    hrefs = [i.get(f"{{{XLINK_NS}}}href") for i in root.iter(f"{{{SVG_NS}}}image")]
    assert hrefs and len(hrefs) == len(set(hrefs))
    assert all(re.match(r"data:image/(webp|png);base64,", h) for h in hrefs)
    assert max(len(h) for h in hrefs) < 12_000, "an icon was not shrunk"
    assert len(gzip.compress(data)) <= 40 * 1024
    assert 200 < diagram.width < 2000 and 200 < diagram.height < 2000


def test_labels_follow_the_language(rendered):
    assert rendered[("vpc-two-az", "ko")].caption.startswith("두 가용 영역")
    assert rendered[("vpc-two-az", "en")].caption.startswith("A VPC across two")
    source = load_source(SOURCES / "vpc-two-az.py", LANGUAGES)
    assert 'label="인터넷 게이트웨이"' in build_dot(source, "ko")
    assert 'label="Internet gateway"' in build_dot(source, "en")


def test_dot_text_is_stable_and_in_one_font():
    source = load_source(SOURCES / "hosting.py", LANGUAGES)
    first, second = build_dot(source, "ko"), build_dot(source, "ko")
    assert first == second, "node ids must not be random"
    fonts = set(re.findall(r'fontname="([^"]*)"', first))
    assert fonts == {render.FONT}
    assert "splines=spline" in first, "edge labels need splines that can carry them"


def test_output_is_the_same_from_two_cold_caches(tmp_path):
    path = SOURCES / "vpc-two-az.py"
    outputs = []
    for folder in ("a", "b"):
        results, _known, _report = render_all(
            [path], LANGUAGES, ["en"], RenderSettings(tmp_path / folder)
        )
        outputs.append(results[("vpc-two-az", "en")].svg)
    assert outputs[0] == outputs[1]


def test_an_unchanged_rebuild_renders_nothing(tmp_path):
    settings = RenderSettings(tmp_path / "cache")
    sources = [SOURCES / "vpc-two-az.py"]
    _results, known, cold = render_all(sources, LANGUAGES, LANGUAGES, settings)
    assert (cold.rendered, cold.cached) == (2, 0)
    _results, _known, warm = render_all(sources, LANGUAGES, LANGUAGES, settings)
    assert (warm.rendered, warm.cached) == (0, 2)
    _results, _known, same_process = render_all(sources, LANGUAGES, LANGUAGES, settings, known)
    assert (same_process.rendered, same_process.cached, same_process.reused) == (0, 0, 2)
    assert (tmp_path / "cache" / ".gitignore").read_text() == "*\n"


def test_the_cache_key_covers_source_language_and_settings(tmp_path):
    settings = RenderSettings(tmp_path)
    key = cache_key(b"source", "ko", LANGUAGES, settings)
    assert key == cache_key(b"source", "ko", LANGUAGES, settings)
    assert key != cache_key(b"source!", "ko", LANGUAGES, settings)
    assert key != cache_key(b"source", "en", LANGUAGES, settings)
    assert key != cache_key(b"source", "ko", LANGUAGES, RenderSettings(tmp_path, icon_size=64))
    assert "dot - graphviz version" in render.tool_versions()


def test_an_edited_source_is_rendered_again(tmp_path):
    settings = RenderSettings(tmp_path / "cache")
    path = tmp_path / "vpc-two-az.py"
    shutil.copy(SOURCES / "vpc-two-az.py", path)
    render_all([path], LANGUAGES, ["en"], settings)
    path.write_text(path.read_text().replace("Internet gateway", "IGW"), encoding="utf-8")
    results, _known, report = render_all([path], LANGUAGES, ["en"], settings)
    assert report.rendered == 1
    assert results[("vpc-two-az", "en")].svg


def test_a_failing_draw_names_the_line(tmp_path):
    path = tmp_path / "broken.py"
    text = (SOURCES / "vpc-two-az.py").read_text(encoding="utf-8")
    text = text.replace(
        "    internet - igw\n", "    internet - igw\n    raise ValueError('boom')\n"
    )
    path.write_text(text, encoding="utf-8")
    results, _known, report = render_all([path], LANGUAGES, ["ko"], RenderSettings(tmp_path))
    error = results[("broken", "ko")]
    assert report.failed == 1 and isinstance(error, DiagramError)
    assert error.path == path
    assert error.line == text.splitlines().index("    raise ValueError('boom')") + 1
    assert "ValueError: boom" in str(error)


def test_independent_diagrams_render_in_parallel(tmp_path, monkeypatch):
    threads: set[int] = set()

    def slow_render(path, lang, languages, settings):
        threads.add(threading.get_ident())
        time.sleep(0.3)
        return RenderedDiagram(path.stem, lang, "<svg/>", 1, 1, "c", "a")

    monkeypatch.setattr(render, "render_one", slow_render)
    sources = [SOURCES / f"{name}.py" for name in FIRST_DIAGRAMS]
    started = time.perf_counter()
    _results, _known, report = render_all(
        sources, LANGUAGES, LANGUAGES, RenderSettings(tmp_path, workers=4)
    )
    assert report.rendered == 4
    assert len(threads) > 1
    assert time.perf_counter() - started < 4 * 0.3


def test_sources_starting_with_an_underscore_are_helpers(tmp_path):
    for name in ("a.py", "_shared.py", "b.txt"):
        (tmp_path / name).write_text("", encoding="utf-8")
    assert [p.name for p in find_sources(tmp_path)] == ["a.py"]


def test_a_helper_module_can_be_shared_and_busts_the_cache(tmp_path):
    folder = tmp_path / "diagrams"
    folder.mkdir()
    (folder / "_shared.py").write_text('GATEWAY = "igw"\n', encoding="utf-8")
    text = (SOURCES / "vpc-two-az.py").read_text(encoding="utf-8")
    text = text.replace('"""\n\n', '"""\n\nfrom _shared import GATEWAY\n\n', 1)
    text = text.replace('igw = InternetGateway(t("igw"))', "igw = InternetGateway(t(GATEWAY))")
    (folder / "vpc.py").write_text(text, encoding="utf-8")
    settings = RenderSettings(tmp_path / "cache")
    results, _known, report = render_all(find_sources(folder), LANGUAGES, ["en"], settings)
    assert report.rendered == 1, results
    assert 'label="Internet gateway"' not in results[("vpc", "en")].svg  # outlines, not text
    (folder / "_shared.py").write_text('GATEWAY = "nat_a"\n', encoding="utf-8")
    edited, _known, again = render_all(find_sources(folder), LANGUAGES, ["en"], settings)
    assert again.rendered == 1, "editing a helper must render its diagrams again"
    # ...with the helper's new content, not the module imported the first time.
    assert edited[("vpc", "en")].svg != results[("vpc", "en")].svg
