"""Date phrases read against the publication year or a year named before: seasons,
"January last year", "by the end of the year", "the following year"."""

from __future__ import annotations

import datetime as dt
import re

from .datepatterns import MONTHS

# meteorological seasons, northern hemisphere: first month, last month
_SEASONS = {
    "spring": (3, 5),
    "summer": (6, 8),
    "autumn": (9, 11),
    "fall": (9, 11),
    "winter": (12, 2),
}


def relative_value(kind: str, g: dict, pub: dt.date, future: str, before: str = "") -> str | None:
    """The ISO / EDTF value of a season, a month of last/this/next year, a year's end."""
    if kind == "month_year_rel":
        year = pub.year + {"last": -1, "this": 0, "next": 1}[g["which"].lower()]
        value = f"{year}-{MONTHS[g['month'].lower().rstrip('.')]:02d}"
        return f"{value}/.." if g["since"] else value
    if kind == "year_end":
        if g["later"]:  # "later this year": the rest of it
            return (
                f"{pub.year}-{pub.month:02d}/{pub.year}-12" if pub.month < 12 else f"{pub.year}-12"
            )
        return str(pub.year + (1 if (g["which"] or "").lower() == "next" else 0))
    if kind == "year_start":
        return _year_start(g, pub, future)
    if kind == "past_decade":
        if g["rel"].lower() in ("past", "last"):
            return f"{pub.year - 10}/{pub.year}"
        return f"{pub.year}/{pub.year + 10}"  # as "over the next ten years"
    if kind == "month_end":  # "by the end of the month": the month it ends
        month = pub.month + (1 if g["which"].lower() == "next" else 0)
        year = pub.year + (month - 1) // 12
        return f"{year}-{(month - 1) % 12 + 1:02d}"
    if kind == "season":
        return _season(g, pub, future)
    if kind == "quarter":
        owner = _YEARS_BEFORE.search(before)
        if owner and not g["year"] and not g["which"] and g["q"].lower() in _QUARTERS:
            # "last year's fourth quarter", "2007's third quarter": the quarter of that year
            shift = {"last": -1, "this": 0, "next": 1}.get((owner.group(1) or "").lower(), 0)
            named = owner.group(2) or str(pub.year + shift)
            return _quarter({**g, "year": named}, pub, future)
        return _quarter(g, pub, future)
    if kind == "half":
        return _half(g, pub, before)
    if kind == "mid_year":
        return f"{g['year']}-06/{g['year']}-07"
    if kind == "following_year":
        word = (g["dir"] or g["dir2"] or g["dir3"]).lower()
        step = "+1" if word in ("following", "later", "after") else "-1"
        return "~" + step if g["dir2"] else step  # "a year later": at the precision named
    return None


def _year_start(g: dict, pub: dt.date, future: str) -> str:
    """ "at the beginning of the year": the publication year (the next one when the clause is
    in the future tense late in the year); "since the start of the year": from its January."""
    which = g["which"].lower()
    year = pub.year + {"last": -1, "next": 1}.get(which, 0)
    if which == "the" and future and pub.month >= 9:
        year += 1
    return f"{year}-01/.." if (g["since"] or "").strip().lower() == "since" else str(year)


def _half(g: dict, pub: dt.date, before: str) -> str:
    """ "the first half of 2006"; "of the year": the year named before it in the sentence, else
    the publication year."""
    which = (g["which"] or "").lower()
    named = re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", before)
    if g["year"]:
        year = int(g["year"])
    elif which == "the" and named:
        year = int(named[-1])
    else:
        year = pub.year + {"last": -1, "next": 1}.get(which, 0)
    return f"{year}-01/{year}-06" if g["h"].lower() == "first" else f"{year}-07/{year}-12"


_QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4}
# "this quarter", "last quarter": quarters counted from publication's
_QUARTER_STEPS = {"this": 0, "current": 0, "next": 1, "last": -1, "previous": -1, "past": -1}


_YEARS_BEFORE = re.compile(r"(?:\b(last|this|next) year|\b((?:19|20)\d\d))(?:'s|’s) $", re.I)


def _quarter(g: dict, pub: dt.date, future: str) -> str | None:
    """ "the second quarter (of 2024)": its three months; with no year, the one the tense points
    to; "the previous quarter of 2008" (a step from publication's, with a year): no quarter."""
    step = _QUARTER_STEPS.get(g["q"].lower())
    if step is not None and not g["year"] and not g["which"]:
        return _quarter_from_publication(pub, step)
    if g["q"].lower() not in _QUARTERS:
        return None
    first = 3 * _QUARTERS[g["q"].lower()] - 2
    if g["year"]:
        year = int(g["year"])
    else:
        year = pub.year + {"last": -1, "next": 1}.get((g["which"] or "").lower(), 0)
        if not g["which"] and future and first + 2 < pub.month:
            year += 1
        elif not g["which"] and not future and first > pub.month:
            year -= 1
    return f"{year}-{first:02d}/{year}-{first + 2:02d}"


def quarter_before(pub: dt.date) -> str:
    """The quarter before the one publication falls in."""
    return _quarter_from_publication(pub, -1)


def _quarter_from_publication(pub: dt.date, step: int) -> str:
    """ "last quarter", "during the last quarter, which ended ...", "this quarter", "next quarter":
    the quarter before, of, or after the one publication falls in (not the year's fourth)."""
    index = pub.year * 4 + (pub.month - 1) // 3 + step
    year, first = index // 4, 3 * (index % 4) + 1
    return f"{year}-{first:02d}/{year}-{first + 2:02d}"


def _season(g: dict, pub: dt.date, future: str) -> str | None:
    first, last = _SEASONS[g["season"].lower()]
    rel = (g["rel"] or "").lower()
    if g["year"]:
        year = int(g["year"])
    elif rel == "this":
        year = _this_season_year(first, pub, future)
    else:
        # the season's start in the publication year; winter starts in December
        year = pub.year
        started = (pub.month >= first) if first != 12 else pub.month == 12
        if rel == "next" or (future and rel != "last" and not _inside(pub.month, first, last)):
            year = pub.year if not started else pub.year + 1
        elif rel == "last" and first != 12 and pub.month > last:
            year = pub.year  # "last summer" in December: this year's, now over
        elif rel == "last" or (not future and not started):
            year = pub.year - 1
        if first == 12 and pub.month <= 2 and rel not in ("next", "this"):
            year -= 1  # January's winter began the December before
    end_year = year + 1 if first == 12 else year
    value = f"{year}-{first:02d}/{end_year}-{last:02d}"
    return f"{year}-{first:02d}/.." if g["since"] else value


def _this_season_year(first: int, pub: dt.date, future: str) -> int:
    """ "this fall" in June is this year's fall, whatever the tense; "this winter" is the one
    under way in January, the one just over in a clause told in the past before September, else
    the next."""
    if first != 12:
        # "will be available this spring" in November: the coming spring, not the one over
        # (round 21)
        return pub.year + 1 if future and pub.month > first + 2 else pub.year
    if pub.month <= 2 or (pub.month <= 8 and not future):
        return pub.year - 1
    return pub.year


def _inside(month: int, first: int, last: int) -> bool:
    return first <= month <= last if first <= last else month >= first or month <= last


def following_years(found: list) -> list:
    """ "the following year" after "December 2022" in the same sentence is 2023; dropped when no
    year came before it. The marks ``dates._value`` leaves for dates counted from the one named
    before them in the sentence: "+N"/"-N" years ("two years later"), "~+1"/"~-1" a year at the
    precision named ("a year earlier", "the same month a year ago"), "^-1" the same but never
    from a day ("from a year ago"), "mN" months ("the previous month"), "<quarter" the quarter
    before; after "|", the value to take when nothing was named before."""
    out: list = []
    for mention in found:
        if mention.value.startswith(("~+1", "~-1", "^-1")):
            step, _, fallback = mention.value[1:].partition("|")
            # "^": a period's figures compared ("in May ... from a year ago"), never a day's
            after_a_day = bool(out) and re.fullmatch(r"\d{4}-\d\d-\d\d", out[-1].value)
            counted = None if mention.value[0] == "^" and after_a_day else _a_year_from(out, int(step))
            value = counted or fallback
            if not value:
                continue
            mention.value = value
        elif mention.value.startswith("<"):
            unit, _, fallback = mention.value[1:].partition("|")
            value = _the_one_before(out, unit) or fallback
            if not value:
                continue
            mention.value = value
        elif re.fullmatch(r"m[+-]\d+", mention.value):
            value = _months_from(out, int(mention.value[1:]))
            if value is None:
                continue
            mention.value = value
        elif re.fullmatch(r"[+-]\d+", mention.value):
            matches = [re.match(r"\d{4}", m.value) for m in out]
            years = [int(y.group(0)) for y in matches if y]
            if not years:
                continue
            mention.value = str(years[-1] + int(mention.value))
        out.append(mention)
    return out


def _a_year_from(out: list, step: int) -> str | None:
    """ "sales fell in May from a year earlier": a year before the month or day named last, at
    its precision (May of the year before); a year alone or a span, the year."""
    if not out:
        return None
    last = out[-1].value
    m = re.fullmatch(r"(\d{4})(-\d\d(?:-\d\d)?)?", last)
    if m and m.group(2) != "-02-29":
        return f"{int(m.group(1)) + step}{m.group(2) or ''}"
    # a quarter, a half, a span of months within one year: the same months a year away
    span = re.fullmatch(r"(\d{4})(-\d\d)/\1(-\d\d)", last)
    if span:
        year = int(span.group(1)) + step
        return f"{year}{span.group(2)}/{year}{span.group(3)}"
    years = [int(y.group(0)) for y in (re.match(r"\d{4}", o.value) for o in out) if y]
    return str(years[-1] + step) if years else None


def _months_from(out: list, step: int) -> str | None:
    """ "in March after falling the previous month", "the following month", "three months
    later": months from the month named last in the sentence (a day's month, or a month); else
    none."""
    if not out or not re.fullmatch(r"\d{4}-\d\d(?:-\d\d)?", out[-1].value):
        return None
    index = int(out[-1].value[:4]) * 12 + int(out[-1].value[5:7]) - 1 + step
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _the_one_before(out: list, unit: str) -> str | None:
    """ "the prior quarter": the quarter before the quarter named last in the sentence; else
    none."""
    if not out:
        return None
    last = out[-1].value
    quarter = re.fullmatch(r"(\d{4})-(01|04|07|10)/\1-(03|06|09|12)", last)
    if unit == "quarter" and quarter and int(quarter.group(3)) - int(quarter.group(2)) == 2:
        index = int(quarter.group(1)) * 4 + (int(quarter.group(2)) - 1) // 3 - 1
        year, first = index // 4, 3 * (index % 4) + 1
        return f"{year}-{first:02d}/{year}-{first + 2:02d}"
    return None


def neighbour_value(g: dict, base: dt.date) -> str:
    """ "the previous day", "the following week", "the day before", "a day after ...", read
    against ``base``: the last day the text named nearby, else the publication date."""
    unit = (g["unit"] or g["unit2"] or g["unit3"]).lower()
    word = (g["dir"] or g["dir2"] or g["dir3"]).lower()
    # "X came a day after Y did Z": Z is the day before the day in hand
    sign = -1 if word in ("previous", "before") or g["dir3"] else 1
    day = base + dt.timedelta(days=sign * (7 if unit == "week" else 1))
    if unit == "week":
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"
    return day.isoformat()
