"""The timeline chart: dated events as marks on a time axis, one lane per main actor.

A day is a dot, a month, year or interval a bar over the time it may mean; an uncertain or
approximate date is dashed, an open end fades out. Each mark carries a short label beside it
(right of the mark, or left where the plot ends), links to its entry on the briefing page and
names it whole in a tooltip; marks and labels are packed in rows so that none overlap.
The chart is inline SVG written here, at build time, twice: a wide drawing (lane names on the
left, 760 units, never drawn narrower than 900 px) and a narrow one for phones (each lane's
name above its rows, 360 units across, labels 12 units high), the stylesheet showing one.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from itertools import chain

from markupsafe import Markup

from ..content.dates import EDate
from ..content.gate import DRAFTED
from ..content.model import Actor, Event
from ..pages.index import EventRef, SiteIndex
from ..pages.lines import short, some_names
from ..pages.markup import closed
from ..pages.urls import relative_url
from .svg import CHAR_WIDTH, NOT_INDEXED, num, shorten, svg_open, tag, text, text_width
from .timescale import TimeScale, scale_over

WIDTH = 760.0
LABEL_RIGHT = 128.0
PLOT = (142.0, 748.0)
ROW = 15.0
BAR = 10.0
PAD = 6.0
AXIS = 44.0
MAX_LANES = 8
LABEL = 24  # characters of an event's short label
LABEL_FONT = 9.5
COLOURS = ("#0072b2", "#d55e00", "#009e73", "#cc79a7", "#b8860b", "#56b4e9", "#8c564b",
           "#6a3d9a")
OTHERS = "#6e6e6e"


@dataclass(frozen=True)
class Layout:
    """The drawing's geometry: the wide one beside a column, the narrow one on a phone."""

    width: float
    plot: tuple[float, float]  # where the time axis runs
    font: float  # of an event's label
    row: float  # height of one row of marks
    head: float  # room above a lane's rows for its name (0: the name left of the plot)
    css: str = ""  # the extra class of its <svg>
    widen: bool = False  # labels take the room their row leaves them (`_widen`)


WIDE = Layout(WIDTH, PLOT, LABEL_FONT, ROW, 0.0, widen=True)
# on a 390 px phone the column is 358 px: a unit a pixel, labels 12 px, no sideways scroll;
# the axis starts 16 units in, room for half a year under its first tick
NARROW = Layout(360.0, (16.0, 348.0), 12.0, 18.0, 17.0, "timeline-svg--narrow", True)


@dataclass(frozen=True)
class Lane:
    """One row band of the chart: a main actor's events, or everyone else's."""

    actor: str | None  # None for "Others"
    label: str


@dataclass(frozen=True)
class _Mark:
    ref: EventRef
    x0: float
    x1: float
    dot: bool
    fade: str  # "", "left" or "right"
    uncertain: bool
    label: str = ""
    left: bool = False  # the label on the left of the mark, where the plot ends on its right
    font: float = LABEL_FONT

    @property
    def span(self) -> tuple[float, float]:
        """What the mark and its label cover along the axis."""
        width = text_width(self.label, self.font) * 0.85 + 4 if self.label else 0
        return (self.x0 - width, self.x1) if self.left else (self.x0, self.x1 + width)
    also: tuple[EventRef, ...] = ()  # further events drawn at the same place in the lane
    events: int = 1  # how many events it stands for (`_events`, counted once, in `_labelled`)


def main_lanes(index: SiteIndex, refs: list[EventRef], limit: int = MAX_LANES) -> list[Lane]:
    """Lanes for the actors in most of these events (ties: most cited, then name), and Others."""
    counts: dict[str, int] = {}
    for ref in refs:
        for actor in dict.fromkeys(ref.event.actors):
            if actor in index.actors:
                counts[actor] = counts.get(actor, 0) + 1
    ranked = sorted(counts, key=lambda a: (-counts[a], -index.actors[a].citations,
                                           index.actors[a].actor.name))
    lanes = [Lane(a, closed(index.actors[a].actor.name)) for a in ranked[:limit]]
    chosen = {lane.actor for lane in lanes}
    if any(not chosen.intersection(ref.event.actors) for ref in refs):
        lanes.append(Lane(None, "Others"))
    return lanes


def _in_parts_after(parts: int) -> str:
    """The caption's end: where else the events of a "+3 more" are listed (one part, two, more;
    "in the 1 parts after this one" was review 15's)."""
    if parts <= 1:
        return "."
    return " and in the part after this one." if parts == 2 else (
        f" and in the {parts - 1} parts after this one.")


def timeline_chart(refs: list[EventRef], lanes: list[Lane], actors: dict[str, Actor], page: str,
                   directory_urls: bool = True, ident: str = "tl", parts: int = 1,
                   filtered: bool = False) -> Markup:
    """The chart as an inline <figure><svg>, linking from the page at docs path `page`: the
    wide drawing in a scrolling box, then the narrow one (`NARROW`) that a phone shows.
    `parts`: how many parts the page's list of events is in (the chart, on the first part,
    shows them all). `filtered`: each mark lists the ids of its events' actors
    (`data-actors`), which the timeline page's filter reads; an actor page, which has no
    filter, leaves them out (an event naming k actors is on k such pages)."""
    if not refs or not lanes:
        return Markup("")
    label = _label(refs, lanes)
    grouped = _group(refs, lanes)
    wide = _drawing(grouped, lanes, actors, page, directory_urls, ident, WIDE, label, filtered)
    narrow = _drawing(grouped, lanes, actors, page, directory_urls, f"{ident}n", NARROW, label,
                      filtered)
    caption = ("Each mark is a dated event and links to its entry: a dot for a day, a bar for "
               "the month, year or interval the date may mean; dashed when the date is "
               "uncertain or approximate, fading where it is open-ended. An event with several "
               "actors appears in each of their lanes; \"+3 more\" beside a mark counts the "
               "further events of that lane at the same date, all listed below"
               + _in_parts_after(parts))
    return Markup(f'<figure class="chart chart--timeline" id="{ident}-chart" {NOT_INDEXED}>\n'
                  f'<div class="chart-scroll">{wide}</div>\n'
                  f'<div class="chart-narrow">{narrow}</div>\n'
                  f"<figcaption>{text(caption)}</figcaption>\n</figure>")


def _drawing(grouped: _Grouped, lanes: list[Lane], actors: dict[str, Actor], page: str,
             directory_urls: bool, ident: str, layout: Layout, label: str,
             filtered: bool) -> str:
    """One <svg> of the chart, drawn to `layout`."""
    scale = scale_over([(*_span(d), n) for d, n in zip(grouped.dates, grouped.counts,
                                                       strict=True)], *layout.plot)
    rows = [_pack([_labelled(m, layout) for m in marks])
            for marks in _lane_marks(grouped, scale)]
    if layout.widen:
        rows = [[_widen(row, layout) for row in lane_rows] for lane_rows in rows]
    colours = [OTHERS if lane.actor is None else COLOURS[i % len(COLOURS)]
               for i, lane in enumerate(lanes)]
    body: list[str] = [_defs(ident, colours)]
    y = 4.0
    tops = []
    for i in range(len(lanes)):
        height = layout.head + PAD * 2 + layout.row * max(1, len(rows[i]))
        tops.append((y, height))
        y += height
    plot_bottom = y
    body.append(_grid(scale, tops, plot_bottom, layout.width))
    for i, (lane, lane_rows) in enumerate(zip(lanes, rows, strict=True)):
        top, height = tops[i]
        colour = colours[i]
        if layout.head:  # the name above the lane's rows, from its left edge
            body.append(_lane_label(lane, top + layout.head - 4, page, directory_urls,
                                    x=4.0, anchor="start"))
        else:
            body.append(_lane_label(lane, top + height / 2 + 4, page, directory_urls))
        for r, row in enumerate(lane_rows):
            cy = top + layout.head + PAD + layout.row * r + layout.row / 2
            body += [_draw(m, cy, colour, f"{ident}-{i}", actors, page, directory_urls,
                           filtered) for m in row]
    body.append(_axis(scale, plot_bottom, 11.0 if layout is WIDE else 12.0))
    height = plot_bottom + AXIS
    classes = " ".join(filter(None, ("chart-svg timeline-svg", layout.css)))
    return svg_open(classes, layout.width, height, label) + "".join(body) + "</svg>"


def _label(refs: list[EventRef], lanes: list[Lane]) -> str:
    """The chart's text alternative."""
    # each date once (dates are shared: validate keeps one per text), in the order of refs,
    # so that min and max pick the date of the same event as over the events
    dates = list({id(r.event.date): r.event.date for r in refs}.values())
    first = min(dates, key=EDate.sort_key)
    last = max(dates, key=EDate.sort_key)
    label = (f"Timeline chart of {len(refs)} dated event{'s' * (len(refs) != 1)}, from "
             f"{first.label()} to {last.label()}, in lanes for "
             f"{', '.join(lane.label for lane in lanes)}. The same events are listed as text "
             "below (on a long page, across its parts).")
    return label


@dataclass(frozen=True)
class _Grouped:
    """The events of a chart by lane and date, worked out once for both drawings."""

    dates: list[EDate]  # each date once, in the order of the events
    counts: list[int]  # how many events have each
    lanes: list[dict[int, list[tuple[int, EventRef]]]]  # a lane's events by date, numbered


def _group(refs: list[EventRef], lanes: list[Lane]) -> _Grouped:
    """Each lane's events by date (its index in `dates`), each with its place in `refs`: an
    event is in the lane of each actor of it that has one, else in "Others" (if there is
    such a lane). One pass over the events, whatever the number of drawings."""
    lane_of = {lane.actor: i for i, lane in enumerate(lanes) if lane.actor}
    others = next((i for i, lane in enumerate(lanes) if lane.actor is None), None)
    grouped = _Grouped([], [], [{} for _ in lanes])
    numbered: dict[int, int] = {}  # id(date) -> its index (dates are kept while drawing)
    lanes_of: dict[tuple[str, ...], set[int]] = {}  # an event's actors -> its lanes
    for n, ref in enumerate(refs):
        date = ref.event.date
        at = numbered.get(id(date))
        if at is None:
            at = numbered[id(date)] = len(grouped.dates)
            grouped.dates.append(date)
            grouped.counts.append(0)
        grouped.counts[at] += 1
        named = tuple(ref.event.actors)
        found = lanes_of.get(named)
        if found is None:
            found = lanes_of[named] = {lane_of[a] for a in named if a in lane_of}
            if not found and others is not None:
                found.add(others)
        for i in found:
            grouped.lanes[i].setdefault(at, []).append((n, ref))
    return grouped


def _lane_marks(grouped: _Grouped, scale: TimeScale) -> list[list[_Mark]]:
    """Each lane's marks, in the order of the events. The events of a lane drawn at the same
    place share one mark, the first one's (the others in `also`): briefings of one story
    report the same events, and a row per report would make the chart grow with their
    square. Each date's place is worked out once."""
    places = [_place(d, scale) for d in grouped.dates]
    out = []
    for lane in grouped.lanes:
        at: dict[_Place, list[list[tuple[int, EventRef]]]] = {}
        for which, events in lane.items():  # dates in the order of their first event
            at.setdefault(places[which], []).append(events)
        marks = []
        for place, runs in at.items():
            # dates drawn at one place: their events in the order of `refs`, as one
            same = [r for _, r in (runs[0] if len(runs) == 1 else heapq.merge(*runs))]
            marks.append(_Mark(same[0], *place, also=tuple(same[1:])))
        out.append(marks)
    return out


def _span(d: EDate) -> tuple[date, date]:
    """The days the axis must show for a date: an open end shows only its known side."""
    start = d.start or d.end
    end = d.end or d.start
    assert start is not None and end is not None
    return start.first, end.last


def _labelled(mark: _Mark, layout: Layout = WIDE) -> _Mark:
    """The mark with its label ("+3 more" after it when the mark stands for four events;
    one event reported by several briefings is one),
    placed left of it where it would run past the plot (worked out for each mark drawn,
    after the events drawn at one place were merged into one). Where neither side holds it
    (a long bar on the narrow drawing), it is cut to the roomier side rather than run off
    the drawing."""
    count = _events(mark)

    def label_of(limit: int) -> str:
        return _label_text(mark, count - 1, limit)

    def width_of(label: str) -> float:
        return text_width(label, layout.font) * 0.85 + 4

    label = label_of(LABEL)
    width = width_of(label)
    room = max(layout.plot[1] + 8 - mark.x1, mark.x0)
    limit = LABEL
    while width > room and limit > 8:
        limit -= 1
        label = label_of(limit)
        width = width_of(label)
    left = mark.x1 + width > layout.plot[1] + 8 and mark.x0 - width >= 0
    return replace(mark, label=label, left=left, events=count, font=layout.font)


def _label_text(mark: _Mark, others: int, limit: int) -> str:
    """A mark's label: its event cut to `limit` characters, "+3 more" after it when the mark
    stands for four events."""
    event = mark.ref.event
    label = ("\u26a0 " if event.status == DRAFTED else "") + shorten(event.event, limit)
    if others:  # one mark for several events: the label must not pass for one
        label += f" +{others} more"
    return label


def _widen(row: list[_Mark], layout: Layout) -> list[_Mark]:
    """The row with each label cut short (`LABEL` characters) given the room its row leaves
    it, up to its whole text: the phone's rows mostly hold one mark, and "Putin pays a two-day
    vi…" beside 300 empty units told a reader less than the chart had room for. Marks keep
    their places, and their sides but where the row leaves more room on the left, so the
    rows and the drawing's height stay as packed."""
    out: list[_Mark] = []
    for i, mark in enumerate(row):
        others = mark.events - 1
        event = " ".join(mark.ref.event.event.split())
        whole = _label_text(mark, others, len(event))
        if mark.label == whole:
            out.append(mark)
            continue
        if mark.left:
            room = mark.x0 - (out[-1].span[1] + 3 if out else 0.0)
        else:
            room = (row[i + 1].span[0] - 3 if i + 1 < len(row) else layout.plot[1] + 8) - mark.x1
        more = len(whole) - len(event)
        limit = _holds(room, layout, more)
        if limit > LABEL:
            mark = replace(mark, label=_label_text(mark, others, limit))
        # left of its mark, a label that moves there stays in the plot where the lane names
        # stand left of it (the wide drawing; the phone's are above their rows)
        free = mark.x0 - (out[-1].span[1] + 3 if out else 0.0 if layout.head else layout.plot[0])
        if not mark.left and _holds(free, layout, more) > max(limit, LABEL):
            # cut on the right beside a row free on its left ("A US statement says…" by 600
            # empty units): the label goes left of its mark where it says more there
            left = _label_text(mark, others, _holds(free, layout, more))
            if len(left) > len(mark.label):
                mark = replace(mark, label=left, left=True)
        out.append(mark)
    return out


def _holds(room: float, layout: Layout, more: int) -> int:
    """The characters of an event a label of `room` units holds, `more` characters (" +3
    more") besides (the width `_Mark.span` gives a label)."""
    return int((room - 4) / (layout.font * CHAR_WIDTH * 0.85)) - more


def _events(mark: _Mark) -> int:
    """How many events the mark stands for: entries of the same words (spacing and case
    aside) are one event reported by several briefings."""
    if not mark.also:
        return 1
    # each text once: the briefings of a story repeat their events' texts
    return len({_words(t) for t in {r.event.event for r in (mark.ref, *mark.also)}})


@lru_cache(maxsize=1 << 16)  # bounded: `mkdocs serve` runs for hours
def _words(event: str) -> str:
    """An event's words, spacing and case aside (once per text: a story's briefings repeat
    their events)."""
    return " ".join(event.split()).casefold()


def _briefings(mark: _Mark) -> int:
    """How many briefings report the events of the mark."""
    return len({r.article.slug for r in (mark.ref, *mark.also)}) if mark.also else 1


_Place = tuple[float, float, bool, str, bool]  # x0, x1, dot, fade, uncertain


def _place(d: EDate, scale: TimeScale) -> _Place:
    """Where a date's mark is drawn: from x0 to x1, a dot or a bar, which side fades out,
    whether it is dashed."""
    uncertain = any(p is not None and p.qualifier for p in (d.start, d.end))
    if d.start is None:
        assert d.end is not None
        return scale.left, scale.x(d.end.last, end=True), False, "left", uncertain
    if d.end is None:
        return scale.x(d.start.first), scale.right, False, "right", uncertain
    x0, x1 = scale.x(d.first), scale.x(d.last, end=True)
    dot = not d.interval and d.start.precision == "day"
    if dot or x1 - x0 < 6:
        mid = (x0 + x1) / 2
        x0, x1 = mid - 5, mid + 5
    return x0, x1, dot, "", uncertain


def _pack(marks: list[_Mark]) -> list[list[_Mark]]:
    rows: list[list[_Mark]] = []
    ends: list[float] = []
    for mark in sorted(marks, key=lambda m: (m.span[0], -m.x1, m.ref.article.slug,
                                             m.ref.event.id)):
        start, end_at = mark.span
        for i, end in enumerate(ends):
            if start >= end + 3:
                rows[i].append(mark)
                ends[i] = end_at
                break
        else:
            rows.append([mark])
            ends.append(end_at)
    return rows


def _defs(ident: str, colours: list[str]) -> str:
    out = []
    for i, colour in enumerate(colours):
        for side, stops in (("left", ((0, 0), (0.75, 1))), ("right", ((0.25, 1), (1, 0)))):
            body = "".join(tag("stop", offset=str(at), stop_color=colour, stop_opacity=str(op))
                           for at, op in stops)
            out.append(f'<linearGradient id="{ident}-{i}-{side}">{body}</linearGradient>')
    return "<defs>" + "".join(out) + "</defs>"


def _grid(scale: TimeScale, tops: list[tuple[float, float]], bottom: float,
          width: float = WIDTH) -> str:
    out = [tag("rect", class_="lane-band", x=0.0, y=top, width=width, height=height,
               fill="#000", fill_opacity="0.035")
           for i, (top, height) in enumerate(tops) if i % 2 == 0]
    for tick in scale.ticks():
        if tick.row == 0:
            out.append(tag("line", class_="grid", x1=tick.x, x2=tick.x, y1=4.0, y2=bottom,
                           stroke="#000", stroke_opacity="0.1"))
    for x in scale.breaks():
        out.append(tag("rect", class_="axis-break", x=x - 7, y=0.0, width=14.0,
                       height=bottom + 14, fill="#fff"))
    return "".join(out)


def _lane_label(lane: Lane, y: float, page: str, directory_urls: bool,
                x: float = LABEL_RIGHT, anchor: str = "end") -> str:
    shown = shorten(lane.label, 18 if anchor == "end" else 40)
    label = tag("text", text(shown), x=x, y=y, text_anchor=anchor,
                font_size="12", fill="currentColor", class_="lane-name")
    if lane.actor is None:
        return label
    href = relative_url(page, f"actors/{lane.actor}.md", directory_urls)
    return tag("a", tag("title", text(lane.label)) + label, href=href, class_="lane-label")


def _draw(mark: _Mark, cy: float, colour: str, gradient: str, actors: dict[str, Actor],
          page: str, directory_urls: bool, filtered: bool) -> str:
    ref = mark.ref
    event = ref.event
    count, reports = mark.events, _briefings(mark)
    if count > 1:  # each event (once, however many briefings report it), up to TIP_EVENTS
        said = list({_words(r.event.event): _said(r.event, actors)
                     for r in (ref, *mark.also)}.values())
        tip = (f"{event.date.label()}, {count} events: " + "; ".join(said[:TIP_EVENTS])
               + (f"; and {count - TIP_EVENTS} more" if count > TIP_EVENTS
                  else ""))
    else:
        tip = f"{event.date.label()}: {_said(event, actors)}"
    if reports > 1:
        tip += f" — in {reports} briefings"
    elif count == 1:
        tip += f" — {closed(short(ref.article.title))}"
    events = [r.event for r in (ref, *mark.also)]
    drafted = [e.status for e in events].count(DRAFTED)
    if drafted:  # as the pages mark them (lines.DRAFTED); only under `mkdocs serve`
        tip += (f" [{drafted} drafted · not reviewed]" if mark.also else
                " [drafted · not reviewed]")
    style: dict[str, object] = {"fill": colour}
    if mark.fade:
        style["fill"] = f"url(#{gradient}-{mark.fade})"
    if mark.uncertain:
        style.update(fill_opacity="0.35", stroke=colour, stroke_width="1.5",
                     stroke_dasharray="3 2")
    if mark.dot:
        shape = tag("circle", cx=(mark.x0 + mark.x1) / 2, cy=cy, r=4.5, **style)
    else:
        shape = tag("rect", x=mark.x0, y=cy - BAR / 2, width=mark.x1 - mark.x0, height=BAR,
                    rx=2.0, **style)
    href = relative_url(page, f"briefings/{ref.article.slug}.md#event-{event.id}",
                        directory_urls)
    if mark.label:
        shape += tag("text", text(mark.label), x=mark.x0 - 3 if mark.left else mark.x1 + 3,
                     y=cy + mark.font * 0.35, text_anchor="end" if mark.left else "start",
                     font_size=num(mark.font), fill="currentColor", class_="tl-label")
    return tag("a", tag("title", text(tip)) + shape, href=href, class_="tl-mark",
               data_actors=(" ".join(dict.fromkeys(chain.from_iterable(
                   e.actors for e in events))) or None) if filtered else None,
               data_events=str(len(mark.also) + 1) if mark.also else None,
               data_each=_each(mark, page, directory_urls) if filtered and mark.also else None)


def _each(mark: _Mark, page: str, directory_urls: bool) -> str:
    """The events of a mark for several, each once: its address and its actors' ids, "href
    id id|href id" (neither holds a space or a bar). The Timeline page's filter names, beside
    a mark it keeps, the first event of the actor chosen (the label names the first event of
    all, maybe of other actors)."""
    first: dict[str, EventRef] = {}
    for r in (mark.ref, *mark.also):
        first.setdefault(_words(r.event.event), r)
    return "|".join(" ".join((relative_url(page, f"briefings/{r.article.slug}.md#event-"
                                           f"{r.event.id}", directory_urls)
                              .replace(" ", "%20").replace("|", "%7C"), *r.event.actors))
                    for r in first.values())


TIP_EVENTS = 5  # the events of a "+n more" mark its tooltip names; the others are counted


def _said(event: Event, actors: dict[str, Actor]) -> str:
    """An event as a tooltip says it: what happened (who)."""
    # each value closes the direction overrides it opens (`closed`), not the tooltip's end;
    # a long text and many names are cut as on an actor page's line (`short`, `some_names`)
    names = some_names([actors[a].name if a in actors else a for a in event.actors])
    return closed(short(event.event)) + (f" ({names})" if names else "")


def _axis(scale: TimeScale, y: float, font: float = 11.0) -> str:
    out = [tag("line", x1=seg.x0, x2=seg.x1, y1=y, y2=y, stroke="currentColor",
               stroke_opacity="0.6") for seg in scale.segments]
    for tick in scale.ticks():
        if tick.row == 0:
            out.append(tag("line", x1=tick.x, x2=tick.x, y1=y, y2=y + 4, stroke="currentColor",
                           stroke_opacity="0.6"))
        out.append(tag("text", text(tick.label), x=tick.x, y=y + 16 + 14 * tick.row,
                       text_anchor="middle", font_size=num(font), fill="currentColor",
                       font_weight="bold" if tick.row else None))
    for x in scale.breaks():
        out.append(tag("path", d=f"M{num(x - 6)} {num(y + 5)}l4 -10M{num(x + 2)} {num(y + 5)}"
                                 "l4 -10", stroke="currentColor", fill="none"))
    return "".join(out)
