"""Values are data, never markup: escaping for Markdown text, links and front matter, checked
by rendering with Python-Markdown and the site's extensions (no browser needed)."""

from __future__ import annotations

import html
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import markdown
import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from generator.content.check import read_content
from generator.pages.generate import build_pages
from generator.pages.markup import attr, front_matter, md_text, plain, url

from .hostile.corpus import write_corpus

# The extensions of mkdocs.yml, plus those MkDocs always loads.
EXTENSIONS = ["attr_list", "md_in_html", "admonition", "tables", "toc", "fenced_code"]
TRICKS = ["<script>alert(1)</script>", "[x](javascript:alert(1))", "![i](http://h/i.png)",
          "{: onclick=alert(1) }", "!!! danger", "# heading", "1. one", "- item", "> quote",
          ": definition", "??? details", "/// block", "a~b^c=d|e", "&lt;b&gt; &amp;", "`code`",
          "*em* __strong__", "<http://h>", "x\x02wzxhzdk:0\x03y", "***", "[^1]", "a\\b"]


def render(text: str) -> str:
    return markdown.markdown(text, extensions=EXTENSIONS)


class Elements(HTMLParser):
    """Every element of an HTML fragment, by tag and attribute names."""

    def __init__(self) -> None:
        super().__init__()
        self.found: Counter[str] = Counter()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found[f"{tag}[{','.join(sorted(a for a, _ in attrs))}]"] += 1


def elements(fragment: str) -> Counter[str]:
    parser = Elements()
    parser.feed(fragment)
    return parser.found


def test_each_trick_renders_as_its_own_text() -> None:
    for trick in TRICKS:
        rendered = render(md_text(trick))
        assert elements(rendered) == Counter({"p[]": 1}), trick
        assert html.unescape(rendered[3:-4]) == plain(trick), trick


@given(st.text(min_size=1, max_size=80))
def test_any_text_renders_as_one_paragraph_of_itself(text: str) -> None:
    shown = plain(text)
    rendered = render(md_text(text))
    if not shown:
        assert rendered == ""
        return
    assert rendered.startswith("<p>") and rendered.endswith("</p>")
    inner = rendered[3:-4]
    assert "<" not in inner
    assert html.unescape(inner) == shown


@given(st.text(max_size=80))
def test_any_value_in_front_matter_is_plain_escaped_text(text: str) -> None:
    loaded = yaml.safe_load(f"title: {front_matter(text)}\n")["title"]
    assert not set(loaded) & set("<>\"'")
    assert html.unescape(loaded) == plain(text)


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=60))
def test_a_web_address_never_leaves_its_link(tail: str) -> None:
    address = url(f"https://example.org/{tail}")
    rendered = render(f"[source]({address})")
    found = elements(rendered)
    assert found == Counter({"p[]": 1, "a[href]": 1}), rendered
    assert 'href="https://example.org/' in rendered


def test_hostile_pages_make_the_same_elements_as_benign_ones(tmp_path: Path) -> None:
    hostile, benign = tmp_path / "hostile", tmp_path / "benign"
    write_corpus(hostile, hostile=True)
    write_corpus(benign, hostile=False)
    bad = build_pages(read_content(hostile / "content", hostile))
    good = build_pages(read_content(benign / "content", benign))
    assert bad.keys() == good.keys()
    for path, text in bad.items():
        meta, body = text.split("\n---\n", 1)
        assert not set(yaml.safe_load(meta[4:])["title"]) & set("<>\""), path
        assert elements(render(body)) == elements(render(good[path].split("\n---\n", 1)[1])), path


def test_pagefind_weighs_pages_as_the_theme_search_does() -> None:
    from generator.pages.pagefind import weighted
    assert weighted("<p>x</p>", {"search": {"boost": 4}}) == (
        '<div data-pagefind-weight="4"><p>x</p></div>')
    assert weighted("<p>x</p>", {"search": {"exclude": True}}) == (
        '<div data-pagefind-ignore="all"><p>x</p></div>')
    assert weighted("<p>x</p>", {}) == "<p>x</p>"


@pytest.mark.parametrize(("value", "shown"), [
    ("Westmark\u202e", "Westmark\u202e\u202c"),  # an override left open: closed at the end
    ("a\u202eb\u202c c", "a\u202eb\u202c c"),  # closed already: as it is
    ("a\u2067b", "a\u2067b\u2069"),  # an isolate
    ("a\u2067\u202eb\u2069c", "a\u2067\u202eb\u2069c"),  # the PDI closes the override in it
    ("a\u202e\u2066b\u202cc", "a\u202e\u2066b\u202cc\u2069\u202c"),  # a PDF in an isolate
    ("a\u202c\u2069b", "a\u202c\u2069b"),  # closing marks without an opening: nothing
    ("\u202b\u202a x", "\u202b\u202a x\u202c\u202c"),
])
def test_a_value_closes_the_direction_overrides_it_opens(value: str, shown: str) -> None:
    """attack11: an override lasts to the end of its paragraph, so a name ending in U+202E
    reversed what the page wrote after it (tests/browser/test_direction.py)."""
    assert md_text(value) == shown and attr(value) == shown
    assert plain(value) == value.strip()  # as a web address is: encoded, never shown as text
