"""Write a briefing as YAML: stable key order, every entry marked drafted with a fingerprint."""

from __future__ import annotations

import datetime as dt
import hashlib
import json

import yaml

ENTRY_SECTIONS = ("actors", "claims", "timeline")
_FLOW_KEYS = {"aliases", "about", "actors", "authors", "tags"}


class _Flow(list):
    """A short list written on one line: [a, b]."""


class _Dumper(yaml.SafeDumper):
    def ignore_aliases(self, data: object) -> bool:
        return True

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)  # "  - id: ..." under its key, as the content model shows


_Dumper.add_representer(_Flow, lambda d, v: d.represent_sequence("tag:yaml.org,2002:seq", v, flow_style=True))


def plain(value: object) -> object:
    """A YAML-loaded value (ruamel or PyYAML) as plain dicts, lists and strings, for fingerprints."""
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, (int, float)):
        return value
    return str(value)


def fingerprint(entry: dict) -> str:
    """Eight hex digits that change whenever any field of the entry (but its marks) changes."""
    fields = {k: v for k, v in plain(entry).items() if k not in ("status", "drafted")}
    blob = json.dumps(fields, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:8]


def mark(entry: dict) -> dict:
    """The entry with `status: drafted` and its fingerprint, as the last two keys."""
    out = {k: v for k, v in entry.items() if k not in ("status", "drafted")}
    out["status"] = "drafted"
    out["drafted"] = fingerprint(out)
    return out


def _flowed(value: object, key: str = "") -> object:
    if isinstance(value, dict):
        return {k: _flowed(v, k) for k, v in value.items()}
    if isinstance(value, list):
        if key in _FLOW_KEYS and all(isinstance(v, str) for v in value):
            return _Flow(value)
        return [_flowed(v) for v in value]
    return value


def dump(data: dict) -> str:
    """YAML text of a whole briefing (entries must already be marked)."""
    return yaml.dump(_flowed(data), Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100000,
                     default_flow_style=False)


def dump_entry(entry: dict, indent: int) -> str:
    """YAML text of one list entry ("- id: ..."), indented by ``indent`` spaces."""
    text = yaml.dump([_flowed(entry)], Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100000,
                     default_flow_style=False)
    pad = " " * indent
    return "".join(pad + line if line.strip() else line for line in text.splitlines(keepends=True))


def to_yaml(data: dict) -> str:
    """Mark every entry drafted and write the briefing."""
    marked = {k: ([mark(e) for e in v] if k in ENTRY_SECTIONS else v) for k, v in data.items()}
    return dump(marked)
