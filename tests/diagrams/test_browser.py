"""A reader's view of a diagram in Chromium: visible, whole, on a phone and in the dark, with
a visible way to open it at full size that works by touch and by keyboard."""

from __future__ import annotations

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


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize(
    ("path", "label"), [("hosting/", "원본 크기로 보기"), ("en/hosting/", "Open full size")]
)
def test_open_full_size_is_visible_and_readable_under_every_diagram(
    page, site_url, axe, path, label, scheme
):
    page.set_viewport_size(PHONE)
    page.emulate_media(color_scheme=scheme)
    page.goto(site_url + path)
    figures = page.locator("figure.diagram")
    assert figures.count() >= 1
    for index in range(figures.count()):
        control = figures.nth(index).locator("a.diagram__open")
        control.scroll_into_view_if_needed()
        assert control.is_visible() and control.inner_text().strip() == label
        box = control.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
        assert box["height"] >= 24, "a tap target of at least 24 px"
    # Contrast (WCAG AA) of the controls in this palette, and their names.
    result = axe.run(page, ["color-contrast", "link-name", "target-size"], "figure.diagram")
    assert not result["violations"], axe.describe(result["violations"])
    assert "color-contrast" in {rule["id"] for rule in result["passes"]}


def test_open_full_size_is_reached_and_followed_by_keyboard(page, site_url):
    page.set_viewport_size(PHONE)
    page.goto(site_url + "hosting/")
    caption = page.locator("figure.diagram figcaption").first
    caption.evaluate("el => { el.tabIndex = -1; el.focus(); }")  # start just before it
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.className")
    assert "diagram__open" in focused.split(), focused
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url.endswith(".html") and "/assets/diagrams/" in page.url


@pytest.fixture
def phone(browser, site_url):
    """A touch phone 360 px wide, as Chromium emulates one: without a viewport meta tag a
    page is laid out 980 px wide and shrunk to fit, as a lone SVG would be."""
    context = browser.new_context(
        viewport=PHONE, device_scale_factor=3, is_mobile=True, has_touch=True
    )
    yield context.new_page()
    context.close()


@pytest.mark.parametrize("path", ["networking/vpc/", "en/networking/vpc/"])
def test_the_full_size_view_shows_the_svg_at_natural_size(phone, site_url, path):
    phone.goto(site_url + path)
    link = phone.locator("figure.diagram a.diagram__open").first
    width = int(phone.locator("figure.diagram img").first.get_attribute("width"))
    link.click()
    phone.wait_for_load_state("load")
    assert phone.url.endswith(".html")
    image = phone.locator("main img")
    phone.wait_for_function(
        "img => img.complete && img.naturalWidth > 0", arg=image.element_handle()
    )
    assert image.evaluate("img => img.currentSrc").endswith(".svg")
    # Laid out at the phone's width and shown at scale 1: a page wider than the screen would
    # be zoomed out to fit, and the labels would be as small as in the article again.
    assert phone.evaluate("document.documentElement.clientWidth") == PHONE["width"]
    assert phone.evaluate("visualViewport.scale") == 1
    # Natural size, one CSS pixel per SVG pixel, whatever the screen's width.
    assert image.bounding_box()["width"] == pytest.approx(width, abs=1)
    assert width > PHONE["width"]
    # Wider than the screen: it scrolls sideways, in its own box, to show it all.
    scroller = phone.locator("main")
    assert scroller.evaluate("el => el.scrollWidth") >= width
    scroller.evaluate("el => el.scrollTo(10000, 0)")
    assert scroller.evaluate("el => el.scrollLeft") > 0
    # Pinch zoom is left to the reader: nothing in the viewport tag forbids it.
    viewport = phone.locator("meta[name=viewport]").get_attribute("content")
    assert "user-scalable" not in viewport and "maximum-scale" not in viewport, viewport
    assert phone.evaluate("getComputedStyle(document.documentElement).touchAction") in (
        "auto",
        "manipulation",
        "pinch-zoom",
    )


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
