"""Speakers the drafter got wrong (round trust8): a quote said by two actors together is left
for a person to attribute (both kept as candidates), never given to one of them."""

from conftest import draft, speakers


def _claim(d, quote):
    return next(c for c in d.data["claims"] if c["quote"] == quote)


def _candidates(d, quote):
    return _claim(d, quote)["by"].candidates


def test_two_speakers_before_the_verb_leave_the_quote_unattributed():
    d = draft('John Smith and Mary Jones said the plan "will not work."')
    assert speakers(d)["will not work"] is None
    assert _candidates(d, "will not work") == ("john-smith", "mary-jones")
    d = draft('"The plan will not work," John Smith and Mary Jones said.')
    assert speakers(d)["The plan will not work"] is None


def test_two_speakers_after_the_verb_or_according_to_leave_the_quote_unattributed():
    d = draft('"The plan will not work," said John Smith and Mary Jones.')
    assert speakers(d)["The plan will not work"] is None
    d = draft('The plan "will not work," according to John Smith and Mary Jones.')
    assert speakers(d)["will not work"] is None
    assert _candidates(d, "will not work") == ("john-smith", "mary-jones")


def test_a_name_joined_by_and_that_is_no_drafted_actor_still_makes_a_pair():
    d = draft('Ford and GM said the plan "will not work."')
    assert speakers(d)["will not work"] is None


def test_they_after_a_pair_that_announced_is_the_pair():
    d = draft(
        'Turkmenistan and Azerbaijan announced that they had agreed on "the principles of a '
        'route" for a link between their coasts.'
    )
    assert speakers(d)["the principles of a route"] is None
    assert _candidates(d, "the principles of a route") == ("turkmenistan", "azerbaijan")


def test_the_grammar_names_one_speaker_of_two_it_keeps_them():
    # "told" names its speaker; the other is the one told
    d = draft('John Smith told Mary Jones that the plan "will not work."')
    assert speakers(d)["will not work"] == "John Smith"
    # an office with "and" before a person is the person's ("Energy and Mines Minister X")
    d = draft('Energy and Mines Minister Rocio Valdivia said the talks "will resume."')
    assert speakers(d)["will resume"] == "Rocio Valdivia"
    d = draft('President and CEO John Smith said the plan "will not work."')
    assert speakers(d)["will not work"] == "John Smith"


def test_they_after_several_people_is_none_of_them():
    d = draft('John Smith and Mary Jones met on Monday. "The plan will not work," they said.')
    assert speakers(d).get("The plan will not work") is None
    # one person named: "they" may be that person
    d = draft('Mary Jones runs a bakery. "Prices are up," they said.')
    assert speakers(d)["Prices are up"] == "Mary Jones"
