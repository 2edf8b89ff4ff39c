"""Real text, round 6 (issue 10): actors in wire text -- kinds, products, indices, companies
(generator/draft/lonenames.py, names.py, actors.py, lexicon.py, gazetteer.py)."""

from conftest import draft


def kinds(d):
    return {a["name"]: a["kind"] for a in d.data["actors"]}


def test_who_with_a_verb_whose_past_is_its_present_keeps_a_one_word_name_a_person():
    d = draft("Eva, who set up the charity, said it was home. Tom, who put the money in, agreed.")
    k = kinds(d)
    assert k["Eva"] == "person"
    assert k["Tom"] == "person"


def test_agency_acronym_before_record_outside_sport_is_still_the_agency():
    d = draft("The SEC record fine against the bank was $5 billion, the regulator said on Monday.")
    assert "Securities and Exchange Commission" in kinds(d)


def test_agency_acronym_before_record_in_a_sport_sentence_is_no_agency():
    d = draft("Florida set an SEC record in football on Saturday, its coach said.")
    assert "Securities and Exchange Commission" not in kinds(d)


def test_stock_index_is_no_actor():
    d = draft(
        "The Dow Jones Industrial Average rose 2.6 percent on Monday, the Nasdaq Composite fell, "
        "the FTSE 100 and the Nikkei 225 index were flat and the Dow Jones rose later, traders said."
    )
    assert kinds(d) == {}


def test_index_company_keeps_its_legal_name():
    d = draft("Dow Jones & Co. said on Monday that its profit rose in the first quarter.")
    assert kinds(d)["Dow Jones & Company"] == "organization"


def test_rating_agencies_and_central_banks_with_possessives_are_one_body():
    d = draft(
        "Standard & Poor's cut its rating, Moody's Investors Service said it expected losses "
        "and the People's Bank of China added liquidity on Monday."
    )
    k = kinds(d)
    assert k["Standard & Poor's"] == "organization"
    assert k["Moody's Investors Service"] == "organization"
    assert k["People's Bank of China"] == "organization"
    assert "Poor" not in k and "Moody" not in k and "People" not in k


def test_well_known_company_run_on_by_a_business_word_is_another_business():
    d = draft("Barclays Capital and Nomura Securities cut their forecasts on Monday.")
    k = kinds(d)
    assert k["Barclays Capital"] == "organization"
    assert k["Nomura Securities"] == "organization"
    assert "Barclays" not in k


def test_well_known_company_with_its_legal_form_is_the_same_company():
    d = draft("HSBC Holdings Plc and Credit Suisse Group AG cut their forecasts on Monday.")
    actors = {a["name"]: a.get("aliases", []) for a in d.data["actors"]}
    assert "HSBC Holdings Plc" in actors["HSBC"]
    assert "Credit Suisse Group AG" in actors["Credit Suisse"]
    assert len(actors) == 2


def test_sentence_opener_that_opens_a_company_name_stays_in_it():
    d = draft("Analysts at First Solar Inc. cut their forecasts on Monday.")
    assert kinds(d) == {"First Solar Inc.": "organization"}


def test_european_legal_forms_make_a_company():
    d = draft("Pirelli SpA will take a stake, and Porsche Automobil Holding SE agreed on Monday.")
    k = kinds(d)
    assert k["Pirelli SpA"] == "organization"
    assert k["Porsche Automobil Holding SE"] == "organization"


def test_plural_possessive_opens_a_body_name():
    d = draft("The Women's Tennis Association and the Workers' Party agreed on Monday.")
    k = kinds(d)
    assert k["Women's Tennis Association"] == "organization"
    assert k["Workers' Party"] == "organization"
    assert "Women" not in k


def test_body_named_with_and_without_a_possessive_is_one_actor():
    d = draft(
        "Eunice Yung of New People's Party won a seat. The New People Party had fielded two "
        "candidates in the district."
    )
    names = [a["name"] for a in d.data["actors"] if a["kind"] == "organization"]
    assert len([n for n in names if n.startswith("New People")]) == 1


def test_trade_noun_before_a_two_word_name_makes_it_a_company():
    d = draft("Sales rose at electronics retailer Best Buy in May, analysts said on Monday.")
    assert kinds(d)["Best Buy"] == "organization"


def test_job_of_before_a_two_word_name_makes_it_the_employer():
    d = draft('"We expect a difficult year," said Frank Blake, chief executive of Home Depot.')
    k = kinds(d)
    assert k["Home Depot"] == "organization"
    assert k["Frank Blake"] == "person"


def test_owner_before_a_name_is_still_a_persons_role():
    d = draft("The photos show disco club owner Steve Rubell at the party in 1978.")
    assert kinds(d)["Steve Rubell"] == "person"


def test_company_named_short_after_its_full_legal_name_is_one_actor():
    d = draft("Shares of Ford Motor Co. rose 4 percent. Ford said it did not need government aid.")
    fords = [a for a in d.data["actors"] if a["name"].startswith("Ford")]
    assert len(fords) == 1 and "Ford" in fords[0]["aliases"]


def test_one_word_company_described_as_the_worlds_biggest_maker():
    d = draft("ArcelorMittal, the world's biggest steelmaker, said it would cut 9,000 jobs.")
    assert kinds(d) == {"ArcelorMittal": "organization"}


def test_one_word_company_after_in_and_described_is_no_place():
    d = draft("The fund said it had bought shares in BYD, a Chinese carmaker, on Monday.")
    assert kinds(d) == {"BYD": "organization"}


def test_commodity_opening_a_market_report_is_no_actor():
    d = draft("Gold rose on Monday while Crude fell and Treasuries gained, traders said.")
    assert kinds(d) == {}


def test_adjective_and_common_noun_named_once_are_a_topic_not_a_person():
    d = draft(
        "She studied Counseling Psychology at the state university before she moved to "
        "Ohio in 2004, and later wrote about Closing Loopholes for a local paper."
    )
    assert kinds(d) == {}


def test_given_name_with_a_common_ending_is_still_a_person():
    d = draft(
        "The plan was drafted by Lawrence Summers and backed by Sterling Williams in 2009, "
        "with Nancy Davis."
    )
    k = kinds(d)
    assert k["Lawrence Summers"] == "person"
    assert k["Sterling Williams"] == "person"
    assert k["Nancy Davis"] == "person"


def test_topic_shaped_name_named_with_a_title_is_still_a_person():
    d = draft("Professor Global Adams said on Monday that the study was flawed.")
    assert kinds(d).get("Global Adams") == "person"


def test_one_word_company_before_a_job_and_a_name_is_the_employer():
    d = draft("Fiat chief executive Sergio Marchionne said on Monday he was no longer interested.")
    k = kinds(d)
    assert k["Fiat"] == "organization"
    assert k["Sergio Marchionne"] == "person"


def test_one_word_company_after_a_plural_trade_noun():
    d = draft("Shares of suppliers Delphi and Visteon fell on Monday, traders said.")
    assert kinds(d).get("Delphi") == "organization"


def test_known_company_and_another_with_a_legal_form_are_two():
    d = draft("Honda and Hyundai Motor Co. gained market share in May, the data showed.")
    k = kinds(d)
    assert k["Honda"] == "organization"
    assert k["Hyundai"] == "organization"


def test_german_particle_zu_stays_inside_a_name():
    d = draft("Economy Minister Karl-Theodor zu Guttenberg said the deal still faced hurdles.")
    assert kinds(d) == {"Karl-Theodor zu Guttenberg": "person"}


def test_job_noun_opening_a_sentence_before_a_name_is_a_title():
    d = draft("Analyst Rod Lache of Deutsche Bank said the unit would return to profit in 2010.")
    k = kinds(d)
    assert k["Rod Lache"] == "person"
    assert "Analyst Rod Lache" not in k


def test_rating_agency_with_its_division_name_is_one_actor():
    d = draft(
        "Standard & Poor's Ratings Services placed the bank on CreditWatch. S&P analyst "
        "Robert Schulz said liquidity was adequate."
    )
    agencies = [a for a in d.data["actors"] if a["kind"] == "organization"]
    assert [a["name"] for a in agencies] == ["Standard & Poor's"]


def test_job_title_of_a_treasury_office_is_no_company_name():
    d = draft(
        '"Treasury will act," said Under Secretary of the Treasury for Terrorism and Financial '
        "Intelligence Rafael Quintanilla-Moyo on Monday."
    )
    assert kinds(d).get("Rafael Quintanilla-Moyo") == "person"


def test_groups_adjective_before_a_job_is_the_group_not_another_body():
    d = draft(
        "Yemen's Houthis said on Tuesday they would halt attacks. Houthi spokesman Yahya "
        "Qassemi told reporters in Sanaa that the truce would hold."
    )
    names = [a["name"] for a in d.data["actors"]]
    assert "Houthi" not in names and "Houthis" in names


def test_descriptive_hyphen_word_ends_a_name_before_the_person():
    d = draft(
        "Booker Prize-winner Margaret Atwood spoke on Monday, and Nobel Prize-winning "
        "economist Paul Krugman wrote a column."
    )
    assert kinds(d) == {"Margaret Atwood": "person", "Paul Krugman": "person"}


def test_bill_is_a_given_name_before_a_surname_but_not_after_a_word():
    d = draft("The Farm Bill passed on Monday. Bill Gross, a fund manager, said it was fine.")
    assert kinds(d) == {"Bill Gross": "person"}


def test_body_title_and_name_are_two_actors():
    d = draft(
        "Bank of England Governor Andrew Bailey said rates would stay low. Ministry of Defence "
        "Spokesman John Smith agreed on Monday."
    )
    k = kinds(d)
    assert k["Bank of England"] == "organization"
    assert k["Andrew Bailey"] == "person"
    assert k["Ministry of Defence"] == "organization"
    assert k["John Smith"] == "person"


def test_body_named_by_its_head_alone_keeps_its_title_words():
    d = draft("The Ministry of Foreign Affairs said on Monday that talks would resume.")
    assert kinds(d) == {"Ministry of Foreign Affairs": "organization"}


def test_title_word_that_is_a_surname_after_a_given_name():
    d = draft(
        "Governor Mervyn King said rates would stay low. Former Prime Minister John Major "
        "agreed on Monday."
    )
    k = kinds(d)
    assert k["Mervyn King"] == "person"
    assert k["John Major"] == "person"


def test_person_trade_nouns_before_a_name_keep_it_a_person():
    d = draft(
        "His rival John Smith said so on Monday. Software developer Jane Doe and publisher "
        "Jann Wenner agreed."
    )
    k = kinds(d)
    assert k["John Smith"] == "person"
    assert k["Jane Doe"] == "person"
    assert k["Jann Wenner"] == "person"


def test_management_and_associates_end_a_company_name():
    d = draft(
        "Cerberus Capital Management bought a stake on Monday, and J.D. Power and Associates "
        "said sales fell."
    )
    assert kinds(d) == {
        "Cerberus Capital Management": "organization",
        "J.D. Power and Associates": "organization",
    }


def test_body_named_by_a_list_after_of_is_one_name():
    d = draft(
        "Japan's Ministry of Economy, Trade and Industry approved the deal, and the Bureau of "
        "Population, Refugees, and Migration paid for it."
    )
    names = [a["name"] for a in d.data["actors"] if a["kind"] == "organization"]
    assert "Bureau of Population, Refugees, and Migration" in names
    assert any(n.endswith("Ministry of Economy, Trade and Industry") for n in names)
    assert "Industry" not in names and "Migration" not in names


def test_title_named_by_a_list_after_of_runs_to_the_name():
    d = draft("Minister of Economy, Trade and Industry Yukio Edano spoke on Monday.")
    assert kinds(d) == {"Yukio Edano": "person"}


def test_list_of_companies_after_a_bank_is_not_one_name():
    d = draft("The Bank of Japan, Mizuho Financial Group and Nomura Holdings agreed on Monday.")
    assert "Bank of Japan" in kinds(d)


def test_surname_shared_by_two_persons_is_no_new_organization():
    d = draft(
        "The student, Ahmed Mohamed, was arrested on Monday. His father, Mohamed El-Hassan Mohamed, "
        "spoke to reporters. Mohamed said the family would move."
    )
    k = kinds(d)
    assert "Mohamed" not in k
    assert k["Ahmed Mohamed"] == "person"


def test_two_spellings_of_one_given_name_are_one_person():
    d = draft(
        "Kristin Wilkins, a curator, opened the show on Monday. Kristen Wilkins said the "
        "photos were rare. Wilkins said more would follow."
    )
    persons = [a for a in d.data["actors"] if a["kind"] == "person"]
    assert len(persons) == 1 and "Wilkins" in persons[0]["aliases"]


def test_one_word_name_followed_by_he_or_his_is_a_person():
    d = draft("Gorbachev came to Moscow in 1990. Gorbachev said he would sign the treaty.")
    assert kinds(d).get("Gorbachev") == "person"


def test_one_word_name_before_another_persons_pronoun_stays_a_body():
    d = draft(
        "Zentrix chief executive Noel Forgeard stated that he expected sales to rise. Founder "
        "of Zentrix, Anna Berg has left her post."
    )
    assert kinds(d).get("Zentrix") == "organization"


def test_one_word_names_listed_after_a_plural_of_people_are_persons():
    d = draft("Visitors can pray to gods, such as Zeus, Hera and Athena, at the new temple.")
    k = kinds(d)
    assert k.get("Zeus") == "person" and k.get("Hera") == "person"


def test_german_article_opens_a_publication_not_a_person():
    d = draft("The magazine Der Spiegel reported on Monday that Die Zeit had agreed.")
    assert kinds(d) == {"Der Spiegel": "organization", "Die Zeit": "organization"}


def test_one_word_company_after_unit_or_subsidiary():
    d = draft("The carmaker agreed on Monday to sell its German unit Opel and its subsidiary Saab.")
    k = kinds(d)
    assert k.get("Opel") == "organization" and k.get("Saab") == "organization"
