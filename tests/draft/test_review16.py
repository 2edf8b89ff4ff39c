"""Review 16: misfires of round 23's rules on ordinary news text (invented sentences in the
shapes the rules target and in nearby shapes they must leave alone)."""

from conftest import draft


def _actors(d):
    return {a["name"]: a for a in d.data["actors"]}


def test_a_state_after_a_day_or_a_month_and_a_comma_is_still_an_actor():
    # round 23 read "Monday, California" and "May, Texas" as a city and its state, so the
    # state that sued or passed a law was no actor of the event
    for text, state in (
        ("On Monday, California sued the Environmental Protection Agency over the rule.",
         "California"),
        ("In May, Texas passed a law banning the practice.", "Texas"),
        ("Under Governor Rick Perry, Texas passed a law banning the practice in May.", "Texas"),
    ):
        d = draft(text)
        assert state in _actors(d), text
        assert [e["actors"] for e in d.data["timeline"]][0].count(state.lower()) == 1, text


def test_a_state_after_its_city_is_still_no_actor():
    for text in ("The plant in Long Beach, California will close in 2010.",
                 "On Monday, the plant in Sacramento, California was closed."):
        assert "California" not in _actors(draft(text)), text


def _roles(d):
    return {a["name"]: a.get("role", "") for a in d.data["actors"]}


def test_a_list_of_titled_persons_after_a_name_is_no_role_of_it():
    # analyst7's capitalised role after a name took the persons listed after Blair as his role
    d = draft("The talks on Monday were attended by Tony Blair, Chancellor of the Exchequer "
              "Gordon Brown and Foreign Secretary Jack Straw.")
    assert _roles(d) == {"Tony Blair": "", "Gordon Brown": "Chancellor of the Exchequer",
                         "Jack Straw": "Foreign Secretary"}
    d = draft("Bush met Tony Blair, Secretary of State Colin Powell and Defense Secretary "
              "Donald Rumsfeld on Monday.")
    assert _roles(d)["Tony Blair"] == ""


def test_a_capitalised_role_after_a_name_naming_a_body_is_kept():
    d = draft("Bob Lutz, Vice Chairman of General Motors, said the car would be built.")
    assert _roles(d)["Bob Lutz"] == "Vice Chairman of General Motors"
    d = draft("The award went to John Smith, Professor of Physics at Harvard, who said he was "
              "delighted.")
    assert _roles(d)["John Smith"] == "Professor of Physics at Harvard"


def test_a_word_of_time_opening_the_sentence_is_no_part_of_the_role_before_the_name():
    # round 23's "Ryanair CEO, Michael O'Leary, ..." took "Yesterday" into the role
    for text, name, role in (
        ("Yesterday Ryanair chairman, Michael O'Leary, said fares would fall.",
         "Michael O'Leary", "Ryanair chairman"),
        ("Meanwhile Airbus President, Tom Enders, said the A380 would fly.", "Tom Enders",
         "Airbus President"),
        ("Ryanair CEO, Michael O'Leary, said fares would fall.", "Michael O'Leary",
         "Ryanair CEO"),
    ):
        assert _roles(draft(text))[name] == role, text


def test_a_person_with_a_place_word_in_the_name_is_still_one_after_threw_at():
    # review 15's place words after "threw ... at" took "Park Geun-hye" (Park) and "Anita
    # Hill" (Hill), the persons round 21's rule was made for ("threw shoes at Shinzo Abe")
    for text, name in (
        ("Protesters threw eggs at Park Geun-hye during her visit on Tuesday.", "Park Geun-hye"),
        ("Demonstrators threw shoes at Anita Hill on Tuesday.", "Anita Hill"),
    ):
        d = draft(text)
        assert _actors(d)[name]["kind"] == "person", text
        assert d.data["timeline"][0]["actors"] != [], text


def test_a_place_after_fired_at_is_still_no_person():
    for text in ("Militants fired at Camp Bastion on Tuesday.",
                 "Insurgents fired at Kandahar Airfield on Tuesday.",
                 "Militants fired rockets at Beit Hanoun on Tuesday."):
        assert not [a for a in draft(text).data["actors"] if a["kind"] == "person"], text
