"""Date phrases of wire stories (issue 10, round dates7): tense of a wish, comparisons with a
year before, the day of the story's own event, decades in two digits."""

import datetime as dt

from generator.draft.dates import find_dates

PUB = dt.date(2009, 4, 15)  # a Wednesday


def values(sentence, published=PUB):
    return [d.value for d in find_dates(sentence, published)]


def test_should_wants_to_and_likely_to_look_ahead():
    assert values("The transaction should be completed in October.") == ["2009-10"]
    assert values("The union is likely to vote in March.") == ["2010-03"]
    assert values("The company seeks to sell the unit in February.") == ["2010-02"]
    # "should have" looks back
    assert values("The plant should have closed in October.") == ["2008-10"]
    assert values("He said GM should not have closed the plant in October.") == ["2008-10"]


def test_a_deadline_before_a_part_of_a_month_is_ahead():
    # the clause holding "by early June" has no past form (its verb is before a comma)
    assert values(
        "Chrysler has said that it wants to eliminate 789, or about a quarter, of its 3,200 "
        "dealers by early June."
    ) == ["2009-06"]
    assert values("The firm will keep the plant open until mid-March.") == ["2010-03"]
    assert values("By late March, it had sold 3,000 cars.") == ["2009-03"]


def test_the_same_period_a_year_ago_is_the_period_named_before_a_year_earlier():
    assert values("Sales fell 35% in January, compared to the same month a year ago.") == [
        "2009-01",
        "2008-01",
    ]
    assert values("Sales rose 43% in February compared to the same period last year.") == [
        "2009-02",
        "2008-02",
    ]
    assert values("Revenue rose in the first quarter from the same quarter last year.") == [
        "2009-01/2009-03",
        "2008-01/2008-03",
    ]
    assert values("Profit fell in the first quarter from $3 billion in the year-earlier period.") == [
        "2009-01/2009-03",
        "2008-01/2008-03",
    ]
    # nothing named before: "last year" counts from publication; "a year earlier" from nothing
    assert values("Revenue fell 12% compared with the same period last year.") == ["2008"]
    assert values("Revenue fell 12% compared with the same period a year earlier.") == []


def test_a_year_ago_in_a_comparison_is_the_month_named_before_a_year_earlier():
    assert values("Sales in March were 20% lower than a year ago.") == ["2009-03", "2008-03"]
    assert values("Sales fell 35% in January from a year ago.") == ["2009-01", "2008-01"]
    # no month named: the year before publication, as before
    assert values("Its share rose to 17%, up from 14% a year ago.") == ["2008"]
    assert values("A year ago, the bank was still raising rates.") == ["2008"]


def test_the_previous_month_or_quarter_is_the_one_before_the_one_named():
    assert values("Retail sales rose 0.5% in January after a 0.3% drop the previous month.") == [
        "2009-01",
        "2008-12",
    ]
    assert values("Profit fell in the third quarter of 2008 compared to the prior quarter.") == [
        "2008-07/2008-09",
        "2008-04/2008-06",
    ]
    # no quarter named: the quarter before publication's, as "last quarter" (but not as the
    # base of a comparison: test_the_previous_quarter_compared_with_and_no_quarter_named...)
    assert values("Profit was lower in the previous quarter.") == ["2009-01/2009-03"]
    # no month named: not counted from publication
    assert values("The bank raised rates the previous month.") == []
    assert values("Sales rose 5% in March after falling 3% the month before.") == [
        "2009-03",
        "2009-02",
    ]


def test_later_in_the_day_is_the_day_of_the_story_event():
    assert values("Shares rose on Monday but fell later in the day.") == ["2009-04-13", "2009-04-13"]
    tuesday = dt.date(2009, 4, 14)
    found = find_dates("The stock fell later in the day.", PUB, tuesday, tuesday)
    assert [d.value for d in found] == ["2009-04-14"]
    # no day named nearby: the publication day
    assert values("The stock fell later in the day.") == ["2009-04-15"]


def test_decades_in_two_digits():
    assert values("Cars were popular in the 70s and 80s.") == ["1970/1979", "1980/1989"]
    assert values("Ford was a leader in the 1970s and 80s.") == ["1970/1979", "1980/1989"]
    assert values("He lived there in the '60s.") == ["1960/1969"]
    assert values("Music from the mid-90s and the late 80s was played.") == [
        "1994/1996",
        "1987/1989",
    ]
    # ages, temperatures, prices are no decades
    assert values("The man, in his 70s, was arrested.") == []
    assert values("People in their early 80s are at risk.") == []
    assert values("Temperatures were in the 70s.") == []
    assert values("The stock traded in the 70s for weeks.") == []


def test_a_date_after_an_aside_takes_the_tense_of_the_clause_before_it():
    assert values("GM will close four plants, including one in Ohio, in October.") == ["2009-10"]
    assert values(
        "The automaker plans to begin production of the car, a four-door sedan, in September."
    ) == ["2009-09"]
    assert values("The company is expected, analysts say, to announce the cuts in October.") == [
        "2009-10"
    ]
    # a clause with a verb of its own keeps its own tense
    assert values("Ford sold 10,000 cars, up 5%, in March.") == ["2009-03"]
    assert values("GM, which will close plants next year, sold 10,000 cars, up 5%, in March.") == [
        "2010",
        "2009-03",
    ]
    assert values("The talks, set to open on May 17, follow attacks on Monday.") == [
        "2009-05-17",
        "2009-04-13",
    ]


def test_slated_poised_and_a_past_hope_look_ahead():
    assert values("Production is slated to begin in August.") == ["2009-08"]
    assert values("Fiat's chief said he hoped to complete the deal in June.") == ["2009-06"]


def test_a_month_six_months_away_in_a_future_seen_from_the_past_is_ahead():
    assert values("Officials said the vote would take place in October.") == ["2009-10"]
    # since round dates8 a future seen from a verb of saying lies after the saying: the coming
    # November (was the last one, five months back), and January, three months back, undated
    assert values("Officials said the vote would take place in November.") == ["2009-11"]
    assert values("Officials said the rules would take effect in January.") == []
    # no verb of saying: the nearest, as before
    assert values("The vote would take place in November.") == ["2008-11"]


def test_a_model_going_on_sale_is_a_coming_event():
    assert values("The new model, a hybrid, goes on sale in September.") == ["2009-09"]


def test_the_same_day_is_the_day_named_before():
    assert values("The company filed on Monday and was sold the same day.") == [
        "2009-04-13",
        "2009-04-13",
    ]
    monday = dt.date(2009, 4, 13)
    found = find_dates("The same day, Chrysler emerged from bankruptcy.", PUB, monday, monday)
    assert [d.value for d in found] == ["2009-04-13"]
    # no day named: no date
    assert values("That day, nobody came.") == []


def test_a_week_earlier_counts_from_the_day_named_before_it_in_the_sentence():
    assert values("Shares closed at $3.50 on Friday, down from $4 a week earlier.") == [
        "2009-04-10",
        "2009-04-03",
    ]
    assert values("The stock rose 5% a week earlier.") == []
    # a delay is no day
    assert values("The plane arrives on May 11, three days later than planned.") == ["2009-05-11"]


def test_earlier_in_the_week_and_the_end_of_the_week_are_the_week():
    assert values("Earlier in the week, the company cut 2,000 jobs.") == ["2009-W16"]
    assert values("The company will report results by the end of the week.") == ["2009-W16"]


def test_a_quarter_named_by_its_months():
    assert values("The economy shrank at a 6.1% annual rate in the January-March quarter.") == [
        "2009-01/2009-03"
    ]
    assert values("Toyota expects a loss in the April-June quarter.") == ["2009-04/2009-06"]


def test_a_month_s_own_figures_are_the_last_such_month():
    assert values("December's sales fell 30%.") == ["2008-12"]
    assert values("GM will report March's sales next week.") == ["2009-03", "2009-W17"]
    assert values("Theresa May's cabinet met on Monday.") == ["2009-04-13"]


def test_a_deadline_given_in_the_past_is_the_nearest_such_day():
    assert values("The government gave GM until June 1 to restructure.") == ["2009-06-01"]
    assert values("GM had until June 1 to restructure.") == ["2009-06-01"]
    # a time something lasted until stays in the past
    assert values("The strike lasted until June 1.") == ["2008-06-01"]


def test_years_and_months_later_count_from_the_one_named_before():
    assert values("The company was founded in 2005 and went public two years later.") == [
        "2005",
        "2007",
    ]
    assert values("The plant opened in May 2005 and closed three months later.") == [
        "2005-05",
        "2005-08",
    ]
    assert values("Sales fell in March and rose the following month.") == ["2009-03", "2009-04"]
    # nothing named before it in the sentence: no date
    assert values("Two years later, the plant closed.") == []


def test_a_clock_time_s_day_or_zone_stays_in_its_sentence():
    from generator.draft.sentences import split

    assert split("The vote at 3 p.m. Monday failed. Markets closed at 4 p.m. EST. Then it rained.") == [
        "The vote at 3 p.m. Monday failed.",
        "Markets closed at 4 p.m. EST.",
        "Then it rained.",
    ]
    assert split("The talks end at 5 p.m. The next day, they resumed.") == [
        "The talks end at 5 p.m.",
        "The next day, they resumed.",
    ]


def test_the_day_before_or_after_counts_from_the_day_named_before_it_in_the_sentence():
    assert values("The Senate approved the bill on Thursday, a day after the House passed it.") == [
        "2009-04-09",
        "2009-04-08",
    ]
    assert values("The bill was introduced on March 3 and passed the next day.") == [
        "2009-03-03",
        "2009-03-04",
    ]
    # no day named: "the next day" stays undated
    assert values("The bill passed the next day.") == []


def test_a_year_ago_after_a_day_stays_a_year():
    assert values("Shares closed at $3 on Friday, down from $10 a year ago.") == [
        "2009-04-10",
        "2008",
    ]


def test_a_period_whose_figures_will_be_reported_is_the_last_one():
    assert values("Ford will report first-quarter results next week.") == [
        "2009-01/2009-03",
        "2009-W17",
    ]
    jan = dt.date(2009, 1, 20)
    assert values("Toyota is due to report results for the fourth quarter on Feb. 8.", jan) == [
        "2008-10/2008-12",
        "2009-02-08",
    ]
    # the quarter that has just ended, whose figures come out now
    assert values("Analysts expect first-quarter earnings to show a steep decline.") == [
        "2009-01/2009-03"
    ]
    # a quarter long over is the next one
    assert values("The company will post a third-quarter profit.") == ["2009-07/2009-09"]
    assert values("GM will report its March sales on Wednesday.") == ["2009-03", "2009-04-15"]
    # a forecast for a period looks ahead
    assert values("The company expects a fourth-quarter loss.") == ["2009-10/2009-12"]


def test_plans_as_a_noun_before_a_place_is_no_future():
    assert values(
        "The automakers submitted their restructuring plans to the Treasury late Tuesday."
    ) == ["2009-04-14"]
    assert values("GM sent its plans to Washington in July.") == ["2008-07"]
    assert values("GM plans to close the plant in July.") == ["2009-07"]


def test_a_deadline_something_may_meet_is_the_nearest():
    assert values("GM said it could run out of cash by May.", dt.date(2009, 2, 18)) == ["2009-05"]
    assert values("GM said it may need more aid by March 31.", dt.date(2009, 2, 18)) == [
        "2009-03-31"
    ]
    assert values("GM said it could run out of cash by March.", dt.date(2008, 12, 5)) == ["2009-03"]


def test_the_same_day_is_not_a_deadline_ahead():
    deadline = dt.date(2009, 5, 31)
    found = find_dates("The same day, the union said it had reached a deal.", PUB, deadline, deadline)
    assert found == []
    found = find_dates("Later in the day, the union said it had a deal.", PUB, deadline, deadline)
    assert [d.value for d in found] == ["2009-04-15"]
    # a day ahead is the story's day when the clause looks ahead too
    found = find_dates("Results will be announced the same day.", PUB, deadline, deadline)
    assert [d.value for d in found] == ["2009-05-31"]


def test_a_quarter_counted_in_a_row_is_no_date():
    assert values("GM lost money for the third quarter in a row.") == []
    assert values("The economy shrank for the second quarter running.") == []
    assert values("GM lost money in the third quarter.") == ["2008-07/2008-09"]


def test_a_day_before_last_year_is_in_that_year():
    dec = dt.date(2009, 12, 30)
    assert values("GM received the loans on Dec. 19 last year.", dec) == ["2008-12-19", "2008"]
    assert values("The law took effect on 1 July last year.", dec) == ["2008-07-01", "2008"]
    # a weekday is not dated by a year in the next clause
    assert values("It happened on Monday, last year it was different.", dec) == [
        "2009-12-28",
        "2008",
    ]


def test_a_second_two_digit_decade_after_an_age_or_a_level_is_no_decade():
    """Review of round 7: a decade in two digits after another one is a decade only when the
    first one is ("the 1970s and 80s", "the 70s and 80s"), and the clause's words (a
    temperature, a rating, a stock) rule out both."""
    assert values("Most of the victims were in their 20s and 30s.") == []
    assert values("Temperatures will be in the 60s and 70s on Friday.") == ["2009-04-17"]
    assert values("Highs in the 60s and 70s are expected.") == []
    assert values("His approval rating fell into the 30s.") == []
    assert values("Most polls show his approval in the 40s.") == []
    assert values("The stock fell into the 40s on Tuesday.") == ["2009-04-14"]
    # still decades
    assert values("Oil prices in the 1970s and 80s rose sharply.") == ["1970/1979", "1980/1989"]
    assert values("Cars were popular in the 70s and 80s.") == ["1970/1979", "1980/1989"]
    assert values("Unemployment is at its highest since the 80s.") == ["1980/1989"]


def test_a_quarter_counted_from_publication_with_a_year_is_no_crash():
    """Review of round 7: "the previous quarter of 2008" raised a KeyError (the step words
    have no place in a year); it dates nothing but its year."""
    assert values("Output in the previous quarter of 2008 rose.") == ["2008"]
    assert values("Sales in the next quarter of this year will fall.") == ["2009"]
    assert values("Output in the last quarter of 2008 rose.") == ["2008-10/2008-12"]


def test_a_day_after_a_relative_clause_takes_the_tense_of_the_verb_after_it():
    """Review of round 7: "X, which will get loans, on Tuesday said" (wire style: the day
    between the subject's aside and the verb) read the aside's tense and gave next Tuesday."""
    assert values(
        "General Motors Corp., which will get $4 billion in federal loans, on Tuesday said it "
        "would cut 2,000 jobs."
    ) == ["2009-04-14"]
    assert values(
        "Chrysler, which is expected to file for bankruptcy, on Monday asked for more time."
    ) == ["2009-04-13"]
    assert values("Chrysler, which hoped to merge with GM, in October asked for aid.") == [
        "2008-10"
    ]
    # a day after the aside with a verb ahead stays ahead
    assert values("Ford, which reported a loss, on Tuesday will cut jobs.") == ["2009-04-21"]


def test_a_year_closing_an_aside_does_not_give_the_month_after_it_its_year():
    """Review of round 7: "the plant, which opened in 1985, in December" was December 1985
    (the year right before a month gives it its year only when it opens the sentence's time,
    "In 2007, on June 3, he left", not when it closes an aside about something else)."""
    assert values("GM plans to close the plant, which opened in 1985, in December.") == [
        "1985",
        "2009-12",
    ]
    assert values("In 2007, on June 3, he left the company.") == ["2007-06-03"]


def test_a_past_perfect_until_a_month_is_no_deadline_given():
    """Review of round 7: "had been profitable until June", "had operated until June 30"
    read as a deadline given ("GM had until June 1") and went to the next June."""
    jan = dt.date(2009, 1, 10)
    assert values("Ford had been profitable until June.", jan) == ["2008-06"]
    assert values("The plant had operated until June 30.", jan) == ["2008-06-30"]
    assert values("Sales had risen steadily until June.", jan) == ["2008-06"]
    # a deadline given stays the nearest
    assert values("The Treasury gave Chrysler until April 30 to find a partner.") == ["2009-04-30"]
    assert values("GM has until June 1 to restructure.", jan) == ["2009-06-01"]


def test_that_day_ahead_is_only_a_day_named_in_its_sentence():
    """Review of round 7: "nobody knows when that day will come" took the day named in the
    paragraph before (a day ahead with no day named in its sentence is no day the text
    gives); "the same day" ahead and "that day" after a day of the sentence still count."""
    near = dt.date(2009, 4, 13)
    assert find_dates("Nobody knows when that day will come.", PUB, near=near) == []
    assert values("The union will vote on Friday, and the plant will reopen that day.") == [
        "2009-04-17",
        "2009-04-17",
    ]


def test_the_same_period_a_year_before_never_counts_from_a_day_of_saying():
    """Review of round 7: "GM said on Tuesday that sales fell 20% from the same period last
    year" dated the comparison to Tuesday a year before: a period, month or quarter is no
    day; after a day it is the year before publication ("last year", "year-ago") or nothing."""
    assert values("GM said on Tuesday that sales fell 20% from the same period last year.") == [
        "2009-04-14",
        "2008",
    ]
    assert values("GM said on Tuesday that sales fell 20% from the year-ago period.") == [
        "2009-04-14",
        "2008",
    ]
    assert values(
        "GM said on Tuesday that sales fell 20% compared with the same month a year earlier."
    ) == ["2009-04-14"]
    # a day a year before is counted from the day
    assert values("On Tuesday, shares closed at $3, down from $5 the same day a year earlier.")[
        -1
    ] == "2008-04-14"
    # a quarter named before still counts
    assert values(
        "GM said on Tuesday that first-quarter sales fell 20% from the same period last year."
    )[-1] == "2008-01/2008-03"


def test_the_previous_quarter_compared_with_and_no_quarter_named_is_no_date():
    """Review of round 7: "GM said profit rose 5% from the previous quarter." in April was
    January-March, the quarter just reported, not the one before it that the figures are
    compared with; with no quarter named, a comparison's base is left undated."""
    assert values("GM said profit rose 5% from the previous quarter.") == []
    assert values("GM said profit rose 5% compared with the prior quarter.") == []
    # a time, not a comparison's base: the quarter before publication's, as before
    assert values("The economy grew 2% in the previous quarter.") == ["2009-01/2009-03"]
    assert values("Revenue rose 3% in the first quarter from the previous quarter.") == [
        "2009-01/2009-03",
        "2008-10/2008-12",
    ]


def test_a_day_that_opens_a_sentence_of_saying_is_the_day_of_the_saying():
    """Review of round 7 (older): "On Tuesday, GM said it would cut 2,000 jobs." was next
    Tuesday: the reported "would" gave the tense of the day that dates the saying."""
    assert values("On Tuesday, GM said it would cut 2,000 jobs.") == ["2009-04-14"]
    assert values("On Tuesday GM said it will cut 2,000 jobs.") == ["2009-04-14"]
    assert values("On Monday, the chief executive told workers the plant would close.") == [
        "2009-04-13"
    ]
    # a day ahead stays ahead
    assert values("On Tuesday, the union will vote on the offer.") == ["2009-04-21"]
    assert values("On Tuesday, GM will say how many jobs it will cut.") == ["2009-04-21"]
    assert values("On Tuesday, the results will be announced.") == ["2009-04-21"]
    assert values("On Tuesday, GM is expected to have reported a loss.") == ["2009-04-21"]


def test_a_day_that_opens_a_sentence_of_deciding_is_the_day_of_the_decision():
    """Review of round 7 (older): "On Monday, the union voted to strike." was next Monday: the
    intention ("voted to", "agreed to") is a future seen from the past, but the day that opens
    the sentence dates the vote."""
    assert values("On Monday, the union voted to strike.") == ["2009-04-13"]
    assert values("On Monday, GM agreed to sell Hummer.") == ["2009-04-13"]
    assert values("On Monday, the newly elected board decided to close the plant.") == [
        "2009-04-13"
    ]
    # ahead stays ahead
    assert values("On Monday, the newly elected council will meet.") == ["2009-04-20"]
