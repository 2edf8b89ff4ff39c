"""Speakers named in a section heading: a release's round-up sets a person's name and office
as a heading ("Secretary of Commerce Gina Raimondo", "Governor Jane Doe:", "Jane Doe,
Mayor of Springfield") and their quotes as the paragraphs or bullets under it."""

from __future__ import annotations

import re

from .index import Actor, ActorIndex, fold, slugify
from .interview import labelled
from .lexicon import TITLE_WORDS

_NAME_WORD = re.compile(r"[A-Z][\w’'-]+|[A-Z]\.")
_SMALL = {"of", "the", "for", "and", "on"}


def heading_speaker(heading: str, index: ActorIndex) -> str | None:
    """The person a heading names with an office, or a drafted person it names alone; None for
    any other heading ("What They Are Saying", "Background"). A person named only there is
    added to the actors (as interview labels are)."""
    text = heading.strip().lstrip("#").strip().rstrip(":").strip()
    if not text or len(text.split()) > 12 or re.search(r"[“”\"?!]", text):
        return None
    name, office = _split_office(text)
    if name is None:
        # "Secretary Raimondo": titles and a surname of a person the article drafts
        words = text.split()
        if len(words) <= 4 and all(_NAME_WORD.fullmatch(w) or w in TITLE_WORDS for w in words):
            return labelled(text, index)
        return None
    found = labelled(name, index)
    if found is not None:
        return found
    if not office:
        return None  # a bare name that no sentence of the article drafts: too little to go on
    key = f"p:{name.lower()}"
    if key not in index.actors:
        if fold(name) in {fold(f) for a in index.actors.values() for f in [a.name, *a.forms]}:
            return None  # a body or place of that name
        ids = {a.id for a in index.actors.values()}
        base = slugify(name)
        ident, i = base, 2
        while ident in ids:
            ident, i = f"{base}-{i}", i + 1
        index.actors[key] = Actor(key, name, "person", titles=[office], count=1, id=ident)
    return key


def _split_office(text: str) -> tuple[str | None, str]:
    """ "Secretary of Commerce Gina Raimondo" -> ("Gina Raimondo", "Secretary of Commerce");
    "Jane Doe, Mayor of Springfield" -> ("Jane Doe", "Mayor of Springfield"); "Gina Raimondo"
    -> ("Gina Raimondo", ""); a heading that ends in no person's name -> (None, "")."""
    if ", " in text:
        first, rest = text.split(", ", 1)
        if _is_name(first.split()) and _is_office(rest.split()):
            return first, rest
        text = first
    words = text.split()
    for size in (3, 2):
        if len(words) < size or not _is_name(words[-size:]):
            continue
        before = words[:-size]
        if not before:
            return " ".join(words[-size:]), ""
        if size == 3 and before[-1] not in TITLE_WORDS and not words[-2].endswith("."):
            # "... for Rural Development Xochitl Torres": a three-word name only right after a
            # title word ("Governor Mary Ann Smith") or with an initial ("Jane Q. Doe")
            continue
        if _is_office(before):
            return " ".join(words[-size:]), " ".join(before)
    return None, ""


def _is_name(words: list[str]) -> bool:
    return (
        len(words) >= 2
        and all(_NAME_WORD.fullmatch(w) for w in words)
        and not any(w in TITLE_WORDS for w in words)
    )


def _is_office(words: list[str]) -> bool:
    """An office: opens with a title word ("Secretary", "Under Secretary", "Gov.") and runs on
    in capitalised words and "of", "the", "for" ("Secretary of Commerce", "Mayor of Springfield")."""
    return (
        bool(words)
        and words[0] in TITLE_WORDS
        and words[-1] not in _SMALL
        and all(w in _SMALL or w[:1].isupper() or w.startswith("(") for w in words)
    )
