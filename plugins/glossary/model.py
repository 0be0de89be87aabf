"""The glossary's data: reading glossary/*.yml, checking it, and sorting it into an index.

Pure code (no MkDocs objects). Every problem found carries the file and line it comes from,
so that the plugin can report it and ``--strict`` can fail the build on it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from plugins import korean

_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# One- and two-letter Latin aliases ("AZ", "OU") would link ordinary text all over the site.
_TOO_SHORT = re.compile(r"^[A-Za-z]{1,2}$")
# Prefixes the index ignores, so that Amazon S3 files under S and half the list is not A.
SORT_PREFIXES = ("Amazon ", "AWS ")
_ENTRY_KEYS = {"id", "related"}
_SIDE_KEYS = {"term", "aliases", "definition", "link"}

try:  # libyaml's parser is several times faster; the pure-Python one gives the same marks.
    _YamlLoader = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - libyaml is part of the locked requirements
    _YamlLoader = yaml.SafeLoader


@dataclass(frozen=True)
class Problem:
    """Something wrong in the glossary data, at ``where`` (``glossary/core.yml:12``)."""

    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


@dataclass(frozen=True)
class TermText:
    """One language's side of an entry."""

    term: str
    aliases: tuple[str, ...]
    definition: str
    link: str | None = None

    @property
    def names(self) -> tuple[str, ...]:
        """The term and its aliases, the term first, without repeats."""
        return tuple(dict.fromkeys((self.term, *self.aliases)))


@dataclass(frozen=True)
class GlossaryEntry:
    id: str
    related: tuple[str, ...]
    texts: dict[str, TermText]
    source: str = ""

    def text(self, lang: str) -> TermText:
        return self.texts[lang]


@dataclass
class Glossary:
    entries: dict[str, GlossaryEntry] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.entries)

    def aliases(self, lang: str) -> list[tuple[str, str]]:
        """(name, term id) for every term and alias of one language."""
        return [
            (name, entry.id) for entry in self.entries.values() for name in entry.text(lang).names
        ]


def alias_key(name: str) -> str:
    """What makes two names the same to the matcher: case and spaces do not count."""
    return "".join(name.split()).casefold()


def sort_name(term: str) -> str:
    """The name a term sorts by: without its "Amazon"/"AWS" prefix."""
    for prefix in SORT_PREFIXES:
        if term.startswith(prefix) and len(term) > len(prefix):
            return term[len(prefix) :]
    return term


# ----------------------------------------------------------------------------- loading


def _scalar(node) -> str | None:
    if isinstance(node, yaml.ScalarNode):
        return node.value.strip()
    return None


def _line(path_label: str, node) -> str:
    return f"{path_label}:{node.start_mark.line + 1}"


def _mapping(node) -> dict[str, tuple[object, object]]:
    """A YAML mapping node as {key: (key_node, value_node)}."""
    return {
        key.value: (key, value) for key, value in node.value if isinstance(key, yaml.ScalarNode)
    }


def _read_side(label: str, node, lang: str, entry_id: str, problems: list[Problem]):
    where = _line(label, node)
    if not isinstance(node, yaml.MappingNode):
        problems.append(Problem(where, f"term '{entry_id}': '{lang}' must be a mapping"))
        return None
    fields = _mapping(node)
    for key, (key_node, _value) in fields.items():
        if key not in _SIDE_KEYS:
            problems.append(
                Problem(_line(label, key_node), f"term '{entry_id}': unknown key '{lang}.{key}'")
            )
    term = _scalar(fields["term"][1]) if "term" in fields else None
    definition = _scalar(fields["definition"][1]) if "definition" in fields else None
    if not term:
        problems.append(Problem(where, f"term '{entry_id}': '{lang}.term' is missing or empty"))
        return None
    if not definition:
        problems.append(
            Problem(where, f"term '{entry_id}': '{lang}.definition' is missing or empty")
        )
        return None
    if "<" in definition:
        problems.append(
            Problem(where, f"term '{entry_id}': '{lang}.definition' must be plain text, no HTML")
        )
    aliases: list[tuple[str, str]] = []  # (alias, where)
    if "aliases" in fields:
        alias_node = fields["aliases"][1]
        if isinstance(alias_node, yaml.SequenceNode):
            for item in alias_node.value:
                text = _scalar(item)
                if text:
                    aliases.append((text, _line(label, item)))
                else:
                    problems.append(
                        Problem(_line(label, item), f"term '{entry_id}': empty or nested alias")
                    )
        elif _scalar(alias_node):  # an empty value (`aliases:`) means none
            problems.append(
                Problem(_line(label, alias_node), f"term '{entry_id}': aliases must be a list")
            )
    link = _scalar(fields["link"][1]) if "link" in fields else None
    if link and not link.startswith("https://"):
        problems.append(
            Problem(where, f"term '{entry_id}': '{lang}.link' must be an https:// address")
        )
    return term, definition, link or None, aliases, where


def _read_file(
    path: Path, label: str, languages: Sequence[str], problems: list[Problem]
) -> list[tuple[GlossaryEntry, dict[str, list[tuple[str, str]]], str]]:
    """Entries of one file, each with its aliases' locations and its own location."""
    try:
        root = yaml.compose(path.read_text(encoding="utf-8"), Loader=_YamlLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"{label}:{mark.line + 1}" if mark else label
        problems.append(Problem(where, f"not valid YAML: {getattr(error, 'problem', error)}"))
        return []
    if root is None:
        return []
    if not isinstance(root, yaml.SequenceNode):
        problems.append(Problem(_line(label, root), "a glossary file is a list of terms"))
        return []
    read = []
    for item in root.value:
        where = _line(label, item)
        if not isinstance(item, yaml.MappingNode):
            problems.append(Problem(where, "each term is a mapping with id, ko and en"))
            continue
        fields = _mapping(item)
        entry_id = _scalar(fields["id"][1]) if "id" in fields else None
        if not entry_id or not _ID.match(entry_id):
            problems.append(
                Problem(where, f"term id {entry_id!r} must be lowercase words joined by '-'")
            )
            continue
        for key, (key_node, _value) in fields.items():
            if key not in _ENTRY_KEYS and key not in languages:
                problems.append(
                    Problem(_line(label, key_node), f"term '{entry_id}': unknown key '{key}'")
                )
        related: list[str] = []
        if "related" in fields:
            related_node = fields["related"][1]
            if isinstance(related_node, yaml.SequenceNode):
                related = [v for v in (_scalar(n) for n in related_node.value) if v]
            elif _scalar(related_node):
                problems.append(Problem(where, f"term '{entry_id}': related must be a list"))
        texts: dict[str, TermText] = {}
        alias_sites: dict[str, list[tuple[str, str]]] = {}
        for lang in languages:
            if lang not in fields:
                problems.append(
                    Problem(where, f"term '{entry_id}' has no '{lang}' side: give both languages")
                )
                continue
            side = _read_side(label, fields[lang][1], lang, entry_id, problems)
            if side is None:
                continue
            term, definition, link, aliases, side_where = side
            texts[lang] = TermText(term, tuple(a for a, _ in aliases), definition, link)
            alias_sites[lang] = [(term, side_where), *aliases]
        if len(texts) != len(languages):
            continue
        read.append((GlossaryEntry(entry_id, tuple(related), texts, where), alias_sites, where))
    return read


def load_glossary(
    files: Iterable[Path], languages: Sequence[str], base: Path | None = None
) -> tuple[Glossary, list[Problem]]:
    """Read glossary files into one Glossary, listing every problem found.

    A term with a problem that makes it unusable (no id, one language missing, no
    definition) is left out; a bad alias or related id is dropped from the term.
    """
    problems: list[Problem] = []
    glossary = Glossary()
    alias_owner: dict[tuple[str, str], tuple[str, str]] = {}  # (lang, key) -> (id, where)
    for path in sorted(Path(p) for p in files):
        label = _relative_label(path, base)
        for entry, alias_sites, where in _read_file(path, label, languages, problems):
            if entry.id in glossary.entries:
                first = glossary.entries[entry.id].source
                problems.append(
                    Problem(where, f"duplicate term id '{entry.id}' (first at {first})")
                )
                continue
            kept: dict[str, TermText] = {}
            for lang in languages:
                text = entry.text(lang)
                good: list[str] = []
                for name, name_where in alias_sites[lang]:
                    key = (lang, alias_key(name))
                    if _TOO_SHORT.match(name) and name != text.term:
                        problems.append(
                            Problem(
                                name_where,
                                f"alias '{name}' of '{entry.id}' is too short: one- and "
                                "two-letter Latin aliases would link ordinary text",
                            )
                        )
                        continue
                    owner = alias_owner.get(key)
                    if owner and owner[0] != entry.id:
                        problems.append(
                            Problem(
                                name_where,
                                f"duplicate {lang} alias '{name}' of '{entry.id}': already "
                                f"used by '{owner[0]}' at {owner[1]}",
                            )
                        )
                        continue
                    alias_owner[key] = (entry.id, name_where)
                    if name != text.term:
                        good.append(name)
                kept[lang] = TermText(
                    text.term, tuple(dict.fromkeys(good)), text.definition, text.link
                )
            glossary.entries[entry.id] = GlossaryEntry(entry.id, entry.related, kept, where)
    _check_related(glossary, problems)
    return glossary, problems


def _check_related(glossary: Glossary, problems: list[Problem]) -> None:
    for entry_id, entry in list(glossary.entries.items()):
        good = []
        for other in entry.related:
            if other == entry_id:
                problems.append(Problem(entry.source, f"term '{entry_id}' is related to itself"))
            elif other not in glossary.entries:
                problems.append(
                    Problem(entry.source, f"term '{entry_id}': related term '{other}' is unknown")
                )
            else:
                good.append(other)
        if len(good) != len(entry.related):
            glossary.entries[entry_id] = GlossaryEntry(
                entry_id, tuple(good), entry.texts, entry.source
            )


def _relative_label(path: Path, base: Path | None) -> str:
    if base is not None:
        try:
            return path.resolve().relative_to(base.resolve()).as_posix()
        except ValueError:
            pass
    return path.as_posix()


# ----------------------------------------------------------------------------- index


@dataclass(frozen=True)
class LetterGroup:
    letter: str
    anchor: str
    entries: tuple[GlossaryEntry, ...]


def letter_anchor(letter: str) -> str:
    return "letter-" + ("other" if letter == "#" else letter.lower())


def _group_rank(letter: str, lang: str) -> tuple[int, int]:
    hangul = letter in korean.INDEX_INITIALS
    latin = len(letter) == 1 and letter.isascii() and letter.isalpha()
    if hangul:
        block = 0 if lang == "ko" else 1
        return block, korean.INDEX_INITIALS.index(letter)
    if latin:
        block = 1 if lang == "ko" else 0
        return block, ord(letter)
    return 2, 0


def group_entries(entries: Iterable[GlossaryEntry], lang: str) -> list[LetterGroup]:
    """Entries under their index letters, in reading order for ``lang``.

    Korean: ㄱ ㄴ ㄷ … ㅎ in 가나다 order (Unicode order of Hangul syllables is dictionary
    order), then Latin-initial terms A–Z. English: A–Z. Anything else last under ``#``.
    """
    by_letter: dict[str, list[GlossaryEntry]] = {}
    for entry in entries:
        name = sort_name(entry.text(lang).term)
        by_letter.setdefault(korean.index_letter(name), []).append(entry)
    groups = []
    for letter in sorted(by_letter, key=lambda letter: _group_rank(letter, lang)):
        members = sorted(
            by_letter[letter],
            key=lambda e: (sort_name(e.text(lang).term).casefold(), e.text(lang).term),
        )
        groups.append(LetterGroup(letter, letter_anchor(letter), tuple(members)))
    return groups
