"""Loaded and checked articles, kept between the builds of `mkdocs serve`.

Loading an article (validating its fields, building its claims and events, finding each
evidence's paragraph) and checking it against the others cost most of a rebuild on a large
site, though a save changes one file. This cache keeps, per article file:

- **the loaded article**, by the very parsed YAML and text that it was built from (the file
  cache hands back the same objects while a file is unchanged) and by the shared actor
  records it names, as they were before it was loaded; a hit replays what loading it did to
  those records (actors it defined, aliases it added) and the problems it found;
- **its check**, by the loaded article, its YAML and the actor ids it refers to, all still
  defined; an article that names an undefined actor is checked again every time (the message
  suggests the closest defined id).

Problems found in an unchanged file are kept with it and reported on every build, so strict
mode fails on them every time. actors.yaml is loaded on every build (it is small and the
articles' aliases change its records); an article whose named actors changed is loaded again.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from itertools import islice
from typing import Any

from .content.check import article_problems
from .content.load import FileReader, build_article
from .content.model import Actor, Article, Block, Content
from .content.problems import Problem
from .content.yamlfile import YamlDoc


def _named_ids(doc: YamlDoc) -> list[str]:
    """The actor ids that the article's `actors` list names, as written: every id that
    loading it may look up, define or add aliases to."""
    data = doc.data
    entries = data.get("actors") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        return []
    ids = (entry.get("id") for entry in entries if isinstance(entry, dict))
    return list(dict.fromkeys(ident for ident in ids if isinstance(ident, str)))


State = tuple[tuple[str, int] | None, ...]  # per named id: its record and how many aliases


def _state(actors: dict[str, Actor], ids: list[str], reprs: dict[int, Any] | None = None
           ) -> State:
    """The records of the named actors, as they are now. `reprs` keeps each record's `repr`
    for one load, by the record itself and its list of aliases as long as it is: loading
    replaces a record (a new object) or adds aliases to it, and changes it no other way; every
    article of a story names the same core actors (38,000 `repr`s a build at 1,000 articles)."""
    if reprs is None:
        named = (actors.get(ident) for ident in ids)
        return tuple(None if a is None else (repr(a), len(a.aliases)) for a in named)
    state: list[tuple[str, int] | None] = []
    for ident in ids:
        a = actors.get(ident)
        if a is None:
            state.append(None)
            continue
        kept = reprs.get(id(a))
        if kept is None or kept[0] is not a or kept[1] is not a.aliases or kept[2] != len(
                a.aliases):
            kept = reprs[id(a)] = (a, a.aliases, len(a.aliases), repr(a))
        state.append((kept[3], kept[2]))
    return tuple(state)


def _copy(actor: Actor) -> Actor:
    """A record that later articles may add aliases to without changing the kept one."""
    return replace(actor, aliases=list(actor.aliases))


@dataclass
class _Loaded:
    doc: YamlDoc
    blocks: list[Block] | None  # None: no text was read
    facts: tuple[str, bool, str]  # slug, text read, the text's shown path
    before: State  # the named actors' records before loading
    article: Article | None
    problems: list[Problem]
    defined: dict[str, Actor]  # actors the article defined, as it left them
    aliases: dict[str, list[str]]  # aliases it added to records defined before it


@dataclass
class _Checked:
    article: Article
    doc: YamlDoc
    names: set[str]
    problems: list[Problem]


class ContentCache(FileReader):
    """A FileReader that keeps each loaded article and its check between builds."""

    def __init__(self) -> None:
        self.loaded: dict[str, _Loaded] = {}  # shown YAML path -> the article loaded from it
        self.checked: dict[str, _Checked] = {}
        self.articles_loaded = 0  # by the last build: loaded again, the others were kept
        self.articles_checked = 0
        # id -> (record, its aliases, how many, its repr): for one load (`_state`); the record
        # is held, so its id is not another's while it is kept
        self.reprs: dict[int, tuple[Actor, list[str], int, str]] = {}

    def start(self) -> None:
        """Count anew for one build."""
        self.articles_loaded = self.articles_checked = 0
        self.reprs = {}

    def article(self, doc: YamlDoc, slug: str, blocks: list[Block], text_read: bool,
                text_shown: str, actors: dict[str, Actor],
                problems: list[Problem]) -> Article | None:
        """The article of a parsed YAML file, kept while its inputs are the same objects."""
        ids = _named_ids(doc)
        before = _state(actors, ids, self.reprs)
        text = blocks if text_read else None
        facts = (slug, text_read, text_shown)
        kept = self.loaded.get(doc.path)
        if (kept is not None and kept.doc is doc and kept.blocks is text and kept.facts == facts
                and kept.before == before):
            for ident, actor in kept.defined.items():
                actors[ident] = _copy(actor)
            for ident, added in kept.aliases.items():
                actors[ident].aliases.extend(added)
            problems.extend(kept.problems)
            return kept.article
        self.articles_loaded += 1
        start = len(problems)
        article = build_article(doc, slug, blocks, text_read, text_shown, actors, problems)
        defined, aliases = _effects(actors, ids, before, doc.path)
        self.loaded[doc.path] = _Loaded(doc, text, facts, before, article, problems[start:],
                                        defined, aliases)
        return article

    def article_problems(self, article: Article, doc: YamlDoc,
                         content: Content) -> list[Problem]:
        """The article's check (`content.check.article_problems`), kept while it is the same
        loaded article and every actor it names is still defined."""
        kept = self.checked.get(article.yaml_path)
        if (kept is not None and kept.article is article and kept.doc is doc
                and all(n in content.actors or n in content.unverified for n in kept.names)):
            return kept.problems
        self.articles_checked += 1
        names: set[str] = set()
        problems = article_problems(article, doc, content, names)
        if all(n in content.actors or n in content.unverified for n in names):
            self.checked[article.yaml_path] = _Checked(article, doc, names, problems)
        else:
            self.checked.pop(article.yaml_path, None)
        return problems

    def forget(self, keep: Any) -> None:
        """Drop what is kept for articles whose shown YAML path is not in `keep`."""
        for cache in (self.loaded, self.checked):
            for path in [p for p in cache if p not in keep]:
                del cache[path]


def _effects(actors: dict[str, Actor], ids: list[str], before: State,
             shown: str) -> tuple[dict[str, Actor], dict[str, list[str]]]:
    """What loading the article `shown` did to the actor records it names: the records it
    defined (copied as it left them, in the order it defined them: the last ones of `actors`;
    then those defined before it that its reviewed entry took over from a drafted one) and the
    aliases it added to records defined before it."""
    aliases: dict[str, list[str]] = {}
    new = 0
    taken: list[str] = []
    for ident, was in zip(ids, before, strict=True):
        actor = actors.get(ident)
        if actor is None:
            continue
        if was is None:
            new += 1
        elif actor.source == shown and was[0] != repr(actor):
            taken.append(ident)  # its reviewed entry now defines an actor defined before it
        elif len(actor.aliases) > was[1]:
            aliases[ident] = actor.aliases[was[1]:]
    order = [*islice(reversed(actors), new)][::-1] + taken
    return {ident: _copy(actors[ident]) for ident in order}, aliases
