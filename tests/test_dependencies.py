"""What pyproject.toml declares, what requirements.lock pins and what the code accepts agree:
every requirement is met by the lock, Material is pinned to the one version the search plugin
accepts, and every package the plugins import is declared."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

from plugins.search.index import MATERIAL_VERSION

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]

pytestmark = pytest.mark.unit


def locked() -> dict[str, Version]:
    text = (ROOT / "requirements.lock").read_text(encoding="utf-8")
    return {
        canonicalize_name(name): Version(version)
        for name, version in re.findall(r"^([A-Za-z0-9_.-]+)==(\S+)", text, re.MULTILINE)
    }


def declared(group: str | None = None) -> list[Requirement]:
    lines = PYPROJECT["optional-dependencies"][group] if group else PYPROJECT["dependencies"]
    return [Requirement(line) for line in lines]


@pytest.mark.parametrize("group", [None, "dev"])
def test_the_lock_meets_every_declared_requirement(group):
    pins = locked()
    for requirement in declared(group):
        name = canonicalize_name(requirement.name)
        assert name in pins, f"{requirement} is declared but not locked"
        assert requirement.specifier.contains(pins[name], prereleases=True), (
            f"requirements.lock pins {name}=={pins[name]}, outside {requirement}"
        )


def test_material_is_pinned_to_the_version_the_search_plugin_accepts():
    (material,) = [r for r in declared() if canonicalize_name(r.name) == "mkdocs-material"]
    assert material.specifier.contains(MATERIAL_VERSION)
    current = Version(MATERIAL_VERSION)
    for other in (
        f"{current.major}.{current.minor}.{current.micro + 1}",
        f"{current.major}.{current.minor + 1}.0",
        f"{current.major + 1}.0.0",
    ):
        assert not material.specifier.contains(other), f"{material} admits {other}"
    assert locked()["mkdocs-material"] == current


def third_party_imports(folder: Path) -> set[str]:
    modules = set()
    for path in folder.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                modules.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                modules.add(node.module.split(".")[0])
    return {m for m in modules if m not in sys.stdlib_module_names and m != folder.name}


def test_every_package_the_plugins_import_is_declared():
    names = {canonicalize_name(r.name) for r in declared()}
    distributions = packages_distributions()
    modules = third_party_imports(ROOT / "plugins")
    assert {"kiwipiepy", "markdown", "mkdocs", "jinja2", "yaml"} <= modules
    for module in sorted(modules):
        owners = {canonicalize_name(d) for d in distributions.get(module, [])}
        assert owners, f"plugins import {module}, which no installed distribution provides"
        assert owners & names, f"plugins import {module} ({', '.join(owners)}): not declared"
