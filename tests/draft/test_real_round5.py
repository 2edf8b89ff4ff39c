"""Real text, round 5 (issue 10): general mechanisms for unseen wire text -- speakers, kinds,
acronyms, hospitals, short articles (generator/draft/subjects.py, lonenames.py, names.py,
lexicon.py, clean.py)."""

import datetime as dt

from conftest import draft, speakers

from generator.draft import draft_text


def kinds(d):
    return {a["name"]: a["kind"] for a in d.data["actors"]}


def test_place_set_off_by_commas_after_a_person_is_his_home_not_the_speaker():
    d = draft('Sen. Mark Delaney, Georgia, told reporters "We will fight this bill to the end."')
    assert speakers(d)["We will fight this bill to the end"] == "Mark Delaney"


def test_place_before_the_verb_still_speaks_when_no_person_precedes_it():
    d = draft('Officials met in Tbilisi. Georgia said "We will not sign this deal."')
    assert speakers(d)["We will not sign this deal"] == "Georgia"


def test_plural_who_after_a_one_word_name_keeps_it_a_body():
    d = draft(
        "Unilever, who make soap and tea, said prices would rise. Celtic, who won the league, "
        "were pleased with the result."
    )
    k = kinds(d)
    assert k["Unilever"] == "organization"
    assert k["Celtic"] == "organization"


def test_singular_or_past_who_after_a_one_word_name_is_still_a_person():
    d = draft("Jason, who is our editor, wrote the piece. Eva, who grew up here, said it was home.")
    k = kinds(d)
    assert k["Jason"] == "person"
    assert k["Eva"] == "person"


def test_hospital_is_a_body_not_a_person_with_a_rank():
    d = draft("Doctors at Mercy General Hospital said the patient was stable on Monday.")
    assert kinds(d).get("Mercy General Hospital") == "organization"
    assert "Hospital" not in kinds(d)


def test_agency_acronym_before_a_sport_noun_is_no_agency():
    d = draft(
        "The team lost the SEC championship game on Saturday. Its coach said the SEC title "
        "was still within reach."
    )
    assert "Securities and Exchange Commission" not in kinds(d)


def test_agency_acronym_elsewhere_is_still_the_agency():
    d = draft("The SEC fined the bank on Monday for misleading investors.")
    assert "Securities and Exchange Commission" in kinds(d)


def test_one_sentence_article_under_its_headline_is_drafted():
    d = draft_text(
        "Big news today\n\nThe council voted on Monday to close the library.\n",
        published=dt.date(2024, 3, 6),
    )
    assert d.data["timeline"][0]["date"] == "2024-03-04"
