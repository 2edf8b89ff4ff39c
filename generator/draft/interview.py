"""Interview answers: "A: ..." belongs to the person most quoted so far, "RUIZ: ..." to Ruiz."""

from __future__ import annotations

import re

from .index import ActorIndex
from .pronouns import Recent

_ANSWER = re.compile(
    r"^(?:A|Answer|(?P<name>[A-Z][\w’'-]+|[A-Z][A-Z’'.-]+(?: [A-Z][A-Z’'.-]+){0,3}))"
    r"(?P<role>, [A-Z][A-Z ]+)?:\s+(?=\S)"
)
# A radio transcript's "MARISOL VEGA, HOST:" / "TOBIAS LINDQVIST, BYLINE:": a journalist speaking
TRANSCRIPT_LABEL = re.compile(
    r"^(?P<name>[A-Z][A-Z’'.-]+(?: [A-Z][A-Z’'.-]+){0,3})(?:, [A-Z][A-Z ]+)?:\s"
)


def narrators(paragraphs) -> set[str]:
    """The journalists of a transcript, from their "NAME, HOST:" labels: full names and surnames."""
    out: set[str] = set()
    for text in paragraphs:
        m = _ANSWER.match(text)
        if m and m.group("name") and m.group("role"):
            name = m.group("name").lower()
            out |= {name, name.split()[-1]}
    return out


def interview_answer(
    text: str, index: ActorIndex, said: list, recent: Recent, narrating: set[str] = frozenset()
) -> tuple[str, str] | None:
    """An interview answer, "A: ..." (the person most quoted so far) or "ARRIETA: ..."; never a
    journalist's turn ("MARISOL VEGA, HOST:", then "VEGA:")."""
    m = _ANSWER.match(text)
    if m is None or m.group("role") or (m.group("name") or "").lower() in narrating:
        return None
    if m.group("name"):
        wanted = m.group("name").lower().split()
        found = [
            a.key
            for a in index.actors.values()
            if a.kind == "person"
            and not a.key.startswith("u:")
            and (
                [t.lower() for t in a.tokens] == wanted
                or (len(wanted) == 1 and wanted[0] in {t.lower() for t in a.tokens})
            )
        ]
        speaker = found[0] if len(found) == 1 else None
    else:
        counts: dict[str, int] = {}
        for s in said:
            if s.quote and index.actors[s.by].kind == "person":
                counts[s.by] = counts.get(s.by, 0) + 1
        speaker = max(counts, key=lambda k: counts[k]) if counts else None
    if speaker is None:
        return None
    recent.spoke(speaker, "person")
    return speaker, text[m.end() :].strip().rstrip(",;:.").strip()
