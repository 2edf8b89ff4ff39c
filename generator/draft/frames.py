"""Sentences that only frame a quote set as a paragraph of its own (analyst 8, GUM's texts):
"Rathbun wrote," before it, ", said KCNA." after it. The quote is the claim; the frame drafted
as a claim of its own read "Rathbun wrote,." or gave the narration before the verb ("his
sister pleaded with him ..., but he replied") to the one who spoke."""

from __future__ import annotations

import re

FINISHED = re.compile(r"[.!?…][”\"’')\]]*\s*$")
_OPENS_A_QUOTE = re.compile(r"\s*[“\"]")
_CLOSES_A_QUOTE = re.compile(r"[”\"]\s*$")
_CARRIES_ON = re.compile(r"\s*[,;]")
# what a credit says besides its speaker and verb: ", it added; and, later,"
_NOTHING_SAID = {"and", "also", "later", "then", "it", "he", "she", "they", "as", "according",
                 "to", "the", "in", "a", "statement", "further", "again"}


def opens_next_quote(paragraph: str, next_paragraph: str) -> bool:
    """The paragraph stops mid-sentence ("Rathbun wrote," / "... but he replied") and the next
    one opens with a quote: the sentence's words run on into that quote."""
    return not FINISHED.search(paragraph) and bool(_OPENS_A_QUOTE.match(next_paragraph))


def only_credits_quote_above(sentence: str, spans: list[tuple[int, int]], above: str) -> bool:
    """The sentence carries on the quote of the paragraph above (", said KCNA.") and says
    nothing besides: outside ``spans`` (its verb and the names in it) only filler words."""
    if not _CARRIES_ON.match(sentence) or not _CLOSES_A_QUOTE.search(above):
        return False
    chars = list(sentence)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    words = re.findall(r"[^\W\d_]+", "".join(chars))
    return all(w.lower() in _NOTHING_SAID for w in words)


# a second verb of saying that hands over to the quote paragraph: ", adding:", "and wrote,"
_HANDS_OVER = re.compile(
    r"(?:,\s*|\s+and\s+)(?:then\s+|also\s+|later\s+)?(?:adding|added|saying|said|writing|wrote|"
    r"noting|noted|explaining|explained|continuing|continued)\s*[,:]?\s*$"
)


# verbs that report what was said ("said the plant would close"), not an act told by the
# narrator ("criticized the press")
_REPORTS = {"said", "says", "told", "tells", "wrote", "writes", "stated", "states", "announced",
            "added", "explained", "noted", "warned", "argued", "insisted", "claimed", "reported",
            "predicted", "estimated", "confirmed", "acknowledged", "admitted", "believes", "believed"}


def reports_before_handing_over(sentence: str, verb: str, verb_end: int) -> bool:
    """ "Ruiz said the plant would close in May, adding:" before a quote paragraph: a claim of
    its own (the words after "said") before the words that hand over to the quote, not only a
    frame; "Santorum criticized the press, saying," is one (its verb of saying is the frame's)
    (review 17)."""
    tail = _HANDS_OVER.search(sentence)
    if verb.lower() not in _REPORTS or tail is None:
        return False
    return len(re.findall(r"\w+", sentence[verb_end : tail.start()])) >= 3
