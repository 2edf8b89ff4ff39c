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
