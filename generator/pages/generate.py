"""From loaded content to Markdown pages: one pure function that the CLI and plugin share."""

from __future__ import annotations

import gc
import html
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import jinja2

from ..content.model import Article, Content
from ..content.problems import ContentError, Problem, display_path
from ..pictures.network import network_chart
from ..pictures.timeline_chart import Lane, main_lanes, timeline_chart
from .index import ActorView, ClaimRef, EventRef, SiteIndex, build_index
from .jsonld import BriefingScripts
from .lines import Lines, root_of
from .markup import closed
from .parts import PART_SIZE, Pager, base_of, chunks, pagers, part_paths
from .render import environment
from .texts import Texts

STANDINGS = ("denied", "disputed", "confirmed", "asserted")


@dataclass(frozen=True)
class SiteInfo:
    """What the site is about, for its home page."""

    title: str = "Briefings"
    description: str = "Briefings drawn from news articles: who said what, and when."
    repo_edit: str = ""  # an editor's address with {path} and {line} (urls.edit_at); "": none
    site_url: str = ""  # where the site is published, for the feed and JSON-LD; "" if unknown
    directory_urls: bool = True  # MkDocs' use_directory_urls: links written as raw HTML follow it
    drafts: bool = False  # show drafted entries, marked (True under `mkdocs serve`)


@dataclass(frozen=True)
class PageJob:
    """One page to render, and the content it shows.

    `articles` are the articles whose data the page shows (None: every article), `actors`
    the actors whose own records it shows and `items` what else decides its text (which
    entries a part lists); an incremental build re-renders the page only when one of them
    changed.
    """

    path: str
    template: str
    title: str
    edit: str = ""
    values: dict[str, Any] = field(default_factory=dict)
    articles: tuple[Article, ...] | None = None
    actors: tuple[str, ...] = ()
    items: tuple[str, ...] = ()
    listing: bool = False  # shows of its articles only what lists them (`listing_of`)


def listing_of(article: Article) -> tuple[object, ...]:
    """What a page that lists an article's entries shows of it (actor pages, the claims and
    timeline indexes): not its summary, text or byline, which only its briefing shows."""
    return (article.slug, article.title, article.published.text, article.source,
            article.actors, article.claims, article.timeline)


def plan_pages(content: Content, site: SiteInfo = SiteInfo(), part_size: int = PART_SIZE,
               index: SiteIndex | None = None) -> tuple[SiteIndex, list[PageJob]]:
    """The index of the content and every page to render from it, in a stable order; lists
    longer than `part_size` entries are split into parts (generator/pages/parts.py). Values that
    cost something to compute (charts, JSON-LD) are computed only when the page is rendered.
    `index`, if given, must be `build_index(content)`: a caller that needs it too builds it once."""
    index = index or build_index(content)
    urls = site.directory_urls
    jobs = [
        PageJob("index.md", "home.md.j2", site.title, values={
            "latest": content.articles[:10], "cited": index.most_cited(12),
            "recent": index.timeline[::-1][:10][::-1],
            "network": lambda: network_chart(index, "index.md", urls)}),
        PageJob("actors/index.md", "actors.md.j2", "Actors", values={
            "ranked": index.most_cited(len(index.actors))
            + [v for v in index.actors.values() if not v.citations]}),
        PageJob("tags/index.md", "tags.md.j2", "Tags"),
        PageJob("correcting.md", "correcting.md.j2", "Correcting an entry"),
    ]
    claims = sorted(index.claims, key=lambda r: STANDINGS.index(r.standing))
    jobs += _parted("claims.md", "claims.md.j2", "Claims", chunks(claims, part_size),
                    lambda part, path: {"groups": _by_standing(part)},
                    lambda ref: f"{ref.article.slug}#{ref.claim.id}")
    # the chart of the whole timeline is drawn once, on its first part
    events = chunks(index.timeline, part_size)
    jobs += _parted("timeline.md", "timeline.md.j2", "Timeline", events,
                    lambda part, path: {"periods": _periods(part), "chart": lambda: timeline_chart(
                        index.timeline, main_lanes(index, index.timeline), content.actors, path,
                        urls, parts=len(events), filtered=True) if path == "timeline.md" else ""},
                    lambda ref: f"{ref.article.slug}#{ref.event.id}")
    if jobs[-1].path != "timeline.md":  # in parts: the first one's chart shows every event
        first = next(i for i, job in enumerate(jobs) if job.path == "timeline.md")
        jobs[first] = replace(jobs[first], articles=None)
    scripts = BriefingScripts(content.actors, site.site_url, urls)  # each actor encoded once
    claims_of: dict[int, list[ClaimRef]] = defaultdict(list)  # id(article) -> its claims
    for ref in index.claims:
        claims_of[id(ref.article)].append(ref)
    timeline_of: dict[int, list[EventRef]] = defaultdict(list)
    for eref in index.timeline:
        timeline_of[id(eref.article)].append(eref)
    for article in content.articles:
        jobs.append(PageJob(
            f"briefings/{article.slug}.md", "briefing.md.j2", article.title, article.yaml_path,
            {"article": article, "description": article.summary,
             "jsonld": lambda a=article: scripts(a),
             # made when the page is rendered: under `mkdocs serve` most briefings are not
             "claims": lambda a=article: _by_standing(claims_of[id(a)]),
             # the index's timeline is sorted by date, briefing and id: a briefing's events
             # in it are in their order by date and id
             "timeline": lambda a=article: timeline_of[id(a)]},
            (article,)))
    for ident, view in index.actors.items():
        jobs += _actor_jobs(ident, view, content, part_size, urls)
    for tag, articles in index.tags.items():
        jobs.append(PageJob(f"tags/{tag}.md", "tag.md.j2", f"Tagged {tag}",
                            values={"articles": articles, "tag": tag,
                                    "related": _related(tag, articles)},
                            articles=tuple(articles)))
    return index, jobs


def _actor_jobs(ident: str, view: ActorView, content: Content, part_size: int,
                urls: bool) -> list[PageJob]:
    shown = [a for a, _ in view.roles] + [r.article for r in view.claims_by]
    shown += [r.article for r in view.claims_about] + [r.article for r, _ in view.stances]
    shown += [r.article for r in view.events]
    sections = ("roles", "claims_by", "claims_about", "stances", "events")
    longest = max(len(getattr(view, name)) for name in sections)
    parts = [replace(view, **{name: getattr(view, name)[i:i + part_size] for name in sections})
             for i in range(0, longest, part_size)] or [view]
    paths = part_paths(f"actors/{ident}.md", len(parts))
    lane = [Lane(ident, closed(view.actor.name))]  # as main_lanes: in a longer label
    articles = tuple({id(a): a for a in shown}.values())  # once, not once per part
    return [PageJob(path, "actor.md.j2", _titled(view.actor.name, pager), view.actor.source,
                    {"view": part, "pager": pager, "base": base_of(path),
                     "description": view.actor.description,
                     "chart": lambda path=path: timeline_chart(  # once, on the first part
                         view.events, lane, content.actors, path, urls,
                         parts=len(chunks(view.events, part_size)))
                     if path == paths[0] else ""},
                    articles, (ident, view.actor.affiliation or ident), listing=True)
            for path, part, pager in zip(paths, parts, pagers(paths), strict=True)]


def page_renderer(content: Content, index: SiteIndex, site: SiteInfo = SiteInfo(),
                  templates: Path | None = None) -> Callable[[PageJob], str]:
    """A function that renders one planned page to Markdown."""
    env = environment(templates)
    shared: dict[str, Any] = {"content": content, "index": index, "actors": content.actors,
                              "site": site, "repo_edit": site.repo_edit, "description": "",
                              "pager": None, "base": "",
                              "lines": Lines(content.actors, site.directory_urls, site.repo_edit)}

    def render(job: PageJob) -> str:
        values = {k: v() if callable(v) else v for k, v in job.values.items()}
        context = {**shared, "title": job.title, "edit": job.edit,
                   "root": root_of(job.path, site.directory_urls), **values}
        try:
            return env.get_template(job.template).render(context)
        except (jinja2.TemplateError, RecursionError) as exc:
            raise ContentError([template_problem(exc)]) from None

    return render


def template_problem(exc: jinja2.TemplateError | RecursionError) -> Problem:
    """A template's error as one problem at its file and line: a syntax error, a name it does
    not have, a template that includes itself gave a Jinja traceback (or RecursionError)."""
    if isinstance(exc, jinja2.TemplateSyntaxError):
        filename, line, message = exc.filename, exc.lineno, exc.message or str(exc)
    else:  # Jinja gives each template line a frame of the template's file
        filename, line = None, 1
        tb = exc.__traceback__
        while tb is not None:
            if tb.tb_frame.f_code.co_filename.endswith(".j2"):
                filename, line = tb.tb_frame.f_code.co_filename, tb.tb_lineno
            tb = tb.tb_next
        message = ("the template includes itself without end" if isinstance(exc, RecursionError)
                   else str(exc))
    shown = display_path(Path(filename), Path.cwd()) if filename else "templates"
    return Problem(shown, line or 1, 1, f"{message}; correct the template, or delete it to use "
                                        "the tool's own")


def build_pages(content: Content, site: SiteInfo = SiteInfo(), templates: Path | None = None,
                index: SiteIndex | None = None) -> Texts:
    """Every page of the site as {path: Markdown}, in a stable order (kept as UTF-8 bytes);
    `index`, if given, must be `build_index(content)`."""
    index, jobs = plan_pages(content, site, index=index)
    render = page_renderer(content, index, site, templates)
    pages = Texts((job.path, render(job).encode("utf-8")) for job in jobs)
    del render
    release_pages()
    return pages


def release_pages() -> None:
    """Free what rendering the pages kept in reference cycles: each page's Jinja context and
    the macros imported `with context` refer to each other, and through the context to the
    shared `Lines` and its cache of every list line (87 MB at 1,000 articles). Under
    `heap.frozen_heap` no full collection comes to free them; this one scans only what was
    made since the heap was frozen (0.05 s at 1,000 articles)."""
    gc.collect()


PROBLEMS_SHOWN = 100
"""Problems on the page (the terminal lists them all): it stands at every address of the
site, and 26,000 of them (one 480 KB file) on each of thousands of pages made gigabytes."""


def problem_page(problems: list[Problem]) -> str:
    """A page listing content problems, shown by `mkdocs serve` at every URL of the site until
    they are fixed: one problem a line, as HTML-escaped text that wraps on a narrow screen."""
    lines = ["# The content has problems", "",
             "Fix these and save; the site rebuilds by itself, and this page becomes the one "
             "you were reading.", "", '<pre class="content-problems">']
    lines += [html.escape(str(p).replace("```", "\'\'\'"), quote=False)
              for p in problems[:PROBLEMS_SHOWN]]
    lines += ["</pre>", ""]
    if len(problems) > PROBLEMS_SHOWN:
        lines += [f"... and {len(problems) - PROBLEMS_SHOWN} more: `briefing check` lists them "
                  "all.", ""]
    return "\n".join(lines)


def _by_standing(refs: Any) -> list[tuple[str, list[ClaimRef]]]:
    groups: dict[str, list[ClaimRef]] = defaultdict(list)
    for ref in refs:
        groups[ref.standing].append(ref)
    return [(s, groups[s]) for s in STANDINGS if groups[s]]


def _parted(first: str, template: str, title: str, parts: list[Any],
            values: Callable[[Any, str], dict[str, Any]],
            key: Callable[[Any], str]) -> list[PageJob]:
    paths = part_paths(first, len(parts))
    return [PageJob(path, template, _titled(title, pager),
                    values={**values(part, path), "pager": pager, "base": base_of(path)},
                    articles=tuple({id(r.article): r.article for r in part}.values()),
                    items=(repr(pager), *map(key, part)), listing=True)
            for path, part, pager in zip(paths, parts, pagers(paths), strict=True)]


def _titled(title: str, pager: Pager | None) -> str:
    return f"{title} (part {pager.number} of {pager.count})" if pager else title


def _related(tag: str, articles: list[Article]) -> list[tuple[str, int]]:
    counts: dict[str, int] = defaultdict(int)
    for article in articles:
        for other in dict.fromkeys(article.tags):
            if other != tag:
                counts[other] += 1
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


def _periods(refs: Any) -> list[tuple[str, list[EventRef]]]:
    periods: dict[str, list[EventRef]] = {}
    for ref in refs:
        date = ref.event.date
        heading = str(date.first.year) if date.start else f"Up to {date.last.year}"
        periods.setdefault(heading, []).append(ref)
    return list(periods.items())
