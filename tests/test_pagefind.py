"""Pagefind search, switched on by one plugin option, finds the seed briefing in Chromium."""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from .browser.test_search import chart_tooltips
from .conftest import CHROMIUM, CHROMIUM_ARGS
from .test_site import SEED, briefing_options, copy_project, mkdocs_build

pytestmark = [pytest.mark.slow, pytest.mark.browser]


def use_pagefind(project: Path) -> None:
    briefing_options(project, search="pagefind")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("pagefind"))
    use_pagefind(project)
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    assert "Pagefind indexed the site" in result.stderr
    return project / "site"


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def served(site: Path) -> Iterator[str]:
    handler = functools.partial(Quiet, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


def test_pagefind_replaces_the_theme_search(site: Path) -> None:
    assert (site / "pagefind" / "pagefind-ui.js").is_file()
    assert not (site / "search" / "search_index.json").exists()
    home = (site / "index.html").read_text(encoding="utf-8")
    assert 'href="search/"' in home  # the Search page is in the navigation
    assert 'class="md-search"' not in home  # and the theme's search box is gone
    briefing = (site / "briefings" / SEED / "index.html").read_text(encoding="utf-8")
    assert '<span data-pagefind-filter="actor">Vladimir Putin</span>' in briefing
    assert '<span data-pagefind-filter="source">CNN</span>' in briefing


@contextmanager
def search_page(served: str, outside: list[str] | None = None) -> Iterator[Any]:
    """Headless Chromium at the served site's search page (skipped without Chromium); each
    request to another host goes into `outside`, if given."""
    sync_api = pytest.importorskip("playwright.sync_api")
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed (sh tests/setup.sh)")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_page()
        if outside is not None:
            page.on("request", lambda r: outside.append(r.url) if not r.url.startswith(served)
                    and not r.url.startswith("data:") else None)
        page.goto(served + "search/")
        try:
            yield page
        finally:
            browser.close()


def test_pagefind_finds_the_seed_briefing_in_the_browser(site: Path, served: str) -> None:
    outside: list[str] = []
    with search_page(served, outside) as page:
        page.fill(".pagefind-ui__search-input", "Malligyong")
        seed = page.locator(f'.pagefind-ui__result-link[href="/briefings/{SEED}/"]')
        seed.wait_for(timeout=20_000)
        assert "Putin" in seed.inner_text()
        first = page.locator(".pagefind-ui__result-link").first.get_attribute("href")
        page.fill(".pagefind-ui__search-input", "ammunition")
        page.locator(".pagefind-ui__result").first.wait_for(timeout=20_000)
        page.wait_for_timeout(500)
        shown = " ".join(page.locator(".pagefind-ui__results").inner_text().split())
        filters = page.evaluate("async () => { const pf = await import('/pagefind/pagefind.js');"
                                " return await pf.filters(); }")
    assert first == f"/briefings/{SEED}/"  # the briefing the word comes from, first
    assert not [t for t in chart_tooltips(site) if t in shown], shown
    assert "Vladimir Putin" in filters["actor"] and "CNN" in filters["source"]
    assert "north-korea" in filters["tag"]
    assert outside == []


@pytest.mark.parametrize(("word", "first"), [
    ("Kharkiv", f"/briefings/{SEED}/"),  # one claim of Ukrainian authorities' short page holds it
    ("January", f"/briefings/{SEED}/"),
    ("Ukrainian authorities", "/actors/ukrainian-authorities/"),  # a name: its own page
    ("McFaul", "/actors/michael-mcfaul/"),
])
def test_a_word_of_the_briefing_lists_the_briefing_above_a_short_page_quoting_it(
        site: Path, served: str, word: str, first: str) -> None:
    """At Pagefind's default ranking a word of the briefing listed first the short actor page
    of the one claim that holds it (its density outranked the briefing's weight of 4);
    ranked with `pageLength` 0.3 the briefing comes first, and an actor's name still lists
    the actor's own page first."""
    with search_page(served) as page:
        page.fill(".pagefind-ui__search-input", word)
        page.locator(".pagefind-ui__result").first.wait_for(timeout=20_000)
        page.wait_for_timeout(500)  # the last keystroke's results
        links = [a.get_attribute("href") for a in page.locator(".pagefind-ui__result-link").all()]
    assert links[0] == first, links
    assert f"/briefings/{SEED}/" in links, links


def test_the_404_page_is_not_a_result(site: Path, served: str) -> None:
    """Material's 404 page was indexed like any other: "found", a word of the briefing,
    listed "404 - Not found" first."""
    with search_page(served) as page:
        urls = page.evaluate("""async () => {
            const pf = await import('/pagefind/pagefind.js'); const out = [];
            for (const word of ["found", "404", "not found"]) {
                for (const r of (await pf.search(word)).results) out.push((await r.data()).url);
            }
            return out; }""")
    assert f"/briefings/{SEED}/" in urls
    assert not [u for u in urls if "404" in u], urls
