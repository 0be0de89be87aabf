"""The real site, built strictly for one local port and served there by `python -m scripts
preview` (CloudFront's routing, gzip and security headers), for the benchmarks that load pages
in Chromium: page weight and Lighthouse.

The site is built for the port it is served on, as production is built for its domain:
canonical links, hreflang and the sitemaps Material fetches beside them stay on one origin.
"""

from __future__ import annotations

import contextlib
import gzip
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

# Sections of the site that are not topic pages: the study tools, labs, this site.
NOT_TOPICS = (
    "about/",
    "course/",
    "glossary/",
    "exam-tips/",
    "exam-guide/",
    "practice/",
    "corrections/",
    "review/",
    "comparisons/",
    "hosting/",
    "labs/",
)
ENGLISH = "en/"
# A path that exists in neither language: the 404 page, as a reader meets it.
MISSING = "no-such-page/"


@dataclass(frozen=True)
class Served:
    url: str  # ends with '/'
    site_dir: Path


@dataclass(frozen=True)
class BenchPage:
    key: str  # e.g. "topic-en"
    label: str
    path: str  # site-relative, '' for the Korean home
    built: bool = True


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def build_site(
    config_path: Path, site_dir: Path, site_url: str, cwd: Path, strict: bool = True
) -> None:
    """A build in a subprocess, run from the project folder (snippets resolve against it)."""
    env = dict(os.environ, SITE_URL=site_url, NO_MKDOCS_2_WARNING="1")
    command = [sys.executable, "-m", "mkdocs", "build", "--clean"]
    command += ["--strict"] if strict else []
    command += ["-f", str(config_path), "-d", str(site_dir)]
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(
            f"build of {config_path} for {site_url} failed:\n{result.stderr[-3000:]}"
        )


def wait_until_up(url: str, timeout_s: float = 20.0) -> None:
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except (urllib.error.URLError, ConnectionError):
            if time.monotonic() > deadline:
                raise RuntimeError(f"the preview at {url} did not answer") from None
            time.sleep(0.2)


@contextlib.contextmanager
def served_site(
    root: Path, workdir: Path, config_path: Path | None = None, strict: bool = True
) -> Iterator[Served]:
    """Build a site (the project's mkdocs.yml unless told otherwise) for a free port, serve it
    with `python -m scripts preview`, and stop the preview afterwards."""
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    config_path = config_path or root / "mkdocs.yml"
    site_dir = workdir / f"{config_path.stem}-served"
    build_site(config_path, site_dir, url, root, strict)
    command = [sys.executable, "-m", "scripts", "preview", "--site-dir", str(site_dir)]
    command += ["--port", str(port)]
    preview = subprocess.Popen(
        command, cwd=root, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        wait_until_up(url)
        yield Served(url, site_dir)
    finally:
        stop(preview)


def stop(process: subprocess.Popen, timeout_s: float = 10) -> None:
    """Ask a server we started to stop, and kill it if it has not within the timeout."""
    process.terminate()
    try:
        process.wait(timeout=timeout_s)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def built_pages(site_dir: Path) -> list[Path]:
    """The index.html of every built page (the 404 page is 404.html, so it is not one)."""
    return sorted(p for p in site_dir.rglob("index.html") if "assets" not in p.parts)


def page_exists(site_dir: Path, path: str) -> bool:
    return (site_dir / path / "index.html").is_file()


def heaviest_topic(site_dir: Path) -> str:
    """The Korean topic page with the most HTML, gzip (diagrams are lazy, so HTML dominates)."""
    sizes = {}
    for index in site_dir.glob("**/index.html"):
        path = index.parent.relative_to(site_dir).as_posix() + "/"
        path = "" if path == "./" else path
        if path in ("", MISSING) or path.startswith((ENGLISH, *NOT_TOPICS)):
            continue
        sizes[path] = len(gzip.compress(index.read_bytes(), compresslevel=6))
    if not sizes:
        raise RuntimeError(f"no topic page found in {site_dir}")
    return max(sizes, key=lambda path: (sizes[path], path))


def bench_pages(site_dir: Path) -> list[BenchPage]:
    """The pages the issues name, in both languages; generated pages may be missing."""
    topic = heaviest_topic(site_dir)
    pages = [
        BenchPage("home-ko", "Korean home", ""),
        BenchPage("home-en", "English home", ENGLISH),
        BenchPage("topic-ko", "heaviest topic page", topic),
        BenchPage("topic-en", "heaviest topic page, English", ENGLISH + topic),
    ]
    for path, name in (
        ("glossary/", "glossary"),
        ("exam-tips/", "exam-tip index"),
        ("practice/", "practice page"),
        ("review/", "one-page review"),
        ("hosting/", "hosting"),
        ("analytics/streaming/", "streaming data"),
        ("analytics/data-lake/", "data lakes and analytics"),
        ("security/data-protection/", "data protection"),
        ("security/workforce-identity/", "directories and workforce identity"),
        ("operations/governance/", "governance across accounts"),
        ("security/threat-detection/", "threat detection"),
        ("security/network-protection/", "network protection"),
        ("ai-ml/", "AI services"),
        ("architecture/front-end/", "web and mobile front ends"),
        ("migration/", "migration"),
        ("migration/data-transfer/", "moving data"),
        ("databases/relational/", "relational in depth"),
        ("databases/dynamodb/", "DynamoDB in depth"),
        ("databases/purpose-built/", "purpose-built databases"),
    ):
        for lang, prefix in (("ko", ""), ("en", ENGLISH)):
            label = name if lang == "ko" else f"{name}, English"
            built = page_exists(site_dir, prefix + path)
            key = path.strip("/").replace("/", "-")  # a file name in the Lighthouse reports
            pages.append(BenchPage(f"{key}-{lang}", label, prefix + path, built))
            key = f"{path.strip('/').replace('/', '-')}-{lang}"
            pages.append(BenchPage(key, label, prefix + path, built))
    return pages


def not_found_pages() -> list[BenchPage]:
    return [
        BenchPage("404-ko", "404 page (Korean path)", MISSING),
        BenchPage("404-en", "404 page (English path)", ENGLISH + MISSING),
    ]
