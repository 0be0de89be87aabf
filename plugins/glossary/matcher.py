"""Find glossary terms in running text: one trie over every alias, leftmost-longest.

The trie of every alias is also compiled into one regular expression (nested alternatives,
one branch per trie edge, run on lowercased text), so the search for the next alias runs at C speed
whatever the number of terms, and its greedy match is the longest alias starting there. That
match is then checked in Python: the case rule below, and that it begins and ends a word
(plugins.korean: Korean particles may follow). When it fails, the trie is walked to try the
shorter aliases starting at the same place.

Case: an alias with any capital letter (``EC2``, ``Availability Zone``) matches exactly; an
all-lowercase alias (``subnet``) matches in any case. English plurals of aliases ending in
a lowercase letter match too (``subnets``, ``policies``). A space in an alias matches any
whitespace in the text (a soft line break too) or none (``가용영역``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from plugins import korean

_END = ""  # key of the term id in a trie node; no alias character is the empty string


class Match(NamedTuple):
    start: int
    end: int
    term_id: str


def _plurals(alias: str) -> list[str]:
    last = alias[-1]
    if not (last.isascii() and last.islower()):
        return []
    if last == "y" and len(alias) > 1 and alias[-2] not in "aeiou":
        return [alias[:-1] + "ies"]
    if alias.endswith(("s", "x", "ch", "sh")):
        return [alias + "es"]
    return [alias + "s"]


def _fold(text: str) -> str:
    """Lowercase without changing the length, so positions stay valid."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)


def _squeeze(text: str) -> str:
    return "".join(text.split())


class TermMatcher:
    """Matches a fixed set of (alias, term id) pairs in text."""

    def __init__(self, aliases: Iterable[tuple[str, str]]):
        self._exact: dict = {}  # aliases with capitals, as written
        self._folded: dict = {}  # all-lowercase aliases
        # The same names without spaces: exact ones as written, lowercase ones lowercased.
        self._exact_names: dict[str, str] = {}
        self._folded_names: dict[str, str] = {}
        for alias, term_id in aliases:
            alias = " ".join(alias.split())
            if not alias:
                continue
            folded = alias == alias.lower()
            trie = self._folded if folded else self._exact
            names = self._folded_names if folded else self._exact_names
            for form in (alias, *_plurals(alias)):
                self._insert(trie, form, term_id)
                names.setdefault(_squeeze(form), term_id)
        union: dict = {}
        for trie in (self._exact, self._folded):
            _merge(union, trie)
        # Searched in lowercased text: faster than a case-insensitive expression.
        self._search = re.compile(_pattern(union) or "(?!)").search

    @staticmethod
    def _insert(trie: dict, key: str, term_id: str) -> None:
        node = trie
        for ch in key:
            node = node.setdefault(ch, {})
        node.setdefault(_END, term_id)  # the first term to claim a name keeps it

    def _name(self, found: str) -> str | None:
        """The term a matched text names under the case rule, if any."""
        name = _squeeze(found)
        return self._exact_names.get(name) or self._folded_names.get(name.lower())

    @staticmethod
    def _ends(trie: dict, text: str, start: int) -> list[tuple[int, str]]:
        """Every (end, term id) of an alias that matches ``text`` from ``start``."""
        found = []
        stack = [(trie.get(text[start]), start + 1)]
        size = len(text)
        while stack:
            node, i = stack.pop()
            if node is None:
                continue
            if _END in node:
                found.append((i, node[_END]))
            space = node.get(" ")
            if space is not None:
                j = i
                while j < size and text[j].isspace():
                    j += 1
                # The text's whitespace stands for the alias's space; no whitespace is fine too.
                if j < size:
                    stack.append((space.get(text[j]), j + 1))
            if i < size:
                stack.append((node.get(text[i]), i + 1))
        return found

    def _longest_word(self, text: str, folded: str, start: int) -> tuple[int, str] | None:
        """The longest alias at ``start`` that ends a word (the slow path)."""
        ends = self._ends(self._exact, text, start) + self._ends(self._folded, folded, start)
        best = None
        for end, term_id in ends:
            if (best is None or end > best[0]) and korean.ends_word(text, end):
                best = (end, term_id)
        return best

    def find(self, text: str) -> list[Match]:
        """Non-overlapping matches, leftmost first, each the longest valid one at its start."""
        matches: list[Match] = []
        folded = _fold(text)
        search = self._search
        candidate = search(folded)
        while candidate is not None:
            start, end = candidate.span()
            best = None
            if korean.starts_word(text, start):
                term_id = self._name(text[start:end])
                if term_id is not None and korean.ends_word(text, end):
                    best = (end, term_id)
                else:
                    best = self._longest_word(text, folded, start)
            if best is not None:
                matches.append(Match(start, best[0], best[1]))
                candidate = search(folded, best[0])
            else:
                candidate = search(folded, start + 1)
        return matches


def _merge(target: dict, trie: dict) -> None:
    """Add ``trie`` to ``target`` with its characters lowercased."""
    for ch, child in trie.items():
        if ch == _END:
            target[_END] = child
        else:
            _merge(target.setdefault(ch.lower(), {}), child)


def _pattern(node: dict) -> str:
    """A regular expression matching every key of a trie, longest first. A space matches
    any whitespace or none; it is tried last, so that the greedy match stays the longest."""
    branches = []
    children = sorted((k, v) for k, v in node.items() if k not in (_END, " "))
    for ch, child in children:
        branches.append(re.escape(ch) + _pattern(child))
    if " " in node:
        branches.append(r"\s*" + _pattern(node[" "]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if _END in node else body
