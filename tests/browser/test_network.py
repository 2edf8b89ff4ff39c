"""The actor network as a reader uses it: every node named (always, or on tap), a tap focuses
an actor and lists the claims behind its links, zoom, and filters by stance and briefing."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from playwright.sync_api import Browser, Locator, expect

from .conftest import SCREENSHOTS, Served, Watch, open_page


@contextmanager
def _network_drawing(browser: Browser, served: Served, width: int) -> Iterator[Locator]:
    """The home page's network drawing for this width, in a page closed after; the page
    logged no script error and loaded nothing from elsewhere."""
    watch = Watch(served.url)
    page = open_page(browser, watch, width, 844)
    try:
        page.goto(served.url, wait_until="load")
        svg = page.locator("svg.network--tall" if width < 600 else "svg.network--wide")
        expect(svg).to_be_visible()
        yield svg
    finally:
        page.close()
    assert watch.errors == [] and watch.foreign == []

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("width", [1280, 390])
def test_every_node_is_named_or_named_on_tap(browser: Browser, served: Served, watch: Watch,
                                             width: int) -> None:
    page = open_page(browser, watch, width, 844)
    try:
        page.goto(served.url, wait_until="load")
        svg = page.locator("svg.network--wide" if width > 600 else "svg.network--tall")
        expect(svg).to_be_visible()
        nodes = svg.locator("a.net-node")
        assert nodes.count() >= 20
        always = tapped = 0
        ids = [a.get_attribute("data-id") for a in nodes.all()]  # a focused node moves to the top
        for ident in ids:
            node = svg.locator(f'a.net-node[data-id="{ident}"]')
            label = node.locator("text")
            name = label.text_content() or ""
            if label.is_visible():
                always += 1
                continue
            node.locator("circle").click()  # a tap names it and focuses it, never navigates
            expect(label).to_be_visible()
            expect(page.locator(".network-focus__head a")).to_have_text(name)
            assert page.url.rstrip("/") == served.url.rstrip("/")
            tapped += 1
            page.keyboard.press("Escape")
            expect(page.locator(".network-focus")).to_be_hidden()
        assert always >= (20 if width > 600 else 10) and always + tapped == nodes.count()
        # the parties to a denial are named without a tap
        for edge in svg.locator("g.edge--denies").all():
            for end in (edge.get_attribute("data-source"), edge.get_attribute("data-target")):
                expect(svg.locator(f'a.net-node[data-id="{end}"] text')).to_be_visible()
    finally:
        page.close()
    assert watch.errors == [] and watch.foreign == []


def test_focus_lists_the_claims_behind_each_link_then_opens_the_actor(
        page, served: Served) -> None:  # type: ignore[no-untyped-def]
    page.goto(served.url)
    node = page.locator('svg.network--wide a.net-node[data-id="putin"]')
    node.locator("circle").click()
    panel = page.locator(".network-focus")
    expect(panel).to_be_visible()
    expect(panel.locator(".network-focus__head a")).to_have_text("Vladimir Putin")
    claim = panel.locator(".network-focus__links ul a").first
    assert re.search(r"briefings/[a-z0-9-]+/#claim-[a-z0-9-]+$", claim.get_attribute("href") or "")
    assert page.locator("svg.network--wide a.net-node.is-near").count() >= 2  # its neighbours
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.locator("figure.chart--network").screenshot(path=SCREENSHOTS / "network-focus-desktop.png")
    node.locator("circle").click()  # the second tap opens the actor's page
    page.wait_for_url(re.compile(r"/actors/putin/$"))


def test_zoom_and_filters(page, served: Served) -> None:  # type: ignore[no-untyped-def]
    page.goto(served.url)
    svg = page.locator("svg.network--wide")
    before = svg.get_attribute("viewBox")
    page.get_by_role("button", name="Zoom in").click()
    zoomed = svg.get_attribute("viewBox") or ""
    assert zoomed != before and float(zoomed.split()[2]) < 760
    page.get_by_role("button", name="Show the whole network").click()
    assert svg.get_attribute("viewBox") == before
    edges = svg.locator("g.edge:not(.is-off)")
    total = edges.count()
    page.locator(".network-tools select").nth(1).select_option("denies")
    shown = svg.locator("g.edge:not(.is-off)")
    assert 0 < shown.count() < total
    assert shown.count() == svg.locator("g.edge--denies").count()
    assert svg.locator("a.net-node:not(.is-off)").count() < svg.locator("a.net-node").count()
    # the claims behind the denials shown: the seed's one denied claim ("28 claims" before)
    expect(page.locator(".network-tools__count")).to_have_text("1 claim, 2 links")
    page.locator(".network-tools select").nth(1).select_option("")
    assert svg.locator("g.edge:not(.is-off)").count() == total


@pytest.mark.parametrize("path", ["", "data/network.svg"])
def test_the_text_alternative_says_who_is_central_and_who_denies_whom(
        browser: Browser, served: Served, watch: Watch, path: str) -> None:
    """A reader who cannot see the drawing hears what a look at it tells: the most involved
    actors and every denial or dispute; the file of its own speaks of no table "below"."""
    page = open_page(browser, watch, 1280, 900)
    try:
        page.goto(served.url + path, wait_until="load")
        svg = page.locator("svg.network--wide")
        name = svg.get_attribute("aria-label") or ""
        assert "Most involved: Russia, North Korea, Vladimir Putin" in name, name
        assert "1 claim by several governments, denied by North Korea" in name, name
        assert "1 claim by several governments, denied by Russia" in name, name
        assert "1 claim by Vladimir Putin, disputed by Ukraine" in name, name
        assert ("below" in name) == (path == ""), name
    finally:
        page.close()
    assert watch.foreign == []


@pytest.mark.parametrize("width", [1280, 390])
def test_a_link_reads_as_english_whoever_makes_it(browser: Browser, served: Served, watch: Watch,
                                                  width: int) -> None:
    """"observers makes 2 claims about North Korea", "several governments makes ...": a link's
    tooltip, its line in the focus panel and the text alternative are noun phrases, with no
    verb to agree with a group's name."""
    page = open_page(browser, watch, width, 844)
    try:
        page.goto(served.url, wait_until="load")
        svg = page.locator("svg.network--wide" if width > 600 else "svg.network--tall")
        tips = svg.locator("g.edge > title").all_text_contents()
        assert "2 claims by observers about North Korea" in tips, tips
        assert "1 claim by several governments, denied by Russia" in tips, tips
        assert "1 claim by Vladimir Putin, disputed by Ukraine" in tips, tips
        name = svg.get_attribute("aria-label") or ""
        assert ("1 claim by several governments, denied by North Korea; 1 claim by several "
                "governments, denied by Russia") in name, name
        svg.locator('a.net-node[data-id="observers"] circle').click()
        heads = page.locator(".network-focus__links > li > strong").all_inner_texts()
        assert "2 claims by observers about North Korea" in heads, heads
        verb = re.compile(r"\b(makes|denies|disputes|confirms) \d")
        assert [t for t in [*tips, *heads, name] if verb.search(t)] == []
    finally:
        page.close()
    assert watch.errors == [] and watch.foreign == []


def test_focus_dates_each_claim_at_its_precision(page, served: Served) -> None:  # type: ignore[no-untyped-def]
    """Michael McFaul's claims are dated "2024-05" (May 2024): the list behind his links says
    "May 2024", as the briefing does, never "2024-05-01", a day no source gave."""
    page.goto(served.url)
    page.locator('svg.network--wide a.net-node[data-id="michael-mcfaul"] circle').click()
    panel = page.locator(".network-focus")
    expect(panel).to_be_visible()
    items = [" ".join(t.split()) for t in panel.locator(".network-focus__links ul li").all_inner_texts()]
    assert items and all(t.endswith("\u2014 May 2024") for t in items), items


EDGE_WORDS = {"about": "claims about", "denies": "denials of claims by",
              "disputes": "disputes of claims by", "confirms": "confirmations of claims by"}


@pytest.mark.parametrize("width", [1280, 390])
def test_every_link_of_the_drawing_is_listed_as_text_below_it(
        browser: Browser, served: Served, watch: Watch, width: int) -> None:
    """The drawing's `role="img"` hides its node links from screen readers, and a keyboard
    reader cannot tell who is linked to whom: a list below it names, for each actor, whom its
    claims are about and whose claims it denies, disputes or confirms, each name a link."""
    page = open_page(browser, watch, width, 844)
    try:
        page.goto(served.url, wait_until="load")
        svg = page.locator("svg.network--wide")
        edges = [(g.get_attribute("data-source"), g.get_attribute("data-target"),
                  g.get_attribute("data-kind")) for g in svg.locator("g.edge").all()]
        names = {a.get_attribute("data-id"): a.locator("text").text_content()
                 for a in svg.locator("a.net-node").all()}
        listed = page.locator("figure.chart--network + details.network-links")
        summary = listed.locator("summary")
        expect(summary).to_have_text(f"The links as a list: {len(edges)} links between "
                                     f"{len(names)} actors")
        summary.focus()
        page.keyboard.press("Enter")  # opened from the keyboard
        items = listed.locator("li")
        expect(items.first).to_be_visible()
        lines = {" ".join(t.split()) for t in items.all_inner_texts()}
        by_source = {line.split(": ", 1)[0]: line for line in lines}
        for source, target, kind in edges:
            line = by_source[names[source]]
            part = next(p for p in line.split(": ", 1)[1].split("; ")
                        if p.startswith(EDGE_WORDS[kind or ""] + " "))
            assert re.search(rf"(^|, | by | about ){re.escape(names[target] or '')} \(\d+\)",
                             part), (source, target, kind, line)
        assert listed.locator("a").count() == len(edges) + len(by_source)
        assert "Russia: denials of claims by several governments (1)" in lines, lines
        listed.get_by_role("link", name="Michael McFaul").first.click()
        page.wait_for_url(re.compile(r"/actors/michael-mcfaul/$"))
    finally:
        page.close()
    assert watch.errors == [] and watch.foreign == []


def test_the_legend_lists_only_what_the_drawing_holds(page, served: Served) -> None:  # type: ignore[no-untyped-def]
    """The seed's network has no confirmation and no organization: its legend names neither
    (nor does the "Show" menu offer confirmations)."""
    from generator.pictures.network import KIND_COLOURS
    page.goto(served.url)
    svg = page.locator("svg.network--wide")
    drawn = {g.get_attribute("data-kind") for g in svg.locator("g.edge").all()}
    colours = {c.get_attribute("fill") for c in svg.locator("circle.node").all()}
    kinds = {k for k, colour in KIND_COLOURS.items() if colour in colours}
    legend = page.locator("figure.chart--network figcaption .legend")
    classes = {(c or "").split("legend--")[1] for c in
               (s.get_attribute("class") for s in legend.all())}
    words = {"about", "denies", "disputes", "confirms"}
    assert classes & words == drawn == {"about", "denies", "disputes"}, classes
    assert classes - words == kinds == {"person", "country", "group"}, classes
    options = page.locator(".network-tools select").nth(1).locator("option").all_inner_texts()
    assert options == ["every link", "claims about", "denials", "disputes"], options


# the points of each denial, dispute or confirmation drawn (its curve, in page pixels) that
# lie under a name shown without a tap
_COVERED_STANDS = """svg => {
  const labels = [...svg.querySelectorAll('text.net-label')]
    .filter(t => getComputedStyle(t).display !== 'none')
    .map(t => [t.textContent, t.getBoundingClientRect()]);
  const covered = [];
  for (const g of svg.querySelectorAll('g.edge:not(.edge--about)')) {
    const path = g.querySelector('path'), length = path.getTotalLength();
    const m = path.getScreenCTM();
    for (let i = 0; i <= 40; i++) {
      const p = path.getPointAtLength(length * i / 40).matrixTransform(m);
      for (const [name, r] of labels)
        if (p.x > r.left && p.x < r.right && p.y > r.top && p.y < r.bottom)
          covered.push(`${g.dataset.source} ${g.dataset.kind} ${g.dataset.target}: ${name}`);
    }
  }
  return [...new Set(covered)];
}"""


@pytest.mark.parametrize("width", [1280, 390])
def test_no_name_covers_a_denial_or_dispute(browser: Browser, served: Served, watch: Watch,
                                            width: int) -> None:
    """Who denies or disputes whom is what the red and orange arrows tell; on the seed at
    390 px the name "several governments" lay over Russia's short red arrow to it, and a
    reader saw only North Korea's denial."""
    page = open_page(browser, watch, width, 844)
    try:
        page.goto(served.url, wait_until="load")
        svg = page.locator("svg.network--wide" if width > 600 else "svg.network--tall")
        expect(svg).to_be_visible()
        assert svg.locator("g.edge--denies").count() >= 2
        assert svg.evaluate(_COVERED_STANDS) == []
    finally:
        page.close()
    assert watch.errors == [] and watch.foreign == []


_PHONE_NAMES = """svg => {
  const hit = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  const names = Array.from(svg.querySelectorAll("a.net-node text.net-label"))
    .filter(t => getComputedStyle(t).display !== "none")
    .map(t => [t.closest("a").dataset.id, t.textContent, t.getBoundingClientRect(),
               t.getScreenCTM().a * parseFloat(getComputedStyle(t).fontSize)]);
  const nodes = Array.from(svg.querySelectorAll("a.net-node")).map(
    a => [a.dataset.id, a.querySelector("circle").getBoundingClientRect()]);
  // who must be named whatever it covers: the six largest nodes and every party to a stand
  const must = new Set(nodes.slice().sort((a, b) => b[1].width - a[1].width).slice(0, 6)
    .map(n => n[0]));
  svg.querySelectorAll("g.edge:not(.edge--about)").forEach(
    g => { must.add(g.dataset.source); must.add(g.dataset.target); });
  const ctm = svg.getScreenCTM();
  const crossing = {};
  for (const path of svg.querySelectorAll("g.edge path")) {
    for (let d = 0, len = path.getTotalLength(); d <= len; d += 2) {
      const q = path.getPointAtLength(d).matrixTransform(ctm);
      for (const [id, name, r] of names)
        if (q.x > r.left && q.x < r.right && q.y > r.top && q.y < r.bottom) crossing[id] = name;
    }
  }
  const out = {small: names.filter(n => n[3] < 11).map(n => [n[1], n[3]]), over: [], crossing: []};
  names.forEach(([id, name, r], i) => {
    names.slice(i + 1).forEach(o => { if (hit(r, o[2])) out.over.push([name, o[1]]); });
    nodes.forEach(([other, c]) => { if (other !== id && hit(r, c)) out.over.push([name, other]); });
  });
  out.crossing = Object.entries(crossing).filter(([id]) => !must.has(id)).map(e => e[1]);
  out.named = names.length;
  return out;
}"""


def test_the_phone_drawing_names_actors_clear_of_the_crowd(browser: Browser, served: Served,
                                                           watch: Watch) -> None:
    """On a 390 px phone the tall drawing's names were 10.7 px high and laid over the grey
    arrows at its crowded middle ("Ankit Panda", "observers", "a Kremlin spokesman" each
    crossed by links). Now every name is 11 px or more, covers no other name or node, and
    only those that must show (the most involved, the parties to a stand) cross a link; the
    others are named on tap, and the wide drawing is as it was."""
    page = open_page(browser, watch, 390, 844)
    try:
        page.goto(served.url, wait_until="load")
        svg = page.locator("svg.network--tall")
        expect(svg).to_be_visible()
        seen = svg.evaluate(_PHONE_NAMES)
        assert seen["named"] >= 10
        assert seen["small"] == [], seen["small"]
        assert seen["over"] == [], seen["over"]
        assert seen["crossing"] == [], seen["crossing"]
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        svg.screenshot(path=SCREENSHOTS / "network-phone.png")
        # zoomed in, the names shrink with the drawing (network.js), from the phone's size
        before = svg.locator("text.net-label").first.evaluate(
            "t => parseFloat(getComputedStyle(t).fontSize)")
        page.get_by_role("button", name=re.compile("zoom in", re.I)).first.click()
        after = svg.locator("text.net-label").first.evaluate(
            "t => parseFloat(getComputedStyle(t).fontSize)")
        assert before == 13 and after < before
    finally:
        page.close()
    assert watch.errors == [] and watch.foreign == []


@pytest.mark.parametrize("width", [1280, 390])
def test_no_two_actors_are_drawn_touching_on_a_big_story(browser: Browser, story: Served,
                                                         width: int) -> None:
    """On the one-story site of 100 briefings the pull of their many links drew North Korea
    and Russia 7 units apart (8 px on a desktop, 11 px on a phone): two blobs that read as
    one, the arrows between them lost. Every two nodes are now at least 20 units apart
    (18 px on a 390 px phone), measured between their circles as drawn."""
    with _network_drawing(browser, story, width) as svg:
        close = svg.evaluate("""svg => {
            const nodes = Array.from(svg.querySelectorAll("a.net-node"), a => {
                const b = a.querySelector("circle.node").getBoundingClientRect();
                return {id: a.dataset.id, x: (b.left + b.right) / 2, y: (b.top + b.bottom) / 2,
                        r: b.width / 2};
            });
            const out = [];
            nodes.forEach((a, i) => { for (const b of nodes.slice(i + 1)) {
                const gap = Math.hypot(a.x - b.x, a.y - b.y) - a.r - b.r;
                if (gap < 17) out.push([a.id, b.id, Math.round(gap)]);
            }});
            return out;
        }""")
        assert close == [], close


@pytest.mark.parametrize("width", [1280, 390])
def test_the_caption_says_what_sizes_and_widths_count(browser: Browser, served: Served,
                                                      watch: Watch, width: int) -> None:
    """Arrows are wider the more claims they stand for, and nodes larger, but the caption
    said so only of nodes, and with no figure: on a 100-briefing story a reader saw thick and
    thin arrows and could not tell one claim from a hundred. It now gives both ranges, as the
    drawing's own tooltips count them, and names the most involved actor."""
    page = open_page(browser, watch, width, 844)
    try:
        page.goto(served.url, wait_until="load")
        caption = page.locator("figure.chart--network figcaption")
        expect(caption).to_be_visible()
        shown = " ".join(caption.inner_text().split())
        svg = page.locator("svg.network--tall" if width < 600 else "svg.network--wide")
        arrows = [int(n) for n in svg.evaluate("""svg => Array.from(
            svg.querySelectorAll("g.edge > title"),
            t => t.textContent.match(/^(\\d+) claims? /)[1])""")]
        assert (f"an arrow's width with the claims it stands for (from {min(arrows)} to "
                f"{max(arrows)} here)") in shown, shown
        # "Russia (country): 2 claims made, 21 about, 1 stance; 24 in all"
        involved = {title.split(" (")[0]: int(title.rsplit("; ", 1)[1].split()[0])
                    for title in svg.evaluate("""svg => Array.from(
                        svg.querySelectorAll("a.net-node > title"), t => t.textContent)""")}
        most = max(involved, key=involved.__getitem__)
        assert (most, involved[most], min(involved.values())) == ("Russia", 24, 1)
        assert ("A node's size grows with the claims it makes, the claims about it and the "
                "stands it takes (from 1 to 24 here; Russia is in the most)") in shown, shown
    finally:
        page.close()
    assert watch.errors == [] and watch.foreign == []


@pytest.mark.parametrize("width", [1280, 390])
def test_a_figure_seen_twice_reads_the_same(browser: Browser, story: Served, width: int) -> None:
    """On the 100-briefing story the caption sized nodes "from 100 to 2,400 here; Russia is in
    the most" while Russia's tooltip read "0 claims made, 2300 about, 100 stances": the same
    count, left for the reader to add up, and written another way. A node's tooltip now
    ends with the sum the caption counts ("; 2,400 in all"), and every figure of the
    drawing's tooltips and of the focus panel is written with a thousands separator."""
    with _network_drawing(browser, story, width) as svg:
        page = svg.page
        caption = " ".join(page.locator("figure.chart--network figcaption").inner_text().split())
        found = re.search(r"the stands it takes \(from ([\d,]+) to ([\d,]+) here; (.+?) is in "
                          r"the most\)", caption)
        assert found, caption
        least, most, who = found.groups()
        tips = svg.evaluate("""svg => Array.from(svg.querySelectorAll("a.net-node > title"),
            t => t.textContent)""")
        whole = {}
        for tip in tips:
            parts = re.fullmatch(r"(.+) \(\w+\): ([\d,]+) claims? made, ([\d,]+) about, "
                                 r"([\d,]+) stances?; ([\d,]+) in all", tip)
            assert parts, tip
            *three, total = (int(n.replace(",", "")) for n in parts.groups()[1:])
            assert sum(three) == total, tip
            whole[parts.group(1)] = parts.group(5)
        assert whole[who] == most and max(whole.values(), key=lambda n: int(n.replace(",", ""))) == most
        assert least in whole.values()
        edges = svg.evaluate("""svg => Array.from(svg.querySelectorAll("g.edge > title"),
            t => t.textContent)""")
        # no figure of four digits or more without its separator, in any tooltip
        assert [t for t in tips + edges if re.search(r"\d{4}", t)] == []
        assert int(most.replace(",", "")) >= 1000  # the story's figures need the separator
        svg.locator('a.net-node[data-id="russia"] circle').click()
        panel = page.locator(".network-focus")
        expect(panel).to_be_visible()
        counted = panel.locator(".network-focus__head, .network-focus__more, "
                                "li.network-focus__link > strong").all_inner_texts()
        assert len(counted) > 5 and "2,800 claims" in counted[1], counted
        assert [t for t in counted if re.search(r"\d{4}", t)] == []


@pytest.mark.parametrize("width", [1280, 390])
def test_the_briefing_menu_tells_each_briefing_apart(browser: Browser, story: Served,
                                                    width: int) -> None:
    """The network's Briefing menu named each briefing by its title cut to 60 characters: on
    the 100-briefing story, whose titles differ at their end ("... (day 100)"), it offered
    "Analysis: Putin may need weapons from North Korea's Kim for…" 36 times, and a reader
    could not tell which briefing each one filters to. Each is now dated first, as the
    pages date a briefing ("26 September 2024 · Analysis: …"), and picking one keeps only
    its claims."""
    with _network_drawing(browser, story, width) as svg:
        page = svg.page
        menu = page.locator(".network-tools select").first
        options = [" ".join(t.split()) for t in menu.locator("option").all_inner_texts()][1:]
        assert len(options) > 10
        assert len(set(options)) == len(options), options
        assert re.fullmatch(r"26 September 2024 · Analysis: Putin may need weapons from .+",
                            options[0]), options[0]
        menu.select_option(index=1)
        expect(page.locator(".network-tools__count")).to_have_text(
            re.compile(r"^\d+ claims of the 400 carried, \d+ links$"))


@pytest.mark.parametrize("width", [1280, 390])
def test_a_stand_is_told_by_its_line_not_by_its_colour_alone(browser: Browser, served: Served,
                                                            watch: Watch, width: int) -> None:
    """Denials were drawn red, disputes orange, confirmations green, alike but for the
    colour: to a reader who cannot tell red from orange or green (about one man in twelve)
    Ukraine's dispute of Putin's claim read as one more denial, in the drawing and in the
    legend. A dispute is now dashed and a confirmation dotted, in both."""
    page = open_page(browser, watch, width, 844 if width < 600 else 900)
    try:
        page.goto(served.url, wait_until="load")
        figure = page.locator("figure.chart--network")
        expect(figure).to_be_visible()
        seen = figure.evaluate("""figure => {
            const svg = Array.from(figure.querySelectorAll("svg.network-svg"))
                .find(s => s.getBoundingClientRect().width > 0);
            const lines = {};
            for (const path of svg.querySelectorAll("g.edge path")) {
                const kind = path.parentNode.dataset.kind;
                (lines[kind] = lines[kind] || new Set()).add(getComputedStyle(path).strokeDasharray);
            }
            const legend = {};
            for (const span of figure.querySelectorAll(".legend")) {
                const kind = Array.from(span.classList).find(c => c.startsWith("legend--")).slice(8);
                legend[kind] = getComputedStyle(span, "::before").backgroundImage;
            }
            return {lines: Object.fromEntries(Object.entries(lines).map(([k, v]) => [k, [...v]])),
                    legend};
        }""")
        lines, legend = seen["lines"], seen["legend"]
        assert {"denies", "disputes"} <= set(lines), lines  # the seed draws both
        assert lines["denies"] == ["none"] and lines["about"] == ["none"], lines
        assert "none" not in lines["disputes"], lines
        assert legend["denies"] == "none" and legend["about"] == "none", legend
        assert legend["disputes"].startswith("repeating-linear-gradient"), legend
    finally:
        page.close()
    assert watch.errors == [] and watch.foreign == []


@pytest.mark.parametrize("width", [1280, 390])
def test_no_name_hides_another_actor_on_a_big_story(browser: Browser, story: Served,
                                                   width: int) -> None:
    """On the 100-briefing story the name "several governments" (1280 px) and "North Korea"
    (390 px) lay over the node of South Korean officials: a name that must show took the
    spot covering least, and a node counted no more than its area, less than one point of a
    denial's arrow. An actor hidden under a name is an actor missing from the picture: a
    node now counts 20 times its area, and a name may also sit a line further below or
    above its node, so no shown name covers another actor's node, nor a stand."""
    with _network_drawing(browser, story, width) as svg:
        hidden = svg.evaluate(_NAMES_AGAINST_NODES % """(box, circle) => box.left < circle.right
            && circle.left < box.right && box.top < circle.bottom && circle.top < box.bottom""")
        assert hidden == [], hidden
        assert svg.evaluate(_COVERED_STANDS) == []


# each shown name and each other actor whose node `(box, circle, own) => bool` says the name
# stands against (`own`: the name's own node), as [name, actor]
_NAMES_AGAINST_NODES = """svg => {
    const against = %s;
    const nodes = Array.from(svg.querySelectorAll("a.net-node"),
        a => [a.dataset.id, a.querySelector("circle.node").getBoundingClientRect()]);
    const out = [];
    for (const t of svg.querySelectorAll("a.net-node text.net-label")) {
        if (getComputedStyle(t).display === "none") continue;
        const id = t.closest("a").dataset.id, box = t.getBoundingClientRect();
        const own = nodes.find(([n]) => n === id)[1];
        for (const [other, circle] of nodes)
            if (other !== id && against(box, circle, own)) out.push([t.textContent, other]);
    }
    return out;
}"""
# the actors nearer to a name than its own (gap from the text's box to a circle's edge), as
# a reader pairs a name with the nearest node
_NEARER_THAN_OWN = _NAMES_AGAINST_NODES % """(box, circle, own) => {
        const gap = c => {
            const r = c.width / 2, x = c.left + r, y = c.top + r;
            const dx = Math.max(box.left - x, 0, x - box.right);
            const dy = Math.max(box.top - y, 0, y - box.bottom);
            return Math.hypot(dx, dy) - r;
        };
        return gap(circle) < gap(own);
    }"""


@pytest.mark.parametrize(("site", "width"), [("served", 1280), ("served", 390), ("story", 1280),
                                           ("story", 390)])
def test_each_name_sits_nearer_its_own_actor_than_any_other(
        browser: Browser, request: pytest.FixtureRequest, site: str, width: int) -> None:
    """On the 100-briefing story (1280 px) "several governments", the actor whose claim
    Russia and North Korea deny, was written a line below its node, 13 px from it and 3 px
    under the unnamed node of South Korean officials: a reader pairs a name with the nearest
    node, so the denied claim read as South Korean officials'. A name a line off its node
    now goes there only if no other actor is as near. On the story's phone drawing "North
    Korea", 4 units off its node's corner, lay as near the node of several governments
    (every spot clear of that covers a dispute): a name may now also sit against its node's
    circle, where no other actor is as near."""
    served: Served = request.getfixturevalue(site)
    with _network_drawing(browser, served, width) as svg:
        assert svg.evaluate(_NEARER_THAN_OWN) == []


def test_no_name_floats_a_line_off_its_actor_on_a_big_storys_phone_drawing(
        browser: Browser, story: Served) -> None:
    """On the 100-briefing story's phone drawing "Ukraine" was written a line above its node
    (18 px off its circle), clear of every link, where the spot just above crossed one point
    of a grey link: a spot a line off its node cost nothing for its distance. It now costs
    about two link points, so the name sits just above its node; every shown name is within
    8 px of its own circle."""
    with _network_drawing(browser, story, 390) as svg:
        far = svg.evaluate("""svg => {
            const out = [];
            for (const t of svg.querySelectorAll("a.net-node text.net-label")) {
                if (getComputedStyle(t).display === "none") continue;
                const box = t.getBoundingClientRect();
                const c = t.closest("a").querySelector("circle.node").getBoundingClientRect();
                const r = c.width / 2, x = c.left + r, y = c.top + r;
                const gap = Math.hypot(Math.max(box.left - x, 0, x - box.right),
                                       Math.max(box.top - y, 0, y - box.bottom)) - r;
                if (gap > 8) out.push([t.textContent, Math.round(gap)]);
            }
            return out;
        }""")
        assert far == [], far


def _tip_count(tip: str) -> int:
    """The number of claims a link's tooltip counts: "400 claims by Vladimir Putin about ..."."""
    return int(tip.split()[0].replace(",", ""))


@pytest.mark.parametrize("width", [1280, 390])
def test_focus_on_a_big_story_names_every_link_drawn_with_its_count(browser: Browser,
                                                                    story: Served,
                                                                    width: int) -> None:
    """On the 100-briefing story a tap on North Korea said "North Korea — 5 links", listed
    "74 claims by Edward Howell about North Korea" (the drawing: 200) and dimmed Vladimir
    Putin and Russia, as if unlinked: the focus read only the latest 400 claims the figure
    carries (by date, all of them the analysts' undated claims), and Putin's 400 claims about
    North Korea were older. The focus now names every link drawn, each with the drawing's
    count, its latest claims listed and the rest sent to the actor's page; the stance filter
    keeps every denial drawn."""
    with _network_drawing(browser, story, width) as svg:
        page = svg.page
        drawn = {}
        for g in svg.locator("g.edge").all():
            source, target = g.get_attribute("data-source"), g.get_attribute("data-target")
            if "north-korea" in (source, target):
                drawn[(source, target, g.get_attribute("data-kind"))] = _tip_count(
                    g.locator("title").text_content() or "")
        assert len(drawn) > 5 and ("putin", "north-korea", "about") in drawn, drawn
        svg.locator('a.net-node[data-id="north-korea"] circle').click()
        panel = page.locator(".network-focus")
        expect(panel).to_be_visible()
        head = " ".join(panel.locator(".network-focus__head").inner_text().split())
        assert head.startswith(f"North Korea — {len(drawn)} links"), head
        near = {a.get_attribute("data-id") for a in svg.locator("a.net-node.is-near").all()}
        assert near == ({s for s, _, _ in drawn} | {t for _, t, _ in drawn}) - {"north-korea"}, near
        said = {" ".join(li.locator(":scope > strong").inner_text().split()): li
                for li in panel.locator("li.network-focus__link").all()}
        assert len(said) == len(drawn), said.keys()
        putin = said.get(f"{drawn[('putin', 'north-korea', 'about')]} claims by Vladimir Putin "
                         "about North Korea")
        assert putin is not None, said.keys()
        listed = putin.locator(":scope > ul > li")
        assert listed.count() >= 2, listed.count()
        assert re.search(r"^and [\d,]+ more on the page of North Korea$",
                         " ".join(listed.last.inner_text().split())), listed.last.inner_text()
        expect(listed.last.get_by_role("link", name="North Korea")).to_have_attribute(
            "href", re.compile(r"actors/north-korea/$"))
        for words in said:  # every count is the drawing's
            assert _tip_count(words) in drawn.values(), words
        # the stance filter hides no denial the drawing holds
        page.get_by_role("button", name="Show all").click()
        page.locator(".network-tools select").nth(1).select_option("denies")
        denials = svg.locator("g.edge--denies")
        assert denials.count() >= 2
        assert svg.locator("g.edge--denies.is-off").count() == 0
        # and counts the claims behind them, not every claim carried ("400 claims, 0 links")
        expect(page.locator(".network-tools__count")).to_have_text(re.compile(
            rf"^\d claims? of the 400 carried, {denials.count()} links$"))


@pytest.mark.parametrize("width", [1280, 390])
def test_focus_tells_each_claims_briefing_apart(browser: Browser, story: Served,
                                                width: int) -> None:
    """A tap's list named each claim's briefing by its title cut at 50 characters: on the
    100-briefing story every line read "... — Analysis: Putin may need weapons from North
    Korea's…, June 2024", whichever of the 36 alike briefings the claim is in. Each line now
    names its briefing as the Briefing menu does, dated first, a link to the briefing: two
    briefings never read the same (and a claim dated by its briefing's day, "— 26 September
    2024, in 26 September 2024 · …", says the day once)."""
    with _network_drawing(browser, story, width) as svg:
        page = svg.page
        svg.locator('a.net-node[data-id="north-korea"] circle').click()
        panel = page.locator(".network-focus")
        expect(panel).to_be_visible()
        lines = panel.evaluate("""panel => [...panel.querySelectorAll(
            '.network-focus__link > ul > li:not(.network-focus__more)')].map(li => [
            li.querySelector('a').getAttribute('href'),
            li.querySelector('.network-focus__briefing')?.getAttribute('href') || '',
            li.innerText])""")
        assert len(lines) > 10, lines
        told: dict[str, str] = {}
        for claim, briefing, text in lines:
            slug = claim.split("briefings/")[1].split("/")[0]
            assert briefing.split("#")[0] == claim.split("#")[0], (claim, briefing)
            line = " ".join(text.split())
            said = re.split(r"— (?:.+, )?in ", line)[-1]
            assert re.fullmatch(r"\d{1,2} \w+ 20\d\d · .+", said), text
            told.setdefault(slug, said)
            # a claim dated by its briefing's day says that day once
            day = said.split(" · ")[0]
            assert line.count(day) == 1, line
        assert len(told) > 1, told
        assert len(set(told.values())) == len(told), told


@pytest.mark.parametrize("width", [1280, 390])
def test_focus_hides_no_neighbours_name_under_another_actor(browser: Browser, story: Served,
                                                             width: int) -> None:
    """A tap names the focused actor's neighbours, but the focused node was raised above
    every other: on the story's phone drawing North Korea's circle covered the middle of
    "South Korean officials" ("Sou… ean officials"), and the United States' circle part of
    "Michael McFaul". The names of the focused actor and its neighbours are now on top."""
    with _network_drawing(browser, story, width) as svg:
        svg.locator('a.net-node[data-id="north-korea"] circle').click()
        expect(svg.locator("a.net-node.is-near").first).to_be_visible()
        # a name is hidden where a node's circle (not dimmed) painted after it overlaps it
        hidden = svg.evaluate("""svg => {
          const circles = [...svg.querySelectorAll('circle.node')];
          const painted = [...svg.querySelectorAll('text')].filter(t =>
            getComputedStyle(t).display !== 'none');
          const named = [...svg.querySelectorAll('a.net-node.is-near, a.net-node.is-focus')]
            .map(a => a.querySelector('text').textContent);
          return named.filter(name => !painted.some(t => {
            if (t.textContent !== name) return false;
            const b = t.getBoundingClientRect();
            return !circles.some(c => {
              const r = c.getBoundingClientRect();
              const over = r.left < b.right - 2 && r.right > b.left + 2
                && r.top < b.bottom - 2 && r.bottom > b.top + 2;
              return over && (t.compareDocumentPosition(c) & Node.DOCUMENT_POSITION_FOLLOWING)
                && Number(getComputedStyle(c.closest('a')).opacity) > 0.5;
            });
          }));
        }""")
        assert hidden == [], hidden
        # and the copies go with the focus
        svg.page.get_by_role("button", name="Show all").click()
        assert svg.locator("g.net-names-on-top").count() == 0
