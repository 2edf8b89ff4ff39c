"""Write a briefing as YAML: stable key order, every entry marked drafted with a fingerprint."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass

from ..exports.json_schema import schema_comment

ENTRY_SECTIONS = ("actors", "claims", "timeline")
_FLOW_KEYS = {"aliases", "about", "actors", "authors", "tags", "proposed"}
REVIEWED_FIELDS = ("summary", "tags")  # metadata the drafter writes, reviewed like entries
# metadata the drafter reads from the text, reviewed like entries when it did (a title or
# date a person gave on the command line is not drafted)
READ_FIELDS = ("title", "published")
LEDGER = "proposed"
LEDGER_COMMENT = (
    "# What the drafter proposed, one fingerprint per entry. 'briefing redraft' never proposes\n"
    "# again an entry listed here that is no longer above: deleting a drafted entry (or\n"
    "# rejecting it in 'briefing review') is remembered. Remove a fingerprint to get it back.\n"
)
_RESERVED = {"null", "~", "true", "false", "yes", "no", "on", "off", "y", "n"}
# characters YAML cannot hold raw (or would read as a line break), and tabs
_UNSAFE = re.compile(
    "[^\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]"
)
_PLAIN = re.compile(r"[^\W\d_][^\n]*")
_UNATTRIBUTED = "# speaker not established"


@dataclass(frozen=True)
class Unattributed:
    """An empty `by`: the drafter could not establish who spoke. It is written as `by:` with
    a comment naming the candidates a person may choose from, and reads back as null."""

    candidates: tuple[str, ...] = ()

    def comment(self) -> str:
        """The comment after `by:`."""
        if not self.candidates:
            return _UNATTRIBUTED
        return f"{_UNATTRIBUTED}; candidates: {', '.join(self.candidates)}"


def as_drafted(line: str) -> str:
    """A line of a drafted entry as the drafter writes that entry when it is read back: the
    candidates of an empty `by:` are not in the loaded entry, so they are set aside."""
    head, found, tail = line.partition(_UNATTRIBUTED)
    if not found:
        return line
    return head + found + tail[len(tail.rstrip("\r\n")):]


def scalar(value: object, flow: bool = False) -> str:
    """One scalar as YAML: plain where that reads back the same, else double-quoted."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float, dt.date)):
        return value.isoformat() if isinstance(value, dt.date) else str(value)
    text = str(value)
    plain = (
        _PLAIN.fullmatch(text)
        and text == text.strip()
        and text.lower() not in _RESERVED
        and ": " not in text
        and " #" not in text
        and not text.endswith(":")
        and not _UNSAFE.search(text)
        and not (flow and re.search(r"[,\[\]{}?:#]", text))
    )
    if plain:
        return text
    return _UNSAFE.sub(
        lambda m: (
            f"\\u{ord(m.group(0)):04x}"
            if ord(m.group(0)) < 0x10000
            else f"\\U{ord(m.group(0)):08x}"
        ),
        json.dumps(text, ensure_ascii=False),
    )


def _lines(data: dict, indent: int) -> list[str]:
    pad = " " * indent
    out: list[str] = []
    for key, value in data.items():
        if key == "by" and value is None:
            value = Unattributed()  # read back from YAML (redraft): the candidates are gone
        if isinstance(value, Unattributed):
            out.append(f"{pad}{key}:  {value.comment()}")
        elif isinstance(value, dict):
            out.append(f"{pad}{key}:")
            out += _lines(value, indent + 2)
        elif isinstance(value, (list, tuple)):
            if not value:
                out.append(f"{pad}{key}: []")
            elif key in _FLOW_KEYS and not any(isinstance(v, (dict, list)) for v in value):
                out.append(f"{pad}{key}: [{', '.join(scalar(v, flow=True) for v in value)}]")
            else:
                out.append(f"{pad}{key}:")
                out += _items(list(value), indent + 2)
        else:
            out.append(f"{pad}{key}: {scalar(value)}")
    return out


def _items(values: list, indent: int) -> list[str]:
    pad = " " * indent
    out: list[str] = []
    for value in values:
        if isinstance(value, dict) and value:
            lines = _lines(value, indent + 2)
            out.append(f"{pad}- {lines[0].lstrip()}")
            out += lines[1:]
        else:
            out.append(f"{pad}- {scalar(value)}")
    return out


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
    if isinstance(value, Unattributed):
        return None  # `by:` reads back as null
    if isinstance(value, (int, float)):
        return value
    return str(value)


def fingerprint(entry: dict) -> str:
    """Eight hex digits that change whenever any field of the entry (but its marks) changes."""
    data = plain(entry)
    assert isinstance(data, dict)
    fields = {k: v for k, v in data.items() if k not in ("status", "drafted")}
    blob = json.dumps(fields, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:8]


def identity(section: str, entry: dict) -> str:
    """What makes two drafts of an entry the same finding, as a short fingerprint: the
    evidence and quote of a claim, the evidence and date of an event, an actor's name."""
    assert isinstance(entry, dict)
    if section == "claims":
        key: tuple = ("c", _plain_field(entry, "evidence"), _plain_field(entry, "quote"))
    elif section == "timeline":
        key = ("t", _plain_field(entry, "evidence"), _plain_field(entry, "date"))
    else:
        key = ("a", str(_plain_field(entry, "name") or _plain_field(entry, "id")).lower())
    blob = json.dumps(key, ensure_ascii=False).encode("utf-8")
    return f"{key[0]}-{hashlib.sha256(blob).hexdigest()[:8]}"


def _plain_field(entry: dict, name: str) -> object:
    """plain(entry).get(name), without making the whole entry plain (for speed)."""
    value, found = None, False
    for key, item in entry.items():
        if str(key) == name:  # as plain() names keys; the last of equal names wins
            value, found = item, True
    return plain(value) if found else None


def ledger(data: dict) -> list[str]:
    """The fingerprints of every entry of a drafted briefing (see `identity`)."""
    return [identity(section, e) for section in ENTRY_SECTIONS for e in data.get(section) or []
            if isinstance(e, dict)]


def ledger_text(fingerprints: list[str]) -> str:
    """The ledger as the last lines of a briefing, with the comment that explains it (its
    fingerprints sorted, so that the same ledger always reads the same)."""
    return LEDGER_COMMENT + "\n".join(_lines({LEDGER: sorted(set(fingerprints))}, 0)) + "\n"


def mark(entry: dict) -> dict:
    """The entry with `status: drafted` and its fingerprint, as the last two keys."""
    out = {k: v for k, v in entry.items() if k not in ("status", "drafted")}
    out["status"] = "drafted"
    out["drafted"] = fingerprint(out)
    return out


def dump(data: dict) -> str:
    """YAML text of a whole briefing (entries must already be marked)."""
    return "\n".join(_lines(data, 0)) + "\n"


def dump_entry(entry: dict, indent: int) -> str:
    """YAML text of one list entry ("- id: ..."), indented by ``indent`` spaces."""
    return "\n".join(_items([entry], indent)) + "\n"


def to_yaml(data: dict, read: tuple[str, ...] = ()) -> str:
    """Mark every entry drafted (summary and tags, and those of title and published date
    that were `read` from the text, in a `status:` mapping) and write the briefing, with the
    ledger of what was proposed at its end."""
    marked: dict = {}
    drafted = {k: "drafted" for k in (*READ_FIELDS, *REVIEWED_FIELDS)
               if data.get(k) and (k in read or k in REVIEWED_FIELDS)}
    for key, value in data.items():
        marked[key] = [mark(e) for e in value] if key in ENTRY_SECTIONS else value
        if key in drafted and key == [k for k in data if k in drafted][-1]:
            marked["status"] = drafted
    return schema_comment("article") + dump(marked) + ledger_text(ledger(data))
