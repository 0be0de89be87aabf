"""Names that mean the same thing, for query expansion: the glossary's terms and aliases in
both languages, plus search-only synonyms.

A concept is the list of its names (``AWS Lambda``, ``Lambda``, ``람다``, …). The worker
recognises any of them in a query, spacing and particles aside, and also searches for the
others. Glossary files are read as plain data here (the glossary plugin owns their rules
and checks them); ``synonyms.yml`` adds names a reader types but the glossary should not
link (``오토스케일링`` spelled without a space is already in the glossary; ``로드밸런서`` is not).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml

from plugins import korean

LANGUAGES = ("ko", "en")
# Languages whose readers type Hangul: their indexes keep every name.
HANGUL_LANGUAGES = ("ko",)
try:  # libyaml: the glossary is thousands of lines, read once per language build
    _Loader = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - libyaml is part of the locked requirements
    _Loader = yaml.SafeLoader


class ConceptError(ValueError):
    """A problem in a glossary or synonyms file, with the file named."""


@dataclass
class Concept:
    id: str | None
    names: list[str]

    def add(self, names: Iterable[str]) -> None:
        for name in names:
            name = " ".join(str(name).split())
            if name and name not in self.names:
                self.names.append(name)


def _load_yaml(path: Path):
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
    except (OSError, yaml.YAMLError) as error:
        raise ConceptError(f"{path}: cannot read: {error}") from error


def glossary_concepts(paths: Iterable[Path]) -> dict[str, Concept]:
    """One concept per glossary entry, named by its id: the term and aliases of every
    language, the entry's own language first."""
    concepts: dict[str, Concept] = {}
    for path in sorted(paths):
        data = _load_yaml(path) or []
        if not isinstance(data, list):
            raise ConceptError(f"{path}: expected a list of glossary entries")
        for entry in data:
            if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
                raise ConceptError(f"{path}: every glossary entry needs an id")
            concept = concepts.setdefault(entry["id"], Concept(entry["id"], []))
            for lang in LANGUAGES:
                side = entry.get(lang) or {}
                if not isinstance(side, dict):
                    raise ConceptError(f"{path}: entry '{entry['id']}': '{lang}' is not a mapping")
                concept.add([side.get("term") or "", *(side.get("aliases") or [])])
    return concepts


def add_synonyms(concepts: dict[str, Concept], path: Path) -> None:
    """Merge ``synonyms.yml``: ``- id: <glossary id>`` adds names to that term;
    an entry without an id is a group of names of its own."""
    data = _load_yaml(path) or []
    if not isinstance(data, list):
        raise ConceptError(f"{path}: expected a list of synonym groups")
    for number, group in enumerate(data, 1):
        names = group.get("names") if isinstance(group, dict) else None
        if not isinstance(names, list) or not names:
            raise ConceptError(f"{path}: group {number}: 'names' must be a non-empty list")
        concept_id = group.get("id")
        if concept_id is None:
            concepts[f"synonyms-{number}"] = Concept(None, [])
            concepts[f"synonyms-{number}"].add(names)
        elif concept_id in concepts:
            concepts[concept_id].add(names)
        else:
            raise ConceptError(f"{path}: group {number}: unknown glossary id '{concept_id}'")


def load_concepts(glossary_dir: Path | None, synonyms: Path | None) -> list[list[str]]:
    """Every concept with two names or more, as lists of names, in a stable order."""
    concepts: dict[str, Concept] = {}
    if glossary_dir and glossary_dir.is_dir():
        concepts = glossary_concepts(glossary_dir.glob("*.yml"))
    if synonyms and synonyms.is_file():
        add_synonyms(concepts, synonyms)
    return [c.names for _, c in sorted(concepts.items()) if len(c.names) > 1]


def for_index(concepts: list[list[str]], lang: str, texts: Iterable[str]) -> list[list[str]]:
    """The concepts one language's index needs. Readers of the English pages do not type
    Hangul, and a name in Hangul matches no English text unless the text quotes it, so
    such names stay out of that index (they were half its concept bytes); a concept left
    with one name has nothing to expand to. Korean pages are read and searched in both
    scripts (람다, Lambda) and keep every name."""
    if lang in HANGUL_LANGUAGES:
        return concepts
    text = "\n".join(texts)
    # Most Hangul names share no word with an English page: rule those out by set lookups
    # first, and search the whole text only for the few that might be quoted in it.
    runs_in_text = set(korean.HANGUL_RUN.findall(text))

    def kept_name(name: str) -> bool:
        runs = korean.HANGUL_RUN.findall(name)
        return not runs or (
            all(any(run in found for found in runs_in_text) for run in runs) and name in text
        )

    kept = [[name for name in names if kept_name(name)] for names in concepts]
    return [names for names in kept if len(names) > 1]
