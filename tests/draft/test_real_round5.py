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


def test_who_himself_or_herself_after_a_one_word_name_is_still_a_person():
    d = draft("Jason, who himself was a soldier, wrote the piece. Eva, who herself grew up here, "
              "said it was home.")
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
    d = draft(
        "The SEC fined the bank on Monday for misleading investors about the risks of its "
        "mortgage bonds, regulators said."
    )
    assert "Securities and Exchange Commission" in kinds(d)


def test_one_sentence_article_under_its_headline_is_drafted():
    d = draft_text(
        "Big news today\n\nThe council voted on Monday to close the library.\n",
        published=dt.date(2024, 3, 6),
    )
    assert d.data["timeline"][0]["date"] == "2024-03-04"


def test_caption_line_placing_someone_at_a_year_is_a_dated_caption_not_a_heading():
    d = draft(
        "The storm caused a crane to fall into the mosque, killing 107 people and wounding "
        "238, officials said on Friday.\n\nHill at the candidates forum in 2011\n\n"
        "Rescue teams worked through the night to reach the people trapped under the crane."
    )
    dated = {t["evidence"]: t["date"] for t in d.data["timeline"]}
    assert dated["Hill at the candidates forum in 2011"] == "2011"
    assert "## Hill" not in d.markdown


def test_caption_above_the_body_belongs_to_the_body_and_never_the_summary():
    d = draft_text(
        "At least 107 killed in Mecca crane collapse\n\nSaturday, September 12, 2015\n\n"
        "pilgrims at Mecca's Grand Mosque in 2008.\n\n"
        "A storm yesterday caused a crane to fall into Mecca's Grand Mosque, killing 107 or "
        "more and wounding 238, according to the Civil Defense Authority.\n",
        published=dt.date(2015, 9, 12),
    )
    dated = {t["evidence"]: t["date"] for t in d.data["timeline"]}
    assert dated["pilgrims at Mecca's Grand Mosque in 2008."] == "2008"
    assert d.data["summary"].startswith("A storm yesterday")


def test_short_sentence_with_a_verb_and_a_year_stays_a_paragraph():
    from generator.draft.clean import caption_line

    assert not caption_line("The company was founded in Toulouse in 1970.")
    assert caption_line("Hill at the Lesser-known candidates forum in 2011")


def test_caption_between_interview_turns_is_nobodys_answer():
    d = draft(
        "Wikinews: What qualifications do you have for the job?\n\n"
        "Christopher Hill: My qualifications are rooted in my service as an officer in the "
        "Air Force for many years.\n\nHill at the candidates forum in 2011\n\n"
        "Wikinews: What would you have done differently?\n\n"
        "Christopher Hill: I would have cut spending and balanced the budget in my first year."
    )
    assert not any("forum in 2011" in (c.get("quote") or "") for c in d.data["claims"])


def test_name_ending_in_a_trade_noun_is_drafted_as_a_company():
    d = draft(
        "Apple Computer said on Tuesday it would sell the new laptops in June. Douglas Aircraft "
        "built the first of the jets in 1995."
    )
    k = kinds(d)
    assert k["Apple Computer"] == "organization"
    assert k["Douglas Aircraft"] == "organization"
