"""Split paragraphs into sentences that occur verbatim in the cleaned text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import ABBREVIATIONS, DESCRIBING_OPENERS, SENTENCE_OPENERS, _words

_CANDIDATE = re.compile(r"[.!?…]+[”\"’')\]]*(?=\s+[“\"‘'(\[]?[A-Z0-9])")
_NEXT_WORD = re.compile(r"\s+[“\"‘'(\[]?([\w’']+)")


@dataclass
class Sentence:
    """A sentence of the article, with the paragraph it belongs to (numbered from 1)."""

    text: str
    paragraph: int
    index: int  # position within its paragraph
    caption: bool = False


# The longest sentence of the real articles (realdev, gma, dev) has 732 characters. A longer
# run without a sentence end is no sentence (a list, a table, a hostile text): several rules
# look back over their sentence from each mention, and one 50 KB "sentence" took a minute.
MAX_SENTENCE = 2000


def split(text: str) -> list[str]:
    """Split one paragraph into sentences, each a verbatim substring of ``text``; a run of
    more than MAX_SENTENCE characters without a sentence end is cut at spaces."""
    start = glued_caption_end(text)
    out: list[str] = [text[:start].strip()] if start else []
    for m in _CANDIDATE.finditer(text, start):
        end = m.end()
        if not _ends_here(text, m):
            continue
        piece = text[start:end].strip()
        if piece:
            out += [p for glued in run_on_parts(piece) for p in _pieces(glued)]
        start = end
    rest = text[start:].strip()
    if rest:
        out += [p for glued in run_on_parts(rest) for p in _pieces(glued)]
    return out


# A sentence run into the next without a full stop (a caption glued to the story: "The A380
# was revealed in January 2005 The world's largest passenger aircraft ... has made"): after a
# year or a lower-case word, a capitalised determiner or pronoun then a lower-case word
# opens a sentence. Not after a word that asks for a name ("of The ...", "the film The ...":
# a title), nor before a capitalised word ("The Times", a name).
_RUN_ON = re.compile(
    r"(?<![\w’'.-])(?P<before>1[89]\d\d|20\d\d|[a-z]+)"
    r" (?=(?:The|An|It|He|She|They|We|This|These|Those|Its|His|Her|Their) [a-z])"
)
_RUN_ON_START = re.compile(r" (?:The|An|It|He|She|They|We|This|These|Those|Its|His|Her|Their) [a-z]")
_NAME_ASKING = _words(
    """of and or the a an to in on at by for from with as than that said says called titled
    named entitled read reads wrote write film movie book novel song album show series play
    paper newspaper magazine column headline word words phrase slogan dubbed"""
)


def run_on_parts(sentence: str) -> list[str]:
    """The sentence cut where another runs into it without a full stop (see _RUN_ON); most
    sentences have none."""
    if not _RUN_ON_START.search(sentence):
        return [sentence]  # for speed: no capitalised opener inside the sentence
    parts, start = [], 0
    for m in _RUN_ON.finditer(sentence):
        word = m.group("before")
        if word in _NAME_ASKING or not (word.isdigit() or word.isalpha()):
            continue
        if _inside_quotes(sentence, m.end()):
            continue
        parts.append(sentence[start : m.end()].strip())
        start = m.end()
    return [*parts, sentence[start:].strip()] if parts else [sentence]


# A photo's caption glued to a paragraph's first sentence ("An American Airlines 777 landing
# at Heathrow airport Boeing has secured two large orders"): "A/An/The", a participle and a
# preposition, no finite verb, then a capitalised name and a finite verb. The participle must
# come after the first words and before a preposition, so "Leading aircraft maker Boeing has"
# and "The world's leading maker of jets Boeing has" are no captions (round 24).
_GLUED_CAPTION = re.compile(
    r"(?:A|An|The) (?:[\w'’$.,-]+ ){0,6}?[a-z]+ing (?:at|in|on|over|from|into|onto|off|out|near|"
    r"during|outside|inside|toward|towards|after|before|past|through|above|along|across|down|up)"
    r" (?:[\w'’.,-]+ ){0,6}?[a-z]+(?= (?P<name>(?:[A-Z][\w&'’.-]* ){1,4})(?:has|have|had|is|are|"
    r"was|were|will|would|said|says|announced|reported)\b)"
)
_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|did|does|said|says)\b")
# words whose object the name is, not a caption's last word ("A fire burning in the hills near
# Los Angeles has destroyed ...", "The team playing in the final against Manchester United has
# said ...": one sentence, no caption) (review 17)
_BEFORE_ITS_OBJECT = _words(
    """a an the and or but of to for with by as than at in on from into onto off out near over
    under during toward towards after before past through above along across down up against
    around behind beside besides between beyond via within without outside inside like about
    including"""
)


def glued_caption_end(text: str) -> int:
    """Where a caption glued to the paragraph's first sentence ends (see _GLUED_CAPTION), or 0."""
    m = _GLUED_CAPTION.match(text)
    if (
        m is None
        or _FINITE.search(m.group(0))
        or _DAY_OR_ZONE.fullmatch(m.group("name").split()[0].rstrip("."))
        or m.group(0).rsplit(" ", 1)[-1] in _BEFORE_ITS_OBJECT
        or _CANDIDATE.search(m.group(0) + " A")  # a sentence ends inside: no one caption
    ):
        return 0
    return m.end()


def _inside_quotes(sentence: str, at: int) -> bool:
    """Whether an odd number of double quotes opens before ``at`` (a quotation goes on)."""
    head = sentence[:at]
    return (head.count('"') % 2 == 1) or head.count("“") > head.count("”")


def _pieces(sentence: str) -> list[str]:
    """The sentence, or if it is over MAX_SENTENCE characters, its pieces of at most that
    many, each cut at the last white space before the limit (or at the limit if none)."""
    if len(sentence) <= MAX_SENTENCE:
        return [sentence]
    out = []
    while len(sentence) > MAX_SENTENCE:
        cut = max(sentence.rfind(" ", 1, MAX_SENTENCE + 1), sentence.rfind("\n", 1, MAX_SENTENCE + 1))
        cut = cut if cut > 0 else MAX_SENTENCE
        out.append(sentence[:cut].rstrip())
        sentence = sentence[cut:].lstrip()
    return out + ([sentence] if sentence else [])


_DAY_OR_ZONE = re.compile(
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|"
    r"May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|"
    r"Sept?|Oct|Nov|Dec|today|tomorrow|yesterday|local|[ECMP][SD]?T|GMT|UTC|BST|CET"
)


# what opens a sentence of a business report after "according to Autodata Corp.": a
# describing word ("Rival Ford reported ...") or what the report is about ("Shares fell")
_REPORT_OPENERS = DESCRIBING_OPENERS | _words(
    """Shares Sales Stocks Profit Profits Revenue Revenues Earnings Demand Prices Analysts
    Investors Traders"""
)


def _ends_here(text: str, m: re.Match) -> bool:
    if not m.group(0).startswith("."):
        return True
    # the word after a dash: "Dec. 22-Jan. 19", "Nov. 28–Dec. 3" (a span of days, round 26)
    prev = re.split(r"[-–—]", _word_before(text, m.start()).lstrip("(“\"‘'").lower())[-1]
    nxt = _NEXT_WORD.match(text, m.end())
    following = nxt.group(1) if nxt else ""
    if re.fullmatch(r"[a-z]", prev):  # an initial: "Janet L. Yellen"
        return False
    if prev in ("a.m", "p.m") and _DAY_OR_ZONE.fullmatch(following):
        return False  # "at 3 p.m. Monday", "10 a.m. EST": the time's day or zone
    if prev in ABBREVIATIONS or re.fullmatch(r"(?:[a-z]\.)+[a-z]", prev):
        # "U.S." ends a sentence only when an ordinary sentence opener follows.
        return following in SENTENCE_OPENERS or following in _REPORT_OPENERS
    return True


def _word_before(text: str, end: int) -> str:
    """The run of non-space characters that ends at ``end`` (looking back from there only, so
    that a paragraph of thousands of sentences is split in linear time)."""
    if text[end - 1 : end] == "\n":  # as the pattern (\S+)$ did: a final newline is skipped
        end -= 1
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start:end]


def sentences(paragraphs: list[str]) -> list[Sentence]:
    """Every sentence of the article's paragraphs; captions count, headings and credits do not."""
    out: list[Sentence] = []
    for number, para in enumerate(paragraphs, 1):
        if para.startswith("## "):
            continue
        caption = para.startswith("Caption: ")
        if caption:
            para = para[len("Caption: ") :].split("\nCredit: ")[0]
        glued = not caption and glued_caption_end(para) > 0
        for i, text in enumerate(split(para)):
            out.append(Sentence(text, number, i, caption or (glued and i == 0)))
    return out
