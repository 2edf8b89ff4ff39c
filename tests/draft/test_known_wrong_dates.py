"""Dates the drafter got wrong (round trust8): each now right, or left undated where the text
does not say which one is meant."""

import datetime as dt

from conftest import draft

from generator.draft.dates import find_dates

PUB = dt.date(2009, 4, 15)  # a Wednesday


def values(sentence, published=PUB):
    return [d.value for d in find_dates(sentence, published)]


def test_a_past_clause_opened_by_a_day_and_a_preposition_is_the_last_such_day():
    # the clause read was "On", which has no tense: the nearest May 3 was taken
    assert values("On May 3, GM closed the plant.") == ["2008-05-03"]
    assert values("On May 3, GM will close the plant.") == ["2009-05-03"]
    assert values("On May 3, GM closed the plant.", dt.date(2009, 1, 15)) == ["2008-05-03"]


def test_a_said_aside_after_an_opening_deadline_is_not_its_clause():
    assert values("By Friday, GM said, it will have a plan.") == ["2009-04-17"]
    assert values("By Friday, GM said, it had sold the unit.") == ["2009-04-10"]
    assert values("By June, analysts said, the company will be bankrupt.") == ["2009-06"]
    # after "On" the aside may date the saying: the nearest such day, as before
    assert values("On March 31, the Treasury said, GM will get more aid.") == ["2009-03-31"]
    # no aside: the verb of saying still dates the day
    assert values("On Tuesday, GM said it would cut 2,000 jobs.") == ["2009-04-14"]


def test_a_deadline_something_may_meet_lies_after_the_saying():
    assert values("GM said it could run out of cash by March.", dt.date(2009, 1, 15)) == ["2009-03"]
    assert values("GM said it could run out of cash by March.", dt.date(2009, 8, 15)) == ["2010-03"]
    assert values("GM may need more aid by Dec. 31.", dt.date(2009, 8, 10)) == ["2009-12-31"]


def test_a_modal_deadline_just_passed_is_left_undated():
    # the coming December if said now, the last one if said weeks ago
    assert values("GM said it could run out of cash by December.", dt.date(2009, 1, 15)) == []
    assert values("GM may need more aid by Dec. 31.", dt.date(2009, 2, 10)) == []
    # nor read again as the month alone
    assert values("GM may need aid by April 10.") == []
    assert values("GM may need aid by April 20.") == ["2009-04-20"]


def test_a_day_after_an_event_with_no_day_named_is_undated():
    assert values("A day after the strike began, the talks ended.") == []
    assert values("The move came a day after the strike began.") == []
    # from a day named before it in the sentence
    assert values("The talks ended on Tuesday, a day after the strike began.") == [
        "2009-04-14",
        "2009-04-13",
    ]
    # told in the present, as a headline: the news of publication day
    assert values("The move comes a day after the strike began.") == ["2009-04-14"]


def test_figures_named_before_a_just_ended_quarter_are_of_that_quarter():
    jan = dt.date(2009, 1, 15)
    assert values(
        "Economists expect GDP data for the fourth quarter to show a contraction.", jan
    ) == ["2008-10/2008-12"]
    assert values("GM expects sales in the fourth quarter to fall.", jan) == ["2008-10/2008-12"]
    # a quarter ahead or under way stays ahead
    assert values("GM expects sales in the fourth quarter to fall.", dt.date(2009, 5, 15)) == [
        "2009-10/2009-12"
    ]


def _timeline(d):
    return {t["evidence"]: t["date"] for t in d.data["timeline"]}


def test_later_in_the_day_after_a_day_ahead_is_that_day():
    d = draft(
        "The union will vote on Thursday.\n\nResults will follow later in the day.",
        published=dt.date(2009, 1, 13),
    )
    assert _timeline(d)["Results will follow later in the day."] == "2009-01-15"
    d = draft(
        "The union voted on Monday.\n\nShares rose later in the day.",
        published=dt.date(2009, 1, 13),
    )
    assert _timeline(d)["Shares rose later in the day."] == "2009-01-12"
