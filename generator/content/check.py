"""Check loaded content as a whole: references, evidence and dates that must agree."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

from ..heap import acyclic
from .load import FileReader, load_content
from .model import Actor, Article, Content
from .problems import ContentError, Problem, did_you_mean, quoted
from .schema import MAX_NAMED, MAX_TAGS
from .text import fold
from .yamlfile import Key, YamlDoc

# Evidence places a record in the text: a letter or a word is found almost anywhere.
MIN_EVIDENCE_LETTERS = 8
# at least that many letters or digits, whatever stands between them (a search that stops
# at the eighth, rather than a list of every letter of every evidence)
_ENOUGH_LETTERS = re.compile(rf"(?:\w\W*){{{MIN_EVIDENCE_LETTERS}}}")
_NOT_ID = re.compile(r"[^a-z0-9]+")
# undefined actor ids that get a "did you mean" in one check of the content: a hint compares
# the id with every actor, and 2,000 undefined ids beside 2,000 actors (145 KB) took 75 s of
# CPU; counted per article, 100 articles of 10 such ids took 14.5 s (attack11)
MAX_HINTS = 10
# what the generator names its own pages and downloads by: an actor or tag of that id, or an
# article of that slug, would be written over them (or they over it) without a word
_LISTS_ALL = "index"  # actors/index.md, tags/index.md
# (`schema.MAX_TAGS`, `MAX_NAMED`) one article of 20,000 tags (150 KB) asked for 400 million
# links, `mkdocs build` ran on for minutes; one entry naming 4,000 actors (a 200 KB actors.yaml)
# made 4,000 actor pages of 4,000 ids each (400 MB) (attack11)
_SITE_DOWNLOADS = {"actors": "actor", "claims": "claim", "timeline": "event"}  # data/X.json
Ref = Callable[[YamlDoc, Key, str, str], None]
Checker = Callable[[Article, YamlDoc, Content], list[Problem]]


def _refs(content: Content, problems: list[Problem], names: set[str] | None = None) -> Ref:
    """A check that an actor id is defined, adding a problem to `problems` if not; `names`, if
    given, receives every id checked."""
    ids, hints = content.actors, content.hints
    merged: list[dict[str, str]] = []  # `_merged(ids)`, made at the first undefined id

    def ref(doc: YamlDoc, key: Key, ident: str, label: str) -> None:
        if names is not None:
            names.add(ident)
        if ident not in ids and ident not in content.unverified:
            if not merged:
                merged.append(_merged(ids))
            hint = merged[0].get(ident, "")
            if not hint:
                hint = hints.get(ident, "")
                if ident not in hints and len(hints) < MAX_HINTS:  # each compares the id with
                    # every actor's id, name and alias
                    hint = hints[ident] = did_you_mean(ident, ids) or _called(ident, ids)
            # an item of `about` or `actors`: the actor may be one a person deleted
            out = ", or take it out of this list" if key and isinstance(key[-1], int) else ""
            problems.append(doc.at(key, f"{label} names actor '{ident}', which is not defined"
                                        f"{hint}; add it to the article's actors or to "
                                        f"content/actors.yaml{out}"))
    return ref


def _merged(actors: dict[str, Actor]) -> dict[str, str]:
    """For each id an actor lists as `formerly`, the hint " (it was merged into 'x': write
    'x')"."""
    return {former: f" (it was merged into '{a.id}': write '{a.id}')"
            for a in actors.values() for former in a.formerly}


def former_tags(content: Content) -> list[Problem]:
    """A notice at each tag that is a former actor id (left by a merge made before merges
    renamed tags, or typed by hand): the tags page would list the actor under two tags."""
    became = {former: a.id for a in content.actors.values() for former in a.formerly}
    notices: list[Problem] = []
    for article in content.articles if became else []:
        for i, tag in enumerate(article.tags):
            if tag in became:
                new = became[tag]
                fix = (f"take it out, '{new}' is there already" if new in article.tags
                       else f"write '{new}'")
                notices.append(content.docs[article.yaml_path].at(
                    ("tags", i), f"tag '{tag}' is a former actor id (it was merged into "
                                 f"'{new}': {fix})"))
    return sorted(notices)


def _called(ident: str, actors: dict[str, Actor]) -> str:
    """" (did you mean 'x', called Y?)" for the actor whose name or an alias is written like
    the id (`gao` for the actor called GAO), or ""."""
    for actor in actors.values():
        for name in (actor.name, *actor.aliases):
            if _NOT_ID.sub("-", str(name).lower()).strip("-") == ident:
                return f" (did you mean '{actor.id}', called {name}?)"
    return ""


def article_problems(article: Article, doc: YamlDoc, content: Content,
                     names: set[str] | None = None) -> list[Problem]:
    """Every problem of one loaded article that involves more than one field or file;
    `names`, if given, receives every actor id it refers to."""
    problems: list[Problem] = []
    _article(article, doc, _refs(content, problems, names), problems)
    return problems


def check_content(content: Content, checker: Checker = article_problems) -> list[Problem]:
    """Every problem of the loaded content that involves more than one field or file
    (`checker` checks each article: a cache between builds may stand in for it)."""
    problems: list[Problem] = []
    ids = content.actors
    ref = _refs(content, problems)

    _former_ids(content, problems)
    for actor in ids.values():
        if actor.id == _LISTS_ALL:
            problems.append(content.docs[actor.source].at(
                actor.key + ("id",), f"actor id '{_LISTS_ALL}' would name the page that lists "
                                     f"every actor (actors/{_LISTS_ALL}.md); choose another id"))
        if actor.affiliation is None:
            continue
        doc = content.docs[actor.source]
        where = actor.key + ("affiliation",)
        if actor.affiliation == actor.id:
            problems.append(doc.at(where, f"actor '{actor.id}' is affiliated to itself; name the "
                                          "organization or country it belongs to"))
        else:
            ref(doc, where, actor.affiliation, f"the affiliation of actor '{actor.id}'")
    for article in content.articles:
        problems += checker(article, content.docs[article.yaml_path], content)
    return problems


def _former_ids(content: Content, problems: list[Problem]) -> None:
    """A `formerly` id keeps a page that sends readers on: it cannot be a live actor's id,
    nor the former id of two actors."""
    claimed: dict[str, Actor] = {}
    for actor in content.actors.values():
        if not actor.formerly:
            continue
        doc = content.docs[actor.source]
        for i, former in enumerate(actor.formerly):
            where = actor.key + ("formerly", i)
            live = content.actors.get(former)
            if former == _LISTS_ALL:
                problems.append(doc.at(where, f"former id '{_LISTS_ALL}' would name the page "
                                              f"that lists every actor (actors/{_LISTS_ALL}.md); "
                                              "take it out of formerly"))
            elif former == actor.id:
                problems.append(doc.at(where, f"actor '{actor.id}' names itself as a former id; "
                                              "take it out of formerly"))
            elif live is not None:
                problems.append(doc.at(where, (
                    f"actor '{actor.id}' was formerly '{former}', but '{former}' is an actor "
                    f"of its own ({live.source}, line {live.line}); if they are one, run "
                    f"'briefing merge {former} {actor.id}', else take '{former}' out of "
                    "formerly")))
            elif former in claimed:
                other = claimed[former]
                problems.append(doc.at(where, (
                    f"'{former}' is a former id of '{other.id}' too ({other.source}, line "
                    f"{other.line}); its old page can send readers to one actor only: keep it "
                    "in one formerly list")))
            else:
                claimed[former] = actor


def _article(article: Article, doc: YamlDoc, ref: Ref, problems: list[Problem]) -> None:
    if not article.blocks and article.text_read:
        problems.append(Problem(article.text_path, 1, 1, "the article text is empty; "
                                                         "paste the cleaned article here"))
    if article.slug in _SITE_DOWNLOADS:
        problems.append(Problem(article.yaml_path, 1, 1, f"the file name '{article.slug}.yaml' "
                                "would name the site's download of every "
                                f"{_SITE_DOWNLOADS[article.slug]} (data/{article.slug}.json); "
                                "rename it and its .md, like "
                                f"'{article.published.text}-{article.slug}.yaml'"))
    for i, tag in enumerate(article.tags):
        if tag == _LISTS_ALL:
            problems.append(doc.at(("tags", i), f"tag '{_LISTS_ALL}' would name the page that "
                                                f"lists every tag (tags/{_LISTS_ALL}.md); choose "
                                                "another tag"))
    published = article.published.last
    text = " ".join(b.folded for b in article.blocks)
    if len(article.tags) > MAX_TAGS:
        problems.append(doc.at(("tags", MAX_TAGS), (
            f"the article has {len(article.tags)} tags, more than the {MAX_TAGS} a briefing may "
            "have (each tag has a page that lists the others); keep the ones that matter")))
    for role in article.actors:
        ref(doc, role.key + ("id",), role.actor, "the article")

    def evidence(key: Key, found: int | None, label: str, written: str) -> None:
        if not _ENOUGH_LETTERS.search(written):
            problems.append(doc.at(key + ("evidence",),
                                   f"the evidence of {label} is only {quoted(written)}, which "
                                   "shows nothing; copy the whole sentence from "
                                   f"{article.text_path}"))
        elif found is None and article.blocks:
            problems.append(doc.at(key + ("evidence",),
                                   f"the evidence of {label} is not in {article.text_path}; "
                                   "copy the sentence exactly from the article text"))

    def not_after(key: Key, first: date, label: str, written: str, hint: str = "") -> None:
        if first > published:
            problems.append(doc.at(key + ("date",), f"{label} is dated {written}, after the "
                                                    f"article was published "
                                                    f"({article.published.text}){hint}"))

    def too_many(key: Key, label: str, name: str, count: int) -> None:
        if count > MAX_NAMED:
            problems.append(doc.at(key + (name, MAX_NAMED), (
                f"{label} names {count} actors in '{name}', more than the {MAX_NAMED} an entry "
                "may name (the page of each lists the entry with all of them); keep those that "
                "matter")))

    for claim in article.claims:
        label = f"claim '{claim.id}'"
        too_many(claim.key, label, "about", len(claim.about))
        too_many(claim.key, label, "parties", len(claim.parties))
        if claim.by:
            ref(doc, claim.key + ("by",), claim.by, label)
        elif claim.status != "drafted":
            problems.append(doc.at(claim.key, f"{label} has no 'by'; add the id of the actor "
                                              "who claims it (only a drafted claim may leave "
                                              "its speaker for a person to fill)"))
        for i, about in enumerate(claim.about):
            ref(doc, claim.key + ("about", i), about, label)
        evidence(claim.key, claim.paragraph, label, claim.evidence)
        if claim.quote and fold(claim.quote) not in text and article.blocks:
            problems.append(doc.at(claim.key + ("quote",),
                                   f"the quote of {label} is not in {article.text_path}; copy "
                                   "the quoted words exactly"))
        if claim.date:
            not_after(claim.key, claim.date.first, label, claim.date.text)
        for j, party in enumerate(claim.parties):
            where = claim.key + ("parties", j)
            ref(doc, where + ("actor",), party.actor, f"a party of {label}")
            if party.evidence:
                evidence(where, party.paragraph, f"{party.actor}'s stance on {label}",
                         party.evidence)
    for event in article.timeline:
        label = f"timeline entry '{event.id}'"
        too_many(event.key, label, "actors", len(event.actors))
        for i, actor in enumerate(event.actors):
            ref(doc, event.key + ("actors", i), actor, label)
        evidence(event.key, event.paragraph, label, event.evidence)
        if event.date.start and not event.scheduled:
            not_after(event.key, event.date.first, label, event.date.text,
                      "; if the article announces it for later, add 'scheduled: true'")


def check_folder(content_dir: Path, root: Path | None = None, reader: FileReader | None = None,
                 checker: Checker = article_problems) -> tuple[Content, list[Problem]]:
    """Load and check a content folder: the content, and every problem in it."""
    with acyclic():
        content, problems = load_content(content_dir, root, reader)
        return content, problems + check_content(content, checker)


def read_content(content_dir: Path, root: Path | None = None) -> Content:
    """Load and check a content folder; raise ContentError on any problem."""
    content, problems = check_folder(content_dir, root)
    if problems:
        raise ContentError(problems)
    return content
