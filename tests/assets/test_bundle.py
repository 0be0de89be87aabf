"""Table-driven tests of the assets plugin's pure part: names, bundles, rebased url()s and the
extra_css / extra_javascript lists across static-i18n's builds."""

from __future__ import annotations

import hashlib

import pytest

from plugins.assets.bundle import (
    BundleError,
    Stylesheet,
    bundle_stylesheets,
    content_hash,
    hashed_name,
    is_local,
    original_paths,
    rebase_url,
    rebase_urls,
    theme_bundle,
    with_bundle,
)
from scripts.deploy import rules

pytestmark = pytest.mark.unit

DATA = b".md-typeset{color:red}\n"
HASH = hashlib.sha256(DATA).hexdigest()[:8]


def test_the_hash_is_the_start_of_the_sha256():
    assert content_hash(DATA) == HASH
    assert content_hash(DATA + b" ") != HASH


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("assets/site.css", f"assets/site.{HASH}.css"),
        ("assets/study-index.js", f"assets/study-index.{HASH}.js"),
        ("assets/diagrams/diagrams.css", f"assets/diagrams/diagrams.{HASH}.css"),
        ("vendor/lib.min.js", f"vendor/lib.{HASH}.min.js"),  # Material's order
        ("module.mjs", f"module.{HASH}.mjs"),
        ("a.b.css", f"a.b.{HASH}.css"),
    ],
)
def test_hashed_names_follow_materials_style(path, expected):
    assert hashed_name(path, DATA) == expected


@pytest.mark.parametrize(
    "path", ["assets/site.css", "assets/study-index.js", "assets/diagrams/diagrams.css", "x.min.js"]
)
def test_the_deploy_tool_caches_every_hashed_name_for_a_year(path):
    assert not rules.is_hashed(path)
    assert rules.cache_control(hashed_name(path, DATA)) == rules.IMMUTABLE


@pytest.mark.parametrize("path", ["assets/site", "assets/.css", "assets/.min.css"])
def test_a_name_without_extension_cannot_be_hashed(path):
    with pytest.raises(BundleError, match="no extension"):
        hashed_name(path, DATA)


@pytest.mark.parametrize(
    ("path", "local"),
    [
        ("assets/site.css", True),
        ("site.css", True),
        ("./assets/site.css", True),
        ("/assets/site.css", False),
        ("../outside.css", False),
        ("assets/../../outside.css", False),
        ("https://cdn.example.org/x.css", False),
        ("//cdn.example.org/x.css", False),
        ("assets/site.css?v=2", False),
        ("", False),
    ],
)
def test_is_local(path, local):
    assert is_local(path) is local


@pytest.mark.parametrize(
    ("ref", "source", "target", "expected"),
    [
        # The same folder: untouched, byte for byte.
        ("icons/x.svg", "assets/site.css", "assets/site.css", "icons/x.svg"),
        ("icons/x.svg", "assets/diagrams/diagrams.css", "assets/site.css", "diagrams/icons/x.svg"),
        ("../favicon.svg", "assets/diagrams/diagrams.css", "assets/site.css", "favicon.svg"),
        ("x.svg#icon", "assets/diagrams/d.css", "assets/site.css", "diagrams/x.svg#icon"),
        ("f.woff2?v=3", "assets/fonts/f.css", "assets/site.css", "fonts/f.woff2?v=3"),
        ("x.svg", "site.css", "assets/site.css", "../x.svg"),
        ("assets/x.svg", "extra.css", "assets/site.css", "x.svg"),
        # The same from anywhere.
        ("/assets/x.svg", "a/b.css", "site.css", "/assets/x.svg"),
        ("https://example.org/x.svg", "a/b.css", "site.css", "https://example.org/x.svg"),
        ("data:image/svg+xml,%3Csvg%3E", "a/b.css", "site.css", "data:image/svg+xml,%3Csvg%3E"),
        ("#gradient", "a/b.css", "site.css", "#gradient"),
    ],
)
def test_rebase_url(ref, source, target, expected):
    assert rebase_url(ref, source, target) == expected


def test_a_url_climbing_out_of_the_site_fails_naming_the_file():
    with pytest.raises(BundleError, match=r"assets/site\.css: url\(\.\./\.\./x\.png\)"):
        rebase_url("../../x.png", "assets/site.css", "site.css")


@pytest.mark.parametrize(
    ("css", "expected"),
    [
        ("a{background:url(i.png)}", "a{background:url(diagrams/i.png)}"),
        ("a{background:url('i.png')}", "a{background:url('diagrams/i.png')}"),
        ('a{background:url( "i.png" )}', 'a{background:url("diagrams/i.png")}'),
        ("a{background:URL(i.png)}", "a{background:url(diagrams/i.png)}"),
        ("a{mask:url(a.svg),url(/b.svg)}", "a{mask:url(diagrams/a.svg),url(/b.svg)}"),
        ("a{color:red}", "a{color:red}"),
    ],
)
def test_rebase_urls_in_a_stylesheet(css, expected):
    assert rebase_urls(css, "assets/diagrams/diagrams.css", "assets/site.css") == expected


def test_a_bundle_keeps_the_order_and_names_each_part():
    sheets = [
        Stylesheet("assets/site.css", b"body{margin:0}\n"),
        Stylesheet("assets/study-index.css", b".term{color:blue}"),
        Stylesheet("assets/diagrams/diagrams.css", b"figure{background:url(bg.png)}\n"),
    ]
    assert bundle_stylesheets(sheets, "assets/site.css").decode() == (
        "/* site.css */\nbody{margin:0}\n\n"
        "/* study-index.css */\n.term{color:blue}\n\n"
        "/* diagrams.css */\nfigure{background:url(diagrams/bg.png)}\n"
    )


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"\xef\xbb\xbfa{}", "/* s.css */\na{}\n"),  # a byte-order mark
        (b'@charset "UTF-8";\na{}', "/* s.css */\na{}\n"),  # valid only as the first bytes
        ("a::after{content:'→ 용어'}".encode(), "/* s.css */\na::after{content:'→ 용어'}\n"),
        (
            b"/* @import is mentioned here */ a{}",
            "/* s.css */\n/* @import is mentioned here */ a{}\n",
        ),
    ],
)
def test_each_part_is_cleaned_for_the_middle_of_a_bundle(data, expected):
    assert bundle_stylesheets([Stylesheet("s.css", data)], "s.css").decode() == expected


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b'@import "more.css";\na{}', r"x\.css: @import is valid only at the top"),
        (b"@namespace svg url(http://www.w3.org/2000/svg);", r"x\.css: @namespace is valid"),
        (b"a{content:'\xff'}", r"x\.css: not UTF-8"),
    ],
)
def test_what_cannot_be_bundled_fails_naming_the_file(data, message):
    with pytest.raises(BundleError, match=message):
        bundle_stylesheets([Stylesheet("ok.css", b"a{}"), Stylesheet("x.css", data)], "b.css")


SOURCES = ["assets/site.css", "assets/study-index.css", "assets/diagrams/diagrams.css"]
BUNDLE = f"assets/site.{HASH}.css"


@pytest.mark.parametrize(
    ("paths", "emitted", "expected"),
    [
        # The first build: as configured.
        (SOURCES, {}, SOURCES),
        # The next language's build on the same config: the bundle turned back into its parts.
        ([BUNDLE], {BUNDLE: SOURCES}, SOURCES),
        # ... and a plugin that appended its stylesheet again keeps its place.
        ([BUNDLE, SOURCES[2]], {BUNDLE: SOURCES}, SOURCES),
        # Entries not bundled stay where they were.
        (["https://x/a.css", BUNDLE], {BUNDLE: SOURCES}, ["https://x/a.css", *SOURCES]),
        # Scripts: one path per name.
        (
            ["assets/study-index.0123abcd.js"],
            {"assets/study-index.0123abcd.js": ["s.js"]},
            ["s.js"],
        ),
        (["a.css", "a.css"], {}, ["a.css"]),
    ],
)
def test_original_paths(paths, emitted, expected):
    assert original_paths(paths, emitted) == expected


@pytest.mark.parametrize(
    ("paths", "bundled", "expected"),
    [
        (SOURCES, SOURCES, [BUNDLE]),
        (["https://x/a.css", *SOURCES], SOURCES, ["https://x/a.css", BUNDLE]),
        ([SOURCES[0], "https://x/a.css", SOURCES[1]], SOURCES[:2], [BUNDLE, "https://x/a.css"]),
        (["missing.css", *SOURCES], SOURCES, ["missing.css", BUNDLE]),
    ],
)
def test_with_bundle_puts_it_where_the_first_part_was(paths, bundled, expected):
    assert with_bundle(paths, bundled, BUNDLE) == expected


MATERIAL_BUNDLE = "assets/javascripts/bundle.a5f9d56c.min.js"


@pytest.mark.parametrize(
    ("paths", "expected"),
    [
        ([MATERIAL_BUNDLE, "index.html"], MATERIAL_BUNDLE),
        (["assets/javascripts/workers/search.973d3a69.min.js"], None),
        (["assets/javascripts/bundle.js"], None),
        ([MATERIAL_BUNDLE, "assets/javascripts/bundle.0123abcd.min.js"], None),
        (["docs/" + MATERIAL_BUNDLE], None),
    ],
)
def test_the_theme_bundle_is_found_only_when_unambiguous(paths, expected):
    assert theme_bundle(paths) == expected
