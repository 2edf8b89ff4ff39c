"""Cross-article views of the content, built in one pass over every article."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property

from ..content.model import Actor, Article, Claim, Content, Event, Party, Role


@dataclass(frozen=True)
class ClaimRef:
    """A claim, with the article it comes from."""

    article: Article
    claim: Claim

    @cached_property
    def standing(self) -> str:
        """`Claim.standing`, read once: the pages sort, group and mark claims by it."""
        return self.claim.standing


@dataclass(frozen=True)
class EventRef:
    """A timeline event, with the article it comes from."""

    article: Article
    event: Event


@dataclass
class ActorView:
    """Everything the site knows about one actor, across all articles."""

    actor: Actor
    roles: list[tuple[Article, Role]] = field(default_factory=list)
    claims_by: list[ClaimRef] = field(default_factory=list)
    claims_about: list[ClaimRef] = field(default_factory=list)
    stances: list[tuple[ClaimRef, Party]] = field(default_factory=list)
    events: list[EventRef] = field(default_factory=list)

    @property
    def citations(self) -> int:
        """How often the content cites this actor: claims, stances and events."""
        return len(self.claims_by) + len(self.claims_about) + len(self.stances) + len(self.events)


@dataclass
class SiteIndex:
    """The views every cross-article page is made from."""

    actors: dict[str, ActorView]
    claims: list[ClaimRef]
    timeline: list[EventRef]
    tags: dict[str, list[Article]]

    def most_cited(self, limit: int) -> list[ActorView]:
        """The actors cited most, ties broken by name."""
        ranked = sorted(self.actors.values(), key=lambda v: (-v.citations, v.actor.name))
        return [v for v in ranked[:limit] if v.citations]


def build_index(content: Content) -> SiteIndex:
    """Index actors, claims, timeline and tags in one pass over the articles."""
    views = {ident: ActorView(actor) for ident, actor in sorted(content.actors.items())}
    claims: list[ClaimRef] = []
    timeline: list[EventRef] = []
    tags: dict[str, list[Article]] = defaultdict(list)
    for article in content.articles:
        for tag in article.tags:
            tags[tag].append(article)
        for role in article.actors:
            if role.actor in views:
                views[role.actor].roles.append((article, role))
        for claim in article.claims:
            ref = ClaimRef(article, claim)
            claims.append(ref)
            if claim.by in views:
                views[claim.by].claims_by.append(ref)
            for about in dict.fromkeys(claim.about):
                if about in views:
                    views[about].claims_about.append(ref)
            for party in claim.parties:
                if party.actor in views:
                    views[party.actor].stances.append((ref, party))
        timeline += [EventRef(article, event) for event in article.timeline]
    timeline.sort(key=lambda r: (r.event.date.sort_key(), r.article.slug, r.event.id))
    for eref in timeline:  # so each actor's events are in the timeline's order
        for actor in dict.fromkeys(eref.event.actors):
            if actor in views:
                views[actor].events.append(eref)
    return SiteIndex(views, claims, timeline, dict(sorted(tags.items())))
