"""Assemble the briefing: metadata, actors, claims and timeline entries from what the rules found."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from dataclasses import replace

from ..content.dates import DateError, parse_date
from ..content.schema import MAX_NAME
from ..content.validate import is_web_address
from .actors import ActorIndex, slugify
from .aliases import place_forms, places_only
from .clean import Article
from .dates import (
    DateMention,
    comparison_base,
    decades_of_a_noun,
    find_dates,
    has_time_of_day,
    is_a_quarter,
    names_a_may,
)
from .emit import Unattributed
from .index import drafted_kind, fold
from .interview import without_label
from .lexicon import _words
from .overview import summary, tags
from .quotemarks import inside, segments
from .quotes import _PRESENT, Said
from .roles import without_honorifics
from .sentences import Sentence, split
from .tense import clause_at, past_form_in, tense_at

_STOP = set(
    [
        "a",
        "an",
        "the",
        "of",
        "for",
        "to",
        "in",
        "on",
        "at",
        "and",
        "or",
        "but",
        "what",
        "why",
        "how",
        "is",
        "are",
        "was",
        "were",
        "be",
        "he",
        "she",
        "it",
        "his",
        "her",
        "its",
        "their",
        "they",
        "them",
        "with",
        "from",
        "by",
        "as",
        "may",
        "might",
        "will",
        "would",
        "can",
        "could",
        "should",
        "after",
        "before",
        "over",
        "under",
        "about",
        "into",
        "than",
        "that",
        "this",
        "these",
        "those",
        "who",
        "whom",
        "which",
        "analysis",
        "opinion",
        "exclusive",
        "update",
        "updated",
    ]
)


MAX_SLUG = 100  # the slug names files: .SLUG.yaml.XXXXXXXX.tmp must stay under 255 bytes


def make_slug(published: dt.date, title: str | None, fallback: str) -> str:
    """ "<published>-<a few title words>", lower-case with hyphens."""
    title = re.sub(
        r"^(?:analysis|opinion|exclusive|update|live|watch)\s*:\s*",
        "",
        title or fallback,
        flags=re.I,
    )
    title = re.sub(r"(?:’s|'s)\b", "", title.lower()).replace("’", "").replace("'", "")
    latin = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()  # é: e
    words = [w for w in re.findall(r"[a-z0-9]+", latin) if w not in _STOP]
    if not words and title.strip():  # a title in another script: a short digest of it
        words = [hashlib.blake2b(title.strip().encode("utf-8"), digest_size=4).hexdigest()]
    slug = "-".join([published.isoformat(), *words[:5]]) if words else published.isoformat()
    return slug[:MAX_SLUG].rstrip("-")  # five words of hostile text can be of any length


class _Ids:
    def __init__(self) -> None:
        self.used: set[str] = set()

    def make(self, *parts: str) -> str:
        base = (
            "-".join(p for p in (slugify(x) for x in parts) if p and p != "x")[:60].strip("-")
            or "entry"
        )
        out, i = base, 2
        while out in self.used:
            out, i = f"{base}-{i}", i + 1
        self.used.add(out)
        return out


def _keywords(text: str, n: int = 3) -> str:
    words = [
        w
        for w in re.findall(r"[a-z][a-z0-9-]+", text.lower().replace("’", "'"))
        if w not in _STOP and len(w) > 2
    ]
    return " ".join(words[:n])


def _sentence_text(text: str) -> str:
    text = text.strip()
    if text[:1] in '“"' and text[-1:] in '”"' and text.count("“") + text.count('"') <= 2:
        text = text[1:-1].strip()
    text = text[:1].upper() + text[1:]
    # ended already, also inside a closing quote or bracket ('... at half the price."')
    return text if re.search(r"[.!?…][\"”’')\]]*$", text) else text + "."


def derived_title(sents: list[Sentence]) -> str:
    """The title of an article whose text gives none: its first sentence, cut."""
    return _sentence_text(sents[0].text)[:120]


def compose(
    art: Article,
    sents: list[Sentence],
    index: ActorIndex,
    said: list[Said],
    published: dt.date,
    source: str | None,
    url: str | None,
    told: dt.date | None = None,
) -> dict:
    """The briefing as a plain dict in the content model's key order; the dates of claims
    and timeline are read from ``told`` (the story's own day, a wire dateline's), else from
    publication."""
    told = told or published
    # a name over the length check allows (a run of 60 capitalised words before "Institute"
    # drafted a name of 735 characters, which `import` wrote and `check` refused, attack14):
    # that actor is left out, and its claims are drafted without a speaker
    too_long = {a.key for a in index.actors.values() if len(a.name) > MAX_NAME}
    if too_long:
        said = [replace(s, by=None if s.by in too_long else s.by) for s in said]
    places = place_forms(index, sents)  # "in Kabul": no alias of Afghanistan
    speakers = {s.by for s in said if s.by}
    used = {key for n in range(len(sents)) for m in index.at(n) for key in [m.key]}
    used = (used - places_only(index, sents, places)) | speakers  # "in London": no UK
    used -= too_long
    actors = sorted(
        (a for a in index.actors.values() if a.key in used), key=lambda a: (-a.count, a.name)
    )
    ids = {a.key: a.id for a in actors}
    data: dict = {
        "title": art.title or derived_title(sents),
        "source": source or art.source,
        # an address from the page's metadata that check would refuse is left out (attack12)
        "url": url or (art.url if art.url and is_web_address(art.url) else None),
        "published": published,
        "dateline": art.dateline,
        "told": told if told != published else None,  # the .md keeps no dateline: redraft
        # reads the text's relative dates from it, as import did (review18)
        "authors": list(art.authors),
        "summary": summary(sents),
        "tags": tags(actors),
        "actors": [_actor(a, places.get(a.key, set())) for a in actors],
        "claims": _claims(sents, index, said, ids, told),
        "timeline": _timeline(sents, index, ids, told),
    }
    return {
        k: v
        for k, v in data.items()
        if v not in (None, [], "") or k in ("actors", "claims", "timeline")
    }


def _actor(actor, places: set[str] | frozenset[str] = frozenset()) -> dict:
    entry = {
        "id": actor.id,
        "name": actor.name,
        "kind": drafted_kind(actor),
        "aliases": [f for f in actor.forms if f != actor.name and fold(f) not in places],
    }
    role = next((r for r in map(without_honorifics, actor.titles) if r), "") or actor.role
    if role:
        entry["role"] = role
    return entry


def _mentioned(index: ActorIndex, n: int, ids: dict[str, str], skip: str = "") -> list[str]:
    out: list[str] = []
    for m in index.at(n):
        actor_id = ids.get(m.key)
        if actor_id and m.key != skip and actor_id not in out:
            out.append(actor_id)
    return out[:5]


def _claims(
    sents: list[Sentence],
    index: ActorIndex,
    said: list[Said],
    ids: dict[str, str],
    published: dt.date,
) -> list[dict]:
    make = _Ids()
    out = []
    for s in said:
        sentence = sents[s.sentence].text
        if s.quote and len(s.quote.split()) >= 6 and re.match(r"[(\[]?[A-Z]", s.quote):
            # its first sentence: not cut after "vs.", "Dr." or "U.S." (analyst 8), and never past
            # a question or an exclamation ("..., right? :) It was ...")
            claim = _sentence_text(re.split(r"(?<=[?!])\s+", split(s.quote)[0])[0])
        else:
            claim = _sentence_text(
                _strip_attribution(without_label(sentence) if s.rule == "turn" else sentence)
            )
        entry: dict = {
            "id": make.make(ids[s.by] if s.by else "quote", _keywords(s.quote or claim)),
            "claim": claim,
            "by": ids[s.by] if s.by else _unattributed(s, ids),
            "quote": s.quote,
            "evidence": sentence,
            "about": _mentioned(index, s.sentence, ids, skip=s.by or ""),
        }
        when = _claim_date(sentence, s, published)
        if when:
            entry["date"] = when
        if s.parties:
            entry["parties"] = [
                {"actor": ids[key], "stance": stance, "evidence": sents[n].text}
                for key, stance, n in s.parties
                if key in ids
            ]
        out.append(entry)
    return out


def _unattributed(s: Said, ids: dict[str, str]) -> Unattributed:
    """An empty speaker, with the drafted actors the quote may belong to as a comment."""
    return Unattributed(tuple(dict.fromkeys(ids[k] for k in s.candidates if k in ids)))


def _strip_attribution(sentence: str) -> str:
    sentence = re.sub(r"^(?:But |And )?[Aa]ccording to [^,]{2,120}, ", "", sentence)
    # only a closing attribution ("..., the ministry said on Monday."): after its verb a time,
    # a place or a manner, not the clause said ("..., pointed to a letter that said the plant
    # would close." left "Jane Doe, the senator." as the claim; round 21)
    return re.sub(
        r",[^,]{2,60}\b(?:say|says|said|warn|warns|warned|added)\b"
        r"(?:\s+(?:on|in|at|last|this|earlier|late|later|during|to|of|after|before|when|while|"
        r"from|through|via|by|today|yesterday|tonight|[A-Z])\b[^,]{0,40})?\.$",
        ".",
        sentence,
    )


def _dates(sentence: str, published: dt.date, *context: object) -> list:
    """`find_dates`, less a date `check` would refuse: a relative date counted off the
    calendar ("999999 days ago", or "next week" on 9999-12-31) raised OverflowError, a
    traceback from `draft` and `import`; "more than 3000 years ago" gave '../-976' and "90000
    weeks ago" '299-W15', which `import` wrote and `check` refused. Such a mention is no date
    (input validation, attack13: no rule of the drafter changes)."""
    try:
        found = find_dates(sentence, published, *context)  # type: ignore[arg-type]
    except OverflowError:
        return []
    return [d for d in found if _a_date(d.value)]


def _a_date(value: str) -> bool:
    try:
        parse_date(value)
    except DateError:
        return False
    return True


def _claim_date(sentence: str, s: Said, published: dt.date) -> str | None:
    if s.verb_end >= 0:
        for d in _dates(sentence, published):
            if 0 <= d.start - s.verb_end <= 4:
                return d.value
    return published.isoformat() if s.verb.lower() in _PRESENT else None


# the event of a comparison period's entry: the sentence after this (round 18)
BASE_EVENT = "Comparison period for: "
# the event of a decade that describes a noun of the sentence ("the cars of the 70s")
DECADE_EVENT = "Decade described in: "


def _timeline(
    sents: list[Sentence], index: ActorIndex, ids: dict[str, str], published: dt.date
) -> list[dict]:
    make = _Ids()
    out = []
    last_day: tuple[int, str] | None = None
    anchor: dt.date | None = None
    anchor_para = -2
    may_is_a_name = names_a_may(" ".join(s.text for s in sents))
    quarter: str | None = None  # the last quarter named, for "in the quarter"
    quoted = _quoted_spans(sents)
    told_today: bool | None = None  # read at the first quote: most sentences hold none
    for n, sent in enumerate(sents):
        near = anchor if anchor_para >= sent.paragraph - 1 else None
        found = _dates(sent.text, published, anchor, near, may_is_a_name, quarter)
        if quoted[n]:
            if told_today is None:
                told_today = _tells_of_today(sents, quoted, published)
            found = _quoted_from_the_saying(sent.text, found, quoted[n], published)
            found = _days_of_quoted_words(sent.text, found, quoted[n], told_today)
        if len(found) > 1:
            found = _days_of_a_dated_saying(sent.text, found, quoted[n])
            found = _reported_from_the_saying(sent.text, found, quoted[n], published)
        values = [d.value for d in found]
        quarter = next((v for v in reversed(values) if is_a_quarter(v)), quarter)
        # the last day the sentence names, also when a year or a span follows it
        days = [d for v in values for d in re.findall(r"\d{4}-\d\d-\d\d(?=$|/?$)", v)]
        if days and not sent.caption:
            anchor = dt.date.fromisoformat(days[-1])
            anchor_para = sent.paragraph
        if not found and last_day and last_day[0] == sent.paragraph and has_time_of_day(sent.text):
            values = [last_day[1]]
        events = {
            d.value: _subordinate_event(sent.text, d.start)
            or _relative_event(sent.text, d.start, d.end)
            for d in reversed(found)
        }
        ahead = {d.value for d in found if _ahead_this_period(sent.text, d, published)}
        # the period a figure is compared with keeps its date (the gold counts it) but says
        # what the date is, so the timeline does not read as if the rise happened then
        # (round 18); a value the sentence also names for an event of its own is no base
        base = [comparison_base(sent.text, d, i > 0) for i, d in enumerate(found)]
        bases = {d.value for d, b in zip(found, base, strict=True) if b} - {
            d.value for d, b in zip(found, base, strict=True) if not b
        }
        # decades that describe a noun beside a date of the sentence's own ("the boxy cars of
        # the 70s and 80s"): the same, the date kept and the event saying what it is
        described = decades_of_a_noun(sent.text, found) if found else set()
        decades = {found[i].value for i in described} - {
            d.value for i, d in enumerate(found) if i not in described
        }
        for value in dict.fromkeys(values):
            if re.fullmatch(r"\d{4}-\d\d-\d\d", value):
                last_day = (sent.paragraph, value)
            out.append(
                {
                    "id": make.make(
                        value.replace("/", "-").replace(".", ""), _keywords(sent.text, 3)
                    ),
                    "date": value,
                    "event": (
                        BASE_EVENT if value in bases else DECADE_EVENT if value in decades else ""
                    )
                    + (events.get(value) or _sentence_text(sent.text)),
                    "actors": _mentioned(index, n, ids),
                    "evidence": sent.text,
                    **({"scheduled": True} if _after(value, published) or value in ahead else {}),
                }
            )
    return out


def _quoted_spans(sents: list[Sentence]) -> list[list[tuple[int, int]]]:
    """The quoted spans of each sentence (offsets in the sentence): the paragraph's quoted
    passages, and, in a paragraph whose first quotation mark closes a quote (the quote ran in
    from the paragraph before, as "Today's announcement is an affront ... decision." does),
    the text up to that mark."""
    out: list[list[tuple[int, int]]] = [[] for _ in sents]
    by_para: dict[int, list[int]] = {}
    for n, s in enumerate(sents):
        by_para.setdefault(s.paragraph, []).append(n)
    for numbers in by_para.values():
        text = " ".join(sents[n].text for n in numbers)
        if not any(c in text for c in '"“”'):
            continue
        segs = segments(text)
        first = _FIRST_MARK.match(text)
        if first:
            segs = [(0, first.end() - 1), *segs]
        pos = 0
        for n in numbers:
            end = pos + len(sents[n].text)
            out[n] = [
                (max(s, pos) - pos, min(e, end) - pos) for s, e in segs if s < end and pos < e
            ]
            pos = end + 1
    return out


# the paragraph's first quotation mark, when it closes a sentence ("decision.\""), not an
# inch mark ("a 13.3\" display")
_FIRST_MARK = re.compile(r"^[^“”\"]*?(?<=[.!?,])[”\"](?=\s|$)")
# a day named relative to when the words were said: "today", "earlier today", "yesterday"
_DAY_WORD = re.compile(
    r"(?i)(?:today|tonight|this (?:morning|afternoon|evening)|yesterday|tomorrow)(?:'s|’s)?"
)


def _tells_of_today(
    sents: list[Sentence], quoted: list[list[tuple[int, int]]], published: dt.date
) -> bool:
    """The text itself dates an event "today" outside quotes ("Today, the Department is
    sanctioning ...", "Apple today unveiled"): a story of its own day, whose quoted "today"
    is that day too."""
    return any(
        not inside(d.start, quoted[n])
        and _DAY_WORD.fullmatch(d.text.strip())
        and d.value == published.isoformat()
        for n, s in enumerate(sents)
        if _TODAYISH.search(s.text)
        for d in _dates(s.text, published)
    )


_TODAYISH = re.compile(r"(?i)\b(?:today|tonight|this (?:morning|afternoon|evening))")


def _days_of_quoted_words(
    sentence: str, found: list, spans: list[tuple[int, int]], told_today: bool
) -> list:
    """ "today", "yesterday", "tomorrow" inside quoted words count from the day the words were
    said, not from publication (round 21): "Someone emailed me earlier today ...," said the
    post (written the day before publication), and a senator's statement of the day before,
    "Today's announcement is an affront", were dated the publication day. Counted from the
    saying's day where the sentence names it outside the quote, next to the verb of saying
    (`_saying_time`: "the blogger wrote on Sunday"; not any other date of the sentence:
    '"Yesterday was the worst day," said Jones, who was hired on March 3, 2005' is not March
    2, 2005, review 15); kept where the words are said now ("..., the company says") or the
    text dates its own events "today" outside quotes (a release, a same-day wire story); else
    undated: a gap is better than a wrong day."""
    day_words = [
        d for d in found if inside(d.start, spans) and _DAY_WORD.fullmatch(d.text.strip())
    ]
    if not day_words:
        return found
    saying = _saying_time(sentence, found, spans)
    outside = [saying] if saying and re.fullmatch(r"\d{4}-\d\d-\d\d", saying.value) else []
    unquoted = "".join(" " if inside(i, spans) else c for i, c in enumerate(sentence))
    now = any(w.lower() in _PRESENT for w in re.findall(r"[A-Za-z]+", unquoted))
    out = []
    for d in found:
        if d not in day_words:
            out.append(d)
        elif outside:
            word = d.text.strip().lower()
            shift = -1 if word.startswith("yesterday") else 1 if word.startswith("tomorrow") else 0
            day = dt.date.fromisoformat(outside[-1].value) + dt.timedelta(days=shift)
            out.append(DateMention(d.start, d.end, d.text, day.isoformat()))
        elif now or told_today:
            out.append(d)
    return out


def _quoted_from_the_saying(
    sentence: str, found: list, spans: list[tuple[int, int]], published: dt.date
) -> list:
    """Dates inside quoted words that count from when they were said ("next year", "last
    week", "on Monday", "in June"), where the sentence dates the saying outside the quote at
    another time than publication: '"Next year we will build a new plant," in a 2006
    interview' gave the year after publication, '"Last year was a disaster," ... said in
    January 2007' the publication year (round 21). Such a date is read from the saying's time
    instead: from its first and its last day, kept when both give the same value ("last year"
    said in January 2007 is 2006), else left undated ("on Monday" said last week). The
    saying's time is a date outside the quote within 30 characters of a past verb of saying;
    a date written with its year inside the quote is kept as it is."""
    saying = _saying_time(sentence, found, spans)
    if saying is None or not any(inside(d.start, spans) for d in found):
        return found
    try:
        said = parse_date(saying.value)
    except DateError:
        return found
    if said.start is None or said.end is None or said.first <= published <= said.last:
        return found  # said now, or an open interval: as before
    if said.first > published:
        # no saying is after its telling: "said GM might file on Monday, but it filed on
        # Friday" took the coming Monday for the saying's day and read Friday from it (the
        # coming one; review26)
        return found
    if said.first == said.last and 0 < (published - said.first).days < 7:
        # said this past week ("said on Monday that it would hold a rally next Tuesday"): the
        # text's weekdays and weeks are the publication's (its "today"s: `_days_of_a_dated_saying`)
        return found
    first = {d.start: d.value for d in _dates(sentence, said.first)}
    last = {d.start: d.value for d in _dates(sentence, said.last)}
    out = []
    for d in found:
        if not inside(d.start, spans) or re.search(r"\b\d{4}\b", d.text):
            out.append(d)
        elif first.get(d.start) is not None and first.get(d.start) == last.get(d.start):
            out.append(DateMention(d.start, d.end, d.text, first[d.start]))
    return out


def _reported_from_the_saying(
    sentence: str, found: list, spans: list[tuple[int, int]], published: dt.date
) -> list:
    """The same for reported speech: "In a 2006 interview, Jane Roe said the company would
    build a plant next year" gave the year after publication, "In January 2007, the chief said
    last year had been a disaster" the publication year (round 21). What follows the first past
    verb of saying (and the saying's own date right after it) is read as the quote is."""
    verb = _SAID_ON.search(sentence)
    if verb is None or any(s0 <= verb.start() < e0 for s0, e0 in spans):
        return found
    saying = _saying_time(sentence, found, [])
    start = max(verb.end(), saying.end if saying and saying.start >= verb.end() else 0)
    if any(s0 <= start < e0 for s0, e0 in spans):
        return found  # what was said is a quote: read as quoted words
    return _quoted_from_the_saying(sentence, found, [(start, len(sentence))], published)


# between a verb of saying and its date: "said on Friday", "told reporters on Friday",
# "said last week", "said in a statement in January"
_VERB_TO_DATE = re.compile(r"(?:\s+(?!that\b)[\w'’-]+){0,4}?\s+|\s+")
# a date right after the verb that is the subject of what was said: "said last year had been"
_VERB_AFTER_DATE = re.compile(
    r"\s+(?:had|has|have|was|were|is|are|would|will|could|should|saw|marked|brought)\b"
)
# a date opening the sentence before its subject: "In June, GM said", "In a 2006 interview,"
_OPENING_DATE = re.compile(
    r"\s*(?:(?:[Ii]n|[Oo]n|[Aa]t|[Dd]uring)\s+(?:(?:an?|the|its|his|her|their)\s+)?)?"
)


def _saying_time(sentence: str, found: list, spans: list[tuple[int, int]]):
    """The date of the sentence's saying, outside quotes (round 21): the one right after a
    past verb of saying ("said on Friday", "told reporters on Friday", "said in January 2007"),
    unless it is what was said's subject ("said last year had been"), or one opening the
    sentence before the verb ("In June, GM said", "In a 2006 interview, Jane Roe said"); never
    a span, nor one in an aside ("who led the talks from 2017 to 2018, said")."""
    verb = _SAID_ON.search(sentence)
    if verb is None:
        return None
    for e in found:
        if inside(e.start, spans) or "/" in e.value:
            continue
        if (
            e.start >= verb.end()
            and _VERB_TO_DATE.fullmatch(sentence, verb.end(), e.start)
            and "," not in sentence[verb.end() : e.start]
            and not _VERB_AFTER_DATE.match(sentence, e.end)
        ):
            return e
        if (
            e.end <= verb.start()
            and _OPENING_DATE.fullmatch(sentence, 0, e.start)
            and "," in sentence[e.end : verb.start()]
            and not re.search(r"\b(?:who|which|that)\b", sentence[e.end : verb.start()])
        ):
            return e
    return None


# a verb of saying in the past and the day it names, either order: "said on Friday that",
# "On Monday, Chrysler said"
_SAID_ON = re.compile(
    r"\b(?:said|told|announced|stated|added|reported|wrote|confirmed|warned|explained)\b"
)


def _days_of_a_dated_saying(sentence: str, found: list, spans: list[tuple[int, int]]) -> list:
    """ "GM said on Friday that it would announce the decision tomorrow", "On Monday, Chrysler
    said it had received an offer yesterday": "tomorrow", "yesterday" and "today" in what was
    said count from the day of the saying, not from publication (round 21: the Thursday after
    publication and the Tuesday before it). The saying's day is a day the sentence names
    before the day word, within 30 characters of a past verb of saying that also comes before
    the day word."""
    out = []
    for d in found:
        word = d.text.strip().lower()
        if not _DAY_WORD.fullmatch(word) or inside(d.start, spans):
            out.append(d)
            continue
        saying = [
            e
            for e in found
            if e.end <= d.start
            and not _DAY_WORD.fullmatch(e.text.strip())
            and re.fullmatch(r"\d{4}-\d\d-\d\d", e.value)
            and any(
                v.start() < d.start and abs(v.start() - e.start) <= 30
                for v in _SAID_ON.finditer(sentence)
            )
        ]
        if not saying:
            out.append(d)
            continue
        shift = -1 if word.startswith("yesterday") else 1 if word.startswith("tomorrow") else 0
        day = dt.date.fromisoformat(saying[-1].value) + dt.timedelta(days=shift)
        out.append(DateMention(d.start, d.end, d.text, day.isoformat()))
    return out


# "after the Shuffle was introduced in January": a clause of its own, opened by a conjunction
# of time, its subject (up to five words) and an auxiliary, up to the date
_SUBORDINATE = re.compile(
    r"\b(?:[Aa]fter|[Bb]efore|[Ss]ince|[Ww]hen)\s+((?:[\w'’.&-]+\s+){1,5}?"
    r"(?:was|were|had|has|have)\s[^,;:()“”\"]*)$"
)


def _subordinate_event(sentence: str, start: int) -> str | None:
    """ "The iPod nano is the second model ..., after the Shuffle was introduced in January.":
    a date inside a clause of time ("after/before/since/when X was ...") dates that clause's
    event, not the sentence's: the clause, as its own sentence, is the event (round 15)."""
    m = _SUBORDINATE.search(sentence, 0, start)
    if m is None:
        return None
    clause = m.group(1) + re.split(r"[,;:()“”\"]", sentence[start:], maxsplit=1)[0]
    return _sentence_text(clause.strip().rstrip(".!?").strip())


# "the iPhone (which was presented on Wednesday ...)", "General Motors, which filed for
# bankruptcy on June 1, said": a relative clause in brackets, or between two commas, up to the date
_RELATIVE_IN_BRACKETS = re.compile(r"\(\s*(which|who)\s+([^()]*)$")
_RELATIVE_IN_COMMAS = re.compile(r",\s+(which|who)\s+([^,;:()“”\"]*)$")
# a clause whose "which" is no subject: a name, a pronoun or a determiner comes first
_NOT_A_SUBJECT_CLAUSE = re.compile(
    r"(?:[A-Z]|(?:he|she|it|they|we|i|you|the|a|an|his|her|its|their|our|this|that)\b)"
)
_DETERMINERS = _words("the a an its their his her our this that these those")
# words that end a noun phrase read backwards: a preposition, a conjunction, a verb
_NOT_IN_A_NOUN_PHRASE = _words(
    """of in on at for with by to from into about as than and or but if that which who whom
    is are was were be been has have had will would can could may might shall should do does
    did said says say fell rose told"""
)


def _relative_event(sentence: str, start: int, end: int) -> str | None:
    """ "The dispute came up between the maker of the iPhone (which was presented on Wednesday
    ...) and Cisco": a date inside a relative clause set off by brackets, or by two commas,
    dates that clause, told of the noun it follows ("The iPhone was presented on Wednesday
    ..."), not the sentence (round 16). None where that noun is unclear ("Shares fell 5
    percent, which was ...": a clause closed by the sentence's end stands for the whole)."""
    before = sentence[:start]
    m = _RELATIVE_IN_BRACKETS.search(before)
    if m is not None:
        close = sentence.find(")", end)
        if close < 0 or "(" in sentence[end:close]:
            return None
    else:
        m = _RELATIVE_IN_COMMAS.search(before)
        if m is None:
            return None
        close = sentence.find(",", end)  # the clause's closing comma, after the date
        if close < 0 or re.search(r"[;:()“”\"]", sentence[end:close]):
            return None
    if _NOT_A_SUBJECT_CLAUSE.match(m.group(2)):
        return None  # "his visit, which Kim invited him to last September,": "which" the object
    before = sentence[: m.start()]
    noun = _antecedent(before)
    if noun is None:
        return None
    # "Shares of Norvale, which were delisted", "the head of the bank, who joined": the clause
    # may tell of the noun before "of": a "who", or a plural verb after a singular
    after_of = re.search(r"\bof\s+$", before[: len(before.rstrip()) - len(noun)] + " ")
    plural_verb = re.match(r"(?:were|are|have)\b", m.group(2)) and not noun.endswith("s")
    if after_of and (m.group(1) == "who" or plural_verb):
        return None
    if _after_a_nouns_preposition(before[: len(before.rstrip()) - len(noun)]):
        return None
    clause = sentence[m.start(2) : close].strip()
    return _sentence_text(f"{noun} {clause}".rstrip(".!? "))


# a preposition that may join a noun to the one before it ("the deal with Boeing"); "of" has
# its own test above
_NOUN_PREPOSITIONS = _words("at in on with for from by to into about near over under between")


def _after_a_nouns_preposition(head: str) -> bool:
    """Whether the text before an antecedent ends in a noun phrase and a preposition: "The
    deal with [Boeing], which was signed", "The strike at [the plant], which began": the
    clause may tell of the first noun as well (review12: "Boeing was signed in March."). Not
    after a verb ("pre-loaded with [the software], which will be available")."""
    words = head.split()
    if not words or words[-1].lower() not in _NOUN_PREPOSITIONS:
        return False
    for word in reversed(words[-5:-1]):
        low = word.lower()
        if low in _DETERMINERS:
            return True
        if (low in _NOT_IN_A_NOUN_PHRASE or re.search(r"[,;:()\"“”]|(?:ed|ing)$", low)
                or past_form_in(low)):  # "spoke in Paris"
            return False
    return len(words) <= 5  # the sentence opens with the noun phrase ("Analysts at Barclays")


def _antecedent(before: str) -> str | None:
    """The noun phrase right before a relative clause: back to its determiner ("the maker of
    the iPhone" -> "the iPhone"), else a capitalised name ("General Motors", "Apple's iPhone")."""
    words = before.split()
    taken: list[str] = []
    for word in reversed(words[-6:]):
        low = word.lower()
        if low in _DETERMINERS:
            taken.append(word)
            phrase = " ".join(reversed(taken))
            return phrase[:1].upper() + phrase[1:]
        if low in _NOT_IN_A_NOUN_PHRASE or re.search(r"[,;:()\"“”]|ed$", word):
            break
        taken.append(word)
    name: list[str] = []
    for word in taken:  # last word first
        if not re.search(r"[A-Z]", word):
            break
        name.append(word)
    return " ".join(reversed(name)) if name and len(name) == len(taken) else None


def _ahead_this_period(sentence: str, d, published: dt.date) -> bool:
    """ "By the end of this year, the plants will be closed.": a period that holds the day of
    publication, told in the future tense, is announced for later in it (round 17)."""
    if str(published.year) not in d.value:
        return False  # most dates: no parse
    try:
        span = parse_date(d.value)
    except DateError:
        return False
    if not span.first <= published <= span.last:
        return False
    # the future said in words ("will", "is to", "is due to"): not "After a plan to bail out GM
    # failed to pass this week" (a noun "plan to") or "The festival runs through March 11"
    tense = tense_at(sentence, d.start, d.end)
    clause = clause_at(sentence, d.start, d.end)
    if tense == "future":
        return bool(_SAID_AHEAD.search(clause))
    # a future seen from a past saying, "said the talks would resume later this year": what
    # was still ahead then is ahead within the period (round 18); a period, not the day of
    # publication itself
    return tense == "near" and span.first < span.last and bool(_SAID_AHEAD_THEN.search(clause))


_SAID_AHEAD = re.compile(
    r"\b(?:will|shall|won['’]t|(?:is|are) (?:due|set|scheduled|slated|expected|going) to|"
    r"(?:is|are) to)\b",
    re.I,
)
_SAID_AHEAD_THEN = re.compile(
    r"\b(?:would|wouldn['’]t|(?:was|were) (?:due|set|scheduled|slated|expected|going) to|"
    r"(?:was|were) to)\b",
    re.I,
)


def _after(value: str, published: dt.date) -> bool:
    """True when the date starts after publication: an event the article announces."""
    try:
        return parse_date(value).first > published
    except DateError:
        return False
