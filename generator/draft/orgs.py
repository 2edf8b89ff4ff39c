"""Organizations the capitalisation rules miss: acronym definitions, "Country's Ministry",
names described as organizations ("X, a Bangkok-based nonprofit", "the bloc Mercosur")."""

from __future__ import annotations

import re

from .gazetteer import DEMONYMS, SURFACE
from .givennames import FEMALE, MALE
from .lexicon import (
    CALENDAR_WORDS,
    GEO_WORDS,
    INDUSTRY_WORDS,
    NON_ACTOR_HEADS,
    NOT_NAMES,
    ORG_HEADS,
    TITLE_WORDS,
    US_STATES,
)

GIVEN_NAMES = MALE | FEMALE

_SMALL = {"of", "for", "and", "the", "on", "in", "de", "du", "des", "la", "le", "against", "to", "&"}
# A legal form the initials leave out: "European Aeronautic Defence & Space NV (EADS)"
_FORMS = {"NV", "BV", "AG", "SA", "S.A.", "Inc.", "Ltd.", "Ltd", "Corp.", "PLC", "plc", "LLC", "GmbH"}
_ACRONYM = re.compile(
    r"((?:[A-Z][\w’'.-]*)(?: (?:of|for|and|the|on|in|de|du|des|la|le|against|to|&|[A-Z][\w’'.-]*))*)"
    r" \(([A-Z][A-Za-z0-9.&-]{1,9})\)"
)
# "Economic Community of West African States, or ECOWAS,": the same definition in words
_OR_ACRONYM = re.compile(
    _ACRONYM.pattern.split(" \\(")[0] + r",? or ([A-Z][A-Z0-9.&-]{1,9})(?=[,.;:)]|\s|$)"
)
# Common nouns that say a name is an organization.
ORG_NOUNS = (
    r"(?:non-?profit|charity|company|firm|group|organi[sz]ation|NGO|think[- ]tank|agency|bank|"
    r"party|union|coalition|alliance|movement|network|institute|foundation|broadcaster|"
    r"newspaper|outlet|airline|carrier|manufacturer|producer|exporter|refinery|lender|bloc|"
    r"militia|consortium|conglomerate|start-?up|insurer|operator|developer|miner|automaker|"
    r"retailer|publisher|platform|body|watchdog|regulator|federation|association|giant)"
)
# the noun must head the apposition: "X, a spokeswoman for the coalition" is a person
_APPOSITION = re.compile(
    rf"^,\s+(?:a|an|the|its|their)\s+(?:(?!(?:of|for|at|with|in|to|from|on|by)\s)[\w’'.-]+\s+){{0,5}}?{ORG_NOUNS}s?\b(?=[,.;]|\s+(?:that|which|who|based|in|of|with|for|whose)\b)"
)
_BEFORE = re.compile(
    rf"\b(?:the|a|an|its|rival|state|state-owned)\s+(?:[\w’'-]+\s+){{0,2}}{ORG_NOUNS}\s+$", re.I
)
# "Iran's foreign ministry", "Japan's central bank": a country's body written in lower case
_BODY = re.compile(
    r"\b([A-Z][\w.]*(?: [A-Z][\w.]*){0,2})(?:’s|'s) ((?:[a-z]+ ){0,2}(?:ministry|central bank|"
    r"parliament|army|navy|air force|coast guard|embassy|foreign office|election commission|"
    r"supreme court|constitutional court|state media|news agency|border service))\b"
)
_OWNER = re.compile(r"([A-Z][\w.]*(?: [A-Z][\w.]*){0,2})(?:’s|'s) $")


def initials_match(acronym: str, words: list[str]) -> bool:
    """True when the acronym is made of the words' initials (small words may be skipped):
    "ECOWAS" for "Economic Community of West African States"."""
    letters = [c for c in acronym if c.isalpha()]

    def match(i: int, j: int) -> bool:
        if i == len(letters):
            return all(w in _SMALL | _FORMS for w in words[j:])
        if j == len(words):
            return False
        word = words[j]
        if word[0].lower() == letters[i].lower() and match(i + 1, j + 1):
            return True
        return word in _SMALL and match(i, j + 1)

    return bool(letters) and match(0, 0)


def acronym_definitions(sentence: str) -> list[tuple[int, int, str, str]]:
    """Every "Long Name (LN)" in the sentence: (start, end, long name, acronym), the long name
    trimmed on the left to the words the acronym spells."""
    out = []
    matches = [*_ACRONYM.finditer(sentence), *_OR_ACRONYM.finditer(sentence)]
    for m in sorted(matches, key=lambda m: m.start()):
        words = m.group(1).split(" ")
        for k in range(len(words)):
            if words[k] in _SMALL or not words[k][:1].isupper():
                continue
            if initials_match(m.group(2), words[k:]):
                long = " ".join(words[k:])
                start = m.start(1) + len(" ".join(words[:k])) + (1 if k else 0)
                out.append((start, m.end(1), long, m.group(2)))
                break
    return out


def owner_before(sentence: str, start: int) -> str:
    """A country named as owner right before a name: "Paraguay's Senate" -> "Paraguay"."""
    m = _OWNER.search(sentence[:start])
    if m and m.group(1) in SURFACE and SURFACE[m.group(1)].kind == "country":
        return sentence[m.start(1) : start].rstrip()
    return ""


def described_as_org(sentence: str, start: int, end: int) -> bool:
    """A name called an organization by its apposition or by the noun before it."""
    return bool(_APPOSITION.match(sentence[end:]) or _BEFORE.search(sentence[:start]))


def lower_case_bodies(sentence: str) -> list[tuple[int, int, str]]:
    """Government bodies named in lower case after their country: (start, end, name)."""
    out = []
    for m in _BODY.finditer(sentence):
        entry = SURFACE.get(m.group(1))
        if entry is not None and entry.kind == "country":
            out.append((m.start(), m.end(), m.group(0)))
    return out


# "the state weather bureau, PAGASA, said", "Portugal's national statistics office, INE,"
_APPOSED_ACRONYM = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[A-Z][\w.]*(?:’s|'s))\s+((?:[\w.’'-]+\s+){0,3}?(?:office|bureau|service|"
    r"agency|ministry|commission|authority|council|department|institute|regulator|watchdog|"
    r"company|group|party|union|bank|broadcaster|network))\s*,\s+([A-Z]{2,8})(?=[,.;]|\s)"
)


def apposed_acronyms(sentence: str) -> list[tuple[int, int, str, str]]:
    """Organizations named by an acronym in apposition to a lower-case description:
    (start, end, acronym, description)."""
    return [
        (m.start(2), m.end(2), m.group(2), m.group(1))
        for m in _APPOSED_ACRONYM.finditer(sentence)
        if m.group(2) not in SURFACE
    ]


# "Bank Indonesia", "Bank Negara Malaysia", "Bank Al-Maghrib Morocco": a central bank named
# "Bank" + a country, which the country token would otherwise split
_COUNTRY_BANK = re.compile(r"\bBank (?:[A-Z][\w-]+ )?([A-Z][\w.]*(?: [A-Z][\w.]*){0,2})\b")


def country_banks(sentence: str) -> list[tuple[int, int, str]]:
    """Central banks named "Bank" and their country: (start, end, name)."""
    out = []
    for m in _COUNTRY_BANK.finditer(sentence):
        words = m.group(1).split()
        for k in range(len(words), 0, -1):  # the longest country name at the start
            entry = SURFACE.get(" ".join(words[:k]))
            if entry is not None and entry.kind == "country":
                end = m.start(1) + len(" ".join(words[:k]))
                out.append((m.start(), end, sentence[m.start() : end]))
                break
    return out


# "electronics retailer Best Buy", "discount chain Home Depot", "the band Duran Duran": a
# trade's noun right before a two-word name says it is a company, not a person (nouns that
# are also a person's trade, "publisher", "developer", "miner", "rival", are left out)
_COMPANY_NOUN_BEFORE = re.compile(
    r"\b(?:retailer|chain|lender|bank|carmaker|automaker|airline|carrier|airframer|chipmaker|"
    r"steelmaker|insurer|supplier|manufacturer|conglomerate|corporation|company|firm|giant|"
    r"brokerage|exchange|group|parent|subsidiary|unit|store|stores|outlet|brand|label|team|"
    r"club|band|broadcaster|startup)\s+$"
)
# "chief executive of Home Depot", "an economist at Morgan Stanley": a job's noun and "of"/"at"
# before a name say the name is the employer
_JOB_AT_BEFORE = re.compile(
    r"\b(?:executive|officer|chairman|chairwoman|chairperson|president|director|economists?|"
    r"analysts|analyst|strategists?|executives|researchers?|founder|co-founder|CEO|manager|employees?|workers|staff|shareholders?|"
    r"investors? in|customers|engineer|trader|partner|board)\s+(?:of|at)\s+$",
    re.I,
)


def company_by_context(sentence: str, start: int) -> bool:
    """ "retailer Best Buy", "chief executive of Home Depot": the words right before a name
    that the name rules read as a person's say it is a company."""
    before = sentence[max(0, start - 40) : start]
    return bool(
        _COMPANY_NOUN_BEFORE.search(before)
        or _JOB_AT_BEFORE.search(before)
        or _SHARES_IN_BEFORE.search(before)
    )


# "The construction company, Acme Builders,": a company's noun, then the name set off by commas
_COMPANY_NOUN_APPOSED = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:[a-z][\w-]*\s+){0,2}(?:company|firm|corporation|"
    r"conglomerate|manufacturer|supplier|retailer|lender|insurer|developer|contractor|builder|"
    r"carrier|airline|startup|subsidiary|unit|brokerage|chain),\s+$"
)


def company_in_apposition(sentence: str, start: int, end: int) -> bool:
    """ "The construction company, Acme Builders, said", "Its parent company, Beta Holdings,
    said": a name set off by commas right after a company's noun names that company (round 12;
    "The company, John Smith said, will appeal" has no comma after the name)."""
    return (
        _COMPANY_NOUN_APPOSED.search(sentence[max(0, start - 60) : start]) is not None
        and sentence[end : end + 1] == ","
    )


# "shares in Rio Tinto", "a stake in Kelley Blue Book": what one owns a part of is a company
_SHARES_IN_BEFORE = re.compile(
    r"\b(?:(?:shares|stake|stakes|holdings?|investment)\s+(?:in|of)"
    # "the takeover of Jolly Rogers", "a bid for Jolly Rogers", "its merger with X" (round 12)
    r"|(?:takeover|buyout|acquisition|purchase)\s+of|(?:takeover\s+)?bid\s+for|merger\s+with"
    # "Economists polled by Thomson Reuters", "data compiled by X" (round 12)
    r"|(?:polled|surveyed|compiled|tracked)\s+by)\s+$"
)
# "Rio Tinto's shares", "Rio Tinto's chief executive": what only a company has, after the name
_COMPANY_POSSESSION_AFTER = re.compile(
    r"(?:’s|'s)\s+(?:shares|stock|share price|profits?|revenues?|earnings|sales|board|"
    r"chief executive|CEO|chief financial officer|shareholders|subsidiary|subsidiaries|"
    r"market value|headquarters|factories|plants|mines|stores|customers)\b"
    # "Global Insight's senior auto analyst": roles a body has and a person does not
    r"|(?:’s|'s)\s+(?:(?:senior|chief|lead|top|head|auto|industry|market|equity|credit)\s+){0,2}"
    r"(?:analysts?|economists?|strategists?|chairman|chairwoman|president|chief operating officer|"
    r"general counsel|treasurer)\b"
    # "buy Bear Stearns for $2 a share": a price a share is a company's (round 12)
    r"|\s+for\s+(?:US)?\$[\d.,]+\s+(?:a|per)\s+share\b"
    r"|\s+(?:shares|stock)\s+(?:rose|fell|jumped|dropped|climbed|slipped|gained|lost|tumbled|"
    r"surged|plunged|were|have)\b"
    # "Exxon Mobil rose 2%", "Exxon Mobil also fell.": what a stock does, by how much
    r"|(?:\s+also)?\s+(?:rose|fell|jumped|dropped|climbed|slipped|gained|tumbled|surged|"
    r"plunged|declined|advanced|slumped|rallied|edged (?:up|down|higher|lower))"
    r"(?:\s+(?:\$?[\d.,]+\s*(?:%|percent|per cent|cents?|pence|points?)|sharply|slightly)|[.,;])"
    # "Bear Stearns analysts said", "Morgan Stanley economists expect": a body's staff, before
    # what they do (a person has no analysts; round 9)
    r"|\s+(?:analysts|economists|strategists|executives|employees|workers|shareholders|"
    r"traders|bankers|dealers|engineers|researchers)\s+(?:said|say|says|expect|expected|"
    r"estimate|estimated|predicted|predict|wrote|warned|told|believe|believed|have|had|were|"
    r"are|will|would)\b"
)


def company_by_what_follows(sentence: str, end: int) -> bool:
    """ "Rio Tinto's shares", "Rio Tinto shares fell": a two-word name followed by what only a
    company owns (shares, profits, a board, a chief executive) is a company, not a person."""
    return bool(_COMPANY_POSSESSION_AFTER.match(sentence, end))


# "Jane Smith of Global Insight", "Jane Smith, of Global Insight, said": a name right after a
# person's name and "of" is where they work (a person is not "of" another person)
_OF_AFTER_NAME = re.compile(r",?\s+of\s+(?:the\s+)?")


def employer_after_person(sentence: str, start: int, person_ends: list[int]) -> bool:
    """True when the name at ``start`` follows a person's name and "of" ("Analyst Jane Smith
    of Global Insight"): it names their employer, not another person."""
    return any(
        end < start and _OF_AFTER_NAME.fullmatch(sentence, end, start) for end in person_ends
    )


# "Procter and Gamble", "Ernst and Young": two name words joined by "and", no capital after
_AND_PAIR = re.compile(r"(?<![\w&'’.-])([A-Z][a-z]{2,}) and ([A-Z][a-z]{2,})(?![\w&'’-])(?!\s+[A-Z])")
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w.'’-]*\s+$")
# what shows the pair is one: a singular verb or "its" ("Procter and Gamble said its ...",
# "... is", "... says"), a possessive; "Monsanto and Deere fell" may be two companies
_ONE_AFTER = re.compile(
    r"(?:'s|’s)\b|\s+(?:is|was|has|says|plans|expects|makes|sells|reports|posts|announces)\b"
    r"|\s+(?:said|reported|announced|posted|added|expects|plans|warned)\s+(?:that\s+)?its\b"
    rf"|,\s+(?:the|a|an)\s+(?:[\w-]+\s+){{0,3}}?(?:{ORG_NOUNS}|maker|chain|bookseller|"
    r"accounting firm|law firm)\b(?!['’-])"
)
# words before the pair that make it two: "suppliers Delphi and Visteon", "both X and Y"
_TWO_BEFORE = re.compile(r"\b(?:[a-z]+s|both|between|either|neither|including)\s+$")
_NOT_FOUNDERS = (
    NOT_NAMES | TITLE_WORDS | ORG_HEADS | GEO_WORDS | CALENDAR_WORDS | INDUSTRY_WORDS
    | NON_ACTOR_HEADS | US_STATES
)


def founders_companies(sentence: str, text: str, lower_words: set[str]) -> list[tuple[int, int, str]]:
    """ "Procter and Gamble said its ...", "Ernst and Young is": two surname-like words joined
    by "and", each found in the article only in that pair, and told of as one (a singular
    verb, "its", a possessive, "the company" in apposition) are one company's name (a firm
    named for its founders), not two persons nor two companies: news names a person in full ("John Smith") before calling them
    by surname, and then "Smith and Jones said" stays a pair. Not both may be given names
    ("Tom and Mary"); neither may be a known place or body, a word of the lexicon or a word the article writes in lower
    case ("Research and Development") (round 9)."""
    out: list[tuple[int, int, str]] = []
    for m in _AND_PAIR.finditer(sentence):
        if _CAPITALISED_BEFORE.search(sentence, 0, m.start()) or _TWO_BEFORE.search(
            sentence, 0, m.start()
        ):
            continue  # "John Smith and Jones", "Minister Smith and Jones"
        pair = m.group(0)
        if not _ONE_AFTER.match(sentence, m.end()):
            continue
        given = all(w.lower() in GIVEN_NAMES for w in m.groups()) and m.group(1) != m.group(2)
        if all(_founder_word(w, pair, text, lower_words) for w in m.groups()) and not given:
            # not "Tom and Mary": two persons by their given names ("Johnson and Johnson" is one)
            out.append((m.start(), m.end(), pair))
    return out


def _founder_word(word: str, pair: str, text: str, lower_words: set[str]) -> bool:
    """A surname-like word that the article uses only inside ``pair``."""
    return (
        word.lower() not in lower_words
        and word not in _NOT_FOUNDERS
        and word not in SURFACE
        and word not in DEMONYMS
        and len(re.findall(rf"\b{word}\b", text)) == text.count(pair) * pair.split().count(word)
    )
