"""Round 15: wrong speakers and dates an analyst found in the MEANTIME Apple drafts."""

import datetime as dt

from conftest import draft, speakers


def test_a_quote_called_someones_tagline_is_no_claim():
    # the invitation's words, a set phrase cited: not a claim of Steve Jobs (nor of Apple)
    d = draft(
        "Apple Computer announced another special event on Tuesday. The invitation reads, "
        '"One more thing...", the teasing tagline of Steve Jobs.'
    )
    assert "One more thing" not in speakers(d)
    d = draft('The posters carried "Think different," the slogan of the company, in white.')
    assert "Think different" not in speakers(d)


def test_a_quote_said_beside_a_tagline_keeps_its_speaker():
    d = draft(
        '"We have one more thing to show you," Steve Jobs said on Tuesday, using the teasing '
        "tagline of his keynotes."
    )
    assert speakers(d)["We have one more thing to show you"] == "Steve Jobs"


def _events(d):
    return [(t["date"], t["event"]) for t in d.data["timeline"]]


def test_a_date_in_an_after_clause_dates_that_clause_not_the_sentence():
    d = draft(
        "The iPod nano is the second model of the iPod family to use flash memory, after the "
        "Shuffle was introduced in January.",
        published=dt.date.fromisoformat("2005-09-07"),
    )
    assert _events(d) == [("2005-01", "The Shuffle was introduced in January.")]
    d = draft(
        "Before the plant was closed in March 2008, it employed 900 people.",
        published=dt.date.fromisoformat("2009-05-04"),
    )
    assert _events(d) == [("2008-03", "The plant was closed in March 2008.")]


def test_a_main_clause_keeps_its_own_date_beside_a_time_clause():
    d = draft(
        "Smith resigned on Monday, a year after he was appointed in June 2008.",
        published=dt.date.fromisoformat("2009-07-15"),
    )
    events = _events(d)
    assert ("2008-06", "He was appointed in June 2008.") in events
    assert any(date == "2009-07-13" and event.startswith("Smith resigned") for date, event in events)
