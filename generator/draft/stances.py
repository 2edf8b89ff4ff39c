"""Who denies, disputes or confirms a claim: "both Pyongyang and Moscow deny these deliveries"."""

from __future__ import annotations

import re

from .index import ActorIndex
from .lexicon import STANCE_VERBS
from .quotemarks import inside
from .sentences import Sentence

_STANCE = re.compile(r"\b(" + "|".join(sorted(STANCE_VERBS, key=len, reverse=True)) + r")\b")
_STANCE_OBJECT = re.compile(
    r"\s*(?:[.,;]|$|(?:these|those|this|that|it|them|any|such|having|involvement|responsibility|the (?:claims?|"
    r"reports?|allegations?|accusations?|charges?|account|deliveries|transfers?))\b)"
)

# "The claims by Airbus ... were rejected": a passive's subject is what is denied, and the
# one named in it is no party who denies (round 23)
_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+)?$")


def parties(
    sents: list[Sentence], index: ActorIndex, sentence: int, by: str
) -> list[tuple[str, str, int]]:
    """Others who deny, dispute or confirm the claim, in its sentence or the next of the paragraph."""
    out: list[tuple[str, str, int]] = []
    for n in (sentence, sentence + 1):
        if n >= len(sents) or sents[n].paragraph != sents[sentence].paragraph:
            continue
        text = sents[n].text
        segs = [(q.start(), q.end()) for q in re.finditer(r"[“\"][^”\"]*[”\"]?", text)]
        for m in _STANCE.finditer(text):
            if (
                inside(m.start(), segs)
                or not _STANCE_OBJECT.match(text[m.end() :])
                or _PASSIVE_BEFORE.search(text, 0, m.start())
            ):
                continue
            clause_start = max(
                text.rfind(c, 0, m.start()) for c in (",", ";", "although", "but", "while")
            )
            for mention in index.at(n):
                if clause_start < mention.start < m.start() and mention.key != by:
                    stance = STANCE_VERBS[m.group(1)]
                    if (mention.key, stance, n) not in out:
                        out.append((mention.key, stance, n))
    return out
