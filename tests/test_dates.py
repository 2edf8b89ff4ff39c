"""Dates at the precision the text gives, shown honestly and sorted the same every time."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.content.dates import DateError, parse_date


@pytest.mark.parametrize(("written", "shown"), [
    ("2023", "2023"),
    ("2023-09", "September 2023"),
    ("2024-06-19", "19 June 2024"),
    ("2024-06-15/2024-06-16", "15–16 June 2024"),
    ("2024-06-30/2024-07-01", "30 June – 1 July 2024"),
    ("../2004", "2004 or earlier"),
    ("2023-09/..", "since September 2023"),
    ("2023-09?", "September 2023 (uncertain)"),
    ("2000~", "about 2000"),
    ("2024-W24", "week of 10 June 2024"),
])
def test_label_says_only_what_is_written(written: str, shown: str) -> None:
    assert parse_date(written).label() == shown


@pytest.mark.parametrize(("written", "message"), [
    ("2024-02-30", "'2024-02-30' is not a date: February 2024 has 29 days"),
    ("2023-02-29", "'2023-02-29' is not a date: February 2023 has 28 days"),
    ("2024-13", "'2024-13' is not a date: there is no month 13"),
    ("Thursday", "'Thursday' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD (or an "
                 "interval START/END, with '..' for an open end)"),
    ("October 32, 2010", "'October 32, 2010' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD "
                         "(or an interval START/END, with '..' for an open end)"),
    # a date in words, with dots or without its zeros, as a hurried analyst writes it
    # (analyst8): what to write instead, as for slashes
    ("June 2024", "'June 2024' is not a date: write it YYYY-MM, here 2024-06"),
    ("October 7, 2010", "'October 7, 2010' is not a date: write it YYYY-MM-DD, here 2010-10-07"),
    ("7 October 2010", "'7 October 2010' is not a date: write it YYYY-MM-DD, here 2010-10-07"),
    ("Oct. 7th, 2010", "'Oct. 7th, 2010' is not a date: write it YYYY-MM-DD, here 2010-10-07"),
    ("2010-10-7", "'2010-10-7' is not a date: write it YYYY-MM-DD, here 2010-10-07"),
    ("07.10.2010", "'07.10.2010' is not a date: write it YYYY-MM-DD, here 2010-10-07 if the day "
                   "comes first or 2010-07-10 if the month does"),
    ("October 7, 2010/2010-10-09", "'October 7, 2010' is not a date: write it YYYY-MM-DD, here "
                                   "2010-10-07"),
    ("2024-06-20/2024-06-19", "'2024-06-20/2024-06-19' ends before it starts"),
    ("../..", "'../..' has neither a start nor an end"),
    # a calendar date written with slashes, as an analyst's locale writes it (analyst7):
    # what to write instead, never a lesson about intervals
    ("29/01/2005", "'29/01/2005' is not a date: write it YYYY-MM-DD, here 2005-01-29 "
                   "(a '/' separates the two ends of an interval, START/END)"),
    ("01/29/2005", "'01/29/2005' is not a date: write it YYYY-MM-DD, here 2005-01-29 "
                   "(a '/' separates the two ends of an interval, START/END)"),
    ("2005/1/29", "'2005/1/29' is not a date: write it YYYY-MM-DD, here 2005-01-29 "
                  "(a '/' separates the two ends of an interval, START/END)"),
    ("07/08/2007", "'07/08/2007' is not a date: write it YYYY-MM-DD, here 2007-08-07 if the "
                   "day comes first or 2007-07-08 if the month does (a '/' separates the two "
                   "ends of an interval, START/END)"),
    ("2024-06/2024-07/2024-08", "'2024-06/2024-07/2024-08' has more than one '/'; an "
                                "interval is START/END"),
])
def test_invalid_dates_say_why(written: str, message: str) -> None:
    with pytest.raises(DateError) as caught:
        parse_date(written)
    assert str(caught.value) == message


def test_sorting_puts_coarser_before_finer_within_the_same_start() -> None:
    dates = ["2024-06-19", "2024", "2024-06", "../2004", "2023-09/.."]
    ordered = sorted(dates, key=lambda d: parse_date(d).sort_key())
    assert ordered == ["../2004", "2023-09/..", "2024", "2024-06", "2024-06-19"]


@given(st.dates(), st.sampled_from(["year", "month", "day"]))
def test_any_valid_date_round_trips_and_covers_itself(day, precision) -> None:  # type: ignore[no-untyped-def]
    text = {"year": f"{day.year:04d}", "month": f"{day.year:04d}-{day.month:02d}",
            "day": day.isoformat()}[precision]
    parsed = parse_date(text)
    assert parsed.text == text
    assert parsed.first <= day <= parsed.last
