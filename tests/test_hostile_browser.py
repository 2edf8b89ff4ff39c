"""A site built from the hostile corpus, opened in Chromium: no payload runs, loads or makes
an element; every payload shows as text."""

from __future__ import annotations

import functools
import os
import subprocess
import sys
import threading
from collections import Counter
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from .conftest import CHROMIUM, CHROMIUM_ARGS, ROOT
from .hostile.corpus import SLUG, write_corpus
from .test_pagefind import use_pagefind
from .test_site import copy_project, show_drafts

pytestmark = [pytest.mark.browser, pytest.mark.slow]
# Every element on the page, named by its tag and the names of its attributes; except the
# title that Material's script gives a navigation link whose text it cuts short, which
# depends on the width of the words, not on what made the element.
SIGNATURE = """() => Array.from(document.querySelectorAll('*')).map(
    e => e.tagName + '[' + Array.from(e.attributes).map(a => a.name)
        .filter(n => !(n === 'title' && e.classList.contains('md-nav__link')))
        .sort().join(',') + ']')"""
ON_ATTRIBUTES = """() => Array.from(document.querySelectorAll('*')).flatMap(
    e => Array.from(e.attributes).filter(a => a.name.startsWith('on')).map(
        a => e.tagName + ' ' + a.name))"""
# Every address an element points to (SVG's href is no string, hence getAttribute).
LINKS = """() => Array.from(document.querySelectorAll('[href],[src],[*|href]')).flatMap(
    e => ['href', 'src', 'xlink:href'].map(n => e.getAttribute(n)).filter(v => v !== null)
        .map(v => new URL(v, location.href).href))"""


def build_site(folder: Path, hostile: bool, search: str = "mkdocs") -> Path:
    show_drafts(copy_project(folder, content=False))  # every payload, drafted ones too
    write_corpus(folder, hostile)
    if search == "pagefind":
        use_pagefind(folder)
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=folder,
                            capture_output=True, text=True, timeout=300,
                            env={**os.environ, "PYTHONPATH": str(ROOT),
                                 "NO_MKDOCS_2_WARNING": "1"})
    assert result.returncode == 0, result.stderr
    return folder / "site"


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """Both sites served over HTTP: {'hostile': base URL, 'benign': base URL}."""
    servers, urls = [], {}
    for kind in ("hostile", "benign"):
        site = build_site(tmp_path_factory.mktemp(kind), kind == "hostile")
        handler = functools.partial(_QuietHandler, directory=str(site))
        server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        urls[kind] = f"http://127.0.0.1:{server.server_address[1]}/"
        urls[f"{kind}-dir"] = str(site)
    yield urls
    for server in servers:
        server.shutdown()
        server.server_close()


def serve(site: Path) -> tuple[ThreadingHTTPServer, str]:
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


@pytest.fixture(scope="module")
def pagefind_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The hostile site built with Pagefind's search instead of the theme's, served."""
    server, url = serve(build_site(tmp_path_factory.mktemp("pagefind"), True, "pagefind"))
    yield url
    server.shutdown()
    server.server_close()


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    playwright = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian's chromium is not installed (sh tests/setup.sh)")
    with playwright.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def pages(site_dir: str) -> list[str]:
    root = Path(site_dir)
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*.html"))


class Tab:
    """One browser tab that reports, for each page it opens, dialogs, console messages,
    requests and what the DOM holds."""

    def __init__(self, browser: Any) -> None:
        self.page = browser.new_page()
        self.seen: dict[str, Any] = {}
        self.page.on("dialog", lambda d: (self.seen["dialogs"].append(d.message), d.dismiss()))
        self.page.on("console", lambda m: self.seen["console"].append(m.text))
        self.page.on("pageerror", lambda e: self.seen["errors"].append(str(e)))
        self.page.on("request", lambda r: self.seen["requests"].append(r.url))

    def visit(self, url: str) -> dict[str, Any]:
        """Open a page, nudge it (mouse, focus), and report."""
        self.seen = {"dialogs": [], "console": [], "errors": [], "requests": []}
        page = self.page
        page.goto(url, wait_until="load")
        page.mouse.move(200, 300)
        page.keyboard.press("Tab")
        page.wait_for_timeout(150)
        seen = self.seen
        seen["signature"] = Counter(page.evaluate(SIGNATURE))
        seen["on"] = page.evaluate(ON_ATTRIBUTES)
        seen["links"] = page.evaluate(LINKS)
        seen["text"] = page.inner_text("body")
        seen["title"] = page.title()
        return seen


def test_no_payload_runs_loads_or_makes_an_element(browser: Any, sites: dict[str, str]) -> None:
    hostile_pages = pages(sites["hostile-dir"])
    assert hostile_pages == pages(sites["benign-dir"])
    assert f"briefings/{SLUG}/index.html" in hostile_pages and len(hostile_pages) >= 10
    hostile, benign = Tab(browser), Tab(browser)
    for path in hostile_pages:
        bad = hostile.visit(sites["hostile"] + path)
        good = benign.visit(sites["benign"] + path)
        assert bad["dialogs"] == [], path
        assert bad["errors"] == [], path
        assert not [m for m in bad["console"] if "pwned" in m], path
        assert bad["on"] == [], path
        assert all(r.startswith(sites["hostile"]) for r in bad["requests"]), path
        assert all(link.startswith(("http://", "https://")) for link in bad["links"]), path
        extra = bad["signature"] - good["signature"]
        missing = good["signature"] - bad["signature"]
        assert (extra, missing) == (Counter(), Counter()), path


def test_every_payload_shows_as_text(browser: Any, sites: dict[str, str]) -> None:
    tab = Tab(browser)
    seen = tab.visit(sites["hostile"] + f"briefings/{SLUG}/")
    text = seen["text"]
    for tag in ("title", "source", "dateline", "author", "summary", "role", "org-role",
                "new-actor-role", "claim", "event", "para-1", "para-2", "actor-name"):
        for shown in (f"<script>alert('{tag}')</script>", f"<img src=x onerror=alert('{tag}')>",
                      f"[link](javascript:alert('{tag}'))", f"{{: onclick=\"alert('{tag}')\" }}",
                      f"&lt;script&gt;alert('{tag}')&lt;/script&gt; &amp; &#60;b&#62;",
                      f"</title><script>alert('{tag}')</script>",
                      f"~~del~~ ==mark== ^sup^ H~2~O [^{tag}]"):
            assert shown in text, (tag, shown)
    assert "{{ 7*7 }} {% if true %}jinja{% endif %} {# c #}" in text
    assert "!!! danger \"<script>alert('admonition')</script>\" inside" in text
    assert "<div onclick=\"alert('div')\" markdown>raw html block</div>" in text
    assert seen["title"].startswith("title: <script>alert('title')</script> <img src=x")
    actor = tab.visit(sites["hostile"] + "actors/mallory/")["text"]
    for tag in ("actor-name", "actor-alias", "article-alias", "actor-description"):
        assert f"<script>alert('{tag}')</script>" in actor, tag


# What a person types, and where the results appear, in each search engine. Every actor
# name, source and tag of the hostile article carries payloads: Pagefind shows them as
# filter labels, both engines show titles and excerpts.
SEARCHES = {
    "mkdocs": ("", ".md-search__input", ".md-search-result__item"),
    "pagefind": ("search/", ".pagefind-ui__search-input", ".pagefind-ui__result"),
}


@pytest.mark.parametrize("engine", sorted(SEARCHES))
def test_typing_a_search_runs_no_payload(browser: Any, sites: dict[str, str],
                                         pagefind_site: str, engine: str) -> None:
    base = sites["hostile"] if engine == "mkdocs" else pagefind_site
    path, box, result = SEARCHES[engine]
    tab = Tab(browser)
    tab.visit(base + path)
    page = tab.page
    if engine == "mkdocs":
        page.keyboard.press("s")  # Material's shortcut opens its search
        page.locator(box).wait_for(state="visible", timeout=10_000)
    for query in ("sentence", "first", "second"):
        page.fill(box, "")
        page.type(box, query, delay=20)
        page.locator(result).first.wait_for(state="attached", timeout=20_000)
        page.mouse.move(300, 400)
        page.keyboard.press("Tab")
        page.wait_for_timeout(300)
        seen = tab.seen
        assert seen["dialogs"] == [], (engine, query)
        assert seen["errors"] == [], (engine, query)
        assert not [m for m in seen["console"] if "pwned" in m], (engine, query)
        assert page.evaluate(ON_ATTRIBUTES) == [], (engine, query)
        assert all(r.startswith(base) or r.startswith("data:") for r in seen["requests"]), \
            (engine, query)
    if engine == "pagefind":  # the filter labels: the actor names as text
        labels = page.text_content(".pagefind-ui__filter-panel") or ""
        assert "<img src=x onerror=alert('actor-name')>" in labels


def test_the_network_download_opens_as_a_drawing(browser: Any, sites: dict[str, str]) -> None:
    # data/network.svg is XML: before, the corpus's control characters in actor names made
    # Chromium show "This page contains the following errors" instead of the drawing
    tab = Tab(browser)
    tab.seen = seen = {"dialogs": [], "console": [], "errors": [], "requests": []}
    page = tab.page
    page.goto(sites["hostile"] + "data/network.svg", wait_until="load")
    page.mouse.move(200, 300)
    page.wait_for_timeout(150)
    assert page.evaluate("() => document.documentElement.localName") == "svg"
    assert page.evaluate("() => document.getElementsByTagName('parsererror').length") == 0
    assert seen["dialogs"] == [] and seen["errors"] == [] and page.evaluate(ON_ATTRIBUTES) == []
    names = page.evaluate("() => Array.from(document.querySelectorAll('text'), t => t.textContent)")
    assert any("<script>alert('actor-name')</script>" in n for n in names), names
