"""Stage 1: walk the built site."""

from __future__ import annotations

import hashlib
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


def file_md5(path: Path) -> str:
    digest = hashlib.md5(usedforsecurity=False)
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def walk_local(site_dir: Path) -> dict[str, LocalFile]:
    site_dir = Path(site_dir)
    if not site_dir.is_dir():
        raise SiteError(f"{site_dir} does not exist: build the site first (make build)")
    if not (site_dir / "index.html").is_file():
        raise SiteError(
            f"{site_dir} has no index.html: refusing to deploy something that is not a site"
        )
    files = {}
    for path in sorted(p for p in site_dir.rglob("*") if p.is_file()):
        key = path.relative_to(site_dir).as_posix()
        with path.open("rb") as handle:
            head = handle.read(2)
        files[key] = LocalFile(
            key=key,
            path=path,
            size=path.stat().st_size,
            md5=file_md5(path),
            content_type=rules.content_type(key),
            cache_control=rules.cache_control(key),
            content_encoding=rules.content_encoding(key, head),
        )
    return files
