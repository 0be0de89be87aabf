"""What we copy from Material or rely on in it still matches the installed Material, and the
check fails loudly, naming our file, when Material changes (shown on a doctored copy)."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from scripts import upstream

pytestmark = pytest.mark.contract

ROOT = Path(__file__).resolve().parents[2]
WORKER = ROOT / "plugins" / "search" / "assets" / "search-worker.js"


def test_installed_material_matches_what_we_copied_and_rely_on():
    problems = upstream.check()
    assert not problems, "\n\n".join(problems)


def test_every_override_says_where_it_came_from():
    found = upstream.overrides()
    assert {o.path.name for o in found} >= {"main.html", "nav-item.html", "search.html"}
    templates = upstream.material_templates()
    for override in found:
        if override.template is not None:
            assert (templates / override.template).is_file(), override


@pytest.fixture
def doctored(tmp_path):
    """A copy of the installed Material's templates (only what the check reads) to change."""
    source = upstream.material_templates()
    target = tmp_path / "templates"
    for override in upstream.overrides():
        if override.template:
            (target / override.template).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(source / override.template, target / override.template)
    scripts = target / "assets" / "javascripts"
    scripts.mkdir(parents=True)
    (bundle_map,) = (source / "assets" / "javascripts").glob("bundle.*.min.js.map")
    shutil.copy(bundle_map, scripts / bundle_map.name)
    return target


def _edit_source(templates: Path, name: str, old: str, new: str) -> None:
    (path,) = (templates / "assets" / "javascripts").glob("bundle.*.min.js.map")
    data = json.loads(path.read_text(encoding="utf-8"))
    index = data["sources"].index(f"src/templates/assets/javascripts/{name}")
    assert old in data["sourcesContent"][index]
    data["sourcesContent"][index] = data["sourcesContent"][index].replace(old, new, 1)
    path.write_text(json.dumps(data), encoding="utf-8")


def test_the_copy_passes_unchanged(doctored):
    assert upstream.check(templates=doctored, installed="9.9.9") == []


def test_a_changed_template_names_the_override_and_shows_the_change(doctored):
    path = doctored / "partials" / "nav-item.html"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('class="md-nav__link', 'class="md-nav__link md-new', 1))
    (problem,) = upstream.check(templates=doctored, installed="9.9.9")
    assert problem.startswith("overrides/partials/nav-item.html: Material changed")
    assert "+" in problem and "md-new" in problem and "9.9.9, installed" in problem


def test_only_the_copied_blocks_of_base_html_count(doctored):
    path = doctored / "base.html"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("</html>", "<!-- outside every block we copy -->\n</html>"))
    assert upstream.check(templates=doctored, installed="9.9.9") == []
    scripts = upstream.jinja_blocks(path.read_text(encoding="utf-8"), ("scripts",))
    path.write_text(
        text.replace(scripts, scripts.replace("{% endblock %}", "<!-- x -->{% endblock %}", 1))
    )
    (problem,) = upstream.check(templates=doctored, installed="9.9.9")
    assert problem.startswith("overrides/main.html: Material changed base.html (blocks site_meta")


def test_a_changed_worker_message_names_the_search_worker(doctored):
    _edit_source(
        doctored,
        "integrations/search/worker/message/index.ts",
        "  QUERY,",
        "  PROGRESS,\n  QUERY,",
    )
    (problem,) = upstream.check(templates=doctored, installed="9.9.9")
    assert problem.startswith("plugins/search/assets/search-worker.js: Material changed")
    assert "+  PROGRESS," in problem


def test_the_index_request_is_pinned_by_its_line(doctored):
    _edit_source(doctored, "bundle.ts", "search_index.json", "search/index.json")
    (problem,) = upstream.check(templates=doctored, installed="9.9.9")
    assert problem.startswith("overrides/partials/search-index-hold.html: Material's bundle.ts")


def test_an_override_of_another_version_must_be_rechecked(tmp_path):
    overrides = tmp_path / "overrides"
    shutil.copytree(upstream.OVERRIDES, overrides)
    path = overrides / "partials" / "logo.html"
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"Material \S+ partials/logo", "Material 9.7.0 partials/logo", text))
    (problem,) = upstream.check(overrides_dir=overrides)
    assert problem.startswith(
        "overrides/partials/logo.html: says it was copied from Material 9.7.0"
    )


def test_an_override_without_an_upstream_line_is_refused(tmp_path):
    path = tmp_path / "x.html"
    path.write_text("{#- A template that says nothing of where it came from. -#}\n<p></p>\n")
    with pytest.raises(upstream.ContractError, match=r"x\.html: its first comment needs"):
        upstream.read_override(path)


def test_blocks_are_found_with_nested_blocks_and_whitespace_control():
    text = (
        "{% block outer %}a{%- block inner -%}b{% endblock %}c{% endblock outer %}"
        "{% block other %}d{% endblock %}"
    )
    assert upstream.jinja_blocks(text, ("inner",)) == "{%- block inner -%}b{% endblock %}\n"
    assert upstream.jinja_blocks(text, ("outer",)).endswith("c{% endblock outer %}\n")
    with pytest.raises(upstream.ContractError, match="no block missing"):
        upstream.jinja_blocks(text, ("missing",))


def test_the_worker_speaks_materials_message_types_in_order():
    source = upstream.bundle_sources(upstream.material_templates())[
        "integrations/search/worker/message/index.ts"
    ]
    body = re.search(r"enum SearchMessageType \{(.*?)\}", source, re.DOTALL).group(1)
    members = re.findall(r"^\s*([A-Z]+)\s*,?", body, re.MULTILINE)
    ours = re.search(r"const MESSAGE = \{([^}]*)\}", WORKER.read_text(encoding="utf-8")).group(1)
    assert dict(re.findall(r"(\w+): (\d+)", ours)) == {
        name: str(number) for number, name in enumerate(members)
    }


def test_the_build_expects_the_version_the_snapshots_are_of():
    from plugins.search.index import MATERIAL_VERSION

    pinned = (upstream.SNAPSHOTS / "VERSION").read_text(encoding="utf-8").strip()
    assert MATERIAL_VERSION == pinned == upstream.material_version()
