"""plugins/glossary/cache.py: term matches remembered between builds."""

from __future__ import annotations

import pytest

from plugins.glossary.cache import RememberingMatcher, StoredOutput, digest_of, matching_digest
from plugins.glossary.matcher import Match, TermMatcher

pytestmark = pytest.mark.unit

ALIASES = [("EC2", "ec2"), ("Amazon EC2", "ec2"), ("보안 그룹", "security-group"), ("S3", "s3")]
TEXTS = [
    "EC2를 보안 그룹 안에 둡니다.",
    "Amazon EC2 instances write to S3.",
    "S3A is not S3, and nothing matches here.",
    "no term at all",
]


class CountingBuild:
    """Builds the real matcher and counts how often it had to."""

    def __init__(self, aliases=ALIASES):
        self.aliases, self.calls = aliases, 0

    def __call__(self) -> TermMatcher:
        self.calls += 1
        return TermMatcher(self.aliases)


def a_build(cache_dir, name="ko", aliases=ALIASES) -> tuple[RememberingMatcher, CountingBuild]:
    build = CountingBuild(aliases)
    return RememberingMatcher(build, cache_dir, name, matching_digest(aliases)), build


def a_saved_build(cache_dir, texts, **options) -> tuple[RememberingMatcher, CountingBuild]:
    """A build that meets ``texts`` and saves what it found, as a real build ends."""
    matcher, build = a_build(cache_dir, **options)
    for text in texts:
        matcher.find(text)
    matcher.save()
    return matcher, build


@pytest.mark.parametrize("text", TEXTS)
def test_answers_like_the_matcher_it_remembers(tmp_path, text):
    expected = tuple(TermMatcher(ALIASES).find(text))
    first, _ = a_build(tmp_path)
    assert first.find(text) == expected
    first.save()
    second, build = a_build(tmp_path)
    assert second.find(text) == expected
    # Plain (start, end, term_id) tuples, fresh or remembered: the garbage collector can
    # stop scanning those, never named ones.
    for found in (first.find(text), second.find(text)):
        assert all(type(match) is tuple and len(match) == 3 for match in found)
    assert build.calls == 0


def test_a_warm_build_never_compiles_the_matcher(tmp_path):
    _cold, cold_build = a_saved_build(tmp_path, TEXTS)
    assert cold_build.calls == 1  # built once, on the first text, not per text
    warm, warm_build = a_build(tmp_path)
    for text in TEXTS:
        warm.find(text)
    assert warm_build.calls == 0 and not warm.built


def test_a_new_text_builds_the_matcher_and_is_saved(tmp_path):
    a_saved_build(tmp_path, TEXTS[:1])
    warm, build = a_build(tmp_path)
    assert warm.find("S3에 저장합니다") == (Match(0, 2, "s3"),)
    assert build.calls == 1
    warm.save()
    third, third_build = a_build(tmp_path)
    third.find("S3에 저장합니다")
    assert third_build.calls == 0


def test_texts_no_longer_met_are_dropped(tmp_path):
    a_saved_build(tmp_path, TEXTS)
    a_saved_build(tmp_path, TEXTS[:1])
    third, build = a_build(tmp_path)
    third.find(TEXTS[1])
    assert build.calls == 1


def test_other_aliases_use_another_file_and_the_old_one_goes(tmp_path):
    a_saved_build(tmp_path, TEXTS[:1])
    changed = [*ALIASES, ("그룹", "group")]
    second, build = a_build(tmp_path, aliases=changed)
    second.find(TEXTS[0])
    assert build.calls == 1  # nothing remembered under the new aliases
    second.save()
    assert [p.name for p in tmp_path.iterdir()] == [
        f"matches-ko-{matching_digest(changed)}.marshal"
    ]


def test_languages_keep_separate_files(tmp_path):
    korean, _ = a_build(tmp_path, "ko")
    english, _ = a_build(tmp_path, "en")
    korean.find(TEXTS[0])
    english.find(TEXTS[1])
    korean.save()
    english.save()
    assert sorted(p.name.split("-")[1] for p in tmp_path.iterdir()) == ["en", "ko"]


@pytest.mark.parametrize("content", [b"", b"not marshal data", b"\xe9\x00\x00"])
def test_an_unreadable_cache_is_ignored(tmp_path, content):
    (tmp_path / f"matches-ko-{matching_digest(ALIASES)}.marshal").write_bytes(content)
    matcher, build = a_build(tmp_path)
    assert matcher.find(TEXTS[0]) == tuple(TermMatcher(ALIASES).find(TEXTS[0]))
    assert build.calls == 1


def test_without_a_folder_it_remembers_within_the_process_only(tmp_path):
    matcher, build = a_build(None)
    matcher.find(TEXTS[0])
    matcher.save()
    matcher.find(TEXTS[0])
    assert build.calls == 1
    assert list(tmp_path.iterdir()) == []


def test_the_digest_follows_the_aliases_not_their_order():
    assert matching_digest(ALIASES) == matching_digest(list(reversed(ALIASES)))
    assert matching_digest(ALIASES) != matching_digest(ALIASES[:-1])
    assert matching_digest(ALIASES) != matching_digest([("EC2", "other"), *ALIASES[1:]])


def test_a_stored_output_is_reused_only_for_the_same_digest(tmp_path):
    StoredOutput(tmp_path, "page-ko").put("digest-1", ("<p>html</p>", [("a", "A")]))
    again = StoredOutput(tmp_path, "page-ko")
    assert again.get("digest-1") == ("<p>html</p>", [("a", "A")])
    assert again.get("digest-2") is None
    assert StoredOutput(tmp_path, "page-en").get("digest-1") is None


def test_a_stored_output_keeps_the_last_value_only(tmp_path):
    store = StoredOutput(tmp_path, "exports-en")
    store.put("one", {"glossary.json": "[]"})
    store.put("two", {"glossary.json": "[1]"})
    fresh = StoredOutput(tmp_path, "exports-en")
    assert fresh.get("one") is None and fresh.get("two") == {"glossary.json": "[1]"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["exports-en.pickle"]


@pytest.mark.parametrize("content", [b"", b"garbage", b"\x80\x05K\x01."])
def test_an_unreadable_stored_output_is_a_miss(tmp_path, content):
    (tmp_path / "page-ko.pickle").write_bytes(content)
    assert StoredOutput(tmp_path, "page-ko").get("anything") is None


def test_without_a_folder_outputs_live_in_memory_only(tmp_path):
    store = StoredOutput(None, "page-ko")
    store.put("digest", "value")
    assert store.get("digest") == "value"
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("one", "other"),
    [
        (("ko", {"s3": ["a"]}), ("en", {"s3": ["a"]})),
        (("ko", {"s3": ["a"]}), ("ko", {"s3": ["a", "b"]})),
        (("ko", b"template"), ("ko", b"template!")),
        (("ab", "c"), ("a", "bc")),  # parts are kept apart
        ((b"ab", b"c"), (b"a", b"bc")),  # bytes too
        (((b"ab", b"c"),), ((b"a", b"bc"),)),  # and bytes in a tuple
        (([("a.yml", b"x: 1")],), ([("a.yml", b"x: 2")],)),  # files as read
        (([("a.yml", b"x")],), ([("a.ym", b"lx")],)),
        ((b"x",), ("b'x'",)),  # bytes and the text of their repr
    ],
)
def test_digests_tell_inputs_apart(one, other):
    assert digest_of(*one) == digest_of(*one)
    assert digest_of(*one) != digest_of(*other)
