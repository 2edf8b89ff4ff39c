"""Roles written around a name: "Edward Howell, a politics lecturer at ...", "team member X"."""

from __future__ import annotations

import re

from .lexicon import ROLE_MODIFIERS as _ROLE_MODIFIERS
from .lexicon import ROLE_NOUNS

# the body that owns a role: "GM's chairman", "General Motors' chief executive"
_OWNER = r"(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*(?:’s|'s|’|')\s+"
# "GM's president and chief operating officer, Fritz Henderson"
_OWNED_ROLE_BEFORE = re.compile(r"(?:^|(?<=\s))(" + _OWNER + r"[a-z][^,;:“”\"()]{2,60}?)\s*,\s*$")


def role_after(sentence: str, end: int) -> str:
    """An apposition after a name: ", a politics lecturer at Britain's Oxford University who ...",
    ", GM's chairman and chief executive,"."""
    m = re.match(
        r",\s+(?:a |an |the )?((?:" + _OWNER + r")?(?:former |senior |then-)?[a-z][^,;()]*?)"
        r"(?= who | which | whose |,|;|\.$|\.\s|$)",
        sentence[end:],
    )
    if not m:
        return ""
    role = m.group(1).strip()
    words = set(re.findall(r"[a-z]+", role.lower()))
    return role if words & ROLE_NOUNS and len(role) <= 160 else ""


def role_before(sentence: str, start: int) -> str:
    """A role right before a name: "team member Rodaba Noori", "the Afghan team's coach, Alireza
    Mehraban", "GM's president and chief operating officer, Fritz Henderson"."""
    head = sentence[:start]
    m = re.search(
        r"(?:\b(?:the|a|an)\s+)([^,;:“”\"()]{2,60}?)\s*,\s*$", head
    ) or _OWNED_ROLE_BEFORE.search(head)
    if m and m.group(1).split()[-1].lower() in ROLE_NOUNS:
        return m.group(1).strip()
    words = re.findall(r"[\w’'.-]+|[^\w\s]", head)[-6:]
    if not words or words[-1].lower() not in ROLE_NOUNS or not words[-1].islower():
        return ""
    keep: list[str] = [words[-1]]
    for w in reversed(words[:-1]):
        if not re.match(r"[\w’'.-]+$", w) or not (w[:1].isupper() or w in _ROLE_MODIFIERS):
            break
        keep.insert(0, w)
    return " ".join(keep)
