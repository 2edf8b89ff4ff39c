"""Round 29 (DRAFTING.md, "Round 29"): general shapes of unseen wire copy; short invented
sentences in the shapes fixed and in nearby shapes that must not change."""

import datetime as dt

from conftest import draft, speakers

MAY_20 = dt.date(2009, 5, 20)


def _said(text: str) -> dict[str, str | None]:
    return speakers(draft(text, published=MAY_20))


def _company_speaker(text: str) -> str | None:
    """The speaker of the claim opening "The company" or "On Monday, the company", None when
    it has none or is no claim (a claim with no speaker is left out of the draft)."""
    said = [v for k, v in _said(text).items() if "he company" in k.split(" said")[0]]
    assert len(said) <= 1, text
    return said[0] if said else None


def _candidates(text: str) -> list[tuple[str, ...]]:
    """The candidates of every claim left without a speaker."""
    d = draft(text, published=MAY_20)
    return [tuple(c["by"].candidates) for c in d.data["claims"] if not isinstance(c["by"], str)]


# ------------------------------------- people at or of bodies are not the bodies (wrong speaker)


def test_unions_or_staff_at_a_company_are_not_the_company():
    # "Unions at Ford Motor Co. said" was Ford Motor Co.'s claim
    for text in (
        "Unions at Ford Motor Co. said the plan would cost 3,000 jobs.",
        "Staff at Ford Motor Co. said the plan would cost 3,000 jobs.",
        "The union at Ford Motor Co. said the plan would cost 3,000 jobs.",
    ):
        assert "Ford Motor Co." not in _said(text).values(), text


def test_people_at_or_of_two_bodies_offer_neither_as_speaker():
    # round 28's leftover: Vauxhall was offered as the speaker ("Opel" is no drafted actor)
    for text in (
        "Unions at Opel and Vauxhall said the plan would cost 3,000 jobs.",
        "Workers at Ford Motor Co. and General Motors said the plan would cost jobs.",
        "The unions of Ford Motor Co. and General Motors said the plan would cost jobs.",
        "Members of the Senate and the House said the plan would cost jobs.",
    ):
        assert _candidates(text) == [], text
        assert set(_said(text).values()) <= {None}, text


def test_bodies_that_speak_together_stay_the_candidates():
    # the pair itself, and officials who speak for their bodies: unchanged
    assert _candidates("Ford Motor Co. and General Motors said the plan would cost jobs.") == [
        ("ford-motor-co", "general-motors")
    ]
    assert _candidates(
        "Officials at Ford Motor Co. and General Motors said the plan would cost jobs."
    ) == [("ford-motor-co", "general-motors")]
    assert _said("The Union of Concerned Scientists said the plan would cost jobs.") == {
        "The Union of Concerned Scientists said the plan would cost jobs.": "Union of Concerned Scientists"
    }
