"""Rules added after the sixth blind set (tests/eval/blind6): each with sentences of its own."""

import datetime as dt

from conftest import draft, speakers


def timeline(d) -> dict[str, str]:
    """Evidence sentence -> drafted date (the last one written for that sentence)."""
    return {t["evidence"]: t["date"] for t in d.data["timeline"]}


def test_korean_given_name_first_with_a_family_name_that_is_a_place_word():
    d = draft(
        "The trade minister, Min-ho Park, spoke to exporters in Busan on Monday about the new levies.\n\n"
        "“Tariffs hurt everyone, and small firms most of all,” Park told reporters after the meeting."
    )
    assert speakers(d)["Tariffs hurt everyone, and small firms most of all"] == "Min-ho Park"


def test_a_bare_spokesperson_speaks_for_the_body_named_just_before():
    d = draft(
        "The Home Office said it was reviewing the decision after a court hearing in Cardiff.\n\n"
        "A spokesperson said: “We will set out our response to the judgment in due course.”"
    )
    assert speakers(d)["We will set out our response to the judgment in due course"] == (
        "Home Office"
    )


def test_a_ministry_spokesman_speaks_for_the_one_ministry_named_just_before():
    d = draft(
        "Chile's Foreign Ministry summoned the ambassador on Monday over the fishing dispute "
        "near the southern islands.\n\n"
        "A ministry spokesman said the talks had been “frank and difficult for both sides.”"
    )
    assert speakers(d)["frank and difficult for both sides"] == "Chile's Foreign Ministry"


def test_a_spokesperson_with_two_bodies_named_before_stays_unnamed():
    d = draft(
        "The World Bank and the Asian Development Bank agreed to co-finance the new port "
        "in the southern province.\n\n"
        "A spokesperson said: “The loan terms will be published next month.”"
    )
    assert speakers(d)["The loan terms will be published next month"] == "spokesperson"


def test_the_subject_before_an_apposition_naming_another_person_is_the_speaker():
    d = draft(
        "Maria Santos, the eldest daughter of former president Jorge Santos, said on Tuesday that "
        "the family would contest the ruling “with every legal means available to us.”"
    )
    assert speakers(d)["with every legal means available to us"] == "Maria Santos"


def test_by_the_end_of_the_month_is_the_publication_month_or_the_next():
    d = draft(
        "Engineers expect to reopen the rail line by the end of the month, the operator said.\n\n"
        "The new timetable will apply by the end of next month, officials in the capital said.",
        published=dt.date(2025, 12, 9),
    )
    dates = timeline(d)
    assert (
        dates[
            "Engineers expect to reopen the rail line by the end of the month, the operator said."
        ]
        == "2025-12"
    )
    assert (
        dates[
            "The new timetable will apply by the end of next month, officials in the capital said."
        ]
        == "2026-01"
    )


def test_last_summer_of_a_charge_is_still_a_season_and_counts_from_a_late_publication():
    d = draft(
        "The journalist was convicted last summer of spreading false information, a charge "
        "his employer rejects.",
        published=dt.date(2025, 12, 9),
    )
    assert list(timeline(d).values()) == ["2025-06/2025-08"]
