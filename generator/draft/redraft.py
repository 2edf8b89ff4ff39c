"""Merge a new draft into a briefing a person may have edited, keeping every human change byte for byte.

The merge works on the text: ruamel.yaml tells where each top-level key and each list entry
starts, and entries are copied line for line, so comments, key order, flow style, quoting and
line ends of whatever a person touched are never re-serialized. An entry counts as untouched
only while its text is exactly what the drafter wrote. What a person deleted stays deleted:
the ledger at the end of the file (`proposed:`) lists every entry the drafter proposed, and an
entry listed there but gone from the file is not proposed again.
"""

from __future__ import annotations

import functools
import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import yaml
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.constructor import RoundTripConstructor
from ruamel.yaml.error import YAMLError

from ..content.yamlfile import directive_of
from .emit import (
    ENTRY_SECTIONS,
    LEDGER,
    Unattributed,
    as_drafted,
    dump_entry,
    fingerprint,
    identity,
    ledger_text,
    mark,
)
from .errors import DraftError

_DOC_END = re.compile(r"\.\.\.[ \t]*(#.*)?\r?\n?")
_EMPTY_LIST = re.compile(r"(?P<key>[^:]+:)[ \t]*\[[ \t]*\](?P<rest>[ \t]*(#.*)?)(?P<nl>\r?\n)")


@dataclass
class Layout:
    """Where the parts of a briefing's text are: its lines, where each top-level key starts,
    where the document ends, and the line end it uses."""

    doc: CommentedMap
    lines: list[str]
    keys: list[str]  # top-level keys in the order of the file
    starts: list[int]  # the first line of each (with the comment lines right above it)
    end: int  # the line after the document: a '...' marker and what follows stay after it
    newline: str

    def region(self, i: int) -> tuple[int, int]:
        """The lines of the i-th top-level key."""
        return self.starts[i], self.starts[i + 1] if i + 1 < len(self.keys) else self.end

    def entries(self, key: str) -> list[tuple[int, int]]:
        """The (first, end) lines of each entry of a block list (with the comment lines
        right above it); [] for an empty or flow-style list."""
        seq = self.doc.get(key)
        if not isinstance(seq, CommentedSeq) or not len(seq) or seq.fa.flow_style():
            return []
        start, end = self.region(self.keys.index(key))
        firsts = [seq.lc.item(i)[0] for i in range(len(seq))]
        item_starts = [_item_start(self.lines, line, firsts[i - 1] if i else start)
                       for i, line in enumerate(firsts)]
        return [(s, item_starts[i + 1] if i + 1 < len(seq) else end)
                for i, s in enumerate(item_starts)]


class _AsText(RoundTripConstructor):
    """ruamel's round-trip constructor, but a number or date it cannot make (over 4,300
    digits, 2024-02-30) is its text, as `check` reads it: it raised ValueError, a traceback
    from `review` and `redraft` on a file `check` calls clean."""

    def _or_text(self, construct: Callable[[Any], Any], node: Any) -> Any:
        try:
            return construct(node)
        except ValueError:
            return self.construct_yaml_str(node)

    def construct_yaml_int(self, node: Any) -> Any:
        return self._or_text(super().construct_yaml_int, node)

    def construct_yaml_float(self, node: Any) -> Any:
        return self._or_text(super().construct_yaml_float, node)

    def construct_yaml_timestamp(self, node: Any, values: Any = None) -> Any:
        return self._or_text(super().construct_yaml_timestamp, node)


for _tag, _method in (("int", _AsText.construct_yaml_int),
                      ("float", _AsText.construct_yaml_float),
                      ("timestamp", _AsText.construct_yaml_timestamp)):
    _AsText.add_constructor(f"tag:yaml.org,2002:{_tag}", _method)


def _directive(text: str) -> str:
    """The text's first YAML directive (`%YAML 1.3`), or "": `check` refuses them (the content
    loader), and ruamel stops on `%YAML 1.3` with an AssertionError and reads a file under
    `%YAML 1.1` otherwise than PyYAML does. Only the events before the document are read."""
    if "%" not in text:
        return ""
    try:
        for event in yaml.parse(io.StringIO(text), Loader=yaml.SafeLoader):
            if isinstance(event, yaml.DocumentStartEvent):
                return directive_of(event)
    except yaml.YAMLError:  # ruamel says what is wrong
        return ""
    return ""


@functools.lru_cache(maxsize=4)
def layout(text: str) -> Layout:
    """Parse a briefing's text for a line-level edit; DraftError if it is not a mapping.
    Kept for the last few texts, and shared: no caller changes a Layout. `briefing review`
    asks for the same text's several times per answer, and ruamel reads about 60 KB a
    second (a 426 KB briefing took 7 s per answer)."""
    directive = _directive(text)
    if directive:
        raise DraftError(f"the current briefing has a YAML directive ('{directive}'), which "
                         "content files do not use: delete that line and the '---' after it")
    reader = YAML(typ="rt")
    reader.Constructor = _AsText
    try:
        doc = reader.load(io.StringIO(text))
    except YAMLError as exc:
        raise DraftError(f"the current briefing is not valid YAML: {exc}") from None
    except RecursionError:  # a file saved during a review is not read by `check` first
        raise DraftError("the current briefing nests too deep to read") from None
    if not isinstance(doc, CommentedMap):
        raise DraftError("a briefing must be a YAML mapping of keys such as title, actors, claims")
    return layout_of(doc, text)


def layout_of(doc: CommentedMap, text: str) -> Layout:
    """The layout of a text whose mapping `doc` is (as ruamel reads it)."""
    lines = text.splitlines(keepends=True)
    newline = "\r\n" if lines and lines[0].endswith("\r\n") else "\n"
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += newline
    keys = sorted(doc, key=lambda k: doc.lc.key(k)[0])
    last = doc.lc.key(keys[-1])[0] if keys else 0
    end = next((n for n in range(last + 1, len(lines)) if _DOC_END.fullmatch(lines[n])),
               len(lines))
    starts = [_key_start(lines, doc.lc.key(k)[0]) for k in keys]
    return Layout(doc, lines, keys, starts, end, newline)


def redraft_yaml(current_yaml: str, new_draft_yaml: str,
                 held: list[tuple[str, str]] | None = None) -> str:
    """Replace only the untouched drafted entries of ``current_yaml`` by those of ``new_draft_yaml``.

    An entry is a person's (and kept exactly) when its status is not ``drafted``, it has no
    status, or its text is no longer exactly what the drafter wrote (an edit, a comment, a
    change of quoting or key order). New drafted entries whose id is taken by a kept entry,
    that repeat a kept entry's finding, or that the ledger lists as proposed before and a
    person deleted, are left out. Top-level metadata stays as the person has it. `held`, if
    given, receives (section, id) of each kept entry whose id a new finding of the draft
    could not take: the drafter now reads that entry's sentence differently.
    """
    if not current_yaml.strip():
        return new_draft_yaml
    new = yaml.safe_load(new_draft_yaml) or {}
    if not isinstance(new, dict):
        raise DraftError("the new draft is not a mapping")
    _keep_candidates(new, new_draft_yaml)
    lay = layout(current_yaml)
    doc, lines, nl = lay.doc, lay.lines, lay.newline
    proposed = [str(f) for f in doc.get(LEDGER) or []] if isinstance(doc.get(LEDGER), list) else []
    entries = [(k, e) for k in ENTRY_SECTIONS if isinstance(doc.get(k), list)
               for e in doc[k] if isinstance(e, dict)]
    present = {identity(k, e) for k, e in entries}
    deleted = set(proposed) - present
    drafted_before = sorted(identity(k, e) for k, e in entries if "drafted" in e)
    fresh = {k: [e for e in new.get(k) or [] if isinstance(e, dict)
                 and identity(k, e) not in deleted] for k in ENTRY_SECTIONS}
    kept_ids = {str(e.get("id")) for k, e in entries if k == "actors"}
    gone = {str(e.get("id")) for e in new.get("actors") or [] if isinstance(e, dict)
            and e.get("name") and identity("actors", e) in deleted} - kept_ids
    if gone:  # an actor a person deleted: no new entry names it
        fresh["claims"] = [_without(e, gone) for e in fresh["claims"] if str(e.get("by")) not in gone]
        fresh["timeline"] = [_without(e, gone) for e in fresh["timeline"]]
    renamed = _kept_as(lay, fresh["actors"])
    taken = _alias_of_kept(lay, fresh["actors"])
    if taken:  # a new actor that would take a kept one's name as its alias: left out
        fresh["actors"] = [e for e in fresh["actors"] if str(e.get("id")) not in taken]
        renamed.update(taken)
    if renamed:  # a new actor left out for a kept entry of its name: its entries name that one
        fresh["claims"] = [_renamed(e, renamed) for e in fresh["claims"]]
        fresh["timeline"] = [_renamed(e, renamed) for e in fresh["timeline"]]
    out = lines[: lay.starts[0]] if lay.keys else lines[: lay.end]
    replaced: set[str] = set()  # untouched drafted entries this draft replaces or drops
    written: list[str] = []  # only what the file now shows: one left out was never proposed
    for i, key in enumerate(lay.keys):
        start, end = lay.region(i)
        if key in ENTRY_SECTIONS:
            out += _merge_section(lay, key, start, end, fresh[key], replaced, written,
                                  held if held is not None else [])
        elif key != LEDGER:
            out += lines[start:end]
    for key in ENTRY_SECTIONS:
        if key not in doc and fresh[key]:
            out.append(f"{key}:{nl}")
            out += [_ends(dump_entry(e, 2), nl) for e in fresh[key]]
            written += [identity(key, e) for e in fresh[key]]
    remembered = [f for f in proposed + drafted_before if f not in replaced]
    out.append(_ends(ledger_text(remembered + written), nl))
    return "".join(out + lines[lay.end:])


_CANDIDATES = re.compile(r"#\s*speaker not established; candidates: (?P<ids>[^#\r\n]*?)\s*$")


def _keep_candidates(new: dict, text: str) -> None:
    """Give each empty `by:` of the new draft (as loaded) the candidates its comment names
    in `text`, which YAML reads as nothing, so that the merged file names them again."""
    claims = new.get("claims")
    if not isinstance(claims, list) or not any(
            isinstance(c, dict) and "by" in c and c["by"] is None for c in claims):
        return
    lay = layout(text)
    seq = lay.doc.get("claims")
    for i, claim in enumerate(claims):
        if not (isinstance(claim, dict) and "by" in claim and claim["by"] is None):
            continue
        found = _CANDIDATES.search(lay.lines[seq[i].lc.key("by")[0]])
        if found:
            claim["by"] = Unattributed(tuple(c.strip() for c in found["ids"].split(",")))


def _kept_as(lay: Layout, actors: list[dict]) -> dict[str, str]:
    """The new draft's actors that a kept entry of the same name replaces under another id (a
    person renamed the id, or wrote the entry by hand): their id → the kept entry's. The new
    entry is left out (`_merge_section`), so its claims and events must name the kept one:
    naming the left-out id, they made a file `check` refused."""
    seq = lay.doc.get("actors")
    kept = {identity("actors", seq[i]): str(seq[i].get("id")) for i in _kept_indexes(lay, "actors")
            if isinstance(seq[i], dict)}
    return {str(e.get("id")): kept[identity("actors", e)] for e in actors
            if kept.get(identity("actors", e), str(e.get("id"))) != str(e.get("id"))}


def _alias_of_kept(lay: Layout, actors: list[dict]) -> dict[str, str]:
    """The new draft's actors, other than kept ids, with an alias that is the name of a kept
    actor of the same kind: their id -> the kept entry's. The person settled who that name is
    in this article ("Boeing" reviewed as `boeing`); a draft that now reads it as the alias
    of another actor (`boeing-commercial-airplanes`, defined by a later article) would put a
    second actor of that name beside it (analyst7). Of another kind it is another actor."""
    seq = lay.doc.get("actors")
    kept: dict[tuple[str, str], str] = {}
    for i in _kept_indexes(lay, "actors"):
        entry = seq[i]
        if isinstance(entry, dict) and entry.get("name") and entry.get("id"):
            kept[(str(entry["name"]).strip().lower(), str(entry.get("kind")))] = str(entry["id"])
    kept_ids = set(kept.values())
    out: dict[str, str] = {}
    for e in actors:
        ident = str(e.get("id"))
        aliases = e.get("aliases")
        if ident in kept_ids or not isinstance(aliases, list):
            continue
        for alias in aliases:
            found = kept.get((str(alias).strip().lower(), str(e.get("kind"))))
            if found:
                out[ident] = found
                break
    return out


def _renamed(entry: dict, renamed: dict[str, str]) -> dict:
    """A drafted entry naming `renamed`'s new ids for its old ones (marked again if changed)."""
    out = dict(entry)
    by = out.get("by")
    if isinstance(by, Unattributed):
        out["by"] = Unattributed(tuple(dict.fromkeys(renamed.get(c, c) for c in by.candidates)))
    elif str(by) in renamed:
        out["by"] = renamed[str(by)]
    for key in ("about", "actors"):
        if isinstance(out.get(key), list):
            out[key] = list(dict.fromkeys(renamed.get(str(i), i) for i in out[key]))
    if isinstance(out.get("parties"), list):
        out["parties"] = [{**p, "actor": renamed[str(p.get("actor"))]}
                          if isinstance(p, dict) and str(p.get("actor")) in renamed else p
                          for p in out["parties"]]
    return entry if out == entry else mark(out)


def _without(entry: dict, gone: set[str]) -> dict:
    """A drafted entry that names none of the actors in `gone` (marked again if it changed)."""
    out = dict(entry)
    for key in ("about", "actors"):
        if isinstance(out.get(key), list):
            out[key] = [i for i in out[key] if str(i) not in gone]
    if isinstance(out.get("parties"), list):
        out["parties"] = [p for p in out["parties"]
                          if not (isinstance(p, dict) and str(p.get("actor")) in gone)]
        if not out["parties"]:
            del out["parties"]
    return entry if out == entry else mark(out)


def _ends(text: str, newline: str) -> str:
    return text if newline == "\n" else text.replace("\n", newline)


def _key_start(lines: list[str], line: int) -> int:
    """A top-level key's first line, taking the unindented comment lines right above it."""
    while line > 0 and lines[line - 1].startswith("#"):
        line -= 1
    return line


def _item_start(lines: list[str], line: int, floor: int) -> int:
    """A list entry's first line: its dash, or the comment lines right above it."""
    while line - 1 > floor and lines[line - 1].lstrip().startswith("#"):
        line -= 1
    return line


def _merge_section(lay: Layout, key: str, start: int, end: int, fresh: list[dict],
                   replaced: set[str], written: list[str],
                   held: list[tuple[str, str]]) -> list[str]:
    lines, nl = lay.lines, lay.newline
    region = lines[start:end]
    seq = lay.doc[key]
    if isinstance(seq, CommentedSeq) and len(seq) and seq.fa.flow_style():
        return region  # a list a person wrote in flow style: keep it as it is
    if not isinstance(seq, CommentedSeq) or not len(seq):
        if not fresh:
            return region
        written += [identity(key, e) for e in fresh]
        head = lines[start : lay.doc.lc.key(key)[0] + 1]
        empty = _EMPTY_LIST.fullmatch(head[-1])
        if empty:  # `timeline: []  # a comment`: the comment stays on the key's line
            head[-1] = f"{empty['key']}{empty['rest']}{empty['nl']}"
        return head + region[len(head):] + [_ends(dump_entry(e, 2), nl) for e in fresh]
    spans = lay.entries(key)
    blocks = [lines[s:e] for s, e in spans]
    indent = _indent(lay, seq)
    kept = _kept_indexes(lay, key)
    kept_ids = {str(seq[i].get("id")) for i in kept if isinstance(seq[i], dict)}
    kept_keys = {identity(key, seq[i]) for i in kept if isinstance(seq[i], dict)}
    chosen = [e for e in fresh
              if str(e.get("id")) not in kept_ids and identity(key, e) not in kept_keys]
    by_id = {str(e.get("id")): e for e in chosen}
    # one that repeats a kept entry's finding was seen in that entry: deleting it deletes both
    picked = {id(e) for e in chosen}
    written += [identity(key, e) for e in fresh if id(e) in picked or identity(key, e) in kept_keys]
    held += [(key, str(e.get("id"))) for e in fresh if id(e) not in picked
             and identity(key, e) not in kept_keys and str(e.get("id")) in kept_ids]

    out = lines[start : spans[0][0]]
    placed: set[int] = set()
    for i, block in enumerate(blocks):
        if i in kept:
            out += block
            continue
        replaced.add(identity(key, seq[i]))
        replacement = by_id.get(str(seq[i].get("id")) if isinstance(seq[i], dict) else "")
        if replacement is not None and id(replacement) not in placed:
            out.append(_ends(dump_entry(replacement, indent), nl))
            placed.add(id(replacement))
        out += block[len(block) - _blank_tail(block):]  # the blank lines that followed it
    out += [_ends(dump_entry(e, indent), nl) for e in chosen if id(e) not in placed]
    return out


def _indent(lay: Layout, seq: CommentedSeq) -> int:
    """The indent of a block list's dashes."""
    dash = lay.lines[seq.lc.item(0)[0]]
    return len(dash) - len(dash.lstrip(" "))


def _kept_indexes(lay: Layout, key: str) -> list[int]:
    """The entries of the current file's list `key` that a redraft keeps as they are: a
    person's (`_touched`), or all of a list in flow style."""
    seq = lay.doc.get(key)
    if not isinstance(seq, CommentedSeq) or not len(seq):
        return []
    if seq.fa.flow_style():
        return list(range(len(seq)))
    indent = _indent(lay, seq)
    return [i for i, (start, end) in enumerate(lay.entries(key))
            if _touched(seq[i], lay.lines[start:end], indent)]


def _blank_tail(block: list[str]) -> int:
    """How many blank lines end the block."""
    count = 0
    while count < len(block) and not block[len(block) - 1 - count].strip():
        count += 1
    return count


def _touched(entry: object, block: list[str], indent: int) -> bool:
    """True for an entry a person added, edited, reviewed, commented on or laid out anew:
    anything but a drafted entry whose text is still exactly what the drafter wrote."""
    if not isinstance(entry, dict) or entry.get("status") != "drafted":
        return True
    if str(entry.get("drafted", "")) != fingerprint(dict(entry)):
        return True
    text = "".join(as_drafted(line) for line in block).replace("\r\n", "\n").rstrip("\n") + "\n"
    return text != dump_entry(entry, indent)
