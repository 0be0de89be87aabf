"""Stage 2: walk the bucket. Listing gives keys, sizes and ETags; a HEAD request per object
gives its headers and our md5 metadata, and is only made where the plan needs them. The deploy
tool's own records under STATE_PREFIX (state.py) are not part of the site and never listed."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from . import retry

MD5_METADATA = "md5"  # x-amz-meta-md5: the content MD5, kept because multipart ETags are not
STATE_PREFIX = ".deploy/"


@dataclass(frozen=True)
class RemoteObject:
    key: str
    etag: str
    size: int

    @property
    def is_multipart(self) -> bool:
        return "-" in self.etag


@dataclass(frozen=True)
class RemoteDetails:
    content_type: str | None
    cache_control: str | None
    content_encoding: str | None
    md5: str | None

    @property
    def headers(self) -> tuple[str | None, str | None, str | None]:
        return (self.content_type, self.cache_control, self.content_encoding)


def _list_once(client, bucket: str) -> dict[str, RemoteObject]:
    objects = {}
    for page in client.get_paginator("list_objects_v2").paginate(Bucket=bucket):
        for item in page.get("Contents", []):
            key = item["Key"]
            if not key.startswith(STATE_PREFIX):
                objects[key] = RemoteObject(key, item["ETag"].strip('"'), item["Size"])
    return objects


def list_remote(client, bucket: str) -> dict[str, RemoteObject]:
    return retry.call(_list_once, client, bucket)


def is_not_found(error: Exception) -> bool:
    from botocore.exceptions import ClientError

    if not isinstance(error, ClientError):
        return False
    return error.response.get("Error", {}).get("Code") in ("404", "NoSuchKey", "NotFound")


def describe(client, bucket: str, keys: list[str], workers: int) -> dict[str, RemoteDetails]:
    """Headers of these objects. One deleted since the listing (HEAD answers 404) is left out,
    and the plan uploads it as new."""

    def head(key: str) -> tuple[str, RemoteDetails | None]:
        try:
            response = retry.call(client.head_object, Bucket=bucket, Key=key)
        except Exception as error:
            if is_not_found(error):
                return key, None
            raise
        return key, RemoteDetails(
            content_type=response.get("ContentType"),
            cache_control=response.get("CacheControl"),
            content_encoding=response.get("ContentEncoding"),
            md5=response.get("Metadata", {}).get(MD5_METADATA),
        )

    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        return {key: details for key, details in pool.map(head, keys) if details is not None}
