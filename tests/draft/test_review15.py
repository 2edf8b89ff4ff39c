"""Review 15 of round 21's drafting rules: shapes next to the ones the rules target, which
they should leave alone (invented texts in the shapes of news sentences)."""

import datetime as dt

from conftest import draft

WED = dt.date(2011, 4, 13)  # a Wednesday


def _dates_of(d) -> list[str]:
    return sorted(str(t["date"]) for t in d.data["timeline"])


def _kinds(d) -> dict[str, str]:
    return {a["name"]: a["kind"] for a in d.data["actors"]}


# ----------------------------------------------- a quoted "yesterday" and an aside's date


def test_yesterday_in_a_quote_is_not_counted_from_a_date_in_the_speakers_aside():
    # the hiring day is no day of the saying: "yesterday" is not March 2, 2005
    d = draft(
        '"Yesterday was the worst day of my life," said Jones, who was hired on March 3, 2005.',
        published=WED,
    )
    assert "2005-03-02" not in _dates_of(d)


def test_tomorrow_in_a_quote_is_not_counted_from_the_day_the_speaker_joined():
    d = draft(
        '"Tomorrow we march," said Ali, a student who joined the protests on Friday.',
        published=WED,
    )
    assert "2011-04-09" not in _dates_of(d)


def test_yesterday_in_a_quote_said_on_a_named_day_still_counts_from_that_day():
    d = draft(
        '"Someone emailed me yesterday about the attack," the blogger wrote on Sunday.',
        published=WED,
    )
    assert "2011-04-09" in _dates_of(d)  # Saturday, the day before the Sunday
    assert "2011-04-12" not in _dates_of(d)


# ----------------------------------------------- a newspaper whose first word is a given name


def test_washington_post_that_reports_stays_an_organization():
    d = draft("Washington Post reported that the deal was near.", published=WED)
    assert _kinds(d)["Washington Post"] == "organization"


def test_jim_press_with_a_role_is_still_a_person():
    d = draft(
        'Jim Press, Chrysler\'s vice chairman, told reporters: "We will be back."',
        published=WED,
    )
    assert _kinds(d)["Jim Press"] == "person"


# ----------------------------------------------- "the spokesman" after another body's turn


def _speakers(d) -> dict[str, str | None]:
    names = {a["id"]: a["name"] for a in d.data["actors"]}
    return {c["evidence"]: names.get(c["by"]) if c["by"] else None for c in d.data["claims"]}


def test_the_spokesman_after_another_bodys_spokesman_is_not_the_first_bodys():
    d = draft(
        "A spokesman for Boeing said the jets were safe. At the FAA, a spokesman said the "
        "review would take weeks. The spokesman added that no date had been set.",
        published=WED,
    )
    said = _speakers(d)
    assert said["The spokesman added that no date had been set."] != "a spokesman for Boeing"


def test_the_spokesman_after_a_named_spokesman_of_another_body_is_not_the_first_bodys():
    d = draft(
        "A spokesman for Boeing said the jets were safe.\n\nThe FAA said it would review the "
        "design. The agency's spokesman, Les Dorr, declined to give a date. The spokesman said "
        "inspectors were on site.",
        published=WED,
    )
    said = _speakers(d)
    assert said["The spokesman said inspectors were on site."] != "a spokesman for Boeing"


def test_the_spokesman_right_after_a_spokesman_for_a_body_is_still_that_spokesman():
    d = draft(
        "A spokeswoman for Acme Corp. said the plant would close. Its 300 workers were told "
        "on Monday. The spokeswoman said they would be paid until June.",
        published=WED,
    )
    assert set(_speakers(d).values()) == {"a spokeswoman for Acme Corp."}


# ----------------------------------------------- a place after "fired at", "pointed at"


def test_a_place_something_is_fired_or_pointed_at_is_no_person():
    for text, name in (
        ("Protesters threw stones at Beit Hanoun, police said.", "Beit Hanoun"),
        ("Troops fired at Wadi Salib overnight, residents said.", "Wadi Salib"),
        ("Gunmen shot at Kandahar Airfield, the ministry said.", "Kandahar Airfield"),
        ("He pointed at Fort Detrick as the source, the official said.", "Fort Detrick"),
    ):
        d = draft(text, published=WED)
        assert name not in _kinds(d), text
        assert name not in _speakers(d).values(), text
