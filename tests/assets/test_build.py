"""The assets plugin in real builds: every page of the site links one hashed stylesheet of
ours and hashed scripts, the unhashed files are gone, rebuilds in one process follow edits,
and a stylesheet that is not there fails the build."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from plugins.assets.bundle import hashed_name
from plugins.diagrams.manager import STYLESHEET, STYLESHEET_SOURCE
from scripts import configfile
from scripts.deploy import rules

from ..pages import parsed

pytestmark = pytest.mark.build

ROOT = Path(__file__).resolve().parents[2]
MATERIAL = re.compile(r"assets/(stylesheets|javascripts)/[a-z]+\.[0-9a-f]{8}\.min\.(css|js)")
BUNDLE = re.compile(r"assets/site\.[0-9a-f]{8}\.css")
PAGES = {"ko": "index.md", "en": "index.en.md"}


def configured() -> tuple[list[str], list[str]]:
    """mkdocs.yml's extra_css and extra_javascript paths."""
    config = configfile.load(ROOT / "mkdocs.yml")
    scripts = [s if isinstance(s, str) else s["path"] for s in config["extra_javascript"]]
    return config["extra_css"], scripts


def html_pages(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("*.html") if "assets" not in p.relative_to(site).parts)


def linked(site: Path, page: Path, selector: str, attribute: str) -> list[str]:
    """Site-relative paths of what a page links (the 404 page links from the site root)."""
    soup = parsed(page)
    paths = []
    for element in soup.select(selector):
        url = element[attribute]
        target = site / url.lstrip("/") if url.startswith("/") else page.parent / url
        paths.append(target.resolve().relative_to(site.resolve()).as_posix())
    return paths


def ours(paths: list[str]) -> list[str]:
    return [path for path in paths if not MATERIAL.fullmatch(path)]


# ------------------------------------------------------------------ the real site


def test_every_page_links_one_stylesheet_of_ours_named_by_its_content(built_site):
    pages = html_pages(built_site)
    assert {"404.html", "index.html", "en/index.html", "en/glossary/index.html"} <= {
        p.relative_to(built_site).as_posix() for p in pages
    }
    bundles = set()
    for page in pages:
        stylesheets = linked(built_site, page, "link[rel=stylesheet]", "href")
        where = page.relative_to(built_site)
        assert len(stylesheets) == 3 and len(ours(stylesheets)) == 1, f"{where}: {stylesheets}"
        bundles.update(ours(stylesheets))
    # The same file for both languages, the 404 page and the generated pages.
    (bundle,) = bundles
    assert BUNDLE.fullmatch(bundle)
    assert hashed_name("assets/site.css", (built_site / bundle).read_bytes()) == bundle
    assert rules.cache_control(bundle) == rules.IMMUTABLE


def test_the_bundle_holds_our_stylesheets_in_their_order(built_site):
    (bundle,) = ours(linked(built_site, built_site / "index.html", "link[rel=stylesheet]", "href"))
    text = (built_site / bundle).read_text(encoding="utf-8")
    extra_css, _ = configured()
    # mkdocs.yml's stylesheets, then the one the diagrams plugin adds.
    sources = [ROOT / "docs" / path for path in extra_css] + [STYLESHEET_SOURCE]
    positions = [text.find(source.read_text(encoding="utf-8").strip()) for source in sources]
    assert -1 not in positions and positions == sorted(positions), positions


def test_every_page_loads_our_scripts_under_hashed_names(built_site):
    _, scripts = configured()
    expected = [hashed_name(path, (ROOT / "docs" / path).read_bytes()) for path in scripts]
    for page in html_pages(built_site):
        loaded = ours(linked(built_site, page, "script[src]", "src"))
        if page.name == "404.html":
            loaded = [path for path in loaded if path != "assets/site/not-found.js"]
        assert loaded == expected, page.relative_to(built_site)
    for name in expected:
        assert rules.cache_control(name) == rules.IMMUTABLE
        assert (built_site / name).is_file()


def test_every_page_defers_materials_bundle_and_then_our_scripts(built_site):
    """The page paints before Material's bundle runs; our scripts still run after it."""
    for page in html_pages(built_site):
        soup = parsed(page)
        scripts = [s for s in soup.select("script[src]") if "not-found.js" not in s["src"]]
        where = page.relative_to(built_site)
        assert "/javascripts/bundle." in scripts[0]["src"], where
        assert all(script.has_attr("defer") for script in scripts), where
        assert all(not s.has_attr("async") for s in scripts), where


def test_the_unhashed_files_are_not_published(built_site):
    extra_css, scripts = configured()
    for path in [*extra_css, STYLESHEET, *scripts]:
        assert not (built_site / path).exists(), path


# ------------------------------------------------------------------ a small site


def small_site(tmp_path: Path, with_assets: bool = True) -> Path:
    """Two pages, and copies of the site's stylesheets and scripts (read at test time)."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / PAGES["ko"]).write_text("# 홈\n\n본문입니다.\n", encoding="utf-8")
    (docs / PAGES["en"]).write_text("# Home\n\nBody text.\n", encoding="utf-8")
    if with_assets:
        for path in [*configured()[0], *configured()[1]]:
            (docs / path).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(ROOT / "docs" / path, docs / path)
    return docs


def small_config(tmp_path: Path, docs: Path) -> Path:
    config = configfile.without_plugins(
        configfile.load(ROOT / "mkdocs.yml"), {"glossary", "exam-tips", "korean-search"}
    )
    # The real bank's targets are not this small site's (it has no questions).
    config = configfile.with_plugin_options(config, "practice", {"practice_targets": {}})
    config["docs_dir"] = str(docs)
    config["theme"]["custom_dir"] = str(ROOT / "overrides")
    config["nav"] = [PAGES["ko"]]
    return configfile.dump(config, tmp_path / "mkdocs.yml")


def test_rebuilds_in_one_process_follow_edits_and_do_not_pile_up(tmp_path):
    """`mkdocs serve` rebuilds, and static-i18n builds every language, on one config with the
    same plugin instances: every build bundles the files as they are now, once."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    docs = small_site(tmp_path)
    site = tmp_path / "site"
    config = load_config(str(small_config(tmp_path, docs)), site_dir=str(site))
    first_css = docs / configured()[0][0]
    names = []
    for edit in ("", "\n.edited { color: red; }\n"):
        first_css.write_text(first_css.read_text(encoding="utf-8") + edit, encoding="utf-8")
        build(config)
        ko = ours(linked(site, site / "index.html", "link[rel=stylesheet]", "href"))
        en = ours(linked(site, site / "en" / "index.html", "link[rel=stylesheet]", "href"))
        assert ko == en and len(ko) == 1 and BUNDLE.fullmatch(ko[0]), (ko, en)
        assert config.extra_css == ko
        assert len(config.extra_javascript) == len(configured()[1])
        assert sorted(p.name for p in (site / "assets").glob("site.*.css")) == [ko[0][7:]]
        names.append(ko[0])
    assert names[0] != names[1]
    assert ".edited" in (site / names[1]).read_text(encoding="utf-8")


def test_a_stylesheet_that_is_not_there_fails_the_build(tmp_path, build_fixture_site):
    docs = small_site(tmp_path, with_assets=False)
    result = build_fixture_site(docs, {"nav": [PAGES["ko"]]}, expect_failure=True)
    path = configured()[0][0]
    assert f"assets: extra_css entry '{path}' is not a file of the site" in result.stderr
