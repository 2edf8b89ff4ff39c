"""Office titles that capitalisation runs into names: "Under Secretary of the Treasury for
Terrorism and Financial Intelligence Rafael Quintanilla-Moyo"."""

from __future__ import annotations

import re

from .names import Phrase

OFFICE_TAIL = re.compile(
    r"\b(?:Secretary|Minister|Director|Commissioner|Administrator|Coordinator|Envoy|"
    r"Representative|Adviser|Advisor)\s+(?:of|for)\s+(?:(?:[A-Z][\w-]*|of|for|and|the)\s+)*$"
)


def office_words(sentence: str, phrase: Phrase) -> bool:
    """ "Under Secretary of State for Arms Control and ...": the office's words, not a person."""
    return (
        phrase.kind == "person"
        and (
            bool(re.search(r"\b(?:of|for)$", phrase.title))
            or bool(OFFICE_TAIL.search(sentence[: phrase.start]))
        )
        and sentence[phrase.end :].startswith(" and ")
    )


def cut_office_tail(sentence: str, phrase: Phrase) -> None:
    """Keep the last two words of a person phrase that follows an office's "of/for ..." words:
    "Financial Intelligence Rafael Quintanilla-Moyo" is Rafael Quintanilla-Moyo."""
    words = phrase.name.split()
    if (
        phrase.kind == "person"
        and len(words) > 2
        and OFFICE_TAIL.search(sentence[: phrase.start])
        and not re.search(r"[’']s$|\b(?:al|bin|de|van|von|da)\b", " ".join(words[-3:-1]))
    ):
        cut = len(phrase.name) - len(" ".join(words[-2:]))
        phrase.name = phrase.form = " ".join(words[-2:])
        phrase.start += cut
