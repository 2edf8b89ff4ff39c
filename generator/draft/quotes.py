"""Who said what: direct quotes, reported speech, and the parties that deny or dispute a claim."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from .actors import ActorIndex
from .alternation import longest_first
from .blocks import MAX_BLOCK, block_paragraph
from .frames import (
    FINISHED,
    only_credits_quote_above,
    opens_next_quote,
    reports_before_handing_over,
)
from .headings import heading_speaker
from .interview import (
    continued_turn,
    interview_answer,
    label_speakers,
    labelled,
    narrators,
    says_something,
)
from .lexicon import SPEECH_VERBS, STANCE_VERBS
from .prefilter import Guarded
from .pronouns import (
    Recent,
    learn_genders,
    name_gender,
    pronoun_gender,
    title_before,
    titled_gender,
)
from .quotemarks import inside, segments
from .sentences import Sentence
from .speechwords import AUX as _AUX
from .speechwords import CLAUSE as _CLAUSE
from .speechwords import INVERTS as _INVERTS
from .speechwords import LEAD_PRONOUN as _LEAD_PRONOUN
from .speechwords import NEGATED as _NEGATED
from .speechwords import OPENERS as _OPENERS
from .speechwords import PARTICIPLES as _PARTICIPLES
from .speechwords import PRESENT as _PRESENT  # noqa: F401  (compose reads it from here)
from .speechwords import PRONOUN as _PRONOUN
from .speechwords import REPLIES as _REPLIES
from .speechwords import quoted_as
from .stances import parties
from .subjects import (
    according_to,
    addressee_of_document,
    by_saying,
    joint_speakers,
    object_before_aside,
    persons_own_after,
    persons_own_before,
    someone_of,
    subject_after_opening,
    words_of,
)
from .subjects import object_after as _object
from .subjects import subject_before as _subject
from .tense import past_form_in

_VERB = re.compile(r"\b(" + longest_first(SPEECH_VERBS) + r")\b")
# a document that "reads" before its quoted words: "The Pentagon's statement read:", "A letter
# from X reads," (round 12; "read" is no verb of saying otherwise: "Smith read the report")
_DOCUMENT_READS = Guarded(re.compile(
    r"\b(?:statement|letter|release|message|note|e-?mail|memo|notice|announcement|"
    r"communiqu[eé]|declaration|post|tweet)\b(?:[^.;:“”\"]{0,100}?)\s(reads?)(?=\s*[:,]\s*[“\"])"
))
_WORDS_OF = Guarded(re.compile(r"\b[Ii]n the words of\b"))  # Guarded: for speed
_ACCORDING_TO = Guarded(re.compile(r"\b[Aa]ccording to (?:the )?"))


@dataclass
class Said:
    """A claim read from the text: who says it, the quoted words if any, and where."""

    by: str | None  # None: the speaker could not be established (see candidates)
    sentence: int
    quote: str | None = None
    verb: str = ""
    date_after_verb: bool = False
    verb_end: int = -1
    parties: list[tuple[str, str, int]] = field(default_factory=list)
    candidates: list[str] = field(default_factory=list)
    rule: str = ""  # the rule that named the speaker, for reading the drafter's choices


@dataclass
class _Anchor:
    start: int
    end: int
    verb: str
    speaker: str | None
    pronoun: str = ""  # "he", "she", "they" when the subject is a pronoun
    joint: tuple[str, ...] = ()  # "Smith and Jones said": no one speaker, these two together
    # "X cited a memo that said": the words of a document (), with no author named no one's,
    # the one who cites it only a candidate (round 19)
    cited: tuple[str, ...] | None = None


def find_said(sents: list[Sentence], paragraphs: dict[int, str], index: ActorIndex) -> list[Said]:
    """Every direct quote with its speaker, and reported claims ("several governments say")."""
    out: list[Said] = []
    by_para: dict[int, list[int]] = {}
    for n, s in enumerate(sents):
        by_para.setdefault(s.paragraph, []).append(n)
    layout: dict[int, tuple[list[int], list[tuple[int, int]]]] = {}
    unquoted = [s.text for s in sents]
    for para_no, numbers in by_para.items():
        text = paragraphs[para_no]
        offsets, pos = [], 0
        for n in numbers:
            start = text.find(sents[n].text, pos)
            offsets.append(start)
            pos = start + len(sents[n].text)
        segs = segments(text)
        layout[para_no] = (offsets, segs)
        for n, off in zip(numbers, offsets, strict=True):
            chars = list(sents[n].text)
            for s0, e0 in _overlapping(segs, off, len(chars)):
                for i in range(max(0, s0 - off), min(len(chars), e0 - off)):
                    chars[i] = " "
            unquoted[n] = "".join(chars)
    label_speakers(paragraphs.values(), index)
    recent = Recent(learn_genders(index, unquoted))
    prev_para_speaker: str | None = None
    frame: str | None = None  # who an unfinished paragraph ("X said,", "X called it") names
    turn: str | None = None  # the speaker of a transcript turn, for its unlabelled paragraphs
    narrator: str | None = None  # the same, through paragraphs that hold quotes
    leads: dict[int, str] = {}
    journalists = narrators(paragraphs.values())
    block: tuple[str, int] | None = None  # the speaker of an unquoted "X said:" block, paragraphs
    order = list(by_para)
    last_no = 0
    section: str | None = None  # the speaker a section heading names, for its quotes
    for place, (para_no, numbers) in enumerate(by_para.items()):
        text = paragraphs[para_no]
        offsets, segs = layout[para_no]
        heading = _heading_between(paragraphs, last_no, para_no)
        place_no, last_no = last_no, para_no
        if heading is not None:
            # a section heading ends whatever the paragraphs above said; one that names a
            # person ("Secretary of Commerce Gina Raimondo") frames the quote set under it,
            # unless it may be the credit of a lone quote above it (a pull quote's credit)
            credit_above = prev_para_speaker is None and _lone_quote(paragraphs.get(place_no, ""))
            prev_para_speaker, turn, block, narrator = None, None, None, None
            frame = (
                heading_speaker(heading, index)
                if re.match(r"\s*[“\"]", text) and not credit_above
                else None
            )
            section = frame
        closes = _closing_paragraph(order, paragraphs, place, segs)
        said_after = (
            _said_after(sents, by_para[order[closes + 1]], index, recent, paragraphs[order[closes]])
            if segs and closes + 1 < len(order)
            else None
        )
        if block is not None and not segs and block[1] < MAX_BLOCK and not sents[numbers[0]].caption:
            named = any(a.speaker for n in numbers for a in _anchors(sents[n].text, n, index, []))
            if block_paragraph(text, numbers, index, block[0], named):
                out.append(
                    Said(block[0], numbers[0], text.strip().rstrip(",;:.").strip(), "said", rule="block")
                )
                recent.spoke(block[0], index.actors[block[0]].kind)
                block = (block[0], block[1] + 1)
                continue
        block = None
        answer = interview_answer(text, index, out, recent, journalists)
        if answer is not None:
            if says_something(answer[1]):
                out.append(Said(answer[0], numbers[0], answer[1], "answered", rule="turn"))
            out.extend(_quoted_in_answer(text, numbers, offsets, segs, sents, index, answer[0]))
            # a named turn ("GEN. OKAFOR:") runs on; an interview's "A:" is followed by narration
            named = not re.match(r"(?:A|Answer):", text)
            prev_para_speaker, turn = None, answer[0] if named else None
            narrator = turn
            continue
        # a photo's caption between two turns is nobody's answer
        # whose answer a paragraph sits in, quotes or not ("... she said, 'Thank you'")
        narrator = continued_turn(text, narrator, False)
        turn = None if sents[numbers[0]].caption else continued_turn(text, turn, bool(segs))
        if turn is not None and _names_another(sents, numbers, index, turn):
            turn = None  # "Senator Paul Reed said the bill went too far.": his words, not the turn's
        if turn is not None:
            out.append(
                Said(turn, numbers[0], text.strip().rstrip(",;:.").strip(), "answered", rule="turn")
            )
            recent.spoke(turn, "person")
            continue
        anchors = {
            n: _anchors(sents[n].text, n, index,
                        [(s - off, e - off) for s, e in _overlapping(segs, off, len(sents[n].text))])
            for n, off in zip(numbers, offsets, strict=True)
        }
        para_speaker = None
        quoted_sents: set[int] = set()
        starting: dict[int, list[tuple[int, int]]] = {}  # the quotes that start in sentence n
        for seg_start, seg_end in segs:
            first = _sentence_at(numbers, offsets, sents, seg_start)
            last = _sentence_at(numbers, offsets, sents, max(seg_start, seg_end - 1))
            quoted_sents.update(range(first, last + 1))
            starting.setdefault(first, []).append((seg_start, seg_end))
        position = {n: i for i, n in enumerate(numbers)}
        for n in numbers:
            for seg_start, seg_end in starting.get(n, ()):
                first = n
                quote = text[seg_start:seg_end].strip().rstrip(",;:.").strip()
                last = _sentence_at(numbers, offsets, sents, max(seg_start, seg_end - 1))
                rel_start = seg_start - offsets[position[first]]
                rel_end = seg_end - offsets[position[last]]
                for k in {first, last}:
                    _document_subjects(anchors[k], sents, out, k)
                anchor = _pick(anchors[last], rel_end, after=True, text=sents[last].text) or _pick(
                    anchors[first], rel_start, after=False, text=sents[first].text
                )
                if anchor is None:
                    for k in range(first + 1, last):
                        anchor = anchor or _pick(anchors[k], 0, after=True)
                speaker, rule = None, ""
                candidates: list[str] = []
                if anchor is not None:
                    speaker, rule = anchor.speaker, "anchor"
                    candidates = list(anchor.joint or anchor.cited or ())
                    if anchor.pronoun:
                        rule = "pronoun"
                        before = anchor.start < rel_start and first == last
                        asked = _asked_clause(sents[first].text, anchor.start)
                        subject = (
                            _first_person(index, first, anchor.start) if before and not asked else None
                        )
                        verb = "" if asked else anchor.verb  # the one asked replies
                        speaker = (
                            subject
                            or _asked_before(index, unquoted, first, anchor.pronoun, recent)
                            or _introduced(index, unquoted, first, anchor.pronoun, recent, verb)
                            or recent.resolve(anchor.pronoun, verb in _REPLIES)
                        )
                        quote_end = rel_end if first == last else len(sents[first].text)
                        if speaker and (
                            _named_inside(index, first, speaker, rel_start, quote_end)
                            or _named_inside(index, first, speaker, 0, asked)
                        ):
                            # "He said, 'Warhol was the center of ...'": not Warhol himself;
                            # "Asked whether Brown could be trusted, he replied": not Brown
                            candidates = [speaker]
                            speaker = None
                        own = para_speaker or (prev_para_speaker if first == numbers[0] else None)
                        if speaker and _far_body(index, anchor.pronoun, speaker, numbers, first, own):
                            candidates, speaker = [speaker], None
                        if speaker is not None and speaker == narrator:
                            # the one telling the story in an interview answer is "I", never
                            # the "she" of their story
                            candidates, speaker = [speaker], None
                        if speaker and _newcomer_before(index, unquoted, first, anchor.pronoun, speaker):
                            candidates, speaker = [speaker], None
                        unsure = _gender_skipped(index, unquoted, first, anchor.pronoun, recent, speaker)
                        if speaker and unsure:
                            candidates, speaker = [speaker, unsure], None
                        if speaker and _name_says_otherwise(index, unquoted, speaker, anchor.pronoun):
                            candidates, speaker = [speaker], None  # "Jane Roe ... what he called"
                elif para_speaker:
                    speaker, rule = para_speaker, "paragraph"
                elif credit := _credit(
                    # under a heading that names its speaker the next heading is no credit
                    text, seg_end, "" if section else paragraphs.get(para_no + 1, ""), index
                ):
                    speaker, rule = credit, "credit"
                elif said_after and seg_end >= len(text.rstrip()) - 1:
                    speaker, rule = said_after, "said after"
                elif seg_start <= 1 and frame:
                    speaker, rule = frame, "open frame"
                elif seg_start <= 1 and (line := _credit_line(text[seg_end:])) is not None:
                    # '"..." Anonymous blogger, "Anon declares war ..."': a pull quote credited
                    # to someone the drafter does not know, not the last paragraph's speaker
                    speaker, rule = _person_named(line, index), "credit line"
                elif seg_start <= 1 and prev_para_speaker:
                    speaker, rule = prev_para_speaker, "previous paragraph"
                elif len(quote.split()) >= 3:
                    speaker = _first_person(index, first, rel_start, sents[first].text)
                    rule = "first person"
                if anchor is None and speaker and _unnamed_frame(
                    anchors[last], rel_end, sents[last].text, rule == "paragraph"
                ):
                    # '"...," the Department said' where two departments were named: someone
                    # the text names but the drafter could not resolve, not the last speaker
                    candidates, speaker = [speaker], None
                if _called_a_phrase(sents[last].text, rel_end):
                    # 'The invitation reads, "One more thing...", the teasing tagline of Steve
                    # Jobs': a tagline quoted in someone's text, no claim of its owner (round 15)
                    continue
                words = quote.split()
                # "Maybe," he said: one capitalised word is speech, not a quoted name
                spoken = (
                    anchor is not None
                    and len(words) == 1
                    and text[seg_start:seg_end].rstrip()[-1:] in ",.?!…"
                )
                if (
                    (speaker is None and not candidates)
                    or (_is_title_case(quote) and not spoken)
                    or (len(words) <= 2 and anchor is None)
                    or (first == last and _a_name_given(sents[first].text, rel_start, words))
                    or (anchor is not None and not spoken and _scare_quote(
                        words, anchor, sents[first].text, rel_start, rel_end, first == last))
                ):
                    continue
                said = Said(speaker, first, quote, anchor.verb if anchor else "", rule=rule)
                said.candidates = candidates
                if anchor and anchor.start > 0 and first == last:
                    said.verb_end = anchor.end
                out.append(said)
                if speaker is not None:
                    para_speaker = speaker
                    recent.spoke(speaker, index.actors[speaker].kind)
            lead = _lead(index, unquoted[n], n)
            if lead is not None:
                leads[para_no] = lead.key
            for m in index.at(n):
                if m.key.startswith("u:"):
                    continue
                if m is lead:
                    recent.spoke(
                        m.key, index.actors[m.key].kind, subject_only=True
                    )  # the subject: "Rakhimova, for her part, ..."
                elif index.actors[m.key].kind == "person":
                    recent.named(m.key)
            if lead is not None:
                recent.together = _joined_subject(index, unquoted[n], n, lead)
            if n in quoted_sents:
                continue
            pair: _Anchor | None = None
            _document_subjects(anchors[n], sents, out, n)
            frame_only = _frames_a_quote(
                sents, n, numbers, index, anchors[n], text, place, order, paragraphs, place_no
            )
            for anchor in anchors[n]:
                speaker = anchor.speaker
                if anchor.pronoun:
                    speaker = _first_person(index, n, anchor.start) or recent.resolve(
                        anchor.pronoun
                    )
                    own = para_speaker or (prev_para_speaker if n == numbers[0] else None)
                    if speaker and _far_body(index, anchor.pronoun, speaker, numbers, n, own):
                        speaker = None  # "It called on the government to act": not that far back
                    if speaker and _name_says_otherwise(index, unquoted, speaker, anchor.pronoun):
                        speaker = None
                if speaker is not None and anchor.verb.lower() not in STANCE_VERBS:
                    if not frame_only or reports_before_handing_over(sents[n].text, anchor.verb, anchor.end):
                        out.append(Said(speaker, n, None, anchor.verb, verb_end=anchor.end))
                    recent.spoke(speaker, index.actors[speaker].kind)
                    recent.together = _other_speakers(index, anchors[n], anchor, speaker, sents[n].text)
                    para_speaker = speaker
                    break
                if pair is None and _pair_reported(anchor, speaker):
                    pair = anchor
            else:
                if pair is not None:
                    # "Smith and Jones said ...": kept, with both named for a person to choose,
                    # unless another verb of the sentence names its one speaker ("according to X")
                    said = Said(None, n, None, pair.verb, verb_end=pair.end, rule="pair")
                    said.candidates = list(pair.joint)
                    out.append(said)
        frame = _open_frame(
            text, anchors[numbers[-1]], index, numbers[-1], recent, sents[numbers[-1]].text
        )
        if para_speaker is None and text.rstrip().endswith(":") and para_no in leads:
            # "Nzabonimana put it bluntly:" and the quote as the next paragraph
            para_speaker = leads[para_no]
        if para_speaker and re.search(r"\b(?:said|says|added|stated|declared):\s*$", text):
            block = (para_speaker, 0)
        prev_para_speaker = para_speaker
    for said in out:
        if said.by:
            said.parties = parties(sents, index, said.sentence, said.by)
    return out


def _frames_a_quote(
    sents: list[Sentence],
    n: int,
    numbers: list[int],
    index: ActorIndex,
    anchors: list[_Anchor],
    text: str,
    place: int,
    order: list[int],
    paragraphs: dict[int, str],
    above: int,
) -> bool:
    """Sentence ``n`` only frames a quote set as a paragraph of its own, before it ("Rathbun
    wrote,") or after it (", said KCNA."): no claim of its own, the quote is (analyst 8)."""
    if (
        n == numbers[-1]
        and place + 1 < len(order)
        and opens_next_quote(text, paragraphs[order[place + 1]])
    ):
        return True
    if n != numbers[0] or above == order[place]:
        return False
    spans = [(a.start, a.end) for a in anchors] + [(m.start, m.end) for m in index.at(n)]
    return only_credits_quote_above(sents[n].text, spans, paragraphs.get(above, ""))


def _pair_reported(anchor: _Anchor, speaker: str | None) -> bool:
    """A reported claim whose subject is a pair ("Smith and Jones said the plan ..."): no one
    speaker, but a claim all the same (round 9; round 8 dropped it)."""
    return (
        speaker is None
        and not anchor.pronoun
        and bool(anchor.joint)
        and anchor.verb.lower() not in STANCE_VERBS
    )


_DASH_CREDIT = re.compile(r"^[”\"’']?\s*[-—–]{1,2}\s*(?P<name>[^.;:“”\"]{3,60}?)\s*$")


def _credit(text: str, seg_end: int, following: str, index: ActorIndex) -> str | None:
    """A pull quote's credit: the quote, then "- Name" on its line, or the name alone as the
    next line ("## Name", a line too short for a sentence). Only a drafted person counts."""
    if not re.fullmatch(r"[”\"’'.,!?\s]*", text[seg_end:]):
        dash = _DASH_CREDIT.match(text[seg_end:])
        name = dash.group("name") if dash else ""
    else:
        name = following[3:] if following.startswith("## ") else ""
    if not name:
        return None
    person = _person_named(name, index)
    if person:
        return person
    return labelled(name.split(",")[0], index) if _credited(name) else None


def _person_named(name: str, index: ActorIndex) -> str | None:
    """The one drafted person whose name or a form of it is ``name``."""
    people = [
        a.key
        for a in index.actors.values()
        if a.kind == "person" and not a.key.startswith("u:") and name.strip() in (a.name, *a.forms)
    ]
    return people[0] if len(people) == 1 else None


# what follows a pull quote as its credit, with no verb: "Anonymous blogger", "Anonymous
# blogger, "Anon declares war on Church of Scientology"" (the post's title) (round 26)
_CREDIT_LINE = re.compile(
    r"[”\"’']?\s+(?P<who>[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,4}?)\s*(?:,\s*[“\"][^“”\"]+[”\"]?)?\s*"
)


def _credit_line(rest: str) -> str | None:
    """The credit, when the rest of a paragraph after the quote that opens it is a credit line:
    a few words with no verb of saying, then perhaps a comma and a quoted title, and no
    sentence's end."""
    m = _CREDIT_LINE.fullmatch(rest)
    if (
        m is None
        or rest.rstrip().endswith((".", "!", "?"))
        or any(w in SPEECH_VERBS for w in m.group("who").lower().split())
    ):
        return None
    return m.group("who")


def _credited(name: str) -> bool:
    """ '"..." – Mayor John Smith, City of Springfield': a credit that gives the person's title
    before the name and their body after a comma; only the name before the comma is read."""
    head = name.split(",")[0].split()
    return 2 <= len(head) <= 5 and all(w[:1].isupper() for w in head)


def _lone_quote(text: str) -> bool:
    """A paragraph that is one quotation and nothing else."""
    return bool(re.fullmatch(r"\s*[“\"][^“”\"]+[”\"]\s*", text))


def _names_another(sents: list[Sentence], numbers: list[int], index: ActorIndex, turn: str) -> bool:
    """A paragraph with a speech verb whose subject is someone else than the turn's speaker."""
    return any(
        a.speaker and a.speaker != turn
        for n in numbers
        for a in _anchors(sents[n].text, n, index, [])
    )


def _heading_between(paragraphs: dict[int, str], after: int, before: int) -> str | None:
    """The last section heading ("## ...") between two paragraphs, if any."""
    for k in range(before - 1, after, -1):
        if paragraphs.get(k, "").startswith("## "):
            return paragraphs[k]
    return None


_FRAME_GAP = re.compile(r"^[,!?…]?[”\"’']?\s+[^.;:!?“”\"]{1,60}$")


def _unnamed_frame(
    anchors: list[_Anchor], quote_end: int, text: str, same_paragraph: bool = False
) -> bool:
    """A quote followed by its own frame whose subject the drafter could not resolve
    ('"...," a company spokesman said', '"...," the Department said' with two departments
    named): the quote is that subject's, so no speaker of an earlier paragraph may take it. In
    the paragraph's own run ('X welcomed it. "...," the minister said'), only a subject that
    is someone new ("a spokesman", "one official") stops it."""
    for a in anchors:
        gap = text[quote_end : a.start]
        if a.start >= quote_end and _FRAME_GAP.match(gap):
            new = (
                not same_paragraph
                or bool(_NEW_ONE.match(gap))
                or bool(_THE_DOCUMENT.search(gap))
                # '"...," the agency quoted a spokesman as saying': the quoted one's (round 12)
                or bool(_QUOTED_SOMEONE.search(gap))
            )
            return a.speaker is None and not a.pronoun and new
        if a.start >= quote_end and _INVERTED_GAP.fullmatch(gap) and a.verb in _INVERTS:
            # '"...," said one trader in London': someone new after the verb
            return a.speaker is None and not a.joint and bool(_NEW_ONE.match(", " + text[a.end :]))
    return False


_INVERTED_GAP = re.compile(r"[,!?…]?[”\"’']?\s*")
_QUOTED_SOMEONE = re.compile(r"\bquoted\s+(?:an?|one|another|the|some|two|three)\s+[^.;:]*\bas\s+$")
# '"...," a company spokesman said': someone not named before; "the minister", "the statement"
# may be the paragraph's own speaker again
_NEW_ONE = re.compile(r"^[,!?…]?[”\"’']?\s+(?:an?|one|another|some|several|two|three|four)\s", re.I)


def _closing_paragraph(
    order: list[int], paragraphs: dict[int, str], place: int, segs: list[tuple[int, int]]
) -> int:
    """Where a quote that a paragraph opens and leaves open ends: the next paragraph (of at
    most four) that closes a quote it did not open, with none opened in between."""
    if not segs or segs[-1][1] < len(paragraphs[order[place]]):
        return place  # no quote, or the last one closes in its paragraph
    for k in range(place + 1, min(place + 5, len(order))):
        later = paragraphs[order[k]]
        if re.search(r"(?:^|\s)[“\"]", later):
            return place
        if re.search(r"[”\"]\s*$", later):
            return k
    return place


_SAID_LAST = re.compile(r"\b(?:said|says|added|adds|explained|told [\w ]{1,40})\.\s*$")


def _said_after(
    sents: list[Sentence], numbers: list[int], index: ActorIndex, recent: Recent, quoted: str
) -> str | None:
    """The speaker the next paragraph names for a quote set as its own paragraph: after a
    quote ending on a comma ("Had it rained," / "Ana Ruiz, an editor at the Gazette, said."),
    or a paragraph that carries on the sentence (", said KCNA." / "she said, but ...")."""
    n = numbers[0]
    text = sents[n].text
    carries_on = bool(re.match(r"[,;a-z]", text))
    if segments(text) or not (
        carries_on or (re.search(r",\s*[”\"]\s*$", quoted) and _SAID_LAST.search(text))
    ):
        return None
    for anchor in _anchors(text, n, index, []):
        if anchor.speaker:
            return anchor.speaker
        if anchor.pronoun:
            return recent.resolve(anchor.pronoun)
        return None
    return None


def _open_frame(
    text: str, anchors: list[_Anchor], index: ActorIndex, n: int, recent: Recent, sentence: str
) -> str | None:
    """The speaker of a paragraph that stops mid-sentence on a speech verb, so that its quote
    is the next paragraph: "X said," / "X denied the claims:" / "they claim she has a"."""
    if FINISHED.search(text):
        return None
    quoted_by = _quoted_by(sentence, index, n, recent)
    if quoted_by or not anchors:
        return quoted_by
    last = anchors[-1]
    if last.speaker:
        return last.speaker
    if last.pronoun.lower() in ("he", "she"):  # "they" and "it" may be any body named before
        return _first_person(index, n, last.start) or recent.resolve(last.pronoun)
    return None


_QUOTED_BY = re.compile(
    r"(?:\b(?P<pronoun>[Hh]e|[Ss]he)|(?<=\S)) (?:was|has been) quoted by [^.;:“”\"]{2,120}[;:,]?\s*$"
)


def _quoted_by(sentence: str, index: ActorIndex, n: int, recent: Recent) -> str | None:
    """The speaker of a paragraph ending "he was quoted by The Daily Post on the ruling;" with
    the quote as the next paragraph: "he"/"she" (a person named before in the sentence, else the
    last one who fits), or the person named right before "was quoted"."""
    found = _QUOTED_BY.search(sentence)
    if found is None:
        return None
    if found.group("pronoun"):
        return _first_person(index, n, found.start()) or recent.resolve(found.group("pronoun"))
    people = [
        m
        for m in index.at(n)
        if index.actors[m.key].kind == "person" and found.start() <= m.end <= found.start() + 1
    ]
    return people[0].key if people else None


def _quoted_in_answer(
    text: str,
    numbers: list[int],
    offsets: list[int],
    segs: list[tuple[int, int]],
    sents: list[Sentence],
    index: ActorIndex,
    answerer: str,
) -> list[Said]:
    """ "Ana Torres: ... Their spokesman, Rui Costa, told a local paper last week that 'nobody
    asked us'": a quote inside an interview answer that the answer gives to someone it names
    by a verb of saying in the same sentence is that person's claim too, beside the answer
    (round 16). A pronoun's ("He said, '...'") is left to the answer: who "he" is in a
    person's own story is not read here."""
    out = []
    for seg_start, seg_end in segs:
        first = _sentence_at(numbers, offsets, sents, seg_start)
        last = _sentence_at(numbers, offsets, sents, max(seg_start, seg_end - 1))
        if first != last or first not in numbers:
            continue
        off = offsets[numbers.index(first)]
        if off < 0:
            continue
        sentence = sents[first].text
        spans = [(s - off, e - off) for s, e in _overlapping(segs, off, len(sentence))]
        anchors = _anchors(sentence, first, index, spans)
        anchor = _pick(anchors, seg_end - off, after=True, text=sentence) or _pick(
            anchors, seg_start - off, after=False, text=sentence
        )
        quote = text[seg_start:seg_end].strip().rstrip(",;:.").strip()
        if (
            anchor is not None
            and anchor.speaker is not None
            and not anchor.pronoun
            and not anchor.joint
            and anchor.speaker != answerer
            and len(quote.split()) >= 2
        ):
            out.append(Said(anchor.speaker, first, quote, anchor.verb, rule="quoted in an answer"))
    return out


def _sentence_at(numbers: list[int], offsets: list[int], sents: list[Sentence], pos: int) -> int:
    """The last sentence of the paragraph found to start at or before pos. Offsets found
    in the paragraph grow (-1: not found), so a binary search finds it unless one is missing."""
    if -1 not in offsets:
        i = bisect_right(offsets, pos)
        return numbers[i - 1] if i else numbers[0]
    found = numbers[0]
    for n, off in zip(numbers, offsets, strict=True):
        if off != -1 and off <= pos:
            found = n
    return found


def _overlapping(segs: list[tuple[int, int]], start: int, length: int) -> list[tuple[int, int]]:
    """The quoted spans (sorted, disjoint) that overlap the text from start, length long."""
    i = bisect_right(segs, start, key=lambda seg: seg[1])
    out = []
    while i < len(segs) and segs[i][0] < start + length:
        out.append(segs[i])
        i += 1
    return out


def _pick(anchors: list[_Anchor], pos: int, after: bool, text: str = "") -> _Anchor | None:
    usable = [
        a for a in anchors if a.speaker is not None or a.pronoun or a.joint or a.cited is not None
    ]
    if after:
        later = [a for a in usable if a.start >= pos]
        if later:
            nearest = min(later, key=lambda a: a.start)
            if not _next_quotes_frame(text, pos, nearest) and not (
                text and _new_clause(text, pos, nearest.start)
            ):
                return nearest
    earlier = sorted((a for a in usable if a.end <= pos), key=lambda a: a.end)
    if not earlier:
        return None
    last = earlier[-1]
    if last.cited is not None:
        return last  # "X pointed to a letter that said ...": the letter's "that", not X's
    if text and _SET_OFF.search(text, 0, last.start) and _SET_OFF_QUOTE.match(text, last.end):
        return last  # '... that, Mohammadi said, "should alarm everyone."': the frame next to it
    for outer in earlier[:-1]:
        # "X said on Tuesday that Russia would insist on "...": X's words
        if (
            outer.speaker
            and not outer.pronoun
            and (
                re.search(r"\bthat\b", text[outer.end : last.start])
                # "X said Washington welcomed "..."": "that" left out (not "X said Jones had
                # called it "..."": a person's own words)
                or (
                    not (last.speaker or "").startswith("p:")
                    and last.verb.lower() not in _VERBS_OF_WORDS
                    and _REPORTED_SUBJECT.fullmatch(text, outer.end, last.start)
                )
            )
        ):
            return outer
    return last


# a new clause between a quote and the speech verb after it: "X said the plan was "a disaster",
# but Y argued it was necessary", "X called it "...", while Y said ...": Y's verb frames its
# own clause, not the quote (round 21); not "while speaking to reporters, Y said"
_NEW_CLAUSE = re.compile(
    r"[,;][”\"’']?\s*(?:but|while|whereas|although|though|yet|and)\s+(?!\w+ing\b)", re.I
)
_NEW_CLAUSE_AT_QUOTE = re.compile(r"[”\"’']?\s+(?:but|while|whereas|yet)\s+(?!\w+ing\b)", re.I)


def _new_clause(text: str, pos: int, end: int) -> bool:
    return bool(
        _NEW_CLAUSE.search(text, pos, end) or _NEW_CLAUSE_AT_QUOTE.match(text, pos, end)
    )
# what stands between a quote and a frame that is another quote's: "had "lost continuity of
# knowledge" about Iran's stockpile – a technical phrase that, Mohammadi said, "should ...""
_CLAUSE_BETWEEN = re.compile(r"[–—]|\b(?:that|which)\b")


def _next_quotes_frame(text: str, pos: int, anchor: _Anchor) -> bool:
    """True when the frame after a quote is set off from it by a clause ("– a phrase that,")
    and stands right before another quote: that quote's frame, not this one's (this one is
    the frame's before it: "X told CNN that his agency had "..."")."""
    return bool(
        text
        and _CLAUSE_BETWEEN.search(text, pos, anchor.start)
        and _QUOTE_AFTER.match(text, anchor.end)
    )


# verbs whose object is the words themselves: "Moscow described the sanctions as "..."" quotes
# Moscow, whoever reports it
_VERBS_OF_WORDS = frozenset(
    ("said", "says", "told", "tells", "called", "calls", "described", "describes", "wrote")
    + ("writes", "tweeted", "posted", "stated", "declared")
)
_REPORTED_SUBJECT = re.compile(
    r"\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){1,4}"
    r"(?:(?:would|will|could|should|must|may|might|had|has|did|does|was|is)\s+)?"
)
_QUOTE_AFTER = re.compile(r"[\s,:]*[“\"]")
# a frame set off by commas right before the quote it frames: ", Mohammadi said, "..."
_SET_OFF = re.compile(r",\s+(?:[\w.’'-]+\s+){1,4}$")
_SET_OFF_QUOTE = re.compile(r",\s*[“\"]")


def _lead(index: ActorIndex, unquoted: str, n: int):
    """The mention that is the sentence's subject: "Rakhimova, for her part, ...", or a person
    after an opening phrase: "Qatar's chief mediator, Faisal al-Marri, said:",
    "Asked about the cuts, the governor was cautious."."""
    mentions = index.at(n)
    lead = max(
        (m for m in mentions if unquoted[: m.start].strip(" ,") in _OPENERS),
        key=lambda m: m.end,
        default=None,
    )
    if lead is not None:
        return lead
    for m in mentions:
        before = unquoted[: m.start]
        if (
            index.actors[m.key].kind == "person"
            and not m.key.startswith("u:")
            and before.endswith(", ")
            and before[:1].isupper()
            and not re.search(r"[“”\"‘]|\b(?:said|says|told)\b", before)
        ):
            return m
    return None


# what may stand between two people who are together a sentence's subject: an apposition of
# the first, "and", a title of the second ("Ron Gettelfinger, the UAW president, and GM
# Chief Executive Rick Wagoner met")
_AND_THEN = re.compile(r"(?:,[^,;:“”\"]*,)?\s+(?:and|&)\s+(?:[A-Z][\w.'’-]*\s+){0,4}")


# "Rick Wagoner spoke on Monday, as did his deputy Fritz Henderson": the clause's verb done
# again by another person, a second subject (round 27)
_AS_DID = re.compile(
    r"[^,;:“”\"]*,\s+as\s+(?:did|does|were|was|had|has|would|will)\s+"
    r"(?:(?:his|her|its|their|the)\s+)?(?:[a-z][\w-]*\s+){0,3}(?:[A-Z][\w.'’-]*\s+){0,4}"
)


def _joined_subject(index: ActorIndex, unquoted: str, n: int, lead) -> dict[str, str | None]:
    """The people a sentence's subject joins with "and" ("Smith and Jones met"), the subject
    with them; none when the subject is no person or stands alone."""
    if index.actors[lead.key].kind != "person":
        return {}
    joined = [lead.key]
    end = lead.end
    for m in index.at(n):
        if m.start < end or m.key in joined or index.actors[m.key].kind != "person":
            continue
        if m.key.startswith("u:") or not (
            _AND_THEN.fullmatch(unquoted, end, m.start) or _AS_DID.fullmatch(unquoted, end, m.start)
        ):
            break
        joined.append(m.key)
        end = m.end
    return _with_sexes(index, joined) if len(joined) > 1 else {}


# a clause of its own between two verbs of saying: "X said ..., and Y said", "X said ...; Y
# said", "X said ..., while Y said" (not "X said Y had asked him": Y's words inside X's)
_NEXT_CLAUSE = re.compile(r",\s*(?:and|but|while|whereas)\s|;\s")


def _other_speakers(
    index: ActorIndex, anchors: list[_Anchor], used: _Anchor, speaker: str, text: str
) -> dict[str, str | None]:
    """ "Rick Wagoner said GM had enough cash, and Ron Gettelfinger said the union would help":
    the people a sentence gives words to in a clause of their own besides the one its claim is
    credited to, with them."""
    if index.actors[speaker].kind != "person":
        return {}
    others = [
        a.speaker
        for a in anchors
        if a.speaker and a.speaker != speaker and not a.pronoun
        and index.actors[a.speaker].kind == "person"
        and _NEXT_CLAUSE.search(text, min(a.end, used.end), max(a.start, used.start))
    ]
    return _with_sexes(index, [speaker, *others]) if others else {}


def _with_sexes(index: ActorIndex, keys: list[str]) -> dict[str, str | None]:
    return {key: name_gender(index.actors[key]) for key in keys}


def _named_inside(index: ActorIndex, n: int, key: str, start: int, end: int) -> bool:
    """True when the quote itself names ``key``: people seldom speak of themselves by name, so
    a pronoun resolved to them is unsure."""
    return any(m.key == key and start <= m.start < end for m in index.at(n))


def _far_body(
    index: ActorIndex, pronoun: str, key: str, numbers: list[int], n: int, own: str | None
) -> bool:
    """ "It said", "they said" resolved to a body that neither this paragraph (up to the
    sentence) nor the sentence before names, nor this paragraph (or, for its first sentence,
    the paragraph before) gave words to: a new
    paragraph's "it" is mostly its own subject, which the drafter may not know ("Environmental
    group Legambiente blamed climate change. ... It called on the government to act." is not
    the European Commission of the paragraph before)."""
    if pronoun.lower() not in ("it", "they") or key == own:
        return False
    near = [k for k in numbers if k <= n]
    if n - 1 >= 0 and n - 1 not in near:
        near.append(n - 1)
    return not any(m.key == key for k in near for m in index.at(k))


# people the text brings in by a noun that gives their gender, often never named
_GENDERED = {
    "f": re.compile(
        r"\b(?:wife|mother|daughter|sister|woman|girl|grandmother|widow|aunt|niece|girlfriend|"
        r"granddaughter|mum|mom)\b", re.I),
    "m": re.compile(
        r"\b(?:husband|father|son|brother|man|boy|grandfather|widower|uncle|nephew|boyfriend|"
        r"grandson|dad)\b", re.I),
}


def _newcomer_before(
    index: ActorIndex, unquoted: list[str], n: int, pronoun: str, speaker: str
) -> bool:
    """ "His wife, Susan, agreed. 'The light is wonderful,' she said.": the sentence before
    brings in someone of the pronoun's gender by a noun ("his wife", "a woman") and does not
    name the speaker found further back; the "she" is most likely the newcomer, whom the
    drafter may not have as an actor, so the quote is left for a person."""
    want = pronoun_gender(pronoun)
    if n == 0 or want is None or speaker.startswith("u:"):
        return False  # an unnamed claimant ("one woman") already is the newcomer
    if any(m.key == speaker for k in (n - 1, n) for m in index.at(k)):
        return False
    return bool(_GENDERED[want].search(unquoted[n - 1]))


_ASKED = re.compile(r"(?:When |After being |Upon being )?[Aa]sked\b[^,“”\"]*,\s*")


def _asked_clause(text: str, pronoun_at: int) -> int:
    """ "Asked whether Brown could be trusted, he replied": where the opening "Asked ..."
    clause ends when the pronoun subject follows it (0 if none); the person it names is the
    one asked about, not the one who replies."""
    found = _ASKED.match(text)
    return found.end() if found and found.end() <= pronoun_at else 0


_WAS_ASKED = re.compile(r"\s+(?:was|were|had been|has been|is being|was being)\s+asked\b")


def _asked_before(
    index: ActorIndex, unquoted: list[str], n: int, pronoun: str, recent: Recent
) -> str | None:
    """ "Paul Reed was asked whether John Smith could be trusted. 'I have no doubt,' he
    replied.": the person the sentence before says was asked answers, not the one asked about
    (when the pronoun fits what is known of them)."""
    if n == 0 or pronoun.lower() not in ("he", "she"):
        return None
    text = unquoted[n - 1]
    for m in index.at(n - 1):
        if index.actors[m.key].kind == "person" and _WAS_ASKED.match(text, m.end):
            known = recent.genders.get(m.key)
            return m.key if known in (None, pronoun_gender(pronoun)) else None
    return None


def _gender_skipped(
    index: ActorIndex, unquoted: list[str], n: int, pronoun: str, recent: Recent, speaker: str | None
) -> str | None:
    """The one person the sentence before names, when "she said" went past them to someone
    further back only because a pronoun, not a title, made them a man (or "he" a woman): "His
    lawyer, Mary Roe, said he was innocent. 'He did nothing wrong,' she said." The learned
    gender may be the other person's pronoun; the quote is then left for a person."""
    want = pronoun_gender(pronoun)
    if n == 0 or want is None or speaker is None:
        return None
    people = {
        m.key: m
        for m in index.at(n - 1)
        if index.actors[m.key].kind == "person"
        and not m.key.startswith("u:")
        and unquoted[n - 1][m.start : m.end].strip()
    }
    if len(people) != 1 or speaker in people:
        return None
    key, mention = people.popitem()
    learned = recent.genders.get(key)
    if learned is None or learned == want:
        return None
    strong = titled_gender(index.actors[key]) or title_before(unquoted[n - 1], mention.start)
    return None if strong == learned else key


def _name_says_otherwise(index: ActorIndex, unquoted: list[str], key: str, pronoun: str) -> bool:
    """True when "he"/"she" went to a person whose given name is nearly always the other
    sex's ("Jane Roe defended what he called ...") and no title of the article says the
    pronoun's ("Mr", "spokesman"): the pronoun is someone else's, and the quote is left for a
    person rather than given to the nearest name. Genders learned from pronouns do not count
    (the stray "he" after "Jane Roe" is what made her a man)."""
    want = pronoun_gender(pronoun)
    actor = index.actors[key]
    named = name_gender(actor)
    if want is None or named is None or named == want or titled_gender(actor) == want:
        return False
    return not any(
        m.key == key and title_before(unquoted[n], m.start) == want
        for n, mentions in index.mentions.items()
        for m in mentions
    )


def _introduced(
    index: ActorIndex, unquoted: list[str], n: int, pronoun: str, recent: Recent, verb: str = ""
) -> str | None:
    """The one person the sentence before names, outside quotes, when the pronoun fits them:
    "Among them was Ana Duarte, 71. 'It is our home,' she said." is Duarte's."""
    if n == 0 or pronoun.lower() not in ("he", "she"):
        return None
    want = "m" if pronoun.lower() == "he" else "f"
    people = {
        m.key
        for m in index.at(n - 1)
        if index.actors[m.key].kind == "person"
        and not m.key.startswith("u:")
        and unquoted[n - 1][m.start : m.end].strip()
    }
    if len(people) != 1:
        return None
    key = people.pop()
    if verb in _REPLIES and recent.speakers and recent.speakers[-1] == key:
        return None  # "she replied": someone else than who just spoke
    return key if recent.genders.get(key, want) == want else None


def _mention_in(index: ActorIndex, n: int, start: int, end: int) -> str | None:
    """The actor named between two offsets of sentence ``n``: a person first, else the last one."""
    inside_ = [m for m in index.at(n) if start <= m.start < end]
    people = [m for m in inside_ if index.actors[m.key].kind == "person"]
    found = people or inside_
    return found[-1].key if found else None


def _first_person(index: ActorIndex, n: int, before: int, text: str = "") -> str | None:
    """The first person named in sentence ``n`` before ``before``; with the sentence's
    ``text``, not one named as someone else's ("A lawyer for John Doe said: "..."")."""
    for m in index.at(n):
        if m.start < before and index.actors[m.key].kind == "person":
            if text and (someone_of(text[: m.start]) or persons_own_after(text, m.end)):
                continue  # "A lawyer for John Doe said", "Jane Doe's lawyer said": not theirs
            if text and past_form_in(text[: m.start]):
                return None  # "Police arrested John Doe, claiming he had "..."": the object
            return m.key
    return None


# the short words a title leaves in lower case: "Photographs and Prints from the University
# Collection", "Gone with the Wind"
_TITLE_SMALL = frozenset(
    ["of", "the", "and", "for", "a", "an", "in", "on", "at", "to", "by", "with", "from", "or",
     "nor", "but", "as", "into", "vs", "per"]
)


def _modifies_next(after: str) -> bool:
    """ '"electric" Kool Aid': the closing mark, then a word that is no function word."""
    found = re.match(r"[”\"’']?\s+([A-Za-z][\w’'-]*)", after)
    return found is not None and found.group(1).lower() not in _FUNCTION_AFTER


_FUNCTION_AFTER = _TITLE_SMALL | {"that", "which", "who", "is", "was", "are", "were", "said", "says"}


# a document named with "the" right before the verb: '"...," the statement said'
_THE_DOCUMENT = re.compile(
    r"(?:^|[,;:”\"’]\s*|\b(?:and|but)\s+)[Tt]he\s+(statement|release|letter|report|filing|notice|"
    r"memo|e-?mail|announcement|communiqu[eé])\s*$"
)


def _document_subjects(anchors: list[_Anchor], sents: list[Sentence], out: list[Said], n: int) -> None:
    """Give the anchors of sentence ``n`` whose subject is "the statement" (no one named) the
    speaker whose statement it is (`_document_of_last_saying`), once the sayings before are read."""
    for a in anchors:
        if a.speaker is None and not a.pronoun and not a.joint:
            a.speaker = _document_of_last_saying(sents, out, n, sents[n].text[: a.start])


def _document_of_last_saying(sents: list[Sentence], out: list[Said], n: int, before: str) -> str | None:
    """ '"...," the statement said' after "In a statement, Acme Corp. said ...": the words of
    the document the last speaker gave, when that saying, in this sentence or the two before
    it, named a document of that kind and no other speaker came between (round 12)."""
    doc = _THE_DOCUMENT.search(before)
    if doc is None or not out:
        return None
    last = out[-1]
    if last.by is None or not n - 2 <= last.sentence <= n:
        return None
    if not re.search(rf"\b{doc.group(1)}\b", sents[last.sentence].text, re.I):
        return None
    return last.by


def _outside_clause(
    text: str, bare: str, n: int, index: ActorIndex, speaker: str
) -> str | None:
    """ "Danish minister Jacob Jensen, speaking after a meeting with his Norwegian counterpart
    Bjørnar Skjæran, said:": the one named inside the clause between the subject and the verb
    is not the speaker; the subject before the clause is, when there is one."""
    if any(m.key == speaker and m.end <= len(bare) for m in index.at(n)):
        return speaker
    outer = _subject(text, bare, n, index)
    if outer is None and _UNNAMED_SUBJECT.search(bare):
        return None  # "The company, based in Seattle, Washington, said": not the place (round 12)
    return outer if outer is not None else speaker


# where the subject is based, set off by commas, right before the verb (a "City, State" in it)
_BASED_IN = re.compile(
    r",\s+(?:(?:which|that|who)\s+(?:is|are|was|were)\s+)?(?:based|headquartered|located|"
    r"situated)\s+(?:in|near|at|outside)\s+[^;:“”\"]{1,80}?,\s*$"
)
# the subject before an aside is a common noun: "The company, ...", "The minister, ..."
_UNNAMED_SUBJECT = re.compile(r"(?:^|[,;:”\"]\s*|\b(?:that|and|but)\s+)(?:[Tt]he|[Ii]ts|[Aa]n?)\s+"
                              r"(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*\s*$")


# the quoted words named, right after them, as someone's: '"One more thing...", the teasing
# tagline of Steve Jobs', '"Yes we can," the campaign slogan of Barack Obama'
_PHRASE_OF = re.compile(
    r"[\s,.…!?]*[”\"’']?[\s,.…]*\s*(?:the|a)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:tagline|slogan|motto|catchphrase|catch-phrase|mantra|refrain|trademark phrase)\s+of\s+"
)


def _called_a_phrase(sentence: str, end: int) -> bool:
    """ '"One more thing...", the teasing tagline of Steve Jobs': a quote called right after it
    someone's tagline, slogan or motto is a set phrase cited, not words anyone says here (the
    text that quotes it is a document's or the writer's), so it is no claim at all."""
    return _PHRASE_OF.match(sentence, end) is not None


# a name the text gives a thing, right before the quote: 'The program, known as "cash for
# clunkers",', 'the so-called "bad bank"', 'dubbed the "iCar" by fans', 'The plan, called "Way
# Forward",' (after a comma: not 'Smith called the plan "reckless"', a speaker's words)
_NAMING_BEFORE = re.compile(
    r"(?:\b(?:known|referred to)\s+as|\bso-called|\b(?:dubbed|nicknamed|titled|entitled|"
    r"codenamed|code-named)|,\s*(?:called|named|branded|labell?ed))\s+(?:(?:the|a|an)\s+)?[“\"]$",
    re.I,
)


def _a_name_given(sentence: str, start: int, words: list[str]) -> bool:
    """A short quote that is the name the text gives a thing (a plan, a program, a device), not
    words the speaker of the sentence said: no quote (round 21; '..., known as "cash for
    clunkers", gave buyers up to $4,500, Secretary Ray LaHood said' quoted LaHood)."""
    return len(words) <= 6 and _NAMING_BEFORE.search(sentence, max(0, start - 40), start) is not None


def _is_title_case(quote: str) -> bool:
    """ "Andy Warhol: Photographs and Prints from the University Collection": the title of a
    work, an exhibition or a law set in quotes, not words someone spoke."""
    words = re.findall(r"[\w’'-]+", quote)
    # a number in a name: "Chapter 11", "Proposition 8" (round 21)
    return (
        bool(words)
        and words[0][:1].isupper()
        and all(w[:1].isupper() or w in _TITLE_SMALL or w.isdigit() for w in words)
    )


# a relative clause that a quote before the verb sits in
_IN_RELATIVE = re.compile(r",\s+(?:who|whose|which)\s[^,;“”\"]*[“\"]?$")


def _scare_quote(
    words: list[str], anchor: _Anchor, text: str, start: int, end: int, one_sentence: bool
) -> bool:
    """One or two quoted words that are the writer's scare quotes or a term, not the speech
    verb's words: a quoted modifier of the next word after the verb ('with "electric" Kool
    Aid'), words in another clause ('has said that ...; 39 percent are rated "highly
    critical"') or more than ten words from the verb ('She pointed to the refreshment table
    with ... colorful gumball "pills"'). Nearer ('called the plan "reckless"', 'accused the
    government of trading away protections for a "quick headline"'), or joined to the verb by
    "as" or "that" ('what he described as a US attempt to impose a "neo-colonialist
    dictatorship"'), they stay the speaker's."""
    if len(words) > 2 or not one_sentence:
        return False
    gap = text[end : anchor.start] if anchor.start >= end else text[anchor.end : start]
    if ";" in gap or (anchor.start >= end and _IN_RELATIVE.search(text, 0, start)):
        return True  # another clause: 'X, who has a "sell" rating on the stock, said
    between = re.findall(r"[\w’'-]+", gap)
    if {"as", "that"} & set(between):
        return False
    if len(words) == 1 and anchor.start < start and len(between) > 4 and _modifies_next(text[end:]):
        return True  # a quoted modifier of the next word, away from the verb: "electric" punch
    return len(between) > 10


# "Lawmaker X went further, warning that the government was "...": a participle after a comma
# that frames a quote (the speech verbs hold only "saying" and "telling" of these)
_CLAUSE_PARTICIPLE = re.compile(
    r",\s+(warning|adding|noting|arguing|insisting|claiming|stressing)\b(?=[^“”\"]{0,80}[“\"])"
)


_QUOTE_MARK = re.compile(r"[“\"]")


def _participle_frame(
    text: str, n: int, index: ActorIndex, segs: list[tuple[int, int]]
) -> _Anchor | None:
    """The frame of a quote set after a participle ("X went further, warning that ... "...""):
    the one person named before it, when nobody else is, outside quotes."""
    m = _CLAUSE_PARTICIPLE.search(text)
    if m is None or inside(m.start(1), segs) or any(s < m.start() for s, _e in segs):
        return None
    before = [x for x in index.at(n) if x.end <= m.start()]
    people = {x.key for x in before if index.actors[x.key].kind == "person"}
    if len(people) != 1 or len(before) != sum(1 for x in before if x.key in people):
        return None
    if past_form_in(text[: before[0].start]):
        return None  # "Prosecutors charged John Doe ..., arguing": the verb's object
    if _VERB.search(text, 0, m.start()):
        return None  # "X said ..., adding": the first verb's frame already
    quote = _QUOTE_MARK.search(text, m.end())
    if quote is not None and _VERB.search(text, m.end(1), quote.start()):
        return None  # "..., adding to the pressure on Y, which called it "..."": that verb's
    return _Anchor(m.start(1), m.end(1), m.group(1), people.pop())


# verbs whose object is the one addressed, not a speaker
_ADDRESSING = frozenset(["told", "tells", "asked", "asks"])


# 'Said Fritz Henderson: "..."', 'Said one analyst, "..."': a verb of saying opening the
# sentence, the speaker's name, a colon or comma and the quote (round 27: no speaker)
_SAID_FIRST = re.compile(r"(Said|Says|Added|Adds)\s+(?=[^“”\":,;]{2,80}[:,]\s*[“\"])")


def _verbs_of_saying(text: str) -> list[re.Match]:
    """The speech verbs of a sentence, and a document's "read(s)" before its quoted words, in
    text order (group 1 the verb)."""
    found = list(_VERB.finditer(text))
    reads = list(_DOCUMENT_READS.finditer(text)) + [
        m for m in _CONTINUED.finditer(text) if _continues_a_quote(text, m)
    ]
    return sorted(found + reads, key=lambda m: m.start(1)) if reads else found


# "continued" is a verb of saying only next to a quote: '"...," Roe continued.', 'She
# continued: "..."', '"...," continued Roe' (round 12; "continued to lead" is none)
_CONTINUED = Guarded(re.compile(r"\b(continued|continues)\b"))
_CONTINUED_QUOTE_AFTER = re.compile(r"\s*:\s*[“\"]")
_CONTINUED_QUOTE_BEFORE = re.compile(
    r"[,!?…]?[”\"]\s+(?:(?:[A-Z][\w.’'-]*|he|she|they|the|[a-z]+)\s+){0,4}$"
)


def _continues_a_quote(text: str, m: re.Match) -> bool:
    """Whether this "continued" frames a quote right next to it."""
    if _CONTINUED_QUOTE_AFTER.match(text, m.end(1)):
        return True
    return bool(
        re.match(r"\s*(?:[.,;]|$)|\s+[A-Z]", text[m.end(1) :])
        and _CONTINUED_QUOTE_BEFORE.search(text, max(0, m.start(1) - 80), m.start(1))
    )


# "The increase was better than analysts had predicted", "more than the company had forecast": a
# verb of saying in the clause of a comparison tells what was expected, no claim of its own
_IN_A_COMPARISON = re.compile(
    r"\bthan\s+(?:[\w'’.&-]+\s+){1,4}?(?:(?:had|has|have|was|were|did|would have|had been)\s+)?$",
    re.I,
)
# "Smith announced the company's move on Wednesday.", "GM announced the decision in a
# statement.": what is announced is a noun phrase pointing back (a determiner or an owner and
# one or two words), with at most a time or a place after it: the announcement is reported
# without its content, an event and no claim (round 17). "announced the plan to cut jobs",
# "announced the closure of the plant", "announced that ..." keep their claim.
_TO_AFTER = re.compile(r"\s+to\b")
# what one concedes that is no statement: a thing counted ("a penalty", "two goals"), defeat
_CONCEDED_A_THING = re.compile(
    r"\s+(?:(?:a|an|one|two|three|four|five|six|\d+)\s+(?!(?:lot|bit)\b)[a-z][\w-]*"
    r"(?!\s+(?:is|was|were|are|had|has|would|could)\b)|defeat\b|victory\b)"
)
_NO_CONTENT = re.compile(
    r"\s+(?:the|its|his|her|their|this|that|these|those)"
    r"(?!\s+(?:morning|afternoon|evening|night|week|weekend|month|year|day|quarter|time)\b)"
    r"(?:\s+(?:[A-Z][\w.&-]*\s+)*[\w.&-]+['’]s?)?"  # an owner: "the company's", "GM's"
    r"(?:\s+[a-z][\w-]*){1,2}"
    r"(?:\s+(?:on|in|at|last|this|earlier|late|during)\b(?:\s+[\w,.'’-]+){1,5}?)?\s*[.!]?\s*$"
)


# "wrote to employees on Friday.": whom a letter went to, and nothing of what it said (round 21)
_WROTE_TO_SOMEONE = re.compile(
    r"\s+to\s+(?:[\w.&'’-]+\s+){0,4}?[\w.&'’-]+"
    r"(?:\s+(?:on|in|at|last|this|earlier|late|during)\b(?:\s+[\w,.'’-]+){1,5}?)?\s*[.!]?\s*$"
)
# "recalled 2.3 million vehicles", "recalled its ambassador from Paris": a product or an envoy
# called back, no memory told (round 21); "recalled that ...", "recalled how" stay sayings
_RECALLED_A_THING = re.compile(
    r"\s+(?:(?:about|some|nearly|almost|more than|over|another|an additional|up to)\s+)?"
    r"(?:[$€£]?\d|(?:its|their|his|her|the|a|an|all|some|several|two|three|thousands of|"
    r"millions of|hundreds of)\s+(?:[\w-]+\s+){0,4}?(?:ambassadors?|envoys?|diplomats?|"
    r"vehicles?|cars?|trucks?|SUVs?|models?|products?|units?|devices?|phones?|laptops?|"
    r"batteries|toys?|drugs?|medicines?|pills?|tablets?|pounds?|tons?|tonnes?|packages?|"
    r"batch(?:es)?|lots?|troops|forces)\b)"
)
# "claims that ...", "claims to own ...", "claiming the evaluation was skewed", "claims she was
# sent": "claims" and "claiming" say something only before a clause, never before a thing
# claimed ("China claims almost all of the sea", "claiming responsibility") (round 23)
_CLAIMS_A_CLAUSE = re.compile(
    r"\s+(?:that\b|to\s+[a-z]|(?:he|she|it|they|we|I)\s+[a-z]"
    r"|(?:(?:the|a|an|its|his|her|their|this|these|[A-Z][\w.&'’-]*)\s+)(?:[\w'’-]+\s+){0,5}?"
    r"(?:is|was|are|were|has|had|have|would|will|could|can|did|does|do)\b)"
)
# "Mary Berg cited a memo from Tom Hale that said", "quoted a 2009 report which warned that",
# "read from an internal e-mail, which said": the document speaks, not the one citing it
_CITED_DOCUMENT = re.compile(
    r"\b(?:cite[sd]?|citing|quote[sd]?|quoting|read(?:s|ing)?\s+(?:out\s+)?from|"
    r"point(?:s|ed|ing)\s+to|refer(?:s|red|ring)\s+to|obtained|reviewed|seen\s+by|"
    r"(?:had|has|have)\s+seen)\s+"
    r"(?:an?|the|this|that|its|his|her|their|one|[A-Z][\w.&-]*(?:’s|'s))\s+"
    r"(?:[\w$.,-]+\s+){0,4}?"
    r"(?P<doc>memo(?:randum)?|report|letter|e-?mail|note|document|study|statement|filing|cable|"
    r"message|assessment|review|audit|survey|paper|draft|minutes|transcript|presentation)s?\b"
    r"(?P<rest>[^.;:“”\"]{0,80}?),?\s+(?:that|which)\s*$"
)
# the first letters of the verbs `_CITED_DOCUMENT` opens with (for speed: most verbs are none)
_CITING_STARTS = frozenset(["cit", "quo", "rea", "poi", "ref", "obt", "rev", "see", "had", "has", "hav"])
_FROM_AUTHOR = re.compile(r"\s+(?:written\s+|sent\s+)?(?:from|by)\s+(?:the\s+)?")


# a time or condition clause with its subject, before a verb in the present: "when it
# reports", "once the company announces", "until GM says": what is yet to be said (round 27:
# "Analysts said GM's next test would come in November, when it reports third-quarter
# results" was GM's claim)
_AHEAD_IN_A_TIME_CLAUSE = re.compile(
    r"\b(?:when|once|after|before|until|unless|if)\s+(?:it|he|she|they|the\s+[a-z]+|"
    r"[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})\s+(?:also\s+|formally\s+|finally\s+)?$"
)


# a saying yet to come: "would announce", "will say" (round 29)
_FUTURE_AUX = re.compile(r"\b(?:would|will)\b")
# the verbs that report words already said, around a saying yet to come
_REPORTING = frozenset(["said", "says", "told", "tells", "added", "reported", "stated", "noted", "wrote"])


def _another_saying(verbs: list[re.Match], m: re.Match, segs: list[tuple[int, int]]) -> bool:
    """ "Officials said Obama would say on Monday that ...", "The Treasury would announce the
    plan next week, sources said": a verb of saying after "would" or "will" in a sentence that
    reports words already said (another verb, outside quotes) is what those words tell of, a
    saying yet to come: no claim of its subject's (round 29: Obama and the Treasury spoke)."""
    return any(
        v is not m and v.group(1).lower() in _REPORTING and not inside(v.start(1), segs)
        for v in verbs
    )


def _anchors(text: str, n: int, index: ActorIndex, segs: list[tuple[int, int]]) -> list[_Anchor]:
    """Speech verbs outside quotes, each with the speaker it names, if any."""
    out: list[_Anchor] = []
    verbs = list(_verbs_of_saying(text))
    for i, m in enumerate(verbs):
        if inside(m.start(1), segs):
            continue
        if m.group(1)[:3].lower() in _CITING_STARTS and any(
            _CITED_DOCUMENT.match(text, m.start(1), v.start(1)) for v in verbs[i + 1 :]
        ):
            # "X pointed to a letter that said the plant would close": the letter's words (the
            # verb after "that"), not X's; the quoted form was round 19's (round 21)
            continue
        before = text[: m.start(1)]
        aux = _AUX.search(before)
        core = before[: aux.start()] if aux else before
        if _NEGATED.search(before[-30:]):
            continue
        if aux and _FUTURE_AUX.search(aux.group(0)) and _another_saying(verbs, m, segs):
            continue  # "Officials said Obama would say ...": a saying yet to come (round 29)
        if _IN_A_COMPARISON.search(before[-60:]):
            continue  # "better than analysts had predicted": an expectation in passing (round 17)
        if m.group(1).lower().startswith("announc") and _NO_CONTENT.match(text, m.end(1)):
            continue  # "Smith announced the company's move on Wednesday.": an event (round 17)
        if m.group(1).lower().startswith("conced") and _CONCEDED_A_THING.match(text, m.end(1)):
            continue  # "X conceded a penalty", "conceded defeat": an event, no words (round 18)
        if m.group(1).lower().startswith("agree") and _TO_AFTER.match(text, m.end(1)):
            continue  # "X have agreed to purchase 60 aircraft", "agreed to the terms": an act
        if m.group(1).lower().startswith(("wrote", "write")) and _WROTE_TO_SOMEONE.match(
            text, m.end(1)
        ):
            continue  # "Nardelli wrote to employees on Friday.": a letter sent, no words told
        if m.group(1).lower().startswith("recall") and _RECALLED_A_THING.match(text, m.end(1)):
            continue  # "Toyota recalled 2.3 million vehicles", "recalled its ambassador": an act
        if _AHEAD_IN_A_TIME_CLAUSE.search(before[-60:]) and re.fullmatch(
            r"[a-z]+[^s]s", m.group(1)
        ):
            continue  # "in November, when it reports third-quarter results": not yet said
        if m.group(1).lower() in ("claims", "claiming") and not _CLAIMS_A_CLAUSE.match(
            text, m.end(1)
        ):
            continue  # "China claims almost all of the sea", "claiming responsibility" (round 23)
        quoted = quoted_as(before)
        if quoted is not None and quoted[0] == "object":
            # "Tass quoted X as saying": X, whoever quoted them
            obj = before[quoted[1] : quoted[2]]
            if obj.lower() in ("him", "her"):
                # "The Detroit News quoted him as saying": as "he said" (round 26: no one's)
                out.append(_Anchor(m.start(1), m.end(1), m.group(1), None, pronoun=obj.lower()))
                continue
            speaker = _mention_in(index, n, quoted[1], quoted[2])
            out.append(_Anchor(m.start(1), m.end(1), m.group(1), speaker))
            continue
        if quoted is not None:  # "X was quoted by KCNA as saying": the passive's subject
            core = before[: quoted[1]]
        speaker, pronoun = _subject(text, core, n, index), ""
        bare = _CLAUSE.sub("", core)
        aside_before = bare != core  # "The newspaper, which is based in Detroit, said"
        if speaker is None and bare != core:
            core = bare  # "Kim, who is isolated, said"; "X, a senior economist at Y, said"
            speaker = _subject(text, core, n, index)
            if speaker and object_before_aside(core, n, index, speaker):
                speaker = None  # "The lawsuit, filed by X, a former engineer, said"
        elif speaker is not None and bare != core:
            speaker = _outside_clause(text, bare, n, index, speaker)
        based = _BASED_IN.search(core) if speaker is not None else None
        if speaker is not None and based is not None:
            # "The company, based in Seattle, Washington, said": the subject is before the aside
            speaker = _outside_clause(text, core[: based.start()] + " ", n, index, speaker)
        document = _CITED_DOCUMENT.search(core)
        if document is not None:
            # "X cited a memo from Y that said": Y's words; with no author, no one's (round 19)
            by = _FROM_AUTHOR.match(core, document.end("doc"))
            author = by and next((x.key for x in index.at(n) if x.start == by.end()), None)
            if author:
                out.append(_Anchor(m.start(1), m.end(1), m.group(1), author, cited=()))
            else:
                citing = _mention_in(index, n, 0, document.start())
                cited = (citing,) if citing else ()
                out.append(_Anchor(m.start(1), m.end(1), m.group(1), None, cited=cited))
            continue
        if speaker is not None and addressee_of_document(core, n, index, speaker):
            speaker = None  # "The letter, sent to John Smith, said": not Smith's words
        if speaker is not None and persons_own_before(core, n, index, speaker):
            speaker = None  # "Jane Doe's lawyer said": the lawyer's words, not Doe's
        found = _PRONOUN.search(core) if speaker is None else None
        if found is None and speaker is None:
            found = _LEAD_PRONOUN.match(core)
        if found:
            pronoun = found.group(1)
        if (
            speaker is None
            and not pronoun
            and m.group(1) in _INVERTS
            and re.search(r"[,”\"’']\s*[”\"’']?\s*$", before)
            # "The newspaper, which is based in Detroit, said GM would ...": a subject and its
            # aside before the verb, no inversion; GM is no speaker (round 29)
            and not aside_before
            # "X, ..., and its finance chief, Y, told analysts": a pair before the verb, not
            # the verb's object (round 12)
            and not joint_speakers(text, core, -1, n, index)
            # "A spokeswoman, speaking on condition of anonymity, told Reuters that": whom one
            # tells is the verb's object, unless a quote stands right before it (round 12)
            and (m.group(1) not in _ADDRESSING or re.search(r"[”\"’']\s*$", before))
        ):
            speaker = _object(text, m.end(1), n, index)
        if speaker is None and m.group(1) in _PARTICIPLES and before.rstrip().endswith(","):
            # "The minister walked out on Tuesday, saying ...": the sentence's subject
            lead = [x for x in index.at(n) if x.start <= 1]
            speaker = max(lead, key=lambda x: x.end).key if lead else subject_after_opening(text, core, n, index)
        if speaker is None and m.group(1) in _PARTICIPLES and re.search(r"\bby\s*$", before):
            speaker = by_saying(core, n, index)
        joint: tuple[str, ...] = ()
        if speaker is None and not pronoun:
            inverted = m.group(1) in _INVERTS and re.search(r"[,”\"’']\s*[”\"’']?\s*$", before)
            joint = joint_speakers(text, core, m.end(1) if inverted else -1, n, index)
        if (
            pronoun
            and out
            and out[-1].speaker
            and re.search(r"\bthat\b", text[out[-1].end : m.start(1)])
        ):
            # "X announced that they had agreed": the pronoun is the outer speaker
            speaker, pronoun = out[-1].speaker, ""
        if (
            pronoun
            and out
            and out[-1].joint
            and re.search(r"\bthat\b", text[out[-1].end : m.start(1)])
        ):
            # "Turkmenistan and Azerbaijan announced that they had agreed": the pair
            pronoun, joint = "", out[-1].joint
        out.append(_Anchor(m.start(1), m.end(1), m.group(1), speaker, pronoun, joint))
    said_first = _SAID_FIRST.match(text)
    if said_first is not None and not out:
        # 'Said Fritz Henderson: "..."': the verb opens the sentence, its speaker after it
        speaker = _object(text, said_first.end(1), n, index)
        if speaker is not None:
            out.append(_Anchor(said_first.start(1), said_first.end(1), "said", speaker))
    participle = _participle_frame(text, n, index, segs)
    if participle is not None and not any(a.start < participle.start for a in out):
        out.append(participle)
    for m in _WORDS_OF.finditer(text):
        speaker = None if inside(m.start(), segs) else words_of(text, m.end(), n, index)
        if speaker:
            out.append(_Anchor(m.start(), m.end(), "said", speaker))
    for m in _ACCORDING_TO.finditer(text):
        if inside(m.start(), segs):
            continue
        speaker = according_to(text, m.end(), n, index)
        if speaker:
            out.append(_Anchor(m.start(), m.end(), "according to", speaker))
        elif joint := joint_speakers(text, "", m.end(), n, index):
            out.append(_Anchor(m.start(), m.end(), "according to", None, joint=joint))
    return out
