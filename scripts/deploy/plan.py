"""Stage 3: decide. Pure functions over the two walks; every upload carries its reason."""

from __future__ import annotations

from dataclasses import dataclass, field

from . import rules
from .local import LocalFile
from .remote import RemoteDetails, RemoteObject

NEW, CHANGED, HEADERS = "new", "changed", "headers"


@dataclass(frozen=True)
class Upload:
    key: str
    reason: str  # new | changed | headers (same bytes, headers to update: copy in place)
    size: int = 0


def upload_order(upload: Upload) -> tuple[int, int]:
    """Assets, then new pages, then changed pages, then pointers: a page goes up only once the
    pages it links to are there, and links to a page that is new in this deploy are changes."""
    stage = rules.upload_stage(upload.key)
    return (stage, 0 if upload.reason == NEW else 1) if stage == rules.PAGES else (stage, 0)


@dataclass
class Plan:
    uploads: list[Upload] = field(default_factory=list)  # in upload order
    deletes: list[str] = field(default_factory=list)  # removed now
    unchanged: list[str] = field(default_factory=list)
    # Hashed assets the site no longer uses, kept a while for pages still cached in browsers:
    # key → when this deploy or an earlier one first found them unused (seconds since epoch).
    retired: dict[str, float] = field(default_factory=dict)

    @property
    def changed_keys(self) -> list[str]:
        return [upload.key for upload in self.uploads]

    @property
    def is_empty(self) -> bool:
        return not self.uploads and not self.deletes

    def stages(self) -> list[list[Upload]]:
        """Uploads grouped by upload_order, each group finishing before the next starts."""
        groups: dict[tuple[int, int], list[Upload]] = {}
        for upload in self.uploads:
            groups.setdefault(upload_order(upload), []).append(upload)
        return [groups[order] for order in sorted(groups)]


class TooManyDeletes(Exception):
    def __init__(self, keys: list[str], reason: str):
        self.keys = keys
        listing = "\n".join(f"  {key}" for key in keys)
        super().__init__(
            f"{len(keys)} objects would be deleted, {reason}; nothing was changed. A build that "
            f"lost pages looks like this. Rerun with --force if intended:\n{listing}"
        )


def same_content(local: LocalFile, remote: RemoteObject, details: RemoteDetails | None) -> bool:
    if remote.size != local.size:
        return False
    if not remote.is_multipart:
        return remote.etag == local.md5
    # A multipart ETag is not an MD5 of the bytes: compare the MD5 we stored at upload.
    return details is not None and details.md5 == local.md5


def may_be_unchanged(file: LocalFile, obj: RemoteObject) -> bool:
    """Same size, and an ETag that matches or cannot tell (multipart): its HEAD decides."""
    return obj.size == file.size and (obj.is_multipart or obj.etag == file.md5)


def keys_needing_details(local: dict[str, LocalFile], remote: dict[str, RemoteObject]) -> list[str]:
    """Objects whose headers (or stored MD5) the plan must see: those that may be unchanged."""
    return sorted(
        key for key, file in local.items() if key in remote and may_be_unchanged(file, remote[key])
    )


def schedule_deletes(
    gone: list[str], retired: dict[str, float], now: float, keep_for: float
) -> tuple[list[str], dict[str, float]]:
    """Which of the keys the site no longer has to delete now, and which to keep for later.

    A page is deleted at once. A hashed asset may still be asked for by a page a browser
    cached before this deploy, so it is kept for `keep_for` seconds after a deploy first found
    it unused, and deleted by the first deploy after that."""
    delete_now, keep = [], {}
    for key in gone:
        if not rules.is_hashed(key):
            delete_now.append(key)
            continue
        since = retired.get(key, now)
        if now - since >= keep_for:
            delete_now.append(key)
        else:
            keep[key] = since
    return sorted(delete_now), keep


def find_changes(
    local: dict[str, LocalFile],
    remote: dict[str, RemoteObject],
    details: dict[str, RemoteDetails],
    retired: dict[str, float] | None = None,
    now: float = 0.0,
    keep_retired_for: float = 0.0,
) -> Plan:
    plan = Plan()
    uploads = []
    for key, file in local.items():
        obj = remote.get(key)
        if obj is None or (key not in details and may_be_unchanged(file, obj)):
            # Listed but gone by the time we asked for its headers: upload it as new.
            uploads.append(Upload(key, NEW, file.size))
        elif not same_content(file, obj, details.get(key)):
            uploads.append(Upload(key, CHANGED, file.size))
        elif key in details and details[key].headers != file.headers:
            uploads.append(Upload(key, HEADERS, 0))
        else:
            plan.unchanged.append(key)
    plan.uploads = sorted(uploads, key=lambda u: (upload_order(u), u.key))
    gone = sorted(key for key in remote if key not in local)
    plan.deletes, plan.retired = schedule_deletes(gone, retired or {}, now, keep_retired_for)
    return plan


def guard_deletes(
    plan: Plan,
    remote: dict[str, RemoteObject],
    max_deletes: int,
    max_share: float,
    force: bool,
) -> None:
    """Refuse a deploy that would delete too much: more than `max_deletes` objects, or more
    than `max_share` of the bucket's objects or of its HTML pages."""
    if force or not plan.deletes:
        return
    deletes = plan.deletes
    if len(deletes) > max_deletes:
        raise TooManyDeletes(deletes, f"more than --max-deletes {max_deletes}")
    if len(deletes) > max_share * len(remote):
        raise TooManyDeletes(
            deletes, f"{len(deletes) / len(remote):.0%} of the {len(remote)} objects in the "
            f"bucket, more than --max-delete-share {max_share:g}",
        )  # fmt: skip
    pages = [key for key in remote if key.endswith(".html")]
    deleted_pages = [key for key in deletes if key.endswith(".html")]
    if deleted_pages and len(deleted_pages) > max_share * len(pages):
        raise TooManyDeletes(
            deletes, f"{len(deleted_pages)} of the {len(pages)} pages in the bucket "
            f"({len(deleted_pages) / len(pages):.0%}), more than --max-delete-share {max_share:g}",
        )  # fmt: skip
