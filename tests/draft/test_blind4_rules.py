"""Rules added after the fourth blind set (tests/eval/blind4): each with sentences of its own."""

from conftest import draft


def actor_names(d) -> dict[str, str]:
    """Drafted actor id -> name."""
    return {a["id"]: a["name"] for a in d.data["actors"]}


def by_name(d) -> dict[str, str]:
    """Quote -> the drafted speaker's name (not id)."""
    ids = actor_names(d)
    return {c["quote"]: ids[c["by"]] for c in d.data["claims"] if c.get("quote")}


def test_long_arabic_names_with_lower_case_particles_are_one_person():
    d = draft(
        "The port reopened on Monday after a week of repairs. Ships queued outside the harbour.\n\n"
        "Harbour master Khalid Mubarak bin Saif al-Nuaimi said the cranes were working again.\n\n"
        "A militia commander, Colonel Yousif Adam wad Hamid, said his men had left the docks."
    )
    names = set(actor_names(d).values())
    assert "Khalid Mubarak bin Saif al-Nuaimi" in names
    assert "Yousif Adam wad Hamid" in names


def test_british_and_military_titles_without_a_full_stop_introduce_a_person():
    d = draft(
        "The bank met on Tuesday in the capital. Markets had expected a pause.\n\n"
        "Deputy Governor Dr Wanjiku Njoroge Mutua said inflation was easing.\n\n"
        "Brigadier Omar Siddiq Farouk said the troops would stay.\n\n"
        "Chief Economic Adviser Ruth Adhiambo Kariuki said the data were strong."
    )
    names = set(actor_names(d).values())
    assert {"Wanjiku Njoroge Mutua", "Omar Siddiq Farouk", "Ruth Adhiambo Kariuki"} <= names


TRANSCRIPT = (
    "The admiral and the ambassador took questions at the embassy on Monday. "
    "Reporters asked about the strait.\n\n"
    "Admiral Ingrid Halvorsen commands the allied fleet. "
    "Ambassador Musa Kiprono Langat leads the talks.\n\n"
    "ADM. HALVORSEN: Good morning. We moved two frigates into the strait overnight.\n\n"
    "We did this at the request of the coastal states, and we will stay as long as they ask.\n\n"
    "Q: Ambassador, will the talks resume?\n\n"
    "AMBASSADOR LANGAT: We expect the delegations back in Geneva before the end of the month.\n\n"
    "(END)"
)


def test_titled_transcript_labels_join_the_named_person():
    d = draft(TRANSCRIPT)
    people = [a for a in d.data["actors"] if a["kind"] == "person"]
    assert sorted(a["name"] for a in people) == ["Ingrid Halvorsen", "Musa Kiprono Langat"]
    got = by_name(d)
    assert (
        got["Good morning. We moved two frigates into the strait overnight"] == "Ingrid Halvorsen"
    )
    assert (
        got["We expect the delegations back in Geneva before the end of the month"]
        == "Musa Kiprono Langat"
    )


def test_a_named_turn_runs_on_into_its_unlabelled_paragraphs_but_not_into_a_question():
    got = by_name(draft(TRANSCRIPT))
    assert (
        got[
            "We did this at the request of the coastal states, and we will stay as long as they ask"
        ]
        == "Ingrid Halvorsen"
    )
    assert not any(q.startswith("Ambassador, will the talks") for q in got)
    assert not any("END" in q for q in got)


def test_an_interview_answer_does_not_run_on_into_narration():
    d = draft(
        "The minister spoke to us in her office on Friday. "
        '"We are close to the finish line," said Valeria Soto Paredes, the trade minister.\n\n'
        "Q: Will the deal be signed?\n\n"
        "A: I think so, but not this year. The farmers need more time.\n\n"
        "Soto Paredes flies to Lima next week for the regional summit."
    )
    got = by_name(d)
    assert (
        got["I think so, but not this year. The farmers need more time"] == "Valeria Soto Paredes"
    )
    assert not any(q and q.startswith("Soto Paredes flies") for q in got)


def test_agency_quoted_a_person_as_saying_gives_the_quote_to_the_person():
    d = draft(
        "The border crossing closed on Sunday. Trucks waited for hours in the heat.\n\n"
        'Interfax quoted Pavel Zakharchenko as saying the decision was "purely technical".\n\n'
        'Separately, Xinhua quoted Wang Lihua as saying Beijing was "watching closely".'
    )
    got = by_name(d)
    assert got["purely technical"] == "Pavel Zakharchenko"
    assert got["watching closely"] == "Wang Lihua"


def test_passive_was_quoted_by_an_agency_as_saying_is_the_subject():
    d = draft(
        "Parliament met in emergency session on Monday. The vote was postponed.\n\n"
        "Speaker Halima Mohamed Warsame was quoted by the national broadcaster as telling "
        'deputies that "the country cannot wait".\n\n'
        '"The doors will stay open tonight," the official was quoted as saying by the agency.'
    )
    got = by_name(d)
    assert got["the country cannot wait"] == "Halima Mohamed Warsame"
    assert got["The doors will stay open tonight"] == "official"


def test_a_month_after_its_next_meeting_is_the_coming_one():
    d = draft(
        "The regulator kept its rules unchanged on Tuesday. Lenders had lobbied for relief.\n\n"
        "The chairwoman did not rule out a change to the cap at its next session in March.",
        published=__import__("datetime").date(2024, 11, 14),
    )
    dates = {t["evidence"]: t["date"] for t in d.data["timeline"]}
    got = [v for k, v in dates.items() if "next session in March" in k]
    assert got == ["2025-03"]
