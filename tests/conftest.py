"""Shared fixtures: the real site built once per run, a local server that routes like
CloudFront, and Chromium from Debian's package driven by Playwright."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from scripts import chromium, configfile

ROOT = Path(__file__).resolve().parent.parent


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def mkdocs_build(config: Path, site_dir: Path, site_url: str, cwd: Path = ROOT):
    """Strict build in a subprocess, so every build starts with fresh plugin state."""
    env = dict(os.environ, SITE_URL=site_url, NO_MKDOCS_2_WARNING="1")
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "build",
            "--strict",
            "-f",
            str(config),
            "-d",
            str(site_dir),
        ],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
    )


@pytest.fixture(scope="session")
def _site_port() -> int:
    return _free_port()


@pytest.fixture(scope="session")
def built_site(tmp_path_factory, _site_port) -> Path:
    site_dir = tmp_path_factory.mktemp("site")
    result = mkdocs_build(ROOT / "mkdocs.yml", site_dir, f"http://127.0.0.1:{_site_port}/")
    assert result.returncode == 0, f"strict build failed:\n{result.stderr}"
    return site_dir


@pytest.fixture(scope="session")
def site_url(built_site, _site_port) -> str:
    from scripts.preview import serve_in_background

    server, url = serve_in_background(built_site, _site_port)
    yield url
    server.shutdown()


@pytest.fixture
def build_fixture_site(tmp_path):
    """Build a fixture docs tree with the project's settings but its own docs and nav."""

    def build(docs_dir: Path, overrides: dict | None = None, expect_failure: bool = False):
        config = configfile.load(ROOT / "mkdocs.yml")
        config["docs_dir"] = str(Path(docs_dir).resolve())
        config["theme"]["custom_dir"] = str(ROOT / "overrides")
        config.pop("nav", None)
        config.update(overrides or {})
        config_path = configfile.dump(config, tmp_path / "mkdocs.yml")
        site_dir = tmp_path / "site"
        result = mkdocs_build(config_path, site_dir, "http://127.0.0.1:8000/", cwd=ROOT)
        if expect_failure:
            assert result.returncode != 0, "the build was expected to fail"
            return result
        assert result.returncode == 0, f"fixture build failed:\n{result.stderr}"
        return site_dir

    return build


# ---------------------------------------------------------------- browser


@dataclass
class RequestWatch:
    origin: str
    console_errors: list[str] = field(default_factory=list)
    failed_requests: list[str] = field(default_factory=list)
    external_requests: list[str] = field(default_factory=list)
    allowed: list[str] = field(default_factory=list)

    def request_failed(self, request) -> None:
        # A fetch cut short because the page navigated away (net::ERR_ABORTED) is the browser
        # tidying up, not a broken site; refused connections, DNS errors and 4xx/5xx stay.
        if request.failure != "net::ERR_ABORTED":
            self.failed_requests.append(f"{request.url} ({request.failure})")

    def allow(self, url_part: str) -> None:
        """Let a failed request (e.g. a deliberate 404 navigation) pass the teardown check."""
        self.allowed.append(url_part)

    def problems(self) -> dict[str, list[str]]:
        def kept(items):
            return [item for item in items if not any(part in item for part in self.allowed)]

        found = {
            "console errors": kept(self.console_errors),
            "failed requests": kept(self.failed_requests),
            "requests leaving 127.0.0.1": self.external_requests,
        }
        return {name: items for name, items in found.items() if items}


@pytest.fixture(scope="session")
def browser():
    try:
        chromium.require()
    except chromium.ChromiumMissing as missing:
        pytest.fail(str(missing))
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        system_chromium = chromium.launch(playwright)
        yield system_chromium
        system_chromium.close()


@pytest.fixture
def page(browser, site_url):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    watch = RequestWatch(origin=site_url.rstrip("/"))

    def guard(route):
        # Nothing may leave the machine: record and abort anything not on our server.
        url = route.request.url
        if url.startswith(watch.origin + "/") or url.startswith("data:"):
            route.continue_()
        else:
            watch.external_requests.append(url)
            route.abort()

    context.route("**/*", guard)
    browser_page = context.new_page()
    browser_page.on(
        "console",
        lambda message: (
            message.type == "error"
            and watch.console_errors.append(
                # The URL lets allow() match "Failed to load resource" for an expected 404.
                f"{message.text} ({message.location.get('url', '')})"
            )
        ),
    )
    browser_page.on("requestfailed", watch.request_failed)
    browser_page.on(
        "response",
        lambda response: (
            response.status >= 400
            and watch.failed_requests.append(f"{response.status} {response.url}")
        ),
    )
    browser_page.watch = watch
    yield browser_page
    context.close()
    problems = watch.problems()
    assert not problems, f"the page misbehaved: {problems}"
