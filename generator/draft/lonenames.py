"""One-word names that capitalisation alone does not show as actors: "Boeing has unveiled ...",
"Airbus's A380", "NASA said". A capitalised word counts as a name only where the article
gives it a cue that a word at the start of a sentence cannot give."""

from __future__ import annotations

import re

from .alternation import longest_first
from .cities import well_known_city
from .gazetteer import DEMONYMS, SURFACE
from .givennames import FEMALE, MALE
from .lexicon import (
    CALENDAR_WORDS,
    CLAIMANT_NOUNS,
    COMPANY_NOUNS,
    GEO_WORDS,
    NON_ACTOR_HEADS,
    NOT_NAMES,
    ORG_HEADS,
    PARTY_AND_STATE,
    PRODUCT_LINES,
    ROLE_NOUNS,
    SPEECH_VERBS,
    TITLE_WORDS,
    VEHICLE_BRANDS,
    _words,
)
from .names import MODEL_WORDS, Phrase
from .sentences import Sentence
from .tense import past_form

# Verbs and auxiliaries that show the word before them is the subject of a clause.
_ACTS = _words(
    """has have had is was will would can could may might must should does did
    plans planned wants hopes expects expected intends agreed decided announced
    launched unveiled delivered ordered bought sold acquired received reported
    came went took made gave got won lost left met ran began became brought wrote sent built
    paid held kept led knew saw found spoke chose fell rose"""
) | SPEECH_VERBS

# Words before a name that make it a place: "in Toulouse", "from London to Sydney".
# "the port of Gdansk", "the town of Halden", "residents of Halden": a place's noun and "of"
# (round 18)
_PLACE_NOUN_OF = (
    r"\b(?i:city|town|village|port|province|region|county|district|municipality|suburbs?|"
    r"outskirts|streets|residents|inhabitants|mayor)\s+of\s+$"
)
_PLACE_BEFORE = re.compile(
    _PLACE_NOUN_OF + "|"
    r"\b(?:in|at|near|from|to|across|outside|inside|into|via|around|throughout|towards?)\s+"
    # "across southern England", "in north-eastern Kentshire" (round 12)
    r"(?:(?:northern|southern|eastern|western|central|north|south|east|west|"
    r"(?:north|south)-?(?:east|west)(?:ern)?)\s+)?$"
)

# Capitalised words that are never actors on their own: abbreviations of things, not bodies.
_NOT_ACTORS = _words(
    """CEO CFO COO CTO TV GDP DNA RNA AIDS HIV IPO PC CD DVD OK PDF FAQ AM PM BC AD
    Internet Web English French German Spanish Italian Chinese Japanese Russian Arabic
    God Islam Christianity Judaism Buddhism Hinduism Sikhism Catholicism Protestantism
    Ramadan Hajj Christmas Easter Eid Diwali Hanukkah Passover"""
)

# Lower-case nouns that a capital at the start of a sentence does not make a name.
_COMMON_NOUNS = {
    w.lower() for w in CLAIMANT_NOUNS | ROLE_NOUNS | ORG_HEADS | NON_ACTOR_HEADS | TITLE_WORDS
} | {w + "s" for w in ROLE_NOUNS} | _words(
    """maker manufacturer airframer airline carrier company firm giant rival retailer operator
    broadcaster newspaper network publisher website developer studio brand bank insurer
    supplier startup group agency channel magazine"""
) | _words(  # what markets trade, opening a market report: "Gold rose", "Crude fell"
    """gold silver copper platinum palladium oil crude gasoline petrol diesel wheat corn
    soybeans sugar coffee cocoa cotton stocks shares bonds equities futures treasuries
    commodities currencies"""
) | _words(  # what a business or economy report is about: "Demand was strong", "Sales fell"
    """demand supply inflation unemployment output production growth profit profits revenue
    revenues earnings sales exports imports prices spending consumption investment"""
)


_NOT_LONE_NAMES = NOT_NAMES | TITLE_WORDS | CALENDAR_WORDS | GEO_WORDS  # made once
_NOT_LONE_HEADS = ORG_HEADS | NON_ACTOR_HEADS | _NOT_ACTORS


def is_lone_word(word: str, lower_words: set[str]) -> bool:
    """A word that can be a name by itself: not a common word of the article, a title,
    a calendar word, a demonym, a place or organization head, or a number."""
    return (
        bool(re.fullmatch(r"[A-Z][\w&!.-]*[\w!](?:'s|’s)?|[A-Z]", word))  # "Lowe's" too
        and not any(c.isdigit() for c in word)
        and word.lower() not in lower_words
        and word not in _NOT_LONE_NAMES
        and word not in _NOT_LONE_HEADS
        and word not in DEMONYMS
        and not word.endswith(("ian", "ese", "ish"))  # demonym-like: "Brazilian", "Maltese"
        and word.lower() not in _COMMON_NOUNS
        and not is_plural_of(word, lower_words)
    )


def is_plural_of(word: str, lower_words: set[str]) -> bool:
    """ "Russians", "Leaders", "Dreamliners": the plural of a demonym, title or common word."""
    if not re.search(r"[a-z]s$", word):
        return False
    one = word[:-1]
    return (
        one in DEMONYMS
        or one in TITLE_WORDS
        or one.lower() in lower_words
        or one.lower() in _COMMON_NOUNS
        or word.lower() in _COMMON_NOUNS
    )


def opens_sentence(sentence: str, start: int) -> bool:
    """True where nothing but quote marks, brackets or a heading mark stand before the word."""
    return not re.search(r"[\w,;]", sentence[:start])


def split_word(sentence: str, start: int, end: int) -> bool:
    """ "Wal - Mart": half of a hyphenated name that a tokeniser spaced out."""
    return sentence[end : end + 3] == " - " or sentence[max(0, start - 3) : start] == " - "


def acts(sentence: str, end: int) -> bool:
    """ "Boeing has ...", "Airbus said": the word is the subject of the verb after it."""
    if re.match(r"['’](?!\w)", sentence[end:]) and sentence[end - 1 : end] == "s":
        return True  # "the Beatles' record company": a plural's possessive
    m = re.match(r"(?:’s|'s)|(?:\s+(?:today|yesterday|also|now|then|still|[a-z]+ly))?\s+([a-z]+)", sentence[end:])
    return m is not None and (
        m.group(1) is None or m.group(1) in _ACTS or bool(re.fullmatch(r"[a-z]{2,}ed", m.group(1)))
    )


_BARE_VERBS = _words("is was are were has have had will would can could may might must should does did")


def does(sentence: str, end: int) -> bool:
    """ "X said", "X sued": the word is the subject of a verb that says what it did, more than
    "is", "was" or "has" (which a letter of the alphabet can be the subject of too)."""
    m = re.match(r"\s+([a-z]+)", sentence[end:])
    return acts(sentence, end) and m is not None and m.group(1) not in _BARE_VERBS


# Lower-case nouns that introduce the name of a company or body: "engine maker Europrop",
# "German airline Lufthansa", "European aircraft manufacturer, Airbus,".
_KIND_BEFORE = re.compile(
    r"\b(?:maker|manufacturer|airframer|airline|carrier|company|firm|giant|rival|retailer|"
    r"chipmaker|automaker|carmaker|operator|broadcaster|newspaper|network|publisher|website|"
    r"developer|studio|brand|bank|insurer|supplier|startup|group|agency|channel|magazine|"
    r"makers|manufacturers|airlines|carriers|companies|firms|giants|rivals|retailers|"
    r"chipmakers|automakers|carmakers|operators|broadcasters|suppliers|banks|insurers|"
    r"unit|subsidiary|division|affiliate|lender|steelmaker|"
    r"watchdog|charity|organi[sz]ation|association|federation|coalition|alliance|lobby|"
    r"nonprofit|non-profit|NGO|think[- ]tank|regulator|foundation|"
    r"made by|built by|owned by|run by|operated by|compensated by|bought by|acquired by|"
    r"according to|attributed to|founded by|led by|written by|quoted by|published by|"
    r"produced by|developed by|designed by|funded by|hosted by|organi[sz]ed by|"
    # who owns it says it is a body: "Russia's state-owned Sberbank" (round 28)
    r"(?:state|government|family|publicly|privately)[- ](?:owned|run|controlled|held|traded))"
    r",?\s+$"
)


# Endings of English common nouns and adjectives, and words that stand for anyone.
_COMMON_SHAPE = re.compile(
    r"(?:tion|sion|ment|ness|ity|ing|ics|ous|ive|ence|ance|ure|ship|hood|ism|ogy|ary|ent|ant|"
    r"ful|less|able|ible|al|[^s]s)$|^(?:Any|Some|Every|No)(?:one|body|thing)$|^Un[a-z]+$"
)


def name_shaped(word: str) -> bool:
    """A word that can open a sentence as a name by itself ("Apple have released"): an
    acronym, or a word with none of the endings of common nouns, adjectives and plurals."""
    return word.isupper() or not _COMMON_SHAPE.search(word)


# "Fiat chief executive Sergio Marchionne", "Opel spokesman Hans Weber": a job after the word
_JOB_AFTER = re.compile(
    r"(?:’s|'s)?\s+(?:chief executive|chief financial officer|chief|spokes(?:man|woman|person)|"
    r"chairman|chairwoman|president|CEO|executive|analyst|economist|director|boss|founder|"
    r"co-founder)\s+[A-Z][a-z]"
)


def employer_before_job(sentence: str, end: int) -> bool:
    """ "Fiat chief executive Sergio Marchionne": a word before a lower-case job and a
    person's name is the person's employer."""
    return bool(_JOB_AFTER.match(sentence, end))


def described(sentence: str, start: int) -> bool:
    """ "engine maker Europrop", "made by Airbus": a noun or verb before it says what it is;
    "shares of Monsanto and Deere", "a stake in Volvo": what one owns a part of is a company."""
    before = sentence[:start]
    return bool(_KIND_BEFORE.search(before) or _SHARES_OF.search(before))


_SHARES_OF = re.compile(
    r"\b(?:[Ss]hares|[Ss]tock|[Ss]takes?)\s+(?:of|in)\s+(?:[A-Z][\w&.’'-]*,?\s+(?:and\s+)?)?$"
    # "a former employee of Qantas", "workers at Opel": who works there names an employer
    r"|\b(?:employees?|workers|staff|executives?|analysts?|economists?|strategists?)\s+(?:of|at)\s+$"
)


# "Airbus, Europe's biggest aircraft manufacturer, has ...": a description in apposition.
_KIND_AFTER = re.compile(
    r",\s+(?:the|an?|[A-Z][\w.-]*(?:’s|'s))\s+(?:[\w’'-]+\s+){0,3}?"
    rf"(?:{COMPANY_NOUNS}|operator|newspaper|bank|agency|steelmaker|miner|lender|chain|"
    r"subsidiary|unit|owner of|parent of|maker of)\b"
)


# "European manufacturers, such as Airbus", "the gods, such as Zeus, Hera, and Athena": the
# items, one capitalised word at a time (the same texts as items of one or two words, which
# split a run of capitalised words every way: 60 of them before a digit took days)
_LISTED = re.compile(
    r"\b[a-z]+s,?\s+(?:such as|including)\s+(?:[A-Z][\w’'-]*,?\s+(?:and\s+)?)*$"
)


_ITEM_BEFORE = re.compile(r"([A-Z][\w&.’'-]*(?: [A-Z][\w&.’'-]*){0,2}),\s+$")
_ITEM_AFTER = re.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+)([A-Z][\w&.’'-]*(?: [A-Z][\w&.’'-]*){0,2})")


def listed_with_known(sentence: str, start: int, end: int) -> bool:
    """ "Intel, Micron and Qualcomm announced ...": a word listed next to a well-known
    organization is one of its kind."""
    before = _ITEM_BEFORE.search(sentence[:start])
    after = _ITEM_AFTER.match(sentence, end)
    return any(
        m is not None and _known_org(m.group(1).rstrip(".")) for m in (before, after)
    )


def _known_org(name: str) -> bool:
    entry = SURFACE.get(name)
    return entry is not None and entry.kind == "organization"


def listed_as_kind(sentence: str, start: int) -> bool:
    """ "such as Airbus": a word in a list of examples of a plural noun is a name."""
    before = sentence[max(0, start - 200) : start]
    return ("such as" in before or "including" in before) and bool(_LISTED.search(before))


# "Jason, who is our editor", "the woman Eva", "his brother Tom": a person's cues
_WHO_AFTER = re.compile(
    r",\s+who\b"
    # a US party and state or an age: "Cruz (R-Texas) said", "Cruz, R-Texas, said", "Doe (52)"
    rf"|\s*\((?:{PARTY_AND_STATE}|\d{{1,3}})\)"
    rf"|,\s(?:{PARTY_AND_STATE}|\d{{1,3}}),"
)
# a person's office in apposition, set off by commas, then a verb: "Henderson, GM's president,
# said", "Gettelfinger, the UAW's president, said" (round 26: an organization, or no actor);
# not one that opens the name after it ("near the port of Chornomorsk, the regional governor,
# Serhiy Lysenko, said"), nor one with a clause or participle of its own after it, the
# office's holder's ("In Lansing, the governor, who faces re-election, said", "At Nuvek, the
# president, speaking in Detroit, said": review 19, Lansing and Nuvek were persons who spoke)
_OFFICE_AFTER = re.compile(
    r",\s+(?:the\s+|its\s+)?(?:[\w'’.&-]+\s+){0,3}?(?:president|chairman|chairwoman|"
    r"chief executive(?: officer)?|CEO|spokesman|spokeswoman|spokesperson|vice president|"
    r"chief financial officer|chief operating officer|managing director|minister|senator|"
    r"governor|mayor)(?:\s+(?:of|for|at)\s+[^,;“”\"]{1,40})?,"
    r"(?=\s+(?!(?:who|whom|whose|which|that|where|when)\b)[a-z]+\b(?<!ing))"
)
# what people do, not bodies: "Perino told reporters", "Wagoner told journalists" (round 27:
# an organization); a body speaks to reporters through someone ("the company told reporters"
# names no body by its word)
_TELLS_REPORTERS = re.compile(
    r"\s+(?:also\s+)?(?:told|tells|briefed|briefs)\s+(?:reporters|journalists|newsmen|the\s+press)\b"
)
# a preposition right before the name: "In Lansing, the governor, ...", a place or a body
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:[Ii]n|[Aa]t|[Nn]ear|[Ff]rom|[Oo]utside|[Ii]nside|[Aa]cross|[Ff]or|[Tt]o|[Oo]f|[Ww]ith|"
    r"[Uu]nlike|[Ll]ike|[Aa]mong|[Bb]y|[Oo]n)\s+$"
)
_KIN_BEFORE = re.compile(
    r"\b(?:man|woman|boy|girl|son|daughter|brother|sister|wife|husband|friend|mother|father|"
    r"uncle|aunt|cousin|novelist|poet|painter|designer|singer|actor|actress)\s+$"
)


# "members of the Teamsters, who walked out": the "who" after the name may be the group's
_GROUP_OF_BEFORE = re.compile(r"\b[A-Za-z][a-z]+s\s+(?:of|at|from|in|within)\s+(?:the\s+)?$")


def person_cue(sentence: str, start: int, end: int) -> bool:
    """ "Jason, who is our editor", "the woman Eva", "Cruz (R-Texas)", "Doe, 52,": a relative
    "who", a party and state or an age after the word, or a kinship or trade noun right
    before it, says it is a person."""
    after = _WHO_AFTER.match(sentence, end)
    if after and after.group(0).endswith("who") and members_before(sentence, start):
        after = None
    if after is None and not _PREPOSITION_BEFORE.search(sentence[max(0, start - 12) : start]):
        after = _OFFICE_AFTER.match(sentence, end)
    return bool(after or _KIN_BEFORE.search(sentence[max(0, start - 30) : start]))


# the next sentence names the one who told as a body: "It said", "The company expects"
_A_BODY_NEXT = re.compile(
    r"It\s+(?:also\s+)?(?:said|says|added|told|wrote)\b"
    r"|The\s+(?:company|firm|bank|group|lender|carmaker|automaker|chipmaker|retailer|insurer|"
    r"airline|carrier|manufacturer|miner)\b"
)


def tells_reporters(sents: list[Sentence], n: int, ph: Phrase) -> bool:
    """ "Perino told reporters": a person's act, unless the next sentence calls the teller a
    body: "It said", "The company expects a loss" (round 28: "Zentrix told reporters ... The
    company expects" was a person)."""
    return _TELLS_REPORTERS.match(sents[n].text, ph.end) is not None and not (
        n + 1 < len(sents) and _A_BODY_NEXT.match(sents[n + 1].text)
    )


# a speech verb right after a name, and "he"/"she" who speaks opening the next sentence or in
# its frame: '"...," he added'
_SAYS_AFTER = re.compile(r"\s+(?:said|says|told|added|wrote|explained|insisted|argued)\b")
_HE_SPEAKS = re.compile(
    r"(?:(?:He|She)\s+(?:also\s+)?(?:said|says|added|told|wrote|explained|insisted|argued)\b"
    r"|[“\"][^“”\"]+[,?!]?[”\"],?\s+(?:he|she)\s+(?:said|says|added|told|wrote)\b)"
)


def _he_speaks_next(sents: list[Sentence], n: int, ph: Phrase) -> bool:
    """ "Henderson said the deal was good. He added that GM would survive.": a word that says
    something, and "he" or "she" who says something in the next sentence, is a person (a body
    is "it"); round 26: an organization, and the next claim no one's. Not after a person named
    before it ("John Smith, the union's president, met workers. Nuvek said the plant would
    close. "It is a sad day," he said.": review 19, Nuvek was made a person and given Smith's
    words): "he" may be that person's."""
    return (
        _SAYS_AFTER.match(sents[n].text, ph.end) is not None
        and n + 1 < len(sents)
        and _HE_SPEAKS.match(sents[n + 1].text) is not None
        and not any(_person_named_in(s.text) for s in sents[:n])
        and not _person_named_in(sents[n].text[: ph.start])
    )


# a given name or a courtesy title before a capitalised word: "John Smith", "Mr. Smith"
_PERSONS_NAME = re.compile(r"\b(?:(?P<given>[A-Z][a-z]+)|Mr\.|Mrs\.|Ms\.|Dr\.)\s+[A-Z][\w'’-]+")


def _person_named_in(text: str) -> bool:
    return any(
        m.group("given") is None or m.group("given").lower() in MALE | FEMALE
        for m in _PERSONS_NAME.finditer(text)
    )


def members_before(sentence: str, start: int) -> bool:
    """ "members of the Teamsters, who ...", "workers at Opel, who ...": a plural noun before
    the name that the relative "who" may be about, so it tells no person."""
    return bool(_GROUP_OF_BEFORE.search(sentence[max(0, start - 40) : start]))


# "Gorbachev said he would", "Einstein and his theory": the first personal pronoun after the
# word, in its clause, is a person's (not "it", "its", "they"); a colon that goes on with the
# clause does not end it ("Gorbachev agreed to a concession: he agreed to let ...", round 20)
_PRONOUN_AFTER = re.compile(
    r"(?:(?!\b(?:it|its|they|their|them|we|our|her|him)\b)[^A-Z.;!?“”\"])*?\b(?:he|she|his)\b"
)
_OBJECT_BEFORE = re.compile(r"\b(?:of|to|by|for|from|with|at|on|in|against|about|and|or)\s+$")
# "gods, such as Zeus, Hera": the plural noun before the list names people
_PERSON_LIST = re.compile(
    r"\b(?:gods|goddesses|leaders|writers|authors|artists|people|figures|players|singers|actors|"
    r"presidents|politicians|philosophers|thinkers|scientists|poets|novelists|heroes|kings|"
    r"queens|emperors|saints|prophets|characters|musicians|painters),?\s+(?:such as|including)\s"
)


def person_by_pronoun_or_list(sentence: str, start: int, end: int) -> bool:
    """ "Gorbachev said he would", "gods, such as Zeus": a word already found as a name is a
    person when the first pronoun after it is a person's, or a list of people holds it."""
    return bool(
        (
            _PRONOUN_AFTER.match(sentence[end : end + 80])
            and not _OBJECT_BEFORE.search(sentence[max(0, start - 12) : start])
        )
        or _PERSON_LIST.search(sentence[max(0, start - 120) : start])
    )


# "Glencore announced on Monday that its chief executive": the first pronoun after the word
# is a body's
_BODY_PRONOUN_AFTER = re.compile(
    r"(?:(?!\b(?:he|she|his|her|him)\b)[^.;:!?“”\"])*?\b(?:it|its)\b"
)


def body_pronoun_after(sentence: str, end: int) -> bool:
    """ "Glencore announced that its chief executive would step down": a use of the word
    that a body's pronoun follows, against "Glencore said he would stay" (his, not its)."""
    return bool(_BODY_PRONOUN_AFTER.match(sentence[end : end + 80]))


# "Unilever, who make soap", "Celtic, who won the league, were pleased": a plural verb agrees
# with a body named as a collective (British usage), never with one person
_PLURAL_WHO = re.compile(
    r",\s+who\s+(?:(?:are|were|have|do)\b|[^,;.“”\"]{1,120},\s+(?:are|were|have)\b|([a-z]{3,})\b)"
)
_NOT_BARE_VERBS = _words(
    """will would can could may might must should shall also never still often once first then
    now just later alone only even already always soon again himself herself"""
)


# verbs whose past is their bare form: "Eva, who set up the charity" tells no number
_SAME_IN_PAST = _words(
    """set put cut read let hit quit shut spread cast cost hurt bet split upset burst broadcast
    forecast bid rid shed thrust wed"""
)


def same_in_past(verb: str) -> bool:
    """ "set", "read", "put": a verb whose past equals its present, so it shows no plural."""
    return verb in _SAME_IN_PAST


def plural_who(sentence: str, end: int) -> bool:
    """ "Unilever, who make soap": the relative clause's verb is plural, so the one-word name is a
    body, not a person ("Jason, who is our editor", "Eva, who grew up here", "Eva, who set up
    the charity" stay persons)."""
    m = _PLURAL_WHO.match(sentence, end)
    if m is None:
        return False
    verb = m.group(1)
    return verb is None or not (
        verb.endswith(("s", "ed", "ly"))
        or verb in _NOT_BARE_VERBS
        or past_form(verb)
        or same_in_past(verb)
    )


def member_of_acronym(sentence: str, word: str, start: int) -> bool:
    """ "Frederick Fung of ADPL", "Leung Kwok-hung of LSD": an acronym after a name and "of"
    is the body the person belongs to."""
    return word.isupper() and bool(re.search(r"[A-Z][\w’'-]+ of $", sentence[:start]))


# an outlet's noun right after its name: "the KCNA news agency", "the Fars news agency said"
_OUTLET_AFTER = re.compile(
    r"\s+(?:news agency|news service|newspaper|daily|weekly|broadcaster|television|TV|radio|"
    r"news channel|news website|magazine)\b"
)


def outlet_before_noun(sentence: str, end: int) -> bool:
    """ "North Korea's official KCNA news agency said", "the Fars news agency": a word before an
    outlet's noun is the outlet's name (round 12)."""
    return _OUTLET_AFTER.match(sentence, end) is not None


# "Magna, which is teaming up with Sberbank, said": a relative "which" after the word, then the
# verb of its sentence, one of saying or of a body's plans (round 29: no actor, and no claim)
_WHICH_THEN_SAYS = re.compile(r",\s+which\s+[^,;:“”\"]{1,120},\s+(?:also\s+)?([a-z]+)\b")
_SAYS_OR_PLANS = SPEECH_VERBS | _words(
    "plans planned wants wanted hopes hoped expects expected intends intended agreed decided"
)


def says_after_which(sentence: str, end: int) -> bool:
    """ "Magna, which is teaming up with Sberbank, said": the word is a body (a person would be
    "who") and the subject of the verb after its relative clause."""
    m = _WHICH_THEN_SAYS.match(sentence, end)
    return m is not None and m.group(1) in _SAYS_OR_PLANS


def described_after(sentence: str, end: int) -> bool:
    """ "Airbus, Europe's biggest aircraft manufacturer,": an apposition says what it is."""
    return bool(_KIND_AFTER.match(sentence[end:]))


# "Cisco sues Apple", "Airbus announces job cuts", "Apple to give free upgrades"
_HEADLINE_SUBJECT = re.compile(
    r"([A-Z][\w&!.-]*[\w!])(?:’s|'s)?\s+(?:to|will|has|is|[a-z]{3,}(?<!ss)s|[a-z]{2,}ed)\s+[\w$£€]"
)


def headline_subject(title: str) -> str:
    """The first word of a headline when it is the subject of the headline's verb."""
    m = _HEADLINE_SUBJECT.match(title)
    if m is None or plural_noun_subject(title):
        return ""
    return m.group(1)


# verbs of a market headline in their base form: what a plural subject does
_MARKET_VERBS = _words(
    """fall rise drop climb plunge slip soar tumble jump gain surge sink slide rebound recover
    edge dip decline increase mount ease rally sag slump hit reach remain stay continue
    top grow shrink double"""
)


def plural_noun_subject(title: str) -> bool:
    """ "Stock markets around the world fall sharply", "Oil prices rise", "Home sales fall": the
    word after the headline's first is a plural noun, not its verb, when a market verb in its base
    form follows within four words (round 12)."""
    words = re.findall(r"[A-Za-z’'-]+", title)
    return any(w.lower() in _MARKET_VERBS for w in words[2:6])


def brand_of_model(sentence: str, end: int) -> bool:
    """ "Airbus A380", "Boeing 747": the maker's name before a model number."""
    return bool(re.match(r"\s+[A-Z]{0,3}\d{2,}", sentence[end:]))


def after_model_number(sentence: str, start: int) -> bool:
    """ "the Boeing 787 Dreamliner": a word after a maker's model number names the model."""
    m = re.search(r"(?<![\w-])([A-Z][\w-]*)\s+[A-Z]{0,3}-?\d{2,}[\w-]*\s+$", sentence[:start])
    return m is not None and m.group(1) not in NOT_NAMES | CALENDAR_WORDS


# a car's or a product line's brand and the word after it: "the Chevrolet Volt"
_AFTER_A_BRAND = re.compile(
    r"\b(?:" + longest_first(VEHICLE_BRANDS | PRODUCT_LINES) + r") ([A-Z][a-z]+)\b(?!['’])"
)


def models_of_brands(sents: list[Sentence]) -> set[str]:
    """ "The Chevrolet Volt ... the Volt would cost": the word after a car's or a product
    line's brand names the product wherever the article uses it alone (round 24)."""
    return {
        m.group(1)
        for s in sents
        for m in _AFTER_A_BRAND.finditer(s.text)
        # "Fiat Chrysler", "Ford Motor", "Opel Chief": a maker, a body's word, a title
        if m.group(1) not in SURFACE
        and m.group(1) not in VEHICLE_BRANDS
        and m.group(1) not in ORG_HEADS
        and m.group(1) not in TITLE_WORDS
    }


def only_as_brand(texts: list[tuple[str, Phrase]]) -> bool:
    """ "the Airbus A380 made its maiden flight": a maker named only before its model numbers
    names a product, not an actor in the story."""
    return all(brand_of_model(t, ph.end) for t, ph in texts)


# a preposition of where, whose object the verb after it does not have for its subject: "The
# plant in Flint closed" (the plant closed), "Workers at Lordstown voted"
_WHERE_BEFORE = re.compile(
    _PLACE_NOUN_OF + "|"
    r"\b(?:in|at|near|across|outside|inside|around|throughout)\s+"
    r"(?:(?:northern|southern|eastern|western|central|north|south|east|west)\s+)?$"
)


def acts_there(sentence: str, start: int, end: int) -> bool:
    """ "Boeing has ...", "Airbus said" (``acts``), but not after a preposition of where,
    whose object is no subject ("The plant in Flint closed": round 16), unless the word owns
    what follows ("workers in Boeing's plant")."""
    if not acts(sentence, end):
        return False
    where = _WHERE_BEFORE.search(sentence, max(0, start - 40), start) or listed_after_a_place(
        sentence, start, _WHERE_BEFORE
    )
    return (
        not where
        or bool(re.match(r"['’]s?(?!\w)", sentence[end:]))
        or bool(_STAKE_BEFORE.search(sentence, max(0, where.start() - 30), where.start()))
    )


# "Investors in Zentrix", "a stake in Zentrix": "in" after a stake or its holders names a
# company, no place, as before round 16 (review12)
_STAKE_BEFORE = re.compile(
    r"\b(?:investors?|shareholders?|stockholders?|stakes?|shares?|holdings?|investments?)\s+$",
    re.I,
)


# places listed after a place's preposition: "plants in Antwerp and Zaragoza", "in Bochum,
# Antwerp and Zaragoza"
_PLACES_BEFORE = re.compile(
    r"((?:[A-Z][\w'’.-]*\s+){0,2}?[A-Z][\w'’.-]*)(?:,\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})*"
    r",?\s+(?:and|or)\s+$"
)


def after_place_word(sentence: str, start: int) -> bool:
    """ "in Toulouse", "to Sydney": the word is a place there; so is the last of places listed
    after such a word (``listed_after_a_place``)."""
    return bool(_PLACE_BEFORE.search(sentence[:start])) or listed_after_a_place(
        sentence, start, _PLACE_BEFORE
    ) is not None


def listed_after_a_place(sentence: str, start: int, before: re.Pattern) -> re.Match | None:
    """ "plants in Antwerp and Zaragoza": the last of places listed after a place's preposition
    (``before`` finds it), one of them a well-known city or a country, is a place too (round
    27: Zaragoza was an organization); the preposition's match."""
    listed = _PLACES_BEFORE.search(sentence, 0, start)
    if listed is None:
        return None
    where = before.search(sentence[: listed.start()])
    items = re.split(r",\s*|\s+(?:and|or)\b\s*", listed.group(0).strip())
    if where is None or not any(_well_known_place(item) for item in items if item):
        return None
    return where


def _well_known_place(name: str) -> bool:
    entry = SURFACE.get(name)
    return well_known_city(name) or (entry is not None and entry.kind == "country")


# Words a Title Case headline may leave in lower case.
_SMALL_WORDS = _words("with from into over than that this about after under upon onto")


def headline_names(title: str) -> set[str]:
    """Capitalised words after the first of a headline in sentence case ("Airbus offers funding
    to search for black boxes"): there a capital marks a name. A Title Case headline gives none."""
    words = re.findall(r"[\w’'&!.-]+", title)
    lower = [w for w in words if len(w) >= 4 and w.isalpha() and w.islower()]
    if len([w for w in lower if w not in _SMALL_WORDS]) < 2:
        return set()
    return {re.sub(r"(?:’s|'s)$", "", w) for w in words[1:] if w[:1].isupper()}


# endings of a body's, creed's or field's word, never of a person's name: "Scientology",
# "Hinduism", "Economics" (round 9: a person's cue near them drafted a person); after a stem
# of four letters at least, as "Clement" and "Holness" are surnames
_NO_PERSONS_WORD = re.compile(r"[A-Za-z]{4}(?:ology|ism|ics|ness|ment|ship|hood)$")


def lone_names(
    singles: list[tuple[int, Phrase]],
    sents: list[Sentence],
    lower_words: set[str],
    title: str = "",
) -> list[tuple[int, Phrase]]:
    """The single words that are names: each has a cue in the article (it acts, or is named
    in a sentence's body or a sentence-case headline, not only at a sentence's start) and is
    never used as a place."""
    in_title = headline_names(title)
    subject = headline_subject(title)
    by_word: dict[str, list[tuple[int, Phrase]]] = {}
    for n, ph in singles:
        if (
            not sents[n].caption
            and is_lone_word(ph.name, lower_words)
            and not split_word(sents[n].text, ph.start, ph.end)
        ):
            by_word.setdefault(ph.name, []).append((n, ph))
    # "Boeing 787 Dreamliners" ... "the Dreamliner": the model's name, plural or not
    models = {
        w
        for n, ph in singles
        if after_model_number(sents[n].text, ph.start)
        for w in (ph.name, ph.name[:-1] if ph.name.endswith("s") else ph.name + "s")
    } | set(MODEL_WORDS) | models_of_brands(sents)
    out: list[tuple[int, Phrase]] = []
    for uses in by_word.values():
        texts = [(sents[n].text, ph) for n, ph in uses]
        if all(
            after_place_word(t, ph.start)
            and not acts_there(t, ph.start, ph.end)
            and not described(t, ph.start)
            and not described_after(t, ph.end)
            for t, ph in texts
        ):  # "according to Quantcast", "shares in BYD, a Chinese carmaker" are no places
            continue
        if only_as_brand(texts) or uses[0][1].name in models:
            continue
        inside = [ph for t, ph in texts if not opens_sentence(t, ph.start)]
        acting = [ph for t, ph in texts if acts_there(t, ph.start, ph.end)]
        named = uses[0][1].name in in_title
        strong = [
            ph
            for t, ph in texts
            if described(t, ph.start)
            or described_after(t, ph.end)
            or brand_of_model(t, ph.end)
            or listed_as_kind(t, ph.start)
            or listed_with_known(t, ph.start, ph.end)
            or member_of_acronym(t, ph.name, ph.start)
            or employer_before_job(t, ph.end)
            or outlet_before_noun(t, ph.end)
            or person_cue(t, ph.start, ph.end)
            or says_after_which(t, ph.end)
        ]
        if len(uses[0][1].name) == 1 and not strong and not any(does(t, ph.end) for t, ph in texts):
            continue  # "the letter F was": one letter is a name only where it does or is described
        if (
            strong
            or uses[0][1].name == subject
            or acting and (inside or len(uses) > 1 or named or name_shaped(uses[0][1].name))
            or inside and named
        ):
            if (
                any(person_cue(t, ph.start, ph.end) for t, ph in texts)
                or (
                    any(person_by_pronoun_or_list(t, ph.start, ph.end) for t, ph in texts)
                    or any(_he_speaks_next(sents, n, ph) for n, ph in uses)
                    or any(tells_reporters(sents, n, ph) for n, ph in uses)
                )
                and not any(body_pronoun_after(t, ph.end) for t, ph in texts)
            ) and not any(plural_who(t, ph.end) for t, ph in texts) and not _NO_PERSONS_WORD.search(
                uses[0][1].name
            ):
                for _, ph in uses:
                    ph.kind = "person"  # "Jason, who is our editor": drafted as a person
            out.extend(uses)
    return out
