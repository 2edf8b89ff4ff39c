"""Real text, round 6 follow-ups (issue 10): actors whose misses cost quotes -- a place-name
surname, a place word as surname after a role, a museum's name with "of", a kind noun before a
one-word name (generator/draft/names.py, actors.py)."""

from conftest import draft, speakers


def kinds(d):
    return {a["name"]: a["kind"] for a in d.data["actors"]}


def test_given_name_before_a_capital_makes_a_person_named_by_the_capital():
    d = draft(
        "Valeska Paris, a former Scientologist, said she was held on the ship. "
        'Paris said: "I was told to stay."'
    )
    assert kinds(d) == {"Valeska Paris": "person"}
    assert set(speakers(d).values()) == {"Valeska Paris"}


def test_capital_after_a_place_preposition_or_a_place_word_stays_the_country():
    d = draft("Officials in Greater Paris said on Monday that tourists came to Paris.")
    assert "France" in kinds(d)
    assert "Greater Paris" not in kinds(d)


def test_role_before_a_given_name_and_a_place_word_makes_a_person():
    d = draft(
        '"The show opens in May," said director Helen Park on Monday. '
        '"It will be great," Park said. Museum Director Arthur Hall agreed.'
    )
    assert kinds(d) == {"Helen Park": "person", "Arthur Hall": "person"}
    said = speakers(d)
    assert said["The show opens in May"] == said["It will be great"] == "Helen Park"


def test_place_word_after_a_name_without_a_role_stays_a_place():
    d = draft("Thousands marched through Hyde Park and Gorky Park on Monday, police said.")
    assert kinds(d) == {}


def test_museum_or_gallery_named_with_of_keeps_its_head():
    d = draft(
        "The Springfield Museum of Art said on Monday that it would close, and the National "
        "Gallery of Art agreed."
    )
    assert kinds(d) == {
        "Springfield Museum of Art": "organization",
        "National Gallery of Art": "organization",
    }


def test_museum_without_of_is_still_a_place():
    d = draft("The paintings hang in the Louvre Museum and the Tate Gallery, curators said.")
    assert kinds(d) == {}


def test_lower_case_kind_noun_before_a_one_word_name_makes_a_body():
    d = draft(
        "Consumer watchdog Altroconsumo said prices rose, and the charity Oxfam agreed on Monday."
    )
    assert kinds(d) == {"Altroconsumo": "organization", "Oxfam": "organization"}


def test_two_word_name_followed_by_what_only_a_company_owns_is_a_company():
    d = draft(
        "Rio Tinto said on Monday that profit rose. Rio Tinto's shares fell 3 percent, and "
        "investors bought shares in Kelley Blue Book, Kelley Blue Book said."
    )
    assert kinds(d) == {"Rio Tinto": "organization", "Kelley Blue Book": "organization"}


def test_person_with_a_possessive_that_a_person_has_stays_a_person():
    d = draft("John Smith said on Monday that his shares fell. John Smith's wife agreed.")
    assert kinds(d) == {"John Smith": "person"}


def test_name_written_with_a_possessive_before_a_verb_keeps_it():
    d = draft(
        "Shoppers went to Lowe's and Macy's on Monday, and Lowe's said sales rose. "
        "It was Smith's idea, aides said."
    )
    k = kinds(d)
    assert k["Lowe's"] == "organization"
    assert "Lowe" not in k and "Smith's" not in k


def test_capital_after_an_opening_preposition_or_participle_stays_the_country():
    d = draft("Across Paris, shops closed. Visiting Paris, the minister said trade rose.")
    assert "France" in kinds(d)
    assert not any(k == "person" for k in kinds(d).values())
