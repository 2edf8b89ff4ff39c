"""Raw HTML blocks cut out of a page's Markdown and put back into its HTML (generator/splice.py)."""

from __future__ import annotations

import markdown

from generator.splice import (
    CLOSE,
    OPEN,
    OPEN_UNSEARCHED,
    Cuts,
    Placeholders,
    Unsearched,
    anchors,
    blocks_in,
    cut,
    digest_of,
    page_token,
    splice,
    splice_unsearched,
    verbatim,
    verbatim_lines,
)

PAGE = ("# Title\n\nSome *text*.\n\n" + verbatim('<ul id="list">\n<li>one &amp; two</li>\n</ul>')
        + "\n\n## Next\n\n" + verbatim('<table id="t&amp;1"><tr><td>x</td></tr></table>') + "\n")


def test_the_blocks_skip_markdown_and_come_back_where_they_stood() -> None:
    text, blocks = cut(PAGE)
    assert OPEN not in text and "<ul" not in text and "<table" not in text
    assert blocks == ['<ul id="list">\n<li>one &amp; two</li>\n</ul>',
                      '<table id="t&amp;1"><tr><td>x</td></tr></table>']
    html = splice(markdown.markdown(text), blocks)
    assert _lines(html) == _lines(markdown.markdown(PAGE.replace(OPEN, "").replace(CLOSE, "")))


def test_the_blocks_ids_are_anchors_of_the_page() -> None:
    assert anchors(cut(PAGE)[1]) == {"list", "t&1"}


def test_a_page_without_blocks_is_left_alone() -> None:
    assert cut("# Title\n\ntext\n") == ("# Title\n\ntext\n", [])


def test_an_unclosed_marker_is_left_to_markdown() -> None:
    page = f"{PAGE}\n{OPEN}<p>never closed</p>\n"
    text, blocks = cut(page)
    assert len(blocks) == 2 and text.endswith(f"{OPEN}<p>never closed</p>\n")


def test_blocks_read_from_the_files_bytes_are_the_blocks_cut_from_its_text() -> None:
    """Every way a marker can stand (closed, unclosed, an unknown opening, an empty block, a
    close before the next opening only, text around them in and beyond ASCII): the blocks
    that `blocks_in` decodes from the UTF-8 bytes are those `cut` finds in the text, each
    left out of search or not as it was, and carry the given digest."""
    unsearched = verbatim("<ul><li>Москва — “quoted” ✓</li></ul>", search=False)
    pages = [
        PAGE, "", "no blocks — at all", f"{PAGE}\n{OPEN}<p>never closed</p>\n",
        f"é{unsearched}\n\n{PAGE}ü", f"<!-- briefing:html other -->\nx{CLOSE}\n{PAGE}",
        f"{OPEN[:-1]}{CLOSE}{OPEN}{CLOSE}", f"{OPEN}a{OPEN}b{CLOSE}{CLOSE}",
        f"{OPEN_UNSEARCHED}ö{CLOSE}{OPEN}{OPEN_UNSEARCHED}", "<!-- briefing:html" * 3,
    ]
    for page in (p.encode("utf-8").decode("utf-8") for p in pages):  # text, as files give it
        blocks = cut(page)[1]
        digest = digest_of(blocks) if blocks else ""
        found = blocks_in(page.encode("utf-8"), digest)
        assert found == blocks, page
        assert [type(b) for b in found] == [type(b) for b in blocks], page
        assert digest_of(found) == (digest or digest_of(blocks)), page
    assert any(isinstance(b, Unsearched) for b in blocks_in(pages[4].encode(), "x"))


def test_a_page_token_stands_for_the_digest_where_nothing_is_kept() -> None:
    """Under `mkdocs build` the placeholders carry a token of the page's path instead of the
    blocks' digest: the same blocks, the same Markdown but for the token, the same HTML."""
    token = page_token("briefings/a.md")
    assert len(token) == 16 and token != page_token("briefings/b.md")
    text, blocks = cut(PAGE, token)
    plain_text, plain = cut(PAGE)
    assert blocks == plain and digest_of(blocks) == token
    assert text == plain_text.replace(digest_of(plain), token)
    assert splice(markdown.markdown(text), blocks) == splice(markdown.markdown(plain_text), plain)


def test_placeholders_stand_for_these_blocks_only() -> None:
    """The placeholder carries a digest of the page's blocks: the same page gives the same
    Markdown, a changed block changes it, and other blocks are not spliced into it."""
    text, blocks = cut(PAGE)
    assert cut(PAGE)[0] == text
    changed, _ = cut(PAGE.replace("one", "three"))
    assert changed != text
    html = markdown.markdown(text)
    assert splice(html, ["<p>other</p>", "<p>blocks</p>"]) == html


def _lines(html: str) -> list[str]:
    return [line for line in html.splitlines() if line.strip()]


def test_text_right_after_a_block_is_a_paragraph_of_its_own() -> None:
    """As Markdown makes a line right after a raw HTML block (a pager after a list)."""
    page = verbatim("<ul>\n<li>x</li>\n</ul>") + "\n*Part 1 of 2* · [next part](2/)\n"
    text, blocks = cut(page)
    html = splice(markdown.markdown(text), blocks)
    assert _lines(html) == _lines(markdown.markdown(page.replace(OPEN, "").replace(CLOSE, "")))
    assert '<p><em>Part 1 of 2</em> · <a href="2/">next part</a></p>' in html


def test_a_list_left_out_of_search_comes_in_only_when_the_page_is_written() -> None:
    """The search plugin reads the HTML of `splice`: an unsearched block is a comment there,
    which it ignores; `splice_unsearched` puts the block into the written page."""
    page = PAGE + "\n" + verbatim('<ul class="claim-lines"><li>a line</li></ul>', search=False) + "\n"
    text, blocks = cut(page)
    assert isinstance(blocks[2], Unsearched) and not isinstance(blocks[0], Unsearched)
    for_search = splice(markdown.markdown(text), blocks)
    assert "a line" not in for_search and "one &amp; two" in for_search
    written = splice_unsearched(for_search, blocks)
    plain = page.replace(OPEN_UNSEARCHED, "").replace(OPEN, "").replace(CLOSE, "")
    assert _lines(written) == _lines(markdown.markdown(plain))


def test_cuts_forget_pages_no_longer_in_the_site() -> None:
    cuts = Cuts()
    page = f"a\n\n{verbatim('<p>x</p>')}\n"
    cuts.cut("kept.md\0", page)
    cuts.cut("gone.md\0", page)
    cuts.cut("gone.md\0file", page)
    cuts.keep_only({"kept.md"})
    assert sorted(cuts._kept) == ["kept.md\0"]


def test_ids_after_any_white_space_are_anchors_and_other_attributes_are_not() -> None:
    assert anchors(['<p id="a" data-id="b">\n<span\tid="c"></span><i\nid="d" grid="e"></i>',
                    '<li id="f&amp;g">']) == {"a", "c", "d", "f&g"}


def test_markdown_reads_placeholders_as_the_paragraphs_they_are() -> None:
    """Placeholders at the top, in an admonition, in a `markdown` HTML element, in a list
    item and after text: the HTML is the same with and without the `Placeholders`
    extension, which only spares their text Python-Markdown's inline patterns."""
    block = verbatim("<p>x</p>")
    page = (f"# Title\n\n{block}\n\n!!! note\n\n    text\n\n{block}\n\n"
            f'<details markdown>\n<summary>s</summary>\n\n{block}\n\n</details>\n\n'
            f"- item\n\n    {block}\n\n- item\n{block}\n\ntext *here*\n{block}\n")
    text = cut(page)[0]
    extensions = ["attr_list", "md_in_html", "admonition", "tables", "toc"]
    plain = markdown.markdown(text, extensions=extensions)
    assert plain.count("<p>briefing-html-") >= 4
    assert markdown.markdown(text, extensions=[*extensions, Placeholders()]) == plain
    assert repr(Placeholders()) == repr(Placeholders())  # the serve cache's key of settings


def test_verbatim_lines_is_verbatim_of_the_lines_joined() -> None:
    """`verbatim_lines` joins the lines with the markers in one go (it leaves out the line
    break that ends OPEN and starts CLOSE, which the join puts back)."""
    for lines in ([], [""], ["<p>a</p>"], ["<ul>", "<li>x</li>", "", "</ul>"]):
        for search in (True, False):
            assert verbatim_lines(lines, search) == verbatim("\n".join(lines), search)
