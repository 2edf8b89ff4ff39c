"""One-word names with no capital-letter cue beyond their first letter (generator/draft/lonenames.py)."""

import datetime as dt

from conftest import draft

from generator.draft import draft_text
from generator.draft.lonenames import headline_names


def names(d):
    return {a["name"] for a in d.data["actors"]}


def test_one_word_company_that_acts_and_is_named_again():
    d = draft(
        "Boeing has unveiled a new version of its airliner. The aircraft was named the "
        "Worldliner by Boeing to mark its range."
    )
    assert "Boeing" in names(d)


def test_one_word_company_in_the_possessive():
    d = draft("Customers had trouble reaching Apple's website on the first day of orders. Others waited "
        "for hours at Apple's stores.")
    assert "Apple" in names(d)


def test_adverb_between_name_and_verb():
    d = draft("The launch came a day early. Analysts said Apple today unveiled a phone.")
    assert "Apple" in names(d)


def test_word_only_at_sentence_start_is_no_name():
    d = draft("Shares fell sharply on Monday after the report was published. Investors sold their "
        "holdings in the company.")
    assert not names(d) & {"Shares", "Investors"}


def test_word_only_used_as_a_place_is_no_actor():
    d = draft("The plane can fly from London to Sydney. It landed in Sydney on time.")
    assert "Sydney" not in names(d)


def test_plural_of_a_common_word_is_no_name():
    d = draft("Leaders met in the capital. The leader of the talks said Leaders had agreed.")
    assert "Leaders" not in names(d)


def test_name_in_a_sentence_case_headline_counts_as_a_cue():
    d = draft_text(
        "Search for black boxes to get funding from Airbus\n\n"
        "Airbus have announced that they will contribute up to $20 million to fund an extended search.",
        published=dt.date(2009, 7, 30),
    )
    assert "Airbus" in names(d)


def test_title_case_headline_gives_no_cue():
    assert headline_names("Boeing Unveils Long-Range Airliner For Asian Routes") == set()
    assert headline_names("Northrop and Airbus parent EADS defeat Boeing for a contract") == {
        "Airbus",
        "EADS",
        "Boeing",
    }


def test_short_name_of_a_company_joins_it():
    d = draft(
        "Apple Inc. released a new phone on Monday after months of waiting. Buyers could not reach "
        "Apple's website for hours."
    )
    assert "Apple" not in names(d)
    assert "Apple" in next(a for a in d.data["actors"] if a["name"] == "Apple Inc.")["aliases"]


def test_spaced_hyphen_halves_are_no_names():
    d = draft("Sales rose at Wal - Mart after Wal - Mart's stores cut prices for the season.")
    assert not names(d) & {"Wal", "Mart"}


def test_kind_noun_or_agent_before_a_one_word_name():
    d = draft(
        "Der Spiegel cited confidential documents from engine maker Europrop in a report. "
        "The first A380 superjumbo was made by Airbus in Toulouse."
    )
    assert {"Europrop", "Airbus"} <= names(d)


def test_maker_before_a_model_number():
    d = draft(
        "Qatar chose the Airbus A350 for its long routes after a long contest. "
        "The first aircraft will be delivered in May, Qatar said, and Airbus A350 crews train now."
    )
    assert "Airbus" not in names(d)  # named only as a product's brand: no actor
    d = draft(
        "Qatar chose the Airbus A350 for its long routes after a long contest. "
        "Airbus said the first aircraft will be delivered in May."
    )
    assert "Airbus" in names(d)


def test_sentence_opening_name_that_acts_needs_a_name_shape():
    d = draft("Apple have released several re-designs of the player. Estimates have risen since.")
    assert "Apple" in names(d)
    assert "Estimates" not in names(d)
