"""Dates at the precision the text gives: ISO 8601 and a subset of EDTF.

Accepted: `2023`, `2023-09`, `2023-09-14`, an ISO week `2024-W24`, each optionally
followed by `?` (uncertain), `~` (approximate) or `%` (both); and intervals `A/B` where
either end may be open (`..`) or unknown (empty): `2024-06-15/2024-06-16`, `../2004`,
`2023-09/..`.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

# the month names the site shows, English as in the C locale: `calendar.month_name` formats
# a date anew at every look-up (and would follow a locale set by some other code)
_MONTHS = ("", "January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")

_POINT = re.compile(r"([0-9]{4})(?:-W([0-9]{2})|-([0-9]{2})(?:-([0-9]{2}))?)?([?~%]?)")
_PRECISION = {"year": 0, "month": 1, "week": 2, "day": 3}
_QUALIFIER = {"": "", "?": " (uncertain)", "~": "", "%": " (uncertain)"}


# The days a date in content can mean, the one rule for the check and the pages: years 1 to
# 9999, as Python's dates hold them. A week that would end past LAST ends on LAST; the
# timeline's axis keeps its margins within these days too.
FIRST, LAST = date.min, date.max


class DateError(ValueError):
    """A date that is not valid; the message says why, as a person reads it."""


@dataclass(frozen=True)
class Point:
    """One end of a date: a day, week, month or year, perhaps uncertain or approximate."""

    first: date
    last: date
    precision: str
    qualifier: str = ""

    def label(self) -> str:
        """How the site shows it: '2023', 'September 2023', '19 June 2024'."""
        if self.precision == "year":
            text = f"{self.first.year}"
        elif self.precision == "month":
            text = f"{_MONTHS[self.first.month]} {self.first.year}"
        elif self.precision == "week":
            text = f"week of {_day(self.first)}"
        else:
            text = _day(self.first)
        if self.qualifier in "~%" and self.qualifier:
            text = f"about {text}"
        return text + _QUALIFIER[self.qualifier]


@dataclass(frozen=True)
class EDate:
    """A date or interval as written, with its earliest and latest possible day."""

    text: str
    start: Point | None
    end: Point | None
    interval: bool = False

    @property
    def first(self) -> date:
        """The earliest day it can mean (FIRST for an open start)."""
        return self.start.first if self.start else FIRST

    @property
    def last(self) -> date:
        """The latest day it can mean (LAST for an open end)."""
        return self.end.last if self.end else LAST

    def sort_key(self) -> tuple[date, int, str]:
        """Earliest day first, then coarser before finer, then the text: a total order
        (worked out once: the site's timeline sorts every event on every build)."""
        key: tuple[date, int, str] | None = self.__dict__.get("_sort_key")
        if key is None:
            precision = _PRECISION[self.start.precision] if self.start else -1
            key = (self.first, precision, self.text)
            object.__setattr__(self, "_sort_key", key)  # not a field: eq and repr ignore it
        return key

    def label(self) -> str:
        """How the site shows it, never more precise than written (worked out once: a
        briefing's date is shown on every line that lists one of its entries)."""
        label: str | None = self.__dict__.get("_label")
        if label is None:
            label = self._label()
            object.__setattr__(self, "_label", label)  # not a field: eq and repr ignore it
        return label

    def _label(self) -> str:
        if not self.interval:
            assert self.start
            return self.start.label()
        if self.start is None:
            return f"{self.end.label()} or earlier" if self.end else "date unknown"
        if self.end is None:
            return f"since {self.start.label()}"
        return _span(self.start, self.end)

    @property
    def year(self) -> int | None:
        """The year it falls in, when that is one year."""
        return self.first.year if self.first.year == self.last.year else None


def parse_date(value: object) -> EDate:
    """Parse a date as written in content; raise DateError saying what is wrong."""
    text = str(value).strip()
    if "/" in text:
        left, _, right = text.partition("/")
        if "/" in right:
            raise DateError(_written_otherwise(text) or
                            f"'{text}' has more than one '/'; an interval is START/END")
        start = None if left in ("", "..") else _point(left)
        end = None if right in ("", "..") else _point(right)
        if start is None and end is None:
            raise DateError(f"'{text}' has neither a start nor an end")
        if start and end and end.last < start.first:
            raise DateError(f"'{text}' ends before it starts")
        return EDate(text, start, end, interval=True)
    point = _point(text)
    return EDate(text, point, point)


_DAY_MONTH_YEAR = re.compile(r"([0-9]{1,2})([/.-])([0-9]{1,2})\2([0-9]{4})")
_YEAR_MONTH_DAY = re.compile(r"([0-9]{4})([/.-])([0-9]{1,2})\2([0-9]{1,2})")
# "October 7, 2010", "7 October 2010", "Oct. 7th, 2010", "June 2024"
_ORDINAL = r"([0-9]{1,2})(?:st|nd|rd|th)?"
_IN_WORDS = re.compile(
    rf"(?:{_ORDINAL}\s+)?([A-Za-z]{{3,9}})\.?(?:\s+{_ORDINAL})?,?\s+([0-9]{{4}})", re.I
)


def reading(text: str) -> tuple[str, str] | None:
    """The form to write and the date it gives for a calendar date written another way: with
    slashes or dots ('29/01/2005', '07.10.2010', '2005/1/29'), without its zeros
    ('2010-10-7') or in words ('October 7, 2010', 'June 2024'): ('YYYY-MM-DD', '2005-01-29'),
    both readings when day and month could be either; None when it is not one (analyst7:
    slashes; analyst8: the others)."""
    readings: list[tuple[int, int, int | None]] = []
    if match := _YEAR_MONTH_DAY.fullmatch(text):
        readings = [(int(match[1]), int(match[3]), int(match[4]))]
    elif match := _DAY_MONTH_YEAR.fullmatch(text):
        first, second, year = int(match[1]), int(match[3]), int(match[4])
        readings = [(year, second, first), (year, first, second)]
    elif (match := _IN_WORDS.fullmatch(text)) and not (match[1] and match[3]):
        word = match[2].lower()
        months = [i for i, name in enumerate(_MONTHS) if i and name.lower().startswith(word)]
        if len(months) != 1:
            return None
        day = match[1] or match[3]
        readings = [(int(match[4]), months[0], int(day) if day else None)]
    found: list[str] = []
    for year, month, day in readings:
        try:
            iso = date(year, month, day or 1).isoformat()
        except ValueError:
            continue
        iso = iso if day else iso[:7]
        if iso not in found:
            found.append(iso)
    if not found:
        return None
    here = found[0] if len(found) == 1 else (
        f"{found[0]} if the day comes first or {found[1]} if the month does")
    return ("YYYY-MM-DD" if len(found[0]) == 10 else "YYYY-MM"), here


def _written_otherwise(text: str) -> str | None:
    """What to write for a calendar date written another way (`reading`), or None."""
    found = reading(text)
    if found is None:
        return None
    interval = " (a '/' separates the two ends of an interval, START/END)" if "/" in text else ""
    return f"'{text}' is not a date: write it {found[0]}, here {found[1]}{interval}"


def _point(text: str) -> Point:
    match = _POINT.fullmatch(text)
    if not match:
        raise DateError(
            _written_otherwise(text)
            or f"'{text}' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD "
            "(or an interval START/END, with '..' for an open end)"
        )
    year_s, week_s, month_s, day_s, qualifier = match.groups()
    year = int(year_s)
    if year < FIRST.year:
        raise DateError(f"'{text}' has year 0; years start at 1")
    if week_s:
        week = int(week_s)
        weeks = date(year, 12, 28).isocalendar()[1]
        if not 1 <= week <= weeks:
            raise DateError(f"'{text}' is not a date: {year} has weeks 1 to {weeks}")
        monday = date.fromisocalendar(year, week, 1)
        # the last week of 9999 ends in 10000, past what a date can hold
        sunday = monday + timedelta(days=6) if monday <= LAST - timedelta(days=6) else LAST
        return Point(monday, sunday, "week", qualifier)
    if month_s is None:
        return Point(date(year, 1, 1), date(year, 12, 31), "year", qualifier)
    month = int(month_s)
    if not 1 <= month <= 12:
        raise DateError(f"'{text}' is not a date: there is no month {month}")
    days = calendar.monthrange(year, month)[1]
    if day_s is None:
        return Point(date(year, month, 1), date(year, month, days), "month", qualifier)
    day = int(day_s)
    if not 1 <= day <= days:
        raise DateError(
            f"'{text}' is not a date: {_MONTHS[month]} {year} has {days} days"
        )
    return Point(date(year, month, day), date(year, month, day), "day", qualifier)


def _day(d: date) -> str:
    return f"{d.day} {_MONTHS[d.month]} {d.year}"


def _span(start: Point, end: Point) -> str:
    plain = not start.qualifier and not end.qualifier
    if plain and start.precision == end.precision == "day":
        a, b = start.first, end.first
        if (a.year, a.month) == (b.year, b.month):
            return f"{a.day}\u2013{b.day} {_MONTHS[a.month]} {a.year}"
        if a.year == b.year:
            return f"{a.day} {_MONTHS[a.month]} \u2013 {_day(b)}"
    return f"{start.label()} \u2013 {end.label()}"
