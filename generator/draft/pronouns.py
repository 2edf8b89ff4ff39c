"""Who "he" and "she" are: a person's gender as the article shows it, and the recent people it fits."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from .givennames import FEMALE as _FEMALE_NAMES
from .givennames import MALE as _MALE_NAMES
from .index import ActorIndex
from .lexicon import TITLE_WORDS

_MALE = {"he", "him", "his", "himself"}
_FEMALE = {"she", "her", "hers", "herself"}
_PRONOUNS = re.compile(r"\b(?:he|him|his|himself|she|her|hers|herself)\b", re.I)
_MALE_TITLES = re.compile(
    r"\b(?:Mr|Sir|King|Prince|Lord|[Ss]pokesman|[Cc]hairman|[Cc]ongressman|[Bb]usinessman|"
    r"[Ff]ather|[Bb]rother|[Ss]on|[Hh]usband|[Mm]an)\b"
)
_FEMALE_TITLES = re.compile(
    r"\b(?:Mrs|Ms|Miss|Madam|Dame|Lady|Queen|Princess|[Ss]pokeswoman|[Cc]hairwoman|"
    r"[Cc]ongresswoman|[Bb]usinesswoman|[Mm]other|[Ss]ister|[Dd]aughter|[Ww]ife|[Ww]oman)\b"
)


def pronoun_gender(word: str) -> str | None:
    """'f' for she/her, 'm' for he/him/his, None for anything else ("they")."""
    word = word.lower()
    return "m" if word in _MALE else "f" if word in _FEMALE else None


def titled_gender(actor) -> str | None:
    """'m' or 'f' where the actor's own name, titles or role say it ("Mr", "Queen",
    "spokeswoman"); None where only pronouns could."""
    words = " ".join([actor.name, *actor.forms, *actor.titles, actor.role])
    male, female = bool(_MALE_TITLES.search(words)), bool(_FEMALE_TITLES.search(words))
    return None if male == female else "m" if male else "f"


def name_gender(actor) -> str | None:
    """'m' or 'f' where the person's given name is nearly always a man's or a woman's ("Jane
    Roe", "José Díaz"; US first-name counts, `givennames`); None for one-word names, names
    given to both ("Andrea", "Kim", "Jean") and names the list does not hold. A hint only:
    it may leave a quote unattributed, never give one to someone."""
    if actor.kind != "person":
        return None
    tokens = actor.tokens
    if len(tokens) < 2 or tokens[0] in TITLE_WORDS:
        return None
    first = unicodedata.normalize("NFKD", tokens[0]).encode("ascii", "ignore").decode().lower()
    return "m" if first in _MALE_NAMES else "f" if first in _FEMALE_NAMES else None


def title_before(text: str, start: int) -> str | None:
    """'m' or 'f' for a British "Mr Barros", "Ms Carvalho" (the title left out of the name)."""
    title = re.search(r"\b(Mr|Mrs|Ms|Miss)\.? $", text[:start])
    return None if title is None else "m" if title.group(1) == "Mr" else "f"


def learn_genders(index: ActorIndex, unquoted: list[str]) -> dict[str, str]:
    """Each person's gender where the article shows it: by title, or by the pronouns that
    follow a sentence naming that person alone (outside quotes, so "He is wrong" said by a
    woman about a man does not count)."""
    votes: dict[str, list[int]] = {}
    for key, actor in index.actors.items():
        if actor.kind != "person":
            continue
        words = " ".join([actor.name, *actor.forms, *actor.titles, actor.role])
        male, female = bool(_MALE_TITLES.search(words)), bool(_FEMALE_TITLES.search(words))
        if male != female:
            votes[key] = [3, 0] if male else [0, 3]
    for n, text in enumerate(unquoted):
        for m in index.at(n):
            # British "Mr Barros", "Ms Carvalho": the title is left out of the name
            title = title_before(text, m.start)
            if title and index.actors[m.key].kind == "person":
                tally = votes.setdefault(m.key, [0, 0])
                tally[0 if title == "m" else 1] += 3
        people = {
            m.key: m
            for m in index.at(n)
            if index.actors[m.key].kind == "person" and text[m.start : m.end].strip()
        }
        if len(people) != 1:
            continue
        key, mention = next(iter(people.items()))
        after = text[mention.end :]
        if n + 1 < len(unquoted) and not any(
            index.actors[m.key].kind == "person" for m in index.at(n + 1)
        ):
            after += " " + unquoted[n + 1]
        found = _PRONOUNS.search(after)
        if found:
            tally = votes.setdefault(key, [0, 0])
            tally[0 if pronoun_gender(found.group(0)) == "m" else 1] += 1
    return {key: ("m" if m > f else "f") for key, (m, f) in votes.items() if m != f}


@dataclass
class Recent:
    """People in the order the article last named them or let them speak."""

    genders: dict[str, str]
    speakers: list[str] = field(default_factory=list)
    people: list[str] = field(default_factory=list)
    bodies: list[str] = field(default_factory=list)
    countries: set[str] = field(default_factory=set)
    voices: list[str] = field(default_factory=list)  # bodies and groups that said something
    # people who were together the last sentence's subject or its speakers ("Smith and Jones
    # met", "Smith said ..., and Jones said ..."): "he" may be either (round 26)
    # (each with the sex their given name says, if it says one: "Ron Gettelfinger and Jennifer
    # Granholm met. ... he said" is Gettelfinger's, as before)
    together: dict[str, str | None] = field(default_factory=dict)

    def spoke(self, key: str, kind: str, subject_only: bool = False) -> None:
        """Record that ``key`` said something, or (``subject_only``) was a sentence's subject."""
        self.together = {}
        if kind == "person":
            _bump(self.speakers, key)
            _bump(self.people, key)
        else:
            _bump(self.bodies, key)
            if not subject_only:
                _bump(self.voices, key)
            if kind == "country":
                self.countries.add(key)

    def named(self, key: str) -> None:
        """Record that ``key`` was named."""
        _bump(self.people, key)

    def resolve(self, pronoun: str, replying: bool = False) -> str | None:
        """The last speaker, else the last person named, whose gender fits the pronoun; when
        ``replying`` ("she replied", "he countered"), not the one who spoke last."""
        if pronoun.lower() == "it":
            return self.bodies[-1] if self.bodies else None
        if pronoun.lower() == "they" and self.bodies:
            # "Two officials said ... They said": a group, not a person; a country is "it";
            # and one that spoke, not a body that was only a sentence's subject ("Tasmania
            # was excluded from the study. ... They call for")
            groups = [b for b in self.voices if b not in self.countries]
            return groups[-1] if groups else None
        if pronoun.lower() == "they" and len(self.people) > 1:
            # "Smith and Jones met. "...," they said": several people, not the last one
            return None
        want = pronoun_gender(pronoun)
        last = self.speakers[-1] if replying and self.speakers else None
        for pool in (self.speakers, self.people):
            for key in reversed(pool):
                if key == last:
                    continue
                if want is None or self.genders.get(key, want) == want:
                    return None if self._either(key, want) else key
        return None

    def _either(self, key: str, want: str | None) -> bool:
        """ "Ron Gettelfinger and Rick Wagoner met on Tuesday. "We are close," he said.": the
        pronoun fits another of the people who were together the last subject or speakers."""
        return key in self.together and any(
            other != key and (want is None or self.genders.get(other, sex or want) == want)
            for other, sex in self.together.items()
        )


def _bump(pool: list[str], key: str) -> None:
    if key in pool:
        pool.remove(key)
    pool.append(key)
