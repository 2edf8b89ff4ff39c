"""Actors the drafter got wrong (round trust8): companies drafted as persons or under another
company's name, a describing word taken into a name."""

from conftest import draft, speakers


def _actors(d):
    return {a["name"]: a["kind"] for a in d.data["actors"]}


def test_a_trade_noun_ending_a_name_makes_it_a_company_not_a_person():
    d = draft('Duke Energy said profit "rose sharply" in the quarter.')
    assert _actors(d)["Duke Energy"] == "organization"
    d = draft('Scotland Yard said the man "was arrested" on Monday.')
    assert _actors(d)["Scotland Yard"] == "organization"
    # as a head it would cut longer names short: "Ministry of Energy and Mineral Resources"
    d = draft(
        "The Ministry of Energy and Mineral Resources said in a statement that it would audit "
        "the permits."
    )
    assert "Ministry of Energy and Mineral Resources" in _actors(d)


def test_a_well_known_company_before_an_acronym_is_another_company():
    d = draft('Sony BMG said sales "were weak" in the quarter.')
    assert _actors(d) == {"Sony BMG": "organization"}
    assert speakers(d)["were weak"] == "Sony BMG"
    # an office after the company is no company
    d = draft('Sony CEO Howard Stringer said sales "were weak" in the quarter.')
    assert speakers(d)["were weak"] == "Howard Stringer"
    assert _actors(d)["Sony"] == "organization"


def test_a_describing_word_opening_the_sentence_is_no_part_of_the_name():
    d = draft(
        'Opposition Kuomintang chair Chang Yi-ting called for restraint. In a statement, he said '
        'the drills were "not in the interest of the people."'
    )
    assert "Opposition Kuomintang" not in _actors(d)
    assert speakers(d)["not in the interest of the people"] == "Chang Yi-ting"
    d = draft("Opposition Kuomintang criticised the deal on Monday.")
    assert _actors(d) == {"Kuomintang": "organization"}


def test_a_name_and_its_short_form_in_one_sentence_are_two_persons():
    d = draft(
        'Jim Smith and his son James Smith run the farm. James Smith said it "is hard work" '
        "every day."
    )
    assert {"Jim Smith", "James Smith"} <= set(_actors(d))
    assert speakers(d)["is hard work"] == "James Smith"
    # named in two sentences, the short form is the same person
    d = draft('Lawrence Lessig spoke on Monday. Larry Lessig said the law "is broken" today.')
    assert "Larry Lessig" not in _actors(d)
    assert speakers(d)["is broken"] == "Lawrence Lessig"


def test_a_title_a_given_name_and_a_head_word_are_a_person():
    d = draft('Judge Mary Court of the Supreme Court said the law "is void" from today.')
    assert _actors(d).get("Mary Court") == "person"
    assert not any("Court of" in name for name in _actors(d))
    d = draft('Judge Mary Court said the law "is void" from today.')
    assert speakers(d)["is void"] == "Mary Court"
