"""The drafted summary and tags (generator/draft/overview.py)."""

import datetime as dt

from generator.draft import draft_text
from generator.draft.index import Actor
from generator.draft.overview import is_lead_sentence, tags, without_dateline


def test_summary_skips_dateline_and_photo_caption():
    d = draft_text(
        "Officials e-mails show talks on tanker deal\n\n"
        "Thursday, March 15, 2012\n\n"
        "The Pentagon in Arlington. Image: Jane Doe.\n\n"
        "Internal e-mails show that officials discussed the tanker contract for months. "
        "The Air Force has denied any wrongdoing in the deal.",
        published=dt.date(2012, 3, 15),
    )
    assert d.data["summary"] == (
        "Internal e-mails show that officials discussed the tanker contract for months. "
        "The Air Force has denied any wrongdoing in the deal."
    )


def test_dateline_run_into_the_first_sentence_is_left_out():
    assert without_dateline("Thursday, March 15, 2012 Wikinews interviewed the owner.") == (
        "Wikinews interviewed the owner."
    )
    assert without_dateline("Preston, Victoria, Australia On Saturday, Wikinews met her.") == (
        "On Saturday, Wikinews met her."
    )


def test_interview_turns_credits_and_pull_quotes_open_no_summary():
    assert not is_lead_sentence("Nick Bos: We found that the ants eat more peroxide when ill.")
    assert not is_lead_sentence("Shimon Peres at a meeting in 2007. Image: David Shankbone.")
    assert not is_lead_sentence("The problem is how long it will take and how many victims.”")
    assert not is_lead_sentence(". In a recently accepted paper the ants self-medicate.")
    assert is_lead_sentence("In a recently accepted paper Bos and colleagues describe ants.")


def test_tags_are_no_job_titles_or_uncertain_words():
    actors = [
        Actor("o:director of media", "Director of Media", "organization"),
        Actor("w:gloria", "Gloria", "organization"),
        Actor("g:Australia", "Australia", "country"),
        Actor("o:food standards", "Food Standards Australia New Zealand", "organization"),
        Actor("p:jane doe", "Jane Doe", "person"),
    ]
    assert tags(actors) == ["australia", "food-standards-australia-new-zealand"]


def test_an_actor_or_tag_called_index_takes_another_id():
    """`index` is the address of the pages listing every actor and every tag: `check`
    refuses it, so the drafter never proposes it (review11)."""
    from generator.draft.actors import assign_ids
    from generator.draft.index import ActorIndex

    index = ActorIndex()
    index.actors["o:index"] = Actor("o:index", "Index", "organization", count=2)
    assign_ids(index, [])
    assert index.actors["o:index"].id == "index-2"
    assert tags([Actor("o:index", "Index", "organization"),
                 Actor("g:chile", "Chile", "country")]) == ["chile"]
