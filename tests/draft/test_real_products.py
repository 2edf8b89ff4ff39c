"""Products, craft and flights are not actors; their makers and operators may be
(generator/draft/actors.py, lonenames.py)."""

from conftest import draft


def names(d):
    return {a["name"] for a in d.data["actors"]}


def test_numbered_flight_names_its_airline():
    d = draft("The crash of Adam Air Flight 574 was investigated by the National Transport Safety Committee.")
    assert "Adam Air" in names(d)
    assert "Adam Air Flight" not in names(d)


def test_name_before_a_product_noun_is_a_product():
    d = draft(
        "The new MacBook Air laptops and the Joint Strike Fighter program were discussed, "
        "Tim Cook said."
    )
    assert "MacBook Air" not in names(d)
    assert "Joint Strike Fighter" not in names(d)
    assert "Tim Cook" in names(d)


def test_series_of_names_differing_in_the_last_word_are_craft():
    d = draft(
        "Space Shuttle Atlantis will go to Florida. Space Shuttle Endeavour will go to Los "
        "Angeles, and Space Shuttle Discovery to Virginia, NASA Administrator Charles Bolden said."
    )
    assert not {n for n in names(d) if n.startswith("Space Shuttle")}
    assert "Charles Bolden" in names(d)


def test_bodies_sharing_a_prefix_stay_actors():
    d = draft(
        "The Department of Defense, the Department of State and the Department of Energy "
        "each asked for funds, said Bonnie Dunbar."
    )
    assert {"Department of Defense", "Department of State", "Department of Energy"} <= names(d)


def test_country_named_in_a_currency_is_no_actor():
    d = draft(
        "Films will retail for around $9.99 US dollars, and the studio will pay US$16 million, "
        "Apple Computer said."
    )
    assert "United States" not in names(d)
    assert "Apple Computer" in names(d)


def test_numbered_flight_of_an_airline_named_for_its_country():
    d = draft("Airbus will fund the search for the black boxes of Air France Flight 447, Thomas Enders said.")
    assert "Air France" in names(d)
    assert "France" not in names(d)


def test_well_known_bodies_named_once_by_acronym():
    d = draft("The stadium plan was approved by FIFA, and NASA and UNESCO sent experts, AFP reported.")
    assert {"FIFA", "NASA", "UNESCO", "Agence France-Presse"} <= names(d)
