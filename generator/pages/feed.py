"""An Atom feed of the briefings, newest first, with absolute links from site_url."""

from __future__ import annotations

import re
from xml.etree import ElementTree as ET

from ..content.model import Content
from .markup import closed
from .urls import absolute_url

ATOM = "http://www.w3.org/2005/Atom"
LIMIT = 50


# Characters XML 1.0 cannot hold, even escaped.
_XML_UNSAFE = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def atom_feed(content: Content, title: str, site_url: str, directory_urls: bool = True) -> str:
    """The feed as XML text; the same content gives the same bytes (no clock is read)."""
    ET.register_namespace("", ATOM)

    def sub(parent: ET.Element, name: str, text: str | None = None, **attrs: str) -> ET.Element:
        element = ET.SubElement(parent, f"{{{ATOM}}}{name}", attrs)
        if text is not None:
            element.text = _XML_UNSAFE.sub("\ufffd", text)
        return element

    root = site_url if site_url.endswith("/") else f"{site_url}/"
    feed = ET.Element(f"{{{ATOM}}}feed")
    sub(feed, "title", title)
    sub(feed, "id", root)
    sub(feed, "link", rel="self", type="application/atom+xml", href=f"{root}feed.xml")
    sub(feed, "link", rel="alternate", type="text/html", href=root)
    newest = max((a.published.text for a in content.articles), default="1970-01-01")
    sub(feed, "updated", f"{newest}T00:00:00Z")
    sub(feed, "generator", "briefing-site")
    for article in content.articles[:LIMIT]:
        url = absolute_url(site_url, f"briefings/{article.slug}.md", directory_urls)
        entry = sub(feed, "entry")
        sub(entry, "title", article.title)
        sub(entry, "id", url)
        sub(entry, "link", rel="alternate", type="text/html", href=url)
        if article.url:
            sub(entry, "link", rel="related", type="text/html", href=article.url)
        stamp = f"{article.published.text}T00:00:00Z"
        sub(entry, "published", stamp)
        sub(entry, "updated", stamp)
        author = sub(entry, "author")
        # one line in a reader: each author closes the direction overrides it opens
        sub(author, "name", ", ".join(map(closed, article.authors)) or article.source or title)
        if article.summary:
            sub(entry, "summary", " ".join(article.summary.split()))
        for tag in article.tags:
            sub(entry, "category", term=tag)
    ET.indent(feed)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, "unicode") + "\n"
