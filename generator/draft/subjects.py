"""Who a speech verb names: its subject ("X said") or its object ("said X, a ...", "according to X")."""

from __future__ import annotations

import re

from .actors import claimant_phrase
from .describe import in_aside
from .gazetteer import DEMONYMS, SURFACE
from .index import ActorIndex, Mention, fold
from .lexicon import (
    COMPANY_NOUNS,
    OUTLETS,
    PARTY_AND_STATE,
    ROLE_NOUNS,
    STAFF_NOUNS,
    TITLE_WORDS,
    WIRE_ROLES,
)
from .tense import past_form

# "The United States embassy in Lilongwe said": the country speaks, not the place
_POST_IN = re.compile(
    r"^\s+(?:embassy|mission|delegation|consulate|office|ministry|government|army|military|forces|"
    r"troops|officials?|spokes(?:man|woman|person))\s+(?:in|at|from)\s+$"
)
# what may stand between a person and an organization that ends the subject:
# "Senator X of the opposition Y", "X, a researcher at the Y"
_MODIFIER = re.compile(
    r"^\s*(?:,\s+(?:an?|the|its|his|her)\s+[^,;“”\"]{0,80}?)?,?\s*(?:of|at|from|for|with|in)\s+"
    r"(?:the\s+)?(?:[\w.’'-]+-based\s+)?(?:[a-z][\w-]*\s+){0,2}$"
)
_COORDINATED = re.compile(
    r"^\s*(?:\S+(?:\s+\S+){0,4}?\s*(?:,|\s+and|,\s*and|\s+but)|(?:[a-z]+\s+){1,3}to)\s*$"
)


# "A source in Ukraine's security service told", "one European official involved in the talks
# told": an unnamed speaker placed by what follows the noun, not the place or body it names
_PLACED = re.compile(
    r"^(?:[“\"][^“”\"]+[”\"]\s*|(?:But|And|In [^,“”\"]{1,60}|On [^,“”\"]{1,40}),\s+)?((?:[Aa]n?|[Oo]ne|[Aa]nother)\s+"
    r"(?:[\w.’'-]+\s+){0,3}?(?:source|diplomat|official|officer|insider|aide|adviser|advisor))\s+"
    r"(?:in|at|from|with|inside|within|close to|familiar with|involved in|based in|who)\s[^“”\"]{1,100}$"
)
# "people familiar with the matter said", "a person close to the company told Reuters", "said
# a person familiar with the talks": an unnamed source of wire copy, never the speaker before
_FAMILIAR_SOURCE = (
    r"((?:(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome)\s+)?"
    # the noun may open the sentence: "People familiar with the matter said" (round 29)
    r"(?:[a-z][\w-]*\s+){0,2}(?:[Pp]erson|[Pp]eople|[Ss]ources?|[Ii]nsiders?|[Oo]fficials?|"
    r"[Ee]xecutives?|[Bb]ankers?)"
    r"\s+(?:familiar with|close to|briefed on|with (?:direct )?knowledge of)\s[^,;“”\"]{1,80}?)"
)
# (a conjunction opening its clause is no part of the source's name: ", but a person ...")
_FAMILIAR_BEFORE = re.compile(
    r"(?:^|,\s+|[”\"]\s*)(?:(?:but|and|while|though|although|yet)\s+)?" + _FAMILIAR_SOURCE + r"\s*$"
)
_FAMILIAR_AFTER = re.compile(r"\s*" + _FAMILIAR_SOURCE + r"(?=[,.;]|$)")


def familiar_source(core: str, index: ActorIndex, after: bool = False) -> str | None:
    """The unnamed source "people familiar with the matter" right before a speech verb
    (``core``: the text before it) or, with ``after``, right after it."""
    found = (_FAMILIAR_AFTER.match if after else _FAMILIAR_BEFORE.search)(core)
    if found is None:
        return None
    phrase = found.group(1)  # no name: "People familiar ..." opening a sentence is "people ..."
    return index.claimant(phrase[0].lower() + phrase[1:])


# "X, who co-chaired the talks with Y, said": X is the subject, whoever the clause names
# (a short quoted phrase may stand in the clause: ", who has a "sell" rating on the stock,")
_WHO = re.compile(r",\s+(?:who|whose)\s(?:[^“”\";]|[“\"][^“”\"]{1,30}[”\"]){1,200},\s*$")
# "Iran, which backs the rebels, called", "The United Auto Workers union, which represents
# 70,000 workers, said": a body, a noun that names its kind, then the clause
_WHICH = re.compile(
    rf"(?:\s+(?:union|group|party|bank|agency|{COMPANY_NOUNS}))?"
    r",\s+(?:which|whose)\s[^“”\";]{1,200},\s*$"
)
# "Henry Paulson, accompanied by Ben Bernanke, testified": a participle's aside naming someone
# who came along; the name before it is the subject (round 27). "X, along with Y, said" and
# "X, together with Y, said" give the words to both: no one alone (as "X and Y said").
_COMPANY_ASIDE = re.compile(
    r",\s+(?:(?P<along>(?:along|together)\s+with|as\s+well\s+as)|(?:accompanied|joined|flanked|"
    r"escorted|followed|trailed|surrounded|backed|supported|assisted|introduced)\s+by"
    r"|alongside)\s+[^“”\";,():]{1,80},\s*$"
)
_COMPANY_ASIDE_OPENS = re.compile(
    r",\s+(?:(?:along|together)\s+with|as\s+well\s+as|(?:accompanied|joined|flanked|escorted|"
    r"followed|trailed|surrounded|backed|supported|assisted|introduced)\s+by|alongside)\s+"
    r"(?:[A-Z][\w.&’'-]*\s+){0,4}$"
)
# "X, the powerful sister of leader Y, said": X, the subject, not the person the apposition names
_APPOSED = re.compile(
    r",\s+(?:(?:the|a|an|his|her|its|their)\s[^“”\";,]{1,120}|[a-z][\w-]*(?:\s[\w-]+){0,2}"
    r"\s(?:of|at|for)\s[^“”\";,]{1,100}"
    # "X, Panama coach, said": a name and a lower-case role
    r"|[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?(?:\s[a-z][\w-]*){1,2})(?:,\s+[^“”\";,]{1,60})?,\s*$"
)
# "X, GM's chairman and chief executive, said", "X, senior vice president and auto analyst at
# Barclays Capital in Chicago, Illinois, told Reuters": a role at a body, set off by commas (an
# owner before it, "and" between its titles), right before the verb
_ROLE_APPOSITION = re.compile(
    r",\s+(?:(?:the|an?)\s+)?"
    # "GM's", "General Motors'", "GM's North America"
    r"(?:(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*(?:’s|'s|’|')?\s+){0,2}"
    # "chairman and chief executive", "chief executive and a former Treasury official"
    r"(?P<role>[a-z][\w-]*(?:\s+(?:and\s+|&\s+)?(?:[a-z][\w’'-]*|[A-Z][\w.&’'-]*)){0,8})"
    r"(?:\s+(?:of|at|for|with|in)\s+[^“”\";,]{1,80}(?:,\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})?)?"
    r",\s*$"
)


# "Senator John Smith of the Liberal Party said", "Jane Smith, of Global Insight, said": the
# person's body or place after "of"/"from", capitalised (the drafter may not have it as an actor)
_OF_BODY = re.compile(
    # "Jane Smith for Food Standards Australia, says": whom she speaks for (round 18)
    r",?\s+(?:of|from|for)\s+(?:the\s+)?[A-Z][\w.&’'-]*(?:\s+(?:(?:of|and|&|for)\s+)?[A-Z][\w.&’'-]*){0,5}"
    r",?\s*"
)


# "X, Director of the National Study, and Chairman of the Y Centre, says": roles at bodies,
# each set off by commas, the later ones after "and" (round 18)
_ROLE_AT = (
    r",\s+(?:and\s+)?(?:the\s+)?(?P<role>(?:[A-Za-z][a-z-]+\s+){0,2}?[A-Za-z][a-z-]+)\s+"
    r"(?:of|at|for)\s+[^“”\";,]{1,100}"
)
_ROLES_AT = re.compile(rf"(?:{_ROLE_AT}){{2,3}},\s*$")
_ONE_ROLE_AT = re.compile(_ROLE_AT)


def roles_apposition(rest: str) -> bool:
    """True when ``rest`` is two or three roles at bodies set off by commas: ", Director of the
    National Study, and Chairman of the Y Centre," (each role's last word a role's)."""
    if _ROLES_AT.fullmatch(rest) is None:
        return False
    roles = [m.group("role").lower().split()[-1] for m in _ONE_ROLE_AT.finditer(rest)]
    return bool(roles) and all(role in _ROLE_WORDS for role in roles)


def role_apposition(rest: str) -> bool:
    """True when ``rest`` (the text between a person's name and the speech verb) is a role
    set off by commas: ", GM's chairman and chief executive," ", the chief executive of GM,"
    ", an analyst at Barclays Capital in Chicago,": the person is the verb's subject, not the
    body the role names."""
    found = _ROLE_APPOSITION.fullmatch(rest)
    if found is None:
        return False
    words = set(found.group("role").lower().replace("-", " ").split())
    return bool(words & _ROLE_WORDS)


# a relative clause whose object is the name after it: "People who know John Doe say"
_RELATIVE = re.compile(r"\b(?:who|whom|whose)\b[^,;“”\"]*$")


def clause_before(core: str, start: int) -> str:
    """The text before offset ``start`` without a quote that opens the sentence ('"We will
    not sign," ')."""
    opening = _QUOTE_FIRST.match(core)
    skip = opening.end() if opening and opening.end() <= start else 0
    return core[skip:start]


# where the clause of a name begins: "Shares fell after X, GM's chief executive, said"
_CLAUSE_START = re.compile(
    r"[,;:]|\b(?:that|and|but|after|before|when|while|as|because|since|until|if|although|"
    r"though|where)\b"
)
_SMALL_WORDS = frozenset({"a", "an", "the", "and", "of", "&"})
_ROLE_WORDS = ROLE_NOUNS | WIRE_ROLES | {w.lower() for w in TITLE_WORDS}


# an outlet's noun between its name and the verb: "KCNA news agency said"
_OUTLET_NOUN = re.compile(
    r"\s+(?:news agency|news service|newspaper|daily|broadcaster|television|TV|radio|"
    r"news channel|news website|magazine)\s*"
)


def _outlet_before_verb(core: str, mentions, index: ActorIndex) -> str | None:
    """ "North Korea's official KCNA news agency said", "the Fars news agency reported": the
    outlet named right before its noun and the verb (round 12)."""
    for m in mentions:
        if index.actors[m.key].kind != "person" and _OUTLET_NOUN.fullmatch(core, m.end):
            return m.key
    return None


def titles_only(before: str) -> bool:
    """True when what stands before a person's name, back to the start of its clause, can be
    their title ("GM Chief Executive", "Former GM executive", "auto analyst", "But"): every
    lower-case word belongs to a run that ends in a role word. "Workers who met X, GM's chief
    executive, said", "The board, led by X, ..., said": X is an object, not the speaker."""
    pending = False  # a lower-case word that is no role word, waiting for its role word
    for word in re.findall(r"[\w.’'&-]+", _CLAUSE_START.split(before)[-1]):
        if not word[0].islower():
            if pending:
                return False
        elif word not in _SMALL_WORDS:
            pending = word not in _ROLE_WORDS
    return not pending


# "After the match, X, ... said": one opening phrase before the subject
_OPENING = re.compile(r"^(?:[A-Z][^,;“”\"]{0,40},\s+)?")
# "X, president and CEO of Y said": the person whose role names Y, not Y
# (the organization may be found only in part: "CEO of Boeing Commercial Airplanes")
_ROLE_OF = re.compile(
    r"^,\s+(?:the\s+)?[a-z][\w-]*(?:\s+(?:and\s+)?[\w-]+){0,5}\s+(?:of|at|for)\s+(?:the\s+)?"
    r"(?:[A-Z][\w.&’'-]*\s+){0,3}$"
)
_ROLE_AND = re.compile(r"^,\s+(?:the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\s+and\s+$")
# "“We will not sign,” X, president of Y, told": a closed quote may open the sentence
_QUOTE_FIRST = re.compile(r"^\s*[“\"][^“”\"]+[”\"]\s*")


def subject_before(text: str, core: str, n: int, index: ActorIndex) -> str | None:
    """The speaker named right before a speech verb (``core``: the text before it)."""
    mentions = index.at(n)
    end = _before_person_aside(core.rstrip(), mentions, index)
    familiar = familiar_source(core.rstrip(), index)
    if familiar:
        return familiar
    placed = _PLACED.match(core.rstrip())
    if placed:
        return index.claimant(re.sub(r"^(?:[Oo]ne|[Aa]nother)\s+", "", placed.group(1)))
    outlet = _outlet_before_verb(core, mentions, index)
    if outlet:
        return outlet  # "the official KCNA news agency said": KCNA
    opening = _QUOTE_FIRST.match(core)
    skip = opening.end() if opening else 0
    for m in mentions:
        if m.start < skip:
            continue
        if m.start - skip > 60:
            break
        person = index.actors[m.key].kind == "person" and not someone_of(core[: m.start])
        rest = _ASIDE_FIRST.sub("", core[m.end :], count=1) if person else core[m.end :]
        if person and _WHO.fullmatch(rest) and titles_only(core[skip : m.start]):
            return m.key
        aside = _COMPANY_ASIDE.fullmatch(rest)
        if aside and titles_only(core[skip : m.start]):
            return None if aside.group("along") else m.key
        if (
            index.actors[m.key].kind != "person"
            and not re.search(r"[,;“”\"]", core[: m.start])
            and _WHICH.fullmatch(core[m.end :])
        ):
            # "Iran, which backs the rebels, called ..." (not "Critics of X, which ..., said")
            return None if staff_of_body(core[: m.start]) else m.key
        if (
            person
            and not re.search(r"[,;“”\"]", _after_opening(core[skip : m.start]))
            and titles_only(core[skip : m.start])
            and not object_of_word_before(core[skip : m.start])  # "Critics of X, the CEO, said"
            and (
                _APPOSED.fullmatch(rest)
                or role_apposition(rest)
                or roles_apposition(rest)
                or _OF_BODY.fullmatch(rest)
            )
        ):
            # "Jane Smith and Tom Hale, the company's founders, said": a pair, neither alone
            if _joint_at(core, m, mentions, index):
                return None
            return spokesperson_for(core, skip, m, index, mentions) or m.key
    body = _body_before_its_noun(core[:end], skip, mentions, index)
    if body:
        return body
    for m in mentions:
        if end - 1 <= m.end <= end + 1 and m.end > 0:
            if _PREPOSITION_OBJECT.search(core, 0, m.start):
                return None  # "the group within Scientology called ...": its subject is "the group"
            if _COMPANY_ASIDE_OPENS.search(core, 0, m.start):
                return None  # "Lawmakers, accompanied by Ben Bernanke, said": not Bernanke
            if _OBJECT_BEFORE_PARTICIPLE.search(core, 0, m.start) and _PARTICIPLE_NEXT.match(
                text, len(core)
            ):
                return None  # "X protested before the GAO, claiming": X's words, not the GAO's
            spokesman = spokesperson_for(core, 0, m, index)
            if spokesman:
                return spokesman  # "A spokesman for Boeing said": the spokesman, not Boeing
            if index.actors[m.key].kind != "person" and staff_of_body(core[: m.start]):
                return None  # "an analyst at Acme Capital said": the analyst, not Acme Capital
            placed_in = _IN_A_PLACE.search(core, 0, m.start)
            if placed_in and (
                not _OFFICE_IN.search(core, 0, m.start)
                or _unnamed_people_in(core, placed_in.start(), m.start, mentions)
            ):
                # "Workers at the plant in Ohio said": not Ohio; "Diplomats in Doha said":
                # those diplomats, an unnamed claimant
                return _claimant_in_place(core, placed_in.start(), m, index)
            if _IN_RELATIVE_ASIDE.search(core, 0, m.start) and core.rstrip().endswith(","):
                # "Members of Fatah, who met in Ramallah, said": not Ramallah (but "the test,
                # which KCNA said took place": KCNA's own verb)
                return None
            if index.actors[m.key].kind == "person" and (
                someone_of(core[: m.start]) or _RELATIVE.search(clause_before(core, m.start))
            ):
                return None  # "a lawyer for John Doe said", "workers who met John Doe said"
            if _joint_at(core, m, mentions, index):
                return None  # "Smith and Jones said": two speakers, neither alone
            home = _home_after_name(core, m, mentions, index)
            if home:
                return home
            role_of = _role_holder(core, m, mentions, index)
            if role_of is not None:
                return role_of or None  # "": the role's holder is no subject, nor is the body
            if index.actors[m.key].kind != "person":
                m = _named_before_acronym(text, m, mentions)
                # "Senator X of the opposition Broad Coalition argued": X argued
                for p in mentions:
                    if (
                        p.end < m.start
                        and index.actors[p.key].kind == "person"
                        and _MODIFIER.match(text[p.end : m.start])
                    ):
                        # "Investors who spoke with X, an analyst at Y, said": neither
                        return p.key if titles_only(clause_before(core, p.start)) else None
                    if p.end < m.start and _POST_IN.match(text[p.end : m.start]):
                        return p.key
            return m.key
    # "X paused, then added": the subject of the first verb of the sentence
    for m in mentions:
        if (
            m.start <= 1
            and index.actors[m.key].kind == "person"
            and _COORDINATED.match(core[m.end : end])
        ):
            return m.key
        break
    return company_in_sentence(core, n, index) or _claimant(core.rstrip(), n, index)


# what a person's name may carry in brackets before the verb: a US party and state ("Sen.
# Ted Cruz (R-Texas) said", "Schumer (D-N.Y.) told reporters", "(R)"), a place in a picture
# ("Sunak (right) told MPs", "(second from left)", "(pictured)"), an age ("Jane Doe (52) said")
_PARTY = PARTY_AND_STATE
_IN_PICTURE = (
    r"(?:far\s|(?:second|third)\s(?:from\s)?)?(?:right|left)"
    r"|cent(?:re|er)|pictured|above|below|top|bottom|front"
)
_PERSON_ASIDE = re.compile(
    rf"\s*\((?:{_PARTY}|[RDI]|[RDI],\s?[A-Z][a-z]*\.?|{_IN_PICTURE}|\d{{1,3}})\)$"
    # party and state or age set off by commas: "Sen. Ted Cruz, R-Texas, said", "Doe, 52, said"
    rf"|,\s(?:{_PARTY}|\d{{1,3}}),$"
)
# the same right after the name, before a clause: "Rep. Jane Doe, D-Calif., the ranking
# member of the committee, said", "Fritz Henderson, 50, who ..., said"
_ASIDE_FIRST = re.compile(
    rf"^(?:\s*\((?:{_PARTY}|[RDI]|{_IN_PICTURE}|\d{{1,3}})\)|,\s(?:{_PARTY}|\d{{1,3}})(?=,))"
)


# a preposition whose object is never the one who speaks, even by proxy (unlike "a spokesman
# for X", "officials at X"): "the group within Acme called it ...", "a case against Acme said"
_PREPOSITION_OBJECT = re.compile(
    r"\b(?:within|inside|against|about|between|among|than|like|toward|towards|behind|beyond|"
    r"into|onto|upon|despite|versus)\s+(?:the\s+)?$"
)


# "The United Auto Workers union said", "The Likud party said": a body's name and the noun of
# its kind, opening the sentence (after "The" and at most one describing word, and one opening
# phrase: "In a statement, the ... union said") (round 24)
_KIND_NOUN_AFTER = re.compile(
    r"\s+(?:union|party|movement|group|consortium|alliance|coalition|federation|association|"
    + COMPANY_NOUNS
    + r")\s*$"
)
_THE_OPENING = re.compile(r"(?:[A-Z][^,;“”\"]{0,40},\s+)?(?:[Tt]he\s+)?(?:[a-z][\w-]*\s+)?")


def _body_before_its_noun(core: str, skip: int, mentions, index: ActorIndex) -> str | None:
    """The organization named before its kind's noun right before the verb ("The Canadian
    Auto Workers union said"); not a person's name ("the Obama administration", "the Smith
    family"), nor a name after a preposition ("a strike at the Ford union")."""
    for m in mentions:
        if m.start < skip or not _KIND_NOUN_AFTER.fullmatch(core, m.end):
            continue
        if index.actors[m.key].kind in ("organization", "group") and _THE_OPENING.fullmatch(
            core, skip, m.start
        ):
            return m.key
        return None
    return None


# "Boeing challenged the award in a protest before the GAO, claiming ...": the name before a
# participle is a preposition's object, not the one who speaks (round 23)
_OBJECT_BEFORE_PARTICIPLE = re.compile(
    r"\b(?:before|to|with|from|by|against|on|over|into|toward|towards|under)\s+"
    r"(?:the\s+|a\s+|an\s+)?$"
)
_PARTICIPLE_NEXT = re.compile(r"\s*[a-z]+ing\b")


# "When the Air Force chose Northrop, Boeing challenged the award before the GAO, saying ...":
# one opening phrase (a subordinate clause or an adverbial, no comma or quote inside) and the
# clause's subject right after it, then its finite verb (round 24)
_OPENING_CLAUSE = re.compile(
    r"(?:When|After|Before|While|As|Although|Though|Since|Once|If|Because|Following|Despite|In|On|"
    r"At|During|Last|Earlier|Later|Yesterday|Today|Meanwhile|However|Instead|Until|Under|Unlike|"
    r"With|Also)\b[^,;“”\"]{0,160},\s+$"
)
_FINITE_VERB_NEXT = re.compile(r"\s+(?:also\s+|then\s+|later\s+)?[a-z]+(?:ed|s)\b")


def subject_after_opening(text: str, core: str, n: int, index: ActorIndex) -> str | None:
    """The subject of the sentence's main clause after one opening phrase, for a participle of
    saying after a comma ("..., Boeing challenged the award ..., saying"); None when the
    clause holds another clause (a comma, "and", "but") between the subject and the verb."""
    for m in index.at(n):
        if not _OPENING_CLAUSE.fullmatch(text, 0, m.start):
            continue
        verb = _FINITE_VERB_NEXT.match(text, m.end)
        between = core[m.end :].rstrip().removesuffix(",")
        if verb is None or re.search(r"[,;“”\"]|\b(?:and|but|while|whereas)\b", between):
            return None
        return m.key
    return None


# people who work at or belong to a body without speaking for it: "an analyst at Acme Capital
# said", "members of the Teamsters said" are their words, not the body's ("a spokesman for X
# said" stays X's: `_ON_BEHALF`)
_STAFF_OF_BODY = re.compile(
    r"\b(?P<noun>[A-Za-z][a-z]+)\s+(?:at|with|of|for|from)\s+(?:the\s+)?"
    r"(?:[A-Z][\w.&’'-]*\s+){0,2}$"
)
_STAFF_NOUNS = frozenset(noun + plural for noun in STAFF_NOUNS for plural in ("", "s"))


# a name after "in" right before the verb is where the speakers are, not who speaks ("the
# embassy in X", "officials in X": `_POST_IN`)
_IN_A_PLACE = re.compile(r"\b[A-Za-z][\w'’-]*\s+in\s+(?:the\s+)?$")
_OFFICE_IN = re.compile(
    r"\b(?:embassy|mission|delegation|consulate|office|ministry|government|army|military|forces|"
    r"troops|officials?|spokes(?:man|woman|person)|authorities|police|leaders?)\s+in\s+(?:the\s+)?$",
    re.I,
)
# people, not an institution, in a place: "Officials in Jakarta", "police in Ohio", "troops
# in Iraq" (an institution in it is its own: "the government in Kabul", `_OFFICE_IN`)
_PEOPLE_IN = re.compile(
    r"\b(?:officials?|spokes(?:man|woman|person)|authorities|police|leaders?|troops|forces|"
    r"army|military)\s+in\s+(?:the\s+)?$",
    re.I,
)


_OPENING_WORD = re.compile(r"^\s*(?:The|A|An|Some|Several|Many|Two|Three|Local|Other)\s+")


def _unnamed_people_in(core: str, start: int, at: int, mentions) -> bool:
    """ "Officials in Jakarta said", "Police in Ohio said": people in a place whom no body
    named before them in their clause sends ("U.S. officials in Baghdad" stay the United
    States'), so the place is where they are, not who speaks (round 11; the project golds
    name "Officials in Jakarta", "Police in Brussels")."""
    people = _PEOPLE_IN.search(core, 0, at)
    if people is None:
        return False
    edges = list(_CLAUSE_START.finditer(core, 0, start))
    clause_start = edges[-1].end() if edges else 0
    before = _OPENING_WORD.sub("", core[clause_start : people.start()])
    if any(_country_word(w) for w in re.findall(r"(?<![\w'’-])[A-Z][\w.'’-]*", before)):
        return False  # "Chinese officials in Beijing", "U.S. officials in Baghdad": as before
    # "European leaders in Brussels", "Western diplomats in Doha": a region's word sends
    # nobody the place could stand for (round 12)
    return not any(clause_start <= p.start and p.end <= start for p in mentions)


def _country_word(word: str) -> bool:
    """A country's demonym or name ("Chinese", "U.S."), or a word no list holds (a body's
    name the mentions may have missed): what sends people named after it."""
    word = word.rstrip("’'s") if word.endswith(("'s", "’s")) else word
    if word in DEMONYMS or word in SURFACE:
        return True
    return word not in _REGION_ADJECTIVES


# adjectives of regions and blocs that name no country
_REGION_ADJECTIVES = frozenset(
    ["European", "Western", "Eastern", "Arab", "Asian", "African", "Latin", "Nordic", "Gulf",
     "Baltic", "Balkan", "Scandinavian", "Caribbean", "Pacific", "Atlantic", "Middle", "Northern",
     "Southern", "Central", "Muslim", "Christian", "Jewish", "Sunni", "Shiite", "Shia", "Kurdish",
     "Palestinian", "Foreign", "Senior", "Local", "Regional", "Provincial", "State", "Federal"]
)


# a name inside a relative clause set off before the verb is no subject
_IN_RELATIVE_ASIDE = re.compile(r",\s+(?:who|whom|whose|which)\s[^,;:“”\"]*$")


# the head of the clause, then prepositional phrases down to the body: "Investors at the
# meeting of Norvale Motors said", "Critics of the plan by Norvale said"
_STAFF_HEAD = re.compile(
    r"(?:^|[,;:]\s*|\b(?:that|and|but|after|while|as)\s+)"
    r"(?:(?:[Tt]he|[Aa]n?|[Ss]ome|[Mm]any|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Oo]ther)\s+)?"
    r"(?:[a-z][\w-]*\s+){0,2}?(?P<noun>[A-Za-z][a-z]+)\s+(?:at|with|of|from|for|among)\s+"
    r"(?:[^,;:“”\"]*?\s(?:at|with|of|from|for|among)\s+)?(?:the\s+)?(?:[A-Z][\w.&’'-]*\s+){0,2}$"
)


def _claimant_in_place(core: str, start: int, m, index: ActorIndex) -> str | None:
    """ "Diplomats in Doha said": the unnamed claimant the subject names, with its place, when
    the words before "in" are wholly a claimant ("diplomats", "two Western officials")."""
    noun_end = start + len(core[start:].split()[0])
    # the clause's first word in lower case: "Diplomats in Doha" as "diplomats"
    words = _CLAUSE_FIRST_CAPITAL.sub(lambda c: c.group(1) + c.group(2).lower(), core[:noun_end])
    found = claimant_phrase(words)
    if found is None or not re.fullmatch(r"(?:.*[,;:“”\"])?\s*", words[: found.start()]):
        return None
    place = re.split(r"\s+in\s+", core[start : m.end], maxsplit=1)[-1]
    return index.claimant(f"{found.group(0).strip()} in {place}")


_CLAUSE_FIRST_CAPITAL = re.compile(r"((?:^|[,;:“”\"])\s*)([A-Z])(?=[a-z]+\b)")


def staff_of_body(before: str) -> bool:
    """True when the body named right before the verb is where unnamed speakers work or
    belong, or what they stand against ("an analyst at", "economists with", "members of",
    "Investors at the meeting of", "critics of"), not who speaks."""
    return any(
        found is not None and found.group("noun").lower() in _STAFF_NOUNS
        for found in (_STAFF_OF_BODY.search(before), _STAFF_HEAD.search(before))
    )


def _before_person_aside(core: str, mentions, index: ActorIndex) -> int:
    """Where the subject ends: before an aside of one of the shapes a person's name carries
    (party and state, place in a picture, age; in brackets or commas) when a person's name ends right before
    it; any other aside ("(LSE)", "(GM)", "(in 2008)") keeps the end where it is."""
    aside = _PERSON_ASIDE.search(core)
    if aside and any(
        m.end == aside.start() and index.actors[m.key].kind == "person" for m in mentions
    ):
        return aside.start()
    return len(core)


# "a lawyer for John Doe said", "the wife of John Doe (52) said", "an aide to Sen. Jane Doe
# told reporters": the one the noun names speaks, not the person after "for"/"of"/"to"
_SOMEONE_OF = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ne)\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"(?P<noun>[a-z][\w-]*)\s+(?:of|for|to)\s+(?P<titles>(?:[A-Z][\w.’'-]*\s+){0,3})$"
)
# who speaks in a person's name: "a spokesman for Sen. Jane Doe said" is not a lawyer's or a
# wife's own voice (`someone_of`); it is no one's but the spokesman's (`spokesperson_for`)
_ON_BEHALF = frozenset({"spokesman", "spokeswoman", "spokesperson", "office", "campaign"})
# "A spokesman for Boeing said", "said a spokeswoman for Sen. Jane Doe": an unnamed person who
# speaks for the name after "for"; the words are the spokesman's, not the body's (round 19)
_SPOKESPERSON_FOR = re.compile(
    r"\b(?P<det>[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother)\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"(?P<noun>spokes(?:man|woman|person)|representative)\s+(?:for|of)\s+(?:the\s+)?"
    r"(?P<titles>(?:[A-Z][\w.’'-]*\s+){0,3})$"
)


_SPOKESPERSON_AFTER = re.compile(
    r"\s*(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother)\s+(?:[a-z][\w-]*\s+){0,2}?(?:spokes|representative)"
)


def spokesperson_for(text: str, start: int, m, index: ActorIndex, mentions=()) -> str | None:
    """The unnamed spokesman ("a spokesman for Boeing") when the name ``m`` (or its first mention
    among ``mentions`` after ``start``: "for John Doe, the governor,") follows "a spokesman for"
    (searched in ``text[start:m.start]``); None otherwise. Named in the text's words with
    their article, as the gold of the project's sets names them; a body's gets "Boeing spokesman"
    as an alias ("a Kremlin spokesman" is "Kremlin spokesman")."""
    m = min((p for p in mentions if p.key == m.key and start <= p.start), default=m,
            key=lambda p: p.start)
    found = _SPOKESPERSON_FOR.search(text, start, m.start)
    if found is None or not all(w in TITLE_WORDS for w in found.group("titles").split()):
        return None
    actor = index.actors[m.key]
    noun = found.group("noun")
    # the text's words ("a spokesman for the FAA"); a description's actor by name ("the company")
    words = text[found.start("noun") : m.end]
    if not text[m.start : m.start + 1].isupper():
        words = f"{noun} for {actor.name}"
    # "another spokesman for X" is not the one before: its own actor (review14)
    article = {"the": "the", "another": "another"}.get(found.group("det").lower(), "a")
    short = f"{actor.name} {noun}"  # "Boeing spokesman"
    if article == "the":
        # "the spokesman for Boeing" after "a Boeing spokesman": the one named before (round 21)
        before = _spokespeople(index, short)
        if len(before) == 1:
            return before[0]
    key = index.claimant(f"{article} {words}", kind="person", article=True)
    # the alias "Boeing spokesman", unless an earlier "a Boeing spokesman" is named so: two
    # actors, not one with the other's name (round 21)
    if actor.kind != "person" and not any(k != key for k in _spokespeople(index, short)):
        index.actors[key].add_form(short)
    return key


def _spokespeople(index: ActorIndex, form: str) -> list[str]:
    """The unnamed spokespeople already drafted under the name or alias ``form``."""
    folded = fold(form)
    return [
        k
        for k, a in index.actors.items()
        if k.startswith("u:") and folded in {fold(f) for f in [a.name, *a.forms]}
    ]


# "the Boeing spokesman", "the spokesman": a spokesperson with the definite article
_THE_SPOKESPERSON = re.compile(
    r"[Tt]he\s+(?:(?P<body>(?:[A-Z][\w.&'’-]*\s+){1,4}))?(?P<noun>spokes(?:man|woman|person))"
)


def the_same_spokesperson(words: str, index: ActorIndex, n: int) -> str | None:
    """ "The Boeing spokesman said" or "The spokesman said" after "a spokesman for Boeing said":
    the unnamed spokesman named before (round 21), when exactly one is drafted under that name
    ("Boeing spokesman", the alias of "a spokesman for Boeing") or, for "the spokesman" alone,
    exactly one with that noun; until now the first was a second actor beside the one before,
    and the second the body's own words. "A Boeing spokesman" (a, not the) may be another
    person: its own actor, as before. "The spokesman" alone is that one only while no other
    body or person is named after the last sentence naming its body: 'At the FAA, a spokesman
    said ... The spokesman added' is the FAA's (review 15)."""
    m = _THE_SPOKESPERSON.fullmatch(words)
    if m is None:
        return None
    noun = m.group("noun").lower()
    if m.group("body"):
        found = _spokespeople(index, f"{m.group('body').strip()} {noun}")
    else:
        found = [
            k
            for k, a in index.actors.items()
            if k.startswith("u:")
            and a.kind == "person"
            and re.search(rf"\b{noun}\b", fold(a.name))
        ]
        if len(found) == 1 and _another_turn_since(index, found[0], n):
            return None
    return found[0] if len(found) == 1 else None


def _another_turn_since(index: ActorIndex, key: str, n: int) -> bool:
    """Whether a body or person other than the one the unnamed spokesperson ``key`` speaks for
    is named in the sentences after the last that names that body, up to sentence ``n``
    (or its body is named nowhere before ``n``)."""
    name = fold(index.actors[key].name)
    body = {
        k
        for k, a in index.actors.items()
        if not k.startswith("u:")
        and any(f and re.search(rf"\b{re.escape(fold(f))}\b", name) for f in [a.name, *a.forms])
    }
    last = max((s for s in index.mentions if s < n and any(m.key in body for m in index.at(s))),
               default=None)
    if last is None:
        return True
    return any(
        m.key not in body and index.actors[m.key].kind in ("person", "organization")
        for s in range(last + 1, n)
        for m in index.at(s)
        if m.key in index.actors
    )


# a person's own people after the possessive: "Jane Doe's lawyer", "Smith's chief of staff"
_PERSONS_OWN = re.compile(
    r"(?:’s|'s)?\s+(?:(?:[a-z][\w-]*|[A-Z][\w.-]*)\s+){0,3}?(?:lawyers?|attorneys?|aides?|advisers?|"
    r"advisors?|wife|husband|son|daughter|brother|sister|mother|father|spouse|partner|agent|"
    r"manager|representatives?|doctor|chief of staff|campaign manager)\b"
)


def _someone_of_person(text: str, person, n: int, index: ActorIndex) -> str | None:
    """ '"...," said Jane Doe's lawyer, John Smith': the person's lawyer (aide, wife ...) is
    the speaker, named after the comma (round 12); "" when not named ("said Jane Doe's
    lawyer."); None when the person is not followed by their own people."""
    own = _PERSONS_OWN.match(text, person.end)
    if own is None or text[person.end : person.end + 2] not in ("'s", "’s"):
        return None
    comma = re.match(r",\s+", text[own.end() :])
    if comma:
        at = own.end() + comma.end()
        for m in index.at(n):
            if m.start == at and index.actors[m.key].kind == "person":
                return m.key
    return ""


def persons_own_after(text: str, end: int) -> bool:
    """A person's name ending at ``end`` is followed by their own people: "Jane Doe's lawyer"."""
    return text[end : end + 2] in ("'s", "’s") and _PERSONS_OWN.match(text, end) is not None


def persons_own_before(core: str, n: int, index: ActorIndex, key: str) -> bool:
    """ "Jane Doe's lawyer said": the speaker is the person's lawyer (aide, wife ...), whom the
    subject does not name, not the person (round 12)."""
    end = len(core.rstrip())
    for m in index.at(n):
        if m.key != key or index.actors[key].kind != "person" or m.end > end:
            continue
        own = _PERSONS_OWN.match(core, m.end)
        if own and own.end() == end and core[m.end : m.end + 2] in ("'s", "’s"):
            return True
    return False


def object_before_aside(core: str, n: int, index: ActorIndex, key: str) -> bool:
    """ "The lawsuit, filed by John Doe, a former engineer, said", "A lawyer representing Jane
    Smith, a former executive, said" (``core``: the text before the verb without the aside):
    the person named last is the object of someone else's clause, not the speaker (review7)."""
    end = len(core.rstrip())
    for m in index.at(n):
        if m.key != key or m.end != end or index.actors[key].kind != "person":
            continue
        return object_of_word_before(clause_before(core, m.start))
    return False


# a document, then "to" and the name it is sent to: "The letter, sent to X,", "An e-mail to
# Chief Executive X"
_DOCUMENT_TO = re.compile(
    r"\b(?:letter|e-?mail|message|memo|note|statement|notice|request|petition|complaint|"
    r"reply|response|invitation|report)s?\b[^.;:“”\"]{0,40}?\bto\s+(?:the\s+)?"
    r"(?:[A-Z][\w.’'-]*\s+){0,4}$"
)


def addressee_of_document(core: str, n: int, index: ActorIndex, key: str) -> bool:
    """ "The letter, sent to John Smith, said:", "An e-mail to Chief Executive Jane Doe read:":
    the person a document was sent to is no author of its words (round 12); "written by X"
    and "X said to reporters" are as before."""
    for m in index.at(n):
        if m.key == key and m.end <= len(core) and _DOCUMENT_TO.search(core, 0, m.start):
            return True
    return False


def object_of_word_before(before: str) -> bool:
    """True when the lower-case word right before a name (``before``: the text up to it) makes
    the name its object: "filed by", "Critics of", "representing"; not "a spokesman for",
    who speaks in the person's name."""
    word = _WORD_BEFORE_NAME.search(before)
    on_behalf = _SOMEONE_OF.search(before)
    if on_behalf and on_behalf.group("noun") in _ON_BEHALF:
        return False  # "a spokesman for X, the governor, said": X's, as without the aside
    return word is not None and (
        word.group(1) in _TAKES_AN_OBJECT
        or (word.group(1).endswith("ing") and word.group(1) not in _ROLE_WORDS)  # not "king"
    )


# a lower-case word right before a name that makes the name its object ("filed by X",
# "Critics of X", "representing X"); a time ("Earlier this month X, an analyst, said") does not
_WORD_BEFORE_NAME = re.compile(r"\b([a-z]+)\s+(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.\s+)?$")
_TAKES_AN_OBJECT = frozenset(
    {"by", "for", "of", "to", "with", "from", "about", "against", "on", "at", "including",
     "like", "than", "between", "among", "toward", "towards", "behind", "met", "named"}
)


def someone_of(before: str) -> bool:
    """True when the person named right before the verb is the object of a noun that names
    someone else ("a lawyer for", "the wife of", "a friend of", "an aide to")."""
    found = _SOMEONE_OF.search(before)
    return (
        found is not None
        and found.group("noun") not in _ON_BEHALF
        # "the director of NASA Jane Doe said": a role at a body, held by the person named
        and all(word in TITLE_WORDS for word in found.group("titles").split())
    )


def _named_before_acronym(text: str, m, mentions):
    """ "X of the London School of Economics (LSE) said": the body's name before its acronym
    in brackets, so that the person before the name is still the subject."""
    if text[m.start - 1 : m.start] != "(":
        return m
    for p in mentions:
        if p.key == m.key and p.end < m.start and not text[p.end : m.start - 1].strip():
            return p
    return m


def _after_opening(text: str) -> str:
    """The text without one opening phrase ("After the match, ")."""
    opening = _OPENING.match(text)
    return text[opening.end() :] if opening else text


def _home_after_name(core: str, m, mentions, index: ActorIndex) -> str | None:
    """The person before a place set off by commas: "Sen. Mark Delaney, Georgia, told
    reporters" is Delaney's (the place is his state or home town, not a speaker)."""
    if index.actors[m.key].kind not in ("country", "place") or not core.rstrip().endswith(","):
        return None
    for p in mentions:
        if (
            p.end < m.start
            and index.actors[p.key].kind == "person"
            and core[p.end : m.start] == ", "
        ):
            return p.key
    return None


def _role_holder(core: str, m, mentions, index: ActorIndex) -> str | None:
    """The person whose apposed role ends in the mention before the verb: "Scott Carson,
    president and CEO of Boeing Commercial Airplanes said" is Carson's. "" when the role's
    holder is not the subject ("Workers who met X, the chief executive of GM, said"): the body
    in the role does not speak either."""
    held = None
    for p in mentions:
        if (
            p.end < m.start
            and index.actors[p.key].kind == "person"
            and (
                _ROLE_OF.match(core[p.end : m.start])
                # "X, president and CEO of Y said", the mention being "CEO of Y"
                or (_ROLE_AND.match(core[p.end : m.start]) and " of " in core[m.start : m.end])
            )
        ):
            before = clause_before(core, p.start)
            if not re.search(r"[,;“”\"]", _after_opening(before)) and titles_only(before):
                return p.key
            held = ""
    return held


def object_after(
    text: str, pos: int, n: int, index: ActorIndex, lead: str = "titles"
) -> str | None:
    """The speaker named after the verb: "said John Erath, ...", "according to experts"."""
    rest = text[pos:]
    familiar = familiar_source(rest, index, after=True)
    if familiar:
        return familiar  # "said a person familiar with the talks"
    end = _phrase_end(text, pos, n, index)
    inside = [m for m in index.at(n) if pos <= m.start < end]
    people = [
        m
        for m in inside
        if index.actors[m.key].kind == "person" and not someone_of(text[pos : m.start])
    ]  # "said a lawyer for John Doe": not John Doe
    after = [m for m in index.at(n) if m.start >= pos]
    if people and _pair_from(text, people[0], after, index):
        return None  # "according to Smith and Jones": two speakers, neither alone
    if inside and _SPOKESPERSON_AFTER.match(rest):
        spokesman = spokesperson_for(text, pos, inside[0], index)
        if spokesman:
            return spokesman  # "said a spokeswoman for Boeing": the spokeswoman
    if people:
        aide = _someone_of_person(text, people[0], n, index)
        if aide is not None:
            return aide or None  # "said Jane Doe's lawyer, John Smith": Smith
        return people[0].key
    lead_end = pos + len(rest) - len(rest.lstrip())
    if inside and inside[0].start <= lead_end + (4 if rest.lstrip().startswith("the ") else 0):
        if _pair_from(text, inside[0], after, index):
            return None  # "said Ford and GM"
        return inside[0].key
    if re.match(r"\s+(?:the|a|an)\s", rest):
        # "said the head of the programme, a former forest officer who ..., Fathima Rasheed."
        last = [m for m in index.at(n) if m.start > pos and index.actors[m.key].kind == "person"]
        if (
            last
            and text[: last[-1].start].endswith(", ")
            and re.fullmatch(r"[.”\"’]*\s*", text[last[-1].end :])
        ):
            return last[-1].key
    named = _named_after_description(text, pos, end, n, index)
    if named:
        return named
    claim = re.match(r"\s*([^,.;“”\"]{2,60}?)(?=[,.;]|\s+(?:who|which|that|in|on|at)\b|$)", rest)
    if claim:
        return _claimant(claim.group(1), n, index, whole=True)
    return None


def _named_after_description(
    text: str, pos: int, end: int, n: int, index: ActorIndex
) -> str | None:
    """ '"It's over," said one worker, Jane Roe, 45, who ...': the person the description is
    set beside, named right after its comma, not the description "one worker" (round 21)."""
    if text[end : end + 1] != "," or not re.match(
        r"\s+(?:one|a|an|the|another)\s+[a-z]", text[pos : end + 1]
    ):
        return None
    for m in index.at(n):
        if (
            m.start > end
            and re.fullmatch(r",\s*", text[end : m.start])
            and index.actors[m.key].kind == "person"
            and not persons_own_after(text, m.end)
            # a comma, the end, or where they work: "said one analyst, Brian Johnson of
            # Barclays Capital" (review 19: round 26's "one analyst" took the words)
            and re.match(r"\s*(?:[,.;”\"’]|$)|\s+(?:of|at|from|with)\s+[A-Z]", text[m.end :])
        ):
            return m.key
    return None


# "Smith and Jones", "Prime Minister X and federal industry minister Y": the second may
# have a title of lower-case words (at most five, each run ending in a role word)
_AND_BETWEEN = re.compile(r",?\s+(?:and|&)\s+(?:the\s+)?(?P<title>(?:[\w.’'-]+\s+){0,5}?)")


def _joined(text: str, first, second) -> bool:
    """ "Smith and Jones", "Ford Motor Co. and the UAW": two actors joined by "and" (a pair that
    speaks together, which one drafted speaker would misstate)."""
    between = (
        _AND_BETWEEN.fullmatch(text, first.end, second.start) if first.end <= second.start else None
    )
    return (
        first.key != second.key
        and between is not None
        and (not between.group("title") or titles_only(between.group("title")))
    )


# a capitalised word joined by "and" to the name right before a verb: "Ford and GM said"
_NAME_AND = re.compile(r"(?<![\w'’.-])([A-Z][\w.&'’-]*),?\s+(?:and|&)\s+(?:the\s+)?$")


# an unnamed body or person joined by "and" to the name right before a verb, opening its
# clause with a determiner and ending in a common noun: "The Canadian government and Ontario
# said", "The union and GM said", "Its lenders and Chrysler said" (not "The plant closed and
# GM said": a past form is a clause of its own)
_UNNAMED_AND = re.compile(
    r"(?:^|[,;:]\s+|\bthat\s+)(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)\s+"
    r"(?P<words>(?:[\w.'’-]+\s+){0,3}?[a-z][a-z-]+)\s+(?:and|&)\s+(?:the\s+)?$"
)


def _unnamed_one(words: str) -> bool:
    """ "Canadian government", "union", "lenders": the words of an unnamed body or person, with
    no past form (a clause of its own) and not a role ("The president and CEO Tom Smith": one
    person's titles)."""
    last = words.split()[-1]
    return (
        not any(past_form(w) for w in words.split())
        and last not in ROLE_NOUNS
        and last.capitalize() not in TITLE_WORDS
    )


def _joint_at(core: str, m, mentions, index: ActorIndex) -> tuple[str, ...]:
    """The actors joined by "and" whose last is ``m``, the name right before the verb."""
    for p in mentions:
        if _apposed_and(core, p, m, index):
            return (p.key, m.key)  # "Jane Roe, a spokeswoman for Acme, and John Smith said"
    for p in reversed([p for p in mentions if p.end <= m.start]):
        if _joined(core, p, m):
            return _listed_before(core, p, mentions, index) + (m.key,)
    unnamed = _UNNAMED_AND.search(core, 0, m.start)
    if unnamed and _unnamed_one(unnamed.group("words")):
        return (m.key,)  # "The union and GM said": a pair, the union no drafted actor (round 29)
    if index.actors[m.key].kind == "person":
        return ()  # "Energy and Mines Minister X said": the words before are X's office
    unlisted = _NAME_AND.search(core, 0, m.start)
    if unlisted and unlisted.group(1).lower() not in TITLE_WORDS:
        return (m.key,)  # "Ford and GM said" where "Ford" is no drafted actor
    return ()


# "the United Nations, the European Union and the World Bank": the commas of a list of names
_LIST_COMMA = re.compile(r",\s+(?:the\s+)?")


# where a list named after the verb ends: the end of the phrase, not a verb of its own
_LIST_END = re.compile(r"\s*(?:[,.;:”\"]|$)")


# a person's apposition, then "and" another: "Jane Roe, a spokeswoman for Acme Corp., and ",
# also with the other's role before the name: "..., and its chief ", "..., and the company's
# chief executive " (round 12)
_APPOSITION_AND = re.compile(
    r",\s+(?:an?|the|its|his|her|their)\s+[^,;:“”\"]{1,80}?,\s+(?:and|&)\s+"
    r"(?:(?:its|his|her|their|the)\s+(?:[a-z][\w’'-]*\s+){1,3})?"
)


def _apposed_and(text: str, first, second, index: ActorIndex) -> bool:
    """ "Jane Roe, a spokeswoman for Acme Corp., and John Smith": two persons, the first with
    an apposition, joined by "and" (two speakers, as "Smith and Jones"; round 11)."""
    return (
        first.key != second.key
        and first.end <= second.start
        and index.actors[first.key].kind == "person"
        and index.actors[second.key].kind == "person"
        and (
            _APPOSITION_AND.fullmatch(text, first.end, second.start) is not None
            or _AND_ROLE_COMMA.fullmatch(text, first.end, second.start) is not None
        )
    )


# "Acme's chief executive, John Smith, and its finance chief, Jane Roe,": the second named
# after a role set off by commas (round 12)
_AND_ROLE_COMMA = re.compile(
    r",\s+(?:and|&)\s+(?:its|his|her|their|the)\s+(?:[a-z][\w’'-]*\s+){0,3}[a-z][\w’'-]*,\s+"
)


def _listed_before(text: str, first, mentions, index: ActorIndex) -> tuple[str, ...]:
    """``first`` and the names listed before it, each set off by a comma only ("the United
    Nations, the European Union" before "and the World Bank"), each of its kind (a person's
    name before a body's is an apposition: "Smith, Acme's chief")."""
    items = [first]
    for q in sorted((q for q in mentions if q.end <= first.start), key=lambda q: -q.end):
        if q.end > items[0].start:
            continue
        if not _LIST_COMMA.fullmatch(text, q.end, items[0].start) or not _listable(q, items, index):
            break
        items.insert(0, q)
    return tuple(i.key for i in items)


def _listable(q, items, index: ActorIndex) -> bool:
    """``q`` may join the list ``items``: a new name of the same kind (person or not)."""
    person = index.actors[items[0].key].kind == "person"
    return q.key not in {i.key for i in items} and (index.actors[q.key].kind == "person") == person


def _pair_from(text: str, first, mentions, index: ActorIndex) -> tuple[str, ...]:
    """The pair "Smith and Jones" that ``first`` opens, or the list "the United Nations, the
    European Union and the World Bank", if it opens one."""
    for q in mentions:
        if _apposed_and(text, first, q, index):
            return (first.key, q.key)  # "said Jane Roe, a spokeswoman for Acme, and John Smith"
    items = [first]
    for q in sorted(mentions, key=lambda q: q.start):
        if q.start < items[-1].end:
            continue
        if _joined(text, items[-1], q):
            if len(items) > 1 and not _LIST_END.match(text, q.end):
                # "according to AFP, the United Nations and the US have criticised": the list
                # after the comma is the next clause's subject
                return ()
            return tuple(i.key for i in items) + (q.key,)
        if not _LIST_COMMA.fullmatch(text, items[-1].end, q.start) or not _listable(q, items, index):
            break
        items.append(q)
    return ()


def joint_speakers(text: str, core: str, pos: int, n: int, index: ActorIndex) -> tuple[str, ...]:
    """Two actors a speech verb names together, before it ("Smith and Jones said", ``core``:
    the text before the verb) or after it ("said Smith and Jones", "according to Smith and
    Jones", from ``pos``): the quote is theirs together, so no one of them is its speaker; the
    pair is kept as the candidates a person chooses from."""
    end = len(core.rstrip())
    mentions = index.at(n)
    for m in mentions:
        if end - 1 <= m.end <= end + 1 and m.end > 0:
            joint = _joint_at(core, m, mentions, index)
            if joint and _people_of_places_or_bodies(core, joint[0], m, mentions):
                # "Unions in Belgium and Spain said", "Unions at Opel and Vauxhall said": the
                # unions, not the two countries or companies
                return ()
            if joint:
                return joint
            break
    if pos < 0:
        return ()
    stop = _phrase_end(text, pos, n, index)
    inside = [m for m in mentions if pos <= m.start < stop]
    after = [m for m in mentions if m.start >= pos]
    return _pair_from(text, inside[0], after, index) if inside else ()


def _people_of_places_or_bodies(core: str, first: str, last: Mention, mentions: list[Mention]) -> bool:
    """Whether the list of names ending at ``last`` and opened by the actor ``first`` is where
    the speakers are or whom they work for: "Unions in Belgium and Spain said", "Officials in
    Germany and Spain said" (round 28), as "Workers in Detroit said" is of the workers, not of
    Detroit; "Unions at Opel and Vauxhall said", "Members of the Senate and the House said",
    as "an analyst at Acme said" is the analyst's (round 29: the bodies were the candidates)."""
    if first == last.key:  # "Opel and Vauxhall": the first name is no drafted actor
        unlisted = _NAME_AND.search(core, 0, last.start)
        start = unlisted.start() if unlisted else None
    else:
        start = min((x.start for x in mentions if x.key == first and x.end <= last.start), default=None)
    if start is None:
        return False
    if staff_of_body(core[:start]):
        return True
    placed_in = _IN_A_PLACE.search(core, 0, start)
    return placed_in is not None and (
        not _OFFICE_IN.search(core, 0, start) or _unnamed_people_in(core, placed_in.start(), start, mentions)
    )


def _phrase_end(text: str, pos: int, n: int, index: ActorIndex) -> int:
    """Where the phrase after a verb ends: the first comma, semicolon or full stop that is
    not inside a name ("said Apple Inc. CEO Steve Jobs" runs on past "Inc.")."""
    names = [(m.start, m.end) for m in index.at(n) if m.end > pos]
    for stop in re.finditer(r"[,;]|\.\s|\.$", text[pos:]):
        at = pos + stop.start()
        if not any(s <= at < e for s, e in names):
            return at
    return len(text)


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
    if (
        not re.match(
            r"(?:[Aa]n?|[Tt]he|[Ss]ome|[Ss]everal|[Mm]any|[Oo]ther|[Tt]wo|[Tt]hree|[Mm]ost|[Oo]ne|"
            r"[Aa]nother)\b|[A-Z]",
            words,
        )
        and not re.fullmatch(r"(?:opposition|ruling|local|senior|western|Western) \w+s", words)
        and words.lower()
        not in (
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
        )
    ):
        return None
    return (
        the_same_spokesperson(words, index, n)
        or _spokesperson_of(words, n, index)
        or _own_name(index, index.claimant(words))
    )


def _own_name(index: ActorIndex, key: str) -> str:
    """"A Boeing spokesman said" after "a spokesman for Boeing" (alias "Boeing spokesman"):
    two actors, the alias no longer the earlier one's (round 21)."""
    name = fold(index.actors[key].name)
    if "spokes" in name:
        for k in _spokespeople(index, name):
            if k != key:
                other = index.actors[k]
                other.forms = [f for f in other.forms if fold(f) != name]
    return key


_SPOKESPERSON = re.compile(
    r"(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:(?P<head>ministry|department|agency|embassy|office|"
    r"commission|council|company|bank|army|military)\s+)?spokes(?:man|woman|person)"
)


def _spokesperson_of(words: str, n: int, index: ActorIndex) -> str | None:
    """The body "a ministry spokesman" or "a spokesperson" speaks for: the one organization
    with that head word (with none, the one organization) named in this or the sentence before."""
    m = _SPOKESPERSON.fullmatch(words)
    if m is None:
        return None
    head = (m.group("head") or "").lower()
    for k in (n, n - 1):
        orgs = {
            mention.key
            for mention in index.at(k)
            if index.actors[mention.key].kind == "organization"
            and (not head or head in _last_words(index.actors[mention.key]))
            # "A spokeswoman ... told Reuters": the outlet told is no body she speaks for
            and not _outlet(index.actors[mention.key])
        }
        if len(orgs) == 1:
            return orgs.pop()
        if orgs:
            return None
    return None


def _outlet(actor) -> bool:
    """A news outlet (Reuters, AP, BBC ...): whom a spokesperson tells, not whom they speak for."""
    return any(f in OUTLETS for f in [actor.name, *actor.forms])


def _last_words(actor) -> set[str]:
    return {f.split()[-1].lower() for f in [actor.name, *actor.forms] if f.strip()}


def text_has(phrase: str, start: int, mention, index: ActorIndex) -> bool:
    """True when an actor's name appears in the claimant phrase ("a US statement")."""
    actor = index.actors[mention.key]
    words = phrase[start:]
    return any(re.search(rf"\b{re.escape(f)}\b", words) for f in [actor.name, *actor.forms])


_DOCUMENT = re.compile(
    r"(?:an?|the) (?:\w+ ){0,2}?(?:statement|report|filing|post|letter|release|notice|document)"
    r"(?: (?:issued|released|posted|published|sent))?(?: (?:from|by|of))? (?:the )?"
)


def according_to(text: str, pos: int, n: int, index: ActorIndex) -> str | None:
    """Who "according to ..." names: "according to X", "according to a statement from the
    commission" (the one organization whose name ends in Commission)."""
    speaker = object_after(text, pos, n, index, lead="")
    doc = _DOCUMENT.match(text, pos)
    if doc is None:
        return speaker
    # "according to a report in Ars Technica": the publication it was in
    source = re.match(r"in\s+(?:the\s+)?", text[doc.end() :])
    found = object_after(text, doc.end() + (source.end() if source else 0), n, index, lead="")
    if found:
        return found
    head = re.match(r"([a-z]+)\b", text[doc.end() :])
    if head:
        word = head.group(1).capitalize()
        orgs = [
            a.key
            for a in index.actors.values()
            if a.kind == "organization" and a.name.split()[-1] == word
        ]
        if len(orgs) == 1:
            return orgs[0]
    return speaker


# "Ryanair CEO, Michael O'Leary, justified ...": a person after a capitalised title phrase
_TITLE_FIRST = re.compile(r"(?:(?:[A-Z][\w.&’'-]*)\s+){0,4}[A-Z][\w.&’'-]*,\s+")


def by_saying(core: str, n: int, index: ActorIndex) -> str | None:
    """Who "... by saying" names: the sentence's subject, "X justified the order by saying,"
    (a person the sentence opens with, or after a title "Acme CEO, X,"; else a body opening it)."""
    mentions = index.at(n)
    for m in mentions:
        if m.start > 60:
            break
        if index.actors[m.key].kind == "person" and (
            m.start <= 1 or _TITLE_FIRST.fullmatch(core[: m.start])
        ):
            return m.key
    lead = [m for m in mentions if m.start <= 1]
    return max(lead, key=lambda m: m.end).key if lead else None


# "In a statement on the Acme website, the company said": the one company the sentence names
_THE_COMPANY = re.compile(r"\b[Tt]he (?:company|firm|airline|manufacturer|carrier)\s*$")


def company_in_sentence(core: str, n: int, index: ActorIndex) -> str | None:
    """The organization "the company" stands for when the sentence names exactly one before it."""
    found = _THE_COMPANY.search(core)
    if found is None:
        return None
    named = [m for m in index.at(n) if m.end <= found.start() and index.actors[m.key].kind == "organization"]
    if len({m.key for m in named}) != 1 or in_aside(core, named[-1], found.start()):
        # "Saab, the brand owned by GM, filed ..., the company said": not GM (round 24)
        return None
    return named[-1].key


def words_of(text: str, pos: int, n: int, index: ActorIndex) -> str | None:
    """Who "in the words of ..." names: the first person after it, past a title or role
    ("in the words of the Crown prosecutor, Mark Hale, QC"), within the same clause."""
    for m in index.at(n):
        if m.start < pos or index.actors[m.key].kind != "person":
            continue
        if m.start - pos <= 60 and not re.search(r"[.;:“”\"]", text[pos : m.start]):
            return m.key
        return None
    return None
