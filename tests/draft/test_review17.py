"""Review 17: misfires of rounds 24 and 25 on ordinary news text (invented sentences in the
shapes the rules target and in nearby shapes they must leave alone)."""

from conftest import draft, speakers

from generator.draft.sentences import split


def test_a_name_after_a_preposition_is_no_caption_glued_to_the_sentence():
    # round 24 cut "A fire burning in the hills near" off as a photo caption, so the summary,
    # the claim and the event read "Los Angeles has destroyed 40 homes", and Manchester United
    # was given words it never said
    for text in (
        "A fire burning in the hills near Los Angeles has destroyed 40 homes, officials said.",
        "The team playing in the final against Manchester United has said it will not fly.",
        "A storm moving across the Gulf toward Texas has forced thousands to leave their homes.",
        "A woman walking in the park near Central Park West was attacked on Tuesday.",
    ):
        assert split(text) == [text], text
        assert draft(text).data["summary"].startswith(text[:20]), text
    d = draft("The team playing in the final against Manchester United has said it will not fly.")
    assert d.data["claims"] == []


def test_a_caption_glued_to_the_sentence_is_still_cut():
    text = ("An American Airlines 777 landing at Heathrow airport Boeing has secured two large "
            "orders for new aircraft.")
    assert split(text)[1] == "Boeing has secured two large orders for new aircraft."


def test_the_company_after_a_passive_or_its_shares_is_no_one():
    # round 24 took the first company of the sentence before as "the company"; in the passive
    # the one suing (and claiming infringement) is the other company
    for text in (
        "Apple Inc. was sued by Samsung Electronics Co. on Monday. The company said its "
        "patents were infringed.",
        "Apple Inc. shares fell after Samsung Electronics Co. won the case on Monday. The "
        "company said it would appeal.",
    ):
        assert all(not c["by"] for c in draft(text).data["claims"]), text


def test_the_company_after_the_sentence_befores_subject_is_still_it():
    d = draft("Apple Inc. sued Samsung Electronics Co. on Monday. The company said its patents "
              "were infringed.")
    assert speakers(d)["The company said its patents were infringed."] == "Apple Inc."


def test_the_company_after_two_companies_joined_as_the_subject_is_no_one():
    # round 24 gave it to the first (before round 24: the second); either is a guess
    for text in (
        "Toyota Motor Corp. and Honda Motor Co. recalled 2 million cars in May, the company said.",
        "Toyota Motor Corp., Honda Motor Co. and Nissan Motor Co. cut prices, the company said.",
    ):
        assert all(not c["by"] for c in draft(text).data["claims"]), text


def test_the_company_after_the_subject_and_a_supplier_is_still_the_subject():
    d = draft("Ford Motor Co. will buy parts from Bosch Inc. and Delphi Corp., the company said.")
    assert set(speakers(d).values()) == {"Ford Motor Co."}


def _quote_paragraph(frame: str) -> str:
    return frame + "\n\n\"We did everything we could to keep it open, but the market is gone.\""


def test_a_claim_before_the_words_that_hand_over_to_a_quote_paragraph_is_kept():
    # round 25 dropped the whole sentence as a frame of the quote below it
    d = draft(_quote_paragraph(
        "Foreign Minister Sergei Lavrov said the plant would close in May and 300 workers "
        "would lose their jobs, adding:"))
    claims = {c["evidence"]: c["by"] for c in d.data["claims"]}
    assert claims[
        "Foreign Minister Sergei Lavrov said the plant would close in May and 300 workers "
        "would lose their jobs, adding:"
    ] == "sergei-lavrov"


def test_a_sentence_that_only_frames_a_quote_paragraph_is_still_no_claim():
    # "Santorum criticized the press in a radio interview, saying," (round 25's choice)
    d = draft(_quote_paragraph("Foreign Minister Sergei Lavrov criticized the report in a radio "
                               "interview on Monday, saying:"))
    assert [c["quote"] for c in d.data["claims"]] == [
        "We did everything we could to keep it open, but the market is gone"
    ]
