"""Turn raw article text into clean paragraphs in the content model's `.md` format."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ..content.problems import Problem, printable
from ..content.schema import MAX_NAME
from ..content.yamlfile import parse
from .errors import DraftError, PlacedError
from .leftovers import (
    END_HEADING,
    dateline_block,
    is_contributor_line,
    is_junk,
    is_link_list,
    split_authors,
    split_bullets,
    wiki_markup,
    wiki_thumb_caption,
)
from .lexicon import CREDIT_MARKS, OUTLETS
from .tense import past_form_in

_LINK = re.compile(r"!?\[([^\]]*)\]\((?:[^()\s]|\([^()\s]*\))*\)")
_BOLD = re.compile(r"(\*\*|__)(.+?)\1", re.S)
_ITALIC = re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", re.S)
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|])")
_HEADING = re.compile(r"^#{1,6}\s+(.*?)\s*#*$")
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’]+(?:[ -][A-Z][A-Z.'’]+){0,3})(?:,\s*(?P<region>[A-Z][\w.]+(?: [A-Z][\w.]+)?))?"
    r"\s*(?:\((?P<source>[^)]{2,30})\))?\s*[—–-]{1,2}\s+(?=\S)"
)
_WIRE_DATELINE = re.compile(
    r"^(?P<place>[A-Z][\w.'’]+(?:[ -][A-Z][\w.'’]+){0,3}),\s+"
    r"(?P<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|"
    r"August|September|October|November|December)\.? (?P<day>\d{1,2})(?:,? (?P<year>\d{4}))?\s*"
    r"\((?P<source>[^)]{2,40})\)\s*[—–-]{1,2}\s+(?=\S)"
)
# a release's place and full date before a dash: "WASHINGTON, March 2, 2010 — "
_RELEASE_DATELINE = re.compile(
    r"^[A-Z][\w.'’]+(?:[ -][A-Z][\w.'’]+){0,3},\s+(?:[A-Z][\w.]+,\s+)?"
    r"(?P<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|"
    r"June|July|August|September|October|November|December)\.? (?P<day>\d{1,2}),? (?P<year>\d{4})"
    r"\s*[—–-]{1,2}\s+(?=\S)"
)
_DATE_LINE = re.compile(
    r"^(?:(?:updated|published|posted)\b[^A-Za-z0-9]*)?"
    r"(?:\d{1,2}[:.]\d\d\s*(?:[AP]\.?M\.?)?\s*(?:[A-Z]{2,4})?,?\s+)?"
    r"(?:[A-Z][a-z]+day,?\s+|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,?\s+)?"
    r"(?:[A-Z][a-z]+\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]+ \d{4}|\d{4}-\d{2}-\d{2})"
    # then times and zones ("10:30 a.m. EST"): each run of letters read one way only (a
    # possessive run, "A.M." only before a non-letter); `[A-Z]{2,4}` split a long run every
    # way, and "March 3, 2024 " and 80 letters took hours
    r"(?:[^A-Za-z]*+(?:[AP]\.?M\.?(?![A-Za-z])|[A-Z]{2,}+))*\s*$",
    re.I,
)
_BYLINE = re.compile(
    r"^By\s+([A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}(?:(?:,| and)\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})*)\s*$"
)
# "... relative to McMurdo Station image: Daily et al.": "image:" in lower case only before a
# short capitalised credit that ends the line
_INLINE_CREDIT = re.compile(
    r"^(?P<caption>.*?(?:[.!?][”\"’]?)?)\s+(?:Image|Photo|Photograph|Picture|Credit|image(?=:\s*[A-Z][^\s.]*(?:\s[^\s.]+){0,3}\.?$)):"
    r"\s*(?P<credit>[^.]+?)\.?$"
)
_CREDIT_WORD = re.compile(r"\b(?:Image|Photo|Photograph|Picture|Credit|image):")
_END = re.compile(r"[.!?…:;][”\"’)\]]*$")


@dataclass
class Article:
    """A cleaned article: its metadata and its paragraphs in `.md` form."""

    paragraphs: list[str]
    title: str | None = None
    dateline: str | None = None
    source: str | None = None
    authors: list[str] = field(default_factory=list)
    published: dt.date | None = None
    url: str | None = None
    # the month and day (and year, if given) of a wire dateline: "TOKYO, Nov. 11 (Reuters) -"
    dateline_day: tuple[int | None, int, int] | None = None

    @property
    def markdown(self) -> str:
        """The article text as the content model's `.md` file holds it."""
        return "\n\n".join(self.paragraphs) + "\n"


def clean(raw: str) -> Article:
    """Clean a raw article: drop scraper leftovers, keep paragraphs, captions and credits."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    text = text.replace("\u00a0", " ").replace("\u200b", "")
    meta, text = _front_matter(text)
    art = Article(paragraphs=[])
    _apply_meta(art, meta)
    blocks = _blocks(text)
    body_start = next(
        (i for i, b in enumerate(blocks) if _is_body(b) and not _is_title(b, blocks, art)),
        len(blocks),
    )
    if body_start == len(blocks):
        body_start = _short_body_start(blocks, art)
    body_start = next((i for i in range(body_start) if _credit_over_caption(blocks, i)), body_start)
    body_start = _lede_above_body(blocks, body_start, art)
    body_start = _caption_above_body(blocks, body_start, art)
    _header(art, blocks[:body_start])
    _body(art, blocks[body_start:], _recurring_labels(blocks))
    if not art.paragraphs:
        raise DraftError("the article has no paragraphs of text after cleaning")
    return art


def from_markdown(markdown: str, title: str | None) -> Article:
    """An article's `.md` text (what `clean` wrote, corrected perhaps by a person) as the
    Article it was: its paragraphs one a block, as the site reads them, a caption's "Credit:"
    line kept under it. Not cleaned again: its first paragraph is no header (a caption above
    the lede went as one), and the title, given apart, is no paragraph (a headline ending in
    "?" was read as one), so redraft drafts the text import drafted."""
    paragraphs, chunk = [], []
    for line in [*markdown.replace("\r\n", "\n").replace("\r", "\n").split("\n"), ""]:
        if line.strip():
            chunk.append(line.strip())
        elif chunk:
            caption = chunk[0].startswith("Caption: ")
            paragraphs.append(("\n" if caption else " ").join(chunk))
            chunk = []
    return Article(paragraphs=paragraphs, title=title)


def _front_matter(text: str) -> tuple[dict, str]:
    """The front matter's fields, read as content files are (`yamlfile.parse`: no aliases,
    tags, repeated keys or runaway nesting), and the text after it. PyYAML's own reader took
    an alias bomb of 300 bytes to gigabytes of memory (the title printed nine billion times),
    and '[' nested 5,000 deep, `date: 2024-02-30` or `date: 0000-01-01` ended `draft` and
    `import` in a traceback (attack14): each is one message at its line and column now."""
    match = re.match(r"\A\s*---\n(.*?)\n---\s*\n", text, re.S)
    if not match:
        return {}, text
    before = text[: match.start(1)].count("\n")  # the lines above the front matter's first
    doc, problems = parse(match.group(1), "front matter")
    if problems:
        first = problems[0]
        raise PlacedError(before + first.line, first.column, f"{first.message} (in the front "
                          "matter, between the '---' lines: correct it, or delete it)")
    meta = doc.data if doc is not None and isinstance(doc.data, dict) else {}
    for key in ("date", "published", "published_time"):
        if meta.get(key) is not None and _no_day(meta[key]):
            where = doc.at((key,), "") if doc is not None else Problem("", 1, 1, "")
            raise PlacedError(before + where.line, where.column, f"'{key}' in the front matter "
                              f"is '{printable(str(meta[key])[:40])}', which is no day of the "
                              "calendar; write it as YYYY-MM-DD")
    return meta, text[match.end() :]


def _apply_meta(art: Article, meta: dict) -> None:
    title = meta.get("title")
    if title:
        art.title = re.sub(r"\s+", " ", str(title)).strip()
    for key in ("date", "published", "published_time"):
        value = meta.get(key)
        if value and art.published is None:
            art.published = _as_date(value)
    for key in ("url", "source_url", "canonical_url", "link"):
        value = str(meta.get(key) or "")
        if value.startswith(("http://", "https://")):
            art.url = value
            break
    # one line each, and a blank one is none: `source: "   "` was written into the YAML,
    # which check then refused as empty (attack13)
    source = _one_line(meta.get("source"))
    if source and len(source) <= MAX_NAME:  # a longer one check refuses (attack14)
        art.source = source
    authors = meta.get("authors") or meta.get("author")
    if authors:
        art.authors = [a for a in map(_one_line, authors if isinstance(authors, list)
                                      else [authors]) if a]


def _one_line(value: object) -> str:
    return re.sub(r"\s+", " ", str(value or "")).strip()


_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def _as_date(value: object) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    match = _DAY.match(str(value))
    return None if match is None or _no_day(value) else dt.date(*map(int, match.groups()))


def _no_day(value: object) -> bool:
    """Whether value opens with a YYYY-MM-DD the calendar has not (2024-02-30, 0000-01-01)."""
    match = _DAY.match(str(value))
    try:
        return match is not None and not dt.date(*map(int, match.groups()))
    except ValueError:
        return True


def _inline(text: str) -> str:
    """Strip inline Markdown and MediaWiki (links, emphasis, escapes) and fold white space."""
    text = wiki_markup(text)
    text = _LINK.sub(lambda m: "" if m.group(0).startswith("!") else m.group(1), text)
    text = _BOLD.sub(r"\2", text)
    text = _ITALIC.sub(r"\1", text) if "*" in text else text  # for speed: it needs a "*"
    text = _ESCAPE.sub(r"\1", text)
    return " ".join(text.split())  # \s+ as one space, stripped (the same white space as \s)


def _credit_over_caption(blocks: list[list[str]], i: int) -> bool:
    """A photo credit line over a caption sentence: where a scraped body starts."""
    if len(blocks[i]) != 1 or i + 1 >= len(blocks) or not _is_credit(_inline(blocks[i][0])):
        return False
    caption = _inline(" ".join(blocks[i + 1]))
    return _words(caption) >= 4 and bool(_END.search(caption))


def _blocks(text: str) -> list[list[str]]:
    """Split text into blocks of lines at blank lines; drop junk lines."""
    blocks: list[list[str]] = []
    current: list[str] = []
    for line in text.split("\n"):
        stripped = line.strip()
        if not stripped:
            if current:
                blocks.append(current)
                current = []
            continue
        if is_junk(stripped):
            continue
        current.append(stripped)
    if current:
        blocks.append(current)
    return [item for block in blocks if not is_link_list(block) for item in split_bullets(block)]


def _words(text: str) -> int:
    return len(text.split())


def _is_body(block: list[str]) -> bool:
    text = " ".join(block)
    return _words(text) >= 25 or (_words(text) >= 12 and bool(_END.search(text.rstrip("*_ "))))


# "Hill at the Lesser-known candidates forum in 2011", "pilgrims at Mecca's Grand Mosque in 2008.":
# a short line with no verb that places its subject at a year is a photo's caption
_CAPTION_YEAR = re.compile(r"^[^#“”\"?!:;]{3,}\s(?:at|in|during)\s[^“”\"?!:;]*\bin\s(?:19|20)\d\d\.?$")
_FINITE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|said|says|"
    r"do|does|did|[a-z]{3,}ed)\b"
)


def caption_line(text: str) -> bool:
    """ "Hill at the Lesser-known candidates forum in 2011", "Hill (right) with fellow 2012
    presidential candidate Buddy Roemer.", "Hugh McGuire with some books ...": a photo's
    caption, kept as one (dated like any sentence, never a heading, an interview answer or
    the summary's sentence)."""
    return year_caption(text) or placed_in_picture(text) or person_with(text)


def year_caption(text: str) -> bool:
    """A short verbless line that places a subject at a year is a caption only with the
    evidence of a picture: its subject is a name or a plural placed somewhere ("Hill at ...",
    "pilgrims at ...") or an object shown ("A Russian stamp for ..."), and the line is not in
    title case. "Investments in Rural America in 2024" (a release's heading) and "Record
    exports to Asia in Ohio in 2023" (a bullet) are no captions."""
    return (
        _words(text) <= 20
        and bool(_CAPTION_YEAR.match(text))
        and not _FINITE.search(text)
        and not past_form_in(text)
        and bool(_PLACED_SUBJECT.match(text))
        and not _title_cased(text)
    )


# "Hill at", "pilgrims at", "Ana Ruiz during", "A Russian stamp": a subject shown in a picture
_PLACED_SUBJECT = re.compile(
    r"^(?:(?:A|An)\s|[\w'’.-]+(?:\s[A-Z][\w'’.-]+){0,3}\s(?:at|during|with)\s)"
)
# "(right)", "(second from left)", "(pictured)": where a person stands in a picture
_POSITION_CUE = re.compile(
    r"\((?:(?:second |third |far )?(?:from )?(?:left|right)|cent(?:er|re)|pictured|top|bottom|"
    r"foreground|background|front row|back row|l-r|l to r)\)",
    re.I,
)
# "Hugh McGuire with some books that ...": a person's full name, then "with" and a lower-case
# object
_PERSON_WITH = re.compile(r"^[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){1,3}\swith\s[a-z]")
_TITLE_SMALL = frozenset(
    ["of", "the", "and", "for", "a", "an", "in", "on", "at", "to", "by", "with", "from", "or", "during"]
)


def _title_cased(text: str) -> bool:
    """Every word but the short ones capitalised, as a heading is written."""
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", text) if w not in _TITLE_SMALL]
    return all(w[:1].isupper() for w in words)


def placed_in_picture(text: str) -> bool:
    """ "Hill (right) with fellow 2012 presidential candidate Buddy Roemer.": a short line that
    says where someone stands in a picture. A line that quotes someone ('"...," Sunak (right)
    told MPs.') is a paragraph with a picture beside it, not a caption."""
    return (
        _words(text) <= 25
        and bool(_POSITION_CUE.search(text))
        and not _LABELLED.match(text)
        and not _QUOTING.search(text)
    )


# a quotation of a few words: '"We will deliver," Sunak (right) told MPs'
_QUOTING = re.compile(r"[\"“”](?:[^\"“”]+\s){3}")


def person_with(text: str) -> bool:
    """ "Hugh McGuire with some books that have not yet been acoustically liberated.": a short
    line that shows a named person with something, its only verb in a clause about the thing."""
    if _words(text) > 16 or not _PERSON_WITH.match(text) or _LABELLED.match(text):
        return False
    head = re.split(r"\b(?:that|which|who)\b", text, maxsplit=1)[0]
    return not _FINITE.search(head) and not past_form_in(head)


# "Wikinews: ...", "Jane Doe: ...": a turn of an interview, never a caption
_LABELLED = re.compile(r"^[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3}:\s")


def _caption_above_body(blocks: list[list[str]], body_start: int, art: Article) -> int:
    """A caption on its own line right above the body ("pilgrims at Mecca's Grand Mosque in
    2008.", "Herrick at RecentChangesCamp 2008 Image: ShakataGaNai.") belongs to the body, not
    to the header (never the first block, which is the headline)."""
    i = body_start - 1
    if i < 1 or i >= len(blocks) or len(blocks[i]) != 1 or _is_title(blocks[i], blocks, art):
        return body_start
    line = _inline(blocks[i][0])
    if art.title and _same(line, art.title):
        return body_start
    credit = _INLINE_CREDIT.match(line) if _CREDIT_WORD.search(line) else None
    if caption_line(line) or (credit and _words(credit.group("caption")) <= 20):
        return i
    return body_start


def _lede_above_body(blocks: list[list[str]], body_start: int, art: Article) -> int:
    """ "The Senate passed the bill on Monday.": a short opening paragraph under the headline,
    a whole sentence with a verb, is the body's first paragraph, not header matter (it was
    dropped with the bylines). Never the first block unless the title came from front matter."""
    first = 0 if art.title and not _is_title(blocks[0], blocks, art) else 1
    i = min(body_start, len(blocks))
    while i - 1 >= first and _opening_sentence(blocks[i - 1], blocks, art):
        i -= 1
    return i


def _opening_sentence(block: list[str], blocks: list[list[str]], art: Article) -> bool:
    if len(block) != 1 or _is_title(block, blocks, art):
        return False
    line = _inline(block[0])
    return (
        _words(line) >= 5
        and line[:1].isupper()
        and re.search(r"[.!?][”\"’]?$", line) is not None
        and (_FINITE.search(line) is not None or past_form_in(line))
        and not (art.title and _same(line, art.title))
        and line not in OUTLETS
        and not _DATE_LINE.match(line)
        and not _BYLINE.match(line)
        and not _CREDIT_WORD.search(line)
        and not _is_credit(line)
        and not caption_line(line)
    )


def _short_body_start(blocks: list[list[str]], art: Article) -> int:
    """A short article, one sentence under its headline ("The council voted on Monday to close
    the library."): the first block after the first that reads as a sentence, if no block is
    long enough to be the body."""
    for i, block in enumerate(blocks):
        text = " ".join(block)
        if (
            i > 0
            and _words(text) >= 6
            and _END.search(text.rstrip("*_ "))
            and not _is_title(block, blocks, art)
        ):
            return i
    return len(blocks)


def _is_title(block: list[str], blocks: list[list[str]], art: Article) -> bool:
    """A headline: the front matter's title, or a one-line block repeated near the top."""
    if len(block) != 1:
        return False
    if art.title:
        return _same(_inline(block[0]), art.title)
    return sum(1 for b in blocks[:6] if b == block) > 1


def _is_credit(line: str) -> bool:
    if _words(line) > 8 or _END.search(line) or line.startswith("#"):
        return False
    if re.match(r"^(Photo|Image|Credit|Photograph)s?:", line):
        return True
    parts = re.split(r"\s*/\s*", line)
    if len(parts) >= 2 and all(p[:1].isupper() for p in parts if p):
        return True
    return line.split()[-1] in CREDIT_MARKS


def _header(art: Article, blocks: list[list[str]]) -> None:
    """Read title, source, dateline, date and byline from the lines above the body."""
    lines = [line for block in blocks for line in block]
    for i, line in enumerate(lines):
        clean_line = _inline(line)
        if art.title and _same(clean_line, art.title):
            continue
        if clean_line in OUTLETS:
            art.source = art.source or clean_line
            prev = _inline(lines[i - 1]) if i else ""
            if prev and _words(prev) <= 4 and not _same(prev, art.title or "") and not art.dateline:
                art.dateline = prev
            continue
        if _DATE_LINE.match(clean_line):
            art.published = art.published or _parse_date_line(clean_line)
            continue
        if _byline(art, clean_line):
            continue
        if art.title is None and _words(clean_line) >= 3:
            art.title = clean_line.lstrip("# ").strip()


def _byline(art: Article, line: str) -> bool:
    byline = _BYLINE.match(line)
    if not byline:
        return False
    names = re.split(r",\s*(?:and\s+)?|\s+and\s+", byline.group(1))
    authors, outlet = split_authors(names)
    art.authors = art.authors or authors
    art.source = art.source or outlet
    return True


def _top_matter(art: Article, block: list[str]) -> bool:
    """Byline, place, date or dateline lines that a page puts under its standfirst."""
    lines = [_inline(line) for line in block]
    place_outlet = dateline_block(lines)
    if place_outlet:
        art.dateline = art.dateline or place_outlet[0]
        art.source = art.source or place_outlet[1]
        return True
    if not (_BYLINE.match(lines[0]) or _DATE_LINE.match(lines[0])):
        return False
    for line in lines:
        if _byline(art, line):
            continue
        if _DATE_LINE.match(line):
            art.published = art.published or _parse_date_line(line)
        elif _words(line) <= 3 and not _END.search(line) and art.dateline is None:
            art.dateline = line
        else:
            return False
    return True


def _same(a: str, b: str) -> bool:
    fold = lambda s: re.sub(r"\W+", " ", s).strip().lower()  # noqa: E731
    return bool(a) and fold(a) == fold(b)


def _parse_date_line(line: str) -> dt.date | None:
    from .dates import parse_absolute

    return parse_absolute(line)


def _body(art: Article, blocks: list[list[str]], labels: set[str]) -> None:
    """The article's paragraphs from its blocks; `labels` open the turns of a transcript."""
    pending_credit: str | None = None
    for block in blocks:
        if (
            block[0].startswith("Caption: ")
            and all(line.startswith("Credit: ") for line in block[1:2])
            and len(block) <= 2
        ):
            art.paragraphs.append(
                "\n".join(block)
            )  # already in the content model's form (a redraft)
            pending_credit = None
            continue
        if len(block) == 1 and END_HEADING.match(block[0]) and art.paragraphs:
            break  # only references and page furniture follow
        if len(art.paragraphs) < 3 and _top_matter(art, block):
            continue
        if len(block) == 1 and caption_line(_inline(block[0])):
            art.paragraphs.append(f"Caption: {_inline(block[0])}")
            continue
        heading = _HEADING.match(block[0])
        if heading and len(block) == 1:
            art.paragraphs.append("## " + _inline(heading.group(1)))
            continue
        thumb = wiki_thumb_caption(" ".join(block))
        if thumb is not None:
            if thumb:
                art.paragraphs.append(f"Caption: {_inline(thumb)}")
            continue
        text = _inline(" ".join(block))
        if not text or (art.title and _same(text, art.title)) or is_junk(text):
            continue
        if is_contributor_line(text):
            continue
        if len(block) == 1 and _is_credit(text):
            pending_credit = re.sub(r"^(Photo|Image|Credit|Photograph)s?:\s*", "", text)
            continue
        if pending_credit is not None:
            if _words(text) <= 60:
                art.paragraphs.append(f"Caption: {text}\nCredit: {pending_credit}")
                pending_credit = None
                continue
            pending_credit = None
        if art.dateline is None and len(art.paragraphs) < 3:
            text = _strip_dateline(art, text)
        inline_credit = _INLINE_CREDIT.match(text) if _CREDIT_WORD.search(text) else None
        if inline_credit and _words(inline_credit.group("caption")) <= 40:
            art.paragraphs.append(
                f"Caption: {inline_credit.group('caption')}\nCredit: {inline_credit.group('credit')}"
            )
            continue
        if (
            _words(text) <= 12
            and not _END.search(text)
            and not _introduces_quote(text)
            and not _is_quotation(text)
            or (
                _words(text) <= 14
                and text.endswith("?")
                and text[0] not in "“\"'‘"
                and not _is_turn(text, labels)
            )
        ):
            art.paragraphs.append("## " + text)
            continue
        art.paragraphs.append(text)


# "Wikinews: How did you two meet?": an interviewer's turn, not a heading
_TURN = re.compile(r"[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3}: \S")


def _recurring_labels(blocks: list[list[str]]) -> set[str]:
    """The labels ("Wikinews: ") that open more than one paragraph: a transcript's speakers."""
    seen: set[str] = set()
    recurring: set[str] = set()
    for block in blocks:
        m = _TURN.match(block[0])
        if m:
            label = m.group(0)[:-1]
            (recurring if label in seen else seen).add(label)
    return recurring


def _is_turn(text: str, labels: set[str]) -> bool:
    """ "Wikinews: How did you meet?" in an interview whose paragraphs that label opens again
    is a turn; "Brexit: What happens next?" once in a news article is a heading."""
    m = _TURN.match(text)
    return m is not None and m.group(0)[:-1] in labels

_FRAME_END = re.compile(
    r"(?:,|\b(?:said|says|added|adds|stated|states|wrote|writes|continued|replied|answered|"
    r"explained|declared|told|saying|adding|"
    # a sentence broken off before its quote: "... claim she has a", "... was"
    r"a|an|the|of|to|that|was|were|is|are|has|have|had|as|and|or|by|with|for|its|their))$"
)


def _introduces_quote(text: str) -> bool:
    """A line that opens a quote the next paragraph holds ("Harry Kane ... He said,",
    "Tunisia's coach Nabil Maaloul said", "The ministry also claims that it was"): a
    sentence broken off, not a heading."""
    return bool(_FRAME_END.search(text))


def _is_quotation(text: str) -> bool:
    """A quoted passage set as its own paragraph ("\"I am not able to do that\""), or the
    last paragraph of a longer one ("... until the spring\""): speech, not a heading."""
    return text[-1:] in "”\"’"


_MONTHS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
           "sep": 9, "oct": 10, "nov": 11, "dec": 12}


def _strip_dateline(art: Article, text: str) -> str:
    match = _DATELINE.match(text) or _WIRE_DATELINE.match(text)
    if not match:
        release = _RELEASE_DATELINE.match(text)
        if release and art.dateline_day is None:
            # "WASHINGTON, March 2, 2010 — The Treasury today announced": the release's day,
            # left in the text (it is a dated line of its own)
            art.dateline_day = (int(release.group("year")),
                                _MONTHS[release.group("month")[:3].lower()],
                                int(release.group("day")))
        return text
    if len(match.group("place")) < 3:
        return text
    art.dateline = art.dateline or match.group("place").title()
    if match.re is _WIRE_DATELINE:
        year = match.group("year")
        art.dateline_day = (int(year) if year else None, _MONTHS[match.group("month")[:3].lower()],
                            int(match.group("day")))
    if match.group("source"):
        art.source = art.source or match.group("source").strip()
    return text[match.end() :]
