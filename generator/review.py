"""`briefing review SLUG`: a pass over the drafted entries of one briefing, in the terminal.

The decisions are pure functions from a briefing's YAML text to its new text (`accept`,
`reject`, `set_speaker`, `replace_entry`), each a line-level edit found through ruamel.yaml,
so comments, key order, quoting and line ends of everything else stay as they are. A
rejected entry is deleted and its fingerprint kept in the ledger (`proposed:`), exactly as
when a person deletes it by hand, so `briefing redraft` does not bring it back. The prompt
loop (`run_review`) is a thin layer that reads one answer a line.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import shlex
import signal
import subprocess
import tempfile
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from typing import IO, Any, cast

import yaml

from .content.gate import DRAFTED
from .content.model import KINDS
from .content.problems import did_you_mean, not_utf8, printable
from .content.schema import RECORDS
from .content.text import fold, parse_blocks
from .content.validate import field as validate_field
from .content.validate import record as validate_record
from .content.validate import shape_problems
from .content.yamlfile import YamlDoc, parse
from .draft.emit import LEDGER, dump_entry, identity, ledger_text, scalar
from .draft.errors import DraftError
from .draft.index import slugify
from .draft.redraft import Layout, layout
from .draft.sentences import split

SECTIONS = ("claims", "timeline", "actors")  # actors last: claims may change the speaker
# reviewed through the article's `status:` mapping; the title and date first: every relative
# date of the text was read against the date, and a briefing is held back until both are
FIELDS = ("title", "published", "summary", "tags")
_REQUIRED = ("title", "published")  # edited, never rejected
_LABEL = {"actors": "actor", "claims": "claim", "timeline": "event"}
_FIELD_LABEL = {"title": "title", "published": "published date", "summary": "summary",
                "tags": "tags"}
_RECORD = {"actors": "article actor", "claims": "claim", "timeline": "event"}  # in schema.py


class ReviewError(ValueError):
    """A decision that cannot be applied (the entry is gone, the edit is not YAML)."""


class StopReview(ReviewError):
    """A decision that cannot be applied where asking again would take an answer written for
    another question (answers piped in): the review ends after saying why."""


@dataclass(frozen=True)
class Item:
    """One thing to review: an entry (section and id) or the title, published date, summary
    or tags (id "")."""

    section: str
    id: str = ""


def _items(value: object) -> list[Any]:
    """A list field's items as the content loader reads them: a list's, one value written
    alone (`about: westmark`) as one; nothing of a number, mapping or null, a slip that
    `check` names (`actors: 5` ended `review` in a traceback)."""
    if isinstance(value, list):
        return value
    return [value] if isinstance(value, str) else []


def pending(text: str) -> list[Item]:
    """Every drafted thing of the briefing: title, published date, summary, tags, claims,
    timeline, then actors (an actor can be rejected only once no entry names it)."""
    doc = layout(text).doc
    status = doc.get("status")
    items = [Item(f) for f in FIELDS if isinstance(status, dict) and status.get(f) == DRAFTED
             and doc.get(f)]
    for section in SECTIONS:
        for entry in _items(doc.get(section)):
            if isinstance(entry, dict) and entry.get("status") == DRAFTED:
                items.append(Item(section, str(entry.get("id"))))
    return items


def _find(lay: Layout, item: Item) -> tuple[int, Any, tuple[int, int]]:
    seq = lay.doc.get(item.section)
    spans = lay.entries(item.section)
    for i, entry in enumerate(_items(seq)):
        if isinstance(entry, dict) and str(entry.get("id")) == item.id and i < len(spans):
            return i, entry, spans[i]
    raise ReviewError(f"there is no {_LABEL[item.section]} '{item.id}' in the briefing any more")


def _replace_value(line: str, column: int, old: str, new: str) -> str:
    if line[column:column + len(old)] != old:
        raise ReviewError(f"cannot find '{old}' where the YAML puts it; edit the file by hand")
    return line[:column] + new + line[column + len(old):]


def accept(text: str, item: Item, new: str | None = None) -> str:
    """The briefing with the item marked `status: reviewed`, and with the `id` line saying
    `new` if given: both edits from one reading of the text (a claim renamed as it was
    accepted read a briefing of 426 KB twice, 7 s each: attack20)."""
    lay = layout(text)
    lines = list(lay.lines)
    if item.section in FIELDS:
        status = lay.doc["status"]
        line, column = status.lc.value(item.section)
    else:
        _, entry, _ = _find(lay, item)
        if item.section == "claims" and not entry.get("by"):  # `check` refuses it reviewed
            raise ReviewError("this claim has no speaker yet: name one first (s), then accept it")
        line, column = entry.lc.value("status")
    edits = [(line, column, DRAFTED, "reviewed")]
    if new is not None:
        edits.append(_id_edit(lay, item, new))
    for line, column, before, after in sorted(edits, reverse=True):  # `{id: x, status: y}`
        lines[line] = _replace_value(lines[line], column, before, after)
    return "".join(lines)


def honest_id(text: str, item: Item, actors: list[str]) -> str | None:
    """The id a drafted claim takes when it is accepted, if its own names someone else: the
    drafter makes a claim's id of its speaker's id and a few of its words
    (`matthew-ingram-prompted-think-tom`), and a claim given to another speaker (by `s`, or
    by hand) kept an address naming the wrong person. Until it is reviewed no published
    build holds it (unless drafts are shown), so the id can still follow its speaker. None
    when the id names its speaker already, or no actor of `actors` (nor "quote", the drafter's
    word for a claim without a speaker) begins it: an id a person wrote stays."""
    if item.section != "claims":
        return None
    lay = layout(text)
    _, entry, _ = _find(lay, item)
    by = str(entry.get("by") or "")
    named = [a for a in {*actors, by, "quote"} if a and item.id.startswith(a + "-")]
    if not by or not named or entry.get("status") != DRAFTED:
        return None
    named_by = max(named, key=len)  # of `kim-jong-un-said-x`, kim-jong-un, not kim
    if named_by == by:
        return None
    words = item.id[len(named_by) + 1:]
    base = f"{by}-{words}"[:60].rstrip("-")
    taken = {str(e.get("id")) for e in _items(lay.doc.get("claims")) if isinstance(e, dict)}
    new, n = base, 2
    while new in taken:
        new, n = f"{base}-{n}", n + 1
    return new


def _id_edit(lay: Layout, item: Item, new: str) -> tuple[int, int, str, str]:
    """Where the entry's id is written (line, column), as written (quotes and all), and `new`
    as it is to be written."""
    _, entry, _ = _find(lay, item)
    line, column = entry.lc.value("id")
    old = next((q + item.id + q for q in ("", '"', "'")
                if lay.lines[line][column:].startswith(q + item.id + q)), item.id)
    return line, column, old, scalar(new)


def drafted_speaker(text: str, item: Item) -> Item | None:
    """The still-drafted actor entry of this briefing that defines the claim's speaker, if
    any: accepting the claim vouches for who spoke, so the review asks about it next."""
    if item.section != "claims":
        return None
    lay = layout(text)
    _, entry, _ = _find(lay, item)
    speaker = Item("actors", str(entry.get("by") or ""))
    if not speaker.id or speaker not in pending(text):
        return None
    return speaker if _find(lay, speaker)[1].get("name") else None  # not a mere `- id:`


def reject(text: str, item: Item) -> str:
    """The briefing without the item; an entry's fingerprint stays in the ledger, so that
    `briefing redraft` does not propose it again."""
    lay = layout(text)
    lines = list(lay.lines)
    if item.section in _REQUIRED:
        raise ReviewError(f"a briefing has a {_FIELD_LABEL[item.section]}: it cannot be "
                          "rejected; correct it (e), then accept it (a)")
    if item.section in FIELDS:
        status = lay.doc["status"]
        doomed = {status.lc.key(item.section)[0]}
        if len(status) == 1:
            doomed |= set(range(*lay.region(lay.keys.index("status"))))
        doomed |= set(range(*lay.region(lay.keys.index(item.section))))
        return "".join(line for n, line in enumerate(lines) if n not in doomed)
    _, entry, (start, end) = _find(lay, item)
    if item.section == "actors":
        naming = _naming(lay, item.id)
        if naming:
            raise ReviewError(f"actor '{item.id}' is named by {', '.join(naming)}; reject those "
                              "or change their actors first")
    while end > start + 1 and not lines[end - 1].strip():
        end -= 1  # the blank lines after it stay
    remembered = identity(item.section, entry)
    del lines[start:end]
    text = "".join(lines)
    return _remember(text, remembered)


def _fingerprint(text: str, item: Item) -> str:
    """The fingerprint `reject` leaves in the ledger for an entry ("" for the summary and
    tags, which have none)."""
    if item.section in FIELDS:
        return ""
    return identity(item.section, _find(layout(text), item)[1])


def _naming(lay: Layout, ident: str) -> list[str]:
    """The claims and events that name an actor."""
    out = []
    for section in ("claims", "timeline"):
        for entry in _items(lay.doc.get(section)):
            if not isinstance(entry, dict):
                continue
            named = [entry.get("by"), *_items(entry.get("about")), *_items(entry.get("actors")),
                     *(p.get("actor") for p in _items(entry.get("parties")) if isinstance(p, dict))]
            if ident in map(str, named):
                out.append(f"{_LABEL[section]} '{entry.get('id')}'")
    return out


def _remember(text: str, fingerprint: str) -> str:
    """The briefing with the fingerprint in its ledger (added at the end if it has none)."""
    lay = layout(text)
    ledger = lay.doc.get(LEDGER)
    known = [str(f) for f in ledger] if isinstance(ledger, list) else []
    if fingerprint in known:
        return text
    block = ledger_text([*known, fingerprint]).replace("\n", lay.newline)
    if LEDGER in lay.doc:
        start, end = lay.region(lay.keys.index(LEDGER))
        return "".join(lay.lines[:start] + [block] + lay.lines[end:])
    return "".join(lay.lines[: lay.end] + [block] + lay.lines[lay.end:])


_BY = re.compile(r"(?P<key>[ \t]*(?:-[ \t]+)?by:)(?P<value>[^#\r\n]*?)(?P<rest>[ \t]+#.*)?"
                 r"(?P<nl>\r?\n)")


def set_speaker(text: str, item: Item, actor: str, new_actor: dict[str, Any] | None = None) -> str:
    """The claim with `by: actor`; `new_actor` (id, name, kind), if given, is added to the
    briefing's actors as a person's entry. The claim stays drafted until accepted."""
    lay = layout(text)
    lines = list(lay.lines)
    _, entry, _ = _find(lay, item)
    if "by" not in entry:
        raise ReviewError(f"claim '{item.id}' has no 'by' line; edit it to add one")
    line = entry.lc.key("by")[0]
    found = _BY.fullmatch(lines[line])
    if not found:
        raise ReviewError(f"cannot read the 'by' line of claim '{item.id}'; edit it by hand")
    lines[line] = f"{found['key']} {scalar(actor)}{found['rest'] or ''}{found['nl']}"
    text = "".join(lines)
    return add_actor(text, new_actor) if new_actor else text


def add_actor(text: str, actor: dict[str, Any]) -> str:
    """The briefing with one more actor entry, written by a person (no drafted status)."""
    lay = layout(text)
    spans = lay.entries("actors")
    if spans:
        first = lay.lines[lay.doc["actors"].lc.item(0)[0]]
        indent = len(first) - len(first.lstrip(" "))
        end = spans[-1][1]
        while end > spans[-1][0] + 1 and not lay.lines[end - 1].strip():
            end -= 1
        block = [dump_entry(actor, indent).replace("\n", lay.newline)]
        return "".join(lay.lines[:end] + block + lay.lines[end:])
    if "actors" in lay.doc and lay.doc["actors"]:
        raise ReviewError("the actors are written in flow style; add the new actor by hand")
    entry = dump_entry(actor, 2).replace("\n", lay.newline)
    if "actors" in lay.doc:
        key_line = lay.doc.lc.key("actors")[0]
        return "".join(lay.lines[:key_line] + [f"actors:{lay.newline}", entry]
                       + lay.lines[key_line + 1:])
    insert = lay.starts[lay.keys.index("claims")] if "claims" in lay.keys else lay.end
    return "".join(lay.lines[:insert] + [f"actors:{lay.newline}", entry] + lay.lines[insert:])


def entry_text(text: str, item: Item) -> str:
    """The item as a small YAML document a person can edit: an entry as a mapping, the
    summary or tags as `summary: ...`."""
    lay = layout(text)
    if item.section in FIELDS:
        end = lay.region(lay.keys.index(item.section))[1]
        return "".join(lay.lines[lay.doc.lc.key(item.section)[0]:end]).replace("\r\n", "\n")
    index, _, (_, end) = _find(lay, item)
    first = lay.doc[item.section].lc.item(index)[0]
    dash = lay.lines[first]
    indent = len(dash) - len(dash.lstrip(" ")) + 2
    out = []
    for line in lay.lines[first:end]:
        line = line.replace("\r\n", "\n")
        out.append(line[indent:] if line[:indent].strip() in ("", "-") else line.lstrip())
    return "".join(out)


def replace_entry(text: str, item: Item, edited: str) -> str:
    """The briefing with the item's text replaced by `edited` (as `entry_text` gives it)."""
    parsed, problems = parse(edited, "edited")
    if parsed is None:
        where = problems[0]
        raise ReviewError(f"the edited entry is not valid YAML (line {where.line}, column "
                          f"{where.column}: {where.message})")
    data = parsed.data
    lay = layout(text)
    nl = lay.newline
    if item.section in FIELDS:
        if not isinstance(data, dict) or set(data) != {item.section}:
            raise ReviewError(f"write the {item.section} as '{item.section}: ...'")
        refused = _refused(parsed, item)
        if refused:
            raise ReviewError(refused)
        end = lay.region(lay.keys.index(item.section))[1]
        key_line = lay.doc.lc.key(item.section)[0]
        body = edited.rstrip("\n") + "\n"
        return "".join(lay.lines[:key_line] + [body.replace("\n", nl)] + lay.lines[end:])
    if not isinstance(data, dict) or not data.get("id"):
        raise ReviewError("the edited entry must be a mapping with an 'id'")
    refused = _refused(parsed, item)
    if refused:
        raise ReviewError(refused)
    index, _, (_, end) = _find(lay, item)
    for other, entry in enumerate(_items(lay.doc.get(item.section))):
        # review and redraft find entries by id, and refuse a file with one id twice
        if other != index and isinstance(entry, dict) and str(entry.get("id")) == str(
                data["id"]):
            line = lay.doc[item.section].lc.item(other)[0] + 1
            raise ReviewError(f"{_LABEL[item.section]} id '{data['id']}' is the id of another "
                              f"{_LABEL[item.section]} (line {line}); ids must be unique: "
                              "choose another")
    first = lay.doc[item.section].lc.item(index)[0]
    dash = lay.lines[first]
    indent = len(dash) - len(dash.lstrip(" "))
    while end > first + 1 and not lay.lines[end - 1].strip():
        end -= 1
    rows = edited.replace("\r\n", "\n").rstrip("\n").split("\n")
    block = [" " * indent + "- " + rows[0]] + [(" " * (indent + 2) + r) if r else r
                                                for r in rows[1:]]
    return "".join(lay.lines[:first] + [line + nl for line in block] + lay.lines[end:])


def _refused(doc: YamlDoc, item: Item) -> str:
    """What is wrong with an edited entry (or summary or tags) as the content model sees it
    (a field it has not, a value of the wrong kind, a day the calendar has not), in `briefing
    check`'s words; "" when nothing is."""
    problems: list[Any] = []
    if item.section in FIELDS:  # the summary or tags: `name: value`, or empty as check allows
        if doc.data[item.section] is None:
            return ""
        validate_field(doc, (item.section,), doc.data[item.section], "article", item.section,
                       "the article", problems)
        return problems[0].message if problems else ""
    for name in doc.data:
        no_field = _no_field(str(name), item)
        if no_field:
            return no_field
    fields = validate_record(doc, (), doc.data, _RECORD[item.section], _LABEL[item.section],
                             problems)
    for j, party in enumerate(_items((fields or {}).get("parties"))):  # as load.py reads them
        validate_record(doc, ("parties", j), party, "party", f"party of claim '{doc.data['id']}'",
                        problems)
    return problems[0].message if problems else ""


def _no_field(name: str, item: Item) -> str:
    """"" when entries of the item's section have the field `name`; else what to say."""
    fields = RECORDS[_RECORD[item.section]]
    if name in fields:
        return ""
    label, names = _LABEL[item.section], list(fields)
    a = "an" if label[0] in "aeiou" else "a"
    return (f"there is no field '{name}' in {a} {label}{did_you_mean(name, names)}; {a} {label} "
            f"has {', '.join(names[:-1])} and {names[-1]}")


# --- what the terminal shows -------------------------------------------------------------


def context(article: str, evidence: str) -> str:
    """The evidence sentence with the sentence before and after it, the evidence marked
    »like this«; "" when it is not in the text."""
    sentences: list[tuple[int, str]] = []
    for block in parse_blocks(article):
        if block.number is not None:
            sentences += [(block.number, s) for s in split(block.text) if s.strip()]
    needle = fold(evidence)
    folded = [fold(s) for _, s in sentences]
    found = _marked_span(folded, needle)
    if found is None:
        return ""
    i, j = found
    number = sentences[i][0]
    before = sentences[i - 1][1] + " " if i else ""
    after = " " + sentences[j + 1][1] if j + 1 < len(sentences) else ""
    marked = " ".join(s for _, s in sentences[i:j + 1])
    return f"¶{number}: {before}»{marked}«{after}"


def _marked_span(folded: list[str], needle: str) -> tuple[int, int] | None:
    """The first and last sentence of the evidence in the folded sentences: where it occurs in
    them joined by spaces, found in one pass (joining them from each sentence again took
    minutes for a long evidence). As the sentence-by-sentence search it replaces: an occurrence
    that another, starting in a later sentence, ends with or before, gives way to that one; one
    that runs on more than 400 characters past the evidence's length is not marked."""
    if not needle:
        return None
    full = " ".join(folded)
    starts, at = [], 0
    for sentence in folded:
        starts.append(at)
        at += len(sentence) + 1
    begin = 0
    while True:
        found = full.find(needle, begin)
        if found < 0:
            return None
        i = bisect_right(starts, found) - 1
        j = bisect_right(starts, found + len(needle) - 1) - 1
        end = starts[j] + len(folded[j])
        later = j > i and full.find(needle, starts[i + 1], end) >= 0
        too_long = j > i and starts[j] - 1 - starts[i] > len(needle) + 400
        if not later and not too_long:
            return i, j
        begin = starts[i + 1]


# words that say when only against the article's date ("announced today", "on Tuesday"): an
# event's or a claim's text is shown on the timeline, the claims index and actor pages, away
# from the article, where a reader takes "today" for their own day (analyst7)
_RELATIVE_DAY = re.compile(
    r"\b(?:today|tonight|yesterday|tomorrow"
    r"|(?:this|last|next) (?:morning|afternoon|evening|night|week|weekend|month|year)"
    r"|(?:(?:on|last|next|this) )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r")\b", re.IGNORECASE)
# the same words inside a name, which says no day: "USA Today", "The Sunday Times", "the Good
# Friday Agreement", "Super Tuesday" (review16)
_DAYS = "Today|Tonight|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_NAMED_DAY = re.compile(
    rf"\b(?:USA|Good|Black|Super|Ash|Holy|Easter|Cyber|Palm|Bloody|Maundy|Shrove) (?:{_DAYS})\b"
    rf"|\b(?:{_DAYS}) (?:Times|Telegraph|Express|Mirror|Herald|Post|Mail|Show|Night|Programme)\b")


def _relative_day(text: str) -> str | None:
    """The first word of `_RELATIVE_DAY` in ``text`` that is no part of a name."""
    names = [m.span() for m in _NAMED_DAY.finditer(text)]
    return next((m.group(0) for m in _RELATIVE_DAY.finditer(text)
                 if not any(a <= m.start() < b for a, b in names)), None)


def describe(text: str, item: Item, article: str, actors: dict[str, str],
             was: str | None = None) -> str:
    """What the terminal shows of one item: its fields and the sentences around its evidence.
    `was`: an article field's value before the person changed it in this review."""
    doc = layout(text).doc
    if item.section in FIELDS:
        value = doc.get(item.section)
        shown = _field_shown(value)
        note = _FIELD_NOTE.get(item.section, "")
        if item.section == "published" and doc.get("told") is not None:
            note = (f"read from the article; its relative dates (\"yesterday\", \"on Tuesday\") "
                    f"were read against told: {doc['told']} (the day its dateline gives), not "
                    "against this date")
        if was is not None:  # "read from the article" no longer (review25)
            note = (note.replace(_READ, f"you changed it in this review (was: {was}); accept it "
                                 "(a) to publish it", 1) if note
                    else f"you changed it in this review (was: {was})")
        return (f"{item.section} (drafted)\n  {shown}\n"
                + (_labels(doc) if item.section == "title" else "")
                + (f"  {'note:':9} {note}\n" if note else ""))
    _, entry, _ = _find(layout(text), item)
    lines = [f"{_LABEL[item.section]} '{item.id}' (drafted)"]
    for key, value in entry.items():
        if key in ("id", "status", "drafted", "evidence", "parties"):
            continue
        values = value if isinstance(value, list) else [value]
        if key in ("by", "about", "actors"):
            shown = ", ".join(f"{v} ({actors[str(v)]})" if str(v) in actors else str(v)
                              for v in values if v not in (None, ""))
        else:
            shown = ", ".join(_shown(v) for v in values if v is not None)
        lines.append(f"  {key + ':':9} {shown or ('(nobody)' if key == 'by' else '(none)')}")
    for party in _items(entry.get("parties")):
        if isinstance(party, dict):
            lines.append(f"  {'party:':9} {party.get('actor')} {party.get('stance')}")
    said = entry.get({"timeline": "event", "claims": "claim"}.get(item.section, ""))
    relative = _relative_day(said) if isinstance(said, str) else None
    if relative:
        where = "timeline" if item.section == "timeline" else "claims index"
        lines.append(f"  {'note:':9} '{relative}' is read against the article's "
                     f"date; the {where} shows this text away from its article: reword it "
                     "(e) to say when")
    evidence = entry.get("evidence")
    if evidence:
        around = context(article, str(evidence))
        lines.append(f"  {'text:':9} {around or '(not found in the text) ' + str(evidence)}")
    elif item.section == "actors":
        name = str(entry.get("name") or "")
        if not name and item.id in actors:  # the entry only names an actor defined elsewhere
            lines.insert(1, f"  {'name:':9} {actors[item.id]} (defined in content/actors.yaml "
                            "or another article)")
        around = context(article, name) if name else ""
        if around:
            lines.append(f"  {'first:':9} {around}")
    return "\n".join(lines) + "\n"


LABELS = ("source", "url", "dateline", "authors")


def _labels(doc: Any) -> str:
    """The article's labels, shown with its title's question (review23): copied as the article
    gives them (its page's metadata, its first line), never reviewed one by one; the site
    shows them beside the title, so the person sees them once before accepting it."""
    lines = []
    for key in LABELS:
        value = doc.get(key)
        shown = ", ".join(map(str, value)) if isinstance(value, list) else str(value or "")
        if shown.strip():
            lines.append(f"  {key + ':':9} {shown.strip()}\n")
    return "".join(lines)


def _field_shown(value: Any) -> str:
    return ", ".join(map(str, value)) if isinstance(value, list) else str(value).strip()


_READ = "read from the article"
_FIELD_NOTE = {
    "title": "read from the article; a published site leaves the briefing out until the title "
             "and the date are reviewed (the source, address, dateline and authors above are "
             "shown with it as the article gives them: correct them in the YAML if wrong)",
    "published": "read from the article; its relative dates (\"yesterday\", \"on Tuesday\") "
                 "were read against it: correct it (e) if it is wrong",
}


def _shown(value: Any) -> str:
    """A value as YAML writes it: true and false, not Python's True and False."""
    return str(value).lower() if isinstance(value, bool) else str(value)


def briefing_actors(text: str, known: list[dict[str, Any]]) -> dict[str, str]:
    """Actor ids of the briefing and of content/actors.yaml, with their names."""
    out = {str(a["id"]): str(a.get("name") or a["id"]) for a in known if a.get("id")}
    for entry in _items(layout(text).doc.get("actors")):
        if isinstance(entry, dict) and entry.get("id"):
            out.setdefault(str(entry["id"]), str(entry.get("name") or entry["id"]))
    return out


def match_actor(answer: str, text: str, known: list[dict[str, Any]]) -> str | None:
    """The id of the actor an answer names: an id, a name, an alias or a former id (merged
    into it); None if none does."""
    wanted = answer.strip().lower()
    records = list(known) + [e for e in _items(layout(text).doc.get("actors"))
                             if isinstance(e, dict)]
    for record in records:
        names = [record.get("id"), record.get("name"), *_items(record.get("aliases")),
                 *_items(record.get("formerly"))]
        if any(str(n).lower() == wanted for n in names if n):
            return str(record["id"])
    return None


# --- the prompt loop ---------------------------------------------------------------------

HELP = ("a accept · r reject (deleted; redraft will not bring it back) · s change the speaker · "
        "e edit · n skip · q quit")
# a letter or its word decides; anything else ("Rolls-Royce", a sentence meant for the editor)
# is no answer: read by its first letter, a name could delete an entry
_ANSWERS = {"a": "a", "accept": "a", "r": "r", "reject": "r", "s": "s", "speaker": "s",
            "e": "e", "edit": "e", "n": "n", "skip": "n", "": "n", "q": "q", "quit": "q",
            "\x04": "q"}
_YES, _NO = ("y", "yes", "a", "accept"), ("n", "no", "", "q")


def run_review(text: str, article: str, known: list[dict[str, Any]], stdin: IO[str],
               stdout: IO[str], editor: str = "",
               save: Callable[[str], None] | None = None,
               reload: Callable[[], str] | None = None, shown: str = "the briefing",
               renames: bool = True, slug: str = "SLUG") -> str:
    """Ask about each drafted item of the briefing; return the new text. `save` is called
    with the text after every change, so that quitting or an interrupt loses nothing.
    `reload` reads the file again: before a decision is applied, a change saved there by
    someone else (the person, in an editor beside the review) is read in instead of being
    overwritten, and the item is asked about again. `renames`: an accepted claim's id may
    follow its speaker (False where built sites show drafted entries). A published date
    changed here ends the review: the drafted entries' dates were read against the old one,
    and `briefing redraft <slug>` reads them again."""
    items = pending(text)
    stdout = cast(IO[str], Terminal(stdout))
    say = stdout.write
    if not items:
        say("Nothing to review: no entry of this briefing is drafted.\n")
        return text
    say(f"{len(items)} drafted {'entry' if len(items) == 1 else 'entries'} to review. {HELP}\n")
    counts = {"accepted": 0, "rejected": 0, "skipped": 0}
    kept: dict[Item, str] = {}  # an editor's text not yet applied and saved, by item
    try:
        text = _loop(text, items, article, known, stdin, stdout, editor, save, reload, shown,
                     counts, kept, renames, slug)
    finally:  # quit, end of input or Ctrl-C: what the person typed is shown, not dropped
        for item, edited in kept.items():
            what = f"{_LABEL[item.section]} '{item.id}'" if item.id else f"the {item.section}"
            say(f"\nYour edit of {what} was not applied; here it is, to copy into the "
                f"file:\n{edited}")
    left = len(pending(text))
    say(f"\n{counts['accepted']} accepted, {counts['rejected']} rejected, "
        f"{counts['skipped']} skipped; {left} still drafted.\n")
    return text


class Terminal:
    """What the review writes to the terminal, each control or direction character shown as an
    escape (`\\x1b`, `\\u202e`), line ends kept: values come from a contributor's YAML and
    from article text, and raw, "\\x1b[2K\\r" erased a drafted claim from the screen and
    showed other words in its place."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        return self.stream.write("".join(
            part if part in ("\n", "\r\n") else printable(part, joiners=True)
            for part in _LINE_END.split(text)))

    def flush(self) -> None:
        self.stream.flush()


_LINE_END = re.compile(r"(\r?\n)")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _loop(text: str, items: list[Item], article: str, known: list[dict[str, Any]],
          stdin: IO[str], stdout: IO[str], editor: str, save: Callable[[str], None] | None,
          reload: Callable[[], str] | None, shown: str, counts: dict[str, int],
          kept: dict[Item, str], renames: bool, slug: str) -> str:
    """The questions of `run_review`, one item after the other; the new text."""
    say = stdout.write
    number = 0
    edited: dict[Item, str] = {}  # an article field the person changed here: its first value
    while number < len(items):
        item = items[number]
        if item not in pending(text):  # accepted with its claim, or edited away
            number += 1
            continue
        say(f"\n[{number + 1}/{len(items)}] "
            + describe(text, item, article, briefing_actors(text, known), edited.get(item)))
        before, gone = text, ""
        typed = _ask(stdin, stdout, "[a/r/s/e/n/q]? ")
        answer = _ANSWERS.get(typed.lower(), "?")
        if answer in ("a", "r", "s", "e") and reload is not None:
            outside = _changed_outside(text, reload(), shown)
            if outside is not None:
                text, message = outside
                say(message)
                continue
        try:
            if answer == "a":
                text, now = _accept(text, item, known, stdout, renames)
                done = "accepted"
                text, counts["accepted"] = _speaker_too(text, now, article, stdin, stdout,
                                                        counts["accepted"])
            elif answer == "r":
                gone = _fingerprint(text, item)
                text, done = reject(text, item), "rejected"
            elif answer == "s" and item.section == "claims":
                text = _speaker(text, item, known, stdin, stdout)
                done = ""
            elif answer == "e":
                text = _edit(text, item, editor, stdin, stdout, kept)
                done = ""
                if item.section in FIELDS and text != before:
                    edited.setdefault(item, _field_shown(layout(before).doc.get(item.section)))
            elif answer in ("n", ""):
                done = "skipped"
            elif answer == "q":
                break
            elif answer == "s":
                say("Only a claim has a speaker. " + HELP + "\n")
                continue
            else:
                say(f"'{typed}' is not one of the answers: {HELP}\n")
                continue
        except ReviewError as exc:
            say(f"{exc}\n")
            if isinstance(exc, StopReview):
                break
            continue
        if save is not None and done != "skipped":
            outside = None if reload is None else _changed_outside(before, reload(), shown)
            if outside is not None:  # saved in an editor while the review asked or edited
                text, message = outside
                kept_edit = answer == "e" and item in kept
                say(message.rstrip("\n") + ("; your edit is kept: e opens it again\n"
                                             if kept_edit else "\n"))
                continue
            save(text)
        if done != "skipped":  # applied (and saved): the next `e` opens the file's entry
            kept.pop(item, None)
        redated = _redated(before, text, slug) if item.section == "published" else None
        if redated is not None:
            say(redated)
            break
        if done == "rejected" and gone:
            say(f"Rejected: the file's 'proposed:' list keeps its fingerprint {gone}, so "
                "'briefing redraft' will not propose it again (delete the fingerprint there to "
                "have it proposed again).\n")
        if done:
            counts[done] += 1
            number += 1
        elif item not in pending(text):  # the edit changed its id or its status
            number += 1
    return text


def _accept(text: str, item: Item, known: list[dict[str, Any]], stdout: IO[str],
            renames: bool) -> tuple[str, Item]:
    """The briefing with the item accepted, and the item as it is now: a claim whose id names
    another speaker than its own takes an id of its speaker's (`honest_id`) where `renames`
    (no published build shows drafted entries); else it keeps its id, and the review says
    so."""
    new = honest_id(text, item, list(briefing_actors(text, known)))
    if new is None:
        return accept(text, item), item
    if not renames:
        stdout.write(f"Its id '{item.id}' names another speaker; it stays, as drafts: show in "
                     "mkdocs.yml may have published it: rename it by hand if no link to it "
                     "can exist\n")
        return accept(text, item), item
    text = accept(text, item, new)  # before the message: a claim without a speaker stops it
    stdout.write(f"Its id is now '{new}' (was '{item.id}'): a claim's address names its "
                 "speaker, and a drafted claim was not published\n")
    return text, Item(item.section, new)


def _redated(before: str, after: str, slug: str) -> str | None:
    """What to say when the published date changed between the two texts (None if not): the
    drafted entries' dates were read against the old date, so the review stops there."""
    old, new = (layout(t).doc.get("published") for t in (before, after))
    if old == new or layout(after).doc.get("told") is not None:  # the dates count from told:
        return None
    return (f"The published date is now {new} (was {old}). The drafter read the text's relative "
            f"dates (\"yesterday\", \"on Tuesday\") against {old}, so the review stops here: "
            f"run 'briefing redraft {slug}' to draft the entries still drafted again against "
            f"{new}, then 'briefing review {slug}' to go on (the date is asked about first, "
            "to accept)\n")


def _changed_outside(text: str, disk: str, shown: str) -> tuple[str, str] | None:
    """When the file no longer holds `text` (what the review last read or saved): the text to
    go on with and what to tell the person; None when nobody else changed it."""
    if disk == text:
        return None
    try:
        layout(disk)
        doc, problems = parse(disk, shown)  # as `check` reads it (a U+2028, say)
        if doc is not None:
            problems = shape_problems(doc)
        if problems:  # the review refuses to start on such a file (cli._refuse_shape)
            raise DraftError(str(problems[0]))
    except DraftError as exc:
        return text, (f"{shown} changed outside the review and cannot be read now ({exc}); "
                      "fix and save it, then answer again\n")
    return disk, (f"{shown} changed outside the review (saved in an editor?): read again with "
                  "that change; nothing was applied, answer again\n")


def _speaker_too(text: str, item: Item, article: str, stdin: IO[str], stdout: IO[str],
                 accepted: int) -> tuple[str, int]:
    """After a claim is accepted: offer to accept the drafted entry of its speaker too."""
    speaker = drafted_speaker(text, item)
    if speaker is None:
        return text, accepted
    if not _typed(stdin):  # a question asked after some claims and not others shifted every
        # later answer of a pipe or a file, so a scripted review accepted the wrong entries
        stdout.write(f"The speaker '{speaker.id}' is drafted too: its actor entry is asked "
                     "about with the actors (answers that do not come from a terminal are "
                     "asked one question an entry)\n")
        return text, accepted
    stdout.write(describe(text, speaker, article, {}))
    # not "otherwise the site shows only its name": actors.yaml or a reviewed entry of
    # another briefing may define the speaker whole
    answer = _ask(stdin, stdout, f"The speaker '{speaker.id}' is drafted too: accept this actor "
                                 "entry as well (a drafted entry is not published)? [y/n] ")
    if answer.lower() in _YES:  # a: accept, as at the other prompt
        return accept(text, speaker), accepted + 1
    if answer.lower() not in _NO:  # q: end of input
        stdout.write(f"'{answer}' is neither y nor n: the actor entry stays drafted; it comes "
                     "again with the actors\n")
    return text, accepted


def _typed(stdin: IO[str]) -> bool:
    """Whether the answers come from a terminal, where a person reads each question before
    answering it (not from a pipe or a file, written before the questions were seen)."""
    try:
        return stdin.isatty()
    except (AttributeError, ValueError):  # no such method, or a closed stream
        return False


def _ask(stdin: IO[str], stdout: IO[str], prompt: str) -> str:
    """The answer typed, asked again while it holds bytes that are not UTF-8 (a Latin-1
    terminal: a new speaker "Caf\\xe9" reached the YAML as "Caf\\udce9", which check refuses)."""
    while True:
        stdout.write(prompt)
        stdout.flush()
        line = stdin.readline()
        if not line:  # end of input: quit
            stdout.write("\n")
            return "q"
        problem = not_utf8(line.strip())
        if problem is None:
            return line.strip()
        stdout.write(problem + "\n")


def _speaker(text: str, item: Item, known: list[dict[str, Any]], stdin: IO[str],
             stdout: IO[str]) -> str:
    actors = briefing_actors(text, known)
    own = [str(e["id"]) for e in _items(layout(text).doc.get("actors"))
           if isinstance(e, dict) and e.get("id")]
    # the briefing's own first: on a site of many briefings, the rest is a long list
    listed = dict.fromkeys(i for i in own if i in actors)
    stdout.write("In this briefing: " + (", ".join(f"{i} ({actors[i]})" for i in listed)
                                         or "(no actor yet)") + "\n")
    others = sorted(i for i in actors if i not in listed)
    if others:
        stdout.write("Elsewhere: " + ", ".join(f"{i} ({actors[i]})" for i in others) + "\n")
    answer = _ask(stdin, stdout, "Speaker (an id or name above, or a new name and its kind: "
                                 "'Ann Lee, person'; empty: keep)? ")
    if not answer or answer == "q":
        return text
    ident = match_actor(answer, text, known)
    if ident is not None:
        return set_speaker(text, item, ident)
    name, kind = _with_kind(answer)
    ident = match_actor(name, text, known) if kind else None
    if ident is not None:  # a known actor, its kind said too
        return set_speaker(text, item, ident)
    if kind is None and not _typed(stdin):
        # asking for the kind here took the next answer of a pipe, meant for the next entry,
        # and a missing kind line shifted every later answer (review18)
        raise StopReview(f"'{answer}' names no actor yet, and a new actor's kind comes on the "
                         f"same line when the answers do not come from a terminal: '{answer}, "
                         f"person' ({', '.join(KINDS[:-1])} or {KINDS[-1]}). The speaker stays "
                         "as it was, and the review stops here, so that no later answer goes "
                         "to another question than the one it was written for")
    kind = kind or _new_kind(name, stdin, stdout)
    if kind is None:
        return text
    ident = slugify(name)
    if not ident:
        raise ReviewError(f"'{name}' gives no id; write a name with letters")
    return set_speaker(text, item, ident, {"id": ident, "name": name.strip(), "kind": kind})


def _with_kind(answer: str) -> tuple[str, str | None]:
    """A speaker's answer as name and kind: 'Ann Lee, person' (the kind's word after the
    last comma); the answer and None when it ends in no kind."""
    name, comma, kind = answer.rpartition(",")
    if comma and name.strip() and kind.strip().lower() in KINDS:
        return name.strip(), kind.strip().lower()
    return answer, None


def _new_kind(name: str, stdin: IO[str], stdout: IO[str]) -> str | None:
    """The kind of a new actor, asked until the answer names one (by its first letters;
    empty: person); None when the person quits."""
    while True:
        answer = _ask(stdin, stdout, f"'{name}' is a new actor: {'/'.join(KINDS)} [person]? ")
        if answer.lower() == "q":
            return None
        matches = [k for k in KINDS if answer and k.startswith(answer.lower())]
        if not answer or len(matches) == 1:
            return matches[0] if answer else "person"
        stdout.write(f"'{answer}' is not a kind: write {', '.join(KINDS[:-1])} or {KINDS[-1]} "
                     "(or their first letters)\n")


def _edit(text: str, item: Item, editor: str, stdin: IO[str], stdout: IO[str],
          kept: dict[Item, str] | None = None) -> str:
    """The briefing with the item edited: in the editor, or one field asked in the terminal.
    The editor's text is kept in `kept` until the review has applied and saved it (it is
    dropped there): one that cannot be applied, or that the file changed meanwhile, is
    opened again by the next edit of the same item, so what a person typed is never lost."""
    kept = {} if kept is None else kept
    before = entry_text(text, item)
    if not editor:
        return _edit_one_field(text, item, before, stdin, stdout)
    after = _in_editor(editor, kept.get(item, before))
    if after == before:
        kept.pop(item, None)
        return text
    kept[item] = after  # until the edit is applied and saved
    try:
        return replace_entry(text, item, after)
    except ReviewError as exc:
        raise ReviewError(f"{exc}; your edit is kept: e opens it again") from None


def _in_editor(editor: str, before: str) -> str:
    """What the person leaves in the editor, opened on `before` in a temporary file."""
    with tempfile.NamedTemporaryFile("w", suffix=".yaml", delete=False,
                                     encoding="utf-8") as handle:
        handle.write(before)
    keep = False
    try:
        try:
            _wait_for_editor(subprocess.Popen([*shlex.split(editor), handle.name]))
        except (OSError, ValueError) as exc:  # not found, not executable, unbalanced quotes
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            raise ReviewError(f"cannot start the editor '{editor}' (from $VISUAL or $EDITOR): "
                              f"{reason}; set one of them to your editor's command, or unset "
                              "both to change one field here") from None
        with open(handle.name, "rb") as edited:
            raw = edited.read()
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError as exc:  # a traceback, and the file with the edit deleted
            keep = True
            line = raw.count(b"\n", 0, exc.start) + 1
            raise ReviewError(f"the editor saved your text in another encoding than UTF-8 (byte "
                              f"0x{raw[exc.start]:02x} on line {line}); nothing changed, and "
                              f"your text is kept in {handle.name}: "
                              "save it as UTF-8 there, then copy it in with e") from None
    finally:
        if not keep:
            os.unlink(handle.name)


def _wait_for_editor(process: subprocess.Popen[bytes]) -> None:
    """Wait for the editor, deaf to Ctrl-C meanwhile (as git is): the key belongs to the
    editor (vim leaves insert mode with it), and an interrupt here would kill it and lose
    what is being typed. Ignored only once the editor has started, so that it does not
    inherit the deafness."""
    try:
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    except ValueError:  # not the main thread: signals are not ours to change
        process.wait()
        return
    try:
        process.wait()
    finally:
        signal.signal(signal.SIGINT, previous)


def _edit_one_field(text: str, item: Item, before: str, stdin: IO[str],
                    stdout: IO[str]) -> str:
    if item.section in FIELDS:  # one field: "Field?" had one answer, which a person had to guess
        field = item.section
        said = "published date" if field == "published" else field  # not "the new published"
        stdout.write(f"No $EDITOR is set: write the new {said}.\n" + before)
        asked = f"New {said}{' (YYYY-MM-DD)' if field == 'published' else ''}? "
        value = _ask(stdin, stdout, asked)
        if value == field:  # the answer to the "Field?" asked before review25 (a script's)
            value = _ask(stdin, stdout, asked)
        elif value in FIELDS:  # another field's name, meant as the one to change
            raise ReviewError(f"'{value}' names another field: this question changes the "
                              f"{field} (the article's other fields are changed at their own "
                              "question or in its YAML file); nothing changed")
    else:
        stdout.write("No $EDITOR is set: change one field.\n" + before)
        field = _ask(stdin, stdout, "Field? ")
        if not field or field == "q":
            return text
        no_field = _no_field(field, item)
        if no_field:  # a field of the content model may be added, no other
            raise ReviewError(f"{no_field}; nothing changed")
        value = _ask(stdin, stdout, f"New {field}? ")
    if not value or value == "q":  # Enter, q or end of input: the field stays as it is
        return text
    try:
        data = yaml.safe_load(io.StringIO(before))
    except ValueError:  # a number of over 4,300 digits, 2024-02-30: text, as `check` reads them
        as_text, _ = parse(before, "entry")
        if as_text is None or not isinstance(as_text.data, dict):
            raise ReviewError("cannot read this entry; edit it in the file") from None
        data = dict(as_text.data)
    kind = RECORDS["article" if item.section in FIELDS else _RECORD[item.section]][field].type
    if value.startswith("["):
        parsed, problems = parse(value, "value")
        if parsed is None:
            where = problems[0]
            raise ReviewError(f"the new {field} is not valid YAML (line {where.line}, column "
                              f"{where.column}: {where.message}); nothing changed")
        data[field] = parsed.data
    elif kind in ("ids", "texts") or isinstance(data.get(field), list):  # without brackets
        data[field] = [part.strip() for part in value.split(",") if part.strip()]
    elif kind == "bool" and value.lower() in ("true", "false"):
        data[field] = value.lower() == "true"
    elif kind == "day" and _DAY.fullmatch(value):
        try:
            data[field] = dt.date.fromisoformat(value)
        except ValueError:  # 2024-02-30: left as text, which check's words refuse
            data[field] = value
    else:
        data[field] = value
    after = "\n".join(_dump(data)) + "\n"
    try:
        return text if after == before else replace_entry(text, item, after)
    except ReviewError as exc:
        raise ReviewError(f"{exc}; nothing changed") from None


def _dump(data: dict[str, Any]) -> list[str]:
    lines = dump_entry(data, 0).rstrip("\n").split("\n")
    return [lines[0][2:], *(line[2:] for line in lines[1:])]
