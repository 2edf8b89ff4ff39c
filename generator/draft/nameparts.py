"""Small tests on the tokens of a name phrase: its length, demonyms, a title's tail."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol, TypeVar

from .gazetteer import DEMONYMS, Entry
from .lexicon import ORG_HEADS, PARTICLES, TITLE_WORDS


class Token(Protocol):
    """What these tests read of a token of names.py (which imports this module)."""

    @property
    def text(self) -> str: ...

    @property
    def entry(self) -> Entry | None: ...


T = TypeVar("T", bound=Token)


def name_length_ok(toks: Sequence[Token]) -> bool:
    """At most four name words, particles aside: "Saeed Rashid bin Humaid al-Ketbi" is one."""
    words = [t for t in toks if t.text not in PARTICLES]
    return 1 <= len(words) <= 4 and len(toks) <= 6


def is_country(tok: Token) -> bool:
    """True for a gazetteer country token."""
    return tok.entry is not None and tok.entry.kind == "country"


def tail_name(tail: list[T]) -> list[T]:
    """The person at the end of a long title: "... for Economic Growth Alicia M. Ferreira"."""
    for k in range(len(tail) - 2, 0, -1):
        if re.fullmatch(r"[A-Z]\.", tail[k].text):
            return tail[k - 1 :]
    return tail[-2:]


def demonym_at(chunk: Sequence[Token], i: int) -> bool:
    """True when token ``i`` is (part of) a demonym: "Russian", "South Korean"."""
    text = chunk[i].text
    if text in DEMONYMS:
        return True
    if i + 1 < len(chunk) and f"{text} {chunk[i + 1].text}" in DEMONYMS:
        return True
    return i > 0 and f"{chunk[i - 1].text} {text}" in DEMONYMS


def office_of(words: list[str]) -> int:
    """Where the organization starts after an office: "Chief Operating Officer of AirTran
    Airways", "Chairman of the Australian Centre for ...": after "of (the)"; 0 if no office."""
    if "of" not in words:
        return 0
    k = words.index("of")
    if k == 0 or words[k - 1] not in TITLE_WORDS or words[k - 1] in ORG_HEADS:
        return 0
    k += 1
    while k < len(words) and words[k] == "the":
        k += 1
    return k if k < len(words) else 0


# Endings of English adjectives and abstract nouns that no given name has: "Educational",
# "Counseling", "Global", "National", "Intelligence", "Successful", "Quantitative"
_COMMON_FIRST = re.compile(
    r"(?:tion|sion|ment|ness|ity|ing|ics|ous|ive|ence|ance|ency|ancy|ship|hood|ism|ogy|ial|nal|"
    r"cal|ral|tal|bal|ful|less|able|ible|omic|atic|etic|ific|stic|gic)$"
)
# Endings of English common nouns, and plurals: "Leadership", "Psychology", "Loopholes"
_COMMON_LAST = re.compile(
    r"(?:tion|sion|ment|ness|ity|ing|ics|ous|ive|ence|ance|ency|ancy|ure|ship|hood|ism|ogy|ary|"
    r"ent|ant|ful|less|able|ible|al|ists?|ers|ies|[^s'’]s)$"
)


# given names with those endings: "Lawrence Summers", "Sterling Hayden", "Chantal Akerman"
_GIVEN_NAMES = frozenset(
    ["Lawrence", "Laurence", "Clarence", "Terrence", "Terence", "Florence", "Prudence",
     "Constance", "Patience", "Hortense", "Sterling", "Irving", "Channing", "Manning", "Ewing",
     "Darling", "Chantal", "Crystal", "Kunal", "Iqbal", "Neval", "Trinity", "Charity", "Verity",
     "Felicity", "Amity", "Clemency", "Mercy", "Hope", "Destiny", "Christmas", "Parminder",
     "Nancy", "Clancy", "Lance", "Clive", "Olive", "Pascal", "Spence", "Vital", "Royal"]
)


def common_phrase(words: Sequence[str], lower_words: set[str]) -> bool:
    """ "Educational Leadership", "Closing Loopholes", "Social Science": a capitalised phrase
    whose first word has an adjective's or an abstract noun's ending, and whose last word a
    common noun's (or is written in lower case in the article), names a topic, not a person."""
    if not 2 <= len(words) <= 4 or len(words[0]) < 5 or words[0] in _GIVEN_NAMES:
        return False
    last = words[-1]
    return bool(_COMMON_FIRST.search(words[0])) and (
        bool(_COMMON_LAST.search(last)) or last.lower() in lower_words
    )


def common_words(words: Sequence[str]) -> bool:
    """ "Commercial Airplanes", "Financial Services": two or three words, the first with an
    adjective's ending and every other with a common noun's, none a given name."""
    return (
        2 <= len(words) <= 3
        and len(words[0]) >= 5
        and not set(words) & _GIVEN_NAMES
        and bool(_COMMON_FIRST.search(words[0]))
        and all(_COMMON_LAST.search(w) for w in words[1:])
    )
