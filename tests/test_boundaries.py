"""The build and the tools meet through the built site: `scripts/` imports nothing of
`plugins/` (nor MkDocs' internals through it), except the search benchmark, which decodes
the compact search index with the plugin's own reader; and no plugin imports `scripts/`."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.unit

# (importing file, imported module): the one crossing the issue allows (issue 25).
ALLOWED = {("scripts/search_bench.py", "plugins.search.index")}


def imports(folder: str) -> set[tuple[str, str]]:
    found = set()
    for path in sorted((ROOT / folder).rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        where = path.relative_to(ROOT).as_posix()
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                found.update((where, alias.name) for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                found.add((where, node.module))
    return found


def test_scripts_do_not_import_the_plugins():
    crossing = {
        (where, module)
        for where, module in imports("scripts")
        if module == "plugins" or module.startswith("plugins.")
    }
    assert crossing == ALLOWED


def test_plugins_do_not_import_the_scripts():
    assert not [
        (where, module)
        for where, module in imports("plugins")
        if module == "scripts" or module.startswith("scripts.")
    ]
