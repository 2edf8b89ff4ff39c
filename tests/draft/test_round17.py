"""Round 17: comparison periods, expectations in passing, decades of a noun, plans ahead this
year, announcements without content (invented texts in the shapes an analyst met)."""

import datetime as dt

from conftest import draft


def _events(d):
    return [(t["date"], t["event"]) for t in d.data["timeline"]]


def _dates(d):
    return [t["date"] for t in d.data["timeline"]]


def _claims(d):
    names = {a["id"]: a["name"] for a in d.data["actors"]}
    return [(names.get(c["by"]), c["evidence"]) for c in d.data["claims"]]


# ---------------------------------------------------------------- expectations in passing


def test_an_expectation_after_than_is_no_claim():
    d = draft(
        "Norvale Motors sold 40,000 trucks in May. The increase was larger than analysts "
        "had predicted, and the company's shares rose 4%.",
        published=dt.date(2011, 6, 8),
    )
    assert _claims(d) == []


def test_a_prediction_of_its_own_is_still_a_claim():
    d = draft(
        "Halvorsen Bank predicted that truck sales would rise in June. Jane Okafor, an "
        "economist, said the increase was larger than analysts had predicted.",
        published=dt.date(2011, 6, 8),
    )
    # the second sentence is Okafor's claim, whatever the analysts expected
    assert [name for name, _ in _claims(d)] == ["Halvorsen Bank", "Jane Okafor"]


# ---------------------------------------------------------------- ahead within this year


def test_a_plan_for_the_end_of_this_year_is_scheduled():
    d = draft(
        "By the end of this year, the Dayton and Toledo plants will be closed.",
        published=dt.date(2015, 2, 10),
    )
    [entry] = d.data["timeline"]
    assert (entry["date"], entry.get("scheduled")) == ("2015", True)


def test_what_happened_this_year_is_not_scheduled():
    d = draft(
        "Sales of trucks in Ohio fell 5% this year.",
        published=dt.date(2015, 6, 10),
    )
    [entry] = d.data["timeline"]
    assert (entry["date"], entry.get("scheduled")) == ("2015", None)


# ---------------------------------------------------------------- announcements without content


def test_an_announcement_without_its_content_is_an_event_not_a_claim():
    d = draft(
        "Norvale Motors said that it would cut 2,000 jobs in Ohio. Jane Okafor announced "
        "the company's move on Wednesday.",
        published=dt.date(2011, 6, 9),
    )
    assert [name for name, _ in _claims(d)] == ["Norvale Motors"]
    assert ("2011-06-08", "Jane Okafor announced the company's move on Wednesday.") in _events(d)


def test_an_announcement_with_its_content_is_a_claim():
    d = draft(
        "Jane Okafor announced on Wednesday that the Dayton plant would close.",
        published=dt.date(2011, 6, 9),
    )
    assert [name for name, _ in _claims(d)] == ["Jane Okafor"]
