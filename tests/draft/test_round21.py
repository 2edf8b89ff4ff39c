"""Round 21: relative days inside quoted words, a person named once after "at", one unnamed
spokesman named two ways, a document cited with its quote (invented texts in the shapes of
the real sets' sentences)."""

import datetime as dt

from conftest import draft, speakers

WED = dt.date(2011, 4, 13)  # a Wednesday


def _dated(d) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for t in d.data["timeline"]:
        out.setdefault(t["evidence"], []).append(str(t["date"]))
    return out


def _actors(d):
    return {a["name"]: a for a in d.data["actors"]}


# ---------------------------------------------------------------- "today" inside quoted words


def test_earlier_today_in_a_quoted_post_with_no_day_is_undated():
    d = draft(
        '"Somebody wrote to me earlier today about a tool the group used," said a post by an '
        "unknown author on the forum.",
        published=WED,
    )
    assert all("earlier today" not in e for e in _dated(d))


def test_todays_announcement_in_a_statement_is_not_the_publication_day():
    d = draft(
        "The agency named the winners on Tuesday. Senator Jane Roe issued a statement. "
        '"Like many, I am disappointed. Today\'s announcement is an affront to the workers '
        'of the center."',
        published=WED,
    )
    assert all("Today's announcement" not in e for e in _dated(d))


def test_todays_announcement_in_a_paragraph_the_quote_runs_into_is_undated():
    d = draft(
        "The agency named the winners on Tuesday.\n\n"
        '"Like many, I am disappointed with the choice of the agency.\n\n'
        "Today's announcement is an affront to the workers of the center, and I regret it.\"",
        published=WED,
    )
    assert all("Today's announcement" not in e for e in _dated(d))


def test_today_in_words_said_on_a_named_day_is_that_day():
    d = draft(
        '"Someone emailed me earlier today about the attack," the blogger wrote on Sunday.',
        published=WED,
    )
    (dates,) = _dated(d).values()
    assert "2011-04-13" not in dates and "2011-04-10" in dates


def test_today_in_words_someone_says_is_the_publication_day():
    # guard: present tense, the words are the day's own
    d = draft('"Today we signed the contract," the company says.', published=WED)
    assert list(_dated(d).values()) == [["2011-04-13"]]


def test_today_outside_the_quote_is_still_the_publication_day():
    # guard
    d = draft(
        'Acme announced today that it will close the plant. "It is a sad day," Jane Roe said.',
        published=WED,
    )
    assert ["2011-04-13"] in _dated(d).values()


def test_todays_action_in_a_release_that_dates_its_own_news_today_is_that_day():
    # guard: the text dates its own event "today" outside quotes, so its quotes are the day's
    d = draft(
        "WASHINGTON — Today, the Department is sanctioning 14 entities for their role in the "
        'network. "Today\'s action makes clear that these schemes will be punished," said '
        "Deputy Secretary Jane Roe.",
        published=WED,
    )
    assert ["2011-04-13"] in [
        v for e, v in _dated(d).items() if e.startswith('"Today\'s action')
    ]


# ---------------------------------------------------------------- a person named after "at"


def test_a_person_something_is_thrown_at_is_an_actor():
    for text, name in (
        ("Protesters threw shoes at Shinzo Abe during a visit to the city.", "Shinzo Abe"),
        ("A man hurled an egg at Nguyen Van Thieu as he left the hall.", "Nguyen Van Thieu"),
        ("Fans jeered at Mesut Ozil after the match.", "Mesut Ozil"),
        ("The rally took aim at Thaksin Shinawatra and his allies.", "Thaksin Shinawatra"),
    ):
        d = draft(text)
        assert _actors(d)[name]["kind"] == "person", text


def test_a_place_after_at_is_still_no_actor():
    # guard (round 20): where, not who
    for text in (
        "The talks were held at Camp Kinder near the border.",
        "A protest took place at Hyde Park Corner on Sunday.",
        "Protesters threw stones at police at Hyde Park Corner on Sunday.",
    ):
        assert _actors(draft(text)) == {}, text


# ---------------------------------------------------------------- one unnamed spokesman, two ways


def test_the_boeing_spokesman_is_the_spokesman_for_boeing_named_before():
    d = draft(
        "A spokesman for Boeing said the order was worth $2 billion. Later, the Boeing "
        "spokesman said deliveries would start in 2010."
    )
    assert set(speakers(d).values()) == {"a spokesman for Boeing"}
    assert [a["name"] for a in d.data["actors"] if "spokes" in a["name"]] == [
        "a spokesman for Boeing"
    ]


def test_the_spokesman_after_a_spokesman_for_a_body_is_that_spokesman_not_the_body():
    d = draft(
        "A spokeswoman for Acme Corp. said the plant would close. The spokeswoman said 300 "
        "workers would lose their jobs."
    )
    assert set(speakers(d).values()) == {"a spokeswoman for Acme Corp."}


def test_the_spokesman_for_boeing_after_a_boeing_spokesman_is_the_same():
    d = draft(
        "A Boeing spokesman said the order was worth $2 billion. Later, the spokesman for "
        "Boeing said deliveries would start in 2010."
    )
    assert set(speakers(d).values()) == {"Boeing spokesman"}


def test_a_boeing_spokesman_after_a_spokesman_for_boeing_is_its_own_actor_without_a_clash():
    # "a", not "the": maybe another person, so two actors, but not one named with the other's
    # alias (a reader saw "Boeing spokesman" twice)
    d = draft(
        "A spokesman for Boeing said the order was worth $2 billion. Later, a Boeing spokesman "
        "said deliveries would start in 2010."
    )
    names = [n for a in d.data["actors"] for n in [a["name"], *a.get("aliases", [])]]
    assert names.count("Boeing spokesman") == 1


def test_another_spokesman_stays_another():
    # guard (review14)
    d = draft(
        "A spokesman for Boeing said the order was worth $2 billion. Another spokesman for "
        "Boeing said deliveries would start in 2010."
    )
    assert len(set(speakers(d).values())) == 2


# ---------------------------------------------------------------- a document cited, reported


def test_a_letter_cited_in_reported_speech_is_not_the_citers_claim():
    d = draft(
        "Jane Doe, the senator, pointed to a letter that said the plant would close by March."
    )
    assert "Jane Doe" not in speakers(d).values()
    assert all(c["claim"] != "Jane Doe, the senator." for c in d.data["claims"])


def test_a_letter_from_an_author_cited_in_reported_speech_is_the_authors_with_its_words():
    d = draft(
        "Jane Doe, the senator, pointed to a letter from the Finance Ministry that said the "
        "plant would close by March."
    )
    assert list(speakers(d).values()) == ["Finance Ministry"]
    (claim,) = d.data["claims"]
    assert "the plant would close by March" in claim["claim"]


def test_pointing_out_is_still_saying():
    # guard
    d = draft("Jane Doe pointed out that the plant would close by March.")
    assert list(speakers(d).values()) == ["Jane Doe"]


def test_a_closing_attribution_is_still_taken_off_the_claim():
    # guard
    d = draft("The plant will close by March, the ministry said on Monday.")
    assert [c["claim"] for c in d.data["claims"]] == ["The plant will close by March."]


# ---------------------------------------------------------------- car models, recalls


def test_a_car_model_is_no_actor_whether_or_not_its_maker_is_named():
    for text in (
        "The Chevrolet Volt, an electric car, goes on sale in November 2010.",
        "Sales of the Ford Focus rose 20 percent in October.",
        "The Jeep Grand Cherokee will be built in Detroit.",
    ):
        assert _actors(draft(text)) == {}, text


def test_a_makers_own_company_stays_an_actor():
    # guards: a maker's body ("Ford Motor", "Volvo Cars") and a name next to a speech verb
    d = draft("Ford Motor reported a loss. Volvo Cars said it would cut 3,000 jobs.")
    assert {"Ford Motor", "Volvo Cars"} <= set(_actors(d))
    d = draft("Saab Automobile said it would file for bankruptcy protection.")
    assert _actors(d)["Saab Automobile"]["kind"] == "organization"


def test_recalling_vehicles_or_an_ambassador_is_no_claim():
    for text in (
        "Toyota recalled 2.3 million Camry and Corolla vehicles last month.",
        "Russia recalled its ambassador from Tbilisi on Friday.",
        "Ford recalled about 500,000 trucks over a brake defect.",
    ):
        assert draft(text).data["claims"] == [], text


def test_recalling_that_is_still_a_saying():
    # guard
    d = draft("Jane Roe recalled that the plant had closed in 1998.")
    assert list(speakers(d).values()) == ["Jane Roe"]


# ---------------------------------------------------------------- a place before a site's noun


def test_a_places_name_before_a_plant_is_no_person():
    for text in (
        "Chrysler announced on Thursday that it will cut a shift at its Sterling Heights plant.",
        "GM will close the company's Grand Rapids assembly plant in 2010.",
        "Workers at Chile's Cerro Alto copper mine extended their strike.",
    ):
        assert all(a["kind"] != "person" for a in draft(text).data["actors"]), text


def test_a_person_before_a_plant_named_elsewhere_stays():
    # guard: a use elsewhere that is no site's (here: a speaker)
    d = draft(
        "Workers at the Kofi Annan plant walked out. Kofi Annan said he was sad to hear it."
    )
    assert _actors(d)["Kofi Annan"]["kind"] == "person"


# ---------------------------------------------------------------- a quote inside the first clause


def test_a_quote_in_the_first_clause_is_not_the_next_clauses_speaker():
    for text in (
        'Chancellor Greta Lindqvist said that the government would "do everything" to save the '
        "jobs, while Economy Minister Karl Brandt warned of the costs.",
        'Jane Roe said the plan was "a disaster for workers", but John Smith argued it was '
        "necessary.",
        'Jane Roe called the plan "a disaster for workers", while John Smith said it was '
        "necessary.",
        'The mayor, Jane Roe, described the closure as "a tragedy," but the company\'s chief, '
        "John Smith, said the decision was final.",
    ):
        assert "John Smith" not in speakers(draft(text)).values(), text
        assert "Karl Brandt" not in speakers(draft(text)).values(), text


def test_a_quote_with_no_frame_before_and_another_clause_after_has_no_speaker():
    d = draft('The plan was "a disaster for workers", but John Smith argued it was necessary.')
    assert "John Smith" not in speakers(d).values()


def test_a_speaker_right_after_the_quote_still_speaks():
    # guards
    d = draft('"The plan is a disaster for workers," John Smith said, and left the room.')
    assert list(speakers(d).values()) == ["John Smith"]
    d = draft('The plan is "a disaster for workers," John Smith said.')
    assert list(speakers(d).values()) == ["John Smith"]


# ---------------------------------------------------------------- "this spring" ahead


def test_this_spring_in_a_future_clause_after_spring_is_the_coming_spring():
    d = draft("The new model will be available this spring.", published=dt.date(2008, 11, 12))
    assert list(_dated(d).values()) == [["2009-03/2009-05"]]


def test_this_spring_told_in_the_past_and_this_fall_under_way_stay():
    # guards
    d = draft("Sales fell sharply this spring.", published=dt.date(2008, 11, 12))
    assert list(_dated(d).values()) == [["2008-03/2008-05"]]
    d = draft("The plant is expected to reopen this fall.", published=dt.date(2008, 10, 12))
    assert list(_dated(d).values()) == [["2008-09/2008-11"]]


# ---------------------------------------------------------------- names in quotation marks


def test_a_name_the_text_gives_a_thing_is_no_quote():
    for text in (
        'The program, known as "cash for clunkers", gave buyers up to $4,500, Transportation '
        "Secretary Ray Lamont said.",
        'The vehicle, dubbed the "iCar" by fans, will be unveiled in January, Apple\'s Jane Roe '
        "said.",
        'GM\'s "Chapter 11" filing was the fourth largest in U.S. history, according to the '
        "Detroit Herald.",
    ):
        assert all(not c["quote"] for c in draft(text).data["claims"]), text


def test_words_a_speaker_calls_something_stay_a_quote():
    # guards: the speaker's own words after an active "called", "described as"
    d = draft('John Smith called the plan "a recipe for disaster" on Monday.')
    assert list(speakers(d).values()) == ["John Smith"]
    d = draft('Jane Roe described the deal as "a fire sale for the workers".')
    assert list(speakers(d).values()) == ["Jane Roe"]


# ---------------------------------------------------------------- a person whose surname heads bodies


def test_a_given_name_and_a_surname_like_press_is_a_person_who_speaks():
    d = draft(
        '"I think it\'s going to be a tough year," Jim Press, Chrysler\'s vice chairman, told '
        "reporters."
    )
    assert _actors(d)["Jim Press"]["kind"] == "person"
    assert list(speakers(d).values()) == ["Jim Press"]


def test_the_washington_post_stays_a_newspaper():
    # guard: written after "the"
    d = draft("The Washington Post reported the deal. Washington Post said it had the memo.")
    assert _actors(d)["Washington Post"]["kind"] == "organization"


# ---------------------------------------------------------------- "the first since 1998"


def test_the_first_since_a_year_is_a_comparison_period_not_the_events_span():
    d = draft("The strike, the first since 1998, ended after two weeks.")
    (entry,) = d.data["timeline"]
    assert entry["date"] == "1998/.."
    assert entry["event"].startswith("Comparison period for: ")


def test_a_span_since_a_year_stays_the_events():
    # guard
    d = draft("The company has been in talks with the union since 1998.")
    (entry,) = d.data["timeline"]
    assert not entry["event"].startswith("Comparison period for: ")


def test_writing_to_someone_with_no_words_told_is_no_claim():
    assert draft("Robert Nardell wrote to employees on Friday.").data["claims"] == []


def test_writing_to_someone_with_what_was_written_stays_a_claim():
    # guard
    d = draft("Jane Roe wrote to the board, saying the plan had failed.")
    assert list(speakers(d).values()) == ["Jane Roe"]


# ---------------------------------------------------------------- "tomorrow" of a dated saying


def test_tomorrow_in_what_was_said_on_friday_is_saturday():
    d = draft(
        "GM said on Friday that it would announce the decision tomorrow.",
        published=dt.date(2008, 11, 12),
    )
    assert list(_dated(d).values()) == [["2008-11-07", "2008-11-08"]]


def test_yesterday_in_what_was_said_on_monday_is_sunday():
    d = draft(
        "On Monday, Chrysler said it had received an offer from Fiat yesterday.",
        published=dt.date(2008, 11, 12),
    )
    assert list(_dated(d).values()) == [["2008-11-10", "2008-11-09"]]


def test_tomorrow_with_no_saying_counts_from_publication():
    # guard
    d = draft(
        "The plant closed on Friday and will reopen tomorrow.", published=dt.date(2008, 11, 12)
    )
    assert list(_dated(d).values()) == [["2008-11-07", "2008-11-13"]]


# ---------------------------------------------------------------- quoted dates of a dated saying


def test_next_year_in_words_said_in_2006_is_2007():
    d = draft(
        'In a 2006 interview, Jane Roe said: "Next year we will build a new plant."',
        published=dt.date(2008, 11, 12),
    )
    assert sorted(next(iter(_dated(d).values()))) == ["2006", "2007"]


def test_last_year_in_words_said_in_january_2007_is_2006():
    d = draft(
        '"Last year was a disaster," the company\'s chief said in January 2007.',
        published=dt.date(2008, 11, 12),
    )
    assert sorted(next(iter(_dated(d).values()))) == ["2006", "2007-01"]


def test_a_weekday_in_words_said_last_week_is_undated():
    d = draft(
        '"We will meet the union on Monday," Jane Roe said last week.',
        published=dt.date(2008, 11, 12),
    )
    assert list(_dated(d).values()) == [["2008-W45"]]


def test_quoted_dates_of_words_said_this_week_count_from_publication():
    # guard: the saying's time holds the publication day
    d = draft(
        '"Sales fell last month," Jane Roe said this week.', published=dt.date(2008, 11, 12)
    )
    assert sorted(next(iter(_dated(d).values()))) == ["2008-10", "2008-W46"]


def test_next_year_reported_from_a_2006_interview_is_2007():
    d = draft(
        "In a 2006 interview, Jane Roe said the company would build a new plant next year.",
        published=dt.date(2008, 11, 12),
    )
    assert sorted(next(iter(_dated(d).values()))) == ["2006", "2007"]


def test_last_year_reported_in_january_2007_is_2006():
    d = draft(
        "In January 2007, the company's chief said last year had been a disaster.",
        published=dt.date(2008, 11, 12),
    )
    assert sorted(next(iter(_dated(d).values()))) == ["2006", "2007-01"]


def test_reported_dates_that_are_no_sayings_time_stay():
    # guards: a date in an aside before the verb, a date that is what happened, a saying of
    # this past week (its weekdays are the publication's)
    pub = dt.date(2024, 2, 8)
    d = draft(
        "Mwangi, who led the talks from 2017 to 2018, said he would travel to Jeddah on Sunday.",
        published=pub,
    )
    assert "2024-02-11" in next(iter(_dated(d).values()))
    d = draft(
        "The dispute began late last year, when the government announced that royalties would "
        "rise from Jan. 1.",
        published=pub,
    )
    assert "2024-01-01" in next(iter(_dated(d).values()))
    d = draft(
        "The union said in a statement on Monday that it would hold a rally next Tuesday.",
        published=pub,
    )
    assert "2024-02-13" in next(iter(_dated(d).values()))


# ---------------------------------------------------------------- a description, then the name


def test_a_speaker_described_then_named_after_the_verb_is_the_named_person():
    d = draft(
        '"It\'s over," said one worker, Jane Roe, 45, who has worked at the plant for 20 years.'
    )
    assert list(speakers(d).values()) == ["Jane Roe"]
    d = draft('"We lost everything," said a resident, Mary Smith.')
    assert list(speakers(d).values()) == ["Mary Smith"]


def test_a_description_with_no_name_after_it_stays_the_speaker():
    # guard
    d = draft('"It\'s over," said one worker, adding that John Smith had known for years.')
    assert "John Smith" not in speakers(d).values()
