"""What a scraped page leaves around an article: page furniture, footers, contributor lines, lists."""

from __future__ import annotations

import re

from .lexicon import OUTLETS
from .prefilter import Guarded

# A whole line that is a button, a menu entry or an ad slot.
JUNK_LINE = re.compile(
    r"^(close|×|x|share|share this:?|advertisement|ad feedback|skip to content|skip to main content|"
    r"menu|sign up|sign in|log in|subscribe|print|email|copy link|link copied!?|see all topics|"
    r"read more|facebook|twitter|tweet|linkedin|reddit|whatsapp|telegram|live tv|save|"
    r"reuse this content|after newsletter promotion|(?:free )?(?:daily|weekly) newsletter|"
    r"\\?#\s*\\?#\s*\\?#|###|-30-|end|[_\-*=~•·]{3,})$",
    re.I,
)
# A line that points elsewhere ("Read more: ..."), or a footer line.
_POINTER = re.compile(
    r"^(?:read more|read also|also read|related|more from [\w .]+|watch|listen|see also|recommended|"
    r"most read|share this|sign up for[^:]*)\s*:",
    re.I,
)
_FOOTER = Guarded(  # for speed: run only on a line holding one of the words it needs
    re.compile(
        r"©|\(c\) \d{4}|\ball rights reserved\b|\bterms of (?:use|service)\b|\bprivacy policy\b|"
        r"\bcookie (?:policy|settings)\b|^sign up (?:for|to) (?:our|the )?\w+|^privacy notice:|"
        r"^explore more on these topics",
        re.I,
    )
)
# A label whose block lists links to other stories.
_LINK_LIST = re.compile(
    r"^(?:related(?: articles?| stories| coverage| content)?|more (?:on this story|stories)|"
    r"recommended(?: stories)?|you may also like|most read|trending)\s*:?$",
    re.I,
)
# A heading after which only references follow (Wikinews "Sources", "External links").
END_HEADING = re.compile(
    r"^(?:#{1,6}\s*)?(?:sources?|references|external links|see also|related news|notes|footnotes)\s*:?$",
    re.I,
)
_CONTRIBUTOR = Guarded(
    re.compile(
        r"\bcontributed (?:reporting|to this (?:report|story|article))\b|"
        r"^(?:\(?(?:additional )?reporting|writing|editing|compiled) by\b",
        re.I,
    )
)
BULLET = re.compile(r"^[*•\-–]\s+(?=\S)")


def is_junk(line: str) -> bool:
    """A line to drop wherever it stands: buttons, ad slots, separators, pointers, footers."""
    return bool(JUNK_LINE.match(line) or _POINTER.match(line) or _FOOTER.search(line))


def is_link_list(block: list[str]) -> bool:
    """A block that opens with "Related article" and lists other stories."""
    return bool(_LINK_LIST.match(block[0].strip("#* ")))


def is_contributor_line(text: str) -> bool:
    """ "Associated Press writer X contributed to this report.", "Reporting by X; editing by Y"."""
    return bool(_CONTRIBUTOR.search(text)) and len(text.split()) <= 30


def split_bullets(block: list[str]) -> list[list[str]]:
    """A block holding a list: one block per item (hard-wrapped item lines stay with their item)."""
    if not any(BULLET.match(line) for line in block):
        return [block]
    out: list[list[str]] = []
    for line in block:
        if BULLET.match(line) or not out:
            out.append([BULLET.sub("", line)])
        else:
            out[-1].append(line)
    return out


def split_authors(names: list[str]) -> tuple[list[str], str | None]:
    """Authors from a byline, without the outlet it names ("By Jane Doe, CNN"): (authors, outlet)."""
    authors, outlet = [], None
    for name in names:
        name = name.strip()
        if name in OUTLETS:
            outlet = outlet or name
            continue
        for known in sorted(OUTLETS, key=len, reverse=True):
            if name.endswith(" " + known):
                outlet = outlet or known
                name = name[: -len(known) - 1].strip()
                break
        if name:
            authors.append(name)
    return authors, outlet


def dateline_block(lines: list[str]) -> tuple[str, str] | None:
    """A short block "Almaty, Kazakhstan / CNN / —": (place, outlet), or None."""
    lines = [line for line in lines if not re.fullmatch(r"[—–-]+", line)]
    if not 2 <= len(lines) <= 3:
        return None
    outlets = [line for line in lines if line in OUTLETS]
    places = [line for line in lines if line not in OUTLETS]
    if len(outlets) != 1 or not places:
        return None
    if any(len(p.split()) > 4 or re.search(r"[.!?]$", p) for p in places):
        return None
    return places[0], outlets[0]


# MediaWiki markup a copied wiki page keeps (Wikinews, Wikipedia).
_WIKI_FILE = re.compile(r"\[\[(?:File|Image):[^\]]*\]\]", re.I)
_WIKI_LINK = re.compile(r"\[\[(?:[^\]|]*\|)?([^\]|]*)\]\]")
_WIKI_URL = re.compile(r"\[(?:https?:)?//\S+(?: ([^\]]*))?\]")
_WIKI_TEMPLATE = re.compile(r"\{\{[^{}]*\}\}")
_WIKI_QUOTES = re.compile(r"'{2,3}(?=\S)(.+?)(?<=\S)'{2,3}")
# "150px Airbus, Europe's biggest ...": an image's width left before the text
_WIKI_WIDTH = re.compile(r"(?<![\w-])\d{2,4}(?:x\d{2,4})?px\s+(?=[A-Z])")
# "thumb|right|200px|The caption": an image's options and caption, its link brackets lost
_WIKI_THUMB = re.compile(
    r"^(?:(?:File|Image):[^|]*\|)?(?:(?:thumb|thumbnail|frame|frameless|left|right|center|"
    r"upright|none|\d+(?:x\d+)?px)\|)+(?P<caption>.*?)\]*$",
    re.I,
)


def wiki_markup(text: str) -> str:
    """Text without MediaWiki markup: "[http://x.org label]" is "label", "[[Page|label]]" is
    "label", file links and templates go."""
    text = _WIKI_FILE.sub("", text)
    text = _WIKI_LINK.sub(r"\1", text)
    text = _WIKI_URL.sub(lambda m: m.group(1) or "", text)
    text = _WIKI_TEMPLATE.sub("", text)
    if "px" in text:
        text = _WIKI_WIDTH.sub("", text)
    return _WIKI_QUOTES.sub(r"\1", text)


def wiki_thumb_caption(line: str) -> str | None:
    """The caption of a "thumb|right|The caption" line, or None for any other line."""
    m = _WIKI_THUMB.match(line)
    return m.group("caption").strip() if m else None
