"""Quote rules found on real articles, round 10 (issue 10): each pattern tested with sentences
of its own (no names of the real articles)."""

from __future__ import annotations

from conftest import draft, speakers

OPENING = "The shipyard delivered its third ferry of the year to the harbour authority on Monday."


def test_by_saying_after_title_and_name_is_the_person_not_the_company():
    d = draft(
        f"{OPENING}\n\n"
        "Westmarine Holdings announced the order in March. Westmarine Holdings CEO, Ingrid Solberg, "
        "defended her choice of the yard by saying, \"The yard builds the most reliable hulls in "
        "the north\".\n"
    )
    assert speakers(d)["The yard builds the most reliable hulls in the north"] == "Ingrid Solberg"


def test_the_company_said_is_the_one_company_its_sentence_names():
    d = draft(
        f"{OPENING}\n\n"
        "Nordvik Shipping says that Skyvane has agreed to pay for the delay. "
        "In a statement on the Skyvane website, the company said that \"the cause of the "
        "delay was a late change to the wiring plans\".\n"
    )
    assert speakers(d)["the cause of the delay was a late change to the wiring plans"] == "Skyvane"


def test_president_and_ceo_of_a_division_said_is_the_persons():
    d = draft(
        f"{OPENING}\n\n"
        "Lena Marsh, president and CEO of Coastline Marine Engines said, \"This has been a proud "
        "day for everyone who built her.\"\n"
    )
    assert speakers(d)["This has been a proud day for everyone who built her"] == "Lena Marsh"


def test_in_the_words_of_frame_gives_the_next_paragraph_to_the_person_named():
    d = draft(
        f"{OPENING}\n\n"
        "The hearing heard how the ferry had left port without its radar and, in the words of the "
        "harbour prosecutor, Edith Crane, KC\n\n"
        "\"The crew sailed blind into the worst storm of the winter.\"\n"
    )
    assert speakers(d)["The crew sailed blind into the worst storm of the winter"] == "Edith Crane"


def test_quoted_by_frame_gives_the_next_paragraph_to_the_passive_subject():
    d = draft(
        f"{OPENING}\n\n"
        "Mayor Tomas Reyes has spoken about the new ferries many times; he was quoted by the Harbour "
        "Gazette on the delivery;\n\n"
        "\"To have a yard build three ferries in one year is something nobody thought possible.\"\n"
    )
    quote = "To have a yard build three ferries in one year is something nobody thought possible"
    assert speakers(d)[quote] == "Tomas Reyes"
