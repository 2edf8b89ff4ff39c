"""Office titles that capitalisation runs into names: "Under Secretary of the Treasury for
Terrorism and Financial Intelligence Rafael Quintanilla-Moyo"."""

from __future__ import annotations

import re

from .givennames import FEMALE, MALE
from .lexicon import GEO_WORDS, NON_ACTOR_HEADS, ORG_HEADS, TITLE_WORDS
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


def org_runs_into_name(text: str, phrase: Phrase) -> Phrase | None:
    """ "University of Texas Arlington Amneh Jafari": an organization's name run into a
    person's, told by the surname standing alone elsewhere in the article ("Jafari said"),
    or by a given name nearly always one sex's ("the Council on Foreign Relations Tom Smith
    said", round 9). Cuts the phrase to the organization and returns the person, or None."""
    words = phrase.name.split()
    if phrase.kind != "organization" or phrase.entry is not None or len(words) < 4:
        return None
    given, surname = words[-2:]
    if (
        words[-3] in ("of", "for", "and", "the", "on", "to")
        or {given, surname} & (ORG_HEADS | NON_ACTOR_HEADS | TITLE_WORDS | GEO_WORDS)
        or not all(re.fullmatch(r"[A-Z][a-z][\w’'-]*", w) for w in (given, surname))
        or not (given.lower() in MALE or given.lower() in FEMALE or _surname_alone(text, phrase))
    ):
        return None
    cut = phrase.form.rfind(f"{given} {surname}")
    if cut <= 0:
        return None
    person = Phrase(
        "person", f"{given} {surname}", phrase.start + cut, phrase.end, form=f"{given} {surname}"
    )
    phrase.name = " ".join(words[:-2])
    phrase.form = phrase.form[:cut].rstrip()
    phrase.end = phrase.start + len(phrase.form)
    return person


def _surname_alone(text: str, phrase: Phrase) -> bool:
    """Whether the phrase's last word stands alone elsewhere in the article ("Jafari said")."""
    given, surname = phrase.name.split()[-2:]
    return len(re.findall(rf"\b{re.escape(surname)}\b", text)) >= 2 and bool(
        re.search(rf"\b{re.escape(surname)}\b(?! {re.escape(given)})", text.replace(phrase.form, ""))
    )


def descriptor_before_name(phrase: Phrase) -> None:
    """ "Pan-democrat Gary Fan", "Scientologist Tom Cruise": a hyphenated lower-case
    descriptor, or a follower's noun in -ist, is a role, not a name."""
    words = phrase.name.split()
    if (
        phrase.kind == "person"
        and len(words) >= 3
        and re.fullmatch(r"[A-Z][a-z]+-[a-z]{4,}|[A-Z][a-z]{4,}ist", words[0])
    ):
        cut = len(words[0]) + 1
        phrase.title = (phrase.title + " " + words[0]).strip()
        phrase.name = " ".join(words[1:])
        phrase.form = phrase.form[cut:] if phrase.form.startswith(words[0]) else phrase.form
        phrase.start += cut
