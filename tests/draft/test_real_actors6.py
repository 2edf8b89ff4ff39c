"""Real text, round 6 (issue 10): actors in wire text -- kinds, products, indices, companies
(generator/draft/lonenames.py, names.py, actors.py, lexicon.py, gazetteer.py)."""

from conftest import draft


def kinds(d):
    return {a["name"]: a["kind"] for a in d.data["actors"]}


def test_who_with_a_verb_whose_past_is_its_present_keeps_a_one_word_name_a_person():
    d = draft("Eva, who set up the charity, said it was home. Tom, who put the money in, agreed.")
    k = kinds(d)
    assert k["Eva"] == "person"
    assert k["Tom"] == "person"


def test_agency_acronym_before_record_outside_sport_is_still_the_agency():
    d = draft("The SEC record fine against the bank was $5 billion, the regulator said on Monday.")
    assert "Securities and Exchange Commission" in kinds(d)


def test_agency_acronym_before_record_in_a_sport_sentence_is_no_agency():
    d = draft("Florida set an SEC record in football on Saturday, its coach said.")
    assert "Securities and Exchange Commission" not in kinds(d)
