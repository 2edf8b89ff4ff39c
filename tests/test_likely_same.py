"""`briefing check` notices actors that are very probably one, and only those."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.content.likely_same import acronyms, one_edit_apart, words
from tests.test_check import edit, run_check

DEAL = "content/articles/2024-03-02-port-deal.yaml"
STRIKE = "content/articles/2024-05-20-harbour-strike.yaml"
def advice(old: str, new: str) -> str:
    return (f"if they are one, run 'briefing merge {old} {new}' (or 'briefing merge {new} "
            f"{old}' to keep the id '{old}'; --dry-run shows each line it would change)")


def actor(ident: str, name: str, kind: str = "person", aliases: str = "") -> str:
    more = f"    aliases: [{aliases}]\n" if aliases else ""
    return f"  - id: {ident}\n    name: {name}\n    kind: {kind}\n{more}"


def notices(project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
            deal: str = "", strike: str = "") -> list[str]:
    """The notices of `briefing check` once `deal` and `strike` (actor entries) head the
    actors of the two articles; the check must stay clean."""
    if deal:
        edit(project, DEAL, "actors:\n", "actors:\n" + deal)
    if strike:
        edit(project, STRIKE, "actors:\n", "actors:\n" + strike)
    status, lines, err = run_check(project, capsys, monkeypatch)
    assert (status, lines) == (0, [])
    said = err.splitlines()
    assert said[0].startswith("briefing check: the content is clean")
    return [line for line in said[1:] if "not yet reviewed" not in line]


def test_the_fixture_gives_no_notice(project: Path, capsys: pytest.CaptureFixture[str],
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    assert notices(project, capsys, monkeypatch) == []


def test_a_typo_in_a_surname(project: Path, capsys: pytest.CaptureFixture[str],
                             monkeypatch: pytest.MonkeyPatch) -> None:
    found = notices(project, capsys, monkeypatch, deal=actor("paul-nesbitt", "Paul Nesbitt"),
                    strike=actor("paul-nesbit", "Paul Nesbit"))
    assert found == [f"{STRIKE}:7:5: actor 'paul-nesbit' (Paul Nesbit) may be 'paul-nesbitt' "
                     f"(Paul Nesbitt) of {DEAL}:11:5; {advice('paul-nesbit', 'paul-nesbitt')}"]


def test_the_same_name_but_for_case_accents_and_punctuation(
        project: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    found = notices(project, capsys, monkeypatch, deal=actor("jose-marti", "José Martí"),
                    strike=actor("marti-jose", "jose marti") + actor(
                        "us-navy", "the U.S. Navy", "organization"))
    assert found == [f"{STRIKE}:7:5: actor 'marti-jose' (jose marti) may be 'jose-marti' "
                     f"(José Martí) of {DEAL}:11:5; {advice('marti-jose', 'jose-marti')}"]


def test_a_surname_alone(project: Path, capsys: pytest.CaptureFixture[str],
                         monkeypatch: pytest.MonkeyPatch) -> None:
    found = notices(project, capsys, monkeypatch, deal=actor("vladimir-putin", "Vladimir Putin"),
                    strike=actor("putin", "Putin"))
    assert found == [f"{STRIKE}:7:5: actor 'putin' (Putin) may be 'vladimir-putin' "
                     f"(Vladimir Putin) of {DEAL}:11:5; {advice('putin', 'vladimir-putin')}"]


def test_an_acronym_and_an_alias(project: Path, capsys: pytest.CaptureFixture[str],
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    found = notices(project, capsys, monkeypatch,
                    deal=actor("gao", "GAO", "organization")
                    + actor("dock-union", "Dock Workers Union", "organization"),
                    strike=actor("government-accountability-office",
                                 "Government Accountability Office", "organization")
                    + actor("dwu", "The Union", "organization", "Dock Workers Union"))
    assert found == [
        f"{STRIKE}:7:5: actor 'government-accountability-office' (Government Accountability "
        f"Office, also called GAO) may be 'gao' (GAO) of {DEAL}:11:5; "
        f"{advice('government-accountability-office', 'gao')}",
        f"{STRIKE}:10:5: actor 'dwu' (The Union, also called Dock Workers Union) may be "
        f"'dock-union' (Dock Workers Union) of {DEAL}:14:5; {advice('dwu', 'dock-union')}"]


def test_a_shared_actor_and_two_in_one_article(project: Path,
                                               capsys: pytest.CaptureFixture[str],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    found = notices(project, capsys, monkeypatch, deal=actor("ferrer", "Ferrer"),
                    strike=actor("untied-nations", "Untied Nations", "organization")
                    + actor("united-nations", "United Nations", "organization"))
    assert found == [
        f"{DEAL}:11:5: actor 'ferrer' (Ferrer) may be 'alba' (Alba Ferrer) of "
        f"content/actors.yaml:3:5; {advice('ferrer', 'alba')}",
        f"{STRIKE}:10:5: actor 'united-nations' (United Nations) may be 'untied-nations' "
        f"(Untied Nations) of {STRIKE}:7:5; {advice('united-nations', 'untied-nations')}"]


def test_pairs_that_are_two(project: Path, capsys: pytest.CaptureFixture[str],
                            monkeypatch: pytest.MonkeyPatch) -> None:
    """Two Kims, two given names, two countries a letter apart, a person and a country of
    one name, two aircraft, a shared surname and an alias that is also another's name: no
    notice."""
    found = notices(
        project, capsys, monkeypatch,
        deal=actor("kim-jong-un", "Kim Jong Un") + actor("jim-smith", "Jim Smith")
        + actor("gambia", "Gambia", "country") + actor("georgia", "Georgia", "country")
        + actor("airbus-a330", "Airbus A330", "group") + actor("anna-smith", "Anna Smith")
        + actor("jordan-b", "Jordan Brown"),
        strike=actor("kim-yo-jong", "Kim Yo Jong") + actor("tim-smith", "Tim Smith")
        + actor("zambia", "Zambia", "country") + actor("georgia-p", "Georgia")
        + actor("airbus-a340", "Airbus A340", "group") + actor("smith", "Smith")
        + actor("kim", "Kim") + actor("jordan", "Jordan", "country")
        + actor("paula-nesbit", "Paula Nesbit") + actor("paul-nesbit", "Paul Nesbit")
        + actor("kim-jong-un-2", "Leader", aliases="Kim"))
    assert found == []


@pytest.mark.parametrize(("first", "second", "apart"), [
    ("nesbit", "nesbitt", True), ("united", "untied", True), ("grumman", "gruman", True), ("grumman", "grumann", False),
    ("smith", "smith", False), ("smith", "smyths", False), ("abc", "ab", True), ("ab", "ba", True),
    ("abcd", "abdc", True), ("abcd", "badc", False)])
def test_one_edit_apart(first: str, second: str, apart: bool) -> None:
    assert one_edit_apart(first, second) is apart
    assert one_edit_apart(second, first) is apart


def test_words_and_acronyms() -> None:
    assert words("The Pentagon") == ("pentagon",)
    assert words("Kim Jong-un") == ("kim", "jong", "un")
    assert words("O\u2019Brien, Seán") == ("obrien", "sean")
    assert words("U.S.") == ("u", "s")
    assert acronyms("Department of Defense") == {"dod", "dd"}
    assert acronyms("Boeing") == set()


def test_many_persons_of_one_surname_and_the_surname_alone_give_no_notice() -> None:
    # the surname alone is held by every one of them: no pair. (Its speed, which was
    # quadratic in the persons sharing a word, 2.5 s of CPU at 10,000, 0.5 s now, is
    # measured by `briefing check` in bench/run.py, not by a test that fails on a timing.)
    from types import SimpleNamespace

    from generator.content.likely_same import _pairs
    from generator.content.model import Actor

    actors = {f"p{i}": Actor(f"p{i}", f"Given{i} Smith", "person") for i in range(2_000)}
    actors["smith"] = Actor("smith", "Smith", "person")
    assert list(_pairs(SimpleNamespace(actors=actors))) == []  # type: ignore[arg-type]


@pytest.mark.parametrize(("deal", "strike"), [
    (("vladimir-putin", "Владимир Путин"), ("putin", "Путин")),
    (("xi-jinping", "习近平"), ("xi", "习近平")),
    (("soren-kierkegaard", "Søren Kierkegaard"), ("kierkegaard", "Soren Kierkegaard"))])
def test_names_in_any_script_and_latin_letters_without_accents(
        project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        deal: tuple[str, str], strike: tuple[str, str]) -> None:
    # their letters were dropped: a Cyrillic or Chinese name had no words (never noticed),
    # "Søren" was the words "s" and "ren"
    found = notices(project, capsys, monkeypatch, deal=actor(*deal), strike=actor(*strike))
    assert found == [f"{STRIKE}:7:5: actor '{strike[0]}' ({strike[1]}) may be '{deal[0]}' "
                     f"({deal[1]}) of {DEAL}:11:5; {advice(strike[0], deal[0])}"]


def test_no_typo_is_read_in_a_name_outside_the_latin_alphabet(
        project: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    # Petrov and Petrova are a husband and his wife
    assert notices(project, capsys, monkeypatch, deal=actor("ivan-petrov", "Иван Петров"),
                   strike=actor("ivan-petrova", "Иван Петрова")) == []


def test_words_of_other_scripts_and_letters() -> None:
    assert words("Søren Kierkegaard") == ("soren", "kierkegaard")
    assert words("Lech Wałęsa, Straße") == ("lech", "walesa", "strasse")
    assert words("Владимир Путин") == ("владимир", "путин")
    assert words("习近平") == ("习近平",)
    assert words("محمد بن سلمان") == ("محمد", "بن", "سلمان")


def test_a_company_with_and_without_its_legal_form(
        project: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """An analyst's week (branch analyst4): "Rolls-Royce" defined in one article, "Rolls-Royce
    plc" months later in another gave no notice, nor "Apple" and "Apple Inc."; a person, a
    name that is only a legal form and Apple Corps (no legal form) give none."""
    found = notices(
        project, capsys, monkeypatch,
        deal=actor("rolls-royce", "Rolls-Royce", "organization")
        + actor("apple-inc", "Apple Inc.", "organization")
        + actor("jane-ag", "Jane Ag") + actor("inc", "Inc.", "organization"),
        strike=actor("rolls-royce-plc", "Rolls-Royce plc", "organization")
        + actor("apple", "Apple", "organization") + actor("apple-corps", "Apple Corps",
                                                          "organization")
        + actor("jane", "Jane"))
    assert found == [
        f"{STRIKE}:7:5: actor 'rolls-royce-plc' (Rolls-Royce plc) may be 'rolls-royce' "
        f"(Rolls-Royce) of {DEAL}:11:5; {advice('rolls-royce-plc', 'rolls-royce')}",
        f"{STRIKE}:10:5: actor 'apple' (Apple) may be 'apple-inc' (Apple Inc.) of "
        f"{DEAL}:14:5; {advice('apple', 'apple-inc')}"]


def test_a_company_with_its_legal_form_and_one_called_so_without_it(
        project: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A second analyst's week (branch analyst5): twelve Apple articles drafted "Apple
    Computer" (also called Apple); the thirteenth "Apple Inc.", with no notice. Apple Corps
    Ltd (its name without the legal form is no one's alias) gives none."""
    found = notices(
        project, capsys, monkeypatch,
        deal=actor("apple-computer", "Apple Computer", "organization", "Apple"),
        strike=actor("apple-inc", "Apple Inc.", "organization")
        + actor("apple-corps", "Apple Corps Ltd", "organization"))
    assert found == [
        f"{STRIKE}:7:5: actor 'apple-inc' (Apple Inc.) may be 'apple-computer' (Apple "
        f"Computer, also called Apple) of {DEAL}:11:5; {advice('apple-inc', 'apple-computer')}"]


def test_thousands_of_one_name_give_a_pair_each_not_one_per_two_of_them() -> None:
    # attack round four: a 175 KB actors.yaml of 4,000 persons named "Xavier" made `briefing
    # check` take 130 s of CPU and 3.4 GB for 8 million notices (a pair for every two of
    # them, by name, by alias and by typo); each is now paired with the first of its kind
    from types import SimpleNamespace

    from generator.content.likely_same import _pairs
    from generator.content.model import Actor

    n = 500
    actors = {f"x{i}": Actor(f"x{i}", "Xavier Nesbitt", "person") for i in range(n)}
    actors |= {f"y{i}": Actor(f"y{i}", "Xavier Nesbit", "person") for i in range(n)}
    actors |= {f"w{i}": Actor(f"w{i}", "Harbour Board", "organization") for i in range(n)}
    actors |= {f"z{i}": Actor(f"z{i}", f"Other {i}", "organization", ["Harbour Board"])
               for i in range(n)}
    pairs = {(a.id, b.id) for a, b, _ in _pairs(SimpleNamespace(actors=actors))}
    assert len(pairs) < 5 * n
    firsts = {"x0", "y0", "w0"}
    assert {b for a, b in pairs if a in firsts} | {a for a, b in pairs if b in firsts} >= (
        set(actors) - firsts)  # every one still named beside the first of its name
    assert ("x0", "y0") in pairs or ("y0", "x0") in pairs  # and the typo between the names


@pytest.mark.parametrize("name", ["W\u0435stmark", "W\u0435\u0455tmark", "W\u0435stm\u0430rk",
                                  "Westm\u03b1rk"])
def test_a_name_written_with_letters_of_another_alphabet_that_look_latin(
        name: str, project: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """attack11: a contributor's actor "Wеstmark" (a Cyrillic е) looks like Westmark on every
    page, and a claim put in its mouth reads as Westmark's; no notice named the pair (an
    invisible space or a soft hyphen got one). A word of Latin letters with Cyrillic or Greek
    ones among them is read as the Latin word it looks like."""
    found = notices(project, capsys, monkeypatch,
                    strike=actor("westmark-2", f'"{name}"', "country"))
    assert found == [f"{STRIKE}:7:5: actor 'westmark-2' ({name}) may be 'westmark' (Westmark) "
                     f"of content/actors.yaml:15:5; {advice('westmark-2', 'westmark')}"]


def test_a_name_all_in_another_alphabet_is_not_read_as_latin() -> None:
    # "Тор" (Russian, all Cyrillic) stays itself: only a word that mixes alphabets is folded
    assert words("\u0422\u043e\u0440") == ("\u0442\u043e\u0440",)
    assert words("W\u0435stmark") == ("westmark",)
