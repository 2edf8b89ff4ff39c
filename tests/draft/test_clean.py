import datetime as dt

from generator.draft import draft_text
from generator.draft.clean import clean


def test_seed_has_no_scraper_leftovers(seed_draft):
    md = seed_draft.markdown
    assert "close" not in md.split("\n")
    title = "Analysis: Putin may need weapons from North Korea’s Kim for the Ukraine war"
    assert title not in md
    assert seed_draft.data["title"].startswith(title)
    assert not md.startswith("Hong Kong")
    assert md.startswith("In his first visit to North Korea in more than two decades")


def test_seed_dateline_and_source(seed_draft):
    assert seed_draft.data["dateline"] == "Hong Kong"
    assert seed_draft.data["source"] == "CNN"
    assert seed_draft.slug == "2024-06-19-putin-need-weapons-north-korea"


def test_seed_captions_carry_their_credits(seed_draft):
    paragraphs = seed_draft.markdown.split("\n\n")
    assert (
        "Caption: North Korean leader Kim Jong Un with Russian President Vladimir Putin in Pyongyang on June 19, 2024.\n"
        "Credit: Gavriil Grigorov/Sputnik/Reuters"
    ) in paragraphs
    assert (
        "Caption: North Korea launched its first spy satellite, Malligyong-1, in November.\nCredit: KCNA/Reuters"
        in paragraphs
    )
    assert any(
        p.startswith("Caption: The remains of an unidentified missile")
        and p.endswith("Credit: Sofia Gatilova/Reuters/File")
        for p in paragraphs
    )
    assert "Sofia Gatilova/Reuters/File" not in [
        p for p in paragraphs if not p.startswith("Caption: ")
    ]


def test_seed_keeps_paragraphs_and_subheading(seed_draft):
    paragraphs = seed_draft.markdown.split("\n\n")
    assert "## What do Russia and North Korea want from each other?" in paragraphs
    assert paragraphs[-1].startswith("“And now look at where we are today.")
    assert len(paragraphs) == 42


def test_front_matter_markdown_and_dateline():
    art = clean(
        "---\ntitle: Treasury Acts\ndate: 2023-03-30T11:30:00-04:00\nurl: /relative\n---\n"
        "WASHINGTON — Today, the **Department of the Treasury** [sanctioned](https://x.test/a) one person "
        "for arms deals between two countries.\n\n## SANCTIONS\n\nAll property is blocked and must be "
        "reported to the office at once.\n\n\\# \\# \\#\n"
    )
    assert art.title == "Treasury Acts"
    assert art.published.isoformat() == "2023-03-30"
    assert art.dateline == "Washington"
    assert art.url is None
    assert art.paragraphs == [
        "Today, the Department of the Treasury sanctioned one person for arms deals between two countries.",
        "## SANCTIONS",
        "All property is blocked and must be reported to the office at once.",
    ]


def test_hard_wrapped_lines_join_and_inline_image_credit_becomes_caption():
    art = clean(
        "Robots win medals\n\nFriday, July 21, 2017\n\nA group of teenagers was awarded a medal on\n"
        "Tuesday in the competition in Washington D.C. for their robot.\n\n"
        "The first competition was held this week in Washington D.C. Image: United States Navy.\n"
    )
    assert art.title == "Robots win medals"
    assert art.published.isoformat() == "2017-07-21"
    assert art.paragraphs[0].startswith("A group of teenagers was awarded a medal on Tuesday")
    assert art.paragraphs[1] == (
        "Caption: The first competition was held this week in Washington D.C.\n"
        "Credit: United States Navy"
    )


def test_cleaning_the_cleaned_text_changes_nothing():
    from pathlib import Path

    for path in sorted(Path(__file__).resolve().parents[2].glob("seeds/*.txt")):
        once = clean(path.read_text(encoding="utf-8"))
        again = clean(once.markdown)
        assert again.paragraphs == once.paragraphs


def test_scraped_page_furniture_is_dropped_and_its_metadata_kept():
    art = clean(
        "Share\nFacebook\nTweet\nLink Copied!\n\nWorld\n\nTwo neighbours trade blame over a border clash\n\n"
        "By Jane Roe, CNN\n\nUpdated 6:42 AM EDT, Thu July 11, 2024\n\n"
        "Pat Smith/AFP/Getty Images\n\nResidents inspect a damaged house in the village on Wednesday.\n\n"
        "Advertisement\n\nAlmaty, Kazakhstan\nCNN\n —\n\n"
        "At least seven people were killed when border guards of the two countries exchanged fire "
        "for several hours on Tuesday, officials on both sides said.\n\n"
        "Read more: Why the border is disputed, explained\n\n"
        "The two governments agreed to a ceasefire from midnight and to meet again next week, "
        "the ministry said.\n\n"
        "CNN’s John Doe contributed to this report.\n\n"
        "Related article\nWhy the border is still disputed, 30 years on\n\n"
        "Ad Feedback\n\nTerms of Use | Privacy Policy | © 2024 Cable News Network.\n"
    )
    assert art.authors == ["Jane Roe"]
    assert art.source == "CNN"
    assert art.dateline == "Almaty, Kazakhstan"
    assert art.published.isoformat() == "2024-07-11"
    assert art.paragraphs == [
        "Caption: Residents inspect a damaged house in the village on Wednesday.\n"
        "Credit: Pat Smith/AFP/Getty Images",
        "At least seven people were killed when border guards of the two countries exchanged fire "
        "for several hours on Tuesday, officials on both sides said.",
        "The two governments agreed to a ceasefire from midnight and to meet again next week, "
        "the ministry said.",
    ]


def test_wire_dateline_byline_with_outlet_and_separator():
    art = clean(
        "Minister walks out of trade talks\n\nBy MARY ROE and JOHN POE Associated Press\n\n"
        "Lusaka, Feb. 8 (Copperbelt Daily) - The government and a mining company will take their "
        "dispute to arbitration, the company said on Tuesday.\n\n___\n\n"
        "Associated Press writer Ann Doe in Jakarta contributed to this report.\n"
    )
    assert art.authors == ["MARY ROE", "JOHN POE"]
    assert art.source == "Associated Press"  # the byline named it first
    assert art.dateline == "Lusaka"
    assert art.paragraphs == [
        "The government and a mining company will take their dispute to arbitration, "
        "the company said on Tuesday."
    ]


def test_byline_under_a_standfirst_and_sources_section_are_not_text():
    art = clean(
        "A minister on the trade deal\n\n"
        "She has spent a quarter of a century negotiating with Europe, and in an interview she "
        "explains why this time may be different from all the others.\n\n"
        "By Lucía Ferraro\nMontevideo\n\nApril 27, 2024\n\n"
        "The minister keeps a photograph on her office wall of the day she first sat across a table "
        "from European negotiators.\n\n"
        "Sources\n\n"
        "“Senado aprueba acuerdo” — La Voz, October 6, 2024\n\n"
        "This page is archived, and is no longer publicly editable.\n"
    )
    assert art.authors == ["Lucía Ferraro"]
    assert art.dateline == "Montevideo"
    assert art.published.isoformat() == "2024-04-27"
    assert len(art.paragraphs) == 2
    assert art.paragraphs[1].startswith("The minister keeps a photograph")


def test_list_items_become_paragraphs_of_their_own():
    art = clean(
        "Sanctions on a smuggling network\n\n"
        "The Department of State is designating the following individuals under the order today:\n\n"
        "* **Jane Roe**, a businesswoman who organized the purchase of gold\n"
        "  from mines controlled by armed groups.\n"
        "* **John Poe**, a national who managed payments to armed groups.\n"
    )
    assert art.paragraphs[1:] == [
        "Jane Roe, a businesswoman who organized the purchase of gold from mines controlled by armed groups.",
        "John Poe, a national who managed payments to armed groups.",
    ]


def test_mediawiki_links_and_thumbs_are_cleaned():
    from generator.draft import draft_text

    d = draft_text(
        "Boeing e-mails show tanker talks\n\n"
        "thumb|right|200px|The Boeing KC-767 tanker at an air show.\n\n"
        "Internal e-mails, posted by [http://www.example.org/emails Senator John McCain], show that "
        "[[United States Air Force|Air Force]] officials discussed the contract {{citation needed}} "
        "with Boeing for months.\n\n"
        "thumb|left|Senator John McCain in 2004.\n\n"
        "The Air Force has denied that the talks broke any rule of the contest.",
        published=dt.date(2004, 12, 1),
    )
    assert "thumb|" not in d.markdown and "[http" not in d.markdown and "{{" not in d.markdown
    assert "posted by Senator John McCain, show that Air Force officials" in d.markdown
    assert d.data["summary"].startswith("Internal e-mails, posted by Senator John McCain")
    assert "KC-767 tanker at an air show" not in d.markdown  # above the body: page furniture
    assert "Senator John McCain in 2004." in d.markdown and "thumb|left" not in d.markdown


def test_a_short_opening_paragraph_is_kept_as_the_first_paragraph():
    """It was taken for header matter (under the 12 words a body paragraph needs) and lost."""
    raw = (
        "Senate passes the roads bill\n\nBy Jane Roe\n\nThe Senate passed the bill on Monday.\n\n"
        "It now goes to the House, where Speaker Mike Johnson said he would bring it to a vote "
        "within two weeks of its arrival.\n\nThe vote was 60 to 40."
    )
    d = draft_text(raw, published=dt.date(2024, 6, 19))
    assert d.markdown.startswith("The Senate passed the bill on Monday.\n\nIt now goes")
    assert d.data["title"] == "Senate passes the roads bill"
    assert "By Jane Roe" not in d.markdown


def test_an_interview_s_short_first_question_is_kept():
    raw = (
        "Interview with a game studio\n\nWikinews: What is your studio working on?\n\n"
        "Jane Roe: We are making a puzzle game about lighthouses, and we hope to finish it "
        "before the end of next year."
    )
    d = draft_text(raw, published=dt.date(2024, 6, 19))
    assert "Wikinews: What is your studio working on?" in d.markdown


def test_a_quoted_line_with_a_position_cue_is_no_caption():
    """'(right)' marks a caption ("Hill (right) with fellow candidate Buddy Roemer."), but a
    line that quotes someone is a paragraph (and its quote Sunak's: test_real_round7_quotes)."""
    raw = (
        "Sunak questioned on rail costs\n\nRishi Sunak faced questions in Parliament on "
        "Wednesday about the cost of the new rail line to the north of England.\n\n"
        '"We will deliver this project on time and on budget," Sunak (right) told MPs.'
    )
    d = draft_text(raw, published=dt.date(2024, 6, 19))
    assert "Caption:" not in d.markdown
    assert d.markdown.endswith('"We will deliver this project on time and on budget," Sunak (right) told MPs.\n')
