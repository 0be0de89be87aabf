"""Page weight of a first visit, measured in Debian's Chromium against the preview (gzip on):
bytes on the wire and requests per page, what they are, and what must not happen (failed or
external requests, the other language's search index, layout shifts).

A first visit is a fresh browser context (empty cache) on a phone-sized viewport, left until
the network is idle, so what loads is what a reader's phone loads before scrolling: lazy
diagrams below the fold stay unloaded. Then the page is scrolled to the end, to count the
layout shifts that late images would cause.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from . import chromium
from .served import BenchPage, Served

# Lighthouse's mobile device (a Moto G Power), so both benchmarks see the same first screen.
PHONE = {
    "viewport": {"width": 412, "height": 823},
    "device_scale_factor": 1.75,
    "is_mobile": True,
    "has_touch": True,
}
KB = 1000  # goals are in kilobytes of 1000 bytes: the stricter reading
# The search index has its budget in the search section (search_bench.INDEX_BUDGET_BYTES,
# Brotli); Chromium over http gets gzip, so its bytes here are reported, not judged.
GOALS = {"page_kb": 150}

# Every layout shift not caused by input, as the Layout Instability API reports it.
CLS_OBSERVER = """
window.__shifts = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shifts += entry.value;
}).observe({ type: "layout-shift", buffered: true });
"""
SCROLL_TO_END = """async () => {
  // A screen at a time (Chromium loads lazy images well before they are in view).
  for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight) {
    window.scrollTo(0, y);
    await new Promise((resolve) => setTimeout(resolve, 60));
  }
}"""


def kind_of(url: str, resource_type: str) -> str:
    """What a request is for the report: the search index and sitemaps apart from the page."""
    path = urlsplit(url).path
    if path.endswith("/search/search_index.json"):
        return "search index"
    if path.endswith("/sitemap.xml"):
        return "sitemap"
    if resource_type in ("document", "stylesheet", "image", "font"):
        return resource_type
    if resource_type == "script" or path.endswith(".js"):
        return "script"
    return "other"


def summarise(entries: list[dict], failed: list[str], external: list[str]) -> dict:
    """Totals of the requests of one visit. An entry: url, kind, bytes (body + headers)."""
    by_kind: dict[str, dict] = {}
    for entry in entries:
        row = by_kind.setdefault(entry["kind"], {"requests": 0, "bytes": 0})
        row["requests"] += 1
        row["bytes"] += entry["bytes"]
    total = sum(entry["bytes"] for entry in entries)
    extra = sum(e["bytes"] for e in entries if e["kind"] in ("search index", "sitemap"))
    indexes = sorted(urlsplit(e["url"]).path for e in entries if e["kind"] == "search index")
    search_bytes = max((e["bytes"] for e in entries if e["kind"] == "search index"), default=0)
    return {
        "requests": len(entries),
        "bytes": total,
        # HTML, CSS, JavaScript and what shows before scrolling: the budget of the issue.
        "page_bytes": total - extra,
        "search_index_bytes": search_bytes,
        "search_indexes_fetched": indexes,
        "by_kind": dict(sorted(by_kind.items(), key=lambda kv: -kv[1]["bytes"])),
        "failed_requests": failed,
        "external_requests": external,
    }


def measure_visit(browser, served: Served, page: BenchPage) -> dict:
    context = browser.new_context(**PHONE)
    entries: list[dict] = []
    failed: list[str] = []
    external: list[str] = []

    def guard(route):
        url = route.request.url
        if url.startswith(served.url) or url.startswith("data:"):
            route.continue_()
        else:
            external.append(url)
            route.abort()

    def finished(request):
        if request.url.startswith("data:"):
            return
        sizes = request.sizes()
        response = request.response()
        if response is not None and response.status >= 400:
            failed.append(f"{response.status} {request.url}")
        entries.append(
            {
                "url": request.url,
                "kind": kind_of(request.url, request.resource_type),
                "bytes": sizes["responseBodySize"] + sizes["responseHeadersSize"],
            }
        )

    context.route("**/*", guard)
    context.on("requestfinished", finished)
    context.on("requestfailed", lambda request: failed.append(f"failed {request.url}"))
    tab = context.new_page()
    tab.add_init_script(CLS_OBSERVER)
    tab.goto(served.url + page.path, wait_until="load")
    tab.wait_for_load_state("networkidle")
    first_visit = summarise(list(entries), list(failed), list(external))
    first_visit["layout_shift_on_load"] = round(tab.evaluate("window.__shifts"), 4)
    first_visit["lazy_images"] = tab.locator("img[loading=lazy]").count()
    loaded_before_scrolling = len(entries)
    tab.evaluate(SCROLL_TO_END)
    tab.wait_for_load_state("networkidle")
    first_visit["layout_shift_after_scrolling"] = round(tab.evaluate("window.__shifts"), 4)
    first_visit["images_loaded_on_scroll"] = sum(
        1 for entry in entries[loaded_before_scrolling:] if entry["kind"] == "image"
    )
    # Requests that fail or leave the site while scrolling count too.
    first_visit["failed_requests"] = list(failed)
    first_visit["external_requests"] = list(external)
    context.close()
    return first_visit


def goals_met(visit: dict, page: BenchPage) -> dict:
    own_index = all(
        path.startswith("/en/") == page.path.startswith("en/")
        for path in visit["search_indexes_fetched"]
    )
    met = {
        "no failed or external request": not (
            visit["failed_requests"] or visit["external_requests"]
        ),
        "own language's index only": own_index,
        "no layout shift": visit["layout_shift_after_scrolling"] < 0.01,
    }
    if page.key.startswith(("topic", "practice")):
        met[f"page ≤ {GOALS['page_kb']} KB"] = visit["page_bytes"] <= GOALS["page_kb"] * KB
    return met


def bench_page_weight(served: Served, pages: list[BenchPage]) -> dict:
    from playwright.sync_api import sync_playwright

    results = {}
    with sync_playwright() as playwright:
        browser = chromium.launch(playwright)
        try:
            for page in pages:
                if not page.built:
                    results[page.key] = {"label": page.label, "path": page.path, "built": False}
                    continue
                visit = measure_visit(browser, served, page)
                visit.update(label=page.label, path=page.path, built=True)
                visit["goals_met"] = goals_met(visit, page)
                results[page.key] = visit
        finally:
            browser.close()
    return {"goals": GOALS, "kb": KB, "device": PHONE, "pages": results}
