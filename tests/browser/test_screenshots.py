"""Screenshots of the main kinds of page at a desktop and a phone width, kept by CI.

They are saved into artifacts/screenshots/ for a person to look at; the test checks what it
can without eyes: the page renders its heading, and neither the page nor any table is
wider than the screen.
"""

from __future__ import annotations

import struct

import pytest
from playwright.sync_api import Browser, expect

from .conftest import SCREENSHOTS, Served, Watch, open_page

PAGES = {
    "home": "",
    "briefing": "briefings/2024-06-19-putin-kim-pyongyang/",
    "actor-putin": "actors/putin/",
    "claims": "claims/",
    "timeline": "timeline/",
}
WIDTHS = {"desktop": (1280, 900), "phone": (390, 844)}

pytestmark = pytest.mark.browser


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's header."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


@pytest.mark.parametrize("device", WIDTHS)
@pytest.mark.parametrize("name", PAGES)
def test_screenshot(browser: Browser, served: Served, watch: Watch, name: str,
                    device: str) -> None:
    width, height = WIDTHS[device]
    page = open_page(browser, watch, width, height)
    try:
        page.goto(served.url + PAGES[name], wait_until="load")
        expect(page.locator("h1").first).to_be_visible()
        page.evaluate("document.fonts.ready")
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        table_edges = page.eval_on_selector_all(
            "article table", "ts => ts.map(t => t.getBoundingClientRect().right)")
        assert all(edge <= width for edge in table_edges), table_edges
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        path = SCREENSHOTS / f"{name}-{device}.png"
        data = page.screenshot(path=path, full_page=True, animations="disabled", timeout=30_000)
    finally:
        page.close()
    shot_width, shot_height = png_size(data)
    assert shot_width == width
    assert shot_height >= height
    assert watch.errors == [] and watch.foreign == []
