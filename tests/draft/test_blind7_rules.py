"""Rules added after the seventh blind set (tests/eval/blind7): each with sentences of its own."""

import datetime as dt

from conftest import draft

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
    assert dates["The march on Tuesday drew thousands of people to the city centre, organizers said."] == ["2024-03-12"]
    assert dates["Investors across the region fretted over the government's spending plans in February."] == ["2024-02"]
    assert dates["The two ministers did not meet on Monday, despite weeks of preparation by their staff."] == ["2024-03-11"]


def test_due_before_a_date_is_the_coming_one():
    d = draft(
        "Lawyers for both sides made their final arguments in the case.\n\n"
        "The court's ruling, due on February 2, could reshape the market for generic drugs in the country.",
        published=PUB,
    )
    assert timeline(d)["The court's ruling, due on February 2, could reshape the market for generic drugs in the country."] == [
        "2025-02-02"
    ]


def test_a_list_of_places_does_not_hide_the_verb_before_it():
    d = draft(
        "The talks on the border dispute stalled again this winter.\n\n"
        "The envoy will travel to Lima, Quito and Bogota in May, the ministry said.",
        published=PUB,
    )
    assert timeline(d)["The envoy will travel to Lima, Quito and Bogota in May, the ministry said."] == [
        "2024-05"
    ]
