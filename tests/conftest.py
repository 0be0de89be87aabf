"""Shared fixtures: the kind marker every test carries, the real site built once per run
(shared by pytest-xdist's workers), fixture sites built in-process, a local server that routes
like CloudFront, and Chromium from Debian's package driven by Playwright."""

from __future__ import annotations

import fcntl
import io
import json
import logging
import os
import socket
import subprocess
import sys
import threading
import time
import traceback
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from scripts import chromium, configfile

ROOT = Path(__file__).resolve().parent.parent

# The lanes (pyproject.toml describes each); the order is also the order tests run in, so
# the quick lanes report first and the real site builds in the background meanwhile.
KINDS = ("unit", "contract", "infra", "deploy", "build", "browser")
REAL_SITE = "built_site"


@pytest.hookimpl(wrapper=True)
def pytest_make_collect_report(collector):
    """A module (or class) whose tests lack a kind marker, or carry two, fails to collect,
    naming them: `-m unit` (`make test-fast`) and every other lane select by it."""
    report = yield
    if report.passed and isinstance(collector, pytest.Module | pytest.Class):
        wrong = []
        for item in report.result:
            if isinstance(item, pytest.Item):
                kinds = {mark.name for mark in item.iter_markers() if mark.name in KINDS}
                if len(kinds) != 1:
                    wrong.append(f"  {item.nodeid}: {', '.join(sorted(kinds)) or 'no kind'}")
        if wrong:
            report.outcome = "failed"
            report.longrepr = (
                f"each test needs exactly one kind marker ({', '.join(KINDS)}): add "
                "`pytestmark = pytest.mark.<kind>` to the module, or mark the test\n"
                + "\n".join(wrong)
            )
            report.result = []
    return report


def pytest_collection_modifyitems(items):
    """Run the lanes in KINDS order, and within each the tests that need the real site last."""
    # sorted() is stable: within a lane, tests keep the order of their files.
    items[:] = sorted(items, key=lambda item: (_kind_rank(item), REAL_SITE in item.fixturenames))


def _kind_rank(item) -> int:
    return next(KINDS.index(m.name) for m in item.iter_markers() if m.name in KINDS)


# ---------------------------------------------------------------- building sites


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class BuildResult:
    returncode: int
    stderr: str  # the warnings and errors `mkdocs build` would have printed


def build_in_process(config_path: Path, site_dir: Path, site_url: str) -> BuildResult:
    """`mkdocs build --strict` through MkDocs' API, as mkdocstrings' tests build: a config
    loaded afresh (so new plugin instances, nothing kept from an earlier build), in this
    process, where MkDocs, Material and the plugins are imported once instead of per build.
    Plugins that must survive a rebuild in one process have their own tests (`mkdocs serve`)."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    output = io.StringIO()
    handler = logging.StreamHandler(output)
    handler.setLevel(logging.WARNING)
    handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
    logger = logging.getLogger("mkdocs")
    logger.addHandler(handler)
    saved = os.environ.get("SITE_URL")
    os.environ["SITE_URL"] = site_url  # mkdocs.yml reads it with !ENV while loading
    returncode = 0
    try:
        config = load_config(str(config_path), strict=True, site_dir=str(site_dir))
        config.plugins.on_startup(command="build", dirty=False)
        try:
            build(config)
        finally:
            config.plugins.on_shutdown()
    except Exception as error:  # what the command line prints before it exits with 1
        returncode = 1
        output.write(f"{error}\n" if _is_abort(error) else traceback.format_exc())
    finally:
        logger.removeHandler(handler)
        if saved is None:
            os.environ.pop("SITE_URL", None)
        else:
            os.environ["SITE_URL"] = saved
    return BuildResult(returncode, output.getvalue())


def _is_abort(error: Exception) -> bool:
    from mkdocs.exceptions import Abort

    return isinstance(error, Abort)


def fixture_config(docs_dir: Path, overrides: dict | None, segment: bool) -> dict:
    """The project's settings with a fixture's own docs and no nav."""
    config = configfile.load(ROOT / "mkdocs.yml")
    config["docs_dir"] = str(Path(docs_dir).resolve())
    config["theme"]["custom_dir"] = str(ROOT / "overrides")
    config.pop("nav", None)
    config.update(overrides or {})
    # A fixture has none of the site's pages, which the real guide's sections point at: its
    # guide has every task pending, unless the fixture brings its own.
    tips = configfile.plugin_options(config, "exam-tips")
    if tips is not None and "guide_file" not in tips:
        guide = {"guide_file": str(ROOT / "tests" / "fixtures" / "exam-guide.yml")}
        config = configfile.with_plugin_options(config, "exam-tips", guide)
    # A fixture's bank is a handful of questions: the real bank's targets (mkdocs.yml) are not
    # its own. A test of the targets passes other values, which are kept.
    site = configfile.plugin_options(configfile.load(ROOT / "mkdocs.yml"), "practice") or {}
    ours = configfile.plugin_options(config, "practice") or {}
    if site.get("practice_targets") and ours.get("practice_targets") == site["practice_targets"]:
        config = configfile.with_plugin_options(config, "practice", {"practice_targets": {}})
    if not segment:
        # The particle rules only: no kiwipiepy model to load, for tests that do not look at
        # Korean segmentation (the real site's build tests do).
        config = configfile.with_plugin_options(config, "korean-search", {"segment": False})
    return config


@pytest.fixture(scope="session")
def build_site_in():
    """build(docs_dir, workdir, overrides=None, expect_failure=False, segment=False): a fixture
    docs tree built with the project's settings into workdir/site; the built folder, or the
    failed build's result. Session-scoped, so a module can build its fixture once."""

    def build(
        docs_dir: Path,
        workdir: Path,
        overrides: dict | None = None,
        expect_failure: bool = False,
        segment: bool = False,
    ):
        config_path = configfile.dump(
            fixture_config(docs_dir, overrides, segment), workdir / "mkdocs.yml"
        )
        site_dir = workdir / "site"
        result = build_in_process(config_path, site_dir, "http://127.0.0.1:8000/")
        if expect_failure:
            assert result.returncode != 0, "the build was expected to fail"
            return result
        assert result.returncode == 0, f"fixture build failed:\n{result.stderr}"
        return site_dir

    return build


@pytest.fixture
def build_fixture_site(tmp_path, build_site_in):
    """Build a fixture docs tree with the project's settings but its own docs and nav."""

    def build(docs_dir: Path, overrides: dict | None = None, expect_failure: bool = False):
        return build_site_in(docs_dir, tmp_path, overrides, expect_failure)

    return build


class SharedSite:
    """The real site, built and served once per run however many processes run the tests.

    pytest-xdist runs a session fixture once per worker. The site is built by whichever worker
    takes the file lock first, into a folder of the run's temporary directory that every worker
    shares (pytest-xdist's documented recipe for session fixtures), and the others wait for it.
    Its address is baked into the pages (canonical links, the sitemaps' hreflang pairs), so
    one server serves it on that port: the first worker to need it starts it, the
    others register as its users, and it stops when the last user is done. The build starts
    in the background as soon as a collected test needs the site, while the unit tests run."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.folder.mkdir(parents=True, exist_ok=True)
        self.users = folder / "users"
        self.users.mkdir(exist_ok=True)
        self.me = self.users / str(os.getpid())
        self.thread: threading.Thread | None = None
        self.process: subprocess.Popen | None = None
        self.server = None

    # ---- the build

    def start(self) -> None:
        if self.thread is None:
            self.thread = threading.Thread(target=self._build_once, daemon=True)
            self.thread.start()

    def result(self) -> dict:
        self.start()
        self.thread.join()
        return json.loads((self.folder / "site.json").read_text(encoding="utf-8"))

    def _build_once(self) -> None:
        done = self.folder / "site.json"
        with self._lock("build"):
            if done.exists():
                return
            port = _free_port()
            site_dir = self.folder / "site"
            command = [
                *(sys.executable, "-m", "mkdocs", "build", "--strict"),
                *("-f", str(ROOT / "mkdocs.yml"), "-d", str(site_dir)),
            ]
            env = dict(os.environ, SITE_URL=f"http://127.0.0.1:{port}/", NO_MKDOCS_2_WARNING="1")
            self.process = subprocess.Popen(
                command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
            )
            _, stderr = self.process.communicate()
            result = {
                "site_dir": str(site_dir),
                "port": port,
                "returncode": self.process.returncode,
                "stderr": stderr.decode("utf-8", "replace"),
            }
            done.write_text(json.dumps(result), encoding="utf-8")

    # ---- the server

    def serve(self, site_dir: Path, port: int) -> str:
        from scripts.preview import serve_in_background

        with self._lock("serve"):
            host = self.folder / "server.pid"
            if not (host.exists() and _alive(int(host.read_text()))):
                self.server, _ = serve_in_background(site_dir, port)
                host.write_text(str(os.getpid()))
            self.me.touch()
        return f"http://127.0.0.1:{port}/"

    def leave(self, interrupted: bool) -> None:
        """Stop using the server; the process serving it waits for its other users first."""
        with self._lock("serve"):
            self.me.unlink(missing_ok=True)
        while self.server is not None:
            with self._lock("serve"):
                if interrupted or not self._other_users():
                    self.server.shutdown()
                    self.server.server_close()
                    self.server = None
                    (self.folder / "server.pid").unlink(missing_ok=True)
                    return
            time.sleep(0.2)

    def _other_users(self) -> list[Path]:
        users = []
        for user in self.users.iterdir():
            if _alive(int(user.name)):
                users.append(user)
            else:
                user.unlink(missing_ok=True)  # a worker that died cannot say it is done
        return users

    # ---- at the end

    def finish(self, interrupted: bool) -> None:
        self.leave(interrupted)
        if self.thread is not None:
            if interrupted and self.process is not None and self.process.poll() is None:
                self.process.kill()
            # Another worker may be waiting for this build: let it finish.
            self.thread.join()

    @contextmanager
    def _lock(self, name: str):
        with open(self.folder / f"{name}.lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
            yield


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def _run_folder(tmp_path_factory) -> Path:
    """A folder shared by the workers of this run (each worker's temporary directory sits in
    the run's), or this process's own without pytest-xdist."""
    base = tmp_path_factory.getbasetemp()
    return (base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base) / "real-site"


_interrupted = threading.Event()


def pytest_keyboard_interrupt(excinfo):
    _interrupted.set()


@pytest.fixture(scope="session")
def _shared_site(request, tmp_path_factory):
    shared = SharedSite(_run_folder(tmp_path_factory))
    yield shared
    stopped = request.session.shouldstop or request.session.shouldfail
    shared.finish(interrupted=_interrupted.is_set() or bool(stopped))


@pytest.fixture(scope="session", autouse=True)
def _start_real_site_build(request, _shared_site):
    # Set up with the first test of the run: start the build now if any test will need it.
    if any(REAL_SITE in item.fixturenames for item in request.session.items):
        _shared_site.start()


@pytest.fixture(scope="session")
def built_site(_shared_site) -> Path:
    result = _shared_site.result()
    assert result["returncode"] == 0, f"strict build failed:\n{result['stderr']}"
    return Path(result["site_dir"])


@pytest.fixture(scope="session")
def site_url(built_site, _shared_site) -> str:
    return _shared_site.serve(built_site, _shared_site.result()["port"])


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
