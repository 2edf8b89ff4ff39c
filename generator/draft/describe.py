"""Descriptions that stand for a named actor: "the Russian president", "the minister",
"Indonesia's trade minister", "the company"."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from .gazetteer import DEMONYMS, SURFACE
from .index import Actor, ActorIndex, Mention, fold
from .lexicon import SPEECH_VERBS
from .sentences import Sentence

_DESCRIPTION = re.compile(
    r"\b[Tt]he ((?:[A-Z][\w.]*(?: [A-Z][\w.]*)? )?(?:[Ss]ecretary-[Gg]eneral|[Dd]irector-[Gg]eneral|"
    r"[Aa]ttorney-[Gg]eneral|[Gg]overnor-[Gg]eneral|[Vv]ice [Pp]resident|[Pp]resident|[Pp]rime [Mm]inister|"
    r"[Ll]eader|[Cc]hancellor|[Ss]ecretary|[Aa]mbassador|[Ff]oreign [Mm]inister|[Dd]efense [Mm]inister|"
    r"[Ss]upreme [Ll]eader|[Kk]ing|[Qq]ueen|[Pp]ope|[Aa]dministration|[Pp]remier|[Mm]inister|[Ss]enator|"
    r"[Ee]nvoy|[Cc]ommissioner|[Gg]overnor|[Mm]ayor|[Gg]eneral|[Aa]dmiral|[Ss]pokes(?:man|woman|person)|"
    r"[Ee]conomist|[Aa]nalyst|[Rr]esearcher|[Pp]rofessor|[Dd]iplomat|[Cc]oach|[Cc]ommander))\b"
    r"(?! [A-Z][a-z])(?!’s \w+ [A-Z])(?!['’]s\b)(?!s\b)"
)
# "Indonesia's trade minister", "Azerbaijan's deputy energy minister"
_OWNED = re.compile(
    r"\b(?:[A-Z][\w.]*(?: [A-Z][\w.]*)?)(?:’s|'s) ((?:[a-z]+ ){0,3}(?:minister|president|ambassador|"
    r"envoy|spokes(?:man|woman|person)|leader|commissioner|secretary|chancellor|premier))\b(?!,)"
)
_ORG_DESCRIPTION = re.compile(
    r"\b[Tt]he (company|firm|group|bank|miner|lender|carrier|airline|refinery)\b(?![’']s? \w+ [A-Z])"
    # the wire's name for a company by its trade: "the automaker said", "the Detroit automaker"
    r"|\b[Tt]he (?:(?P<place>[A-Z][\w.-]*) )?(automaker|carmaker|chipmaker|retailer|insurer|"
    r"manufacturer)\b(?! [A-Z])(?![’']s? \w+ [A-Z])"
)
# "the ministry said": the body of that kind named last
_BODY_DESCRIPTION = re.compile(
    r"\b[Tt]he (ministry|agency|commission|department|office|authority)\b(?! of\b)(?! [A-Z])"
)
# "The union said": the one union the article has named (round 29)
_UNION_DESCRIPTION = re.compile(r"\b[Tt]he union\b(?! of\b)(?![’']s? \w+ [A-Z])(?! [A-Z])")
# a union's name, or a name the text calls a union ("the UAW union", "Unite union")
_UNION_NAME = re.compile(
    r"\b(?:Unions?|Workers|Teamsters|Steelworkers|Machinists|Federation|Confederation|Guild|"
    r"Brotherhood)\b"
)
_UNION_AFTER = re.compile(r"\s+union\b")
# "the Department said", "the Church denied": a body's name cut to its capitalised head noun
_SHORT_NAME = re.compile(
    r"\b[Tt]he (Department|Ministry|Agency|Commission|Authority|Bureau|Church|Council|Committee|"
    r"Board|Court|Foundation|Institute|Museum|Union|Service|Tribunal|Secretariat)\b(?! of\b)(?! [A-Z])(?!['’])"
)
_CORPORATE = re.compile(
    r"\b(?:Corp\.?|Co\.?|Inc\.?|Ltd\.?|LLC|PLC|plc|SARL|FZE|GmbH|AG|S\.A\.|Group|Holdings)$"
)


def describe(index: ActorIndex, sents: list[Sentence]) -> None:
    """Resolve "the Russian president", "the minister", "Indonesia's trade minister" to the one
    person holding that title, and "the company" to the company last named."""
    for n, sent in enumerate(sents):
        for pattern in (_DESCRIPTION, _OWNED):
            for m in pattern.finditer(sent.text):
                key = resolve_description(index, m.group(1))
                if key and not any(x.start <= m.start(1) < x.end for x in index.at(n)):
                    form = m.group(0) if pattern is _OWNED else "the " + m.group(1)
                    index.actors[key].add_form(form)
                    _mention(index, n, m.start(), m.end(), key)
        for m in _ORG_DESCRIPTION.finditer(sent.text):
            if m.group("place") in DEMONYMS or m.group("place") in SURFACE:
                continue  # "the Japanese automaker", "the U.S. automaker": maybe another one
            key = _last_company(index, n, m.start())
            if key is not None and sent.text[: m.start()].rstrip().endswith(","):
                key = _company_of_its_sentence(index, n, sent.text, m.start(), key)
            if key is not None and _named_as_object(index, sents, n, m.start(), key):
                key = None
            if key is None and n > 0 and _opens_its_sentence(index, n, sent.text, m.start()):
                key = _subject_company(index, sents[n - 1].text, n - 1)
            noun = m.start(1) if m.group(1) else m.start(3)
            if key and not any(x.start <= noun < x.end for x in index.at(n)):
                _mention(index, n, m.start(), m.end(), key)
        for m in _BODY_DESCRIPTION.finditer(sent.text):
            key = _last_body(index, n, m.group(1).lower())
            if key:
                index.mentions[n] = [
                    x
                    for x in index.at(n)
                    if not (x.key.startswith("u:") and x.start <= m.start(1) < x.end)
                ]
                if not any(x.start <= m.start(1) < x.end for x in index.at(n)):
                    _mention(index, n, m.start(), m.end(), key)
        for m in _UNION_DESCRIPTION.finditer(sent.text):
            key = _the_union(index, sents, n, m.start())
            if key and not any(x.start <= m.start() + 4 < x.end for x in index.at(n)):
                _mention(index, n, m.start(), m.end(), key)
        for m in _SHORT_NAME.finditer(sent.text):
            key = body_by_head(index, n, m.start(), m.group(1))
            if other_body_in_lower_case(sents, n, m.start(), m.group(1)):
                key = None
                _forget_bare_head(index, n, m.start(1), m.end(1))
            if key and not any(
                x.start <= m.start(1) < x.end and not x.key.startswith("u:") for x in index.at(n)
            ):
                index.mentions[n] = [
                    x for x in index.at(n) if not (x.key.startswith("u:") and x.start <= m.start(1) < x.end)
                ]
                _mention(index, n, m.start(), m.end(), key)


# words before a lower-case head that point back at a body already named ("the department",
# "its board"); "a union", "an agency" introduce one, possibly another ("the United
# Steelworkers, a union that ..."), so they are not among them
def _forget_bare_head(index: ActorIndex, n: int, start: int, end: int) -> None:
    """ "the Union said" after "the United Steelworkers, a union": the bare head word was
    matched as a word of a name named before ("European Union"); with another body of that
    kind in the text it names neither, and the speaker is left for a person."""
    index.mentions[n] = [x for x in index.at(n) if not (x.start == start and x.end == end)]


_DETERMINERS = {"the", "this", "that", "its", "his", "her", "their", "our", "whose"}


def other_body_in_lower_case(sents: list[Sentence], n: int, before: int, head: str) -> bool:
    """ "the fire department responded ... 'No one was hurt,' the Department said": a body
    with that head noun named before in lower case with its own modifier ("fire department",
    "school board", "trade union") or introduced by "a"/"an" ("the United Steelworkers, a
    union") may be the one meant, so "the Department" is unresolved."""
    lower = re.compile(rf"\b([a-z]+) {head.lower()}\b")
    for k in range(n + 1):
        text = sents[k].text if k < n else sents[k].text[:before]
        if any(found.group(1) not in _DETERMINERS for found in lower.finditer(text)):
            return True
    return False


def body_by_head(index: ActorIndex, n: int, before: int, head: str) -> str | None:
    """ "the Department" (capitalised, as a release writes it) is the one organization named
    before it whose name has that head noun: "Department of Labor", "European Commission".
    Two such bodies named before (the Department of Labor and the Department of Commerce)
    leave it unresolved: the speaker is then left for a person, never guessed."""
    return _the_one_named(index, n, before, lambda k, m, actor: (
        actor.kind == "organization" and not m.key.startswith("u:") and _has_head(actor.name, head)))


def _the_one_named(index: ActorIndex, n: int, before: int,
                   accept: Callable[[int, Mention, Actor], bool]) -> str | None:
    """The one actor named before offset ``before`` of sentence ``n`` that ``accept`` (the
    sentence's number, the mention, the actor) takes; None for none or two."""
    found = set()
    for k in range(n + 1):
        for m in index.at(k):
            if k == n and m.start >= before:
                break
            if accept(k, m, index.actors[m.key]):
                found.add(m.key)
    return found.pop() if len(found) == 1 else None


def _has_head(name: str, head: str) -> bool:
    """ "Department of Labor", "U.S. Department of State", "European Commission" have the head
    "Department", "Commission"; "Department Store Workers Union" has the head "Union"."""
    words = name.split()
    if head not in words:
        return False
    at = words.index(head)
    return at == len(words) - 1 or words[at + 1] in ("of", "for", "on")


def _mention(index: ActorIndex, n: int, start: int, end: int, key: str) -> None:
    index.mentions.setdefault(n, []).append(Mention(start, end, key))
    index.mentions[n].sort(key=lambda x: x.start)


def _last_company(index: ActorIndex, n: int, before: int) -> str | None:
    """The company named last before offset ``before`` of sentence ``n``: "In a statement on
    the Airbus website, the company said" is Airbus, not a company named in an earlier sentence.
    A company named later with a legal form but drafted under a short name ("Toyota Motor Corp."
    as "Toyota") makes it unresolved: it is no longer the company named last (review7)."""
    for k in range(n, -1, -1):
        for m in reversed([x for x in index.at(k) if k < n or x.start < before]):
            actor = index.actors[m.key]
            if actor.kind != "organization":
                continue
            if _CORPORATE.search(actor.name) or _listed_company(actor.name):
                return m.key
            if m.key.startswith("g:"):
                # a body or a company the gazetteer lists without a legal form, named after
                # the last one with it ("Google Inc. ... Facebook ... the company", "the UN"):
                # either may be meant, so no one (round 23)
                return None
            if any(_CORPORATE.search(form) for form in actor.forms):
                return None  # "Toyota Motor Corp." drafted as "Toyota", named after another: either
    return None


# a company named as the object of an earlier sentence: "... talks with Chrysler", "...,
# citing weak demand from Acme Corp." (review 25); not "by", whose company is mostly the one
# acting ("figures released April 3 by NPD Group, a market research firm. The firm said")
_OBJECT_BEFORE = re.compile(r"(?:\b(?:with|from|to|of)\s+(?:the\s+)?|\bciting\b[^;]*)$")


def _named_as_object(index: ActorIndex, sents: list[Sentence], n: int, before: int, key: str) -> bool:
    """ "Fiat is in talks with Chrysler. The company said ...": the company named last, in an
    earlier sentence, after "with/from/to/of" or in a "citing ..." phrase (also as the last
    of a list there: "talks with Fiat and Chrysler") is what that sentence is about, not its
    actor, so it is not "the company" (review 25). Not its possessive ("a preview of Apple's
    system": Apple is still the one written about); the company named in this sentence before
    ``before`` is left to the rules above."""
    if any(x.key == key and x.start < before for x in index.at(n)):
        return False
    for k in range(n - 1, -1, -1):
        named = [x for x in index.at(k) if index.actors[x.key].kind == "organization"]
        last = next((x for x in reversed(named) if x.key == key), None)
        if last is None:
            continue
        text, start = sents[k].text, last.start
        for x in reversed([x for x in named if x.end <= start]):
            if not _JOINED.fullmatch(text, x.end, start):
                break
            start = x.start  # "with Fiat and Chrysler": the list's first name
        if re.match(r"['’]s\b", text[last.end :]):
            return False
        return bool(_OBJECT_BEFORE.search(text[:start])) or _object_of_subject_company(index, text, k, start, key)
    return False


# the words between a subject company and a company right after its verb: "acquired", "agreed
# to buy", "has sued", "sold its stake in" (lower-case words only; not a list, not words said)
_VERB_PHRASE = re.compile(r"\s+(?:[a-z][\w’'-]*\s+){1,6}")
_NOT_A_VERB_PHRASE = re.compile(r"\b(?:and|or|but|nor)\b")
# a clause the company opens after the verb ("said Acme Corp. would cut jobs"): it acts there
_CLAUSE_AFTER = re.compile(
    r"\s+(?:would|will|could|can|may|might|should|must|is|was|are|were|has|had|have|did|does|"
    r"plans|[a-z]+ed)\b"
)
_SAID_OR_THAT = SPEECH_VERBS | {"that"}


def _object_of_subject_company(index: ActorIndex, text: str, k: int, start: int, key: str) -> bool:
    """ "Zentrix Inc. acquired Acme Corp.": a company named after the verb of a sentence that
    another company opens as its subject (round 24's `_subject_company`) is what that subject
    acted on, so "The company said" next is the subject's (round 29). Not after words said
    or a clause the company opens ("Zentrix Inc. said Acme Corp. would cut jobs", "agreed that
    Acme Corp. ...": Acme Corp. acts there), and not in a list."""
    subject = _subject_company(index, text, k)
    if subject is None or subject == key:
        return False
    first = index.at(k)[0]
    between = _VERB_PHRASE.fullmatch(text, first.end, start)
    if between is None or _NOT_A_VERB_PHRASE.search(between.group(0)):
        return False
    last = next(x for x in index.at(k) if x.start >= start and x.key == key)
    return (
        between.group(0).split()[-1] not in _SAID_OR_THAT
        and not _CLAUSE_AFTER.match(text, last.end)
    )


# a short opening phrase before "the company" that names no one: "On Monday, the company said"
_OPENING_PHRASE = re.compile(r"[A-Z][^,;:“”\"]{0,40},\s+")


def _opens_its_sentence(index: ActorIndex, n: int, text: str, at: int) -> bool:
    """Whether "the company" at offset ``at`` is its sentence's subject: at its start, or
    after a short opening phrase naming no one ("On Monday, the company said": round 29)."""
    return at == 0 or (
        _OPENING_PHRASE.fullmatch(text, 0, at) is not None and not any(x.start < at for x in index.at(n))
    )


def _company_of_its_sentence(index: ActorIndex, n: int, text: str, before: int, last: str) -> str | None:
    """ "Opel, which is owned by GM, will cut jobs, the company said": "the company" after a
    comma is the company the sentence is about, its subject, not the company named last in it.
    A company (by its legal form) that opens the sentence is the one; with two bodies named
    before and none opening it, no one (round 24)."""
    named = [x for x in index.at(n) if x.start < before and index.actors[x.key].kind == "organization"]
    if len(named) > 1 and _JOINED.fullmatch(text, named[0].end, named[1].start):
        return None  # "Toyota Motor Corp. and Honda Motor Co. recalled ..., the company said" (review 17)
    if named and named[0].start <= 1 and _company_by_form(index.actors[named[0].key]):
        return named[0].key
    if len({x.key for x in named}) > 1:
        return None
    aside = next((x for x in reversed(named) if x.key == last), None)
    if aside and in_aside(text, aside, before):
        return None  # "Saab, the brand owned by GM, filed ..., the company said": not GM
    return last


# two bodies joined as one subject: "Toyota Motor Corp. and Honda Motor Co.", "Ford, GM"
_JOINED = re.compile(r"\s*(?:,|,?\s*(?:and|or|&))\s*")


def in_aside(text: str, m: Mention, before: int) -> bool:
    """Whether mention ``m`` stands between two commas before offset ``before`` (an
    apposition or a relative clause: "Opel, which is owned by GM, will ..."), not counting
    the comma right before ``before``."""
    return bool(re.search(r",\s", text[: m.start])) and bool(
        re.search(r",\s", text[m.end : before].rstrip().removesuffix(","))
    )


def _company_by_form(actor: Actor) -> bool:
    """An organization named with a legal form here ("Toyota Motor Corp." drafted as "Toyota")
    or listed with one in the gazetteer ("Cisco")."""
    return actor.kind == "organization" and (
        bool(_CORPORATE.search(actor.name))
        or _listed_company(actor.name)
        or any(_CORPORATE.search(form) for form in actor.forms)
    )


_VERB_NEXT = re.compile(
    r"\s+(?:[a-z]+(?:ed|s)|said|told|sold|won|lost|made|took|cut|bought|paid|began|gave)\b"
)
# no subject that acts: "Apple Inc. was sued by Samsung Electronics Co." (the one suing is the
# other company), "Apple Inc. shares fell after Samsung Electronics Co. won" (the shares, not
# the company, are the subject) (review 17)
_NOT_ITS_ACT = re.compile(
    r"\s+(?:(?:was|were|is|are|has\s+been|had\s+been|have\s+been)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn)\b"
    r"|(?:shares|stock|stocks|sales|profits?|earnings|revenues?|officials|executives|workers|"
    r"employees|investors|shareholders|customers|users|bonds|plants|stores|lawyers)\b)"
)


def _subject_company(index: ActorIndex, text: str, k: int) -> str | None:
    """ "Apple Inc. sued Samsung on Monday. The company said ...": the company that opens the
    sentence before as its subject (a finite verb after it), when the company named last
    leaves "the company" to no one (round 24)."""
    first = index.at(k)[:1]
    if (
        not first
        or first[0].start > 1
        or not _VERB_NEXT.match(text, first[0].end)
        or _NOT_ITS_ACT.match(text, first[0].end)
    ):
        return None
    actor = index.actors[first[0].key]
    return first[0].key if _company_by_form(actor) or _sole_lone_name(index, actor, k) else None


def _sole_lone_name(index: ActorIndex, actor: Actor, k: int) -> bool:
    """ "Zentrix said on Monday that sales fell. The company added ...": a one-word
    organization no list holds (a company's short name, as wire copy gives it), or a company
    the gazetteer lists ("Renault", "General Motors": round 29), and the only organization the
    article has named up to sentence ``k``, is the company (round 28; a body the gazetteer
    lists, "the Pentagon", or a second organization leaves it to no one)."""
    if actor.kind != "organization":
        return False
    if actor.key.startswith("g:"):
        listed = SURFACE.get(actor.name)
        if listed is None or not listed.company:
            return False
    elif " " in actor.name:
        return False
    named = {m.key for j in range(k + 1) for m in index.at(j)}
    return not any(key != actor.key and index.actors[key].kind == "organization" for key in named)


def _listed_company(name: str) -> bool:
    """ "Cisco": a company the gazetteer lists with its legal form ("Cisco Systems Inc."),
    named without it; as much "the company" as one named with it (round 23)."""
    entry = SURFACE.get(name)
    return (
        entry is not None
        and entry.kind == "organization"
        and any(_CORPORATE.search(form) for form in [entry.name, *entry.aliases])
    )


def _the_union(index: ActorIndex, sents: list[Sentence], n: int, before: int) -> str | None:
    """ "Members of the United Auto Workers voted on Friday. The union said ...": the one
    organization named before offset ``before`` of sentence ``n`` whose name is a union's
    ("Workers", "Teamsters", "Union" ...; not a body the gazetteer lists: the European Union)
    or that the text calls a union ("the UAW union"); with two such, or none, no one (round 29:
    "the union" was no actor)."""
    return _the_one_named(index, n, before, lambda k, m, actor: (
        actor.kind == "organization" and not m.key.startswith(("g:", "u:"))
        and bool(_UNION_NAME.search(actor.name) or _UNION_AFTER.match(sents[k].text, m.end))))


def _last_body(index: ActorIndex, n: int, head: str) -> str | None:
    """The organization named last before sentence ``n`` whose name holds ``head``."""
    for k in range(n - 1, -1, -1):
        for m in reversed(index.at(k)):
            actor = index.actors[m.key]
            if actor.kind == "organization" and re.search(rf"\b{head}\b", actor.name, re.I):
                return m.key
    return None


def resolve_description(index: ActorIndex, description: str) -> str | None:
    """The unique actor whose title matches a description such as "Russian president"."""
    want = fold(description)
    bare = _strip_demonym(want)
    exact, loose = [], []
    for actor in index.actors.values():
        if (
            actor.kind == "organization"
            and want in ("administration",)
            and actor.name.lower().endswith(want)
        ):
            exact.append(actor.key)
        for title in actor.titles:
            title, stripped = _title_forms(title)
            if title == want:
                exact.append(actor.key)
            elif stripped == bare and bare == want:
                loose.append(actor.key)
    for found in (exact, loose):
        if len(set(found)) == 1:
            return found[0]
    # "the minister" for the one person whose title or role has that word
    words = want.split()
    holders = {
        a.key
        for a in index.actors.values()
        if a.kind == "person"
        and not a.key.startswith("u:")
        and any(
            set(words) <= set(_words(t))
            and _words(t)[-1] == words[-1]
            and not (_RANKS & set(_words(t))) - set(words)
            for t in [*a.titles, *(t.split(" of ")[0] for t in a.titles), role_office(a.role)]
            if t
        )
    }
    if len(holders) > 1 and description[:1].isupper() and len(words) == 1:
        # house style of a government release: "the President", "the Secretary" is its principal,
        # the holder the release names first
        return _first_named(index, holders)
    return holders.pop() if len(holders) == 1 else None


def role_office(role: str) -> str:
    """The office a role names, before what it is at, of or to: "undersecretary to the prime
    minister" is an undersecretary, no prime minister; "head of NATO" a head."""
    return role.split(" at ")[0].split(" of ")[0].split(" to ")[0]


# words that make another office of a title: "the President" is not the Vice President, "the
# Secretary" not a Deputy Assistant Secretary
_RANKS = {"vice", "deputy", "assistant", "under", "associate", "former", "ex", "sub"}
# Every description is matched against every title of every actor: the folded forms of a
# title are made once, or an article naming many people is drafted in quadratic time.
@lru_cache(maxsize=8192)
def _title_forms(title: str) -> tuple[str, str]:
    folded = fold(re.sub(r"^(?:former|then)\s+", "", title, flags=re.I))
    return folded, _strip_demonym(folded)


@lru_cache(maxsize=8192)
def _words(title: str) -> tuple[str, ...]:
    return tuple(fold(title).split())


def _first_named(index: ActorIndex, keys: set[str]) -> str | None:
    """Of ``keys``, the actor the article names first."""
    for n in sorted(index.mentions):
        for m in index.at(n):
            if m.key in keys:
                return m.key
    return None


def _strip_demonym(title: str) -> str:
    first = title.split(" ", 1)[0]
    for demonym in _DEMONYMS_BY_FIRST_WORD.get(first, ()):
        if title.startswith(demonym + " "):
            return title[len(demonym) + 1 :]
    return title


# longest first, by first word: looked up for every title of every actor, per description
_DEMONYMS_BY_FIRST_WORD: dict[str, list[str]] = {}
for _demonym in sorted(DEMONYMS, key=len, reverse=True):
    _DEMONYMS_BY_FIRST_WORD.setdefault(_demonym.lower().split(" ", 1)[0], []).append(
        _demonym.lower())
