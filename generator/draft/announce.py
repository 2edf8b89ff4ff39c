"""Present tense that announces: "campaigners plan a vigil on Saturday", "the summit convenes
on November 20", "negotiators meet in Geneva on Tuesday" name a coming day, not a past one."""

from __future__ import annotations

import re

# verbs of scheduled events, in the simple present ("meet"/"meets"); "due" alone ("a decision,
# due on May 3"). A base form after "to", "did", "not", a modal or a pronoun-less "would" is
# left to the other tense rules.
_EVENT_VERBS = (
    r"plan|convene|meet|hold|stage|begin|start|open|run|resume|gather|march|travel|visit|"
    r"host|vote|head|return|reconvene|kick|wrap|close|take place|go ahead|get under way"
)
_ANNOUNCE = re.compile(
    rf"(?<![’'])\b(?:(?:{_EVENT_VERBS})(?:s|es)?|takes place|goes ahead|gets under way|due)\b", re.I
)
_NOT_PRESENT = re.compile(
    r"\b(?:to|did|didn't|does|doesn't|do|don't|not|never|would|could|should|might|may|can|"
    r"had|has|have|the|a|an|its|their|his|her|our|of|for)\s+$",
    re.I,
)
# a past-tense or perfect cue in the same clause: "said on Monday", "was held"
_PAST_CUE = re.compile(r"\b(?:said|told|was|were|had|has|have|been|did|ago|last)\b", re.I)


def announces(clause: str) -> bool:
    """Whether a clause (the words before a date phrase) is a present tense that announces a
    coming event: a scheduling verb in the simple present, not after "to" or an auxiliary,
    and no past-tense cue in the clause."""
    if _PAST_CUE.search(clause):
        return False
    for m in _ANNOUNCE.finditer(clause):
        word = m.group(0).lower()
        if word != "due" and _NOT_PRESENT.search(clause[: m.start()]):
            continue
        if word in _AMBIGUOUS and (
            _NOUN_BEFORE.search(clause[: m.start()]) or not clause[m.end() :].strip()
        ):
            continue
        return True
    return False


# words that are nouns as often as verbs ("spending plans", "the vote"): a verb needs an object
# or a place after it and no article before it
_AMBIGUOUS = frozenset(
    [
        "plan",
        "plans",
        "open",
        "opens",
        "close",
        "closes",
        "start",
        "starts",
        "head",
        "heads",
        "return",
        "returns",
        "march",
        "marches",
        "visit",
        "visits",
        "vote",
        "votes",
        "hold",
        "holds",
    ]
)
# "an open letter", "the march", "a visit", "a 218-212 vote": the word is a noun there
_NOUN_BEFORE = re.compile(r"\b(?:an?|the|its|their|this|that|his|her)\s+(?:[\w-]+\s+)?$", re.I)
