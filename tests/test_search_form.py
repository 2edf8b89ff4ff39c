"""The short form of a block that the theme's search parser reads (generator/search_form.py):
the same sections, titles and texts as the full block, in any page around it, whether the
parser reads it as HTML or is handed it where it meets the block's comment."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from material.plugins.search.plugin import Parser

from generator.search_form import (
    SPLIT,
    Check,
    _any_form_items,
    _sections,
    form_items,
    short_form,
    with_forms,
)

from .test_site import copy_project, pythonpath

OPEN, CLOSE = "<!--briefing-html-x-0-s-->", "<!--/briefing-html-x-0-s-->"
MARK = "<!--briefing-html-x-0-s-->"
FORMS_PARSER = with_forms(Parser)
AROUND = ["", "\n", " ", "text\n", "<p>before</p>\n", "<p>open ", "<h2 id=\"h\">Head</h2>\n",
          "<div>\n", "<ul><li>", "<h2 id=\"h\">Head</h2>\n<p>x</p>"]
AFTER = ["", "\n", " ", "\ntext", "\n<p>after</p>", " tail</p>", "\n<h3 id=\"n\">Next</h3>\n<p>y</p>",
         "\n</div>", "</li></ul>"]

CLAIM = ('<div class="claim claim--asserted" id="claim-x" data-claim="x" data-actors="a b">\n'
         '<p><strong><a href="../../actors/a/">A &amp; B</a></strong> (19 June 2024): Said '
         '&#39;so&#39; &lt;here&gt;.</p>\n<blockquote>\n<p>“quote”</p>\n</blockquote>\n'
         '<p><span class="claim-meta"><span class="standing">Asserted</span> about '
         '<a href="#">A</a>, <a href="#">B</a> · <a href="#p2" title="x">¶2</a> '
         '<a class="edit-entry" href="#">edit (line 160)</a></span></p>\n</div>')
TABLE = ('<table>\n<thead><tr><th>When</th><th>What</th></tr></thead>\n<tbody>\n'
         '<tr><td><time datetime="2024">2024</time></td>\n<td>Putin  visits\nPyongyang'
         '<br>again</td></tr>\n<tr><td></td><td> </td></tr>\n</tbody>\n</table>')
TEXT = ('<p id="p1" data-para="1">One <em>two</em> three.</p>\n<figure>\n<img src="a.png" '
        'alt="x">\n<figcaption>Caption</figcaption>\n</figure>\n<p></p>\n<p> </p>\n'
        '<ul>\n<li>one</li>\n<li><p>two</p></li>\n</ul><p>a<sub>2</sub>x<code>c</code></p>')


def parsed(content: str) -> list[tuple[object, ...]]:
    return _sections(Parser, content)


def read_with_forms(content: str, forms: dict[str, list[str]]) -> list[tuple[object, ...]]:
    return _sections(lambda: FORMS_PARSER(forms), content)


def same_index(block: str, before: str, after: str) -> bool:
    short, items = short_form(block), form_items(block)
    assert short is not None and items is not None
    full = parsed(before + block + after)
    return (full == parsed(before + OPEN + short + CLOSE + after)
            and full == read_with_forms(before + MARK + after, {MARK[4:-3]: items}))


def test_blocks_handed_to_the_parser_read_as_their_short_form_in_html() -> None:
    """Where the parser meets the comments (in a section, with the section's first <p>
    deciding whether an empty <p> is dropped; before any section; in a heading, a `pre` or
    an excluded element, through the handlers): as it reads the short forms as HTML, and,
    outside a heading or a `pre` (where the generator never puts a block), as the blocks."""
    forms = {"one": form_items(TEXT) or [], "two": form_items(CLAIM) or []}
    short = [OPEN + (short_form(TEXT) or "") + CLOSE, OPEN + (short_form(CLAIM) or "") + CLOSE]
    for page, whole in [("<h2 id=\"a\">A</h2>\n{0}\n{1}\n<p>after</p>", True),
                        ("<p></p>{0}<div>{1}</div>", True),
                        ("{0}{1}", True),
                        ("<div data-search-exclude>{0}</div>{1}", True),
                        ("<h2 id=\"a\">A {0}</h2>{1}", False),
                        ("<pre>{0}</pre>{1}", False)]:
        handed = read_with_forms(page.format("<!--one-->", "<!--two-->"), forms)
        assert handed == parsed(page.format(*short)), page
        if whole:
            assert handed == parsed(page.format(TEXT, CLAIM)), page


def test_the_short_form_keeps_the_kept_tags_and_the_text_only() -> None:
    short = short_form(CLAIM)
    assert short == (" <p>A &amp; B (19 June 2024): Said 'so' &lt;here&gt;.</p> <p>“quote”</p> "
                     "<p>Asserted about A, B · ¶2 edit (line 160)</p> ")
    # a whitespace node whose fate depends on the text before it is split off
    assert short_form("<div>\n<span>x</span> </div>") == f" {SPLIT}x{SPLIT} "
    assert form_items("<div>\n<span>x</span> </div>") == [" ", SPLIT, "x", SPLIT, " "]


EXCLUDED = CLAIM.replace('<a class="edit-entry" href="#">',
                         '<a class="edit-entry" href="#" data-search-exclude title="line 160">')
TABLE_EXCLUDED = TABLE.replace("<thead>", "<thead data-search-exclude data-pagefind-ignore>")


@pytest.mark.parametrize("block", [EXCLUDED, TABLE_EXCLUDED])
@pytest.mark.parametrize("before", AROUND)
@pytest.mark.parametrize("after", AFTER)
def test_an_excluded_link_or_table_head_is_left_out_as_the_parser_leaves_it(
        block: str, before: str, after: str) -> None:
    """The editors' "edit (line N)" links and a table's column names carry
    `data-search-exclude`: the short form leaves them out, and the index is the same."""
    assert "edit (line" not in (short_form(block) or "edit (line")
    assert "When" not in (short_form(block) or "When")
    assert same_index(block, before, after)


@pytest.mark.parametrize("block", [
    # what an excluded element holds still counts: a heading in it starts a section, a tag
    # of its own name in another spelling ends it early for the parser, and markup that is
    # not well nested in it is read otherwise
    '<div><a href="#" data-search-exclude><h2 id="x">T</h2></a><p>after</p></div>',
    '<div><a href="#" data-search-exclude>x<A href="y">z</A>w</a><p>q</p></div>',
    '<div><a href="#" data-search-exclude>x<a\nhref="y">z</a>w</a><p>q</p></div>',
    '<div><a href="#" data-search-exclude>x<a/>y</a><p>q</p></div>',
    '<div><a href="#" data-search-exclude>x</A>y</a><p>q</p></div>',
    '<div><a href="#" data-search-exclude>x<p>w</a><p>q</p></div>',
    '<div><a href="#" data-search-exclude>x<p>a<p>b</a><p>q</p></div>',
    '<div><a href="#" data-search-exclude>x</p>w</a><p>q</p></div>',
    '<div><a href="#" data-search-exclude>x<b>y</a></b><p>q</p></div>',
    '<div><a href="#" data-search-exclude>x<!-- </a> -->w</a><p>q</p></div>',
    '<div><a href="#" data-search-exclude>x<pre>z</pre>w</a><p>q</p></div>',
    '<div><a href="#" data-search-exclude>x<script>z</script>w</a><p>q</p></div>',
    '<div><a href="#" data-search-exclude>x<textarea>y</textarea></a><p>q</p></div>',
    '<div><thead data-search-exclude><tr><th>x<thead>y</thead></th></tr></thead><p>q</p></div>',
    '<div><thead data-search-exclude><tr><th><h3 id="w">x</h3></th></tr></thead><p>q</p></div>',
    '<div><a href="#" data-search-exclude>x<div class="linenodiv">w</div></a><p>q</p></div>',
])
@pytest.mark.parametrize("before", AROUND)
@pytest.mark.parametrize("after", AFTER)
def test_hostile_markup_in_an_excluded_element_is_indexed_as_the_parser_indexes_it(
        block: str, before: str, after: str) -> None:
    """A template's own `verbatim` block may hold anything inside an excluded <a> or
    <thead>: the short form stands for it only where the index is the same (only the first
    page of a build is checked against the parser)."""
    assert form_items(block) == _any_form_items(block)
    if short_form(block) is not None:
        assert same_index(block, before, after)


@pytest.mark.parametrize("block", [
    '<div><a href="x">pre<a href="#" data-search-exclude>e</a>post</a><p>q</p></div>',
    '<div><thead data-search-exclude>x<a data-search-exclude>y</a>z</thead><p>q</p></div>',
    '<div><a title="&gt;>" href="#" data-search-exclude>x</a><p>q</p></div>',
    '<div><thead data-search-exclude><tr><th>When</th></tr></thead><p>q</p></div>',
])
@pytest.mark.parametrize("before", AROUND)
@pytest.mark.parametrize("after", AFTER)
def test_unusual_but_plain_excluded_elements_keep_their_short_form(
        block: str, before: str, after: str) -> None:
    assert short_form(block) is not None
    assert form_items(block) == _any_form_items(block)
    assert same_index(block, before, after)


@pytest.mark.parametrize("block", [
    '<h3 id="x">Heading</h3><p>a</p>',  # a heading starts a section
    '<div><a href="#" data-search-exclude><a href="#">x</a></a></div>',  # one in itself
    '<div><a title="a data-search-exclude b">x</a></div>',  # the words in a value
    "<pre><code>x</code></pre>",  # whitespace kept as it is
    '<script type="application/ld+json">{"a": 1}</script><p>a</p>',
    "<div><style>p {}</style></div>",
    '<div data-search-exclude><p>a</p></div>',
    '<div DATA-SEARCH-EXCLUDE><p>a</p></div>',  # the parser reads attribute names in lower case
    '<div class="linenodiv"><p>1</p></div>',
    "<div><p>a</div></p>",  # not well nested
    "<div><p>a</p>",  # not closed
    "<p>a</p></div>",
    "<div><p>a < b</p></div>",  # a "<" that is no tag
    "<div><!-- a comment --><p>a</p></div>",
    "<div><textarea>a</textarea></div>",  # a tag it does not know
    "text <p>a</p>",  # text before the first tag or after the last: part of the page's text
    "<p>a</p> text",
    "<div></div>",  # nothing to shorten
])
def test_what_the_short_form_does_not_stand_for_is_given_whole(block: str) -> None:
    assert short_form(block) is None


_WORDS = st.sampled_from(["a", "b c", " ", "\n", "\n\n", "  x ", "&amp;", "&#39;", "é", "d\ne",
                          "&lt;p&gt;", "\t", "¶2"])


@st.composite
def blocks(draw: st.DrawFn, depth: int = 0) -> str:
    """Well-nested markup of the tags blocks use, with text and whitespace between them."""
    parts = []
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["text", "tag", "tag", "void"] if depth < 3 else ["text"]))
        if kind == "text":
            parts.append(draw(_WORDS))
        elif kind == "void":
            parts.append(draw(st.sampled_from(["<br>", '<img src="x" alt="y">', "<hr/>"])))
        else:
            tag = draw(st.sampled_from(["p", "li", "ul", "div", "span", "a", "td", "strong",
                                        "code", "sub", "blockquote"]))
            attrs = draw(st.sampled_from(["", ' class="x"', ' id="i" title="a &gt; b"',
                                          ' href="h" data-search-exclude title="t"']))
            parts.append(f"<{tag}{attrs}>{draw(blocks(depth + 1))}</{tag}>")
    return "".join(parts)


@given(blocks(), st.sampled_from(AROUND), st.sampled_from(AFTER))
def test_any_block_is_indexed_the_same(body: str, before: str, after: str) -> None:
    block = f"<div>{body}</div>"
    if short_form(block) is not None:
        assert same_index(block, before, after)


_PIECES = st.sampled_from([
    "<p>", "</p>", "<li>", "</li>", "<ul>", "</ul>", "<div>", "</div>", "<span>", "</span>",
    "<a>", "</a>", "<code>", "</code>", "<br>", "</br>", "<hr/>", "<img src=\"x\">", "<wbr>",
    '<p id="p1" class="para">', '<div class="a" data-x="1 > 0">', "<div\nclass='q'>",
    "<P>", "</P>", "<Div>", "</div >", '</p class="x">', "<section>", "</section>", "<h2>",
    '<td title="a &amp; b">', "</td>", "<time datetime=2024>", "</time>", "<!-- c -->",
    "a", "b c", " ", "\n", "\n\n", "&amp;", "&#39;", "&lt;", "é", " x ", "\t"])


@given(st.lists(_PIECES, min_size=1, max_size=24))
def test_the_plain_reading_gives_what_any_markup_gives(pieces: list[str]) -> None:
    """`form_items` reads the markup the generator writes by a quicker expression and loop;
    on any sequence of tags and text, nested or not, it gives what `_any_form_items` does."""
    block = "".join(pieces)
    assert form_items(block) == _any_form_items(block)
    assert form_items(f"<div>{block}</div>") == _any_form_items(f"<div>{block}</div>")


@given(blocks())
def test_the_plain_reading_gives_what_any_markup_gives_on_nested_blocks(body: str) -> None:
    block = f"<div>{body}</div>"
    assert form_items(block) == _any_form_items(block)


class _LowerCase(Parser):  # type: ignore[misc]
    """A parser that, unlike the theme's, writes text in lower case."""

    def handle_data(self, data: str) -> None:
        super().handle_data(data.lower())


def test_a_parser_that_reads_otherwise_switches_the_short_forms_off() -> None:
    items = form_items(CLAIM)
    assert items is not None
    forms = {MARK[4:-3]: items}
    check = Check(_LowerCase)
    assert not check.same("<p>X</p>" + CLAIM, "<p>X</p>" + MARK, forms)
    assert check.verdict is False
    assert not check.same("<p>a</p>", "<p>a</p>", {})  # decided once
    assert Check(Parser).same(CLAIM, MARK, forms)
    assert Check(None).verdict is False


_BUILD = """
import sys
import generator.plugin as plugin
if sys.argv[1] == "whole":
    plugin.theme_parser = lambda config: None
verdicts = []
_splice = plugin.BriefingPlugin._splice
def _spy(self, page, content, blocks):
    out = _splice(self, page, content, blocks)
    verdicts.append(self.check.verdict)
    return out
plugin.BriefingPlugin._splice = _spy
from mkdocs.__main__ import cli
try:
    cli(["build", "--strict", "--quiet"])
finally:
    print("verdicts", sorted(set(map(str, verdicts))))
"""


def test_the_built_site_and_its_search_index_are_the_same_as_with_whole_blocks(
        tmp_path: Path) -> None:
    sites = {}
    for way in ("short", "whole"):
        (tmp_path / way).mkdir()
        project = copy_project(tmp_path / way)
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": pythonpath()}
        result = subprocess.run([sys.executable, "-c", _BUILD, way], cwd=project, env=env,
                                capture_output=True, text=True, timeout=300)
        assert result.returncode == 0, result.stderr
        assert ("verdicts ['True']" if way == "short" else "verdicts ['False']") in result.stdout
        sites[way] = {p.relative_to(project / "site"): p.read_bytes()
                      for p in sorted((project / "site").rglob("*"))
                      if p.is_file() and p.suffix != ".gz"}
    assert sites["short"].keys() == sites["whole"].keys()
    assert Path("search/search_index.json") in sites["short"]
    for path, data in sites["short"].items():
        assert data == sites["whole"][path], path


_HOSTILE = st.sampled_from([
    "<p>", "</p>", "<li>", "</li>", "<ul>", "</ul>", "<div>", "</div>", "<span>", "</span>",
    "<a>", "</a>", "<A>", "</A>", "<a/>", '<a href="#" data-search-exclude>',
    '<a data-search-exclude="">', '<a data-search-exclude-not>',
    '<a class="x" data-search-exclude data-pagefind-ignore>', '<thead data-search-exclude>',
    "<thead>", "</thead>", "<tr>", "</tr>", "<th>", "</th>", '<h2 id="h">', "</h2>", "<pre>",
    "</pre>", "<br>", "<code>", "</code>", "<!-- c -->", "<q>", "</q>", '<data value="x">',
    "</data>", "a", "b c", " ", "\n", "&amp;", "&lt;", "é", "\t"])


@settings(max_examples=300)
@given(st.lists(_HOSTILE, min_size=1, max_size=20), st.sampled_from(AROUND),
       st.sampled_from(AFTER))
def test_any_markup_around_excluded_elements_is_indexed_the_same(
        pieces: list[str], before: str, after: str) -> None:
    """Excluded links and table heads among any tags, nested or not, well formed or not:
    both readings agree, and a short form gives the parser's index."""
    block = "<div>" + "".join(pieces) + "</div>"
    assert form_items(block) == _any_form_items(block)
    if short_form(block) is not None:
        assert same_index(block, before, after)


def test_a_briefing_timeline_is_indexed_one_entry_at_a_time() -> None:
    """Each row with an entry's anchor becomes an entry of its own: what happened as its
    title (without the drafted mark), when and who as its text, as the theme's parser writes
    text (entities read, "<", ">" and "&" escaped); the section's other keys are kept."""
    from generator.pages.lines import DRAFTED
    from generator.search_form import event_entries

    row = ('<tr><td><time datetime="2023-09">September 2023</time> (scheduled)</td> <td>'
           '<span class="anchor" id="event-kim-invites"></span>Kim&#x27;s &amp; Putin&#x27;s '
           f'&lt;visit&gt;{DRAFTED}</td> <td><a href="../../actors/kim/">Kim Jong Un</a>, '
           '<a href="../../actors/putin/">Vladimir Putin</a></td> <td><a href="#p16">¶16</a>'
           '</td></tr>')
    section = {"location": "briefings/b/#timeline", "title": "Timeline", "text": "…", "boost": 4}
    assert event_entries(section, ["<p>no rows</p>", f"<tbody>{row}\n{row}</tbody>"]) == [
        {"location": "briefings/b/#event-kim-invites", "boost": 4,
         "title": "Kim's &amp; Putin's &lt;visit&gt;",
         "text": "September 2023 (scheduled) · Kim Jong Un, Vladimir Putin"}] * 2
    assert event_entries(section, ["<table><tr><td>2023</td> <td>x</td></tr></table>"]) == []


def test_a_briefing_actor_is_indexed_one_row_at_a_time() -> None:
    """Each row of a briefing's Actors table becomes an entry of its own, linking to the row:
    the actor's name as its title, kind and role (a drafted mark kept: it is not reviewed) as
    its text, at `ROW_BOOST`, below the actor's own page; a row without a kind has its role."""
    from generator.pages.lines import DRAFTED
    from generator.search_form import ROW_BOOST, actor_entries

    rows = ('<tr><td><span class="anchor" id="actor-howell"></span><a href="../../actors/'
            'howell/">Edward Howell</a></td>\n<td>person</td>\n<td>lecturer at Britain&#39;s '
            f'Oxford &amp; Korea expert{DRAFTED}</td></tr>\n'
            '<tr><td><span class="anchor" id="actor-x"></span>X</td>\n<td></td>\n<td>named'
            '</td></tr>')
    section = {"location": "briefings/b/#actors", "title": "Actors", "text": "…", "boost": 4}
    assert ROW_BOOST < 0.5
    assert actor_entries(section, ["<p>no rows</p>", f"<tbody>{rows}</tbody>"]) == [
        {"location": "briefings/b/#actor-howell", "boost": ROW_BOOST, "title": "Edward Howell",
         "text": "person · lecturer at Britain's Oxford &amp; Korea expert drafted · not "
                 "reviewed"},
        {"location": "briefings/b/#actor-x", "boost": ROW_BOOST, "title": "X", "text": "named"}]
    assert actor_entries(section, ["<table><tr><td>Howell</td></tr></table>"]) == []


def test_a_briefing_claim_is_indexed_one_claim_at_a_time() -> None:
    """Each claim of a standing's section becomes an entry of its own: the claim as its title
    (without the drafted mark), who and when, the quote and its standing as its text, the
    edit link left out; only where every claim the heading counts is found in the section."""
    from generator.pages.lines import DRAFTED
    from generator.search_form import claim_entries

    claim = ('<div class="claim claim--denied" id="claim-arms" data-claim="arms">\n'
             '<p><strong><a href="../../actors/gov/">several governments</a></strong> '
             f'(19 June 2024): Arms &amp; the leaders&#39; &lt;summit&gt;.{DRAFTED} '
             '<q class="claim-quote">\u201cflowed\u201d</q>\n<span class="claim-meta"><span '
             'class="standing standing--denied">Denied</span> denied by <a href="../../actors/'
             'nk/">North Korea</a> <a href="#p2">¶2</a> · <a href="#p2">¶2</a> <a class='
             '"edit-entry" href="x" data-search-exclude data-pagefind-ignore title="Correct">'
             'edit (line 160)</a></span></p>\n</div>')
    text = ("<p>several governments (19 June 2024): Arms &amp; the leaders' &lt;summit&gt;. "
            "drafted · not reviewed \u201cflowed\u201d Denied denied by North Korea ¶2 · ¶2 </p>")
    section = {"location": "briefings/b/#denied-1", "title": "Denied (1)", "text": text,
               "boost": 4}
    assert claim_entries(section, ["<p>no claims</p>", claim]) == [
        {"location": "briefings/b/#claim-arms", "boost": 4,
         "title": "Arms &amp; the leaders' &lt;summit&gt;.",
         "text": "several governments (19 June 2024) · \u201cflowed\u201d · Denied by "
                 "North Korea ¶2 · ¶2"}]
    # a claim the section does not hold, or a count the claims found do not make: no split
    assert claim_entries({**section, "text": "<p>other</p>"}, [claim]) == []
    assert claim_entries({**section, "title": "Denied (2)"}, [claim]) == []
    assert claim_entries({**section, "title": "Article text"}, [claim]) == []


def test_a_claims_standing_and_its_parties_are_said_once_in_its_entry() -> None:
    """The page shows the standing as a badge before its parties' stands; the entry's text
    read "Denied denied by North Korea ¶2; denied by Russia ¶2". Each word once now; a
    stand of another verb keeps its verb."""
    from generator.search_form import claim_entries

    def entry(standing: str, stands: str) -> str:
        claim = (f'<div class="claim claim--{standing.lower()}" id="claim-c" data-claim="c">\n'
                 "<p><strong>A</strong> (2024): C.\n<span class=\"claim-meta\"><span class="
                 f'"standing standing--{standing.lower()}">{standing}</span>{stands} · '
                 '<a href="#p1">¶1</a></span></p>\n</div>')
        section = {"location": "b/#x", "title": f"{standing} (1)", "text": "<p>A (2024): C."}
        (found,) = claim_entries(section, [claim])
        return found["text"]

    assert entry("Denied", ' denied by <a href="n/">North Korea</a> <a href="#p2">¶2</a>; '
                 'denied by <a href="r/">Russia</a> <a href="#p3">¶3</a> · about '
                 '<a href="n/">North Korea</a>') == (
        "A (2024) · Denied by North Korea ¶2, Russia ¶3 · about North Korea · ¶1")
    assert entry("Disputed", " disputed by U; confirmed by V; confirmed by W") == (
        "A (2024) · Disputed by U; confirmed by V, W · ¶1")
    assert entry("Disputed", " confirmed by V; disputed by U") == (
        "A (2024) · Disputed · confirmed by V; disputed by U · ¶1")
    assert entry("Asserted", "") == "A (2024) · Asserted · ¶1"
