"""Round 26 (DRAFTING.md, "Round 26"): general shapes of unseen wire copy, invented sentences
in the shapes of GM-era wire stories and nearby shapes that must not change: a quarter in a
future seen from a past saying, a "with" clause in a future sentence, "he" after two people
together, spans with a bare dash, companies named short, "quoted him as saying", lone
surnames, unnamed analysts, a pull quote's credit line."""

import datetime as dt

from conftest import draft, speakers

from generator.draft.sentences import split

JUNE_1 = dt.date(2009, 6, 1)  # a Monday
NOV_12 = dt.date(2008, 11, 12)
DEC_19 = dt.date(2008, 12, 19)


def _dates(text, published):
    return [t["date"] for t in draft(text, published=published).data["timeline"]]


# --------------------------------------------- a quarter in a future seen from a past saying


def test_a_quarter_expected_after_the_saying_is_the_coming_one():
    # was the third quarter of 2008, a year before the saying
    text = (
        "Hummer will be sold to an unnamed buyer, GM said Monday, adding that it expected to "
        "complete the sale by the end of the third quarter."
    )
    assert _dates(text, JUNE_1) == ["2009-06-01", "2009-07/2009-09"]
    assert _dates("GM said it expected to finish the work in the third quarter.", JUNE_1) == [
        "2009-07/2009-09"
    ]


def test_a_quarter_expected_after_a_dated_saying_is_left_out():
    # "in March" may date the saying: from which March? (was 2008's third quarter)
    text = "GM said in March it expected to finish the work by the third quarter."
    assert _dates(text, JUNE_1) == ["2009-03"]


def test_a_quarter_expected_when_it_has_just_ended_is_left_out():
    # told in November: the third quarter just over (said weeks ago) or the next one
    assert _dates("GM said it expected to finish the sale in the third quarter.", NOV_12) == []


def test_quarters_of_other_shapes_are_unchanged():
    assert _dates("GM said it expects to complete the sale by the third quarter.", JUNE_1) == [
        "2009-07/2009-09"
    ]
    assert _dates("GM said sales fell 20 percent in the first quarter.", JUNE_1) == [
        "2009-01/2009-03"
    ]
    # the figures of a quarter are reported after it: the quarter over
    assert _dates("GM said it would report third-quarter results on Friday.", NOV_12) == [
        "2008-07/2008-09",
        "2008-11-14",
    ]
    assert _dates("GM said it expected to finish by the third quarter of 2010.", JUNE_1) == [
        "2010-07/2010-09"
    ]
    assert _dates("GM said it was going to reopen the plant in the third quarter.", JUNE_1) == [
        "2009-07/2009-09"
    ]


# --------------------------------------------------- a "with" clause in a future sentence


def test_a_month_in_a_with_clause_takes_the_future_of_its_sentence():
    # were February and January of 2008, ten months before publication
    assert _dates("GM will get $13.4 billion, with $4 billion available in February.", DEC_19) == [
        "2009-02"
    ]
    assert _dates("GM will cut 2,000 jobs, with most of the cuts coming in January.", DEC_19) == [
        "2009-01"
    ]
    text = "The plant will close, with production ending in March, the company said."
    assert _dates(text, DEC_19) == ["2009-03"]


def test_a_with_clause_in_the_past_or_with_its_own_past_is_unchanged():
    assert _dates("GM cut 2,000 jobs, with most of the cuts coming in January.", DEC_19) == [
        "2008-01"
    ]
    assert _dates("GM will close the plant, with the deal signed in January.", DEC_19) == [
        "2008-01"
    ]


# ------------------------------------------------------------ "he" after two people together


def test_he_after_two_men_as_one_subject_is_no_one():
    # was Ron Gettelfinger's, the first named
    for text in (
        'Ron Gettelfinger and Rick Wagoner met on Tuesday. "We are close," he said.',
        "Ron Gettelfinger, the UAW president, and Rick Wagoner, GM's chief executive, met on "
        'Tuesday. "We are close," he said.',
    ):
        assert "We are close" not in speakers(draft(text))
    text = "Ron Gettelfinger and Rick Wagoner met on Tuesday. He said the talks were close."
    assert "He said the talks were close." not in speakers(draft(text))


def test_he_after_two_men_who_each_said_something_is_no_one():
    # was Rick Wagoner's, the sentence's claim's speaker, though Gettelfinger spoke last
    text = (
        "Rick Wagoner said GM had enough cash, and Ron Gettelfinger said the union would help. "
        '"We are close," he said.'
    )
    assert "We are close" not in speakers(draft(text))


def test_he_after_one_subject_or_a_man_and_a_woman_is_unchanged():
    cases = [
        ('Rick Wagoner met Ron Gettelfinger on Tuesday. "We are close," he said.', "Rick Wagoner"),
        (
            'Ron Gettelfinger and Jennifer Granholm met on Tuesday. "We are close," he said.',
            "Ron Gettelfinger",
        ),
        (
            'Rick Wagoner said GM had enough cash. Ron Gettelfinger said the union would help. '
            '"We are close," he said.',
            "Ron Gettelfinger",
        ),
        (
            'Rick Wagoner told Ron Gettelfinger that GM had enough cash. "We are close," he said.',
            "Rick Wagoner",
        ),
    ]
    for text, who in cases:
        assert speakers(draft(text))["We are close"] == who
    # one of the two speaks by name: "he" is the one who spoke last
    text = (
        'Ron Gettelfinger and Rick Wagoner met on Tuesday. "We are close," Wagoner said. '
        '"We will meet again," he said.'
    )
    assert speakers(draft(text))["We will meet again"] == "Rick Wagoner"


# ------------------------------------------------------- a span of days with a bare dash


def test_a_month_after_a_dash_ends_no_sentence():
    # was cut after "Jan.": "Production will be halted Dec. 22-Jan." / "19."
    assert split("Production will be halted Dec. 22-Jan. 19. It will resume later.") == [
        "Production will be halted Dec. 22-Jan. 19.",
        "It will resume later.",
    ]
    assert split("The show runs Nov. 28–Dec. 3 in Paris.") == ["The show runs Nov. 28–Dec. 3 in Paris."]


def test_an_abbreviation_after_a_dash_ends_a_sentence_as_before():
    assert split("The anti-U.S. protests grew. Then it ended.") == [
        "The anti-U.S. protests grew.",
        "Then it ended.",
    ]
    assert split("He is well-known. Then he left.") == ["He is well-known.", "Then he left."]


def test_days_of_two_months_joined_by_a_bare_dash_are_one_span():
    # was two entries, Dec. 22 and Jan. 19, each a day
    assert _dates("Production will be halted Dec. 22-Jan. 19.", NOV_12) == ["2008-12-22/2009-01-19"]
    assert _dates("The plant will be idle Dec. 22–Jan. 5, 2009.", NOV_12) == ["2008-12-22/2009-01-05"]
    pub = dt.date(2009, 1, 10)
    assert _dates("Production was halted Dec. 22-Jan. 5 at most plants.", pub) == [
        "2008-12-22/2009-01-05"
    ]


def test_spans_with_spaces_or_words_are_unchanged():
    assert _dates("Production will be halted from Dec. 22 to Jan. 19.", NOV_12) == [
        "2008-12-22/2009-01-19"
    ]
    assert _dates("The plant will be idle Dec. 22 - Jan. 19.", NOV_12) == ["2008-12-22/2009-01-19"]
    assert _dates("The plant was idle Oct. 3-5.", NOV_12) == ["2008-10-03/2008-10-05"]


# ------------------------------------------------------------------ companies named short


def _names(text):
    return sorted(a["name"] for a in draft(text).data["actors"])


def test_a_first_word_after_a_company_with_a_legal_form_is_that_company():
    # was two actors, "Magna" and "Magna International Inc."
    d = draft("Magna International Inc. has bid for Opel. Magna said it would invest.")
    assert [a["name"] for a in d.data["actors"]] == ["Magna International Inc."]
    assert speakers(d) == {"Magna said it would invest.": "Magna International Inc."}
    assert _names("Visteon Corp said it would close a plant. Visteon said it employs 500.") == [
        "Visteon Corp"
    ]


def test_first_words_of_other_names_are_unchanged():
    assert _names("Magna International has bid for Opel. Magna said it would invest.") == [
        "Magna International"
    ]
    # a unit of a body, and two names that share the word
    assert _names("The Ford Foundation gave $1 million. Ford said sales fell.") == [
        "Ford",
        "Ford Foundation",
    ]


def test_an_arm_of_a_listed_company_is_the_company():
    # was two actors, "Barclays" and "Barclays Capital"
    text = (
        "Barclays Capital analyst Brian Johnson said GM could run out of cash. "
        "Barclays said sales would fall."
    )
    d = draft(text)
    barclays = next(a for a in d.data["actors"] if a["name"] == "Barclays")
    assert barclays["aliases"] == ["Barclays Capital"]
    assert _names(text) == ["Barclays", "Brian Johnson", "GM"]


def test_an_arm_alone_or_of_an_unlisted_company_is_unchanged():
    assert _names("Analysts at Barclays Capital said sales would fall.") == ["Barclays Capital"]
    assert _names("Acme Capital said it would invest. Acme said the deal was good.") == [
        "Acme Capital"
    ]


def test_first_before_one_word_opens_a_company_name():
    # was "Solar" and "Data"
    assert _names("Shares of First Solar rose 5 percent.") == ["First Solar"]
    assert _names("First Solar said its profit rose.") == ["First Solar"]
    assert _names("Shares of First Data and First Solar fell.") == ["First Data", "First Solar"]


def test_first_before_a_title_a_people_or_after_the_is_unchanged():
    assert _names("First Lady Michelle Obama visited the plant.") == ["Michelle Obama"]
    assert _names("The First Amendment protects speech, the court said.") == []
    assert _names("First Nations leaders met on Tuesday.") == []
    assert _names("The store on First Avenue closed on Tuesday.") == []
    assert _names("First, Smith said the plant would close.") == ["Smith"]


def test_the_globe_and_mail_is_one_newspaper():
    # was "Mail"
    d = draft("The Globe and Mail reported that the plant would close.")
    assert speakers(d) == {
        "The Globe and Mail reported that the plant would close.": "The Globe and Mail"
    }
    assert _names("The Mail said the plant would close.") == ["Mail"]


# --------------------------------------------------------- "quoted him as saying", lone surnames


def test_quoted_him_as_saying_is_the_man_named_before():
    # was no claim
    d = draft(
        'Rick Wagoner met with lawmakers. The Detroit News quoted him as saying, "We will not '
        'give up."'
    )
    assert speakers(d)["We will not give up"] == "Rick Wagoner"
    d = draft(
        'Jennifer Granholm met with Rick Wagoner. The Detroit News quoted her as saying, "We '
        'will not give up."'
    )
    assert speakers(d)["We will not give up"] == "Jennifer Granholm"


def test_quoted_him_after_two_men_or_quoted_them_is_no_one():
    d = draft(
        "Ron Gettelfinger and Rick Wagoner met on Tuesday. The Detroit News quoted him as "
        'saying, "We are close."'
    )
    assert "We are close" not in speakers(d)
    d = draft('GM met with lawmakers. The Detroit News quoted them as saying, "We will not give up."')
    assert "We will not give up" not in speakers(d)


def _kinds(text):
    return {a["name"]: a["kind"] for a in draft(text).data["actors"]}


def test_a_lone_name_with_a_persons_office_in_apposition_is_a_person():
    # were no actor and an organization
    assert _kinds("Gettelfinger, the UAW's president, said the deal was good.") == {
        "Gettelfinger": "person",
        "UAW": "organization",
    }
    assert _kinds("Henderson, GM's president, said the deal was good.")["Henderson"] == "person"
    assert _kinds("Smith, the company's chief executive, said the deal was good.") == {
        "Smith": "person"
    }


def test_a_lone_name_with_a_bodys_apposition_or_before_an_office_and_a_name_is_unchanged():
    assert _kinds("Opel, GM's European unit, said it would cut jobs. Opel said it was needed.")[
        "Opel"
    ] == "organization"
    text = (
        "Two of the missiles struck a thermal power plant near the port of Chornomorsk, the "
        "regional governor, Serhiy Lysenko, said. Repairs at the Chornomorsk plant will take weeks."
    )
    assert "Chornomorsk" not in _kinds(text)


# ------------------------------------------------------------------ what someone is, no one


def test_a_name_only_after_is_a_is_no_person():
    # was a person "Libertarian Socialist"
    text = "Chomsky was one of the first opponents of the war, and is a self-described Libertarian Socialist."
    assert "Libertarian Socialist" not in _kinds(text)
    assert "Northern Democrat" not in _kinds("Smith is a lifelong Northern Democrat and a former mayor.")


def test_a_persons_name_after_is_a_or_named_elsewhere_is_unchanged():
    assert _kinds("The winner was a Jane Roe of Ohio.") == {"Jane Roe": "person"}
    text = "Alex Hale is a former mayor. The winner was a Alex Hale, the paper said."
    assert _kinds(text)["Alex Hale"] == "person"


# ------------------------------------------------------------- a pull quote's own credit line

_PULL = (
    "Writing in a blog post, Matthew Ingram of The Globe and Mail dubbed the conflict: "
    '"Scientology vs. the Internet, part XVII". He characterized it as "another small skirmish '
    'in a war."\n\n{}\n\nOne poster admitted to being a part of the effort.'
)


def test_a_pull_quote_credited_to_someone_unknown_is_not_the_last_speakers():
    # was Matthew Ingram's, the speaker of the paragraph before (and so was the post's title)
    d = draft(
        _PULL.format(
            '"Prompted I think by the Tom Cruise video, a new obsession is taking hold." '
            'Anonymous blogger, "Anon declares war on Church of Scientology"'
        )
    )
    said = speakers(d)
    assert not any(q.startswith("Prompted") for q in said)
    assert "Anon declares war on Church of Scientology" not in said
    d = draft(_PULL.format('"Prompted I think by the Tom Cruise video, a new obsession." Anonymous blogger'))
    assert not any(q.startswith("Prompted") for q in speakers(d))


def test_a_pull_quote_credited_to_a_known_person_or_followed_by_a_sentence_is_unchanged():
    for rest in ("Matthew Ingram", "", "That is the point.", "He added that it was a war."):
        text = f'"Prompted I think by the Tom Cruise video, a new obsession is taking hold." {rest}'
        said = speakers(draft(_PULL.format(text.strip())))
        assert said["Prompted I think by the Tom Cruise video, a new obsession is taking hold"] == (
            "Matthew Ingram"
        ), rest


# ----------------------------------------------------------- an unnamed analyst or dealer


def test_an_unnamed_analyst_or_dealer_is_the_speaker():
    # were no claim
    assert speakers(draft('"It\'s a disaster," one dealer said.')) == {"It's a disaster": "one dealer"}
    assert speakers(draft('"It\'s a disaster," an analyst said.')) == {"It's a disaster": "analyst"}
    d = draft("Another analyst said the plant was a disaster.")
    assert speakers(d) == {"Another analyst said the plant was a disaster.": "another analyst"}


def test_the_analyst_or_the_dealer_is_still_the_one_named_before():
    text = (
        "Jim Smith, a Chevrolet dealer in Ohio, said sales were down. "
        '"It\'s a disaster," the dealer said.'
    )
    assert speakers(draft(text))["It's a disaster"] == "Jim Smith"
    text = (
        "Rod Lache, an analyst at Deutsche Bank, said GM was in trouble. "
        '"They are running out of time," the analyst said.'
    )
    assert speakers(draft(text))["They are running out of time"] == "Rod Lache"
    # an executive may be the chief executive named before: no one new
    text = 'GM\'s chief executive, Rick Wagoner, met investors. "We will survive," the executive said.'
    assert "We will survive" not in speakers(draft(text))
    # "analysts at Barclays Capital": unnamed by design, as before
    assert speakers(draft("An analyst at Barclays Capital said GM could run out of cash.")) == {}


# ------------------------------------------------ a lone name that speaks, then "he" speaks


def test_a_lone_name_that_speaks_before_he_speaks_is_a_person():
    # was an organization, and the next claim no one's
    d = draft("Henderson said the deal was good. He added that GM would survive.")
    assert _kinds("Henderson said the deal was good. He added that GM would survive.")[
        "Henderson"
    ] == "person"
    assert speakers(d)["He added that GM would survive."] == "Henderson"
    d = draft('"The deal is good," Henderson said. "We will survive," he added.')
    assert speakers(d)["We will survive"] == "Henderson"


def test_a_lone_name_that_speaks_before_it_speaks_is_unchanged():
    assert _kinds("Zentrix said it would cut jobs. It added that the cuts were needed.")[
        "Zentrix"
    ] == "organization"
    assert _kinds("Zentrix said it would cut jobs. The cuts were needed, he said.").get(
        "Zentrix"
    ) == "organization"


def test_models_of_more_car_brands_are_no_actors():
    # was an organization "Oldsmobile Cutlass"
    assert _names("The Oldsmobile Cutlass and the Isuzu Trooper were recalled.") == []
    # brands that are also names or words stay out of the list (round 21)
    assert _names("The Saturn Ion was recalled.") == ["Saturn Ion"]
    assert _names("Isuzu Motors Ltd. said it would stop selling cars.") == ["Isuzu Motors Ltd."]


def test_he_after_a_man_who_reports_what_another_said_is_unchanged():
    # the other man's words are inside the first one's: not two speakers of their own
    text = (
        "Rick Wagoner said Senator Bob Corker had asked him to resign. "
        '"I think it\'s time," he said.'
    )
    assert speakers(draft(text))["I think it's time"] == "Rick Wagoner"
