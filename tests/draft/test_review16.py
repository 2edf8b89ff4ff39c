"""Review 16: misfires of round 23's rules on ordinary news text (invented sentences in the
shapes the rules target and in nearby shapes they must leave alone)."""

from conftest import draft


def _actors(d):
    return {a["name"]: a for a in d.data["actors"]}


def test_a_state_after_a_day_or_a_month_and_a_comma_is_still_an_actor():
    # round 23 read "Monday, California" and "May, Texas" as a city and its state, so the
    # state that sued or passed a law was no actor of the event
    for text, state in (
        ("On Monday, California sued the Environmental Protection Agency over the rule.",
         "California"),
        ("In May, Texas passed a law banning the practice.", "Texas"),
        ("Under Governor Rick Perry, Texas passed a law banning the practice in May.", "Texas"),
    ):
        d = draft(text)
        assert state in _actors(d), text
        assert [e["actors"] for e in d.data["timeline"]][0].count(state.lower()) == 1, text


def test_a_state_after_its_city_is_still_no_actor():
    for text in ("The plant in Long Beach, California will close in 2010.",
                 "On Monday, the plant in Sacramento, California was closed."):
        assert "California" not in _actors(draft(text)), text
