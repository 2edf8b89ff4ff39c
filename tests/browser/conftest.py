"""The built seed site, served on localhost, and headless Chromium to read it as a person does.

Every page a test opens is watched: a console error, an uncaught exception or a request to
any host but the local server fails that test when it ends.
"""

from __future__ import annotations

import functools
import http.server
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from ..conftest import CHROMIUM, CHROMIUM_ARGS, ROOT
from ..test_site import copy_project, mkdocs_build

SCREENSHOTS = ROOT / "artifacts" / "screenshots"

if not CHROMIUM.exists() and not os.environ.get("CI"):
    pytest.skip("Chromium is not installed: run `sh tests/setup.sh`", allow_module_level=True)

from playwright.sync_api import Browser, ConsoleMessage, Page, Playwright, Request, sync_playwright  # noqa: E402

pytestmark = pytest.mark.browser


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


@dataclass
class Served:
    """A built site and the URL it is served at."""

    root: Path
    url: str  # ends with "/"


@dataclass
class Watch:
    """What the pages of one test did that a person should never see."""

    base: str
    errors: list[str] = field(default_factory=list)
    foreign: list[str] = field(default_factory=list)
    requested: list[str] = field(default_factory=list)

    def on_console(self, message: ConsoleMessage) -> None:
        if message.type == "error":
            self.errors.append(f"console: {message.text} ({message.location.get('url')})")

    def on_request(self, request: Request) -> None:
        self.requested.append(request.url)
        if not request.url.startswith(self.base) and not request.url.startswith(("data:", "blob:")):
            self.foreign.append(request.url)


@contextmanager
def serving(site: Path) -> Iterator[Served]:
    """The built site in `site`, served by a thread on a free port."""
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield Served(site, f"http://127.0.0.1:{server.server_address[1]}/")
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="package")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    """The seed site built by `mkdocs build --strict`, served by a thread on a free port."""
    project = copy_project(tmp_path_factory.mktemp("browser-site"))
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    with serving(project / "site") as site:
        yield site


@pytest.fixture(scope="package")
def story(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    """A one-story site of 100 briefings (`bench/story.py`, as `bench/run.py --story` makes
    it) built by `mkdocs build --strict` and served: what the seed is at a hundred."""
    from bench.story import generate_story

    project = copy_project(tmp_path_factory.mktemp("story-site"), content=False)
    generate_story(project, 100)
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    with serving(project / "site") as site:
        yield site


@pytest.fixture(scope="package")
def playwright() -> Iterator[Playwright]:
    with sync_playwright() as p:
        yield p


@pytest.fixture(scope="package")
def browser(playwright: Playwright) -> Iterator[Browser]:
    """Debian's Chromium, headless; Playwright never downloads a browser of its own here."""
    browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
    yield browser
    browser.close()


@pytest.fixture
def watch(served: Served) -> Watch:
    return Watch(served.url)


def open_page(browser: Browser, watch: Watch, width: int = 1280, height: int = 900) -> Page:
    """A new page of the given viewport, reporting to `watch`."""
    page = browser.new_page(viewport={"width": width, "height": height})
    page.set_default_timeout(10_000)
    page.on("console", watch.on_console)
    page.on("pageerror", lambda exc: watch.errors.append(f"page error: {exc}"))
    page.on("request", watch.on_request)
    return page


@contextmanager
def watched_page(browser: Browser, served: Served) -> Iterator[Page]:
    """A desktop-sized page of a served site; fails if it logged an error or left localhost."""
    watch = Watch(served.url)
    page = open_page(browser, watch)
    yield page
    page.close()
    assert watch.errors == []
    assert watch.foreign == []


@pytest.fixture
def page(browser: Browser, watch: Watch) -> Iterator[Page]:
    """A desktop-sized page; the test fails if it logged an error or left localhost."""
    page = open_page(browser, watch)
    yield page
    page.close()
    assert watch.errors == []
    assert watch.foreign == []
