"""Rules added after the seventh blind set (tests/eval/blind7): each with sentences of its own."""

import datetime as dt

from conftest import draft, speakers

# a Thursday
PUB = dt.date(2024, 3, 14)


def timeline(d) -> dict[str, list[str]]:
    """Evidence sentence -> every date drafted for it, in order."""
    out: dict[str, list[str]] = {}
    for t in d.data["timeline"]:
        out.setdefault(t["evidence"], []).append(t["date"])
    return out


def test_a_present_tense_that_announces_names_the_coming_day():
    d = draft(
        "Farmers plan a tractor parade through Lyon on Sunday, the union said.\n\n"
        "The assembly reconvenes on March 30 to vote on the budget.\n\n"
        "Delegates meet in Oslo on Tuesday for a last round of talks.",
        published=PUB,
    )
    dates = timeline(d)
    assert dates["Farmers plan a tractor parade through Lyon on Sunday, the union said."] == [
        "2024-03-17"
    ]
    assert dates["The assembly reconvenes on March 30 to vote on the budget."] == ["2024-03-30"]
    assert dates["Delegates meet in Oslo on Tuesday for a last round of talks."] == ["2024-03-19"]


def test_a_present_tense_next_to_a_past_cue_or_a_noun_stays_in_the_past():
    d = draft(
        "The march on Tuesday drew thousands of people to the city centre, organizers said.\n\n"
        "Investors across the region fretted over the government's spending plans in February.\n\n"
        "The two ministers did not meet on Monday, despite weeks of preparation by their staff.",
        published=PUB,
    )
    dates = timeline(d)
    assert dates[
        "The march on Tuesday drew thousands of people to the city centre, organizers said."
    ] == ["2024-03-12"]
    assert dates[
        "Investors across the region fretted over the government's spending plans in February."
    ] == ["2024-02"]
    assert dates[
        "The two ministers did not meet on Monday, despite weeks of preparation by their staff."
    ] == ["2024-03-11"]


def test_due_before_a_date_is_the_coming_one():
    d = draft(
        "Lawyers for both sides made their final arguments in the case.\n\n"
        "The court's ruling, due on February 2, could reshape the market for generic drugs in the country.",
        published=PUB,
    )
    assert timeline(d)[
        "The court's ruling, due on February 2, could reshape the market for generic drugs in the country."
    ] == ["2025-02-02"]


def test_a_list_of_places_does_not_hide_the_verb_before_it():
    d = draft(
        "The talks on the border dispute stalled again this winter.\n\n"
        "The envoy will travel to Lima, Quito and Bogota in May, the ministry said.",
        published=PUB,
    )
    assert timeline(d)[
        "The envoy will travel to Lima, Quito and Bogota in May, the ministry said."
    ] == ["2024-05"]


def names(d) -> set[str]:
    """Every drafted actor's name."""
    return {a["name"] for a in d.data["actors"]}


def test_a_known_body_defined_by_its_acronym_is_one_actor():
    d = draft(
        "Aid workers reached the northern camps on Monday after weeks of delays at the border.\n\n"
        "The Office for the Coordination of Humanitarian Affairs (OCHA) said convoys were moving "
        "again, and OCHA asked both sides to keep the road open.",
        published=PUB,
    )
    assert [n for n in names(d) if "Humanitarian" in n or n == "OCHA"] == [
        "UN Office for the Coordination of Humanitarian Affairs"
    ]


def test_rebel_movements_and_military_commands_are_actors_in_full():
    d = draft(
        "Houthi forces fired two drones at a tanker in the Gulf of Aden overnight, officials said.\n\n"
        "U.S. Central Command said its destroyer shot both down, and the Joint Chiefs of Staff "
        "ordered a review of escort duties in the area.",
        published=PUB,
    )
    assert {"Houthis", "U.S. Central Command", "Joint Chiefs of Staff"} <= names(d)
    assert "Joint Chiefs" not in names(d)


def test_a_country_then_a_which_clause_naming_another_actor_is_the_speaker():
    d = draft(
        "Talks between the two sides broke down again in the capital last week.\n\n"
        "Iran, which arms Hezbollah, called the strikes \u201ca grave provocation,\u201d "
        "according to the state news agency Tass.",
        published=PUB,
    )
    assert speakers(d)["a grave provocation"] == "Iran"


def test_a_long_name_then_or_and_its_acronym_is_one_organization():
    d = draft(
        "Ministers of the Southern African Development Community, or SADC, met in Gaborone on "
        "Monday to discuss the election crisis.\n\n"
        "SADC said it would send observers to the capital before the vote in May.",
        published=PUB,
    )
    sadc = [a for a in d.data["actors"] if a["name"] == "Southern African Development Community"]
    assert len(sadc) == 1 and "SADC" in sadc[0].get("aliases", [])
    assert "SADC" not in names(d)


def test_a_central_bank_named_bank_and_its_country_is_an_organization():
    d = draft(
        "Bank Negara Malaysia raised its policy rate by a quarter point on Thursday, the central "
        "bank said, citing stubborn inflation in services.",
        published=PUB,
    )
    kinds = {a["name"]: a["kind"] for a in d.data["actors"]}
    assert kinds.get("Bank Negara Malaysia") == "organization"
