"""Roles written around a name: "Edward Howell, a politics lecturer at ...", "team member X"."""

from __future__ import annotations

import re

from .givennames import FEMALE, MALE
from .lexicon import ROLE_MODIFIERS as _ROLE_MODIFIERS
from .lexicon import ROLE_NOUNS, _words

# the body that owns a role: "GM's chairman", "General Motors' chief executive"
_OWNER = r"(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*(?:’s|'s|’|')\s+"
# "GM's president and chief operating officer, Fritz Henderson"
_OWNED_ROLE_BEFORE = re.compile(r"(?:^|(?<=\s))(" + _OWNER + r"[a-z][^,;:“”\"()]{2,60}?)\s*,\s*$")


# Words of courtesy written before a name: they say how a person is addressed, not what the
# person does ("Mr. Lee Hsien Loong" is no "Mr." by role; "Mr Justice Mann" is a justice)
HONORIFICS = _words(
    """Mr Mr. Mrs Mrs. Ms Ms. Miss Mx Mx. Mister Madam Madame Mme Mme. Monsieur Messrs
    Messrs. Herr Frau Señor Señora Sr. Sra. Dr Dr. Sir Dame"""
)


def without_honorifics(title: str) -> str:
    """A title less the words of courtesy that open or close it: "Mr." -> "", "Mr Justice" ->
    "Justice", "Undersecretary for Education Mr." -> "Undersecretary for Education"."""
    words = title.split()
    while words and words[0] in HONORIFICS:
        words.pop(0)
    while words and words[-1] in HONORIFICS:
        words.pop()
    return " ".join(words)


# where an apposition after a name ends; "X, president of Acme said, ...": the apposition's
# closing comma left out
_APPOSITION_END = (r"(?= who | which | whose | (?:said|says|told|tells|added|adds|explained"
                   r"|announced)\b|,|;|\.$|\.\s|$)")
# ", Chairman and Chief Operating Officer of AirTran Airways": written in capitals, a role
# only when a role noun (after at most two capitalised words) is followed by "of" or "and",
# so that a list of names (", Prime Minister Blair and ...") or a place is none
_CAPITALISED_ROLE_AFTER = re.compile(
    r",\s+(?:the\s+)?((?:[A-Z][a-z]+\s+){0,2}([A-Z][a-z]+)\s+(?:of|and)\s+[^,;()]*?)"
    + _APPOSITION_END
)


# a given name between two capitalised words: a person named with a title ("Exchequer Gordon
# Brown", "Defense Secretary Donald Rumsfeld"), not "of General Motors"
_TITLED_NAME = re.compile(r"(?=\b[A-Z][\w.&'’-]*\s+([A-Z][a-z]+)\s+[A-Z])")
_GIVEN = MALE | FEMALE


def _names_a_person(words: str) -> bool:
    """ "Chancellor of the Exchequer Gordon Brown and Foreign Secretary Jack Straw" after
    "Tony Blair, ": a list of the persons met with Blair, no role of his (review 16)."""
    return any(m.group(1).lower() in _GIVEN for m in _TITLED_NAME.finditer(words))


def role_after(sentence: str, end: int) -> str:
    """An apposition after a name: ", a politics lecturer at Britain's Oxford University who ...",
    ", GM's chairman and chief executive,", ", Chairman and Chief Operating Officer of
    AirTran Airways"."""
    m = re.match(
        r",\s+(?:a |an |the )?((?:" + _OWNER + r")?(?:former |senior |then-)?[a-z][^,;()]*?)"
        + _APPOSITION_END,
        sentence[end:],
    )
    if not m:
        cap = _CAPITALISED_ROLE_AFTER.match(sentence[end:])
        if (cap and cap.group(2).lower() in ROLE_NOUNS and len(cap.group(1)) <= 160
                and not _names_a_person(cap.group(1))):
            return cap.group(1).strip()
        return ""
    role = m.group(1).strip()
    words = set(re.findall(r"[a-z]+", role.lower()))
    return role if words & ROLE_NOUNS and len(role) <= 160 else ""


def role_head(role: str) -> str:
    """The noun a role is named by: its last word, or the last before "of"/"for" ("Prime
    Minister of Singapore": minister; "head of the central bank": head)."""
    words = re.split(r"\s+(?:of|for)\s+", role.strip(), maxsplit=1)[0].split()
    return words[-1].lower() if words else ""


def role_phrase(words: str) -> str:
    """The role a phrase before a name gives: the phrase when a role noun names it ("Prime
    Minister of Singapore"), else the role after its "of" ("in the words of the Crown
    prosecutor", "the brainchild of Ford's Chief Executive Officer"), else none."""
    words = re.sub(r"^(?:The|A|An)\s+", "", words.strip())  # "The IMF's mission chief for Ghana"
    while words:
        if role_head(words) in ROLE_NOUNS:
            return words
        rest = re.split(r"\s+of\s+(?:(?:the|a|an)\s+)?", words, maxsplit=1)
        words = rest[1] if len(rest) == 2 else ""
    return ""


# "Ryanair CEO, Michael O'Leary, justified ...": a body's name and a role opening the sentence,
# set off from the name by a comma (round 23); the body's words are capitalised, the role's
# last word is a role noun or an officer's initials; a word of time or sequence before the
# body's name is no part of the role ("Yesterday Ryanair chairman, ...", review 16)
_BODY_ROLE_OPENING = re.compile(
    r"^\s*(?:(?:Yesterday|Today|Tonight|Earlier|Later|Meanwhile|Separately|Also|Now|Then|"
    r"However|Still|Instead|Previously|Recently|Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday)\s+)?"
    r"((?!(?:The|A|An|In|On|At|For|By|As|After|Before|When|While|But|And|Its|His|Her|"
    r"Their|Our|My|Your|This|That|These|Those|One|Another)\s)"
    r"(?:[A-Z][\w&.'’-]*\s+){1,3}(?:[a-z][\w-]*\s+){0,2}([A-Za-z]+))\s*,\s*$"
)
_OFFICERS = frozenset(["CEO", "CFO", "COO", "CTO"])


def _names_a_role(word: str) -> bool:
    return word in _OFFICERS or (word.lower() in ROLE_NOUNS and word[1:].islower())


def role_before(sentence: str, start: int) -> str:
    """A role right before a name: "team member Rodaba Noori", "the Afghan team's coach, Alireza
    Mehraban", "GM's president and chief operating officer, Fritz Henderson"."""
    head = sentence[:start]
    m = re.search(
        r"(?:\b(?:the|a|an)\s+)([^,;:“”\"()]{2,60}?)\s*,\s*$", head
    ) or _OWNED_ROLE_BEFORE.search(head)
    role = role_phrase(m.group(1)) if m else ""
    if role:
        return role
    opening = _BODY_ROLE_OPENING.match(head)
    if opening and _names_a_role(opening.group(2)):
        return opening.group(1)
    words = re.findall(r"[\w’'.-]+|[^\w\s]", head)[-6:]
    if not words or words[-1].lower() not in ROLE_NOUNS or not words[-1].islower():
        return ""
    keep: list[str] = [words[-1]]
    for w in reversed(words[:-1]):
        if not re.match(r"[\w’'.-]+$", w) or not (w[:1].isupper() or w in _ROLE_MODIFIERS):
            break
        keep.insert(0, w)
    return " ".join(keep)
