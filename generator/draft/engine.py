"""The drafting engine: from a raw article to cleaned text and a drafted briefing (offline,
rules-based). `generator.draft` loads it on first use."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from .actors import find_actors
from .clean import clean, from_markdown
from .compose import compose, derived_title, make_slug
from .emit import to_yaml
from .errors import DraftError
from .quotes import find_said
from .read import read_article
from .sentences import sentences


@dataclass
class Draft:
    """A drafted article: its slug, its cleaned `.md` text and its briefing data; `own_date`
    is the date the text gives itself (a date line), whatever `published` said."""

    slug: str
    markdown: str
    data: dict
    own_date: dt.date | None = None
    read: tuple[str, ...] = ()  # of title and published, those read from the text: drafted

    def to_yaml(self) -> str:
        """The briefing as YAML, stable key order, every entry with `status: drafted`."""
        return to_yaml(self.data, self.read)


def draft_text(
    raw: str,
    *,
    published: dt.date | None = None,
    title: str | None = None,
    source: str | None = None,
    url: str | None = None,
    known_actors: list[dict] | tuple = (),
) -> Draft:
    """Draft a briefing from raw article text (plain text, Markdown or text already read from
    HTML). A `title` or `published` given here is a person's, so it is not marked drafted;
    read from the text (its headline, front matter or date line) it is, until reviewed."""
    if not raw or not raw.strip():
        raise DraftError("the article is empty")
    art = clean(raw)
    if title is not None and title.strip():
        art.title = title.strip()
    result = _draft(art, sentences(art.paragraphs), published or art.published, source, url,
                    known_actors)
    result.read = tuple(name for name, given in (("title", title and title.strip()),
                                                 ("published", published)) if not given)
    return result


def redraft_text(
    markdown: str,
    title: str | None,
    *,
    published: dt.date | None,
    told: dt.date | None = None,
    source: str | None = None,
    url: str | None = None,
    known_actors: list[dict] | tuple = (),
) -> Draft:
    """Draft a briefing again from its `.md` text and its YAML's title, as `draft_text` drafted
    it from the raw article: the same paragraphs, no title where the drafter made the YAML's
    from the first sentence (the raw article had none), and the relative dates read from
    `told` (the YAML's: the day of a date line or dateline the `.md` does not hold)."""
    if not markdown.strip():
        raise DraftError("the article is empty")
    art = from_markdown(markdown, title.strip() if title and title.strip() else None)
    sents = sentences(art.paragraphs)
    if sents and art.title == derived_title(sents):
        art.title = None
    return _draft(art, sents, published, source, url, known_actors, told)


def _draft(art, sents, published, source, url, known_actors, told=None) -> Draft:
    if published is None:
        raise DraftError(
            "no publication date found in the article; give one with --published YYYY-MM-DD"
        )
    if not sents:
        raise DraftError("the article has no sentences of text after cleaning")
    index = find_actors(sents, list(known_actors or ()), art.title or "")
    said = find_said(sents, _paragraph_texts(art.paragraphs), index)
    data = compose(art, sents, index, said, published, source, url,
                   told or story_day(art, published))
    return Draft(make_slug(published, art.title, sents[0].text), art.markdown, data,
                 art.published)


def story_day(art, published: dt.date) -> dt.date:
    """The day the story's own "on Tuesday", "yesterday", "last week" are told from: the day of
    a wire dateline ("TOKYO, Nov. 11 (Reuters) -") when it falls in the month before
    publication (a story filed one day, published or archived a few days later) or on the day
    after it (a dateline east of the publisher's clock), or of the article's own date line
    when it falls in the month before, else the publication day."""
    if art.dateline_day is None:
        if art.published is not None and 0 < (published - art.published).days <= 31:
            # the article's own date line ("Tuesday, March 2, 2010") before a later
            # publication date given from outside: the story's day
            return art.published
        return published
    year, month, day = art.dateline_day
    for y in [year] if year else [published.year + 1, published.year, published.year - 1]:
        try:
            told = dt.date(y, month, day)
        except ValueError:
            return published
        if -1 <= (published - told).days <= 31:
            return told
    return published


def _paragraph_texts(paragraphs: list[str]) -> dict[int, str]:
    out = {}
    for number, para in enumerate(paragraphs, 1):
        if para.startswith("Caption: "):
            para = para[len("Caption: ") :].split("\nCredit: ")[0]
        out[number] = para
    return out


def draft_file(path: Path, **kwargs) -> Draft:
    """Read an article file and draft it (see read_article and draft_text)."""
    return draft_text(read_article(path), **kwargs)
