"""Which of an actor's forms the draft gives as its aliases: a capital or a city is an alias
of its country (or body) only where the text uses it for that actor ("Moscow denies",
"thanked Pyongyang"), never where it only names a place in it ("in Kabul", "Suvarnabhumi
Airport, which serves Bangkok, Thailand", "Everett, Washington")."""

from __future__ import annotations

import re
from functools import lru_cache

from .cities import well_known_city
from .gazetteer import SURFACE
from .index import ActorIndex, fold
from .sentences import Sentence

# words before a name that make it a place: "in Kabul", "from Toulouse to Sydney", "the
# capital of Pyongyang"
_PLACE_BEFORE = re.compile(
    r"(?:\b(?:in|at|near|from|to|across|outside|inside|into|via|around|throughout|towards?|"
    r"(?:capital|city|streets|outskirts|suburbs?|ports?) of|"
    # "an Ottawa street", "the Taipei lantern festival": a capital as a place's adjective
    r"a|an|the)\s+(?:(?:downtown|central|greater|suburban|inner|outer|northern|southern|"
    r"eastern|western|north|south|east|west)\s+)?"
    # "the University of Copenhagen": a capital in a longer name; "the capital, Wellington"
    r"|\b(?-i:[A-Z][a-z]+) of\s+|\bcapital,\s+|\b(?:downtown|central|greater|suburban)\s+)$",
    re.I,
)
# "governments from Seoul to Washington": bodies named by the places they sit in, a metonym
_BODIES_FROM = re.compile(
    r"\b(?:governments|officials|leaders|capitals|diplomats|policymakers|regulators|"
    r"lawmakers|allies)\s+from\s+(?:(?:[A-Z][\w’'.-]*\s+){1,3}to\s+)?$"
)
_LED_BY = re.compile(r"-(?:led|backed|controlled|allied|sponsored|supported|brokered|aligned)\b")
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)\s")
# "Everett, Washington": a name after another place's name and a comma is the region it lies in
_PLACE_NAME_BEFORE = re.compile(r"\b([A-Z][\w.’'-]*),\s+$")
# "Bangkok, Thailand", "Dakar in Senegal": a name before a comma (or "in") and a country's
# name is a place in that country
_COUNTRY_AFTER = re.compile(r"(?:,|\s+in)\s+([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})")


def _a_place_name(form: str) -> bool:
    entry = SURFACE.get(form)
    return (entry is not None and form in entry.capitals) or well_known_city(form)


def used_as_place(sentence: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` of the sentence names a place there, not the actor it
    stands for: after a place preposition, after another place's name and a comma, or before
    a comma and a country's name."""
    if _LED_BY.match(sentence, end):
        return False  # "a Moscow-led bloc", "Tehran-backed forces": the country acts
    before = sentence[:start]
    if _PLACE_BEFORE.search(before):
        # "learn from Tokyo's response": the preposition governs what the name owns
        return not _BODIES_FROM.search(before) and not _POSSESSIVE.match(sentence, end)
    other = _PLACE_NAME_BEFORE.search(before)
    if other and other.group(1) not in SURFACE:
        return True  # "Everett, Washington" (not "Seoul, Washington and Tokyo")
    after = _COUNTRY_AFTER.match(sentence, end)
    if after:
        words = after.group(1).split()
        for n in range(len(words), 0, -1):
            entry = SURFACE.get(" ".join(words[:n]))
            if entry is not None and entry.kind == "country":
                return True  # "Bangkok, Thailand"
    return False


def place_forms(index: ActorIndex, sents: list[Sentence]) -> dict[str, set[str]]:
    """Per actor key, the forms that are a capital's or a city's name and that the text uses
    only as a place, wherever it writes them: no alias of that actor. (Every use is read, not
    only those the index holds: "that Pyongyang would respond" may be no mention there.)"""
    out: dict[str, set[str]] = {}
    for actor in index.actors.values():
        if actor.kind not in ("country", "organization"):
            continue
        for form in actor.forms:
            if fold(form) != fold(actor.name) and _a_place_name(form) and _only_a_place(form, sents):
                out.setdefault(actor.key, set()).add(fold(form))
    return out


@lru_cache(maxsize=1024)
def _uses_of(form: str) -> re.Pattern:
    return re.compile(rf"\b{re.escape(form)}\b(?! [A-Z])")


def _only_a_place(form: str, sents: list[Sentence]) -> bool:
    """Whether the text writes ``form`` and each time as a place ("in Kabul"), leaving out
    the times it opens a longer name ("Washington Dulles International Airport")."""
    pattern = _uses_of(form)
    seen = False
    for sent in sents:
        if form not in sent.text:
            continue
        for m in pattern.finditer(sent.text):
            if not used_as_place(sent.text, m.start(), m.end()):
                return False
            seen = True
    return seen


def places_only(index: ActorIndex, sents: list[Sentence], places: dict[str, set[str]]) -> set[str]:
    """Keys of the countries the text names only by a place in them ("the 2012 Summer
    Paralympics in London": no United Kingdom is named): no actor of the article."""
    out = set()
    for key, forms in places.items():
        if index.actors[key].kind != "country":
            continue
        named = [
            fold(sent.text[m.start : m.end])
            for n, sent in enumerate(sents)
            for m in index.at(n)
            if m.key == key
        ]
        if named and all(form in forms for form in named) and not _country_named(key, index, sents):
            out.add(key)
    return out


def _country_named(key: str, index: ActorIndex, sents: list[Sentence]) -> bool:
    """Whether the text writes the country's name, another of its names or its people's
    ("the Nigerian capital", "Nigerian President Bola Adeyemi-Cole") anywhere."""
    entry = SURFACE.get(index.actors[key].name)
    if entry is None:
        return True
    words = [w for w in [entry.name, *entry.aliases, *entry.demonyms] if w]
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b")
    return any(pattern.search(sent.text) for sent in sents)
