# ruff: noqa: E501  (a table of exact messages reads best one message to a line)
"""Broken and hostile content: one case per mistake, each with every line `briefing check` prints.

Each case starts from the fixture project (tests/fixture/content) and changes one thing: a
replacement inside a file, a whole new file, a removed file or a folder where a file should
be. `expected` is the exact output of `briefing check`, in order; an empty tuple means the
content must load clean (a byte-order mark and CRLF line ends are not mistakes).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

A = "content/articles/2024-03-02-port-deal.yaml"
M = "content/articles/2024-03-02-port-deal.md"
S = "content/articles/2024-05-20-harbour-strike.yaml"
ACT = "content/actors.yaml"
D = "content/articles"


@dataclass(frozen=True)
class Replace:
    """Replace the first occurrence of `old` in the file by `new` (bytes, as written)."""

    old: bytes
    new: bytes


@dataclass(frozen=True)
class Whole:
    """The file holds exactly these bytes."""

    data: bytes


@dataclass(frozen=True)
class Made:
    """The file is written by a function, for files too big to hold in the table."""

    write: Callable[[Path], None]


@dataclass(frozen=True)
class Remove:
    """The file is deleted."""


@dataclass(frozen=True)
class Folder:
    """A folder stands where the file would be."""


Change = Replace | Whole | Made | Remove | Folder


@dataclass(frozen=True)
class Case:
    """One broken content tree and everything `briefing check` must say about it."""

    name: str
    changes: dict[str, Change]
    expected: tuple[str, ...]


def r(old: str, new: str) -> Replace:
    """A replacement given as text, written as UTF-8."""
    return Replace(old.encode(), new.encode())


def apply(project: Path, changes: dict[str, Change]) -> None:
    """Make the changes of a case in a copy of the fixture project."""
    for relative, change in changes.items():
        path = project / relative
        if isinstance(change, Replace):
            data = path.read_bytes()
            assert change.old in data, f"{change.old!r} is not in {relative}"
            path.write_bytes(data.replace(change.old, change.new, 1))
        elif isinstance(change, Whole):
            path.write_bytes(change.data)
        elif isinstance(change, Made):
            change.write(path)
        elif isinstance(change, Remove):
            path.unlink()
        else:
            path.mkdir()


def _fifty_megabytes(path: Path) -> None:
    line = b"A paragraph pasted over and over again, far longer than any article. " * 14 + b"\n\n"
    with path.open("wb") as handle:
        for _ in range(50_000_000 // len(line) + 1):
            handle.write(line)


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _loop(path: Path) -> None:
    path.symlink_to(path.name)


def _dangling_lock(path: Path) -> None:
    path.symlink_to("someone@host.12345:1700000000")  # how Emacs writes its lock


def _no_content(path: Path) -> None:
    shutil.rmtree(path)


def _bom(path: Path) -> None:
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())


def _crlf(path: Path) -> None:
    path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))


def _nested_block(levels: int) -> bytes:
    return b"title: x\npublished: 2024-03-02\nsummary:\n" + b"".join(
        b"  " * (i + 1) + f"k{i}:\n".encode() for i in range(levels)) + b"  " * (levels + 1) + b"v\n"


_LAUGHS = b"""title: lol
a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]
h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]
i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h]
"""

CASES: list[Case] = [
    # YAML that does not parse
    Case("syntax: unclosed flow list", {A: r("tags: [ports, trade]", "tags: [ports, trade")},
        (f"{A}:10:7: YAML syntax error: expected ',' or ']', but got ':' while parsing a flow sequence; check the indentation and quoting here",)),
    Case("syntax: tab indent", {A: r("  - id: alba\n", "\t- id: alba\n")},
        (f"{A}:11:1: a tab character; YAML indents with spaces only, replace the tab with spaces",)),
    Case("syntax: colon inside a value", {A: r("title: Eastland", "title: Breaking: Eastland")},
        (f"{A}:2:16: YAML syntax error: ': ' is not allowed here; if the value holds ': ', put it in quotes, otherwise check the indentation of this line and the one above",)),
    Case("syntax: quote never closed", {A: r("source: The Example Times", 'source: "The Example Times')},
        (f"{A}:3:9: this quoted value runs on to line 26: close the quote on this line (inside a value, use the other kind of quote)",)),
    Case("syntax: unknown escape in double quotes", {A: r("source: The Example Times", 'source: "C:\\Times"')},
        (f"{A}:3:13: a backslash that YAML reads as an escape; inside double quotes write \\\\ for a backslash, or use single quotes",)),
    Case("syntax: value starting with @", {A: r("dateline: East City", "dateline: @EastCity")},
        (f"{A}:6:11: a value cannot start with '@' in YAML; put the value in quotes",)),
    Case("syntax: indentation off by one", {A: r("    role: opens its harbour", "   role: opens its harbour")},
        (f"{A}:14:4: YAML syntax error: this line is indented differently from the lines above it; the fields of one entry start at the same column",)),
    # newcomer5: entries written under `actors: []` (as `briefing init` makes actors.yaml) or
    # `timeline: []` (as the drafter writes an article without events) were "indented
    # differently", and putting them at the left margin gave the same message
    Case("syntax: entries under an empty list", {ACT: r("actors:\n  - id: alba", "actors: []\n  - id: alba")},
        (f"{ACT}:2:9: YAML syntax error: 'actors: []' is an empty list, so the entries below it are not in it: write 'actors:' alone on this line (delete '[]')",)),
    Case("syntax: entries at the margin under an empty list", {S: r("timeline:\n  - id: strike\n    date", "timeline: []\n- id: strike\n  date")},
        (f"{S}:21:11: YAML syntax error: 'timeline: []' is an empty list, so the entries below it are not in it: write 'timeline:' alone on this line (delete '[]')",)),
    Case("syntax: entries under a list in brackets", {S: r("tags: [ports, labour]", "tags: [ports]\n  - labour")},
        (f"{S}:5:7: YAML syntax error: 'tags' has its list on this line ([ports]), so the entries below it are not in it: write each one under 'tags:' alone on this line, or all of them inside the brackets",)),
    # review16: an entry indented less than the field in brackets above it is no entry of
    # that field (after a drafted entry's 'about: []' the message said to move the entries
    # under 'about:')
    Case("syntax: entry indented less than a list in brackets above", {ACT: r("    aliases: [East City]\n  - id: westmark", "    aliases: [East City]\n - id: westmark")},
        (f"{ACT}:15:2: YAML syntax error: this line is indented differently from the lines above it; the fields of one entry start at the same column",)),
    Case("syntax: second document", {A: Replace(b"status: drafted\n", b"status: drafted\n---\ntitle: again\n")},
        (f"{A}:39:1: a second YAML document starts here; a content file holds one: remove this '---' line, or move what follows into its own file",)),
    # attack11: PyYAML reads any %YAML 1.x and %TAG; ruamel (review, redraft, merge) stops on
    # 1.3 with an AssertionError, and reads the file as YAML 1.1 under %YAML 1.1
    Case("directive %YAML 1.3", {A: Replace(b"title:", b"%YAML 1.3\n---\ntitle:")},
        (f"{A}:2:1: a YAML directive ('%YAML 1.3') is not used in content files, and YAML readers disagree on it; delete this line (and the '---' after it)",)),
    Case("directive %YAML 1.1", {A: Replace(b"title:", b"%YAML 1.1\n---\ntitle:")},
        (f"{A}:2:1: a YAML directive ('%YAML 1.1') is not used in content files, and YAML readers disagree on it; delete this line (and the '---' after it)",)),
    Case("directive %TAG", {ACT: Replace(b"actors:", b"%TAG !e! tag:example.org,2026:\n---\nactors:")},
        (f"{ACT}:2:1: a YAML directive ('%TAG !e! tag:example.org,2026:') is not used in content files, and YAML readers disagree on it; delete this line (and the '---' after it)",)),
    Case("invisible control character", {A: Replace(b"East City", b"East\x07City")},
        (f"{A}:6:15: the invisible character U+0007 is not allowed in a YAML file; delete it (retype the text around it if you cannot see it)",)),
    # attack9: a character YAML reads as a line break and editors, GitHub and `briefing review`
    # do not: after a comment, it hid a field that the site published
    Case("hidden line: U+2028 after a comment", {A: r("    about: [westmark]\n", "    about: [westmark]  # checked\u2028    date: 2024-03-01\n")},
        (f"{A}:33:33: the character U+2028 (line separator) ends a line for YAML, but not in editors or on GitHub, so what follows it reads as a line nobody sees; replace it with a line break or a space (inside double quotes, write \\L)",)),
    Case("hidden line: NEL in a value", {A: r("source: The Example Times", "source: The Example\x85Times")},
        (f"{A}:3:20: the character U+0085 (next line) ends a line for YAML, but not in editors or on GitHub, so what follows it reads as a line nobody sees; replace it with a line break or a space (inside double quotes, write \\N)",)),
    # YAML that parses into something a content file must not hold
    Case("duplicate key", {A: r("source: The Example Times", "source: The Example Times\nsource: X")},
        (f"{A}:4:1: 'source' is given twice (first on line 3); keep one of them",)),
    Case("duplicate nested key", {A: r("    role: opens its harbour", "    role: opens its harbour\n    role: again")},
        (f"{A}:15:5: 'role' is given twice (first on line 14); keep one of them",)),
    Case("tag !!python/object", {A: r("source: The Example Times", "source: !!python/object:os.system ls")},
        (f"{A}:3:9: YAML tag '!!python/object:os.system' is not allowed in content files; remove it and write a plain value",)),
    Case("tag !!python/object/apply", {A: r("summary:", "hook: !!python/object/apply:os.system ['id']\nsummary:")},
        (f"{A}:8:7: YAML tag '!!python/object/apply:os.system' is not allowed in content files; remove it and write a plain value",)),
    Case("local tag", {A: r("source: The Example Times", "source: !include secrets.yaml")},
        (f"{A}:3:9: YAML tag '!include' is not allowed in content files; remove it and write a plain value",)),
    Case("tag !!binary", {A: r("source: The Example Times", "source: !!binary aGVsbG8=")},
        (f"{A}:3:9: YAML tag '!!binary' is not allowed in content files; remove it and write a plain value",)),
    Case("tag !!set", {A: r("tags: [ports, trade]", "tags: !!set {ports, trade}")},
        (f"{A}:9:7: YAML tag '!!set' is not allowed in content files; remove it and write a plain value",)),
    Case("alias", {A: r("source: The Example Times", "source: &s The Example Times\ndateline: *s")},
        (f"{A}:4:11: YAML aliases (*name) are not allowed in content files; write the value out in full",)),
    Case("alias bomb (billion laughs)", {A: Whole(_LAUGHS)},
        (f"{A}:3:8: YAML aliases (*name) are not allowed in content files; write the value out in full",)),
    Case("merge key", {A: r("title:", "<<: {source: X}\ntitle:")},
        (f"{A}:2:1: YAML merge keys (<<) are not allowed in content files; write the fields out",)),
    Case("a list, not a mapping", {A: Whole(b"- title: a\n- published: 2024-03-02\n")},
        (f"{A}:1:1: the article should be a mapping of fields (name: value), not a list",)),
    Case("plain text, not a mapping", {A: Whole(b"Eastland and Westmark sign a port deal\n")},
        (f"{A}:1:1: the article should be a mapping of fields (name: value), not text",)),
    Case("number as a key", {A: r("title:", "2024: x\ntitle:")},
        (f"{A}:2:1: unknown field '2024' in the article",)),
    Case("list as a key", {A: r("title:", "[a, b]: x\ntitle:")},
        (f"{A}:2:1: a key must be a plain word",)),
    Case("deeply nested flow", {A: Whole(b"title: " + b"[" * 5000 + b"]" * 5000 + b"\n")},
        (f"{A}:1:27: the YAML nests more than 20 levels deep here; content files need five at most: check the brackets and indentation",)),
    Case("deeply nested block", {A: Whole(_nested_block(40))},
        (f"{A}:22:39: the YAML nests more than 20 levels deep here; content files need five at most: check the brackets and indentation",)),
    Case("escape sequence in a key", {A: r("title:", '"\\e[2J\\e[31mwarning": x\ntitle:')},
        (f"{A}:2:1: unknown field '\\x1b[2J\\x1b[31mwarning' in the article",)),
    Case("escape for half a character", {A: r("source: The Example Times", 'source: "The \\ud83d Times"')},
        (f"{A}:3:9: an escape such as \\ud800 here stands for half a character; write the character itself, or \\U0001F600 for one beyond \\uFFFF",)),
    # files that are not what they should be
    Case("empty YAML file", {A: Whole(b"")},
        (f"{A}:1:1: the file is empty; it needs at least 'title' and 'published'",)),
    Case("YAML file of comments only", {A: Whole(b"# to do\n")},
        (f"{A}:1:1: the file is empty; it needs at least 'title' and 'published'",)),
    Case("NUL byte in YAML", {A: Replace(b"East City", b"East\x00City")},
        (f"{A}:6:15: a NUL byte: this is a binary file, not text; save it as UTF-8 text",)),
    Case("YAML not UTF-8", {A: Replace(b"East City", b"East \xe9 City")},
        (f"{A}:6:16: byte 0xe9 is not UTF-8; save the file as UTF-8 (in most editors: Save with encoding, UTF-8)",)),
    Case("YAML over the size limit", {A: Whole(b"title: x\n" + b"# padding padding padding\n" * 24000)},
        (f"{A}:1:1: the file is 624 KB, more than the 500 KB allowed for a YAML file; a briefing's YAML is a few kilobytes: keep the entries that matter, or split the article into several",)),
    Case("folder named like a YAML file", {"content/articles/2024-01-01-odd.yaml": Folder()},
        ("content/articles/2024-01-01-odd.yaml:1:1: this is a folder, not a file; move it out of content/articles or rename it",)),
    Case("article text missing", {M: Remove()},
        (f"{A}:1:1: the article text content/articles/2024-03-02-port-deal.md is missing; put the cleaned text there",)),
    Case("article text with no YAML", {"content/articles/2024-01-01-lonely.md": Whole(b"Text.\n")},
        ("content/articles/2024-01-01-lonely.md:1:1: the article text has no 2024-01-01-lonely.yaml beside it; draft one with 'briefing import' or remove the file",)),
    Case("empty article text", {M: Whole(b"")},
        (f"{M}:1:1: the article text is empty; paste the cleaned article here",)),
    Case("article text of blank lines", {M: Whole(b"\n\n   \n")},
        (f"{M}:1:1: the article text is empty; paste the cleaned article here",)),
    Case("50 MB article text", {M: Made(_fifty_megabytes)},
        (f"{M}:1:1: the file is 50.0 MB, more than the 5.0 MB allowed for an article's text; keep only the article itself (cut menus, comments and other pages that came with the paste), or split it into several articles",)),
    Case("article text not UTF-8", {M: Replace(b"Alba Ferrer, Eastland", b"Alba Ferrer, \xff\xfeEastland")},
        (f"{M}:3:63: byte 0xff is not UTF-8; save the file as UTF-8 (in most editors: Save with encoding, UTF-8)",)),
    Case("binary article text", {M: Whole(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")},
        (f"{M}:3:1: a NUL byte: this is a binary file, not text; save it as UTF-8 text",)),
    Case("file name with a space and capitals", {"content/articles/Port Deal.yaml": Whole(b"title: x\npublished: 2024-03-02\n")},
        ("content/articles/Port Deal.yaml:1:1: the file name 'Port Deal.yaml' is not a valid slug: use lower-case letters, digits and hyphens, like 'port-deal.yaml'",)),
    Case("file name with dots", {"content/articles/..2024-01-01.yaml": Whole(b"title: x\npublished: 2024-03-02\n")},
        ("content/articles/..2024-01-01.yaml:1:1: the file name '..2024-01-01.yaml' is not a valid slug: use lower-case letters, digits and hyphens, like '2024-01-01.yaml'",)),
    # fields with the wrong shape
    Case("unknown field (did you mean)", {A: r("title:", "titel: x\ntitle:")},
        (f"{A}:2:1: unknown field 'titel' in the article (did you mean 'title'?)",)),
    Case("unknown nested field (did you mean)", {A: r("    evidence: Talks", "    evidance: Talks")},
        (f"{A}:49:5: unknown field 'evidance' in timeline entry (did you mean 'evidence'?)",)),
    Case("unknown link", {ACT: r("wikidata: Q1", "wikidta: Q1")},
        (f"{ACT}:10:7: unknown link 'wikidta' of actor 'alba'; links are wikidata, wikipedia, home (did you mean 'wikidata'?)",)),
    Case("text where an id belongs: a list", {A: r("by: alba\n", "by: [alba]\n")},
        (f"{A}:24:9: 'by' of claim 'opens-harbour' should be text, not a list",)),
    Case("a mapping where a list belongs", {A: r("tags: [ports, trade]", "tags: {ports: 1}")},
        (f"{A}:9:7: 'tags' of the article should be a list, not a mapping",)),
    Case("text where entries belong", {A: r("claims:\n  - id: opens-harbour", "claims: none\nx:\n  - id: opens-harbour")},
        (f"{A}:21:9: 'claims' of the article should be a list of entries, each starting with '- ', not text",
         f"{A}:22:1: unknown field 'x' in the article",)),
    Case("a number where text belongs", {A: r("source: The Example Times", "source: 1.5")},
        (f"{A}:3:9: 'source' of the article should be text, not a number; put it in quotes",)),
    Case("yes/no where a date belongs", {A: r("date: 2023-09", "date: yes")},
        (f"{A}:46:11: 'date' of timeline entry 'talks-begin' should be text, not true/false; put it in quotes",)),
    Case("missing required field", {A: r("    claim: The deal opens Eastland's harbour to the world.\n", "")},
        (f"{A}:22:5: claim 'opens-harbour' has no 'claim'; add it (what is claimed, in plain words)",)),
    Case("empty required field", {A: r("    claim: The deal opens Eastland's harbour to the world.", '    claim: ""')},
        (f"{A}:23:12: 'claim' of claim 'opens-harbour' is empty; write it or remove the line",)),
    Case("bad stance (did you mean)", {A: r("stance: denies", "stance: denys")},
        (f"{A}:36:17: 'stance' of party of claim 'westmark-control' is 'denys'; it must be one of denies, disputes, confirms (did you mean 'denies'?)",)),
    Case("bad kind (did you mean)", {ACT: r("kind: person", "kind: persn")},
        (f"{ACT}:5:11: 'kind' of actor 'alba' is 'persn'; it must be one of person, organization, country, group (did you mean 'person'?)",)),
    Case("new actor without a kind", {A: r("    kind: group\n", "")},
        (f"{A}:17:5: actor 'harbour-officials' is defined here without a 'kind'; give both name and kind, or neither",)),
    # dates
    Case("impossible date", {A: r("date: 2024-03-01\n    event", "date: 2024-02-30\n    event")},
        (f"{A}:41:11: 'date' of timeline entry 'signing' is wrong: '2024-02-30' is not a date: February 2024 has 29 days",)),
    Case("month 13", {A: r("date: 2023-09", "date: 2023-13")},
        (f"{A}:46:11: 'date' of timeline entry 'talks-begin' is wrong: '2023-13' is not a date: there is no month 13",)),
    Case("published is not a day", {A: r("published: 2024-03-02", "published: 2024-03")},
        (f"{A}:5:12: 'published' of the article is '2024-03'; it should be a day, YYYY-MM-DD",)),
    Case("published with a time", {A: r("published: 2024-03-02", "published: 2024-03-02T10:00:00Z")},
        (f"{A}:5:12: 'published' of the article is '2024-03-02T10:00:00Z'; it should be a day, YYYY-MM-DD",)),
    Case("published in words", {A: r("published: 2024-03-02", "published: March 2 2024")},
        (f"{A}:5:12: 'published' of the article is 'March 2 2024'; it should be a day, YYYY-MM-DD, here 2024-03-02",)),
    Case("published with slashes", {A: r("published: 2024-03-02", "published: 02/03/2024")},
        (f"{A}:5:12: 'published' of the article is '02/03/2024'; it should be a day, YYYY-MM-DD, here 2024-03-02 if the day comes first or 2024-02-03 if the month does",)),
    Case("interval ends before it starts", {S: r("date: 2024-05-18/2024-05-19", "date: 2024-05-19/2024-05-18")},
        (f"{S}:23:11: 'date' of timeline entry 'strike' is wrong: '2024-05-19/2024-05-18' ends before it starts",)),
    Case("dated after the article", {A: r("date: 2023-09", "date: 2024-09")},
        (f"{A}:46:11: timeline entry 'talks-begin' is dated 2024-09, after the article was published (2024-03-02); if the article announces it for later, add 'scheduled: true'",)),
    Case("claim dated after the article", {A: r("    date: 2024-03-01\n  - id: westmark", "    date: 2025\n  - id: westmark")},
        (f"{A}:28:11: claim 'opens-harbour' is dated 2025, after the article was published (2024-03-02)",)),
    # ids
    Case("id with a space", {A: r("id: signing", "id: port signing")},
        (f"{A}:40:9: 'id' of timeline entry is 'port signing', which is not a valid id: use lower-case letters, digits and hyphens, like 'port-signing'",)),
    Case("id with capitals", {A: r("id: signing", "id: Signing")},
        (f"{A}:40:9: 'id' of timeline entry is 'Signing', which is not a valid id: use lower-case letters, digits and hyphens, like 'signing'",)),
    Case("id with ../", {A: r("id: signing", "id: ../../etc/passwd")},
        (f"{A}:40:9: 'id' of timeline entry is '../../etc/passwd', which is not a valid id: use lower-case letters, digits and hyphens, like 'etc-passwd'",)),
    Case("id with a trailing newline", {A: r("id: signing", 'id: "signing\\n"')},
        (f"{A}:40:9: 'id' of timeline entry is 'signing\\n', which is not a valid id: use lower-case letters, digits and hyphens, like 'signing'",)),
    Case("id with a direction override", {A: r("id: signing", 'id: "sign\\u202eing"')},
        (f"{A}:40:9: 'id' of timeline entry is 'sign\\u202eing', which is not a valid id: use lower-case letters, digits and hyphens, like 'sign-ing'",)),
    # an id or slug names a page's file (actors/ID/index.html, briefings/SLUG/...): over 255
    # bytes, mkdocs build stopped with a traceback while check called the content clean
    Case("id too long for a file name", {A: r("id: signing", "id: s" + "i" * 200)},
        (f"{A}:40:9: 'id' of timeline entry is 201 characters long, more than the 200 an id may have (it names pages and files); shorten it",)),
    Case("tag too long for a file name", {A: r("tags: [ports, trade]", "tags: [ports, t" + "r" * 250 + "]")},
        (f"{A}:9:15: 'tags' of the article is 251 characters long, more than the 200 an id may have (it names pages and files); shorten it",)),
    # attack14: one actor's name or one article's source is shown on every line that lists
    # a claim of theirs: a 104 KB actors.yaml (one name of 100 KB) beside five articles of
    # 300 claims made `briefing build` write 1.1 GB in 22 s with 1.3 GB of memory
    Case("actor name too long", {ACT: r("name: Westmark", "name: W" + "e" * 1000)},
        (f"{ACT}:16:11: 'name' of actor 'westmark' is 1001 characters long, more than the 1000 a name may have (every line that names the actor shows it); shorten it (a longer form can go in the description)",)),
    Case("source too long", {A: r("source: The Example Times", "source: T" + "h" * 1000)},
        (f"{A}:3:9: 'source' of the article is 1001 characters long, more than the 1000 a source may have (every line that lists the article's entries shows it); shorten it",)),
    Case("title too long", {A: r("title: Eastland and Westmark sign a port deal", "title: E" + "a" * 1000)},
        (f"{A}:2:8: 'title' of the article is 1001 characters long, more than the 1000 a title may have (every line that lists the entries of an article without a source shows it); shorten it",)),
    Case("file name too long", {f"{D}/2024-01-01-{'x' * 190}.yaml": Whole(b"title: x\npublished: 2024-01-01\n")},
        (f"{D}/2024-01-01-{'x' * 190}.yaml:1:1: the file name is 201 characters long without '.yaml', more than the 200 a slug may have (it names the briefing's pages and files); rename it and its .md",)),
    # an actor or a tag whose page is the page of them all, an article whose download is the
    # site's: the one written last replaced the other without a word
    Case("actor id that names the actors page", {ACT: r("  - id: westmark\n    name: Westmark\n    kind: country\n", "  - id: westmark\n    name: Westmark\n    kind: country\n  - id: index\n    name: Index\n    kind: organization\n")},
        (f"{ACT}:18:9: actor id 'index' would name the page that lists every actor (actors/index.md); choose another id",)),
    # attack11: each tag's page lists every other tag of its briefings: one article of 20,000
    # tags (150 KB) asked for 20,000 pages of 20,000 links each, and `mkdocs build` ran on
    Case("more tags than a briefing may have", {A: r("tags: [ports, trade]", "tags: [" + ", ".join(f"t{i}" for i in range(101)) + "]")},
        (f"{A}:9:498: the article has 101 tags, more than the 100 a briefing may have (each tag has a page that lists the others); keep the ones that matter",)),
    # attack11: every page of an actor a claim or an entry names lists it with every actor it
    # names: one entry naming 4,000 actors made 4,000 pages of 4,000 ids each (400 MB)
    Case("claim about more actors than an entry may name", {A: r("about: [eastland]", "about: [" + ", ".join(["eastland"] * 101) + "]")},
        (f"{A}:27:1013: claim 'opens-harbour' names 101 actors in 'about', more than the 100 an entry may name (the page of each lists the entry with all of them); keep those that matter",)),
    Case("timeline entry with more actors than an entry may name", {A: r("    actors: [eastland, westmark]\n    evidence: Eastland", "    actors: [" + ", ".join(["westmark"] * 101) + "]\n    evidence: Eastland")},
        (f"{A}:43:1014: timeline entry 'signing' names 101 actors in 'actors', more than the 100 an entry may name (the page of each lists the entry with all of them); keep those that matter",)),
    Case("tag that names the tags page", {A: r("tags: [ports, trade]", "tags: [ports, index]")},
        (f"{A}:9:15: tag 'index' would name the page that lists every tag (tags/index.md); choose another tag",)),
    Case("slug that names a site download", {f"{D}/claims.yaml": Whole(b"title: x\npublished: 2024-01-01\n"), f"{D}/claims.md": Whole(b"The minister said the talks went on.\n")},
        (f"{D}/claims.yaml:1:1: the file name 'claims.yaml' would name the site's download of every claim (data/claims.json); rename it and its .md, like '2024-01-01-claims.yaml'",)),
    Case("actor id with a slash", {ACT: r("id: westmark", "id: west/mark")},
        (f"{ACT}:15:9: 'id' of actor is 'west/mark', which is not a valid id: use lower-case letters, digits and hyphens, like 'west-mark'",
         f"{A}:15:9: the article names actor 'westmark', which is not defined; add it to the article's actors or to content/actors.yaml",
         f"{A}:33:13: claim 'westmark-control' names actor 'westmark', which is not defined; add it to the article's actors or to content/actors.yaml, or take it out of this list",
         f"{A}:35:16: a party of claim 'westmark-control' names actor 'westmark', which is not defined; add it to the article's actors or to content/actors.yaml",
         f"{A}:43:24: timeline entry 'signing' names actor 'westmark', which is not defined; add it to the article's actors or to content/actors.yaml, or take it out of this list",
         f"{A}:48:24: timeline entry 'talks-begin' names actor 'westmark', which is not defined; add it to the article's actors or to content/actors.yaml, or take it out of this list",
         f"{S}:9:9: the article names actor 'westmark', which is not defined; add it to the article's actors or to content/actors.yaml",
         f"{S}:18:16: a party of claim 'strike-ends-soon' names actor 'westmark', which is not defined; add it to the article's actors or to content/actors.yaml")),
    Case("tag with ../", {A: r("tags: [ports, trade]", "tags: [ports, ../trade]")},
        (f"{A}:9:15: 'tags' of the article is '../trade', which is not a valid id: use lower-case letters, digits and hyphens, like 'trade'",)),
    Case("duplicate id", {A: r("id: talks-begin", "id: signing")},
        (f"{A}:45:9: event id 'signing' is used twice (first on line 40); ids must be unique",)),
    # references and evidence
    Case("undefined actor (did you mean)", {A: r("by: alba\n", "by: albaa\n")},
        (f"{A}:24:9: claim 'opens-harbour' names actor 'albaa', which is not defined (did you mean 'alba'?); add it to the article's actors or to content/actors.yaml",)),
    Case("undefined actor in a list", {A: r("about: [westmark]", "about: [westmark, northland]")},
        (f"{A}:33:23: claim 'westmark-control' names actor 'northland', which is not defined; add it to the article's actors or to content/actors.yaml, or take it out of this list",)),
    Case("actor affiliated to itself", {ACT: r("affiliation: eastland", "affiliation: alba")},
        (f"{ACT}:8:18: actor 'alba' is affiliated to itself; name the organization or country it belongs to",)),
    Case("affiliation to an undefined actor", {ACT: r("affiliation: eastland", "affiliation: eastlnd")},
        (f"{ACT}:8:18: the affiliation of actor 'alba' names actor 'eastlnd', which is not defined (did you mean 'eastland'?); add it to the article's actors or to content/actors.yaml",)),
    Case("evidence not in the article", {A: r("evidence: Talks began in September.", "evidence: Talks began in October.")},
        (f"{A}:49:15: the evidence of timeline entry 'talks-begin' is not in content/articles/2024-03-02-port-deal.md; copy the sentence exactly from the article text",)),
    Case("quote not in the article", {A: r("quote: This deal opens our harbour to the world", "quote: This deal opens our port")},
        (f"{A}:25:12: the quote of claim 'opens-harbour' is not in content/articles/2024-03-02-port-deal.md; copy the quoted words exactly",)),
    # web addresses
    Case("javascript: url", {A: r("url: https://example.org/port-deal", "url: javascript:alert(1)")},
        (f"{A}:4:6: 'url' of the article is 'javascript:alert(1)', which is not a web address; write it as https://...",)),
    Case("data: url in links", {ACT: r("wikidata: Q1", "wikidata: Q1\n      home: data:text/html,<script>alert(1)</script>")},
        (f"{ACT}:11:13: link 'home' of actor 'alba' is 'data:text/html,<script>alert(1)</script>', which is not a web address; write it as https://...",)),
    Case("url with a line break", {A: r("url: https://example.org/port-deal", 'url: "https://example.org/\\njavascript:alert(1)"')},
        (f"{A}:4:6: 'url' of the article is 'https://example.org/\\njavascript:alert(1)', which is not a web address; write it as https://...",)),
    Case("not a wikidata id", {ACT: r("wikidata: Q1", "wikidata: Q1 onclick=alert(1)")},
        (f"{ACT}:10:17: link 'wikidata' of actor 'alba' is 'Q1 onclick=alert(1)', which is not a Wikidata id; it looks like Q7747",)),
    Case("byte-order mark inside a file", {A: Replace(b"title:", b"\xef\xbb\xbftitle:")},
        (f"{A}:2:1: unknown field '\\ufefftitle' in the article (did you mean 'title'?)",)),
    # broken shared actors: one message, no cascade into every article that names them
    Case("actors.yaml as a list", {ACT: Whole(b"- id: alba\n  name: Alba Ferrer\n  kind: person\n- id: eastland\n  name: Eastland\n  kind: country\n- id: westmark\n  name: Westmark\n  kind: country\n")},
        (f"{ACT}:1:1: content/actors.yaml should be a mapping of fields (name: value), not a list",)),
    Case("actors.yaml does not parse", {ACT: r("  - id: westmark", "  - id: westmark\n  x")},
        (f"{ACT}:16:3: YAML syntax error: this line has no ':'; write it as 'name: value', or indent it further if it continues the value above",)),
    # special and stray files (issue 11): one message each, nothing waits, editors' files skipped
    Case("a FIFO named like an article", {f"{D}/2024-06-01-pipe.yaml": Made(_fifo)},
        (f"{D}/2024-06-01-pipe.yaml:1:1: this is a named pipe (FIFO), not a file: reading it could wait forever; remove it from the content folder",)),
    Case("a FIFO as an article's text", {M: Made(lambda p: (p.unlink(), _fifo(p)))},
        (f"{M}:1:1: this is a named pipe (FIFO), not a file: reading it could wait forever; remove it from the content folder",)),
    Case("a link loop", {f"{D}/2024-06-01-loop.yaml": Made(_loop)},
        (f"{D}/2024-06-01-loop.yaml:1:1: this link leads round in a loop and names no file; remove it",)),
    Case("a .yml file", {f"{D}/2024-06-01-new.yml": Whole(b"title: x\npublished: 2024-06-01\n")},
        (f"{D}/2024-06-01-new.yml:1:1: this file is not read: only names ending in '.yaml' are content; rename it to '2024-06-01-new.yaml'",)),
    Case("a .YAML file", {f"{D}/2024-06-01-new.YAML": Whole(b"title: x\npublished: 2024-06-01\n")},
        (f"{D}/2024-06-01-new.YAML:1:1: this file is not read: only names ending in '.yaml' are content; rename it to '2024-06-01-new.yaml'",)),
    Case("no content folder", {"content": Made(_no_content)},
        ("content:1:1: there is no content folder here; make it (a folder holding actors.yaml and articles/), or set 'content:' under '- briefing:' in mkdocs.yml to the folder that holds them",)),
    Case("an actor defined again by another article", {S: r("    role: its ships wait outside the harbour", "    role: its ships wait outside the harbour\n  - id: harbour-officials\n    name: Harbour Authority\n    kind: organization")},
        (f"{S}:12:11: actor 'harbour-officials' is already defined in {A} (line 17) as 'officials', group; remove name and kind here to use that record, or give this actor an id of its own",)),
    Case("an actor of actors.yaml defined again", {A: r("  - id: westmark\n    role: the other party to the deal", "  - id: westmark\n    name: West Mark Holdings\n    kind: organization\n    role: the other party to the deal")},
        (f"{A}:16:11: actor 'westmark' is already defined in content/actors.yaml (line 15) as 'Westmark', country; remove name and kind here to use that record, or give this actor an id of its own",)),
    Case("one-letter evidence", {A: r("evidence: Westmark denies that the deal gives it control of the harbour.", "evidence: a")},
        (f"{A}:32:15: the evidence of claim 'westmark-control' is only 'a', which shows nothing; copy the whole sentence from content/articles/2024-03-02-port-deal.md",)),
    Case("an entry's status left empty", {A: r("    status: drafted\ntimeline", "    status:\ntimeline")},
        (f"{A}:38:12: 'status' of claim 'westmark-control' is empty, which the site would take for reviewed and publish; write drafted (no person has checked it yet) or reviewed, or delete the line once it is checked",)),
    Case("the article's status left empty", {A: r("tags: [ports, trade]\n", "tags: [ports, trade]\nstatus: ~\n")},
        (f"{A}:10:9: 'status' of the article is empty, which the site would take for reviewed and publish; under it, write 'summary: drafted' and 'tags: drafted' for what no person has checked yet, or delete the line once it is checked",)),
    Case("a year in octal (the site showed 1044)", {A: r("    date: 2024-03-01", "    date: 02024")},
        (f"{A}:28:11: 'date' of claim 'opens-harbour' is wrong: '02024' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD (or an interval START/END, with '..' for an open end)",)),
    Case("a year in base 60 (33:44 was 2024)", {A: r("    date: 2024-03-01", "    date: 33:44")},
        (f"{A}:28:11: 'date' of claim 'opens-harbour' is wrong: '33:44' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD (or an interval START/END, with '..' for an open end)",)),
    Case("editors' lock, backup and swap files", {f"{D}/.#2024-03-02-port-deal.yaml": Made(_dangling_lock), f"{D}/2024-03-02-port-deal.yaml~": Whole(b"title: [broken\n"), f"{D}/.2024-03-02-port-deal.yaml.swp": Whole(b"b0VIM 9.0\x00"), f"{D}/#2024-03-02-port-deal.yaml#": Whole(b"title: [broken\n"), f"{D}/4913": Whole(b"")}, ()),
    Case("dates at the calendar's edges", {S: r("date: 2024-05-18/2024-05-19", "date: 0001/9999-12-31\n    scheduled: true")}, ()),
    # not mistakes: these load clean
    Case("byte-order mark", {A: Made(_bom), M: Made(_bom), ACT: Made(_bom)}, ()),
    Case("CRLF line ends", {A: Made(_crlf), M: Made(_crlf), ACT: Made(_crlf)}, ()),
    Case("a number of 5000 digits is text", {A: r("summary: Eastland opens its harbour to Westmark; Westmark denies it gains control of it.", "summary: " + "9" * 5000)}, ()),
]
