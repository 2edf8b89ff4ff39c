"""Who said what: direct quotes, reported speech, and the parties that deny or dispute a claim."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .actors import ActorIndex, claimant_phrase
from .lexicon import SPEECH_VERBS, STANCE_VERBS
from .sentences import Sentence

_VERB = re.compile(r"\b(" + "|".join(sorted(SPEECH_VERBS, key=len, reverse=True)) + r")\b")
_STANCE = re.compile(r"\b(" + "|".join(sorted(STANCE_VERBS, key=len, reverse=True)) + r")\b")
_AUX = re.compile(
    r"(?:\s+(?:has|have|had|also|later|previously|again|repeatedly|publicly|would|will|did|does|do|"
    r"recently|once|then|reportedly|privately|earlier|already|further|even|only))*\s*$"
)
_NEGATED = re.compile(r"\b(?:not|never|n't|declined to|refused to)\b[\w\s]*$")
_PRONOUN = re.compile(r"\b(he|she|they|He|She|They)$")
_INVERTS = {
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
}
_TITLEISH = re.compile(r"^\s*(?:(?:the|a|an|of|to|[A-Z][\w.’'-]*|[a-z]+ (?=[A-Z]))\s+){0,8}")
_STANCE_OBJECT = re.compile(
    r"\s*(?:[.,;]|$|(?:these|those|this|that|it|them|any|such|having|involvement|responsibility|the (?:claims?|"
    r"reports?|allegations?|accusations?|charges?|account|deliveries|transfers?))\b)"
)
_PRESENT = {
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


@dataclass
class Said:
    """A claim read from the text: who says it, the quoted words if any, and where."""

    by: str
    sentence: int
    quote: str | None = None
    verb: str = ""
    date_after_verb: bool = False
    verb_end: int = -1
    parties: list[tuple[str, str, int]] = field(default_factory=list)


@dataclass
class _Anchor:
    start: int
    end: int
    verb: str
    speaker: str | None
    pronoun: bool = False


def _segments(text: str) -> list[tuple[int, int]]:
    """Inner spans of quoted passages; an unclosed quote runs to the end of the paragraph."""
    out = []
    i = 0
    while i < len(text):
        ch = text[i]
        opening = ch == "“" or (ch == '"' and (i == 0 or text[i - 1] in " \t([—–-/"))
        if not opening:
            i += 1
            continue
        close = "”" if ch == "“" else '"'
        j = text.find(close, i + 1)
        if ch == "“":
            nxt = text.find("“", i + 1)
            if nxt != -1 and (j == -1 or nxt < j):
                j = -1 if j == -1 else j
        end = j if j != -1 else len(text)
        if end > i + 1:
            out.append((i + 1, end))
        i = end + 1
    return out


def _inside(pos: int, segs: list[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in segs)


def find_said(sents: list[Sentence], paragraphs: dict[int, str], index: ActorIndex) -> list[Said]:
    """Every direct quote with its speaker, and reported claims ("several governments say")."""
    out: list[Said] = []
    last_speaker: str | None = None
    last_person: str | None = None
    by_para: dict[int, list[int]] = {}
    for n, s in enumerate(sents):
        by_para.setdefault(s.paragraph, []).append(n)
    prev_para_speaker: str | None = None
    for para_no, numbers in by_para.items():
        text = paragraphs[para_no]
        offsets, pos = [], 0
        for n in numbers:
            start = text.find(sents[n].text, pos)
            offsets.append(start)
            pos = start + len(sents[n].text)
        segs = _segments(text)
        anchors = {
            n: _anchors(sents[n].text, n, index, [(s - off, e - off) for s, e in segs])
            for n, off in zip(numbers, offsets, strict=True)
        }
        para_speaker = None
        quoted_sents: set[int] = set()
        for seg_start, seg_end in segs:
            quote = text[seg_start:seg_end].strip().rstrip(",;:.").strip()
            first = _sentence_at(numbers, offsets, sents, seg_start)
            last = _sentence_at(numbers, offsets, sents, max(seg_start, seg_end - 1))
            quoted_sents.update(range(first, last + 1))
            rel_start = seg_start - offsets[numbers.index(first)]
            rel_end = seg_end - offsets[numbers.index(last)]
            anchor = _pick(anchors[last], rel_end, after=True) or _pick(
                anchors[first], rel_start, after=False
            )
            if anchor is None:
                for n in range(first + 1, last):
                    anchor = anchor or _pick(anchors[n], 0, after=True)
            speaker = None
            if anchor is not None:
                speaker = anchor.speaker
                if anchor.pronoun:
                    before = anchor.start < rel_start and first == last
                    subject = _first_person(index, first, rel_start) if before else None
                    speaker = subject or last_speaker or last_person
            elif para_speaker:
                speaker = para_speaker
            elif seg_start <= 1 and prev_para_speaker:
                speaker = prev_para_speaker
            elif len(quote.split()) >= 3:
                speaker = _first_person(index, first, rel_start)
            words = quote.split()
            if speaker is None or _is_title_case(quote) or (len(words) <= 2 and anchor is None):
                continue
            para_speaker = speaker
            said = Said(speaker, first, quote, anchor.verb if anchor else "")
            if anchor and anchor.start > 0 and first == last:
                said.verb_end = anchor.end
            out.append(said)
            if index.actors[speaker].kind == "person":
                last_speaker = speaker
        for n in numbers:
            for m in index.at(n):
                if index.actors[m.key].kind == "person" and not m.key.startswith("u:"):
                    last_person = m.key
            if n in quoted_sents:
                continue
            for anchor in anchors[n]:
                speaker = anchor.speaker
                if anchor.pronoun:
                    speaker = _first_person(index, n, anchor.start) or last_speaker or last_person
                if speaker is not None and anchor.verb.lower() not in STANCE_VERBS:
                    out.append(Said(speaker, n, None, anchor.verb, verb_end=anchor.end))
                    break
        prev_para_speaker = (
            para_speaker if para_speaker and segs and segs[-1][1] >= len(text) - 2 else para_speaker
        )
    for said in out:
        said.parties = _parties(sents, index, said)
    return out


def _sentence_at(numbers: list[int], offsets: list[int], sents: list[Sentence], pos: int) -> int:
    found = numbers[0]
    for n, off in zip(numbers, offsets, strict=True):
        if off != -1 and off <= pos:
            found = n
    return found


def _pick(anchors: list[_Anchor], pos: int, after: bool) -> _Anchor | None:
    usable = [a for a in anchors if a.speaker is not None or a.pronoun]
    if after:
        later = [a for a in usable if a.start >= pos]
        if later:
            return min(later, key=lambda a: a.start)
    earlier = [a for a in usable if a.end <= pos]
    return max(earlier, key=lambda a: a.end) if earlier else None


def _first_person(index: ActorIndex, n: int, before: int) -> str | None:
    for m in index.at(n):
        if m.start < before and index.actors[m.key].kind == "person":
            return m.key
    return None


def _is_title_case(quote: str) -> bool:
    words = re.findall(r"[\w’'-]+", quote)
    return bool(words) and all(
        w[:1].isupper() or w in ("of", "the", "and", "for", "a", "in") for w in words
    )


def _anchors(text: str, n: int, index: ActorIndex, segs: list[tuple[int, int]]) -> list[_Anchor]:
    """Speech verbs outside quotes, each with the speaker it names, if any."""
    out = []
    for m in _VERB.finditer(text):
        if _inside(m.start(), segs):
            continue
        before = text[: m.start()]
        aux = _AUX.search(before)
        core = before[: aux.start()] if aux else before
        if _NEGATED.search(before[-30:]):
            continue
        speaker, pronoun = _subject(text, core, n, index), False
        if speaker is None and _PRONOUN.search(core):
            pronoun = True
        if (
            speaker is None
            and not pronoun
            and m.group(1) in _INVERTS
            and re.search(r"[,”\"]\s*[”\"]?\s*$", before)
        ):
            speaker = _object(text, m.end(), n, index)
        out.append(_Anchor(m.start(), m.end(), m.group(1), speaker, pronoun))
    for m in re.finditer(r"\b[Aa]ccording to (?:the )?", text):
        if _inside(m.start(), segs):
            continue
        speaker = _object(text, m.end(), n, index, lead="")
        if speaker:
            out.append(_Anchor(m.start(), m.end(), "according to", speaker))
    return out


def _subject(text: str, core: str, n: int, index: ActorIndex) -> str | None:
    end = len(core.rstrip())
    for m in index.at(n):
        if end - 1 <= m.end <= end + 1 and m.end > 0:
            return m.key
    return _claimant(core.rstrip(), n, index)


def _object(text: str, pos: int, n: int, index: ActorIndex, lead: str = "titles") -> str | None:
    """The speaker named after the verb: "said John Erath, ...", "according to experts"."""
    rest = text[pos:]
    stop = re.search(r"[,;]|\.\s|\.$", rest)
    end = pos + (stop.start() if stop else len(rest))
    inside = [m for m in index.at(n) if pos <= m.start < end]
    people = [m for m in inside if index.actors[m.key].kind == "person"]
    if people:
        return people[0].key
    lead_end = pos + len(rest) - len(rest.lstrip())
    if inside and inside[0].start <= lead_end + (4 if rest.lstrip().startswith("the ") else 0):
        return inside[0].key
    claim = re.match(r"\s*([^,.;“”\"]{2,60}?)(?=[,.;]|\s+(?:who|which|that|in|on|at)\b|$)", rest)
    if claim:
        return _claimant(claim.group(1), n, index, whole=True)
    return None


def _claimant(phrase: str, n: int, index: ActorIndex, whole: bool = False) -> str | None:
    m = claimant_phrase(phrase)
    if m is None or (whole and m.start() > 0):
        return None
    words = m.group(0).strip()
    if words.split()[-1].lower() == "statement":
        # "a US statement said": the country or body that issued it
        for mention in index.at(n):
            if text_has(phrase, m.start(), mention, index):
                return mention.key
        return None
    if not re.match(
        r"(?:[Aa]n?|[Tt]he|[Ss]ome|[Ss]everal|[Mm]any|[Oo]ther|[Tt]wo|[Tt]hree|[Mm]ost)\b|[A-Z]",
        words,
    ) and words.lower() not in (
        "observers",
        "experts",
        "analysts",
        "officials",
        "critics",
        "diplomats",
        "sources",
        "authorities",
        "governments",
        "researchers",
        "witnesses",
        "residents",
    ):
        return None
    return index.claimant(words)


def text_has(phrase: str, start: int, mention, index: ActorIndex) -> bool:
    """True when an actor's name appears in the claimant phrase ("a US statement")."""
    actor = index.actors[mention.key]
    words = phrase[start:]
    return any(re.search(rf"\b{re.escape(f)}\b", words) for f in [actor.name, *actor.forms])


def _parties(sents: list[Sentence], index: ActorIndex, said: Said) -> list[tuple[str, str, int]]:
    """Others who deny, dispute or confirm the claim, in its sentence or the next of the paragraph."""
    out: list[tuple[str, str, int]] = []
    for n in (said.sentence, said.sentence + 1):
        if n >= len(sents) or sents[n].paragraph != sents[said.sentence].paragraph:
            continue
        text = sents[n].text
        segs = [(q.start(), q.end()) for q in re.finditer(r"[“\"][^”\"]*[”\"]?", text)]
        for m in _STANCE.finditer(text):
            if _inside(m.start(), segs) or not _STANCE_OBJECT.match(text[m.end() :]):
                continue
            clause_start = max(
                text.rfind(c, 0, m.start()) for c in (",", ";", "although", "but", "while")
            )
            for mention in index.at(n):
                if clause_start < mention.start < m.start() and mention.key != said.by:
                    stance = STANCE_VERBS[m.group(1)]
                    if (mention.key, stance, n) not in out:
                        out.append((mention.key, stance, n))
    return out
