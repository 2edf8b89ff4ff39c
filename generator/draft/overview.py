"""The drafted summary and tags: the first real sentences of the body, and the article's main
organizations and countries (never a job title, never a word the drafter is unsure of)."""

from __future__ import annotations

import re

from .index import Actor, slugify
from .lexicon import SENTENCE_OPENERS, TITLE_WORDS
from .sentences import Sentence

_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
# "Thursday, March 15, 2012 " or "March 15, 2012 " run into the first sentence
_LEADING_DATELINE = re.compile(rf"^(?:{_WEEKDAY},? )?{_MONTH} \d{{1,2}},? \d{{4}}\s+(?=[A-Z])")
# "Name: ..." turns of an interview, "Image: ..." credits
_LABEL = re.compile(r"^[A-Z][\w.'’ -]{0,40}:\s")
_CREDIT = re.compile(r"\b(?:Image|Photo|Video|Credit|Source)s?:\s")


def without_dateline(text: str) -> str:
    """The sentence without a date line or place line the cleaner left in front of it:
    "Thursday, March 15, 2012 Wikinews ...", "Preston, Victoria, Australia On Saturday, ..."."""
    text = _LEADING_DATELINE.sub("", text)
    words = text.split(" ")
    for k, word in enumerate(words[:6]):
        if not word[:1].isupper():
            break
        if k and word in SENTENCE_OPENERS and "," in " ".join(words[:k]):
            return " ".join(words[k:])
    return text


def inside_quote(text: str) -> bool:
    """ "The problem is how long it will take.”: the end of a quotation that began before."""
    closing = len(re.findall(r"[”]|\"(?=\W*$)", text))
    return closing > len(re.findall(r"[“]|^\"|\s\"", text))


def is_lead_sentence(text: str) -> bool:
    """A sentence fit to open a summary: it starts with a capital letter (or a number), ends
    like a sentence, has some length, and is no caption credit, interview turn or pull quote."""
    text = without_dateline(text)
    return (
        bool(re.match(r"[A-Z0-9]", text))
        and bool(re.search(r"[.!?][”\"’')]?$", text))
        and len(text.split()) >= 6
        and not _LABEL.match(text)
        and not _CREDIT.search(text)
        and not re.match(r"[“\"]", text)
        and not inside_quote(text)
    )


def summary(sents: list[Sentence], n: int = 2) -> str:
    """Up to ``n`` lead sentences in a row, from the first one in the body; with none, the
    first sentences that are no caption."""
    body = [s for s in sents if not s.caption]
    lead = next((s for s in body if is_lead_sentence(s.text)), None)
    if lead is None:
        return " ".join(s.text for s in body[:n])
    out: list[str] = []
    for s in body[body.index(lead) :]:
        if len(out) == n or (out and not is_lead_sentence(s.text)):
            break
        out.append(without_dateline(s.text))
    return " ".join(out)


def is_job_title(name: str) -> bool:
    """ "Chairman of the Centre ...", "Director of Media": an office, not a body."""
    words = name.split()
    return bool(words) and words[0] in TITLE_WORDS and words[0] not in ("State", "Supreme")


def tags(actors: list[Actor], n: int = 4) -> list[str]:
    """The ``n`` organizations and countries named most, leaving out job titles and one-word
    names found only by their use in the text (they may be people), and `index` (the page
    that lists the tags)."""
    return [
        tag
        for a in actors
        if a.kind in ("country", "organization")
        and not a.key.startswith("w:")
        and not is_job_title(a.name)
        and (tag := slugify(a.name)) != "index"
    ][:n]
