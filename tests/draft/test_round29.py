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


# ------------------------------- a company right after the verb is not "the company" (wrong speaker)


def test_a_company_acted_on_is_not_the_company_next():
    # review 25's leftover: "Zentrix Inc. acquired Acme Corp. The company said" was Acme Corp.'s
    for text in (
        "Zentrix Inc. acquired Acme Corp. on Monday. The company said the deal would close in June.",
        "Zentrix Inc. agreed to buy Acme Corp. The company said the deal would close in June.",
        "Zentrix Inc. has sued Acme Corp. The company said it would seek damages.",
    ):
        assert _company_speaker(text) == "Zentrix Inc.", text


def test_a_company_that_acts_after_the_verb_or_is_listed_is_unchanged():
    # round 24's guard, the subject of a clause after words said, a pair, an agent after "by"
    assert (
        _company_speaker("Apple Inc. sued Samsung Electronics Co. on Friday. The company said Samsung copied it.")
        == "Apple Inc."
    )
    assert (
        _company_speaker("Zentrix Inc. said Acme Corp. would cut jobs. The company said the cuts would start.")
        == "Acme Corp."
    )
    assert (
        _company_speaker("Zentrix Inc. and Acme Corp. signed a deal. The company said it was pleased.")
        == "Acme Corp."
    )
    assert (
        _company_speaker("Acme Corp. was acquired by Zentrix Inc. The company said it would hire.")
        == "Zentrix Inc."
    )
    assert (
        _company_speaker("Zentrix Inc. shares fell after Acme Corp. won a contract. The company said it would hire.")
        == "Acme Corp."
    )


# ---------------------------------------------- "On Monday, the company said" (a gap)


def test_the_company_after_an_opening_phrase_takes_the_subject_company():
    # review 25's leftover: no one, though "The company said" opening the sentence was Zentrix Inc.'s
    for text in (
        "Zentrix Inc. buys parts from Acme Corp. On Monday, the company said it would hire 200 workers.",
        "Zentrix Inc. acquired Acme Corp. On Monday, the company said it would hire 200 workers.",
    ):
        assert _company_speaker(text) == "Zentrix Inc.", text


def test_the_company_after_a_phrase_naming_a_company_is_unchanged():
    # a company named before "the company" in its sentence is left to round 24's comma rule
    assert (
        _company_speaker("Fiat is in talks with Chrysler. On Monday, the company said it would decide.")
        is None
    )
    d = draft("Opel, which is owned by GM, will cut 2,000 jobs, the company said.", published=MAY_20)
    assert "GM" not in speakers(d).values()


# ------------------------------- a company the gazetteer lists without a legal form (a gap)


def test_a_listed_company_alone_is_the_company():
    # "Renault said ... The company added" had no claim (Renault: no legal form in the list)
    for name in ("Renault", "General Motors", "Fiat"):
        assert (
            _company_speaker(f"{name} said its sales fell 5 percent. The company added that it would cut 300 jobs.")
            == name
        ), name


def test_a_listed_body_or_a_second_company_leaves_it_to_no_one():
    assert _company_speaker("The Pentagon said the talks failed. The company added that it would cut jobs.") is None
    assert _company_speaker("Renault said sales fell, citing Nissan. The company added that it would cut jobs.") is None
    assert _company_speaker("Fiat sued Renault on Monday. The company said it would appeal.") is None


# ---------------------------------------- "Magna, which ..., said" (a gap: no actor, no claim)


def test_a_lone_name_before_which_and_a_verb_of_saying_is_a_body_that_speaks():
    d = draft("Magna, which is teaming up with Sberbank, said the talks went well.", published=MAY_20)
    assert {a["name"]: a["kind"] for a in d.data["actors"]}.get("Magna") == "organization"
    assert speakers(d) == {"Magna, which is teaming up with Sberbank, said the talks went well.": "Magna"}
    d = draft("Magna, which is teaming up with Sberbank, plans to buy Opel.", published=MAY_20)
    assert "Magna" in {a["name"] for a in d.data["actors"]}


def test_a_lone_name_before_which_without_such_a_verb_is_unchanged():
    for text in (
        "Halden, which lies on the coast, was hit by floods.",
        "Magna, which makes car parts, is based in Canada.",
    ):
        names = {a["name"] for a in draft(text, published=MAY_20).data["actors"]}
        assert not names & {"Halden", "Magna"}, text


# ------------------------------------------ a day something may happen on lies ahead (wrong date)


def _dates(text: str) -> list[str]:
    return [t["date"] for t in draft(text, published=MAY_20).data["timeline"]]


def test_a_weekday_after_may_or_might_or_a_deadline_could_is_the_coming_one():
    # 20 May 2009 is a Wednesday; these were the Friday and Monday before
    assert _dates("GM said it might file for bankruptcy on Monday.") == ["2009-05-25"]
    assert _dates("The plan may be announced on Friday, GM said.") == ["2009-05-22"]
    assert _dates("The deal could close by Friday, sources said.") == ["2009-05-22"]
    assert _dates("Sources told Reuters the deal could close by Friday.") == ["2009-05-22"]


def test_a_weekday_in_a_past_or_a_possibility_gone_by_is_unchanged():
    assert _dates("Residents said they could see the smoke on Friday.") == ["2009-05-15"]
    assert _dates("GM said it may have lost data on Monday.") == ["2009-05-18"]
    assert _dates("GM said last Friday it might file for bankruptcy.") == ["2009-05-15"]
    assert _dates("GM said on Monday it would cut jobs.") == ["2009-05-18"]


# --------------------------------------- enough of something lasts beyond the telling (wrong date)


def test_enough_to_last_until_a_day_is_the_coming_day():
    # "had" read the sentence in the past: 2008-06-01
    assert _dates("GM said it had enough cash to last until June 1.") == ["2009-06-01"]
    assert _dates("Henderson said GM had enough cash to last until June.") == ["2009-06"]
    # a month just gone (March, told in May) may be the last one or the next: no date
    assert _dates("GM said it had enough cash to last until March.") == []


def test_until_a_day_in_a_past_without_enough_is_unchanged():
    assert _dates("The plant had run until June 1.") == ["2008-06-01"]
    assert _dates("GM had enough cash until June 1.") == ["2008-06-01"]


# ------------------------------------------------- a saying yet to come is no claim (wrong speaker)


def test_a_saying_after_would_inside_another_saying_is_not_its_subjects():
    # Obama and the Treasury said nothing yet: the officials and the sources spoke
    assert _said("Officials said Obama would say on Monday that GM must restructure.") == {}
    assert _said("The Treasury Department would announce the plan next week, sources said.") == {
        "The Treasury Department would announce the plan next week, sources said.": "sources"
    }
    said = _said("Obama will say on Monday that GM must restructure, the White House said.")
    assert set(said.values()) == {"White House"}


def test_a_saying_of_its_own_or_after_would_alone_is_unchanged():
    assert set(_said("GM said it will announce the plan next week.").values()) == {"GM"}
    assert set(_said("The White House said on Monday that the president would travel to Detroit.").values()) == {
        "White House"
    }
    assert set(_said('Jane Smith spoke on Monday. "We will win the vote," Smith said.').values()) == {"Jane Smith"}


# --------------------------------------- "People familiar with the matter said" opening a sentence


def test_an_unnamed_source_opening_the_sentence_is_the_speaker():
    # was no one's, and the Treasury's by the verb "would announce" after it
    said = _said("People familiar with the matter said the Treasury Department would announce the plan next week.")
    assert list(said.values()) == ["people familiar with the matter"]
    said = _said("Sources close to the company said GM would file on Monday.")
    assert list(said.values()) == ["sources close to the company"]


def test_unnamed_sources_elsewhere_are_unchanged():
    assert list(_said("GM will file for bankruptcy, people familiar with the matter said.").values()) == [
        "people familiar with the matter"
    ]
    assert list(_said("A person familiar with the matter said Fiat would take a stake.").values()) == [
        "person familiar with the matter"
    ]
    assert _said("Executives at the company said sales fell.") == {}


# ------------------------------- an unnamed body joined by "and" to a name: a pair (wrong speaker)


def test_an_unnamed_body_and_a_name_speak_together():
    # "The union and GM said" was GM's claim alone
    for text, name in (
        ("The Canadian government and Ontario said they would lend GM $6 billion.", "ontario"),
        ("The union and GM said they had reached a deal.", "gm"),
        ("The company and the UAW said they had reached a deal.", "uaw"),
        ("Its lenders and Chrysler said the talks had failed.", "chrysler"),
        ("His wife and John Smith said they were shocked.", "john-smith"),
    ):
        assert _candidates(text) == [(name,)], text
        assert set(_said(text).values()) == {None}, text


def test_a_clause_or_a_title_before_and_is_unchanged():
    for text, name in (
        ("The plant closed and GM said it was sad.", "GM"),
        ("Workers cheered and GM said it was pleased.", "GM"),
        ("The president and CEO Tom Smith said sales fell.", "Tom Smith"),
        ("The Energy and Mines Minister John Smith said the plant would close.", "John Smith"),
    ):
        assert set(_said(text).values()) == {name}, text


# ------------------------------------------------------------- "The union said" (a gap)


def test_the_union_is_the_one_union_named():
    # was no one's: "the union" resolved to nothing
    assert _said("Members of the United Auto Workers voted on Friday. The union said the deal passed.") == {
        "The union said the deal passed.": "United Auto Workers"
    }
    assert _said('GM reached a deal with the United Auto Workers. "We are pleased with it," the union said.') == {
        "We are pleased with it": "United Auto Workers"
    }


def test_the_union_with_two_unions_or_only_the_eu_is_no_one():
    said = _said("The United Auto Workers and the Canadian Auto Workers voted. The union said it was pleased.")
    assert "The union said it was pleased." not in said
    said = _said("The European Union said it would help. The union said it was pleased.")
    assert "The union said it was pleased." not in said
    # the union's officer named after it keeps the words
    assert _said("The union's president, Ron Gettelfinger, said the deal was fair.") == {
        "The union's president, Ron Gettelfinger, said the deal was fair.": "Ron Gettelfinger"
    }


# ------------------------- a subject and its aside before the verb: no inversion (wrong speaker)


def test_a_subject_with_an_aside_before_said_is_not_inverted():
    # the name after "said" was taken as the speaker, as in '"...," said X'
    for text in (
        "The newspaper, which is based in Detroit, said GM would file on Monday.",
        "The newspaper, quoting Henderson, said GM would file on Monday.",
    ):
        assert "GM" not in _said(text).values(), text


def test_a_report_citing_sources_is_the_reporters():
    # "citing ..." and "quoting ..." set off after the subject: was no claim
    for text, name in (
        ("The Wall Street Journal, citing people familiar with the matter, reported that GM would file.", "Wall Street Journal"),
        ("Reuters, citing two sources, reported that GM would file on Monday.", "Reuters"),
        ("The Detroit News, quoting unnamed sources, said GM would file on Monday.", "Detroit News"),
    ):
        assert set(_said(text).values()) == {name}, text


def test_inverted_speakers_after_a_comma_are_unchanged():
    assert set(_said('"We are ready," said John Smith, an analyst at Acme Capital.').values()) == {"John Smith"}
    assert set(_said("Sales will fall, said John Smith, an analyst at Acme Capital.").values()) == {"John Smith"}
    assert set(_said("GM said on Monday, citing weak demand, that it would close plants.").values()) == {"GM"}


def test_a_day_ahead_after_said_is_not_the_day_of_the_saying():
    # review26: "on Monday" (the coming one, round 29) was taken for the day Henderson spoke,
    # and "it filed on Friday" read from it as 2009-05-22, the coming Friday
    assert _dates("Henderson said GM might file on Monday, but it filed on Friday.") == [
        "2009-05-25", "2009-05-15"]
    assert _dates("Henderson said GM would file on Monday, but it filed on Friday.") == [
        "2009-05-25", "2009-05-15"]
    # a saying dated in the past is still where its words are read from (round 21)
    assert _dates("In January 2007, the chief said last year had been a disaster.") == [
        "2007-01", "2006"]
