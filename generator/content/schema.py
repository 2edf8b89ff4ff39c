"""The fields each kind of content record may hold, and their types.

One table drives the loader's checks (unknown fields, missing fields, wrong types) and
the JSON Schema published for editors, so the two cannot disagree.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import KINDS, STANCES, STATUSES

ID_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
# An id or slug names pages and files (actors/ID/index.html, tags/ID.md, a temporary
# .SLUG.yaml.XXXXXXXX.tmp): a file name holds at most 255 bytes.
MAX_ID = 200
# A briefing's tags, and the actors one claim or timeline entry names (`about`, `parties`,
# `actors`): each tag's page lists the other tags of its briefings, and each actor's page lists
# the entry with every actor it names; one file with thousands made pages quadratic in them.
MAX_TAGS = 100
MAX_NAMED = 100
# An actor's name and an article's source (its title if it has none) are shown on every line
# that lists a claim or an event of theirs: one name of 100 KB beside 1,500 claims made
# `briefing build` write 1.1 GB, one title of 400 KB beside 1,000 claims 760 MB (attack14).
# The longest of the real sets' drafts: a name of 66 characters, a source of 64, a title of
# 191; the hostile corpus's values hold about 700.
MAX_NAME = 1000
# a description or a summary: its page renders it as one paragraph of Markdown, which
# Python-Markdown reads in a time that grows as the square of its escaped characters (160 KB
# of "*_[`<&!(" in a description, 12 s of CPU for `mkdocs build`; attack16). The real sets'
# longest are 96 and 531 characters.
MAX_TEXT = 5000


@dataclass(frozen=True)
class Field:
    """What one field holds: its type, whether it must be there, and a hint for people."""

    type: str  # text, texts, id, ids, date, day, url, links, choice, record, records, bool
    required: bool = False
    choices: tuple[str, ...] = ()
    record: str = ""  # for record and records: the kind of record (in the list)
    hint: str = ""
    nullable: bool = False
    max_items: int = 0  # for a list: at most this many items (0: no limit)
    max_length: int = 0  # for a text: at most this many characters (0: no limit)
    shown: str = ""  # for a text with max_length: where the site shows it, for the message
    # an empty value (`status:`, `status: ~`) is refused, not read as no field: an entry
    # without a status is a person's and is published (attack18)
    gates: bool = False


def _status() -> Field:
    return Field("choice", choices=STATUSES, hint="drafted until a person has checked it",
                 gates=True)


def _name(required: bool = False, hint: str = "") -> Field:
    return Field("text", required, hint=hint, max_length=MAX_NAME,
                 shown="every line that names the actor shows it")


def _paragraph(hint: str = "") -> Field:
    return Field("text", hint=hint, max_length=MAX_TEXT,
                 shown="its page shows it as one paragraph; a longer text belongs in an "
                       "article")


def _formerly() -> Field:
    return Field("ids", hint="ids this actor had before 'briefing merge' made two actors one: "
                             "their old pages send readers here")


RECORDS: dict[str, dict[str, Field]] = {
    "actors file": {
        "actors": Field("records", record="actor", hint="the actors shared across articles"),
    },
    "actor": {
        "id": Field("id", True, hint="lower-case letters, digits and hyphens, like 'kim-jong-un'"),
        "name": _name(True, hint="the name the site shows"),
        "kind": Field("choice", True, KINDS),
        "aliases": Field("texts", hint="other names the texts use"),
        "description": _paragraph(hint="who they are, in a line"),
        "links": Field("links", hint="wikidata: Q7747, home: https://..."),
        "affiliation": Field("id", hint="the id of the organization or country they belong to"),
        "formerly": _formerly(),
    },
    "article": {
        "title": Field("text", True, hint="the article's headline", max_length=MAX_NAME,
                       shown="every line that lists the entries of an article without a "
                             "source shows it"),
        "source": Field("text", hint="who published it", max_length=MAX_NAME,
                        shown="every line that lists the article's entries shows it"),
        "url": Field("url", hint="where the original is"),
        "published": Field("day", True, hint="YYYY-MM-DD"),
        "dateline": Field("text", hint="where it was filed"),
        "told": Field("day", hint="the day the text's 'yesterday' and 'on Friday' count from "
                                  "(a wire dateline's), where it is not the day published"),
        "dated_from": Field("day", hint="the day the drafted entries' relative dates were "
                                        "counted from (import and redraft write it; 'briefing "
                                        "check' says when told or published no longer is it)"),
        "authors": Field("texts"),
        "summary": _paragraph(),
        "tags": Field("ids", hint="lower-case words with hyphens", max_items=MAX_TAGS),
        "actors": Field("records", record="article actor"),
        "claims": Field("records", record="claim"),
        "timeline": Field("records", record="event"),
        "status": Field("record", record="article status", gates=True,
                        hint="which of title, published, summary and tags are still as the "
                             "drafter wrote them"),
        "proposed": Field("texts", hint="what the drafter proposed, by fingerprint: redraft "
                                        "does not propose again an entry deleted from here"),
    },
    "article status": {
        "title": _status(),
        "published": _status(),
        "summary": _status(),
        "tags": _status(),
    },
    "article actor": {
        "id": Field("id", True, hint="an id from content/actors.yaml, or a new one defined here"),
        "role": Field("text", hint="their role in this article"),
        "name": _name(),
        "kind": Field("choice", choices=KINDS),
        "aliases": Field("texts"),
        "description": _paragraph(),
        "links": Field("links"),
        "affiliation": Field("id"),
        "formerly": _formerly(),
        "status": _status(),
        "drafted": Field("text"),
    },
    "claim": {
        "id": Field("id", True),
        "claim": Field("text", True, hint="what is claimed, in plain words"),
        # empty only on a drafted claim whose speaker the drafter could not establish
        "by": Field("id", hint="the id of the actor who claims it"),
        "quote": Field("text", nullable=True, hint="the verbatim quoted words"),
        "evidence": Field("text", True, hint="the exact sentence of the article it rests on"),
        "about": Field("ids", hint="ids of the actors it is about", max_items=MAX_NAMED),
        "date": Field("date", hint="when it was made"),
        "parties": Field("records", record="party", max_items=MAX_NAMED),
        "status": _status(),
        "drafted": Field("text"),
    },
    "party": {
        "actor": Field("id", True, hint="the id of the actor who takes a stand"),
        "stance": Field("choice", True, STANCES),
        "evidence": Field("text", hint="the exact sentence of the article that says so"),
    },
    "event": {
        "id": Field("id", True),
        "date": Field("date", True, hint="YYYY, YYYY-MM, YYYY-MM-DD or an interval START/END"),
        "event": Field("text", True, hint="what happened, in plain words"),
        "actors": Field("ids", hint="ids of the actors involved", max_items=MAX_NAMED),
        "evidence": Field("text", True, hint="the exact sentence of the article that dates it"),
        "scheduled": Field("bool", hint="true when the article announces it for a later date"),
        "status": _status(),
        "drafted": Field("text"),
    },
}
LINK_KEYS = ("wikidata", "wikipedia", "home")
