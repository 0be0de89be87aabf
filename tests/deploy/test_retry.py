"""Per-request retries: which failures are worth another try, how long to wait, when to stop."""

from __future__ import annotations

import pytest
from botocore.exceptions import ClientError, ConnectionClosedError, EndpointConnectionError

from scripts.deploy import retry

pytestmark = pytest.mark.unit


def client_error(code: str, status: int) -> ClientError:
    return ClientError(
        {"Error": {"Code": code, "Message": code}, "ResponseMetadata": {"HTTPStatusCode": status}},
        "PutObject",
    )


@pytest.mark.parametrize(
    ("error", "transient"),
    [
        (EndpointConnectionError(endpoint_url="http://127.0.0.1:1"), True),
        (ConnectionClosedError(endpoint_url="http://127.0.0.1:1"), True),
        (client_error("SlowDown", 503), True),
        (client_error("InternalError", 500), True),
        (client_error("RequestTimeout", 400), True),
        (client_error("AccessDenied", 403), False),
        (client_error("NoSuchBucket", 404), False),
        (client_error("PreconditionFailed", 412), False),
        (ValueError("a bug"), False),
    ],
)
def test_is_transient(error, transient):
    assert retry.is_transient(error) is transient


def test_backoff_doubles_and_is_capped():
    backoff = retry.Backoff(attempts=8, first_delay=0.25, max_delay=8.0)
    ceilings = [backoff.delay(attempt, rng=lambda: 1.0) for attempt in range(2, 9)]
    assert ceilings == [0.25, 0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
    assert backoff.delay(3, rng=lambda: 0.0) == 0.25, "jitter keeps at least half"
    # At least this long before a request is given up: a blip of a few seconds is ridden out.
    assert sum(backoff.delay(a, rng=lambda: 0.0) for a in range(2, 9)) > 10


def test_call_retries_transient_failures_then_succeeds():
    failures = [ConnectionClosedError(endpoint_url="x")] * 3
    slept = []

    def flaky(value):
        if failures:
            raise failures.pop()
        return value

    assert retry.call(flaky, "done", sleep=slept.append) == "done"
    assert len(slept) == 3 and slept == sorted(slept)


def test_call_gives_up_after_the_last_attempt_and_at_once_on_other_errors():
    calls = []

    def always(error):
        calls.append(error)
        raise error

    with pytest.raises(ConnectionClosedError):
        retry.call(always, ConnectionClosedError(endpoint_url="x"), sleep=lambda s: None)
    assert len(calls) == retry.DEFAULT_BACKOFF.attempts
    calls.clear()
    with pytest.raises(ClientError):
        retry.call(always, client_error("AccessDenied", 403), sleep=lambda s: None)
    assert len(calls) == 1


def test_the_deploy_clients_leave_retrying_to_this_module(monkeypatch):
    # botocore's own retries share one quota across the upload threads (see retry.py).
    from scripts.deploy import cli

    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    session = cli._session("us-east-1")
    for service in ("s3", "cloudfront", "cloudformation"):
        retries = cli._client(session, service, "http://127.0.0.1:9").meta.config.retries
        assert retries["total_max_attempts"] == 1, service
