"""One-word names with no capital-letter cue beyond their first letter (generator/draft/lonenames.py)."""

from conftest import draft


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
