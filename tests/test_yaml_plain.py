"""yamlfile._read_plain (libyaml's events read straight into data and positions) gives what the
composer gives: the same data, positions and, for anything it leaves to the composer, the
same messages at the same line and column."""

import pytest

from generator.content import yamlfile

pytestmark = pytest.mark.skipif(yamlfile._FastLoader is None, reason="PyYAML without libyaml")

CASES = [
    "",
    "# only a comment\n",
    "---\n",
    "title: A\npublished: 2024-10-11\ncount: 3\nshare: 1.5\nok: yes\nnone: ~\nempty:\n",
    "actors:\n  - id: a\n    aliases: [x, 'y']\n  - {id: b, name: B}\n",
    "a: &anchor 1\nb: 2\n",  # an anchor without an alias is plain
    "a: &x 1\nb: *x\n",
    "a: 1\nb:\n  c: 2\n  c: 3\n",
    "<<: {a: 1}\n",
    "a: !!binary aGVsbG8=\n",
    "a: ! [1]\n! b: 2\n",
    'a: "\\ud800"\n',
    '"\\ud800": 1\n',
    "? [a]\n: b\n",
    "a: 1\n---\nb: 2\n",
    "x: " + "[" * 25 + "]" * 25 + "\n",
    "a: " + "9" * 5000 + "\n",
    "a: =\n",
    "a: 'never closed\n",
    "a: b: c\n",
]


def _parsed(text: str):
    doc, problems = yamlfile.parse(text, "content/articles/x.yaml")
    if doc is not None:
        doc.complete()  # the scalar values' positions, left out until a problem needs one
    shown = None if doc is None else (doc.data, doc.positions, doc.key_positions)
    return shown, [str(p) for p in problems]


@pytest.mark.parametrize("text", CASES)
def test_read_plain_gives_what_the_composer_gives(text, monkeypatch):
    fast = _parsed(text)
    monkeypatch.setattr(yamlfile, "_read_lines", lambda text, doc: False)
    monkeypatch.setattr(yamlfile, "_read_plain", lambda text, doc: False)
    assert fast == _parsed(text)


def test_an_alias_and_a_repeated_key_are_refused_at_their_line_and_column():
    assert _parsed("a: &x 1\nb: *x\n")[1] == [
        "content/articles/x.yaml:2:4: YAML aliases (*name) are not allowed in content files; "
        "write the value out in full"]
    assert _parsed("a: 1\nb:\n  c: 2\n  c: 3\n")[1] == [
        "content/articles/x.yaml:4:3: 'c' is given twice (first on line 3); keep one of them"]
