"""The cache folder: created with its own .gitignore, written atomically."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def ensure_cache_dir(cache_dir: Path) -> None:
    if not cache_dir.is_dir():
        cache_dir.mkdir(parents=True, exist_ok=True)
    ignore = cache_dir / ".gitignore"
    if not ignore.is_file():
        # Keeps the cache out of git without touching the project's .gitignore.
        ignore.write_text("*\n", encoding="utf-8")


def write_atomically(target: Path, data: bytes) -> None:
    # Builds may run side by side (tests in parallel); a half-written file must never be read.
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
    with os.fdopen(handle, "wb") as out:
        out.write(data)
    os.replace(temp, target)
