"""A reader's view of a diagram in Chromium: visible, whole, on a phone and in the dark."""

from __future__ import annotations

from urllib.parse import urljoin

import pytest

pytestmark = pytest.mark.browser
PHONE = {"width": 360, "height": 740}


@pytest.mark.parametrize("path", ["hosting/", "en/hosting/"])
def test_a_diagram_is_visible_and_fits_a_360px_phone(page, site_url, path):
    page.set_viewport_size(PHONE)
    page.goto(site_url + path)
    image = page.locator("figure.diagram img").first
    image.scroll_into_view_if_needed()
    page.wait_for_function(
        "img => img.complete && img.naturalWidth > 0", arg=image.element_handle()
    )
    assert image.is_visible()
    box = image.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
    assert box["width"] < int(image.get_attribute("width")), "a wide diagram should shrink"
    # Height follows width (no distortion, nothing reserved that stays empty).
    ratio = int(image.get_attribute("height")) / int(image.get_attribute("width"))
    assert box["height"] == pytest.approx(box["width"] * ratio, abs=2)
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    caption = page.locator("figure.diagram figcaption").first
    assert caption.is_visible() and caption.inner_text().strip()


def test_the_full_size_diagram_opens_from_the_figure(page, site_url):
    page.goto(site_url + "hosting/")
    link = page.locator("figure.diagram a").first
    href = link.get_attribute("href")
    response = page.request.get(urljoin(page.url, href))
    assert response.ok
    assert response.headers["content-type"].startswith("image/svg+xml")
    assert response.body().startswith(b"<?xml")


def test_a_diagram_sits_on_a_light_card_in_the_dark_palette(page, site_url):
    page.emulate_media(color_scheme="dark")
    page.goto(site_url + "hosting/")
    assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == "slate"
    image = page.locator("figure.diagram img").first
    page.wait_for_function(
        "img => img.complete && img.naturalWidth > 0", arg=image.element_handle()
    )
    assert image.evaluate("img => getComputedStyle(img).backgroundColor") == "rgb(255, 255, 255)"
    # The picture itself carries a white ground (transparent pixels count as black here), so
    # it stays readable when opened on its own in a dark browser too.
    assert image.evaluate(MEAN_BRIGHTNESS) > 180


MEAN_BRIGHTNESS = """img => {
    const canvas = document.createElement("canvas");
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const context = canvas.getContext("2d");
    context.drawImage(img, 0, 0);
    const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
    let sum = 0;
    for (let i = 0; i < pixels.length; i += 4) {
        sum += ((pixels[i] + pixels[i + 1] + pixels[i + 2]) / 3) * (pixels[i + 3] / 255);
    }
    return sum / (pixels.length / 4);
}"""
