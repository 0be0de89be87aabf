import pytest

from scripts.routing import Route, route

EXISTING = {"/index.html", "/en/index.html", "/en/vpc/index.html", "/assets/app.js", "/404.html"}


@pytest.mark.parametrize(
    ("path", "query", "expected"),
    [
        ("/", "", Route(200, "/index.html")),
        ("/en/", "", Route(200, "/en/index.html")),
        ("/en/vpc/", "", Route(200, "/en/vpc/index.html")),
        ("/en", "", Route(301, location="/en/")),
        ("/s3", "", Route(301, location="/s3/")),
        ("/en/vpc", "q=subnet", Route(301, location="/en/vpc/?q=subnet")),
        ("/assets/app.js", "v=1", Route(200, "/assets/app.js")),
        ("/missing/", "", Route(404, "/404.html")),
        ("/en/missing.html", "", Route(404, "/404.html")),
        ("/../etc/passwd", "", Route(404, "/404.html")),
    ],
)
def test_route(path, query, expected):
    assert route(path, query, EXISTING.__contains__) == expected
