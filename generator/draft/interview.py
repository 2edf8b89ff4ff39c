"""Interview answers: "A: ..." belongs to the person most quoted so far, "RUIZ: ..." to Ruiz."""

from __future__ import annotations

import re

from .index import Actor, ActorIndex, fold, slugify
from .lexicon import TITLE_WORDS
from .pronouns import Recent

_ANSWER = re.compile(
    r"^(?:A|Answer|(?P<name>[A-Z][\w’'-]+|[A-Z][A-Z’'.-]+(?: [A-Z][A-Z’'.-]+){0,4}"
    r"|[A-Z][\w’'-]*\.?(?: (?:[A-Z]\.|[A-Z][\w’'-]+)){1,3}))"
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


_TITLES_UPPER = {t.upper() for t in TITLE_WORDS}
# Any speaker label: "Q:", "MODERATOR:", "SECRETARY ELLISON:", "MS. SINGH:"
_LABEL = re.compile(
    r"^(?:[A-Z][A-Z’'.-]*(?: [A-Z][A-Z’'.-]*){0,5}|[A-Z][a-z]+\.?(?: [A-Z][\w.’'-]*){0,3})"
    r"(?:, [A-Z][\w ]+)?:\s"
)


def labelled(label: str, index: ActorIndex) -> str | None:
    """The person a transcript label names, titles aside: "GEN. HADDAD-MERCER", "SECRETARY
    ELLISON", "FOREIGN MINISTER CHO" -> the one drafted person with that (sur)name."""
    words = [w for w in label.split() if not w.endswith(".") and w.upper() not in _TITLES_UPPER]
    wanted = [w.lower() for w in words]
    if not wanted:
        return None
    people = [a for a in index.actors.values() if a.kind == "person" and not a.key.startswith("u:")]
    for test in (
        lambda toks: toks == wanted,
        lambda toks: toks[-1:] == wanted[-1:] and set(toks) <= set(wanted),
        lambda toks: len(wanted) == 1 and wanted[0] in toks,
        lambda toks: toks[-1:] == wanted[-1:],
    ):
        found = {
            a.key for a in people if test([t.lower() for t in a.tokens if not t.endswith(".")])
        }
        if found:
            return found.pop() if len(found) == 1 else None
    return None


_NOT_SPEAKERS = {"q", "a", "question", "answer", "host", "moderator", "interviewer", "reporter",
                 "note", "update", "editor", "editor's", "image", "photo", "caption", "source",
                 "sources", "related", "read", "see", "watch", "listen", "correction", "warning",
                 "disclaimer", "transcript", "summary", "background", "context"}


def label_speakers(paragraphs, index: ActorIndex) -> None:
    """People an interview names only in its turn labels ("Rebecca: ...", "Bill: ..."): a
    mixed-case label that opens two turns or more and names no drafted actor is a person."""
    counts: dict[str, int] = {}
    for text in paragraphs:
        m = _ANSWER.match(text)
        if m and m.group("name") and not m.group("role") and not m.group("name").isupper():
            counts[m.group("name")] = counts.get(m.group("name"), 0) + 1
    named = {fold(f) for a in index.actors.values() for f in [a.name, *a.forms]}
    ids = {a.id for a in index.actors.values()}
    for name, turns in counts.items():
        words = set(name.lower().split())
        if turns < 2 or fold(name) in named or words & _NOT_SPEAKERS or labelled(name, index):
            continue
        if {w.upper() for w in name.split()} & _TITLES_UPPER:
            continue
        key, base = f"p:{name.lower()}", slugify(name)
        ident, i = base, 2
        while ident in ids:
            ident, i = f"{base}-{i}", i + 1
        ids.add(ident)
        index.actors[key] = Actor(key, name, "person", count=turns, id=ident)


def continued_turn(text: str, turn: str | None, quoted: bool) -> str | None:
    """A transcript turn's next paragraph, unlabelled and unquoted, is still the same speaker's."""
    if turn is None or quoted or _LABEL.match(text) or text.lstrip().startswith(("(", "[")):
        return None
    if credit_line(text):
        return None
    return turn if says_something(text) else None


def says_something(answer: str) -> bool:
    """An answer of three words or more: "No.", "Absolutely!", "Not really." (round 28) tell a
    reader nothing without the question, so they are no claim."""
    return len(answer.split()) >= 3


# "— Peres, on whether the Arab states' oil wealth will eclipse ...": a dash, then a name
_CREDIT_LINE = re.compile(r"^\s*(?:[—―]|--)\s*[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3}(?:,|\s*$)")


def credit_line(text: str) -> bool:
    """A pull quote's credit line ("— Peres, on whether ..."): the editor's words naming who
    said the quote above it, not the next paragraph of a turn."""
    return bool(_CREDIT_LINE.match(text))


def interview_answer(
    text: str, index: ActorIndex, said: list, recent: Recent, narrating: frozenset[str] | set[str] = frozenset()
) -> tuple[str, str] | None:
    """An interview answer, "A: ..." (the person most quoted so far) or "ARRIETA: ..."; never a
    journalist's turn ("MARISOL VEGA, HOST:", then "VEGA:")."""
    m = _ANSWER.match(text)
    if m is None or m.group("role") or (m.group("name") or "").lower() in narrating:
        return None
    if m.group("name"):
        speaker = labelled(m.group("name"), index)
    else:
        counts: dict[str, int] = {}
        for s in said:
            if s.quote and s.by and index.actors[s.by].kind == "person":
                counts[s.by] = counts.get(s.by, 0) + 1
        speaker = max(counts, key=lambda k: counts[k]) if counts else None
    if speaker is None:
        return None
    recent.spoke(speaker, "person")
    return speaker, unquoted_answer(text[m.end() :].strip().rstrip(",;:.").strip())


def without_label(sentence: str) -> str:
    """A turn's first sentence without its label ("Rebecca: Yeah." -> "Yeah."), for the text of
    its claim: the label is the speaker, shown beside it (analyst 8)."""
    m = _ANSWER.match(sentence)
    return sentence[m.end() :] if m and not m.group("role") else sentence


_WHOLE_QUOTE = re.compile(r"^[“\"](?P<words>[^“”\"]+?)[,;:.]?[”\"][.]?$")


def unquoted_answer(answer: str) -> str:
    """ 'Governor Jane Doe: "This funding will transform our towns."' (a release's bullet):
    an answer that is one quotation is its words, without the marks."""
    whole = _WHOLE_QUOTE.match(answer)
    return whole.group("words").strip().rstrip(",;:.") if whole else answer
