"""Round 19: unnamed spokesmen speak for themselves, not for the body or person they speak for;
(invented texts in the shapes of wire and business news)."""

from conftest import draft, speakers


def _actors(d):
    return {a["name"]: a for a in d.data["actors"]}


# ---------------------------------------------------------------- a spokesman for X


def test_a_spokesman_for_a_body_is_an_unnamed_person_not_the_body():
    d = draft(
        "Boeing will cut 500 jobs in Washington state, the company said on Monday. A spokesman "
        "for Boeing said the cuts would affect engineering staff."
    )
    said = speakers(d)
    assert said["A spokesman for Boeing said the cuts would affect engineering staff."] == (
        "a spokesman for Boeing"
    )
    spokesman = _actors(d)["a spokesman for Boeing"]
    assert spokesman["kind"] == "person"
    assert spokesman["aliases"] == ["Boeing spokesman"]
    assert _actors(d)["Boeing"]["kind"] == "organization"  # the body stays an actor


def test_a_quote_after_which_a_spokeswoman_for_a_body_said_is_hers():
    d = draft('"Demand for the new model is weak," a spokeswoman for Norvale Motors said.')
    assert speakers(d)["Demand for the new model is weak"] == "a spokeswoman for Norvale Motors"


def test_said_a_spokesperson_for_the_body_keeps_the_texts_words():
    d = draft(
        "The agency opened an inquiry on Tuesday, said a spokesperson for the Federal Aviation "
        "Administration."
    )
    assert list(speakers(d).values()) == [
        "a spokesperson for the Federal Aviation Administration"
    ]


def test_a_spokesman_for_a_person_is_not_that_person():
    d = draft('"The senator will vote no," a spokesman for Sen. Jane Doe said on Tuesday.')
    assert speakers(d)["The senator will vote no"] == "a spokesman for Sen. Jane Doe"
    assert _actors(d)["a spokesman for Sen. Jane Doe"]["aliases"] == []


def test_a_named_spokesman_still_speaks_by_name():
    for text in (
        "A Boeing spokesman, Tom Hale, said the plan was final.",
        "Tom Hale, a spokesman for Boeing, said the plan was final.",
        "The plan was final, said Tom Hale, a spokesman for Boeing.",
    ):
        assert list(speakers(draft(text)).values()) == ["Tom Hale"], text


def test_a_spokesman_alone_is_unchanged():
    # "a Kremlin spokesman" was already an unnamed speaker of its own
    d = draft(
        "Putin will visit Pyongyang on Tuesday. A Kremlin spokesman said the visit would be "
        '"friendly".'
    )
    assert speakers(d)["friendly"] == "Kremlin spokesman"
