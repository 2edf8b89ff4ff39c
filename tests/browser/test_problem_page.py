"""While the content has problems, `mkdocs serve` shows them at every URL of the site, and
each message reads whole on a phone."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser

from ..test_serve import SEED, Server, server  # noqa: F401  (the fixture)
from .conftest import SCREENSHOTS, Watch, open_page

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.mark.parametrize("width", [390, 1280])
def test_a_briefing_url_shows_the_problems_wrapped(browser: Browser, server: Server,  # noqa: F811
                                                   width: int) -> None:
    briefing = f"briefings/{SEED}/"
    text = server.yaml.read_text(encoding="utf-8")
    claim = text.index("  - id: peace-terms\n")
    at = text.index("    by: putin\n", claim)
    server.edit(text[claim:at + 14], text[claim:at] + "    by: putn\n")
    server.wait_for("the problem page", lambda: "did you mean" in server.get(briefing))
    watch = Watch(server.url)
    page = open_page(browser, watch, width, 844)
    try:
        page.goto(server.url + briefing, wait_until="load")
        assert page.locator("h1").first.inner_text().strip("¶ \n") == "The content has problems"
        problems = page.locator("pre.content-problems")
        text = problems.inner_text()
        assert f"content/articles/{SEED}.yaml:" in text and "did you mean 'putin'" in text
        box = problems.bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= width
        assert problems.evaluate("e => e.scrollWidth <= e.clientWidth")  # wrapped, not cut
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=SCREENSHOTS / f"problems-{'phone' if width < 600 else 'desktop'}.png",
                        full_page=True)
    finally:
        page.close()
