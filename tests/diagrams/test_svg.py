"""SVG post-processing: small icons swapped in once each, nothing pointing outside the file."""

from __future__ import annotations

import base64
from xml.etree import ElementTree as ET

import pytest

from plugins.diagrams.svg import (
    SVG_NS,
    XLINK_NS,
    Icon,
    Layout,
    NodeBox,
    SvgError,
    external_references,
    finish_svg,
)

pytestmark = pytest.mark.unit

BIG_PNG = "data:image/png;base64," + base64.b64encode(b"\x89PNG big" * 50).decode()
S3 = "/venv/resources/aws/storage/s3.png"
CLOUDFRONT = "/venv/resources/aws/network/cloudfront.png"
ICONS = {S3: Icon("image/webp", b"RIFF-s3"), CLOUDFRONT: Icon("image/webp", b"RIFF-cf")}

# What Graphviz's cairo renderer writes for three image nodes (two share the S3 icon, but
# were given two <image> elements here to check de-duplication), padded by 72 points.
CAIRO_SVG = f"""<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
     width="544pt" height="344pt" viewBox="0 0 544 344" version="1.1">
<defs>
<g><symbol overflow="visible" id="glyph0-1"><path d="M 0.59375 3 L 6.123456 -8.5 Z"/></symbol></g>
<image id="image5" width="300" height="300" xlink:href="{BIG_PNG}"/>
<image id="image7" width="300" height="300" xlink:href="{BIG_PNG}"/>
<image id="image9" width="300" height="300" xlink:href="{BIG_PNG}"/>
</defs>
<g id="surface1">
<use xlink:href="#image5" transform="matrix(0.336667,0,0,0.336667,88,91)"/>
<use xlink:href="#image7" transform="matrix(0.336667,0,0,0.336667,285,91)"/>
<use xlink:href="#image9" transform="matrix(0.336667,0,0,0.336667,441,91)"/>
<use xlink:href="#glyph0-1" x="37.6" y="43.2"/>
</g>
</svg>"""
# The JSON layout of the same drawing: bounding box 400x200, node centres and sizes.
LAYOUT = Layout(
    width=400,
    height=200,
    nodes=[
        NodeBox(CLOUDFRONT, 66.5, 78.5, 101, 137),
        NodeBox(S3, 263.5, 78.5, 101, 137),
        NodeBox(S3, 419.5 - 100, 78.5, 101, 137),  # deliberately off: see below
    ],
)


def parse(text: str) -> ET.Element:
    return ET.fromstring(text)


def images(root: ET.Element) -> dict[str, str]:
    return {
        image.get("id"): image.get(f"{{{XLINK_NS}}}href")
        for image in root.iter(f"{{{SVG_NS}}}image")
    }


def layout_for_three_nodes() -> Layout:
    return Layout(
        width=400,
        height=200,
        nodes=[
            NodeBox(CLOUDFRONT, 66.5, 78.5, 101, 137),
            NodeBox(S3, 263.5, 78.5, 101, 137),
            NodeBox(S3, 419.5, 78.5, 101, 137),
        ],
    )


def test_every_image_becomes_its_small_icon_once():
    finished = finish_svg(
        CAIRO_SVG, layout_for_three_nodes(), ICONS, title="Caption", description="Alt"
    )
    root = parse(finished.text)
    found = images(root)
    assert sorted(found.values()) == sorted(icon.data_uri for icon in ICONS.values())
    assert len(found) == 2, "the second S3 image should have been merged into the first"
    kept_s3 = next(i for i, uri in found.items() if uri == ICONS[S3].data_uri)
    uses = [u.get(f"{{{XLINK_NS}}}href") for u in root.iter(f"{{{SVG_NS}}}use")]
    assert uses.count(f"#{kept_s3}") == 2
    assert all(u.lstrip("#") in found or u.startswith("#glyph") for u in uses)
    assert BIG_PNG not in finished.text


def test_title_description_and_pixel_size():
    finished = finish_svg(
        CAIRO_SVG, layout_for_three_nodes(), ICONS, title="그림 설명", description="대체 텍스트"
    )
    root = parse(finished.text)
    assert root.find(f"{{{SVG_NS}}}title").text == "그림 설명"
    assert root.find(f"{{{SVG_NS}}}desc").text == "대체 텍스트"
    # Cropped from the 72-point page padding to a 16-point margin around the 400x200 box.
    assert root.get("viewBox") == "56 56 432 232"
    assert (finished.width, finished.height) == (432, 232)
    assert root.get("width") == "432" and root.get("height") == "232"


def test_text_spilling_out_of_the_box_stays_in_view():
    layout = layout_for_three_nodes()
    spilled = Layout(layout.width, layout.height, layout.nodes, text_box=(-30, 0, 400, 200))
    root = parse(finish_svg(CAIRO_SVG, spilled, ICONS, title="t", description="d").text)
    left = int(root.get("viewBox").split()[0])
    assert left == 72 - 30 - 16


def test_path_numbers_are_rounded():
    finished = finish_svg(CAIRO_SVG, layout_for_three_nodes(), ICONS, title="t", description="d")
    assert 'd="M 0.59 3 L 6.12 -8.5 Z"' in finished.text


def test_an_image_that_matches_no_node_is_refused():
    with pytest.raises(SvgError, match="matches 0 image nodes"):
        finish_svg(CAIRO_SVG, LAYOUT, ICONS, title="t", description="d")


def test_a_missing_small_icon_is_refused():
    with pytest.raises(SvgError, match="no small icon"):
        finish_svg(CAIRO_SVG, layout_for_three_nodes(), {S3: ICONS[S3]}, title="t", description="d")


@pytest.mark.parametrize(
    "reference",
    [
        "/work/main/.venv/lib/python3.11/site-packages/resources/aws/storage/s3.png",
        "file:///tmp/icon.png",
        "https://example.com/icon.png",
        "icons/s3.png",
    ],
)
def test_a_reference_outside_the_file_is_refused(reference):
    svg = CAIRO_SVG.replace("</g>\n</svg>", f'<use xlink:href="{reference}"/></g></svg>')
    assert reference in external_references(svg)
    with pytest.raises(SvgError, match="points outside the file"):
        finish_svg(svg, layout_for_three_nodes(), ICONS, title="t", description="d")


def test_a_css_url_outside_the_file_is_refused():
    svg = CAIRO_SVG.replace('<g id="surface1">', '<g id="surface1" style="fill:url(x.svg#p)">')
    with pytest.raises(SvgError, match="points outside the file"):
        finish_svg(svg, layout_for_three_nodes(), ICONS, title="t", description="d")


def test_scripts_are_refused():
    svg = CAIRO_SVG.replace("</svg>", "<script>alert(1)</script></svg>")
    with pytest.raises(SvgError, match="<script> is not allowed"):
        finish_svg(svg, layout_for_three_nodes(), ICONS, title="t", description="d")


def test_the_finished_svg_references_nothing_outside():
    finished = finish_svg(CAIRO_SVG, layout_for_three_nodes(), ICONS, title="t", description="d")
    assert external_references(finished.text) == []


def test_layout_from_graphviz_json():
    data = {
        "bb": "0,0,486,219",
        "objects": [
            {"name": "cluster_x", "bb": "1,2,3,4"},
            {
                "name": "n1",
                "pos": "66.5,99",
                "width": "1.4028",
                "height": "2.3056",
                "image": CLOUDFRONT,
                "_ldraw_": [
                    {"op": "F", "size": 13.0, "face": "Noto Sans CJK KR"},
                    {
                        "op": "T",
                        "pt": [66.5, 19.6],
                        "align": "c",
                        "width": 152.0,
                        "text": "긴 이름",
                    },
                ],
            },
            {"name": "n2", "pos": "200,99", "width": "1.4", "height": "1.9"},
        ],
        "edges": [],
    }
    layout = Layout.from_json(data)
    assert (layout.width, layout.height) == (486, 219)
    assert [node.image for node in layout.nodes] == [CLOUDFRONT]
    node = layout.nodes[0]
    assert node.width == pytest.approx(101.0, abs=0.01)
    assert node.contains(66.5, 99) and not node.contains(200, 99)
    assert layout.text_box[0] == pytest.approx(66.5 - 76)
    assert layout.overflow() == pytest.approx(76 - 66.5)
