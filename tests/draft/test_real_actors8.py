"""Real text, round 7: actors (issue 10, branch `actors6`) -- name suffixes, a company that
keeps its short name against a person's surname, a currency that stops a name, one-letter
words (generator/draft/names.py, actors.py, lonenames.py)."""

from conftest import draft, speakers


def kinds(d):
    return {a["name"]: a["kind"] for a in d.data["actors"]}


def names(d):
    return {a["name"]: set(a.get("aliases") or []) for a in d.data["actors"]}


def test_name_suffix_after_a_comma_ends_the_persons_name():
    d = draft(
        "The plan is the work of the company's chief executive, William Clay Ford, Jr., "
        "who announced it on Monday."
    )
    assert kinds(d) == {"William Clay Ford Jr.": "person"}


def test_name_suffix_keeps_the_person_and_the_surname_joins_them():
    d = draft(
        "Martin Luther King Jr. spoke at the rally. "
        '"I have a dream," King said. John Smith Jr. and Queen Elizabeth II listened.'
    )
    assert kinds(d) == {
        "Martin Luther King Jr.": "person",
        "John Smith Jr.": "person",
        "Elizabeth II": "person",
    }
    assert set(speakers(d).values()) == {"Martin Luther King Jr."}


def test_title_word_as_surname_after_two_given_names():
    d = draft("Martin Luther King spoke at the rally on Monday.")
    assert kinds(d) == {"Martin Luther King": "person"}


def test_company_named_before_a_person_keeps_its_short_name():
    d = draft(
        "The Ford Motor Company will cut 30,000 jobs. Its chief executive, William Clay Ford "
        "Jr., presented the plan. Ford lost $1.6 billion last year."
    )
    assert names(d)["Ford Motor Company"] == {"Ford"}
    assert names(d)["William Clay Ford Jr."] == set()


def test_person_named_before_a_company_keeps_the_surname():
    d = draft(
        "William Clay Ford Jr. presented the plan. The Ford Motor Company agreed. "
        '"We will win," Ford said.'
    )
    assert "Ford" in names(d)["William Clay Ford Jr."]
    assert speakers(d)["We will win"] == "William Clay Ford Jr."


def test_currency_after_for_ends_a_company_name():
    d = draft(
        "DaimlerChrysler sold the group to private equity firm Cerberus Capital Management "
        "for US$7.4 billion on Monday."
    )
    assert "Cerberus Capital Management" in kinds(d)
    assert not any("for US" in n for n in kinds(d))


def test_letter_of_the_alphabet_is_no_actor():
    d = draft("Mulally said naming all their cars with the letter F was a lackluster move.")
    assert "F" not in kinds(d)


def test_one_letter_name_that_speaks_is_an_actor():
    d = draft("X, the social network formerly known as Twitter, said it would appeal. X sued.")
    assert "X" in kinds(d)


def test_legislative_chamber_by_its_one_word_is_an_actor():
    d = draft(
        "A plan to bail out the carmakers failed to pass the Senate this week, "
        "the White House said."
    )
    assert kinds(d)["Senate"] == "organization"


def test_house_by_itself_is_a_chamber_only_beside_another():
    d = draft("The bill passed the House on Tuesday and now goes to the Senate.")
    assert kinds(d) == {"House": "organization", "Senate": "organization"}
    d = draft("The family moved into the House on the hill, neighbours said.")
    assert "House" not in kinds(d)


def test_house_of_representatives_is_one_body_and_the_house_is_it():
    d = draft(
        "The House of Representatives passed the bill on Monday. "
        "The House will vote again next week."
    )
    assert names(d) == {"House of Representatives": {"House"}}


def test_company_acronym_or_name_before_a_region_is_its_unit():
    d = draft(
        "Germany sold its stake in GM Europe. EADS North America lost the bid. "
        "Toyota Australia said it would close its plant."
    )
    assert kinds(d) == {
        "Germany": "country",
        "GM Europe": "organization",
        "EADS North America": "organization",
        "Toyota Australia": "organization",
    }


def test_country_before_a_region_is_no_unit():
    d = draft("Ties between the US and Europe improved, EU officials said.")
    assert not any(" Europe" in n for n in kinds(d))


def test_common_words_after_a_titles_company_name_its_unit():
    d = draft(
        "Scott Carson, president and CEO of Boeing Commercial Airplanes, said, "
        '"This has been a wonderful day for all of us."'
    )
    assert kinds(d) == {"Scott Carson": "person", "Boeing Commercial Airplanes": "organization"}
    assert set(speakers(d).values()) == {"Scott Carson"}


def test_person_after_a_titles_body_is_still_the_person():
    d = draft("Governor of the Bank of England Andrew Bailey said rates would stay.")
    assert kinds(d)["Andrew Bailey"] == "person"


def test_agency_name_with_an_index_number_is_the_index():
    d = draft("The S&P 500 lost 4.7% and the Russell 2000 fell 3%, traders said.")
    assert "Standard & Poor's" not in kinds(d)
    d = draft("Standard & Poor's cut its rating of 500 companies. S&P said more cuts may come.")
    assert kinds(d)["Standard & Poor's"] == "organization"


def test_makers_short_name_and_a_model_word_is_a_product():
    d = draft(
        "Ford Motor Company CEO Alan Mulally said Ford will revive old names. "
        "The Ford Taurus was introduced in 1986. Toyota said the Toyota Prius sold well."
    )
    assert kinds(d) == {
        "Ford Motor Company": "organization",
        "Alan Mulally": "person",
        "Toyota": "organization",
    }


def test_makers_name_and_a_unit_word_stays_an_actor():
    d = draft("BBC News reported the attack. The BBC said it had checked.")
    assert "BBC News" in kinds(d)


def test_plural_head_before_of_opens_a_bodys_name():
    d = draft("The trial began at the Royal Courts of Justice on Wednesday, lawyers said.")
    assert kinds(d)["Royal Courts of Justice"] == "organization"


def test_name_does_not_run_across_a_connector_into_a_code():
    d = draft("The shuttle flew from Kennedy Space Center on STS-1 in 1981.")
    assert not any("STS" in n for n in kinds(d))


def test_and_between_region_adjectives_stays_in_a_long_office_title():
    d = draft(
        "Deputy Assistant Secretary of State for European and Eurasian Affairs Jane Doe met "
        'officials on Monday. "We made progress," Doe said.'
    )
    assert kinds(d) == {"Jane Doe": "person"}
    assert set(speakers(d).values()) == {"Jane Doe"}


def test_office_nouns_after_of_end_the_title_not_open_the_name():
    d = draft(
        "Minister of Foreign Affairs Ivica Dacic and Prime Minister Ana Brnabic met. "
        "Secretary of Homeland Security Alejandro Mayorkas agreed."
    )
    assert kinds(d) == {
        "Ivica Dacic": "person",
        "Ana Brnabic": "person",
        "Alejandro Mayorkas": "person",
    }


def test_three_word_name_after_an_office_keeps_its_words():
    d = draft("Minister of Justice Mary Ann Smith met them on Monday.")
    assert kinds(d) == {"Mary Ann Smith": "person"}


def test_member_is_a_title_before_a_full_name():
    d = draft(
        "Ranking Member Mike Crapo questioned the nominee. Council Member Jane Roe objected."
    )
    assert kinds(d) == {"Mike Crapo": "person", "Jane Roe": "person"}


def test_member_states_are_no_person():
    d = draft("The European Union's Member States agreed. EU Member States signed.")
    assert kinds(d) == {"European Union": "organization"}


def test_given_name_and_its_short_form_with_one_surname_are_one_person():
    d = draft(
        "Lawrence Lessig spoke on Monday. Larry Lessig, as readers know him, "
        "wrote the book. Bill Smith and Sarah Smith agreed."
    )
    assert names(d)["Lawrence Lessig"] == {"Larry Lessig"}
    assert {"Bill Smith", "Sarah Smith"} <= set(names(d))


def test_two_name_words_joined_by_ampersand_are_a_company():
    d = draft(
        "Shares in Royal Bank of Scotland and Bradford & Bingley fell on Monday. "
        "Procter & Gamble said sales rose."
    )
    assert kinds(d) == {
        "Royal Bank of Scotland": "organization",
        "Bradford & Bingley": "organization",
        "Procter & Gamble": "organization",
    }


def test_names_joined_by_ampersand_in_a_credit_are_no_company():
    d = draft("The exhibit opened on Monday at the museum. Video: Jane Roe & John Poe.")
    assert not any("&" in n for n in kinds(d))


def test_name_coordinated_with_a_model_before_a_product_noun_is_a_product():
    d = draft("The tankers replace existing Lockheed Tristar and Vickers VC-10 aircraft, the RAF said.")
    assert "Lockheed Tristar" not in kinds(d)


def test_name_suffix_ends_the_name_before_of():
    d = draft(
        "Assistant Attorney General Kenneth A. Polite Jr. of the Justice Department's "
        "Criminal Division made the announcement."
    )
    assert kinds(d) == {
        "Kenneth A. Polite Jr.": "person",
        "Department of Justice": "organization",
        "Criminal Division": "organization",
    }


def test_country_before_a_body_named_with_and_keeps_the_body_whole():
    d = draft("The U.S. Fish and Wildlife Service will manage the site, officials said.")
    assert "U.S. Fish and Wildlife Service" in kinds(d)


def test_company_named_with_and_before_its_legal_form_is_one():
    d = draft("Airbus SAS, a unit of European Aeronautic Defence and Space Co., won orders.")
    assert "European Aeronautic Defence and Space Co." in kinds(d)
    assert "Space Co." not in kinds(d)


def test_business_head_before_a_title_names_the_company_too():
    d = draft(
        "Emirates Airline President Tim Clark said the carrier would buy more. "
        "Rolls-Royce Group Plc supplies the engines."
    )
    assert kinds(d) == {
        "Emirates Airline": "organization",
        "Tim Clark": "person",
        "Rolls-Royce Group Plc": "organization",
    }


def test_analysts_at_a_name_make_it_a_company():
    d = draft("Analysts at Piper Jaffray said sales could reach 10 million units.")
    assert kinds(d) == {"Piper Jaffray": "organization"}


def test_name_whose_price_moves_is_a_company():
    d = draft(
        "Exxon Mobil rose. Home Depot fell 3 percent, and Best Buy gained 2.5%. "
        "John Smith rose to speak. Jane Doe fell ill."
    )
    assert kinds(d) == {
        "Exxon Mobil": "organization",
        "Home Depot": "organization",
        "Best Buy": "organization",
        "John Smith": "person",
        "Jane Doe": "person",
    }


def test_exchange_name_moving_by_percent_is_the_index():
    d = draft("The Nasdaq fell 2 percent on Monday. Nasdaq OMX Group said volume was heavy.")
    assert kinds(d) == {"Nasdaq OMX Group": "organization"}
    d = draft("The Nasdaq said it would list the shares on Monday.")
    assert kinds(d) == {"Nasdaq": "organization"}


def test_one_word_names_after_shares_of_are_companies():
    d = draft("Investors bought shares of Monsanto and Deere on Monday. It bought a stake in Saab.")
    assert kinds(d) == {"Monsanto": "organization", "Deere": "organization", "Saab": "organization"}


def test_one_word_name_after_employee_of_is_an_employer():
    d = draft("The ABC reported that the man was a former employee of Qantas.")
    assert kinds(d)["Qantas"] == "organization"


def test_club_names_ending_in_united_or_wanderers_are_organizations():
    d = draft("Manchester United beat Chelsea 2-1 on Sunday. Bolton Wanderers lost.")
    assert kinds(d) == {"Manchester United": "organization", "Bolton Wanderers": "organization"}


def test_one_word_listed_with_a_known_company_is_a_company():
    d = draft("Intel, Micron and Qualcomm announced new investments on Monday.")
    assert kinds(d) == {"Intel": "organization", "Micron": "organization", "Qualcomm": "organization"}


def test_first_word_of_a_two_word_company_is_that_company():
    d = draft(
        "The contract was fought for between Boeing and Lockheed Martin, "
        "Lockheed ultimately winning it."
    )
    assert names(d)["Lockheed Martin"] == {"Lockheed"}


def test_first_word_of_a_unit_or_after_a_place_word_is_not_merged():
    d = draft("Ford Australia will close its plant. Ford said it would keep its design centre.")
    assert "Ford" not in names(d)["Ford Australia"]


def test_peerage_titles_before_a_surname():
    d = draft("Baroness Thatcher was absent on Monday. Duke Energy said profits rose.")
    assert kinds(d)["Thatcher"] == "person"
    assert "Energy" not in kinds(d)


def test_known_leaders_surname_after_another_given_name_is_a_relative():
    d = draft(
        "Ivanka Trump agreed on Monday. Hunter Biden and Jill Biden attended. "
        '"Education matters," Michelle Obama said. President Trump spoke. Mr. Biden said more.'
    )
    assert kinds(d) == {
        "Ivanka Trump": "person",
        "Hunter Biden": "person",
        "Jill Biden": "person",
        "Michelle Obama": "person",
        "Donald Trump": "person",
        "Joe Biden": "person",
    }
    assert speakers(d)["Education matters"] == "Michelle Obama"


def test_known_leaders_name_with_a_suffix_is_another_person_unless_titled():
    d = draft("Donald Trump Jr. said the trip went well. President Trump spoke.")
    assert kinds(d) == {"Donald Trump Jr.": "person", "Donald Trump": "person"}
    d = draft("President Joseph R. Biden, Jr. welcomed the delegation on Monday.")
    assert kinds(d) == {"Joe Biden": "person"}


def test_full_names_with_other_middle_initials_are_two_persons():
    d = draft(
        "George H. W. Bush and his son George W. Bush met on Monday. "
        "Janet L. Yellen spoke. Janet Yellen left."
    )
    assert kinds(d) == {
        "George H. W. Bush": "person",
        "George W. Bush": "person",
        "Janet Yellen": "person",
    }


def test_given_name_and_a_head_word_with_a_persons_office_after_is_a_person():
    d = draft(
        '"This is a difficult day for us," said Jim Press, the Vice Chairman of Chrysler. '
        "Jim Press said more. The Associated Press, the news agency, reported it."
    )
    assert kinds(d)["Jim Press"] == "person"
    assert kinds(d)["Associated Press"] == "organization"


def test_honorific_without_a_period_before_a_surname_is_a_person():
    d = draft("Ms Bauchtman said the food supply was fine. Mr Smith agreed.")
    assert kinds(d) == {"Bauchtman": "person", "Smith": "person"}
    d = draft("Inês Carvalho marched. Ms Carvalho, 34, told the BBC she had moved three times.")
    assert speakers(d)["Ms Carvalho, 34, told the BBC she had moved three times."] == "Inês Carvalho"


def test_legal_form_after_a_comma_ends_the_company_name():
    d = draft(
        "Acme Widgets, Inc. said profits rose. Shenzhen Tianhe Aero Parts Co., Ltd. was "
        "designated. Apple, Inc. agreed."
    )
    assert names(d) == {
        "Acme Widgets Inc.": {"Acme Widgets, Inc."},
        "Shenzhen Tianhe Aero Parts Co. Ltd.": {"Shenzhen Tianhe Aero Parts Co., Ltd."},
        "Apple Inc.": {"Apple, Inc."},
    }


def test_part_of_a_known_persons_own_name_before_the_surname_keeps_the_person():
    d = draft("Turkish leader Tayyip Erdogan spoke on Monday. Ivanka Trump agreed.")
    assert kinds(d) == {"Recep Tayyip Erdogan": "person", "Ivanka Trump": "person"}
