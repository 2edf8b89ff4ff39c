"""Round 18: the period a figure is compared with keeps its date but says what the date is;
a future seen from a past saying inside the period of publication is scheduled (invented
texts in the shapes of wire and business news)."""

import datetime as dt

from conftest import draft

BASE = "Comparison period for: "


def _entries(d):
    return [(t["date"], t["event"], t.get("scheduled")) for t in d.data["timeline"]]


def _by_date(d):
    return {t["date"]: t for t in d.data["timeline"]}


# ---------------------------------------------------------------- comparison periods


def test_the_same_period_last_year_keeps_its_date_and_says_what_it_is():
    text = (
        "Norvale Motors said on Tuesday that its sales rose 12% in May compared to the same "
        "period last year, as the automaker outsold its rivals."
    )
    d = draft(text, published=dt.date(2011, 6, 8))
    t = _by_date(d)
    assert sorted(t) == ["2010-05", "2011-05", "2011-06-07"]
    assert t["2010-05"]["event"] == BASE + text
    assert t["2010-05"]["evidence"] == text
    assert "scheduled" not in t["2010-05"]
    # the saying's day and the period reported keep the sentence as their event
    assert t["2011-06-07"]["event"] == text
    assert t["2011-05"]["event"] == text


def test_the_same_month_a_year_ago_and_the_previous_year_are_comparison_periods():
    d = draft(
        "Deliveries of trucks in Canada fell 20% in March, compared to the same month a year "
        "ago, as dealers reported their March figures. Tarvik Motors deliveries dropped 30% "
        "last month from the previous year.",
        published=dt.date(2012, 4, 3),
    )
    bases = [(date, event.startswith(BASE)) for date, event, _ in _entries(d)]
    assert bases == [("2012-03", False), ("2011-03", True), ("2012-03", False), ("2011", True)]


def test_up_from_a_figure_a_year_ago_is_a_comparison_period():
    text = "Norvale Motors said that its share of the truck market rose to 9%, up from 7% a year ago."
    d = draft(text, published=dt.date(2011, 6, 8))
    assert _entries(d) == [("2010", BASE + text, None)]


def test_than_in_a_year_is_a_comparison_period():
    text = "Truck sales in Ohio were 10% higher than in 2008."
    d = draft(text, published=dt.date(2009, 6, 8))
    assert _entries(d) == [("2008", BASE + text, None)]


def test_a_day_after_a_figure_dates_the_change_unless_a_day_came_before():
    d = draft(
        "The central bank lowered its benchmark rate to 9.5% from 10% on Tuesday.",
        published=dt.date(2011, 6, 9),
    )
    assert [event.startswith(BASE) for _, event, _ in _entries(d)] == [False]
    d = draft(
        "Norvale shares closed at $3.50 on Wednesday, down from $4 on Tuesday.",
        published=dt.date(2011, 6, 9),
    )
    assert [(date, event.startswith(BASE)) for date, event, _ in _entries(d)] == [
        ("2011-06-08", False),
        ("2011-06-07", True),
    ]


def test_dates_that_are_no_comparison_periods_keep_the_sentence():
    for text, published in [
        ("Norvale Motors lost $2 billion last year.", dt.date(2011, 6, 8)),
        ("Norvale Motors earned more than $1 million last year.", dt.date(2011, 6, 8)),
        ("Jane Okafor worked at the plant from 2005.", dt.date(2011, 6, 8)),
        ("This is a decrease from the year before, when it was forty percent.", dt.date(2015, 5, 7)),
    ]:
        d = draft(text, published=published)
        assert [event for _, event, _ in _entries(d)] == [text], text


def test_a_value_that_is_also_named_as_an_event_is_no_comparison_period():
    # May 2010 is the launch, and also what the May 2011 sales are compared with
    text = "Norvale launched the Zentra in May 2010, and its sales rose 5% from May 2010."
    d = draft(text, published=dt.date(2011, 6, 8))
    assert [event for _, event, _ in _entries(d)] == [text]


# ---------------------------------------------------------------- reported future this year


def test_a_future_said_in_the_past_within_this_year_is_scheduled():
    d = draft(
        "Officials said on Monday that the talks would resume later this year.",
        published=dt.date(2012, 3, 7),
    )
    assert [(date, s) for date, _, s in _entries(d)] == [
        ("2012-03-05", None),
        ("2012-03/2012-12", True),
    ]
    d = draft("The company said it would cut 500 jobs this year.", published=dt.date(2012, 3, 7))
    assert [(date, s) for date, _, s in _entries(d)] == [("2012", True)]


def test_a_past_within_this_year_said_in_the_past_is_not_scheduled():
    for text in [
        "Officials said the talks resumed earlier this year.",
        "The company said it had cut 500 jobs this year.",
        "The company said on Monday that it would cut 500 jobs, after sales fell this year.",
    ]:
        d = draft(text, published=dt.date(2012, 3, 7))
        assert all(s is None for _, _, s in _entries(d)), (text, _entries(d))


# ---------------------------------------------------------------- speakers


def _claims(d):
    names = {a["id"]: a["name"] for a in d.data["actors"]}
    return [
        (names.get(c["by"]) if isinstance(c["by"], str) else None, c["evidence"])
        for c in d.data["claims"]
    ]


def test_a_person_for_a_body_is_the_speaker_not_the_body():
    d = draft(
        "Mara Olsen for Water Safety Norway Sweden, says they are looking at new rules on lead "
        "by the end of the year.",
        published=dt.date(2012, 3, 7),
    )
    assert [name for name, _ in _claims(d)] == ["Mara Olsen"]


def test_a_person_with_two_roles_set_off_by_commas_is_the_speaker():
    d = draft(
        "Professor Ivan Brandt, Director of the National Lead Study, and Chairman of the Nordic "
        "Centre for Control of Lead Poisoning, says it is crucial that children are tested.",
        published=dt.date(2012, 3, 7),
    )
    assert [name for name, _ in _claims(d)] == ["Ivan Brandt"]


def test_a_body_after_a_role_of_a_pair_is_still_no_speaker_of_its_own():
    # guard: the body before the verb speaks when no person stands first
    d = draft(
        "The Nordic Centre for Control of Lead Poisoning, a charity, says it is crucial that "
        "children are tested.",
        published=dt.date(2012, 3, 7),
    )
    assert [name for name, _ in _claims(d)] == ["Nordic Centre for Control of Lead Poisoning"]


def test_conceding_a_goal_or_a_penalty_is_no_claim():
    d = draft(
        "In the 62nd minute Tomas Berg conceded a penalty which the referee awarded Spain. "
        "Lena Holt conceded two goals in the first half. Ivo Marek conceded defeat on Sunday.",
        published=dt.date(2012, 3, 7),
    )
    assert _claims(d) == []


def test_conceding_that_something_is_so_is_a_claim():
    d = draft(
        "Lena Holt conceded that the team had played badly. Ivo Marek conceded the plan had "
        "failed.",
        published=dt.date(2012, 3, 7),
    )
    assert [name for name, _ in _claims(d)] == ["Lena Holt", "Ivo Marek"]


def test_agreeing_to_do_something_is_no_claim():
    d = draft(
        "Officials from Norvale have agreed to purchase 40 trucks in a deal worth $7 million. "
        "The union agreed to the terms on Friday.",
        published=dt.date(2012, 3, 7),
    )
    assert _claims(d) == []


def test_agreeing_that_something_is_so_is_a_claim():
    d = draft(
        "Jane Okafor agreed that the deal was fair.",
        published=dt.date(2012, 3, 7),
    )
    assert [name for name, _ in _claims(d)] == ["Jane Okafor"]


# ---------------------------------------------------------------- decades of a noun


def test_decades_describing_a_noun_keep_their_dates_and_say_what_they_are():
    text = "The Zentra was first sold in 1984, and it replaced the heavy sedans of the 60s and 70s."
    d = draft(text, published=dt.date(2011, 6, 8))
    assert _entries(d) == [
        ("1984", text, None),
        ("1960/1969", "Decade described in: " + text, None),
        ("1970/1979", "Decade described in: " + text, None),
    ]


def test_a_decade_alone_in_its_sentence_keeps_the_sentence():
    text = "The band was close to the touchstones of the 1960s, including art and fashion."
    d = draft(text, published=dt.date(2011, 6, 8))
    assert _entries(d) == [("1960/1969", text, None)]


# ---------------------------------------------------------------- a body run into a name


def _actors(d):
    return sorted((a["name"], a["kind"]) for a in d.data["actors"])


def test_a_bodys_name_run_into_a_persons_is_two_actors_and_the_person_speaks():
    d = draft(
        "The port closed on Monday. The director of the Nordic Heritage Foundation Mary Berg "
        "said the boy wished to speak.",
        published=dt.date(2012, 3, 7),
    )
    assert ("Mary Berg", "person") in _actors(d)
    assert ("Nordic Heritage Foundation", "organization") in _actors(d)
    assert [name for name, _ in _claims(d)] == ["Mary Berg"]
    d = draft(
        "Executive director of the Texas chapter of the Council on Nordic Relations Alia Berg "
        "said the boy wished to speak.",
        published=dt.date(2012, 3, 7),
    )
    assert ("Alia Berg", "person") in _actors(d)
    assert [name for name, _ in _claims(d)] == ["Alia Berg"]


def test_a_body_whose_name_holds_no_given_name_after_its_head_stays_whole():
    d = draft(
        "The Nordic Heritage Foundation said the boy wished to speak. The carmaker Zentrix "
        "said sales rose.",
        published=dt.date(2012, 3, 7),
    )
    assert [name for name, _ in _claims(d)] == ["Nordic Heritage Foundation", "Zentrix"]


# ---------------------------------------------------------------- a place's noun and "of"


def test_a_name_after_a_places_noun_and_of_is_a_place_not_an_actor():
    for text in [
        "The port of Gdansk closed on Monday.",
        "The town of Halden voted to close the school.",
        "Residents of Halden voted to close the school.",
        "The mayor of Halden said the school would close.",
    ]:
        d = draft(text, published=dt.date(2012, 3, 7))
        assert _actors(d) == [], text


def test_a_company_after_of_still_acts():
    d = draft(
        "Shares of Zentrix fell on Monday. The head of Zentrix said sales were weak.",
        published=dt.date(2012, 3, 7),
    )
    assert _actors(d) == [("Zentrix", "organization")]


def test_a_record_since_a_date_is_a_comparison_period():
    text = "Unemployment in Ohio fell to 7%, the lowest level since 2008."
    d = draft(text, published=dt.date(2011, 6, 8))
    assert _entries(d) == [("2008/..", BASE + text, None)]
    text = "It was the first time since 2001 that the Norvik team won the cup."
    d = draft(text, published=dt.date(2011, 6, 8))
    assert _entries(d) == [("2001/..", BASE + text, None)]


def test_a_span_since_a_date_keeps_the_sentence():
    text = "Sales of trucks in Ohio have risen every month since January."
    d = draft(text, published=dt.date(2011, 6, 8))
    assert _entries(d) == [("2011-01/..", text, None)]
