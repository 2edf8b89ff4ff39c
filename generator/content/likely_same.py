"""Actors that are very probably one: two ids that articles drafted apart for one person or body.

Not a problem (the content is valid either way) but a notice for `briefing check`: if they are
one, the site splits that actor's page in two. Precision first: a notice on every check would
teach people to ignore it, so only these pairs of the same kind (or one kind empty) are named:
- the same name once case, accents, punctuation and a leading "the" are set aside;
- a person named by the other's surname alone, or without the given name ("Putin" and
  "Vladimir Putin"), when no other person's name holds that word;
- names one typing mistake apart (one letter left out, added, changed or two swapped), in a
  word of at least 5 Latin letters that is not a person's given name, neither letter the first
  nor a digit, and the whole names at least 6 letters long;
- one actor's alias, or its acronym, that is the other's name ("GAO");
- organizations named the same but for a legal form ending one name ("Rolls-Royce plc").
Pairs are found through dictionaries of keys (a folded name, a name with one word left blank),
never by comparing each actor with every other one.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from functools import lru_cache

from .model import Actor, Content
from .problems import Problem

MIN_NAME_LETTERS = 6  # the typo rule: shorter names one letter apart are often two (Iran, Iraq)
# the typo rule: more names than this one letter apart in one word are a family, not a typo
MAX_ONE_EDIT_APART = 8
MIN_WORD_LETTERS = 5  # ... and so are shorter words (Smith, Smyth would pass: 5 letters)
# the surname and typo rules key a name by each of its words (its tail from there; the words
# around it): a name of more words than this is no person's or body's, and one of 40,000 words
# (360 KB) made those keys quadratic, 23 GB before the kernel killed `check` (attack11)
MAX_NAME_WORDS = 16
_NOT_WORD = re.compile(r"[\W_]+")  # letters and digits of any script make words
# Latin letters that lose no accent in NFKD: "Søren" is "Soren", "Wałęsa" "Walesa"
_LATIN = str.maketrans({"ø": "o", "ł": "l", "đ": "d", "ð": "d", "ß": "ss", "æ": "ae",
                        "œ": "oe", "þ": "th", "ı": "i"})
_SMALL_WORDS = frozenset({"of", "the", "and", "for", "on", "in", "to", "at", "de", "du", "la"})
# Cyrillic and Greek letters drawn like Latin ones (lower case: `words` folds case first). A
# word of Latin letters with one of these among them reads as the Latin word it looks like:
# "Wеstmark" with a Cyrillic е was a second Westmark no notice named (attack11). A word all
# in one alphabet ("Тор") stays itself.
_LOOKS_LATIN = str.maketrans(dict(zip(
    "аеорсухіјѕԁһԛԝүвкмнт" "αβεζηικμνορτυχ",
    "aeopcyxijsdhqwybkmht" "abezhikmnoptux", strict=True)))
_MIXED = re.compile(r"(?=\w*[a-z])(?=\w*[^\W\d_a-z])\w+")  # Latin and other letters in a word


@lru_cache(maxsize=1 << 16)
def words(name: str) -> tuple[str, ...]:
    """The name's words, folded: lower case, no accents, no punctuation, no leading "the"
    ("The Pentagon" and "pentagon"; "O'Brien" and "OBrien"; "Kim Jong-un" and "Kim Jong Un";
    "Søren" and "Soren"), in any script ("Путин")."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower().translate(_LATIN)
    if not text.isascii():
        text = _MIXED.sub(lambda m: m.group().translate(_LOOKS_LATIN), text)
    text = text.replace("'", "").replace("\u2019", "").replace(".", " ")
    found = tuple(w for w in _NOT_WORD.split(text) if w)
    return found[1:] if len(found) > 1 and found[0] == "the" else found


def acronyms(name: str) -> set[str]:
    """The acronyms a name may go by: the initials of its words, with and without the small
    ones ("Department of Defense": DD, DOD); none for a name of fewer than two words."""
    parts = [w for w in re.split(r"[\s\-]+", name) if w[:1].isalpha()]
    if len(parts) < 2:
        return set()
    found = {"".join(w[0] for w in parts).lower(),
             "".join(w[0] for w in parts if w.lower() not in _SMALL_WORDS).lower()}
    return {a for a in found if len(a) >= 2}


def _is_acronym(name: str) -> bool:
    """Written in capitals, as an acronym is: GAO, U.S., EU."""
    letters = [c for c in name if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _kinds_agree(first: Actor, second: Actor) -> bool:
    return not first.kind or not second.kind or first.kind == second.kind


def _persons(first: Actor, second: Actor) -> bool:
    return (first.kind or second.kind) == "person" and _kinds_agree(first, second)


def one_edit_apart(first: str, second: str) -> bool:
    """Whether one letter left out, added, changed or two next to each other swapped turns
    one word into the other (and they differ)."""
    if first == second or abs(len(first) - len(second)) > 1:
        return False
    start = 0
    while start < min(len(first), len(second)) and first[start] == second[start]:
        start += 1
    a, b = first[start:], second[start:]
    if len(a) == len(b):
        return a[1:] == b[1:] or (len(a) >= 2 and a[0] == b[1] and a[1] == b[0]
                                  and a[2:] == b[2:])
    return a[1:] == b if len(a) > len(b) else b[1:] == a


def _typo(first: Actor, second: Actor, at: int) -> bool:
    """Whether the names differ by one typing mistake in their word `at`, a word long enough
    and not a person's given name, with the same first letter and no digit changed."""
    a, b = words(first.name)[at], words(second.name)[at]
    if not (a.isascii() and b.isascii()):
        return False  # Petrov and Petrova: a letter is read as a typo in Latin letters only
    if at == 0 and len(words(first.name)) > 1 and _persons(first, second):
        return False  # Jim Smith and Tim Smith are two people
    if min(len(a), len(b)) < MIN_WORD_LETTERS or a[0] != b[0] or not one_edit_apart(a, b):
        return False
    if any(c.isdigit() for c in a + b):
        return False  # Airbus A330 and A340, Section 1201 and 1202
    return min(len("".join(words(first.name))), len("".join(words(second.name)))) \
        >= MIN_NAME_LETTERS


def _pairs(content: Content) -> Iterator[tuple[Actor, Actor, str]]:
    """Every pair of actors that are very probably one, with the first one's alias or acronym
    when that is what matched, else "" (a pair may come more than once)."""
    actors = [a for a in content.actors.values() if words(a.name)]
    by_name: dict[str, list[Actor]] = defaultdict(list)
    for actor in actors:
        by_name["".join(words(actor.name))].append(actor)
    firsts = {key: _firsts(group) for key, group in by_name.items()}
    for key, group in by_name.items():  # the same name: each beside the first of its kind
        for first in firsts[key]:
            for second in group:
                if second is not first and _kinds_agree(first, second):
                    yield first, second, ""
    yield from _legal_forms(actors, firsts)
    holding = _persons_holding(actors)
    yield from _surnames(actors, holding)
    yield from _typos(actors)
    for actor in actors:  # an alias or an acronym that is another's name
        for alias in actor.aliases:
            for other in firsts.get("".join(words(alias)), []):
                if other is actor or not _kinds_agree(actor, other):
                    continue
                if _persons(actor, other) and _shared_word(holding, other, actor):
                    continue  # "Kim", an alias of Kim Jong Un, is also Kim Yo Jong's name
                yield actor, other, alias
        for acronym in acronyms(actor.name):
            for other in firsts.get(acronym, []):
                # an acronym only matches a name written as one (GAO, not Gao)
                if other is not actor and _kinds_agree(actor, other) and _is_acronym(other.name):
                    yield actor, other, acronym.upper()


# the legal forms a company's name may end with, as `words` folds them ("S.A.S." is s a s)
_LEGAL_FORMS = frozenset(tuple(form.split()) for form in (
    "inc", "incorporated", "ltd", "limited", "plc", "llc", "llp", "lp", "corp", "corporation",
    "co", "company", "ag", "gmbh", "se", "sa", "s a", "sas", "s a s", "nv", "n v", "bv",
    "b v", "spa", "s p a", "ab", "asa", "oyj", "kk", "pty ltd", "co ltd"))


def without_legal_form(found: tuple[str, ...]) -> tuple[str, ...]:
    """A name's words without the legal form that ends it ("Rolls-Royce plc", "Apple Inc."),
    if a word is left; else the words as they are."""
    for size in (3, 2, 1):
        if len(found) > size and found[-size:] in _LEGAL_FORMS:
            return found[:-size]
    return found


def _legal_forms(actors: list[Actor], firsts: dict[str, list[Actor]]
                 ) -> Iterator[tuple[Actor, Actor, str]]:
    """Organizations named the same but for a legal form at the end of one name ("Rolls-Royce"
    and "Rolls-Royce plc"), each beside the first actor of each kind of the shorter name (see
    `_firsts`), or of those called so ("Apple Inc." and "Apple Computer", also called Apple);
    two names with a legal form each are left alone (Apple Inc. and Apple Ltd may be two
    companies of two countries)."""
    called: dict[str, list[tuple[Actor, str]]] = defaultdict(list)
    for actor in actors:
        for alias in actor.aliases:
            if actor.kind in ("organization", "") and without_legal_form(words(alias)) == \
                    words(alias):
                called["".join(words(alias))].append((actor, alias))
    for actor in actors:
        if actor.kind not in ("organization", ""):
            continue
        found = words(actor.name)
        short = without_legal_form(found)
        if short == found:
            continue
        key = "".join(short)
        for other in firsts.get(key, []):
            if other is not actor and _kinds_agree(actor, other) and "organization" in (
                    actor.kind, other.kind):
                yield actor, other, ""
        for other, alias in _firsts_called(called.get(key, [])):
            if other is not actor and _kinds_agree(actor, other) and "organization" in (
                    actor.kind, other.kind):
                yield other, actor, alias


def _firsts_called(group: list[tuple[Actor, str]]) -> list[tuple[Actor, str]]:
    """The first actor of each kind among those called one name (see `_firsts`)."""
    first: dict[str, tuple[Actor, str]] = {}
    for actor, alias in group:
        first.setdefault(actor.kind, (actor, alias))
    return list(first.values())


def _firsts(group: list[Actor]) -> list[Actor]:
    """The first actor of each kind among actors of one name: the others are each named beside
    it, so a pair with it is enough (a pair for every two of them made 8 million notices, 130
    s and 3.4 GB, from 4,000 actors of one name in a 175 KB file)."""
    first: dict[str, Actor] = {}
    for actor in group:
        first.setdefault(actor.kind, actor)
    return list(first.values())


def _persons_holding(actors: list[Actor]) -> dict[str, set[str]]:
    """For each word of a person's name, the ids of the persons whose name holds it."""
    holding: dict[str, set[str]] = defaultdict(set)
    for actor in actors:
        if actor.kind in ("person", ""):
            for word in words(actor.name):
                holding[word].add(actor.id)
    return holding


def _shared_word(holding: dict[str, set[str]], short: Actor, full: Actor) -> bool:
    """Whether a third person's name holds the first word of the short name."""
    holders = holding[words(short.name)[0]]  # counted, not copied: it may hold thousands
    return len(holders) > (short.id in holders) + (full.id in holders)


def _surnames(actors: list[Actor], holding: dict[str, set[str]]
              ) -> Iterator[tuple[Actor, Actor, str]]:
    """Persons named by the other's last words ("Putin", "Vladimir Putin"; "Jong Un"), when
    no third person's name holds the short name's first word (two Smiths stay two)."""
    persons = [a for a in actors if a.kind in ("person", "")]
    by_words: dict[tuple[str, ...], list[Actor]] = defaultdict(list)
    for actor in persons:
        by_words[words(actor.name)].append(actor)
    for actor in persons:
        full = words(actor.name)
        for cut in range(1, len(full) if len(full) <= MAX_NAME_WORDS else 0):
            shorts = by_words.get(full[cut:], [])
            if len(shorts) != 1:
                continue  # two persons of the short name: each holds its first word
            short = shorts[0]
            if _persons(actor, short) and not _shared_word(holding, short, actor):
                yield actor, short, ""


def _typos(actors: list[Actor]) -> Iterator[tuple[Actor, Actor, str]]:
    """Names one typing mistake apart in one word, the other words the same: found through
    each name's words with one left blank, and that word with one letter or none left out
    (two words one mistake apart share such a form: nesbit, nesbitt; united, untied), as one
    key "words before|form|words after"."""
    blanked: dict[str, list[Actor]] = defaultdict(list)
    for actor in actors:
        found = words(actor.name)
        for at, word in enumerate(found if len(found) <= MAX_NAME_WORDS else ()):
            if len(word) < MIN_WORD_LETTERS - 1 or not word.isascii():
                continue
            head, tail = " ".join(found[:at]), " ".join(found[at + 1:])
            for form in {word} | {word[:i] + word[i + 1:] for i in range(len(word))}:
                blanked[f"{head}|{form}|{tail}"].append(actor)
    for key, group in blanked.items():
        group = list({(words(a.name), a.kind): a for a in reversed(group)}.values())[::-1]
        if not 2 <= len(group) <= MAX_ONE_EDIT_APART:
            continue  # one name, or a family of names (codes, numbered units), not a typo
        at = key.count(" ", 0, key.index("|")) + (key[0] != "|")
        for i, first in enumerate(group):
            for second in group[i + 1:]:
                if _kinds_agree(first, second) and _typo(first, second, at):
                    yield first, second, ""


def _where(actor: Actor, content: Content) -> Problem:
    return content.docs[actor.source].at(actor.key, "")


def _advice(old: str, new: str) -> str:
    """What to do if the two are one."""
    return (f"run 'briefing merge {old} {new}' (or 'briefing merge {new} {old}' to keep the id "
            f"'{old}'; --dry-run shows each line it would change)")


def likely_same(content: Content) -> list[Problem]:
    """A notice for each pair of actors that are very probably one person or body, placed at
    the later definition (an article's rather than content/actors.yaml's), sorted."""
    notices: dict[tuple[str, str], Problem] = {}
    for one, other, called in _pairs(content):
        if one.id == other.id:
            continue
        (first, a), (second, b) = sorted(((_where(one, content), one),
                                          (_where(other, content), other)),
                                         key=lambda p: p[0])
        if (a.id, b.id) in notices:
            continue
        shown = f"{b.name}, also called {called}" if called and b is one else b.name
        known = f"{a.name}, also called {called}" if called and a is one else a.name
        message = (f"actor '{b.id}' ({shown}) may be '{a.id}' ({known}) of "
                   f"{first.path}:{first.line}:{first.column}; if they are one, "
                   f"{_advice(b.id, a.id)}")
        notices[(a.id, b.id)] = Problem(second.path, second.line, second.column,
                                        message)
    return sorted(notices.values())
