"""Find date expressions in a sentence and write them as ISO 8601 / EDTF against a publication date."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain

from .datepatterns import MONTHS, WEEKDAYS
from .datepatterns import PATTERNS as _PATTERNS
from .datepatterns import PATTERNS_BY_KIND as _PATTERNS_BY_KIND
from .datepatterns import SHORT_YEARS as _SHORT_YEARS
from .datepatterns import TIME as _TIME
from .lexicon import NUMBER_WORDS, VEHICLE_BRANDS, _words
from .prefilter import may_match, with_prefilters
from .relative import following_years, neighbour_value, quarter_before, relative_value
from .tense import (
    aside_in_past,
    clause_at,
    counterfactual,
    counterfactual_possible,
    explicit_future,
    past_form_in,
    present_clause,
    reported_future,
    reported_saying,
    saying_cues,
    saying_dated,
    tense_at,
    untensed_clause,
)


@dataclass
class DateMention:
    """A date expression found in a sentence and its ISO/EDTF value."""

    start: int
    end: int
    text: str
    value: str


_RELATIVE_KINDS = (
    "half",
    "month_year_rel",
    "year_start",
    "past_decade",
    "season",
    "year_end",
    "following_year",
    "quarter",
    "mid_year",
    "month_end",
)


_DECADE_WORDS = (
    "",
    "",
    "twenties",
    "thirties",
    "forties",
    "fifties",
    "sixties",
    "seventies",
    "eighties",
    "nineties",
)


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _number(word: str) -> int:
    word = word.lower()
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word, 0)


def _iso_week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _shift_month(day: dt.date, months: int) -> str:
    index = day.year * 12 + day.month - 1 + months
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _nearest_year(pub: dt.date, month: int, day: int) -> int:
    """The year that puts month and day nearest to publication, before or after it."""
    day = min(day, 28)
    return min(
        (pub.year - 1, pub.year, pub.year + 1),
        key=lambda y: abs((dt.date(y, month, day) - pub).days),
    )


def _month_year(month: int, pub: dt.date, rel: str, future: bool | str) -> int:
    rel = rel.strip().lower()
    if rel == "last":
        return pub.year if month < pub.month else pub.year - 1
    if rel == "next":
        return pub.year if month > pub.month else pub.year + 1
    if rel == "this":
        return pub.year
    if future == "near":  # the nearest one; six months ahead is ahead
        future = "future" if (month - pub.month) % 12 <= 6 else ""
    if future:
        return pub.year if month >= pub.month else pub.year + 1
    return pub.year if month <= pub.month else pub.year - 1


def _weekday(target: int, pub: dt.date, rel: str, future: str) -> dt.date:
    rel = rel.strip().lower()
    delta = (pub.weekday() - target) % 7
    if delta == 0:
        return pub + dt.timedelta(days={"last": -7, "next": 7}.get(rel, 0))
    if rel == "last" and delta == 1:
        return pub - dt.timedelta(days=8)  # "last Thursday" on a Friday: yesterday is "Thursday"
    if rel == "next" or (future and rel != "last"):
        return pub + dt.timedelta(days=7 - delta)
    return pub - dt.timedelta(days=delta)


def _value(
    kind: str,
    m: re.Match,
    pub: dt.date,
    future: str,
    anchor: dt.date | None = None,
    near: dt.date | None = None,
) -> str | None:
    g = m.groupdict()
    if _ahead_in_past(kind, m, future):
        return None
    if kind == "nine_eleven":
        return "2001-09-11"
    if kind in ("md_md_range", "dm_dm_range", "month_range") and _pair_not_span(g):
        return None  # "on Oct. 3 and May 5": two days, read one by one
    if kind in ("md_md_range", "dm_dm_range"):
        return _month_day_range(g, pub, future)
    if kind == "month_range":
        return _month_range(g, pub, future)
    if kind == "second_month":
        return _second_month(m, pub, future)
    if kind in ("month_adj", "month_possessive"):
        if g["month"] == "May":
            return None
        month = _month(g["month"])
        if kind == "month_possessive":
            future = ""  # "will report January's sales": a month's figures come after it
        return f"{_month_year(month, pub, '', future)}-{month:02d}"
    if kind == "year_range":
        return _year_range(g["y1"], g["y2"])
    if kind in ("short_year", "bare_short_year"):
        return _short_year(g["yy"], m, pub, bare=kind == "bare_short_year")
    if kind == "previous_period":  # with no quarter named before: the one before publication's
        unit = (g["unit"] or g["unit2"]).lower()
        if (g["dir"] or g["dir2"]).lower() in ("following", "after"):
            return "m+1" if unit == "month" else None
        if unit == "month":
            return "m-1"
        if _compared_with(m):
            return "<quarter"  # "rose 5% from the previous quarter": the base of the quarter reported
        return f"<quarter|{quarter_before(pub)}"
    if kind == "same_period":
        return _same_period(g, pub, m.group(0))
    if kind == "following_year" and g["dir3"] and not _YEAR_BEFORE.search(m.string, 0, m.start()):
        # "This is a decrease from the year before": no year named before it, a present clause
        if not present_clause(m.string, m.start(), m.end()):
            return None
        return str(pub.year + (1 if g["dir3"].lower() == "after" else -1))
    if kind == "season" and (_season_in_name(m) or _fall_or_spring_as_a_noun(m)):
        return None
    if kind == "weekday" and (_weekday_not_a_day(m) or _weekday_in_name(m)):
        return None
    if kind == "neighbour":
        if near is None and _ahead_of_an_unnamed_day(g):
            # only from a day named before it in the sentence (_from_the_day_named)
            return "d+1" if (g["unit"] or g["unit2"] or "").lower() == "day" else None
        if near is None and g["dir3"] and _told_in_past_around(m):
            # "A day after the strike began, the talks ended": the day before an event whose day
            # is not given; only from a day named before it in the sentence ("ended on Tuesday,
            # a day after the strike began"). In the present ("Strike destroys grain, a day
            # after Moscow rejected a truce") the event is the news of publication day.
            return "d-1"
        return neighbour_value(g, near or pub)
    if kind == "between_my":
        a = f"{g['y1']}-{_month(g['month']):02d}"
        b = f"{g['y2']}-{_month(g['month2']):02d}"
        return f"{a}/{b}" if a < b else None
    if kind == "dm_range" and _pair_not_span(g):
        return None
    if kind in ("md_range", "dm_range"):
        month, d1, d2 = _month(g["month"]), int(g["d1"]), int(g["d2"])
        if g["year"]:
            year = int(g["year"])
        elif future:
            year = pub.year if (month, d1) >= (pub.month, pub.day) else pub.year + 1
        else:
            year = pub.year if (month, d1) <= (pub.month, pub.day) else pub.year - 1
        first_day, last_day = _safe_date(year, month, d1), _safe_date(year, month, d2)
        if first_day and last_day and first_day < last_day:
            return f"{first_day}/{last_day}"
        return None
    if kind == "new_year":
        return str(pub.year + 1) if pub.month >= 9 else None
    if kind == "century":
        hundred = (int(g["n"]) - 1) * 100 if g["n"] else (pub.year // 100 - 1) * 100
        return f"{hundred}/{hundred + 99}"
    if kind == "short_decade":
        century = _century_of_short_decade(m)
        if century is None:
            return None
        named = _SHORT_DECADE_PART.search(m.string, max(0, m.start() - 7), m.start())
        part = named.group(1).lower() + " " if named else ""
        first, last = {"early ": (0, 3), "mid ": (4, 6), "late ": (7, 9)}.get(part, (0, 9))
        start = century + int(g["dd"])
        return f"{start + first}/{start + last}"
    if kind in ("decade", "decade_word"):
        start = int(g["decade"]) if kind == "decade" else 1900 + 10 * _DECADE_WORDS.index(g["word"])
        first, last = {"early ": (0, 3), "mid-": (4, 6), "mid ": (4, 6), "late ": (7, 9)}.get(
            g["part"] or "", (0, 9)
        )
        if g["since"]:
            return f"{start + first}/.."
        return f"{start + first}/{start + last}"
    if kind == "past_n":
        n, unit = _number(g["n"]), g["unit"].lower()
        if not n or m.string.startswith(" of ", m.end()):
            return None  # "over the last five months of her life": not counted from publication
        return _n_span(n, unit, pub, g["dir"].lower() in ("next", "coming"))
    if kind == "later":
        n, unit = _number(g["n"]), g["unit"].lower()
        if not n or _vague(g["n"]):
            return None
        if m.string.startswith(" than", m.end()):
            return None  # "three days later than planned": a delay, no day
        if g["dir"].lower() == "before" and re.match(r"\s+[\w$£€]", m.string[m.end() :]):
            return None  # "ten days before the beginning of the Hajj": counted from an event
        sign = -1 if g["dir"].lower() in ("earlier", "before") else 1
        if unit in ("year", "month"):
            # "in 2005 ... two years later": from the year (month) named before it in the sentence
            return _from_the_one_named(unit, sign * n)
        days = n * (7 if unit == "week" else 1)
        return f"@{sign * days}"  # counted from a day named before (_from_the_day_named)
    if kind == "same_day":
        if future and m.group(0).lower() == "that day":
            return "d+0"  # "nobody knows when that day will come": only a day of the sentence
        return "@0" if future else "@=0"  # "@=": told in the past, not a day ahead
    if kind == "in_the_week":  # "earlier in the week": the week of the day named nearby
        return _iso_week(near if near is not None and g["part"] else pub)
    if kind == "month_pair_period":
        return _month_range({**g, "year": None}, pub, future)
    if kind in ("between", "from_to"):
        return f"{g['y1']}/{g['y2']}" if g["y1"] < g["y2"] else None
    if kind in ("mdy", "dmy"):
        return _safe_date(int(g["year"]), _month(g["month"]), int(g["day"]))
    if kind == "iso":
        return _safe_date(int(g["year"]), int(g["mon"]), int(g["day"]))
    if kind == "since_my":
        return f"{g['year']}-{_month(g['month']):02d}/.."
    if kind == "my":
        return f"{g['year']}-{_month(g['month']):02d}"
    if kind == "dm" and g["year"]:
        return _safe_date(int(g["year"]), _month(g["month"]), int(g["day"]))
    if kind in ("quarter", "half") and _fiscal_period(m):
        return None
    if kind == "quarter" and _quarter_of_something_else(m):
        return None
    if kind == "part_year":
        return g["year"]
    if kind == "q_quarter":
        return _short_quarter(g, pub, future)
    if kind in _RELATIVE_KINDS:
        return relative_value(kind, g, pub, future, m.string[: m.start()])
    if kind == "holiday" and (_bare_holiday(g) or _holiday_naming_an_event(m)):
        return None
    if kind == "holiday":
        month, day = _HOLIDAYS[g["name"].replace("’", "'").lower()]
        rel = (g["rel"] or "").lower()
        return _day_of_year(month, day, rel if rel in ("last", "next", "since") else "", pub, future)
    if kind in ("md", "dm"):
        month, day, rel = _month(g["month"]), int(g["day"]), (g["rel"] or "").strip().lower()
        if not 1 <= day <= 31:
            return None
        if _day_naming_an_event(m):
            return "2001-09-11" if (month, day) == (9, 11) else None
        return _on_its_weekday(m, _day_of_year(month, day, rel, pub, future), pub)
    if kind == "month":
        rel = g["rel"].lower().rstrip("-")
        if (
            g["month"] == "May"
            and rel in ("in", "by", "of", "until", "through", "from")
            and _modal_may(m)
        ):
            return None
        if g["month"] == "May" and rel in ("for", "end"):
            return None  # "voted for May", "support for May": as often a person as the month
        month = _month(g["month"])
        if rel == "since":
            future = ""  # "since September" is the last one, whatever the tense
        year = _month_year(month, pub, rel if rel in ("last", "next", "this") else "", future)
        value = f"{year}-{month:02d}"
        return f"{value}/.." if rel == "since" else value
    if kind == "rel" and g["since"]:
        again = _PATTERNS_BY_KIND["rel"].match(m.group(0)[len(g["since"]) :])
        since = _value("rel", again, pub, future) if again else None
        return f"{since}/.." if since and "/" not in since else None
    if kind == "rel":
        rel, unit = g["rel"].lower(), g["unit"].lower()
        if rel == "past" and unit in ("year", "month", "week") and _THE_BEFORE.search(
            m.string, max(0, m.start() - 5), m.start()
        ):
            # "have fallen 90 percent in the past year": the twelve months up to publication,
            # not the last calendar year (as "the past two years" is)
            return _n_span(1, unit, pub, False)
        step = {"last": -1, "past": -1, "this": 0, "next": 1}[rel]
        if unit == "year":
            return f"{pub.year + step}"
        if unit == "month":
            return _shift_month(pub, step)
        if unit == "week":
            return _iso_week(pub + dt.timedelta(days=7 * step))
        if unit == "weekend":
            return _weekend(pub, future=step > 0 or (step == 0 and future))
        return None
    if kind == "weekend":
        return _weekend(pub, future)
    if kind == "day_word" and _day_word_not_a_day(m):
        return None
    if kind == "day_word":
        word = g["word"].lower()
        if word == "today" and (not _dated_today(m) or _today_as_nowadays(m)):
            return None
        if near is not None and near <= pub and word in ("earlier in the day", "later in the day"):
            return near.isoformat()  # the day of the story's own event, named nearby
        if near is not None and future and word in ("earlier in the day", "later in the day"):
            # after a day ahead, told ahead ("The union will vote on Thursday. Results will
            # follow later in the day."): that day, not publication day
            return near.isoformat()
        # "The talks broke down last night": the evening before publication (round 27)
        offset = {"yesterday": -1, "last night": -1, "tomorrow": 1}.get(word, 0)
        return (pub + dt.timedelta(days=offset)).isoformat()
    if kind == "weekday" and _story_weekday(m):
        return _weekday_from_story_day(m, near)
    if kind == "weekday":
        rel = (g["rel"] or "").strip().lower()
        if rel in ("past", "this past"):  # "this past Friday": the last one, whatever the tense
            return _weekday(WEEKDAYS[g["weekday"].lower()], pub, "", "").isoformat()
        return _weekday(WEEKDAYS[g["weekday"].lower()], pub, g["rel"] or "", future).isoformat()
    if kind == "ago":
        n, unit = _number(g["n"]), g["unit"].lower()
        if not n:
            return None
        if _vague(g["n"]):
            return _some_time_before(pub, unit)
        if g["this"]:
            return _anniversary(n, unit, g["this"].lower(), pub)
        if n == 1 and unit == "year" and not g["more"] and _compared_with(m):
            return f"^-1|{pub.year - 1}"  # "fell in May from a year ago": May a year before
        if g["more"] and unit in ("year", "decade"):
            return f"../{pub.year - n * (10 if unit == 'decade' else 1)}"  # "more than 60 years ago"
        if unit == "year":
            return f"{pub.year - n}"
        if unit == "decade":
            return f"{pub.year - 10 * n}"
        if unit == "month":
            return _shift_month(pub, -n)
        if unit == "week":
            return _iso_week(pub - dt.timedelta(weeks=n))
        return (pub - dt.timedelta(days=n)).isoformat()
    if kind == "more_than":
        n = _number(g["n"]) * (10 if g["unit"].lower() == "decade" else 1)
        return f"../{pub.year - n}" if n else None
    if kind == "since_year":
        return f"{g['year']}/.."
    if kind == "year":
        year = int(g["year"])
        return str(year) if 1900 <= year <= pub.year + 50 else None
    return None


_EVENT_NOUNS = r"(?:action|actions|announcement|decision|meeting|designation|designations|sanctions|statement|event|visit|talks|summit|vote|release|hearing|speech|remarks|briefing|call|launch|attack|strike|ruling|report)"


_YEAR_BEFORE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _ahead_of_an_unnamed_day(g: dict) -> bool:
    """ "the next day", "the following week" with no day named nearby: counted from a moment of
    the story the text does not give here (from publication it would be "tomorrow"); no date.
    ("the previous day" with no day nearby still counts back from publication.)"""
    word = (g["dir"] or g["dir2"] or "").lower()
    return word in ("next", "following", "after")


def _told_in_past_around(m: re.Match) -> bool:
    """Whether the clause that "a day after ..." hangs on is told in the past: the words before
    the phrase, or after the comma that ends it when it opens the sentence."""
    main = m.string[: m.start()]
    if not re.search(r"[A-Za-z]{2,}", main):
        comma = m.string.find(",", m.end())
        main = m.string[comma + 1 :] if comma >= 0 else ""
    return not main.strip() or past_form_in(main)


_FISCAL_BEFORE = re.compile(r"\b(?:fiscal|financial|FY)[- ]?(?:(?:19|20)\d\d[- ])?$", re.I)
_FISCAL_AFTER = re.compile(
    r" of (?:the |its |their |this |last |next )?(?:fiscal|financial|FY)\b", re.I
)


def _fiscal_period(m: re.Match) -> bool:
    """ "its fiscal fourth quarter", "the first quarter of fiscal 2009", "the second half of its
    financial year": a company's or a government's year often starts in another month than
    January, so the calendar months would be a wrong date; no date."""
    return bool(
        _FISCAL_BEFORE.search(m.string, max(0, m.start() - 16), m.start())
        or _FISCAL_AFTER.match(m.string, m.end())
    )


# a period that comes back every year, told by what it does in a month: "GM's fiscal year
# ends in December" (not "the 2008 model year", one such year)
_RECURRING_PERIOD = re.compile(
    r"(?<![\d-] )(?<![\d-])\b(?:fiscal|financial|tax|budget|school|academic|model|business)[- ]years?\s+"
    r"(?:(?:always|usually|normally|typically)\s+)?(?:ends?|begins?|starts?|runs?|closes?)\s+"
    r"(?:at the end of\s+)?$",  # the match holds its own "in"
    re.I,
)


def _recurring_period_month(m: re.Match) -> bool:
    return _RECURRING_PERIOD.search(m.string, max(0, m.start() - 60), m.start()) is not None


# a state told in the present, as a figure for a month just over is: "Unemployment is 5.5
# percent in May" (no verb of a schedule: "the strike ends in May"); a figure, since "The
# vote is in March" told in April is a schedule, the coming March, not the last (review24)
_STATE_IN_PRESENT = re.compile(
    r"\b(?:is|are)\b(?=[^.;]*?\d(?:[\d.,]*\d)?\s*"
    r"(?:%|(?:percent|per cent|points?|million|billion|trillion)\b))"
)


def _past_month_in_present(m: re.Match, published: dt.date) -> bool:
    """A month before publication's in a clause told in the present, other than a state of the
    month just over ("Unemployment is 5.5 percent in May" told in June) or "the end of
    August" (the noun "end", no verb): no date, since the present tells of a schedule ahead
    or a habit, and the last such month would be a guess (round 28)."""
    month = _month(m.group("month"))
    if month >= published.month or m.group("rel").lower().rstrip("-") == "of":
        return False
    clause = clause_at(m.string, m.start(), m.end())
    return not (month == published.month - 1 and _STATE_IN_PRESENT.search(clause))


def _month_in_present(m: re.Match) -> bool:
    """ "The 2008 model year ends in September", "the fair opens in late March": a month in a
    clause told in the present, with no past form, is this month or a coming one (the present
    tells of a schedule, or, in a headline, of something just done), never a past one."""
    if m.group("rel").lower().rstrip("-") not in ("in", "during", "early", "late", "mid", "of"):
        return False
    return present_clause(m.string, m.start(), m.end())


_OF_A_YEAR = re.compile(r" of (?:the |this |last |next )?(?:year|(?:19|20)\d\d)\b")
_GAME_WORDS = re.compile(
    r"\b(?:touchdowns?|field goals?|three-pointers?|free throws?|half-?time|overtime|scored|"
    r"scoring|quarterback|rebounds|innings?)\b",
    re.I,
)


def _quarter_of_something_else(m: re.Match) -> bool:
    """ "the first quarter of the game", "the last quarter of the 20th century", "scored in the
    fourth quarter": a quarter of something other than a year is no date."""
    if m.string.startswith(" of ", m.end()) and not _OF_A_YEAR.match(m.string, m.end()):
        return True
    if _IN_A_ROW.match(m.string, m.end()):
        return True  # "for the third quarter in a row": a count of quarters, no date
    return _GAME_WORDS.search(m.string) is not None


_IN_A_ROW = re.compile(r" (?:in a row|running|straight|in succession)\b")


# nouns of things counted: "about 2000 people", "2010 miles" (a year is not followed by them)
_COUNTED_AFTER = re.compile(
    r" (?:people|persons|workers|jobs|employees|staff|troops|soldiers|police|officers|"
    r"protesters|demonstrators|residents|members|passengers|students|children|"
    r"families|households|homes|houses|deaths|cases|patients|refugees|cars|vehicles|units|"
    r"copies|miles|kilometres|kilometers|km|metres|meters|feet|acres|hectares|tonnes|tons|"
    r"barrels|points|dollars|euros|pounds|yen|yuan|rupees|shares|signatures|calories|"
    # a time of day on the 24-hour clock: "at 1900 GMT", "2000 local time"
    r"GMT|UTC|local time|hours|hrs|EST|EDT|CET|CEST|BST|IST|JST|"
    # a year before the common era is no year of the calendar the drafter writes
    r"BC|BCE|B\.C\.)(?![\w])"
)
# the words before a year: "in 2000 people were moved" is a year
_YEAR_WORD_BEFORE = re.compile(
    r"(?:\b(?:in|since|by|until|of|from|during|to|before|after|early|late|circa|c\.)|mid-) ?$",
    re.I,
)
# labels numbered like years: "Flight 1907", "Resolution 1973", "Room 2010"
_NUMBER_LABEL_BEFORE = re.compile(
    r"\b(?:Flight|Room|Route|Highway|Interstate|Resolution|No\.|Number|number|Suite|Gate|"
    r"Section|Article|Chapter|Bus|Platform|Pier|Exit|Form|Bill|Item|Case|Local) $"
)


def _after_a_name(m: re.Match) -> bool:
    """ "Audi Q3", "the Nikon 1H": a code right after a capitalised word (not opening the
    sentence) is part of a name."""
    before = m.string[max(0, m.start() - 20) : m.start()]
    word = re.search(r"([A-Za-z][\w-]*)\s$", before)
    return word is not None and word.group(1)[0].isupper() and before.strip() != word.group(1)


def _count_not_a_year(m: re.Match) -> bool:
    """ "about 2000 people", "flew 2010 miles", "the 1999 protesters": a number before the noun of
    things counted is a count, not a year (unless a word that leads a year comes before it);
    "in 2000 BC" is no year of this calendar either."""
    after = _COUNTED_AFTER.match(m.string, m.end())
    if not after:
        return False
    if after.group(0).startswith(" B"):
        return True
    return not _YEAR_WORD_BEFORE.search(m.string, max(0, m.start() - 8), m.start())


_BRANDS = "|".join(sorted(VEHICLE_BRANDS, key=len, reverse=True))
# a model's year: "2011 models", "2010 model-year cars", "a 2008 Chevrolet Malibu", "the
# 2010 Camaro" told of a carmaker (round 27: dated as events); "the 2008 model year" alone is
# a period of the industry's calendar and stays a date (gma's gold dates it so)
_MODEL_AFTER = re.compile(r"[ -](?:models?(?![ -]years?\b)|model[ -]years?[ -](?:cars?|vehicles?|models?))\b")
_BRAND_AFTER = re.compile(rf" (?:{_BRANDS})\b")
_MODEL_NAME_AFTER = re.compile(r" [A-Z][a-z]+[A-Za-z]*(?![\w’'-])(?! [A-Z])")
_CARMAKER_IN = re.compile(
    rf"\b(?:{_BRANDS}|GM|General Motors|carmakers?|automakers?|car|cars|vehicles?|dealers?|"
    r"dealerships?|sedans?|coupes?|pickups?|SUVs?|recall(?:s|ed)?)\b"
)
# the things a year names the date of: "the 2008 Budget", "the 2010 Olympics"
_DATED_THINGS = _words(
    """Budget Olympics Games Cup Census Election Elections Act Plan Report Survey Show Summit
    Conference Championship Championships Season Expo Festival Awards Tour Series Review"""
)
_A_MODEL_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|new)\s$")


def _model_year(m: re.Match) -> bool:
    """ "the 2011 models", "2010 model-year cars", "a 2008 Chevrolet Malibu", "the 2010 Camaro"
    in a sentence about a carmaker or cars: a model's year is no event's date. Not "the 2008
    Olympics" (no carmaker or car in the sentence), "in 2010 Ford sold" (no article before)."""
    if _MODEL_AFTER.match(m.string, m.end()):
        return True
    if _BRAND_AFTER.match(m.string, m.end()):
        # "in 2010 Ford sold more cars": a year, a word that leads one before it
        return not _YEAR_WORD_BEFORE.search(m.string, max(0, m.start() - 8), m.start())
    name = _MODEL_NAME_AFTER.match(m.string, m.end())
    return (
        name is not None
        and name.group(0).strip() not in _DATED_THINGS
        and _A_MODEL_BEFORE.search(m.string, max(0, m.start() - 7), m.start()) is not None
        and _CARMAKER_IN.search(m.string) is not None
    )


def _number_not_a_year(m: re.Match) -> bool:
    """ "Flight 1907", "Resolution 1973", "Room 2010": a label's number is no year."""
    return _NUMBER_LABEL_BEFORE.search(m.string, max(0, m.start() - 12), m.start()) is not None


# a holiday's name -> its month and day
_HOLIDAYS = {
    "christmas": (12, 25),
    "christmas day": (12, 25),
    "christmas eve": (12, 24),
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
    "valentine's day": (2, 14),
    "boxing day": (12, 26),
    "fourth of july": (7, 4),
    "bastille day": (7, 14),
    "anzac day": (4, 25),
    "waitangi day": (2, 6),
    "halloween": (10, 31),
}


def _bare_holiday(g: dict) -> bool:
    """ "the Christmas and New Year sales period", "Halloween parade": "Christmas" or "Halloween"
    alone is a day only after a preposition ("on", "before", "since" ...), else a season or a
    name."""
    rel = (g["rel"] or "").lower()
    return " " not in g["name"] and rel not in ("on", "by", "until", "since", "before", "after")


def _holiday_naming_an_event(m: re.Match) -> bool:
    """ "the Christmas Day tsunami of 2004", "the Boxing Day sales": a holiday before a noun, after
    a bare "the", names an event or a custom of some year, not a day counted from publication
    ("the 2004 Boxing Day tsunami" gets its year from the year before it)."""
    return (
        not m.group("rel")
        and m.string[max(0, m.start() - 4) : m.start()].lower() == "the "
        and re.match(r" [a-z]", m.string[m.end() :]) is not None
    )


_WEEKDAY_BEFORE = re.compile(
    r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+(?:the\s+)?$"
)


def _on_its_weekday(m: re.Match, value: str | None, pub: dt.date) -> str | None:
    """ "on Thursday, Feb. 26": the year whose Feb. 26 is a Thursday, of the one the tense
    gave and the years either side of it nearer publication than it (round 27: "GM will
    release results on Thursday, Feb. 26" told in June was 2010's Feb. 26, a Friday). A
    weekday never moves a date further away: "on Wednesday, March 3" told on 28 Feb 2009 (a
    Tuesday then) is a slip, not 2010 (review22)."""
    weekday = _WEEKDAY_BEFORE.search(m.string, max(0, m.start() - 14), m.start())
    if weekday is None or value is None or len(value) != 10:
        return value
    want = WEEKDAYS[weekday.group(1).lower()]
    day = dt.date.fromisoformat(value)
    if day.weekday() == want:
        return value
    for year in sorted((day.year - 1, day.year + 1), key=lambda y: abs(y - pub.year)):
        other = _safe_date(year, day.month, day.day)
        moved = other and dt.date.fromisoformat(other)
        if moved and moved.weekday() == want and abs(moved - pub) < abs(day - pub):
            return other
    return value  # no year near fits: the date as written wins (test_dates: "Tuesday 3 March")


def _day_of_year(month: int, day: int, rel: str, pub: dt.date, future: str) -> str | None:
    """A month and day with no year, in the year the tense points to: the last one for the
    past (and after "since"), the next one for a future, the nearest one for a future seen
    from the past or a clause with no tense."""
    if rel == "last":
        year = pub.year if (month, day) < (pub.month, pub.day) else pub.year - 1
    elif rel == "since":  # "has risen since December 25": the last one, whatever the tense
        year = pub.year if (month, day) <= (pub.month, pub.day) else pub.year - 1
    elif future == "near" and rel != "next":
        year = _nearest_year(pub, month, day)
    elif rel == "next" or future:
        year = pub.year if (month, day) >= (pub.month, pub.day) else pub.year + 1
    else:
        year = pub.year if (month, day) <= (pub.month, pub.day) else pub.year - 1
    value = _safe_date(year, month, day)
    return f"{value}/.." if value and rel == "since" else value



_EVENT_NAMED_AFTER = re.compile(
    r" (?:attacks|bombings|massacre|uprising|revolution|Revolution|crackdown|riots|coup|killings|"
    r"incident|Incident|Movement)\b"
)


def _day_naming_an_event(m: re.Match) -> bool:
    """ "the September 11 attacks", "the July 7 bombings", "the June 4 crackdown", "the April 6
    Youth Movement": a day with no year that names a past event of any year is no day counted
    from publication ("September 11" alone keeps its well-known year)."""
    if m.groupdict().get("year") or m.string[max(0, m.start() - 4) : m.start()].lower() != "the ":
        return False
    return _EVENT_NAMED_AFTER.match(m.string, m.end()) is not None or bool(
        re.match(r" [A-Z][a-z]+ Movement\b", m.string[m.end() :])
    )


def _anniversary(n: int, unit: str, this: str, pub: dt.date) -> str | None:
    """ "founded 50 years ago this month", "opened 100 years ago today": the same month or day,
    n years back (one date, not the year and this month apart)."""
    if unit not in ("year", "decade"):
        return None
    year = pub.year - n * (10 if unit == "decade" else 1)
    if this == "this month":
        return f"{year}-{pub.month:02d}"
    if this == "today":
        return _safe_date(year, pub.month, pub.day if (pub.month, pub.day) != (2, 29) else 28)
    return _iso_week(dt.date(year, pub.month, min(pub.day, 28)))


_QUARTER_WORDS = {"1": "first", "2": "second", "3": "third", "4": "fourth"}


def _short_quarter(g: dict, pub: dt.date, future: str) -> str | None:
    """ "in Q3", "Q1 2008", "3Q results": a quarter (read as "the third quarter"); "H1 2008",
    "1H": a half. Not after a name ("Audi Q3")."""
    if g["h"] or g["h2"]:
        year = int(g["year"]) if g["year"] else pub.year
        return f"{year}-01/{year}-06" if (g["h"] or g["h2"]) == "1" else f"{year}-07/{year}-12"
    q = _QUARTER_WORDS[g["qn"] or g["qn2"]]
    return relative_value("quarter", {"q": q, "year": g["year"], "which": None}, pub, future)


def _vague(n: str) -> bool:
    """ "several", "a few": a count the text does not give."""
    return n.lower() in ("several", "a few", "few")


def _some_time_before(pub: dt.date, unit: str) -> str:
    """ "a few months ago", "several years ago": some time before publication, at the unit's
    precision (an open interval; the count is not given)."""
    if unit in ("year", "decade"):
        return f"../{pub.year}"
    if unit == "month":
        return f"../{pub.year}-{pub.month:02d}"
    return f"../{pub.isoformat()}"


def _short_year(yy: str, m: re.Match, pub: dt.date, bare: bool) -> str | None:
    """ "'98", and "Reagan in 80 and 84," where the sentence also names a year in full: the
    nearest such year not later than a few years after publication."""
    if bare and not _YEAR_BEFORE.search(m.string):
        return None
    year = 2000 + int(yy)
    if year > pub.year + 5:
        year -= 100
    return str(year)


def _short_year_place(m: re.Match, kind: str) -> bool:
    """ "'98" after a space or "(", "80" after "in " or "in 80 and "."""
    before = m.string[max(0, m.start() - 12) : m.start()]
    if kind == "bare_short_year" and m.group(0).startswith(" and"):
        return bool(_BARE_SHORT_BEFORE.search(before))  # "in 80 and 84": after "in NN"
    return not before or before[-1].isspace() or before[-1] == "("


def _after_a_month(m: re.Match, kind: str) -> bool:
    return _MONTH_BEFORE.search(m.string[max(0, m.start() - 20) : m.start()]) is not None


def _after_a_determiner(m: re.Match, kind: str) -> bool:
    before = m.string[max(0, m.start() - 40) : m.start()]
    if _PREPOSITION_AFTER.match(m.string, m.end()):
        return False  # "the March on Washington", "the March for Life": a march, not the month
    return _DETERMINER_BEFORE.search(before) is not None


_PREPOSITION_AFTER = re.compile(r" (?:on|for|to|of|in|at|from|against|through|across|into)\b")


_DETERMINER_BEFORE = re.compile(r"(?:^|\s)(?:the|its|their|his|her|our|[A-Z][\w.&-]*['’]s) $")


_BARE_SHORT_BEFORE = re.compile(r"\bin \d\d$")


def _month_day_range(g: dict, pub: dt.date, future: str) -> str | None:
    """ "from January 23 through March 9": one interval, in its year if the text gives one,
    else in the year the tense points to."""
    m1, m2, d1, d2 = _month(g["month"]), _month(g["month2"]), int(g["d1"]), int(g["d2"])
    if g["year"]:
        years = [int(g["year"]) - (1 if (m1, d1) > (m2, d2) else 0)]
    else:
        years = [pub.year - 1, pub.year, pub.year + 1]
    spans = []
    for year in years:
        first = _safe_date(year, m1, d1)
        last = _safe_date(year + (1 if (m1, d1) > (m2, d2) else 0), m2, d2)
        if first is None or last is None or first == last:
            continue
        spans.append((first, last))
    if not spans:
        return None
    return "/".join(_span_for_tense(spans, pub, future))


def _span_for_tense(spans: list[tuple[str, str]], pub: dt.date, future: str) -> tuple[str, str]:
    """The span the tense points to: the next one that has not ended ("is to run"), the
    last one that has begun (the past), the nearest one ("would run", a future seen from
    the past)."""
    days = [(dt.date.fromisoformat(a), dt.date.fromisoformat(b)) for a, b in spans]
    if future == "near":
        best = min(
            range(len(days)),
            key=lambda i: (
                0
                if days[i][0] <= pub <= days[i][1]
                else min(abs((days[i][0] - pub).days), abs((days[i][1] - pub).days))
            ),
        )
        return spans[best]
    if future:
        ahead = [i for i, (_, last) in enumerate(days) if last >= pub]
        return spans[ahead[0]] if ahead else spans[-1]
    begun = [i for i, (first, _) in enumerate(days) if first <= pub]
    return spans[begun[-1]] if begun else spans[0]


def _deadline_start(kind: str, m: re.Match) -> int | None:
    """ "by August", "until March", "by the end of August": a deadline, which a clause with no past
    form puts ahead; where the deadline's words start (None if the phrase is not one), so that
    its clause is read after them when they open it ("By the end of August, it had sold ...")."""
    if kind != "month":
        return None
    rel = m.group("rel").lower()
    if rel in ("by", "until"):
        return m.start()
    if rel in ("early", "mid", "mid-", "late"):
        return _deadline_before_part(m)
    before = m.string[max(0, m.start() - 15) : m.start()].lower()
    if rel == "of" and before.endswith("by the end "):
        return m.start() - len("by the end ")
    return None


_DEADLINE_WORD_BEFORE = re.compile(r"\b(?:by|until) $", re.I)


_PERIOD_KINDS = frozenset(("quarter", "half", "q_quarter", "month_adj"))
_REPORTING_VERB = re.compile(
    r"\b(?:report|reports|post|posts|announce|announces|release|releases|publish|publishes|"
    r"unveil|unveils|disclose|discloses)\b",
    re.I,
)
_FIGURES = (
    r"(?:results|earnings|profits?|loss|losses|sales|revenues?|figures|numbers|data|output|"
    r"deliveries|GDP|growth|"
    # "its March employment report", "the April jobs report" (round 12)
    r"employment|jobs|payrolls|unemployment|inflation|statistics|reports?)\b"
)
_FIGURES_AFTER = re.compile(rf"(?:\s+[\w$.,-]+){{0,2}}?\s+{_FIGURES}")
_FIGURES_BEFORE = re.compile(rf"\b{_FIGURES}(?:\s+\w+){{0,2}}\s+(?:for|in|of)\s+(?:the\s+|its\s+)?$")


def _reported_period(sentence: str, m: re.Match, pub: dt.date) -> bool:
    """ "Ford will report first-quarter results next week", "GM will report its March sales",
    "is due to report results for the fourth quarter": the figures of a period are reported
    after it, so the period is the last one, though the clause is in the future; so are the
    figures of the period that has just ended ("Analysts expect third-quarter earnings to
    show ..." in October)."""
    before = clause_at(sentence, m.start(), m.end())
    figures_after = _FIGURES_AFTER.match(sentence, m.end()) is not None
    if _REPORTING_VERB.search(before):
        reported = figures_after or _FIGURES_BEFORE.search(before) is not None
        return reported and _just_ended(m, pub, months=3)
    # "Economists expect GDP data for the fourth quarter to show ..." in January: the figures
    # of the quarter that has just ended, named before it
    figures_before = _FIGURES_BEFORE.search(before) is not None
    return (figures_after or figures_before) and _just_ended(m, pub, months=2)


# what lies ahead of the market: "awaiting Friday's jobs report", "ahead of Thursday's meeting"
_AWAITED_BEFORE = re.compile(
    r"\b(?:ahead of|await(?:s|ing)?|in the run-up to|looking ahead to|brac(?:e|es|ing) for)"
    r"(?:\s+(?:the|a|an))?\s+$",
    re.I,
)


# "The vote, originally scheduled for Thursday, was postponed": the day a plan was first set
# for (gone by, or still ahead when the change was told) is no event's date (round 12)
_FIRST_PLANNED_BEFORE = re.compile(
    r"\b(?:originally|initially|previously|first|once)\s+(?:scheduled|planned|set|due|slated|"
    r"expected|meant)\s+(?:for|on|to\s+[a-z]+(?:\s+[a-z]+)?\s+(?:on|in))\s+$",
    re.I,
)
_PLAN_KINDS = frozenset(("weekday", "md", "dm", "month"))


def _first_planned_for(m: re.Match) -> bool:
    """ "originally scheduled for Thursday", "initially set for Dec. 3": a day or month a plan
    was first set for, since changed."""
    rel = (m.groupdict().get("rel") or "").strip().lower()  # "on" of "on Thursday"
    before = m.string[max(0, m.start() - 60) : m.start()] + (rel + " " if rel else "")
    return _FIRST_PLANNED_BEFORE.search(before) is not None


def _awaited_day(m: re.Match) -> bool:
    """ "Investors are awaiting Friday's jobs report", "Stocks fell ahead of Thursday's Fed
    meeting": a weekday's event that is waited for lies ahead (not "last Friday's")."""
    rel = (m.group("rel") or "").strip().lower()
    if rel in ("", "this") and _AS_SOON_AS.search(m.string, max(0, m.start() - 20), m.start()):
        return True  # "a filing expected as soon as Monday": the coming Monday
    if rel == "on" and _AWAITED_EVENT_BEFORE.search(m.string, max(0, m.start() - 90), m.start()):
        return True  # "waiting for the G7 meeting on Saturday": the coming Saturday (round 12)
    return (
        rel in ("", "this")
        and m.group(0)[-2:] in ("'s", "’s")
        and _AWAITED_BEFORE.search(m.string, max(0, m.start() - 30), m.start()) is not None
    )


# a present modal before a weekday ("GM might file on Monday", "The plan may be announced on
# Friday"), in lower case ("in May" is a month); "could" only before a deadline ("could close
# by Friday"), as "could see the smoke on Friday" is a past (round 29: were the last ones)
_MAY_BEFORE = re.compile(r"\b(?:may|might)\b(?! (?:not |n['’]t )?have\b)")
_COULD_BEFORE = re.compile(r"\bcould\b(?! (?:not |n['’]t )?have\b)")
_BY_BEFORE = re.compile(r"\b(?:by|until|till|before)\s+$", re.I)


def _possible_day(m: re.Match) -> bool:
    """ "GM said it might file for bankruptcy on Monday", "the deal could close by Friday,
    sources said": a weekday something may happen on, or by, lies ahead (the last one was read:
    round 29). Not "may have", "might not have", nor "could" before a day that is no deadline."""
    if (m.group("rel") or "").strip().lower() in ("last", "past", "this past"):
        return False
    clause = clause_at(m.string, m.start(), m.end())
    return _MAY_BEFORE.search(clause) is not None or (
        _COULD_BEFORE.search(clause) is not None
        and _BY_BEFORE.search(m.string, max(0, m.start() - 8), m.start()) is not None
    )


def _awaited_month(m: re.Match) -> bool:
    """ "could hurt the government ahead of the September election", "awaiting October's
    figures": a month's event that is waited for lies ahead (round 16; "ahead of last
    September's vote" has "last" and is no bare month). Not where the waiting is told in the
    past ("Troops were deployed ahead of the December elections", "Ahead of the February
    vote, the party had campaigned hard": the last one); a saying that opens the sentence
    ("Analysts said ...") tells nothing of it."""
    text = m.string
    if _AWAITED_BEFORE.search(text, max(0, m.start() - 30), m.start()) is None:
        return False
    before = _SAYING_FIRST.sub("", text[: m.start()], count=1)
    after = text[m.end() :]
    if re.match(r"\s*ahead of\b", before, re.I) and "," in after:
        before += " " + after.split(",", 1)[1]  # "Ahead of the X vote, the party had ..."
    return not past_form_in(_PASSIVE_NOW.sub(" ", before))


_SAYING_FIRST = re.compile(
    r"^.*?\b(?:said|told (?:\w+ )?\w+|added|warned|noted|wrote)\s+(?:that\s+)?"
)
_PASSIVE_NOW = re.compile(r"\b(?:is|are|am|being|be)\s+(?:being\s+)?[a-z]+ed\b")


# "are waiting for the Group of Seven meeting on Saturday", "ahead of the Fed meeting on
# Tuesday", "awaiting the jobs report due on Friday": an event waited for, then its weekday
_AWAITED_EVENT_BEFORE = re.compile(
    r"\b(?:ahead of|await(?:s|ing)?|(?:is|are|['’]re|['’]s) waiting for|in the run-up to|"
    r"looking ahead to|brac(?:e|es|ing) for)\s+(?:the|a|an|this|next)\s+"
    r"(?:[\w&.'’-]+\s+){0,5}?(?:meeting|summit|talks|vote|report|release|decision|hearing|"
    r"auction|election|data|figures|speech|announcement|session|conference)"
    r"(?:\s+(?:due|scheduled|set|expected))?\s+$",
    re.I,
)


_AS_SOON_AS = re.compile(r"\bas (?:soon|early) as\s+$", re.I)


# a plan given up, then its date: "originally due later this year", "initially scheduled to
# open in March", "was previously set for 2006"; "delayed from March (to June)"
_ABANDONED_PLAN = re.compile(
    r"(?:\b(?:originally|initially|previously|formerly)\s+(?:(?:been|was|were|is|are|had been)\s+)?"
    r"(?:due|scheduled|planned|expected|set|slated|intended|meant|targeted|timed|billed)\b"
    r"(?P<gap>[^,;:.()“”\"]{0,40}?)"
    r"|\b(?:delayed|postponed|pushed back|put back|moved|rescheduled|deferred)\s+from)\s+$",
    re.I,
)


_PLAN_WORDS = re.compile(r"originally|initially|previously|formerly|\bfrom\b", re.I)


@lru_cache(maxsize=256)
def _may_give_up_a_plan(sentence: str) -> bool:
    """For speed: whether the sentence holds a word _ABANDONED_PLAN needs."""
    return _PLAN_WORDS.search(sentence) is not None


def _abandoned_plan(m: re.Match) -> bool:
    """ "The delivery, originally due later this year, will be delayed until October 2007": the
    date of a plan the sentence says was given up is no date of the event (the new one is):
    no date. Not where a clause of its own comes between ("originally planned as a small
    project but grew in 2006")."""
    if not _may_give_up_a_plan(m.string):
        return False
    found = _ABANDONED_PLAN.search(m.string, max(0, m.start() - 80), m.start())
    if found is None:
        return False
    return not re.search(r"\b(?:but|and|which|that|who|while|when)\b", found.group("gap") or "")


# a forecast told in the past, its object, then the month: "forecast a return to profit in
# March", "predicted a recovery by June"
_FORECAST_OBJECT = re.compile(
    r"\b(?:forecast|predicted|projected|anticipated|targeted|promised|pledged|expected)"
    r"((?:\s+[\w$%.,'’-]+){1,8}?)\s+$"
)


def _forecast_month(m: re.Match) -> bool:
    """ "The company forecast a return to profit in March", told in November: the month is
    the forecast's target (the coming March) or the day it was made (the last); which is
    unsure, so no date. Not "forecast in March that ..." (the month right after the verb dates
    the forecast), nor "expected to" (a reported future), nor a past form of its own between
    ("predicted the plant it bought in March")."""
    rel = (m.groupdict().get("rel") or "").strip().lower().rstrip("-")
    if rel not in ("", "in", "by", "during", "early", "late", "mid", "end", "on"):
        return False  # "last March", "since March": told from now
    found = _FORECAST_OBJECT.search(m.string, max(0, m.start() - 80), m.start())
    if found is None:
        return False
    words = found.group(1)
    if re.match(r"\s+to\b", words) and not _expectation_unsaid(m.string, found):
        return False  # "said it expected to return to profit in March": a reported future
    return (
        not re.search(r"[;:“”\"]|\b(?:that|which)\b", words)
        and not past_form_in(words)
    )


# "The company expected to return to profit in March": an expectation told in the past, with
# no verb of saying to see it from (round 11)
_EXPECTED_TO = re.compile(r"(?<!\bwas )(?<!\bwere )(?<!\bis )(?<!\bare )(?<!\bbe )(?<!\bbeen )"
                          r"\b(?:expected|anticipated|projected|forecast|predicted)$")
_SAYING_BEFORE = re.compile(
    r"\b(?:said|says|told|tells|announced|reported|added|stated|wrote|noted|confirmed)\b", re.I
)


def _expectation_unsaid(sentence: str, found: re.Match) -> bool:
    """ "The company expected to return to profit in March" (told in November): when the
    expectation was told is unknown, so its month may be the last or the coming one; no date.
    Not after a verb of saying ("said it expected to ...": round 8's reported future), nor
    "was expected to" (a future seen from then, read as before)."""
    verb_end = found.start(1)
    return (
        _EXPECTED_TO.search(sentence, 0, verb_end) is not None
        and _SAYING_BEFORE.search(sentence, 0, found.start()) is None
        # "In March, the company expected to ... in June": dated, read as before
        and not saying_cues(sentence[: found.start()])
    )


_QUARTER_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_ORDINAL_QUARTER = re.compile(r"(?:the )?(?:first|second|third|fourth)[- ]quarter|[1-4]Q|Q[1-4]", re.I)


def _results_before_the_end(sentence: str, m: re.Match, value: str, pub: dt.date) -> bool:
    """ "Norvale reported fourth-quarter earnings on Tuesday", "said third-quarter profit fell"
    in November: a quarter's figures are reported after it ends, so a quarter named by its
    number, with no year, that has not ended at publication is a quarter of the company's own
    (fiscal) year, whose months the text does not give; no date."""
    if not _ORDINAL_QUARTER.fullmatch(m.group(0)) or not is_a_quarter(value):
        return False
    last = (int(value[8:12]), int(value[13:15]))  # "2008-10/2008-12": its last month
    if last < (pub.year, pub.month):
        return False  # over before publication's month: its figures may be out
    before = clause_at(sentence, m.start(), m.end())
    figures = _FIGURES_AFTER.match(sentence, m.end()) or _FIGURES_BEFORE.search(before)
    rest = _CLAUSE_END.search(sentence, m.end())
    told = before + sentence[m.end() : rest.start() if rest else len(sentence)]
    if not figures:
        return False
    if past_form_in(_FORECAST_WORDS.sub(" ", told)):
        # "reported fourth-quarter earnings", "said third-quarter profit fell" (not "analysts
        # expected fourth-quarter earnings of ...": a forecast of the quarter under way)
        return True
    # "will report fourth-quarter results on Thursday": reported within days, the quarter under
    # way (not "will report 3Q results" in June: after the quarter, for all the text says)
    first = (int(value[:4]), int(value[5:7]))
    return (
        bool(_REPORTING_VERB.search(told))
        and first <= (pub.year, pub.month)
        and _SOON.search(sentence) is not None
    )


_FORECAST_WORDS = re.compile(
    r"\b(?:expected|forecast|forecasted|predicted|projected|estimated|anticipated|polled|"
    r"surveyed)\b",
    re.I,
)
_CLAUSE_END = re.compile(r"[,;:“”\"]|$")
_SOON = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|tomorrow|tonight|"
    r"(?:this|next) week|later this month)\b",
    re.I,
)


def _just_ended(m: re.Match, pub: dt.date, months: int) -> bool:
    """Whether the quarter (month) named ended in the few months (the month) before
    publication's month: the one whose figures come out now."""
    g = m.groupdict()
    if g.get("q") is not None or g.get("qn") or g.get("qn2"):
        q = (g.get("q") or "").lower()
        n = _QUARTER_ORDINALS.get(q) or int(g.get("qn") or g.get("qn2") or 0)
        return bool(n) and not g.get("year") and 1 <= (pub.month - 3 * n) % 12 <= months
    if g.get("month"):
        return (pub.month - _month(g["month"])) % 12 == 1
    return False


_MODAL_BEFORE = re.compile(r"\b(?:could|may|might)\b(?! have\b)", re.I)


def _modal_deadline(kind: str, m: re.Match, deadline: int | None) -> bool:
    """ "GM said it could run out of cash by March", "may need more aid by Dec. 31": a deadline
    that something may meet lies after the saying, so it is the nearest such month or day."""
    if deadline is None:
        if kind not in ("md", "dm") or (m.group("rel") or "").strip().lower() not in ("by", "until"):
            return False
        deadline = m.start()
    return _MODAL_BEFORE.search(clause_at(m.string, deadline, m.end())) is not None


def _deadline_just_passed(m: re.Match, pub: dt.date, months: int = 2) -> bool:
    """Whether the month (or month and day) of a deadline something may meet has passed in the
    two months before publication: "GM said it could run out of cash by December" in January is
    the coming December if said now, the last one if said weeks ago; no date rather than a guess."""
    month = _month(m.group("month"))
    day = m.groupdict().get("day")
    passed = (month, int(day) if day else 32) < (pub.month, pub.day) if month == pub.month else True
    return passed and (pub.month - month) % 12 <= months


def _present_deadline_just_passed(kind: str, m: re.Match, pub: dt.date) -> bool:
    """ "Talks continue until March", "The offer runs until February" told in April: a month
    deadline in a clause with no tense of its own whose month passed in the two months before
    publication is the one just gone (a story told weeks before) or the one eleven months
    ahead; which is unsure, so no date (round 12; as round 9's day deadlines). A present of a
    schedule ("runs until", "lasts until") likewise; "will continue until March" (a future
    tense) is read ahead as before."""
    return kind == "month" and _deadline_just_passed(m, pub)


# "gave GM until", "extended the deadline until", "GM had until" (not "had been profitable
# until June", "had operated until": a past perfect, no deadline)
_REPORTED_FUTURE_RELS = frozenset(("", "on", "by", "until", "in", "early", "late", "mid", "mid-", "end"))


def _reported_future_date(
    kind: str, m: re.Match, deadline: int | None, near: dt.date | None, pub: dt.date
) -> bool:
    """ "GM said on Wednesday it would close three plants by June", "said it was to close the
    plant on June 30": a month or day in a future seen from a past verb of saying lies after
    the saying, so it is the coming one (as "will ... by March" is), not the nearest or the
    last. Only when nothing dates the saying weeks before publication: no other month or year in
    the sentence (``tense.reported_future``), no day named nearby more than a week before."""
    if kind not in ("month", "md", "dm"):
        return False
    rel = (m.group("rel") or "").strip().lower()
    if rel == "of" and deadline is not None:
        rel = "by"  # "by the end of June"
    if rel not in _REPORTED_FUTURE_RELS or m.groupdict().get("year"):
        return False
    if near is not None and (pub - near).days > 7:
        return False
    return reported_future(m.string, m.start() if deadline is None else deadline, m.end())


def _reported_future_quarter(m: re.Match, near: dt.date | None, pub: dt.date) -> str:
    """ "GM said Monday it expected to complete the sale by the end of the third quarter": a
    quarter named by its number alone in a future seen from a past verb of saying lies after
    the saying, as a month does (``_reported_future_date``; round 26: it was read in the past,
    the quarter of the year before): "ahead". "unsure" when something may date the saying weeks
    before publication ("said in March it expected to ..."), or the quarter ended in the three
    months before it (said now, or when it was under way?); "" when the clause is no reported
    future, or the quarter's figures are reported ("said it would report third-quarter
    results on Friday": the quarter over)."""
    g = m.groupdict()
    if (g.get("q") or "").lower() not in _QUARTER_ORDINALS or g.get("year") or g.get("which"):
        return ""
    if reported_saying(m.string, m.start(), m.end()) is None or _reported_period(m.string, m, pub):
        return ""
    if (near is not None and (pub - near).days > 7) or not (
        reported_future(m.string, m.start(), m.end()) or _said_in_recent_weeks(m, pub)
    ):
        return "unsure"
    return "unsure" if _just_ended(m, pub, 3) else "ahead"


_RECENT_WEEK = re.compile(r"\b(?:last|earlier this) week\b")


def _said_in_recent_weeks(m: re.Match, pub: dt.date) -> bool:
    """ "GM said it would complete the sale in the second quarter, a spokesman said last week"
    (published 20 May): a saying dated only "last week" or "earlier this week", with the
    quarter the same two weeks before publication as on it, is seen from the quarter the
    article is in (round 27: review 19 found it left out, as "said in March" is)."""
    if not _RECENT_WEEK.search(m.string):
        return False
    blanked = _RECENT_WEEK.sub(lambda w: " " * len(w.group(0)), m.string)
    before = pub - dt.timedelta(days=13)
    return (before.month - 1) // 3 == (pub.month - 1) // 3 and not saying_dated(
        blanked, m.start(), m.end()
    )


def _dated_saying(kind: str, m: re.Match, deadline: int | None) -> tuple[int, int] | None:
    """ "GM said in November that the plant would open in June": a month or day (no year) in
    a future seen from a verb of saying that another date of the sentence may date; where
    that verb is (round 9)."""
    rel = (m.group("rel") or "").strip().lower()
    if rel == "of" and deadline is not None:
        rel = "by"
    if rel not in _REPORTED_FUTURE_RELS or m.groupdict().get("year"):
        return None
    start = m.start() if deadline is None else deadline
    if not saying_dated(m.string, start, m.end()):
        return None
    saying = reported_saying(m.string, start, m.end())
    if saying is None or not _SAID_WORD.fullmatch(m.string, *saying):
        return None  # no saying, or a condition ("If approved in March, ...")
    return saying


_SAID_WORD = re.compile(r"[a-z]+")
_SAYING_DATE_GAP = 14  # "said in November that", "said last month that", "on Tuesday said"


def _after_the_saying(
    pending: list[tuple[str, re.Match, tuple[int, int], str]],
    found: list[DateMention],
    pub: dt.date,
) -> list[DateMention]:
    """The futures of a dated saying, each the first such month or day after the date at the
    saying's verb ("said in November that ... would open in June": next June; "said in March
    that ... in June": that June). Undated when that date is a year or vaguer, or the same
    month ("said in June it would open in June"). With no date at the verb, see
    ``_future_of_an_undated_saying`` (round 11)."""
    out: list[DateMention] = []
    for kind, m, (s_start, s_end), before in pending:
        at_verb = [d for d in found if _at_the_verb(m.string, d, s_start, s_end)]
        if not at_verb:
            value = _future_of_an_undated_saying(kind, m, (s_start, s_end), before, found, pub)
            if value is not None:
                out.append(DateMention(m.start(), m.end(), m.group(0), value))
            continue
        said_on = _saying_day(at_verb[0].value) if len(at_verb) == 1 else None
        if said_on is None:
            continue
        day, precise = said_on
        month = _month(m.group("month"))
        if not precise and month == day.month:
            continue
        value = _value(kind, m, day if precise else day.replace(day=1), "future")
        if value is not None:
            out.append(DateMention(m.start(), m.end(), m.group(0), value))
    return out


_MONTH_NAME = re.compile(
    r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?|January|February|March|April|May|"
    r"June|July|August|September|October|November|December"
)
# a relative clause set off before the verb: "Smith, who was elected in 2020, said"
_ASIDE_BEFORE_VERB = re.compile(r",\s+(?:who|whom|whose|which)\s[^,;:“”\"]*,\s*$")
# a date told from publication ("last year's deal", "on Tuesday"): no sign of an old saying
_TOLD_FROM_NOW = re.compile(
    r"\b(?:last|this|next|past|coming|ago|yesterday|today|tomorrow|tonight|Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday)\b",
    re.I,
)


# where a saying was made, between its verb and its date: "said in a statement", "said
# in an interview" (the channel right after the verb)
_CHANNEL = re.compile(
    r"\s+(?:in|on|at)\s+(?:an?|its|his|her|their)\s+(?:[a-z]+\s+){1,2}"
)


def _at_the_verb(sentence: str, d: DateMention, s_start: int, s_end: int) -> bool:
    """Whether ``d`` dates the saying: right after its verb ("said in November that", "said
    Tuesday"), unless it qualifies a noun of what was said ("said April sales fell", "said
    last year's deal expired"); or right before it, unless a comma ends an aside there
    ("Smith, who was elected in 2020, said": round 11)."""
    if _CHANNEL.fullmatch(sentence, s_end, d.start):
        return True  # "said in a statement in April that"
    if 0 <= d.start - s_end <= _SAYING_DATE_GAP:
        # "said sales fell in April": the date of a clause of its own
        return not _qualifies_a_noun(sentence, d) and not past_form_in(sentence[s_end : d.start])
    return 0 <= s_start - d.end <= 4 and "," not in sentence[d.end : s_start]


def _qualifies_a_noun(sentence: str, d: DateMention) -> bool:
    """ "last year's deal", "its April sales", "2023 sales": a date before a noun it qualifies."""
    if d.text.endswith(("'s", "’s")):
        return True
    bare = _MONTH_NAME.fullmatch(d.text) or re.fullmatch(r"(?:19|20)\d\d", d.text)
    return bool(bare) and _NOUN_AFTER.match(sentence, d.end) is not None


# a lower-case word after a bare month or year that may be the noun it qualifies
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:that|it|its|the|a|an|he|she|they|we|there|this|and|or|but|to|in|on|at|for|"
    r"was|were|is|are|will|would)\b)[a-z]"
)


def _future_of_an_undated_saying(
    kind: str,
    m: re.Match,
    saying: tuple[int, int],
    before: str,
    found: list[DateMention],
    pub: dt.date,
) -> str | None:
    """A reported future whose saying no date sits at (round 11). A word that tells the
    saying as long past ("At the time, GM said", "earlier"), or a date before the verb
    ("In March, GM said"), keeps the value read as before. A date inside an aside before
    the verb ("Smith, who was elected in 2020, said") is the aside's. A date of what was said
    ("said sales fell in April and the plant would open in June") is no date of the saying,
    only a bound: the saying came after it, so the future is the first such month after it
    when that lies after publication, else unsure (that June or the next): no date. A date
    told from now ("said last year's deal expired") bounds nothing: the coming month, as a
    saying with no date (round 8's reported future)."""
    sentence = m.string
    s_start, s_end = saying
    aside = _ASIDE_BEFORE_VERB.search(sentence, 0, s_start)
    aside_start = aside.start() if aside else s_start
    rest = list(sentence)
    for d in found:
        rest[d.start : d.end] = " " * (d.end - d.start)
    rest[m.start() : m.end()] = " " * (m.end() - m.start())
    rest[aside_start:s_start] = " " * (s_start - aside_start)
    cues = saying_cues("".join(rest))
    if any(not _MONTH_NAME.fullmatch(c) for c in cues):
        return before  # "At the time, GM said ...": as before
    if cues:
        return None  # a month no date was read from ("said April sales fell"): unsure
    if any(d.end <= aside_start for d in found):
        return before  # "In March, GM said ...": as before
    bounds: list[dt.date] = []
    for d in found:
        if d.start < s_end or _TOLD_FROM_NOW.search(d.text):
            continue
        day = _saying_day(d.value) or _lower_bound(d.value)
        if day is None:
            return None  # a span or vaguer: unsure
        if day[0] <= pub:
            bounds.append(day[0])
    if not bounds:
        if _deadline_just_passed(m, pub, months=3):
            return None
        return _value(kind, m, pub, "future")
    value = _value(kind, m, max(bounds), "future")
    if value is None or value[:7] <= pub.isoformat()[:7]:
        return None  # "sales fell in April and the plant would open in June": unsure
    return value


def _lower_bound(value: str) -> tuple[dt.date, bool] | None:
    """A year's first day ("2023"), as the earliest a saying after it may be."""
    if re.fullmatch(r"\d{4}", value):
        return dt.date(int(value), 1, 1), False
    return None


def _saying_day(value: str) -> tuple[dt.date, bool] | None:
    """A saying's date as a day, and whether the day itself is known (a month or a week's
    Monday otherwise); None for a year, a span or anything vaguer."""
    if re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        return dt.date.fromisoformat(value), True
    if re.fullmatch(r"\d{4}-\d\d", value):
        return dt.date(int(value[:4]), int(value[5:]), 1), False
    week = re.fullmatch(r"(\d{4})-W(\d\d)", value)
    if week:
        return dt.date.fromisocalendar(int(week.group(1)), int(week.group(2)), 1), False
    return None


_DEADLINE_NOUN_AFTER = re.compile(r"\s+deadline\b", re.I)
_DAY_DEADLINE_BEFORE = re.compile(r"\b(?:[Bb]y|[Uu]ntil|[Tt]ill|[Tt]hrough)\s+$")
# "..., analysts said." closing a sentence told in the present
_ATTRIBUTION_AT_END = re.compile(r",[^,]{2,60}\b(?:say|says|said|added|told \w+)\b[^,]{0,30}$")


def _day_deadline_ahead(kind: str, m: re.Match, future: str) -> bool:
    """ "might miss its December 15 deadline", "Until March 31, the offer stands", "faces a
    Dec. 15 deadline", "Applications are due by March 1": a day (no year) that is a deadline
    ("by", "until", "through" before it, "deadline" after it) in a clause told ahead, with a
    modal, or in a sentence told in the present (no past form but a closing "..., analysts
    said"), lies ahead (round 9)."""
    if kind not in ("md", "dm") or m.groupdict().get("year"):
        return False
    before = m.string[max(0, m.start() - 8) : m.start()]
    rel = (m.group("rel") or "").strip().lower()
    noun_only = not (rel in ("by", "until") or _DAY_DEADLINE_BEFORE.search(before))
    if noun_only and not _DEADLINE_NOUN_AFTER.match(m.string, m.end()):
        return False
    if future == "future":
        return True
    if _MODAL_BEFORE.search(clause_at(m.string, m.start(), m.end())):
        return True
    if _GONE_BY_BEFORE.search(m.string, max(0, m.start() - 40), m.start()):
        return False  # "the year through June 30 is", "since the company's Aug. 15 deadline"
    if noun_only and not _FACED_BEFORE.search(m.string, max(0, m.start() - 40), m.start()):
        return False  # "still counting the cost of the July 31 deadline": told in the present
    told = _ATTRIBUTION_AT_END.sub("", m.string.rstrip(" ."))
    return not past_form_in(told)


# told in the present, a day that ends a period ("Revenue for the year through June 30 is
# ...") or since which a thing is so ("since the company's Aug. 15 deadline") is behind
_GONE_BY_BEFORE = re.compile(
    r"(?:\b(?:year|quarter|half|months|weeks|days|period)\s+(?:through|until|till|to)"
    r"|\bsince(?:\s+(?:the|its|their|his|her|a|an))?(?:\s+[\w’'.-]+)?)\s+$",
    re.I,
)
# a deadline noun in the present lies ahead only when it is faced: "Congress faces a Dec. 15
# deadline", "ahead of the March 1 deadline"
_FACED_BEFORE = re.compile(
    r"\b(?:faces?|facing|approaching|approaches|ahead of|looms|looming|to meet|must meet)\s+"
    r"(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\w’'-]+\s+){0,2}$",
    re.I,
)


_GIVEN_BEFORE = re.compile(
    r"\b(?:(?:gave|given|granted|extended)\b(?:\s+[\w'’.-]+){0,3}|had|has|have)\s+$", re.I
)


def _given_until(m: re.Match) -> bool:
    """ "The government gave GM until June 1 to restructure", "GM had until June 1": a deadline
    given in the past lies after the giving, so it is the nearest such day, not the last one."""
    rel = (m.group("rel") or "").strip().lower()
    return rel == "until" and _GIVEN_BEFORE.search(m.string, max(0, m.start() - 40), m.start()) is not None


# "enough cash to last until June 1", "sufficient funds to operate through June": what one
# has, told in the past, lasts beyond the telling
_ENOUGH_TO_BEFORE = re.compile(
    r"\b(?:enough|sufficient)\b[^,;:.“”\"]{0,60}?\bto\s+[a-z]+(?:\s+[a-z]+){0,2}\s+"
    r"(?:until|till|through|into)\s+$",
    re.I,
)


def _enough_until(kind: str, m: re.Match) -> bool:
    """ "GM said it had enough cash to last until June 1": the day or month enough of
    something lasts until lies after the saying, as a deadline something may meet does
    (round 29: the past tense of "had" read it as the last June 1)."""
    if kind not in ("md", "dm", "month"):
        return False
    rel = (m.group("rel") or "").strip().lower()
    before = m.string[max(0, m.start() - 120) : m.start()] + (rel + " " if rel else "")
    return _ENOUGH_TO_BEFORE.search(before) is not None


def _deadline_before_part(m: re.Match) -> int | None:
    """ "by early June", "until mid-March": the deadline's word before the part of the month."""
    before = _DEADLINE_WORD_BEFORE.search(m.string, max(0, m.start() - 6), m.start())
    return before.start() if before else None


def _from_the_one_named(unit: str, step: int) -> str:
    """The mark ``relative.following_years`` reads: "a year later" at the precision named
    ("~+1"), "two years later" as a year ("+2"), "three months later" as a month ("m+3")."""
    if unit == "month":
        return f"m{step:+d}"
    return f"~{step:+d}" if abs(step) == 1 else f"{step:+d}"


def _same_period(g: dict, pub: dt.date, text: str) -> str:
    """ "sales fell in January, compared to the same month a year ago": the period named before
    it in the sentence a year earlier (``relative.following_years``); with none named, the year
    before publication when the words count from it ("last year", "a year ago", "year-ago").
    Only "the same day" counts from a day ("said on Tuesday that sales fell from the same period
    last year" is no Tuesday: "^", as "from a year ago")."""
    mark = "~" if re.search(r"\bday\b", text, re.I) else "^"
    if g["last"] or g["ago"]:
        return f"{mark}-1|{pub.year - 1}"
    return f"{mark}-1"


_COMPARED_BEFORE = re.compile(
    r"\b(?:from|than|compared (?:to|with)|versus|vs\.?|against)"
    r"(?: (?:about |around |nearly |almost )?[$£€]?\d[\d,.]*(?:%| percent| per cent)?)? $",
    re.I,
)


def _compared_with(m: re.Match) -> bool:
    """ "down 35% in January from a year ago", "up from 14% a year ago": a comparison with the
    time a year before the one named (read by ``relative.following_years``)."""
    return _COMPARED_BEFORE.search(m.string, max(0, m.start() - 40), m.start()) is not None


# a decade after a noun and "of": "the boxy cars of the 70s and 80s", "the music of the 1960s"
_OF_BEFORE_A_DECADE = re.compile(r"\b[a-z][\w'’\"”-]*\s+of\s+(?:the\s+)?$")
_DECADE_VALUE = re.compile(r"\d{3}0/\d{3}9")
_DECADE_JOINED = re.compile(r"['’]?s?,? (?:and|or|to) (?:the )?")


def decades_of_a_noun(sentence: str, found: list[DateMention]) -> set[int]:
    """The positions in ``found`` of decades that describe a noun ("replaced the boxy cars of
    the 70s and 80s", and the decade joined to such a one) in a sentence that also holds a date
    of its own ("was introduced in 1986"): the decades tell of the cars, not of when the
    sentence's event happened (rounds 17, 18). A decade that is the sentence's only date is
    none of them ("close to the touchstones of the 1960s")."""
    out: set[int] = set()
    for i, d in enumerate(found):
        if not _DECADE_VALUE.fullmatch(d.value):
            continue
        if _OF_BEFORE_A_DECADE.search(sentence, max(0, d.start - 40), d.start) or (
            i - 1 in out and _DECADE_JOINED.fullmatch(sentence[found[i - 1].end : d.start])
        ):
            out.add(i)
    if out and all(i in out or _DECADE_VALUE.fullmatch(d.value) for i, d in enumerate(found)):
        return set()  # no date of its own in the sentence: the decade is all it gives
    return out


# the period a figure is compared with: "compared to the same period last year", "the year-ago
# quarter", "up from 14% a year ago", "from the previous year", "than in 2008"
_SAME_PERIOD_TEXT = re.compile(r"the (?:same|year-ago|year ago|year-earlier|year earlier)\b", re.I)
_YEAR_BEFORE_TEXT = re.compile(
    r"(?:a year (?:ago|earlier|before)|(?:the )?(?:previous|prior|preceding) year|"
    r"the year (?:before|earlier)|last year)",
    re.I,
)
_BASE_BEFORE = re.compile(
    r"\b(?:(?P<from>from)|(?P<than>than)|compared (?:to|with)|versus|vs\.?)"
    r"(?P<figure> (?:about |around |nearly |almost )?[$£€]?\d[\d,.]*"
    r"(?: ?%| percent| per cent| (?:million|billion|units|vehicles|cars))?)?"
    r"(?: (?:in|during|for|over|at))? $",
    re.I,
)
_WHEN_AFTER = re.compile(r",?\s+when\b", re.I)
# a record a figure sets, before "since": "the lowest level since 2008", "their biggest gain
# since March", "the first time since 2001", "the first strike since 1998" (round 21)
_RECORD_BEFORE = re.compile(
    r"\b(?:highest|lowest|biggest|largest|smallest|best|worst|strongest|weakest|fastest|"
    r"slowest|sharpest|steepest|deepest|longest|shortest|heaviest|greatest|first)\b"
    r"[^,.;:“”\"]{0,25}$",
    re.I,
)


def comparison_base(sentence: str, d: DateMention, after_a_date: bool = False) -> bool:
    """ "sales rose 43% in February compared to the same period last year", "fell 42% last month
    from the previous year", "rose to 17%, up from 14% a year ago", "higher than in 2008": the
    period a figure is compared with, not when the sentence's event happened (rounds 17, 18).
    "from" alone counts before a figure or a year before ("from 14% a year ago", "from the
    previous year"), not before a date it starts ("worked there from 2005"); "than" not after a
    figure ("earned more than $1 million last year": the sum is compared, not the year); nor a
    base a clause tells of ("from the year before, when it was 40 percent"); nor a day after a
    figure with no date before it in the sentence (``after_a_date``): "cut its rate to 11.25%
    from 12% on Tuesday" is the cut's day, "closed at $3 on Friday, down from $4 on Thursday"
    the base."""
    if _WHEN_AFTER.match(sentence, d.end):
        return False  # "a decrease from the year before, when it was 40 percent": dated there
    if d.text.lower().startswith("since") and _RECORD_BEFORE.search(
        sentence, max(0, d.start - 40), d.start
    ):
        return True  # "the lowest level since 2008": when it was last so low (round 18)
    if _SAME_PERIOD_TEXT.match(d.text):
        return True
    m = _BASE_BEFORE.search(sentence, max(0, d.start - 50), d.start)
    if m is None:
        return False
    if m.group("figure") and _A_DAY.fullmatch(d.value) and not after_a_date:
        return False  # "lowered its rate to 11.25% from 12% on Tuesday": the day of the cut
    if m.group("than"):
        return not m.group("figure")  # "earned more than $1 million last year": the sum compared
    return (
        not m.group("from")
        or bool(m.group("figure"))
        or bool(_YEAR_BEFORE_TEXT.fullmatch(d.text))
    )


# the words before a decade in two digits: "the 70s", "the early 80s", "the '90s", "in '80s
# films", and a second decade after one ("the 1970s and 80s", "the 60s-70s")
_SHORT_DECADE_THE = re.compile(r"\b[Tt]he $")
_AND_THE_NEXT = r"['’]?s(?:,? and |,? or | to | through |, |[-–/])$"
# after a decade in four digits the second is one too ("the 1970s and 80s"); after one in two
# digits only where that one is ("the 70s and 80s", not "in their 20s and 30s")
_AFTER_A_FULL_DECADE = re.compile(rf"\b(?:1[89]|20)\d0{_AND_THE_NEXT}")
_AFTER_A_SHORT_DECADE = re.compile(rf"\b[Tt]he (?:(?:early|mid|late)[- ])?['’]?[1-9]0{_AND_THE_NEXT}")
# not a decade: a temperature, a score, a price, a speed, a rating ("temperatures in the 70s",
# "his approval rating fell into the 30s")
_NOT_A_DECADE_CLAUSE = re.compile(
    r"\b(?:temperatures?|degrees|°|highs?|lows?|scores?|mph|percent|per cent|prices?|"
    r"yields?|rates?|traded|trading|shares|stocks?|ratings?|approval|polls?|gusts|winds)\b|[$%]",
    re.I,
)


_SHORT_DECADE_PART = re.compile(r"\b(early|mid|late)[- ]['’]?$", re.I)


def _short_decade_start(m: re.Match) -> tuple[int, bool] | None:
    """Where a decade in two digits starts, with its apostrophe or its part ("'80s", "mid-90s",
    "early 80s"), and whether it has an apostrophe; None when the digits run on from other
    characters ("1980s", "$70s", "A380s")."""
    text, start = m.string, m.start()
    marked = start > 0 and text[start - 1] in "'’"
    part = _SHORT_DECADE_PART.search(text, max(0, start - 7), start)
    if part:
        return part.start(), marked
    first = start - 1 if marked else start
    if first > 0 and (text[first - 1].isalnum() or text[first - 1] in "_'’$£€.,/-"):
        return None
    return first, marked


def _short_decade_place(m: re.Match) -> bool:
    """ "the 70s and 80s", "the '80s": a decade in two digits after "the", after another
    decade, or with an apostrophe after "the"/"in"/"of" (not "in his 70s", an age)."""
    found = _short_decade_start(m)
    if found is None:
        return False
    start, marked = found
    if _AFTER_A_FULL_DECADE.search(m.string, max(0, start - 16), start):
        return True
    before = m.string[max(0, start - 12) : start]
    second = _AFTER_A_SHORT_DECADE.search(m.string, max(0, start - 30), start) is not None
    after_the = _SHORT_DECADE_THE.search(before) is not None
    marked = marked and re.search(r"\b(?:in|of|from|since) $", before) is not None
    if not (second or after_the or marked):
        return False
    clause = clause_at(m.string, m.start(), m.end()) + m.string[m.end() : m.end() + 20]
    return not _NOT_A_DECADE_CLAUSE.search(clause)


def _century_of_short_decade(m: re.Match) -> int | None:
    """The century of "the 70s": the one of a decade in four digits before it in the sentence,
    else the 1900s for the 30s to the 90s ("the 20s" and "the 10s" are left: which century?)."""
    named = re.findall(r"\b(1[89]|20)\d0['’]?s\b", m.string[: m.start()])
    if named:
        return int(named[-1]) * 100
    return 1900 if int(m.group("dd")) >= 30 else None


def _pair_not_span(g: dict) -> bool:
    """ "and" joins the ends of a span only after "between"."""
    return g["conn"] == "and" and (g["rel"] or "").lower() != "between"


def _ahead_in_past(kind: str, m: re.Match, future: str) -> bool:
    """ "grew over the next ten years", "was rebuilt over the next decade": a span ahead in a
    clause told in the past counts from a moment of the story, not from publication (left out:
    a gap is better than a wrong span)."""
    if kind not in ("past_n", "past_decade") or future:
        return False
    rel = (m.group("dir") if kind == "past_n" else m.group("rel")).lower()
    if rel not in ("next", "coming") or untensed_clause(m.string, m.start(), m.end()):
        return False
    # "analysts said prices could double over the next decade": ahead of the saying
    return not _MODAL.search(clause_at(m.string, m.start(), m.end()))


_MODAL = re.compile(r"\b(?:can|could|may|might|should)\b", re.I)


_THE_BEFORE = re.compile(r"\b[Tt]he $")


def _n_span(n: int, unit: str, pub: dt.date, ahead: bool) -> str:
    """ "the past six months" up to publication; "over the next three years", "in the coming
    12 months" (`ahead`) from publication on."""
    step = n if ahead else -n
    if unit in ("year", "decade"):
        now, then = str(pub.year), str(pub.year + step * (10 if unit == "decade" else 1))
    elif unit == "month":
        now, then = _shift_month(pub, 0), _shift_month(pub, step)
    else:
        now = pub.isoformat()
        then = (pub + dt.timedelta(days=step * (7 if unit == "week" else 1))).isoformat()
    return f"{now}/{then}" if ahead else f"{then}/{now}"


def _month_range(g: dict, pub: dt.date, future: str) -> str | None:
    """ "from September to November", "between March and June 2024": one interval of months."""
    m1, m2 = _month(g["month"]), _month(g["month2"])
    if m1 == m2:
        return None
    wraps = m1 > m2
    if g["year"]:
        years = [int(g["year"]) - (1 if wraps else 0)]
    else:
        years = [pub.year - 1, pub.year, pub.year + 1]
    spans = []
    for year in years:
        end_year = year + (1 if wraps else 0)
        last_day = _last_day(end_year, m2)
        spans.append((f"{year}-{m1:02d}-01", last_day))
    first, last = _span_for_tense(spans, pub, future)
    return f"{first[:7]}/{last[:7]}"


def _last_day(year: int, month: int) -> str:
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return (following - dt.timedelta(days=1)).isoformat()


_MONTH_BEFORE = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)(?: \d{1,2})?$"
)


def _year_range(y1: str, y2: str) -> str | None:
    """ "2001-2005", "the 2009-10 season", "fiscal 2004/05": one interval of years."""
    first = int(y1)
    if len(y2) == 2:  # the next year only: "2008-12" may be December 2008
        return f"{first}/{first + 1}" if int(y2) == (first + 1) % 100 else None
    last = int(y2)
    return f"{first}/{last}" if 0 < last - first <= 10 else None


def _second_month(m: re.Match, pub: dt.date, future: str) -> str | None:
    """ "in September and October", "in May, June and July": the later months, read as the
    first one (only after a month, so that "Smith and May" is no date)."""
    month = _month(m.group("month"))
    return f"{_month_year(month, pub, '', future)}-{month:02d}"


_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")


def _season_in_name(m: re.Match) -> bool:
    """ "the Winter Olympics", "the Winter Carnival of Magic": a capitalised season opening a name."""
    season = m.group("season")
    return season[0].isupper() and bool(_NAME_AFTER.match(m.string, m.end()))


def _fall_or_spring_as_a_noun(m: re.Match) -> bool:
    """ "the fall in prices", "Despite the fall, ...", "the spring in his step": "fall" and
    "spring" after a bare "the", or before "in", "of", "from", "to", are a drop and a coil, not
    seasons ("in the fall", "this spring", "the fall of 2008" are)."""
    if m.group("season").lower() not in ("fall", "spring"):
        return False
    if re.match(r" (?:in|from|to|on|at|of (?!(?:19|20)\d\d))\b", m.string[m.end() :]):
        return True
    return re.match(r"the\b", m.group(0), re.I) is not None  # a bare "the"


def _weekday_not_a_day(m: re.Match) -> bool:
    """ "on a Monday" (any Monday), "Saturday Morning Breakfast Cereal" (a name): no day."""
    if re.search(r"\b(?:on a|every|each|any)\s+$", m.string[: m.start()]):
        return True
    if _habitual_week(m.string):
        return True
    return bool(re.match(r"\s+(?:Morning|Night|Evening|Afternoon)\s+[A-Z]", m.string[m.end() :]))


# words that make a weekday the name of a day of the calendar or of history, not a day of the
# story's week: "Black Friday", "Good Friday", "Super Tuesday", "Ash Wednesday", "Bloody Sunday"
_NAMED_DAY_BEFORE = re.compile(
    r"\b(?:Black|Good|Super|Cyber|Ash|Holy|Maundy|Easter|Palm|Pentecost|Whit|Bloody|Shrove|"
    r"Fat|Giving|Low|Blue|Mad|Manic|Plough|Small Business) $"
)


def _weekday_in_name(m: re.Match) -> bool:
    """ "Black Friday", "Super Tuesday", "Black Monday" of 1987: a weekday after one of the
    capitalised words that name a day of the calendar or of history is no day counted from
    publication. "The Sunday Times", "the Monday Club": a weekday between "the" and a
    capitalised word names a paper or a body (round 12)."""
    if _TITLE_WITH_WEEKDAY.match(m.string, m.end()) and re.search(
        r"\b[Tt]he\s+$", m.string[max(0, m.start() - 5) : m.start()]
    ):
        return True
    if m.group("rel"):
        return False
    return _NAMED_DAY_BEFORE.search(m.string, max(0, m.start() - 20), m.start()) is not None


# a capitalised word after a weekday that makes it a title, not a day: not a month, a date's
# number or a time of day
_TITLE_WITH_WEEKDAY = re.compile(
    r"\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b)[A-Z][a-z]"
)


_HABITUAL_WEEKDAY = re.compile(
    r"\b(?:on an?|every|each|any) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|"
    r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days\b"
)


def _habitual_week(sentence: str) -> bool:
    """ "We whittle that down on a Monday, come in Tuesday and pick an issue", "on Mondays the
    shop opens late and on Friday it closes early": a sentence about any week (a weekday with "a",
    "every", or in the plural) names no day of the story's week with its other weekdays either."""
    return _HABITUAL_WEEKDAY.search(sentence) is not None


_DATE_AFTER = re.compile(
    r",? (?:the )?(?:(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.) \d|\d{1,2}(?:st|nd|rd|th)? "
    r"(?:of )?[A-Z][a-z])"
)


def _weekday_before_its_date(m: re.Match) -> bool:
    """ "on Friday, April 5", "Tuesday 3 March": the weekday names the day the date after it
    gives; the date alone is read (the weekday, counted from publication, may be another day)."""
    return _DATE_AFTER.match(m.string, m.end()) is not None


# "the following Monday", "the next Tuesday", "that Friday": a weekday counted from a day of
# the story ("next" is captured by the weekday pattern: "the " stays before the match)
_STORY_WEEKDAY = re.compile(r"\b(?:[Tt]he (?:following|previous|preceding) |[Tt]hat )$")


def _story_weekday(m: re.Match) -> bool:
    before = m.string[max(0, m.start() - 20) : m.start()]
    if (m.group("rel") or "").strip().lower() == "next":
        return before.lower().endswith("the ")
    return not m.group("rel") and _STORY_WEEKDAY.search(before) is not None


def _weekday_from_story_day(m: re.Match, near: dt.date | None) -> str | None:
    """ "The following Monday, the board met": the first such weekday after the day the text
    named nearby ("the previous Monday": the last one before it; "that Friday": the one of its
    week); with no day nearby, no date (counted from publication it would be another day)."""
    if near is None:
        return None
    before = m.string[max(0, m.start() - 20) : m.start()].lower()
    target = WEEKDAYS[m.group("weekday").lower()]
    if before.endswith(("previous ", "preceding ")):
        return (near - dt.timedelta(days=(near.weekday() - target - 1) % 7 + 1)).isoformat()
    if before.endswith("that "):
        return (near + dt.timedelta(days=target - near.weekday())).isoformat()
    return (near + dt.timedelta(days=(target - near.weekday() - 1) % 7 + 1)).isoformat()


_DETERMINER_RIGHT_BEFORE = re.compile(r"\b(?:a|an|the|that|his|her|its|their|our|my|your) $", re.I)


def _day_word_not_a_day(m: re.Match) -> bool:
    """ "an overnight success", "the tonight show": a day word right after an article is an
    adjective; "USA Today": capitalised after a capitalised word inside the sentence, a name."""
    if _DETERMINER_RIGHT_BEFORE.search(m.string, max(0, m.start() - 8), m.start()):
        return True
    if not m.group("word")[0].isupper():
        return False
    head = m.string[: m.start()].rstrip()
    prev = re.search(r"\S+$", head)
    return (
        prev is not None
        and " " in head
        and prev.group(0)[0].isupper()
        and not prev.group(0).endswith((".", ",", ":", ";", '"', "“", "”"))
    )


_GENERIC_AFTER_TODAY = re.compile(
    r",\s+(?:like |unlike )?(?:about|some|nearly|around|roughly|almost|many|most|few|more than|"
    r"fewer than|millions|thousands|hundreds|tens of thousands)\b",
    re.I,
)


def _today_as_nowadays(m: re.Match) -> bool:
    """ "Today, about 100,000 Greeks worship the ancient gods", "Today, like many Americans, I am
    skeptical": "Today," opening a sentence about how many or how things are now, with no past
    form, future or "-ing" in it, means nowadays, not the day of publication ("Today, the
    Department is designating ..." and "Today, more than 40 countries joined ..." stay dated)."""
    if m.start() != 0 or not _GENERIC_AFTER_TODAY.match(m.string, m.end()):
        return False
    rest = m.string[m.end() :]
    return not (past_form_in(rest) or _NOW_OR_AHEAD.search(rest))


# a progressive, a future, or a verb of the day's news: "are meeting", "will march", "sign the
# pledge", "join the call"
_NOW_OR_AHEAD = re.compile(
    r"\b(?:(?:is|are|am|be)\s+\w+ing|will|shall|going to|plans? to|is to|are to|expects?|"
    r"signs?|joins?|announces?|launch(?:es)?|commits?|pledges?|marks?|celebrates?|receives?|"
    r"gathers?|meets?|votes?|begins?|unveils?|takes? part|releases?|issues?|welcomes?)\b",
    re.I,
)


def _dated_today(m: re.Match) -> bool:
    """'Today, X did' or 'designated today' is a date; 'where we are today' is not."""
    before, after = m.string[: m.start()], m.string[m.end() :]
    if m.group(0).endswith(("'s", "’s")):
        return bool(re.match(rf"\s+{_EVENT_NOUNS}\b", after))
    if re.search(
        r"(?:^|[,;:(—–-]\s*|[“\"]|\b(?:[Ll]ater|[Ee]arlier|[Uu]ntil|[Ss]ince|[Bb]y|[Oo]n)\s+)$",
        before,
    ):
        return True
    return (
        bool(
            re.search(
                r"\b(?:\w+ed|said|says|met|meets|announces|holds|held|signs|signed|spoke|told|came)\s+$",
                before,
            )
        )
        or _today_before_verb(after)
        or _today_closing_past_clause(before, after)
    )


def _today_before_verb(after: str) -> bool:
    """ "Apple today unveiled", "Intel Inc. today has": "today" between a subject and its verb."""
    return bool(
        re.match(r"\s+(?:[a-z]+ed|has|have|had|announces|unveils|launches|introduces)\b", after)
    )


_PAST_VERB = re.compile(
    r"\b(?:[a-z]{3,}ed|lost|gave|won|took|made|sold|told|met|came|went|got|fell|rose|began|left|"
    r"found|bought|paid|brought|sent|hit|struck)\b"
)


def _today_closing_past_clause(before: str, after: str) -> bool:
    """ "lost its court case against Apple Computer today in the High Court", "gave it to the
    CBC today.": "today" closing a clause whose verb is in the past tense; not "is used today"."""
    clause = re.split(r"[.;:,!?“”\"]", before)[-1]
    return (
        bool(re.match(r"\s*(?:[.;]|\s(?:in|at|before|after)\b)", after))
        and bool(_PAST_VERB.search(clause))
        and not re.search(r"\b(?:is|are|be|been|being|remain|remains|still|as|than)\b", clause)
    )


def _modal_may(m: re.Match) -> bool:
    """'May' the month, or the verb after a capitalised word ("In May, ..." vs "... by May they")."""
    after = m.string[m.end() : m.end() + 12]
    return bool(
        re.match(r"\s+(?:be|have|not|also|well|need|want|seek|see|try|use|get|take)\b", after)
    )


def _weekend(pub: dt.date, future: bool | str) -> str:
    if future:
        saturday = pub + dt.timedelta(days=(5 - pub.weekday()) % 7)
    else:
        saturday = pub - dt.timedelta(days=(pub.weekday() - 5) % 7 or 7)
        if saturday + dt.timedelta(days=1) > pub:
            saturday -= dt.timedelta(days=7)
    return f"{saturday.isoformat()}/{(saturday + dt.timedelta(days=1)).isoformat()}"


def _safe_date(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


_DIGIT = re.compile(r"\d")
_NOT_BEFORE_A_YEAR = frozenset("0123456789$£€.,/-")
# what a sentence with digits must hold for each of datepatterns.SHORT_YEARS to run
_MAY_HOLD = {
    "nine_eleven": lambda s: "9/11" in s,
    "short_year": lambda s: "'" in s or "’" in s,
    "bare_short_year": lambda s: _YEAR_BEFORE.search(s) is not None,
}
_PLACE_CHECKS = {
    "short_year": lambda m, kind: _short_year_place(m, kind),
    "bare_short_year": lambda m, kind: _short_year_place(m, kind),
    "second_month": lambda m, kind: _after_a_month(m, kind),
    "month_adj": lambda m, kind: _after_a_determiner(m, kind),
    "year": lambda m, kind: (
        not _count_not_a_year(m) and not _number_not_a_year(m) and not _model_year(m)
    ),
    "short_decade": lambda m, kind: _short_decade_place(m),
    "q_quarter": lambda m, kind: not _after_a_name(m),
    "weekday": lambda m, kind: not _weekday_before_its_date(m),
    "year_range": lambda m, kind: (
        (not m.start() or m.string[m.start() - 1] not in _NOT_BEFORE_A_YEAR)
        and not _model_year(m)  # "the 2007-2010 Camry": model years (round 27)
    ),
}
# the kinds whose patterns match nothing without a digit: skipped in a sentence that has none
NEED_A_DIGIT = frozenset(
    ("md_md_range", "dm_dm_range", "between_my", "between", "md_range", "dm_range", "decade")
    + ("short_decade",)
    + ("from_to", "year_range", "mdy", "dmy", "iso", "dm", "since_my", "my", "md", "mid_year")
    + ("part_year", "q_quarter")
    + ("since_year", "year")
)
_DAY_KINDS = ("md", "dm", "md_md_range", "dm_dm_range", "holiday")


def find_dates(
    sentence: str,
    published: dt.date,
    anchor: dt.date | None = None,
    near: dt.date | None = None,
    may_is_a_name: bool = False,
    quarter: str | None = None,
) -> list[DateMention]:
    """Every date expression in ``sentence``, read against ``published``, in text order.

    ``anchor`` is the last day the article named before this sentence, for "two days later";
    ``near`` is that day when it was named in this or the previous paragraph, for "the
    previous day" (which, with no day nearby, counts from publication); ``may_is_a_name``
    when the article names a person May (``names_a_may``): "May" with no day is then no month;
    ``quarter`` the last quarter the article named before this sentence, for "in the quarter"."""
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []
    # futures of a saying another date may date, with the value read as before round 9
    pending: list[tuple[str, re.Match, tuple[int, int], str]] = []
    digits = _DIGIT.search(sentence) is not None
    may_be_counterfactual: bool | None = None  # read at the first match: most sentences have none
    patterns = may_match(_PREFILTERED, sentence)  # _PATTERNS, less those that cannot match
    extra = [(k, p) for k, p in _SHORT_YEARS if _MAY_HOLD[k](sentence)] if digits else ()
    for kind, pattern in chain(patterns, extra):
        if not digits and kind in NEED_A_DIGIT:
            continue
        for m in pattern.finditer(sentence):
            if any(m.start() < end and start < m.end() for start, end in taken):
                continue
            if kind in _PLACE_CHECKS and not _PLACE_CHECKS[kind](m, kind):
                continue  # cheap tests of the text around a match, before its tense is read
            if kind in _MONTH_ALONE and _contract_month(kind, m):
                taken.append((m.start(), m.end()))
                continue  # "oil for November delivery": a contract's name, no event's date
            if kind in _PLAN_KINDS and _first_planned_for(m):
                taken.append((m.start(), m.end()))
                continue  # "originally scheduled for Thursday, was postponed": which one is unsure
            if may_is_a_name and kind in _MONTH_ALONE and m.group("month") == "May":
                continue  # "no confidence in May" in a story about Theresa May
            if _abandoned_plan(m):
                taken.append((m.start(), m.end()))
                continue  # "originally due later this year": a plan given up, no event's date
            if may_be_counterfactual is None:
                may_be_counterfactual = counterfactual_possible(sentence)
            if may_be_counterfactual and counterfactual(sentence, m.start(), m.end()):
                continue
            deadline = _deadline_start(kind, m)
            if kind in ("month", "md") and _forecast_month(m):
                taken.append((m.start(), m.end()))
                continue  # "forecast a return to profit in March": forecast then, or for then
            if kind == "month" and _recurring_period_month(m):
                taken.append((m.start(), m.end()))
                continue  # "GM's fiscal year ends in December": a habit, no event (round 28)
            future = tense_at(sentence, m.start() if deadline is None else deadline, m.end())
            if (
                future == "future"
                and deadline is not None
                and not explicit_future(sentence, deadline, m.end())
                and _present_deadline_just_passed(kind, m, published)
            ):
                taken.append((m.start(), m.end()))
                continue  # "The offer runs until February" in April: as below
            if not future and kind == "weekday" and _awaited_day(m):
                future = "future"  # "Investors are awaiting Friday's jobs report": the coming one
            if not future and kind == "weekday" and _possible_day(m):
                future = "future"  # "GM might file on Monday", "could close by Friday": ahead
            if not future and kind in ("month_adj", "month_possessive") and _awaited_month(m):
                future = "future"  # "ahead of the September election": the coming September
            if not future and (_modal_deadline(kind, m, deadline) or _enough_until(kind, m)):
                if _deadline_just_passed(m, published):
                    taken.append((m.start(), m.end()))  # no shorter reading of its words either
                    continue  # "could run out of cash by December" in January: which one is unsure
                future = "future"  # "said it could run out of cash by March": after the saying
            if future != "future" and _reported_future_date(kind, m, deadline, near, published):
                if _deadline_just_passed(m, published, months=3):
                    # "said it would close plants by October" in November: unsure (a saying
                    # retold as "said ... would" for a month three back is as likely as new)
                    taken.append((m.start(), m.end()))
                    continue
                future = "future"  # "said on Wednesday it would close plants by June": after it
            if future != "future" and kind == "quarter":
                ahead = _reported_future_quarter(m, near, published)
                if ahead == "unsure":
                    taken.append((m.start(), m.end()))
                    continue  # "said in March it expected to ... by the third quarter": from when?
                if ahead:
                    future = "future"  # "said it expected to complete the sale by the third quarter"
            saying = None
            if future != "future" and kind in ("month", "md", "dm"):
                # "GM said in November that the plant would open in June": read from the
                # saying's own date, once every date of the sentence is known
                saying = _dated_saying(kind, m, deadline)
            if future in ("", "future") and _day_deadline_ahead(kind, m, future):
                if _deadline_just_passed(m, published):
                    taken.append((m.start(), m.end()))
                    continue  # "might miss its Dec. 15 deadline" on Jan. 10: which one is unsure
                future = "future"  # "Until March 31, the offer stands": not a day gone by
            if not future and kind in _DAY_KINDS and untensed_clause(sentence, m.start(), m.end()):
                future = "near"  # "when it arrives on November 11": the nearest November 11
            if future and kind in _PERIOD_KINDS and _reported_period(sentence, m, published):
                future = ""  # "will report first-quarter results": a period over, or under way
            if not future and kind in ("md", "month") and _given_until(m):
                future = "near"  # "gave GM until June 1": a deadline set in the past, for later
            if not future and kind == "month" and _month_in_present(m):
                if _past_month_in_present(m, published):
                    # "The strike ends in March" told in May: the present never moves a bare
                    # month into the past (round 28: "ends in December" was December 2008)
                    taken.append((m.start(), m.end()))
                    continue
                # "the model year ends in September": the coming September; "Unemployment is
                # 5.5 percent in May" told on 3 June: the month just over
                future = "near" if _month(m.group("month")) < published.month else "future"
            if (
                not future
                and deadline is not None
                and untensed_clause(sentence, deadline, m.end())
            ):
                if aside_in_past(sentence, deadline, m.end()):
                    continue  # "Smith, chief executive until March, declined": not ahead
                if _present_deadline_just_passed(kind, m, published):
                    taken.append((m.start(), m.end()))
                    continue  # "Talks continue until March" in April: told weeks ago, or next year
                future = "future"  # "talks continue until March", "if Iran does not ... by August"
            try:
                if kind == "the_quarter":
                    value = _the_quarter(found, quarter)
                else:
                    value = _value(kind, m, published, future, anchor, near)
            except OverflowError:  # "999999 days ago": counted off the calendar, no date
                taken.append((m.start(), m.end()))  # (attack14: the others of the sentence
                continue  # stay; the whole sentence's were dropped)
            if value is None:
                continue
            if kind in ("quarter", "q_quarter") and _results_before_the_end(sentence, m, value, published):
                taken.append((m.start(), m.end()))
                continue  # "reported fourth-quarter earnings" in November: a fiscal quarter
            taken.append((m.start(), m.end()))
            if saying is not None:
                pending.append((kind, m, saying, value))
                continue
            found.append(DateMention(m.start(), m.end(), m.group(0), value))
    found.extend(_after_the_saying(pending, found, published))
    found.sort(key=lambda d: d.start)
    found = _year_given_after(sentence, found)
    found = _from_the_day_named(found, published, anchor, near)
    return _refined_by_the_next(sentence, _without_name_years(sentence, following_years(found)))


_IN_THE_DAY = re.compile(r"(?:earlier|later) in the day", re.I)
_NEIGHBOUR_DAY = re.compile(
    r"the (?:previous|following|next) day|the day (?:before|after)|(?:a|one) day after ?", re.I
)
_A_DAY = re.compile(r"\d{4}-\d\d-\d\d")


def _from_the_day_named(
    found: list[DateMention], published: dt.date, anchor: dt.date | None, near: dt.date | None
) -> list[DateMention]:
    """Days counted from a day the text named: "closed at $3.50 on Friday, down from $4 a week
    earlier" (from the day named before it in the sentence, else from the last day the article
    named: ``anchor``); "filed on Monday and was sold the same day" (the day named before it in
    the sentence, else one named nearby: ``near``); "rose on Tuesday, before falling later in
    the day", "approved on Thursday, a day after the House passed it", "the next day" (from the
    day named before it in the sentence; else as read); "d+0"/"d+1"/"d-1" ("that day" ahead, "the
    next day"): only from a day named before it in the sentence."""
    out: list[DateMention] = []
    day: dt.date | None = None  # the last day named so far in the sentence
    for d in found:
        try:
            if d.value in ("d+0", "d+1", "d-1"):  # "introduced on March 3 and passed the next day"
                if day is None:
                    continue
                d.value = (day + dt.timedelta(days=int(d.value[1:]))).isoformat()
            elif d.value.startswith("@"):
                told_in_past = d.value.startswith("@=")
                offset = int(d.value.lstrip("@="))
                base = day or (near if offset == 0 else anchor)
                if base is None or (day is None and told_in_past and base > published):
                    continue  # "The same day, the union said" after a deadline ahead: no story day
                d.value = (base + dt.timedelta(days=offset)).isoformat()
            elif day is not None and _IN_THE_DAY.fullmatch(d.text):
                d.value = day.isoformat()
            elif day is not None and _NEIGHBOUR_DAY.fullmatch(d.text):
                # "approved on Thursday, a day after the House passed it": from Thursday
                step = 1 if re.search(r"following|next|the day after", d.text, re.I) else -1
                d.value = (day + dt.timedelta(days=step)).isoformat()
        except OverflowError:  # "999999 days earlier": off the calendar, this mention only
            continue
        if _A_DAY.fullmatch(d.value):
            day = dt.date.fromisoformat(d.value)
        out.append(d)
    return out


_GAP_OF_A_REFINEMENT = re.compile(r"[\s,(—–-]*(?:on|in|at)?\s*")


def _refined_by_the_next(sentence: str, found: list[DateMention]) -> list[DateMention]:
    """ "at the end of the month on April 29", "this week, on Tuesday": a coarse date right before
    the finer date that says which part of it is meant adds no entry of its own."""
    if len(found) < 2:
        return found
    _year_given_before(sentence, found)
    out = []
    for d, nxt in zip(found, found[1:], strict=False):
        if not (
            _GAP_OF_A_REFINEMENT.fullmatch(sentence, d.end, nxt.start)
            and "/" not in d.value
            and "/" not in nxt.value
            and len(nxt.value) > len(d.value)
            and nxt.value.startswith(d.value)
        ):
            out.append(d)
    out.append(found[-1])
    return out


_A_YEAR_AFTER = re.compile(r"(?:last|this|next) year", re.I)


def _year_given_after(sentence: str, found: list[DateMention]) -> list[DateMention]:
    """ "on Dec. 19 last year", "on 1 July next year": a day or month written without its year,
    right before "last/this/next year", is in that year (the year keeps its own entry: some
    annotations date it apart)."""
    for d, nxt in zip(found, found[1:], strict=False):
        if (
            re.fullmatch(r"\d{4}-\d\d(?:-\d\d)?", d.value)
            and re.fullmatch(r"\d{4}", nxt.value)
            and _A_YEAR_AFTER.fullmatch(nxt.text)
            and not re.search(r"\d{4}", d.text)
            and any(w.lower().rstrip(".") in MONTHS for w in re.findall(r"[A-Za-z]+\.?", d.text))
            and re.fullmatch(r",? ", sentence[d.end : nxt.start])
        ):
            candidate = nxt.value + d.value[4:]
            if len(candidate) == 7 or _safe_date(*map(int, candidate.split("-"))):
                d.value = candidate
    return found


# a year inside an aside about something else: "the plant, which opened in 1985, in December"
_IN_AN_ASIDE = re.compile(r",\s+(?:which|who|where)\b[^,;]*$")


def _year_given_before(sentence: str, found: list[DateMention]) -> None:
    """ "In 2007, on June 3, he left": a month or day written without its year, right after a
    year, is in that year (not in the one publication points to)."""
    for d, nxt in zip(found, found[1:], strict=False):
        if (
            re.fullmatch(r"(?:19|20)\d\d", d.value)
            and re.fullmatch(r"\d{4}-\d\d(?:-\d\d)?", nxt.value)
            and not re.search(r"\d{4}|['’]\d\d", nxt.text)
            and _GAP_OF_A_REFINEMENT.fullmatch(sentence, d.end, nxt.start)
            and not _IN_AN_ASIDE.search(sentence, 0, d.start)
        ):
            candidate = d.value + nxt.value[4:]
            if len(candidate) == 7 or _safe_date(*map(int, candidate.split("-"))):
                nxt.value = candidate


_QUARTER_VALUE = re.compile(r"(\d{4})-(01|04|07|10)/\1-(03|06|09|12)")


def is_a_quarter(value: str) -> bool:
    """ "2008-04/2008-06": the three months of a quarter."""
    m = _QUARTER_VALUE.fullmatch(value)
    return m is not None and int(m.group(3)) - int(m.group(2)) == 2


def _the_quarter(found: list[DateMention], quarter: str | None) -> str | None:
    """ "GM lost $15.5 billion in the second quarter. In the quarter, revenue fell": the quarter
    named last, in this sentence or before it; none named, no date."""
    named = [d.value for d in found if is_a_quarter(d.value)]
    return named[-1] if named else quarter


# a month naming a futures contract (round 9): "crude for November delivery", "the December
# contract", "November gold futures", "March wheat"
_CONTRACT_AFTER = re.compile(
    r"\s+(?:delivery|contracts?|futures|options|crude|oil|gold|silver|copper|wheat|corn|"
    r"soybeans|Brent|natural gas|heating oil|gasoline|settlement)\b"
)
# after "in"/"for" ("for November delivery") only a contract's own words: "In March oil
# prices fell" is March
_CONTRACT_AFTER_REL = re.compile(r"\s+(?:delivery|contracts?|futures|options)\b")


def _contract_month(kind: str, m: re.Match) -> bool:
    """ "crude for November delivery", "the December contract", "November gold": a month
    that names a futures contract, no event's date (round 9)."""
    if kind == "month":
        return _CONTRACT_AFTER_REL.match(m.string, m.end()) is not None
    return _CONTRACT_AFTER.match(m.string, m.end()) is not None


_MONTH_ALONE = frozenset(("month", "month_adj", "month_possessive", "second_month"))
_A_PERSON_MAY = re.compile(
    r"\b(?:Theresa|Brian|Mrs\.?|Ms\.?|Mr\.?|Miss|Dr\.?|Prime Minister|Minister|Secretary) May\b"
)


def names_a_may(text: str) -> bool:
    """Whether an article names a person May ("Theresa May", "Mrs May"): its "by May", "in May"
    with no day may be her, not the month."""
    return "May" in text and _A_PERSON_MAY.search(text) is not None


def _without_name_years(sentence: str, found: list[DateMention]) -> list[DateMention]:
    """ "Yesterday, day five of the 2018 FIFA World Cup": a year that opens a name adds no
    entry when the sentence names a day or month in that year."""
    if len(found) < 2:
        return found

    def in_name(d: DateMention) -> bool:
        return (
            bool(re.fullmatch(r"(?:19|20)\d\d", d.value))
            and sentence[max(0, d.start - 4) : d.start].lower() == "the "
            and bool(re.match(r" [A-Z]", sentence[d.end : d.end + 2]))
        )

    return [
        d
        for d in found
        if not in_name(d)
        or not any(o is not d and len(o.value) > 4 and o.value.startswith(d.value) for o in found)
    ]


_PREFILTERED = with_prefilters(_PATTERNS)  # find_dates' patterns, each with its prefilter


def has_time_of_day(sentence: str) -> bool:
    """True when the sentence gives a clock time ("at 7:30 a.m. ET") but may give no day."""
    return bool(_TIME.search(sentence))


def parse_absolute(text: str) -> dt.date | None:
    """The first full calendar date written in ``text`` ("Friday, July 21, 2017"), if any."""
    for kind, pattern in ((k, _PATTERNS_BY_KIND[k]) for k in ("mdy", "dmy", "iso")):
        m = pattern.search(text)
        if m:
            value = _value(kind, m, dt.date(2000, 1, 1), "")
            if value:
                return dt.date.fromisoformat(value)
    return None
