"""The actors of an article and where each is named: the data the drafting rules share."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from .lexicon import NAME_SUFFIXES, NOT_NAMES, PERSON_CLAIMANTS

_FOLD_LETTERS = str.maketrans(
    {"ı": "i", "ø": "o", "ł": "l", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe"}
)
_SLUG_DROP = re.compile(r"[’'.]")
_SLUG_HYPHEN = re.compile(r"[^a-z0-9]+")
_LEADING_THE = re.compile(r"^the ")
_TRAILING_S = re.compile(r"'s$")
_INITIAL = re.compile(r"[A-Z]\.")


def article_scope(title: str) -> str:
    """Three words of an article's headline, for ids that belong to that article only."""
    words = [w for w in re.findall(r"[^\W_]+", title) if len(w) > 3][:3]
    return slugify(" ".join(words)) if words else ""


# An id names a file (actors/ID/index.html): a name of hostile text can be a word of any
# length, and the content check refuses ids over 200 characters (a scope or "-2" may follow)
MAX_SLUGIFIED = 80


def slugify(text: str) -> str:
    """Lower-case ASCII letters, digits and hyphens ("Martín Pérez" -> "martin-perez"), at
    most MAX_SLUGIFIED of them."""
    text = unicodedata.normalize("NFKD", text.lower().translate(_FOLD_LETTERS))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = _SLUG_DROP.sub("", text)
    return (_SLUG_HYPHEN.sub("-", text).strip("-") or "x")[:MAX_SLUGIFIED].rstrip("-")


def fold(text: str) -> str:
    """Compare names case-insensitively, without a leading 'the' or a possessive."""
    text = text.replace("’", "'").lower().strip()
    text = _LEADING_THE.sub("", text)
    return _TRAILING_S.sub("", text).strip(" .,")


@dataclass
class Actor:
    """One real-world actor of the article."""

    key: str
    name: str
    kind: str
    forms: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    role: str = ""
    count: int = 0
    id: str = ""
    known: bool = False
    arm: bool = False  # a company's arm read from a person's shape ("Magna Steyr"; round 27)

    def add_form(self, form: str) -> None:
        self.add_forms([form])

    def add_forms(self, forms: Iterable[str]) -> None:
        """Each of the forms that does not fold to the name or a form the actor has: the
        forms are folded once per call (a known actor's 20,000 aliases, added one at a time
        and each compared with the ones before, took `briefing draft` 4 minutes)."""
        seen = {fold(f) for f in [self.name, *self.forms]}
        for form in forms:
            form = re.sub(r"(?:’s|'s)$", "", form.strip())
            folded = fold(form)
            if form and folded not in seen:
                self.forms.append(form)
                seen.add(folded)

    @property
    def tokens(self) -> list[str]:
        return list(_name_tokens(self.name))


@lru_cache(maxsize=4096)
def _name_tokens(name: str) -> tuple[str, ...]:
    """The words of a name without initials and suffixes ("George W. Bush": George, Bush;
    "Martin Luther King Jr.": Martin, Luther, King)."""
    return tuple(t for t in name.split() if not _INITIAL.fullmatch(t) and t not in NAME_SUFFIXES)


@dataclass
class Mention:
    """A stretch of a sentence that names an actor."""

    start: int
    end: int
    key: str


@dataclass
class ActorIndex:
    """Actors of an article and, per sentence, where each is named."""

    actors: dict[str, Actor] = field(default_factory=dict)
    mentions: dict[int, list[Mention]] = field(default_factory=dict)
    reserved: set[str] = field(default_factory=set)  # ids of known actors: no new one takes them
    scope: str = ""  # the article's own words, added to the ids of unnamed claimants

    def at(self, sent_no: int) -> list[Mention]:
        """Mentions in sentence number ``sent_no``, in text order."""
        return self.mentions.get(sent_no, [])

    def claimant(self, phrase: str, kind: str = "", article: bool = False) -> str:
        """Register an unnamed claimant ("a US official", "several governments"); return its key.
        ``kind`` is the claimant's kind when its last word is not its noun ("spokesman for X");
        ``article`` keeps the phrase's article ("a spokesman for X")."""
        name = phrase.strip() if article else re.sub(r"^(?:a|an|the)\s+", "", phrase.strip(), flags=re.I)
        name = name[0].lower() + name[1:] if name and name.split()[0] in NOT_NAMES else name
        key = "u:" + fold(name)
        if key not in self.actors:
            noun = name.split()[-1].lower()
            kind = kind or ("person" if noun in PERSON_CLAIMANTS else "group")
            used = {a.id for a in self.actors.values()} | self.reserved
            # "officials" of one article are not those of another: the id names the article
            base = "-".join(filter(None, [slugify(name), self.scope]))
            actor_id, i = base, 2
            while actor_id in used:
                actor_id, i = f"{base}-{i}", i + 1
            self.actors[key] = Actor(key, name, kind, id=actor_id)
        self.actors[key].count += 1
        return key


# "Apple Computer", "Douglas Aircraft", "Boeing Commercial Airplanes", "Heaven Sent Gaming"
# (round 20): a trade's noun that ends a name makes it a company's, never a person's (the name
# stages read two capitalised words as a person; only the kind shown to a reader changes here,
# not how speakers are found; `actors.unlike_persons` reads it for "listed with a body")
_TRADE_NOUNS = frozenset(
    ["Computer", "Computers", "Aircraft", "Airplanes", "Semiconductor", "Semiconductors", "Telecom",
     "Gaming", "Automobile", "Automobiles", "Automotive", "Cars", "Motor"]
)


def drafted_kind(actor) -> str:
    """The kind the draft shows: a "person" whose name ends in a trade's noun is an organization."""
    if (
        actor.kind == "person"
        and not actor.role
        and not any(actor.titles)
        and actor.name.split()[-1] in _TRADE_NOUNS
        and " " in actor.name
    ):
        return "organization"
    return actor.kind
