"""A time axis for the timeline chart: linear within stretches of dated events, with long
empty gaps between them cut out and marked as breaks, so that one event twenty years back
does not squeeze every other event into a corner."""

from __future__ import annotations

import calendar
import math
from dataclasses import dataclass
from datetime import date

from ..content.dates import FIRST, LAST

YEAR = 365.25
MIN_WIDTH = 64.0
MAX_SEGMENTS = 4
_FIRST, _END = FIRST.toordinal(), LAST.toordinal() + 1
_STEPS = (1, 3, 6, 12, 24, 60, 120, 240, 600, 1200)  # tick steps, in months


@dataclass(frozen=True)
class Segment:
    """A stretch of time drawn linearly between x0 and x1; days as ordinals, end exclusive."""

    start: float
    end: float
    x0: float
    x1: float

    def x(self, day: float) -> float:
        """Where a day falls within the segment."""
        return self.x0 + (day - self.start) / (self.end - self.start) * (self.x1 - self.x0)


@dataclass(frozen=True)
class Tick:
    """A mark on the axis: where, its label, and its row (0: months or years, 1: years)."""

    x: float
    label: str
    row: int = 0


@dataclass(frozen=True)
class TimeScale:
    """Maps days to x, across segments separated by breaks."""

    segments: tuple[Segment, ...]

    @property
    def left(self) -> float:
        """The x where the axis starts."""
        return self.segments[0].x0

    @property
    def right(self) -> float:
        """The x where the axis ends."""
        return self.segments[-1].x1

    def x(self, day: date, end: bool = False) -> float:
        """The x of a day's start (or of its end, with end=True)."""
        t = day.toordinal() + (1 if end else 0)
        for i, seg in enumerate(self.segments):
            if t <= seg.end or i == len(self.segments) - 1:
                return seg.x(max(t, seg.start)) if t >= seg.start or i == 0 else seg.x0
        raise AssertionError("unreachable")

    def breaks(self) -> list[float]:
        """The x of each cut-out gap, midway between two segments."""
        return [(a.x1 + b.x0) / 2 for a, b in zip(self.segments, self.segments[1:], strict=False)]

    def ticks(self) -> list[Tick]:
        """Month or year ticks for each segment, spaced so that their labels fit.

        With month ticks, a second row names the year at each January and at the start of
        each segment.
        """
        out: list[Tick] = []
        for n, seg in enumerate(self.segments):
            last_segment = n == len(self.segments) - 1
            per_month = (seg.x1 - seg.x0) / ((seg.end - seg.start) / 30.44)
            step = next((s for s in _STEPS if s * per_month >= 40), _STEPS[-1])
            first = date.fromordinal(math.ceil(seg.start))
            month = first.year * 12 + first.month - 1 + (first.day > 1)
            month += -month % step
            first_tick = True
            while (month // 12 <= LAST.year
                   and (day := date(month // 12, month % 12 + 1, 1)).toordinal() < seg.end):
                x = seg.x(day.toordinal())
                if not last_segment and x > seg.x1 - 12:
                    break  # a tick at the very end of a segment reads as part of the next
                if step >= 12:
                    out.append(Tick(x, str(day.year)))
                else:
                    out.append(Tick(x, calendar.month_abbr[day.month]))
                    if day.month == 1 or first_tick:
                        out.append(Tick(x, str(day.year), 1))
                first_tick = False
                month += step
        return out


def scale_over(spans: list[tuple[date, date, int]], x0: float, x1: float,
               gap: float = 28.0) -> TimeScale:
    """A scale over the days [first, last] of each span, from x0 to x1, each span given once
    with how many times it occurs (the distinct dates of a chart, not every event).

    Gaps longer than two years and than a quarter of the whole are cut out. Each segment
    gets a minimum width, and the rest of the room in proportion to how many spans it holds
    and how long it lasts, so that a lone event far back takes little room.
    """
    ranges = sorted((a.toordinal(), b.toordinal() + 1, n) for a, b, n in spans) or [
        (date(2000, 1, 1).toordinal(), date(2001, 1, 1).toordinal(), 1)]
    whole = max(e for _, e, _ in ranges) - ranges[0][0]
    limit = max(2 * YEAR, whole / 4)
    merged: list[list[float]] = []  # start, end, how many spans
    for start, end, n in ranges:
        if merged and start - merged[-1][1] <= limit:
            merged[-1][1] = max(merged[-1][1], end)
            merged[-1][2] += n
        else:
            merged.append([start, end, n])
    while len(merged) > MAX_SEGMENTS:
        i = min(range(len(merged) - 1), key=lambda j: merged[j + 1][0] - merged[j][1])
        a, b = merged[i], merged[i + 1]
        merged[i:i + 2] = [[a[0], max(a[1], b[1]), a[2] + b[2]]]
    room = (x1 - x0) - gap * (len(merged) - 1) - MIN_WIDTH * len(merged)
    days = sum(e - s for s, e, _ in merged)
    count = sum(held for _, _, held in merged)
    segments = []
    x = x0
    for first, last, held in merged:
        pad = max(12.0, (last - first) * 0.03)
        width = MIN_WIDTH + room * (0.25 * (last - first) / days + 0.75 * held / count)
        # the padding stays within the days a date can mean (dates.FIRST to dates.LAST)
        segments.append(Segment(max(first - pad, _FIRST), min(last + pad, _END), x, x + width))
        x += width + gap
    return TimeScale(tuple(segments))
