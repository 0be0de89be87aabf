"""The assets plugin's settings: a bad bundle name is refused, naming the value."""

from __future__ import annotations

import pytest

from plugins.assets.config import AssetsConfig

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        ("assets/site.css", True),
        ("assets/stylesheets/extra.css", True),
        ("assets/site.js", False),
        ("/assets/site.css", False),
        ("../site.css", False),
        ("https://cdn.example.org/site.css", False),
    ],
)
def test_bundle_stylesheet(value, valid):
    config = AssetsConfig()
    config.load_dict({"bundle_stylesheet": value})
    failed, _warnings = config.validate()
    assert (failed == []) is valid
    if not valid:
        assert repr(value) in str(failed[0][1])
