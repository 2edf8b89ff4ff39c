"""Search at scale: what a first search downloads, and how soon it shows a result.

    python -m bench.search SITE [--query WORD]

SITE is a site built with the theme's search (`mkdocs build`). Pagefind is run over it and a
page with Pagefind's UI (the same markup as the Search page of `search: pagefind`) is added;
then headless Chromium (Debian's, driven by Playwright) opens a page, types the query and
waits for the first result, once with MkDocs' search and once with Pagefind, each in a
fresh browser context. The bytes are those of the files the search requested, as stored
in the site (uncompressed; a server's gzip would shrink MkDocs' JSON, Pagefind's files are
compressed already).
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import json
import sys
import threading
import time
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

from generator.pages.pagefind import BUNDLE, index_site, search_ui
from tests.conftest import CHROMIUM, CHROMIUM_ARGS

HARNESS = "pagefind-bench.html"


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


class _Server(http.server.ThreadingHTTPServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a browser closed before a download ended: expected when a context closes


def _local(site: Path, url: str) -> Path:
    path = unquote(urlparse(url).path).lstrip("/")
    target = site / path
    return target / "index.html" if target.is_dir() else target


def _search(browser: Any, site: Path, url: str, query: str, box: str, result: str,
            wanted: tuple[str, ...], open_box: str | None, timeout_s: float) -> dict[str, Any]:
    context = browser.new_context()
    page = context.new_page()
    requested: list[str] = []
    page.on("request", lambda r: requested.append(r.url))
    started = time.perf_counter()
    page.goto(url, wait_until="domcontentloaded")
    if open_box:
        page.click(open_box)
    page.fill(box, query)
    typed = time.perf_counter()
    found = True
    try:
        page.locator(result).first.wait_for(state="attached", timeout=timeout_s * 1000)
    except Exception:  # noqa: BLE001 - Playwright's timeout: report it as a figure
        found = False
    done = time.perf_counter()
    results = page.locator(result).count()
    context.close()
    files = [_local(site, u) for u in dict.fromkeys(requested) if any(w in u for w in wanted)]
    sizes = {f.relative_to(site).as_posix(): f.stat().st_size for f in files if f.is_file()}
    biggest = max(sizes, key=lambda k: sizes[k]) if sizes else ""
    return {"found": found, "results_shown": results,
            "seconds_from_load": round(done - started, 2),
            "seconds_from_typing": round(done - typed, 2), "files": len(sizes),
            "bytes": sum(sizes.values()), "largest_file": biggest,
            "largest_bytes": sizes.get(biggest, 0)}


def search_figures(site: Path, query: str = "Okafor", timeout_s: float = 600) -> dict[str, Any]:
    """Index the site with Pagefind, then time a first search with each engine."""
    from playwright.sync_api import sync_playwright

    indexed = index_site(site)
    (site / HARNESS).write_text("<!doctype html><html><head><meta charset='utf-8'>"
                                "<title>Search</title></head><body>"
                                + search_ui(f"./{BUNDLE}/") + "</body></html>\n", encoding="utf-8")
    bundle = [f for f in (site / BUNDLE).rglob("*") if f.is_file()]
    index = site / "search" / "search_index.json"
    handler = functools.partial(_Quiet, directory=str(site))
    server = _Server(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    figures: dict[str, Any] = {
        "query": query, "pagefind_index_s": round(indexed, 1),
        "pagefind_files": len(bundle),
        "pagefind_bundle_bytes": sum(f.stat().st_size for f in bundle),
        "mkdocs_index_bytes": index.stat().st_size,
        "mkdocs_index_gzip_bytes": len(gzip.compress(index.read_bytes(), 6)),
    }
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            figures["pagefind"] = _search(browser, site, base + HARNESS, query,
                                          ".pagefind-ui__search-input", ".pagefind-ui__result",
                                          (f"/{BUNDLE}/",), None, timeout_s)
            figures["mkdocs"] = _search(browser, site, base, query, "input.md-search__input",
                                        ".md-search-result__item",
                                        ("/search/", "workers/search"),
                                        None, timeout_s)
            browser.close()
    finally:
        server.shutdown()
        server.server_close()
    return figures


def main(argv: list[str] | None = None) -> int:
    """Command line: print the figures as JSON."""
    parser = argparse.ArgumentParser(description="First search with MkDocs and Pagefind.")
    parser.add_argument("site", type=Path)
    parser.add_argument("--query", default="Okafor")
    args = parser.parse_args(argv)
    print(json.dumps(search_figures(args.site, args.query), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
