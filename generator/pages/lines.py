"""The lists that pages repeat, written as raw HTML: compact claim lines, briefing lines and
timeline tables.

A claim is shown in full once, on its briefing; actor pages and the claims index show a
compact line that links to it. These lists are the longest parts of a large site, and
Python-Markdown's inline processing of them cost more than the rest of the build: as raw
HTML they pass through it untouched. Links are therefore written as final URLs, relative to
the page (`root` is the path from the page's URL to the site root), and every content value
is HTML-escaped here.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence

from markupsafe import Markup

from ..content.model import Actor, Article, Claim, Party, Role
from .index import ClaimRef, EventRef
from .markup import attr, url
from .urls import edit_at, page_url

SHORT = 200  # characters of a claim on a compact line
# the mark of an entry no person has reviewed, on every page (templates: drafted_mark)
DRAFTED = (' <span class="drafted-mark" title="Drafted by the tool; no person has reviewed it '
           'yet">drafted · not reviewed</span>')


def root_of(path: str, directory_urls: bool = True) -> str:
    """The path from the URL of the page made of docs file `path` to the site root."""
    return "../" * page_url(path, directory_urls).count("/")


def short(text: str, limit: int = SHORT) -> str:
    """The text, cut at a word before `limit` characters with an ellipsis if longer."""
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(",;:")
    return f"{cut}…"


def involved(claim: Claim) -> list[str]:
    """Every actor of a claim, once: its claimant, whom it is about, who takes a stand."""
    return list(dict.fromkeys(a for a in (claim.by, *claim.about,
                                          *(p.actor for p in claim.parties)) if a))


class Lines:
    """Writes the repeated lists of one site (its actors and URL style)."""

    def __init__(self, actors: dict[str, Actor], directory_urls: bool = True,
                 repo_edit: str = "") -> None:
        self.actors = actors
        self.urls = directory_urls
        self.repo_edit = repo_edit

    def href(self, root: str, path: str, anchor: str = "") -> str:
        """The link from a page at `root` to the docs file `path` (and `anchor`)."""
        link = root + str(url(page_url(path, self.urls)))
        if not link:
            link = "./"
        return f"{link}#{url(anchor)}" if anchor else link

    def actor(self, ident: str, root: str) -> str:
        """An actor's name linking to its page (its id as text if it is unknown)."""
        known = self.actors.get(ident)
        if known is None:
            return attr(ident)
        return f'<a href="{self.href(root, f"actors/{ident}.md")}">{attr(known.name)}</a>'

    def _source(self, article: Article, root: str, anchor: str) -> str:
        link = self.href(root, f"briefings/{article.slug}.md", anchor)
        return f'<a href="{link}">{attr(self._shown(article))}</a>'

    def evidence(self, article: Article, paragraph: int | None, root: str,
                 here: bool = False) -> Markup:
        """The ¶ link to the paragraph an entry rests on ("#pN" on its own briefing)."""
        if not paragraph:
            return Markup("")
        link = f"#p{paragraph}" if here else self.href(root, f"briefings/{article.slug}.md",
                                                       f"p{paragraph}")
        return Markup(f'<a href="{link}" title="The sentence this rests on">¶{paragraph}</a>')

    def edit(self, article: Article, line: int) -> Markup:
        """The link that opens the entry at `line` of the article's YAML in the editor."""
        if not self.repo_edit:
            return Markup("")
        where = attr(article.yaml_path)
        link = edit_at(self.repo_edit, article.yaml_path, line)
        return Markup(f'<a class="edit-entry" href="{link}" '
                      f'title="Correct this entry in {where}, line {line}">edit (line {line})</a>')

    def claim_data(self, claim: Claim, article: Article) -> Markup:
        """What assets/claims-filter.js filters a claim by, as attributes (on its line and on
        its block on the briefing): every actor of it, its standing, source and whether a
        person has checked it."""
        status = "drafted" if claim.status == "drafted" else "checked"
        return Markup(f'data-claim="{attr(claim.id)}" data-standing="{attr(claim.standing)}" '
                      f'data-actors="{attr(" ".join(involved(claim)))}" '
                      f'data-source="{attr(article.source or "")}" data-status="{status}"')

    def claim_line(self, ref: ClaimRef, root: str, stance: str = "",
                   paragraph: int | None = None) -> str:
        """One claim as a compact line: the claimant, the claim (linking to it in full on its
        briefing) and its source; the standing is shown from `data-standing` by the style
        sheet. `stance` leads the line of a party's stand, and `paragraph` then links the
        sentence its stand rests on. Few tags: a site has many."""
        claim, article = ref.claim, ref.article
        who = (self.actor(claim.by, root) if claim.by else
               '<span class="unattributed">speaker not yet attributed</span>')
        lead = f"<b>{attr(stance.capitalize())}</b> " if stance else ""
        link = self.href(root, f"briefings/{article.slug}.md", f"claim-{claim.id}")
        return (f'<li class="claim-line" {self.claim_data(claim, article)}>{lead}{who}: '
                f'<a href="{link}">{attr(short(claim.claim))}</a>'
                f"{DRAFTED if claim.status == 'drafted' else ''} — "
                f"{attr(self._shown(article))}"
                f"{' ' + self.evidence(article, paragraph, root, False) if paragraph else ''}"
                "</li>")

    def _shown(self, article: Article) -> str:
        return (f"{article.source}, {article.published.label()}" if article.source
                else article.title)

    def actor_names(self, groups: Iterable[tuple[str, Iterable[ClaimRef]]]) -> Markup:
        """{id: name} of every actor the listed claims name, as JSON for an attribute: the
        Claims filter's menu (assets/claims-filter.js) names them; a line links only its
        claimant."""
        names = {a: self.actors[a].name for _, refs in groups for ref in refs
                 for a in involved(ref.claim) if a in self.actors}
        return attr(json.dumps(names, ensure_ascii=False, sort_keys=True, separators=(",", ":")))

    def claim_lines(self, refs: Iterable[ClaimRef], root: str) -> Markup:
        """A list of compact claim lines."""
        body = "\n".join(self.claim_line(ref, root) for ref in refs)
        return Markup(f'<ul class="claim-lines">\n{body}\n</ul>')

    def stance_lines(self, stances: Iterable[tuple[ClaimRef, Party]], root: str) -> Markup:
        """The claims an actor takes a stand on, each led by its stand and ending with a link
        to the sentence the stand rests on (the claim's own if the party has none)."""
        body = "\n".join(self.claim_line(ref, root, party.stance,
                                         party.paragraph or ref.claim.paragraph)
                         for ref, party in stances)
        return Markup(f'<ul class="claim-lines claim-lines--stances">\n{body}\n</ul>')

    def briefing_lines(self, roles: Sequence[tuple[Article, Role]], root: str) -> Markup:
        """Briefings naming an actor, each with its date and the actor's role in it."""
        body = "\n".join(
            f'<li><a href="{self.href(root, f"briefings/{a.slug}.md")}">{attr(a.title)}</a> '
            f"({attr(a.published.label())}){': ' + attr(r.role) if r.role else ''}"
            f"{DRAFTED if r.status == 'drafted' else ''}</li>" for a, r in roles)
        return Markup(f'<ul class="briefing-lines">\n{body}\n</ul>')

    def event_row(self, ref: EventRef, root: str, here: bool = False) -> str:
        """One timeline entry as a table row: when, what, who, source."""
        event, article = ref.event, ref.article
        anchor = f'<span class="anchor" id="event-{attr(event.id)}"></span>' if here else ""
        who = ", ".join(self.actor(a, root) for a in event.actors)
        if here:  # on its briefing, in full: the sentence it rests on and its edit link
            source: list[str] = [self.evidence(article, event.paragraph, root, here),
                      self.edit(article, event.line)]
        else:  # elsewhere, a link to it
            source = [self._source(article, root, f"event-{event.id}")]
        return (f'<tr><td><time datetime="{attr(event.date.text)}">'
                f"{attr(event.date.label())}</time>"
                f"{' (scheduled)' if event.scheduled else ''}</td>"
                f"<td>{anchor}{attr(event.event)}{DRAFTED if event.status == 'drafted' else ''}"
                f"</td><td>{who}</td><td>{' '.join(filter(None, source))}</td></tr>")

    def timeline_table(self, refs: Iterable[EventRef], root: str, here: bool = False) -> Markup:
        """Timeline entries as a table, in the order given."""
        rows = "\n".join(self.event_row(ref, root, here) for ref in refs)
        return Markup('<div class="timeline">\n<table>\n<thead><tr><th>When</th>'
                      "<th>What happened</th><th>Who</th><th>Source</th></tr></thead>\n"
                      f"<tbody>\n{rows}\n</tbody>\n</table>\n</div>")

    def event_lines(self, refs: Iterable[EventRef], root: str) -> Markup:
        """Timeline entries as compact lines: date, the event linking to its entry, source."""
        body = "\n".join(
            f'<li data-actor="{attr(" ".join(r.event.actors))}"><time datetime='
            f'"{attr(r.event.date.text)}">{attr(r.event.date.label())}</time>'
            f"{' (scheduled)' if r.event.scheduled else ''}: "
            f'<a href="{self.href(root, f"briefings/{r.article.slug}.md", f"event-{r.event.id}")}">'
            f"{attr(r.event.event)}</a>{DRAFTED if r.event.status == 'drafted' else ''} — "
            f"{attr(self._shown(r.article))}</li>" for r in refs)
        return Markup(f'<ul class="event-lines">\n{body}\n</ul>')
