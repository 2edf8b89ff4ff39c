"""The timeline chart as a reader uses it: labels beside the marks, the filter above the chart,
the latest events in view on a phone, and zoom into a period."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, expect

from .conftest import SCREENSHOTS, Served, Watch, open_page

pytestmark = pytest.mark.browser


def latest_mark_box(page) -> dict[str, float]:  # type: ignore[no-untyped-def]
    """The box on screen of the mark that ends latest on the chart."""
    return page.evaluate("""() => {
        const marks = Array.from(document.querySelectorAll("svg.timeline-svg a.tl-mark"));
        const shape = m => m.querySelector("rect, circle").getBoundingClientRect();
        const last = marks.reduce((a, b) => shape(b).right > shape(a).right ? b : a);
        const box = shape(last);
        return {left: box.left, right: box.right, top: box.top};
    }""")


@pytest.mark.parametrize("width", [390, 1280])
def test_the_latest_event_is_in_view_on_first_sight(browser: Browser, served: Served,
                                                    watch: Watch, width: int) -> None:
    page = open_page(browser, watch, width, 844)
    try:
        page.goto(served.url + "timeline/", wait_until="load")
        chart = page.locator("figure.chart--timeline")
        expect(chart).to_be_visible()
        box = latest_mark_box(page)
        assert box["left"] >= 0 and box["right"] <= width, box
        select = page.locator("#timeline-actor")
        assert select.bounding_box()["y"] < chart.bounding_box()["y"]  # the filter comes first
        labels = page.locator("svg.timeline-svg a.tl-mark text.tl-label")
        assert labels.count() == page.locator("svg.timeline-svg a.tl-mark").count()
        expect(labels.last).to_be_visible()
        if width < 600:
            expect(page.locator(".timeline-zoom__hint")).to_contain_text("earlier")
    finally:
        page.close()
    assert watch.errors == [] and watch.foreign == []


def test_zoom_magnifies_the_period_in_view(browser: Browser, served: Served,
                                           watch: Watch) -> None:
    page = open_page(browser, watch, 390, 844)
    try:
        page.goto(served.url + "timeline/", wait_until="load")
        svg = page.locator("svg.timeline-svg")
        before = svg.bounding_box()["width"]
        page.get_by_role("button", name="Zoom into the period in view").click()
        page.get_by_role("button", name="Zoom into the period in view").click()
        assert svg.bounding_box()["width"] > 2 * before
        box = latest_mark_box(page)
        assert box["left"] < 390  # still near the latest events
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.locator("figure.chart--timeline").screenshot(path=SCREENSHOTS / "timeline-zoomed-phone.png")
        page.get_by_role("button", name="Zoom out").click()
        page.get_by_role("button", name="Zoom out").click()
        assert abs(svg.bounding_box()["width"] - before) < 1
    finally:
        page.close()
    assert watch.errors == [] and watch.foreign == []


def test_a_mark_for_several_events_says_how_many_beside_it(browser: Browser, served: Served,
                                                            watch: Watch) -> None:
    """The seed has four events in September 2023 with Putin: one bar in his lane. Its label,
    the one thing a reader sees without hovering, must not pass for a single event."""
    page = open_page(browser, watch, 1280, 900)
    try:
        page.goto(served.url + "timeline/", wait_until="load")
        merged = page.locator("svg.timeline-svg a.tl-mark[data-events]")
        assert merged.count() >= 2
        for mark in merged.all():
            tip = mark.locator("title").text_content() or ""
            others = int(tip.split(": ", 1)[1].split(" events, the first")[0]) - 1
            assert others == int(mark.get_attribute("data-events") or 0) - 1  # one briefing
            label = mark.locator("text.tl-label")
            expect(label).to_be_visible()
            assert (label.text_content() or "").endswith(f"+{others} more"), label.text_content()
    finally:
        page.close()
    assert watch.errors == [] and watch.foreign == []


@pytest.mark.parametrize("width", [390, 1280])
@pytest.mark.parametrize("path", ["timeline/", "actors/putin/"])
def test_the_labels_are_readable_on_a_phone(browser: Browser, served: Served, watch: Watch,
                                            width: int, path: str) -> None:
    """On a 390 px phone the 760-unit chart was shrunk to 640 px and its labels drawn 8 px
    high. Every label, lane name and date is now drawn 11 px high or more, the chart
    scrolling sideways where the screen is narrower; at 1280 px it fits its column unscrolled."""
    page = open_page(browser, watch, width, 844)
    try:
        page.goto(served.url + path, wait_until="load")
        sizes = page.evaluate("""() => {
            const svg = document.querySelector("svg.timeline-svg");
            const size = t => t.getScreenCTM().a * parseFloat(getComputedStyle(t).fontSize);
            const scroll = svg.closest(".chart-scroll");
            return {labels: Array.from(svg.querySelectorAll("text")).map(size),
                    scrolls: scroll.scrollWidth > scroll.clientWidth + 1};
        }""")
        assert min(sizes["labels"]) >= 11, sorted(sizes["labels"])[:3]
        assert sizes["scrolls"] == (width < 600)
        box = latest_mark_box(page)
        assert box["left"] >= 0 and box["right"] <= width, box  # the latest events first
        if width < 600:
            SCREENSHOTS.mkdir(parents=True, exist_ok=True)
            page.locator("figure.chart--timeline").screenshot(
                path=SCREENSHOTS / f"timeline-phone-{path.strip('/').replace('/', '-')}.png")
    finally:
        page.close()
    assert watch.errors == [] and watch.foreign == []


def test_the_lane_names_of_a_scrolled_chart_cover_no_mark_or_label(
        browser: Browser, served: Served, watch: Watch) -> None:
    """Scrolled away from its lane names (as on a phone, where it opens at its latest events),
    the chart shows each lane's name over it; centred on the lane, "United States" covered
    "A US statement says…" at the left edge. On the lane's top edge it covers nothing."""
    page = open_page(browser, watch, 390, 844)
    try:
        page.goto(served.url + "timeline/", wait_until="load")
        expect(page.locator(".timeline-lanes span").first).to_be_visible()
        overlaps = page.evaluate("""() => {
            const hit = (a, b) => a.left < b.right && b.left < a.right
                                  && a.top < b.bottom && b.top < a.bottom;
            const scroll = document.querySelector(".chart-scroll").getBoundingClientRect();
            const shown = Array.from(document.querySelectorAll(
                "svg.timeline-svg a.tl-mark text, svg.timeline-svg a.tl-mark rect,"
                + " svg.timeline-svg a.tl-mark circle"))
                .map(e => [e.textContent, e.getBoundingClientRect()])
                .filter(([, r]) => r.right > scroll.left && r.left < scroll.right);
            const out = [];
            for (const span of document.querySelectorAll(".timeline-lanes span")) {
                const box = span.getBoundingClientRect();
                for (const [text, r] of shown) if (hit(box, r)) out.push([span.textContent, text]);
            }
            return {out, names: document.querySelectorAll(".timeline-lanes span").length};
        }""")
        assert overlaps["names"] >= 8
        assert overlaps["out"] == [], overlaps["out"]
    finally:
        page.close()
    assert watch.errors == [] and watch.foreign == []
