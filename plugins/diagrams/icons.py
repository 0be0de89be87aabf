"""Small copies of node images (the `diagrams` package ships 300 px PNGs of about 14 KB).

Graphviz's cairo renderer does the resampling: a one-node graph holding the image is drawn at
the target size, as WebP when this Graphviz has the WebP plugin (a fifth of the PNG's bytes),
else as PNG. Results are cached by the image's content and the size.
"""

from __future__ import annotations

import functools
import hashlib
import struct
import subprocess
from pathlib import Path

from .cachefiles import write_atomically
from .svg import Icon

MIME = {"webp": "image/webp", "png": "image/png"}
DOT_TIMEOUT = 60


@functools.cache
def icon_format() -> str:
    """`webp` when `dot` can write it, else `png`."""
    try:
        result = subprocess.run(
            ["dot", "-Twebp:cairo"],
            input=b"digraph{a}",
            capture_output=True,
            timeout=DOT_TIMEOUT,
        )
    except (OSError, subprocess.TimeoutExpired):
        return "png"
    return "webp" if result.returncode == 0 and result.stdout[:4] == b"RIFF" else "png"


def small_icon(image: str | Path, size: int, cache_dir: Path) -> Icon:
    """The image fitted into `size`x`size` pixels (never enlarged), from the cache if there."""
    data = Path(image).read_bytes()
    fmt = icon_format()
    digest = hashlib.sha256(data).hexdigest()[:20]
    cached = cache_dir / "icons" / f"{digest}-{size}.{fmt}"
    if cached.is_file():
        return Icon(MIME[fmt], cached.read_bytes())
    width, height = fitted_size(png_size(data), size)
    graph = (
        "digraph{graph[pad=0 margin=0 dpi=72 bgcolor=transparent];"
        f'node[shape=none label="" margin=0 fixedsize=true imagescale=true '
        f'width={width / 72:.6f} height={height / 72:.6f} image="{_dot_string(image)}"];n}}'
    )
    result = subprocess.run(
        ["dot", f"-T{fmt}:cairo"],
        input=graph.encode("utf-8"),
        capture_output=True,
        timeout=DOT_TIMEOUT,
    )
    if result.returncode != 0 or not result.stdout:
        message = result.stderr.decode("utf-8", "replace").strip()
        raise RuntimeError(f"Graphviz could not resize {image}: {message}")
    write_atomically(cached, result.stdout)
    return Icon(MIME[fmt], result.stdout)


def png_size(data: bytes) -> tuple[int, int] | None:
    """Width and height from a PNG header, or None for other formats."""
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        return None
    return struct.unpack(">II", data[16:24])


def fitted_size(natural: tuple[int, int] | None, size: int) -> tuple[int, int]:
    """The largest size within `size`x`size` with the natural aspect ratio, never larger."""
    if natural is None:
        return size, size
    width, height = natural
    scale = min(1.0, size / max(width, height))
    return max(1, round(width * scale)), max(1, round(height * scale))


def _dot_string(path: str | Path) -> str:
    return str(path).replace("\\", "\\\\").replace('"', '\\"')
