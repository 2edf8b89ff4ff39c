"""Round 12 (DRAFTING.md, "Round 12"): a country's name used as a person's given name; the
place of a meeting is no speaker; "and its chief John Smith" after an apposition; a month
deadline ahead that passed just before publication."""

import datetime as dt

from conftest import draft, speakers

from generator.draft.dates import find_dates

NOV = dt.date(2024, 11, 20)  # a Wednesday
APR = dt.date(2024, 4, 10)


def values(sentence, published=NOV):
    return [d.value for d in find_dates(sentence, published)]


def kinds(d):
    return {a["name"]: a["kind"] for a in d.data["actors"]}


# actors and speakers


def test_a_country_used_as_a_given_name_with_a_persons_apposition_is_a_person():
    d = draft('"The plan is sound," said Georgia Ellis, a spokeswoman for the company.', NOV)
    assert kinds(d) == {"Georgia Ellis": "person"}
    assert speakers(d) == {"The plan is sound": "Georgia Ellis"}
    d = draft("Chad Hurley, the co-founder of YouTube, said the deal was good for users. "
              "Hurley said he would stay on.", NOV)
    assert kinds(d).get("Chad Hurley") == "person" and "Chad" not in kinds(d)
    # the surname alone elsewhere, before a verb of saying: a person
    d = draft('"The deal is good," Chad Hurley said. "We will stay," Hurley added.', NOV)
    assert kinds(d) == {"Chad Hurley": "person"}
    assert set(speakers(d).values()) == {"Chad Hurley"}


def test_a_country_before_a_company_word_stays_no_person():
    # no person's cue: no person drafted (the company names are not persons)
    for s in ('"Rates will rise," Georgia Power said on Tuesday.',
              "Georgia Power, the state's largest utility, said rates would rise.",
              '"Rates will rise," China Evergrande said on Tuesday.',
              '"Rates will rise," America Movil said on Tuesday.'):
        d = draft(s, NOV)
        assert "person" not in kinds(d).values(), s
    # the country itself, and a place after a preposition, as before
    d = draft("Officials in Georgia Tuesday said the vote was fair. Chad said it would help.", NOV)
    assert "person" not in kinds(d).values()


def test_leaders_of_a_region_in_a_meeting_place_are_no_speaker_of_the_place():
    # "European" names no country: the leaders are unnamed people in Brussels, not Belgium
    for s in ("European leaders in Brussels said the sanctions would stay in place.",
              "Western diplomats in Doha said the talks had stalled.",
              "Arab officials in Cairo said the talks had stalled."):
        d = draft(s, NOV)
        said = set(speakers(d).values())
        assert not said & {"Belgium", "Qatar", "Egypt"}, s
        assert all(k != "country" or n not in said for n, k in kinds(d).items()), s
    # a country's demonym sends them, as before: the country
    d = draft("Chinese officials in Beijing said the talks had stalled.", NOV)
    assert set(speakers(d).values()) == {"China"}
    d = draft("U.S. officials in Baghdad said the talks had stalled.", NOV)
    assert set(speakers(d).values()) == {"United States"}


def test_an_apposed_speaker_and_its_chief_named_after_are_a_pair():
    for s in ('"The results are strong," said Jane Roe, a spokeswoman for Acme Corp., and its '
              'chief John Smith.',
              '"The results are strong," said Jane Roe, a spokeswoman for Acme Corp., and the '
              "company's chief executive John Smith.",
              "Jane Roe, a spokeswoman for Acme Corp., and its chief John Smith said the results "
              "were strong."):
        d = draft(s, NOV)
        assert set(speakers(d).values()) == {None}, s
    # one speaker with an apposition that holds "and": hers, as before
    d = draft('"The results are strong," said Jane Roe, a spokeswoman for Acme Corp. and its '
              "unit Beta Inc.", NOV)
    assert set(speakers(d).values()) == {"Jane Roe"}


# dates


def test_a_month_deadline_in_the_present_that_passed_just_before_publication_is_unsure():
    # told in April: the March a month behind (a story told weeks ago) or the next one, 11
    # months ahead: no date rather than a guess (as round 9's day deadlines)
    assert values("Talks continue until March.", APR) == []
    assert values("Talks continue until March, the ministry said.", APR) == []
    assert values("The offer runs until February, officials said.", APR) == []
    # a month further back, or ahead, or a future tense: as before
    assert values("Talks continue until March.", dt.date(2025, 7, 30)) == ["2026-03"]
    assert values("Talks continue until May.", APR) == ["2024-05"]
    assert values("Talks continue until April.", APR) == ["2024-04"]
    assert values("The talks will continue until March.", APR) == ["2025-03"]
    assert values("The rebels held the town until March.", APR) == ["2024-03"]


def test_a_name_after_on_that_opens_with_no_given_name_is_a_place():
    d = draft('"We will act," Senator John Doe told reporters on Capitol Hill.', NOV)
    assert kinds(d) == {"John Doe": "person"}
    # a person after "on", as anywhere: a given name opens the name
    d = draft("The decision put pressure on Nancy Pelosi, who said she would act.", NOV)
    assert kinds(d) == {"Nancy Pelosi": "person"}


def test_a_speech_verb_inverted_after_the_quote_names_its_speaker():
    for verb in ("stated", "remarked", "commented", "observed", "cautioned", "explains",
                 "notes", "writes", "admitted", "conceded", "recalls", "stresses", "insists",
                 "warns", "adds", "asserted", "exclaimed", "quipped", "countered", "answered"):
        s = f'"We will not negotiate," {verb} Prime Minister John Smith.'
        assert speakers(draft(s, NOV)) == {"We will not negotiate": "John Smith"}, s
        s = f'"We will not negotiate," {verb} John Smith, the prime minister.'
        assert speakers(draft(s, NOV)) == {"We will not negotiate": "John Smith"}, s
    # a verb that is no saying's stays none
    d = draft('"We will not negotiate," read the sign held by John Smith.', NOV)
    assert set(speakers(d).values()) <= {None}


def test_a_document_that_reads_says_its_authors_words():
    for s in ('The Pentagon\'s statement read: "The strike was lawful and necessary."',
              'A statement from the Pentagon read: "The strike was lawful and necessary."',
              'The Pentagon\'s statement reads, "The strike was lawful and necessary."'):
        assert speakers(draft(s, NOV)) == {"The strike was lawful and necessary": "Pentagon"}, s
    # a document no one is named for: the quote with no speaker, never the name elsewhere
    d = draft('John Smith found the letter. The letter reads: "I resign from my post today."', NOV)
    assert set(speakers(d).values()) <= {None}


def test_the_addressee_of_a_document_is_no_speaker():
    for s in ('The letter, sent to John Smith, said: "We need to talk about the contract."',
              'The letter, addressed to Senator Jane Doe, read: "We need to talk about the '
              'contract."',
              'An e-mail to Chief Executive John Smith said: "We need to talk about the '
              'contract."'):
        d = draft(s, NOV)
        assert set(speakers(d).values()) <= {None}, s
    # the writer named in the document's aside: as before
    d = draft('The letter, written by John Smith, said: "We need to talk about the contract."',
              NOV)
    assert set(speakers(d).values()) == {"John Smith"}
    # a person who speaks "to" someone: the speaker, as before
    d = draft('John Smith said to reporters: "We need to talk about the contract."', NOV)
    assert set(speakers(d).values()) == {"John Smith"}


def test_a_weekday_of_an_awaited_event_named_before_it_lies_ahead():
    fri = dt.date(2008, 10, 10)
    assert values("Investors are waiting for the Group of Seven meeting on Saturday in "
                  "Washington.", fri) == ["2008-10-11"]
    assert values("Stocks fell ahead of the Fed meeting on Tuesday.", fri) == ["2008-10-14"]
    assert values("Traders are awaiting the jobs report due on Friday.", dt.date(2008, 10, 8)) == [
        "2008-10-10"]
    # an event waited for in the past, or no wait: as before
    assert values("Stocks rose after the Fed meeting on Tuesday.", fri) == ["2008-10-07"]
    assert values("Investors waited for the G7 meeting on Saturday.", fri) == ["2008-10-04"]


def test_an_economic_era_named_with_the_is_no_organization():
    for s in ("Wall Street's losses this week were the worst since the Great Depression.",
              "Output has not fallen so fast since the Great Recession.",
              "The crisis recalls the 1987 Crash and the Asian Meltdown."):
        assert kinds(draft(s, NOV)) == {}, s


def test_a_name_inside_an_aside_after_an_unnamed_subject_is_no_speaker():
    for s in ("The company, based in Seattle, Washington, announced on Monday it would lay off "
              "1,000 workers.",
              "The minister, speaking in Paris, said the talks had failed.",
              "The company, which is run by John Smith, said it would cut jobs."):
        d = draft(s, NOV)
        assert set(speakers(d).values()) <= {None}, s
    # the subject named before the aside: as before
    d = draft("Acme Corp., based in Seattle, Washington, said it would cut jobs.", NOV)
    assert set(speakers(d).values()) == {"Acme Corp."}
    # the quote first, then the unnamed subject and its aside
    d = draft('"We will strike," the union, led by John Smith, said.', NOV)
    assert set(speakers(d).values()) <= {None}


def test_a_hyphenated_title_before_a_name_is_a_title():
    for s, name in (
        ('UN Secretary-General John Smith said he was "deeply saddened by the loss."',
         "John Smith"),
        ('NATO Secretary-General Anders Fogh Rasmussen said the alliance was "united in this."',
         "Anders Fogh Rasmussen"),
        ('Secretary-General Jane Doe said he was "deeply saddened by the loss."', "Jane Doe"),
        ('Attorney-General Jane Doe said the law was "clear on this point."', "Jane Doe"),
        ('WHO Director-General Jane Doe said the virus was "under control now."', "Jane Doe"),
    ):
        d = draft(s, NOV)
        assert set(speakers(d).values()) == {name}, s
        assert kinds(d)[name] == "person", s


def test_the_hyphenated_title_alone_stands_for_its_holder():
    d = draft('UN Secretary-General Jane Doe said the need was "never greater than now." '
              "The Secretary-General said more than 5,000 people had been killed.", NOV)
    assert set(speakers(d).values()) == {"Jane Doe"}
    assert len(speakers(d)) == 2


def test_the_statement_named_after_its_authors_saying_is_theirs():
    d = draft('In a statement, Acme Corp. said it was "disappointed" by the decision.\n\n'
              '"We will review our options," the statement said.', NOV)
    assert speakers(d)["We will review our options"] == "Acme Corp."
    d = draft("The ministry of health issued a statement on Monday. The statement said the "
              "outbreak was under control.", NOV)
    assert set(speakers(d).values()) <= {None, "ministry of health"}
    d = draft('Acme Corp. said in a statement that sales fell. The statement added that the '
              "company would cut 500 jobs.", NOV)
    assert set(speakers(d).values()) == {"Acme Corp."} and len(speakers(d)) == 2
    # another speaker in between, or no statement named before: as before (no speaker)
    d = draft('Acme Corp. said in a statement that sales fell. John Smith, an analyst, said '
              'the cuts were deep. "We will review our options," the statement said.', NOV)
    assert speakers(d)["We will review our options"] is None
    d = draft('Acme Corp. said sales fell.\n\n"We will review our options," the statement said.',
              NOV)
    assert speakers(d)["We will review our options"] is None


def test_a_likelihood_seen_from_a_past_saying_lies_after_it():
    jan = dt.date(2008, 1, 23)
    assert values("Analysts said another cut was likely at the Fed's meeting on January 30.",
                  jan) == ["2008-01-30"]
    assert values("Analysts said a cut was unlikely in March.", jan) == ["2008-03"]
    # a likelihood of the past (no saying before it): as before
    assert values("A cut was likely in March, but it never came.", dt.date(2008, 6, 1)) == [
        "2008-03"]


def test_a_headline_noun_before_a_plural_subject_is_no_name():
    from generator.draft import draft_text

    for title, body in (
        ("Stock markets around the world fall sharply",
         "Stock markets around the world fell sharply on Friday."),
        ("Oil prices rise on supply fears", "Oil prices rose on Friday."),
        ("Home sales fall for third month", "Home sales fell in October."),
    ):
        d = draft_text(f"{title}\n\n{body}", published=NOV)
        assert kinds(d) == {}, title
    # a company that acts in its headline: as before
    d = draft_text("Boeing unveils new jet\n\nBoeing unveiled a new jet on Friday.", published=NOV)
    assert kinds(d) == {"Boeing": "organization"}
    d = draft_text("Vortexa posts record profit\n\nVortexa posted a record profit on Friday.",
                   published=NOV)
    assert kinds(d) == {"Vortexa": "organization"}


def test_a_name_bought_for_a_price_a_share_is_a_company():
    for s in ("JPMorgan Chase agreed to buy Bear Stearns for $2 a share.",
              "Acme said it would buy Jolly Rogers for $10.50 per share in cash.",
              "The takeover of Jolly Rogers was approved on Monday.",
              "Acme made a bid for Jolly Rogers in March."):
        d = draft(s, NOV)
        assert "person" not in kinds(d).values(), s
    # a person paid or signed for a sum: as before
    d = draft("The club signed John Roberts for $2 million on Monday.", NOV)
    assert kinds(d).get("John Roberts") == "person"


def test_a_weekday_in_a_title_after_the_is_no_day():
    for s in ("Jane Roe, a columnist for The Sunday Times, said the plan was a mess.",
              "The story ran in the Sunday Telegraph.",
              "He told the Monday Club that the plan was a mess."):
        assert values(s) == [], s
    # a weekday with "the" and no name after: as before
    assert values("The vote was held on the Sunday before the election.") != []
    assert values("On Sunday President Smith said the plan was a mess.") == ["2024-11-17"]


def test_a_country_given_name_with_a_writers_apposition_is_a_person():
    d = draft('India Knight, a columnist for The Sunday Times, said the plan was "a mess from '
              'start to finish."', NOV)
    assert kinds(d).get("India Knight") == "person"
    assert set(speakers(d).values()) == {"India Knight"}


def test_an_expectation_without_to_seen_from_a_past_saying_lies_after_it():
    sat = dt.date(2014, 2, 8)
    assert values("The Met Office said more rain was expected on Sunday and Monday.", sat) == [
        "2014-02-09", "2014-02-10"]
    assert values("Officials said the report was due on Monday.", sat) == ["2014-02-10"]
    # no saying: the past, as before
    assert values("The report was due on Monday but was delayed.", sat) == ["2014-02-03"]
    assert values("The Met Office said more rain was expected in March.", sat) == ["2014-03"]


def test_a_place_after_a_preposition_and_a_compass_word_is_no_actor():
    from generator.draft import draft_text

    d = draft_text("Flooding forces thousands from homes in southern England\n\n"
                   "Heavy rain has caused flooding across southern England. Roads in "
                   "north-eastern Kentshire were closed.", published=NOV)
    assert "England" not in kinds(d) and "Kentshire" not in kinds(d)


def test_looking_forward_to_an_event_looks_ahead():
    mar = dt.date(2023, 3, 4)
    assert values("The President looks forward to seeing the Prime Minister at the G7 Summit in "
                  "Hiroshima in May.", mar) == ["2023-05"]
    assert values("We look forward to welcoming them in June.", mar) == ["2023-06"]
    assert values("She is looking forward to the vote on Tuesday.", mar) == ["2023-03-07"]
    # told in the past: as before
    assert values("He looked forward to the trip in May.", mar) == ["2022-05"]


def test_a_meeting_named_by_its_kind_is_no_actor():
    for s in ("The ministers discussed the upcoming 2+2 Ministerial Dialogue in November.",
              "The leaders will meet at the Strategic Economic Dialogue next month.",
              "She spoke at the Annual Shareholder Meeting on Monday.",
              "Delegates attended the Climate Ambition Symposium in Paris."):
        assert "person" not in kinds(draft(s, NOV)).values(), s
    # surnames that are also event nouns stay persons
    d = draft("Mary Session, a spokeswoman for the campaign, said the candidate was confident.",
              NOV)
    assert kinds(d) == {"Mary Session": "person"}


def test_a_persons_lawyer_or_aide_speaks_not_the_person():
    d = draft('"He is wrong about the numbers," said Jane Doe\'s lawyer, John Smith.', NOV)
    assert speakers(d) == {"He is wrong about the numbers": "John Smith"}
    d = draft('"He is wrong about the numbers," said Jane Doe\'s lawyer.', NOV)
    assert speakers(d).get("He is wrong about the numbers") is None
    d = draft('Jane Doe\'s lawyer said: "He is wrong about the numbers."', NOV)
    assert speakers(d).get("He is wrong about the numbers") is None
    # a body's spokesman: the body's, as before
    d = draft('"He is wrong about the numbers," said Acme Corp.\'s spokesman.', NOV)
    assert speakers(d) == {"He is wrong about the numbers": "Acme Corp."}


def test_a_participle_aside_between_the_speaker_and_the_verb_names_no_speaker():
    for s in ('John Smith, responding to Jane Doe, said: "The company will not be sold."',
              'John Smith, replying to questions from Jane Doe, said: "The company will not be '
              'sold."',
              'John Smith, referring to Jane Doe, said: "The company will not be sold."'):
        d = draft(s, NOV)
        assert speakers(d) == {"The company will not be sold": "John Smith"}, s


def test_a_day_a_plan_was_first_set_for_is_unsure():
    fri = dt.date(2008, 11, 21)
    assert values("The vote, originally scheduled for Thursday, was postponed until next week.",
                  fri) == ["2008-W48"]
    assert values("The hearing, initially set for Dec. 3, was moved.", fri) == []
    # a plan as set now: as before
    assert values("The vote is scheduled for Thursday.", fri) == ["2008-11-27"]
    assert values("The talks, first planned to take place on Monday, were delayed.", fri) == []


def test_military_ranks_abbreviated_are_titles():
    for s, name in (('"I am proud of the shipbuilders," said Lt. Cmdr. Sarah Jones, the ship\'s '
                     "commanding officer.", "Sarah Jones"),
                    ('"We are ready," said Cmdr. John Roe.', "John Roe"),
                    ('"We are ready," said Maj. Gen. John Roe.', "John Roe"),
                    ('"We are ready," said Brig. Gen. John Roe.', "John Roe"),
                    ('"We are ready," said Staff Sgt. John Roe.', "John Roe"),
                    ('"We are ready," said Pfc. John Roe.', "John Roe"),
                    ('"We are ready," said Cpl. John Roe.', "John Roe"),
                    ('"We are ready," said Spc. John Roe.', "John Roe")):
        d = draft(s, NOV)
        assert set(speakers(d).values()) == {name}, s
        assert set(kinds(d)) == {name}, s


def test_a_name_ending_in_works_is_a_company():
    d = draft("The ceremony took place at General Dynamics Bath Iron Works.", NOV)
    assert kinds(d) == {"General Dynamics Bath Iron Works": "organization"}


def test_a_name_set_off_after_a_company_noun_is_a_company():
    d = draft("The construction company, Acme Builders, said in a statement that it was "
              "cooperating with investigators.", NOV)
    assert kinds(d) == {"Acme Builders": "organization"}
    # a person named as a company's speaker after the noun: as before
    d = draft("The company, John Smith said, will appeal the ruling.", NOV)
    assert kinds(d).get("John Smith") == "person"
    d = draft("Its parent company, Beta Holdings, said sales fell.", NOV)
    assert kinds(d) == {"Beta Holdings": "organization"}


def test_a_word_between_a_title_and_a_role_noun_is_no_person():
    for s in ("Former Springfield mayor John Roe was charged on Monday.",
              "Acting Boston police chief John Roe resigned on Monday."):
        d = draft(s, NOV)
        assert kinds(d) == {"John Roe": "person"}, s
    # a person after a title, as before
    d = draft("Former President John Roe was charged on Monday.", NOV)
    assert kinds(d) == {"John Roe": "person"}
    d = draft("President Sarkozy adviser Henri Guaino said the plan was sound.", NOV)
    assert kinds(d).get("Sarkozy") == "person"


def test_a_likelihood_or_an_expectation_undone_after():
    nov = NOV
    assert values("The Met Office said the storm was likely to weaken by Sunday.", nov) == [
        "2024-11-24"]
    assert values("He said the meeting was expected on Sunday but was cancelled.", nov) == [
        "2024-11-17"]


def test_a_word_before_news_agency_is_an_outlet():
    d = draft("North Korea's official KCNA news agency said the country would scrap the "
              "armistice.", NOV)
    assert kinds(d).get("KCNA") == "organization"
    d = draft("Iran's semi-official Fars news agency reported that the talks would resume.", NOV)
    assert kinds(d).get("Fars") == "organization"
    # a person before "newspaper" is its owner or writer, no outlet: not read so
    d = draft("The report appeared in the Kestrel daily on Monday.", NOV)
    assert "Kestrel" not in kinds(d) or kinds(d)["Kestrel"] == "organization"
    d = draft("North Korea's official KCNA news agency said the country would scrap the "
              "armistice.", NOV)
    assert set(speakers(d).values()) == {"KCNA"}


def test_a_name_ending_in_a_trade_word_is_a_company():
    d = draft("Dell said it expected earnings of 38 cents. Analysts polled by Thomson Financial "
              "expected 37 cents.", NOV)
    assert kinds(d).get("Thomson Financial") == "organization"
    # each named after a role set off by commas: a pair
    d = draft("Acme's chief executive, John Smith, and its finance chief, Jane Roe, told "
              'analysts that demand was "stabilizing."', NOV)
    assert set(speakers(d).values()) == {None}


def test_whom_one_tells_after_an_aside_is_no_speaker():
    for s in ('The company\'s finance chief, who joined in May, told analysts that demand was '
              '"stabilizing."',
              'A spokeswoman, speaking on condition of anonymity, told Reuters that the talks had '
              '"collapsed."'):
        d = draft(s, NOV)
        assert not set(speakers(d).values()) & {"analysts", "Reuters"}, s
    # after a quote, as before
    d = draft('"The talks have collapsed," said Jane Roe, a spokeswoman.', NOV)
    assert set(speakers(d).values()) == {"Jane Roe"}


def test_the_words_an_outlet_quotes_an_unnamed_person_saying_are_not_the_outlets():
    d = draft("North Korea's official KCNA news agency said the country would scrap the "
              'armistice. "The DPRK will take all necessary countermeasures," the agency quoted '
              "a foreign ministry spokesman as saying.", NOV)
    said = speakers(d)
    assert said.get("The DPRK will take all necessary countermeasures") is None


def test_continued_next_to_a_quote_is_a_frame():
    d = draft('Jane Roe spoke at the opening. "We will rebuild the town," Roe continued. "It will '
              'take years."', NOV)
    assert speakers(d) == {"We will rebuild the town": "Jane Roe", "It will take years": "Jane Roe"}
    d = draft('Jane Roe spoke at the opening on Monday. She continued: "We will rebuild the town '
              'from the ground up."', NOV)
    assert set(speakers(d).values()) == {"Jane Roe"}
    d = draft('Jane Roe spoke at the opening. "We will rebuild the town from the ground up," she '
              "continued.", NOV)
    assert set(speakers(d).values()) == {"Jane Roe"}
    # "continued" with no quote next to it is no saying
    d = draft("Jane Roe continued to lead the company after the merger.", NOV)
    assert speakers(d) == {}


def test_a_month_of_a_report_to_be_released_is_the_month_just_over():
    apr = dt.date(2009, 4, 1)
    assert values("The Labor Department will release its March employment report on Friday.",
                  apr) == ["2009-03", "2009-04-03"]
    assert values("The Labor Department will release its March jobs report.", apr) == ["2009-03"]
    # a month ahead of its noun that is no report: as before
    assert values("The company will hold its June meeting in Paris.", apr) == ["2009-06"]


def test_a_name_that_polls_or_compiles_is_a_company():
    for s in ("Economists polled by Thomson Reuters expect a loss of 654,000 jobs.",
              "Analysts surveyed by Kestrel Lindqvist expect a loss.",
              "Data compiled by Jolly Rogers show a rise."):
        d = draft(s, NOV)
        assert "person" not in kinds(d).values(), s


def test_short_regular_past_forms_are_past():
    may = dt.date(2010, 5, 17)
    assert values("Dennis Hopper died on May 29.", may) == ["2009-05-29"]
    assert values("The two teams tied on May 29.", may) == ["2009-05-29"]


def test_a_broadcaster_named_by_its_trade_is_no_person():
    d = draft('"It was a fantastic season," Chelsea captain John Terry told Sky Sports after the '
              "match.", NOV)
    assert kinds(d).get("Sky Sports") != "person"


def test_a_place_and_a_party_member_noun_is_no_person():
    d = draft("Senate Majority Leader Harry Reid, a Nevada Democrat, said he looked forward to "
              "working with Republicans. House Speaker John Boehner, an Ohio Republican, said "
              "the House would remain in Republican hands.", NOV)
    assert {n for n, k in kinds(d).items() if k == "person"} == {"Harry Reid", "John Boehner"}
    d = draft("Republican Senator John Doe said the bill would fail.", NOV)
    assert kinds(d).get("John Doe") == "person"
