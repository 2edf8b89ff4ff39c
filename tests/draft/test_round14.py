"""Round 14: works, craft and products taken for actors (generator/draft/actors.py)."""

from conftest import draft, speakers


def names(d):
    return {a["name"] for a in d.data["actors"]}


def test_named_craft_and_its_lone_name_are_no_actors():
    d = draft(
        "Space Shuttle Discovery will take the place of Enterprise. Discovery has already been "
        "retired, NASA Administrator Charles Bolden said. The spacecraft Stardust returned in 2006."
        "\n\nArtist's rendering of Spacecraft Genesis Image: NASA"
    )
    assert not {n for n in names(d) if "Discovery" in n or "Stardust" in n or "Genesis" in n}
    assert "Charles Bolden" in names(d)


def test_ship_named_after_its_owner_keeps_the_owner():
    d = draft(
        "Pirates boarded the ship Maersk Alabama on Wednesday. Maersk said the crew was safe."
    )
    assert "Maersk" in names(d)
    assert "Maersk Alabama" not in names(d)


def test_title_after_a_work_noun_is_no_actor():
    d = draft(
        "Dennis Hopper, famous for his role in the 1969 film Easy Rider, was there. Atwood "
        "came to launch her graphic novel Angel Catbird, the organiser Anna Lee said."
    )
    assert "Easy Rider" not in names(d)
    assert "Angel Catbird" not in names(d)
    assert {"Dennis Hopper", "Anna Lee"} <= names(d)


def test_speaker_after_a_work_noun_stays():
    d = draft('"It was a hard shoot," the film director Maria Lopez said.')
    assert "Maria Lopez" in names(d)


def test_work_after_a_persons_possessive_is_no_actor():
    d = draft(
        "He recorded a chapter of Joseph Conrad's Secret Agent, then Lawrence Lessig's Free "
        "Culture, volunteer Hugh McGuire said."
    )
    assert "Secret Agent" not in names(d)
    assert "Free Culture" not in names(d)
    assert {"Joseph Conrad", "Lawrence Lessig", "Hugh McGuire"} <= names(d)


def test_person_after_a_persons_possessive_with_a_given_name_stays():
    d = draft("Barack Obama's adviser said so. Joe Biden's John Smith said he agreed.")
    assert "John Smith" in names(d)


def test_name_before_an_installation_or_column_noun_is_no_actor():
    d = draft(
        "Allton had only seen the Silver Clouds installation, "
        "and readers of the Savage Love advice column voted, curator Ann Burns said."
    )
    assert "Silver Clouds" not in names(d)
    assert "Savage Love" not in names(d)
    assert "Ann Burns" in names(d)


def test_product_with_a_version_number_is_no_actor():
    d = draft(
        "Microsoft's Internet Explorer 9 is almost complete, and Internet Explorer has lost "
        "share, said Ryan Gavin. The Nasdaq 100 fell."
    )
    assert "Internet Explorer" not in names(d)
    assert "Microsoft" in names(d)
    assert "Ryan Gavin" in names(d)
    assert speakers(d)


def test_organiser_before_an_exhibit_and_artist_before_an_installation_stay():
    d = draft(
        "The successful UNC Greensboro exhibit included Polaroids by Andy Warhol. The Andy Warhol "
        "installation drew crowds, curator Ann Burns said."
    )
    assert {"UNC Greensboro", "Andy Warhol"} <= names(d)


def test_owner_written_before_a_hyphen_after_aboard_stays():
    d = draft(
        "She claimed that the Church of Scientology held her aboard the Scientology-owned ship "
        "Freewinds. Scientology denied it."
    )
    assert "Church of Scientology" in names(d)
    assert "Freewinds" not in names(d)


def test_name_described_as_a_work_or_craft_is_no_actor():
    d = draft(
        "Stardust is a NASA space capsule that collected samples. Angel Catbird, a graphic novel "
        "by Margaret Atwood, sold well. Stardust landed in Utah, NASA said."
    )
    assert "Stardust" not in names(d)
    assert "Angel Catbird" not in names(d)
    assert {"Margaret Atwood", "NASA"} <= names(d)


def test_body_or_person_described_by_a_work_noun_stays():
    d = draft(
        "Maersk, a ship operator, and Paramount, the film studio, agreed. Mary Jones, the film's "
        "director, said the deal was good."
    )
    assert {"Maersk", "Paramount", "Mary Jones"} <= names(d)


def test_name_headed_by_series_or_trophy_is_no_actor():
    d = draft(
        "Kevin Conroy voiced Batman in Batman: The Animated Series, and the team won the Stanley "
        "Cup and the Ashes Trophy, coach Ann Burns said."
    )
    assert not {n for n in names(d) if n.endswith(("Series", "Trophy"))}
    assert {"Kevin Conroy", "Ann Burns"} <= names(d)


def test_named_operation_is_no_actor_unless_it_speaks():
    d = draft(
        "Posts on the message board for the critic site Operation Clambake theorized about an "
        "attack. Operation Rescue said it would protest, its leader Troy Newman said."
    )
    assert "Operation Clambake" not in names(d)
    assert "Operation Rescue" in names(d)


def test_ship_or_ferry_as_a_verb_names_no_craft():
    d = draft(
        "Dell will ship Acme Industries the parts this year, and the army will ferry Red Cross "
        "workers to the coast, Dell's John Smith told reporters."
    )
    assert {"Acme Industries", "Red Cross", "John Smith"} <= names(d)


def test_peacekeeping_mission_and_a_verb_before_a_name_keep_the_actor():
    d = draft(
        "Rebels attacked Unity Force Command, the UN peacekeeping mission in Congo, on Monday. Crews will "
        "film Tom Cruise in Paris next week, officials told reporters."
    )
    assert {"Unity Force Command", "Tom Cruise"} <= names(d)
