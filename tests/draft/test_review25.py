"""Review 25 (DRAFTING.md, "Review 25"): "the company" is not a company the sentence before
named only as an object (after with/from/to/by/of, or in a "citing ..." phrase); short
invented sentences in the shapes fixed and in nearby shapes that must not change."""

import datetime as dt

from conftest import draft, speakers

MAY_20 = dt.date(2009, 5, 20)


def _company_speaker(text: str) -> str | None:
    """The speaker of the claim "The company ...", None when it has none or is no claim (a
    claim with no speaker is left out of the draft)."""
    said = [v for k, v in speakers(draft(text, published=MAY_20)).items() if k.startswith("The company")]
    assert len(said) <= 1, text
    return said[0] if said else None


# ------------------------------------- the company named last as an object is not the speaker


def test_a_company_cited_in_the_sentence_before_is_not_the_company():
    # review24's leftover: drafted `by: acme-corp`; Zentrix has no legal form and Acme Corp.
    # is named too, so no subject company is clear: no one
    assert (
        _company_speaker(
            "Zentrix said on Monday that its sales fell 10 percent, citing weak demand from Acme "
            "Corp. The company added that it would hire 200 workers."
        )
        is None
    )


def test_a_company_in_talks_with_another_is_not_the_other():
    # round 28's leftover: drafted Chrysler (the gazetteer lists Chrysler LLC)
    assert _company_speaker("Fiat is in talks with Chrysler. The company said it would decide by June.") is None


def test_an_object_after_a_preposition_or_in_a_list_there_is_no_speaker():
    for text in (
        "Opel signed a deal with Magna Inc. The company said it was pleased.",
        "Opel is in talks with Fiat and Magna Inc. The company said it was pleased.",
    ):
        assert _company_speaker(text) is None, text
    # "the company" after a comma, not opening its sentence: no one either
    d = draft("Zentrix buys from Acme Corp. On Monday, the company said it would hire.", published=MAY_20)
    assert "Acme Corp." not in speakers(d).values()


def test_the_subject_company_of_the_sentence_before_takes_it():
    # a subject with a legal form, the last company an object: the subject speaks
    for text in (
        "Zentrix Inc. said sales fell, citing weak demand from Acme Corp. The company added "
        "that it would hire 200 workers.",
        "Zentrix Inc. buys parts from Acme Corp. The company said it would hire.",
    ):
        assert _company_speaker(text) == "Zentrix Inc.", text
    assert (
        _company_speaker("Fiat Group is in talks with Chrysler LLC. The company said it would decide by June.")
        == "Fiat"
    )


# --------------------------------------------------------- nearby shapes that must not change


def test_the_subject_company_alone_stays_the_speaker():
    assert _company_speaker("Ford said on Monday that sales fell. The company added that it would cut jobs.") == "Ford"
    assert _company_speaker("GM said on Monday that sales fell. The company also said it would cut jobs.") == "GM"
    assert (
        _company_speaker("Acme Corp. reported a loss on Monday. The company said it would hire.") == "Acme Corp."
    )


def test_two_subject_companies_in_a_row_leave_it_to_the_last():
    assert (
        _company_speaker(
            "Toyota Motor Corp. said sales fell. Honda Motor Co. said sales rose. The company also "
            "said it would hire."
        )
        == "Honda"
    )


def test_a_company_not_after_such_a_word_is_unchanged():
    # "at" is left: "Sales at Acme Corp. fell" is about the company that then speaks
    assert _company_speaker("Sales at Acme Corp. fell in May. The company said it would hire.") == "Acme Corp."
    # the company named in the sentence itself, as before (round 24's rule)
    d = draft(
        "Opel, which is owned by GM, will cut 2,000 jobs, the company said.",
        published=MAY_20,
    )
    assert "GM" not in speakers(d).values()


def test_a_company_after_by_or_as_a_possessive_stays_the_company():
    # realdev's meantime-apple-103623 and -214601, which a first version of the rule (with
    # "by", and possessives) took from NPD Group and Apple Inc.
    d = draft(
        "Apple passed Wal-Mart, according to figures released April 3 by NPD Group, a market "
        "research firm. The firm said more than 4 billion songs had been downloaded.",
        published=MAY_20,
    )
    assert speakers(d)["The firm said more than 4 billion songs had been downloaded."] == "NPD Group"
    assert _company_speaker("The deal was signed by Acme Corp. The company said it would hire.") == "Acme Corp."
    assert (
        _company_speaker(
            "Zentrix Inc. released a laptop. The event included a preview of Acme Corp.'s new "
            "system. The company said it would ship in May."
        )
        == "Acme Corp."
    )
