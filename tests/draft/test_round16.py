"""Round 16: dates of relative clauses, venues that are places, on unseen news text."""

import datetime as dt

from conftest import draft


def _events(d):
    return [(t["date"], t["event"]) for t in d.data["timeline"]]


def _actor_names(d):
    return {a["name"] for a in d.data["actors"]}


# ---------------------------------------------------------------- dates of relative clauses


def test_a_date_in_a_bracketed_relative_clause_dates_that_clause():
    # the iPhone was presented on Wednesday; the dispute did not come up then
    d = draft(
        "The dispute has come up between the maker of the iPhone (which was presented on "
        "Wednesday for the first time) and Cisco.",
        published=dt.date.fromisoformat("2007-01-12"),
    )
    assert _events(d) == [
        ("2007-01-10", "The iPhone was presented on Wednesday for the first time.")
    ]


def test_a_date_in_a_relative_clause_set_off_by_commas_dates_that_clause():
    d = draft(
        "General Motors, which filed for bankruptcy on June 1, said on Tuesday it would sell "
        "the brand.",
        published=dt.date.fromisoformat("2009-06-17"),
    )
    events = _events(d)
    assert ("2009-06-01", "General Motors filed for bankruptcy on June 1.") in events
    assert any(
        date == "2009-06-16" and event.startswith("General Motors, which filed")
        for date, event in events
    )
    d = draft(
        "The new phone, which went on sale in June, has sold a million units.",
        published=dt.date.fromisoformat("2010-09-01"),
    )
    assert _events(d) == [("2010-06", "The new phone went on sale in June.")]
    d = draft(
        "Jane Smith, who was elected in 2020, will leave office.",
        published=dt.date.fromisoformat("2024-11-20"),
    )
    assert _events(d) == [("2020", "Jane Smith was elected in 2020.")]


def test_a_relative_clause_without_a_clear_antecedent_keeps_the_sentence():
    # "which" standing for a whole clause: no noun to give the event to, the sentence stays
    d = draft(
        "Shares fell 5 percent, which was the largest drop since March 2008.",
        published=dt.date.fromisoformat("2009-06-17"),
    )
    # (round 18: "the largest drop since March 2008" is a record's comparison period, so the
    # whole sentence is its event after the words that say so)
    assert _events(d) == [
        (
            "2008-03/..",
            "Comparison period for: "
            "Shares fell 5 percent, which was the largest drop since March 2008.",
        )
    ]
    # a date outside the clause keeps the sentence as its event
    d = draft(
        "The iPhone (which costs $499) went on sale on Friday.",
        published=dt.date.fromisoformat("2007-07-02"),
    )
    assert _events(d) == [("2007-06-29", "The iPhone (which costs $499) went on sale on Friday.")]


def test_a_relative_clause_whose_pronoun_is_the_object_keeps_the_sentence():
    # "which Kim invited him to": "his visit" is no subject of the clause
    text = (
        "Putin wants to use his visit, which Kim invited him to last September, to secure support."
    )
    d = draft(text, published=dt.date.fromisoformat("2024-06-18"))
    assert _events(d) == [("2023-09", text)]


# ---------------------------------------------------------------- venues are places


def test_a_venue_named_only_as_where_something_happens_is_no_actor():
    d = draft(
        "Steve Jobs gave his annual keynote at Moscone Center in San Francisco on Monday. "
        "He announced a new phone.",
        published=dt.date.fromisoformat("2005-06-07"),
    )
    assert "Moscone Center" not in _actor_names(d)
    assert "Steve Jobs" in _actor_names(d)
    d = draft(
        "The fight was held at the Barclays Center in Brooklyn. Fans waited outside the "
        "Barclays Center for hours.",
        published=dt.date.fromisoformat("2019-03-04"),
    )
    assert "Barclays Center" not in _actor_names(d)


def test_a_centre_that_acts_or_speaks_stays_an_organization():
    d = draft(
        "The Carter Center said the vote was fair. Observers from the Carter Center arrived "
        "in Lima on Monday.",
        published=dt.date.fromisoformat("2021-06-08"),
    )
    assert "Carter Center" in _actor_names(d)
    d = draft(
        "Researchers at the Centre for Social Evolution in Copenhagen studied the ants.",
        published=dt.date.fromisoformat("2021-06-08"),
    )
    assert "Centre for Social Evolution" in _actor_names(d)
    d = draft(
        "The Pew Research Center published a survey on Monday. It found that most adults read "
        "news online.",
        published=dt.date.fromisoformat("2021-06-08"),
    )
    assert "Pew Research Center" in _actor_names(d)


def test_a_centre_that_employs_someone_stays_an_organization():
    d = draft(
        '"Both sides are negotiating," said Farnaz Mohammadi, a senior fellow at the Chatham '
        "Gate Centre in London.",
        published=dt.date.fromisoformat("2025-06-08"),
    )
    assert "Chatham Gate Centre" in _actor_names(d)



def test_a_centre_where_people_work_stays_an_organization():
    # the people at it may be named by any noun of a job, or a verb of working (review12: all
    # three lost the MD Anderson Cancer Center, which the drafter found before round 16)
    for text in (
        "Dr. Ana Smith, who works at the MD Anderson Cancer Center in Houston, said the "
        "results were promising.",
        "Dr. Ana Smith, an oncologist at the MD Anderson Cancer Center in Houston, said the "
        "results were promising.",
        "Doctors at the MD Anderson Cancer Center in Houston said the results were promising.",
    ):
        d = draft(text, published=dt.date.fromisoformat("2024-07-10"))
        assert "MD Anderson Cancer Center" in _actor_names(d), text

def test_a_relative_clause_that_may_tell_of_the_noun_before_of_keeps_the_sentence():
    # "which were delisted": the shares were, not Norvale
    text = (
        "Shares of Norvale, which were delisted from the New York Stock Exchange on Monday, "
        "traded at 75 cents."
    )
    d = draft(text, published=dt.date.fromisoformat("2009-06-02"))
    assert _events(d) == [("2009-06-01", text)]
    text = "The head of the bank, who joined in 2004, will retire."
    d = draft(text, published=dt.date.fromisoformat("2009-06-02"))
    assert _events(d) == [("2004", text)]


# ---------------------------------------------------------------- tense of a start



def test_a_relative_clause_after_a_noun_and_its_preposition_keeps_the_sentence():
    # "The deal with Boeing, which was signed": the deal was signed, not Boeing; "the strike at
    # the plant, which began": the strike began. The noun the clause tells of is unclear there:
    # the sentence stays (review12; it made "Boeing was signed in March.")
    for text in ("The deal with Boeing, which was signed in March, will take effect next year.",
                 "The strike at the plant, which began on 3 March, ended in May.",
                 "The factory in Ohio, which opened in 1990, will close."):
        d = draft(text, published=dt.date.fromisoformat("2024-07-10"))
        events = _events(d)
        assert events and all(event == text for _, event in events), events
    # after a verb, the preposition's noun is the clause's: as before
    d = draft(
        "The new phone will come pre-loaded with the new software, which will be available "
        "on June 17, two days before the phone launches.",
        published=dt.date.fromisoformat("2009-06-09"),
    )
    assert _events(d) == [("2009-06-17", "The new software will be available on June 17.")]
    d = draft("The minister spoke in Paris, which hosted the talks in 2015, on Friday.",
              published=dt.date.fromisoformat("2024-07-10"))
    assert ("2015", "Paris hosted the talks in 2015.") in _events(d)

def test_a_start_after_a_comma_takes_the_tense_of_its_clause():
    # told in June 2009: the cuts are ahead, so the coming October
    d = draft(
        "Delaney added that the cuts would be made in stages, starting in October.",
        published=dt.date.fromisoformat("2009-06-02"),
    )
    assert [t["date"] for t in d.data["timeline"]] == ["2009-10"]
    d = draft(
        "The cuts will be made in stages, beginning in October.",
        published=dt.date.fromisoformat("2009-06-02"),
    )
    assert [t["date"] for t in d.data["timeline"]] == ["2009-10"]
    # a past clause keeps the past
    d = draft(
        "The cuts were made in stages, starting in October.",
        published=dt.date.fromisoformat("2009-06-02"),
    )
    assert [t["date"] for t in d.data["timeline"]] == ["2008-10"]


def test_a_day_a_thing_is_set_for_lies_ahead():
    # told on Monday 6 July 2009: the coming Thursday, not the last
    d = draft(
        "A hearing on an appeal is set for Thursday.",
        published=dt.date.fromisoformat("2009-07-06"),
    )
    assert [t["date"] for t in d.data["timeline"]] == ["2009-07-09"]
    d = draft("The trial is slated for June.", published=dt.date.fromisoformat("2009-07-06"))
    assert [t["date"] for t in d.data["timeline"]] == ["2010-06"]
    # told in the past, or an idiom whose date is no thing's fixed day: read as before
    d = draft("The hearing was set for Thursday.", published=dt.date.fromisoformat("2009-07-06"))
    assert [t["date"] for t in d.data["timeline"]] == ["2009-07-02"]
    d = draft(
        "The stage is set for a fight after the vote on Thursday.",
        published=dt.date.fromisoformat("2009-07-06"),
    )
    assert [t["date"] for t in d.data["timeline"]] == ["2009-07-02"]


# ---------------------------------------------------------------- places before a verb


def test_a_place_after_in_is_no_subject_of_the_verb_after_it():
    # the plant closed, not Flint: a town after "in" is a place, no organization
    for text in (
        "The plant in Flint closed on Friday.",
        "Workers at Lordstown voted on Sunday to strike.",
        "A clinic in Pune said it had treated 40 patients.",
    ):
        d = draft(text, published=dt.date.fromisoformat("2008-10-14"))
        assert not _actor_names(d) & {"Flint", "Lordstown", "Pune"}, text
    # what the word owns still makes it one
    d = draft(
        "Workers in Boeing's plant voted on Sunday.",
        published=dt.date.fromisoformat("2008-10-14"),
    )
    assert "Boeing" in _actor_names(d)
    # "in" after a stake or its holders names a company, no place (review12: Zentrix was lost)
    for text in ("Investors in Zentrix cheered on Monday after the deal. Zentrix makes chips.",
                 "Shareholders in Zentrix voted on Monday to accept the offer."):
        d = draft(text, published=dt.date.fromisoformat("2008-10-14"))
        assert "Zentrix" in _actor_names(d), text


def test_an_airshow_is_an_event_no_actor():
    d = draft(
        "The order, which was first announced at the Dubai Airshow in November, was "
        "finalised on Monday.",
        published=dt.date.fromisoformat("2008-03-18"),
    )
    assert "Dubai Airshow" not in _actor_names(d)


# ---------------------------------------------------------------- quotes inside an answer

_INTERVIEW = """Interview with a marine biologist

Wikinews interviewed Ana Torres, a marine biologist at the University of Lisbon.

Wikinews: Has anyone criticised the work?

Ana Torres: Some fishermen's groups are worried that the area will be closed. Their spokesman, Rui Costa, told a local paper last week that "nobody asked us at all". I understand that.

Wikinews: How did it start?

Ana Torres: My colleague Pedro Sousa spotted a colony. He said, "This is not in any of the books."
"""


def test_a_quote_an_answer_gives_to_someone_it_names_is_that_persons_claim_too():
    from generator.draft import draft_text

    d = draft_text(_INTERVIEW, published=dt.date.fromisoformat("2011-05-14"))
    by_quote = {c["quote"]: c["by"] for c in d.data["claims"]}
    assert by_quote["nobody asked us at all"] == "rui-costa"
    # the answer stays the interviewee's
    assert any(q.startswith("Some fishermen") and b == "ana-torres" for q, b in by_quote.items())
    # a pronoun's quote inside a person's own story is left to the answer: no new claim
    assert "This is not in any of the books." not in by_quote
    assert "This is not in any of the books" not in by_quote


# ---------------------------------------------------------------- a month's awaited event


def _dates(text, published):
    return [
        t["date"] for t in draft(text, published=dt.date.fromisoformat(published)).data["timeline"]
    ]


def test_a_months_event_waited_for_lies_ahead():
    # told in March 2010: the coming September's election, not the last one
    assert _dates(
        "Analysts said the scandal could hurt the government ahead of the September election.",
        "2010-03-09",
    ) == ["2010-09"]
    assert _dates("Troops are being deployed ahead of the December elections.", "2010-03-09") == [
        "2010-12"
    ]


def test_a_months_event_waited_for_in_a_past_story_stays_past():
    assert _dates(
        "Troops were deployed ahead of the December elections, officials said.", "2010-03-09"
    ) == ["2009-12"]
    assert _dates("Ahead of the February vote, the party had campaigned hard.", "2010-03-09") == [
        "2010-02"
    ]
    assert _dates("The party won the September election.", "2010-03-09") == ["2009-09"]
