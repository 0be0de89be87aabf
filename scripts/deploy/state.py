"""The deploy tool's own records, kept in the bucket beside the site under `.deploy/` (never
published: the CloudFront Function answers 404 for hidden paths, and remote.py skips them):

- `lock.json`: taken with a conditional write (If-None-Match: *) so that two deploys never run
  at once; it expires, so a killed deploy does not block the next one forever.
- `live.json`: the commit that is live, so an older commit never replaces a newer one.
- `pending-invalidation.json`: the paths a deploy must invalidate, written before its first
  upload and removed only once CloudFront has accepted the invalidation; the next deploy adds
  them to its own, so a crash between upload and invalidation loses nothing.
- `retired-assets.json`: hashed assets the site no longer uses, with when they were retired,
  kept until pages cached before then have expired.
"""

from __future__ import annotations

import json
import time
import uuid
from dataclasses import dataclass

from . import retry
from .remote import STATE_PREFIX, is_not_found

LOCK = STATE_PREFIX + "lock.json"
LIVE = STATE_PREFIX + "live.json"
PENDING = STATE_PREFIX + "pending-invalidation.json"
RETIRED = STATE_PREFIX + "retired-assets.json"
PERMISSION_PROBE = STATE_PREFIX + "permission-check"

# A deploy runs under the deploy role's one-hour session (MaxSessionDuration in
# infra/site.yaml), so no live deploy holds the lock longer than this.
LOCK_SECONDS = 3600


class StateError(Exception):
    """A record under .deploy/ cannot be read or written; the message names it."""


class LockHeld(Exception):
    pass


def _is_precondition_failure(error: Exception) -> bool:
    from botocore.exceptions import ClientError

    if not isinstance(error, ClientError):
        return False
    code = error.response.get("Error", {}).get("Code", "")
    status = error.response.get("ResponseMetadata", {}).get("HTTPStatusCode")
    return code in ("PreconditionFailed", "ConditionalRequestConflict") or status in (409, 412)


def read(client, bucket: str, key: str) -> tuple[dict | None, str | None]:
    """(record, ETag), or (None, None) when there is none."""
    try:
        response = retry.call(client.get_object, Bucket=bucket, Key=key)
    except Exception as error:
        if is_not_found(error):
            return None, None
        raise
    body = response["Body"].read()
    try:
        record = json.loads(body)
    except ValueError as error:
        raise StateError(
            f"s3://{bucket}/{key} is not valid JSON ({error}); delete it if it is damaged"
        ) from error
    if not isinstance(record, dict):
        raise StateError(f"s3://{bucket}/{key} is not a JSON object; delete it if it is damaged")
    return record, response.get("ETag")


def write(client, bucket: str, key: str, record: dict, **conditions) -> None:
    retry.call(
        client.put_object,
        Bucket=bucket,
        Key=key,
        Body=json.dumps(record, ensure_ascii=False, indent=1).encode(),
        ContentType="application/json; charset=utf-8",
        CacheControl="no-store",
        **conditions,
    )


def delete(client, bucket: str, key: str) -> None:
    retry.call(client.delete_object, Bucket=bucket, Key=key)


# ---------------------------------------------------------------- the lock


@dataclass(frozen=True)
class Lock:
    owner: str
    token: str
    started: float
    expires: float

    def as_record(self) -> dict:
        return {
            "owner": self.owner,
            "token": self.token,
            "started": self.started,
            "expires": self.expires,
        }

    def describe(self) -> str:
        started = time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime(self.started))
        expires = time.strftime("%H:%M:%S UTC", time.gmtime(self.expires))
        return f"{self.owner}, since {started} (the lock expires at {expires})"


def _lock_from(record: dict) -> Lock:
    try:
        return Lock(
            str(record["owner"]),
            str(record["token"]),
            float(record["started"]),
            float(record["expires"]),
        )
    except (KeyError, TypeError, ValueError) as error:
        raise StateError(f"{LOCK} is not a lock record ({error}); delete it") from error


def acquire_lock(
    client, bucket: str, owner: str, now: float | None = None, seconds: float = LOCK_SECONDS
) -> Lock:
    now = time.time() if now is None else now
    lock = Lock(owner, uuid.uuid4().hex, now, now + seconds)
    try:
        write(client, bucket, LOCK, lock.as_record(), IfNoneMatch="*")
        return lock
    except Exception as error:
        if not _is_precondition_failure(error):
            raise
    record, etag = read(client, bucket, LOCK)
    if record is None:  # released between our write and our read: try once more
        write(client, bucket, LOCK, lock.as_record(), IfNoneMatch="*")
        return lock
    held = _lock_from(record)
    if held.token == lock.token:  # our first attempt succeeded; its answer was lost
        return lock
    if held.expires > now:
        raise LockHeld(
            f"another deploy holds the lock: {held.describe()}. Wait for it to finish; if you "
            f"know it died, rerun with --break-lock"
        )
    # Expired: take it over, but only if nobody else did in the meantime.
    try:
        write(client, bucket, LOCK, lock.as_record(), IfMatch=etag)
    except Exception as error:
        if _is_precondition_failure(error):
            raise LockHeld("another deploy took over the expired lock just now") from error
        raise
    return lock


def release_lock(client, bucket: str, lock: Lock) -> None:
    record, _ = read(client, bucket, LOCK)
    if record is not None and record.get("token") == lock.token:
        delete(client, bucket, LOCK)


def break_lock(client, bucket: str) -> dict | None:
    record, _ = read(client, bucket, LOCK)
    if record is not None:
        delete(client, bucket, LOCK)
    return record


def held_lock(client, bucket: str, now: float | None = None) -> Lock | None:
    record, _ = read(client, bucket, LOCK)
    if record is None:
        return None
    lock = _lock_from(record)
    return lock if lock.expires > (time.time() if now is None else now) else None


# ---------------------------------------------------------------- the other records


def live_commit(client, bucket: str) -> str | None:
    record, _ = read(client, bucket, LIVE)
    return str(record["commit"]) if record and record.get("commit") else None


def record_live(client, bucket: str, commit: str, owner: str) -> None:
    write(
        client,
        bucket,
        LIVE,
        {
            "commit": commit,
            "deployed_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "by": owner,
        },
    )


def pending_paths(client, bucket: str) -> list[str]:
    record, _ = read(client, bucket, PENDING)
    return [str(path) for path in (record or {}).get("paths", [])]


def record_pending(client, bucket: str, paths: list[str]) -> None:
    write(client, bucket, PENDING, {"paths": sorted(paths)})


def retired_assets(client, bucket: str) -> dict[str, float]:
    record, _ = read(client, bucket, RETIRED)
    return {str(key): float(since) for key, since in (record or {}).items()}


def record_retired(client, bucket: str, retired: dict[str, float]) -> None:
    if retired:
        write(client, bucket, RETIRED, dict(sorted(retired.items())))
    else:
        delete(client, bucket, RETIRED)


def check_delete_permission(client, bucket: str) -> None:
    """Write and delete a probe, so a missing s3:DeleteObject shows before anything changed."""
    write(client, bucket, PERMISSION_PROBE, {"probe": True})
    delete(client, bucket, PERMISSION_PROBE)
