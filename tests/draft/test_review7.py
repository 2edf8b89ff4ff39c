"""Wrong outputs found by the review of round 8 (branch review7), each test named for its
pattern: most were new in round 8 (right on 0d8037d, wrong on main f15fa25), a few older
(marked); the others guard a fix (what must stay as it was)."""

from conftest import draft, speakers


def test_the_automaker_after_a_second_company_without_a_legal_form_is_not_the_first():
    d = draft(
        "Norvale Motor Co. said sales fell 30 percent. Toyota Motor Corp., the Japanese "
        'automaker, said its sales fell 20 percent. "We expect a hard year," the automaker said.'
    )
    assert speakers(d)["We expect a hard year"] != "Norvale Motor Co."


def test_the_automaker_after_two_companies_is_not_the_first():
    d = draft(
        "Norvale Motor Co. said on Monday its sales fell. General Motors Corp. also reported a "
        "drop. The automaker said it would cut jobs."
    )
    said = [c for c in d.data["claims"] if c["evidence"].startswith("The automaker")]
    assert not said or said[0]["by"] != "norvale-motor-co"


def _kinds(d) -> dict[str, str]:
    return {a["name"]: a["kind"] for a in d.data["actors"]}


def test_a_person_after_in_with_a_given_name_is_a_person_not_a_place():
    d = draft(
        "Investors have lost confidence in Hank Paulson, the Treasury secretary. "
        '"He has failed," Paulson said.'
    )
    assert _kinds(d).get("Hank Paulson") == "person"
    assert "Paulson" not in _kinds(d)


def test_a_person_after_near_with_a_given_name_is_a_person_not_a_place():
    d = draft('He sat near Nancy Pelosi during the speech. "It was a good speech," Pelosi said.')
    assert _kinds(d) == {"Nancy Pelosi": "person"}
    assert speakers(d)["It was a good speech"] == "Nancy Pelosi"


def test_a_place_after_in_opening_with_a_given_name_word_stays_a_place():
    d = draft("Traders in Santa Clara and dealers in Ann Arbor were calm, Jane Doe said.")
    assert _kinds(d) == {"Jane Doe": "person"}


def test_a_place_after_in_opening_with_a_city_that_is_also_a_given_name_stays_a_place():
    d = draft("The team arrived in Washington D.C. after many difficulties, Jane Doe said.")
    assert _kinds(d) == {"Jane Doe": "person"}


# older wrong speakers (on 0d8037d too), found while probing round 8's appositions: a person
# named as an object in the subject, then set off with a role, is no speaker


def test_a_person_as_object_then_a_role_aside_is_not_the_speaker():
    d = draft(
        "The lawsuit, filed by John Doe, a former Norvale engineer, said the company hid defects."
    )
    assert "john-doe" not in [c["by"] for c in d.data["claims"]]
    d = draft("A lawyer representing Jane Smith, a former Norvale executive, said she would appeal.")
    assert "jane-smith" not in [c["by"] for c in d.data["claims"]]


def test_a_person_after_an_opening_then_a_role_aside_stays_the_speaker():
    d = draft("In a statement, John Doe, a former Norvale engineer, said the company hid defects.")
    assert [c["by"] for c in d.data["claims"]] == ["john-doe"]


def test_a_capital_after_to_or_from_is_the_city_when_a_person_has_it_as_surname():
    # round quotes8 redefined names._PLACE_PREPOSITION, which `place_surnames` and `tokens`
    # read too: "to Santiago", "from Paris" lost their place reading (and the country)
    d = draft(
        "Maria Santiago said the deal was done. Flights to Santiago resumed on Monday. "
        '"We are pleased," Santiago said.'
    )
    assert _kinds(d).get("Chile") == "country"
    assert speakers(d)["We are pleased"] == "Maria Santiago"


def test_two_people_joined_by_and_then_a_shared_role_are_no_one_speaker():
    # older (on 0d8037d too): round trust8 left "Smith and Jones said" without a speaker, but
    # a plural role between the pair and the verb gave it to the second
    d = draft("Jane Smith and Tom Hale, the company's founders, said they would sell.")
    # round 9 keeps a pair's reported claim, without a speaker (both are candidates)
    assert [c["by"] for c in d.data["claims"] if isinstance(c["by"], str)] == []
    d = draft('"We will sell," Jane Smith and Tom Hale, the company\'s founders, said.')
    assert speakers(d)["We will sell"] is None


def _date_values(sentence, published):
    from generator.draft.dates import find_dates

    return [d.value for d in find_dates(sentence, published)]


def test_a_saying_told_as_long_past_keeps_the_nearest_month():
    # round dates8 made "said ... would open in June" the coming June; "at the time",
    # "originally", "when it bought ..." tell the saying itself as past: read as before
    import datetime as dt

    pub = dt.date(2008, 10, 15)
    for sentence in (
        "At the time, the company said the plant would open in June.",
        "The company said when it bought the site that the plant would open in June.",
        "The company originally said the plant would open in June.",
        "The company said in its initial plan that the plant would open in June.",
    ):
        assert _date_values(sentence, pub) == ["2008-06"], sentence
    assert _date_values("The company said on Monday the plant would open in June.", pub)[-1] == (
        "2009-06"
    )


def test_critics_of_a_person_then_a_role_aside_are_not_that_person():
    d = draft("Critics of Jane Smith, the bank's chief executive, said she should go.")
    assert "jane-smith" not in [c["by"] for c in d.data["claims"]]


def test_a_time_before_a_person_then_a_role_aside_keeps_the_speaker():
    d = draft("Earlier this month Tom Hale, an analyst at Kestrel, said shares were cheap.")
    assert [c["by"] for c in d.data["claims"]] == ["tom-hale"]
    d = draft("A spokesman for John Doe, the governor of Ohio, said the plan was dead.")
    # the spokesman, unnamed, speaks: not John Doe himself (round 19)
    assert [c["by"] for c in d.data["claims"]] == ["a-spokesman-for-john-doe-headline-test"]


def test_a_title_of_a_body_before_a_person_then_an_aside_keeps_the_speaker():
    d = draft("The chief executive of Norvale, Jane Smith, said the plant would close.")
    assert [c["by"] for c in d.data["claims"]] == ["jane-smith"]


def test_a_lower_case_title_ending_in_ing_before_a_person_keeps_the_speaker():
    d = draft("Jordan's king Abdullah, 47, said the talks would resume.")
    assert "abdullah" in [c["by"] for c in d.data["claims"]]
