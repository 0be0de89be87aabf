"""Stage 5: which CloudFront paths to invalidate, and the invalidation itself."""

from __future__ import annotations

import time
from urllib.parse import quote

from . import retry, rules

# Up to this many paths are invalidated one by one; beyond it a single "/*" is cheaper and
# simpler (CloudFront bills invalidations per path, and a wildcard counts as one path).
WILDCARD_THRESHOLD = 300


def paths_for_key(key: str) -> list[str]:
    """A page is reachable as /dir/ and /dir/index.html: both must be invalidated."""
    path = "/" + quote(key, safe="/~-._")
    if key == "index.html" or key.endswith("/index.html"):
        return [path[: -len("index.html")], path]
    return [path]


def invalidation_paths(
    keys: list[str], pending: list[str] = (), threshold: int = WILDCARD_THRESHOLD
) -> list[str]:
    """The paths to invalidate for these changed or deleted keys, with the paths an earlier,
    unfinished deploy left pending. A hashed name is new with every change of its bytes, so
    edges can never hold a stale copy of one: hashed keys need no invalidation."""
    paths = {path for key in keys if not rules.is_hashed(key) for path in paths_for_key(key)}
    paths.update(pending)
    if "/*" in paths or len(paths) > threshold:
        return ["/*"]
    return sorted(paths)


def create_invalidation(client, distribution_id: str, paths: list[str], wait: bool) -> str:
    # One caller reference for every attempt: CloudFront answers a retried request that had
    # already succeeded with the same invalidation instead of creating a second one.
    caller_reference = f"deploy-{time.time_ns()}"
    response = retry.call(
        client.create_invalidation,
        DistributionId=distribution_id,
        InvalidationBatch={
            "Paths": {"Quantity": len(paths), "Items": paths},
            "CallerReference": caller_reference,
        },
    )
    invalidation_id = response["Invalidation"]["Id"]
    if wait:
        wait_for_invalidation(client, distribution_id, invalidation_id)
    return invalidation_id


class InvalidationTimeout(Exception):
    pass


def wait_for_invalidation(
    client, distribution_id: str, invalidation_id: str, delay: float = 10, timeout: float = 900
) -> None:
    """Poll until the invalidation completes. botocore's waiter matches "Completed" exactly;
    polling ourselves accepts any casing, which local CloudFront emulators use too."""
    deadline = time.monotonic() + timeout
    while True:
        status = retry.call(
            client.get_invalidation, DistributionId=distribution_id, Id=invalidation_id
        )
        if status["Invalidation"]["Status"].lower() == "completed":
            return
        if time.monotonic() + delay > deadline:
            raise InvalidationTimeout(
                f"invalidation {invalidation_id} still in progress after {timeout:.0f} s"
            )
        time.sleep(delay)
