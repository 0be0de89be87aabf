"""What the site copies from Material for MkDocs, or relies on in it, checked against the
installed package: `python -m scripts upstream` (and the `contract` test lane).

Material's templates and its bundle's messages are not a public API. Each template in
`overrides/` says in its first comment which Material template (or which of its blocks) it
was copied from, and at which version; `tests/contract/material/` keeps those templates and
the bundle sources our code talks to, as they were at that version. When an upgrade changes
any of them, the check names the file of ours to re-check and shows Material's change as a
diff. After re-applying the change to ours, `--refresh` stores the new upstream text and
version, and the override headers are moved to the new version by hand (the check insists).
"""

from __future__ import annotations

import difflib
import json
import re
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OVERRIDES = ROOT / "overrides"
SNAPSHOTS = ROOT / "tests" / "contract" / "material"

# First comment of every override: `Upstream: Material 9.8.2 partials/nav-item.html`,
# `Upstream: Material 9.8.2 base.html blocks site_meta config scripts`, or `Upstream: none`.
_UPSTREAM = re.compile(
    r"^\s*Upstream:\s*(?:none\b.*|Material\s+(?P<version>\d[\w.]*)\s+(?P<template>[\w./-]+)"
    r"(?:\s+blocks(?P<blocks>(?:\s+\w+)+))?\s*)$",
    re.MULTILINE,
)
_BLOCK_TAG = re.compile(r"\{%-?\s*(?:block\s+(?P<open>\w+)|endblock\b[^%]*?)\s*-?%\}")


@dataclass(frozen=True)
class Reliance:
    """Code of ours that depends on how Material's bundle behaves, and the bundle sources
    (paths under src/templates/assets/javascripts/, `path#text` for only the lines around
    `text` in a large file) that define that behaviour."""

    ours: str
    what: str
    sources: tuple[str, ...]


BUNDLE_RELIANCES = (
    Reliance(
        "plugins/search/assets/search-worker.js",
        "the worker protocol: message types SETUP, READY, QUERY, RESULT in that order, the "
        "setup data (config, docs, options.suggest) and the result's items and suggest",
        (
            "integrations/search/worker/message/index.ts",
            "integrations/search/worker/_/index.ts",
            "components/search/result/index.ts",
            "components/search/suggest/index.ts",
            "templates/search/index.tsx",
        ),
    ),
    Reliance(
        "overrides/partials/search-index-hold.html",
        "Material requests search/search_index.json with an XMLHttpRequest, which the hold delays",
        ("browser/request/index.ts", "bundle.ts#search_index.json"),
    ),
    Reliance(
        "overrides/main.html (block config)",
        "the fields of the __config script that Material's bundle reads",
        ("_/index.ts",),
    ),
    Reliance(
        "plugins/site (hreflang only in the sitemaps) and overrides/partials/alternate.html",
        'Material fetches sitemap.xml beside every <link rel="alternate"> in the head and '
        "redirects clicks on links without a target through it: the head has none, and the "
        "language selector's links carry target=_self",
        ("integrations/sitemap/index.ts", "integrations/alternate/index.ts"),
    ),
)


@dataclass(frozen=True)
class Override:
    path: Path
    version: str | None  # None: our own template, copied from nothing
    template: str | None
    blocks: tuple[str, ...]


class ContractError(Exception):
    """An override without a readable Upstream line, or a template or source not found."""


def material_version() -> str:
    return metadata.version("mkdocs-material")


def material_templates() -> Path:
    import material

    return Path(material.__file__).resolve().parent / "templates"


def read_override(path: Path) -> Override:
    text = path.read_text(encoding="utf-8")
    comment = re.match(r"\s*\{#-?(.*?)-?#\}", text, re.DOTALL)
    found = _UPSTREAM.search(comment.group(1)) if comment else None
    if not found:
        raise ContractError(
            f"{path}: its first comment needs an 'Upstream:' line "
            "(Upstream: Material <version> <template> [blocks <name> …], or Upstream: none)"
        )
    blocks = tuple((found.group("blocks") or "").split())
    return Override(path, found.group("version"), found.group("template"), blocks)


def overrides(directory: Path = OVERRIDES) -> list[Override]:
    return [read_override(path) for path in sorted(directory.rglob("*.html"))]


def jinja_blocks(text: str, names: tuple[str, ...], where: str = "template") -> str:
    """The named `{% block %}`s of a template, each from its tag to its endblock, in order."""
    found: dict[str, str] = {}
    stack: list[tuple[str, int]] = []
    for tag in _BLOCK_TAG.finditer(text):
        if tag.group("open"):
            stack.append((tag.group("open"), tag.start()))
        elif stack:
            name, start = stack.pop()
            found.setdefault(name, text[start : tag.end()])
    missing = [name for name in names if name not in found]
    if missing:
        raise ContractError(f"{where} has no block {', '.join(missing)}")
    return "\n".join(found[name] for name in names) + "\n"


def template_text(templates: Path, override: Override) -> str:
    path = templates / override.template
    if not path.is_file():
        raise ContractError(f"{path} does not exist (named by {override.path.name})")
    text = path.read_text(encoding="utf-8")
    return jinja_blocks(text, override.blocks, str(path)) if override.blocks else text


def bundle_sources(templates: Path) -> dict[str, str]:
    """Material's TypeScript sources, from the source map shipped beside its bundle."""
    maps = sorted((templates / "assets" / "javascripts").glob("bundle.*.min.js.map"))
    if len(maps) != 1:
        raise ContractError(f"expected one bundle source map in {templates}, found {len(maps)}")
    data = json.loads(maps[0].read_text(encoding="utf-8"))
    prefix = "src/templates/assets/javascripts/"
    return {
        name.removeprefix(prefix): content
        for name, content in zip(data["sources"], data.get("sourcesContent") or [], strict=False)
        if name.startswith(prefix) and content is not None
    }


def source_text(sources: dict[str, str], spec: str) -> str:
    """The text a spec pins: a whole source, or (`path#text`) the statements around `text`."""
    path, _, needle = spec.partition("#")
    if path not in sources:
        raise ContractError(f"Material's bundle has no source {path}")
    text = sources[path]
    if not needle:
        return text
    lines = text.splitlines()
    hits = [i for i, line in enumerate(lines) if needle in line]
    if not hits:
        raise ContractError(f"Material's {path} no longer mentions {needle!r}")
    keep = sorted({j for i in hits for j in range(max(0, i - 3), min(len(lines), i + 4))})
    return "\n".join(lines[j] for j in keep) + "\n"


def snapshot_path(kind: str, name: str, snapshots: Path = SNAPSHOTS) -> Path:
    return snapshots / kind / name.replace("#", "--")


def _diff(before: str, after: str, name: str, version: str, installed: str) -> str:
    lines = difflib.unified_diff(
        before.splitlines(keepends=True),
        after.splitlines(keepends=True),
        f"{name} (Material {version}, as copied)",
        f"{name} (Material {installed}, installed)",
        n=2,
    )
    return "".join(lines)


def check(
    templates: Path | None = None,
    installed: str | None = None,
    overrides_dir: Path = OVERRIDES,
    snapshots: Path = SNAPSHOTS,
) -> list[str]:
    """Every difference between what we copied or rely on and the installed Material, each
    naming the file of ours to re-check. Empty when nothing changed."""
    templates = templates or material_templates()
    installed = installed or material_version()
    pinned = (snapshots / "VERSION").read_text(encoding="utf-8").strip()
    problems = []
    for override in overrides(overrides_dir):
        if override.template is None:
            continue
        name = override.template + (
            f" (blocks {' '.join(override.blocks)})" if override.blocks else ""
        )
        if override.version != pinned:
            problems.append(
                f"{override.path.relative_to(overrides_dir.parent)}: says it was copied from "
                f"Material {override.version}, but the stored upstream text is {pinned}'s: "
                "re-check it against the stored template, then move its Upstream line"
            )
            continue
        stored = snapshot_path("templates", override.template, snapshots)
        if not stored.is_file():
            problems.append(f"{stored}: missing; run python -m scripts upstream --refresh")
            continue
        was = stored.read_text(encoding="utf-8")
        if override.blocks:
            was = jinja_blocks(was, override.blocks, str(stored))
        now = template_text(templates, override)
        if was != now:
            problems.append(
                f"{override.path.relative_to(overrides_dir.parent)}: Material changed {name} "
                f"since {pinned}; re-apply our changes to the new template:\n"
                + _diff(was, now, override.template, pinned, installed)
            )
    sources = bundle_sources(templates)
    for reliance in BUNDLE_RELIANCES:
        for spec in reliance.sources:
            stored = snapshot_path("src", spec, snapshots)
            if not stored.is_file():
                problems.append(f"{stored}: missing; run python -m scripts upstream --refresh")
                continue
            try:
                now = source_text(sources, spec)
            except ContractError as error:
                problems.append(f"{reliance.ours}: {error}; it relies on {reliance.what}")
                continue
            was = stored.read_text(encoding="utf-8")
            if was != now:
                problems.append(
                    f"{reliance.ours}: Material changed {spec} since {pinned}; it relies on "
                    f"{reliance.what}:\n" + _diff(was, now, spec, pinned, installed)
                )
    return problems


def refresh(
    templates: Path | None = None,
    installed: str | None = None,
    overrides_dir: Path = OVERRIDES,
    snapshots: Path = SNAPSHOTS,
) -> list[Path]:
    """Store the installed Material's text of everything pinned; returns what was written."""
    templates = templates or material_templates()
    installed = installed or material_version()
    written = []
    names = {o.template for o in overrides(overrides_dir) if o.template is not None}
    for name in sorted(names):
        path = snapshot_path("templates", name, snapshots)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text((templates / name).read_text(encoding="utf-8"), encoding="utf-8")
        written.append(path)
    sources = bundle_sources(templates)
    for spec in sorted({s for r in BUNDLE_RELIANCES for s in r.sources}):
        path = snapshot_path("src", spec, snapshots)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(source_text(sources, spec), encoding="utf-8")
        written.append(path)
    (snapshots / "VERSION").write_text(installed + "\n", encoding="utf-8")
    return written


def main(refresh_snapshots: bool = False) -> int:
    try:
        if refresh_snapshots:
            written = refresh()
            print(f"stored {len(written)} upstream texts of Material {material_version()}")
            stale = [o for o in overrides() if o.version not in (None, material_version())]
            for override in stale:
                print(f"  move the Upstream line of {override.path.relative_to(ROOT)}")
            return 0
        problems = check()
    except ContractError as error:
        print(f"error: {error}")
        return 1
    for problem in problems:
        print(problem)
    if problems:
        return 1
    print(f"overrides and bundle reliances match Material {material_version()}")
    return 0
