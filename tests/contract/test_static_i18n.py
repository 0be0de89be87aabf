"""What the plugins read of mkdocs-static-i18n, or imitate of it, still exists in the
installed version: the names mkdocs.yml configures, the plugin attributes our code reads,
the attributes its files carry (generated pages must carry the same), and the event
priorities our plugins are ordered against."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from mkdocs.config import load_config
from mkdocs.structure.files import File, Files
from mkdocs_static_i18n import suffix
from mkdocs_static_i18n.config import I18nPluginConfig, I18nPluginLanguage
from mkdocs_static_i18n.plugin import I18n

from plugins import generated_pages

pytestmark = pytest.mark.contract

ROOT = Path(__file__).resolve().parents[2]

# Our plugins are ordered against these (see ARCHITECTURE.md): after static-i18n's on_files
# (-110), before or after its on_post_build, which builds the other languages (-100).
STATIC_I18N_PRIORITIES = {
    "on_config": -100,
    "on_files": -100,
    "on_nav": -100,
    "on_post_page": -100,
    "on_post_build": -100,
    "on_template_context": 50,
    "on_page_markdown": 50,
    "on_page_context": 50,
}


@pytest.fixture(scope="module")
def site_config():
    config = load_config(str(ROOT / "mkdocs.yml"))
    yield config
    config.plugins.on_shutdown()


def test_every_option_mkdocs_yml_sets_is_one_static_i18n_knows(site_config):
    options = site_config.plugins["i18n"].config
    known = {name for name, _ in I18nPluginConfig._schema}
    language_known = {name for name, _ in I18nPluginLanguage._schema}
    raw = load_config(str(ROOT / "mkdocs.yml")).plugins["i18n"].config
    assert set(raw) <= known
    for language in options.languages:
        assert set(language) <= language_known, language.locale


def test_every_attribute_our_plugins_read_exists(site_config):
    i18n = site_config.plugins["i18n"]
    i18n.on_config(site_config)
    read = set()
    for path in (ROOT / "plugins").rglob("*.py"):
        read |= set(re.findall(r"\bi18n\.(\w+)", path.read_text(encoding="utf-8")))
    assert read, "the plugins read nothing of static-i18n: update this test"
    missing = sorted(name for name in read if not hasattr(i18n, name))
    assert not missing, f"static-i18n no longer has {missing}: see ARCHITECTURE.md"
    assert i18n.current_language == "ko"
    assert (i18n.default_language, i18n.build_languages) == ("ko", ["ko", "en"])


def test_generated_pages_carry_every_attribute_static_i18n_gives_its_files(site_config):
    plain = File("x/index.en.md", site_config.docs_dir, site_config.site_dir, True)
    made = suffix.create_i18n_file(plain, "en", "ko", ["ko", "en"], site_config)
    given = set(vars(made)) - set(vars(plain))
    assert given >= {"locale", "alternates", "locale_alternate_of"}
    # File.generated names the plugin running, which only an event dispatch sets.
    site_config.plugins._current_plugin = "contract-test"
    generated = generated_pages.add_generated_page(Files([]), site_config, "x", "en", "# X")
    missing = sorted(given - set(vars(generated)))
    assert not missing, (
        f"static-i18n's files now carry {missing}: plugins/generated_pages.py must set them too"
    )


def test_static_i18n_runs_its_hooks_at_the_priorities_ours_are_ordered_against():
    found = {
        name: getattr(getattr(I18n, name), "mkdocs_priority", 0)
        for name in STATIC_I18N_PRIORITIES
        if hasattr(I18n, name)
    }
    assert found == STATIC_I18N_PRIORITIES
