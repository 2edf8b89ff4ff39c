"""Find capitalised name phrases in a sentence and tell persons, organizations and countries apart."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .alternation import longest_first
from .cities import well_known_city
from .gazetteer import DEMONYMS, SURFACE, Entry
from .givennames import FEMALE as FEMALE_NAMES
from .givennames import MALE as MALE_NAMES
from .lexicon import (
    ABBREVIATIONS,
    CALENDAR_WORDS,
    DESCRIBING_OPENERS,
    GEO_WORDS,
    INDUSTRY_WORDS,
    NAME_ADJECTIVES,
    NAME_SUFFIXES,
    NON_ACTOR_HEADS,
    NOT_NAMES,
    ORG_HEADS,
    ROLE_NOUNS,
    TITLE_WORDS,
    US_STATES,
    VEHICLE_BRANDS,
    WIRE_ROLES,
)
from .lexicon import (
    CONNECTORS as _CONNECTORS,
)
from .lexicon import (
    PARTICLES as _PARTICLES,
)
from .nameparts import common_words, office_of
from .nameparts import demonym_at as _demonym_at
from .nameparts import is_country as _is_country
from .nameparts import name_length_ok as _name_length_ok
from .nameparts import tail_name as _tail_name
from .orgs import company_by_context
from .roles import role_before

# "Secunia.com", "Metro.us": a web site's name keeps its domain
_TOKEN = re.compile(
    r"(?:[A-Z]\.){2,}|[A-Z][\w-]*\.(?:com|org|net|us|info)\b|[^\W_][\w’'&-]*\.?"
)
# "A380", "A330-200", "F-35": a model's code, no part of a name ("Airbus A380" names Airbus)
MODEL_CODE = re.compile(r"[A-Z]{1,3}-?\d{2,}(?:-\w+)?")
_POSSESSIVE = re.compile(r"(?:’s|'s|’|')$")
# unions of the word lists, made once (they are frozensets)
_REGION_WORDS = GEO_WORDS | {"North", "South", "East", "West"}
_HEADS_AND_TITLES = ORG_HEADS | TITLE_WORDS
# venues that are also institutions when named with "of": "Springfield Museum of Art"
_INSTITUTION_VENUES = frozenset(["Museum", "Gallery"])
_HEADS_TITLES_GROUP = (
    ORG_HEADS | TITLE_WORDS | _INSTITUTION_VENUES | {"Group", "Republic", "Daughters", "Bank"}
)
_PLURAL_HEADS = ORG_HEADS | {"Ministrie", "Agencie"}
_NOT_COMPANY_WORDS = TITLE_WORDS | NOT_NAMES | GEO_WORDS | CALENDAR_WORDS | NON_ACTOR_HEADS
_ARTICLE_NAME = re.compile(r"(?:al|el|ad|as|ash|at|an|ar|az)-[A-Z]|(?:d|l|dell)['’][A-Z]")
_CAPITAL_PLACE = re.compile(r"(?:,? D\.C\.|,? DC\b| [A-Z][a-z])")
_PLACE_WORD = re.compile(r" (?:City|Province|Region|Island|Street|Square)\b")
# "the SEC championship", "ACC football", "an NBA title": a sport's or an event's noun after an
# acronym says the letters name a league or conference, not the agency that shares them
_SPORT_AFTER = re.compile(
    r"\s+(?:championships?|tournaments?|titles?|football|basketball|baseball|soccer|hockey|"
    r"softball|volleyball|coach(?:es)?|standings|tourney|bowl)\b",
    re.I,
)
# nouns that are a sport's only in a sentence about a sport: "the SEC record fine", "the SEC
# play a part", "SEC rivals" of a bank stay the agency; "an SEC record in football" does not
_SPORT_IF_SPORT = re.compile(
    r"\s+(?:games?|seasons?|teams?|players?|finals?|match(?:es)?|rivals?|opponents?|schools?|"
    r"record|play|crown)\b",
    re.I,
)
_SPORT_WORD = re.compile(
    r"\b(?:championships?|tournaments?|football|basketball|baseball|soccer|hockey|softball|"
    r"volleyball|coach(?:es)?|league|conference|quarterback|touchdowns?|stadium|playoffs?)\b",
    re.I,
)
_CAPITALISED_BEFORE = re.compile(r"([A-Z][\w-]*) $")
_NAME_BEFORE = re.compile(r"([A-Z][\w’'-]*)(?<!’s)(?<!'s) $")


def _gazetteer_pattern() -> re.Pattern:
    forms = sorted(SURFACE, key=len, reverse=True)
    alternation = longest_first(forms)  # the same as "|".join(forms), tried faster
    firsts = "".join(sorted({re.escape(f[0]) for f in forms}))  # for speed: skips other places
    return re.compile(rf"(?<![\w.’'-])(?=[{firsts}])(?:{alternation})(?![\w$]|\.\w|-[A-Z])")


_GAZ = _gazetteer_pattern()
# well-known names that are also a verb's past participle ("Fed"), and the particles after
# which they are that verb ("Fed up with", "fed by rivers")
_PARTICIPLE_NAMES = frozenset(["Fed"])
_PARTICIPLE_AFTER = re.compile(r" (?:up|by|with|into|through)\b")


def participle_opening(form: str, sentence: str, start: int, end: int) -> bool:
    """ "Fed up with delays, ...", "Fed by mountain streams, ...": a sentence opened by the
    participle, not by the well-known name ("The Fed on Wednesday ..." stays the Fed)."""
    return (
        form in _PARTICIPLE_NAMES
        and not sentence[:start].strip(" “\"'‘")
        and bool(_PARTICIPLE_AFTER.match(sentence, end))
    )
_DEMONYM = re.compile(
    r"(?<![\w.])(?:"
    + "|".join(re.escape(d) for d in sorted(DEMONYMS, key=len, reverse=True))
    + r")(?![\w])"
)


@dataclass(slots=True)
class Token:
    """A word of a sentence, or a gazetteer name taken as one word."""

    start: int
    end: int
    text: str
    entry: Entry | None = None
    possessive: bool = False

    @property
    def cap(self) -> bool:
        # "al-Mansouri", "el-Sisi": a name behind a lower-case Arabic article
        return (
            self.entry is not None
            or self.text[:1].isupper() and not MODEL_CODE.fullmatch(self.text)
            or bool(_ARTICLE_NAME.match(self.text))
        )


@dataclass
class Phrase:
    """A classified name phrase: kind is person, organization, country, group or single."""

    kind: str
    name: str
    start: int
    end: int
    title: str = ""
    entry: Entry | None = None
    form: str = ""  # the surface text that named it
    extra: dict = field(default_factory=dict)


_PLACE_PREPOSITION = re.compile(r"\b(?:in|to|from|at|near|of|outside|around|via|the)\s+$", re.I)
# capitalised words before a capital's name that make a place, not a person ("Greater Paris")
# and prepositions that open a sentence ("Across Paris, ...")
_PLACE_OPENERS = frozenset(
    ["Greater", "Downtown", "Old", "New", "Metropolitan", "Metro", "Upper", "Lower", "Inner", "Outer", "Little", "Visit", "Across", "Around", "Outside", "Inside", "Beyond", "Toward", "Towards", "Throughout", "Near", "Within", "Along", "Against", "Into", "Amid", "Among", "Via", "Past"]
)


def place_surnames(text: str, lower_words: set[str]) -> set[str]:
    """ "Valeska Paris": a capital's name after a given name is a surname, in the whole article.

    The word before must look like a given name: capitalised, in no list of the lexicon, no
    known name itself, never written in lower case in the article ("Visit Paris" has "visit"),
    and not after a place preposition ("in Greater Paris")."""
    out: set[str] = set()
    pairs: dict = {}
    for m in re.finditer(r"\b([A-Z][a-z]{2,}) ([A-Z][a-z]+)\b(?!-|\.\w)", text):
        given, surname = m.groups()
        if country_as_given_name(text, m, lower_words, pairs):
            out.add(given)  # "Georgia Ellis, a spokeswoman": a person, not the country
            continue
        entry = SURFACE.get(surname)
        if entry is None or not (
            surname in entry.capitals or _given_name_before_country(text, m, entry)
        ):
            continue
        if given in SURFACE and _place_pair_names_a_person(text, m):
            out.update((given, surname))  # "Jordan Lima said": a person, neither place
            continue
        if (
            given.lower() in lower_words
            or given in SURFACE
            or given in DEMONYMS
            or given in _PLACE_OPENERS
            or given.endswith(("ing", "ed"))  # "Visiting Paris", "Occupied Jerusalem"
            or given in NOT_NAMES
            or given in TITLE_WORDS
            or given in GEO_WORDS
            or given in ORG_HEADS
            or given in NON_ACTOR_HEADS
            or given in CALENDAR_WORDS
            or given in US_STATES
            or given in VEHICLE_BRANDS  # "Ford Australia", "Toyota Australia": a maker's unit
            or _PLACE_PREPOSITION.search(text[max(0, m.start() - 12) : m.start()])
        ):
            continue
        out.add(surname)
    return out


# what follows a person's name and never a place's: a verb of saying, a person's apposition
_PERSON_AFTER = re.compile(
    r"\s+(?:said|says|told|tells|added|adds|argued|noted|explained|wrote|asked)\b"
    r"|,\s+(?:a|an|the|who)\s"
)


def _place_pair_names_a_person(text: str, m: re.Match) -> bool:
    """ "Jordan Lima said", "Chad Sydney, an analyst at ...": two one-word place names with
    nothing between them are no place (places are listed with commas or "and"); before a verb
    of saying or a person's apposition, and after no place preposition, they name a person
    (round 9)."""
    given = SURFACE[m.group(1)]
    return (
        given.kind == "country"
        and " " not in m.group(1)
        and not _PLACE_PREPOSITION.search(text[max(0, m.start() - 12) : m.start()])
        and _PERSON_AFTER.match(text, m.end()) is not None
    )


# a lower-case role noun right after a name word: "Springfield mayor", "Boston police chief"
_ROLE_NOUN_AFTER = re.compile(
    r"\s+(?:[a-z][\w-]*\s+){0,2}?(?:" + "|".join(sorted(ROLE_NOUNS | WIRE_ROLES)) + r")\b"
)
# nouns only a person is, beyond the role lists: ", a columnist for", ", a mother of three"
_PEOPLES_NOUNS = frozenset(
    ["columnist", "writer", "reporter", "commentator", "historian", "novelist", "presenter", "host", "actress", "actor", "singer", "musician", "artist", "poet", "doctor", "nurse", "teacher", "farmer", "mother", "father", "wife", "husband", "son", "daughter", "widow", "grandmother", "grandfather"]
)
# a person's role in apposition: ", a spokeswoman for", ", the co-founder of", ", its chief"
_ROLE_APPOSITION = re.compile(
    r",\s+(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:co-)?(?:" + "|".join(sorted(ROLE_NOUNS | WIRE_ROLES | _PEOPLES_NOUNS)) + r")\b"
)
_SAID_AFTER = re.compile(
    r"\s+(?:said|says|told|tells|added|adds|argued|noted|explained|wrote|asked)\b"
)
_HONORIFIC_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr)\.?\s+$")
# countries that are also given names and, far more often, open companies' names in the news
# ("China Evergrande", "America Movil"): never read as a given name
_COMPANY_OPENING_COUNTRIES = frozenset(["China", "America"])
_SURNAME_NOT = (
    NOT_NAMES | ORG_HEADS | NON_ACTOR_HEADS | TITLE_WORDS | GEO_WORDS | CALENDAR_WORDS
    | US_STATES | INDUSTRY_WORDS | DEMONYMS.keys()
)


def country_as_given_name(
    text: str, m: re.Match, lower_words: set[str], cache: dict
) -> bool:
    """ "Georgia Ellis, a spokeswoman for ...", "Chad Hurley, the co-founder of", "Chad Hurley
    said ... Hurley added": a country's one-word name that is a given name nearly always one
    sex's, before a word that looks like a surname, is a person's given name (round 12) when
    the pair has a person's role in apposition or the surname stands alone elsewhere as a
    person's (before a verb of saying, after "Mr."/"Ms."). Only where the country is named so
    everywhere in the article and after no place preposition; "Georgia Power said" (no cue)
    stays as it was."""
    given, surname = m.groups()
    entry = SURFACE.get(given)
    if (
        entry is None
        or entry.kind != "country"
        or given in _COMPANY_OPENING_COUNTRIES
        or given.lower() not in _GIVEN_NAMES
        or surname in SURFACE
        or surname in _SURNAME_NOT
        or surname.lower() in lower_words
        or _PLACE_PREPOSITION.search(text[max(0, m.start() - 12) : m.start()])
    ):
        return False
    if (given, surname) not in cache:  # the whole text's cues, read once per pair (speed)
        cache[(given, surname)] = _pair_everywhere(text, given, surname)
    named_so_everywhere, surname_speaks = cache[(given, surname)]
    if not named_so_everywhere:
        return False
    return surname_speaks or _ROLE_APPOSITION.match(text, m.end()) is not None


def _pair_everywhere(text: str, given: str, surname: str) -> tuple[bool, bool]:
    """Whether the country's word stands only before this surname in the text, and whether the
    surname stands alone elsewhere as a person's (before a verb of saying, after "Mr.")."""
    if len(re.findall(rf"\b{given}\b", text)) != text.count(f"{given} {surname}"):
        return False, False
    for alone in re.finditer(rf"(?<!{given} )\b{surname}\b", text):
        if _SAID_AFTER.match(text, alone.end()) or _HONORIFIC_BEFORE.search(
            text[max(0, alone.start() - 5) : alone.start()]
        ):
            return True, True
    return True, False


def _given_name_before_country(text: str, m: re.Match, entry: Entry) -> bool:
    """ "Michael Jordan", "Simon Ireland": a country's one-word name after a given name nearly
    always one sex's is a surname (round 9); "Air France", "Garuda Indonesia" open with no
    given name, and a company's unit ("Ford Australia", then "Ford said") names the company
    alone elsewhere, which news does not do with a person's given name."""
    given = m.group(1)
    return (
        entry.kind == "country"
        and given.lower() in _GIVEN_NAMES
        and len(re.findall(rf"\b{given}\b", text)) == text.count(m.group(0))
    )


def tokens(sentence: str, surnames: frozenset[str] | set[str] = frozenset()) -> list[Token]:
    """Words of the sentence, with gazetteer names (countries, capitals, organizations) as one
    token; a capital that is a person's surname in this article (`place_surnames`) stays a word
    unless a place preposition comes before it, and a name written with a possessive
    (`possessive_names`, in the same set) keeps it."""
    out: list[Token] = []
    taken = 0
    for m in _GAZ.finditer(sentence):
        entry = SURFACE[m.group(0)]
        if m.group(0) in surnames and not _PLACE_PREPOSITION.search(sentence[: m.start()]):
            continue  # "Valeska Paris", then "Paris claims": the person
        after = sentence[m.end() : m.end() + 6]
        if m.group(0) in entry.capitals and _CAPITAL_PLACE.match(after):
            continue  # "Washington D.C." is a place; "Sofia Gatilova" is a name
        if _PLACE_WORD.match(after + sentence[m.end() + 6 : m.end() + 16]):
            continue  # "Mexico City" is a place
        before = _CAPITALISED_BEFORE.search(sentence[: m.start()])
        if before and before.group(1) in _REGION_WORDS:
            continue  # "South America", "Central Asia": regions
        if acronym_of_a_sport(m.group(0), entry, sentence, m.end()):
            continue
        if participle_opening(m.group(0), sentence, m.start(), m.end()):
            continue  # "Fed up with delays, residents ...": a verb, not the Federal Reserve
        if company_name_goes_on(entry, sentence, m.end()):
            continue  # "Barclays Capital", "Credit Suisse Group AG": a longer company name
        form_end = m.end() + legal_form_after(entry, sentence, m.end())  # "Honda Motor Co. Ltd."
        longer = _NAME_BEFORE.search(sentence[: m.start()])
        if entry.kind not in ("country", "person") and longer and longer.group(1) not in NOT_NAMES:
            continue  # "National Security Council": part of a longer name
        if entry.kind == "person" and relative_of_known(m.group(0), entry, sentence, m.end(), longer):
            continue  # "Ivanka Trump", "Donald Trump Jr.": another person of that family
        out.extend(_words(sentence, taken, m.start(), surnames))
        out.append(Token(m.start(), form_end, sentence[m.start() : form_end], entry))
        taken = form_end
        if re.match(r"’s|'s", sentence[form_end : form_end + 2]):
            out[-1].possessive = True
            taken = form_end + 2
    out.extend(_words(sentence, taken, len(sentence), surnames))
    return out


_SUFFIX_AFTER = re.compile(r",? (?:Jr\.?|Sr\.?|II|III|IV)(?![\w])")


def relative_of_known(form: str, entry: Entry, sentence: str, end: int, before: re.Match | None) -> bool:
    """ "Ivanka Trump", "Jill Biden", "Michelle Obama": a well-known person's surname after
    another given name names another person of the family, as does the full name with a
    suffix ("Donald Trump Jr."); "President Trump", "Mr. Biden" stay the known person."""
    if _SUFFIX_AFTER.match(sentence, end):
        # "President Joseph R. Biden, Jr.": a title says it is the known official himself
        return before is None or before.group(1) not in TITLE_WORDS
    if " " in form or before is None:
        return False
    word = before.group(1)
    own = {w for n in (entry.name, *entry.aliases) for w in n.split()}  # "Tayyip Erdogan"
    return (
        word not in own
        and word not in NOT_NAMES
        and word not in TITLE_WORDS
        and word not in ORG_HEADS
        and word not in GEO_WORDS
        and word not in DEMONYMS
        and word not in SURFACE
        and word.lower() not in ROLE_NOUNS  # "Candidate Trump"
        and re.fullmatch(r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?", word) is not None
    )


# the words that end a company's longer name after a well-known one ("Barclays Capital")
# legal forms and the words before them that name the same company ("Chrysler Group LLC")
_LEGAL = (
    r"Ratings Services|Ratings|Investors Service|Group|Holdings?|Motors?|Plc|PLC|plc|AG|SE|SA|S\.A\.|SpA|S\.p\.A\.|NV|N\.V\.|Oyj|ASA|KGaA|"
    r"Inc\.?|Corp\.?|Corporation|Co\.|Company|Ltd\.?|Limited|LLC"
)
_LEGAL_TAIL = re.compile(rf"(?:,? (?:{_LEGAL}))+(?![\w&-])")
# words that end the name of another, longer business: "Barclays Capital", "Nomura Securities"
_COMPANY_TAIL = re.compile(
    r"(?: (?:Group|Holdings?))?(?: [A-Z][\w&.-]*){0,2} (?:Capital|Securities|Management|Bank|"
    r"Financial|Investments|Partners|Advisors|Research|Insurance|Asset Management)(?![\w&-])"
)


def company_name_goes_on(entry: Entry, sentence: str, end: int) -> bool:
    """ "Barclays Capital", "Nomura Securities": a well-known company's name run on by words
    that end a business's name is another, longer name."""
    return entry.kind == "organization" and bool(_COMPANY_TAIL.match(sentence, end))


def legal_form_after(entry: Entry, sentence: str, end: int) -> int:
    """ "HSBC Holdings Plc", "Credit Suisse Group AG", "Chrysler Group LLC": the length of
    the legal form after a well-known company's name, which names the same company."""
    if entry.kind != "organization":
        return 0
    m = _LEGAL_TAIL.match(sentence, end)
    return m.end() - end if m else 0


def acronym_of_a_sport(form: str, entry: Entry, sentence: str, end: int) -> bool:
    """ "the SEC championship": an organization's acronym before a sport's or an event's noun
    names something else that shares its letters (a conference, a league)."""
    return (
        entry.kind != "country"
        and form != entry.name
        and form.isupper()
        and (
            bool(_SPORT_AFTER.match(sentence, end))
            or (bool(_SPORT_IF_SPORT.match(sentence, end)) and sport_sentence(sentence))
        )
    )


def sport_sentence(sentence: str) -> bool:
    """ "Florida set an SEC record in football": the sentence is about a sport."""
    return bool(_SPORT_WORD.search(sentence))


# what follows a store's possessive name but never a person's possessive: a verb or the clause's end
_AFTER_POSSESSIVE_NAME = re.compile(
    r"(?:[,;:)]|\.(?:\s|$)|\s+(?:said|says|has|had|is|was|will|would|announced|reported|"
    r"posted|plans|sells|sold|opened|closed|expects|agreed)\b)"
)


def possessive_name(sentence: str, start: int, end: int) -> bool:
    """ "Lowe's said", "shoppers at Macy's.": a capitalised word with "'s" and then a verb or the
    end of a clause is a name written with a possessive (a store), since a person's possessive
    is followed by what is theirs. Only for "'s" (not the plural's "Beatles'"), and not at a
    sentence's start, where a clipped phrase ("Obama's, too") is likelier."""
    word = sentence[start:end]
    return (
        start > 0
        and re.fullmatch(r"[A-Z][a-z]+(?:'s|’s)", word) is not None
        and word[:-2] not in NOT_NAMES
        and _AFTER_POSSESSIVE_NAME.match(sentence, end) is not None
    )


def possessive_names(text: str) -> set[str]:
    """Every name the article writes with its possessive (`possessive_name`): "Lowe's" is kept
    whole in "Lowe's and Macy's" too, once "Lowe's said" has shown it is the name."""
    return {
        m.group(0)
        for m in re.finditer(r"(?<=\w )[A-Z][a-z]+(?:'s|’s)(?!\w)", text)
        if possessive_name(text, m.start(), m.end())
    }


def _words(
    sentence: str, start: int, end: int, names: frozenset[str] | set[str] = frozenset()
) -> list[Token]:
    out = []
    for m in _TOKEN.finditer(sentence, start, end):
        text, tok_end = m.group(0), m.end()
        if text.endswith(".") and (
            not re.fullmatch(r"(?:[A-Z]\.)+|[A-Z][a-z]{0,3}\.", text)
            or sentence_final_short_name(sentence, text, tok_end)
        ):
            text, tok_end = text[:-1], tok_end - 1
        found = _POSSESSIVE.search(text) if text[-1] in "s’'" else None  # the only endings
        possessive = found is not None and len(text) > 2 and text[0].isupper()
        if possessive and found is not None and (
            text in names or possessive_name(sentence, m.start(), m.end())
        ):
            possessive = False  # "Lowe's said", "shopped at Macy's.": the name is "Lowe's"
        if found is not None and possessive:
            cut = found.group(0)
            text, tok_end = text[: -len(cut)], tok_end - len(cut)
        if text:
            out.append(Token(m.start(), tok_end, text, None, possessive))
    return out


# Company forms that keep their period: "Kestrel Avionics Pte.", "Acme Pty."
_COMPANY_FORMS = frozenset(["Pte", "Pty", "Bhd", "Cie", "Plc"])


def sentence_final_short_name(sentence: str, text: str, end: int) -> bool:
    """ "said Apple Inc. CEO Steve Jobs.": a short word closing the sentence keeps no period
    unless it is an abbreviation ("Acme Inc.", "Gen.")."""
    return (
        re.fullmatch(r"[A-Z][a-z]{1,3}\.", text) is not None
        and text[:-1].lower() not in ABBREVIATIONS
        and text[:-1] not in ORG_HEADS | _COMPANY_FORMS
        and not sentence[end:].strip(" \"'”’)]")
    )


def chunks(sentence: str, toks: list[Token]) -> list[list[Token]]:
    """Runs of capitalised tokens, joined across 'of', 'for', 'and', 'the' inside organization names."""
    out: list[list[Token]] = []
    i = 0
    while i < len(toks):
        if not toks[i].cap or unit_after_number(sentence, toks, i):
            i += 1
            continue
        chunk = [toks[i]]
        j = i + 1
        while (
            j < len(toks)
            and chunk[-1].text not in NAME_SUFFIXES  # "Kenneth A. Polite Jr. of the ..." ends
            and (not chunk[-1].possessive or possessor_in_name(sentence, toks, chunk[-1], j))
            and not _DESCRIPTIVE_HYPHEN.search(chunk[-1].text)  # "Prize-winner Margaret Atwood"
        ):
            if chunk[-1].possessive:
                chunk.append(toks[j])  # "Women's Tennis Association", "Children's Hospital"
                j += 1
                continue
            gap = sentence[chunk[-1].end : toks[j].start]
            series = named_series_end(sentence, chunk)
            if gap == ", " and series:
                # "Ministry of Economy, Trade and Industry": one body's name, commas and all
                while j < len(toks) and toks[j].start < series:
                    chunk.append(toks[j])
                    j += 1
                continue
            if (
                gap == " & "
                and toks[j].cap
                and toks[j].entry is None
                and chunk[-1].entry is None
                and (
                    _head_ahead(toks, j, sentence, COMPANY_FORMS)
                    or ampersand_pair(sentence, toks, chunk, j)
                )
            ):
                chunk.append(toks[j])  # "Marks & Spencer", "Aeronautic Defence & Space NV"
                j += 1
                continue
            if gap == ", " and legal_form_after_comma(toks, chunk, j):
                chunk.append(toks[j])  # "Acme Widgets, Inc.", "Apple, Inc."
                j += 1
                continue
            if gap == ", " and suffix_after_name(toks, chunk, j):
                chunk.append(toks[j])  # "William Clay Ford, Jr."
                j += 1
                continue
            if gap != " ":
                break
            if toks[j].cap:
                chunk.append(toks[j])
                j += 1
                continue
            # connectors: keep going only inside a name that can hold them
            k = j
            while (
                k < len(toks)
                and toks[k].text in _CONNECTORS
                and sentence[toks[k - 1].end : toks[k].start] == " "
            ):
                k += 1
            if (
                k == j
                or k >= len(toks)
                or not toks[k].cap
                or toks[k].text in CALENDAR_WORDS
                or sentence[toks[k - 1].end : toks[k].start] != " "
                or currency_prefix(sentence, toks[k])
                or any(c.isdigit() for c in toks[k].text)  # "Kennedy Space Center on STS-1"
            ):
                break
            words = {t.text for t in chunk}
            joined = {toks[x].text for x in range(j, k)}
            if (
                joined == {"and"}
                and (not words & _HEADS_AND_TITLES or field_words_before_company(words, toks, k, sentence))
                and _head_ahead(toks, k, sentence)
                # "Honda and Hyundai Motor Co.": two; "U.S. Fish and Wildlife Service": one
                and all(t.entry is None or t.entry.kind == "country" for t in chunk)
            ):
                # "Transport and General Workers Federation": one name up to its head
                chunk.extend(toks[j : k + 1])
                j = k + 1
                continue
            if "and" in joined and (
                "the" in joined
                or chunk[-1].text in ORG_HEADS
                or not words & {"of", "for"}
                or sentence.startswith(" & ", toks[k].end)  # "... of Scotland and Bradford & Bingley"
            ):
                break
            if joined in ({"and"}, {"to"}) and words & ORG_HEADS and _head_ahead(toks, k, sentence):
                break  # "MIT and Colorado State University", "US Weekly to Time Magazine": two
            if (
                chamber_of(chunk, joined, toks[k])
                or plural_head_of(chunk, joined)
                or office_fields(chunk, joined, toks[k])
            ):
                chunk.extend(toks[j : k + 1])  # "House of Representatives", "House of Lords"
                j = k + 1
                continue
            if joined & _PARTICLES or (
                words & _HEADS_TITLES_GROUP
                and not (joined == {"and"} and words & TITLE_WORDS and not words & ORG_HEADS)
            ):
                chunk.extend(toks[j : k + 1])
                j = k + 1
                continue
            break
        out.append(chunk)
        i = j
    return out


# the chambers named "House of ...": a legislature, though "House" heads no other body's name
CHAMBERS_OF = frozenset(["Representatives", "Commons", "Lords", "Delegates", "Councillors", "Keys"])


def chamber_of(chunk: list[Token], joined: set[str], tok: Token) -> bool:
    """ "House of Representatives", "House of Commons": one body's name across "of"."""
    return chunk[-1].text == "House" and joined == {"of"} and tok.text in CHAMBERS_OF


def member_of_states(chunk: list[Token], title_end: int, name_toks: list[Token]) -> bool:
    """ "EU Member States", "Member Countries": "Member" is a person's title ("Council Member
    Jane Roe", "Ranking Member Mike Crapo") only before a full name, never before one word."""
    return chunk[title_end].text == "Member" and len(name_toks) < 2


# nouns of what a ministry or department is "of": "Minister of Foreign Affairs", "Secretary of
# Homeland Security"
_OFFICE_FIELDS = frozenset(
    ["Affairs", "Security", "Defense", "Defence", "Justice", "Energy", "Health", "Commerce",
     "Labor", "Labour", "Trade", "Finance", "Interior", "Treasury", "Agriculture", "Transport",
     "Transportation", "Education", "Industry", "Development", "Services", "Resources",
     "Relations", "Environment", "Housing", "Welfare", "Economy", "Culture", "Tourism",
     "Communications", "Infrastructure", "Planning", "Cooperation", "Budget", "Veterans"]
)


def office_words_before_name(title: list[Token], name_toks: list[Token]) -> list[Token]:
    """ "Minister of Foreign Affairs Ivica Dacic", "Secretary of Homeland Security Alejandro
    Mayorkas": the nouns of an office named with "of" or "for" end the title, not open the
    person's name (which keeps at least two words)."""
    if not any(t.text in ("of", "for") for t in title):
        return name_toks
    while len(name_toks) > 2 and name_toks[0].text in _OFFICE_FIELDS:
        name_toks = name_toks[1:]
    return name_toks


# adjectives of the fields an office is "for": "Economic and Business Affairs"
_FIELD_ADJECTIVES = frozenset(
    ["Economic", "Political", "Military", "Consular", "Cultural", "Educational", "Legislative",
     "Public", "International", "Environmental", "Scientific", "Legal", "Global", "Business",
     "Financial", "Fiscal", "Monetary", "Social", "Industrial", "Regional", "Strategic",
     "Technical", "Commercial", "Humanitarian", "Security", "Intergovernmental", "Multilateral"]
)


def office_fields(chunk: list[Token], joined: set[str], tok: Token) -> bool:
    """ "Deputy Assistant Secretary of State for European and Eurasian Affairs Jane Doe": in an
    office's "of"/"for" part, "and" between two region or field adjectives is one office."""
    words = {t.text for t in chunk}
    return (
        joined == {"and"}
        and bool(words & TITLE_WORDS)
        and bool(words & {"of", "for"})
        and _field_word(chunk[-1].text)
        and _field_word(tok.text)
    )


def _field_word(word: str) -> bool:
    return word in GEO_WORDS or word in DEMONYMS or word in _FIELD_ADJECTIVES


# title words that also name a company's field: "European Aeronautic Defence and Space Co."
_FIELD_TITLES = frozenset(["Defense", "Defence", "Foreign", "Interior", "Finance", "State", "Treasury"])


def field_words_before_company(words: set[str], toks: list[Token], k: int, sentence: str) -> bool:
    """ "European Aeronautic Defence and Space Co.": a field word that is also a title's
    ("Defence") does not stop "and" from joining the words of a company named by its legal form."""
    return (
        not words & ORG_HEADS
        and not words & (TITLE_WORDS - _FIELD_TITLES)
        and _head_ahead(toks, k, sentence, COMPANY_FORMS)
    )


def ampersand_pair(sentence: str, toks: list[Token], chunk: list[Token], j: int) -> bool:
    """ "Bradford & Bingley", "Procter & Gamble": two name words joined by "&" and nothing
    capitalised after them are one company's name."""
    nxt = j + 1
    return (
        len(chunk) == 1
        and not _CREDIT_BEFORE.search(sentence[: chunk[0].start])  # "Video: Jane Roe & ..."

        and all(
            re.fullmatch(r"[A-Z][a-z]+", t.text) is not None and t.text not in _NOT_PAIR_WORDS
            for t in (chunk[0], toks[j])
        )
        and (nxt >= len(toks) or not toks[nxt].cap or sentence[toks[j].end : toks[nxt].start] != " ")
    )


_NOT_PAIR_WORDS = NOT_NAMES | TITLE_WORDS | ORG_HEADS | GEO_WORDS | CALENDAR_WORDS
_CREDIT_BEFORE = re.compile(r"\b(?:Image|Photo|Video|Credit|Source|Picture)s?:\s*$")


def ampersand_company(sentence: str, chunk: list[Token], lower_words: set[str]) -> Phrase | None:
    """ "Bradford & Bingley": a name of two words joined by "&" is a company, never a person
    (unless both are common words of the article: "Research & Development")."""
    if len(chunk) != 2 or sentence[chunk[0].end : chunk[1].start] != " & ":
        return None
    if all(t.text.lower() in lower_words for t in chunk):
        return None
    name = sentence[chunk[0].start : chunk[1].end]
    return Phrase("organization", name, chunk[0].start, chunk[1].end, form=name)


def plural_head_of(chunk: list[Token], joined: set[str]) -> bool:
    """ "Royal Courts of Justice", "Inns of Court": a body's plural head before "of"."""
    last = chunk[-1].text
    return joined == {"of"} and last.endswith("s") and last[:-1] in ORG_HEADS


def currency_prefix(sentence: str, tok: Token) -> bool:
    """ "for US$7.4 billion", "worth C$2bn": letters written against a dollar sign name a
    currency, so a name does not run on into them across "for" or "of"."""
    return sentence.startswith("$", tok.end)


# plural nouns whose possessive opens a body's name: "People's Bank", "Women's Tennis Association"
_NAME_POSSESSORS = frozenset(
    ["People", "Peoples", "Women", "Men", "Children", "Workers", "Veterans", "Farmers",
     "Consumers", "Citizens", "Teachers", "Nurses", "Students", "Investors", "Taxpayers",
     "Writers", "Journalists", "Employers", "Nations", "Boys", "Girls", "Mothers", "Parents",
     "Traders", "Miners", "Seamen", "Soldiers", "Sailors", "Pensioners"]
)


def possessor_in_name(sentence: str, toks: list[Token], tok: Token, j: int) -> bool:
    """ "the Women's Tennis Association", "People's Liberation Army": a plural noun's
    possessive before capitalised words ending in a body's head is part of that body's name."""
    return (
        tok.text in _NAME_POSSESSORS
        and toks[j].cap
        and toks[j].entry is None
        and sentence[tok.end : toks[j].start] in ("'s ", "’s ", "' ", "’ ")
        and _head_ahead(toks, j, sentence)
    )


_SERIES_HEADS = frozenset(
    ["Ministry", "Department", "Minister", "Secretary", "Committee", "Commission", "Ministers",
     "Bureau", "Office", "Agency"]
)
_SERIES = re.compile(r"(?:, [A-Z][\w-]+)+,? and [A-Z][\w-]+\b")


def named_series_end(sentence: str, chunk: list[Token]) -> int:
    """ "Ministry of Economy, Trade and Industry": where a list of capitalised words after a
    body's head and "of" ends (0 when there is none)."""
    if (
        len(chunk) < 3
        or chunk[-2].text not in ("of", "for")
        or chunk[-3].text not in _SERIES_HEADS
        or chunk[-1].entry is not None
    ):
        return 0
    m = _SERIES.match(sentence, chunk[-1].end)
    return m.end() if m else 0


def unit_after_number(sentence: str, toks: list[Token], i: int) -> bool:
    """ "760 HP", "1,200 MW", "64 GB": a short all-capital word right after a number is its
    unit of measure, not a name."""
    tok = toks[i]
    return (
        i > 0
        and len(tok.text) <= 4
        and tok.text.isupper()
        and re.fullmatch(r"\d[\d,.]*", toks[i - 1].text) is not None
        and sentence[toks[i - 1].end : tok.start] == " "
    )


def _head_ahead(toks: list[Token], k: int, sentence: str, heads: frozenset = ORG_HEADS) -> bool:
    """True when the capitalised run from token ``k`` ends in an organization head."""
    while (
        k + 1 < len(toks) and toks[k + 1].cap and sentence[toks[k].end : toks[k + 1].start] == " "
    ):
        k += 1
    return toks[k].text in heads and toks[k].entry is None


# "Nobel Prize-winning economist", "Detroit-based": a hyphenated word that describes, no name
_DESCRIPTIVE_HYPHEN = re.compile(
    r"-(?:winning|winner|based|born|led|backed|owned|run|funded|style|era|made|bound|related|"
    r"linked|listed|controlled|affiliated|sponsored|designed|built|focused|friendly|free)$"
)
_GERMAN_ARTICLES = frozenset(["Der", "Die", "Das"])
# titles that are also surnames, after a given name: "Mervyn King", "John Major"
_SURNAME_TITLES = frozenset(["King", "Major", "Bishop"])
# given names that are also heads of non-actors: "Bill Gross" (not "the Farm Bill")
_GIVEN_HEADS = frozenset(["Bill"])


def _name_like(tok: Token, lower_words: set[str], given: Token | None = None) -> bool:
    text = tok.text
    # "Park Ji-hoon", "Hall Min-seo": a family name before a hyphenated given name
    korean = given is not None and bool(re.fullmatch(r"[A-Z][a-z]+-[a-z]+", given.text))
    first_of_two = given is not None and given is not tok and given.start > tok.start
    if text in _SURNAME_TITLES and given is not None and given.start < tok.start:
        return _name_like(given, lower_words)  # "Mervyn King", "John Major": a surname
    if (
        tok.entry is not None
        or text in NOT_NAMES
        or text in ORG_HEADS
        or (text in NON_ACTOR_HEADS and not korean and not (text in _GIVEN_HEADS and first_of_two))
        or text in TITLE_WORDS
        or _DESCRIPTIVE_HYPHEN.search(text)
    ):
        return False
    if re.fullmatch(r"[A-Z]\.", text):
        return True
    if re.fullmatch(r"(?:[A-Z]\.){2,3}", text) and given is not None and given is not tok:
        return True  # "K.C. Maurer", "O.J. Simpson": initials before a surname
    text = re.sub(r"^(?:d|l|dell)['’](?=[A-Z])", "", text)  # "Patrizia d'Ettorre"
    # any script's letters: "Martín", "Aydın", "Şahin", "al-Mansouri"
    text = re.sub(r"^(?:al|el|ad|as|ash|at|an|ar|az)-(?=[A-Z])", "", text)
    return (
        text[:1].isupper()
        and any(c.islower() for c in text)
        and all(c.isalpha() or c in "’'-" for c in text)
    )


def given_of(chunk: list[Token], k: int) -> Token | None:
    """The other word of a two-word name; for the last word of a longer one that is a title
    word as well as a surname ("Martin Luther King"), the given name before it."""
    if len(chunk) == 2:
        return chunk[1 - k]
    if k == len(chunk) - 1 and k > 0 and chunk[k].text in _SURNAME_TITLES:
        return chunk[k - 1]
    return None


# place words that are also common surnames: "Helen Park", "Arthur Hall", "Sally Field"
_SURNAME_PLACE_WORDS = frozenset(["Park", "Hall", "Field", "Law", "Lake", "Bridges", "Rivers"])


def place_word_surname(name_toks: list[Token], lower_words: set[str]) -> bool:
    """ "Director Helen Park", "director Helen Park": after a title or a role, a given name and a
    place word that is also a surname are a person, not a place ("Hyde Park" has neither)."""
    return (
        len(name_toks) == 2
        and name_toks[1].text in _SURNAME_PLACE_WORDS
        and name_toks[1].entry is None
        and name_toks[0].text not in NON_ACTOR_HEADS
        and _name_like(name_toks[0], lower_words)
    )


def head_word_surname(name_toks: list[Token]) -> bool:
    """ "Judge Mary Court", "Governor John Bank": after a title, a given name nearly always a
    man's or a woman's and a body's head word are a person whose surname is that word (not the
    body "Mary Court"); not a plural or a legal form ("Mary Associates", "John Inc."); "Jim
    Press" is a person."""
    if len(name_toks) != 2:
        return False
    given, last = name_toks
    return (
        given.entry is None
        and given.text.lower() in _GIVEN_NAMES
        and last.entry is None
        and last.text in ORG_HEADS
        and re.fullmatch(r"[A-Z][a-z]+", last.text) is not None
        # a plural, not a surname ending in "ss" ("Chrysler President Jim Press": round 27)
        and not (last.text.endswith("s") and not last.text.endswith("ss"))
    )


_GIVEN_NAMES = MALE_NAMES | FEMALE_NAMES


# what museums are "of" ("Museum of Modern Art", "of Natural History"); a place after "of"
# ("Space Museum of McMinnville") or a title ("Museum of Flight CEO") is no institution's name
_MUSEUM_FIELDS = frozenset(
    ["Art", "Arts", "Fine", "Modern", "Contemporary", "Science", "Sciences", "Natural", "History", "Technology", "Industry", "Flight", "Design", "Photography", "Music", "Medicine", "Anthropology", "Archaeology", "Aviation", "Space", "Culture", "Cultures", "Civilization", "Civilizations", "Fashion", "Film", "Transport", "Transportation", "and"]
)


def institution_of(words: list[str]) -> bool:
    """ "Springfield Museum of Art", "National Gallery of Art": a museum or gallery named with
    "of" is an institution that acts and speaks, not the venue (nor "Art" alone); "the Louvre
    Museum" and "the museum" are still places."""
    return any(
        w in _INSTITUTION_VENUES
        and words[k + 1] == "of"
        and all(x in _MUSEUM_FIELDS for x in words[k + 2 :])
        for k, w in enumerate(words[:-2])
    )


def place_word_surnames_of(phrases: list[Phrase]) -> set[str]:
    """The surnames of `place_word_surname` persons, so that "Park said" later is the person."""
    return {
        p.name.split()[-1]
        for p in phrases
        if p.kind == "person" and p.name.split()[-1] in _SURNAME_PLACE_WORDS
    }


_FORMS_AFTER_COMMA = frozenset(["Inc.", "Inc", "LLC", "Ltd.", "Ltd", "Corp.", "LLP", "L.P.", "PLC", "plc"])


def legal_form_after_comma(toks: list[Token], chunk: list[Token], j: int) -> bool:
    """ "Acme Widgets, Inc.", "Apple, Inc.": a legal form after a comma ends the company's name."""
    return toks[j].text in _FORMS_AFTER_COMMA and chunk[-1].cap and chunk[-1].text not in NOT_NAMES


def suffix_after_name(toks: list[Token], chunk: list[Token], j: int) -> bool:
    """ "William Clay Ford, Jr.": a suffix after a comma still ends the person's name."""
    return (
        toks[j].text in NAME_SUFFIXES
        and len(chunk) >= 2
        and chunk[-1].entry is None
        and chunk[-1].text not in ORG_HEADS
    )


def classify(sentence: str, chunk: list[Token], lower_words: set[str]) -> list[Phrase]:
    """Name the actors in one chunk: a titled person, a person, an organization, countries."""
    if len(chunk) >= 3 and chunk[-1].text in NAME_SUFFIXES:
        return name_with_suffix(sentence, chunk, lower_words)
    return _classify(sentence, chunk, lower_words)


def name_with_suffix(sentence: str, chunk: list[Token], lower_words: set[str]) -> list[Phrase]:
    """ "Martin Luther King Jr.", "William Clay Ford, Jr.", "Queen Elizabeth II": the person
    named before the suffix, the suffix kept in the name ("Jr" written "Jr.")."""
    suffix = chunk[-1]
    got = _classify(sentence, chunk[:-1], lower_words)
    for p in got:
        if p.kind == "person" and p.entry is None and p.end == chunk[-2].end:
            text = suffix.text + "." if suffix.text in ("Jr", "Sr") else suffix.text
            p.name = f"{p.name} {text}"
            p.end = suffix.end
            p.form = sentence[p.start : p.end]
    return got


def _classify(sentence: str, chunk: list[Token], lower_words: set[str]) -> list[Phrase]:
    out: list[Phrase] = []
    for i, tok in enumerate(chunk):
        if tok.entry is not None:
            phrase = Phrase(
                tok.entry.kind, tok.entry.name, tok.start, tok.end, entry=tok.entry, form=tok.text
            )
            if tok.entry.kind == "person":
                j = i
                while j > 0 and (
                    chunk[j - 1].text in TITLE_WORDS
                    or _demonym_at(chunk, j - 1)
                    or chunk[j - 1].entry is not None
                    or chunk[j - 1].text in ("of", "the", "to")
                ):
                    j -= 1
                first = next(
                    (
                        k
                        for k in range(j, i)
                        if chunk[k].text in TITLE_WORDS
                        or _demonym_at(chunk, k)
                        or _is_country(chunk[k])
                    ),
                    i,
                )
                if first < i:
                    phrase.title = sentence[chunk[first].start : chunk[i - 1].end]
                    phrase.start = chunk[first].start
                    phrase.form = sentence[phrase.start : tok.end]
            out.append(phrase)
    has_head = any(t.text in ORG_HEADS for t in chunk)
    while (
        chunk
        and chunk[0].entry is None
        and (
            chunk[0].text in NOT_NAMES
            or chunk[0].text in _CONNECTORS
            or _describing_opener(sentence, chunk)
        )
        and not (has_head and opens_a_body(chunk))
        and not (chunk[0].text in _HONORIFICS and len(chunk) > 1)  # "Ms Bauchtman said"
        and not first_of_a_company(sentence, chunk)
    ):
        chunk = chunk[1:]
    while chunk and chunk[-1].text in _CONNECTORS:
        chunk = chunk[:-1]
    if not chunk:
        return out
    text = sentence[chunk[0].start : chunk[-1].end]
    words = [t.text for t in chunk]
    if financial_index(sentence, text, chunk[-1].end):
        return out
    if numbered_index(sentence, text, chunk[-1].end):
        return []  # "the S&P 500 lost 4.7%": the index, not the rating agency
    regional = (
        company_with_region(sentence, chunk)
        or company_with_acronym(sentence, chunk)
        or ampersand_company(sentence, chunk, lower_words)
    )
    if regional is not None:
        return [regional]
    if any(t.entry is not None for t in chunk) and all(
        t.entry is not None or t.text in _CONNECTORS or t.text == "Team" for t in chunk
    ):
        return out
    # title + name: "Russian President Vladimir Putin", "Secretary of the Treasury Janet L. Yellen"
    i, title_end = 0, -1
    while i < len(chunk):
        tok = chunk[i]
        # "Czech Industry Minister": up to two words that qualify the title word after them
        qualifies = any(
            chunk[k].text in TITLE_WORDS and chunk[k].text not in ("Former", "Acting")
            for k in range(i + 1, min(i + 3, len(chunk)))
            if not (k == len(chunk) - 1 and chunk[k].text in _SURNAME_TITLES)  # "John Major"
        )
        opening_role = i == 0 and role_opening_sentence(sentence, chunk)
        if (
            tok.text in TITLE_WORDS
            or opening_role
            or (tok.entry is not None and tok.entry.kind != "person")
            or _demonym_at(chunk, i)
            or (qualifies and tok.entry is None and tok.text[:1].isupper())
        ):
            if tok.text in TITLE_WORDS or opening_role:
                title_end = i
            i += 1
            if i < len(chunk) and chunk[i].text in ("of", "to") and title_end == i - 1:
                k = i + 1
                while k < len(chunk) and chunk[k].text == "the":
                    k += 1
                if k < len(chunk) and (
                    chunk[k].entry is not None
                    or chunk[k].text in _HEADS_AND_TITLES
                    or k + 2 < len(chunk)
                ):
                    title_end = k
                    i = k + 1
                    series = _SERIES.match(sentence, chunk[k].end)
                    while series and i < len(chunk) and chunk[i].end <= series.end():
                        title_end, i = i, i + 1  # "Minister of Economy, Trade and Industry"
            continue
        break
    unit = unit_of_company(sentence, chunk, title_end, chunk[title_end + 1 :], lower_words)
    if unit is not None:
        return [p for p in out if p.entry is not chunk[title_end].entry] + [unit]
    honoured = name_after_honorific(sentence, chunk, lower_words)
    if honoured is not None:
        return out + [honoured]
    if title_end < 0:
        split = body_title_name(sentence, chunk, lower_words)
        if split:
            return out + split
    company = company_before_title(sentence, chunk, title_end)
    if company is not None:
        out.append(company)  # "Apple Computer CEO Steve Jobs": Apple Computer is an actor too
    split = company_run_into_name(sentence, chunk, lower_words)
    if split:
        return out + split
    if title_end >= 0:
        name_toks: list[Token] = []
        tail = chunk[title_end + 1 :]
        if tail and tail[0].text in ("for", "of", "on") and len(tail) >= 3:
            name_toks = _tail_name(tail)
        for tok in tail if not name_toks else []:
            if tok.text in _CONNECTORS - _PARTICLES or tok.entry is not None:
                break
            name_toks.append(tok)
        name_toks = office_words_before_name(chunk[: title_end + 1], name_toks)
        if name_toks and name_toks[-1] is chunk[-1] and chunk[-1].text in INDUSTRY_WORDS:
            # "General Electric", "General Dynamics": a title word opening a company's name
            # that ends in a trade noun (round 9), as "Duke Energy" does without a title
            out.append(Phrase("organization", text, chunk[0].start, chunk[-1].end, form=text))
            return out
        if (
            len(name_toks) == 1
            and all(t.text in ("Former", "Acting") for t in chunk[: title_end + 1])
            and _ROLE_NOUN_AFTER.match(sentence, name_toks[0].end)
        ):
            return out  # "Former Springfield mayor John Roe": the place of his office (round 12)
        if name_toks and not member_of_states(chunk, title_end, name_toks) and (
            place_word_surname(name_toks, lower_words)
            or head_word_surname(name_toks)
            or all(
                _name_like(t, lower_words, name_toks[1 - k] if len(name_toks) == 2 else None)
                or t.text in _PARTICLES
                for k, t in enumerate(name_toks)
            )
            and _name_length_ok(name_toks)
        ):
            if all(t.text in _NO_TITLE_ALONE for t in chunk[: title_end + 1]):
                return out  # "the Crown Victoria": no office, so no person (round 23)
            if len(name_toks) == 1 and all(t.text in _OFFICE_MODIFIERS for t in chunk[: title_end + 1]):
                # "State Farm", "Foreign Policy", "Treasury Wine": a word that only qualifies an
                # office ("State Senator", "Foreign Minister") and one more word name a body
                # (round 24); "Former Smith" is no one, nor "Foreign Affairs minister" (an office)
                if chunk[0].text not in ("Former", "Acting") and not _ROLE_NOUN_AFTER.match(
                    sentence, chunk[-1].end
                ):
                    out.append(Phrase("organization", text, chunk[0].start, chunk[-1].end, form=text))
                return out
            title = sentence[chunk[0].start : name_toks[0].start].strip()
            out.append(
                Phrase(
                    "person",
                    " ".join(t.text for t in name_toks),
                    chunk[0].start,
                    name_toks[-1].end,
                    title=title,
                    form=sentence[chunk[0].start : name_toks[-1].end],
                )
            )
            return out
    last = words[-1]
    if (
        last.endswith("s")
        and last not in ORG_HEADS
        and last[:-1] in _PLURAL_HEADS
    ):
        return out  # "the State and Homeland Security Departments": see coordinated_orgs
    if len(words) > 1 and words[-1] in ("Center", "Centre") and words[-2] in _VENUE_WORDS:
        return out  # "Moscone West Convention Center": a venue
    if institution_of(words):
        out.append(Phrase("organization", strip_lead(text), chunk[0].start, chunk[-1].end, form=text))
        return out
    if (
        last not in ORG_HEADS
        and (last in NON_ACTOR_HEADS or any(w in NON_ACTOR_HEADS for w in words[1:]))
        and not _korean_pair(chunk)
    ):
        if role_before(sentence, chunk[0].start) and place_word_surname(chunk, lower_words):
            # "director Helen Park": a role before makes the place word a surname
            out.append(Phrase("person", text, chunk[0].start, chunk[-1].end, form=text))
        return out
    head_of = any(
        (w in ORG_HEADS or w[:-1] in ORG_HEADS and w.endswith("s") and words[i + 1] == "of")
        and words[i + 1] in ("of", "for", "on")
        for i, w in enumerate(words[:-1])
    )
    if (
        last in ORG_HEADS
        or head_of
        or text.endswith(("Red Cross", "Red Crescent"))  # "Philippine Red Cross"
        or (len(words) > 2 and words[-3:-1] == ["House", "of"] and last in CHAMBERS_OF)
        or (len(words) > 1 and re.fullmatch(r"[A-Z]{3,}", words[0]) and words[1][:1].isupper())
    ):
        cut = office_of(words)
        if cut:
            chunk, text = chunk[cut:], sentence[chunk[cut].start : chunk[-1].end]
            words = words[cut:]
        if len(words) > 1 or last not in ORG_HEADS:
            out.append(
                Phrase("organization", strip_lead(text), chunk[0].start, chunk[-1].end, form=text)
            )
        else:  # "the Commission": resolved later to the one organization with that head, if any
            out.append(Phrase("single", last, chunk[0].start, chunk[-1].end, form=last))
        return out
    if len(chunk) == 1:
        tok = chunk[0]
        if tok.entry is None and tok.text not in NOT_NAMES and not tok.text.isdigit():
            out.append(Phrase("single", tok.text, tok.start, tok.end, form=tok.text))
        return out
    airline = chunk[:-1] if len(chunk) > 2 and chunk[-1].text == "Flight" else chunk
    if company_ending_in_country(airline):
        # "Air France", "Garuda Indonesia", "Air France Flight 447": a company, not the country
        out = [p for p in out if p.entry is not airline[-1].entry]
        name = sentence[airline[0].start : airline[-1].end]
        out.append(Phrase("organization", name, airline[0].start, airline[-1].end, form=name))
        return out
    name_toks = [t for t in chunk if t.entry is None]
    if name_toks != chunk or any(_demonym_at(chunk, i) for i in range(len(chunk))):
        return out
    if _name_length_ok(chunk) and all(
        _name_like(t, lower_words, given_of(chunk, k))
        or t.text in _PARTICLES
        for k, t in enumerate(chunk)
    ):
        if re.search(r"ly$", words[0]) and len(words[0]) > 5:
            return out
        if all(w.lower() in lower_words for w in words if w not in _PARTICLES):
            return out
        if product_shaped(sentence, words, chunk[-1].end):
            return out
        if re.search(r"\b[Tt]he\s+$", sentence[: chunk[0].start]) or words[0] in _GERMAN_ARTICLES:
            # "Der Spiegel", "Die Zeit": a German article opens a title, never a person's name
            # people take no article: "The Southern Review", "the Hinrich Institute"
            out.append(Phrase("organization", text, chunk[0].start, chunk[-1].end, form=text))
            return out
        if set(words) & GEO_WORDS or city_before_state(sentence, chunk[-1].end):
            return out
        if place_after_preposition(sentence, chunk):
            return out
        if city_name(text):
            return out
        kind = "organization" if words[-1] in INDUSTRY_WORDS else "person"
        out.append(Phrase(kind, text, chunk[0].start, chunk[-1].end, form=text))
    return out




def unit_of_company(
    sentence: str, chunk: list[Token], title_end: int, name_toks: list[Token], lower_words: set[str]
) -> Phrase | None:
    """ "CEO of Boeing Commercial Airplanes": common words after a title's company name the
    company's unit, not a person ("Governor of the Bank of England Andrew Bailey" is one)."""
    company = chunk[title_end]
    if (
        title_end < 0
        or (company.entry is not None and company.entry.kind != "organization")
        or company.text in _HEADS_AND_TITLES
        or not company.cap
        or not name_toks
        or name_toks[0].start != company.end + 1
        or any(t.entry is not None or not t.cap for t in name_toks)
        or company.text in _OFFICE_FIELDS
        or not common_words([t.text for t in name_toks])
    ):
        return None
    name = sentence[company.start : name_toks[-1].end]
    return Phrase("organization", name, company.start, name_toks[-1].end, form=name)


# the nouns of regions a company names its units by: "GM Europe", "EADS North America"
_REGION_NOUNS = frozenset(
    ["Europe", "Asia", "Africa", "America", "Americas", "Pacific", "Asia-Pacific", "Oceania",
     "Eurasia"]
)
_REGION_OPENERS = frozenset(["North", "South", "East", "West", "Latin", "Central", "Middle"])


def company_with_region(sentence: str, chunk: list[Token]) -> Phrase | None:
    """ "GM Europe", "EADS North America", "Toyota Australia": a company's acronym or
    well-known one-word name before a region or a country names the company's regional unit,
    an actor of its own (not the company, not the place)."""
    if not 2 <= len(chunk) <= 3 or chunk[0].possessive:
        return None
    first, *region = chunk
    company = (
        first.entry is None and re.fullmatch(r"[A-Z]{2,5}", first.text) is not None
    ) or (
        first.entry is not None
        and first.entry.kind == "organization"
        and " " not in first.entry.name
        and first.text == first.entry.name
    )
    last = region[-1]
    place = (
        last.text in _REGION_NOUNS
        and all(t.text in _REGION_OPENERS for t in region[:-1])
        or len(region) == 1
        and last.entry is not None
        and last.entry.kind == "country"
        and last.text not in last.entry.capitals
    )
    if not company or not place or last.possessive and len(region) > 1:
        return None
    name = sentence[first.start : last.end]
    return Phrase("organization", name, first.start, last.end, form=name)




def _describing_opener(sentence: str, chunk: list[Token]) -> bool:
    """ "Opposition Kuomintang lawmakers": a describing word capitalised only because it opens
    the sentence is no part of the name after it."""
    return (
        len(chunk) > 1
        and chunk[0].text in DESCRIBING_OPENERS
        and not sentence[: chunk[0].start].strip(" “\"'‘(")
    )


def company_with_acronym(sentence: str, chunk: list[Token]) -> Phrase | None:
    """ "Sony BMG": a well-known one-word company's name before an acronym of three to five
    capitals names another company (a joint venture, a unit), not the well-known one. Not an
    office ("Sony CEO"), nor a group after it ("Ford UAW workers")."""
    if len(chunk) != 2 or chunk[0].possessive:
        return None
    first, second = chunk
    if (
        first.entry is None
        or first.entry.kind != "organization"
        or " " in first.entry.name
        or first.text != first.entry.name
        or second.entry is not None
        or not re.fullmatch(r"[A-Z]{3,5}", second.text)
        or second.text in TITLE_WORDS
        or re.match(r"\s+[a-z]+s\b", sentence[second.end :])
    ):
        return None
    name = sentence[first.start : second.end]
    return Phrase("organization", name, first.start, second.end, form=name)


# words that open sentences but also bodies' names: "Credit Suisse Group AG", "First Solar Inc."
_BODY_OPENERS = NAME_ADJECTIVES | {"Credit", "First", "Live", "Union"}


# what "First" opens that is no company: "the First Amendment", "First Nations leaders",
# "First World War", "First Lady" (a title)
_FIRST_OF_NO_COMPANY = frozenset(["Amendment", "World", "Class", "Person"])


def first_of_a_company(sentence: str, chunk: list[Token]) -> bool:
    """ "Shares of First Solar rose", "First Solar said": "First" before one capitalised word,
    with no article before it, opens a company's name (round 26: "Solar" was the actor; "the
    First Circuit", "the First Amendment", "First Lady Michelle Obama" are left as they were)."""
    if len(chunk) != 2 or chunk[0].text != "First":
        return False
    second = chunk[1].text
    if second in TITLE_WORDS or second in NOT_NAMES or second in _FIRST_OF_NO_COMPANY:
        return False
    if second in SURFACE or second in VEHICLE_BRANDS or re.fullmatch(r"[A-Z]{2,5}", second):
        return False  # "First Ford cut jobs, then GM did": a known name after "First" (review 19)
    if second.endswith("s") and not second.endswith("ss"):
        return False  # a people or a book: "First Nations", "First Corinthians"
    before = sentence[: chunk[0].start].rstrip()
    return not re.search(r"\b(?:the|The)$", before) and not sentence[chunk[1].end :].startswith(",")


def opens_a_body(chunk: list[Token]) -> bool:
    """ "Catholic University", "Credit Suisse Group AG": a word that opens sentences is the
    first word of a body's name that ends in a body's head, and stays in it."""
    return chunk[0].text in _BODY_OPENERS and len(chunk) > 1 and chunk[1].text[:1].isupper()


# job nouns that a sentence can open with before a name: "Analyst Rod Lache of ..."
_OPENING_ROLES = frozenset(
    ["Analyst", "Economist", "Strategist", "Lawyer", "Activist", "Author", "Journalist",
     "Researcher", "Actor", "Actress", "Singer", "Writer", "Photographer", "Designer", "Artist",
     "Investor", "Billionaire", "Entrepreneur", "Novelist", "Scientist", "Historian", "Blogger",
     "Economists", "Analysts", "Trader", "Banker", "Consultant", "Diplomat", "Lawmaker"]
)


def role_opening_sentence(sentence: str, chunk: list[Token]) -> bool:
    """ "Analyst Rod Lache of Deutsche Bank said": a job's noun opening the sentence, capitalised
    only because it opens it, before a name of two words or more, is the person's title."""
    return (
        len(chunk) >= 3
        and chunk[0].text in _OPENING_ROLES
        and not sentence[: chunk[0].start].strip(" \"“‘'(")
    )


# stock indices that news names like bodies ("the Dow Jones rose"): financial figures, no actors
_INDEX_NAMES = frozenset(
    ["Dow", "Dow Jones", "FTSE", "Nikkei", "Hang Seng", "DAX", "CAC", "Sensex", "Kospi", "KOSPI",
     "Topix", "TOPIX", "Stoxx", "Euro Stoxx", "Nasdaq Composite", "Russell", "ASX", "Bovespa",
     "IBEX", "Ibex", "Straits Times Index", "Shanghai Composite"]
)
_INDEX_AFTER = re.compile(
    r"(?: [0-9]{2,4}\b)?(?:,? |-)(?:stock |share |benchmark |blue-chip |composite )?"
    r"(?:index|indices|indexes|average)\b"
)


def financial_index(sentence: str, text: str, end: int) -> bool:
    """ "the Dow Jones Industrial Average", "the FTSE 100", "the Nikkei 225 index", "the
    Dow Jones rose": a stock index is a financial figure, not an actor."""
    last = text.rsplit(" ", 1)[-1]
    return (
        text in _INDEX_NAMES
        or last in ("Average", "Composite", "Index", "Indices")
        or bool(_INDEX_AFTER.match(sentence, end))
    )


# names that, followed by a number, are a stock index: "S&P 500", "Russell 2000", "CAC 40"
_NUMBERED_INDEX = frozenset(
    ["S&P", "Standard & Poor's", "Nasdaq", "NASDAQ", "FTSE", "Nikkei", "CAC", "DAX", "Russell",
     "Stoxx", "Euro Stoxx", "ASX", "Kospi", "KOSPI", "Topix", "TOPIX", "MSCI", "Wilshire"]
)
_INDEX_NUMBER = re.compile(
    r" \d{2,4}(?![\d,.%]\d|%| ?(?:million|billion|trillion|percent|per cent|shares|points|jobs|"
    r"people|workers|employees|stores)\b)"
)


_INDEX_MOVE = re.compile(
    r"(?:\s+(?:also|index|composite))?\s+(?:rose|fell|jumped|dropped|climbed|slipped|gained|lost|"
    r"tumbled|surged|plunged|declined|advanced|slumped|rallied|shed|added)\s+[\d.,]+\s*"
    r"(?:%|percent|per cent|points?)"
)


def numbered_index(sentence: str, text: str, end: int) -> bool:
    """ "the S&P 500 fell", "the Russell 2000", "the CAC 40", "the Nasdaq fell 2 percent": a
    name that is also an index's, with the index's number or a move in points or percent after
    it, is the index (no actor), not the agency or exchange ("Nasdaq OMX Group said" is)."""
    return text in _NUMBERED_INDEX and (
        _INDEX_NUMBER.match(sentence, end) is not None or _INDEX_MOVE.match(sentence, end) is not None
    )


def body_title_name(sentence: str, chunk: list[Token], lower_words: set[str]) -> list[Phrase]:
    """ "Bank of England Governor Andrew Bailey", "Ministry of Defence Spokesman John Smith": a
    body's name (with its head), a title, and a person's name are two actors."""
    if chunk[0].text in TITLE_WORDS or chunk[0].entry is not None:
        return []
    for t in range(2, len(chunk) - 1):
        body = chunk[:t]
        if (
            chunk[t].text not in TITLE_WORDS
            or body[-1].text in _CONNECTORS
            or not any(b.text in ORG_HEADS for b in body)
            or any(b.entry is not None and b.entry.kind == "person" for b in body)
        ):
            continue
        e = t
        while e < len(chunk) and (chunk[e].text in TITLE_WORDS or chunk[e].text in ("of", "for")):
            e += 1
        name = chunk[e:]
        if not (
            1 <= len(name) <= 3
            and all(
                _name_like(n, lower_words, name[1 - k] if len(name) == 2 else None)
                or n.text in _PARTICLES
                for k, n in enumerate(name)
            )
        ):
            return []
        text = sentence[body[0].start : body[-1].end]
        org = Phrase("organization", strip_lead(text), body[0].start, body[-1].end, form=text)
        title = sentence[chunk[t].start : chunk[e - 1].end]
        person = Phrase(
            "person",
            " ".join(n.text for n in name),
            chunk[t].start,
            name[-1].end,
            title=title,
            form=sentence[chunk[t].start : name[-1].end],
        )
        return [org, person]
    return []


_HONORIFICS = frozenset(["Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr", "Prof.", "Miss"])
# title words that are no office on their own, only before one ("Crown Prince", "Supreme
# Leader"): alone before a name they open a product's or a thing's name (round 23)
_NO_TITLE_ALONE = frozenset(["Crown", "Supreme"])
# title words that only qualify an office ("State Senator", "Foreign Minister", "First Lady",
# "Acting President"): alone before one word they name no person (round 24)
_OFFICE_MODIFIERS = frozenset(
    ["State", "Foreign", "Defense", "Defence", "Interior", "Finance", "Treasury", "Former", "Acting",
     "Special", "First", "Vice", "Under", "Assistant", "Ranking", "Staff", "Gunnery"]
)


def name_after_honorific(sentence: str, chunk: list[Token], lower_words: set[str]) -> Phrase | None:
    """ "Undersecretary for Education Mr. Toccafondi": the words after the last honorific of
    a chunk name the person, whatever title comes before."""
    last = -1
    for i in range(len(chunk) - 2, 0, -1):
        if chunk[i].text in _HONORIFICS:
            last = i
            break
    name_toks = chunk[last + 1 :]
    if (
        last < 1
        or not 1 <= len(name_toks) <= 3
        or not all(t.entry is None and _name_like(t, lower_words) for t in name_toks)
    ):
        return None
    title = sentence[chunk[0].start : name_toks[0].start].strip()
    name = " ".join(t.text for t in name_toks)
    form = sentence[chunk[0].start : name_toks[-1].end]
    return Phrase("person", name, chunk[0].start, name_toks[-1].end, title=title, form=form)


# Words that end a company's legal name: "Apple Inc.", "Acme Corp.", "Kestrel Avionics Pte"
COMPANY_FORMS = frozenset(
    ["Inc.", "Inc", "Ltd.", "Ltd", "Corp.", "Corp", "Co.", "Co", "LLC", "PLC", "plc", "GmbH", "AG",
     "NV", "BV", "Pte", "Bhd", "Computer"]
)


# heads of a business's name: "Emirates Airline President Tim Clark"
_BUSINESS_HEADS = frozenset(
    ["Airline", "Airlines", "Airways", "Motors", "Group", "Corporation", "Company", "Holdings",
     "Industries", "Electronics", "Systems", "Technologies", "Communications",
     "Pharmaceuticals", "Foods", "Securities", "Partners", "Investments", "Insurance",
     "Entertainment", "Studios", "Aerospace", "Aviation", "Plc", "SA", "SpA", "SAS", "SE"]
)


def company_before_title(sentence: str, chunk: list[Token], title_end: int) -> Phrase | None:
    """ "Apple Computer CEO and co-founder Steve Jobs", "Acme Inc. CEO Jane Doe": a company
    named by its legal form before a job title is an actor of its own."""
    if title_end < 1:
        return None
    first = next(i for i, t in enumerate(chunk) if t.text in TITLE_WORDS)
    words = chunk[:first]
    if (
        2 <= len(words) <= 4
        and (words[-1].text in COMPANY_FORMS or words[-1].text in _BUSINESS_HEADS)
        and all(t.entry is None and t.text[:1].isupper() for t in words)
        and words[0].text not in NOT_NAMES | TITLE_WORDS
    ):
        name = sentence[words[0].start : words[-1].end]
        return Phrase("organization", name, words[0].start, words[-1].end, form=name)
    return None


# the last word of a body's name before a person's ("the Heritage Foundation Mary Berg said"),
# and the small words inside such a name ("Council on Foreign Relations")
_BODY_LAST = ORG_HEADS | frozenset(["Relations", "Affairs"])
_IN_A_BODYS_NAME = frozenset(["of", "on", "for", "and", "&"])


def _body_head_before_given_name(tok: Token, person: list[Token]) -> bool:
    """ "Chairman of the Baltic Shipping Association Robert Nowak", "the Council on Foreign
    Relations Mary Berg": a body's last word, then a given name (round 18)."""
    return (
        tok.text in _BODY_LAST
        and bool(person)
        and (person[0].text.lower() in MALE_NAMES or person[0].text.lower() in FEMALE_NAMES)
    )


_BODY_LAST_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+$")


def after_a_bodys_name(sentence: str, phrase: Phrase) -> bool:
    """ "the Nordic Heritage Foundation Mary Berg": a person's name (a given name first) right
    after a body's last word, split from it by ``company_run_into_name``; the body does not
    describe the person as one of its kind, as "the carmaker Zentrix" does (round 18)."""
    m = _BODY_LAST_BEFORE.search(sentence, max(0, phrase.start - 30), phrase.start)
    first = phrase.name.split()[0].lower()
    return (
        m is not None
        and m.group(1) in _BODY_LAST
        and (first in MALE_NAMES or first in FEMALE_NAMES)
        and 2 <= len(phrase.name.split()) <= 3
    )


def company_run_into_name(sentence: str, chunk: list[Token], lower_words: set[str]) -> list[Phrase]:
    """ "the former chief executive of Apple Inc. Steve Jobs": a company's legal name run into
    a person's name: the company, and the person; the same after a body's last word and before a
    given name ("the Baltic Shipping Association Robert Nowak", round 18)."""
    for i, tok in enumerate(chunk[1:-2], start=1):
        company, person = chunk[: i + 1], chunk[i + 1 :]
        if not (
            tok.text in COMPANY_FORMS and tok.text != "Computer" and tok.text.endswith(".")
        ) and not (
            _body_head_before_given_name(tok, person)
            # "Deputy Assistant Secretary of State for European Affairs Jane Doe": an office
            and not any(t.text in TITLE_WORDS for t in company)
        ):
            continue
        if (
            all(
                t.entry is None and (t.text[:1].isupper() or t.text in _IN_A_BODYS_NAME)
                for t in company
            )
            and company[-1].text[:1].isupper()
            and 2 <= len(person) <= 3
            and _name_length_ok(person)
            and all(_name_like(t, lower_words) for t in person)
        ):
            name = sentence[company[0].start : company[-1].end]
            who = sentence[person[0].start : person[-1].end]
            return [
                Phrase("organization", strip_lead(name), company[0].start, company[-1].end, form=name),
                Phrase("person", who, person[0].start, person[-1].end, form=who),
            ]
    return []


# Last words of product and model names: "MacBook Pro", "iPod Nano", "Galaxy Ultra"
MODEL_WORDS = frozenset(["Pro", "Mini", "Nano", "Plus", "Ultra", "Lite", "Touch", "Shuffle"])


def product_shaped(sentence: str, words: list[str], end: int) -> bool:
    """ "the new MacBook Pro", "Rolls-Royce Trent 900 engines": a model's last word, or a
    model number after the name, makes a product of a person-shaped name."""
    return words[-1] in MODEL_WORDS or (
        words[-1] != "Flight" and re.match(r"\s+[A-Z]{0,3}\d{2,}\b", sentence[end:]) is not None
    )


_STATE_AFTER = re.compile(
    r", ([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?=[,.;:)]|$|\s+(?:on|in|at|for|and|where|when|to|from|"
    r"with|last|this|next|before|after|during|is|was|has|had)\b)"
)


# where a place stands: "traders in New York", "a plant near Ann Arbor", "downtown Los Angeles"
# "on": "told reporters on Capitol Hill" (round 12)
_PLACE_BEFORE_NAME = re.compile(r"\b(?:in|on|near|outside|across|throughout|downtown)\s+$")
# what is "in" a publication: "a report in Ars Technica", "wrote in Foreign Affairs"
_PUBLISHED_IN = re.compile(
    r"\b(?:report|article|interview|column|editorial|story|piece|op-ed|essay|wrote|written|"
    r"published|quoted|appeared|writing)\s+in\s+$"
)


def place_after_preposition(sentence: str, chunk: list[Token]) -> bool:
    """ "an analyst with Kestrel Capital in New York", "traders in Hong Kong": name words right
    after "in" (not a possessive: "in John Smith's view") are a place, not a person."""
    before = sentence[: chunk[0].start]
    given = chunk[-2].text.lower() if len(chunk) >= 3 else ""
    return (
        not chunk[-1].possessive
        and given not in _GIVEN_NAMES  # "in Paris Jane Doe said": a person after the place
        and not _given_name_first(chunk)  # "confidence in Hank Paulson", "sat near Nancy Pelosi"
        and bool(_PLACE_BEFORE_NAME.search(before))
        and not _PUBLISHED_IN.search(before)
        and not company_by_context(sentence, chunk[0].start)  # "shares in Kelley Blue Book"
    )


# first words of place names that are also in the list of given names
_GIVEN_NAME_PLACE_WORDS = {"santa", "sierra"}
_GIVEN_NOT_PLACE = frozenset(_GIVEN_NAMES - _GIVEN_NAME_PLACE_WORDS)  # made once: for speed


def _given_name_first(chunk: list[Token]) -> bool:
    """ "in Hank Paulson", "near Nancy Pelosi": two or more name words opening with a given name
    are a person after "in"/"near" as anywhere else (review7); "in Santa Clara" is a place, and
    a well-known city opening with a given name ("Ann Arbor") is left out by `city_name`."""
    first = chunk[0].text
    return (
        len(chunk) >= 2
        and first.lower() in _GIVEN_NOT_PLACE
        and not well_known_city(first)  # "in Washington D.C.", "in Austin Texas"
    )


def city_name(text: str) -> bool:
    """ "Los Angeles", "Rio de Janeiro", "Sao Paulo": a name that is wholly a well-known city is
    a place, never a person ("Jack London", "Paris Hilton" are not wholly a city)."""
    return well_known_city(text)


def city_before_state(sentence: str, end: int) -> bool:
    """ "in downtown San Jose, California.": a name followed by a U.S. state is a city."""
    m = _STATE_AFTER.match(sentence, end)
    return m is not None and m.group(1) in US_STATES


def company_ending_in_country(chunk: list[Token]) -> bool:
    """ "Air France", "Garuda Indonesia", "Air India": name words, then a country's name."""
    *words, last = chunk
    return (
        1 <= len(words) <= 2
        and last.entry is not None
        and last.entry.kind == "country"
        and last.text not in last.entry.capitals
        and not last.possessive
        and not (words[0].start == 0 and words[0].text.endswith("ing"))
        and all(
            t.entry is None
            and t.text[:1].isupper()
            and t.text not in _NOT_COMPANY_WORDS
            and t.text not in DEMONYMS
            and t.text != "Team"
            for t in words
        )
    )


# Words that make a "... Center" a venue, not a body.
_VENUE_WORDS = frozenset(
    ["Convention", "Art", "Arts", "Space", "Shopping", "Visitor", "Exhibition", "Sports", "Trade"]
)


def _korean_pair(chunk: list[Token]) -> bool:
    """True for "Jun-seo Park" or "Park Jun-seo": a Korean given name and a family name."""
    return len(chunk) == 2 and any(re.fullmatch(r"[A-Z][a-z]+-[a-z]+", t.text) for t in chunk)


def strip_lead(text: str) -> str:
    """A name without a leading "the", "Almaty-based" or "Hong Kong-based"."""
    return re.sub(
        r"^(?:(?:The|the)\s+)?(?:(?:[A-Z][\w.’'-]*\s+){0,2}[\w.’'-]+-based\s+)?", "", text
    )
