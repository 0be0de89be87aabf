"""Stage 5: which CloudFront paths to invalidate, and the invalidation itself."""

from __future__ import annotations

import time
from urllib.parse import quote

# Up to this many paths are invalidated one by one; beyond it a single "/*" is cheaper and
# simpler (CloudFront bills invalidations per path, and a wildcard counts as one path).
WILDCARD_THRESHOLD = 300


def paths_for_key(key: str) -> list[str]:
    """A page is reachable as /dir/ and /dir/index.html: both must be invalidated."""
    path = "/" + quote(key, safe="/~-._")
    if key == "index.html" or key.endswith("/index.html"):
        return [path[: -len("index.html")], path]
    return [path]


def invalidation_paths(keys: list[str], threshold: int = WILDCARD_THRESHOLD) -> list[str]:
    paths = sorted({path for key in keys for path in paths_for_key(key)})
    if len(paths) > threshold:
        return ["/*"]
    return paths


def create_invalidation(client, distribution_id: str, paths: list[str], wait: bool) -> str:
    response = client.create_invalidation(
        DistributionId=distribution_id,
        InvalidationBatch={
            "Paths": {"Quantity": len(paths), "Items": paths},
            "CallerReference": f"deploy-{time.time_ns()}",
        },
    )
    invalidation_id = response["Invalidation"]["Id"]
    if wait:
        waiter = client.get_waiter("invalidation_completed")
        waiter.wait(
            DistributionId=distribution_id,
            Id=invalidation_id,
            WaiterConfig={"Delay": 10, "MaxAttempts": 90},
        )
    return invalidation_id
