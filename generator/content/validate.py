"""Check one YAML record against its schema: unknown, missing and mistyped fields."""

from __future__ import annotations

import re
from typing import Any

from .dates import DateError, EDate, parse_date, reading
from .problems import Problem, did_you_mean, quoted
from .schema import ID_PATTERN, LINK_KEYS, MAX_ID, RECORDS, Field
from .yamlfile import Key, YamlDoc

# Patterns are matched with fullmatch: `$` would let a trailing newline through.
_ID = re.compile(rf"(?=[a-z0-9-]{{1,{MAX_ID}}}\Z){ID_PATTERN[1:-1]}")  # and MAX_ID at most
_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
# a web address: a host (one character at least, none of / ? #), then anything printable but
# quotes, angle brackets, backslashes and backquotes. The host is one character, not `+`: its
# characters are also the rest's, so `[host]+[rest]*` tried every split of a long address
# before failing (quadratic: 400 KB took minutes)
_URL = re.compile(r"https?://[^\s/?#<>\"'\\`\x00-\x1f\x7f][^\s<>\"'\\`\x00-\x1f\x7f]*")
_WIKIDATA = re.compile(r"Q[1-9][0-9]{0,11}")


def is_web_address(value: str) -> bool:
    """Whether `check` takes value as an article's or a link's web address."""
    return _URL.fullmatch(value) is not None

_PLAIN = ("text", "id", "choice")

# The site's title (`site_name` in mkdocs.yml, `briefing init --title`): the theme prints it as
# it is into every page's header, logo label and <title>, and the feed's title
MAX_TITLE = 200
_TITLE_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")  # YAML: NEL, LS, PS are breaks
_TITLE_MARKUP = re.compile('[<>"]')
_TITLE_DIRECTION = re.compile("[\u202a-\u202e\u2066-\u2069]")
_NOT_A_CHARACTER = re.compile("[\ud800-\udfff\ufffe\uffff]")  # no YAML file holds one


def title_problem(title: str) -> str | None:
    """What makes `title` unfit to be the site's title, said after its name ("--title",
    "mkdocs.yml: site_name"); None if it is fit. `briefing init` and the plugin both ask."""
    if not title.strip():
        return ("is empty; write the title as one line of plain text (every page's header "
                "and the feed show it as it is)")
    found = _TITLE_CONTROL.search(title)
    if found:
        return (f"holds the control character {ascii(found.group())[1:-1]}; write the title "
                "as one line of plain text (every page's header and the feed show it as it is)")
    found = _TITLE_MARKUP.search(title)
    if found:
        return (f"holds '{found.group()}', which the theme writes into every page as it is; "
                "write the title without < > or \" (“ ” for quotes)")
    found = _TITLE_DIRECTION.search(title)
    if found:
        return (f"holds the direction control {ascii(found.group())[1:-1]}, which turns the "
                "text after it around wherever the title is shown; write the title without it")
    found = _NOT_A_CHARACTER.search(title)
    if found:
        return (f"holds {ascii(found.group())[1:-1]}, which is not a character (a YAML file "
                "cannot hold it); write the title without it")
    if len(title) > MAX_TITLE:
        return (f"is {len(title)} characters long, more than the {MAX_TITLE} a title may have "
                "(every page's header and tab and the feed show it); shorten it")
    return None



def describe(value: object) -> str:
    """How a person would name the type of a YAML value."""
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return "text"


def slug_like(text: str) -> str:
    """A valid id close to what was written."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "x"


def record(doc: YamlDoc, key: Key, value: Any, kind: str, label: str,
           problems: list[Problem]) -> dict[str, Any] | None:
    """Validate a mapping as a record of `kind`; return its cleaned fields or None."""
    fields = RECORDS[kind]
    if not isinstance(value, dict):
        problems.append(doc.at(key, _not_a_record(label, value)))
        return None
    before = len(problems)
    quick = _QUICK[kind]
    out: dict[str, Any] = {}
    meant: set[str] = set()  # fields a misspelt name stands for: not also reported missing
    for name, item in value.items():
        accept = quick.get(name)
        if accept is not None and type(item) is str and accept(item):  # the usual case
            out[name] = item
            continue
        spec = fields.get(name)
        if spec is None:
            hint = did_you_mean(name, fields)
            meant.add(hint.split("'")[1] if hint else "")
            problems.append(doc.at(key + (name,), f"unknown field {quoted(name)} in {label}"
                                                  f"{hint}", on_key=True))
            continue
        if item is None and not spec.required:
            if spec.gates:  # the article's, or an entry's
                problems.append(doc.at(key + (name,), f"'{name}' of {_named(value, label)} is "
                                       "empty, which the site would take for reviewed and "
                                       "publish; " + (
                                           "under it, write 'summary: drafted' and 'tags: "
                                           "drafted' for what no person has checked yet"
                                           if spec.type == "record" else
                                           "write drafted (no person has checked it yet) or "
                                           "reviewed") + ", or delete the line once it is "
                                       "checked"))
            continue
        checked = _field(doc, key + (name,), item, spec, name, value, label, problems)
        if checked is not None:
            out[name] = checked
    if not _REQUIRED_NAMES[kind] <= out.keys():  # a required field is missing or wrong
        for name, spec in _REQUIRED[kind]:
            if value.get(name) is None and name not in meant:
                hint = f" ({spec.hint})" if spec.hint else ""
                problems.append(doc.at(key, f"{_named(value, label)} has no '{name}'; "
                                            f"add it{hint}"))
    return out if len(problems) == before else None


def _not_a_record(label: str, value: Any) -> str:
    return f"{label} should be a mapping of fields (name: value), not {describe(value)}"


def _not_a_list(value: Any) -> str:
    return f"should be a list of entries, each starting with '- ', not {describe(value)}"


# an article's lists of entries: how `check` names one of their entries, and its id
ENTRY_LISTS = {"actors": ("actor", "actor"), "claims": ("claim", "claim"),
               "timeline": ("timeline entry", "event")}


def duplicate_ids(doc: YamlDoc, items: list[tuple[tuple[object, ...], str]], what: str,
                  problems: list[Problem]) -> None:
    """A problem for each (key, id) of `items` whose id an earlier one has."""
    first: dict[str, tuple[object, ...]] = {}
    for key, ident in items:
        if ident in first:
            doc.complete()  # the id's own position
            line = doc.positions[first[ident] + ("id",)][0]
            problems.append(doc.at(key + ("id",), f"{what} id '{ident}' is used twice "
                                                  f"(first on line {line}); ids must be unique"))
        else:
            first[ident] = key


def shape_problems(doc: YamlDoc) -> list[Problem]:
    """The problems `check` names in an article's YAML that is no mapping, or whose actors,
    claims or timeline are no list of mappings with an id each their own, in `check`'s
    words. `briefing review` and `redraft` refuse such a file: they edit entries, found by
    their ids; they wrote into the file around a `claims: [1]`, which `check` went on
    refusing, and `review` rejected a drafted claim by deleting the reviewed one of its id."""
    problems: list[Problem] = []
    if not isinstance(doc.data, dict):
        return [Problem(doc.path, 1, 1, "the file is empty; it needs at least 'title' and "
                                        "'published'")] if doc.data is None else [
            doc.at((), _not_a_record("the article", doc.data))]
    for section, (label, what) in ENTRY_LISTS.items():
        entries = doc.data.get(section)
        if entries is None:
            continue
        if not isinstance(entries, list):
            problems.append(doc.at((section,), f"'{section}' of the article "
                                               f"{_not_a_list(entries)}"))
            continue
        problems.extend(doc.at((section, i), _not_a_record(label, entry))
                        for i, entry in enumerate(entries) if not isinstance(entry, dict))
        duplicate_ids(doc, [((section, i), entry["id"]) for i, entry in enumerate(entries)
                            if isinstance(entry, dict) and isinstance(entry.get("id"), str)],
                      what, problems)
    return problems


def field(doc: YamlDoc, key: Key, value: Any, kind: str, name: str, label: str,
          problems: list[Problem]) -> Any:
    """Validate one field `name` of a record of `kind` (whose label is `label`, without an
    id); return its cleaned value or None."""
    return _field(doc, key, value, RECORDS[kind][name], name, {}, label, problems)


def _named(value: dict[str, Any], label: str) -> str:
    """The label of a record, with its id if it has a valid one: "claim 'x'"."""
    ident = value.get("id") if isinstance(value.get("id"), str) else None
    return f"{label} '{ident}'" if ident and _ID.fullmatch(ident) else label


_ONE = {"ids": Field("id"), "texts": Field("text")}  # an item of a list field
_REQUIRED = {kind: [(name, spec) for name, spec in fields.items() if spec.required]
             for kind, fields in RECORDS.items()}
_REQUIRED_NAMES = {kind: frozenset(name for name, _ in required)
                   for kind, required in _REQUIRED.items()}


def _accept(spec: Field) -> Any:
    """For a text, id or choice field, a C function that is true of a text that is valid as
    it is (what `_plain` says of it, without a call to it); None for other fields."""
    if spec.type == "text" and spec.max_length:  # not blank, and not longer than that
        return re.compile(rf"(?s)(?=.*?\S).{{1,{spec.max_length}}}").fullmatch
    if spec.type == "text":
        return str.strip  # the same text, or "" for a blank one
    if spec.type == "id":
        return _ID.fullmatch  # no blank text matches
    if spec.type == "choice":
        return frozenset(spec.choices).__contains__  # no choice is blank
    return None


_ACCEPT_ONE = {kind: _accept(one) for kind, one in _ONE.items()}
# each kind's text, id and choice fields, by name: `record` takes such a value as it is when
# `_accept` is true of it, and gives any other to `_field`
_QUICK = {kind: {name: accept for name, spec in fields.items() if (accept := _accept(spec))}
          for kind, fields in RECORDS.items()}


def _plain(value: Any, spec: Field) -> bool:
    """Whether the value is a valid text, id or choice as it is (the usual case)."""
    kind = spec.type
    return (type(value) is str and kind in _PLAIN and bool(value.strip()) and (
        kind == "text" or bool(value in spec.choices if kind == "choice"
                               else _ID.fullmatch(value))))


def _field(doc: YamlDoc, key: Key, value: Any, spec: Field, name: str, owner: dict[str, Any],
           label: str, problems: list[Problem]) -> Any:
    """The field `name` of the record `owner` (whose label is `label`, without its id)
    checked against `spec`: its value, or None with a problem."""
    kind = spec.type
    # the usual cases first, without the closure below: a list of entries (each validated by
    # the caller), of valid ids or texts, a date read before, a valid text, id or choice (a
    # valid one in a list with a wrong item: `record` takes a valid field before `_field`)
    if kind == "records" and type(value) is list:
        return value
    if kind in _ONE and type(value) is list:
        accept = _ACCEPT_ONE[kind]
        if all([type(item) is str and accept(item) for item in value]):
            return list(value)
    if kind == "date" and type(value) is str:
        known = _DATES.get(value)  # only a valid date text is there
        if known is not None:
            return known
    if _plain(value, spec) and not (spec.max_length and len(value) > spec.max_length):
        return value
    named = _named(owner, label)  # "claim 'x'", for a message

    def bad(message: str) -> None:
        problems.append(doc.at(key, f"'{name}' of {named} {message}"))

    if kind in ("date", "day") and isinstance(value, int) and not isinstance(value, bool):
        value = str(value)  # a bare year such as 2023 reads as a number
    if kind in ("texts", "ids"):
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            bad(f"should be a list, not {describe(value)}")
            return None
        one = _ONE[kind]
        if all([_plain(v, one) for v in value]):  # the usual case: no key per item
            return list(value)
        items = [_field(doc, key + (i,), v, one, name, owner, label, problems)
                 for i, v in enumerate(value)]
        return items if all(i is not None for i in items) else None
    if kind == "records":
        if not isinstance(value, list):
            bad(_not_a_list(value))
            return None
        return value  # each entry is validated by the caller, which knows its kind
    if kind == "record":
        return record(doc, key, value, spec.record, f"'{name}' of {named}", problems)
    if kind == "bool":
        if not isinstance(value, bool):
            bad(f"should be true or false, not {describe(value)}")
            return None
        return value
    if kind == "links":
        return _links(doc, key, value, name, named, problems)
    if not isinstance(value, str):
        bad(f"should be text, not {describe(value)}"
            + ("; put it in quotes" if isinstance(value, (int, float, bool)) else ""))
        return None
    if not value.strip():
        bad("is empty; write it or remove the line")
        return None
    if spec.max_length and len(value) > spec.max_length:
        what = "a name" if name == "name" else f"a {name}"
        bad(f"is {len(value)} characters long, more than the {spec.max_length} {what} may have "
            f"({spec.shown}); shorten it"
            + (" (a longer form can go in the description)" if name == "name" else ""))
        return None
    if kind == "id" and len(value) > MAX_ID:
        bad(f"is {len(value)} characters long, more than the {MAX_ID} an id may have (it names "
            "pages and files); shorten it")
        return None
    if kind == "id" and not _ID.fullmatch(value):
        bad(f"is {quoted(value)}, which is not a valid id: use lower-case letters, digits and "
            f"hyphens, like {quoted(slug_like(value))}")
        return None
    if kind == "choice" and value not in spec.choices:
        bad(f"is {quoted(value)}; it must be one of {', '.join(spec.choices)}"
            f"{did_you_mean(value, spec.choices)}")
        return None
    if kind == "url" and not _URL.fullmatch(value):
        bad(f"is {quoted(value)}, which is not a web address; write it as https://...")
        return None
    if kind in ("date", "day"):
        return _date(value, kind, bad)
    return value


def _date(value: str, kind: str, bad: Any) -> EDate | None:
    if kind == "day" and not _DAY.fullmatch(value.strip()):
        found = reading(value.strip())  # "May 1 2009": which day to write, as a date's message
        bad(f"is {quoted(value)}; it should be a day, YYYY-MM-DD"
            + (f", here {found[1]}" if found and found[0] == "YYYY-MM-DD" else ""))
        return None
    known = _DATES.get(value)
    if known is not None:
        return known
    try:
        parsed = parse_date(value)
    except DateError as exc:
        bad(f"is wrong: {exc}")
        return None
    if len(_DATES) < 10_000:
        _DATES[value] = parsed
    return parsed


# each date text read once in a process: dates repeat across a story's claims and events,
# and an EDate is frozen (its label, worked out once, is then shared too)
_DATES: dict[str, EDate] = {}


def _links(doc: YamlDoc, key: Key, value: Any, name: str, label: str,
           problems: list[Problem]) -> dict[str, str] | None:
    if not isinstance(value, dict):
        problems.append(doc.at(key, f"'{name}' of {label} should be a mapping such as "
                                    f"'wikidata: Q7747', not {describe(value)}"))
        return None
    out = {}
    for link, target in value.items():
        where = key + (link,)
        if link not in LINK_KEYS:
            problems.append(doc.at(where, f"unknown link {quoted(link)} of {label}; links are "
                                          f"{', '.join(LINK_KEYS)}{did_you_mean(link, LINK_KEYS)}",
                                   on_key=True))
        elif not isinstance(target, str):
            problems.append(doc.at(where, f"link '{link}' of {label} should be text, "
                                          f"not {describe(target)}"))
        elif link == "wikidata" and not _WIKIDATA.fullmatch(target):
            problems.append(doc.at(where, f"link 'wikidata' of {label} is {quoted(target)}, which "
                                          "is not a Wikidata id; it looks like Q7747"))
        elif link != "wikidata" and not _URL.fullmatch(target):
            problems.append(doc.at(where, f"link '{link}' of {label} is {quoted(target)}, which "
                                          "is not a web address; write it as https://..."))
        else:
            out[link] = target
    return out
