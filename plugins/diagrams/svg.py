"""Make Graphviz's cairo SVG light and self-contained.

Cairo draws text as glyph outlines (so no font is needed to read it) and embeds every node
image as a full-size PNG. Here each embedded image is swapped for a small icon (found by
matching its position to the node that carries it in Graphviz's JSON layout), each icon is
kept once, path data is rounded, and anything that points outside the file is refused.
"""

from __future__ import annotations

import base64
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from xml.etree import ElementTree as ET

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"
HREF_ATTRS = ("href", f"{{{XLINK_NS}}}href")
ET.register_namespace("", SVG_NS)
ET.register_namespace("xlink", XLINK_NS)

# Space kept around the drawing, in points (= CSS pixels).
MARGIN = 16
_NUMBER = re.compile(r"-?\d+\.\d+")
_MATRIX = re.compile(r"^\s*matrix\(([^)]*)\)\s*$")
_URL = re.compile(r"url\(\s*['\"]?([^'\")]*)")


class SvgError(ValueError):
    """The SVG cannot be made self-contained (or is not what Graphviz should produce)."""


@dataclass(frozen=True)
class Icon:
    mime: str
    data: bytes

    @property
    def data_uri(self) -> str:
        return f"data:{self.mime};base64,{base64.b64encode(self.data).decode('ascii')}"


@dataclass(frozen=True)
class NodeBox:
    """A node that carries an image, in Graphviz coordinates (points, y upwards)."""

    image: str
    x: float
    y: float
    width: float
    height: float

    def contains(self, x: float, y: float) -> bool:
        return abs(x - self.x) <= self.width / 2 and abs(y - self.y) <= self.height / 2


@dataclass(frozen=True)
class Layout:
    """What svg.py needs from Graphviz's JSON output: the bounding box, the image nodes and
    how far text reaches (a label wider than its fixed-size node spills out of the box)."""

    width: float
    height: float
    nodes: Sequence[NodeBox]
    text_box: tuple[float, float, float, float] | None = None

    @classmethod
    def from_json(cls, data: Mapping) -> Layout:
        _x0, _y0, x1, y1 = (float(v) for v in data["bb"].split(","))
        nodes = []
        boxes = []
        for obj in [*data.get("objects", []), *data.get("edges", [])]:
            boxes.extend(_text_boxes(obj))
            if obj.get("image") and obj.get("pos"):
                x, y = (float(v) for v in obj["pos"].split(",")[:2])
                nodes.append(
                    NodeBox(
                        obj["image"],
                        x,
                        y,
                        float(obj["width"]) * 72,
                        float(obj["height"]) * 72,
                    )
                )
        text_box = None
        if boxes:
            text_box = (
                min(b[0] for b in boxes),
                min(b[1] for b in boxes),
                max(b[2] for b in boxes),
                max(b[3] for b in boxes),
            )
        return cls(x1, y1, nodes, text_box)

    def extent(self) -> tuple[float, float, float, float]:
        """The bounding box grown over all text, in Graphviz coordinates."""
        x0, y0, x1, y1 = self.text_box or (0.0, 0.0, self.width, self.height)
        return min(0.0, x0), min(0.0, y0), max(self.width, x1), max(self.height, y1)

    def overflow(self) -> float:
        """How far (points) text reaches outside the bounding box, on the worst side."""
        x0, y0, x1, y1 = self.extent()
        return max(-x0, -y0, x1 - self.width, y1 - self.height)


def _text_boxes(obj: Mapping) -> list[tuple[float, float, float, float]]:
    """Boxes (x0, y0, x1, y1) of every text drawn for one JSON object or edge."""
    boxes = []
    for name, ops in obj.items():
        if not name.endswith("draw_") or not isinstance(ops, list):
            continue
        size = 14.0
        for op in ops:
            if op.get("op") == "F":
                size = float(op.get("size", size))
            elif op.get("op") == "T":
                x, y = (float(v) for v in op["pt"])
                width = float(op.get("width", 0))
                left = {"l": x, "r": x - width}.get(op.get("align"), x - width / 2)
                # From the baseline: descenders below, ascenders up to about the font size.
                boxes.append((left, y - 0.3 * size, left + width, y + size))
    return boxes


@dataclass(frozen=True)
class FinishedSvg:
    text: str
    width: int
    height: int


def finish_svg(
    svg: bytes | str,
    layout: Layout,
    icons: Mapping[str, Icon],
    *,
    title: str,
    description: str,
) -> FinishedSvg:
    """The SVG with small de-duplicated icons, a title and description, and nothing external."""
    root = ET.fromstring(svg)
    if root.tag != f"{{{SVG_NS}}}svg":
        raise SvgError(f"not an SVG document: <{root.tag}>")
    view_width, view_height = _view_box(root)
    _replace_images(root, layout, icons, view_width, view_height)
    _round_paths(root)
    check_self_contained(root)
    width, height = _crop(root, layout, view_width, view_height)
    # 1 Graphviz point = 1 CSS pixel; the page scales the picture down when it is wider.
    root.set("width", str(width))
    root.set("height", str(height))
    root.set("role", "img")
    desc = ET.Element(f"{{{SVG_NS}}}desc")
    desc.text = description
    root.insert(0, desc)
    title_element = ET.Element(f"{{{SVG_NS}}}title")
    title_element.text = title
    root.insert(0, title_element)
    text = ET.tostring(root, encoding="unicode")
    return FinishedSvg('<?xml version="1.0" encoding="UTF-8"?>\n' + text + "\n", width, height)


def _crop(
    root: ET.Element, layout: Layout, view_width: float, view_height: float
) -> tuple[int, int]:
    """Crop the page to the drawing plus a margin; render.py pads the page generously so that
    labels wider than their fixed-size node are drawn instead of clipped."""
    pad_x = (view_width - layout.width) / 2
    pad_y = (view_height - layout.height) / 2
    x0, y0, x1, y1 = layout.extent()
    left = max(0, math.floor(pad_x + x0 - MARGIN))
    right = min(view_width, math.ceil(pad_x + x1 + MARGIN))
    top = max(0, math.floor(pad_y + layout.height - y1 - MARGIN))
    bottom = min(view_height, math.ceil(pad_y + layout.height - y0 + MARGIN))
    width, height = right - left, bottom - top
    root.set("viewBox", f"{left} {top} {width} {height}")
    # Cairo leaves the page transparent: a white ground keeps dark text readable when the
    # file is opened on its own in a dark browser theme.
    ground = ET.Element(f"{{{SVG_NS}}}rect")
    for name, value in (("x", left), ("y", top), ("width", width), ("height", height)):
        ground.set(name, str(value))
    ground.set("fill", "#fff")
    root.insert(0, ground)
    return width, height


def check_self_contained(root: ET.Element) -> None:
    """Refuse scripts, foreign content, and any reference that is not `#id` or `data:`."""
    for element in root.iter():
        tag = element.tag.rsplit("}", 1)[-1]
        if tag in ("script", "foreignObject"):
            raise SvgError(f"<{tag}> is not allowed in a diagram")
        for name in HREF_ATTRS:
            ref = element.get(name)
            if ref is not None and not _is_internal(ref):
                raise SvgError(f"<{tag}> points outside the file: {ref[:80]!r}")
        for name, value in element.attrib.items():
            for ref in _URL.findall(value):
                if not ref.startswith("#"):
                    raise SvgError(f"<{tag} {name}> points outside the file: {ref[:80]!r}")


def external_references(svg: bytes | str) -> list[str]:
    """Every reference in an SVG that is neither `#id` nor a `data:` URI (for tests)."""
    found = []
    for element in ET.fromstring(svg).iter():
        for name in HREF_ATTRS:
            ref = element.get(name)
            if ref is not None and not _is_internal(ref):
                found.append(ref)
        for value in element.attrib.values():
            found.extend(ref for ref in _URL.findall(value) if not ref.startswith("#"))
    return found


def _is_internal(ref: str) -> bool:
    return ref.startswith("#") or ref.startswith("data:image/")


def _view_box(root: ET.Element) -> tuple[float, float]:
    try:
        _x, _y, width, height = (float(v) for v in root.get("viewBox", "").split())
    except ValueError as error:
        raise SvgError(f"the SVG has no usable viewBox: {root.get('viewBox')!r}") from error
    return width, height


def _replace_images(
    root: ET.Element,
    layout: Layout,
    icons: Mapping[str, Icon],
    view_width: float,
    view_height: float,
) -> None:
    images = {
        element.get("id"): (parent, element)
        for parent in root.iter()
        for element in parent
        if element.tag == f"{{{SVG_NS}}}image"
    }
    if not images:
        return
    # Graphviz pads the drawing evenly on every side of the layout's bounding box.
    pad_x = (view_width - layout.width) / 2
    pad_y = (view_height - layout.height) / 2
    source_of: dict[str, str] = {}
    uses = [u for u in root.iter(f"{{{SVG_NS}}}use") if _href(u).lstrip("#") in images]
    for use in uses:
        image_id = _href(use).lstrip("#")
        _parent, image = images[image_id]
        cx, cy = _use_centre(use, image)
        graph_x, graph_y = cx - pad_x, layout.height - (cy - pad_y)
        owners = {node.image for node in layout.nodes if node.contains(graph_x, graph_y)}
        if len(owners) != 1:
            raise SvgError(
                f"an image at ({cx:.0f}, {cy:.0f}) matches {len(owners)} image nodes, not one"
            )
        owner = owners.pop()
        if source_of.setdefault(image_id, owner) != owner:
            raise SvgError(f"image {image_id} is drawn for two different node images")
    unused = set(images) - set(source_of)
    if unused:
        raise SvgError(f"embedded images drawn nowhere: {', '.join(sorted(unused))}")
    # One <image> per icon file: later copies are removed and their uses re-pointed.
    kept: dict[str, str] = {}
    for image_id, owner in source_of.items():
        parent, image = images[image_id]
        if owner in kept:
            parent.remove(image)
            continue
        kept[owner] = image_id
        icon = icons.get(owner)
        if icon is None:
            raise SvgError(f"no small icon was made for {owner}")
        image.set(f"{{{XLINK_NS}}}href", icon.data_uri)
        image.attrib.pop("href", None)
    for use in uses:
        image_id = _href(use).lstrip("#")
        use.set(f"{{{XLINK_NS}}}href", "#" + kept[source_of[image_id]])


def _href(element: ET.Element) -> str:
    return element.get(f"{{{XLINK_NS}}}href") or element.get("href") or ""


def _use_centre(use: ET.Element, image: ET.Element) -> tuple[float, float]:
    width = float(image.get("width", "0"))
    height = float(image.get("height", "0"))
    transform = use.get("transform")
    if transform is None:
        a, b, c, d, e, f = 1.0, 0.0, 0.0, 1.0, 0.0, 0.0
    else:
        match = _MATRIX.match(transform)
        if not match:
            raise SvgError(f"unexpected transform on an image: {transform!r}")
        a, b, c, d, e, f = (float(v) for v in match.group(1).replace(",", " ").split())
    x = float(use.get("x", "0")) + width / 2
    y = float(use.get("y", "0")) + height / 2
    return a * x + c * y + e, b * x + d * y + f


def _round_paths(root: ET.Element) -> None:
    # Two decimals of a point is far below a pixel, even zoomed in; it saves about a tenth.
    for path in root.iter(f"{{{SVG_NS}}}path"):
        d = path.get("d")
        if d:
            path.set("d", _NUMBER.sub(_round_number, d))


def _round_number(match: re.Match) -> str:
    text = f"{float(match.group(0)):.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text
