"""plugins/languages.py: one answer to "which language" for every plugin."""

from types import SimpleNamespace

import pytest

from plugins import languages

pytestmark = pytest.mark.unit


def a_config(i18n=None, theme_language=None):
    return SimpleNamespace(
        plugins={"i18n": i18n} if i18n else {},
        theme={"language": theme_language} if theme_language else {},
    )


def static_i18n(current=None):
    """What static-i18n's plugin answers for this site's mkdocs.yml (ko default, en built)."""
    return SimpleNamespace(
        default_language="ko",
        build_languages=["ko", "en"],
        all_languages=["ko", "en"],
        current_language=current,
    )


def test_static_i18n_decides_when_enabled():
    # The theme's language is not asked: static-i18n rewrites it per build.
    config = a_config(static_i18n(current="en"), theme_language="fr")
    assert languages.build_language(config) == "en"
    assert languages.default_language(config) == "ko"
    assert languages.built_languages(config) == ["ko", "en"]
    assert languages.all_languages(config) == ["ko", "en"]


def test_before_static_i18n_names_a_language_the_build_is_the_default_one():
    assert languages.build_language(a_config(static_i18n(current=None))) == "ko"


def test_without_static_i18n_the_theme_language_else_one_fallback():
    assert languages.build_language(a_config(theme_language="ko")) == "ko"
    assert languages.built_languages(a_config(theme_language="ko")) == ["ko"]
    for ask in (languages.build_language, languages.default_language):
        assert ask(a_config()) == languages.FALLBACK == "en"


def test_a_file_is_in_its_static_i18n_locale_else_in_the_build_language():
    config = a_config(static_i18n(current="ko"))
    assert languages.file_language(SimpleNamespace(locale="en"), config) == "en"
    assert languages.file_language(SimpleNamespace(), config) == "ko"


def test_language_root():
    assert languages.language_root("ko", "ko") == ""
    assert languages.language_root("en", "ko") == "en/"


def test_every_plugin_asks_this_module():
    """No plugin reads static-i18n's or the theme's language on its own any more."""
    from pathlib import Path

    root = Path(languages.__file__).parent
    readers = [
        str(path.relative_to(root))
        for path in root.rglob("*.py")
        if path.name != "languages.py"
        and any(
            needle in path.read_text()
            for needle in ('theme.get("language")', "current_language", 'get("i18n")')
        )
    ]
    assert readers == []
