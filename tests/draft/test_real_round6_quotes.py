"""Real text, round 6 (issue 10): quotes -- a body named by its capitalised head noun, scare
quotes, titles of works, photo captions (generator/draft/describe.py, quotes.py, clean.py)."""

from conftest import draft, speakers


def test_capitalised_head_noun_is_the_one_body_named_with_it():
    d = draft(
        "The U.S. Department of Labor today announced new grants for apprenticeships in ten "
        "states across the country.\n\n"
        '"We expect to reach 40,000 apprentices by 2026," the Department said in a statement.\n\n'
        "In a statement to reporters, the Church of Scientology was asked about the claims. "
        "The Church denied these allegations:\n\n"
        '"She certainly was not forced to be there. She was never forced to work."'
    )
    said = speakers(d)
    assert said["We expect to reach 40,000 apprentices by 2026"] == "Department of Labor"
    assert said["She certainly was not forced to be there. She was never forced to work"] == (
        "Church of Scientology"
    )


def test_capitalised_head_noun_shared_by_two_bodies_stays_unresolved():
    d = draft(
        "The Department of Labor and the Department of Commerce announced a joint plan on "
        "Monday to train workers in every state of the country.\n\n"
        '"This plan will create jobs in every state," the Department said.'
    )
    said = speakers(d)
    assert said.get("This plan will create jobs in every state") is None


def test_one_or_two_quoted_words_far_from_the_verb_are_scare_quotes():
    d = draft(
        "Ana Ruiz, the curator, opened the show on Thursday night in the main hall.\n\n"
        'She pointed to the refreshment table with soup served with "electric" punch and '
        'tables adorned with colourful gumball "pills". The firm has said that 39 percent of '
        'the flaws are serious; most are rated "highly critical" by experts.'
    )
    quotes = {c["quote"] for c in d.data["claims"]}
    assert not {"electric", "pills", "highly critical"} & quotes


def test_short_quote_close_to_its_verb_or_joined_by_as_stays_the_speakers():
    d = draft(
        "Senator Ana Ruiz spoke to reporters outside the chamber on Tuesday afternoon.\n\n"
        'Ruiz called the plan "reckless". She portrayed it as what she described as an attempt '
        'to impose a "permanent emergency" on the state.'
    )
    said = speakers(d)
    assert said["reckless"] == "Ana Ruiz"
    assert said["permanent emergency"] == "Ana Ruiz"


def test_title_of_a_work_in_quotes_is_no_quote():
    d = draft(
        'Kristen Wilkins, curator of "Andy Warhol: Photographs and Prints from the University '
        'Collection" at the university, said the show had drawn large crowds since it opened.'
    )
    quotes = {c["quote"] for c in d.data["claims"]}
    assert not any(q and q.startswith("Andy Warhol") for q in quotes)


def _interview(middle: str):
    return draft(
        "Wikinews interviewed the candidate about the campaign and about his plans for the "
        "country, from the economy to the schools.\n\n"
        "Wikinews: What would you bring to the office if you were elected next year?\n\n"
        "Ana Ruiz: I would bring people from the heartland who make this nation work. We have "
        "had too many decades of theory.\n\n"
        f"{middle}\n\n"
        "Wikinews: Anything else you would like to add?\n\n"
        "Ana Ruiz: Only that I am grateful for the chance to talk to your readers today."
    )


def _answers(d):
    return [c["quote"] for c in d.data["claims"] if c["quote"]]


def test_line_saying_where_someone_stands_in_a_picture_is_a_caption_not_an_answer():
    d = _interview("Ruiz (right) with fellow presidential candidate Tom Baker.")
    assert not any(q.startswith("Ruiz (right)") for q in _answers(d))


def test_named_person_with_something_is_a_caption_not_an_answer():
    d = _interview("Ana Ruiz with some books that have not yet been read aloud.")
    assert not any(q.startswith("Ana Ruiz with") for q in _answers(d))


def test_lower_case_image_credit_after_a_caption_is_a_credit():
    d = _interview(
        "This map shows the location of the ice shelf and the two known sites image: Daly et al."
    )
    assert not any(q.startswith("This map shows") for q in _answers(d))


def test_dash_credit_line_of_a_pull_quote_is_no_answer():
    d = _interview(
        "— Ruiz, on whether the oil wealth of her neighbours will eclipse her state's place."
    )
    assert not any(q.lstrip("— ").startswith("Ruiz, on whether") for q in _answers(d))


def test_year_line_in_title_case_is_a_heading_not_a_caption():
    from generator.draft.clean import caption_line

    assert not caption_line("Investments in Rural America in 2024")
    assert not caption_line("Progress at the Port of Baltimore in 2023")


def test_year_line_without_a_subject_shown_in_a_picture_is_no_caption():
    from generator.draft.clean import caption_line

    assert not caption_line("Record exports to Asia in Ohio in 2023")
    assert not caption_line("new funding for rural schools in Ohio in 2023")


def test_year_line_that_places_someone_is_still_a_caption():
    from generator.draft.clean import caption_line

    assert caption_line("Hill at the Lesser-known candidates forum in 2011")
    assert caption_line("pilgrims at Mecca's Grand Mosque in 2008.")
    assert caption_line("A Russian stamp for the Paralympic Games in Sochi in 2014")


def _roundup(heading: str):
    return draft(
        "The Department of Agriculture today announced $2 billion in grants to bring fast "
        "internet to rural towns in twenty states.\n\n"
        "What They Are Saying\n\n"
        'Senator Maria Lopez said: "New Mexico families will finally get connected."\n\n'
        f"{heading}\n\n"
        '"Broadband is the backbone of the modern economy, and today we take a big step."'
    )


def test_heading_with_an_office_and_a_name_frames_the_quote_under_it():
    said = speakers(_roundup("Secretary of Commerce Gina Raimondo"))
    quote = "Broadband is the backbone of the modern economy, and today we take a big step"
    assert said[quote] == "Gina Raimondo"
    said = speakers(_roundup("Gina Raimondo, Secretary of Commerce"))
    assert said[quote] == "Gina Raimondo"


def test_heading_without_a_person_ends_the_previous_speakers_run():
    said = speakers(_roundup("Reactions from the States"))
    quote = "Broadband is the backbone of the modern economy, and today we take a big step"
    assert said.get(quote) != "Maria Lopez"


def test_bullet_with_a_labelled_quotation_is_the_labels_words_without_marks():
    d = draft(
        "The Department of Agriculture today announced $2 billion in grants to bring fast "
        "internet to rural towns in twenty states.\n\n"
        '- Governor Jane Doe: "This funding will transform our rural towns."\n'
        '- Senator Maria Lopez: "New Mexico families will finally get connected."'
    )
    said = speakers(d)
    assert said["This funding will transform our rural towns"] == "Jane Doe"
    assert said["New Mexico families will finally get connected"] == "Maria Lopez"


def test_dash_credit_with_a_title_and_a_body_names_the_person():
    d = draft(
        "The Department of Agriculture today announced $2 billion in grants to bring fast "
        "internet to rural towns in twenty states.\n\n"
        '- "We are grateful for this partnership with the state." – Mayor John Smith, City of '
        "Springfield"
    )
    assert speakers(d)["We are grateful for this partnership with the state"] == "John Smith"


def test_asked_about_someone_the_pronoun_that_replies_is_not_them():
    d = draft(
        "Prime Minister John Walker met opposition leader David Brown on Friday for three "
        "hours of talks about the budget.\n\n"
        "Walker later told reporters that the talks were useful. Asked whether Brown could be "
        'trusted, he replied: "Time will tell."'
    )
    assert speakers(d)["Time will tell"] == "John Walker"


def test_she_said_past_a_person_whose_gender_only_a_pronoun_gave_is_left_open():
    d = draft(
        "Police arrested Mark Evans on Monday in connection with the fraud at the bank in the "
        "city centre.\n\n"
        'His lawyer, Mary Roe, said he was innocent. "He did nothing wrong," she said.'
    )
    assert speakers(d)["He did nothing wrong"] is None


def test_she_said_after_a_woman_named_by_title_is_hers():
    d = draft(
        "Police arrested Mark Evans on Monday in connection with the fraud at the bank in the "
        "city centre.\n\n"
        'His lawyer, Ms. Mary Roe, spoke to reporters. "He did nothing wrong," she said.'
    )
    assert speakers(d)["He did nothing wrong"] == "Mary Roe"


def test_the_minister_said_in_the_paragraph_of_the_minister_stays_hers():
    d = draft(
        "The government announced a new grain corridor on Monday after weeks of talks.\n\n"
        "Ukraine's Minister of Agrarian Policy, Oksana Hrytsenko, welcomed the announcement. "
        '"Every mine that is removed is a ship that can sail," the minister said at the port.'
    )
    assert speakers(d)["Every mine that is removed is a ship that can sail"] == "Oksana Hrytsenko"


def test_a_new_unnamed_speaker_in_the_paragraph_does_not_take_the_last_speaker():
    d = draft(
        "The government announced a new grain corridor on Monday after weeks of talks.\n\n"
        "Oksana Hrytsenko, the minister, welcomed the announcement at the port. "
        '"It will not last the winter," one official said.'
    )
    assert speakers(d).get("It will not last the winter") != "Oksana Hrytsenko"


def test_one_word_quote_right_after_called_stays_the_speakers():
    d = draft(
        "South Sudan's representative, Akuei Deng Malual, spoke to the council on Tuesday. "
        'He rejected what he called "alarmist" reporting.'
    )
    assert speakers(d)["alarmist"] == "Akuei Deng Malual"


def test_she_in_a_story_told_in_an_interview_answer_is_not_the_one_telling_it():
    d = draft(
        "Wikinews interviewed the poet about his years in the stands and the fans he met.\n\n"
        "Wikinews: What has the team meant to you?\n\n"
        'Frank Messina: Last year the shirts said "Poet says We Know" and it was amazing. We '
        "did not use the banner this year.\n\n"
        "There was a woman, a season ticket holder and a fan. She handed me a shirt she bought "
        'at the stadium. With tears in her eyes she said, "Thank you, Mets Poet, thank you."'
    )
    assert speakers(d)["Thank you, Mets Poet, thank you"] is None


def test_they_is_a_group_that_spoke_not_a_body_that_was_only_a_subject():
    d = draft(
        "Almost half of all primary school children are iodine deficient, researchers say. "
        "They say adding the mineral to salt is the simplest remedy.\n\n"
        "The survey covered five states. Tasmania was excluded from the study, where a "
        "voluntary program is ongoing.\n\n"
        "They call for\n\n"
        '"urgent implementation of mandatory iodisation of all edible salt in Australia."'
    )
    said = speakers(d)
    quote = "urgent implementation of mandatory iodisation of all edible salt in Australia"
    assert said.get(quote) != "Tasmania"


def test_it_in_a_new_paragraph_is_not_a_body_of_the_paragraph_before():
    d = draft(
        "Floods forced thousands from their homes in the north of the country on Tuesday.\n\n"
        "The European Commission said it was ready to help. The Commission added that funds "
        "could be released within weeks.\n\n"
        "Environmental group Legambiente blamed climate change for the floods. It called on "
        "the government to act."
    )
    said = speakers(d)
    assert said.get("It called on the government to act.") != "European Commission"


def test_they_opening_the_paragraph_after_a_bodys_quote_is_that_body():
    d = draft(
        "The ship's owners were accused of holding a woman against her will for years.\n\n"
        "In a statement to reporters, the Church of Scientology denied these allegations:\n\n"
        '"She certainly was not forced to be there."\n\n'
        'They also claimed she was a "volunteer" and claim she has a\n\n'
        '"vested interest for misrepresenting her experiences with the Church."'
    )
    said = speakers(d)
    assert said["vested interest for misrepresenting her experiences with the Church"] == (
        "Church of Scientology"
    )


def test_she_said_after_a_wife_brought_in_by_a_noun_is_not_an_earlier_speaker():
    d = draft(
        "The museum reopened on Saturday after a renovation that took two years.\n\n"
        '"We wanted to build a museum for everyone," said director Helen Moreno.\n\n'
        '"It feels like a new place," said John Lee, 67. His wife, Susan, agreed. '
        '"The light is wonderful," she said.'
    )
    assert speakers(d)["The light is wonderful"] is None


def test_a_person_named_inside_the_clause_before_said_is_not_the_speaker():
    d = draft(
        "Fisheries ministers from eight countries met in Brussels on Monday to discuss catch "
        "limits.\n\n"
        "Danish minister Jacob Jensen, speaking after a meeting with his Norwegian counterpart "
        'Bjørnar Skjæran, said: "We are not there yet, but we are close."'
    )
    assert speakers(d)["We are not there yet, but we are close"] == "Jacob Jensen"


def test_lower_case_image_colon_inside_a_sentence_is_no_credit():
    from generator.draft.clean import clean

    art = clean(
        "A headline for the test\n\n"
        "Officials studied the photograph for a week before they released it to the press.\n\n"
        "A key detail stands out in the image: Officials say the picture was taken on Monday "
        "in the old city"
    )
    assert not any(p.startswith("Caption: ") for p in art.paragraphs)
