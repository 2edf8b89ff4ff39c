"""Date patterns of real news, second round (issue 10: dates people can trust)."""

import datetime as dt

from generator.draft.dates import find_dates


def values(sentence, published):
    return [d.value for d in find_dates(sentence, published)]


def test_itinerary_months_take_the_tense_of_the_clause_that_opens_the_list():
    pub = dt.date(2013, 10, 9)
    assert values(
        "I am going to Las Vegas next month, Italy in November, back to Las Vegas in December, "
        "Mexico in January, and the FFFF in April.",
        pub,
    ) == ["2013-11", "2013-11", "2013-12", "2014-01", "2014-04"]
    # a clause with a verb of its own keeps its own tense
    assert values("We will go to Rome in November, and Paris was lovely in March.", pub) == [
        "2013-11",
        "2013-03",
    ]


def test_going_to_is_a_future():
    assert values("She is going to visit Lima in March.", dt.date(2013, 10, 9)) == ["2014-03"]
    assert values("She was going to visit Lima in March.", dt.date(2013, 10, 9)) == ["2014-03"]


def test_a_capitalised_season_opening_a_name_is_no_season():
    pub = dt.date(2013, 11, 16)
    assert values("He worked the Winter Olympics for NBC.", pub) == []
    assert values("The Winter Carnival of Magic is in Tennessee.", pub) == []
    assert values("The talks resume in the winter.", pub) == ["2013-12/2014-02"]


def test_a_weekday_that_is_any_such_day_or_part_of_a_name_is_no_day():
    pub = dt.date(2012, 3, 10)
    assert values("We read the ideas on a Monday and pick an issue.", pub) == []
    assert values("A cartoon by Saturday Morning Breakfast Cereal artist Zach Weiner.", pub) == []
    # "a Wednesday media event" is one Wednesday
    assert values("In a Wednesday media event, Apple released laptops.", dt.date(2010, 10, 20)) == [
        "2010-10-20"
    ]


def test_later_this_year_is_the_rest_of_the_year():
    assert values(
        "The delivery is due later this year.", dt.date(2006, 10, 5)
    ) == ["2006-10/2006-12"]
    # a plan given up ("originally due later this year") dates no event (round 13)
    assert values(
        "The delivery, originally due later this year, slipped.", dt.date(2006, 10, 5)
    ) == []
    assert values("They will meet later this year.", dt.date(2006, 12, 5)) == ["2006-12"]


def test_through_the_weekend():
    pub = dt.date(2016, 9, 7)  # a Wednesday
    assert values("The championship ran throughout the weekend.", pub) == ["2016-09-03/2016-09-04"]
    assert values("More rain is expected through the weekend.", pub) == ["2016-09-10/2016-09-11"]


def test_two_digit_years_with_an_apostrophe():
    pub = dt.date(2015, 1, 6)
    assert values("He graduated with the class of '98.", pub) == ["1998"]
    assert values("Turnout peaked in '08, then fell.", pub) == ["2008"]
    # a closing quote after a number is no year
    assert values("The score was '3 to 98' in the paper.", pub) == []


def test_bare_two_digit_years_in_a_list_that_names_a_year_in_full():
    pub = dt.date(2015, 1, 6)
    assert values(
        "Reagan in 80 and 84, Bush in 88 and 92, Bush in 2000 and, Romney in 08.", pub
    ) == ["1980", "1984", "1988", "1992", "2000", "2008"]
    # no year in full: a number after "in" may be anything
    assert values("Turnout rose in 80 and 84, the study found.", pub) == []
    assert values("In 2010, prices fell in 10, 20 and 30 cities.", pub) == ["2010"]
    assert values("In 2010 they scored in 15 minutes.", pub) == ["2010"]


def test_nine_eleven_is_the_day_of_the_attacks():
    assert values("I volunteered during 9/11 as a civilian.", dt.date(2010, 5, 1)) == ["2001-09-11"]
    assert values("The form is due 9/11/2012.", dt.date(2010, 5, 1)) == []


def test_a_month_day_span_is_one_interval_in_the_year_its_tense_points_to():
    assert values(
        "The exhibit is to run from January 23 through March 9.", dt.date(2014, 1, 28)
    ) == ["2014-01-23/2014-03-09"]
    assert values("The exhibit ran from January 23 to March 9.", dt.date(2014, 5, 1)) == [
        "2014-01-23/2014-03-09"
    ]
    assert values("The talks ran from 20 December to 3 January.", dt.date(2014, 5, 1)) == [
        "2013-12-20/2014-01-03"
    ]
    assert values("Flows fell between August 4 and August 18, 2025.", dt.date(2025, 9, 1)) == [
        "2025-08-04/2025-08-18"
    ]


def test_the_year_before_in_a_present_clause_counts_from_publication():
    pub = dt.date(2015, 5, 7)
    assert values("This is a decrease from the year before, when it was forty percent.", pub) == [
        "2014"
    ]
    assert values("In 2004, prices fell; the year before, they rose.", pub) == ["2004", "2003"]
    # a past narrative with no year named: the year is not known
    assert values("Sales had risen the year before.", pub) == []


def test_a_year_in_a_count_of_years_is_no_year():
    pub = dt.date(2007, 3, 3)
    assert values("It continues a 2000 year old tradition.", pub) == []
    assert values("The 2000-year-old temple reopened.", pub) == []
    assert values("The temple reopened in 2000.", pub) == ["2000"]


def test_this_years_without_an_apostrophe():
    assert values("The theme of this years lantern festival is the pig.", dt.date(2007, 3, 3)) == [
        "2007"
    ]
    assert values("In the past years many came.", dt.date(2007, 3, 3)) == []


def test_several_years_ago_is_some_time_before_publication():
    pub = dt.date(2012, 3, 10)
    assert values("A few months ago.", pub) == ["../2012-03"]
    assert values("We developed it several years ago.", pub) == ["../2012"]
    assert values("We developed it two years ago.", pub) == ["2010"]


def test_days_before_an_event_are_not_counted_from_a_date():
    anchor = dt.date(2015, 9, 11)
    found = find_dates(
        "The accident comes ten days before the beginning of the Hajj.", anchor, anchor
    )
    assert [d.value for d in found] == []
    found = find_dates("Two days before, the crane had been moved.", anchor, anchor)
    assert [d.value for d in found] == ["2015-09-09"]


def test_a_few_days_later_gives_no_day():
    anchor = dt.date(2015, 9, 11)
    assert [d.value for d in find_dates("A few days later it fell.", anchor, anchor)] == []


def test_the_last_months_of_a_life_are_not_counted_from_publication():
    pub = dt.date(2009, 6, 1)
    assert values("Over the last five months of her life, she ate little.", pub) == []
    assert values("Over the last five months, prices rose.", pub) == ["2009-01/2009-06"]


def test_the_past_decade_and_the_next_decade():
    pub = dt.date(2011, 1, 17)
    assert values("Rents have doubled over the past decade.", pub) == ["2001/2011"]
    # the frame of a comparison dates no event
    assert values("It was the third time in the past decade that he took leave.", pub) == []
    assert values("Rents will double over the next decade.", pub) == ["2011/2021"]
    assert values("During the last decade of the century, it grew.", pub) == []


def test_the_beginning_of_the_year():
    pub = dt.date(2008, 4, 9)
    assert values("The company passed Wal-Mart at the beginning of the year.", pub) == ["2008"]
    assert values("It was the ninth attack since the start of the year.", pub) == ["2008-01/.."]
    assert values("The plant will open at the start of next year.", pub) == ["2009"]


def test_years_ago_with_a_bracketed_number():
    assert values('"[Ten] years ago, a browser was born."', dt.date(2011, 3, 8)) == ["2001"]


def test_a_month_day_in_a_clause_with_no_tense_is_the_nearest_one():
    pub = dt.date(2025, 10, 29)
    assert values("She added that a cut at the November 27 meeting is possible.", pub) == [
        "2025-11-27"
    ]
    assert values(
        "It welcomes the decision by ECOWAS, to convene a summit on November 20.", pub
    ) == ["2025-11-20"]
    # a past form in the clause keeps the past reading
    assert values("The bank cut rates on November 27.", pub) == ["2024-11-27"]


def test_an_intention_agreed_in_the_past_is_the_nearest_month():
    pub = dt.date(2024, 2, 22)
    assert values("The two leaders agreed to convene a dialogue in Honolulu in June.", pub) == [
        "2024-06"
    ]
    assert values("The two leaders met in Honolulu in June.", pub) == ["2023-06"]


def test_planned_for_a_month():
    assert values("Elections, he said, remained planned for November.", dt.date(2025, 2, 24)) == [
        "2025-11"
    ]
    assert values("Most members voted for May in the leadership race.", dt.date(2025, 2, 24)) == []


def test_a_quarter_written_as_an_adjective():
    pub = dt.date(2006, 11, 8)
    assert values("The carmaker posted a third-quarter loss.", pub) == ["2006-07/2006-09"]


def test_halves_of_a_year():
    pub = dt.date(2006, 11, 8)
    assert values("Sales fell in the first half of the year.", pub) == ["2006-01/2006-06"]
    assert values("Sales fell in the second half of 2005.", pub) == ["2005-07/2005-12"]
    assert values(
        "Output fell in early 2023 and recovered in the second half of the year.", pub
    ) == ["2023", "2023-07/2023-12"]
    # a match's second half is no date
    assert values("He scored in the second half.", pub) == []


def test_this_past_friday_is_the_last_one_whatever_the_tense():
    pub = dt.date(2006, 11, 8)  # a Wednesday
    assert values("GM said it would sell the stake this past Friday.", pub) == ["2006-11-03"]


def test_the_next_n_units_count_from_publication():
    pub = dt.date(2007, 2, 28)
    assert values("Airbus will cut 10,000 jobs over the next four years.", pub) == ["2007/2011"]
    assert values("The UK will double its funding over the next 12 months.", pub) == [
        "2007-02/2008-02"
    ]


def test_a_span_of_months_is_one_interval():
    pub = dt.date(2006, 11, 8)
    assert values("Sales fell from September to November.", pub) == ["2006-09/2006-11"]
    assert values("The plant will close between March and June.", pub) == ["2007-03/2007-06"]
    assert values("Prices rose from March to June 2004.", pub) == ["2004-03/2004-06"]


def test_the_second_month_of_a_pair():
    pub = dt.date(2006, 11, 8)
    assert values("Sales fell in September and October.", pub) == ["2006-09", "2006-10"]
    assert values("Smith and May met the press.", pub) == []


def test_two_days_joined_by_and_are_two_days():
    pub = dt.date(2006, 11, 8)
    assert values("The union met on Oct. 3 and Nov. 5.", pub) == ["2006-10-03", "2006-11-05"]
    assert values("Talks ran between Oct. 3 and Oct. 9.", pub) == ["2006-10-03/2006-10-09"]


def test_a_month_before_a_noun():
    pub = dt.date(2009, 7, 1)
    assert values("GM's June sales fell 33 percent.", pub) == ["2009-06"]
    assert values("Will they seek an exemption before the July deadline?", pub) == ["2009-07"]
    # "May" before a noun is as often the verb or a name
    assert values("Ford's May sales rose.", pub) == []
    assert values("April Smith and June Carter met.", pub) == []


def test_a_list_of_months():
    pub = dt.date(2009, 7, 1)
    assert values("Sales fell in April, May and June.", pub) == ["2009-04", "2009-05", "2009-06"]
    assert values("The book costs $20, June said.", pub) == []


def test_a_span_of_years_written_with_a_dash():
    pub = dt.date(2009, 7, 1)
    assert values("He played in the 2008-09 season.", pub) == ["2008/2009"]
    assert values("It ran from 2001-2005.", pub) == ["2001/2005"]
    # "2008-12" may be December 2008: no span
    assert values("The code was 2008-12 in the file.", pub) == []


def test_the_day_before_counts_from_the_last_day_named_even_when_a_year_follows_it():
    from generator.draft import draft_text

    text = (
        "GM to cut jobs\n\nNovember 22, 2005\n\n"
        "General Motors said on Monday it would close a dozen plants by 2008. "
        "The announcement came a day after Ford said it would cut costs.\n"
    )
    timeline = draft_text(text, published=dt.date(2005, 11, 22)).data["timeline"]
    dated = {(e["date"], e["evidence"][:16]) for e in timeline}
    assert ("2005-11-20", "The announcement") in dated


def test_a_year_opening_a_name_adds_nothing_to_a_day_in_that_year():
    pub = dt.date(2018, 6, 19)
    assert values("Yesterday, day five of the 2018 FIFA World Cup, Sweden won.", pub) == [
        "2018-06-18"
    ]
    assert values("The 2018 FIFA World Cup opened in Moscow.", pub) == ["2018"]
    assert values("In 2018 France won; on July 15, 2018 it ended.", pub) == [
        "2018",
        "2018-07-15",
    ]


def test_an_infinitive_passive_is_a_future_seen_from_the_past():
    pub = dt.date(2026, 1, 20)
    assert values("He announced grants, to be disbursed starting in the second quarter.", pub) == [
        "2026-04/2026-06"
    ]
    assert values("The grants were disbursed in the second quarter.", pub) == ["2025-04/2025-06"]


def test_a_deadline_month_in_a_clause_with_no_past_form_is_ahead():
    pub = dt.date(2025, 7, 30)
    assert values("Talks continue until March.", pub) == ["2026-03"]
    assert values(
        "If Iran does not restore access for United Nations inspectors by the end of August, "
        "they will act.",
        pub,
    ) == ["2025-08"]
    # a past form keeps the past reading ("United" is a name, no past form)
    assert values("The rebels held the town until March.", pub) == ["2025-03"]
    assert values("By March, sales had fallen.", pub) == ["2025-03"]


def test_deadline_in_a_description_after_a_name_in_a_past_sentence_is_not_ahead():
    published = dt.date(2015, 6, 10)
    assert values("Smith, chief executive until March, declined to comment.", published) == []
    assert values("Acme, a supplier to Boeing until March, said it had lost the contract.",
                  published) == []
    assert values("Talks continue until March, officials said.", published) == ["2016-03"]
    assert values("The strike, which continues until March, was called by the union.",
                  published) == ["2016-03"]
