"""Downloads: actors, claims and timeline as CSV and JSON, for the site and for each briefing.

Columns come in a fixed order and lists are joined with '; ' in CSV (kept as lists in JSON),
so the same content gives the same bytes on every build.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

from ..content.model import Actor, Article, Content
from ..pages.index import ClaimRef, EventRef, SiteIndex, build_index
from ..pages.texts import Texts
from .briefing_json import dump

ACTOR_COLUMNS = ("id", "name", "kind", "aliases", "formerly", "description", "affiliation",
                 "wikidata", "wikipedia", "home", "briefings", "claims_made", "claims_about",
                 "stances", "events", "page")
BRIEFING_ACTOR_COLUMNS = ("id", "name", "kind", "role", "aliases", "description", "affiliation",
                          "wikidata", "wikipedia", "home", "page")
CLAIM_COLUMNS = ("briefing", "id", "claim", "by", "by_name", "quote", "about", "date",
                 "standing", "denied_by", "disputed_by", "confirmed_by", "evidence", "paragraph",
                 "status", "page")
EVENT_COLUMNS = ("briefing", "id", "date", "label", "earliest", "latest", "event", "actors",
                 "evidence", "paragraph", "status", "page")
TABLES = ("actors", "claims", "timeline")


def to_csv(rows: Iterable[dict[str, Any]], columns: tuple[str, ...]) -> str:
    """CSV text with a header row: lists joined by '; ', None as an empty cell, '\\n' line ends."""
    writer = CsvLines()
    return csv_text(columns, [writer.row(row, columns) for row in rows])


def csv_text(columns: tuple[str, ...], lines: Iterable[str]) -> str:
    """A CSV file: the header row, then the rows' lines, as `CsvLines` makes them (their
    control characters already written as escapes)."""
    return "".join([CsvLines().cells(columns), *lines])  # the lines copied once


def _escaped(text: str) -> str:
    # control characters could drive a terminal that shows the file: written as escapes.
    # Replaced in a row's line, or part of it, not cell by cell: the CSV writer quotes none
    # of them, and an escape does not start like a formula (below), so the text is the same
    # as if they were replaced in the whole file; each line is searched once, when it is
    # made, not again in each file that repeats it.
    return _CONTROL.sub(_escape, text) if _CONTROL.search(text) else text


class _Echo:
    """A file for csv.writer that hands back what it is given: each row's line."""

    def write(self, text: str) -> str:
        return text


class CsvLines:
    """The CSV line of each download row, each made once in a build: a briefing's claims and
    timeline are rows of the site's tables too, and a shared actor's record is repeated in the
    actors table of every briefing that names it, with only its role differing (control
    characters are written as escapes in each line)."""

    def __init__(self, actors: dict[str, Actor] | None = None) -> None:
        self.actors = actors or {}
        self._write = csv.writer(_Echo(), lineterminator="\n").writerow
        self._claims: dict[int, tuple[object, str]] = {}  # id(claim) -> (claim, line)
        self._events: dict[int, tuple[object, str]] = {}
        # id(actor) -> (actor, its line before the role cell, its line after it)
        self._actors: dict[int, tuple[Actor, str, str]] = {}

    def cells(self, cells: list[str] | tuple[str, ...]) -> str:
        """The line of a row of cells."""
        return _escaped(self._write(cells))

    def row(self, row: dict[str, Any], columns: tuple[str, ...]) -> str:
        """The line of a row."""
        # a text whose first character cannot start a formula is its own cell (most cells):
        # no call for it, and that character looked up once (`_PLAIN_FIRST`)
        plain = _PLAIN_FIRST.get
        return _escaped(self._write([v if type(v) is str and (plain(v[:1]) or _plain_first(v))
                                     else _cell(v) for v in map(row.get, columns)]))

    def claim(self, ref: ClaimRef, row: dict[str, Any] | None = None) -> str:
        """The line of a claim's row (`claim_row`, or `row` if it is made already)."""
        kept = self._claims.get(id(ref.claim))
        if kept is None or kept[0] is not ref.claim:
            kept = (ref.claim, self.row(row or claim_row(ref, self.actors), CLAIM_COLUMNS))
            self._claims[id(ref.claim)] = kept
        return kept[1]

    def event(self, ref: EventRef, row: dict[str, Any] | None = None) -> str:
        """The line of a timeline entry's row (`event_row`, or `row` if made already)."""
        kept = self._events.get(id(ref.event))
        if kept is None or kept[0] is not ref.event:
            kept = (ref.event, self.row(row or event_row(ref), EVENT_COLUMNS))
            self._events[id(ref.event)] = kept
        return kept[1]

    def briefing_actor(self, actor: Actor, role: str) -> str:
        """The line of an actor in a briefing's actors table, with its role there: the cells
        before and after the role are written once per actor. The CSV writer quotes each
        cell by its own text (but for a row of one empty cell, which this is not), so the
        line is the one it writes for the whole row."""
        kept = self._actors.get(id(actor))
        if kept is None or kept[0] is not actor:
            cells = [self._quoted(_cell(v)) for v in _briefing_actor(actor, "").values()]
            at = BRIEFING_ACTOR_COLUMNS.index("role")
            kept = (actor, _escaped(",".join(cells[:at]) + ","),
                    _escaped("," + ",".join(cells[at + 1:]) + "\n"))
            self._actors[id(actor)] = kept
        return f"{kept[1]}{_escaped(self._quoted(_cell(role)))}{kept[2]}"

    def _quoted(self, cell: str) -> str:
        """A cell as the CSV writer writes it in a row of several."""
        return self._write((cell,))[:-1] if cell else ""


_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# A spreadsheet runs a cell that starts like a formula; a leading apostrophe keeps it text
# (the OWASP advice for CSV injection). White space before the sign is no guard: an import
# that trims spaces (LibreOffice's "Trim spaces", some CSV-to-XLSX converters) then reads a
# formula; a zero-width space or byte-order mark is invisible and may be trimmed as well;
# and an input method may turn full-width signs into the ASCII ones (attack12).
_FORMULA = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")
_INVISIBLE = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff")
_STARTS_FORMULA = re.compile("[\\s\u200b-\u200d\u2060\ufeff]*+[=+\\-@\uff1d\uff0b\uff0d\uff20]"
                             "|[\t\r]").match


# the first characters of cells seen so far (and "") that start no formula: such a cell is
# written as it is. A character is added by `_plain_first`, which gives False for any other
_PLAIN_FIRST: dict[str, bool] = {}


def _plain_first(text: str) -> bool:
    """Whether the cell `text` is written as it is because of its first character (a
    formula sign, white space or an invisible character there sends it through `_cell`),
    noting its first character in `_PLAIN_FIRST` if so (bounded: the characters of a site
    are few, and at most 65,536 are noted)."""
    first = text[:1]
    if first in _FORMULA or first.isspace() or first in _INVISIBLE:
        return False
    if len(_PLAIN_FIRST) < 1 << 16:
        _PLAIN_FIRST[first] = True
    return True


def _escape(match: re.Match[str]) -> str:
    return ascii(match.group())[1:-1]


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if type(value) is str:
        text = value
    elif isinstance(value, list):
        text = "; ".join([v if type(v) is str else str(v) for v in value]) if value else ""
    else:
        text = str(value)
    return f"'{text}" if _STARTS_FORMULA(text) else text


def actor_row(actor: Actor) -> dict[str, Any]:
    """An actor's own fields, as a download row."""
    return {"id": actor.id, "name": actor.name, "kind": actor.kind, "aliases": actor.aliases,
            "formerly": list(actor.formerly), "description": actor.description,
            "affiliation": actor.affiliation,
            "wikidata": actor.links.get("wikidata"), "wikipedia": actor.links.get("wikipedia"),
            "home": actor.links.get("home"), "page": f"actors/{actor.id}/"}


def claim_row(ref: ClaimRef, actors: dict[str, Actor]) -> dict[str, Any]:
    """One claim as a download row: who, what, its standing and who takes which stand."""
    claim = ref.claim
    stances: dict[str, list[str]] = {"denies": [], "disputes": [], "confirms": []}
    for party in claim.parties:
        if party.stance in stances:
            stances[party.stance].append(party.actor)
    # as `Claim.standing` reads it, from the same pass over the parties
    standing = ("denied" if stances["denies"] else "disputed" if stances["disputes"]
                else "confirmed" if stances["confirms"] else "asserted")
    return {"briefing": ref.article.slug, "id": claim.id, "claim": claim.claim, "by": claim.by,
            "by_name": actors[claim.by].name if claim.by in actors else claim.by,
            "quote": claim.quote, "about": claim.about,
            "date": claim.date.text if claim.date else None, "standing": standing,
            "denied_by": stances["denies"], "disputed_by": stances["disputes"],
            "confirmed_by": stances["confirms"], "evidence": claim.evidence,
            "paragraph": claim.paragraph, "status": claim.status or "reviewed",
            "page": f"briefings/{ref.article.slug}/#claim-{claim.id}"}


def event_row(ref: EventRef) -> dict[str, Any]:
    """One timeline entry as a download row, with its earliest and latest possible day."""
    event = ref.event
    return {"briefing": ref.article.slug, "id": event.id, "date": event.date.text,
            "label": event.date.label(),
            "earliest": event.date.start.first.isoformat() if event.date.start else None,
            "latest": event.date.end.last.isoformat() if event.date.end else None,
            "event": event.event, "actors": event.actors, "evidence": event.evidence,
            "paragraph": event.paragraph, "status": event.status or "reviewed",
            "page": f"briefings/{ref.article.slug}/#event-{event.id}"}


@dataclass(frozen=True)
class Table:
    """A download table: its columns, its records (for JSON) and their CSV lines, each made
    when asked for, so that only one table is in memory at a time."""

    columns: tuple[str, ...]
    records: Callable[[], list[dict[str, Any]]]
    # the CSV lines, given the records when they were made for the JSON already
    lines: Callable[[list[dict[str, Any]] | None], list[str]]


def _briefing_actor(actor: Actor, role: str) -> dict[str, Any]:
    row = {**actor_row(actor), "role": role}
    return {c: row.get(c) for c in BRIEFING_ACTOR_COLUMNS}


def site_tables(content: Content, index: SiteIndex,
                csv_lines: CsvLines | None = None) -> dict[str, Table]:
    """The site-wide tables: every actor with its counts, every claim, the whole timeline
    (`csv_lines`, if given, keeps the lines it makes for the briefings' tables)."""
    lines = csv_lines or CsvLines(content.actors)

    def actors() -> list[dict[str, Any]]:
        rows = []
        for view in index.actors.values():
            row = actor_row(view.actor)
            row.update(briefings=len(view.roles), claims_made=len(view.claims_by),
                       claims_about=len(view.claims_about), stances=len(view.stances),
                       events=len(view.events))
            rows.append(row)
        return rows

    def claims() -> list[dict[str, Any]]:
        return [claim_row(r, content.actors) for r in index.claims]

    def events() -> list[dict[str, Any]]:
        return [event_row(r) for r in index.timeline]

    return {
        "actors": Table(ACTOR_COLUMNS, actors, lambda rows: [
            lines.row(row, ACTOR_COLUMNS) for row in (actors() if rows is None else rows)]),
        "claims": Table(CLAIM_COLUMNS, claims,
                        lambda rows: _lines_of(index.claims, rows, lines.claim)),
        "timeline": Table(EVENT_COLUMNS, events,
                          lambda rows: _lines_of(index.timeline, rows, lines.event)),
    }


_Ref = TypeVar("_Ref")


def _lines_of(refs: list[_Ref], rows: list[dict[str, Any]] | None,
              line: Callable[[_Ref, dict[str, Any] | None], str]) -> list[str]:
    """The lines of the entries' rows, from the rows if they were made already."""
    if rows is None:
        return [line(ref, None) for ref in refs]
    return [line(ref, row) for ref, row in zip(refs, rows, strict=True)]


def briefing_tables(article: Article, actors: dict[str, Actor],
                    csv_lines: CsvLines | None = None) -> dict[str, Table]:
    """One briefing's tables: its actors with their roles, its claims, its timeline."""
    lines = csv_lines or CsvLines(actors)
    roles = [r for r in article.actors if r.actor in actors]
    claims = [ClaimRef(article, c) for c in article.claims]
    timeline = sorted((EventRef(article, e) for e in article.timeline),
                      key=lambda r: (r.event.date.sort_key(), r.event.id))
    return {
        "actors": Table(BRIEFING_ACTOR_COLUMNS,
                        lambda: [_briefing_actor(actors[r.actor], r.role) for r in roles],
                        lambda _: [lines.briefing_actor(actors[r.actor], r.role) for r in roles]),
        "claims": Table(CLAIM_COLUMNS, lambda: [claim_row(r, actors) for r in claims],
                        lambda _: [lines.claim(r) for r in claims]),
        "timeline": Table(EVENT_COLUMNS, lambda: [event_row(r) for r in timeline],
                          lambda _: [lines.event(r) for r in timeline]),
    }


def build_exports(content: Content, index: SiteIndex | None = None) -> Texts:
    """{path: text} of every download: data/<table>.{csv,json} and data/<slug>/<table>.csv
    (each kept as UTF-8 once made). A briefing's tables come as CSV only: data/<slug>.json
    holds the same records already."""
    return Texts(export_items(content, index))


def export_items(content: Content, index: SiteIndex | None = None
                 ) -> Iterator[tuple[str, bytes]]:
    """`build_exports`, file by file: the site's tables, then each briefing's."""
    index = index or build_index(content)
    lines = CsvLines(content.actors)
    yield from table_files("data", site_tables(content, index, lines)).raw.items()
    for article in content.articles:
        yield from briefing_files(article, content.actors, lines).raw.items()


def briefing_files(article: Article, actors: dict[str, Actor],
                   csv_lines: CsvLines | None = None) -> Texts:
    """A briefing's tables as CSV, in data/<slug>/ (`csv_lines`: lines made already)."""
    return table_files(f"data/{article.slug}", briefing_tables(article, actors, csv_lines),
                       json=False)


def table_files(folder: str, tables: dict[str, Table], json: bool = True) -> Texts:
    """{path: text} of each table as CSV (and JSON) in the folder, one table made at a time."""
    files = Texts()
    for name, table in tables.items():
        rows = table.records() if json else None
        files[f"{folder}/{name}.csv"] = csv_text(table.columns, table.lines(rows)).encode("utf-8")
        if rows is None:
            continue
        columns = table.columns
        if any(tuple(row) != columns for row in rows):  # only reorder what needs it
            rows = [{c: r.get(c) for c in columns} for r in rows]
        files[f"{folder}/{name}.json"] = dump(rows).encode("utf-8")
        del rows
    return files
