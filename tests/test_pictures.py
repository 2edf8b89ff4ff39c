"""The timeline chart and the actor network, as generated SVG (no MkDocs, no browser)."""

from __future__ import annotations

import itertools
import re
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from generator.build import generate
from generator.content.check import read_content
from generator.pages.generate import SiteInfo
from generator.pages.index import build_index
from generator.pages.urls import relative_url
from generator.pictures.network import claim_graph
from generator.pictures.svg import CHAR_WIDTH

from .conftest import FIXTURE
from .synthetic import write_synthetic

# every entry, drafted ones too (what a published build leaves out: tests/test_review.py)
SHOWN = SiteInfo(drafts=True)
SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def fixture_files() -> dict[str, str]:
    return generate(FIXTURE / "content", SHOWN, root=FIXTURE)


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_synthetic(tmp_path_factory.mktemp("synthetic") / "content")


@pytest.fixture(scope="module")
def synthetic_files(synthetic: Path) -> dict[str, str]:
    return generate(synthetic, SHOWN, root=synthetic.parent)


def svgs(page: str) -> list[ET.Element]:
    return [ET.fromstring(m) for m in re.findall(r"<svg .*?</svg>", page, re.S)]


def marks(svg: ET.Element) -> list[ET.Element]:
    return [a for a in svg.iter(f"{SVG}a") if a.get("class") == "tl-mark"]


@pytest.mark.parametrize(("page", "target", "link"), [
    ("timeline.md", "briefings/x.md#event-a", "../briefings/x/#event-a"),
    ("actors/alba.md", "briefings/x.md#event-a", "../../briefings/x/#event-a"),
    ("index.md", "actors/alba.md", "actors/alba/"),
    ("actors/index.md", "actors/alba.md", "alba/"),
    ("actors/alba.md", "index.md", "../../"),
    ("timeline.md", "timeline.md", "./"),
])
def test_links_written_as_raw_html_follow_directory_urls(page: str, target: str,
                                                         link: str) -> None:
    assert relative_url(page, target) == link


def test_links_without_directory_urls() -> None:
    assert relative_url("timeline.md", "briefings/x.md#event-a", False) == (
        "briefings/x.html#event-a")
    assert relative_url("actors/alba.md", "index.md", False) == "../index.html"


def test_timeline_chart_links_every_event_in_each_of_its_lanes(
        fixture_files: dict[str, str]) -> None:
    page = fixture_files["timeline.md"]
    svg, narrow = svgs(page)  # the wide drawing and the phone's, the same marks and lanes
    assert "timeline-svg--narrow" in (narrow.get("class") or "")
    assert sorted(a.get("href") or "" for a in marks(narrow)) == sorted(
        a.get("href") or "" for a in marks(svg))
    assert narrow.get("aria-label") == svg.get("aria-label")
    assert svg.get("role") == "img"
    assert svg.get("aria-label", "").startswith("Timeline chart of 4 dated events, from 2004 or "
                                                "earlier to 18–19 May 2024, in lanes for")
    hrefs = sorted(a.get("href", "") for a in marks(svg))
    # signing and talks-begin involve Eastland and Westmark, so they are drawn in both lanes
    assert hrefs == sorted([
        "../briefings/2024-03-02-port-deal/#event-signing",
        "../briefings/2024-03-02-port-deal/#event-signing",
        "../briefings/2024-03-02-port-deal/#event-talks-begin",
        "../briefings/2024-03-02-port-deal/#event-talks-begin",
        "../briefings/2024-05-20-harbour-strike/#event-strike",
        "../briefings/2024-05-20-harbour-strike/#event-last-strike"])
    lanes = [t.text for a in svg.iter(f"{SVG}a") if a.get("class") == "lane-label"
             for t in a.iter(f"{SVG}text")]
    assert lanes == ["Eastland", "Westmark"]
    assert ">Others</text>" in page
    assert page.index("<svg") < page.index("<th>What happened</th>")


def test_each_mark_names_its_event_in_a_tooltip(fixture_files: dict[str, str]) -> None:
    svg, _ = svgs(fixture_files["timeline.md"])
    tips = {a.get("href"): a.find(f"{SVG}title").text for a in marks(svg)}  # type: ignore[union-attr]
    assert tips["../briefings/2024-05-20-harbour-strike/#event-strike"] == (
        "18–19 May 2024: Dock workers strike in East City. (Eastland) — Dock workers strike "
        "in East City")


def test_dates_are_drawn_at_their_precision(synthetic_files: dict[str, str]) -> None:
    svg, _ = svgs(synthetic_files["timeline.md"])
    shapes = [a.find(f"{SVG}rect") if a.find(f"{SVG}rect") is not None
              else a.find(f"{SVG}circle") for a in marks(svg)]
    tips = [a.find(f"{SVG}title").text or "" for a in marks(svg)]  # type: ignore[union-attr]
    for shape, tip in zip(shapes, tips, strict=True):
        assert shape is not None
        label = tip.split(": ", 1)[0]
        fill = shape.get("fill", "")
        if "or earlier" in label:
            assert fill.endswith("-left)"), tip
        elif label.startswith("since "):
            assert fill.endswith("-right)"), tip
        if "(uncertain)" in label or "about " in label:
            assert shape.get("stroke-dasharray") == "3 2", tip
        else:
            assert shape.get("stroke-dasharray") is None, tip
    kinds = {s.tag for s in shapes if s is not None}
    assert kinds == {f"{SVG}rect", f"{SVG}circle"}


def test_actor_page_charts_that_actors_events(fixture_files: dict[str, str]) -> None:
    svg, _ = svgs(fixture_files["actors/eastland.md"])
    assert sorted(a.get("href", "") for a in marks(svg)) == [
        "../../briefings/2024-03-02-port-deal/#event-signing",
        "../../briefings/2024-03-02-port-deal/#event-talks-begin",
        "../../briefings/2024-05-20-harbour-strike/#event-strike"]
    assert svgs(fixture_files["actors/alba.md"]) == []  # no dated events, no empty chart


def test_the_network_is_worked_out_once_for_an_index() -> None:
    """The home page's chart and data/network.svg draw one graph: worked out once for an
    index, again for another index (a later build), the same for the same content."""
    content = read_content(FIXTURE / "content", FIXTURE)
    index = build_index(content)
    graph = claim_graph(index)
    assert claim_graph(index) is graph
    other = claim_graph(build_index(content))
    assert other is not graph and other == graph
    assert claim_graph(index, 2) == (graph[0][:2], [e for e in graph[1] if e.source in {
        n.id for n in graph[0][:2]} and e.target in {n.id for n in graph[0][:2]}])


def test_network_links_claimants_to_whom_they_claim_about_and_who_denies_them(
        fixture_files: dict[str, str]) -> None:
    content = read_content(FIXTURE / "content", FIXTURE)
    nodes, edges = claim_graph(build_index(content))
    assert sorted(n.id for n in nodes) == ["alba", "eastland", "harbour-officials", "westmark"]
    assert sorted((e.source, e.target, e.kind, e.count) for e in edges) == [
        ("alba", "eastland", "about", 1), ("harbour-officials", "westmark", "about", 1),
        ("westmark", "alba", "confirms", 1), ("westmark", "harbour-officials", "denies", 1)]
    wide, tall = svgs(fixture_files["index.md"])
    assert "network--wide" in wide.get("class", "") and "network--tall" in tall.get("class", "")
    hrefs = sorted(a.get("href", "") for a in wide.iter(f"{SVG}a"))
    assert hrefs == ["actors/alba/", "actors/eastland/", "actors/harbour-officials/",
                     "actors/westmark/"]


def label_boxes(svg: ET.Element, tap: bool = False) -> list[tuple[float, float, float, float, str]]:
    """The boxes of the labels always shown, or (`tap`) of those shown on hover, focus or tap."""
    boxes = []
    for node in svg.iter(f"{SVG}text"):
        if ("net-label--tap" in node.get("class", "")) != tap:
            continue
        x, y = float(node.get("x", 0)), float(node.get("y", 0))
        size = float(node.get("font-size", 0))
        width = len(node.text or "") * size * CHAR_WIDTH
        x0 = {"start": x, "end": x - width, "middle": x - width / 2}[node.get("text-anchor", "")]
        boxes.append((x0, y - size * 0.95, x0 + width, y + size * 0.25, node.text or ""))
    return boxes


def test_network_of_fifty_actors_names_every_node(
        synthetic_files: dict[str, str], synthetic: Path) -> None:
    index = build_index(read_content(synthetic, synthetic.parent))
    nodes, edges = claim_graph(index)
    assert len(nodes) == 47  # of the 50 actors, 3 take part in no claim
    disputed = {n.name for n in nodes for e in edges if e.kind in ("denies", "disputes")
                and n.id in (e.source, e.target)}
    ranked = [n.name for n in sorted(nodes, key=lambda n: (-n.claims, n.name))]
    for svg in svgs(synthetic_files["index.md"]):
        _, _, width, height = (float(v) for v in svg.get("viewBox", "").split())
        circles = [(float(c.get("cx", 0)), float(c.get("cy", 0)), float(c.get("r", 0)))
                   for c in svg.iter(f"{SVG}circle")]
        assert len(circles) == 47
        assert all(r <= x <= width - r and r <= y <= height - r for x, y, r in circles)
        boxes = label_boxes(svg)
        tapped = label_boxes(svg, tap=True)
        always = disputed | set(ranked[:8 if "wide" in svg.get("class", "") else 6])
        shown = {b[4] for b in boxes}
        assert always <= shown  # the most cited and every party to a denial or dispute
        assert len(boxes) + len(tapped) == 47  # the others on hover, focus or tap
        assert shown.isdisjoint(b[4] for b in tapped)
        for a in boxes + tapped:
            assert a[0] >= 0 and a[2] <= width and a[1] >= 0 and a[3] <= height
        for i, a in enumerate(boxes):
            for b in boxes[i + 1:]:
                if a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]:
                    assert a[4] in always and b[4] in always  # only where both must show
        tips = [t.text or "" for a in svg.iter(f"{SVG}a") for t in a.iter(f"{SVG}title")]
        assert len(tips) == 47  # every node, labelled or not, names its actor in a tooltip


def test_pictures_are_the_same_on_every_build(synthetic: Path) -> None:
    first = generate(synthetic, SHOWN, root=synthetic.parent)
    second = generate(synthetic, SHOWN, root=synthetic.parent)
    for page in ("index.md", "timeline.md"):
        assert first[page] == second[page]


def test_one_story_draws_each_place_once_and_the_chart_once(tmp_path: Path) -> None:
    # ten briefings of one story report the same events: the chart does not grow with them,
    # and a timeline in parts draws it on its first part only
    from bench.story import generate_story
    from generator.build import generate

    generate_story(tmp_path, 10)
    one = svgs(generate(tmp_path / "content", root=tmp_path)["timeline.md"])
    generate_story(tmp_path / "one", 1)
    single = svgs(generate(tmp_path / "one" / "content", root=tmp_path / "one")["timeline.md"])
    assert len(one) == len(single) == 2  # the wide drawing and the phone's
    assert len(marks(one[0])) == len(marks(single[0]))
    def count(svg: ET.Element) -> list[int]:
        return [int(a.get("data-events") or 1) for a in marks(svg)]

    # sorted: "+39 more" is wider than "+3 more", so the rows are packed differently
    assert sorted(count(one[0])) == sorted(10 * n for n in count(single[0]))
    tips = [a.find(f"{SVG}title").text or "" for a in marks(one[0])]  # type: ignore[union-attr]
    assert all(tip.endswith(" — in 10 briefings") for tip in tips), tips
    # the same event reported by ten briefings is one event: "+N more" counts other events
    # (Putin's lane in September 2023 has four), never the reports of one
    for mark, its in zip(sorted(marks(one[0]), key=_first_words),
                         sorted(marks(single[0]), key=_first_words), strict=True):
        label = mark.find(f"{SVG}text")
        alone = its.find(f"{SVG}text")
        assert label is not None and alone is not None
        assert label.text == alone.text, (label.text, alone.text)


def _first_words(mark: ET.Element) -> tuple[str, str]:
    """A mark's lane colour and tooltip, the same in a story of one briefing and of ten."""
    shape = mark.find(f"{SVG}rect")
    if shape is None:
        shape = mark.find(f"{SVG}circle")
    tip = mark.find(f"{SVG}title")
    assert shape is not None and tip is not None
    return shape.get("fill", ""), (tip.text or "").split(" — ")[0]


def test_the_network_download_is_well_formed_xml_whatever_the_names_hold(project: Path) -> None:
    # data/network.svg is a file of its own: an XML parser refuses a control character or
    # U+FFFE anywhere in it, so an actor named with one made the whole download unreadable
    # ("not well-formed (invalid token)"); the pages' inline drawings are read as HTML
    actors = project / "content" / "actors.yaml"
    actors.write_text(actors.read_text(encoding="utf-8").replace(
        "name: Alba Ferrer", 'name: "Alba\\x02wzxhzdk:0\\x03 \\e[1m Fer\\uFFFErer\\x7f"'),
        encoding="utf-8")
    files = generate(project / "content", SHOWN, root=project)
    drawing = ET.fromstring(files["data/network.svg"].encode("utf-8"))
    names = [t.text for t in drawing.iter(f"{SVG}text")]
    assert "Albawzxhzdk:0 [1m Fer\ufffdrer" in names
    for page in ("actors/alba.md", "index.md"):
        assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe]",
                             "".join(re.findall(r"<svg .*?</svg>", files[page], re.S)))



def involvement_and_radius(svg: ET.Element) -> list[tuple[int, float]]:
    """Each node's claims made, about and stances (from its tooltip) and its drawn radius."""
    found = []
    for a in svg.iter(f"{SVG}a"):
        if "net-node" not in a.get("class", ""):
            continue
        tip = a.find(f"{SVG}title")
        circle = a.find(f"{SVG}circle")
        assert tip is not None and circle is not None
        counts = re.search(r": ([\d,]+) claims? made, ([\d,]+) about, ([\d,]+) stances?; "
                           r"([\d,]+) in all$", tip.text or "")
        assert counts, tip.text
        *parts, whole = (int(n.replace(",", "")) for n in counts.groups())
        assert sum(parts) == whole, tip.text
        found.append((whole, float(circle.get("r", 0))))
    return sorted(found)


def test_the_network_draws_the_more_involved_actor_larger_on_a_big_site(tmp_path: Path) -> None:
    # ten briefings of one story: Russia is in 240 claims, Vladimir Putin in 110, Kim Jong Un
    # in 50; with a size that stopped growing at 52 claims, the three were drawn alike and
    # the picture no longer said who is central
    from bench.story import generate_story

    generate_story(tmp_path, 10)
    for svg in svgs(generate(tmp_path / "content", root=tmp_path)["index.md"]):
        drawn = involvement_and_radius(svg)
        assert drawn[-1][0] >= 200  # a big site, past where the size used to stop growing
        for (fewer, smaller), (more, larger) in itertools.pairwise(drawn):
            assert fewer == more or smaller < larger, (fewer, smaller, more, larger)
        assert drawn[-1][1] <= 22.0


_PIECES = ["a", "Kim", "é", "<", "&", '"', " ", " ", " ", "\t", "\n", "\r", "\x00", "\x1f",
           "\x7f", "\x85", "\x9f", "\xa0", "\u2028", "\u200b", "\ufffe", "\uffff", "\ud800"]


@given(st.lists(st.sampled_from(_PIECES), max_size=8).map("".join))
@example("Kim  Jong Un")
@example(" Kim")
@example("Kim ")
@example("Kim\xa0Jong")
@settings(max_examples=3000, deadline=None)
def test_a_chart_value_returned_as_it_is_is_one_plain_xml_line(value: str) -> None:
    """`svg._xml` skips the work for a clean value: exactly when the full clean-up would
    change nothing (controls dropped, white space made single spaces, non-XML replaced)."""
    from generator.pages.markup import plain
    from generator.pictures import svg

    assert svg._xml(value) == svg._NOT_XML.sub("\ufffd", plain(value))


def _place_labels_by_every_sum(nodes, width, height, limit, always, avoid, font, lines):
    """place_labels as it was first written: every spot summed over every box and point."""
    from generator.pictures.network import (
        FAR,
        LINE_OFF,
        LINE_OFF_COST,
        NODE_COST,
        _area,
        _label_box,
        _nearer,
        _spots,
        text_width,
    )
    boxes = {n.id: (n.x - n.r, n.y - n.r, n.x + n.r, n.y + n.r) for n in nodes}
    placed, taken = {}, []
    ranked = sorted(nodes, key=lambda n: (-n.claims, n.name))
    order = [n for n in ranked if n.id in always] + [n for n in ranked if n.id not in always]
    for rank, node in enumerate(order):
        must = node.id in always
        if not must and rank >= limit + len(always):
            break
        best = None
        for spot, (x, y, anchor) in enumerate(_spots(node, font)):
            box = _label_box(node, x, y, anchor, font)
            if box[0] < 2 or box[2] > width - 2 or box[1] < 2 or box[3] > height - 2:
                continue
            covered = NODE_COST * sum(_area(box, b) for b in taken + [
                b for i, b in boxes.items() if i != node.id])
            covered += sum(400.0 for b in avoid if _area(box, b))
            covered += sum(8.0 for b in lines if _area(box, b))
            covered += NODE_COST * (spot >= FAR) * sum((b[2] - b[0]) ** 2 for b in _nearer(
                box, boxes[node.id], [b for i, b in boxes.items() if i != node.id]))
            covered += LINE_OFF_COST * (spot in LINE_OFF)
            if best is None or covered < best[0]:
                best = (covered, (x, y, anchor), box)
            if not covered:
                break
        if best is not None and (must or not best[0]):
            placed[node.id] = best[1]
            taken.append(best[2])
    assert text_width  # the same measure of a name as place_labels
    return placed


@pytest.mark.parametrize("seed", range(12))
def test_labels_are_placed_as_if_every_box_and_point_were_summed(seed):
    """place_labels looks only near each node (at 10,000 articles summing every box and
    point took most of the network's time); where it puts each name is unchanged."""
    import random

    from generator.pictures.network import Node, place_labels
    rng = random.Random(seed)
    size = rng.choice([120, 400, 900])
    nodes = [Node(f"a{i}", "Name " * rng.randint(1, 5), "person", rng.randint(1, 40),
                  x=rng.uniform(0, size), y=rng.uniform(0, size * 0.6), scale=rng.uniform(0.3, 1))
             for i in range(rng.randint(2, 60))]
    def points(count):
        return tuple((x - 2, y - 2, x + 2, y + 2) for x, y in
                     ((rng.uniform(0, size), rng.uniform(0, size * 0.6)) for _ in range(count)))
    avoid, lines = points(rng.randint(0, 300)), points(rng.randint(0, 3000))
    always = frozenset(n.id for n in nodes if rng.random() < 0.2)
    font = rng.choice([11.0, 13.0])
    got = place_labels(nodes, size, size * 0.6, 12, always, avoid, font, lines)
    assert got == _place_labels_by_every_sum(nodes, size, size * 0.6, 12, always, avoid, font,
                                             lines)
    assert got  # some names find a place


@pytest.mark.parametrize("claims, said", [
    ([3, 1, 1], "(from 1 to 3 here; Alba is in the most)"),
    # a tie at the top: "Zora is in the most" told a reader Zora alone was
    ([3, 3, 1], "(from 1 to 3 here; Alba and Zora are in the most)"),
    ([3, 3, 3, 1], "(from 1 to 3 here; 3 actors are in the most)"),
    # all alike: "2 each here; Zora is in the most" said two things at once
    ([2, 2], "(2 each here)"),
])
def test_the_network_caption_names_the_actors_in_the_most_claims_as_they_are(claims, said):
    from generator.pictures.network import Edge, Node, _sizes
    names = ["Alba", "Zora", "Mira", "Kell"]
    nodes = [Node(n.lower(), n, "person", c) for n, c in zip(names, claims, strict=False)]
    caption = _sizes(nodes, [Edge("alba", "zora", "about", 1)])
    assert caption.startswith("A node's size grows with the claims it makes, the claims about "
                              f"it and the stands it takes {said}; an arrow's width"), caption


@pytest.mark.parametrize(("parts", "ending"), [
    (1, "all listed below."),
    (2, "all listed below and in the part after this one."),
    (3, "all listed below and in the 2 parts after this one.")])
def test_the_timeline_captions_count_of_parts_reads_as_english(parts: int, ending: str) -> None:
    """A timeline in two parts said "in the 1 parts after this one" (review 15)."""
    from generator.pictures.timeline_chart import main_lanes, timeline_chart

    content = read_content(FIXTURE / "content", FIXTURE)
    index = build_index(content)
    chart = timeline_chart(index.timeline, main_lanes(index, index.timeline), content.actors,
                           "timeline.md", parts=parts)
    caption = re.search(r"<figcaption>(.*?)</figcaption>", str(chart), re.S)
    assert caption is not None
    assert " ".join(caption.group(1).split()).endswith(ending)


_REPORTED = ["Kim meets Putin", "Kim  meets Putin", "kim meets putin", "KIM MEETS PUTIN ",
             "Putin leaves", "\tPutin leaves", "Putin\xa0leaves", "Putin arrives"]


@given(st.lists(st.sampled_from(_REPORTED), min_size=1, max_size=30))
@settings(max_examples=300, deadline=None)
def test_a_mark_counts_an_event_reported_in_other_words_once_folding_each_text_once(
        texts: list[str]) -> None:
    """`_events`: the events of a mark whose words are the same (spacing and case aside) are
    one event reported by several briefings; each distinct text is folded once (a story of
    1,000 briefings put 1,000 copies of an event in one mark, each folded through a cache)."""
    from types import SimpleNamespace

    from generator.pictures import timeline_chart

    refs = [SimpleNamespace(event=SimpleNamespace(event=text)) for text in texts]
    mark = timeline_chart._Mark(refs[0], 0.0, 10.0, True, "", False,  # type: ignore[arg-type]
                                also=tuple(refs[1:]))
    folded: list[str] = []
    words = timeline_chart._words

    def counted(event: str) -> str:
        folded.append(event)
        return words(event)

    timeline_chart._words = counted  # type: ignore[assignment]
    try:
        count = timeline_chart._events(mark)
    finally:
        timeline_chart._words = words
    assert count == (len({" ".join(t.split()).casefold() for t in texts}) if len(texts) > 1
                     else 1)
    assert len(folded) == (len(set(texts)) if len(texts) > 1 else 0)
