"""schema.org JSON-LD for a briefing page: the news article, and a Claim for each claim.

The content model records who asserts, denies or confirms a claim, but gives no verdict of
its own, so no ClaimReview is made: a ClaimReview would state a rating nobody gave.
"""

from __future__ import annotations

import json
from typing import Any

from markupsafe import Markup

from ..content.model import Actor, Article
from .urls import absolute_url

CONTEXT = "https://schema.org"


def agent(actor: Actor | None, ident: str) -> dict[str, Any]:
    """An actor as a schema.org Person or Organization (countries and groups act as bodies)."""
    if actor is None:
        return {"@type": "Organization", "name": ident}
    kind = actor.kind  # "": not reviewed (content.gate.only_named)
    out: dict[str, Any] = {"@type": "Person" if kind == "person" else
                           "Organization" if kind else "Thing", "name": actor.name}
    same = [f"https://www.wikidata.org/wiki/{actor.links['wikidata']}"] if actor.links.get(
        "wikidata") else []
    same += [actor.links[k] for k in ("wikipedia", "home") if actor.links.get(k)]
    if same:
        out["sameAs"] = same
    return out


def briefing_graph(article: Article, actors: dict[str, Actor], site_url: str = "",
                   directory_urls: bool = True) -> dict[str, Any]:
    """The JSON-LD document of one briefing page."""
    page, news_id = _ids(article, site_url, directory_urls)
    graph: list[dict[str, Any]] = [_news(article, news_id)]
    agents: dict[str, dict[str, Any]] = {}  # each actor once: its dict serves every claim

    def agent_of(ident: str) -> dict[str, Any]:
        found = agents.get(ident)
        if found is None:
            found = agents[ident] = agent(actors.get(ident), ident)
        return found

    for claim in article.claims:
        # a drafted claim may not be attributed yet: no author then
        author = {"author": agent_of(claim.by)} if claim.by else {}
        item: dict[str, Any] = {"@type": "Claim", "@id": f"{page}#claim-{claim.id}",
                                "text": claim.claim, **author,
                                "appearance": {"@id": news_id},
                                "firstAppearance": {"@id": news_id}}
        if claim.date:
            item["dateCreated"] = claim.date.text
        if claim.about:
            item["about"] = [agent_of(a) for a in claim.about]
        graph.append(item)
    return {"@context": CONTEXT, "@graph": graph}


def _ids(article: Article, site_url: str, directory_urls: bool) -> tuple[str, str]:
    """The address of a briefing's page ("" without a site URL) and its article's @id."""
    page = (absolute_url(site_url, f"briefings/{article.slug}.md", directory_urls)
            if site_url else "")
    return page, f"{page}#article"


def _news(article: Article, news_id: str) -> dict[str, Any]:
    news: dict[str, Any] = {"@type": "NewsArticle", "@id": news_id, "headline": article.title,
                            "datePublished": article.published.text}
    if article.url:
        news["url"] = article.url
    if article.source:
        news["publisher"] = {"@type": "Organization", "name": article.source}
    if article.authors:
        news["author"] = [{"@type": "Person", "name": a} for a in article.authors]
    if article.dateline:
        news["locationCreated"] = {"@type": "Place", "name": article.dateline}
    if article.tags:
        news["keywords"] = article.tags
    if article.summary:
        news["abstract"] = " ".join(article.summary.split())
    return news


def script(data: dict[str, Any]) -> Markup:
    """A <script type="application/ld+json"> block no content can break out of."""
    return _script(_compact(data))


def _script(text: str) -> Markup:
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(f'<script type="application/ld+json">\n{text}\n</script>')


def _compact(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))  # for machines


class BriefingScripts:
    """`script(briefing_graph(...))` of each briefing of a site, its JSON written piece by
    piece: each actor's agent (named by many claims of many briefings) encoded once, and
    each claim as `json.dumps` writes it, with the same keys in the same order."""

    def __init__(self, actors: dict[str, Actor], site_url: str = "",
                 directory_urls: bool = True) -> None:
        self.actors = actors
        self.site_url = site_url
        self.urls = directory_urls
        self._agents: dict[str, str] = {}

    def _agent(self, ident: str) -> str:
        found = self._agents.get(ident)
        if found is None:
            found = self._agents[ident] = _compact(agent(self.actors.get(ident), ident))
        return found

    def __call__(self, article: Article) -> Markup:
        """The briefing's JSON-LD block."""
        page, news_id = _ids(article, self.site_url, self.urls)
        news = f'{{"@id":{_text(news_id)}}}'
        seen = f'"appearance":{news},"firstAppearance":{news}'
        items = [_compact(_news(article, news_id))]
        for claim in article.claims:
            author = f',"author":{self._agent(claim.by)}' if claim.by else ""
            date = f',"dateCreated":{_text(claim.date.text)}' if claim.date else ""
            about = (f',"about":[{",".join(self._agent(a) for a in claim.about)}]'
                     if claim.about else "")
            items.append(f'{{"@type":"Claim","@id":{_text(f"{page}#claim-{claim.id}")},'
                         f'"text":{_text(claim.claim)}{author},{seen}{date}{about}}}')
        return _script(f'{{"@context":{_text(CONTEXT)},"@graph":[{",".join(items)}]}}')


_text = json.encoder.encode_basestring  # a string as `json.dumps(..., ensure_ascii=False)`
