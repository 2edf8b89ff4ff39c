import os
from pathlib import Path

import pytest

from generator.draft import DraftError, draft_text, read_article
from generator.draft.read import MAX_FILE_BYTES


def test_missing_file(tmp_path):
    with pytest.raises(DraftError) as err:
        read_article(tmp_path / "nope.txt")
    assert str(err.value) == f"{tmp_path / 'nope.txt'}: no such file"


def test_empty_file(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_text("  \n\n", encoding="utf-8")
    with pytest.raises(DraftError) as err:
        read_article(path)
    assert str(err.value) == f"{path}: the file is empty"


def test_binary_file(tmp_path):
    path = tmp_path / "photo.jpg"
    path.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00")
    with pytest.raises(DraftError) as err:
        read_article(path)
    assert str(err.value) == f"{path}: holds a NUL byte (at offset 4); it looks like a binary file, not an article"


def test_not_utf8(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Caf\u00e9 society meets in Paris.".encode("latin-1"))
    with pytest.raises(DraftError) as err:
        read_article(path)
    assert str(err.value) == (
        f"{path}: is not UTF-8 text (byte 0xe9 at offset 3); save it as UTF-8 and try again"
    )


def test_directory(tmp_path):
    with pytest.raises(DraftError) as err:
        read_article(tmp_path)
    assert str(err.value) == f"{tmp_path}: is a directory, not an article"


def test_html_is_reduced_to_its_text(tmp_path):
    path = tmp_path / "page.html"
    body = " ".join(
        ["The minister said the talks in Geneva would resume next week after a pause."] * 3
    )
    path.write_text(
        f"<!DOCTYPE html><html><head><title>Talks resume</title></head><body><nav>Home | World</nav>"
        f"<article><h1>Talks resume</h1><p>{body}</p><p>{body}</p></article></body></html>",
        encoding="utf-8",
    )
    text = read_article(path)
    assert "The minister said the talks in Geneva" in text
    assert "<p>" not in text


def test_empty_text_and_no_date():
    with pytest.raises(DraftError, match="^the article is empty$"):
        draft_text("   ")
    with pytest.raises(DraftError) as err:
        draft_text(
            "Title\n\nThe minister said the talks would resume after a long pause in the summer."
        )
    assert (
        str(err.value)
        == "no publication date found in the article; give one with --published YYYY-MM-DD"
    )


def test_cli_prints_error_without_traceback(tmp_path, capsys):
    from generator.draft.__main__ import main

    path = tmp_path / "empty.txt"
    path.write_text("", encoding="utf-8")
    assert main([str(path), "--published", "2024-06-19"]) == 1
    err = capsys.readouterr().err
    assert err == f"error: {path}: the file is empty\n"


def test_special_files_are_refused_without_waiting(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(DraftError) as err:
        read_article(fifo)  # opening a FIFO to read would wait for a writer forever
    assert str(err.value) == (f"{fifo}: this is a named pipe (FIFO), not a file; save the "
                              "article to a file first")
    with pytest.raises(DraftError) as err:
        read_article(Path("/dev/zero"))  # would read until the memory runs out
    assert str(err.value) == ("/dev/zero: this is a device, not a file; save the article to a "
                              "file first")


def test_size_limits(tmp_path):
    text = tmp_path / "long.txt"
    text.write_text("Title\n\n" + "Word after word. " * 70_000, encoding="utf-8")
    with pytest.raises(DraftError) as err:
        read_article(text)
    assert str(err.value) == (
        f"{text}: the article text is 1.2 MB, over the 1.0 MB that can be drafted; keep only the "
        "article itself (cut menus, comments and other pages that came with it), or split it "
        "into several articles")
    huge = tmp_path / "huge.html"
    with huge.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)  # sparse: refused from its size, never read
    with pytest.raises(DraftError) as err:
        read_article(huge)
    assert str(err.value) == (f"{huge}: the file is 5.0 MB, over the limit of 5.0 MB; keep only "
                              "the article itself")


def test_saved_page_with_a_comment_first_is_html(tmp_path):
    page = tmp_path / "saved.html"
    page.write_text(
        "<!-- saved from url=(0041)https://news.example.org/2024/06/story -->\n"
        "<!DOCTYPE html><html><head><title>Port reopens</title>"
        "<script>var tracker = 'do not read me';</script></head><body><article>"
        "<p>The port of Malligyong reopened on Tuesday after a week of repairs, officials said.</p>"
        "<p>Ships queued outside the harbour for most of the morning as the cranes restarted.</p>"
        "</article></body></html>", encoding="utf-8")
    text = read_article(page)
    assert "do not read me" not in text and "<" not in text
    assert "The port of Malligyong reopened on Tuesday" in text
