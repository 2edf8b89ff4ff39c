"""The pictures in a real browser: the built site served on localhost, driven by Chromium.

Screenshots of the timeline chart and the actor network (seed site and a synthetic site of
50 actors, desktop and phone widths) are saved in artifacts/screenshots/ for a person to look at.
"""

from __future__ import annotations

import functools
import http.server
import json
import os
import re
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest

from generator.content.check import read_content
from generator.pages.index import build_index
from generator.pictures.network import claim_graph

from .conftest import CHROMIUM, CHROMIUM_ARGS, ROOT
from .synthetic import write_synthetic
from .test_site import copy_project

pytestmark = [pytest.mark.browser, pytest.mark.slow]
SHOTS = ROOT / "artifacts" / "screenshots"
SEED = "2024-06-19-putin-kim-pyongyang"


def build_site(project: Path, content: Path | None = None) -> Path:
    copy_project(project, content=False)
    shutil.copytree(content or ROOT / "content", project / "content")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1",
           "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=project,
                            capture_output=True, text=True, timeout=300, env=env)
    assert result.returncode == 0, result.stderr
    return project / "site"


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass




def serve(folder: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    handler = functools.partial(_Quiet, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    seed = build_site(tmp_path_factory.mktemp("seed"))
    synthetic_root = tmp_path_factory.mktemp("synthetic")
    content = write_synthetic(tmp_path_factory.mktemp("content") / "content")
    synthetic = build_site(synthetic_root, content)
    servers = [serve(seed), serve(synthetic)]
    yield {"seed": servers[0][1], "synthetic": servers[1][1]}
    for server, _ in servers:
        server.shutdown()


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian's chromium is not installed (tests/setup.sh installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as play:
        chromium = play.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


# The site's own published host (Material asks it for the sitemap) counts as the site itself.
OWN_HOSTS = ("127.0.0.1", "example.github.io", None)


def open_page(browser: object, url: str, width: int, outside: list[str]) -> object:
    page = browser.new_page(viewport={"width": width, "height": 900})  # type: ignore[attr-defined]
    page.on("request", lambda r: outside.append(r.url)
            if urlparse(r.url).hostname not in OWN_HOSTS else None)
    page.goto(url)
    return page


def shoot(page: object, selector: str, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.locator(selector).first.screenshot(path=str(SHOTS / f"{name}.png"))  # type: ignore[attr-defined]


@pytest.mark.parametrize(("site", "width"), [("seed", 1280), ("seed", 390),
                                             ("synthetic", 1280), ("synthetic", 390)])
def test_network_is_drawn_for_desktop_and_phone(sites: dict[str, str], browser: object,
                                                site: str, width: int) -> None:
    outside: list[str] = []
    page = open_page(browser, sites[site], width, outside)
    shown = "wide" if width > 600 else "tall"
    hidden = "tall" if shown == "wide" else "wide"
    svg = page.locator(f"svg.network--{shown}")  # type: ignore[attr-defined]
    assert svg.is_visible()
    assert not page.locator(f"svg.network--{hidden}").is_visible()  # type: ignore[attr-defined]
    box = svg.bounding_box()
    content = page.locator("article.md-content__inner").bounding_box()  # type: ignore[attr-defined]
    assert box["width"] <= content["width"] + 1  # fits the column: no sideways scrolling
    assert box["width"] > 0.9 * content["width"] - 40
    nodes = svg.locator("a.net-node")
    content_dir = ROOT / "content" if site == "seed" else None
    expected = 47 if content_dir is None else len(claim_graph(build_index(
        read_content(content_dir, ROOT)))[0])
    assert nodes.count() == expected
    shoot(page, "figure.chart--network", f"network-{site}-{width}")
    first = svg.locator(f'a.net-node[data-id="{nodes.first.get_attribute("data-id")}"] circle')
    first.click()  # a tap focuses the actor (assets/network.js); a second opens its page
    first.click()
    page.wait_for_load_state()  # type: ignore[attr-defined]
    assert re.search(r"/actors/[a-z0-9-]+/$", page.url)  # type: ignore[attr-defined]
    assert page.locator("h1").count() == 1  # type: ignore[attr-defined]
    assert outside == []
    page.close()  # type: ignore[attr-defined]


@pytest.mark.parametrize(("site", "width"), [("seed", 1280), ("seed", 390), ("synthetic", 1280)])
def test_timeline_chart_links_marks_to_their_entries(sites: dict[str, str], browser: object,
                                                     site: str, width: int) -> None:
    outside: list[str] = []
    page = open_page(browser, sites[site] + "timeline/", width, outside)
    # a phone shows a drawing of its own, as wide as the screen; wider screens the wide one,
    # scrolled sideways where the screen is narrower than 900 px, never shrunk
    phone = width <= 600
    chart = page.locator(  # type: ignore[attr-defined]
        "svg.timeline-svg--narrow" if phone else ".chart-scroll svg.timeline-svg")
    assert chart.is_visible()
    assert chart.bounding_box()["width"] <= width if phone else (
        chart.bounding_box()["width"] >= 900)
    shoot(page, "figure.chart--timeline", f"timeline-{site}-{width}")
    mark = chart.locator("a.tl-mark").last
    href = mark.get_attribute("href")
    mark.scroll_into_view_if_needed()
    mark.click()
    page.wait_for_load_state()  # type: ignore[attr-defined]
    anchor = href.split("#", 1)[1]
    assert page.url.endswith(href.split("../", 1)[-1])  # type: ignore[attr-defined]
    assert page.locator(f"[id='{anchor}']").count() == 1  # type: ignore[attr-defined]
    assert outside == []
    page.close()  # type: ignore[attr-defined]


def test_actor_page_shows_its_own_chart(sites: dict[str, str], browser: object) -> None:
    page = open_page(browser, sites["seed"] + "actors/putin/", 1280, [])
    chart = page.locator(".chart-scroll svg.timeline-svg")  # type: ignore[attr-defined]
    assert chart.is_visible()
    putin = build_index(read_content(ROOT / "content", ROOT)).actors["putin"]
    marks = chart.locator("a.tl-mark")
    drawn = [int(marks.nth(i).get_attribute("data-events") or 1) for i in range(marks.count())]
    assert sum(drawn) == len(putin.events)  # events at the same place share one mark
    shoot(page, "figure.chart--timeline", "actor-putin-1280")
    page.close()  # type: ignore[attr-defined]


def test_timeline_filters_by_actor(sites: dict[str, str], browser: object) -> None:
    outside: list[str] = []
    page = open_page(browser, sites["seed"] + "timeline/", 1280, outside)
    rows = page.locator("table tbody tr")  # type: ignore[attr-defined]
    total = rows.count()
    page.select_option("#timeline-actor", label="Michael McFaul")  # type: ignore[attr-defined]
    visible = page.locator("table tbody tr:not([hidden])")  # type: ignore[attr-defined]
    assert visible.count() == 1
    assert "Michael McFaul" in visible.first.inner_text()
    assert page.locator(".timeline-filter__count").inner_text().strip() == (  # type: ignore[attr-defined]
        f"1 of {total} events")
    assert page.locator("h2#up-to-2004").is_hidden()  # type: ignore[attr-defined]
    assert page.url.endswith("?actor=michael-mcfaul")  # type: ignore[attr-defined]
    dimmed = page.locator("a.tl-mark.tl-mark--dim").count()  # type: ignore[attr-defined]
    assert 0 < dimmed < page.locator("a.tl-mark").count()  # type: ignore[attr-defined]
    shoot(page, "article", "timeline-filtered-1280")
    page.select_option("#timeline-actor", value="")  # type: ignore[attr-defined]
    assert page.locator("table tbody tr:not([hidden])").count() == total  # type: ignore[attr-defined]
    assert outside == []
    page.close()  # type: ignore[attr-defined]


def test_every_page_names_the_feed_and_the_briefing_its_json_ld(
        sites: dict[str, str], browser: object) -> None:
    page = open_page(browser, sites["seed"] + f"briefings/{SEED}/", 1280, [])
    feed = page.locator('head link[rel="alternate"][type="application/atom+xml"]')  # type: ignore[attr-defined]
    assert feed.get_attribute("href") == "../../feed.xml"
    assert feed.evaluate("link => link.href") == sites["seed"] + "feed.xml"
    blocks = page.locator('script[type="application/ld+json"]')  # type: ignore[attr-defined]
    data = json.loads(blocks.first.text_content())
    types = [item["@type"] for item in data["@graph"]]
    assert types[0] == "NewsArticle" and set(types[1:]) == {"Claim"} and len(types) == 29
    page.close()  # type: ignore[attr-defined]


LONG_NAME = ("United Nations Security Council Panel of Experts on the Democratic People's "
             "Republic of Korea")


def test_a_long_actor_name_leaves_the_phone_page_as_wide_as_the_screen(
        tmp_path: Path, browser: object) -> None:
    """The timeline's actor filter listed an 88-character name at its full width: on a 390 px
    phone the whole page scrolled sideways (review11). The select is capped, as the claims
    filter's and the network's are; the chart alone scrolls."""
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    actors = content / "actors.yaml"
    actors.write_text(actors.read_text(encoding="utf-8").replace(
        "    name: UN Security Council\n", f'    name: "{LONG_NAME}"\n'), encoding="utf-8")
    (tmp_path / "site").mkdir()
    server, url = serve(build_site(tmp_path / "site", content))
    try:
        for path in ("timeline/", "claims/", ""):
            page = open_page(browser, url + path, 390, [])
            page.wait_for_timeout(300)  # type: ignore[attr-defined]
            width = page.evaluate("document.documentElement.scrollWidth")  # type: ignore[attr-defined]
            page.close()  # type: ignore[attr-defined]
            assert width <= 390, path
    finally:
        server.shutdown()
