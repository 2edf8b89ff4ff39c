"""Downloads: actors, claims and timeline as CSV and JSON, for the site and for each briefing.

Columns come in a fixed order and lists are joined with '; ' in CSV (kept as lists in JSON),
so the same content gives the same bytes on every build.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable
from typing import Any

from ..content.model import Actor, Article, Content
from ..pages.index import ClaimRef, EventRef, SiteIndex, build_index
from ..pages.texts import Texts
from .briefing_json import dump

ACTOR_COLUMNS = ("id", "name", "kind", "aliases", "description", "affiliation", "wikidata",
                 "wikipedia", "home", "briefings", "claims_made", "claims_about", "stances",
                 "events", "page")
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
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows([_cell(row.get(c)) for c in columns] for row in rows)
    text = out.getvalue()
    # control characters could drive a terminal that shows the file: written as escapes.
    # Replaced in the whole text, not cell by cell: the CSV writer quotes none of them, and
    # an escape does not start like a formula (below), so the text is the same.
    return _CONTROL.sub(_escape, text) if _CONTROL.search(text) else text


_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# A spreadsheet runs a cell that starts like a formula; a leading apostrophe keeps it text
# (the OWASP advice for CSV injection).
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def _escape(match: re.Match[str]) -> str:
    return ascii(match.group())[1:-1]


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if type(value) is str:
        text = value
    elif isinstance(value, list):
        text = "; ".join(v if type(v) is str else str(v) for v in value)
    else:
        text = str(value)
    return f"'{text}" if text[:1] in _FORMULA else text


def actor_row(actor: Actor) -> dict[str, Any]:
    """An actor's own fields, as a download row."""
    return {"id": actor.id, "name": actor.name, "kind": actor.kind, "aliases": actor.aliases,
            "description": actor.description, "affiliation": actor.affiliation,
            "wikidata": actor.links.get("wikidata"), "wikipedia": actor.links.get("wikipedia"),
            "home": actor.links.get("home"), "page": f"actors/{actor.id}/"}


def claim_row(ref: ClaimRef, actors: dict[str, Actor]) -> dict[str, Any]:
    """One claim as a download row: who, what, its standing and who takes which stand."""
    claim = ref.claim

    def stance(word: str) -> list[str]:
        return [p.actor for p in claim.parties if p.stance == word]

    return {"briefing": ref.article.slug, "id": claim.id, "claim": claim.claim, "by": claim.by,
            "by_name": actors[claim.by].name if claim.by in actors else claim.by,
            "quote": claim.quote, "about": claim.about,
            "date": claim.date.text if claim.date else None, "standing": claim.standing,
            "denied_by": stance("denies"), "disputed_by": stance("disputes"),
            "confirmed_by": stance("confirms"), "evidence": claim.evidence,
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


Table = tuple[tuple[str, ...], Callable[[], list[dict[str, Any]]]]


def site_tables(content: Content, index: SiteIndex) -> dict[str, Table]:
    """The site-wide tables: every actor with its counts, every claim, the whole timeline.

    Each table's rows are made when asked for, so that only one table is in memory at a time.
    """
    def actors() -> list[dict[str, Any]]:
        rows = []
        for view in index.actors.values():
            row = actor_row(view.actor)
            row.update(briefings=len(view.roles), claims_made=len(view.claims_by),
                       claims_about=len(view.claims_about), stances=len(view.stances),
                       events=len(view.events))
            rows.append(row)
        return rows

    return {"actors": (ACTOR_COLUMNS, actors),
            "claims": (CLAIM_COLUMNS, lambda: [claim_row(r, content.actors) for r in index.claims]),
            "timeline": (EVENT_COLUMNS, lambda: [event_row(r) for r in index.timeline])}


def briefing_tables(article: Article, actors: dict[str, Actor]) -> dict[str, Table]:
    """One briefing's tables: its actors with their roles, its claims, its timeline."""
    rows = []
    for role in article.actors:
        if role.actor in actors:
            rows.append({**actor_row(actors[role.actor]), "role": role.role})
    timeline = sorted((EventRef(article, e) for e in article.timeline),
                      key=lambda r: (r.event.date.sort_key(), r.event.id))
    claims = [claim_row(ClaimRef(article, c), actors) for c in article.claims]
    events = [event_row(r) for r in timeline]
    return {"actors": (BRIEFING_ACTOR_COLUMNS, lambda: rows),
            "claims": (CLAIM_COLUMNS, lambda: claims),
            "timeline": (EVENT_COLUMNS, lambda: events)}


def build_exports(content: Content, index: SiteIndex | None = None) -> Texts:
    """{path: text} of every download: data/<table>.{csv,json} and data/<slug>/<table>.csv
    (each kept as UTF-8 once made). A briefing's tables come as CSV only: data/<slug>.json
    holds the same records already."""
    index = index or build_index(content)
    files = Texts(table_files("data", site_tables(content, index)))
    for article in content.articles:
        files.update(briefing_files(article, content.actors))
    return files


def briefing_files(article: Article, actors: dict[str, Actor]) -> Texts:
    """A briefing's tables as CSV, in data/<slug>/."""
    return table_files(f"data/{article.slug}", briefing_tables(article, actors), json=False)


def table_files(folder: str, tables: dict[str, Table], json: bool = True) -> Texts:
    """{path: text} of each table as CSV (and JSON) in the folder, one table made at a time."""
    files = Texts()
    for name, (columns, make) in tables.items():
        rows = make()
        files[f"{folder}/{name}.csv"] = to_csv(rows, columns).encode("utf-8")
        if not json:
            continue
        if any(tuple(row) != columns for row in rows):  # only reorder what needs it
            rows = [{c: r.get(c) for c in columns} for r in rows]
        files[f"{folder}/{name}.json"] = dump(rows).encode("utf-8")
        del rows
    return files
