"""Rules added after the eighth blind set (tests/eval/blind8): each with sentences of its own."""

from conftest import draft, speakers


def test_a_quote_opening_the_sentence_then_a_bare_role_apposition_names_its_speaker():
    d = draft(
        '"The board has offered us nothing at all," Oksana Melnychuk-Ward, head of the '
        "dockers' union at Gdansk port, told reporters in an interview.\n\n"
        "Melnychuk-Ward said talks would resume.",
    )
    assert speakers(d)["The board has offered us nothing at all"] == "Oksana Melnychuk-Ward"


def test_the_capitalised_title_of_a_release_is_its_principal_when_two_hold_it():
    d = draft(
        "Today, President Ilse Brandvold met President Kofi Adjei-Mensah of Velmora in Oslo.\n\n"
        'The President said the two nations would stay "partners for the long haul."\n\n'
        "Secretary of State Marek Zielinski joined the talks. "
        '"This treaty keeps our fleets honest," the Secretary said.',
    )
    said = speakers(d)
    assert said["partners for the long haul"] == "Ilse Brandvold"
    assert said["This treaty keeps our fleets honest"] == "Marek Zielinski"


def test_a_person_named_inside_reported_speech_does_not_take_the_pronouns_quote():
    d = draft(
        "President Renata Solberg left Oslo on Monday.\n\n"
        "Later, National Security Adviser Tomas Lindqvist-Ora told reporters that talks would go on. "
        "Asked about the dispute, he said the President had \"raised it firmly and often,\" "
        "and that the other side had listened.",
    )
    assert speakers(d)["raised it firmly and often"] == "Tomas Lindqvist-Ora"
