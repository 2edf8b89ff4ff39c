"""The day a briefing's drafted dates were counted from, and whether it is still the article's.

The drafter reads the text's relative dates ("yesterday", "on Tuesday") against the article's
`told:` day, else its `published` date. A date corrected by hand in the YAML (not through
`briefing review`, which stops and says to redraft) left the drafted claims and events dated
against the old day, and nothing said so (review21's leftover). So `briefing import`, `draft`
and `redraft` write that day as `dated_from:` beside `published`, and `briefing check` and
`briefing review` say when `told:` or `published` no longer is it, while entries are still
drafted. A file without `dated_from:` (drafted before review23, or written by hand) is not
compared: nothing is known of the day its entries were read against.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .problems import Problem
    from .yamlfile import YamlDoc

FIELD = "dated_from"
# a top-level key's line and the indented lines its value runs on ("published:" then
# "  2024-06-19" on the next line, as a person may write it: review24)
_TOP = re.compile(r"(?m)^(?P<key>published|told|dated_from):[^\r\n]*"
                  r"(?:(?:\r?\n[ \t]*)*?\r?\n[ \t]+[^\s#][^\r\n]*)*")


def anchor(data: Any) -> tuple[str, str] | None:
    """Which of `told` and `published` the relative dates count from, and its day, or None."""
    if not isinstance(data, dict):
        return None
    for key in ("told", "published"):
        if data.get(key) is not None:
            return key, str(data[key])
    return None


def moved(data: Any) -> tuple[str, str, str] | None:
    """`(key, now, then)` when the day the relative dates count from (`told`, else
    `published`) is no longer the `dated_from` the drafter wrote while a claim or event is
    still drafted; None when it is, when none is, or when the file has no `dated_from`."""
    now = anchor(data)
    if now is None or data.get(FIELD) is None or str(data[FIELD]) == now[1]:
        return None
    try:  # not a day ('2024-02-30'): check names that, and redraft would refuse it
        dt.date.fromisoformat(now[1])
    except ValueError:
        return None
    if not any(isinstance(entry, dict) and entry.get("status") == "drafted"
               for key in ("claims", "timeline") for entry in _entries(data.get(key))):
        return None
    return now[0], now[1], str(data[FIELD])


def _entries(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def kept_undated(redrafted: Any, fresh: Any) -> list[str]:
    """The drafted claims and events with a date in `redrafted` (a briefing's data after
    `briefing redraft`) that the new draft (`fresh`) did not write: a person changed them, so
    redraft kept them as they were, their dates counted from the old day (review25), each as
    "event 'ID' (DATE)"."""
    if not isinstance(redrafted, dict) or not isinstance(fresh, dict):
        return []
    written = [e for key in ("claims", "timeline") for e in _entries(fresh.get(key))]
    return [f"{label} '{entry.get('id')}' ({entry['date']})"
            for key, label in (("claims", "claim"), ("timeline", "event"))
            for entry in _entries(redrafted.get(key))
            if isinstance(entry, dict) and entry.get("status") == "drafted"
            and entry.get("date") is not None and entry not in written]


def moved_message(key: str, now: str, then: str, slug: str) -> str:
    """What check and review say of a day changed since the entries were drafted."""
    what = "told" if key == "told" else "the published date"
    return (f"{what} is {now}, but the drafted entries' dates were counted from {then} "
            f"({FIELD}: {then}): their \"yesterday\" and \"on Tuesday\" may now be wrong; run "
            f"'briefing redraft {slug}' to date the entries still drafted again from {now} (what "
            "a person changed is kept), then 'briefing review " + slug + "'")


def notice(doc: YamlDoc, slug: str) -> Problem | None:
    """`moved_message` at the line of the day that moved, for `briefing check` and `briefing
    review`; None when `moved` finds nothing."""
    found = moved(doc.data)
    return None if found is None else doc.at((found[0],), moved_message(*found, slug))


def mark(text: str, day: str) -> str:
    """The briefing's YAML text with `dated_from: day` (the line replaced, or put after the
    top-level `told:`, else `published:`, and the lines its value runs on); unchanged if it
    has neither."""
    lines = {m["key"]: m for m in _TOP.finditer(text)}
    new = f"{FIELD}: {day}"
    if FIELD in lines:
        found = lines[FIELD]
        return text[:found.start()] + new + text[found.end():]
    after = lines.get("told") or lines.get("published")
    if after is None:
        return text
    end = after.end()
    newline = "\r\n" if text.startswith("\r\n", end) else "\n"
    return text[:end] + newline + new + text[end:]
