"""Retries, request by request.

botocore's standard and adaptive retry modes draw every retry from one quota per client, which
the upload threads share: a blip of a second drops some fifty connections, empties the quota,
and from then on every request fails at once. So botocore's own retries are switched off
(`BOTO_RETRIES`) and each call is retried here on its own, with capped exponential backoff and
jitter: about twenty seconds of trying before a request is given up.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")

# One attempt per call in botocore; the loop below decides about the next.
BOTO_RETRIES = {"total_max_attempts": 1, "mode": "standard"}

TRANSIENT_STATUS = {500, 502, 503, 504}
TRANSIENT_CODES = {
    "InternalError",
    "ServiceUnavailable",
    "SlowDown",
    "RequestTimeout",
    "RequestTimeTooSkewed",
    "Throttling",
    "ThrottlingException",
    "RequestLimitExceeded",
    "TooManyRequestsException",
}


@dataclass(frozen=True)
class Backoff:
    attempts: int = 8
    first_delay: float = 0.25
    max_delay: float = 8.0

    def delay(self, attempt: int, rng: Callable[[], float] = random.random) -> float:
        """Sleep before attempt number `attempt` (2, 3, ...): doubling, capped, jittered."""
        ceiling = min(self.max_delay, self.first_delay * 2 ** (attempt - 2))
        return ceiling * (0.5 + rng() / 2)


DEFAULT_BACKOFF = Backoff()


def is_transient(error: BaseException) -> bool:
    from botocore.exceptions import (
        ClientError,
        ConnectionError,
        HTTPClientError,
        IncompleteReadError,
        ResponseStreamingError,
    )

    if isinstance(
        error, ConnectionError | HTTPClientError | IncompleteReadError | ResponseStreamingError
    ):
        return True
    if isinstance(error, ClientError):
        status = error.response.get("ResponseMetadata", {}).get("HTTPStatusCode")
        code = error.response.get("Error", {}).get("Code", "")
        return status in TRANSIENT_STATUS or code in TRANSIENT_CODES
    return False


def call(
    function: Callable[..., T],
    *args,
    backoff: Backoff = DEFAULT_BACKOFF,
    sleep: Callable[[float], None] = time.sleep,
    **kwargs,
) -> T:
    """`function(*args, **kwargs)`, tried again after a transient failure."""
    for attempt in range(1, backoff.attempts + 1):
        try:
            return function(*args, **kwargs)
        except Exception as error:
            if attempt == backoff.attempts or not is_transient(error):
                raise
            sleep(backoff.delay(attempt + 1))
    raise AssertionError("unreachable")
