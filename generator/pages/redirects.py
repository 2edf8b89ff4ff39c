"""The pages that keep an actor's old address working after `briefing merge`: a small HTML
file at each `formerly` id's address that sends the reader on to the actor's page.

They are plain files, not pages: MkDocs copies them as they are, so they are in neither
search index, nor the navigation, nor the sitemap."""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable, Iterator

from ..content.model import Actor
from .markup import attr
from .urls import page_url, relative_url

TEMPLATE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{name}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="{link}">
<meta http-equiv="refresh" content="0; url={link}">
</head>
<body data-pagefind-ignore="all">
<p>{said} <a href="{link}">{name}</a>.</p>
</body>
</html>
"""


def redirect_items(actors: Iterable[Actor], directory_urls: bool = True
                   ) -> Iterator[tuple[str, str]]:
    """(path, HTML) of the page at each former id's address of the actors that have a page."""
    for actor in actors:
        for former in actor.formerly:
            path = page_url(f"actors/{former}.md", directory_urls)
            link = html.escape(relative_url(f"actors/{former}.md", f"actors/{actor.id}.md",
                                            directory_urls))
            yield (f"{path}index.html" if path.endswith("/") else path,
                   TEMPLATE.format(name=attr(actor.name), link=link, said=_said(actor, former)))


def _said(actor: Actor, former: str) -> str:
    """"<old name> is now", with the alias written like the former id (the merge adds the
    old actor's name to the aliases: "Apple Inc." for `apple-inc`), or, where none is,
    "This page has moved:" (an id is not a name to show a reader)."""
    for alias in actor.aliases:
        if alias != actor.name and _id_like(alias) == former:
            # as every value shown: controls dropped, its direction overrides closed (attack12)
            return f"{attr(alias)} is now"
    return "This page has moved:"


def _id_like(name: str) -> str:
    """The name as the drafter makes an id of it (`draft.index.slugify`): lower-case ASCII
    letters and digits, the rest hyphens ("U.S. Army" -> "us-army", "Martín" -> "martin")."""
    name = unicodedata.normalize("NFKD", name.lower())
    name = "".join(c for c in name if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", re.sub(r"[’'.]", "", name)).strip("-")
