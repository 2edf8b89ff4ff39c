"""Date phrases added after the second blind set: seasons, day-month order, year ends, the
following year, "last <weekday>" the day after, futures seen from the past."""

import datetime as dt

import pytest

from generator.draft.dates import find_dates

FRIDAY = dt.date(2024, 10, 11)


def values(sentence: str, pub: dt.date = FRIDAY) -> list[str]:
    """The ISO/EDTF values of the date phrases in a sentence, in text order."""
    return [d.value for d in find_dates(sentence, pub)]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The strike was called off on 3 October.", ["2024-10-03"]),
        ("Unions will march again on 2 November.", ["2024-11-02"]),
        ("The firms first met on the 4th of February.", ["2024-02-04"]),
        ("The firms first met on the 4th of February, 2019.", ["2019-02-04"]),
        ("Prices have risen since March last year.", ["2023-03/.."]),
        ("The plant closed in July last year.", ["2023-07"]),
        ("The plant will reopen in April next year.", ["2025-04"]),
        ("Parliament will vote on the bill in the spring.", ["2025-03/2025-05"]),
        ("The ministry asked for the money in the spring.", ["2024-03/2024-05"]),
        ("Protesters first marched in the summer of 2021.", ["2021-06/2021-08"]),
        ("The company said it would open the plant in the autumn.", ["2024-09/2024-11"]),
        ("Flooding hit the valley last winter.", ["2023-12/2024-02"]),
        ("The line should be finished by the end of the year.", ["2024"]),
        ("The line should be finished by the end of next year.", ["2025"]),
        ("The bank failed in March 2008 and was sold the following year.", ["2008-03", "2009"]),
        ("The talks, which began last Thursday, stalled.", ["2024-10-03"]),
        ("The talks stalled on Thursday.", ["2024-10-10"]),
        ("Diplomats said the delegations were due to meet again on Monday.", ["2024-10-14"]),
        ("The board must certify the count by Oct. 25.", ["2024-10-25"]),
        ("He said 30,000 homes would be built in the spring.", ["2025-03/2025-05"]),
    ],
)
def test_relative_date_phrases(sentence, expected):
    assert values(sentence) == expected


def test_the_following_year_needs_a_year_before_it():
    assert values("A rerun was held the following year.") == []


def test_a_falling_price_is_no_season():
    assert values("Prices fall in the winter of discontent.") == []


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # told in the past: the span follows a moment of the story, not publication
        ("The company was founded in 1990 and grew over the next ten years.", ["1990"]),
        ("After the war ended in 1945, the town was rebuilt over the next decade.", ["1945"]),
        ("She joined the bank in 2001 and over the next three years doubled its profits.",
         ["2001"]),
        # ahead of publication: said now, or with a future or a modal
        ("The company expects to hire 500 people over the next decade.", ["2024/2034"]),
        ("Officials said the fund will grow over the next decade.", ["2024/2034"]),
        ("Analysts said prices could double over the next decade.", ["2024/2034"]),
        ("The bank said prices would rise over the next two years.", ["2024/2026"]),
    ],
)
def test_a_span_ahead_in_a_past_clause_is_not_counted_from_publication(sentence, expected):
    assert values(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # an irregular past form makes the clause past: the deadline month is behind
        ("Until March, Smith sat on the board of the bank.", ["2024-03"]),
        ("The firm oversaw the project until March, when it was sold.", ["2024-03"]),
        ("Smith, 54, sat on the board until March.", ["2024-03"]),
        # a name that is also a past form ("Drew") leaves the clause untensed: ahead
        ("Drew stays in the post until March.", ["2025-03"]),
    ],
)
def test_a_deadline_month_after_an_irregular_past_form_is_behind(sentence, expected):
    assert values(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # "By the end of August" opening its clause: the tense is read in the words after it
        ("By the end of August, the company had sold a million phones.", ["2024-08"]),
        ("By the end of August, the company will have sold a million phones.", ["2025-08"]),
        ("The plant will close by the end of August.", ["2025-08"]),
    ],
)
def test_a_deadline_opening_its_clause_takes_the_tense_of_the_words_after_it(sentence, expected):
    assert values(sentence) == expected
