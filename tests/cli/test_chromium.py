"""The one description of the system Chromium (scripts/chromium.py), without starting it."""

from __future__ import annotations

import pytest

from scripts import chromium, lighthouse_bench

pytestmark = pytest.mark.unit


class FakeBrowserType:
    def __init__(self):
        self.calls = []

    def launch(self, **kwargs):
        self.calls.append(kwargs)
        return "browser"


class FakePlaywright:
    def __init__(self):
        self.chromium = FakeBrowserType()


def test_flags_keep_chromium_off_the_network_and_running_in_a_container():
    for flag in (
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
    ):
        assert flag in chromium.ARGS
    assert len(set(chromium.ARGS)) == len(chromium.ARGS)
    assert all(flag.startswith("--") for flag in chromium.ARGS)


def test_launch_starts_the_system_browser_with_the_flags(tmp_path):
    binary = tmp_path / "chromium"
    binary.write_text("")
    playwright = FakePlaywright()
    assert chromium.launch(playwright, str(binary), timeout=5) == "browser"
    assert playwright.chromium.calls == [
        {"executable_path": str(binary), "args": list(chromium.ARGS), "timeout": 5}
    ]


def test_a_missing_browser_names_the_debian_package_and_the_command(tmp_path):
    playwright = FakePlaywright()
    with pytest.raises(chromium.ChromiumMissing) as missing:
        chromium.launch(playwright, str(tmp_path / "nowhere"))
    assert "apt-get install -y --no-install-recommends chromium" in str(missing.value)
    assert str(tmp_path / "nowhere") in str(missing.value)
    assert playwright.chromium.calls == []


def test_lighthouse_shares_the_path_and_the_container_flags():
    assert lighthouse_bench.CHROME == chromium.PATH
    assert lighthouse_bench.CHROME_FLAGS.split() == ["--headless=new", *chromium.CONTAINER_ARGS]
