"""Merge a new draft into a briefing a person may have edited, keeping every human change byte for byte.

The merge works on the text: ruamel.yaml tells where each top-level key and each list entry
starts, and entries are copied line for line, so comments, key order and quoting of the
entries a person touched are never re-serialized.
"""

from __future__ import annotations

import io

import yaml
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import YAMLError

from .emit import ENTRY_SECTIONS, drafter_comment, dump_entry, fingerprint, plain
from .errors import DraftError


def redraft_yaml(current_yaml: str, new_draft_yaml: str) -> str:
    """Replace only the untouched drafted entries of ``current_yaml`` by those of ``new_draft_yaml``.

    An entry is a person's (and kept exactly) when its status is not ``drafted``, it has no
    status, its ``drafted`` fingerprint no longer matches its content, or it holds a comment.
    New drafted entries whose id is taken by a kept entry, or that repeat a kept entry's
    evidence and quote/date, are left out. Top-level metadata stays as the person has it.
    """
    try:
        current = YAML(typ="rt").load(io.StringIO(current_yaml))
    except YAMLError as exc:
        raise DraftError(f"the current briefing is not valid YAML: {exc}") from None
    new = yaml.safe_load(new_draft_yaml) or {}
    if current is None:
        return new_draft_yaml
    if not isinstance(current, CommentedMap) or not isinstance(new, dict):
        raise DraftError("a briefing must be a YAML mapping of keys such as title, actors, claims")
    lines = current_yaml.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    keys = sorted(current, key=lambda k: current.lc.key(k)[0])
    starts = [_key_start(lines, current.lc.key(k)[0]) for k in keys]
    out = lines[: starts[0]] if keys else list(lines)
    for i, key in enumerate(keys):
        end = starts[i + 1] if i + 1 < len(keys) else len(lines)
        if key in ENTRY_SECTIONS:
            out += _merge_section(
                key, current[key], lines, starts[i], end, list(new.get(key) or [])
            )
        else:
            out += lines[starts[i] : end]
    for key in ENTRY_SECTIONS:
        if key not in current and new.get(key):
            out.append(f"{key}:\n")
            out += [dump_entry(e, 2) for e in new[key]]
    return "".join(out)


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


def _merge_section(
    key: str, seq: object, lines: list[str], start: int, end: int, fresh: list[dict]
) -> list[str]:
    region = lines[start:end]
    if isinstance(seq, CommentedSeq) and len(seq) and seq.fa.flow_style():
        return region  # a list a person wrote in flow style: keep it as it is
    if not isinstance(seq, CommentedSeq) or not len(seq):
        head = [f"{key}:\n"] + [line for line in region[1:] if line.lstrip().startswith("#")]
        return head + [dump_entry(e, 2) for e in fresh]
    first_lines = [seq.lc.item(i)[0] for i in range(len(seq))]
    item_starts = [
        _item_start(lines, line, first_lines[i - 1] if i else start)
        for i, line in enumerate(first_lines)
    ]
    blocks = [
        lines[s : (item_starts[i + 1] if i + 1 < len(seq) else end)]
        for i, s in enumerate(item_starts)
    ]
    dash = lines[first_lines[0]]
    indent = len(dash) - len(dash.lstrip(" "))

    kept = [i for i in range(len(seq)) if _touched(seq[i], blocks[i])]
    kept_ids = {str(seq[i].get("id")) for i in kept if isinstance(seq[i], dict)}
    kept_keys = {_same_key(key, seq[i]) for i in kept if isinstance(seq[i], dict)}
    chosen = [
        e
        for e in fresh
        if isinstance(e, dict)
        and str(e.get("id")) not in kept_ids
        and _same_key(key, e) not in kept_keys
    ]
    by_id = {str(e.get("id")): e for e in chosen}

    out = lines[start : item_starts[0]]
    placed: set[int] = set()
    for i, block in enumerate(blocks):
        if i in kept:
            out += block
            continue
        replacement = by_id.get(str(seq[i].get("id")) if isinstance(seq[i], dict) else "")
        if replacement is not None and id(replacement) not in placed:
            out.append(dump_entry(replacement, indent))
            placed.add(id(replacement))
    out += [dump_entry(e, indent) for e in chosen if id(e) not in placed]
    return out


def _touched(entry: object, block: list[str]) -> bool:
    """True for an entry a person added, edited, reviewed or commented on."""
    if not isinstance(entry, dict) or entry.get("status") != "drafted":
        return True
    if str(entry.get("drafted", "")) != fingerprint(dict(entry)):
        return True
    return any(_has_comment(line) and not drafter_comment(line) for line in block)


def _has_comment(line: str) -> bool:
    """A '#' that starts a comment, outside any quoted string."""
    quote = ""
    for i, ch in enumerate(line):
        if quote:
            if ch == quote:
                quote = ""
        elif ch in "'\"" and (i == 0 or line[i - 1] in " [{:,-"):
            quote = ch
        elif ch == "#" and (i == 0 or line[i - 1] in " \t"):
            return True
    return False


def _same_key(section: str, entry: dict) -> tuple:
    """What makes two entries the same finding: evidence and quote (claims) or date (events)."""
    e = plain(entry)
    assert isinstance(e, dict)
    if section == "claims":
        return ("c", e.get("evidence"), e.get("quote"))
    if section == "timeline":
        return ("t", e.get("evidence"), e.get("date"))
    return ("a", str(e.get("name") or e.get("id")).lower())
