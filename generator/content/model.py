"""The content as typed objects: actors, articles, claims and timeline events."""

from __future__ import annotations

from dataclasses import dataclass, field

from .dates import EDate
from .yamlfile import YamlDoc

KINDS = ("person", "organization", "country", "group")
STANCES = ("denies", "disputes", "confirms")
STATUSES = ("drafted", "reviewed")


@dataclass
class Actor:
    """A person, organization, country or group; one actor has one page."""

    id: str
    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    description: str = ""
    links: dict[str, str] = field(default_factory=dict)
    affiliation: str | None = None
    source: str = ""  # the file that defines it
    line: int = 0
    key: tuple[object, ...] = ()
    status: str | None = None  # of the article's entry that defines it; None in actors.yaml
    own_aliases: tuple[str, ...] = ()  # those its defining entry gives (others add to them)
    formerly: tuple[str, ...] = ()  # ids merged into it (`briefing merge`): their pages redirect


@dataclass
class Role:
    """An actor as one article names it."""

    actor: str
    role: str = ""
    status: str | None = None
    line: int = 0
    key: tuple[object, ...] = ()
    aliases: tuple[str, ...] = ()  # the aliases this entry gives the actor


@dataclass
class Party:
    """Another actor's stand on a claim: denies, disputes or confirms it."""

    actor: str
    stance: str
    evidence: str = ""
    paragraph: int | None = None


@dataclass
class Claim:
    """Something an actor asserts, with the sentence it rests on."""

    id: str
    claim: str
    by: str  # "": a drafted claim whose speaker is not yet attributed
    evidence: str
    quote: str | None = None
    about: list[str] = field(default_factory=list)
    date: EDate | None = None
    parties: list[Party] = field(default_factory=list)
    status: str | None = None
    line: int = 0
    paragraph: int | None = None
    key: tuple[object, ...] = ()

    @property
    def speakers(self) -> list[str]:
        """The speaker's id, or nothing while a drafted claim is not yet attributed."""
        return [self.by] if self.by else []

    @property
    def standing(self) -> str:
        """Denied, disputed, confirmed or asserted, read from the parties' stances."""
        stances = {p.stance for p in self.parties}
        for stance, standing in (("denies", "denied"), ("disputes", "disputed"),
                                 ("confirms", "confirmed")):
            if stance in stances:
                return standing
        return "asserted"


@dataclass
class Event:
    """A dated event of an article's timeline."""

    id: str
    date: EDate
    event: str
    evidence: str
    actors: list[str] = field(default_factory=list)
    status: str | None = None
    line: int = 0
    paragraph: int | None = None
    key: tuple[object, ...] = ()
    scheduled: bool = False  # announced for a date after the article


@dataclass
class Block:
    """One block of article text: a paragraph, a caption or a sub-heading."""

    kind: str  # "paragraph", "caption" or "heading"
    text: str
    credit: str = ""
    number: int | None = None  # paragraphs and captions are numbered from 1
    line: int = 0
    folded: str = ""  # the text as evidence is matched against it


@dataclass
class Article:
    """One article: its metadata, text and what matters in it."""

    slug: str
    title: str
    published: EDate
    source: str = ""
    url: str = ""
    dateline: str = ""
    authors: list[str] = field(default_factory=list)
    summary: str = ""
    tags: list[str] = field(default_factory=list)
    actors: list[Role] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    timeline: list[Event] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    yaml_path: str = ""
    text_path: str = ""
    text_read: bool = True  # False when the text file is missing or could not be read
    # of title, published, summary and tags, those drafted
    unreviewed: list[str] = field(default_factory=list)
    withheld: int = 0  # drafted entries a published site leaves out (generator/content/gate.py)
    # what check says when told/published moved since the drafted entries were dated from
    # `dated_from:` (dated_from.moved_message), for the page `mkdocs serve` shows (review25)
    redated: str = ""


@dataclass
class Content:
    """Everything under content/: actors by id, and articles newest first."""

    actors: dict[str, Actor]
    articles: list[Article]
    docs: dict[str, YamlDoc] = field(default_factory=dict)  # each YAML file, for positions
    # ids that a broken entry or file seems to define: references to them are not reported,
    # so that one mistake gives one message rather than one per reference
    unverified: set[str] = field(default_factory=set)
    # the "did you mean" hint its check gave each undefined actor id, for the next reference
    # to it (`check.MAX_HINTS` searched in all: each compares the id with every actor)
    hints: dict[str, str] = field(default_factory=dict)
    # briefings a published build leaves out whole: title or date not yet reviewed (gate.py)
    held: list[Article] = field(default_factory=list)
