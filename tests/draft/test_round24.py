"""Round 24: a glued photo caption, office words alone before one word, product lines, a
participle's subject after an opening clause, "the company" after the last sentence's
subject (invented texts in the shapes of the real sets' sentences, and nearby shapes that
must not change)."""

from conftest import draft, speakers

from generator.draft.sentences import split


def _actors(d):
    return {a["name"]: a for a in d.data["actors"]}


# ------------------------------------------------------- a caption glued to the first sentence

_GLUED = (
    "An American Airlines 777 landing at Heathrow airport Boeing has secured two large orders "
    "for new aircraft. Air Canada has ordered US$6 billion in new airliners, while Boeing said "
    "Air India has signed a deal for a further US$7 billion."
)


def test_a_glued_caption_is_cut_from_the_first_sentence():
    assert split(_GLUED)[:2] == [
        "An American Airlines 777 landing at Heathrow airport",
        "Boeing has secured two large orders for new aircraft.",
    ]


def test_a_glued_caption_does_not_open_the_summary():
    d = draft(_GLUED)
    assert d.data["summary"].startswith("Boeing has secured two large orders for new aircraft.")


def test_a_caption_with_a_participle_before_a_person_who_speaks():
    d = draft("A protester standing outside the embassy Mary Smith said she was angry.")
    assert speakers(d) == {"Mary Smith said she was angry.": "Mary Smith"}


def test_an_opening_participle_of_a_company_is_no_caption():
    # "Leading" opens the sentence; "leading maker" has no preposition after the participle
    for text in (
        "Leading aircraft maker Boeing has announced two orders for new aircraft.",
        "The world's leading maker of jets Boeing has announced two orders.",
        "The company operating in Asia Pacific has said it would expand.",
    ):
        assert split(text) == [text]


def test_a_day_after_a_participle_is_no_caption():
    text = "A man walking in the park Saturday was killed by a falling tree."
    assert split(text) == [text]


def test_a_finite_verb_before_the_name_is_no_caption():
    text = "A plane that was landing at Heathrow airport Boeing has said was safe."
    assert split(text) == [text]


# ------------------------------------------------- a word that only qualifies an office, alone


def test_state_farm_is_an_organization_not_a_person_farm():
    d = draft("Insurance claims rose 5 percent in May, State Farm said.")
    assert "Farm" not in _actors(d)
    assert _actors(d)["State Farm"]["kind"] == "organization"
    assert speakers(d) == {"Insurance claims rose 5 percent in May, State Farm said.": "State Farm"}


def test_other_office_words_alone_before_one_word_name_a_body():
    for body in ("Foreign Policy", "Treasury Wine", "Interior Design"):
        d = draft(f"Sales rose 5 percent in May, {body} said.")
        assert _actors(d)[body]["kind"] == "organization", body


def test_former_alone_before_one_word_is_no_one():
    d = draft("Sales rose 5 percent in May, Former Smith said.")
    assert _actors(d) == {}


def test_an_office_of_a_ministry_is_no_body():
    d = draft(
        "In May, Maxime Bernier was forced to resign as Foreign Affairs minister after it "
        "became known."
    )
    assert list(_actors(d)) == ["Maxime Bernier"]


def test_office_words_before_an_office_stay_titles():
    d = draft(
        "State Senator John Smith said the bill failed. Acting Secretary Jane Roe said the "
        "vote was close. Foreign Minister Sergei Lavrov said it was no surprise."
    )
    assert _actors(d)["John Smith"]["role"] == "State Senator"
    assert _actors(d)["Jane Roe"]["role"] == "Acting Secretary"
    assert _actors(d)["Sergei Lavrov"]["role"] == "Foreign Minister"


# ------------------------------------------------------------------- a product line's product


def test_a_product_line_after_its_maker_is_no_person():
    d = draft("Microsoft's Windows Vista was released on Monday. Google's Android Market opened.")
    assert "Windows Vista" not in _actors(d) and "Android Market" not in _actors(d)
    assert {"Microsoft", "Google"} <= set(_actors(d))


def test_a_product_line_that_opens_a_sentence_is_no_actor():
    d = draft("Windows Vista sold 20 million copies, Microsoft said.")
    assert list(_actors(d)) == ["Microsoft"]
    assert speakers(d) == {"Windows Vista sold 20 million copies, Microsoft said.": "Microsoft"}


def test_a_product_lines_company_and_officer_stay():
    d = draft("BlackBerry Chief Executive John Chen said sales fell.")
    assert speakers(d) == {"BlackBerry Chief Executive John Chen said sales fell.": "John Chen"}


# --------------------------------------- a participle of saying after an opening clause's comma

_BOEING = "Boeing said on Monday it was disappointed. "


def test_the_subject_after_an_opening_clause_speaks_the_participle():
    said = (
        "When the Air Force selected Northrop Grumman to build the aircraft, Boeing challenged "
        "the award in a formal protest before the GAO, saying the evaluation was skewed."
    )
    assert speakers(draft(_BOEING + said))[said] == "Boeing"


def test_the_subject_after_a_time_phrase_speaks_the_participle():
    said = "In March, Boeing challenged the award before the GAO, saying the evaluation was skewed."
    assert speakers(draft(_BOEING + said))[said] == "Boeing"


def test_two_clauses_before_the_participle_leave_it_to_no_one():
    said = (
        "In March, Boeing challenged the award and Airbus protested to the GAO, saying the "
        "evaluation was skewed."
    )
    assert said not in speakers(draft("Airbus said on Monday it was disappointed. " + said))


def test_a_possessive_subject_is_not_its_owner():
    said = "In March, Boeing's rival protested to the GAO, saying the evaluation was skewed."
    assert said not in speakers(draft(_BOEING + said))


# -------------------------------------------- "the company" after the last sentence's subject


def test_the_company_is_the_subject_of_the_sentence_before():
    d = draft("Apple Inc. sued Samsung on Monday. The company said its patents were infringed.")
    assert speakers(d)["The company said its patents were infringed."] == "Apple Inc."


def test_the_company_after_another_sentence_is_no_one():
    d = draft(
        "Apple Inc. sued Samsung on Monday. Samsung declined to comment. The company said its "
        "patents were infringed."
    )
    assert "The company said its patents were infringed." not in speakers(d)


def test_the_company_after_a_possessive_subject_is_no_one():
    d = draft(
        "Apple Inc.'s rival Samsung sued it on Monday. The company said its patents were "
        "infringed."
    )
    assert "The company said its patents were infringed." not in speakers(d)


def test_the_company_named_last_is_unchanged():
    d = draft("The UN criticized Apple Inc. on Monday. The company said its patents were infringed.")
    assert speakers(d)["The company said its patents were infringed."] == "Apple Inc."


# ------------------------------------------ ", the company said" after a company in an aside


def test_the_company_is_not_the_owner_named_in_a_relative_clause():
    said = "Opel, which is owned by GM, will cut 2,000 jobs, the company said."
    assert speakers(draft(said)).get(said) is None


def test_the_company_is_not_the_owner_named_in_an_apposition():
    said = (
        "Saab, the Swedish brand owned by GM, filed for protection from creditors in February, "
        "the company said."
    )
    assert speakers(draft(said)).get(said) is None


def test_the_company_is_not_a_supplier_named_after_another_body():
    said = "Opel will cut 2,000 jobs at plants supplied by Bosch Inc., the company said."
    assert speakers(draft(said)).get(said) is None


def test_the_company_that_opens_the_sentence_is_the_company():
    said = "Acme Corp. will cut 2,000 jobs at plants supplied by Bosch Inc., the company said."
    assert speakers(draft(said)) == {said: "Acme Corp."}


def test_a_company_named_short_after_its_legal_form_opens_the_sentence():
    said = (
        "Toyota Motor Corp. will cut 2,000 jobs at plants supplied by Bosch Inc., the company "
        "said."
    )
    assert speakers(draft(said)) == {said: "Toyota"}


def test_the_company_is_not_the_buyer_named_after_the_seller():
    said = (
        "GM agreed to sell its Hummer brand to China's Sichuan Tengzhong Heavy Industrial "
        "Machinery Co., the company said on Tuesday."
    )
    assert speakers(draft(said)).get(said) is None


def test_the_one_company_of_the_sentence_is_unchanged():
    for said, who in (
        ("GM, the largest US automaker, cut 2,000 jobs, the company said.", "GM"),
        ("After talks with the UAW, GM Corp. agreed to cut 2,000 jobs, the company said.", "GM Corp."),
        ("Sales of the new phone rose 20 percent at Acme Corp., the company said.", "Acme Corp."),
    ):
        assert speakers(draft(said)) == {said: who}, said


# ------------------------------------------------- a country's possessive before a company


def test_a_company_with_its_legal_form_is_named_without_its_country():
    d = draft("Shares of Japan's Toshiba Corp. rose on Tuesday. Toshiba said profit rose.")
    assert _actors(d)["Toshiba Corp."]["aliases"] == ["Toshiba"]
    assert speakers(d) == {"Toshiba said profit rose.": "Toshiba Corp."}
    assert "Japan" in _actors(d)


def test_a_countrys_body_keeps_its_country():
    d = draft("Paraguay's Senate voted on Tuesday. Tajikistan's Foreign Ministry said it.")
    assert {"Paraguay's Senate", "Tajikistan's Foreign Ministry"} <= set(_actors(d))


# ------------------------------------------------- a model named alone after its brand and it


def test_a_cars_model_named_alone_later_is_no_actor():
    d = draft(
        "The Chevrolet Volt, an electric car due in late 2010, is central to GM's plans. Bob "
        "Lutz, GM's vice chairman, said the Volt would cost about 40,000 dollars."
    )
    assert "Volt" not in _actors(d)


def test_a_maker_after_another_makers_name_is_still_an_actor():
    d = draft("Fiat Chrysler said sales rose. Chrysler said its plant would stay open.")
    assert speakers(d)["Chrysler said its plant would stay open."] == "Chrysler"


# ------------------------------------------------- a body's name and its kind's noun, "said"


def test_a_union_named_before_its_noun_speaks():
    said = "The Canadian Auto Workers union said members would vote on the deal."
    assert speakers(draft(said)) == {said: "Canadian Auto Workers"}


def test_a_group_after_a_describing_word_speaks():
    said = "The militant Hamas group said it would fight."
    assert speakers(draft(said)) == {said: "Hamas"}


def test_a_union_after_an_opening_phrase_speaks():
    said = "In a statement, the Canadian Auto Workers union said members would vote."
    assert speakers(draft(said)) == {said: "Canadian Auto Workers"}


def test_a_quote_before_the_union_and_its_noun_is_the_unions():
    d = draft("\"We will strike,\" the Canadian Auto Workers union said on Monday.")
    assert speakers(d) == {"We will strike": "Canadian Auto Workers"}


def test_a_union_after_a_preposition_does_not_speak():
    said = "After a strike at the United Auto Workers union, Ford said it would close the plant."
    assert speakers(draft(said)) == {said: "Ford"}


def test_a_persons_administration_is_not_the_person():
    said = "The Obama administration said it would act. Obama spoke on Monday."
    assert "The Obama administration said it would act." not in speakers(draft(said))
