"""The JSON Schema of the content YAML, made from `schema.RECORDS`, for editors.

An editor with the YAML language server reads the `# yaml-language-server: $schema=...` line
at the top of a content file and then completes field names, shows each field's hint and
marks what `briefing check` would refuse: unknown or missing fields, wrong types, choices,
ids, days, dates and web addresses. What needs more than one field or file (references,
evidence in the text, duplicate ids) only `briefing check` can tell.
"""

from __future__ import annotations

import json
from typing import Any

from ..content.schema import ID_PATTERN, LINK_KEYS, MAX_ID, RECORDS, Field

SCHEMAS = {"article": "article.schema.json", "actors": "actors.schema.json"}
ROOTS = {"article": "article", "actors": "actors file"}
_DRAFT = "https://json-schema.org/draft/2020-12/schema"

# Days with the right number of days per month (29 February is left to `briefing check`).
_DAY = (r"[0-9]{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])"
        r"|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-9]))")
_WEEK = r"[0-9]{4}-W(?:0[1-9]|[1-4][0-9]|5[0-3])"
_POINT = rf"(?:(?:{_DAY}|{_WEEK}|[0-9]{{4}}(?:-(?:0[1-9]|1[0-2]))?)[?~%]?)"
DATE_PATTERN = (rf"^\s*(?:{_POINT}|{_POINT}/(?:{_POINT}|\.\.)?|(?:\.\.)?/{_POINT})\s*$")
DAY_PATTERN = rf"^\s*{_DAY}\s*$"
URL_PATTERN = r"^https?://[^\s<>\"']+$"
TEXT = {"type": "string", "pattern": r"\S"}


def _one(spec: Field) -> dict[str, Any]:
    kind = spec.type
    if kind == "text":
        return {**TEXT, "maxLength": spec.max_length} if spec.max_length else dict(TEXT)
    if kind == "id":
        return {"type": "string", "pattern": ID_PATTERN, "maxLength": MAX_ID}
    if kind == "texts":
        return {"anyOf": [dict(TEXT), {"type": "array", "items": dict(TEXT)}]}
    if kind == "ids":
        one = {"type": "string", "pattern": ID_PATTERN, "maxLength": MAX_ID}
        return {"anyOf": [one, {"type": "array", "items": dict(one), **_most(spec)}]}
    if kind == "date":
        return {"anyOf": [{"type": "string", "pattern": DATE_PATTERN},
                          {"type": "integer", "minimum": 1000, "maximum": 9999}]}
    if kind == "day":
        return {"type": "string", "pattern": DAY_PATTERN}
    if kind == "url":
        return {"type": "string", "pattern": URL_PATTERN}
    if kind == "bool":
        return {"type": "boolean"}
    if kind == "choice":
        return {"enum": list(spec.choices)}
    if kind == "links":
        props: dict[str, Any] = {k: {"type": "string", "pattern": URL_PATTERN} for k in LINK_KEYS}
        props["wikidata"] = {"type": "string", "pattern": "^Q[1-9][0-9]*$",
                             "description": "a Wikidata id, like Q7747"}
        return {"type": "object", "properties": props, "additionalProperties": False}
    if kind == "record":
        return {"$ref": f"#/$defs/{_name(spec.record)}"}
    if kind == "records":
        return {"type": "array", "items": {"$ref": f"#/$defs/{_name(spec.record)}"},
                **_most(spec)}
    raise ValueError(f"unknown field type {kind!r}")


def _most(spec: Field) -> dict[str, int]:
    """The list's limit, as `briefing check` has it (`Field.max_items`)."""
    return {"maxItems": spec.max_items} if spec.max_items else {}


def _property(spec: Field) -> dict[str, Any]:
    out = _one(spec)
    if not spec.required:  # `briefing check` skips an empty optional field
        out = {"anyOf": [out, {"type": "null"}]} if "anyOf" not in out else {
            "anyOf": [*out["anyOf"], {"type": "null"}]}
    if spec.hint:
        out["description"] = spec.hint
    return out


def _name(kind: str) -> str:
    return kind.replace(" ", "-")


def _record(kind: str) -> dict[str, Any]:
    fields = RECORDS[kind]
    return {"type": "object",
            "properties": {name: _property(spec) for name, spec in fields.items()},
            "required": [name for name, spec in fields.items() if spec.required],
            "additionalProperties": False}


def _used(kind: str, seen: list[str]) -> list[str]:
    for spec in RECORDS[kind].values():
        if spec.type in ("record", "records") and spec.record not in seen:
            seen.append(spec.record)
            _used(spec.record, seen)
    return seen


def content_schema(which: str, base_url: str = "") -> dict[str, Any]:
    """The JSON Schema of a content file: 'article' (articles/<slug>.yaml) or 'actors'."""
    root = ROOTS[which]
    schema: dict[str, Any] = {"$schema": _DRAFT}
    if base_url:
        schema["$id"] = f"{base_url.rstrip('/')}/schema/{SCHEMAS[which]}"
    title = ("A briefing: content/articles/<slug>.yaml" if which == "article"
             else "Shared actors: content/actors.yaml")
    schema.update({"title": title, **_record(root)})
    schema["$defs"] = {_name(k): _record(k) for k in _used(root, [])}
    return schema


def schema_files() -> dict[str, str]:
    """{path: JSON text} of the published schemas, under schema/."""
    return {f"schema/{name}": json.dumps(content_schema(which), indent=2, ensure_ascii=False)
            + "\n" for which, name in SCHEMAS.items()}


def schema_comment(kind: str, depth: int | None = None) -> str:
    """The first line of a content file of `kind` ('article' or 'actors'), with its newline.

    The path is relative to the file: content/articles/<slug>.yaml reaches the project's
    schema/ folder through ../../, content/actors.yaml through ../. `depth` overrides how
    many folders up the project root is.
    """
    up = depth if depth is not None else (2 if kind == "article" else 1)
    return f"# yaml-language-server: $schema={'../' * up}schema/{SCHEMAS[kind]}\n"
