"""The compact form of a language's search index (format 2), and its reader.

The budget counts each index's bytes as the reader downloads them, Brotli (README,
"Benchmarks"), and the site's text is nearly all of them: there is no copy to remove. What
is left is how it is written (measured under Brotli too: the Hangul table still saves 8 to
11 % of the Korean index; the markup codes under 1 %):

- Material's documents repeat, for every section, its page's path and an anchor that is
  its title slugified, and ours added the headings above it (``context``). Here documents
  are stored by column (titles together, texts together), a section's location and
  context are worked out from its title and its place in the page (``outline``), and only
  those that do not follow the rule are written out.
- Hangul costs three bytes a syllable in UTF-8, which gzip's byte-wise coding and 32 KB
  window handle poorly (a third more than the same text in two bytes a syllable). Hangul
  is coded with a table: every syllable, and the syllable sequences that byte-pair
  encoding finds most frequent (습니다, 인스턴스), becomes one character written in two
  bytes. The text the reader sees is the same once decoded.
- Whitespace that HTML collapses anyway is collapsed (not inside ``<pre>`` or ``<code>``).
- The segment table is written as one string, each run after the length of the prefix it
  shares with the run before it (runs are sorted: 가용영역, 가용영역은, 가용영역을 …).

The worker (assets/search-worker.js, ``readIndex``) rebuilds exactly the documents and
tables that ``expand_index`` returns here: the tests hold the two to each other.
"""

from __future__ import annotations

import heapq
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from itertools import pairwise

from plugins import korean

FORMAT = 2

# ---------------------------------------------------------------- coding text

# Codes are the characters that UTF-8 writes in two bytes, U+0100 to U+07FF, less the
# combining marks (a tool normalising the text could merge one into the character before).
CODE_FIRST = 0x100
CODE_END = 0x800
_COMBINING = range(0x300, 0x370)
# A syllable sequence seen fewer times than this costs more in the table than it saves.
MIN_PAIR_COUNT = 3
# Markup coded too: Material keeps a few bare tags (<p>, <li>, <code>), often in the same
# sequences (</p> <p>); those seen at least this often get a code of their own.
MIN_MARKUP_COUNT = 8
_HANGUL_RUN = re.compile("[\uac00-\ud7a3]+")
_BARE_TAG = re.compile(r"</?[a-z][a-z0-9]*>")
_MARKUP = re.compile(r"</?[a-z][a-z0-9]*>(?: ?</?[a-z][a-z0-9]*>)*")
_CODED = re.compile(f"{_HANGUL_RUN.pattern}|{_MARKUP.pattern}")
_CODE = re.compile(f"[{chr(CODE_FIRST)}-{chr(CODE_END - 1)}]")


class TextCode:
    """A table of tokens: ``table[i]`` is written as ``chr(CODE_FIRST + i)``; an empty
    entry is a character that stands for itself (one the text uses, or a combining mark).
    Tokens are Hangul syllables and syllable sequences, and markup."""

    def __init__(self, table: list[str], hangul_tokens: Mapping[str, list[str]]):
        self.table = table
        self.code = {token: chr(CODE_FIRST + i) for i, token in enumerate(table) if token}
        # Hangul run → its tokens, for the runs the table was learnt from.
        self.hangul_tokens = hangul_tokens

    @classmethod
    def learn(cls, strings: Iterable[str]) -> TextCode:
        strings = list(strings)
        used = {ord(ch) for s in strings for ch in _CODE.findall(s)}
        slots = [
            code
            for code in range(CODE_FIRST, CODE_END)
            if code not in used and code not in _COMBINING
        ]
        markup = _markup_tokens(Counter(m for s in strings for m in _MARKUP.findall(s)))
        runs = Counter(run for s in strings for run in _HANGUL_RUN.findall(s))
        hangul_tokens, frequency = _byte_pairs(runs, len(slots) - len(markup))
        frequency.update(markup)
        # The most frequent tokens first: they share the leading byte gzip sees most.
        ranked = sorted(frequency, key=lambda token: (-frequency[token], token))
        # Tokens past the last free code (more syllables than codes) stay as written.
        coded = list(zip(ranked, slots, strict=False))
        table = [""] * (coded[-1][1] - CODE_FIRST + 1 if coded else 0)
        for token, code in coded:
            table[code - CODE_FIRST] = token
        return cls(table, hangul_tokens)

    def encode(self, text: str) -> str:
        def tag_code(match: re.Match) -> str:
            return self.code.get(match.group(), match.group())

        def token_code(match: re.Match) -> str:
            found = match.group()
            if found.startswith("<"):
                return self.code.get(found) or _BARE_TAG.sub(tag_code, found)
            tokens = self.hangul_tokens.get(found) or found
            return "".join(self.code.get(token, token) for token in tokens)

        return _CODED.sub(token_code, text)


def _markup_tokens(sequences: Counter) -> Counter:
    """Tag sequences seen MIN_MARKUP_COUNT times, then single tags as often elsewhere."""
    tokens = Counter({seq: n for seq, n in sequences.items() if n >= MIN_MARKUP_COUNT})
    tags: Counter = Counter()
    for seq, n in sequences.items():
        if seq not in tokens:
            for tag in _BARE_TAG.findall(seq):
                tags[tag] += n
    tokens.update({tag: n for tag, n in tags.items() if n >= MIN_MARKUP_COUNT})
    return tokens


def decode(text: str, table: list[str]) -> str:
    """Text as written before coding (the worker's ``decoder``)."""

    def token(match: re.Match) -> str:
        index = ord(match.group()) - CODE_FIRST
        return (table[index] if index < len(table) else "") or match.group()

    return _CODE.sub(token, text)


def _byte_pairs(runs: Mapping[str, int], room: int) -> tuple[dict[str, list[str]], Counter]:
    """Byte-pair encoding over syllables: starting from single syllables, merge the most
    frequent adjacent pair of tokens (ties: the first in code point order) until there
    are ``room`` tokens or no pair is seen MIN_PAIR_COUNT times. Returns each run's
    tokens and how often each token is used."""
    words = sorted(runs)
    weights = [runs[word] for word in words]
    symbols = [list(word) for word in words]
    frequency: Counter = Counter()
    pairs: Counter = Counter()
    holders: dict[tuple[str, str], set[int]] = defaultdict(set)
    for i, syms in enumerate(symbols):
        for sym in syms:
            frequency[sym] += weights[i]
        for pair in pairwise(syms):
            pairs[pair] += weights[i]
            holders[pair].add(i)
    heap = [(-count, pair) for pair, count in pairs.items()]
    heapq.heapify(heap)
    while heap and len(frequency) < room:
        count, pair = heapq.heappop(heap)
        if -count != pairs.get(pair, 0):
            continue  # counted again since it was pushed
        if -count < MIN_PAIR_COUNT:
            break
        first, second = pair
        merged = first + second
        touched = set()
        replaced = set()
        for i in sorted(holders.pop(pair)):
            old = symbols[i]
            new = []
            j = 0
            while j < len(old):
                if j + 1 < len(old) and old[j] == first and old[j + 1] == second:
                    new.append(merged)
                    j += 2
                else:
                    new.append(old[j])
                    j += 1
            weight = weights[i]
            for other in pairwise(old):
                pairs[other] -= weight
                holders[other].discard(i)
                touched.add(other)
            for sym in old:
                frequency[sym] -= weight
                replaced.add(sym)
            for sym in new:
                frequency[sym] += weight
            for other in pairwise(new):
                pairs[other] += weight
                holders[other].add(i)
                touched.add(other)
            symbols[i] = new
        for other in touched:
            if pairs[other] > 0:
                heapq.heappush(heap, (-pairs[other], other))
            else:
                del pairs[other]
                holders.pop(other, None)
        for sym in replaced:
            if frequency[sym] <= 0:
                del frequency[sym]  # merged away entirely: it leaves the table
    return dict(zip(words, symbols, strict=True)), frequency


# ---------------------------------------------------------------- documents


def heading_anchor(title: str) -> str | None:
    """The anchor the site's toc (pymdownx.slugs.slugify, case=lower) gives a heading,
    worked out from its title the way the worker does (tags out, trimmed, lowercased,
    only letters, digits, ``_``, ``-`` and spaces kept, spaces as ``-``). None for a title
    with other characters than printable ASCII, Hangul, punctuation and symbols: Python's
    and JavaScript's ideas of a letter, a space and a lowercase differ somewhere there."""
    text = _TAG.sub("", title)
    if not all(_plain_in_both(ch) for ch in text):
        return None
    text = text.strip().lower()
    return "".join(ch for ch in text if ch.isalnum() or ch in "_- ").replace(" ", "-")


def _plain_in_both(ch: str) -> bool:
    return (
        (ch.isascii() and ch.isprintable())
        or korean.is_hangul(ch)
        or unicodedata.category(ch)[0] in "PS"
    )


_TAG = re.compile(r"</?[^>]*>")
CONTEXT_SEPARATOR = " · "  # between the headings of a context (index.section_context)


# HTML's whitespace (not Python's \s: a no-break space is shown as it is), which a browser
# shows as one space except in code.
_CODE_SPAN = re.compile(r"(<pre>.*?</pre>|<code>.*?</code>)", re.S)
_SPACE = re.compile(r"[ \t\n\r\f]{2,}|[\t\n\r\f]")


def collapse_space(html: str) -> str:
    """``html`` with each run of whitespace outside ``<pre>`` and ``<code>`` as one space."""
    parts = _CODE_SPAN.split(html)
    return "".join(part if i % 2 else _SPACE.sub(" ", part) for i, part in enumerate(parts))


class _Outline:
    """Where the documents are while reading them in order: the page, its title, and the
    titles of the last section at each depth. Shared by pack_docs and expand_docs, as the
    worker's expandDocs walks them."""

    def __init__(self):
        self.page = ""
        self.page_title = ""
        self.above: list[str] = []

    def start_page(self, location: str, title: str) -> None:
        self.page, self.page_title, self.above = location, title, []

    def location(self, title: str) -> str | None:
        anchor = heading_anchor(title)
        return None if anchor is None else f"{self.page}#{anchor}"

    def context(self, depth: int) -> str:
        return CONTEXT_SEPARATOR.join([self.page_title, *self.above[: depth - 1]])

    def enter(self, depth: int, title: str) -> None:
        self.above[depth - 1 :] = [title]


PAGE = "0"  # outline mark of a page's own document; 1-9 a section at that depth
NO_DEPTH = "-"  # a section whose headings above are not known


def pack_docs(docs: list[dict], code: TextCode) -> dict:
    """Material's documents (with ``context``) as columns. ``outline`` has one mark per
    document; ``pages`` the location of each page document, in order; ``locations``,
    ``contexts`` and ``fields`` what the rules do not give, by document number."""
    outline = []
    pages: list[str] = []
    locations: dict[str, str] = {}
    contexts: dict[str, str] = {}
    fields: dict[str, dict] = {}
    walk = _Outline()
    for number, doc in enumerate(docs):
        location, title = doc["location"], doc.get("title", "")
        context = doc.get("context")
        if "#" not in location:
            outline.append(PAGE)
            pages.append(location)
            walk.start_page(location, title)
            if context:
                contexts[str(number)] = code.encode(context)
        else:
            if location != walk.location(title):
                locations[str(number)] = location
                walk.page = location.partition("#")[0]
            depth = context.count(CONTEXT_SEPARATOR) + 1 if context else 0
            if 1 <= depth <= 9:
                outline.append(str(depth))
                if walk.context(depth) != context:
                    contexts[str(number)] = code.encode(context)
                walk.enter(depth, title)
            else:
                outline.append(NO_DEPTH)
                if context:
                    contexts[str(number)] = code.encode(context)
        rest = {k: v for k, v in doc.items() if k not in ("location", "title", "text", "context")}
        if rest:
            fields[str(number)] = rest
    return {
        "outline": "".join(outline),
        "pages": pages,
        "title": [code.encode(doc.get("title", "")) for doc in docs],
        "text": [code.encode(collapse_space(doc.get("text", ""))) for doc in docs],
        "locations": locations,
        "contexts": contexts,
        "fields": fields,
    }


def expand_docs(packed: Mapping, table: list[str]) -> list[dict]:
    """The documents of ``pack_docs``, as the worker rebuilds them."""
    docs = []
    walk = _Outline()
    pages = iter(packed["pages"])
    for number, mark in enumerate(packed["outline"]):
        key = str(number)
        title = decode(packed["title"][number], table)
        doc = {"location": "", "title": title, "text": decode(packed["text"][number], table)}
        context = None
        if mark == PAGE:
            doc["location"] = next(pages)
            walk.start_page(doc["location"], title)
        else:
            doc["location"] = packed["locations"].get(key) or walk.location(title)
            walk.page = doc["location"].partition("#")[0]
            if mark != NO_DEPTH:
                context = walk.context(int(mark))
                walk.enter(int(mark), title)
        if key in packed["contexts"]:
            context = decode(packed["contexts"][key], table)
        if context:
            doc["context"] = context
        doc.update(packed["fields"].get(key, {}))
        docs.append(doc)
    return docs


# ---------------------------------------------------------------- segments


def pack_segments(segments: Mapping[str, list[int]]) -> str:
    """``{run: [numbers]}`` as one string: runs in order, each as the length of the
    prefix it shares with the run before, the rest of the run, and its numbers, entries
    separated by spaces (가용영역 [4, 0, 2, 2, 2], 가용영역은 [4, 0, 2, 2, 2] →
    ``0가용영역4,0,2,2,2 4은4,0,2,2,2``). Runs are Hangul: no digits, commas or spaces."""
    entries = []
    previous = ""
    for run in sorted(segments):
        if not run or any(ch.isdigit() or ch in ", " for ch in run):
            raise ValueError(f"segment run {run!r} is not a Hangul run")
        shared = 0
        while shared < min(len(run), len(previous)) and run[shared] == previous[shared]:
            shared += 1
        numbers = ",".join(str(n) for n in segments[run])
        entries.append(f"{shared}{run[shared:]}{numbers}")
        previous = run
    return " ".join(entries)


_SEGMENT = re.compile(r"(\d+)([^\d, ]+)([\d,]+)")


def expand_segments(packed: str) -> dict[str, list[int]]:
    segments = {}
    previous = ""
    for entry in packed.split(" ") if packed else []:
        shared, rest, numbers = _SEGMENT.fullmatch(entry).groups()
        run = previous[: int(shared)] + rest
        segments[run] = [int(n) for n in numbers.split(",")]
        previous = run
    return segments


# ---------------------------------------------------------------- the whole index


def pack_index(docs: list[dict], korean: Mapping) -> tuple[dict, dict]:
    """``(docs, korean)`` of the index from Material's documents and the worker's data
    (``segments`` as a dict, ``concepts`` as lists of names, the rest as is)."""
    segments = pack_segments(korean.get("segments", {}))
    concepts = korean.get("concepts", [])
    code = TextCode.learn(
        [
            *(doc.get("title", "") for doc in docs),
            *(collapse_space(doc.get("text", "")) for doc in docs),
            *(doc.get("context", "") for doc in docs),
            segments,
            *(name for names in concepts for name in names),
        ]
    )
    packed_korean = {
        **korean,
        "format": FORMAT,
        "codes": code.table,
        "segments": code.encode(segments),
        "concepts": [[code.encode(name) for name in names] for names in concepts],
    }
    return pack_docs(docs, code), packed_korean


def expand_index(index: Mapping) -> tuple[list[dict], dict]:
    """Material-shaped documents and the worker's data, decoded, from a written index."""
    korean = dict(index["config"]["korean"])
    table = korean.pop("codes")
    korean["segments"] = expand_segments(decode(korean["segments"], table))
    korean["concepts"] = [[decode(name, table) for name in names] for names in korean["concepts"]]
    return expand_docs(index["docs"], table), korean
