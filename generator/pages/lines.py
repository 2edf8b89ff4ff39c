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
import re
from collections.abc import Iterable, Sequence

from markdown.extensions.toc import slugify
from markupsafe import Markup

from ..content.dates import EDate
from ..content.model import Actor, Article, Block, Claim, Party, Role
from ..content.schema import MAX_NAME
from ..splice import verbatim, verbatim_lines
from .index import ClaimRef, EventRef
from .markup import attr, closed, md_text, search_filter, url
from .urls import edit_at, page_url

PAST = {"denies": "denied", "disputes": "disputed", "confirms": "confirmed"}
SHORT = 200  # characters of a claim or an event on a compact line or in a chart's tooltip
# An entry names up to 100 actors (schema.MAX_NAMED), each of a name up to 1,000 characters
# (schema.MAX_NAME), and is listed on the page of each: a line that named them all was 100 KB,
# written on 100 pages (attack15). A line repeated so names the first NAMES_SHOWN (who takes
# a stand on a claim, the actors of an event in a chart's tooltip), and a name among others
# is cut at NAME_SHOWN characters (the longest of the real sets has 66); the actor's own page
# and the list of all actors show it in full.
NAMES_SHOWN = 5
NAME_SHOWN = 100
# the mark of an entry no person has reviewed, on every page (templates: drafted_mark)
DRAFTED = (' <span class="drafted-mark" title="Drafted by the tool; no person has reviewed it '
           'yet">drafted · not reviewed</span>')
_NOTHING = Markup("")
# stands for the page's root in a list line made once for pages of every depth (the claims
# index and actor pages list the same claims from different depths); no content text holds
# it: `attr` and `url` drop control characters
_ROOT = "\x00"


def root_of(path: str, directory_urls: bool = True) -> str:
    """The path from the URL of the page made of docs file `path` to the site root."""
    return "../" * page_url(path, directory_urls).count("/")


def short(text: str, limit: int = SHORT) -> str:
    """The text, cut at a word before `limit` characters with an ellipsis if longer."""
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(",;:")
    return f"{cut}…"


def some_names(names: Sequence[str]) -> str:
    """The first `NAMES_SHOWN` names, each cut short and closing the direction overrides it
    opens (one left open reversed the names after it), joined with commas, and how many
    more."""
    shown = ", ".join([closed(short(name, NAME_SHOWN)) for name in names[:NAMES_SHOWN]])
    return shown + (f" and {len(names) - NAMES_SHOWN} more" if len(names) > NAMES_SHOWN else "")


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
        # a claim or event is listed on the page of each actor it involves and on an index,
        # an actor named on most lines: each line is written once, split where the page's
        # root goes (`_ROOT`), and joined with the root of each page that lists it
        self._claim_lines: dict[tuple[int, int, str, int | None, bool], tuple[str, ...]] = {}
        self._event_lines: dict[tuple[int, int], tuple[str, ...]] = {}
        self._actors: dict[tuple[str, str, bool], str] = {}
        self._data: dict[tuple[int, int], str] = {}
        self._involved: dict[int, tuple[str, ...]] = {}
        self._briefings: dict[tuple[int, str], str] = {}
        self._hrefs: dict[tuple[int, str], str] = {}
        self._shown_attrs: dict[int, str] = {}
        self._filters: dict[str, str] = {}
        self._here: dict[int, Markup] = {}
        self._times: dict[int, str] = {}

    def href(self, root: str, path: str, anchor: str = "") -> str:
        """The link from a page at `root` to the docs file `path` (and `anchor`)."""
        link = root + str(url(page_url(path, self.urls)))
        if not link:
            link = "./"
        return f"{link}#{url(anchor)}" if anchor else link

    def to_briefing(self, article: Article, root: str, anchor: str) -> str:
        """`href` to an anchor of the article's briefing, its page's address worked out once
        per root (every line listing one of its entries links there)."""
        key = (id(article), root)
        base = self._hrefs.get(key)
        if base is None:
            base = self._hrefs[key] = self.href(root, f"briefings/{article.slug}.md")
        return f"{base}#{url(anchor)}"

    def actor(self, ident: str, root: str, whole: bool = False) -> str:
        """An actor's name linking to its page (its id as text if it is unknown): cut at
        `NAME_SHOWN` characters unless `whole` (the briefing's list of its actors)."""
        link = self._actors.get((ident, root, whole))
        if link is None:
            link = self._actors[ident, root, whole] = self._actor(ident, root, whole)
        return link

    def _actor(self, ident: str, root: str, whole: bool) -> str:
        known = self.actors.get(ident)
        if known is None:
            return attr(ident)
        return (f'<a href="{self.href(root, f"actors/{ident}.md")}">'
                f"{attr(known.name if whole else short(known.name, NAME_SHOWN))}</a>")

    def _source(self, article: Article, root: str, anchor: str) -> str:
        link = self.to_briefing(article, root, anchor)
        return f'<a href="{link}">{self._shown_attr(article)}</a>'

    def evidence(self, article: Article, paragraph: int | None, root: str,
                 here: bool = False) -> Markup:
        """The ¶ link to the paragraph an entry rests on ("#pN" on its own briefing)."""
        if not paragraph:
            return _NOTHING
        if here:  # the same link for every briefing's entries resting on this paragraph
            link = self._here.get(paragraph)
            if link is None:
                link = self._here[paragraph] = _evidence(f"#p{paragraph}", paragraph)
            return link
        return _evidence(self.to_briefing(article, root, f"p{paragraph}"), paragraph)

    def edit(self, article: Article, line: int) -> Markup:
        """The link that opens the entry at `line` of the article's YAML in the editor."""
        if not self.repo_edit:
            return _NOTHING
        where = attr(article.yaml_path)
        link = edit_at(self.repo_edit, article.yaml_path, line)
        return Markup(f'<a class="edit-entry" href="{link}" {_NOT_SEARCHED} '
                      f'title="Correct this entry in {where}, line {line}">edit (line {line})</a>')

    def claim_data(self, ref: ClaimRef) -> str:
        """What assets/claims-filter.js filters a claim by, as attributes (on its line and on
        its block on the briefing): every actor of it, its standing, source and whether a
        person has checked it. Actor ids hold no space (schema.ID_PATTERN): each is escaped
        on its own, and found escaped already."""
        claim, article = ref.claim, ref.article
        key = (id(claim), id(article))  # a claim is listed on several pages and depths
        data = self._data.get(key)
        if data is None:
            status = "drafted" if claim.status == "drafted" else "checked"
            data = self._data[key] = (
                f'data-claim="{attr(claim.id)}" data-standing="{attr(ref.standing)}" '
                f'data-actors="{" ".join(map(attr, self.involved(claim)))}" '
                f'data-source="{attr(article.source or "")}" data-status="{status}"')
        return data

    def involved(self, claim: Claim) -> tuple[str, ...]:
        """`involved(claim)`, worked out once per claim (its line's filter attributes and
        the claims index's menu of names both read it)."""
        found = self._involved.get(id(claim))
        if found is None:
            found = self._involved[id(claim)] = tuple(involved(claim))
        return found

    def claim_line(self, ref: ClaimRef, root: str, stance: str = "",
                   paragraph: int | None = None, filtered: bool = False) -> str:
        """One claim as a compact line: the claimant, the claim (linking to it in full on its
        briefing) and its source; the standing is shown from `data-standing` by the style
        sheet. `stance` leads the line of a party's stand, and `paragraph` then links the
        sentence its stand rests on. Few tags: a site has many. `filtered`: the line carries
        what the claims filter reads (`claim_data`: the ids of every actor of the claim); an
        actor page, which has no filter, keeps the claim's id and standing only (a claim
        naming k actors is on k such pages)."""
        key = (id(ref.claim), id(ref.article), stance, paragraph, filtered)
        parts = self._claim_lines.get(key)
        if parts is None:
            parts = self._claim_lines[key] = _split(self._claim_line(ref, _ROOT, stance,
                                                                     paragraph, filtered))
        return root.join(parts)

    def _claim_line(self, ref: ClaimRef, root: str, stance: str, paragraph: int | None,
                    filtered: bool) -> str:
        claim, article = ref.claim, ref.article
        who = (self.actor(claim.by, root) if claim.by else
               '<span class="unattributed">speaker not yet attributed</span>')
        lead = f"<b>{attr(stance.capitalize())}</b> " if stance else ""
        link = self.to_briefing(article, root, f"claim-{claim.id}")
        data = (self.claim_data(ref) if filtered else  # its id names it: one a line
                f'data-claim="{attr(claim.id)}" data-standing="{attr(ref.standing)}"')
        return (f'<li class="claim-line" {data}>{lead}{who}: '
                f'<a href="{link}">{attr(short(claim.claim))}</a>'
                f"{DRAFTED if claim.status == 'drafted' else ''}{self._stands(claim)} — "
                f"{self._shown_attr(article)}"
                f"{f' {self.evidence(article, paragraph, root)}' if paragraph else ''}"
                "</li>")

    def _stands(self, claim: Claim) -> str:
        """Who took a stand on the claim, as plain names: " (denied by North Korea, Russia;
        confirmed by X)", so that a list of claims answers "who denies it?"."""
        if not claim.parties:
            return ""
        by: dict[str, list[str]] = {}
        for party in claim.parties:
            known = self.actors.get(party.actor)
            by.setdefault(party.stance, []).append(known.name if known else party.actor)
        said = [f"{PAST.get(stance, stance)} by {some_names(list(dict.fromkeys(names)))}"
                for stance, names in by.items()]
        return f" ({attr('; '.join(said))})"

    def _shown_attr(self, article: Article) -> str:
        """`_shown`, escaped, once per article (every line listing its entries ends so)."""
        shown = self._shown_attrs.get(id(article))
        if shown is None:
            shown = self._shown_attrs[id(article)] = attr(self._shown(article))
        return shown

    def _shown(self, article: Article) -> str:
        return (f"{closed(article.source)}, {article.published.label()}" if article.source
                else article.title)

    def actor_names(self, groups: Iterable[tuple[str, Iterable[ClaimRef]]]) -> Markup:
        """{id: name} of every actor the listed claims name, as JSON for an attribute: the
        Claims filter's menu (assets/claims-filter.js) names them; a line links only its
        claimant."""
        named: set[str] = set()
        for _, refs in groups:
            named.update(*[self.involved(ref.claim) for ref in refs])
        # each name closes its direction overrides: attr() would close them after the JSON
        names = {a: closed(self.actors[a].name) for a in named if a in self.actors}
        return attr(json.dumps(names, ensure_ascii=False, sort_keys=True, separators=(",", ":")))

    def claim_lines(self, refs: Iterable[ClaimRef], root: str, filtered: bool = False) -> Markup:
        """A list of compact claim lines (`filtered`: on the claims page, as `claim_line`)."""
        body = [self.claim_line(ref, root, filtered=filtered) for ref in refs]
        return _listed('<ul class="claim-lines">', body, "</ul>", search=False)

    def stance_lines(self, stances: Iterable[tuple[ClaimRef, Party]], root: str) -> Markup:
        """The claims an actor takes a stand on, each led by its stand and ending with a link
        to the sentence the stand rests on (the claim's own if the party has none)."""
        body = [self.claim_line(ref, root, party.stance, party.paragraph or ref.claim.paragraph)
                for ref, party in stances]
        return _listed('<ul class="claim-lines claim-lines--stances">', body, "</ul>",
                       search=False)

    def briefing_lines(self, roles: Sequence[tuple[Article, Role]], root: str) -> Markup:
        """Briefings naming an actor, each with its date and the actor's role in it."""
        body = [f"<li>{self._briefing_link(a, root)}{f': {attr(r.role)}' if r.role else ''}"
                f"{DRAFTED if r.status == 'drafted' else ''}</li>" for a, r in roles]
        return _listed('<ul class="briefing-lines">', body, "</ul>", search=False)

    def _briefing_link(self, article: Article, root: str) -> str:
        """A briefing's title linking to it, and its date: once per root, for the pages of
        every actor it names."""
        key = (id(article), root)
        link = self._briefings.get(key)
        if link is None:
            link = self._briefings[key] = (
                f'<a href="{self.href(root, f"briefings/{article.slug}.md")}">'
                f"{attr(article.title)}</a> ({attr(article.published.label())})")
        return link

    def tag_briefings(self, articles: Sequence[Article], root: str) -> Markup:
        """A tag page's briefings, newest first as given: each its title linking to it, its
        source, date and counts, and its summary, as plain text. A list, not a heading
        each: a page listing every article of a site would put them all in its table of
        contents. A summary or tags drafted by the tool carry the drafted mark."""
        body = [self._tag_briefing(a, root) for a in articles]
        return _listed('<ul class="tag-briefings">', body, "</ul>", search=False)

    def _tag_briefing(self, article: Article, root: str) -> str:
        link = self.href(root, f"briefings/{article.slug}.md")
        source = f"{attr(article.source)}, " if article.source else ""
        tagged = (f" · tagged by the tool{DRAFTED}" if "tags" in article.unreviewed else "")
        summary = (f'\n<p class="tag-briefing__summary">{attr(article.summary)}'
                   f"{DRAFTED if 'summary' in article.unreviewed else ''}</p>"
                   if article.summary else "")
        return (f'<li>\n<p class="tag-briefing__title"><a href="{link}">{attr(article.title)}'
                f'</a></p>\n<p class="tag-briefing__meta">{source}'
                f"{attr(article.published.label())} · {_plural(len(article.claims), 'claim')}"
                f" · {_plural(len(article.timeline), 'dated event')}{tagged}</p>{summary}\n</li>")

    def event_row(self, ref: EventRef, root: str, here: bool = False) -> str:
        """One timeline entry as a table row: when, what, who, source."""
        event, article = ref.event, ref.article
        anchor = f'<span class="anchor" id="event-{attr(event.id)}"></span>' if here else ""
        who = ", ".join([self.actor(a, root) for a in event.actors])
        if here:  # on its briefing, in full: the sentence it rests on and its edit link
            source: list[str] = [self.evidence(article, event.paragraph, root, here),
                                 self.edit(article, event.line)]
        else:  # elsewhere, a link to it
            source = [self._source(article, root, f"event-{event.id}")]
        # a space between the cells: the search indexes join their text, and the excerpt of
        # a result would read "November 2023North Korea launches …"
        return (f"<tr><td>{self._time(event.date)}"
                f"{' (scheduled)' if event.scheduled else ''}</td> "
                f"<td>{anchor}{attr(event.event)}{DRAFTED if event.status == 'drafted' else ''}"
                f"</td> <td>{who}</td> <td>{' '.join(filter(None, source))}</td></tr>")

    def _time(self, date: EDate) -> str:
        """An event's date as a <time> element, once per date (dates are shared)."""
        found = self._times.get(id(date))
        if found is None:
            value, label = attr(date.text), attr(date.label())
            found = self._times[id(date)] = (
                f'<time datetime="{value}">{label}</time>' if _HTML_DATE.fullmatch(date.text)
                else f'<data class="edtf" value="{value}">{label}</data>')
        return found

    def timeline_table(self, refs: Iterable[EventRef], root: str, here: bool = False) -> Markup:
        """Timeline entries as a table, in the order given."""
        return _listed(f'<div class="timeline">\n<table>\n<thead {_NOT_SEARCHED}><tr><th>When</th>'
                       "<th>What happened</th><th>Who</th><th>Source</th></tr></thead>\n<tbody>",
                       [self.event_row(ref, root, here) for ref in refs],
                       "</tbody>\n</table>\n</div>")

    def event_lines(self, refs: Iterable[EventRef], root: str) -> Markup:
        """Timeline entries as compact lines: date, the event linking to its entry, source."""
        return _listed('<ul class="event-lines">', [self.event_line(ref, root) for ref in refs],
                       "</ul>", search=False)

    def event_line(self, ref: EventRef, root: str) -> str:
        """One timeline entry as a compact line."""
        key = (id(ref.event), id(ref.article))
        parts = self._event_lines.get(key)
        if parts is None:
            parts = self._event_lines[key] = _split(self._event_line(ref, _ROOT))
        return root.join(parts)

    def _event_line(self, ref: EventRef, root: str) -> str:
        event, article = ref.event, ref.article
        link = self.to_briefing(article, root, f"event-{event.id}")
        return (f"<li>{self._time(event.date)}"
                f"{' (scheduled)' if event.scheduled else ''}: "
                f'<a href="{link}">{attr(short(event.event))}</a>'
                f"{DRAFTED if event.status == 'drafted' else ''} — "
                f"{self._shown_attr(article)}</li>")

    def claim_block(self, ref: ClaimRef, root: str) -> str:
        """One claim in full, on its briefing: the speaker, date and claim, the quote, the
        parties' stands with the sentences they rest on, what it is about, its evidence and
        edit link."""
        claim, article = ref.claim, ref.article
        who = (self.actor(claim.by, root) if claim.by else
               '<span class="unattributed" title="The drafter could not establish who said '
               'this; a person must name the speaker">speaker not yet attributed</span>')
        when = f" ({attr(_label(claim.date))})" if claim.date else ""
        # one paragraph: the search shows, under a result, only the paragraphs holding the
        # words searched, and a claim found by "denied" or a party's name must show the claim
        # (a space before the quote: the index would join "Eurasia." and "“shape" in one word)
        quote = (f' <q class="claim-quote">\u201c{attr(claim.quote)}\u201d</q>'
                 if claim.quote else "")
        stands = ";".join([
            f" {attr(PAST.get(str(p.stance), str(p.stance)))} by {self.actor(p.actor, root)}"
            f"{f' {self.evidence(article, p.paragraph, root, True)}' if p.paragraph else ''}"
            for p in claim.parties])
        about = ""
        if claim.about:
            about = (f"{' ·' if claim.parties else ''} about "
                     f"{', '.join([self.actor(a, root) for a in claim.about])}")
        named = ref.standing
        standing = attr(named)
        return (f'<div class="claim claim--{standing}" id="claim-{attr(claim.id)}" '
                f'{self.claim_data(ref)}>\n'
                f"<p><strong>{who}</strong>{when}: {attr(claim.claim)}"
                f"{DRAFTED if claim.status == 'drafted' else ''}{quote}\n"
                f'<span class="claim-meta"><span class="standing standing--{standing}">'
                f"{attr(str(named).capitalize())}</span>{stands}{about} · "
                f"{self.evidence(article, claim.paragraph, root, True)} "
                f"{self.edit(article, claim.line)}</span></p>\n</div>")

    def claim_blocks(self, refs: Iterable[ClaimRef], root: str) -> Markup:
        """Claims in full, one after the other."""
        return verbatim_lines([self.claim_block(ref, root) for ref in refs])

    def actors_table(self, roles: Sequence[Role], root: str) -> Markup:
        """A briefing's actors: name (linking to the actor's page), kind, role in it; each
        row an anchor of its own (`actor-<id>`), where its search entry links."""
        rows = [f'<tr><td><span class="anchor" id="actor-{attr(r.actor)}"></span>'
                f"{self.actor(r.actor, root, True)}</td>\n"
                f"<td>{attr(self.actors[r.actor].kind) if r.actor in self.actors else ''}</td>\n"
                f"<td>{attr(r.role)}{DRAFTED if r.status == 'drafted' else ''}</td></tr>"
                for r in roles]
        return _listed("<table>\n<thead><tr><th>Actor</th>\n<th>Kind</th>\n"
                       "<th>Role in this article</th></tr></thead>\n<tbody>", rows,
                       "</tbody>\n</table>")

    def search_filters(self, article: Article) -> Markup:
        """A briefing's hidden Pagefind filters: its source, actors and tags (a block the
        theme's search leaves out)."""
        source = (f'<span data-pagefind-filter="source">{search_filter(article.source)}</span>'
                  if article.source else "")
        actors = "".join(self._actor_filter(r.actor) for r in article.actors
                         if r.actor in self.actors)
        tags = "".join(f'<span data-pagefind-filter="tag">{search_filter(tag)}</span>'
                       for tag in article.tags)
        return verbatim('<div class="search-filters" hidden data-pagefind-ignore '
                        f"data-search-exclude>\n{source}{actors}{tags}\n</div>", search=False)

    def _actor_filter(self, ident: str) -> str:
        """An actor's filter, once per actor (every briefing naming it has one)."""
        span = self._filters.get(ident)
        if span is None:
            span = self._filters[ident] = (f'<span data-pagefind-filter="actor">'
                                           f"{search_filter(self.actors[ident].name)}</span>")
        return span

    def text_parts(self, article: Article | Sequence[Block]) -> list[tuple[str, str]]:
        """An article's text as ("heading", text) for each sub-heading, which stays Markdown
        for the table of contents, and ("html", block) for each run of paragraphs and
        captions between them, numbered for the evidence links (`p<n>`). Sub-headings past
        the first `MAX_HEADINGS`, and any longer than a name may be (`MAX_NAME`: Python-
        Markdown reads a heading in a time that grows as the square of its escaped
        characters), are bold paragraphs of the run. A sub-heading whose id would be one
        the briefing's own anchors hold (`taken_ids`) is given the next free one (given the
        blocks alone, as a site's own template of before may, the paragraphs' ids)."""
        parts: list[tuple[str, str]] = []
        run: list[str] = []
        headings = 0
        blocks = article.blocks if isinstance(article, Article) else article
        used = (taken_ids(article) if isinstance(article, Article)
                else {f"p{b.number}" for b in blocks if b.number is not None})
        for block in blocks:
            if block.kind == "heading" and headings < MAX_HEADINGS and len(
                    block.text) <= MAX_NAME:
                headings += 1
                if run:
                    parts.append(("html", verbatim_lines(run)))
                    run = []
                parts.append(("heading", md_text(block.text) + _free_id(block.text, used)))
            elif block.kind == "heading":
                run.append(f'<p class="para-heading"><strong>{attr(block.text)}</strong></p>')
            elif block.kind == "caption":
                credit = (f' <span class="credit">Photo: {attr(block.credit)}</span>'
                          if block.credit else "")
                run.append(f'<figure class="caption para" id="p{block.number}" '
                           f'data-para="{block.number}">\n<figcaption>\n<p>{attr(block.text)}'
                           f"{credit}</p>\n</figcaption>\n</figure>")
            else:
                run.append(f'<p id="p{block.number}" class="para" data-para="{block.number}">'
                           f"{attr(block.text)}</p>")
        if run:
            parts.append(("html", verbatim_lines(run)))
        return parts


def taken_ids(article: Article) -> set[str]:
    """The ids of a briefing's anchors, which Python-Markdown's `toc` does not see when it
    names the headings (they are raw HTML, `verbatim`): its Actors rows, claims, timeline
    entries and paragraphs."""
    return ({f"actor-{r.actor}" for r in article.actors} | {f"claim-{c.id}" for c in article.claims}
            | {f"event-{e.id}" for e in article.timeline}
            | {f"p{b.number}" for b in article.blocks if b.number is not None})


def _free_id(heading: str, used: set[str]) -> Markup:
    """"" where the id `toc` gives the heading (its default `slugify`) is free, else the
    attribute (attr_list) of the next free one, numbered as `toc` numbers a repeated heading:
    "Actor Kim Jong Un" took `actor-kim-jong-un`, the anchor of Kim's row in the Actors table
    that his search entry links to, and the table of contents opened the row."""
    slug = slugify(heading, "-")
    if slug not in used:
        used.add(slug)
        return Markup("")
    n = 1
    while f"{slug}_{n}" in used:
        n += 1
    used.add(f"{slug}_{n}")
    return Markup(f" {{ #{slug}_{n} }}")


# the sub-headings of an article's text that are headings of its page: MkDocs' search looks
# each heading up in the table of contents from its start, and Python-Markdown's `toc` gives
# a repeated heading the first free "_n", so a page's time grew as the square of its
# headings (20,000 "## Same" of 800 KB: `mkdocs build` 22 s of CPU; attack16). Real
# articles have a few.
MAX_HEADINGS = 200
# left out of both search indexes: the editors' links and a table's column names, which
# would stand between a reader and the words of every result
_NOT_SEARCHED = "data-search-exclude data-pagefind-ignore"
# the EDTF dates that are also an HTML date (a year, month or day); the others (an interval,
# an uncertain or approximate date, a season, "1990s") go in <data value>, which takes any text
_HTML_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def _listed(opening: str, lines: list[str], closing: str, search: bool = True) -> Markup:
    """The lines between an opening and a closing tag, as a raw HTML block (`verbatim`),
    each line copied once."""
    return verbatim_lines([opening, *(lines or [""]), closing], search)


def _split(line: str) -> tuple[str, ...]:
    """A line made with `_ROOT`, in the pieces between which a page's root goes: a tuple of
    texts, which the garbage collector stops scanning (Lines keeps one for each entry)."""
    return tuple(line.split(_ROOT))


def _evidence(link: str, paragraph: int) -> Markup:
    return Markup(f'<a href="{link}" title="The sentence this rests on">¶{paragraph}</a>')


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _label(value: object) -> str:
    return value.label() if isinstance(value, EDate) else str(value)
