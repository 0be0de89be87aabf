"""Built pages parsed once per test process. The build tests read the real site's ~60 pages
again and again (a dozen tests walk every page), and html.parser is most of their time: each
page is parsed once and the tree shared. Treat a tree as read-only."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from bs4 import BeautifulSoup


def parsed(path: Path) -> BeautifulSoup:
    """The page's tree; parsed again only if the file changed (a fixture site rebuilt)."""
    stat = Path(path).stat()
    return _parse(Path(path), stat.st_ino, stat.st_mtime_ns, stat.st_size)


@cache
def _parse(path: Path, _inode: int, _mtime_ns: int, _size: int) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
