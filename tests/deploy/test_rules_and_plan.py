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
    schedule_deletes,
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
    remote = {f"k{i}": RemoteObject(f"k{i}", A, 1) for i in range(3)}
    plan = find_changes({}, remote, {})
    guard_deletes(plan, remote, max_deletes=3, max_share=1.0, force=False)
    with pytest.raises(TooManyDeletes) as error:
        guard_deletes(plan, remote, max_deletes=2, max_share=1.0, force=False)
    assert "3 objects would be deleted" in str(error.value) and "k2" in str(error.value)
    guard_deletes(plan, remote, max_deletes=2, max_share=1.0, force=True)


def site_of(pages: int, assets: int) -> dict[str, RemoteObject]:
    keys = [f"p{i}/index.html" for i in range(pages)] + [f"a{i}.png" for i in range(assets)]
    return {key: RemoteObject(key, A, 1) for key in keys}


@pytest.mark.parametrize(
    ("name", "remote", "lost", "refused"),
    [
        # The case: 61 pages, a build that kept one of them; far under --max-deletes.
        ("lost 60 of 61 pages", site_of(61, 214), [f"p{i}/index.html" for i in range(1, 61)],
         "60 of the 61 pages"),
        ("lost half the objects", site_of(10, 10), [f"a{i}.png" for i in range(10)],
         "50% of the 20 objects"),
        ("renamed 3 of 61 pages", site_of(61, 214), ["p1/index.html", "p2/index.html"], None),
    ],
)  # fmt: skip
def test_relative_delete_guard(name, remote, lost, refused):
    local = {key: local_file(key, A, 1) for key in remote if key not in lost}
    plan = find_changes(local, remote, {})
    assert plan.deletes == sorted(lost)
    if refused is None:
        guard_deletes(plan, remote, max_deletes=256, max_share=0.25, force=False)
        return
    with pytest.raises(TooManyDeletes, match=refused):
        guard_deletes(plan, remote, max_deletes=256, max_share=0.25, force=False)
    guard_deletes(plan, remote, max_deletes=256, max_share=0.25, force=True)


def test_new_pages_go_up_before_changed_pages_and_pointers_last():
    local = {
        key: local_file(key, A)
        for key in ["index.html", "new/index.html", "sitemap.xml", "assets/app.12345678.js"]
    }
    remote = {"index.html": RemoteObject("index.html", B, 10)}  # changed: links to new/
    plan = find_changes(local, remote, {})
    assert [[(u.key, u.reason) for u in stage] for stage in plan.stages()] == [
        [("assets/app.12345678.js", NEW)],
        [("new/index.html", NEW)],
        [("index.html", CHANGED)],
        [("sitemap.xml", NEW)],
    ]


def test_an_object_gone_between_list_and_head_is_uploaded_as_new():
    file = local_file("index.html", A)
    remote = {"index.html": RemoteObject("index.html", A, 10)}
    assert keys_needing_details({"index.html": file}, remote) == ["index.html"]
    plan = find_changes({"index.html": file}, remote, details={})  # HEAD answered 404
    assert [(u.key, u.reason) for u in plan.uploads] == [("index.html", NEW)]


HASHED = "assets/app.12345678.js"


@pytest.mark.parametrize(
    ("name", "gone", "retired", "now", "deleted", "kept"),
    [
        ("a page goes at once", ["old/index.html"], {}, 1000, ["old/index.html"], {}),
        ("a hashed asset is kept, dated now", [HASHED], {}, 1000, [], {HASHED: 1000}),
        ("kept while young", [HASHED], {HASHED: 900}, 1000, [], {HASHED: 900}),
        ("deleted once old enough", [HASHED], {HASHED: 600}, 1000, [HASHED], {}),
        ("back in the site: forgotten", [], {HASHED: 600}, 1000, [], {}),
    ],
)
def test_retired_assets_wait_before_deletion(name, gone, retired, now, deleted, kept):
    assert schedule_deletes(gone, retired, now, keep_for=300) == (deleted, kept), name


@pytest.mark.parametrize(
    ("keys", "paths"),
    [
        (["index.html"], ["/", "/index.html"]),
        (["en/vpc/index.html"], ["/en/vpc/", "/en/vpc/index.html"]),
        (["assets/site.css", "sitemap.xml"], ["/assets/site.css", "/sitemap.xml"]),
        ([], []),
        ([f"p{i}/index.html" for i in range(200)], ["/*"]),
        # Hashed names change with their bytes: no edge can hold a stale copy.
        (["assets/app.12345678.js", "assets/diagrams/vpc-ko.d03718c5ac.svg"], []),
        ([f"assets/a{i}.0123abcd.js" for i in range(400)] + ["index.html"], ["/", "/index.html"]),
    ],
)
def test_invalidation_paths(keys, paths):
    assert invalidate.invalidation_paths(keys) == paths


def test_invalidation_adds_what_an_earlier_deploy_left_pending():
    assert invalidate.invalidation_paths(["en/index.html"], pending=["/", "/index.html"]) == [
        "/", "/en/", "/en/index.html", "/index.html",
    ]  # fmt: skip
    assert invalidate.invalidation_paths([], pending=["/about/"]) == ["/about/"]
    assert invalidate.invalidation_paths(["index.html"], pending=["/*"]) == ["/*"]


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
