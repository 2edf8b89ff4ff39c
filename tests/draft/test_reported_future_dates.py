"""Dates of the reported future (round dates8): "GM said on Wednesday it would close three plants
by June" looks ahead of the saying, so the month or day is the coming one, as "will ... by
March" is; undated when it has passed in the three months before publication (the saying may
be weeks old); habits, the counterfactual past and sayings dated weeks back do not move."""

import datetime as dt

from conftest import draft

from generator.draft.dates import find_dates

PUB = dt.date(2008, 11, 12)  # a Wednesday


def values(sentence, published=PUB):
    return [d.value for d in find_dates(sentence, published)]


def test_would_by_a_month_after_a_past_saying_is_the_coming_month():
    # was the past June (the nearest one: five months back)
    s = "General Motors Corp. said on Wednesday it would close three plants by June."
    assert values(s) == ["2008-11-12", "2009-06"]
    assert values("GM said it would close the plant by the end of June.") == ["2009-06"]
    assert values("GM said it would close the plant by early June.") == ["2009-06"]
    assert values("GM said the plant would be shut by June.") == ["2009-06"]
    # the future already said so: unchanged
    assert values("Ford said it will cut 2,000 jobs by March.") == ["2009-03"]


def test_would_in_a_month_after_a_past_saying_is_the_coming_month():
    s = "General Motors Corp. said on Wednesday it would close three plants in June."
    assert values(s) == ["2008-11-12", "2009-06"]
    assert values("GM told workers on Tuesday that the plant would close in June.") == [
        "2008-11-11",
        "2009-06",
    ]
    # the phrase opening its clause, the saying set off as an aside
    assert values("By June, GM said, it would close three plants.") == ["2009-06"]


def test_was_to_expected_to_aimed_to_after_a_saying_are_the_coming_month():
    assert values("GM said it was to close the plant in June.") == ["2009-06"]
    assert values("GM said it expected to close the plant in June.") == ["2009-06"]
    assert values("GM said it aimed to close the plant by June.") == ["2009-06"]
    assert values("GM said it planned to close the plant by June.") == ["2009-06"]
    assert values("GM said it was due to repay the loan by June.") == ["2009-06"]


def test_would_on_or_by_a_day_after_a_past_saying_is_the_coming_day():
    # was the past June 30 (the nearest one)
    assert values("GM said it would close the plant on June 30.") == ["2009-06-30"]
    assert values("GM said it would repay the loan by June 30.") == ["2009-06-30"]
    assert values("GM said it would close the plant on March 3.") == ["2009-03-03"]
    assert values("GM said it would close the plant by Friday.") == ["2008-11-14"]


def test_a_reported_future_month_or_day_just_passed_is_left_undated():
    # the coming October if said this week, the last one if said weeks ago
    assert values("GM said it would close the plant by October.") == []
    assert values("GM said it would close the plant in September.") == []
    assert values("GM said it would close the plant on Oct. 30.") == []
    assert values("GM said it would close the plant by Nov. 5.") == []
    # three months back is still unsure (a wider margin than "could ... by" has), four is not
    assert values("GM said it would close the plant in August.") == []
    assert values("GM said it would close the plant in July.") == ["2009-07"]
    # the coming ones
    assert values("GM said it would close the plant in November.") == ["2008-11"]
    assert values("GM said it would close the plant in December.") == ["2008-12"]
    assert values("GM said it would close the plant on Nov. 20.") == ["2008-11-20"]


def test_habitual_or_counterfactual_would_does_not_move_ahead():
    # no saying, a habit, or "would have": read as before (the past June)
    assert values("In June, he would often visit the plant.") == ["2008-06"]
    assert values("He would often visit the plant in June.") == ["2008-06"]
    assert values("He said he would often visit the plant in June.") == ["2008-06"]
    assert values("GM said it would have closed the plant by June if sales had held.") == [
        "2008-06"
    ]


def test_a_past_event_in_the_reported_sentence_does_not_move_ahead():
    assert values("GM said it would close the plant, which opened in June.") == ["2008-06"]
    assert values("GM said it would close the plant it bought in June.") == ["2008-06"]
    assert values("GM said it would close the plant after sales fell in June.") == ["2008-06"]
    assert values("GM, which said it would cut jobs, closed the plant in June.") == ["2008-06"]
    assert values("On June 30, GM said it would close the plant.") == ["2008-06-30"]


def test_a_saying_dated_weeks_back_does_not_move_its_future_ahead():
    # the future is seen from March, not from publication: read as before
    assert values("GM said in March it would close the plant by June.") == ["2008-03", "2008-06"]
    # round 9: a saying dated last month (October) looks ahead from October: the next June
    assert values("GM said last month it would close the plant by June.") == [
        "2008-10",
        "2009-06",
    ]
    # "had said": a saying before another past moment, maybe months back
    assert values("Analysts had said GM would run out of cash by June.") == ["2008-06"]
    assert values("GM had earlier said it would close the plant by June.") == ["2008-06"]
    # a day named nearby, weeks before publication, may be the saying's day
    found = find_dates(
        "GM said it would close the plant by June.", PUB, near=dt.date(2008, 9, 15)
    )
    assert [d.value for d in found] == ["2008-06"]


def test_reported_future_month_through_briefing_draft():
    d = draft(
        "DETROIT (Reuters) - General Motors Corp. said on Wednesday it would close three "
        "plants by June as sales slump.\n\nThe automaker gave no other details.",
        published=PUB,
    )
    assert [e["date"] for e in d.data["timeline"]] == ["2008-11-12", "2009-06"]
