"""Korean segmentation for the search index: what the browser cannot work out by itself.

The search worker splits text into words, strips particles with the rules of plugins.korean
(ported to JavaScript) and indexes each word's stem. Rules go wrong on nouns that end in a
syllable that is also a particle (``게이트웨이`` is not ``게이트웨`` + ``이``) and cannot split
compounds (``가용영역`` → ``가용`` + ``영역``). kiwipiepy can, so at build time every Hangul run
of the indexed text is analysed once, and where the analysis differs from the rules the
browser gets it as a small exception table: ``{run: [stem length, part start, part length,
…]}``. The displayed text is never changed.

A Hangul run is a maximal sequence of Hangul characters inside a word: ``S3버킷에`` has one,
``버킷에``, after the Latin run ``S3``.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from plugins import korean

# Tags (kiwipiepy's Sejong-style set, verb tags without their -R/-I suffix) that end a word
# after its stem: particles, endings, the copula and the light verbs 하다/되다.
_FUNCTIONAL_PREFIXES = ("J", "E")
_FUNCTIONAL_TAGS = {"XSV", "XSA", "XSM", "VCP", "VCN", "VX", "Z_CODA", "Z_SIOT"}
# The plural suffix belongs with the particles (인스턴스들을 → 인스턴스); 성, 적, 화 do not.
_FUNCTIONAL_FORMS = {("XSN", "들")}
# Morphemes worth their own index token inside a compound stem (가용영역 → 가용, 영역).
_PART_TAGS = {"NNG", "NNP", "NR", "NP", "XR", "VV", "VA", "MAG", "SH"}
# The markup the worker skips: tags and character references.
_MARKUP = re.compile(r"<[^>]*>|&(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z]+);")

# Bump when the analysis below changes, so cached results are not reused.
ANALYSIS_VERSION = 1
# Cached texts kept before unused ones are dropped (the site has about 1,200 sections).
MAX_ENTRIES = 6000
_HANGUL_SYLLABLE = re.compile("[\uac00-\ud7a3]")


@dataclass(frozen=True)
class Morpheme:
    """One morpheme of an analysis: its form, tag and place in the analysed text."""

    form: str
    tag: str
    start: int
    length: int


@dataclass(frozen=True)
class RunAnalysis:
    """How the worker should index one Hangul run: ``stem`` characters of it are the stem
    (0 when the run is particles only), ``parts`` are (start, length) of morphemes inside
    the stem that deserve their own token."""

    stem: int
    parts: tuple[tuple[int, int], ...] = ()

    def encode(self) -> list[int]:
        return [self.stem, *(n for part in self.parts for n in part)]


def plain_text(text: str) -> str:
    """``text`` without tags and character references, whitespace collapsed: what the
    analyser reads. Offsets into ``text`` are not kept; Hangul runs carry their own."""
    return " ".join(_MARKUP.sub(" ", text).split())


def hangul_runs(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, attached) of every Hangul run; ``attached`` when a Latin letter or digit
    comes right before it in the same word (``EC2를``)."""
    runs = []
    i = 0
    while i < len(text):
        if korean.is_hangul(text[i]):
            run = korean.hangul_run(text, i)
            attached = i > 0 and text[i - 1].isalnum() and not korean.is_hangul(text[i - 1])
            runs.append((i, i + len(run), attached))
            i += len(run)
        else:
            i += 1
    return runs


def rule_analysis(run: str, attached: bool = False) -> RunAnalysis:
    """What the worker does without an exception: the rules of plugins.korean."""
    if attached and korean.is_particle_suffix(run):
        return RunAnalysis(0)
    return RunAnalysis(len(korean.strip_particles(run)))


def _base_tag(tag: str) -> str:
    return tag.split("-", 1)[0]


def _is_functional(morpheme: Morpheme) -> bool:
    tag = _base_tag(morpheme.tag)
    return (
        tag.startswith(_FUNCTIONAL_PREFIXES)
        or tag in _FUNCTIONAL_TAGS
        or (tag, morpheme.form) in _FUNCTIONAL_FORMS
    )


def analyse_run(run: str, morphemes: Sequence[Morpheme], attached: bool = False) -> RunAnalysis:
    """The stem and parts of ``run`` from the morphemes that start inside it (offsets
    relative to the run).

    The stem is the run minus its trailing particles and endings; a stem shorter than two
    syllables (읽기 → 읽) keeps the whole run, as the rules do. Parts are the stem's content
    morphemes of two or more characters whose surface is their form (irregular verbs such as
    늘려 → 늘리 are not), listed only when the stem has more than one.
    """
    if not morphemes:
        return rule_analysis(run, attached)
    end = len(morphemes)
    while end > 0 and _is_functional(morphemes[end - 1]):
        end -= 1
    content = morphemes[:end]
    if not content:
        return RunAnalysis(0) if attached else RunAnalysis(len(run))
    stem = max(m.start + m.length for m in content)
    stem = min(stem, len(run))
    if stem < 2 and not attached:
        stem = len(run)
    parts = tuple(
        (m.start, m.length)
        for m in content
        if _base_tag(m.tag) in _PART_TAGS
        and m.length >= 2
        and m.start + m.length <= stem
        and run[m.start : m.start + m.length] == m.form
        and (m.start, m.length) != (0, stem)
    )
    return RunAnalysis(stem, parts if parts else ())


def analyse_text(text: str, morphemes: Sequence[Morpheme]) -> list[tuple[str, RunAnalysis]]:
    """Every Hangul run of one plain text that starts a word, with its analysis. Runs after
    Latin letters or digits (the 를 of EC2를, the 버킷에 of S3버킷에) are left to the
    rules: the analyser reads them out of context."""
    found = []
    cursor = 0
    for start, end, attached in hangul_runs(text):
        while cursor < len(morphemes) and morphemes[cursor].start < start:
            cursor += 1
        inside = []
        scan = cursor
        while scan < len(morphemes) and morphemes[scan].start < end:
            m = morphemes[scan]
            inside.append(Morpheme(m.form, m.tag, m.start - start, m.length))
            scan += 1
        if not attached:
            run = text[start:end]
            found.append((run, analyse_run(run, inside)))
    return found


def exceptions(analyses: Iterable[tuple[str, RunAnalysis]]) -> dict[str, list[int]]:
    """The runs whose most frequent analysis differs from the rules, encoded for the
    worker, in a stable order."""
    seen: dict[str, Counter] = {}
    for run, analysis in analyses:
        seen.setdefault(run, Counter())[analysis] += 1
    table = {}
    for run in sorted(seen):
        analysis = seen[run].most_common(1)[0][0]
        if analysis != rule_analysis(run):
            table[run] = analysis.encode()
    return table


# ---------------------------------------------------------------- kiwipiepy and the cache

Analyser = Callable[[list[str]], list[list[Morpheme]]]


def kiwi_analyser() -> Analyser:
    """A function analysing texts with kiwipiepy; the model loads on the first call, once
    per build process (about a second), and only when the cache misses."""
    state: dict = {}

    def analyse(texts: list[str]) -> list[list[Morpheme]]:
        if "kiwi" not in state:
            from kiwipiepy import Kiwi

            state["kiwi"] = Kiwi(num_workers=-1)
        results = state["kiwi"].tokenize(texts)
        return [[Morpheme(t.form, t.tag, t.start, t.len) for t in tokens] for tokens in results]

    return analyse


def _kiwi_version() -> str:
    try:
        from importlib.metadata import version

        return version("kiwipiepy")
    except Exception:  # pragma: no cover - reported as "unknown" in the cache key only
        return "unknown"


class SegmentCache:
    """Analyses of texts, keyed by a hash of the text, the analyser and this module's
    version, kept in one JSON file per language outside site/."""

    def __init__(self, path: Path | None):
        self.path = path
        salt = f"{ANALYSIS_VERSION}|{_kiwi_version()}"
        self.salt = hashlib.sha256(salt.encode()).hexdigest()[:16]
        self.entries: dict[str, list] = {}
        if path and path.is_file():
            try:
                self.entries = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                self.entries = {}
        self.used: set[str] = set()

    def key(self, text: str) -> str:
        return hashlib.sha256(f"{self.salt}|{text}".encode()).hexdigest()[:24]

    def get(self, text: str) -> list[tuple[str, RunAnalysis]] | None:
        key = self.key(text)
        cached = self.entries.get(key)
        if cached is None:
            return None
        self.used.add(key)
        return [(run, RunAnalysis(code[0], _pairs(code[1:]))) for run, code in cached]

    def put(self, text: str, analyses: list[tuple[str, RunAnalysis]]) -> None:
        key = self.key(text)
        self.entries[key] = [[run, analysis.encode()] for run, analysis in analyses]
        self.used.add(key)

    def save(self) -> None:
        """Write the cache; texts this build did not use are dropped only once the file
        holds more than MAX_ENTRIES (pages edited back and forth stay cached)."""
        if not self.path:
            return
        keys = self.entries if len(self.entries) <= MAX_ENTRIES else self.used
        kept = {key: self.entries[key] for key in sorted(keys)}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        ignore = self.path.parent / ".gitignore"
        if not ignore.exists():
            ignore.write_text("*\n", encoding="utf-8")
        # Written aside, then moved: a build running at the same time never reads half.
        partial = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
        partial.write_text(json.dumps(kept, ensure_ascii=False), encoding="utf-8")
        os.replace(partial, self.path)


def _pairs(numbers: Sequence[int]) -> tuple[tuple[int, int], ...]:
    return tuple((numbers[i], numbers[i + 1]) for i in range(0, len(numbers) - 1, 2))


def segment_texts(
    texts: Iterable[str], analyser: Analyser, cache: SegmentCache | None = None
) -> dict[str, list[int]]:
    """The exception table for a set of indexed texts (titles and section texts)."""
    found: list[tuple[str, RunAnalysis]] = []
    missing: dict[str, str] = {}
    for text in texts:
        plain = plain_text(text)
        if not _HANGUL_SYLLABLE.search(plain):
            continue
        cached = cache.get(plain) if cache else None
        if cached is None:
            missing[plain] = plain
        else:
            found.extend(cached)
    if missing:
        plains = list(missing)
        for plain, morphemes in zip(plains, analyser(plains), strict=True):
            analyses = analyse_text(plain, morphemes)
            if cache:
                cache.put(plain, analyses)
            found.extend(analyses)
    if cache:
        cache.save()
    return exceptions(found)
