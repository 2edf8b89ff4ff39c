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
