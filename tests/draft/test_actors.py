from conftest import draft


def actor(d, name):
    found = [a for a in d.data["actors"] if a["name"] == name]
    assert len(found) == 1, [a["name"] for a in d.data["actors"]]
    return found[0]


def names(d):
    return {a["name"] for a in d.data["actors"]}


def test_aliases_of_one_person_merge(seed_draft):
    putin = actor(seed_draft, "Vladimir Putin")
    assert {"Putin", "Russian President Vladimir Putin", "the Russian president"} <= set(
        putin["aliases"]
    )
    assert putin["id"] == "vladimir-putin" and putin["kind"] == "person"
    kim = actor(seed_draft, "Kim Jong Un")
    assert "Kim" in kim["aliases"]
    assert (
        sum(1 for a in seed_draft.data["actors"] if "Putin" in a["aliases"] or a["name"] == "Putin")
        == 1
    )


def test_capitals_stand_for_their_countries(seed_draft):
    assert "Pyongyang" in actor(seed_draft, "North Korea")["aliases"]
    assert "Moscow" in actor(seed_draft, "Russia")["aliases"]
    assert "Washington" in actor(seed_draft, "United States")["aliases"]
    assert "Pyongyang" not in names(seed_draft)


def test_role_from_apposition(seed_draft):
    assert (
        actor(seed_draft, "Edward Howell")["role"]
        == "politics lecturer at Britain’s Oxford University"
    )
    assert "Howell" not in names(seed_draft)


def test_credits_bylines_and_capitalised_words_are_not_actors(seed_draft):
    bad = {
        "Gavriil Grigorov",
        "Sofia Gatilova",
        "Analysis",
        "Arrive",
        "Putin’s Arrive",
        "Hong Kong CNN",
        "close",
        "Today",
        "Furthermore",
        "Reuters",
        "Sputnik",
    }
    assert not bad & names(seed_draft)


def test_unnamed_claimants(seed_draft):
    assert {
        "several governments",
        "South Korean officials",
        "US official",
        "Kremlin spokesman",
    } <= names(seed_draft)


def test_known_actors_keep_their_ids():
    known = [
        {
            "id": "putin",
            "name": "Vladimir Putin",
            "kind": "person",
            "aliases": ["Putin", "the Russian president"],
        }
    ]
    d = draft(
        "Russian President Vladimir Putin met officials in Moscow on Monday. Putin said the visit went well.",
        known_actors=known,
    )
    putin = actor(d, "Vladimir Putin")
    assert putin["id"] == "putin"
    assert "Putin" in putin["aliases"]
    assert all(c["by"] == "putin" for c in d.data["claims"])


def test_titles_people_and_organizations():
    d = draft(
        "Secretary of State Marta Lindqvist met Prime Minister Oskar Brandt of Norway in Oslo on Tuesday. "
        "The Department of Energy and the International Energy Agency were also there. Furthermore, "
        "Lindqvist said Brandt had agreed to a new pipeline.\n\n"
        "Photo: Jens Haugen/AFP\n\nLindqvist and Brandt at the meeting."
    )
    got = names(d)
    assert {
        "Marta Lindqvist",
        "Oskar Brandt",
        "Norway",
        "Department of Energy",
        "International Energy Agency",
    } <= got
    assert (
        not {"Furthermore", "Jens Haugen", "Oslo", "Lindqvist", "Brandt", "Secretary of State"}
        & got
    )
    assert actor(d, "Oskar Brandt")["role"] == "Prime Minister"
    assert "Oslo" in actor(d, "Norway")["aliases"]
