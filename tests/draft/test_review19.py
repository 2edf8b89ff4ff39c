"""Review 19 (DRAFTING.md, "Review 19"): misfires of round 26 on ordinary news text, invented
sentences in the shapes its rules target and in nearby shapes they must leave alone."""

import datetime as dt

from conftest import draft, speakers

JUNE_1 = dt.date(2009, 6, 1)
DEC_19 = dt.date(2008, 12, 19)


def _dates(text, published):
    return [t["date"] for t in draft(text, published=published).data["timeline"]]


# ------------------------------------------------------ a "with" clause in a future sentence


def test_a_month_that_only_times_a_noun_in_a_with_clause_keeps_its_own_reading():
    # round 26 read every "with" clause in the future of the clause before: May and March of
    # 2010, told on 1 June 2009 of sales already counted and a deadline "long past"
    assert _dates(
        "GM will cut production further, with sales in May down 30 percent from a year "
        "earlier.",
        JUNE_1,
    ) == ["2009-05", "2008-05"]
    assert _dates(
        "The talks will resume next week, with the deadline in March long past.", JUNE_1
    ) == ["2009-W24", "2009-03"]


def test_a_with_clause_timed_by_what_is_to_come_is_still_ahead():
    # round 26's shapes: the word before the date tells of what is to come
    assert _dates(
        "GM will get $13.4 billion, with $4 billion available in February, officials said.",
        DEC_19,
    ) == ["2009-02"]
    assert _dates("GM will cut 2,000 jobs, with most of the cuts coming in January.", DEC_19) == [
        "2009-01"
    ]
    assert _dates(
        "The plant will close, with production ending in March, the company said.", JUNE_1
    ) == ["2010-03"]


# ------------------------------------------------ an office in apposition after a lone name


def test_a_place_or_body_before_an_office_with_a_clause_of_its_own_is_no_person():
    # round 26 made Lansing and Nuvek persons and gave them the governor's and the
    # president's words (a wrong speaker); before, no claim
    for text in (
        "In Lansing, the governor, who faces re-election, said the plant would stay open.",
        "At Nuvek, the president, who took over in May, said costs would fall.",
        "In Lansing, the governor, speaking to reporters, said the plant would stay open.",
    ):
        d = draft(text, published=JUNE_1)
        assert d.data["claims"] == [], text
        assert not any(a["kind"] == "person" for a in d.data["actors"]), text


def test_a_surname_with_its_office_in_apposition_is_still_a_person_who_speaks():
    for text, name in (
        ("Henderson, GM's president, said the deal was good.", "Henderson"),
        ("Gettelfinger, the UAW's president, said the union would help.", "Gettelfinger"),
        ("Smith, the company's chief executive, said profits would rise.", "Smith"),
    ):
        d = draft(text, published=JUNE_1)
        assert speakers(d) == {text: name}, text
        assert {a["name"]: a["kind"] for a in d.data["actors"]}[name] == "person"


# ---------------------------------------- an unnamed analyst named right after the comma


def test_one_analyst_named_after_the_comma_is_the_named_analyst():
    # round 26 gave the words to a new unnamed "one analyst" beside Brian Johnson, who said
    # them; "one worker, Jane Roe of Flint" was "one worker"'s before this session too
    text = '"GM is finished," said one analyst, Brian Johnson of Barclays Capital.'
    d = draft(text, published=JUNE_1)
    assert speakers(d) == {"GM is finished": "Brian Johnson"}
    assert "one analyst" not in {a["name"] for a in d.data["actors"]}
    text = '"GM is finished," said one worker, Jane Roe of Flint.'
    assert speakers(draft(text, published=JUNE_1)) == {"GM is finished": "Jane Roe"}


def test_one_analyst_alone_still_speaks():
    d = draft('"GM is finished," one analyst said.', published=JUNE_1)
    assert speakers(d) == {"GM is finished": "one analyst"}
    d = draft('"It is over," said one worker, Jane Roe, 45.', published=JUNE_1)
    assert speakers(d) == {"It is over": "Jane Roe"}


# ------------------------------------ "he" speaking after a lone name, a person named before


def test_a_lone_name_is_no_person_for_a_he_who_may_be_a_person_named_before():
    # round 26 made Nuvek a person and gave it Smith's words (a wrong speaker)
    d = draft(
        "John Smith, the union's president, met workers. Nuvek said the plant would close. "
        '"It is a sad day," he said.',
        published=JUNE_1,
    )
    assert {a["name"]: a["kind"] for a in d.data["actors"]}["Nuvek"] == "organization"
    assert speakers(d)["It is a sad day"] == "John Smith"


def test_a_lone_name_that_speaks_before_he_does_is_still_a_person():
    for text in (
        "Henderson said the deal was good. He added that GM would survive.",
        'Zentrix said the deal was good. "It is a great day," he said.',
    ):
        d = draft(text, published=JUNE_1)
        name = text.split()[0]
        assert {a["name"]: a["kind"] for a in d.data["actors"]}[name] == "person", text
        assert set(speakers(d).values()) == {name}, text


# ------------------------------------------------------- "First" before a known name


def test_first_before_a_known_name_opens_no_company():
    # round 26 drafted "First Ford", an organization beside Ford
    d = draft("First Ford cut jobs, and then GM did. Ford said the cuts were needed.",
              published=JUNE_1)
    assert "First Ford" not in {a["name"] for a in d.data["actors"]}


def test_first_before_an_unknown_word_is_still_a_company():
    d = draft("Shares of First Solar rose 5 percent. First Data said it would cut jobs.",
              published=JUNE_1)
    assert {"First Solar", "First Data"} <= {a["name"] for a in d.data["actors"]}
