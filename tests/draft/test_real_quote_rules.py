"""Quote rules found on real articles (Wikinews stories and interviews, round 9), each tested
with sentences of its own, and the drafter's silence where it cannot establish a speaker."""

from __future__ import annotations

import yaml
from conftest import draft, speakers

from generator.draft.clean import clean
from generator.draft.emit import Unattributed
from generator.draft.index import Actor, ActorIndex, Mention
from generator.draft.redraft import redraft_yaml
from generator.draft.subjects import object_after

OPENING = "The council met in the town hall on Monday to vote on the new budget for the harbour."


def test_frame_line_ending_in_said_is_no_heading():
    md = clean(f"Title\n\n{OPENING}\n\nAfter the vote, the mayor Lena Ortiz said,\n\n\"We will rebuild.\"\n").markdown
    assert "## " not in md
    assert "After the vote, the mayor Lena Ortiz said," in md.split("\n\n")


def test_quotation_set_as_its_own_paragraph_is_no_heading():
    md = clean(f"Title\n\n{OPENING}\n\nThe farmer refused, and replied\n\n\"I cannot leave the herd\"\n").markdown
    assert md.split("\n\n")[1:] == ["The farmer refused, and replied", "\"I cannot leave the herd\"\n"]


def test_block_quote_after_frame_paragraph_goes_to_its_speaker():
    d = draft(
        "The ferry sank off the coast on Monday, and forty people spent the night in the water.\n\n"
        "After the rescue, harbour master Ines Calder said,\n\n"
        "\"We brought every passenger home before dark.\n\n"
        "It was the longest night of my career.\"\n"
    )
    assert speakers(d)["We brought every passenger home before dark"] == "Ines Calder"


def test_mixed_case_interview_label_is_a_turn():
    d = draft(
        "Tomas Berger, a beekeeper from Linz, spoke to the paper about the harvest.\n\n"
        "Reporter: How was the year?\n\n"
        "Tomas Berger: The spring was cold and the hives were weak. "
        "Visitors ask me \"Is honey still sweet?\" and I laugh.\n"
    )
    found = speakers(d)
    turn = next(q for q in found if q.startswith("The spring was cold"))
    assert found[turn] == "Tomas Berger"
    assert "Is honey still sweet?" in turn  # the quote inside the turn is part of the turn


def test_unattributed_claim_is_written_with_an_empty_by_and_its_candidates():
    d = draft(
        "Mara Lind and Piet Osei met in Oslo on Monday to talk about the fishing quotas of the year.\n\n"
        "Mara Lind said the talks went well.\n"
    )
    claim = d.data["claims"][0]
    claim["by"] = Unattributed(("mara-lind", "piet-osei"))
    text = d.to_yaml()
    assert "    by:  # speaker not established; candidates: mara-lind, piet-osei\n" in text
    assert yaml.safe_load(text)["claims"][0]["by"] is None
    # the drafter's own comment does not make the entry a person's: redraft replaces it,
    # and the new draft's comment naming the candidates comes with it
    assert redraft_yaml(text, text) == text
    other = text.replace("candidates: mara-lind, piet-osei", "candidates: piet-osei")
    assert redraft_yaml(text, other) == other
    assert redraft_yaml(other, text) == text
    # a later draft that establishes the speaker replaces the unattributed entry
    claim["by"] = "mara-lind"
    assert "    by: mara-lind\n" in redraft_yaml(text, d.to_yaml())


def test_sentence_broken_off_before_its_quote_is_no_heading():
    md = clean(f"Title\n\n{OPENING}\n\nThe ministry also claims that the delay was\n\n\"routine.\"\n").markdown
    assert "## " not in md


def test_open_frame_paragraph_gives_the_next_quote_to_its_subject():
    d = draft(
        f"{OPENING}\n\n"
        "Deputy mayor Oskar Brandt said the plan needed a\n\n"
        "\"second look at every single line\"\n\n"
        "before it could pass.\n"
    )
    assert speakers(d)["second look at every single line"] == "Oskar Brandt"


def test_speaker_after_verb_runs_past_an_abbreviation_in_a_name():
    text = '"We are proud of it," said Harbor Ltd. chief Ana Ruiz.'
    index = ActorIndex()
    for key, kind, name in (("o:harbor", "organization", "Harbor Ltd."), ("p:ruiz", "person", "Ana Ruiz")):
        index.actors[key] = Actor(key, name, kind)
        start = text.index(name)
        index.mentions.setdefault(0, []).append(Mention(start, start + len(name), key))
    assert object_after(text, text.index("said") + 4, 0, index) == "p:ruiz"


def test_person_with_role_of_a_body_without_closing_comma_is_the_speaker():
    d = draft(
        f"{OPENING}\n\n"
        "Mia Tanaka, president and CEO of Northwind Shipping Company said, "
        "\"This is a great day for the harbour and for the town.\"\n"
    )
    assert speakers(d)["This is a great day for the harbour and for the town"] == "Mia Tanaka"


def test_short_apposition_after_an_opening_phrase_keeps_the_person():
    d = draft(
        f"{OPENING}\n\n"
        "After the vote, Rui Almeida, Portugal delegate, said, \"We have learned a lot from this.\"\n"
    )
    assert speakers(d)["We have learned a lot from this"] == "Rui Almeida"


def test_quote_ending_on_a_comma_goes_to_the_speaker_named_in_the_next_paragraph():
    d = draft(
        f"{OPENING}\n\n"
        "\"Had the bridge fallen an hour later it would have been much worse,\"\n\n"
        "Lena Vogt, editor at large at the Harbour Gazette, said.\n"
    )
    assert speakers(d)["Had the bridge fallen an hour later it would have been much worse"] == "Lena Vogt"


def test_in_remarks_to_clause_between_subject_and_verb_is_skipped():
    d = draft(
        f"{OPENING}\n\n"
        "Fire brigade chief Tomas Ek, in remarks to local radio, said \"Every family is safe tonight.\"\n"
    )
    assert speakers(d)["Every family is safe tonight"] == "Tomas Ek"


def test_quote_paragraph_followed_by_a_paragraph_that_carries_on_the_sentence():
    d = draft(
        f"{OPENING}\n\n"
        "Port spokeswoman Ida Berg told reporters the harbour would reopen.\n\n"
        "\"We take the safety of the ships seriously\"\n\n"
        ", she said, but gave no date.\n\n"
        "\"Nothing will sail before the inspection\"\n\n"
        ", said the Harbour Authority.\n"
    )
    found = speakers(d)
    assert found["We take the safety of the ships seriously"] == "Ida Berg"
    assert found["Nothing will sail before the inspection"] == "Harbour Authority"


def test_pull_quote_credited_after_a_dash_or_on_the_next_line():
    d = draft(
        f"{OPENING}\n\n"
        "Harbour historian Jonas Pike has followed the port for decades.\n\n"
        "Council member Rita Sol said the vote was a mistake.\n\n"
        "\"So far it is the town: 1, the port: 0. But it is a long game.\" - Jonas Pike\n\n"
        "Mayor Ana Ruiz said the plan was sound.\n\n"
        "\"I was told that the harbour would never close again.\"\n\n"
        "Rita Sol\n"
    )
    found = speakers(d)
    assert found["So far it is the town: 1, the port: 0. But it is a long game"] == "Jonas Pike"
    assert found["I was told that the harbour would never close again"] == "Rita Sol"


def test_they_is_a_group_or_body_never_a_country():
    d = draft(
        f"{OPENING}\n\n"
        "Norway said on Monday it would send a ship.\n\n"
        "The fishermen's union was not impressed. They said the ship was \"far too small\" for the job.\n"
    )
    assert speakers(d).get("far too small") != "Norway"


def test_bare_title_resolves_only_to_a_holder_of_that_very_title():
    d = draft(
        f"{OPENING}\n\n"
        "Vice President Ana Ruiz opened the meeting, and President Tomas Berg closed it.\n\n"
        "\"The harbour belongs to everyone,\" the President said.\n\n"
        "Deputy Secretary Ida Holm was also there.\n\n"
        "\"We will pay for the new quay,\" the Secretary said.\n"
    )
    found = speakers(d)
    assert found["The harbour belongs to everyone"] == "Tomas Berg"
    assert found.get("We will pay for the new quay") is None  # not the Deputy Secretary


def test_the_company_is_the_company_named_before_it_not_after():
    d = draft(
        f"{OPENING}\n\n"
        "Northwind Ltd. will pay for the late delivery of the cranes, the council said.\n\n"
        "In a statement, the company said that \"the cause of the delay was the late design of the "
        "cables\", and it blamed Harbor Inc. for the design.\n"
    )
    assert speakers(d)["the cause of the delay was the late design of the cables"] == "Northwind Ltd."


def test_speakers_named_only_by_their_turn_labels_are_people():
    d = draft(
        f"{OPENING}\n\n"
        "Wikinews spoke to the two owners of the harbour café.\n\n"
        "Wikinews: How did you start?\n\n"
        "Marta: We bought the place from my uncle in the spring.\n\n"
        "Wikinews: Was it hard?\n\n"
        "Marta: The first winter was very hard for both of us.\n\n"
        "R Okafor: I still remember the frozen pipes and the empty tables.\n\n"
        "Marta: And the storm in January.\n\n"
        "R Okafor: We kept the door open all the same.\n"
    )
    found = speakers(d)
    assert found["We bought the place from my uncle in the spring"] == "Marta"
    assert found["I still remember the frozen pipes and the empty tables"] == "R Okafor"
    assert "Wikinews" not in {a["name"] for a in d.data["actors"] if a["kind"] == "person"}


def test_pronoun_speaker_named_inside_the_quote_is_left_unattributed():
    d = draft(
        f"{OPENING}\n\n"
        "Otto Lund, a painter, said the gallery would stay open all winter.\n\n"
        "The harbour was quiet on Sunday. He said, \"Otto Lund was the heart of this harbour for "
        "thirty years.\"\n"
    )
    assert speakers(d)["Otto Lund was the heart of this harbour for thirty years"] is None
    assert "    by:  # speaker not established; candidates: otto-lund\n" in d.to_yaml()


def test_quote_over_several_paragraphs_takes_the_speaker_after_its_last_one():
    d = draft(
        f"{OPENING}\n\n"
        "Councillor Mia Berg spoke first and asked for a delay of the vote until the spring.\n\n"
        "\"The harbour fund has run dry after three hard winters in a row.\n\n"
        "We cannot pay for the new quay this year.\n\n"
        "The repairs must wait until the spring\"\n\n"
        ", said the Harbour Authority.\n"
    )
    assert speakers(d)["The harbour fund has run dry after three hard winters in a row"] == "Harbour Authority"
