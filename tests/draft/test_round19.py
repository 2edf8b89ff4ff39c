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


# ---------------------------------------------------------------- a cited document's words


def test_a_quote_from_a_cited_memo_is_its_authors_not_the_citers():
    d = draft('Mary Berg cited a memo from Tom Hale that said "the plant cannot stay open past June."')
    assert speakers(d)["the plant cannot stay open past June"] == "Tom Hale"


def test_a_quote_from_a_letter_of_a_body_that_someone_pointed_to_is_the_bodys():
    d = draft(
        "Jane Roe pointed to a letter from the Finance Ministry that said the talks had "
        '"collapsed without warning."'
    )
    assert speakers(d)["collapsed without warning"] == "Finance Ministry"


def test_a_quote_from_a_document_without_an_author_is_left_for_a_person():
    d = draft(
        "Senator John Smith quoted a 2009 report which warned that \"the levees will fail in a "
        'major storm."\n\n'
        'Tom Hale read from an internal e-mail, which said "we should delay the launch until the '
        'fall."'
    )
    claims = {c["quote"]: c["by"] for c in d.data["claims"]}
    levees = claims["the levees will fail in a major storm"]
    assert not isinstance(levees, str) and list(levees.candidates) == ["john-smith"]
    launch = claims["we should delay the launch until the fall"]
    assert not isinstance(launch, str) and list(launch.candidates) == ["tom-hale"]


def test_ones_own_sayings_and_statements_are_unchanged():
    d = draft(
        'Mary Berg said the company had "no plans to sell the unit."\n\n'
        'Tom Hale said the memo was "a draft that nobody had approved."'
    )
    said = speakers(d)
    assert said["no plans to sell the unit"] == "Mary Berg"
    assert said["a draft that nobody had approved"] == "Tom Hale"


# ---------------------------------------------------------------- concepts are no actors


def _names(d):
    return {a["name"] for a in d.data["actors"]}


def test_a_title_case_thing_in_an_answer_is_no_person():
    d = draft(
        "Christopher Hill: Achieving four goals: Term Limits for Congress. Implementing a Tax "
        "System that allows working Americans to keep more.\n\n"
        "The returned samples (Moon Rocks, Genesis chips) are kept in Houston. She teaches "
        "Sport Studies at the college."
    )
    names = _names(d)
    assert {"Term Limits", "Tax System", "Moon Rocks", "Sport Studies"}.isdisjoint(names)
    assert "Christopher Hill" in names


def test_a_lone_abstract_word_opening_its_sentence_is_no_organization():
    d = draft(
        "Jack Herrick said the site would grow. Knowledge is power, he added.\n\n"
        "Gameplay was delayed during the third round, organizers said."
    )
    assert {"Knowledge", "Gameplay"}.isdisjoint(_names(d))


def test_names_that_only_look_like_concepts_stay():
    d = draft(
        "Mary System said the plan would work. Acme Systems said profits rose.\n\n"
        "Wellness rose 5% on Monday, the Wellness company said. Senator Jane Limits said no."
    )
    names = _names(d)
    assert {"Mary System", "Acme Systems", "Jane Limits"} <= names


def test_a_us_state_named_alone_is_no_person():
    d = draft(
        "Robert Sarvis, the Libertarian Party nominee for Governor of Virginia, answered five "
        "questions.\n\n"
        "Robert Sarvis: I am the only candidate born and raised in Virginia.\n\n"
        "On his campaign website, Sarvis notes he favors simplification of Virginia's Tax Code "
        "and reform of the state's drug laws. With Wikinews, Sarvis discusses his background "
        "and the former Virginia governor he most admires.\n\n"
        "William S. Saturn: What are your thoughts on the job Bob McDonnell has done as Governor "
        "of Virginia?"
    )
    assert all(a["name"] != "Virginia" for a in d.data["actors"] if a["kind"] == "person")
    # a speaker of that name stays
    d = draft("Montana said he would play on Sunday.")
    assert "Montana" in _names(d)


def test_a_person_with_a_given_name_before_a_things_word_stays_a_person():
    # the given-name lists are lower case: "Grace" was looked up as it is written, and missed
    d = draft(
        "The team hired Jerome Policy last year. Jerome Policy later moved to Boston."
    )
    assert "Jerome Policy" in _names(d)


def test_another_spokesman_for_a_body_is_not_the_first_one():
    # review14: "another" was drafted as "a": two people, shown to a reader as one speaker
    d = draft(
        "A spokesman for Boeing said the company would cooperate. Another spokesman for Boeing "
        "said the plant would close."
    )
    assert speakers(d) == {
        "A spokesman for Boeing said the company would cooperate.": "a spokesman for Boeing",
        "Another spokesman for Boeing said the plant would close.": (
            "another spokesman for Boeing"),
    }
