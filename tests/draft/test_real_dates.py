"""Date patterns of real news (Wikinews, as annotated in MEANTIME and GUM)."""

import datetime as dt

from generator.draft.dates import find_dates


def values(sentence, published):
    return [d.value for d in find_dates(sentence, published)]


def test_today_between_subject_and_verb_is_the_publication_day():
    pub = dt.date(2005, 9, 7)
    assert values("Apple today unveiled its latest addition to the iPod line.", pub) == [
        "2005-09-07"
    ]
    assert values("Intel Inc. today has announced a new chip.", pub) == ["2005-09-07"]


def test_today_as_nowadays_is_no_date():
    assert values("Support for the party stands at 56 percent today.", dt.date(2011, 3, 8)) == []


def test_target_year_decades_ahead():
    assert values("By 2050, undernourishment will rise.", dt.date(2014, 1, 1)) == ["2050"]


def test_present_tense_month_day_is_the_nearest_one():
    pub = dt.date(2005, 11, 5)
    assert values("The plane will be in Singapore colours when it arrives on November 11.", pub) == [
        "2005-11-11"
    ]
    assert values(
        "The first meeting is set to take place in Christchurch on May 16.", dt.date(2015, 5, 7)
    ) == ["2015-05-16"]


def test_past_tense_month_day_stays_in_the_past():
    assert values("The plane arrived on November 11.", dt.date(2005, 11, 5)) == ["2004-11-11"]


def test_counterfactual_time_is_no_event():
    assert values("A year ago this would have been unthinkable.", dt.date(2024, 6, 19)) == []
    assert values("Ten years ago, such a deal was unthinkable.", dt.date(2024, 6, 19)) == []


def test_weekday_opening_a_clause_about_names_reads_the_verb_after_them():
    pub = dt.date(2015, 9, 22)  # a Tuesday
    assert values("On Wednesday, Mohamed and his father are to travel to New York.", pub) == [
        "2015-09-23"
    ]


def test_decades_and_centuries():
    pub = dt.date(2009, 3, 1)
    assert values("The 1930’s were hard.", pub) == ["1930/1939"]
    assert values("In the sixties, he moved to Paris.", pub) == ["1960/1969"]
    assert values("It was the bloodiest war of the 20th century.", pub) == ["1900/1999"]
    assert values("Germany was divided for much of the past century.", pub) == ["1900/1999"]


def test_today_closing_a_past_tense_clause_is_the_publication_day():
    pub = dt.date(2006, 5, 8)
    assert values(
        "Apple Corps lost its court case against Apple Computer today in the High Court.", pub
    ) == ["2006-05-08"]
    assert values("Someone gave the document to the CBC today.", pub) == ["2006-05-08"]
    assert values("The firm we founded is the largest today.", pub) == []


def test_event_to_be_held_is_the_nearest_such_day():
    pub = dt.date(2005, 10, 4)
    assert values("Apple announced today another event to be held on October 12.", pub) == [
        "2005-10-04",
        "2005-10-12",
    ]
    assert values("The talks were held on October 12.", pub) == ["2004-10-12"]
    # "is to be held" stays a future from publication (a span is one interval)
    assert values(
        "The first referendum is to be held from November 20 to December 11.", dt.date(2015, 5, 7)
    ) == ["2015-11-20/2015-12-11"]
