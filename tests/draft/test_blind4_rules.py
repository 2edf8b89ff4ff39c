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
