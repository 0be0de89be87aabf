"""Stage 4: carry out a plan. Uploads group by group (assets, new pages, changed pages,
pointers), each group finished before the next starts; deletes only after every upload
succeeded, and only of objects nobody changed since the listing."""

from __future__ import annotations

import base64
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from boto3.s3.transfer import TransferConfig

from . import retry
from .local import LocalFile
from .plan import HEADERS, Plan, Upload
from .remote import MD5_METADATA, RemoteObject, list_remote

# Files above this size go up in parts (s3transfer); their MD5 is kept in metadata.
MULTIPART_THRESHOLD = 16 * 1024 * 1024
DELETE_BATCH = 1000  # the most DeleteObjects accepts


class UploadFailed(Exception):
    def __init__(self, key: str, cause: Exception):
        self.key, self.cause = key, cause
        super().__init__(f"{key}: {cause}")


def _header_args(file: LocalFile) -> dict:
    args = {
        "ContentType": file.content_type,
        "CacheControl": file.cache_control,
        "Metadata": {MD5_METADATA: file.md5},
    }
    if file.content_encoding:
        args["ContentEncoding"] = file.content_encoding
    return args


def upload_one(client, bucket: str, file: LocalFile, reason: str) -> None:
    args = _header_args(file)
    if reason == HEADERS:
        # Same bytes, new headers: S3 rewrites the object's metadata without a new upload.
        retry.call(
            client.copy_object,
            Bucket=bucket,
            Key=file.key,
            CopySource={"Bucket": bucket, "Key": file.key},
            MetadataDirective="REPLACE",
            **args,
        )
    elif file.size >= MULTIPART_THRESHOLD:
        config = TransferConfig(multipart_threshold=MULTIPART_THRESHOLD)
        retry.call(
            client.upload_file, str(file.path), bucket, file.key, ExtraArgs=args, Config=config
        )
    else:
        body = file.path.read_bytes()
        # Content-MD5 makes S3 reject a body corrupted on the way.
        content_md5 = base64.b64encode(bytes.fromhex(file.md5)).decode()
        retry.call(
            client.put_object, Bucket=bucket, Key=file.key, Body=body, ContentMD5=content_md5,
            **args,
        )  # fmt: skip


def apply_uploads(
    client,
    bucket: str,
    local: dict[str, LocalFile],
    plan: Plan,
    workers: int,
    on_done: Callable[[Upload], None] = lambda upload: None,
) -> None:
    def run(upload: Upload) -> Upload:
        try:
            upload_one(client, bucket, local[upload.key], upload.reason)
        except Exception as error:
            raise UploadFailed(upload.key, error) from error
        return upload

    pool = ThreadPoolExecutor(max_workers=max(1, workers))
    try:
        for group in plan.stages():
            # Iterating waits for the whole group and re-raises the first failure.
            for upload in pool.map(run, group):
                on_done(upload)
    except BaseException:
        # A failure or Ctrl-C: start no more uploads; those under way finish on their own.
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown()


class DeleteError(Exception):
    pass


def apply_deletes(
    client, bucket: str, keys: list[str], listed: dict[str, RemoteObject]
) -> tuple[list[str], list[str]]:
    """Delete these keys, except any that changed or vanished since `listed` was taken (another
    deploy may have written them). Returns (deleted, kept: changed since the listing)."""
    now = list_remote(client, bucket)
    deletable = [k for k in keys if k in now and k in listed and now[k].etag == listed[k].etag]
    kept = [key for key in keys if key in now and key not in deletable]
    for start in range(0, len(deletable), DELETE_BATCH):
        batch = deletable[start : start + DELETE_BATCH]
        response = retry.call(
            client.delete_objects,
            Bucket=bucket,
            Delete={"Objects": [{"Key": key} for key in batch], "Quiet": True},
        )
        if response.get("Errors"):
            failed = ", ".join(f"{e['Key']} ({e['Code']})" for e in response["Errors"])
            raise DeleteError(f"S3 refused to delete: {failed}")
    return deletable, kept
