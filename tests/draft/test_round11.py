"""Round 11: wrong outputs the earlier rounds left (DRAFTING.md, "Round 11"): a future of a
saying whose sentence holds a date of what was said, not of the saying; an expectation told
in the past; unnamed officials or police in a place; a speaker with an apposition, then
"and" a second one."""

import datetime as dt

from conftest import draft, speakers

from generator.draft.dates import find_dates

NOV = dt.date(2024, 11, 20)  # a Wednesday


def values(sentence, published=NOV):
    return [d.value for d in find_dates(sentence, published)]


def _by(d):
    names = {a["id"]: a["name"] for a in d.data["actors"]}
    return [names.get(c["by"]) if isinstance(c["by"], str) else c["by"] for c in d.data["claims"]]


# dates


def test_a_date_of_what_was_said_does_not_date_the_saying():
    # a month that dates the sales, not the saying: June after it is unsure (that June or the
    # next), never the past June read from publication
    for s in (
        "GM said April sales fell and the plant would open in June.",
        "GM said sales fell in April and the plant would open in June.",
    ):
        assert "2024-06" not in values(s), s
        assert set(values(s)) <= {"2024-04", "2025-06"}, s
    # a date of what was said that lies after the month's last occurrence: the coming one
    assert values("GM said sales fell in October and the plant would open in June.") == [
        "2024-10", "2025-06"]
    # a possessive date told from now ("last year's deal") leaves the saying undated: the
    # reported future is the coming month (review9's loss, back)
    assert values("Acme said last year's deal expired and a new one would start in April.") == [
        "2023", "2025-04"]
    # the saying itself dated: as before
    assert values("GM said in April that sales fell and the plant would open in June.") == [
        "2024-04", "2024-06"]
    assert values("GM said last month's sales fell and the plant would open in June.")[-1] == (
        "2025-06")
    assert values("At the time, GM said the plant would open in June.") == ["2024-06"]
    assert values("In March, GM said the plant would open in June.") == ["2024-03", "2024-06"]


def test_a_date_in_an_aside_before_the_verb_does_not_date_the_saying():
    # review9's loss, back: "who was elected in 2020," is the person's, "Tuesday" the saying's
    assert values("Smith, who was elected in 2020, said Tuesday that the law would take "
                  "effect in January.") == ["2020", "2024-11-19", "2025-01"]
    assert values("Smith, who was elected in 2020, said that the law would take effect in "
                  "January.") == ["2020", "2025-01"]
    # two dates at the verb, neither in an aside: still unsure
    assert values("Smith said in 2020 on Tuesday that the law would take effect in "
                  "January.")[-1:] != ["2024-01"]


def test_an_expectation_told_in_the_past_is_no_past_month():
    for s in (
        "The company expected to return to profit in March.",
        "The company expected to return to profit by March.",
        "GM expected to close the plant in March.",
    ):
        assert values(s) in ([], ["2025-03"]), s
    # a verb of saying before it: the reported future, as before
    assert values("GM said it expected to return to profit in March.") == ["2025-03"]
    # a date before the verb dates the expectation: as before
    assert values("In March, GM expected to return to profit.") == ["2024-03"]
    assert values("In March, GM expected to return to profit in June.") == ["2024-03", "2024-06"]


# speakers


def test_unnamed_officials_or_police_in_a_place_are_not_the_place():
    for s, place in (
        ("Police in Ohio said the driver was killed.", "Ohio"),
        ('"The road is closed," police in Ohio said.', "Ohio"),
        ("Officials in Jakarta said the talks failed.", "Indonesia"),
        ("Troops in Iraq said the road was closed.", "Iraq"),
    ):
        by = _by(draft(s, published=NOV))
        assert place not in by, s  # an unnamed speaker with its place, or none
    d = draft("Officials in Jakarta said the talks failed.", published=NOV)
    assert _by(d) == ["officials in Jakarta"]
    # a body named before the noun speaks through them: as before
    assert _by(draft("U.S. officials in Baghdad said the talks failed.", published=NOV)) == [
        "United States"]
    assert _by(draft("Chinese officials in Beijing said the talks failed.", published=NOV)) == [
        "China"]
    # a government in its capital is the country's
    assert _by(draft("The government in Kabul said the talks failed.", published=NOV)) == [
        "Afghanistan"]


def test_a_speaker_with_an_apposition_and_a_second_one_is_a_pair():
    for s in (
        '"We will grow," said Jane Roe, a spokeswoman for Acme Corp., and John Smith.',
        "Sales will grow, said Jane Roe, a spokeswoman for Acme Corp., and John Smith.",
        "Jane Roe, a spokeswoman for Acme Corp., and John Smith said sales will grow.",
    ):
        d = draft(s, published=NOV)
        assert set(speakers(d).values()) == {None}, s
        ids = {a["name"]: a["id"] for a in d.data["actors"]}
        cands = [tuple(c["by"].candidates) for c in d.data["claims"]]
        assert cands == [(ids["Jane Roe"], ids["John Smith"])], s
    # one speaker with an apposition: hers alone
    d = draft('"We will grow," said Jane Roe, a spokeswoman for Acme Corp.', published=NOV)
    assert list(speakers(d).values()) == ["Jane Roe"]
