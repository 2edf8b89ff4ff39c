"""Interview answers: "A: ..." belongs to the person most quoted so far, "RUIZ: ..." to Ruiz."""

from __future__ import annotations

import re

from .index import ActorIndex
from .pronouns import Recent

_ANSWER = re.compile(r"^(?:A|Answer|(?P<name>[A-Z][\w’'-]+|[A-Z]{2,}(?: [A-Z]{2,})?)):\s+(?=\S)")


def interview_answer(
    text: str, index: ActorIndex, said: list, recent: Recent
) -> tuple[str, str] | None:
    """An interview answer, "A: ..." (the person most quoted so far) or "ARRIETA: ..."."""
    m = _ANSWER.match(text)
    if m is None:
        return None
    if m.group("name"):
        wanted = m.group("name").lower()
        found = [
            a.key
            for a in index.actors.values()
            if a.kind == "person" and wanted in {t.lower() for t in a.tokens}
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
