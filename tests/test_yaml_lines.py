"""yamllines (the quick line reader) gives what libyaml's events give (`yamlfile._read_plain`):
the same data, of the same types, and the same positions of mappings and lists, or it refuses
the text and libyaml reads it. Checked on the repository's YAML files, on hand-written cases
and on random mutations of them (`YAML_MUTATIONS=20000 YAML_SEED=1` for a longer run)."""

import os
import random
from pathlib import Path

import pytest

from generator.content import yamlfile

pytestmark = pytest.mark.skipif(yamlfile._FastLoader is None, reason="PyYAML without libyaml")

ROOT = Path(__file__).resolve().parent.parent
FILES = sorted(p for p in ROOT.glob("**/*.y*ml") if "node_modules" not in p.parts
               and ".git" not in p.parts and p.suffix in (".yaml", ".yml"))

READ = [  # each read by yamllines, as libyaml reads it
    "",
    "# only a comment\n\n",
    "a: 1\n",
    "a: 1",
    "title: A\npublished: 2024-10-11\ncount: 3\nshare: 1.5\nok: yes\nnone: ~\nempty:\nlast: null\n",
    "b: +1\nc: .5\nd: 0x1F\ne: 1_000\ng: on\nh: Off\ni: .inf\nj: 0o7\nk: 010\n",
    "a: x # a comment\nb: C#\nc: 'it''s'  # another\ne: \"plain ' quote\"\nf: ''\ng: \"\"\n",
    "a: https://example.org/a:b\nb: a:b\nc: a , [b] {c}\n",
    "a: [x, 'y', \"z\", 1, yes, ~, 2024-01-01]\nb: []\nc: [ ]\nd: [it's, x]  # c\ne: ['it''s']\n",
    "actors:\n  - id: a\n    aliases: [x, 'y']\n  - id: b\n    links:\n      home: h\n",
    "actors:\n- id: a\n  role: r\n- id: b\nnext: 1\n",
    "a:\n  - 1\n  - two\n  - 'three'\n  - [4]\n",
    "a:\n  b:\n    c: 1\n  d: 2\ne: 3\n",
    "a:\n  - id: x\n    b:\n    - 1\n    - 2\n    c: 3\n",
    "a: b\n  # comment\nc: d\n",
    "a: # comment\n  b: 1\n",
    "summary: >\n  one\n  two\n\n  three\n\n\n  four\nnext: x\n",
    "summary: >-\n  one\n  two\nnext: x\n",
    "summary: |\n  one\n    two\n\n  three\nnext: x\n",
    "summary: |-\n  one\n  two\n",
    "summary: >\n  # not a comment\n  one\n",
    "summary: >\n  one\n\n\n",
    "- a\n- b\n",
    "a: " + "9" * 5000 + "\n",
    'a: "say \\"hi\\" \\\\ \\t \\u00e9 \\u2019"\nb: c:\\d\n- x\n' [:-4],
    "a: b\\c\nc: 'd\\e'\nd: [f\\g]\ne: >\n  h\\i\n",
    # lines that one match reads (`_ENTRY`), beside lines that it leaves to the general way
    "a: x  \nb: \"q\"  \nc: [x,y]  # c\nd: [ x , 1 ,yes ]\ne: [x] #c\nf: [x y, z]\n",
    "a: x#y\nb: 'x'\nc: x # c: d\nd: 2024-01-01\ne: \"\" # c\nf: [\"x\", y]\ng: [a-b]\n",
    "- id: a\n  b: [c]\n  d: e\n- id: f\n  g: null\n",
    "a:\n  b: c\n  d: [e]\nf: g\n",
]

REFUSED = [  # each left to libyaml
    'a: "\\x41"\n',
    'a: "\\/"\n',
    'a: "\\ud83d\\ude00"\n',
    'a: "\\udc00"\n',
    'a: "\\U0001F600"\n',
    'a: "\\N"\n',
    'a: "a\\\n  b"\n',
    'a: ["x\\"y"]\n',
    "c: x: y\n",
    "c: x:\n",
    "d: [a, b,]\n",
    "e: [a, , b]\n",
    "c: [a # no\n",
    "f: [a: b]\n",
    "actors:\n  - {id: b, name: B}\n",
    "a:\n  -\n",
    "- # c\n- b\n",
    "a:\n  - - 3\n",
    "a:\n  -  b\n",
    "a:\n  b: 1\n   c: 2\n",
    "a:\n  b: 1\n c: 2\n",
    "a: b\n  continued\n",
    "a: b\n\n  continued\n",
    "summary: >\n  one\n    more\n  two\n",
    "summary: >\n\n  one\n",
    "summary: >\n  one  \n  two\n",
    "summary: >\n  one\n  \n  two\n",
    "summary: >\n  one\n# comment\n  two\n",
    "summary: >\nnext: x\n",
    "summary: >2\n  one\n",
    "summary: >+\n  one\n",
    "summary: > # c\n  one\n",
    "summary: >\n  one\n  two",
    "a:\n  - >\n    one\n",
    "a: 1\na: 2\n",
    "a: &x 1\nb: *x\n",
    "a: &x 1\n",
    "a: !!str 1\n",
    "<<: {a: 1}\n",
    "---\na: 1\n",
    "a: 1\n...\n",
    "a: 1\n---\nb: 2\n",
    "%YAML 1.1\n---\na: 1\n",
    "  a: 1\n",
    "a: \t1\n",
    "a:\n\tb: 1\n",
    "a: \"\\ud800\"\n",
    "f: =\n",
    "x:\n" + "".join("  " * (i + 1) + f"k{i}:\n" for i in range(25)),
    "a: b\u2028c\n",
    "a: b\x85c\n",
    "a: \ufeffb\n",
    "key with space: 1\n",
    "1: a\n",
    "a:b\n",
    "a :b\n",
    "a: 'never closed\n",
    'a: "over\n  two lines"\n',
    "a: 'x' y\n",
    "a: [x] y\n",
    "a: -x\n",
    "a: -1\n",
    "a: ?x\n",
    "a: x\n- b\n",
    "? a\n: b\n",
    "a: [x, -y]\n",
    "a: [x,,y]\n",
    "a: [x, ]\n",
    "a: [ , x]\n",
    "a: [x]y\n",
    "a: \"x\"y\n",
    "a: x\nb: y\na: [z]\n",
    "a: x\n b: y\n",
    "a:\n  b: c\n   d: e\n",
]
CASES = READ + REFUSED


def _both(text):
    lines = yamlfile.YamlDoc("x.yaml", None, text=text)
    if not yamlfile._read_lines(text, lines):
        return None
    plain = yamlfile.YamlDoc("x.yaml", None, text=text)
    assert yamlfile._read_plain(text, plain), f"libyaml refuses what yamllines read:\n{text}"
    return lines, plain


def _typed(value):
    """The value with each item's type beside it (True == 1 == 1.0 in Python)."""
    if isinstance(value, dict):
        return {key: _typed(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_typed(item) for item in value]
    return type(value), value


def _same(text):
    both = _both(text)
    if both is None:
        return False
    lines, plain = both
    assert _typed(lines.data) == _typed(plain.data), text
    assert lines.positions == plain.positions, text
    assert lines.partial and plain.partial
    return True


@pytest.mark.parametrize("text", CASES)
def test_a_case_is_read_as_libyaml_reads_it_or_refused(text):
    _same(text)


def test_the_plain_cases_are_read_and_the_others_refused():
    assert [text for text in READ if not _same(text)] == []
    assert [text for text in REFUSED if _both(text) is not None] == []


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_a_repository_file_is_read_as_libyaml_reads_it(path):
    text, problems = yamlfile.read_text(path, str(path), 10_000_000)
    assert text is not None
    _same(text)


def test_content_files_are_read_by_lines():
    """The quick path is the one a site takes: the seed's content, the starter's, a draft."""
    content = [p for p in FILES if "content" in p.parts and "broken" not in str(p)]
    assert content
    for path in content:
        text = path.read_text(encoding="utf-8")
        assert yamlfile._read_lines(text, yamlfile.YamlDoc(str(path), None, text=text)), path


def test_a_file_read_by_lines_gives_the_same_problems_as_before(monkeypatch):
    text = (ROOT / "content" / "articles" / "2024-06-19-putin-kim-pyongyang.yaml").read_text()
    text = text.replace("\nsource: ", "\nsorce: ", 1)
    doc, problems = yamlfile.parse(text, "x.yaml")
    assert doc is not None and doc.partial and not problems
    at = doc.at(("sorce",), "m", on_key=True)
    monkeypatch.setattr(yamlfile, "_read_lines", lambda text, doc: False)
    before, _ = yamlfile.parse(text, "x.yaml")
    assert before is not None and before.data == doc.data
    assert at == before.at(("sorce",), "m", on_key=True)
    assert doc.positions == before.positions and doc.key_positions == before.key_positions


PIECES = [" ", "  ", "\n", "-", "- ", ":", ": ", "#", " #", "'", '"', "''", "[", "]", ",", ">",
          "|", ">-", "|-", "{", "}", "&", "*", "!", "?", "a", "1", "yes", "~", "\t", "\\", "---",
          "...", "%", "@", "`", "=", "<<", "null", "0x1", "1.5", "2024-01-01", "\n\n", "\n  ",
          "\n    ", "é", "x: y", "\n- ", "\n  - a: b", " # c", "\n# c", '\\"', "\\\\",
          "\\n", "\\t", "\\u00e9", "\\ud800", "\\udc00", "\\x41", "\\/", "\\U0001F600", ' "a\\"b"']


def _mutations(count, seed=0):
    rng = random.Random(seed)
    bases = [text for text in (p.read_text(encoding="utf-8") for p in FILES)
             if len(text) < 40_000 and _both(text)] + [c for c in CASES if _both(c)]
    for _ in range(count):
        text = rng.choice(bases)
        if rng.random() < 0.5:  # a window of lines, for speed
            lines = text.split("\n")
            start = rng.randrange(len(lines))
            text = "\n".join(lines[start:start + rng.randrange(1, 40)])
        for _ in range(rng.randrange(1, 4)):
            at, op = rng.randrange(len(text) + 1), rng.random()
            if op < 0.5:
                text = text[:at] + rng.choice(PIECES) + text[at:]
            elif op < 0.8:
                text = text[:at] + text[at + rng.randrange(1, 4):]
            elif op < 0.9:  # a line indented differently
                lines = text.split("\n")
                at = rng.randrange(len(lines))
                shift = rng.choice([-2, -1, 1, 2])
                lines[at] = " " * shift + lines[at] if shift > 0 else lines[at][-shift:]
                text = "\n".join(lines)
            else:
                lines = text.split("\n")
                lines.insert(rng.randrange(len(lines) + 1), rng.choice(lines))
                text = "\n".join(lines)
        yield text


def test_mutations_are_read_as_libyaml_reads_them_or_refused():
    count = int(os.environ.get("YAML_MUTATIONS", "1500"))
    read = sum(_same(text) for text in _mutations(count, int(os.environ.get("YAML_SEED", "0"))))
    assert read > count // 5  # the comparison is not empty


def test_no_refused_character_is_printable():
    """`read` searches for refused characters only in a text with a line that is not
    printable: that skips none of them only if none is printable."""
    import sys

    from generator.content.yamllines import _REFUSED

    printable = [hex(code) for code in range(sys.maxunicode + 1)
                 if _REFUSED.match(chr(code)) and chr(code).isprintable()]
    assert printable == []
