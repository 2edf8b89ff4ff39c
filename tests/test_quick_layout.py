"""`briefing merge` reads the files it edits through libyaml (`quick_layout`), not ruamel.yaml:
the same values, positions and styles, so the same bytes written; a file naming the old id in
any form is read and edited, never passed over; and a text libyaml might read otherwise is
left to ruamel."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from generator import merge as merge_module
from generator.draft.quicklayout import quick_layout
from generator.draft.redraft import layout

from .test_merge import HERE, NEW, OLD, files, run

ROOT = Path(__file__).resolve().parent.parent


def same(ruamel: Any, quick: Any, where: tuple[object, ...] = ()) -> None:
    """The two readings hold the same values, types, positions and styles."""
    if isinstance(ruamel, (CommentedMap, CommentedSeq)):
        assert type(quick) is type(ruamel), where
        assert (quick.lc.line, quick.lc.col) == (ruamel.lc.line, ruamel.lc.col), where
        assert quick.fa.flow_style() == ruamel.fa.flow_style(), where
        keys = list(ruamel) if isinstance(ruamel, CommentedMap) else list(range(len(ruamel)))
        assert (list(quick) if isinstance(quick, CommentedMap) else list(range(len(quick)))) \
            == keys, where
        for key in keys:
            assert list(quick.lc.data[key]) == list(ruamel.lc.data[key]), where + (key,)
            same(ruamel[key], quick[key], where + (key,))
        return
    assert quick == ruamel and str(quick) == str(ruamel), where
    assert isinstance(quick, str) == isinstance(ruamel, str), where
    if not isinstance(ruamel, str):
        assert type(quick) is type(ruamel), where


def check_same(text: str) -> None:
    quick, ruamel = quick_layout(text), layout(text)
    assert quick is not None
    same(ruamel.doc, quick.doc)
    assert (quick.lines, quick.keys, quick.starts, quick.end, quick.newline) == \
        (ruamel.lines, ruamel.keys, ruamel.starts, ruamel.end, ruamel.newline)


def _yaml_files() -> list[Path]:
    found = [p for pattern in ("content/**/*.yaml", "tests/**/*.yaml")
             for p in ROOT.glob(pattern) if "node_modules" not in p.parts]
    return sorted(found)


def test_every_yaml_file_of_the_project_reads_the_same() -> None:
    read = 0
    for path in _yaml_files():
        text = path.read_text(encoding="utf-8").removeprefix("\ufeff")
        if quick_layout(text) is None:
            continue
        check_same(text)
        read += 1
    assert read >= 60  # the seed, the fixture, the merge cases, the gold files


EDGES = {
    "plain": "title: x\nactors:\n  - id: a\n    role: b\n",
    "crlf": "title: x\r\nactors:\r\n  - id: a\r\n    role: b\r\n",
    "no last line end": "title: x\nactors: [a, b]",
    "nulls and empties": "a:\nb: ~\nc: null\nd: []\ne: {}\nf: ''\ng: \"\"\nh: [a, ~, b]\n",
    "numbers, dates, bools": ("a: 1\nb: 1e3\nc: 0o17\nd: 0x1F\ne: 2024-06-19\nf: 2024-02-30\n"
                              "g: true\nh: yes\ni: .inf\nj: 1_000\nk: 2024-06-19 10:00:00\n"
                              "l: [1, 2.5, false, 2024-01-01, null]\nm: 007\nn: -0\n"),
    "keys that are not text": "1: a\nfalse: b\n2024-06-19: c\nnull: d\n1.5: e\n",
    "quotes": "a: 'it''s'\nb: \"say \"\nc: ['x', \"y\"]\nd: '1e3'\ne: \"true\"\n",
    "block scalars": "a: |\n  one\n  two\nb: >-\n  folded\n  text\n\nc: |+\n  kept\n\n",
    "long plain scalars": "a: one\n  two\n   three\nb:\n  - a long\n    item\n",
    "indentless list": "actors:\n- id: a\n  role: b\n- id: c\nclaims:\n-   id: d\n",
    "flow mappings": "timeline:\n  - {id: a, actors: [x, y], date: 2024-06}\n  - {}\n",
    "nested flow": "a: {b: [1, {c: d}], e: 'f'}\n",
    "multi-line flow": "a: [one,\n  two,\n  three]\nb: {c: d,\n  e: f}\n",
    "comments": "# top\na: b  # eol\n# before\nc:\n  # inside\n  - d # x\n",
    "document markers": "---\na: b\nc: d\n...\n# after\n",
    "unicode": "a: Kim Yŏ-jŏng\nb: [日本, \"Ωmega\"]\nc: 😀 face\n",
    "odd spacing": "a:   b\nc:    [ d ,  e ]\nf:\n\n\n  - g\n",
    "empty values": ("a:\nb:   \n\n  # d\nc:\n  d:\ne: 1\nf:\n  - g:\n    h:\n"
                     "i:\n  -\n  - j\nk:\n  # x\n"),
    "an empty value last": "a: b\nc:",
    "an empty value, crlf": "a:\r\n\r\n  # x\r\nb: c\r\nd:\r\n",
    "an empty value before the end marker": "a:\n...\n",
    "colons and hashes": "a: b:c\nd: e#f\ng: 'h: i'\nj: http://x.y/z#k\n",
}


@pytest.mark.parametrize("name", EDGES)
def test_edge_cases_read_the_same(name: str) -> None:
    check_same(EDGES[name])


@pytest.mark.parametrize("text", [
    'a: "pu\\x74in"\n',  # an escape
    "a:\tb\n",  # a tab
    "a: b\rc: d\n",  # a lone CR
    "a: b\u2028c\n",  # a line break YAML 1.2 does not count
    "%YAML 1.1\n---\na: yes\n",  # a directive
    "a: !!str 1e3\n",  # a tag
    "a: !local b\n",
    "a: &x b\nc: *x\n",  # an alias
    "a: b\na: c\n",  # a duplicate key
    "1: a\n0o1: c\n",  # the same key, as ruamel makes it
    "a: {b: , c: d}\n",
    "a:   # an empty value with a comment: ruamel places it after the colon\nb: 1\n",
    "a:  # or at the end\n",  # an empty value in a flow mapping (ruamel places it otherwise)
    "<<: {a: b}\nc: d\n",  # a merge key
    "? [a, b]\n: c\n",  # a key that is a list
    ": x\nb: c\n",  # an empty key
    "a: b\n---\nc: d\n",  # two documents
    "- a\n- b\n",  # not a mapping
    "",
    "a: [b\n",  # not YAML
])
def test_a_text_libyaml_might_read_otherwise_is_left_to_ruamel(text: str) -> None:
    assert quick_layout(text) is None


# Each form in which an article may name the old id: the file is read and edited.
FORMS = {
    "by": "    by: {old}\n",
    "by, single-quoted": "    by: '{old}'\n",
    "by, double-quoted": '    by: "{old}"\n',
    "by, escaped": '    by: "rolls-royce-\\x70lc"\n',
    "by, escaped over two lines": '    by: "rolls-royce-\\\n      plc"\n',
    "about, flow list": "    about: [airbus, {old}]\n",
    "about, block list": "    about:\n      - airbus\n      - {old}\n",
    "party": "    parties:\n      - actor: {old}\n        stance: confirms\n",
    "party, flow": "    parties:\n      - {{actor: {old}, stance: confirms}}\n",
}


def _article(form: str, tail: str = "") -> str:
    return ("title: Another day\npublished: 2006-01-02\nactors:\n  - id: airbus\n"
            "    role: the plane maker\nclaims:\n  - id: said\n    claim: Engines are fine.\n"
            "    evidence: Rolls-Royce said the engines are fine.\n"
            + ("" if form.startswith("by") else "    by: airbus\n")
            + FORMS[form].format(old=OLD) + tail)


def _merged(tmp_path: Path, name: str, article: str, quick: bool,
            *args: str) -> tuple[int, str, str, dict[str, bytes]]:
    folder = tmp_path / name / "content"
    shutil.copytree(HERE / "before", folder)
    (folder / "articles" / "2006-01-02-day.yaml").write_text(article, encoding="utf-8")
    (folder / "articles" / "2006-01-02-day.md").write_text(
        "Rolls-Royce said the engines are fine.\n", encoding="utf-8")
    with pytest.MonkeyPatch.context() as patch:
        if not quick:
            patch.setattr(merge_module, "quick_layout", lambda text: None)
        code, out, err = run(folder, "merge", OLD, NEW, *args)
    return code, out, err, files(folder)


@pytest.mark.parametrize("form", FORMS)
def test_a_file_naming_old_in_any_form_is_edited_as_ruamel_edits_it(tmp_path: Path,
                                                                    form: str) -> None:
    article = _article(form)
    assert run(_fresh(tmp_path, article), "check")[0] == 0  # the form is clean content
    for args in ((), ("--dry-run",)):
        quick = _merged(tmp_path, f"quick{len(args)}", article, True, *args)
        slow = _merged(tmp_path, f"slow{len(args)}", article, False, *args)
        assert quick == slow
    if form == "by, escaped over two lines":  # read, and refused where it stands
        assert quick[0] == 1 and quick[2] == (
            "briefing: merge: content/articles/2006-01-02-day.yaml:10:9: cannot find "
            f"'{OLD}' where the YAML puts it; change it there by hand, then merge again\n")
        return
    assert quick[0] == 0, quick[2]
    written = _merged(tmp_path, "again", article, True)[3]["articles/2006-01-02-day.yaml"]
    assert written != article.encode()  # never passed over
    assert OLD not in written.decode().replace("\\x70", "p")


def _fresh(tmp_path: Path, article: str) -> Path:
    folder = tmp_path / "check" / "content"
    if folder.exists():
        shutil.rmtree(folder)
    shutil.copytree(HERE / "before", folder)
    (folder / "articles" / "2006-01-02-day.yaml").write_text(article, encoding="utf-8")
    (folder / "articles" / "2006-01-02-day.md").write_text(
        "Rolls-Royce said the engines are fine.\n", encoding="utf-8")
    return folder


@pytest.mark.parametrize("extra", [
    "tags: [rolls-royce-plc, airbus]\n",  # a tag
    "tags:\n  - 'rolls-royce-plc'\n",
    "timeline:\n  - id: e\n    date: 2006-01\n    event: Engines tested.\n"
    "    evidence: Rolls-Royce said the engines are fine.\n    actors: [airbus, rolls-royce-plc]\n",
    "timeline:\n  - {id: e, date: 2006-01, event: Engines tested., evidence: Rolls-Royce said "
    "the engines are fine., actors: [\"rolls-royce-plc\"]}\n",
])
def test_tags_and_timeline_forms_too(tmp_path: Path, extra: str) -> None:
    article = _article("by").replace(f"    by: {OLD}\n", "    by: airbus\n") + extra
    quick = _merged(tmp_path, "quick", article, True)
    slow = _merged(tmp_path, "slow", article, False)
    assert quick == slow and quick[0] == 0, quick[2]
    assert quick[3]["articles/2006-01-02-day.yaml"] != article.encode()


def test_the_golden_merge_is_the_same_either_way(tmp_path: Path) -> None:
    results = []
    for quick in (True, False):
        folder = tmp_path / str(quick) / "content"
        shutil.copytree(HERE / "before", folder)
        with pytest.MonkeyPatch.context() as patch:
            if not quick:
                patch.setattr(merge_module, "quick_layout", lambda text: None)
            results.append((run(folder, "merge", OLD, NEW, "--dry-run"),
                            run(folder, "merge", OLD, NEW), files(folder)))
    assert results[0] == results[1]
    assert results[0][2] == files(HERE / "after")
