"""Rules added after the third blind set (tests/eval/blind3): each with sentences of its own."""

import datetime as dt

import pytest
from conftest import draft, speakers

from generator.draft.dates import find_dates


def actor_names(d) -> dict[str, str]:
    """Drafted actor id -> name."""
    return {a["id"]: a["name"] for a in d.data["actors"]}


def by_name(d) -> dict[str, str]:
    """Quote -> the drafted speaker's name (not id)."""
    ids = actor_names(d)
    return {c["quote"]: ids[c["by"]] for c in d.data["claims"] if c.get("quote")}


def test_unnamed_source_placed_by_a_body_is_the_source_not_the_body():
    d = draft(
        "Talks resumed on Monday in the border town. The meeting was called after weeks of anger.\n\n"
        "A source in Georgia's interior ministry told the agency that the convoy had turned back.\n\n"
        '"Nobody wanted a clash at the bridge," the source said.'
    )
    got = by_name(d)
    assert got["Nobody wanted a clash at the bridge"] == "source"


def test_diplomat_in_a_capital_after_a_clause_is_an_unnamed_speaker():
    d = draft(
        "The envoys met on Monday in the border town. The meeting was called after weeks of anger.\n\n"
        "A Nordic diplomat in Tbilisi, who asked not to be named, said the ceasefire was "
        '"hanging by a thread".\n\n'
        'An Asian diplomat, speaking on condition of anonymity, said the plan was "dead on arrival".'
    )
    got = by_name(d)
    assert got["hanging by a thread"] == "Nordic diplomat"
    assert got["dead on arrival"] == "Asian diplomat"
    assert {c["by"] for c in d.data["claims"]}.isdisjoint({"georgia"})


def test_one_official_involved_in_talks_after_the_quote():
    d = draft(
        "The envoys met on Monday in the border town. The meeting was called after weeks of anger.\n\n"
        '"The gap is still wide," one Swiss official involved in the negotiations told reporters, '
        "declining to be named."
    )
    assert by_name(d)["The gap is still wide"] == "Swiss official"


def test_subject_before_a_who_clause_naming_someone_else_speaks():
    d = draft(
        "The summit closed on Monday in the border town. The meeting was called after weeks of anger.\n\n"
        "Chilean Trade Minister Valentina Rojas, who hosted the talks with Kenya's Minister of Energy, "
        'Wanjiru Kamau, described the deal as "a bridge between two oceans".'
    )
    assert speakers(d)["a bridge between two oceans"] == "Valentina Rojas"


FRIDAY = dt.date(2024, 10, 11)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Exports fell sharply in the third quarter of 2021.", ["2021-07/2021-09"]),
        ("Output grew in the first quarter.", ["2024-01/2024-03"]),
        ("The grants will be paid from the first quarter.", ["2025-01/2025-03"]),
        ("Sales will pick up in the fourth quarter.", ["2024-10/2024-12"]),
        ("The lender lost money in the second quarter of last year.", ["2023-04/2023-06"]),
        ("The plant closed in mid-2019 after a fire.", ["2019-06/2019-07"]),
        ("Shelling hit the depot overnight, the army said.", ["2024-10-11"]),
        ("A second blast was heard earlier in the day near the port.", ["2024-10-11"]),
    ],
)
def test_quarters_mid_year_and_overnight(sentence, expected):
    assert [d.value for d in find_dates(sentence, FRIDAY)] == expected
