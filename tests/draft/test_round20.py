"""Round 20: kinds a reader is shown (a person drafted as a body, bodies and places drafted as
persons) and unnamed spokesmen who are no body's own voice (invented texts in the shapes of the
real sets' sentences)."""

from conftest import draft, speakers


def _actors(d):
    return {a["name"]: a for a in d.data["actors"]}


# ---------------------------------------------------------------- a person's pronoun after a colon


def test_a_lone_name_whose_pronoun_follows_a_colon_is_a_person():
    d = draft(
        "There had been an agreement between Kovalenko and the government. The agreement was "
        "that Kovalenko agreed to a remarkable concession: he agreed to let the region vote. "
        "Kovalenko also proposed a free trade zone in the region."
    )
    assert _actors(d)["Kovalenko"]["kind"] == "person"


# ---------------------------------------------------------------- publications


def test_a_name_a_report_was_in_is_a_publication_not_a_person():
    d = draft(
        "According to an April 2nd report in Tech Lumen, an internal memo at Acme showed the "
        "company passed its rival."
    )
    assert _actors(d)["Tech Lumen"]["kind"] == "organization"
    # the claim stays the publication's, as it was while it was drafted as a person
    assert list(speakers(d).values()) == ["Tech Lumen"]


def test_a_name_a_study_was_published_in_is_a_publication_not_a_person():
    d = draft(
        "Crop yields will fall, the researchers found. The study was published in journal Marine "
        "Climate Change yesterday."
    )
    assert _actors(d)["Marine Climate Change"]["kind"] == "organization"


# ---------------------------------------------------------------- listed with a body


def test_a_name_listed_with_a_body_and_used_before_a_noun_is_a_body():
    d = draft(
        "The site has donated over $60,000 to charities such as the Wikimedia Foundation and "
        "Open Commons. We use an Open Commons license to give our community the right to fork."
    )
    assert _actors(d)["Open Commons"]["kind"] == "organization"


def test_a_person_listed_with_a_body_and_named_before_their_government_stays_a_person():
    # review14: a name no given-name list holds, listed with a body and then used before a
    # noun a person's name is as often used before ("the X government") was made a body
    for text, name in (
        ("The World Bank and Mamadou Tandja signed the deal in Niamey. Critics attacked the "
         "Mamadou Tandja government over it.", "Mamadou Tandja"),
        ("The money came from the Gates Foundation and Wangari Maathai. Supporters planted "
         "trees under a Wangari Maathai program.", "Wangari Maathai"),
    ):
        assert _actors(draft(text))[name]["kind"] == "person", text


def test_a_maker_listed_with_a_maker_is_a_body():
    d = draft(
        "The plane was the last built by the Long Beach plant, the original home of Douglas "
        "Aircraft and Hartwell Douglas. It ended production of Hartwell Douglas jets."
    )
    assert _actors(d)["Hartwell Douglas"]["kind"] == "organization"


def test_a_person_listed_with_a_body_stays_a_person():
    d = draft(
        "Devin Thurlow and the Acme Foundation signed the agreement on Monday. Thurlow said the "
        "money would go to schools."
    )
    assert _actors(d)["Devin Thurlow"]["kind"] == "person"


def test_a_name_ending_in_gaming_is_a_company():
    d = draft(
        "Wikinews: What is Heaven Bound Gaming?\n\nMario J. Lucero: Heaven Bound Gaming is "
        "basically me and Isabel, I'm Mario J. Lucero."
    )
    assert _actors(d)["Heaven Bound Gaming"]["kind"] == "organization"


# ---------------------------------------------------------------- places


def test_a_name_only_flown_out_of_is_a_place_not_a_person():
    d = draft(
        "Qatar Airways ordered 80 planes from Airbus. It will begin to fly the A380 in 2009 out "
        "of Oslo Gardermoen."
    )
    assert "Oslo Gardermoen" not in _actors(d)


def test_a_name_only_after_at_in_a_university_is_a_place_not_a_person():
    d = draft(
        "Items went to Duke University and the University of North Carolina at Maple Hollow, "
        "which also received donated prints."
    )
    assert "Maple Hollow" not in _actors(d)


def test_a_person_met_at_a_place_is_still_a_person():
    d = draft("Reporters waited for hours at Drew Cass's house. Drew Cass said he would resign.")
    assert _actors(d)["Drew Cass"]["kind"] == "person"


# ---------------------------------------------------------------- unnamed spokesmen
# "A ministry spokesman said" / "A spokesperson said" next to the one body named just before
# stay that body's (the project's gold: blind6 03 and 05, `test_blind6_rules`); these guard the
# cases that are no stand-in


def test_a_quote_a_company_spokeswoman_said_is_hers():
    d = draft(
        'Norvale Motors recalled 2,000 cars. "The fault is rare," a company spokeswoman said.'
    )
    assert speakers(d)["The fault is rare"] == "company spokeswoman"


def test_the_head_of_a_body_said_is_not_the_bodys_claim():
    d = draft("The head of the Machinists union said workers were angry about the offer.")
    assert all(name != "Machinists" for name in speakers(d).values())


# ---------------------------------------------------------------- works and things


def test_a_name_written_in_the_plural_is_a_thing_not_a_person():
    d = draft(
        "The museum shows portraits by Andy Warhol. Among the Warhol Polaroids donated to the "
        "university is one of Dennis Hopper. There are also Warhol Polaroid exhibits elsewhere."
    )
    assert "Warhol Polaroid" not in _actors(d)
    assert {"Andy Warhol", "Dennis Hopper"} <= set(_actors(d))


def test_a_name_after_a_quoted_adjective_is_a_thing_not_a_person():
    d = draft(
        'He pointed to the refreshment table with soup served with "electric" Fizz Punch and '
        "tables adorned with gumballs."
    )
    assert "Fizz Punch" not in _actors(d)


def test_a_title_after_a_story_called_is_a_work_not_a_person():
    d = draft(
        "Isabel Ruiz: I came up with an individual story called Thad's World Ruin and she "
        "wanted to illustrate it."
    )
    assert "World Ruin" not in _actors(d)
    assert {"Isabel Ruiz", "Thad"} <= set(_actors(d))  # whose work it is stays
