"""Unquoted statement blocks: GOV.UK's "Foreign Secretary X said:" followed by the statement
as plain paragraphs, with no quotation marks."""

from __future__ import annotations

import re

from .index import ActorIndex

MAX_BLOCK = 4  # paragraphs; a statement block is short, narration follows it


def block_paragraph(
    text: str, numbers: list[int], index: ActorIndex, speaker: str, named_speakers: bool
) -> bool:
    """True when ``text`` (sentences ``numbers``) reads as the speaker's statement running on:
    no heading or list item, no other named speaker, and the speaker not named or described
    in it ("During the visit, the Foreign Secretary met ..." is narration again)."""
    if named_speakers or re.match(r"(?:#|[-*•] |\d+\. )", text) or len(text.split()) < 4:
        return False
    if any(m.key == speaker for n in numbers for m in index.at(n)):
        return False
    actor = index.actors[speaker]
    low = text.lower()
    for title in actor.titles:
        words = title.lower().split()
        if words and re.search(r"\bthe " + re.escape(" ".join(words[-2:])) + r"\b", low):
            return False
    return not re.match(r"(?:He|She)\b", text)
