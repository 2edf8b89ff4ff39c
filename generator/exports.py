"""Downloads: actors, claims and timeline as CSV and JSON, for the site and for each briefing.

Columns come in a fixed order and lists are joined with '; ' in CSV (kept as lists in JSON),
so the same content gives the same bytes on every build.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from typing import Any

from .data import dump
from .index import ClaimRef, EventRef, SiteIndex, build_index
from .model import Actor, Article, Content

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
    for row in rows:
        writer.writerow([_cell(row.get(c)) for c in columns])
    return out.getvalue()


def _cell(value: Any) -> str:
    if value is None:
        return ""
    text = "; ".join(str(v) for v in value) if isinstance(value, list) else str(value)
    # A spreadsheet runs a cell that starts like a formula; a leading apostrophe keeps it text
    # (the OWASP advice for CSV injection).
    return f"'{text}" if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


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


def site_tables(content: Content, index: SiteIndex) -> dict[str, tuple[tuple[str, ...],
                                                                       list[dict[str, Any]]]]:
    """The site-wide tables: every actor with its counts, every claim, the whole timeline."""
    actors = []
    for view in index.actors.values():
        row = actor_row(view.actor)
        row.update(briefings=len(view.roles), claims_made=len(view.claims_by),
                   claims_about=len(view.claims_about), stances=len(view.stances),
                   events=len(view.events))
        actors.append(row)
    return {"actors": (ACTOR_COLUMNS, actors),
            "claims": (CLAIM_COLUMNS, [claim_row(r, content.actors) for r in index.claims]),
            "timeline": (EVENT_COLUMNS, [event_row(r) for r in index.timeline])}


def briefing_tables(article: Article, actors: dict[str, Actor]) -> dict[
        str, tuple[tuple[str, ...], list[dict[str, Any]]]]:
    """One briefing's tables: its actors with their roles, its claims, its timeline."""
    rows = []
    for role in article.actors:
        if role.actor in actors:
            rows.append({**actor_row(actors[role.actor]), "role": role.role})
    timeline = sorted((EventRef(article, e) for e in article.timeline),
                      key=lambda r: (r.event.date.sort_key(), r.event.id))
    return {"actors": (BRIEFING_ACTOR_COLUMNS, rows),
            "claims": (CLAIM_COLUMNS, [claim_row(ClaimRef(article, c), actors)
                                       for c in article.claims]),
            "timeline": (EVENT_COLUMNS, [event_row(r) for r in timeline])}


def build_exports(content: Content, index: SiteIndex | None = None) -> dict[str, str]:
    """{path: text} of every download: data/<table>.{csv,json}, data/<slug>/<table>.{csv,json}."""
    index = index or build_index(content)
    files = table_files("data", site_tables(content, index))
    for article in content.articles:
        files.update(table_files(f"data/{article.slug}", briefing_tables(article, content.actors)))
    return files


def table_files(folder: str, tables: dict[str, tuple[tuple[str, ...], list[dict[str, Any]]]]
                ) -> dict[str, str]:
    """{path: text} of each table as CSV and JSON in the folder."""
    files: dict[str, str] = {}
    for name, (columns, rows) in tables.items():
        files[f"{folder}/{name}.csv"] = to_csv(rows, columns)
        files[f"{folder}/{name}.json"] = dump([{c: r.get(c) for c in columns} for r in rows])
    return files
