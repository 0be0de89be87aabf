"""Debian's Chromium, as every browser run of the project starts it: the browser tests, the
page-weight and search benchmarks and the README's screenshot (through Playwright, with
`launch`), and Lighthouse (through its own launcher, with CONTAINER_ARGS only).

Never a browser Playwright downloads: the system one from Debian's `chromium` package, or
whatever $CHROMIUM points at.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

PACKAGE = "chromium"  # the Debian package that installs /usr/bin/chromium
INSTALL = f"sudo apt-get install -y --no-install-recommends {PACKAGE}"
PATH = os.environ.get("CHROMIUM", "/usr/bin/chromium")

# What Chromium needs to start at all in a container, headless on a machine without a GPU.
CONTAINER_ARGS = (
    # The sandbox needs user namespaces or a setuid helper, which a container (often run as
    # root) does not give; the pages opened are our own, on 127.0.0.1.
    "--no-sandbox",
    # No GPU here: render in software instead of probing for one.
    "--disable-gpu",
)
# Docker's /dev/shm is 64 MB: keep shared memory in /tmp, or a long page crashes the renderer.
SHARED_MEMORY_ARGS = ("--disable-dev-shm-usage",)
# Nothing may leave the machine: Chromium's own requests to Google's services stay off, so the
# only requests are the page's (which the tests and benchmarks check and route).
NETWORK_OFF_ARGS = (
    # No first-run tasks (welcome page, default-browser check, imports).
    "--no-first-run",
    # No update checks, Safe Browsing list downloads, translation or metrics uploads.
    "--disable-background-networking",
    # No downloads of components (certificate revocation lists, Widevine, …).
    "--disable-component-update",
    # No Google account sync.
    "--disable-sync",
    # No HTTP/3 (QUIC over UDP) attempts: connections are TCP only, like the local server's.
    "--disable-quic",
)
ARGS = (*CONTAINER_ARGS, *SHARED_MEMORY_ARGS, *NETWORK_OFF_ARGS)


class ChromiumMissing(RuntimeError):
    """The system browser is not installed (or $CHROMIUM points at nothing)."""


def require(path: str | None = None) -> str:
    """The browser's path, or ChromiumMissing saying how to install Debian's package."""
    path = path or PATH
    if shutil.which(path) or Path(path).exists():
        return path
    raise ChromiumMissing(
        f"{path} not found: install Debian's {PACKAGE} package with `{INSTALL}` "
        f"(`make test` installs it when run as root), or point $CHROMIUM at a Chromium binary"
    )


def launch(playwright, executable_path: str | None = None, **kwargs):
    """Start the system Chromium (headless, Playwright's default) with ARGS."""
    return playwright.chromium.launch(
        executable_path=require(executable_path), args=list(ARGS), **kwargs
    )
