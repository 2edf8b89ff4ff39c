"""The review gate: what a published site shows of entries that no person has reviewed yet.

Every entry the drafter writes carries `status: drafted` (the summary and tags carry it in
the article's `status:` mapping) until a person reviews it. A published site never presents
such an entry as established: `published()` leaves them out, once, before any page, chart,
download, feed or JSON-LD is made from the content, and each article counts what it left
out so that its page can say so. A briefing whose title or published date is still drafted
(read from the text, not given or confirmed by a person) is left out whole: a reader takes a
briefing's headline and date as fact, and every relative date of its text was read against
that date. Under `mkdocs serve` (or with `drafts: show`) the content goes through untouched
and the pages mark every drafted entry.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from . import dated_from
from .model import Actor, Article, Content
from .problems import Problem

DRAFTED = "drafted"
HELD_BY = ("title", "published")  # drafted, they hold the whole briefing back


def held_back(article: Article) -> list[str]:
    """Which of the article's title and published date are still drafted ([] if none)."""
    return [name for name in HELD_BY if name in article.unreviewed]


def drafted_counts(article: Article) -> Counter[str]:
    """How many entries of the article are still drafted, by kind: actors, claims, events,
    summary, tags."""
    counts: Counter[str] = Counter()
    counts["actors"] = sum(r.status == DRAFTED for r in article.actors)
    counts["claims"] = sum(c.status == DRAFTED for c in article.claims)
    counts["events"] = sum(e.status == DRAFTED for e in article.timeline)
    for name in article.unreviewed:
        counts[name] = 1 if getattr(article, name) else 0
    return +counts


def published(content: Content) -> Content:
    """The content without its drafted entries; each article's `withheld` says how many it lost.

    An actor that only a drafted entry of an article defines goes too, unless an entry or an
    actor's affiliation that stays names it: a reviewed claim by it vouches for who it is, so
    its id and name stay,
    but nothing else of the drafted entry (`only_named`). Articles and actors of
    `actors.yaml` are never left out; the input is not changed.
    """
    articles, held = [], []
    for article in content.articles:
        if held_back(article):
            held.append(article)
            continue
        withheld = sum(drafted_counts(article).values())
        if not withheld:
            articles.append(article)
            continue
        articles.append(replace(
            article,
            actors=[r for r in article.actors if r.status != DRAFTED],
            claims=[c for c in article.claims if c.status != DRAFTED],
            timeline=[e for e in article.timeline if e.status != DRAFTED],
            summary="" if "summary" in article.unreviewed else article.summary,
            tags=[] if "tags" in article.unreviewed else article.tags,
            unreviewed=[], withheld=withheld, redated=""))
    held_paths = {a.yaml_path for a in held}
    defined_by_draft = {(a.yaml_path, r.key) for a in content.articles for r in a.actors
                        if r.status == DRAFTED or a.yaml_path in held_paths}
    unvouched = _drafted_aliases(content, held_paths)
    if not defined_by_draft and not unvouched:  # no actor to leave out or keep by name only
        return replace(content, actors=dict(content.actors), articles=articles, held=held)
    # a reviewed actor names the body it is part of (its page says "part of ...")
    named = _named(articles) | {a.affiliation for a in content.actors.values() if a.affiliation
                                and (a.source, a.key) not in defined_by_draft}
    actors = {}
    for ident, actor in content.actors.items():
        if (actor.source, actor.key) not in defined_by_draft:
            gone = unvouched.get(ident, set())
            actors[ident] = replace(actor, aliases=[a for a in actor.aliases if a not in gone]
                                    ) if gone else actor
        elif ident in named:
            actors[ident] = only_named(actor)
    return replace(content, actors=actors, articles=articles, held=held)


def _drafted_aliases(content: Content, held: set[str]) -> dict[str, set[str]]:
    """Per actor id, the aliases that only drafted entries of articles (or entries of a
    briefing held back) give it: neither its defining entry nor any reviewed entry naming it
    does."""
    drafted: dict[str, set[str]] = {}
    reviewed: dict[str, set[str]] = {}
    for article in content.articles:
        for role in article.actors:
            if role.aliases:
                side = drafted if role.status == DRAFTED or article.yaml_path in held else reviewed
                side.setdefault(role.actor, set()).update(role.aliases)
    out = {}
    for ident, aliases in drafted.items():
        actor = content.actors.get(ident)
        gone = aliases - reviewed.get(ident, set()) - set(actor.own_aliases if actor else ())
        if gone:
            out[ident] = gone
    return out


def only_named(actor: Actor) -> Actor:
    """What a published site shows of an actor whose definition no person has reviewed, but
    whom a reviewed entry names: its id and name (the reviewer saw them), not the drafted
    kind, aliases, description, links or affiliation. An empty `kind` says so on its page."""
    return replace(actor, kind="", aliases=[], description="", links={}, affiliation=None,
                   status=None)


def _named(articles: list[Article]) -> set[str]:
    """Every actor id that an entry of these articles names."""
    named: set[str] = set()
    for article in articles:
        named.update(r.actor for r in article.actors)
        for claim in article.claims:
            named.update([claim.by, *claim.about, *(p.actor for p in claim.parties)])
        for event in article.timeline:
            named.update(event.actors)
    return named


def drafted_entries(count: int) -> str:
    """'1 drafted entry', '3 drafted entries'."""
    return f"{count} drafted {'entry' if count == 1 else 'entries'}"


def withheld_note(count: int) -> str:
    """What a page says about the drafted entries a published build left out."""
    return f"{drafted_entries(count)} not yet reviewed {'is' if count == 1 else 'are'} not shown"


def held_note(article: Article) -> str:
    """What a build says of a briefing it left out whole."""
    names = held_back(article)
    what = " and ".join("its title" if n == "title" else "its published date" for n in names)
    return (f"left out: {what} {'were' if len(names) > 1 else 'was'} read from the article "
            f"and no person has confirmed {'them' if len(names) > 1 else 'it'} yet: run "
            f"'briefing review {article.slug}'")


def unconfirmed(content: Content, article: Article) -> list[Problem]:
    """Where the article's drafted title and published date are, with what that means, for
    `briefing check` (notices, not problems: the content is valid)."""
    doc = content.docs.get(article.yaml_path)
    out = []
    for name in held_back(article):
        what = "the title" if name == "title" else "the published date"
        message = (f"{what} was read from the article and no person has confirmed it: a "
                   "published site leaves this briefing out until it is reviewed ('briefing "
                   f"review {article.slug}', or write '{name}: reviewed' under status:)")
        out.append(doc.at((name,), message) if doc is not None
                   else Problem(article.yaml_path, 1, 1, message))
    return out


EVERY_BRIEFING = ""  # the key of `left_out`'s note when no briefing is published (no slug)


def redated(content: Content, article: Article) -> list[Problem]:
    """Where `told:` or `published` was changed since the entries still drafted were dated
    against `dated_from:` (dated_from.py), for `briefing check`: a notice at that line."""
    doc = content.docs.get(article.yaml_path)
    found = dated_from.notice(doc, article.slug) if doc is not None else None
    return [] if found is None else [found]


def left_out(content: Content) -> dict[str, str]:
    """By slug, what a published build left out of each briefing (of `published(content)`);
    under EVERY_BRIEFING, when every briefing is held back, that nothing is published."""
    notes = {a.slug: withheld_note(a.withheld) for a in content.articles if a.withheld}
    notes.update((a.slug, held_note(a)) for a in content.held)
    if content.held and not content.articles:
        count = len(content.held)
        which = "the one briefing is" if count == 1 else f"all {count} briefings are"
        notes[EVERY_BRIEFING] = (f"no briefing is published: {which} left out until a person "
                                 "reviews what is named above, and the home page reads 'No "
                                 "briefings published yet'")
    return notes


def left_out_lines(notes: dict[str, str], show: str) -> list[tuple[bool, str]]:
    """The build's lines for `left_out`'s notes, each with whether it is a warning: when no
    briefing is published, every line is (`--strict` and CI then stop rather than publish an
    empty site while briefings wait for review); `show` says how to see what is left out."""
    nothing = EVERY_BRIEFING in notes
    return [(nothing, note if slug == EVERY_BRIEFING else f"{slug}: {note} ({show})")
            for slug, note in sorted(notes.items(), key=lambda item: item[0] == EVERY_BRIEFING)]
