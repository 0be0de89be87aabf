"""Stage 1: walk the built site. Only the site is published: a link that leads out of the site
directory is refused, and hidden files (`.git/`, `.DS_Store`) stay behind, except a root
`.well-known/`, whose files are meant to be served."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from . import rules


class SiteError(Exception):
    """The local site cannot be deployed; the message says why and what to do."""


@dataclass(frozen=True)
class LocalFile:
    key: str
    path: Path
    size: int
    md5: str
    content_type: str
    cache_control: str
    content_encoding: str | None

    @property
    def headers(self) -> tuple[str, str, str | None]:
        return (self.content_type, self.cache_control, self.content_encoding)


@dataclass(frozen=True)
class LocalSite:
    files: dict[str, LocalFile]
    hidden: list[str]  # keys left out because a part of their path is hidden


def file_md5(path: Path) -> str:
    digest = hashlib.md5(usedforsecurity=False)
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def is_hidden(key: str) -> bool:
    """A part of the path starts with a dot. `.well-known/` at the root is the exception (RFC
    8615 places it there only); the CloudFront Function serves no other hidden path."""
    parts = key.split("/")
    if parts[0] == ".well-known":
        parts = parts[1:]
    return any(part.startswith(".") for part in parts)


def _inside(path: Path, root: Path) -> bool:
    return path == root or root in path.parents


def site_paths(site_dir: Path) -> list[tuple[str, Path]]:
    """(key, path) of every file under site_dir, links followed only while they stay inside."""
    root = site_dir.resolve()
    found, seen_dirs = [], set()
    for directory, dirnames, filenames in os.walk(site_dir, followlinks=True):
        real = Path(directory).resolve()
        if not _inside(real, root):
            raise SiteError(f"{directory} is a link to {real}, outside {site_dir}: refusing it")
        if real in seen_dirs:  # a link back up the tree: walk each real directory once
            dirnames.clear()
            continue
        seen_dirs.add(real)
        for name in filenames:
            path = Path(directory) / name
            target = path.resolve()
            if not _inside(target, root):
                raise SiteError(f"{path} is a link to {target}, outside {site_dir}: refusing it")
            found.append((path.relative_to(site_dir).as_posix(), path))
    return sorted(found)


def describe_file(key: str, path: Path) -> LocalFile:
    try:
        with path.open("rb") as handle:
            head = handle.read(2)
        md5 = file_md5(path)
    except OSError as error:
        raise SiteError(f"cannot read {path}: {error.strerror or error}") from error
    return LocalFile(
        key=key,
        path=path,
        size=path.stat().st_size,
        md5=md5,
        content_type=rules.content_type(key),
        cache_control=rules.cache_control(key),
        content_encoding=rules.content_encoding(key, head),
    )


def walk_local(site_dir: Path) -> LocalSite:
    site_dir = Path(site_dir)
    if not site_dir.is_dir():
        raise SiteError(f"{site_dir} does not exist: build the site first (make build)")
    if not (site_dir / "index.html").is_file():
        raise SiteError(
            f"{site_dir} has no index.html: refusing to deploy something that is not a site"
        )
    files, hidden = {}, []
    for key, path in site_paths(site_dir):
        if is_hidden(key):
            hidden.append(key)
        else:
            files[key] = describe_file(key, path)
    return LocalSite(files, hidden)
