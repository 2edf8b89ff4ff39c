"""The tense of the clause around a date phrase: whether "in January" is the last one or the next."""

from __future__ import annotations

import re

from .announce import announces

_FUTURE = re.compile(
    # "plans to close", not "submitted its plans to the Treasury" (a noun, then a place)
    r"\b(will|won't|shall|scheduled|is expected|are expected|"
    r"plans? to(?! (?:the|a|an|its|their|his|her|our|this|that|these|those)\b| (?-i:[A-Z]))|"
    r"planned|is set to|"
    r"are set to|upcoming|is to|are to|(?:is|are|be) due|"
    r"(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur) next \w+|intends? to|aims? to|hopes? to|"
    r"expects?|must(?! have\b)|(?:has|have|need|needs) to|(?:am|is|are|['’]m|['’]re) going to|"
    # a wish or a likelihood looks ahead: "should be completed in October", "wants to cut ...
    # by June", "is likely to vote in May"
    r"should(?!(?: not|n['’]t)? have\b)|wants? to|seeks? to|(?:is|are) likely to|(?:is|are) (?:slated|poised) to|"
    # "The President looks forward to seeing the Prime Minister ... in May" (round 12)
    r"(?:looks?|(?:am|is|are|['’]m|['’]re) looking) forward to)\b",
    re.I,
)
# a date a thing is fixed for, right after: "A hearing is set for Thursday", "the trial is
# slated for May" (round 16; not "The stage is set for a fight after the vote on Thursday")
_SET_FOR = re.compile(r"\b(?:is|are) (?:set|slated)(?: for)?\s+(?:(?:next|this)\s+)?$")
# a future seen from the past: "announced that it would ...", "were due to meet on Monday",
# "announced another event to be held on October 12"
_NEAR = re.compile(
    r"\b(?:would(?! have\b)|(?:was|were) (?:due|expected|scheduled|set|supposed|going|(?:un)?likely) to|"
    r"(?<!is )(?<!are )to be (?:held|hosted|staged|launched|released|opened|played|broadcast|"
    r"[a-z]{3,}ed)|"
    # an intention stated in the past: "the two leaders agreed to convene ... in June"
    r"(?:agreed|decided|voted|promised|pledged|vowed|resolved|hoped|intended|aimed|sought|"
    r"wanted) to)\b",
    re.I,
)
# a comma inside a number ("30,000 homes") ends no clause
_LEFT_EDGE = re.compile(r",(?!\d{3})|[;:—–(“\"]|\bthat\b|\bwhen\b|\bwhich\b")
_ONLY_NAMES = re.compile(r"\s*(?:(?:[A-Z][\w'’.-]*|and|or|the|of)\s+)*(?:in|on|by|from|until)?\s*")
# the words a stop of an itinerary may hold besides names: "back to Las Vegas in December"
_LIST_WORDS = frozenset(
    ("in", "on", "at", "to", "back", "then", "and", "or", "the", "of", "from", "until", "through")
    + ("via", "again", "also", "a", "an")
)


_NOT_A_LIST_WORD = re.compile(
    rf"(?<![\w'’-])(?!(?:{'|'.join(sorted(_LIST_WORDS))})(?![\w'’-]))[a-z][\w'’-]*"
)
_CAPITALISED = re.compile(r"(?<![\w'’-])[A-Z]")
_LETTERS = re.compile(r"[A-Za-z]{2,}")


def _past_a_list(sentence: str, edges: list[re.Match[str]], start: int) -> None:
    """Takes off `edges` (the clause edges before a date phrase at `start`) the commas that
    only part the stops of a list: a list of names ("to Bamako, Ouagadougou and Niamey in
    July") or of stops, each a name with prepositions and no verb ("Italy in November, back
    to Las Vegas in December, Mexico in"), is no clause: the verb that dates it is before the
    list. Nothing between the comma and the phrase is no list: "X, which will ..., on Tuesday
    said" reads the words after the phrase, not the aside before the comma.

    The words from the last edge left to the phrase are read one part at a time, each part
    once (a long run of commas took time by the square of its length when the grown text
    was read again at each comma): no letters, lower-case words that are no list words, or
    a part without a capital are found in the whole text where they are found in one part,
    as none of them spans a comma; and a text of names alone holds no comma."""
    end, letters, verb, uncapitalised = start, False, False, False
    while edges and edges[-1].group(0) == ",":
        part = sentence[edges[-1].end() : end]
        letters = letters or _LETTERS.search(part) is not None
        verb = verb or _NOT_A_LIST_WORD.search(part) is not None
        uncapitalised = uncapitalised or not all(
            _CAPITALISED.search(piece) for piece in part.split(","))
        names_alone = end == start and _ONLY_NAMES.fullmatch(part) is not None
        if not letters or not (names_alone or not (verb or uncapitalised)):
            return
        end = edges.pop().start()


_RIGHT_EDGE = re.compile(r",(?!\d{3})|[;:—–)“”\"]|\bthat\b|\bwhen\b|\bwhich\b|\bbut\b|\band\b")


def tense_at(sentence: str, start: int, end: int) -> str:
    """The tense of the clause that holds a date phrase, read in the words before the phrase,
    or after it when it opens its clause: "future" ("is due to ... in January"), "near" (a
    future seen from the past, "announced that it would ... from Jan. 1"), or "" (the past)."""
    text = clause_at(sentence, start, end)
    text = _clause_across_asides(sentence, start, text) or text
    near = list(_NEAR.finditer(text))
    for m in near:
        text = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
    if _FUTURE.search(text) or _SET_FOR.search(text) or (not near and _announces_in_present(text)):
        return "future"
    if not near and _expected_when_said(sentence, text, end):
        return "near"
    return "near" if near else ""


# "more rain was expected on Sunday", "a cut was likely at the meeting on January 30": an
# expectation told in the past, its date right after it
_EXPECTED_AT_END = re.compile(
    r"\b(?:was|were) (?:expected|due|forecast|(?:un)?likely)(?:\s+(?:on|in|at|for|by)\s+[^,;]{0,60})?\s*$"
)
_SAID = re.compile(r"\b(?:said|says|told|added|noted|warned|predicted|announced|reported)\b")


def _expected_when_said(sentence: str, clause: str, end: int) -> bool:
    """ "The Met Office said more rain was expected on Sunday", "Analysts said another cut was
    likely at the Fed's meeting on January 30": an expectation in a saying looks ahead of the
    saying, as "would" does (round 12); "The report was due on Monday but was delayed", told
    by no one, stays in the past, as does "was expected on Sunday but was cancelled"."""
    return (
        _EXPECTED_AT_END.search(clause) is not None
        and _SAID.search(sentence) is not None
        and not (_BUT_THEN.search(sentence, end) and _PAST.search(sentence, end))
    )


_BUT_THEN = re.compile(r"\b(?:but|although|though|yet|until)\b")


def explicit_future(sentence: str, start: int, end: int) -> bool:
    """ "will continue until March", "is due to end in May": the clause's words say it looks
    ahead (not only a present that may tell of a schedule: "the offer runs until March")."""
    return _FUTURE.search(clause_at(sentence, start, end)) is not None


def _tensed(text: str) -> bool:
    """Whether a clause's words show its tense: a future, a past form, a present verb."""
    return bool(
        _PAST.search(text)
        or _FUTURE.search(text)
        or _NEAR.search(text)
        or _PRESENT.search(text)
        or announces(text)
    )


# what a date phrase's clause may hold before it and still have no verb of its own: nothing
# (", in October"), an infinitive (", to announce the cuts in October"), a participle of
# a start ("would be made in stages, starting in October": round 16), or a "with" that adds a
# detail timed by a word of what is to come ("GM will get $13.4 billion, with $4 billion
# available in February": round 26; with a past form of its own, "with the deal signed in
# January", the clause keeps its own tense). Not a date that only names a noun's time: "GM
# will cut output, with sales in May down 30 percent", "with the deadline in March long
# past" (review 19: were May and March of next year)
_NO_VERB_OF_ITS_OWN = re.compile(
    r"\s*(?:(?:to [a-z]+|starting|beginning|commencing|effective)\b.*"
    r"|with\b[^,;]*?\b(?:coming|ending|arriving|due|available|expected|scheduled|slated|"
    r"planned|set|to [a-z]+)\s+(?:[a-z]+\s+){0,2})?",
    re.S,
)


def _clause_across_asides(sentence: str, start: int, clause: str) -> str | None:
    """ "GM will close four plants, including one in Ohio, in October", "plans to begin
    production of the car, a four-door sedan, in September": the date phrase's clause has no
    verb of its own (``clause`` shows no tense); its tense is that of the nearest clause before
    the asides set off by commas (up to three), if that shows one."""
    comma = sentence.rfind(",", 0, start)
    if comma < 0 or not _NO_VERB_OF_ITS_OWN.fullmatch(sentence, comma + 1, start):
        return None
    if _tensed(clause):
        return None
    edges = list(_LEFT_EDGE.finditer(sentence, 0, start))
    if not edges or edges[-1].end() != comma + 1:
        return None
    i = len(edges) - 1
    for _aside in range(3):
        if i < 0 or edges[i].group(0) != ",":
            return None
        if i > 1 and edges[i - 1].group(0) == "which" and edges[i - 2].group(0) == ",":
            i -= 2  # ", which opened in 1985, in December": an aside about something else
            continue
        segment = sentence[edges[i - 1].end() if i > 0 else 0 : edges[i].start()]
        if _tensed(segment):
            return segment
        i -= 1
    return None


def _announces_in_present(text: str) -> bool:
    """ "negotiators meet in Geneva on Tuesday" announces a coming day; "The bill passed the
    House on a 218-212 vote in late May" does not: a past form in the clause keeps it past."""
    return announces(text) and not _PAST.search(text)


_PAST = re.compile(
    # not after an article: "a cut", "the injured"
    r"\b(?<!\ba )(?<!\ban )(?<!\bthe )"
    r"(?:was|were|had|did|ago|said|came|began|took|held|met|won|lost|went|(?-i:[a-z]{3,}ed)|"
    # regular past forms of short verbs (round 12: "died on May 29" read as ahead)
    r"(?-i:died|lied|tied|dyed|eyed|vied|freed|fled)|"
    # irregular past forms
    r"gave|made|told|sold|left|found|fell|rose|sent|brought|bought|paid|struck|spoke|wrote|"
    r"chose|drove|flew|ran|saw|knew|became|kept|led|meant|stood|thought|broke|fought|caught|"
    r"heard|felt|built|spent|lent|got|hit|cut|put|shut|quit|sank|shot|stole|swore|threw|"
    r"tore|woke|won|wore|froze|forgot|grew|hid|laid|paid|slid|spun|sprang|swam|taught|"
    # more irregular past forms, in lower case only: some are also names ("Drew", "Sat")
    r"(?-i:sat|oversaw|drew|sought|dealt|swept|slept|wept|dug|stuck|swung|rode|shook|rang|"
    r"drank|ate|forbade|withdrew|overcame|undertook|arose|bled|sped|fled|clung|flung|crept|"
    r"upheld|withheld|mistook|foresaw|underwent|overtook|shrank|strode|strove|knelt|dwelt))\b",
    re.I,
)


def past_form_in(text: str) -> bool:
    """True when the text holds a verb's past form ("grew", "made")."""
    return bool(_PAST.search(text))


def past_form(word: str) -> bool:
    """ "grew", "taught", "played": a word that is a verb's past form."""
    return bool(_PAST.fullmatch(word))


_PRESENT = re.compile(
    r"\b(?:is|are|arrives?|launch(?:es)?|begins?|starts?|opens?|closes?|ends?|takes?|lands?|"
    r"runs?|set to|to be|"
    # other verbs of a schedule or a calendar: "who turns 60 in August", "the lease expires in May"
    r"turns|expires|retires|resumes|reopens|returns|debuts|premieres|ships|falls|concludes|"
    # "the new model goes on sale in September", "the car hits showrooms in May"
    r"go(?:es)? on sale|hits? (?:the )?(?:market|stores|showrooms|shelves|dealerships))\b",
    re.I,
)


def present_clause(sentence: str, start: int, end: int) -> bool:
    """ "when it arrives on November 11", "set to take place in Christchurch on May 16": a
    clause in the present tense, with no past form in it."""
    text = clause_at(sentence, start, end)
    return bool(_PRESENT.search(text)) and not _PAST.search(text)


def untensed_clause(sentence: str, start: int, end: int) -> bool:
    """ "a cut at the November 27 meeting": a clause with no past form in it (and, as
    ``tense_at`` found, no future one)."""
    return not _PAST.search(clause_at(sentence, start, end))


def aside_in_past(sentence: str, start: int, end: int) -> bool:
    """ "Smith, chief executive until March, declined to comment": the date phrase sits in a
    description set off by commas right after a name, with no verb of its own, inside a
    sentence told in the past; the description then tells of the past too, and its deadline
    is not ahead."""
    opened = sentence.rfind(",", 0, start)
    closed = sentence.find(",", end)
    if opened < 0 or closed < 0:
        return False
    aside = sentence[opened + 1 : closed]
    return (
        re.search(r"\b[A-Z][\w'’.-]*$", sentence[:opened]) is not None  # after a name
        and re.match(r"\s+(?:a |an |the )?[a-z]", aside) is not None  # a description
        and not re.match(r"\s+(?:who|which|that|where|when|whose)\b", aside)
        and not _PAST.search(aside)
        and not re.search(r"\b(?:is|are|was|were|has|have|had|will|would|be)\b", aside)
        and _PAST.search(sentence[closed:]) is not None
    )


def clause_at(sentence: str, start: int, end: int) -> str:
    """The words of the clause that holds a date phrase: before it, or after it when the
    phrase opens its clause."""
    edges = list(_LEFT_EDGE.finditer(sentence, 0, start))
    _past_a_list(sentence, edges, start)
    text = sentence[edges[-1].end() if edges else 0 : start]
    if not re.search(r"[A-Za-z]{2,}", text) or _ONLY_A_PREPOSITION.fullmatch(text):
        # "On May 3, GM closed the plant": a preposition before the phrase is no clause of its own
        edge = _RIGHT_EDGE.search(sentence, end)
        text = sentence[end : edge.start() if edge else len(sentence)]
        if len(re.findall(r"[A-Za-z]+", text)) < 2 and edge is not None and edge.group(0) == ",":
            nxt = _RIGHT_EDGE.search(sentence, edge.end())
            text = sentence[edge.end() : nxt.start() if nxt else len(sentence)]
            if _DEADLINE_FIRST.match(sentence, edges[-1].end() if edges else 0):
                # "By Friday, GM said, it will have a plan" ("On March 31, the Treasury said,
                # ..." may date the saying: left as it is)
                nxt, text = _past_a_said_aside(sentence, nxt, text)
            if nxt is not None and nxt.group(0) == "and" and _ONLY_NAMES.fullmatch(text):
                # "On Wednesday, Mohamed and his father are to travel": names joined by "and"
                after = _RIGHT_EDGE.search(sentence, nxt.end())
                text = sentence[edge.end() : after.start() if after else len(sentence)]
        said = _SAID_OR_DECIDED_FIRST.match(text)
        if said:
            text = said.group(0)  # "on Tuesday said it would cut jobs": the day of the saying
    return text


# a preposition alone opening the sentence or a clause: "On May 3, ...", "By Friday, ..."
_ONLY_A_PREPOSITION = re.compile(
    r"\s*(?:[Oo]n|[Ii]n|[Bb]y|[Uu]ntil|[Tt]ill|[Ff]rom|[Ss]ince|[Aa]t|[Dd]uring|[Tt]hrough|"
    r"[Bb]efore|[Aa]fter|[Aa]s of)\s+"
)
# a deadline's word opening the clause: "By Friday, ...", "Until June, ..."
_DEADLINE_FIRST = re.compile(r"\s*(?:[Bb]y|[Uu]ntil|[Tt]ill|[Bb]efore)\s")
# a parenthetical "GM said," between commas: "By Friday, GM said, it will have a plan"
_SAID_ASIDE = re.compile(
    r"\s*(?:[\w.'’-]+\s+){1,4}?(?:said|says|added|adds|noted|notes|argued|argues|insisted|"
    r"insists|warned|warns|stressed|stresses)\s*"
    r"|\s*(?:said|says|added|adds)\s+(?:[\w.'’-]+\s*){1,4}"
)


def _past_a_said_aside(
    sentence: str, edge: re.Match | None, text: str
) -> tuple[re.Match | None, str]:
    """ "By Friday, GM said, it will have a plan": the clause a phrase opens is the one after a
    parenthetical "X said," (the aside tells who says it, not when)."""
    if edge is None or edge.group(0) != "," or not _SAID_ASIDE.fullmatch(text):
        return edge, text
    nxt = _RIGHT_EDGE.search(sentence, edge.end())
    return nxt, sentence[edge.end() : nxt.start() if nxt else len(sentence)]


# a verb of saying or deciding in the past right after a phrase that opens its clause, after
# its subject or none ("On Tuesday, GM said it would ...", "on Tuesday said", "On Monday, the
# union voted to strike"): what follows it was said or decided then, with a tense of its own
_SAID_OR_DECIDED_FIRST = re.compile(
    r"\s*(?:(?!(?:will|would|shall|be|been|is|are|was|were|to|has|have|had|can|could|may|"
    r"might|must|should)\b)[\w.'’-]+\s+){0,5}?"
    r"(?:said|told|announced|reported|confirmed|warned|added|agreed|decided|voted|promised|"
    r"pledged|vowed|resolved|hoped|intended|aimed|sought|wanted)\b",
    re.I,
)


_COUNTERFACTUAL = re.compile(
    r"\b(?:would|could|might)(?:n['’]t| not)? have (?:been|seemed|looked|sounded)\b|"
    r"\b(?:unthinkable|unimaginable|inconceivable)\b",
    re.I,
)


def counterfactual_possible(sentence: str) -> bool:
    """Whether ``sentence`` holds a counterfactual cue at all (once a sentence, for speed)."""
    return _COUNTERFACTUAL.search(sentence) is not None


def counterfactual(sentence: str, start: int, end: int) -> bool:
    """ "A year ago this would have been unthinkable": a time held up for contrast, no event."""
    if not _COUNTERFACTUAL.search(sentence):
        return False
    return bool(_COUNTERFACTUAL.search(clause_at(sentence, start, end) + sentence[end:]))


# a past verb of saying, then a future seen from it in the clause of the date phrase: "GM said
# on Wednesday it would close three plants by June", "said it was to close", "said it expected
# to close" ("planned to" is read as a future already)
_SAID_PAST = re.compile(
    r"\b(?:said|told|announced|added|reported|confirmed|warned|stated|indicated|disclosed|"
    r"predicted|noted|insisted|revealed|declared|explained|wrote)\b",
    re.I,
)
_REPORTED_FUTURE = re.compile(
    r"\b(?:would(?! have\b)(?! (?:often|usually|always|sometimes|typically|normally|"
    r"regularly|frequently|generally|never|once|occasionally|often)\b)|"
    r"(?:was|were) (?:due |expected |scheduled |set |going |supposed |planning |aiming |"
    r"hoping )?to|(?:expected|planned|aimed|intended|hoped) to|"
    # "said another cut was likely at the meeting on January 30", "said more rain was
    # expected on Sunday" (round 12)
    r"(?:was|were) (?:un)?likely(?! to have\b)|"
    r"(?:was|were) (?:expected|due|forecast|scheduled|set|planned)(?=\s*$|\s+(?:on|in|by|at|for)\b))"
    r"\b(?! have\b)",
    re.I,
)
# a day or month that may date the saying itself, weeks or years before publication: the future
# is then seen from that day, not from publication (a weekday, "today", "yesterday" are near)
_SAYING_DATED = re.compile(
    r"\b(?:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.|January|February|March|April|"
    r"May|June|July|August|September|October|November|December|(?:19|20)\d\d|ago|"
    r"(?:last|earlier this|the previous|the prior) (?:week|month|year|spring|summer|fall|"
    r"autumn|winter|quarter)|previously|earlier"
    # the saying told as long past (review7): "At the time, GM said", "originally said", "said
    # in its initial plan", "said when it bought the site"
    r"|[Aa]t the time|[Aa]t first|[Oo]riginally|[Ii]nitially|[Ii]nitial|[Bb]ack then|[Ww]hen)\b"
)
_HAD_BEFORE = re.compile(r"\b(?:had|'d)(?: (?:earlier|previously|already|also|long))? $", re.I)
# what may stand between the future's word and the date besides a verb's base form: "would be
# closed by June" holds a participle that is no past of its own
_PARTICIPLE_AFTER_BE = re.compile(r"\bbe(?:en)? [a-z]+(?:ed|en|wn|ld|ght|t)\b")


def reported_future(sentence: str, start: int, end: int) -> bool:
    """ "General Motors said on Wednesday it would close three plants by June": the date's
    clause is a future seen from a past verb of saying ("would", "was to", "expected to",
    "aimed to" ...), with no past form of its own between the future's word and the date and no
    other date that might date the saying; the date lies after the saying. Not "would have",
    not a habit ("would often visit"), not "it bought in June" after the future's word.
    Round 9: the saying may follow ("The plant would open in June, the company said"), and a
    condition stands for it ("If approved, the plant would open in June")."""
    saying = reported_saying(sentence, start, end)
    if saying is None:
        return False
    rest = sentence[:start] + " " + sentence[end:]
    return _SAYING_DATED.search(rest) is None


def reported_saying(sentence: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the saying that a date's reported future is seen from is (its verb, or the
    condition's word), whatever dates it; None if the date's clause is no reported future."""
    clause = clause_at(sentence, start, end)
    if not clause:
        return None
    at = start - len(clause) if sentence[:start].endswith(clause) else sentence.find(clause, end)
    if at < 0:
        return None
    futures = list(_REPORTED_FUTURE.finditer(clause))
    if not futures:
        return None
    marker = futures[-1]
    # the words after the future's word: up to the date, or its clause's rest when the date
    # opens the clause ("By June, GM said, it would close three plants")
    if _PAST.search(_PARTICIPLE_AFTER_BE.sub(" ", clause[marker.end() :])):
        return None
    said = list(_SAID_PAST.finditer(sentence, 0, at + marker.start()))
    if said:
        if _HAD_BEFORE.search(sentence, 0, said[-1].start()):
            return None  # a saying before another past ("had said"): as before
        return said[-1].span()
    if _PAST.search(clause, 0, marker.start()):
        return None  # "He joined in March and would leave in June": a past narrative
    after = _SAID_AFTER.search(sentence, max(end, at + len(clause)))
    if after is not None:
        return after.span(1)  # "The plant would open in June, the company said."
    if marker.group(0).lower().startswith("would"):
        condition = _CONDITION.search(sentence)
        if condition is not None:
            return condition.span()  # "If approved, the plant would open in June"
    return None


# a verb of saying after the date's clause, set off by a comma: ", the company said."
_SAID_AFTER = re.compile(
    r",\s+(?:[\w.'’-]+\s+){0,6}?(said|told|added|reported|announced|stated|wrote|noted)\b"
)
# what makes "would" a future from now: a condition, a plan's terms
_CONDITION = re.compile(
    r"\b(?:[Ii]f|[Uu]nless|[Uu]nder the (?:plan|proposal|deal|agreement|bill|terms|scheme|"
    r"measure|offer|law|rules|legislation|package))\b"
)


def saying_cues(text: str) -> list[str]:
    """The words of ``text`` that may date a saying (``_SAYING_DATED``), in text order."""
    return [c.group(0) for c in _SAYING_DATED.finditer(text)]


def saying_dated(sentence: str, start: int, end: int) -> bool:
    """Whether something in the sentence may date the saying (``_SAYING_DATED``)."""
    return _SAYING_DATED.search(sentence[:start] + " " + sentence[end:]) is not None
