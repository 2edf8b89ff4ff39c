"""The timeline chart as a reader uses it: labels beside the marks, the filter above the chart,
the latest events in view on a phone, and zoom into a period."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Browser, expect

from .conftest import SCREENSHOTS, Served, Watch, open_page, watched_page

pytestmark = pytest.mark.browser


# the drawing a reader sees: the wide one beside a column, the narrow one on a phone
WIDE = ".chart-scroll svg.timeline-svg"
NARROW = "svg.timeline-svg--narrow"


def shown(width: int) -> str:
    return NARROW if width <= 600 else WIDE


def latest_mark_box(page, width: int = 1280) -> dict[str, float]:  # type: ignore[no-untyped-def]
    """The box on screen of the mark that ends latest on the chart shown at `width`."""
    return page.evaluate("""(svg) => {
        const marks = Array.from(document.querySelectorAll(svg + " a.tl-mark"));
        const shape = m => m.querySelector("rect, circle").getBoundingClientRect();
        const last = marks.reduce((a, b) => shape(b).right > shape(a).right ? b : a);
        const box = shape(last);
        return {left: box.left, right: box.right, top: box.top};
    }""", shown(width))


@pytest.mark.parametrize("width", [390, 1280])
def test_the_latest_event_is_in_view_on_first_sight(browser: Browser, served: Served,
                                                    watch: Watch, width: int) -> None:
    page = open_page(browser, watch, width, 844)
    try:
        page.goto(served.url + "timeline/", wait_until="load")
        chart = page.locator("figure.chart--timeline")
        expect(chart).to_be_visible()
        box = latest_mark_box(page, width)
        assert box["left"] >= 0 and box["right"] <= width, box
        select = page.locator("#timeline-actor")
        assert select.bounding_box()["y"] < chart.bounding_box()["y"]  # the filter comes first
        labels = page.locator(f"{shown(width)} a.tl-mark text.tl-label")
        assert labels.count() == page.locator(f"{shown(width)} a.tl-mark").count()
        expect(labels.last).to_be_visible()
    finally:
        page.close()
    assert watch.errors == [] and watch.foreign == []


def test_zoom_magnifies_the_period_in_view(browser: Browser, served: Served,
                                           watch: Watch) -> None:
    page = open_page(browser, watch, 700, 844)  # wider than a phone: the wide drawing scrolls
    try:
        page.goto(served.url + "timeline/", wait_until="load")
        expect(page.locator(".timeline-zoom__hint")).to_contain_text("earlier")
        svg = page.locator(WIDE)
        before = svg.bounding_box()["width"]
        page.get_by_role("button", name="Zoom into the period in view").click()
        page.get_by_role("button", name="Zoom into the period in view").click()
        assert svg.bounding_box()["width"] > 2 * before
        box = latest_mark_box(page)
        assert box["left"] < 700  # still near the latest events
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
        merged = page.locator(f"{WIDE} a.tl-mark[data-events]")
        assert merged.count() >= 2
        for mark in merged.all():
            tip = mark.locator("title").text_content() or ""
            others = int(tip.split(", ", 1)[1].split(" events: ")[0]) - 1
            assert others == int(mark.get_attribute("data-events") or 0) - 1  # one briefing
            label = mark.locator("text.tl-label")
            expect(label).to_be_visible()
            assert (label.text_content() or "").endswith(f"+{others} more"), label.text_content()
    finally:
        page.close()
    assert watch.errors == [] and watch.foreign == []


@pytest.mark.parametrize("width", [1280, 390])
def test_a_mark_lit_by_the_filter_names_the_chosen_actors_event(
        browser: Browser, served: Served, watch: Watch, width: int) -> None:
    """Filtered to "several governments", the chart lit the September 2023 marks of Putin's
    and Kim's lanes, labelled "Kim travels by armored train through… +3 more" and linking to
    that event, which is not theirs: their event is "Putin and Kim hold a historic summit",
    one of the "+3 more". A lit mark for several events now names, and links to, the first
    event of the actor chosen; with every actor shown again it reads as before."""
    page = open_page(browser, watch, width, 844)
    try:
        page.goto(served.url + "timeline/", wait_until="load")
        chart = page.locator(shown(width))
        before = [t.text_content() for t in chart.locator("a.tl-mark text.tl-label").all()]
        page.select_option("#timeline-actor", label="several governments")
        rows = page.evaluate("""() => Array.from(
            document.querySelectorAll(".md-typeset table tbody tr:not([hidden])"),
            r => [r.cells[1].textContent.trim(), r.cells[3].querySelector("a").getAttribute("href")])""")
        assert rows and all("several governments" in page.locator(
            f'tr:has(a[href="{href}"])').first.inner_text() for _, href in rows), rows
        lit = chart.locator("a.tl-mark:not(.tl-mark--dim)")
        assert lit.count() >= 2
        for mark in lit.all():
            label = mark.locator("text.tl-label")
            said = re.sub(r"(\u2026)?( \+\d+ more)?$", "", label.text_content() or "")
            assert [href for what, href in rows if what.startswith(said)
                    and href == mark.get_attribute("href")], (said, mark.get_attribute("href"), rows)
        page.select_option("#timeline-actor", label="every actor")
        assert [t.text_content() for t in chart.locator("a.tl-mark text.tl-label").all()] == before
    finally:
        page.close()
    assert watch.errors == [] and watch.foreign == []


@pytest.mark.parametrize("site", ["served", "story"])
def test_a_marks_tooltip_names_every_event_it_stands_for(browser: Browser, request: pytest.FixtureRequest,
                                                         site: str) -> None:
    """Putin's bar for September 2023 stands for four events; hovering it said "September
    2023: 4 events, the first: Kim travels by armored train ..." and hid the other three (the
    summit at the rocket launch facility among them) behind a scroll to the list. It now
    names each, with who took part; on the story, each once, however many briefings report it."""
    served: Served = request.getfixturevalue(site)
    with watched_page(browser, served) as page:
        page.goto(served.url + "timeline/", wait_until="load")
        mark = page.locator(f"{WIDE} a.tl-mark[data-events]").filter(
            has=page.locator("title", has_text="September 2023")).filter(
            has=page.locator("text.tl-label", has_text="+3 more")).first
        tip = mark.locator("title").text_content() or ""
        assert tip.startswith("September 2023, 4 events: Kim travels by armored train through "
                              "Russia's Far East to the summit with Putin. (Kim Jong Un, "
                              "Vladimir Putin); "), tip
        for event in ("At the summit, held at a rocket launch facility, Putin signals",
                      "Putin and Kim hold a historic summit",
                      "Kim invites Putin to visit North Korea. (Kim Jong Un, Vladimir Putin)"):
            assert tip.count(event) == 1, tip
        assert tip.endswith(" — in 100 briefings") == (site == "story"), tip


@pytest.mark.parametrize("width", [390, 700, 1280])
@pytest.mark.parametrize("path", ["timeline/", "actors/putin/"])
def test_the_labels_are_readable_on_a_phone(browser: Browser, served: Served, watch: Watch,
                                            width: int, path: str) -> None:
    """On a 390 px phone the 760-unit chart was shrunk to 640 px and its labels drawn 8 px
    high. Every label, lane name and date is now drawn 11 px high or more: on a phone in the
    narrow drawing, which fits the screen; between a phone and a desktop the wide drawing
    scrolls sideways; at 1280 px it fits its column unscrolled."""
    page = open_page(browser, watch, width, 844)
    try:
        page.goto(served.url + path, wait_until="load")
        sizes = page.evaluate("""(selector) => {
            const svg = document.querySelector(selector);
            const size = t => t.getScreenCTM().a * parseFloat(getComputedStyle(t).fontSize);
            const box = svg.parentElement;
            return {labels: Array.from(svg.querySelectorAll("text")).map(size),
                    scrolls: box.scrollWidth > box.clientWidth + 1,
                    hidden: Array.from(document.querySelectorAll("svg.timeline-svg"))
                        .filter(s => s !== svg).map(s => s.getBoundingClientRect().width)};
        }""", shown(width))
        assert min(sizes["labels"]) >= 11, sorted(sizes["labels"])[:3]
        assert sizes["scrolls"] == (width == 700)
        assert sizes["hidden"] == [0]  # the other drawing is not shown
        box = latest_mark_box(page, width)
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
    """Scrolled away from its lane names (where it is wider than the screen, and opens at its
    latest events), the chart shows each lane's name over it; centred on the lane, "United
    States" covered "A US statement says…" at the left edge. On the lane's top edge it covers
    nothing."""
    page = open_page(browser, watch, 700, 844)
    try:
        page.goto(served.url + "timeline/", wait_until="load")
        expect(page.locator(".timeline-lanes span").first).to_be_visible()
        overlaps = page.evaluate("""() => {
            const hit = (a, b) => a.left < b.right && b.left < a.right
                                  && a.top < b.bottom && b.top < a.bottom;
            const scroll = document.querySelector(".chart-scroll").getBoundingClientRect();
            const svg = ".chart-scroll svg.timeline-svg";
            const shown = Array.from(document.querySelectorAll(
                `${svg} a.tl-mark text, ${svg} a.tl-mark rect, ${svg} a.tl-mark circle`))
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


@pytest.mark.parametrize("path", ["timeline/", "actors/putin/"])
def test_a_phone_reads_the_chart_top_to_bottom(browser: Browser, served: Served, watch: Watch,
                                              path: str) -> None:
    """On a 390 px phone the chart was 900 px wide: a reader saw a third of it, scrolled
    sideways, the lane names floating over it. The phone now shows a drawing of its own: the
    whole period across the screen, each lane's name above its rows, no label over another
    label, a mark or a lane name, and the filter dims the marks of other actors in it."""
    page = open_page(browser, watch, 390, 844)
    try:
        page.goto(served.url + path, wait_until="load")
        chart = page.locator(NARROW)
        expect(chart).to_be_visible()
        seen = page.evaluate("""() => {
            const svg = document.querySelector("svg.timeline-svg--narrow");
            const hit = (a, b) => a.left < b.right - 0.5 && b.left < a.right - 0.5
                                  && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
            const box = e => e.getBoundingClientRect();
            const labels = Array.from(svg.querySelectorAll("text.tl-label"));
            const shapes = Array.from(svg.querySelectorAll("a.tl-mark rect, a.tl-mark circle"));
            const names = Array.from(svg.querySelectorAll("text.lane-name"));
            const out = [];
            labels.forEach((a, i) => {
                for (const b of labels.slice(i + 1))
                    if (hit(box(a), box(b))) out.push([a.textContent, b.textContent]);
                for (const s of shapes) if (hit(box(a), box(s))) out.push([a.textContent, "mark"]);
                for (const n of names) if (hit(box(a), box(n))) out.push([a.textContent, n.textContent]);
            });
            const chart = box(svg);
            return {out, labels: labels.length,
                    inside: labels.concat(shapes, names).every(
                        e => box(e).left >= chart.left - 0.5 && box(e).right <= chart.right + 0.5),
                    chart: [chart.left, chart.right],
                    page: document.documentElement.scrollWidth};
        }""")
        assert seen["labels"] >= 1
        assert seen["out"] == [], seen["out"]
        assert seen["inside"], "a label, mark or lane name is cut off at the chart's edge"
        assert seen["chart"][0] >= 0 and seen["chart"][1] <= 390, seen["chart"]
        assert seen["page"] <= 390  # no sideways scroll
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.locator("figure.chart--timeline").screenshot(
            path=SCREENSHOTS / f"timeline-narrow-{path.strip('/').replace('/', '-')}.png")
        if path == "timeline/":  # the filter dims other actors' marks in the phone's drawing
            page.select_option("#timeline-actor", label="Michael McFaul")
            dim = chart.locator("a.tl-mark.tl-mark--dim")
            assert 0 < dim.count() < chart.locator("a.tl-mark").count()
            opacity = dim.first.evaluate("e => getComputedStyle(e).opacity")
            assert float(opacity) < 0.5
    finally:
        page.close()
    assert watch.errors == [] and watch.foreign == []


@pytest.mark.parametrize("width", [390, 1280])
@pytest.mark.parametrize("path", ["timeline/", "actors/putin/"])
def test_a_label_is_cut_only_where_its_row_has_no_room(browser: Browser, served: Served,
                                                       watch: Watch, path: str,
                                                       width: int) -> None:
    """The phone's labels were cut at 24 characters: "Putin pays a two-day vi…" beside 300
    empty pixels, "A Russian attack hits K…". A label now runs on as far as its row leaves it
    room (the next mark or label, or the chart's edge), so what is cut is cut for want of
    room: less than three characters' width free on its open side (beyond the slack of the
    width estimate, which keeps labels from ever colliding; a label is cut after a whole word,
    so the room left may be its next word's too). The wide drawing, too, cut every label at
    24 characters: "Putin lays out his peac…" beside 500 empty pixels of Putin's lane."""
    page = open_page(browser, watch, width, 844 if width < 600 else 900)
    try:
        page.goto(served.url + path, wait_until="load")
        expect(page.locator(shown(width))).to_be_visible()
        seen = page.evaluate("""selector => {
            const svg = document.querySelector(selector);
            const chart = svg.getBoundingClientRect();
            // the wide drawing's labels stay in the plot, right of the lane names
            const start = svg.matches(".timeline-svg--narrow") ? chart.left
                : chart.left + 142 * chart.width / svg.viewBox.baseVal.width;  // PLOT
            const box = e => e.getBoundingClientRect();
            const things = Array.from(svg.querySelectorAll(
                "text.tl-label, a.tl-mark rect, a.tl-mark circle")).map(box);
            const cut = [];
            for (const label of svg.querySelectorAll("text.tl-label")) {
                const b = box(label), mid = (b.top + b.bottom) / 2;
                const row = things.filter(t => t.top < mid && mid < t.bottom);
                const left = label.getAttribute("text-anchor") === "end";
                const free = left
                    ? b.left - Math.max(start, ...row.filter(t => t.right <= b.left + 0.5)
                                                          .map(t => t.right))
                    : Math.min(chart.right, ...row.filter(t => t.left >= b.right - 0.5)
                                                  .map(t => t.left)) - b.right;
                const size = parseFloat(getComputedStyle(label).fontSize);
                // labels are cut after a whole word: room for the next word and three more
                // characters, beside the slack of the chart's estimate of a text's width
                // (0.51 of the font size a character; Chromium draws 0.46)
                const text = label.textContent, at = text.indexOf("\\u2026");
                if (at < 0) continue;
                const whole = label.closest("a").querySelector("title").textContent;
                const shown = text.slice(0, at).replace(/^\\u26a0 /, "");
                const rest = whole.slice(whole.indexOf(shown) + shown.length);
                const next = (rest.match(/^\\S*\\s+\\S+/) || [rest])[0].length;
                if (free > (next + 3) * 0.6 * size + 0.12 * b.width)
                    cut.push([label.textContent, Math.round(free)]);
            }
            return {cut, labels: Array.from(svg.querySelectorAll("text.tl-label"),
                                            t => t.textContent)};
        }""", shown(width))
        assert seen["cut"] == [], seen["cut"]
        assert "Putin pays a two-day visit to North Korea." in seen["labels"], seen["labels"]
    finally:
        page.close()
    assert watch.errors == [] and watch.foreign == []


@pytest.mark.parametrize("path", ["timeline/", "actors/putin/"])
def test_a_label_cut_at_the_plots_end_goes_where_its_row_is_free(page, served: Served,  # type: ignore[no-untyped-def]
                                                                 path: str) -> None:
    """On the wide chart a label goes right of its mark unless the plot ends there, and runs
    on to the next mark or the plot's end: "A US statement says…" (March 2024) was cut 100
    pixels from the plot's end, in the United States' lane and in Russia's, with 600 empty
    pixels left of its mark. A label its right side cuts now goes left of its mark, within
    the plot, where its row leaves more room there."""
    page.goto(served.url + path, wait_until="load")
    expect(page.locator(WIDE)).to_be_visible()
    misplaced = page.evaluate("""selector => {
        const svg = document.querySelector(selector);
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        const plotLeft = svg.getBoundingClientRect().left + 142 * scale;  // timeline_chart.PLOT
        const box = e => e.getBoundingClientRect();
        const things = Array.from(svg.querySelectorAll(
            "text.tl-label, a.tl-mark rect, a.tl-mark circle")).map(box);
        const out = [];
        for (const label of svg.querySelectorAll("text.tl-label")) {
            if (label.getAttribute("text-anchor") === "end" || !label.textContent.includes("\u2026"))
                continue;
            const mark = box(label.closest("a").querySelector("rect, circle"));
            const mid = (mark.top + mark.bottom) / 2;
            const before = things.filter(t => t.top < mid && mid < t.bottom
                                              && t.right <= mark.left + 0.5);
            const free = mark.left - Math.max(plotLeft, ...before.map(t => t.right));
            const whole = label.closest("a").querySelector("title").textContent;
            const event = whole.slice(whole.indexOf(": ") + 2).replace(/ \\(.*$/, "");
            const size = parseFloat(getComputedStyle(label).fontSize);
            if (free > (event.length + 2) * 0.51 * size + 4)
                out.push([label.textContent, Math.round(free)]);
        }
        return out;
    }""", WIDE)
    assert misplaced == []


@pytest.mark.parametrize("width", [390, 1280])
@pytest.mark.parametrize("path", ["timeline/", "actors/putin/"])
def test_a_cut_label_ends_after_a_whole_word(browser: Browser, served: Served, watch: Watch,
                                             width: int, path: str) -> None:
    """Labels were cut at a character count, mid-word: "Kim travels by armored trai…",
    "Putin intensifies hi…", "Putin last visited Nort…". A cut label now ends after a whole
    word of its event, with an ellipsis ("Kim travels by armored…"), on the phone's drawing
    and the wide one."""
    page = open_page(browser, watch, width, 844 if width < 600 else 900)
    try:
        page.goto(served.url + path, wait_until="load")
        svg = page.locator(shown(width))
        expect(svg).to_be_visible()
        labels = svg.evaluate("""svg => Array.from(svg.querySelectorAll("text.tl-label"), t =>
            [t.textContent, t.closest("a").querySelector("title").textContent])""")
        cut = [(label, whole) for label, whole in labels if "\u2026" in label]
        assert cut, labels  # the seed's charts cut some labels at both widths
        mid_word = []
        for label, whole in cut:
            shown_text = label.split("\u2026")[0].removeprefix("\u26a0 ")
            at = whole.find(shown_text)
            after = whole[at + len(shown_text):at + len(shown_text) + 1]
            if at < 0 or not after or after.isalnum():
                mid_word.append(label)
        assert mid_word == [], mid_word
    finally:
        page.close()
    assert watch.errors == [] and watch.foreign == []


@pytest.mark.parametrize("path", ["timeline/", "actors/putin/"])
def test_the_caption_of_a_chart_on_a_page_in_parts_says_where_its_events_are_listed(
        browser: Browser, story: Served, path: str) -> None:
    """On the 100-briefing story the Timeline is in 5 parts and the chart, on the first,
    shows every event; its caption said the events of a "+3 more" were "all listed below",
    where only the first part's are. It now names the parts after this one."""
    watch = Watch(story.url)
    page = open_page(browser, watch, 1280, 900)
    try:
        page.goto(story.url + path, wait_until="load")
        pager = page.locator("em", has_text=re.compile(r"^Part 1 of \d+$")).first
        count = int(pager.inner_text().split()[-1])
        assert count > 1
        caption = page.locator("figure.chart--timeline figcaption").inner_text()
        assert caption.endswith(f"all listed below and in the {count - 1} parts after this "
                                "one."), caption
    finally:
        page.close()
    assert watch.errors == [] and watch.foreign == []
