"""Round 8: cities are not persons (branch `places8`) -- a name that is wholly a well-known
city or metropolitan area ("Los Angeles", "Rio de Janeiro", "Sao Paulo") is never drafted as a
person; a person whose surname is a city stays a person (generator/draft/cities.py, names.py)."""

from pathlib import Path

from conftest import draft, speakers

from generator.draft.cities import well_known_city

AIRLINE = """Airline expands routes

SEATTLE, March 3 (AP) - The airline said on Monday it would add flights from Los Angeles and \
San Francisco to Tokyo.

"Los Angeles is our biggest market," said Jane Porter, the airline's spokeswoman.

Flights from New Orleans, Rio de Janeiro and Buenos Aires will follow, she said. Officials in \
Sao Paulo and Hong Kong welcomed the move.
"""


def kinds(d):
    return {a["name"]: a["kind"] for a in d.data["actors"]}


def test_city_name_is_never_a_person():
    d = draft(AIRLINE)
    assert [n for n, k in kinds(d).items() if k == "person"] == ["Jane Porter"]
    assert not {"Los Angeles", "San Francisco", "New Orleans", "Rio de Janeiro", "Hong Kong"} & set(
        kinds(d)
    )
    assert set(speakers(d).values()) == {"Jane Porter"}


def test_city_name_with_or_without_accents():
    assert well_known_city("São Paulo") and well_known_city("Sao Paulo")
    assert well_known_city("St. Louis") and well_known_city("Ho Chi Minh City")
    d = draft("Fans from São Paulo and Las Vegas gathered for the match on Sunday.")
    assert "person" not in kinds(d).values()


def test_city_surname_after_given_name_stays_a_person():
    d = draft(
        "Jack London wrote the novel in 1903. Paris Hilton attended the premiere on Friday. "
        'Denzel Washington starred in the film. "It was a great night," Washington said.'
    )
    assert kinds(d)["Jack London"] == "person"
    assert kinds(d)["Paris Hilton"] == "person"
    assert kinds(d)["Denzel Washington"] == "person"
    assert speakers(d)["It was a great night"] == "Denzel Washington"


def test_only_the_whole_name_is_a_city():
    assert not well_known_city("Jack London")
    assert not well_known_city("Los Angeles Times")
    d = draft('"We will appeal," said Maria Santiago, a lawyer for the family, on Monday.')
    assert kinds(d) == {"Maria Santiago": "person"}


def test_city_table_is_data_in_the_draft_package():
    source = Path(__file__).resolve().parents[2] / "generator" / "draft" / "cities.py"
    assert "Rio de Janeiro" in source.read_text(encoding="utf-8")


def test_city_as_speaker_is_left_unattributed_not_a_person():
    # before, "Los Angeles" was drafted as a person and given the quote; no rule makes a
    # city a body, so no speaker is drafted for it (left for the human)
    d = draft('"We will sue," Los Angeles said on Monday.')
    assert kinds(d) == {}
    assert "Los Angeles" not in speakers(d).values()
