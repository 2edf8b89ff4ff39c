"""Who is in the article: find, merge and name its actors, and resolve mentions to them."""

from __future__ import annotations

import dataclasses
import functools
import re

from .datepatterns import MONTHS, WEEKDAYS
from .describe import describe
from .errors import DraftError
from .gazetteer import DEMONYMS, SURFACE
from .givennames import FEMALE, MALE
from .index import Actor, ActorIndex, Mention, article_scope, drafted_kind, fold, slugify
from .interview import TRANSCRIPT_LABEL
from .lexicon import (
    CLAIMANT_NOUNS,
    COMPANY_NOUNS,
    GEO_WORDS,
    INDEFINITE_CLAIMANTS,
    INDUSTRY_WORDS,
    NAME_SUFFIXES,
    NON_ACTOR_HEADS,
    NOT_NAMES,
    ORG_HEADS,
    PRODUCT_LINES,
    ROLE_NOUNS,
    SPEECH_VERBS,
    STAFF_NOUNS,
    TITLE_WORDS,
    US_STATES,
    VEHICLE_BRANDS,
    WIRE_ROLES,
    _words,
)
from .lonenames import after_place_word, lone_names
from .merges import (
    acronyms_defined_otherwise,
    acronyms_of_names,
    arms_of_listed_companies,
    country_tails,
    lower_bodies_named_in_full,
    names_entry,
    org_cores,
    org_tails,
    same_names,
    short_company_name,
    short_company_names,
    short_form_twins,
    spelling_twins,
    surnames_of_companies,
)
from .nameparts import common_phrase
from .names import (
    Phrase,
    after_a_bodys_name,
    chunks,
    classify,
    place_surnames,
    place_word_surnames_of,
    possessive_names,
    strip_lead,
    tokens,
)
from .offices import cut_office_tail, descriptor_before_name, office_words, org_runs_into_name
from .orgs import (
    acronym_definitions,
    apposed_acronyms,
    company_by_context,
    company_by_what_follows,
    company_in_apposition,
    country_banks,
    described_as_org,
    employer_after_person,
    founders_companies,
    lower_case_bodies,
    owner_before,
)
from .roles import role_after, role_before, without_honorifics
from .sentences import Sentence

# the distinct names an article may hold: `_build` and the merges after it compare names
# pairwise, so 9,600 names (1,200 paragraphs of random names, 120 KB) took `draft` 72 s of
# CPU and 3,000 paragraphs (300 KB) over 10 minutes (attack16); the real sets' most is 306
# (a list of sources), a news article's at most 94
MAX_NAMES = 2_000
_GROUP = re.compile(
    r"\b(?:[Tt]he|[Aa]n?) (?:[\w-]+ ){0,3}?(?P<demonym>[A-Z][a-z]+(?: [A-Z][a-z]+)?) (?P<noun>team|delegation|squad)\b(?!s)"
)


_WEB_ADDRESS = re.compile(r"(?:https?://|www\.)\S+|\b[\w.-]+\.(?:com|org|net|gov|edu|info)\b\S*")
_WEB_HINTS = ("://", "www.", ".com", ".org", ".net", ".gov", ".edu", ".info")


def without_web_addresses(text: str) -> str:
    """The text with its web addresses blanked (searched only where one can be)."""
    return _WEB_ADDRESS.sub(" ", text) if any(h in text for h in _WEB_HINTS) else text


_COMMA_FORM = re.compile(r", (?=(?:Inc\.?|LLC|Ltd\.?|Corp\.|LLP|L\.P\.|PLC|plc)$)")


def _refine(sentence: str, phrase: Phrase) -> Phrase:
    """Organizations that the capitalisation alone did not show."""
    if phrase.entry is not None:
        return phrase
    if phrase.kind == "organization" and ", " in phrase.name:
        phrase.name = _COMMA_FORM.sub(" ", phrase.name)  # "Apple, Inc." is named "Apple Inc."
    cut_office_tail(sentence, phrase)
    if (
        phrase.kind in ("person", "single")
        and not phrase.title
        and phrase.name not in NOT_NAMES
        and described_as_org(sentence, phrase.start, phrase.end)
        and not after_a_bodys_name(sentence, phrase)  # "the X Foundation Mary Berg said"
    ):
        phrase.kind = "organization"  # "the South American bloc Mercosur"
    if phrase.kind == "organization" or (phrase.kind == "single" and phrase.name in ORG_HEADS):
        owner = "" if _LEGAL_FORM_END.search(phrase.name) else owner_before(sentence, phrase.start)
        if owner:  # "Paraguay's Senate", "Tajikistan's Foreign Ministry"
            phrase.extra["bare"] = phrase.name
            phrase.kind = "organization"
            phrase.name = f"{owner} {phrase.name}"
            phrase.start -= len(owner) + 1
            phrase.form = phrase.name
    return phrase


# a company's legal form ending its name: "Japan's Toshiba Corp." is Toshiba Corp., of Japan,
# not a body named with its country as "Paraguay's Senate" is (round 24)
_LEGAL_FORM_END = re.compile(
    r"\b(?:Inc|Corp|Co|Ltd|LLC|PLC|Plc|plc|AG|SE|SA|S\.A|SpA|NV|N\.V|GmbH|Oyj|ASA|Pte|Pty|Bhd|"
    r"Corporation|Company|Limited)\.?$"
)


def find_actors(
    sents: list[Sentence], known: list[dict] | tuple = (), title: str = ""
) -> ActorIndex:
    """Find every actor named in the sentences (the headline gives cues, not mentions), merge
    their names, and index their mentions."""
    index = ActorIndex(scope=article_scope(title))
    text = " ".join(s.text for s in sents)
    # web addresses are no common words: "quantcast" in "www.quantcast.com"
    lower_words = set(re.findall(r"\b[a-z][a-z’'-]+\b", without_web_addresses(text)))
    phrases: list[tuple[int, Phrase]] = []
    acronyms: dict[str, str] = {}
    products: set[str] = set()  # acronyms defined as a product's name
    companies: set[str] = set()  # person-shaped names that their context calls companies
    apposed: set[str] = set()  # head-shaped names that an apposition calls persons
    korean = {  # family names of "Jun-seo Park" and "Park Jun-seo"
        m.group("a") or m.group("b")
        for m in re.finditer(
            r"\b[A-Z][a-z]+-[a-z]+ (?P<a>[A-Z][a-z]+)\b"
            r"|\b(?P<b>[A-Z][a-z]+) [A-Z][a-z]+-[a-z]+\b",
            text,
        )
    }
    # "Valeska Paris" (a surname, not France), "Lowe's" (a name, not Lowe):
    kept_whole = place_surnames(text, lower_words) | possessive_names(text)
    # "Cyclone Phailin", "Space Shuttle Discovery", "Internet Explorer 9": no actors
    lines = "\n".join(s.text for s in sents)  # a name runs to its sentence's end, not on
    storms = storm_names(text) | craft_names(lines) | versioned_products(lines)
    storms |= described_as_work(lines) | named_operations(lines)
    for n, sent in enumerate(sents):
        toks = tokens(sent.text, kept_whole)
        defined = acronym_definitions(sent.text)
        found: list[Phrase] = []
        label = TRANSCRIPT_LABEL.match(sent.text)
        if label and (n == 0 or sents[n - 1].paragraph != sent.paragraph):
            # "RENATA KOWALCZYK:" opening a transcript paragraph: a person, not an acronym
            phrases.append((n, _label_phrase(label.group("name"), label.end("name"))))
        founders = founders_companies(sent.text, text, lower_words)
        for start, end, name in founders:
            found.append(Phrase("organization", name, start, end, form=name))
        for chunk in chunks(sent.text, toks):
            if _inside_quote_name(sent.text, chunk[0].start, chunk[-1].end):
                continue
            if any(s <= chunk[0].start and chunk[-1].end <= e for s, e, _ in founders):
                continue  # "Procter and Gamble": one company, above
            if label and chunk[0].start < label.end("name"):
                continue
            got = classify(sent.text, chunk, lower_words)
            korean.update(place_word_surnames_of(got))  # "Park said" after "director Helen Park"
            if not got and len(chunk) == 1 and chunk[0].text in korean:
                # "Park said" after "Jun-seo Park": a family name that is also a place word
                tok = chunk[0]
                got = [Phrase("single", tok.text, tok.start, tok.end, form=tok.text)]
            start, end = chunk[0].start, chunk[-1].end
            if (
                not any(p.entry is None for p in got)
                and len(chunk) > 1
                and described_as_org(sent.text, start, end)
            ):
                # "Forest Watch Asia, a Bangkok-based nonprofit"
                name = strip_lead(sent.text[start:end])
                got.append(Phrase("organization", name, start, end, form=name))
            got = countries_named_in_org(sent.text, got)
            for p in list(got):
                descriptor_before_name(p)
                flight_operator(sent.text, p)
                person = org_runs_into_name(text, p)
                if person is not None:
                    got.append(person)
            found.extend(
                _refine(sent.text, p)
                for p in got
                if not office_words(sent.text, p)
                and not product_before_noun(sent.text, p)
                and not (p.entry is None and after_product_word(sent.text, p))
                and not model_expansion(sent.text, p)
                and not (p.kind == "country" and currency_country(sent.text, p))
                and not (p.kind == "country" and country_of_a_company(sent.text, p))
                and not (p.kind == "organization" and p.entry is None and owners_place(sent.text, p))
                and not (p.kind == "person" and p.entry is None and modifier_of_a_noun(sent.text, p))
                and not (p.kind == "person" and p.entry is None and portfolio_as_person(p))
                and not named_storm(p, storms)
                and not after_work_noun(sent.text, p)
                and not work_of_a_person(sent.text, p)
                and not before_thing_noun(sent.text, p)
            )
        for start, end, name in lower_case_bodies(sent.text):
            if not any(p.start <= start < p.end and p.kind == "organization" for p in found):
                found.append(Phrase("organization", name, start, end, form=name))
        for start, end, name in country_banks(sent.text):
            found = [p for p in found if not start <= p.start < end]
            found.append(Phrase("organization", name, start, end, form=name))
        for start, end, short, described in apposed_acronyms(sent.text):
            found = [p for p in found if not start <= p.start < end]
            found.append(Phrase("organization", short, start, end, form=short))
            found.append(Phrase("organization", short, start, end, form=described))
        for start, end, long, short in defined:
            acronyms[long] = short
            if long not in SURFACE and short in SURFACE and names_entry(long, SURFACE[short]):
                # "Office for the Coordination of Humanitarian Affairs (OCHA)": a known body
                entry = SURFACE[short]
                found = [p for p in found if not start <= p.start < end]
                found.append(Phrase(entry.kind, entry.name, start, end, entry=entry, form=long))
                continue
            if _product_word_before(sent.text, start):
                products.add(short)  # "the iPhone Software Development Kit (SDK)"
                continue
            if long.split()[-1] in NON_ACTOR_HEADS and long not in SURFACE:
                products.add(short)  # an event or document: "Developers Conference (WWDC)"
                continue
            if long in SURFACE:
                continue  # known already
            found = [p for p in found if p.entry is not None or not start <= p.start < end]
            found.append(Phrase("organization", strip_lead(long), start, end, form=long))
        person_ends = [p.end for p in found if p.kind == "person"]
        for phrase in found:
            if (
                phrase.kind == "person"
                and not phrase.title
                and " " in phrase.name
                and (
                    company_by_context(sent.text, phrase.start)
                    or company_in_apposition(sent.text, phrase.start, phrase.end)
                    or company_by_what_follows(sent.text, phrase.end)
                    or employer_after_person(sent.text, phrase.start, person_ends)
                )
            ):
                companies.add(fold(phrase.name))  # "retailer Best Buy"
            if person_by_apposition(sent.text, phrase, lower_words):
                apposed.add(fold(phrase.name))  # "Jim Press, the Vice Chairman of Chrysler"
            if phrase.kind == "person" and not without_honorifics(phrase.title or ""):
                phrase.extra["role_before"] = role_before(sent.text, phrase.start)
            if phrase.kind == "person":
                phrase.extra["role_after"] = role_after(sent.text, phrase.end)
            phrases.append((n, phrase))
        phrases.extend((n, ph) for ph in coordinated_orgs(sent.text))
    phrases = named_series([(n, ph) for n, ph in phrases if ph.name not in products])
    for _, ph in phrases:
        if ph.kind == "organization" and ph.entry is None and fold(ph.name) in apposed:
            ph.kind = "person"
    names = len({ph.name for _, ph in phrases})
    if names > MAX_NAMES:
        raise DraftError(
            f"the text holds {names:,} different names, more than the {MAX_NAMES:,} the drafter "
            "reads in one article (a news article holds a few dozen); split it into several "
            "articles, or write its YAML by hand")
    _build(index, phrases, sents, acronyms, lower_words, title)
    acronyms_defined_otherwise(index, acronyms, [s.text for s in sents])
    short_company_names(index)
    lower_bodies_named_in_full(index)
    org_tails(index)
    org_cores(index)
    arms_of_listed_companies(index)
    acronyms_of_names(index)
    country_tails(index)
    same_names(index)
    short_form_twins(index)
    surnames_of_companies(index, [s.text for s in sents])
    drop_topic_phrases(index, lower_words, [s.text for s in sents])
    drop_concepts(index, [s.text for s in sents])
    drop_venues(index, [s.text for s in sents])
    unlike_persons(index, [s.text for s in sents])
    persons_with_a_heads_surname(index, [s.text for s in sents])
    drop_models_of_makers(index, [s.text for s in sents])
    persons_called_companies(index, companies)
    _groups(index, sents)
    _peoples(index, sents)
    describe(index, sents)
    assign_ids(index, known)
    return index


def drop_topic_phrases(index: ActorIndex, lower_words: set[str], texts: list[str]) -> None:
    """ "Educational Leadership", "Closing Loopholes": a "person" named once, with no title or
    role, whose words are an adjective and a common noun is a topic or a course, not an actor
    (unless a speech verb is next to it: "said Clement Jones")."""
    for key, actor in list(index.actors.items()):
        if (
            actor.kind == "person"
            and actor.count == 1
            and not actor.titles
            and not actor.role
            and key.startswith("p:")
            and common_phrase(actor.name.split(), lower_words)
            and not _speaks(index, key, texts)
        ):
            del index.actors[key]
            for n, mentions in index.mentions.items():
                index.mentions[n] = [m for m in mentions if m.key != key]


# last words of a "person" that name a thing, a field or a rule, never a surname: "Tax
# System", "Term Limits", "Sport Studies", "Moon Rocks" in an interview answer's Title Case
_THING_LAST = _words(
    """System Systems Limits Studies Rocks Policy Policies Reform Reforms Sciences Technology
    Technologies Engineering Economics Software Hardware Standards Markets Prices Taxes Laws
    Regulations Programs Programme Programmes Initiatives Strategy Strategies Curriculum"""
)
# endings of abstract nouns that no company's lone name has: "Knowledge is power", "Gameplay
# was delayed" (a lone word opening its sentence each time it is named)
# (not "-ness": "Holness", "Guinness")
_ABSTRACT_LONE = re.compile(r"[a-z](?:ledge|play|hood|ism|ship)$")


def drop_concepts(index: ActorIndex, texts: list[str]) -> None:
    """Concepts and common words drafted as actors (round 19): a "person" with no title,
    role or given name whose last word names a thing ("Tax System", `_THING_LAST`), and a
    lone word with an abstract noun's ending that the text names only at the start of a
    sentence ("Knowledge is power"), or a lone "person" named like a U.S. state ("Governor of
    Virginia"); none when a speech verb is next to it."""
    for key, actor in list(index.actors.items()):
        words = actor.name.split()
        if actor.titles or actor.role or actor.known or _speaks(index, key, texts):
            continue
        if key.startswith("p:"):
            concept = (
                len(words) >= 2
                and words[-1] in _THING_LAST
                and words[0].lower() not in MALE  # the lists are lower case
                and words[0].lower() not in FEMALE
            )
        elif key.startswith(("o:", "w:")):  # a lone word, whichever kind it was given
            concept = (
                # "Governor of Virginia", "born and raised in Virginia": a state, no person
                actor.kind == "person" and actor.name in US_STATES
            ) or (
                # "in Long Beach, California will ...": a city's state, wherever it is named
                # (round 23)
                actor.name in US_STATES
                and all(
                    _after_its_city(index, n, texts[n], m.start)
                    for n, mentions in index.mentions.items()
                    for m in mentions
                    if m.key == key
                )
            ) or (
                len(words) == 1
                and not actor.forms
                and SURFACE.get(actor.name) is None
                and bool(_ABSTRACT_LONE.search(actor.name))
                and all(
                    not texts[n][: m.start].strip(" “”\"'‘’")
                    for n, mentions in index.mentions.items()
                    for m in mentions
                    if m.key == key
                )
            )
        else:
            continue
        if concept:
            _drop(index, key)


# last words of a building's or a ground's name: "Moscone Center", "Barclays Center",
# "Olympic Complex" (a "Centre for X" names a body: its last word is another)
_VENUE_HEADS = _words(
    """Center Centre Complex Auditorium Coliseum Colosseum Pavilion Dome Ballpark Fairgrounds
    Amphitheatre Amphitheater Velodrome Speedway Garden Gardens"""
)
# a preposition of place right before a name (and its "the"): where, not who; the word before
# it is read too ("a senior fellow at the Chatham Gate Centre": who employs her)
_AT_A_PLACE = re.compile(
    r"(?:\b([\w’'-]+)\s+)?\b(?:at|in|inside|outside|near|into|within|across|around|behind|"
    r"beside|opposite)\s+(?:the\s+)?$"
)
_POSSESSIVE_AFTER = re.compile(r"(?:'s|’s|')(?!\w)")
_PEOPLE_AT = STAFF_NOUNS | ROLE_NOUNS | CLAIMANT_NOUNS


def drop_venues(index: ActorIndex, texts: list[str]) -> None:
    """ "Steve Jobs gave his keynote at Moscone Center in San Francisco": a name ending in a
    building's or a ground's word ("Arena", "Stadium" are no actors' heads already) that the
    text writes each time after a preposition of place, never after a person's role ("a
    fellow at the X Centre"), is where something happens, not who acts: no actor (round 16;
    "The Carter Center said", "a survey by the Pew Research Center" stay)."""
    for key, actor in list(index.actors.items()):
        if (
            actor.kind != "organization"
            or not key.startswith("o:")
            or actor.name.split()[-1] not in _VENUE_HEADS
            or _speaks(index, key, texts)
        ):
            continue
        forms = sorted([actor.name, *actor.forms], key=len, reverse=True)
        pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, forms)) + r")\b")
        uses = [
            (text, m)
            for text in texts
            if any(f in text for f in forms)
            for m in pattern.finditer(text)
        ]
        if uses and all(_a_place_there(text, m.start(), m.end()) for text, m in uses):
            del index.actors[key]
            for n, mentions in index.mentions.items():
                index.mentions[n] = [m for m in mentions if m.key != key]


# a publication's place right before its name: "a report in Ars Technica", "published in
# journal Nature Climate Change", "the magazine Wired"
_IN_A_PUBLICATION = re.compile(
    r"(?:\b(?:report|article|story|piece|editorial|column|study|paper|interview|review|op-ed)s?"
    r"(?: published)? in (?:the )?|\bpublished in (?:the )?)(?:(?:journal|magazine|newspaper|"
    r"blog|website) )?$|\b(?:the |in |a |an )?(?:journal|magazine|newspaper) $"
)
# "the Wikimedia Foundation and Creative Commons", "Douglas Aircraft and McDonnell Douglas"
_AND_BEFORE = re.compile(r"(?:,| and| or) (?:the )?$")
_AND_AFTER = re.compile(r",? (?:and|or) (?:the )?")
# "a Creative Commons license", "production of McDonnell Douglas jets": the name before a noun
_BEFORE_A_NOUN = re.compile(r"\b(?:a|an|the|of) $")
_NOT_A_NOUN = re.compile(
    r"(?:\w+ed|\w+ly|is|was|are|were|has|had|have|will|would|can|could|may|might|must|shall|"
    r"should|does|did|and|or|who|which|that|to|of|in|at|on|for|with|as|by|from)\b"
    # nouns a person's name is as often put before: "the Mamadou Tandja government", "a
    # Wangari Maathai program" (review14: the person was drafted as a body)
    r"|(?:government|administration|era|years|presidency|regime|campaign|camp|cabinet|"
    r"program|programme|plan|doctrine|foundation|family|estate|trial|case|legacy|biopic|"
    r"memoir|biography|fund|prize|award|scholarship|team|rally|loyalists|supporters|aides)\b"
)


def unlike_persons(index: ActorIndex, texts: list[str]) -> None:
    """Names of two or more words drafted as persons that the text shows are no persons (round
    20): the first word is no known given name, there is no title or role, the text never
    names it by its last word alone and no speech verb is next to it; then
    - each use after a preposition of place ("out of London Heathrow", "University of North
      Carolina at Chapel Hill"; not "at Drew Cass's house") is a place: no actor;
    - a use as a publication ("a report in Ars Technica", "published in journal Nature Climate
      Change"), or one listed with a body ("the Wikimedia Foundation and Creative Commons") and
      one before a noun ("a Creative Commons license"), is an organization;
    and, whether or not the text names it by its last word, a name written with a plural's "s"
    ("the Warhol Polaroids") or after a quoted lower-case word ("electric" Kool Aid) is a
    thing: no actor."""
    for key, actor in list(index.actors.items()):
        words = actor.name.split()
        if (
            actor.kind != "person"
            or not key.startswith("p:")
            or len(words) < 2
            or actor.titles
            or actor.role
            or actor.known
            or words[0].lower() in MALE
            or words[0].lower() in FEMALE
        ):
            continue
        if _only_what_one_is(index, key, texts):
            _drop(index, key)  # "is a self-described Libertarian Socialist" (round 26)
            continue
        if _speaks(index, key, texts):
            continue
        if any(_a_thing_there(text, actor.name) for text in texts if actor.name in text):
            _drop(index, key)  # "the Warhol Polaroids", "served with "electric" Kool Aid"
            continue
        if words[-1] in actor.forms:
            continue  # "... Thurlow said": named by the surname alone
        uses = [(n, m) for n, mentions in index.mentions.items() for m in mentions if m.key == key]
        if not uses:
            continue
        published = any(
            _IN_A_PUBLICATION.search(texts[n][max(0, m.start - 60) : m.start]) for n, m in uses
        )
        if not published and all(
            (
                _a_place_there(texts[n], m.start, m.end)
                and not (
                    _AT_A_TARGET.search(texts[n], max(0, m.start - 60), m.start)
                    and not _names_a_place(words)
                )
            )
            or re.search(r"\bout of $", texts[n][max(0, m.start - 8) : m.start])
            and not _POSSESSIVE_AFTER.match(texts[n], m.end)
            or _BEFORE_A_SITE.match(texts[n], m.end)
            and _SITES_OWNER.search(texts[n], max(0, m.start - 40), m.start)
            for n, m in uses
        ):
            _drop(index, key)
            continue
        listed = any(_listed_with_a_body(index, n, m, texts[n]) for n, m in uses)
        before_noun = listed and any(
            _BEFORE_A_NOUN.search(text[max(0, f.start() - 6) : f.start()])
            and re.match(r" [a-z][a-z-]+\b", text[f.end() :])
            and not _NOT_A_NOUN.match(text[f.end() + 1 :])
            for text in texts
            if actor.name in text
            for f in re.finditer(re.escape(actor.name), text)
        )
        if published or listed and before_noun:
            actor.kind = "organization"


# a name after a copula and "a": "is a self-described Libertarian Socialist", "was a lifelong
# Democrat": what someone is, no one (round 26)
_PREDICATE_BEFORE = re.compile(
    r"\b(?:is|was|are|were|be|been|being|became|becomes|become)\s+an?\s+(?:[a-z][\w-]*\s+){0,2}$"
)


def _only_what_one_is(index: ActorIndex, key: str, texts: list[str]) -> bool:
    """Whether every use of the name follows a copula and "a" ("is a self-described
    Libertarian Socialist", "was a lifelong Northern Democrat"): what someone is, no one."""
    uses = [(n, m) for n, mentions in index.mentions.items() for m in mentions if m.key == key]
    return bool(uses) and all(
        _PREDICATE_BEFORE.search(texts[n], max(0, m.start - 60), m.start) for n, m in uses
    )


# "its Sterling Heights plant", "the company's Janesville assembly plant": a place's name
# between an owner and a site's noun (round 21)
_BEFORE_A_SITE = re.compile(
    r",?\s+(?:[a-z]+\s+)?(?:plants?|factory|factories|facility|facilities|mill|refinery|mine|"
    r"smelter|works|depot|warehouse|distribution cent(?:er|re)|call cent(?:er|re)|"
    r"headquarters|campus|dealership|store|branch|office|offices)\b"
)
_SITES_OWNER = re.compile(r"\b(?:its|their|our|the|a|an|[A-Za-z][\w.&-]*(?:'s|’s))\s+$")
# "at" after a verb of throwing, aiming or shouting (and its object): "threw shoes at Shinzo
# Abe", "jeered at X", "took aim at X": at whom, a person, no place (round 21)
_AT_A_TARGET = re.compile(
    r"\b(?:thr[eo]w|throws|thrown|throwing|hurl(?:s|ed|ing)?|fir(?:e|es|ed|ing)|sho(?:t|ots|oting)|"
    r"aim(?:s|ed|ing)?|point(?:s|ed|ing)|direct(?:s|ed|ing)|shout(?:s|ed|ing)?|"
    r"yell(?:s|ed|ing)?|scream(?:s|ed|ing)?|jeer(?:s|ed|ing)?|boo(?:s|ed|ing)?|"
    r"lung(?:e|es|ed|ing)|swung|swing(?:s|ing)?|swip(?:e|es|ed|ing)|lash(?:ed|es|ing)? out|"
    r"hit(?:s|ting)? out|glar(?:e|es|ed|ing)|star(?:e|es|ed|ing)|wav(?:e|es|ed|ing)|"
    r"smil(?:e|es|ed|ing)|laugh(?:s|ed|ing)?|swor?e|lob(?:s|bed|bing)?|"
    r"an? (?:swipe|jab|dig|attack|shot))"
    r"(?:\s+(?!at\b)[\w’'-]+){0,4}\s+at\s+$",
    re.I,
)


# words of a place's name, not a person's: after "fired at", "threw stones at", "pointed at"
# ("Kandahar Airfield", "Fort Detrick", "Beit Hanoun", "Wadi Salib") a place, as after any
# other "at" (review 15: `_AT_A_TARGET` had made them persons, and one the speaker)
_PLACE_FIRST = _words(
    """Camp Fort Wadi Beit Bayt Kafr Kfar Deir Tel Tell Ain Jabal Jebel Mount Lake"""
)
_PLACE_LAST = _words(
    """Base Airbase Airfield Airport Harbor Harbour Mountain River Square Street Road Avenue
    Bridge Gate Hill Hills Heights Park Palace House Hall Building Tower Towers Station Barracks
    Checkpoint Crossing Embassy Consulate Compound Village Town City Valley Field Stadium Arena
    Mosque Church Cathedral Temple Shrine Market Bazaar Prison Jail Hospital School University
    Zone Plaza Centre Center Ministry Parliament Castle Fortress Outpost Post"""
)


def _names_a_place(words: list[str]) -> bool:
    """ "Camp Bastion", "Kandahar Airfield": a place word opening or ending the name, as in
    places' names; not a surname after a given name ("Benny Hill") nor a surname written
    first ("Park Geun-hye"), who are persons a shoe is thrown at (review 16)."""
    return words[0] in _PLACE_FIRST or (
        len(words) > 1 and words[-1] in _PLACE_LAST and words[0].lower() not in GIVEN_NAMES
    )
# last words that head a body's name and are also surnames: "Jim Press", "Mary Banks"
_SURNAME_HEADS = frozenset(["Press", "Post", "Banks", "Mills", "Fields"])
# a person's role in an apposition right after the name: ", Chrysler's vice chairman,"
_ROLE_AFTER = re.compile(
    r",\s+(?:(?:the|a|an|[A-Z][\w.&-]*(?:'s|’s))\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:chairman|chairwoman|president|chief|executive|director|spokesman|spokeswoman|"
    r"spokesperson|manager|head|founder|secretary|minister|senator|governor|analyst|officer)\b"
)


def persons_with_a_heads_surname(index: ActorIndex, texts: list[str]) -> None:
    """ "Jim Press, Chrysler's vice chairman, told reporters" drafted an organization Jim
    Press ("Press" heads "Associated Press"), and the quote was lost with it: a two-word name
    whose first word is a known given name and whose last is such a head, never written after
    "the" ("the Washington Post"), with a person's role after it or a speech verb next to it,
    is a person (round 21)."""
    for key, actor in index.actors.items():
        words = actor.name.split()
        if (
            actor.kind != "organization"
            or len(words) != 2
            or words[1] not in _SURNAME_HEADS
            or words[0].lower() not in GIVEN_NAMES
            or words[0] in SURFACE  # "Washington Post reported": a city's paper (review 15)
            or actor.known
        ):
            continue
        uses = [
            (texts[n], m) for n, mentions in index.mentions.items() for m in mentions if m.key == key
        ]
        if not uses or any(
            re.search(r"\b[Tt]he\s+$", text[max(0, m.start - 5) : m.start]) for text, m in uses
        ):
            continue
        if _speaks(index, key, texts) or any(_ROLE_AFTER.match(text, m.end) for text, m in uses):
            actor.kind = "person"


# "the Warhol Polaroids": the name with a plural's "s"; "with "electric" Kool Aid": a quoted
# lower-case word right before it; a person's name takes neither
_A_THING_AFTER = re.compile(r"s\b")
_A_THING_BEFORE = re.compile(r"[“\"][a-z][\w-]*[”\"] $")


def _a_thing_there(text: str, name: str) -> bool:
    return any(
        _A_THING_AFTER.match(text, f.end()) or _A_THING_BEFORE.search(text, 0, f.start())
        for f in re.finditer(re.escape(name), text)
    )


def _drop(index: ActorIndex, key: str) -> None:
    del index.actors[key]
    for n, mentions in index.mentions.items():
        index.mentions[n] = [m for m in mentions if m.key != key]


def _listed_with_a_body(index: ActorIndex, n: int, m, text: str) -> bool:
    """The mention ``m`` is joined by "and"/"or" or a comma to an organization's mention."""
    for other in index.at(n):
        if other.key == m.key or drafted_kind(index.actors[other.key]) != "organization":
            continue
        if other.end <= m.start and _AND_BEFORE.fullmatch(text[other.end : m.start]):
            return True
        if m.end <= other.start and _AND_AFTER.fullmatch(text[m.end : other.start]):
            return True
    return False


# a verb of working right before the preposition: "who works at the X Center" (review12)
_WORK_VERBS = _words(
    """work works worked working based employed stationed teach teaches taught study studies
    studied serve serves served train trains trained volunteer volunteers volunteered"""
)
# a noun of a job, singular or plural: "an oncologist at", "Doctors at", "a lecturer at"
_JOB_ENDING = re.compile(r"\w+(?:ist|ician|or|er)s?")
_NO_JOB = _words(
    """dinner dinners summer winter later after over under never ever other together either
    neither whether rather further earlier water floor door corridor center centre theater
    theatre interior exterior indoor outdoor concert concerts number numbers visitor visitors
    spectator spectators"""
)


def _a_place_there(text: str, start: int, end: int) -> bool:
    at = _AT_A_PLACE.search(text, max(0, start - 60), start)
    return (
        at is not None
        and not _people_word(at.group(1) or "")
        and not _POSSESSIVE_AFTER.match(text, end)
    )


def _people_word(word: str) -> bool:
    """Whether the word before "at the X Centre" tells of people who work there: a role
    ("a fellow at"), a job ("Doctors at", "an oncologist at") or a verb of working ("who
    works at"): the centre employs them, no venue."""
    low = word.lower()
    return (
        low in _PEOPLE_AT
        or low.removesuffix("s") in _PEOPLE_AT
        or low in _WORK_VERBS
        or (low not in _NO_JOB and bool(_JOB_ENDING.fullmatch(low)))
    )


def drop_models_of_makers(index: ActorIndex, texts: list[str] | tuple[str, ...] = ()) -> None:
    """ "the Ford Taurus" after "Ford Motor Company", "a Toyota Prius" after "Toyota": a
    company's short name and one more word that heads no body, names no place and is no
    business word is a product the company makes, not an actor."""
    makers = {
        short_company_name(a.name) or a.name
        for a in index.actors.values()
        if a.kind == "organization"
        and (short_company_name(a.name) or (a.key.startswith("g:") and " " not in a.name))
    }
    for key, actor in list(index.actors.items()):
        words = actor.name.split()
        if (
            key[:2] in ("o:", "p:")
            and not actor.titles
            and not actor.role
            and (
                len(words) == 2
                and words[0] in makers
                and _model_word(words[1])
                # a maker's brand of cars, named or not ("the Chevrolet Volt", "a Jeep Grand
                # Cherokee"): a model, whatever else the text names (round 21)
                or 2 <= len(words) <= 3
                and words[0] in VEHICLE_BRANDS
                and all(_model_word(w) and w not in _MAKERS_OWN for w in words[1:])
                and not _speaks(index, key, list(texts))
                # a product line and its version ("Microsoft's Windows Vista", "Google's
                # Android Market", "Sony's PlayStation Portable") (round 24)
                or 2 <= len(words) <= 3
                and words[0] in PRODUCT_LINES
                and all(_model_word(w) for w in words[1:])
                and not _speaks(index, key, list(texts))
            )
        ):
            del index.actors[key]
            for n, mentions in index.mentions.items():
                index.mentions[n] = [m for m in mentions if m.key != key]
        elif (
            key[:2] in ("o:", "p:")
            and not actor.titles
            and not actor.role
            and 2 <= len(words) <= 3
            and words[0] in VEHICLE_BRANDS
            and all(_model_word(w) and w not in _MAKERS_OWN for w in words[1:])
        ):
            _brand_for_its_model(index, key, list(texts))


def _brand_for_its_model(index: ActorIndex, key: str, texts: list[str]) -> None:
    """ "Ford said sales of the Ford Focus rose": the brand alone that speaks is the maker,
    not its model (the brand word was merged into the model's actor as a short form, and the
    model spoke). The model's mentions are dropped and the actor is the brand (round 23)."""
    actor = index.actors[key]
    brand = actor.name.split()[0]
    if not _speaks(index, key, texts) or any(
        fold(texts[n][m.start : m.end]) != fold(brand)
        for n, mentions in index.mentions.items()
        for m in mentions
        if m.key == key and _speaks_at(texts[n], m)
    ):
        return
    for n, mentions in index.mentions.items():
        index.mentions[n] = [
            m for m in mentions if m.key != key or fold(texts[n][m.start : m.end]) == fold(brand)
        ]
    del index.actors[key]
    new = "o:" + fold(brand)
    if new not in index.actors:
        actor.key, actor.name, actor.kind = new, brand, "organization"
        actor.forms = [f for f in actor.forms if fold(f) != fold(brand)]
        index.actors[new] = actor
    for mentions in index.mentions.values():
        for m in mentions:
            if m.key == key:
                m.key = new


# a maker's own bodies: "Ford Motor", "Volvo Cars", "Chrysler Financial", "Toyota Dealers"
_MAKERS_OWN = _words(
    """Motor Motors Cars Car Trucks Truck Financial Dealers Dealer Workers Division Canada
    Australia Germany Japan Korea China India Brasil Brazil Mexico UK USA Holding Holdings SE
    AG SpA Aktiengesellschaft Automobile Automobiles Automotive Group Corporation Company Corp
    Co"""
)
# words that make a company's name a unit or an outlet of its own, not a product: "BBC News"
_UNIT_WORDS = _words(
    """News Sport Sports World Online Radio Television TV Digital Music Records Pictures Films
    Books Publishing Energy Bank Trust Foundation Ventures America Europe Asia Africa Canada
    Express Direct Mobile Wireless Networks Media Health Life Labs Finance Credit Leasing"""
)


def _model_word(word: str) -> bool:
    return (
        word[:1].isupper()
        and word not in _UNIT_WORDS
        and word not in ORG_HEADS
        and word not in NON_ACTOR_HEADS
        and word not in TITLE_WORDS
        and word not in GEO_WORDS
        and word not in SURFACE
        and not short_company_name("X " + word)
    )


_NEXT_WORD = re.compile(r"\W*(\w+)")
# a city's last word and a comma before a state ("in Long Beach, California"); not the
# sentence's first word ("However, Texas"), nor a day or a month ("On Monday, California sued",
# review 16)
_CITY_BEFORE = re.compile(
    r"(?<=\S\s)(?!(?:" + "|".join(w.title() for w in (*WEEKDAYS, *MONTHS)) + r")\b)"
    r"[A-Z][\w.'’-]*,\s*$"
)
_WORD_BEFORE = re.compile(r"(\w+)\W*$")


def _after_its_city(index: ActorIndex, n: int, text: str, start: int) -> bool:
    """Whether the name at ``start`` follows a city's name and a comma: a capitalised word
    (`_CITY_BEFORE`) that ends no mention of a person or a body ("Under Governor Rick Perry,
    Texas passed ...": Perry is no city, review 16)."""
    city = _CITY_BEFORE.search(text, 0, start)
    return city is not None and not any(
        m.end == text.index(",", city.start())
        and index.actors[m.key].kind in ("person", "organization")
        for m in index.at(n)
        if m.key in index.actors
    )


def _speaks(index: ActorIndex, key: str, texts: list[str]) -> bool:
    """A mention of the actor right after or before a speech verb ("said Clement Jones",
    "Clement Jones, who ..., said" aside): a speaker, never a topic."""
    return any(
        m.key == key and _speaks_at(texts[n], m)
        for n, mentions in index.mentions.items()
        for m in mentions
    )


def _speaks_at(text: str, m: Mention) -> bool:
    before = _WORD_BEFORE.search(text[max(0, m.start - 30) : m.start])
    after = _NEXT_WORD.match(text, m.end)
    return bool(
        (before and before.group(1) in SPEECH_VERBS) or (after and after.group(1) in SPEECH_VERBS)
    )


def names_two_persons(index: ActorIndex, word: str) -> bool:
    """ "Mohamed said" after "Ahmed Mohamed" and "Mohamed El-Hassan Mohamed": a lone word in
    the names of two persons is one of them (left unresolved), never a new organization."""
    persons = [
        a for a in index.actors.values() if a.kind == "person" and word in a.name.split()[1:]
    ]
    return len(persons) >= 2


def persons_called_companies(index: ActorIndex, companies: set[str]) -> None:
    """ "electronics retailer Best Buy": a person-shaped name with no title or role that its
    context calls a company is an organization (only the kind changes, not the merging)."""
    for actor in index.actors.values():
        if (
            actor.kind == "person"
            and not actor.titles
            and not actor.role
            and fold(actor.name) in companies
        ):
            actor.kind = "organization"


# what only a person is, in an apposition: ", the Vice Chairman of Chrysler", ", a spokesman"
_PERSON_APPOSITION = re.compile(
    r",\s+(?:the|a|an|its|his|her)\s+(?:[\w-]+\s+){0,3}?(?:chairman|chairwoman|president|"
    r"spokesman|spokeswoman|spokesperson|chief executive|CEO|director|minister|secretary|"
    r"founder|professor|analyst|economist|editor|manager|lawyer|senator|governor|mayor|"
    # a person's trade in wire copy: "Jim Energy, a trader at Acme Securities" (round 9); a
    # company is a dealer, broker or trader too ("Hess Oil, a heating-oil dealer in Boston",
    # "Duke Energy, the largest power broker"), not one at (with, for) another
    r"strategist|(?:trader|dealer|broker)(?=\s+(?:at|with|for)\b))\b",
    re.I,
)


# a name in an object's place: "shares of Devon Energy, a trader said" (the trader's aside)
_OBJECT_BEFORE = re.compile(r"\b(?:of|in|at|for|from|by|with|to|on|and|than|like)\s+$")


def person_by_apposition(sentence: str, phrase: Phrase, lower_words: set[str]) -> bool:
    """ "Jim Press, the Vice Chairman of Chrysler": a given name and a word that also heads
    bodies' names ("Press", "Post", "Guard") or ends companies' names ("Energy", "Oil": "Jim
    Energy, a trader at ...") with a person's office in apposition is a person."""
    words = phrase.name.split()
    return (
        phrase.kind == "organization"
        and phrase.entry is None
        and len(words) == 2
        and (
            words[1] in ORG_HEADS
            or words[1] in INDUSTRY_WORDS and not _OBJECT_BEFORE.search(sentence, 0, phrase.start)
        )
        and re.fullmatch(r"[A-Z][a-z]+", words[0]) is not None
        and words[0].lower() not in lower_words
        and words[0] not in NOT_NAMES
        and words[0] not in TITLE_WORDS
        and words[0] not in DEMONYMS
        and _PERSON_APPOSITION.match(sentence, phrase.end) is not None
    )


def countries_named_in_org(sentence: str, got: list[Phrase]) -> list[Phrase]:
    """ "United States Air Force" names the air force, not the United States as an actor;
    "Russia's Foreign Ministry" still names Russia."""
    orgs = [p for p in got if p.kind == "organization" and p.entry is None]
    return [
        p
        for p in got
        if not (
            p.kind == "country"
            and any(o.start <= p.start and p.end < o.end for o in orgs)
            and not re.match(r"’s|'s", sentence[p.end : p.end + 2])
        )
    ]


def named_series(phrases: list[tuple[int, Phrase]]) -> list[tuple[int, Phrase]]:
    """ "Space Shuttle Atlantis", "Space Shuttle Columbia", "Space Shuttle Discovery": three
    names or more that differ only in their last word, which is no body's head noun, name the
    craft or products of a series, not actors."""
    by_prefix: dict[str, set[str]] = {}
    for _, ph in phrases:
        words = ph.name.split()
        if (
            ph.entry is None
            and not ph.title
            and len(words) == 3
            and all(w[:1].isupper() for w in words)
            and words[-1] not in ORG_HEADS
        ):
            by_prefix.setdefault(" ".join(words[:2]), set()).add(ph.name)
    series = {name for names in by_prefix.values() if len(names) >= 3 for name in names}
    return [(n, ph) for n, ph in phrases if ph.name not in series]


# Lower-case nouns after a product's or programme's name: "MacBook Air laptops", "Intel Core
# Duo processors", "Joint Strike Fighter program" (a "mission" may be a body: "the Security
# Support mission").
_PRODUCT_NOUN = re.compile(
    r"\s+(?:processors?|chips?|browsers?|software|phones?|laptops?|notebooks?|computers?|"
    r"tablets?|consoles?|devices?|jets?|aircraft|airliners?|engines?|programs?|"
    r"programmes?|operating system)\b"
)


# "and" and a model's name with its code before the product noun: "... and Vickers VC-10 aircraft"
_AND_MODEL = re.compile(r"\s+and\s+(?:[A-Z][\w-]*\s+){0,2}[A-Z]{1,3}-?\d{2,}[\w-]*(?=\s)")


def product_before_noun(sentence: str, phrase: Phrase) -> bool:
    """A name of two words or more followed by a product or programme noun names that
    product, not an actor; so does one coordinated with a model before that noun ("replace
    existing Lockheed Tristar and Vickers VC-10 aircraft")."""
    if phrase.entry is not None or phrase.title or len(phrase.name.split()) < 2:
        return False
    rest = sentence[phrase.end :]
    model = _AND_MODEL.match(rest)
    return bool(_PRODUCT_NOUN.match(rest[model.end() :] if model else rest))


def after_product_word(sentence: str, phrase: Phrase) -> bool:
    """ "the iTunes Music Store", "the iPhone Software Development Kit": capitalised words
    after a brand written with a lower-case first letter ("iTunes", "iPod") go on naming
    that product, not an actor."""
    return phrase.entry is None and not phrase.title and _product_word_before(sentence, phrase.start)


def _product_word_before(sentence: str, start: int) -> bool:
    if start < 3 or sentence[start - 1] != " ":
        return False
    word = sentence[sentence.rfind(" ", 0, start - 1) + 1 : start - 1]
    return _BRAND_WORD.fullmatch(word) is not None


_BRAND_WORD = re.compile(r"[a-z]{1,2}[A-Z]\w*")


_MODEL_ACRONYM_BEFORE = re.compile(r"\b[A-Z]{0,3}-?\d{2,}[\w-]*\s+[A-Z]{2,6}\s+\($")


def model_expansion(sentence: str, phrase: Phrase) -> bool:
    """ "the A350 XWB (Extra Wide Body)": the spelled-out letters of a model's name are no actor."""
    return (
        sentence[phrase.end : phrase.end + 1] == ")"
        and _MODEL_ACRONYM_BEFORE.search(sentence[max(0, phrase.start - 30) : phrase.start]) is not None
    )


def currency_country(sentence: str, phrase: Phrase) -> bool:
    """ "$9.99 US dollars", "US$16 million": a country named in a currency is no actor."""
    return phrase.kind == "country" and bool(
        re.match(r"\s*(?:\$|dollars?\b|cents?\b)", sentence[phrase.end :])
    )


_COMPANY_NOUN = re.compile(
    rf"\s+(?:(?P<modifier>[a-z]+)\s+)?(?:{COMPANY_NOUNS})\b"
)


# Words after a country that make it the subject of a clause, not a company's nationality:
# "Russia accused broadcaster Deutsche Welle", "China has firm control", "the US sues retailer"
_CLAUSE_VERBS = SPEECH_VERBS | _words(
    """has have had is was are were will would can could may might must should does did
    sues accuses urges fines bans blocks asks orders threatens took gave sent won made"""
)


def country_of_a_company(sentence: str, phrase: Phrase) -> bool:
    """ "United States airframer Boeing", "the US aircraft manufacturer": a country naming a
    company's nationality is no actor there; a verb after it ("Russia accused broadcaster
    ...", "the US sued retailer ...") makes it the subject, an actor."""
    m = _COMPANY_NOUN.match(sentence, phrase.end) if phrase.kind == "country" else None
    return (
        m is not None
        and not _verb_like(m.group("modifier") or "")
        and not sentence[: phrase.end].rstrip().endswith(("'s", "’s"))
    )


# the last word of a facility's name: "Delivery Center", "Assembly Plant", "Everett Factory"
_FACILITY_HEADS = frozenset(
    ["Center", "Centre", "Plant", "Factory", "Facility", "Works", "Site", "Campus", "Terminal",
     "Hangar", "Headquarters", "Complex", "Depot", "Warehouse", "Yard", "Shipyard", "Base"]
)
# a place word, then an owner's possessive: "from Airbus' ", "at Boeing's "
_OWNER_AS_PLACE = re.compile(
    r"\b(?:in|at|near|from|to|into|inside|outside|around|via|toward|towards)\s+(?:the\s+)?"
    r"[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}(?:'s|’s|'|’)\s+$"
)


def owners_place(sentence: str, phrase: Phrase) -> bool:
    """ "a flight from Airbus' Delivery Center": a facility named after its owner's possessive,
    where the sentence names a place, is a place of the owner, not an actor of its own."""
    return phrase.name.split()[-1] in _FACILITY_HEADS and bool(
        _OWNER_AS_PLACE.search(sentence, max(0, phrase.start - 80), phrase.start)
    )


# nouns a portfolio's or a programme's capitalised name comes before: "Foreign Affairs
# minister", "the National Iodine Nutrition study"
GIVEN_NAMES = MALE | FEMALE
_NAMED_NOUNS = ROLE_NOUNS | WIRE_ROLES | _words("study program programme project report survey portfolio")


def modifier_of_a_noun(sentence: str, phrase: Phrase) -> bool:
    """ "resign as Foreign Affairs minister", "Director of the National Iodine Nutrition study":
    a titled "person" with no given name, right before a lower-case role or study noun, is
    the name of a portfolio or a study, not a person. After a person's office alone
    ("President Sarkozy adviser Henri Guaino") the word is that officeholder's name."""
    if not phrase.title or _office_alone(phrase.title):
        return False
    after = re.match(r"\s+([a-z][a-z-]+)\b", sentence[phrase.end :])
    return (
        after is not None
        and after.group(1) in _NAMED_NOUNS
        and not any(w.lower() in GIVEN_NAMES for w in phrase.name.split())
    )


def _office_alone(title: str) -> bool:
    """ "President", "Prime Minister": a title of capitalised words ending in a person's office
    (not "Director of the National", nor "Foreign")."""
    words = title.split()
    return all(w[:1].isupper() for w in words) and words[-1].lower() in ROLE_NOUNS


# the last word of a government portfolio: "Minister of Agrarian Policy", "of Economic Affairs"
_PORTFOLIOS = _words(
    """Affairs Policy Development Defense Defence Security Finance Trade Health Education
    Justice Transport Transportation Energy Agriculture Labour Labor Industry Environment
    Interior Culture Tourism Commerce Planning Economy Resources Infrastructure Welfare"""
)


def portfolio_as_person(phrase: Phrase) -> bool:
    """ "Minister of Agrarian Policy", "Minister of International Development": the words after
    an office's "of" or "for" that end in a portfolio's noun name the portfolio, not a person."""
    return (
        bool(re.search(r"\b(?:of|for)(?:\s+[A-Z][\w-]*)?$", phrase.title))
        and phrase.name.split()[-1] in _PORTFOLIOS
        and not any(w.lower() in GIVEN_NAMES for w in phrase.name.split())
    )


_STORM = re.compile(
    r"\b(?:Hurricane|Typhoon|Cyclone|Tropical Storm|Storm|Superstorm|Super Typhoon)\s+"
    r"([A-Z][a-z]+)\b"
)


def storm_names(text: str) -> set[str]:
    """ "Cyclone Phailin", "Hurricane Katrina": the storms the text names, with and without the
    storm's word ("Phailin's winds")."""
    if not any(w in text for w in ("Hurricane", "Typhoon", "Cyclone", "Storm")):
        return set()  # for speed: most articles name none
    return {n for m in _STORM.finditer(text) for n in (m.group(0), m.group(1))}


def named_storm(phrase: Phrase, storms: set[str]) -> bool:
    """A storm, named in full or by its own name, is no actor."""
    return phrase.entry is None and (phrase.name in storms or (phrase.form or "") in storms)


# a craft's noun before its name: "Space Shuttle Discovery", "the spacecraft Stardust", "the
# ship Maersk Alabama" (lower-case nouns only where a capitalised one names a body: "Land Rover")
_CRAFT = re.compile(
    r"\b(?:Space Shuttle|[Ss]pace [Ss]huttle|USS|HMS|RMS|MV|[Ss]pacecraft|(?P<verb>shuttle|ship|ferry)|"
    r"space probe|orbiter|lander|rover|capsule|vessel|tanker|freighter|submarine|"
    r"yacht|aboard(?: the)?) +(?P<name>(?>[A-Z][\w-]*(?: +[A-Z][\w-]*)*))(?!['’]| *-)"
)
# a multi-word name and a version number: "Internet Explorer 9", "Mac OS 10.5" (not a year,
# an amount, an age or a score: "Manchester United 2 Chelsea 1")
_VERSION_NUMBER = re.compile(
    r" +\d{1,2}(?:\.\d+)?\b"
    r"(?![\d,.:/%-]|\s+(?:[A-Z]|percent|per|million|billion|years?|months?|days?|to\b|-))"
)
_NAME_BEFORE = re.compile(r"\b[A-Z][\w-]*(?: +[A-Z][\w-]*)+$")


# for speed: each pattern runs only where the text holds one of the nouns it needs
_CRAFT_WORDS = frozenset(
    ["Shuttle", "shuttle", "USS", "HMS", "RMS", "MV", "Spacecraft", "spacecraft", "ship", "ferry", "probe", "orbiter", "lander", "rover", "capsule", "vessel", "tanker", "freighter", "submarine", "yacht", "aboard"]
)
# words that make "ship", "ferry" or "shuttle" a noun when one of the three words before it
_DETERMINERS = _words("the a an its their his her this that cargo container passenger cruise")
# words right before it that make it a verb: "to ship", "will ferry", "they shuttle"
_BEFORE_A_VERB = _words(
    """to will would can could may might must should shall and or not also then they we you
    i he she it who which that"""
)


def _noun_after_determiner(lines: str, start: int) -> bool:
    """ "the ship X", "the cargo ship X", "Maersk's ship X": a noun; "to ship X", "will ferry
    X": a verb."""
    before = lines[max(0, start - 40) : start].split()[-3:]
    if not before or before[-1].lower() in _BEFORE_A_VERB - {"that"}:
        return False
    return any(w.lower() in _DETERMINERS or w.endswith(("'s", "’s")) for w in before)


_CAPTION_TAIL = re.compile(r"\s+(?:Image|Photo|Video|File|Credit)$")


def craft_names(lines: str) -> set[str]:
    """ "Space Shuttle Discovery ... Discovery has been retired": the craft the sentences (one
    a line: a name does not run into the next) name after a craft's noun, in full and by the
    name alone; a name next to a speech verb anywhere in the text is left alone."""
    found = set()
    for m in (m for line in _lines_with(lines, _CRAFT_WORDS) for m in _CRAFT.finditer(line)):
        if m.group("verb") and not _noun_after_determiner(m.string, m.start()):
            continue  # "will ship Acme Industries parts": a verb, not a craft
        name = m.group("name")
        if name.split()[-1] == "Flight" or name in SURFACE:
            continue  # "aboard Air France Flight 447": the airline's flight
        whole = m.group(0).removeprefix("aboard ").removeprefix("the ")
        found.add(_CAPTION_TAIL.sub("", name))  # "Spacecraft Stardust Image: NASA"
        found.add(_CAPTION_TAIL.sub("", whole))
    return {n for n in found if not _speaks_in_text(lines, n)}


# "Stardust is a NASA space capsule that ...", "Angel Catbird, a graphic novel by ...": a name
# that the text says is a work or a craft (the noun ends the description: "a film studio",
# "a ship operator" and "the film's director" describe bodies and persons; "mission" is not
# among them: "MONUSCO, the UN peacekeeping mission in Congo" is a body)
_DESCRIBED_AS_WORK = re.compile(
    r"\b(?P<name>(?>[A-Z][\w-]*(?: +[A-Z][\w-]*)*))(?:,| is| was) (?:a|an|the) "
    r"(?:[\w-]+ ){0,3}?(?:book|novel|film|movie|album|song|documentary|sitcom|musical|opera|"
    r"poem|painting|video game|TV series|television series|spacecraft|space capsule|"
    r"capsule|space probe|ship|vessel|tanker|freighter|submarine)"
    r"(?=[,.;:)]|\s+(?:by|that|which|about|from|of|in|on|for|with|starring|directed|written|"
    r"released|launched|set|to|and|where)\b)"
)


# the last words of the nouns above
_WORK_WORDS = frozenset(
    ["book", "novel", "film", "movie", "album", "song", "documentary", "sitcom", "musical", "opera", "poem", "painting", "game", "series", "spacecraft", "capsule", "probe", "ship", "vessel", "tanker", "freighter", "submarine"]
)


def _lines_with(lines: str, words: frozenset[str]) -> list[str]:
    """The sentences (one a line) that hold one of `words` as a word: for speed, the patterns
    run only on these."""
    return [line for line, held in _words_of_lines(lines) if not words.isdisjoint(held)]


@functools.lru_cache(maxsize=2)
def _words_of_lines(lines: str) -> tuple[tuple[str, frozenset[str]], ...]:
    return tuple(
        (line, frozenset(w.strip(",.;:()") for w in line.split())) for line in lines.split("\n")
    )


def described_as_work(lines: str) -> set[str]:
    """ "Stardust is a NASA space capsule that collected ...": a name the sentences (one a
    line) describe as a work or a craft (unless it speaks somewhere)."""
    found = {
        m.group("name")
        for line in _lines_with(lines, _WORK_WORDS)
        for m in _DESCRIBED_AS_WORK.finditer(line)
    }
    return {n for n in found if n not in SURFACE and not _speaks_in_text(lines, n)}


def versioned_products(lines: str) -> set[str]:
    """ "Microsoft's Internet Explorer 9": a name of two words or more written with a version
    number is a product, wherever the sentences (one a line) name it (unless it speaks)."""
    found = set()
    for m in _VERSION_NUMBER.finditer(lines):  # the number first: rarer than a capital
        if not lines[m.start() - 1 : m.start()].isalpha():
            continue
        name = _NAME_BEFORE.search(lines, max(0, m.start() - 80), m.start())
        if name:
            found.add(name.group(0))
    return {n for n in found if n not in SURFACE and not _speaks_in_text(lines, n)}


_OPERATION = re.compile(r"\bOperation(?: +[A-Z][\w-]*)+")


def named_operations(lines: str) -> set[str]:
    """ "Operation Desert Storm", "the Scientology-critic site Operation Clambake": a named
    operation or campaign is no actor, unless it speaks somewhere ("Operation Rescue said")."""
    if "Operation " not in lines:
        return set()  # for speed: most articles name none
    found = {m.group(0) for m in _OPERATION.finditer(lines)}
    return {n for n in found if not _speaks_in_text(lines, n)}


# speech verbs that also name a thing: "The project is called Stardust"
_NAMING_VERBS = _words("called named dubbed titled entitled termed")


def _speaks_in_text(text: str, name: str) -> bool:
    """A speech verb right before or after the name anywhere in the text ("said Ryan Gavin",
    "Maersk said"), not a verb that names it ("is called Stardust")."""
    for m in re.finditer(re.escape(name), text):
        before = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
        after = _NEXT_WORD.match(text, m.end())
        if (
            before
            and before.group(1) in SPEECH_VERBS
            and before.group(1) not in _NAMING_VERBS
        ) or (after and after.group(1) in SPEECH_VERBS):
            return True
    return False


# a work's noun right before its title: "the 1969 film Easy Rider", "her graphic novel Angel
# Catbird", "the column Savage Love"
_WORK_NOUNS = (
    r"book|novel|novella|film|movie|album|song|single|opera|musical|poem|painting|"
    r"documentary|sitcom|TV series|television series|column|video game"
)
# ... or before "called" and the title, a person's possessive perhaps ("an individual story
# called Thad's World Destruction", round 20)
_WORK_NOUN_BEFORE = re.compile(
    rf"\b(?:(?:{_WORK_NOUNS})\s+"
    rf"|(?:{_WORK_NOUNS}|story|stories|game|comic|show|play)\s+(?:called|titled|entitled)\s+"
    r"(?:[A-Z][\w-]*(?:'s|’s)\s+)?)$"
)


def after_work_noun(sentence: str, phrase: Phrase) -> bool:
    """ "famous for his role in the 1969 film Easy Rider": a name right after a work's noun is
    the work's title, not an actor (unless a speech verb follows it)."""
    if phrase.entry is not None or phrase.title:
        return False
    noun = _WORK_NOUN_BEFORE.search(sentence, max(0, phrase.start - 40), phrase.start)
    if not noun or re.match(r"(?:'s|’s)\s+[A-Z]", sentence[phrase.end :]):
        return False  # "a story called Thad's World Destruction": Thad owns the work
    before = sentence[max(0, noun.start() - 20) : noun.start()].split()[-1:]
    if before and before[0].lower() in _BEFORE_A_VERB:
        return False  # "to film Tom Cruise", "will book Delta flights": a verb
    after = _NEXT_WORD.match(sentence, phrase.end)
    return not (after and after.group(1) in SPEECH_VERBS)


_PERSONS_POSSESSIVE = re.compile(r"\b(?P<given>[A-Z][a-z]+)\s+[A-Z][a-z]+(?:'s|’s)\s+$")


def work_of_a_person(sentence: str, phrase: Phrase) -> bool:
    """ "Lawrence Lessig's Free Culture", "Joseph Conrad's Secret Agent": a "person" with no
    title and no given name right after a person's possessive (a given name and a surname)
    is that person's work."""
    if phrase.kind != "person" or phrase.entry is not None or phrase.title:
        return False
    m = _PERSONS_POSSESSIVE.search(sentence, max(0, phrase.start - 40), phrase.start)
    return (
        m is not None
        and m.group("given").lower() in GIVEN_NAMES
        and not any(w.lower() in GIVEN_NAMES for w in phrase.name.split())
    )


# lower-case nouns after the name of a tournament, an artwork, a column or a site: "the Silver
# Clouds installation", "the Savage Love advice column" (one modifier between); not "event" or
# "exhibit", which follow their organisers ("the UNC Greensboro exhibit")
_THING_NOUN = re.compile(
    r"\s+(?:(?P<modifier>[a-z]+)\s+)?(?:tournaments?|installations?|columns?|websites?)\b"
)


def before_thing_noun(sentence: str, phrase: Phrase) -> bool:
    """A name of two words or more, not a person's nor a known body's, right before a tournament's, an artwork's,
    a column's or a website's noun names that thing, not an actor."""
    if phrase.kind != "organization" or phrase.entry is not None or len(phrase.name.split()) < 2:
        return False  # a person's: "the Andy Warhol installation"
    m = _THING_NOUN.match(sentence, phrase.end)
    return m is not None and not _verb_like(m.group("modifier") or "")


def _verb_like(word: str) -> bool:
    return word.endswith("ed") or word in _CLAUSE_VERBS


def flight_operator(sentence: str, phrase: Phrase) -> None:
    """ "Adam Air Flight 574": a numbered flight names its airline, which is the actor."""
    words = phrase.name.split()
    if (
        phrase.entry is None
        and len(words) >= 2
        and words[-1] == "Flight"
        and re.match(r"\s+\d", sentence[phrase.end :])
    ):
        phrase.kind = "organization"
        phrase.name = " ".join(words[:-1])
        phrase.form = phrase.name
        phrase.end = phrase.start + len(phrase.name)


def _label_phrase(label: str, end: int) -> Phrase:
    """A transcript label as a person: "SECRETARY ELLISON" is Ellison, titled "Secretary"."""
    words = label.title().split()
    k = 0
    while k < len(words) - 1 and (words[k] in TITLE_WORDS or words[k].endswith(".")):
        k += 1
    name, title = " ".join(words[k:]), " ".join(words[:k])
    kind = "person" if " " in name or title else "single"
    return Phrase(kind, name, 0, end, title=title, form=label.title())


_COORDINATED = re.compile(
    r"\b([A-Z][\w-]*(?: [A-Z][\w-]*){0,2}) and ([A-Z][\w-]*(?: [A-Z][\w-]*){0,2}) "
    r"(Departments|Ministries|Agencies|Committees|Councils|Offices|Commissions)\b"
)


def coordinated_orgs(sentence: str) -> list[Phrase]:
    """'the State and Homeland Security Departments' names two departments."""
    out = []
    for m in _COORDINATED.finditer(sentence):
        head = {"Ministries": "Ministry", "Agencies": "Agency"}.get(m.group(3), m.group(3)[:-1])
        for g in (1, 2):
            name = f"{m.group(g)} {head}"
            entry = SURFACE.get(name)
            kind = "organization"
            out.append(
                Phrase(
                    kind,
                    entry.name if entry else name,
                    m.start(g),
                    m.end(g),
                    entry=entry,
                    form=name,
                )
            )
    return out


def _inside_quote_name(text: str, start: int, end: int) -> bool:
    """A name inside a quote that is itself a title-case name: “Better Idea of Afghan Girls,”."""
    for m in re.finditer(r"[“\"]([^”\"]{1,80})[”\"]", text):
        if m.start(1) <= start and end <= m.end(1):
            words = re.findall(r"[\w’'-]+", m.group(1))
            return all(w[:1].isupper() or w in ("of", "the", "and", "for", "a") for w in words)
    return False


def _person_key(name: str) -> str:
    parts = [p for p in name.split() if not re.fullmatch(r"[A-Z]\.", p)]
    suffix = [parts.pop()] if len(parts) > 2 and parts[-1] in NAME_SUFFIXES else []
    # "Donald Trump Jr." is not "Donald Trump": the suffix stays in the key
    return "p:" + fold(" ".join([parts[0], parts[-1], *suffix]) if len(parts) > 1 else name)


def _build(
    index: ActorIndex,
    phrases: list[tuple[int, Phrase]],
    sents: list[Sentence],
    acronyms: dict[str, str],
    lower_words: set[str],
    title: str,
) -> None:
    phrases = _company_arms(phrases)
    singles: list[tuple[int, Phrase]] = []
    # full names first, so that surnames and titled surnames can join them
    ordered = sorted(
        phrases,
        key=lambda p: (
            p[1].kind != "person" or len(p[1].name.split()) < 2,
            -len(p[1].name.split()),
            p[0],
        ),
    )
    for n, ph in ordered:
        if ph.kind == "person" and ph.entry is not None:
            key = _person_key(ph.entry.name)
            actor = index.actors.setdefault(key, Actor(key, ph.entry.name, "person"))
            actor.titles.extend(t for t in (ph.title, ph.entry.title) if t)
            actor.role = actor.role or ph.extra.get("role_after", "")
        elif ph.kind in ("country", "organization", "group") and ph.entry is not None:
            key = "g:" + ph.entry.name
            actor = index.actors.setdefault(key, Actor(key, ph.entry.name, ph.entry.kind))
        elif ph.kind == "organization" and ph.name in SURFACE:
            entry = SURFACE[ph.name]
            key = "g:" + entry.name
            actor = index.actors.setdefault(key, Actor(key, entry.name, entry.kind))
        elif ph.kind == "organization":
            key = "o:" + fold(ph.name)
            actor = index.actors.setdefault(key, Actor(key, ph.name, "organization"))
            if ph.extra.get("bare"):
                actor.add_form(ph.extra["bare"])
            actor.arm = actor.arm or bool(ph.extra.get("arm"))
        elif ph.kind == "person":
            found = _person_for(index, ph.name)
            key = found or _person_key(ph.name)
            if key in index.actors and other_initials(index.actors[key], ph.name):
                # "George W. Bush" after "George H. W. Bush": a father and a son
                key = _person_key(ph.name) + " " + " ".join(_initials(ph.name))
            actor = index.actors.setdefault(key, Actor(key, ph.name, "person"))
            if len(ph.name.split()) > len(actor.name.split()):
                actor.add_form(actor.name)
                actor.name = ph.name
            if ph.title:
                actor.titles.append(ph.title)
            if ph.extra.get("role_before"):
                actor.titles.append(ph.extra["role_before"])
            actor.role = actor.role or ph.extra.get("role_after", "")
        else:
            singles.append((n, ph))
            continue
        actor.add_form(ph.form or ph.name)
        actor.count += 1
        index.mentions.setdefault(n, []).append(Mention(ph.start, ph.end, actor.key))
    for long, short in acronyms.items():
        for actor in index.actors.values():
            if fold(actor.name) == fold(long) or fold(long) in {fold(f) for f in actor.forms}:
                actor.add_form(short)
    spelling_twins(index)
    unresolved = []
    for n, ph in singles:
        found = _single(index, ph.name)
        if not found and not after_place_word(sents[n].text, ph.start):
            found = first_word_of_company(index, ph.name)  # "Lockheed" after "Lockheed Martin"
        if found:
            index.actors[found].add_form(ph.name)
            index.actors[found].count += 1
            index.mentions.setdefault(n, []).append(Mention(ph.start, ph.end, found))
        else:
            unresolved.append((n, ph))
    unresolved = [(n, ph) for n, ph in unresolved if not names_two_persons(index, ph.name)]
    for n, ph in [(n, ph) for n, ph in unresolved if chamber_by_itself(sents, n, ph)]:
        key = chamber_named_in_full(index, ph.name) or "o:" + fold(ph.name)
        # "failed to pass the Senate": the chamber is the actor
        actor = index.actors.setdefault(key, Actor(key, ph.name, "organization"))
        actor.add_form(ph.name)
        actor.count += 1
        index.mentions.setdefault(n, []).append(Mention(ph.start, ph.end, key))
        unresolved.remove((n, ph))
    for n, ph in lone_names(unresolved, sents, lower_words, title):
        key = "w:" + fold(ph.name)  # a name found by its use: see lonenames.py
        kind = "person" if ph.kind == "person" else "organization"
        actor = index.actors.setdefault(key, Actor(key, ph.name, kind))
        actor.count += 1
        index.mentions.setdefault(n, []).append(Mention(ph.start, ph.end, key))
    _seats(index, sents)
    for mentions in index.mentions.values():
        mentions.sort(key=lambda m: m.start)


_GROUP_WORDS = _words("International Group Holdings Corporation Company Industries Motors")
# words that open companies' names and are no one's given name: "Deutsche Telekom", "Banco
# Santander", "Nippon Steel", "Société Générale" (round 27: "Deutsche Telekom" was a person)
_COMPANY_OPENERS = _words(
    """Deutsche Deutscher Banco Banca Banque Société Societe Compagnie Groupe Grupo Nippon Svenska
    Norsk Koninklijke Compañía Compania Companhia Industrias"""
)


def _company_arms(phrases: list[tuple[int, Phrase]]) -> list[tuple[int, Phrase]]:
    """ "Magna Steyr" after "Magna International Inc.", "Deutsche Telekom": two words read as a
    person's name, with no title, whose first word opens a company's name (one the article
    names in full with more words, or a word of `_COMPANY_OPENERS`) and is no given name, are
    an organization, the company's arm (round 27: a person that Magna's words went to)."""
    orgs = [tuple(_without_legal_form(ph.name.split())) for _, ph in phrases if ph.kind == "organization"]
    # a company's name: a legal form or a company's word at its end ("Magna International Inc.")
    openers = {
        words[0]
        for _, ph in phrases
        if ph.kind == "organization"
        and len(words := ph.name.split()) >= 2
        and (_LEGAL_FORM_END.match(words[-1]) or words[-1] in _GROUP_WORDS)
        and words[0] not in SURFACE  # "Apple Corps" beside Apple: the gazetteer's word
    }
    out = []
    for n, ph in phrases:
        words = ph.name.split()
        if (
            ph.kind == "person"
            and ph.entry is None
            and not ph.title
            and len(words) == 2
            and re.fullmatch(r"[A-Z][a-z]{2,}", words[0])
            and (words[0] in openers or words[0] in _COMPANY_OPENERS)
            # "Prairie Fresh" of "Prairie Fresh Markets": the company named short (merges.py)
            and not any(org[:2] == tuple(words) for org in orgs)
            and words[0].lower() not in MALE
            and words[0].lower() not in FEMALE
        ):
            ph = dataclasses.replace(ph, kind="organization", extra={**ph.extra, "arm": True})
        out.append((n, ph))
    return out


# Legislatures that news names by their one word ("the Senate", "Parliament"); "the House"
# only where the article names another chamber or Congress.
_CHAMBERS = frozenset(["Senate", "Parliament", "Congress", "Legislature", "Knesset", "Duma", "Bundestag"])
_HOUSE_CONTEXT = re.compile(r"\b(?:Senate|Congress|Representatives|Commons|Lords|lawmakers)\b")


def chamber_named_in_full(index: ActorIndex, word: str) -> str | None:
    """ "the House" after "the House of Representatives": the one chamber of that word."""
    if word != "House":
        return None
    full = [a.key for a in index.actors.values() if a.kind == "organization" and " House of " in f" {a.name} "]
    return full[0] if len(full) == 1 else None


def chamber_by_itself(sents: list[Sentence], n: int, ph: Phrase) -> bool:
    """ "failed to pass the Senate", "Parliament voted", "the House approved" (with the
    Senate named): a legislature named by its one word, with no other body of that head
    in the article, is an actor by itself."""
    if ph.name == "House":
        return any(_HOUSE_CONTEXT.search(s.text) for s in sents) and sents[n].text[
            max(0, ph.start - 4) : ph.start
        ] in ("the ", "The ")
    return ph.name in _CHAMBERS


# Capitals that news uses for the international body seated there, when that body is named.
_SEATS = {"Brussels": ("g:European Union", "g:European Commission", "g:NATO")}


def _seats(index: ActorIndex, sents: list[Sentence]) -> None:
    """ "Brussels" in a story about the EU is the EU, not Belgium."""
    for city, bodies in _SEATS.items():
        entry = SURFACE[city]
        country = index.actors.get("g:" + entry.name)
        body = next((index.actors[b] for b in bodies if b in index.actors), None)
        if country is None or body is None:
            continue
        said = {
            sents[n].text[m.start : m.end]
            for n, mentions in index.mentions.items()
            for m in mentions
            if m.key == country.key
        }
        if said != {city}:
            continue
        body.add_form(city)
        body.count += country.count
        for mentions in index.mentions.values():
            for m in mentions:
                if m.key == country.key:
                    m.key = body.key
        del index.actors[country.key]


def _initials(name: str) -> list[str]:
    return [p for p in name.split() if re.fullmatch(r"[A-Z]\.", p)]


def other_initials(actor: Actor, name: str) -> bool:
    """ "George H. W. Bush" and "George W. Bush": full names whose middle initials differ (both
    written) are two persons; "Janet L. Yellen" and "Janet Yellen" are one."""
    mine = _initials(actor.name)
    theirs = _initials(name)
    return bool(mine) and bool(theirs) and mine != theirs


def _person_for(index: ActorIndex, name: str) -> str | None:
    """The person a (possibly partial) name refers to: "Biden" or "Joe Biden" to Joe Biden."""
    parts = [p for p in name.split() if not re.fullmatch(r"[A-Z]\.", p) and p not in NAME_SUFFIXES]
    people = [a for a in index.actors.values() if a.kind == "person" and not a.key.startswith("u:")]
    if not parts:
        return None
    if len(parts) > 1:
        key = _person_key(name)
        if key in index.actors:
            return key
        # "Villalba Duarte" for "Héctor Villalba Duarte"
        longer = [
            a for a in people if len(a.tokens) > len(parts) and a.tokens[-len(parts) :] == parts
        ]
        return longer[0].key if len(longer) == 1 else None
    by_last = [a for a in people if a.tokens and a.tokens[-1] == parts[0]]
    if len(by_last) == 1:
        return by_last[0].key
    by_first = [a for a in people if len(a.tokens) > 1 and a.tokens[0] == parts[0]]
    if by_first or by_last:
        return by_first[0].key if len(by_first) == 1 and not by_last else None
    # "Quispe" for "Hilario Quispe Ccama": a Spanish first surname is used alone
    by_middle = [a for a in people if len(a.tokens) > 2 and a.tokens[-2] == parts[0]]
    return by_middle[0].key if len(by_middle) == 1 else None


def _single(index: ActorIndex, word: str) -> str | None:
    person = _person_for(index, word)
    if person:
        return company_named_first(index, word, person) or person
    for actor in index.actors.values():
        if word in actor.forms or word == actor.name:
            return actor.key
    for actor in index.actors.values():
        if actor.kind == "group" and (word + "s" == actor.name or word + "s" in actor.forms):
            return actor.key  # "Houthi spokesman X" after "the Houthis": the group's adjective
    company = [a.key for a in index.actors.values() if short_company_name(a.name) == word]
    if len(company) == 1:  # "Apple" after "Apple Inc."
        return company[0]
    if word not in ORG_HEADS:
        return None
    heads = [
        a for a in index.actors.values() if a.kind == "organization" and a.name.split()[-1] == word
    ]
    return heads[0].key if len(heads) == 1 else None


def first_word_of_company(index: ActorIndex, word: str) -> str | None:
    """ "Lockheed" after "Lockheed Martin", "Deutsche" after "Deutsche Bank": a lone word that
    opens the name of the one organization of the article that it opens (not a region word, a
    demonym or a title) is that organization."""
    if word in GEO_WORDS or word in DEMONYMS or word in NOT_NAMES or word in TITLE_WORDS:
        return None
    orgs = [
        a.key
        for a in index.actors.values()
        if a.kind == "organization"
        and len(tokens := _without_legal_form(a.tokens)) == 2
        and tokens[0] == word
        # "CBC News", "Ford Australia": units, not the body; but a body the gazetteer lists
        # whole ("Deutsche Bank") is the one its first word stands for (round 27)
        and (tokens[1] not in _UNIT_WORDS or a.key.startswith("g:"))
        and tokens[1] not in SURFACE
        and not a.arm  # "Magna" is Magna International, not its arm Magna Steyr
    ]
    return orgs[0] if len(orgs) == 1 else None


def _without_legal_form(tokens: tuple[str, ...] | list[str]) -> tuple[str, ...] | list[str]:
    """ "Magna International" of "Magna International Inc." (round 26: "Magna" after it was an
    actor of its own, as it was not after "Magna International")."""
    return tokens[:-1] if len(tokens) == 3 and _LEGAL_FORM_END.match(tokens[-1]) else tokens


def company_named_first(index: ActorIndex, word: str, person: str) -> str | None:
    """ "The Ford Motor Company ... its chief executive, William Clay Ford Jr. ... Ford's
    losses": a word that is a person's surname and the short name of a company named before
    the person is the company (the company named first keeps the word)."""
    companies = [
        a.key
        for a in index.actors.values()
        if a.kind == "organization" and " " in a.name and short_company_name(a.name) == word
    ]
    if len(companies) != 1:
        return None
    first = _first_mentions(index)
    company = first.get(companies[0])
    return companies[0] if company is not None and company < first.get(person, company) else None


def _first_mentions(index: ActorIndex) -> dict[str, tuple[int, int]]:
    """Where each actor is first named: (sentence number, offset)."""
    first: dict[str, tuple[int, int]] = {}
    for n in sorted(index.mentions):
        for m in index.mentions[n]:
            first.setdefault(m.key, (n, m.start))
    return first


def _groups(index: ActorIndex, sents: list[Sentence]) -> None:
    """Teams and delegations named by nationality: "the Afghan team"."""
    for n, sent in enumerate(sents):
        for m in _GROUP.finditer(sent.text):
            if m.group("demonym") not in DEMONYMS:
                continue
            name = f"{m.group('demonym')} {m.group('noun')}"
            key = "t:" + fold(name)
            actor = index.actors.setdefault(key, Actor(key, name, "group"))
            actor.count += 1
            index.mentions.setdefault(n, []).append(Mention(m.start("demonym"), m.end(), key))
            index.mentions[n].sort(key=lambda x: x.start)


# "the Palestinians" (a plural demonym after "the"), and peoples named by faith or
# ethnicity, with or without "the": "Muslims", "between Jews and Arabs"
_PEOPLES = re.compile(
    r"(?<=\b[Tt]he )(?P<demonym>[A-Z][a-z]+)s\b|\b(?:Muslims|Christians|Jews|Hindus|Buddhists|"
    r"Sikhs|Catholics|Protestants|Arabs|Kurds|Shiites|Sunnis)\b"
)
_QUOTED = re.compile(r"[“\"][^”\"]*[”\"]")


def _peoples(index: ActorIndex, sents: list[Sentence]) -> None:
    """Peoples named as a whole by "the" and a plural demonym, outside quotes: "the
    Palestinians", "the Saudis" (not "ordinary Georgians", "freeze Moldovans"); peoples
    named by faith or ethnicity ("Muslims", "Jews and Arabs")."""
    for n, sent in enumerate(sents):
        if sent.caption:
            continue
        found = [
            m for m in _PEOPLES.finditer(sent.text) if m.group("demonym") in DEMONYMS or not m.group("demonym")
        ]
        quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(sent.text)] if found else []
        for m in found:
            if any(a <= m.start() < b for a, b in quoted):
                continue
            if any(x.start <= m.start() < x.end for x in index.mentions.get(n, [])):
                continue
            name = m.group(0)
            key = "t:" + fold(name)
            actor = index.actors.setdefault(key, Actor(key, name, "group"))
            actor.count += 1
            index.mentions.setdefault(n, []).append(Mention(m.start(), m.end(), key))
            index.mentions[n].sort(key=lambda x: x.start)


def assign_ids(index: ActorIndex, known: list[dict] | tuple) -> None:
    """Give each actor its id: the id of a known actor it matches, or a new one from its name."""
    by_name: dict[str, dict] = {}
    for k in known or ():
        for n in [k.get("name"), *(k.get("aliases") or [])]:
            if n:
                by_name.setdefault(fold(str(n)), k)
    index.reserved = {str(k["id"]) for k in known or () if k.get("id")}
    # a new actor takes none of the known ids, nor `index` (the page that lists the actors)
    used = index.reserved | {"index"}
    for actor in sorted(index.actors.values(), key=lambda a: -a.count):
        match = next(
            (by_name[fold(f)] for f in [actor.name, *actor.forms] if fold(f) in by_name), None
        )
        if match is not None:
            actor.id, actor.known = str(match["id"]), True
            actor.add_forms([str(a) for a in [actor.name, *(match.get("aliases") or [])]])
            actor.name = str(match.get("name") or actor.name)
            actor.kind = str(match.get("kind") or actor.kind)
            actor.forms = [f for f in actor.forms if fold(f) != fold(actor.name)]
        else:
            base = slugify(actor.name)
            actor.id = base
            i = 2
            while actor.id in used:
                actor.id = f"{base}-{i}"
                i += 1
        used.add(actor.id)


def claimant_phrase(text: str) -> re.Match | None:
    """An unnamed source at the end of ``text``: "a US official", "South Korean officials"."""
    nouns = "|".join(sorted(CLAIMANT_NOUNS, key=len, reverse=True))
    mods = (
        r"(?:senior|top|local|opposition|ruling|western|Western|foreign|government|military|"
        r"intelligence|administration|state|[A-Z][\w.’'-]*)"
    )
    # after a determiner, any lower-case modifier: "two election officials", "the Union health ministry"
    free = rf"(?:{mods}|(?!(?:{_STOP})\b)[a-z][\w-]*)"
    m = re.search(
        rf"(?:\b(?:[Aa]n?|[Tt]he|[Ss]ome|[Ss]everal|[Mm]any|[Oo]ther|[Tt]wo|[Tt]hree|[Mm]ost|"
        rf"[Oo]ne|[Aa]nother)\s+"
        rf"(?:{free}\s+){{0,3}}|(?:{mods}\s+){{0,3}})(?:{nouns})\s*$",
        text,
    )
    if m and m.group(0).split()[-1] in INDEFINITE_CLAIMANTS and not _INDEFINITE.match(m.group(0)):
        return None  # "the analyst said": the analyst named before, not someone new
    return m


_INDEFINITE = re.compile(r"(?:[Aa]n?|[Oo]ne|[Aa]nother)\s")


_STOP = (
    r"and|or|of|for|with|to|by|at|in|on|from|said|says|told|who|which|that|than|as|but|not|"
    r"are|is|was|were|has|have|had|will|would|its|their|his|her|our|all|after|before|over|"
    r"under|about|into|during|against|between|through|like|if|when|while|because|so|then|"
    r"there|here|upon|among|within|without|across|behind|toward|towards|since|until"
)


def is_country_form(form: str) -> bool:
    """True for a name the gazetteer knows as a country."""
    entry = SURFACE.get(form)
    return entry is not None and entry.kind == "country"
