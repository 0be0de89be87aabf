import json
from pathlib import Path

import pytest

from scripts.routing import Route, route

pytestmark = pytest.mark.unit

ROOT = Path(__file__).resolve().parents[2]
# The same table the CloudFront Function's node tests use (infra/tests/).
CASES = json.loads((ROOT / "infra/url-cases.json").read_text(encoding="utf-8"))["cases"]


def everything_exists(key: str) -> bool:
    return True


@pytest.mark.parametrize(
    "case", CASES, ids=lambda c: c["uri"] + ("?" + c["query"] if c["query"] else "")
)
def test_route_follows_the_shared_url_table(case):
    result = route(case["uri"], case["query"], everything_exists)
    if "redirect" in case["expect"]:
        assert result == Route(301, location=case["expect"]["redirect"])
    elif "status" in case["expect"]:
        # Refused at the edge: the preview shows the 404 page, and nothing is looked up.
        assert result == Route(case["expect"]["status"], "/404.html")
    else:
        assert result == Route(200, case["expect"]["uri"])


@pytest.mark.parametrize(
    "path", ["/missing/", "/en/missing.html", "/../etc/passwd", "/assets/..\\x.js"]
)
def test_missing_or_unsafe_paths_get_the_404_page(path):
    assert route(path, "", {"/404.html", "/index.html"}.__contains__) == Route(404, "/404.html")
