"""Table-driven tests of the pure stages: headers, planning, ordering, invalidation paths."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.deploy import invalidate, rules
from scripts.deploy.local import LocalFile
from scripts.deploy.plan import (
    CHANGED,
    HEADERS,
    NEW,
    TooManyDeletes,
    find_changes,
    guard_deletes,
    keys_needing_details,
)
from scripts.deploy.remote import RemoteDetails, RemoteObject

pytestmark = pytest.mark.deploy


@pytest.mark.parametrize(
    ("key", "content_type", "cache"),
    [
        ("index.html", "text/html; charset=utf-8", rules.REVALIDATE),
        ("assets/stylesheets/main.57a0d79d.min.css", "text/css; charset=utf-8", rules.IMMUTABLE),
        (
            "assets/javascripts/bundle.a5f9d56c.min.js",
            "text/javascript; charset=utf-8",
            rules.IMMUTABLE,
        ),
        # Our stylesheets and scripts as the assets plugin (plugins/assets/) publishes them.
        ("assets/site.0123abcd.css", "text/css; charset=utf-8", rules.IMMUTABLE),
        ("assets/study-index.89abcdef.js", "text/javascript; charset=utf-8", rules.IMMUTABLE),
        ("assets/site.css", "text/css; charset=utf-8", rules.REVALIDATE),
        ("search/search_index.json", "application/json; charset=utf-8", rules.REVALIDATE),
        ("sitemap.xml", "application/xml; charset=utf-8", rules.REVALIDATE),
        ("assets/favicon.svg", "image/svg+xml; charset=utf-8", rules.REVALIDATE),
        ("diagrams/vpc.0123abcd.svg", "image/svg+xml; charset=utf-8", rules.IMMUTABLE),
        # The diagrams plugin's naming: the digest of the SVG after a dot.
        (
            "assets/diagrams/vpc-two-az-ko.d03718c5ac.svg",
            "image/svg+xml; charset=utf-8",
            rules.IMMUTABLE,
        ),
        ("assets/diagrams/vpc-two-az-ko.svg", "image/svg+xml; charset=utf-8", rules.REVALIDATE),
        # A hyphen and digits are a date or a version, not a content hash.
        ("img/notes-20261126.png", "image/png", rules.REVALIDATE),
        (
            "assets/diagrams/vpc-two-az-ko-d03718c5ac.svg",
            "image/svg+xml; charset=utf-8",
            rules.REVALIDATE,
        ),
        ("assets/fonts/x.woff2", "font/woff2", rules.REVALIDATE),
        ("readme.png", "image/png", rules.REVALIDATE),
        ("en/exam-tips.tsv", "text/tab-separated-values; charset=utf-8", rules.REVALIDATE),
        ("unknown.bin", "application/octet-stream", rules.REVALIDATE),
    ],
)
def test_headers_per_file(key, content_type, cache):
    assert rules.content_type(key) == content_type
    assert rules.cache_control(key) == cache


@pytest.mark.parametrize(
    ("key", "head", "encoding"),
    [
        ("sitemap.xml", b"<?", None),
        ("sitemap.xml.gz", b"\x1f\x8b", None),  # a gzip download, not an encoded page
        ("search/index.json", b"\x1f\x8b", "gzip"),  # pre-compressed bytes: say so
    ],
)
def test_content_encoding_only_when_really_compressed(key, head, encoding):
    assert rules.content_encoding(key, head) == encoding


@pytest.mark.parametrize(
    ("key", "stage"),
    [
        ("assets/app.12345678.min.js", rules.ASSETS),
        ("diagrams/vpc.svg", rules.ASSETS),
        ("index.html", rules.PAGES),
        ("en/vpc/index.html", rules.PAGES),
        ("sitemap.xml", rules.POINTERS),
        ("en/sitemap.xml", rules.POINTERS),
        ("search/search_index.json", rules.POINTERS),
        ("en/glossary.json", rules.POINTERS),
        ("exam-tips.json", rules.POINTERS),
        ("404.html", rules.POINTERS),
        ("robots.txt", rules.POINTERS),
    ],
)
def test_upload_stage(key, stage):
    assert rules.upload_stage(key) == stage


def local_file(key: str, md5: str, size: int = 10) -> LocalFile:
    return LocalFile(
        key=key,
        path=Path("/nonexistent") / key,
        size=size,
        md5=md5,
        content_type=rules.content_type(key),
        cache_control=rules.cache_control(key),
        content_encoding=None,
    )


def details_for(file: LocalFile, **changes) -> RemoteDetails:
    values = {
        "content_type": file.content_type,
        "cache_control": file.cache_control,
        "content_encoding": None,
        "md5": file.md5,
    }
    values.update(changes)
    return RemoteDetails(**values)


A = "a" * 32
B = "b" * 32


@pytest.mark.parametrize(
    ("name", "remote", "details", "expected"),
    [
        ("new file", None, None, [("index.html", NEW)]),
        ("changed bytes", RemoteObject("index.html", B, 10), None, [("index.html", CHANGED)]),
        ("changed size", RemoteObject("index.html", A, 11), None, [("index.html", CHANGED)]),
        ("same bytes, new mtime", RemoteObject("index.html", A, 10), {}, []),
        (
            "headers changed",
            RemoteObject("index.html", A, 10),
            {"cache_control": "no-store"},
            [("index.html", HEADERS)],
        ),
        ("multipart, same md5 metadata", RemoteObject("index.html", B + "-3", 10), {}, []),
        (
            "multipart, other md5",
            RemoteObject("index.html", B + "-3", 10),
            {"md5": B},
            [("index.html", CHANGED)],
        ),
        (
            "multipart, no md5 metadata",
            RemoteObject("index.html", B + "-3", 10),
            {"md5": None},
            [("index.html", CHANGED)],
        ),
    ],
)
def test_find_changes(name, remote, details, expected):
    file = local_file("index.html", A)
    local = {"index.html": file}
    listing = {remote.key: remote} if remote else {}
    needed = keys_needing_details(local, listing)
    remote_details = (
        {key: details_for(file, **(details or {})) for key in needed} if details is not None else {}
    )
    plan = find_changes(local, listing, remote_details)
    assert [(u.key, u.reason) for u in plan.uploads] == expected, name
    assert plan.unchanged == ([] if expected else ["index.html"])


def test_deleted_and_ordered():
    local = {
        key: local_file(key, A)
        for key in [
            "sitemap.xml",
            "en/vpc/index.html",
            "assets/app.12345678.js",
            "index.html",
            "search/search_index.json",
        ]
    }
    remote = {
        "old/index.html": RemoteObject("old/index.html", A, 10),
        "index.html": RemoteObject("index.html", A, 10),
    }
    needed = keys_needing_details(local, remote)
    plan = find_changes(local, remote, {k: details_for(local[k]) for k in needed})
    assert plan.changed_keys == [
        "assets/app.12345678.js",
        "en/vpc/index.html",
        "search/search_index.json",
        "sitemap.xml",
    ]
    assert [len(stage) for stage in plan.stages()] == [1, 1, 2]
    assert plan.deletes == ["old/index.html"]
    assert plan.unchanged == ["index.html"]


def test_max_deletes_guard():
    plan = find_changes({}, {f"k{i}": RemoteObject(f"k{i}", A, 1) for i in range(3)}, {})
    guard_deletes(plan, max_deletes=3, force=False)
    with pytest.raises(TooManyDeletes) as error:
        guard_deletes(plan, max_deletes=2, force=False)
    assert "3 objects would be deleted" in str(error.value) and "k2" in str(error.value)
    guard_deletes(plan, max_deletes=2, force=True)


@pytest.mark.parametrize(
    ("keys", "paths"),
    [
        (["index.html"], ["/", "/index.html"]),
        (["en/vpc/index.html"], ["/en/vpc/", "/en/vpc/index.html"]),
        (["assets/site.css", "sitemap.xml"], ["/assets/site.css", "/sitemap.xml"]),
        ([], []),
        ([f"p{i}/index.html" for i in range(200)], ["/*"]),
    ],
)
def test_invalidation_paths(keys, paths):
    assert invalidate.invalidation_paths(keys) == paths


class FakeCloudFront:
    """Answers get_invalidation with a scripted sequence of statuses."""

    def __init__(self, statuses):
        self.statuses = list(statuses)
        self.calls = 0

    def get_invalidation(self, DistributionId, Id):  # boto3 parameter names
        self.calls += 1
        return {"Invalidation": {"Status": self.statuses.pop(0)}}


@pytest.mark.parametrize("final", ["Completed", "COMPLETED"])
def test_wait_for_invalidation_polls_until_completed(final):
    client = FakeCloudFront(["InProgress", "InProgress", final])
    invalidate.wait_for_invalidation(client, "E1", "I1", delay=0)
    assert client.calls == 3


def test_wait_for_invalidation_gives_up():
    client = FakeCloudFront(["InProgress"] * 5)
    with pytest.raises(invalidate.InvalidationTimeout):
        invalidate.wait_for_invalidation(client, "E1", "I1", delay=0.01, timeout=0.02)
