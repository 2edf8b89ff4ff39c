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


# ---------------------------------------------------------------- comparison periods


def test_the_period_compared_with_is_no_event_of_its_own():
    d = draft(
        "Norvale Motors said on Tuesday that its sales rose 12% in May compared to the same "
        "period last year, as the automaker outsold its rivals.",
        published=dt.date(2011, 6, 8),
    )
    assert sorted(_dates(d)) == ["2011-05", "2011-06-07"]


def test_the_same_month_a_year_ago_is_no_event():
    d = draft(
        "Deliveries of trucks in Canada fell 20% in March, compared to the same month a year "
        "ago, as dealers reported their March figures. Tarvik Motors deliveries dropped 30% "
        "last month from the previous year.",
        published=dt.date(2012, 4, 3),
    )
    assert _dates(d) == ["2012-03", "2012-03"]


def test_a_base_a_year_ago_alone_dates_nothing():
    # the share rose now; a year ago is only what it is compared with
    d = draft(
        "Norvale Motors said that its share of the truck market rose to 9%, up from 7% a year "
        "ago.",
        published=dt.date(2011, 6, 8),
    )
    assert _dates(d) == []


def test_a_base_a_clause_tells_of_is_dated():
    d = draft(
        "This is a decrease from the year before, when it was forty percent.",
        published=dt.date(2015, 5, 7),
    )
    assert _dates(d) == ["2014"]


def test_a_year_that_is_no_comparison_still_dates():
    d = draft("Norvale Motors lost $2 billion last year.", published=dt.date(2011, 6, 8))
    assert _dates(d) == ["2010"]


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


# ---------------------------------------------------------------- decades of a noun


def test_decades_describing_a_noun_beside_a_year_date_nothing():
    d = draft(
        "The Zentra was first sold in 1984, and it replaced the heavy sedans of the 60s and 70s.",
        published=dt.date(2011, 6, 8),
    )
    assert _dates(d) == ["1984"]


def test_a_decade_alone_in_its_sentence_still_dates_it():
    d = draft(
        "The band was close to the touchstones of the 1960s, including art and fashion.",
        published=dt.date(2011, 6, 8),
    )
    assert _dates(d) == ["1960/1969"]


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
