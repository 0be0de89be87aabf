"""Stage 2: walk the bucket. Listing gives keys, sizes and ETags; a HEAD request per object
gives its headers and our md5 metadata, and is only made where the plan needs them."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

MD5_METADATA = "md5"  # x-amz-meta-md5: the content MD5, kept because multipart ETags are not


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


def list_remote(client, bucket: str) -> dict[str, RemoteObject]:
    objects = {}
    for page in client.get_paginator("list_objects_v2").paginate(Bucket=bucket):
        for item in page.get("Contents", []):
            key = item["Key"]
            objects[key] = RemoteObject(key, item["ETag"].strip('"'), item["Size"])
    return objects


def describe(client, bucket: str, keys: list[str], workers: int) -> dict[str, RemoteDetails]:
    def head(key: str) -> tuple[str, RemoteDetails]:
        response = client.head_object(Bucket=bucket, Key=key)
        return key, RemoteDetails(
            content_type=response.get("ContentType"),
            cache_control=response.get("CacheControl"),
            content_encoding=response.get("ContentEncoding"),
            md5=response.get("Metadata", {}).get(MD5_METADATA),
        )

    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        return dict(pool.map(head, keys))
