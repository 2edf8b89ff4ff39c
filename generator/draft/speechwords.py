"""Word lists and patterns for reading speech: auxiliaries, inverted verbs, participles, clauses."""

from __future__ import annotations

import re

AUX = re.compile(
    r"(?:\s+(?:has|have|had|also|later|previously|again|repeatedly|publicly|would|will|did|does|do|"
    r"recently|once|then|reportedly|privately|earlier|already|further|even|only|"
    # "X, GM's chief executive, on Tuesday said": the day between the subject and the verb
    r"(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today))*\s*$"
)
NEGATED = re.compile(r"\b(?:not|never|n't|declined to|refused to)\b[\w\s]*$")
PRONOUN = re.compile(r"\b(he|she|they|it|He|She|They|It)$")
# "She paused, then added": a pronoun subject of a coordinated verb
# "She paused, then added", "He was quick to add": a pronoun subject further back
LEAD_PRONOUN = re.compile(
    r"^(He|She|They|It)\s+(?:\S+(?:\s+\S+){0,3}?\s*(?:,|\s+and|,\s*and|\s+but)|(?:[a-z]+\s+){1,3}to)\s*$"
)
INVERTS = {
    "said",
    "says",
    "added",
    "adds",
    "told",
    "wrote",
    "asked",
    "explained",
    "noted",
    "warned",
    "continued",
    "argued",
    "insisted",
    "stressed",
    "recalled",
    "replied",
    "declared",
    "concluded",
    # round 12: other verbs of saying a wire or release story puts after the quote ('"...,"
    # stated Prime Minister John Smith'); each is in lexicon.SPEECH_VERBS
    "stated",
    "remarked",
    "commented",
    "observed",
    "cautioned",
    "admitted",
    "conceded",
    "asserted",
    "exclaimed",
    "quipped",
    "joked",
    "countered",
    "retorted",
    "answered",
    "responded",
    "acknowledged",
    "explains",
    "notes",
    "writes",
    "recalls",
    "stresses",
    "insists",
    "warns",
    "argues",
    "tells",
}
TITLEISH = re.compile(r"^\s*(?:(?:the|a|an|of|to|[A-Z][\w.’'-]*|[a-z]+ (?=[A-Z]))\s+){0,8}")
PRESENT = {
    "say",
    "says",
    "warn",
    "warns",
    "argue",
    "argues",
    "claim",
    "believe",
    "believes",
    "insist",
    "insists",
    "agree",
    "agrees",
    "estimate",
    "estimates",
    "maintain",
    "maintains",
    "contend",
    "contends",
}


CLAUSE = re.compile(
    r",\s+(?:who|which|whose|an?|the|known|based|led|founded|headed|owned|backed|created|"
    r"speaking|declining|requesting|asking|talking|in|"
    # "John Smith, responding to Jane Doe, said" (round 12)
    r"responding|replying|reacting|referring|answering|commenting|writing|addressing|"
    # "The Wall Street Journal, citing people familiar with the matter, reported" (round 29)
    r"citing|quoting)\s"
    r"[^,;“”\"]{1,120},\s*$"
)
OPENERS = ("", "But", "And", "Still", "Yet")
REPLIES = {"replied", "countered", "retorted", "responded", "answered"}
PARTICIPLES = {
    "saying",
    "adding",
    "noting",
    "warning",
    "arguing",
    "insisting",
    "calling",
    "accusing",
    "claiming",
    "telling",
    "describing",
    "stressing",
}


_QUOTED_OBJECT = re.compile(r"\bquoted\s+(?P<obj>[^,;“”\"]{2,80}?)\s+as\s+$")
_QUOTED_PASSIVE = re.compile(
    r"\s+(?:was|were|is|are|has been|have been)\s+quoted"
    r"(?:\s+by\s+[^,;“”\"]{1,60}?)?\s+as\s+$"
)


def quoted_as(before: str) -> tuple[str, int, int] | None:
    """Who "quoted ... as saying" names, from the text before the verb: ("object", start, end)
    for "Tass quoted X as", ("passive", start, start) for "X was quoted (by Y) as"."""
    m = _QUOTED_OBJECT.search(before)
    if m and not re.search(r"\b(?:was|were|is|are|been)\s*$", before[: m.start()]):
        return "object", m.start("obj"), m.end("obj")
    m = _QUOTED_PASSIVE.search(before)
    if m:
        return "passive", m.start(), m.start()
    return None
