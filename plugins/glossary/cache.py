"""Term matches remembered between builds.

Most of a warm build's text is unchanged since the last one, and a text's matches depend
only on the text, the aliases and the matching rules. Remembering them lets a build skip
both the search and the compiling of the alias matcher, which is built on first need: a
build whose every text is remembered never builds it.

The cache file is named by a digest of the aliases and of the matching code (matcher.py and
plugins/korean.py), so a change to either starts a new file. Only the texts met in a build
are written back, so the file does not grow with texts that no longer exist.
"""

from __future__ import annotations

import hashlib
import marshal
import pickle
from collections.abc import Callable, Iterable
from pathlib import Path

from plugins import korean

from . import matcher as matcher_module
from .matcher import TermMatcher

# Bumped by hand when the stored form changes.
FORMAT = 2


def matching_digest(aliases: Iterable[tuple[str, str]]) -> str:
    """Identifies what a text's matches depend on besides the text itself."""
    return digest_of(source_of(matcher_module, korean), sorted(aliases))[:16]


class RememberingMatcher:
    """Finds terms like a TermMatcher, answering from remembered results when it can."""

    def __init__(
        self,
        build: Callable[[], TermMatcher],
        cache_dir: Path | None = None,
        name: str = "",
        digest: str = "",
    ):
        """``cache_dir`` None remembers within this process only (no file)."""
        self._build = build
        self._matcher: TermMatcher | None = None
        self._prefix = f"matches-{name}-"
        self._path = cache_dir / f"{self._prefix}{digest}.marshal" if cache_dir else None
        self._known: dict[str, tuple] = _read(self._path) if self._path else {}
        self._met: dict[str, tuple] = {}
        self.misses = 0

    @property
    def built(self) -> bool:
        return self._matcher is not None

    def find(self, text: str) -> tuple[tuple[int, int, str], ...]:
        """The matches of ``text``, each ``(start, end, term_id)`` (a Match's fields). Plain
        tuples: a build keeps thousands, and the garbage collector stops scanning a tuple of
        strings and numbers, but never a named one."""
        found = self._met.get(text)
        if found is None:
            found = self._known.get(text)
            if found is None:
                self.misses += 1
                if self._matcher is None:
                    self._matcher = self._build()
                found = tuple(map(tuple, self._matcher.find(text)))
            self._met[text] = found
        return found

    def save(self) -> None:
        """Write the results of the texts met since the last save, if anything is new."""
        if self._path is None or (not self.misses and len(self._met) == len(self._known)):
            self._known, self._met = self._met, {}
            return
        self._path.parent.mkdir(parents=True, exist_ok=True)
        partial = self._path.with_suffix(".partial")
        partial.write_bytes(marshal.dumps(self._met))
        partial.replace(self._path)  # a crash mid-write never leaves a torn cache
        for stale in self._path.parent.glob(f"{self._prefix}*.marshal"):
            if stale != self._path:
                stale.unlink(missing_ok=True)
        self._known, self._met, self.misses = self._met, {}, 0


def _read(path: Path) -> dict[str, tuple]:
    try:
        data = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return data if isinstance(data, dict) else {}


def digest_of(*parts: object) -> str:
    """A digest of values whose repr() is stable (strings, numbers, tuples, lists, dicts in
    insertion order, dataclasses of those). Bytes, alone or in tuples and lists, are hashed
    as they are: their repr would be up to four times as long (source files, Korean YAML)."""
    digest = hashlib.sha256(f"format {FORMAT}\n".encode())
    for part in parts:
        _feed(digest, part)
    return digest.hexdigest()[:24]


def _feed(digest, part: object) -> None:
    if isinstance(part, bytes):
        digest.update(b"b%d:" % len(part))
        digest.update(part)
    elif isinstance(part, tuple | list) and any(isinstance(item, bytes | tuple) for item in part):
        digest.update(b"(%d:" % len(part))
        for item in part:
            _feed(digest, item)
        digest.update(b")")
    else:
        digest.update(repr(part).encode())
        digest.update(b"\x00")


def source_of(*modules) -> tuple[bytes, ...]:
    """The code of modules whose output a digest must follow."""
    return tuple(Path(module.__file__).read_bytes() for module in modules)


class StoredOutput:
    """One output of a build (a parsed glossary, a rendered page, an export) kept with the
    digest of everything it was made from, and reused while that digest is the same. The
    last value is kept in memory too, for `mkdocs serve` rebuilds."""

    def __init__(self, cache_dir: Path | None, name: str):
        self._path = cache_dir / f"{name}.pickle" if cache_dir else None
        self._stored: tuple[str, object] | None = None
        self._read = False

    def get(self, digest: str):
        if not self._read:
            self._read = True
            if self._path is not None and self._stored is None:
                self._stored = _unpickle(self._path)
        if self._stored is not None and self._stored[0] == digest:
            return self._stored[1]
        return None

    def put(self, digest: str, value) -> None:
        self._stored, self._read = (digest, value), True
        if self._path is None:
            return
        self._path.parent.mkdir(parents=True, exist_ok=True)
        partial = self._path.with_suffix(".partial")
        partial.write_bytes(pickle.dumps((digest, value), protocol=pickle.HIGHEST_PROTOCOL))
        partial.replace(self._path)


def _unpickle(path: Path) -> tuple[str, object] | None:
    # The file is this project's own cache, written by put(); anything unreadable (another
    # version's classes, a truncated file) only means starting afresh.
    try:
        stored = pickle.loads(path.read_bytes())
    except Exception:
        return None
    if isinstance(stored, tuple) and len(stored) == 2 and isinstance(stored[0], str):
        return stored
    return None
