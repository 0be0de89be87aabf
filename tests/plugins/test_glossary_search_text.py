"""The glossary plugin lets Material's search read each page without its term links, and
renders the page with them."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from plugins.glossary.plugin import GlossaryPlugin, LanguageState

pytestmark = pytest.mark.unit

LINKED = (
    '<p><a aria-describedby="glossary-tip-ec2" class="glossary-term" href="../glossary/#ec2">'
    'EC2</a>를 켜고 <a aria-describedby="glossary-tip-s3" class="glossary-term" '
    'href="../glossary/#s3">S3</a>에서 읽습니다. <a href="https://example.com/">EC2 문서</a></p>'
)
PLAIN = '<p>EC2를 켜고 S3에서 읽습니다. <a href="https://example.com/">EC2 문서</a></p>'


def plugin_with(link_counts: dict[str, int]) -> GlossaryPlugin:
    plugin = GlossaryPlugin()
    plugin.load_config({})
    plugin.lang = "ko"
    linked = {url: (count, "") for url, count in link_counts.items()}
    plugin.states = {"ko": LanguageState(linked_pages=linked)}
    return plugin


def around_search(plugin: GlossaryPlugin, page) -> str:
    """What search (between the two hooks) reads of the page."""
    context = {}
    assert plugin._text_for_search(context, page=page, config=None, nav=None) is context
    seen = page.content
    assert plugin._links_for_page(context, page=page, config=None, nav=None) is context
    return seen


def test_search_reads_the_text_and_the_page_keeps_its_links():
    page = SimpleNamespace(url="compute/ec2/", content=LINKED)
    assert around_search(plugin_with({"compute/ec2/": 2}), page) == PLAIN
    assert page.content == LINKED


def test_the_hooks_run_on_either_side_of_materials_search():
    # Material's search plugin reads page contents in on_page_context at priority 0.
    plugin = GlossaryPlugin()
    assert plugin._text_for_search.mkdocs_priority > 0 > plugin._links_for_page.mkdocs_priority


def test_content_it_did_not_expect_is_left_whole():
    # A page whose links another plugin changed since: search reads it as it is.
    page = SimpleNamespace(url="compute/ec2/", content=LINKED)
    assert around_search(plugin_with({"compute/ec2/": 3}), page) == LINKED
    assert page.content == LINKED


def test_pages_without_links_and_other_pages_are_untouched():
    plugin = plugin_with({"compute/ec2/": 2})
    other = SimpleNamespace(url="storage/s3/", content=LINKED)
    assert around_search(plugin, other) == LINKED
    # Counted once: a second rendering of the same URL (serve) is counted again by then.
    page = SimpleNamespace(url="compute/ec2/", content=LINKED)
    assert around_search(plugin, page) == PLAIN
    assert around_search(plugin, page) == LINKED


def test_materials_own_edit_is_made_to_the_linked_content_too(caplog):
    # Material's search drops data-search-* attributes with a value from what it read.
    marked = '<div data-search-exclude="yes">x</div>'
    page = SimpleNamespace(url="compute/ec2/", content=LINKED + marked, file=None)
    plugin = plugin_with({"compute/ec2/": 2})
    context = {}
    plugin._text_for_search(context, page=page, config=None, nav=None)
    assert page.content == PLAIN + marked
    page.content = PLAIN + "<div>x</div>"
    plugin._links_for_page(context, page=page, config=None, nav=None)
    assert page.content == LINKED + "<div>x</div>"
    assert not caplog.records


def test_another_change_is_kept_with_a_warning(caplog):
    page = SimpleNamespace(
        url="compute/ec2/", content=LINKED, file=SimpleNamespace(src_uri="compute/ec2.md")
    )
    plugin = plugin_with({"compute/ec2/": 2})
    context = {}
    plugin._text_for_search(context, page=page, config=None, nav=None)
    page.content = PLAIN + "<p>added</p>"
    plugin._links_for_page(context, page=page, config=None, nav=None)
    assert page.content == PLAIN + "<p>added</p>"
    assert "compute/ec2.md" in caplog.text and "loses its term links" in caplog.text
