"""Each briefing as JSON that stands alone: actors resolved, claims and timeline with evidence."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

from ..content.model import Actor, Article, Content
from ..pages.texts import Texts


def briefing_data(article: Article, actors: dict[str, Actor],
                  actor_record: Callable[[Actor, str], Any] | None = None) -> dict[str, Any]:
    """One briefing as plain data, every actor it mentions resolved to name and aliases
    (each actor's record made by `actor_record`, given the actor and its role, if given)."""
    record = actor_record or _actor
    mentioned = [r.actor for r in article.actors]
    for claim in article.claims:
        mentioned += [*claim.speakers, *claim.about, *(p.actor for p in claim.parties)]
    for event in article.timeline:
        mentioned += event.actors
    roles = {r.actor: r.role for r in article.actors}
    return {
        "slug": article.slug,
        "title": article.title,
        "source": article.source,
        "url": article.url,
        "published": article.published.text,
        "dateline": article.dateline,
        "authors": article.authors,
        "summary": article.summary.strip(),
        "tags": article.tags,
        "actors": [record(actors[i], roles.get(i, "")) for i in dict.fromkeys(mentioned)
                   if i in actors],
        "claims": [{
            "id": c.id, "claim": c.claim, "by": c.by, "quote": c.quote, "evidence": c.evidence,
            "paragraph": c.paragraph, "about": c.about,
            "date": c.date.text if c.date else None, "standing": c.standing,
            "parties": [{"actor": p.actor, "stance": p.stance, "evidence": p.evidence}
                        for p in c.parties],
            "status": c.status or "reviewed",
        } for c in article.claims],
        "timeline": [{
            "id": e.id, "date": e.date.text, "label": e.date.label(), "event": e.event,
            "actors": e.actors, "evidence": e.evidence, "paragraph": e.paragraph,
            "status": e.status or "reviewed",
        } for e in article.timeline],
    }


def _actor(actor: Actor, role: str) -> dict[str, Any]:
    return {"id": actor.id, "name": actor.name, "kind": actor.kind, "aliases": actor.aliases,
            "description": actor.description, "role": role, "links": actor.links,
            "affiliation": actor.affiliation}


class Encoded(str):
    """A value's JSON text, made already: `dump` writes it as it is."""

    __slots__ = ()


class ActorRecords:
    """Each actor's record in the briefings' JSON, encoded once: an actor is named by many
    briefings, and only its role differs from one to the next (in a story, the shared actors'
    records are a quarter of each briefing's JSON)."""

    def __init__(self) -> None:
        self._kept: dict[int, tuple[Actor, str, str]] = {}  # id(actor) -> before, after role

    def __call__(self, actor: Actor, role: str) -> Encoded:
        """`_encode(_actor(actor, role))`."""
        kept = self._kept.get(id(actor))
        if kept is None or kept[0] is not actor:
            record = _actor(actor, role)
            at = list(record).index("role")
            before = _encode(dict(list(record.items())[:at]))
            after = _encode(dict(list(record.items())[at + 1:]))
            kept = self._kept[id(actor)] = (actor, f'{before[:-1]}, "role": ',
                                            f", {after[1:]}")
        return Encoded(f"{kept[1]}{_encode(role)}{kept[2]}")


def build_data(content: Content) -> Texts:
    """{path: JSON text} for every briefing, under data/ (each kept as UTF-8 once made)."""
    return Texts(data_items(content))


def data_items(content: Content) -> Iterator[tuple[str, str]]:
    """`build_data`, file by file: `dump(briefing_data(...))`, each actor's record encoded
    once."""
    records = ActorRecords()
    return ((f"data/{a.slug}.json", dump(briefing_data(a, content.actors, records)))
            for a in content.articles)


def dump(value: Any) -> str:
    """Stable JSON text: the same data gives the same bytes on every machine. The top level
    is laid out one key or item a line, and so are the items of lists under it: a record of
    a table is one line, written whole by the json module's C encoder, which `indent` turns
    off (indenting was most of the time spent making the downloads)."""
    return _laid_out(value, 0, "\n")


def _encoder() -> Callable[[Any], str]:
    """`json.dumps(value, ensure_ascii=False)`: the json module's C encoder, made once (the
    encoder's `encode` makes one for every record) and without the check for circular
    references (a record is made of the YAML's data, which holds no cycle: aliases are
    refused)."""
    plain = json.JSONEncoder(ensure_ascii=False)
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None:  # a Python without the json module's C part
        return plain.encode
    chunks = make(None, plain.default, json.encoder.encode_basestring, None,
                  plain.key_separator, plain.item_separator, False, False, True)

    def encode(value: Any) -> str:
        return "".join(chunks(value, 0))

    return encode


_encode = _encoder()


def _laid_out(value: Any, depth: int, after: str = "") -> str:
    """The value's text at `depth`, followed by `after`."""
    pad = "  " * (depth + 1)
    closing = "\n" + "  " * depth
    if depth == 0 and isinstance(value, dict) and value:
        items = [f"{_encode(key)}: {_laid_out(item, depth + 1)}" for key, item in value.items()]
        return _lines("{", items, pad, f"{closing}}}{after}")
    if depth < 2 and isinstance(value, list) and value:
        if depth == 1:  # the records of a table: each on its line
            items = [item if type(item) is Encoded else _encode(item) for item in value]
        else:
            items = [_laid_out(item, depth + 1) for item in value]
        return _lines("[", items, pad, f"{closing}]{after}")
    return _encode(value) + after


def _lines(opening: str, items: list[str], pad: str, closing: str) -> str:
    """`opening`, each item on a line of its own after `pad`, then `closing`: the items
    copied once (a site table's JSON is tens of megabytes)."""
    items[0] = f"{opening}\n{pad}{items[0]}"
    items[-1] += closing
    return f",\n{pad}".join(items)
