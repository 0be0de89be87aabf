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


@dataclass
class Plan:
    uploads: list[Upload] = field(default_factory=list)  # in upload order
    deletes: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)

    @property
    def changed_keys(self) -> list[str]:
        return [upload.key for upload in self.uploads]

    @property
    def is_empty(self) -> bool:
        return not self.uploads and not self.deletes

    def stages(self) -> list[list[Upload]]:
        """Uploads grouped by stage (assets, pages, pointers), each stage finishing first."""
        groups: dict[int, list[Upload]] = {}
        for upload in self.uploads:
            groups.setdefault(rules.upload_stage(upload.key), []).append(upload)
        return [groups[stage] for stage in sorted(groups)]


class TooManyDeletes(Exception):
    def __init__(self, keys: list[str], limit: int):
        self.keys, self.limit = keys, limit
        listing = "\n".join(f"  {key}" for key in keys)
        super().__init__(
            f"{len(keys)} objects would be deleted, more than --max-deletes {limit}; nothing "
            f"was changed. Rerun with --force (or a higher --max-deletes) if intended:\n{listing}"
        )


def same_content(local: LocalFile, remote: RemoteObject, details: RemoteDetails | None) -> bool:
    if remote.size != local.size:
        return False
    if not remote.is_multipart:
        return remote.etag == local.md5
    # A multipart ETag is not an MD5 of the bytes: compare the MD5 we stored at upload.
    return details is not None and details.md5 == local.md5


def keys_needing_details(local: dict[str, LocalFile], remote: dict[str, RemoteObject]) -> list[str]:
    """Objects whose headers (or stored MD5) the plan must see: those that may be unchanged."""
    needed = []
    for key, file in local.items():
        obj = remote.get(key)
        if obj is None or obj.size != file.size:
            continue
        if obj.is_multipart or obj.etag == file.md5:
            needed.append(key)
    return sorted(needed)


def find_changes(
    local: dict[str, LocalFile],
    remote: dict[str, RemoteObject],
    details: dict[str, RemoteDetails],
) -> Plan:
    plan = Plan()
    uploads = []
    for key, file in local.items():
        obj = remote.get(key)
        if obj is None:
            uploads.append(Upload(key, NEW, file.size))
        elif not same_content(file, obj, details.get(key)):
            uploads.append(Upload(key, CHANGED, file.size))
        elif key in details and details[key].headers != file.headers:
            uploads.append(Upload(key, HEADERS, 0))
        else:
            plan.unchanged.append(key)
    plan.uploads = sorted(uploads, key=lambda u: (rules.upload_stage(u.key), u.key))
    plan.deletes = sorted(key for key in remote if key not in local)
    return plan


def guard_deletes(plan: Plan, max_deletes: int, force: bool) -> None:
    if not force and len(plan.deletes) > max_deletes:
        raise TooManyDeletes(plan.deletes, max_deletes)
