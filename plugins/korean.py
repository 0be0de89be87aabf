"""Korean text helpers shared by the glossary matcher and the Korean search.

Pure functions, no MkDocs: character classes, particle (조사) and ending stripping, word
boundaries for matching a term inside running text, and the initial consonants (초성) used to
group a 가나다 index.

Korean attaches particles straight to the noun (``EC2를``, ``보안 그룹은``, ``S3에서도``), so a
term is "a whole word" when it is followed by nothing but particles and endings. Regular
expressions' ``\\b`` cannot express that: Python counts Hangul as word characters, so
``\\bEC2\\b`` fails on ``EC2를`` (the problem Python-Markdown's ``abbr`` has with Korean).
"""

from __future__ import annotations

import re
from functools import lru_cache

# Hangul syllables U+AC00..U+D7A3 are 19 initials x 21 medials x 28 finals, in 가나다 order.
_SYLLABLE_FIRST = 0xAC00
_SYLLABLE_LAST = 0xD7A3
_MEDIALS_X_FINALS = 21 * 28

INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
MEDIALS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
FINALS = ("", *"ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ")

# The 14 headings of a Korean index: tense consonants file under their plain one (ㄲ → ㄱ).
INDEX_INITIALS = "ㄱㄴㄷㄹㅁㅂㅅㅇㅈㅊㅋㅌㅍㅎ"
_PLAIN_INITIAL = {"ㄲ": "ㄱ", "ㄸ": "ㄷ", "ㅃ": "ㅂ", "ㅆ": "ㅅ", "ㅉ": "ㅈ"}

# Particles, copulas, light-verb endings and noun suffixes that may follow a noun. A word is
# a noun plus a sequence of these (``리전`` + ``별`` + ``로``). Longest forms first is not
# needed: is_particle_suffix() tries every split.
# fmt: off
PARTICLES: frozenset[str] = frozenset(
    {
        # case and auxiliary particles
        "은", "는", "이", "가", "을", "를", "의", "에", "와", "과", "도", "만", "로", "으로",
        "에서", "에게", "에게서", "한테", "께", "께서", "까지", "부터", "보다", "처럼", "만큼",
        "마다", "조차", "밖에", "마저", "뿐", "이나", "나", "이든", "든", "든지", "이든지",
        "이라도", "라도", "로서", "으로서", "로써", "으로써", "랑", "이랑", "하고", "에도",
        "에는", "에만", "로는", "으로는", "로도", "으로도", "이야", "야", "이며", "며",
        "이고", "이라", "라", "라고", "이라고", "라는", "이라는", "란", "이란", "요", "서",
        # copula and its endings (``EC2입니다``, ``S3이지만``)
        "이다", "다", "입니다", "니다", "인", "인데", "이지만", "지만", "이에요", "예요",
        "이었다", "였다", "이면", "면", "이므로", "므로", "이니", "니",
        # light verbs: a noun used as a verb (``수평 확장하면``, ``연결된``)
        "하다", "한다", "하는", "하면", "하여", "해서", "해", "했다", "한", "할", "합니다",
        "하며", "하지", "하기", "함", "되다", "된다", "되는", "되면", "되어", "돼",
        "된", "될", "됩니다", "되고", "되며", "됨", "시킨", "시켜",
        # noun suffixes (``인스턴스들``, ``리전별``, ``VPC용``, ``AZ당``, ``계정 간``)
        "들", "별", "용", "간", "당", "내", "상", "형", "적", "화", "식", "쪽", "끼리",
    }
)
# fmt: on
_LONGEST_PARTICLE = max(len(p) for p in PARTICLES)


def is_hangul_syllable(ch: str) -> bool:
    return _SYLLABLE_FIRST <= ord(ch) <= _SYLLABLE_LAST


def is_hangul(ch: str) -> bool:
    """A Hangul syllable or jamo (compatibility jamo included)."""
    code = ord(ch)
    return (
        _SYLLABLE_FIRST <= code <= _SYLLABLE_LAST
        or 0x1100 <= code <= 0x11FF
        or 0x3130 <= code <= 0x318F
        or 0xA960 <= code <= 0xA97F
        or 0xD7B0 <= code <= 0xD7FF
    )


# The characters of is_hangul() as a regular expression, for searching whole strings.
HANGUL_RUN = re.compile("[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\ud7b0-\ud7ff]+")


def is_latin_alnum(ch: str) -> bool:
    """An ASCII letter or digit: the characters that make up Latin words and AWS names."""
    return ch.isascii() and ch.isalnum()


def decompose(ch: str) -> tuple[str, str, str] | None:
    """The (initial, medial, final) jamo of a Hangul syllable; None for anything else."""
    if not is_hangul_syllable(ch):
        return None
    index = ord(ch) - _SYLLABLE_FIRST
    initial, rest = divmod(index, _MEDIALS_X_FINALS)
    medial, final = divmod(rest, 28)
    return INITIALS[initial], MEDIALS[medial], FINALS[final]


def initial_consonant(ch: str) -> str | None:
    """The initial consonant (초성) of a Hangul syllable, tense ones kept: 까 → ㄲ."""
    parts = decompose(ch)
    if parts:
        return parts[0]
    if ch in INITIALS:
        return ch
    return None


def initials(text: str) -> str:
    """Initial consonants of every syllable, other characters kept: 보안 그룹 → ㅂㅇ ㄱㄹ."""
    return "".join(initial_consonant(ch) or ch for ch in text)


def index_letter(text: str) -> str:
    """The index heading a word files under: ㄱ…ㅎ for Hangul (ㄲ under ㄱ), A–Z for Latin,
    and ``#`` for anything else (digits, symbols, empty)."""
    for ch in text:
        if ch.isspace():
            continue
        consonant = initial_consonant(ch)
        if consonant:
            return _PLAIN_INITIAL.get(consonant, consonant)
        if ch.isascii() and ch.isalpha():
            return ch.upper()
        return "#"
    return "#"


@lru_cache(maxsize=4096)
def is_particle_suffix(text: str) -> bool:
    """True when ``text`` is empty or splits entirely into particles and endings.

    ``을`` , ``에서는``, ``별로``, ``들이`` are; ``팅`` (in 서브넷팅) and ``화요일`` are not.
    """
    if not text:
        return True
    for size in range(min(_LONGEST_PARTICLE, len(text)), 0, -1):
        if text[:size] in PARTICLES and is_particle_suffix(text[size:]):
            return True
    return False


def split_particles(word: str, *, min_stem: int = 2) -> tuple[str, str]:
    """Split ``word`` into (stem, particles), taking the longest particle suffix that leaves
    at least ``min_stem`` characters: ``EC2를`` → (``EC2``, ``를``), ``리전에서는`` →
    (``리전``, ``에서는``).

    Without a dictionary a noun can end in a syllable that is also a particle (속도, 평가);
    ``min_stem=2`` keeps such two-syllable nouns whole. Longer nouns of that shape (전문가)
    still lose their last syllable, which is why the glossary matcher uses
    is_particle_suffix() on what follows a known term instead.
    """
    for cut in range(max(min_stem, 1), len(word) + 1):
        suffix = word[cut:]
        if suffix and is_hangul_syllable(suffix[0]) and is_particle_suffix(suffix):
            return word[:cut], suffix
    return word, ""


def strip_particles(word: str, *, min_stem: int = 2) -> str:
    """``word`` without its trailing particles and endings (see split_particles)."""
    return split_particles(word, min_stem=min_stem)[0]


def hangul_run(text: str, start: int) -> str:
    """The run of Hangul characters beginning at ``start`` (empty when there is none)."""
    end = start
    while end < len(text) and is_hangul(text[end]):
        end += 1
    return text[start:end]


def starts_word(text: str, start: int) -> bool:
    """May a term begin at ``start``? Not in the middle of a Latin word (``xECS``,
    ``non-ECS``) nor of a Hangul word (``비보안``); Hangul right before a Latin term is fine
    (``아마존S3``) and so is Latin before a Hangul one."""
    if start <= 0:
        return True
    first, previous = text[start], text[start - 1]
    if is_latin_alnum(first):
        if is_latin_alnum(previous) or previous == "_":
            return False
        return not (previous == "-" and start >= 2 and is_latin_alnum(text[start - 2]))
    if is_hangul(first):
        return not is_hangul(previous)
    return True


def ends_word(text: str, end: int) -> bool:
    """May a term that ends just before ``end`` stop there? After a Latin ending the next
    character must not continue the word (``S3A``, ``ECSx``, ``EC2-Classic``), though Korean
    may follow (``EC2를``); after a Hangul ending only particles and endings may follow
    (``보안 그룹은`` yes, ``서브넷팅`` no)."""
    if end >= len(text) or end <= 0:
        return True
    last, following = text[end - 1], text[end]
    if is_latin_alnum(last):
        if is_latin_alnum(following) or following == "_":
            return False
        return not (following == "-" and end + 1 < len(text) and is_latin_alnum(text[end + 1]))
    if is_hangul(last) and is_hangul(following):
        return is_particle_suffix(hangul_run(text, end))
    return True


def match_term_at(text: str, pos: int, term: str, *, ignore_case: bool = False) -> int | None:
    """If ``term`` occurs at ``pos`` in ``text`` as a whole word, return where it ends.

    A space in ``term`` matches any run of whitespace in ``text`` or none at all
    (``가용영역`` is ``가용 영역``); ``text`` may not have spaces where ``term`` has none.
    Particles after the term are allowed and left out of the match: in ``EC2를``, EC2 ends
    at 3. ``ignore_case`` folds ASCII case (for all-lowercase terms such as ``subnet``).
    """
    if not term or not starts_word(text, pos):
        return None
    i = pos
    for ch in term:
        if ch.isspace():
            while i < len(text) and text[i].isspace():
                i += 1
            continue
        if i >= len(text):
            return None
        actual = text[i]
        if actual != ch and not (ignore_case and actual.lower() == ch.lower()):
            return None
        i += 1
    return i if ends_word(text, i) else None
