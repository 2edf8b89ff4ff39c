"""From loaded content to Markdown pages: one pure function that the CLI and plugin share."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .index import ClaimRef, EventRef, SiteIndex, build_index
from .jsonld import briefing_graph, script
from .model import Article, Content
from .network import network_chart
from .problems import Problem
from .render import environment
from .timeline_chart import Lane, main_lanes, timeline_chart

STANDINGS = ("denied", "disputed", "confirmed", "asserted")


@dataclass(frozen=True)
class SiteInfo:
    """What the site is about, for its home page."""

    title: str = "Briefings"
    description: str = "Briefings drawn from news articles: who said what, and when."
    repo_edit: str = ""  # URL prefix that opens a content file at a line, or "" for none
    site_url: str = ""  # where the site is published, for the feed and JSON-LD; "" if unknown
    directory_urls: bool = True  # MkDocs' use_directory_urls: links written as raw HTML follow it


def build_pages(content: Content, site: SiteInfo = SiteInfo(),
                templates: Path | None = None) -> dict[str, str]:
    """Every page of the site as {path: Markdown}, in a stable order."""
    env = environment(templates)
    index = build_index(content)
    shared: dict[str, Any] = {"content": content, "index": index, "actors": content.actors,
                              "site": site, "repo_edit": site.repo_edit, "description": ""}

    def render(name: str, title: str, edit: str = "", **values: Any) -> str:
        context = {**shared, "title": title, "edit": edit, **values}
        return env.get_template(name).render(context)

    pages = {
        "index.md": render("home.md.j2", site.title, latest=content.articles[:10],
                           cited=index.most_cited(12), recent=index.timeline[::-1][:10][::-1],
                           network=network_chart(index, "index.md", site.directory_urls)),
        "claims.md": render("claims.md.j2", "Claims", groups=_by_standing(index.claims)),
        "timeline.md": render("timeline.md.j2", "Timeline", periods=_periods(index),
                              chart=timeline_chart(index.timeline,
                                                   main_lanes(index, index.timeline),
                                                   content.actors, "timeline.md",
                                                   site.directory_urls)),
        "actors/index.md": render("actors.md.j2", "Actors", ranked=index.most_cited(len(index.actors))
                                  + [v for v in index.actors.values() if not v.citations]),
        "tags/index.md": render("tags.md.j2", "Tags"),
        "correcting.md": render("correcting.md.j2", "Correcting an entry"),
    }
    for article in content.articles:
        pages[f"briefings/{article.slug}.md"] = render(
            "briefing.md.j2", article.title, article.yaml_path, article=article,
            jsonld=script(briefing_graph(article, content.actors, site.site_url,
                                         site.directory_urls)),
            description=article.summary, claims=_by_standing(ClaimRef(article, c)
                                                             for c in article.claims),
            timeline=sorted((EventRef(article, e) for e in article.timeline),
                            key=lambda r: (r.event.date.sort_key(), r.event.id)))
    for ident, view in index.actors.items():
        chart = timeline_chart(view.events, [Lane(ident, view.actor.name)], content.actors,
                               f"actors/{ident}.md", site.directory_urls)
        pages[f"actors/{ident}.md"] = render("actor.md.j2", view.actor.name, view.actor.source,
                                             view=view, description=view.actor.description,
                                             chart=chart)
    for tag, articles in index.tags.items():
        pages[f"tags/{tag}.md"] = render("tag.md.j2", f"Tagged {tag}", articles=articles, tag=tag,
                                         related=_related(tag, articles))
    return pages


def problem_page(problems: list[Problem]) -> str:
    """A page listing content problems, shown by `mkdocs serve` until they are fixed."""
    lines = ["# The content has problems", "",
             "Fix these and save; the site rebuilds by itself.", "", "```text"]
    lines += [str(p).replace("```", "'''") for p in problems]
    return "\n".join(lines + ["```", ""])


def _by_standing(refs: Any) -> list[tuple[str, list[ClaimRef]]]:
    groups: dict[str, list[ClaimRef]] = defaultdict(list)
    for ref in refs:
        groups[ref.claim.standing].append(ref)
    return [(s, groups[s]) for s in STANDINGS if groups[s]]


def _related(tag: str, articles: list[Article]) -> list[tuple[str, int]]:
    counts: dict[str, int] = defaultdict(int)
    for article in articles:
        for other in dict.fromkeys(article.tags):
            if other != tag:
                counts[other] += 1
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


def _periods(index: SiteIndex) -> list[tuple[str, list[EventRef]]]:
    periods: dict[str, list[EventRef]] = {}
    for ref in index.timeline:
        date = ref.event.date
        heading = str(date.first.year) if date.start else f"Up to {date.last.year}"
        periods.setdefault(heading, []).append(ref)
    return list(periods.items())
