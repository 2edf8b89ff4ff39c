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
