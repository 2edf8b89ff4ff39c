"""Read a YAML content file into plain values, keeping where each value stood.

Content files hold plain data: mappings, lists, strings, numbers, booleans and nulls.
Anything else that YAML allows (tags, anchors and aliases, duplicate keys) is refused with
a message naming the line and column, since each of them can hide or multiply content.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.events import AliasEvent
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from .problems import Problem

Key = tuple[object, ...]
MAX_BYTES = 5_000_000

_PLAIN_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
}
_STRING_TAGS = {"tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:str"}
_SAFE = yaml.constructor.SafeConstructor()
_CONSTRUCT = {
    "tag:yaml.org,2002:int": _SAFE.construct_yaml_int,
    "tag:yaml.org,2002:float": _SAFE.construct_yaml_float,
    "tag:yaml.org,2002:bool": _SAFE.construct_yaml_bool,
    "tag:yaml.org,2002:null": _SAFE.construct_yaml_null,
}


class _Refused(yaml.MarkedYAMLError):
    pass


class _Loader(yaml.SafeLoader):
    def compose_node(self, parent: Node | None, index: int) -> Node | None:  # type: ignore[override]
        if self.check_event(AliasEvent):
            event = self.peek_event()
            raise _Refused(
                problem="YAML aliases (*name) are not allowed in content files; "
                "write the value out in full",
                problem_mark=event.start_mark,
            )
        return super().compose_node(parent, index)


@dataclass
class YamlDoc:
    """A loaded YAML file: its data and the position of every key and value in it."""

    path: str
    data: Any
    positions: dict[Key, tuple[int, int]] = field(default_factory=dict)
    key_positions: dict[Key, tuple[int, int]] = field(default_factory=dict)
    lines: list[str] = field(default_factory=list)

    def at(self, key: Key, message: str, *, on_key: bool = False) -> Problem:
        """A problem placed at the value (or the key) found under `key`, or its nearest parent."""
        table = self.key_positions if on_key else self.positions
        probe = key
        while probe not in table and probe not in self.positions and probe:
            probe = probe[:-1]
        line, column = table.get(probe) or self.positions.get(probe, (1, 1))
        return Problem(self.path, line, column, message)


def read_text(path: Path, shown: str) -> tuple[str | None, list[Problem]]:
    """Read a file as UTF-8 text, accepting a byte-order mark and CRLF line ends."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return None, [Problem(shown, 1, 1, f"cannot read the file: {exc.strerror}")]
    if len(raw) > MAX_BYTES:
        size = len(raw) / 1_000_000
        return None, [Problem(shown, 1, 1, f"the file is {size:.1f} MB, more than the "
                                           f"{MAX_BYTES // 1_000_000} MB a content file may hold; "
                                           "split it or cut what is not the article")]
    if b"\x00" in raw[:8192]:
        return None, [Problem(shown, 1, 1, "this is a binary file, not text; "
                                           "save the article as UTF-8 text")]
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        column = exc.start - (before.rfind(b"\n") + 1) + 1
        return None, [Problem(shown, line, column,
                              f"byte 0x{raw[exc.start]:02x} is not UTF-8; save the file as UTF-8")]
    return text.replace("\r\n", "\n").replace("\r", "\n"), []


def parse(text: str, shown: str) -> tuple[YamlDoc | None, list[Problem]]:
    """Parse YAML text into a YamlDoc, or return the one problem that stops it."""
    doc = YamlDoc(shown, None, lines=text.split("\n"))
    try:
        loader = _Loader(text)
        try:
            node = loader.get_single_node()
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        return None, [_syntax_problem(shown, exc)]
    except yaml.YAMLError as exc:
        return None, [Problem(shown, 1, 1, f"YAML error: {exc}")]
    if node is None:
        return doc, []
    problems: list[Problem] = []
    doc.data = _value(node, (), doc, problems)
    return (None if problems else doc), problems


def _syntax_problem(shown: str, exc: yaml.MarkedYAMLError) -> Problem:
    mark = exc.problem_mark or exc.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    problem = exc.problem or "YAML syntax error"
    if isinstance(exc, _Refused):
        return Problem(shown, line, column, problem)
    if "'\\t'" in problem:
        return Problem(shown, line, column,
                       "a tab character; YAML indents with spaces only, replace the tab with spaces")
    context = f" {exc.context}" if exc.context else ""
    return Problem(shown, line, column,
                   f"YAML syntax error: {problem}{context}; check the indentation and quoting here")


def _value(node: Node, key: Key, doc: YamlDoc, problems: list[Problem]) -> Any:
    doc.positions[key] = (node.start_mark.line + 1, node.start_mark.column + 1)
    if isinstance(node, MappingNode):
        return _mapping(node, key, doc, problems)
    if isinstance(node, SequenceNode):
        if node.tag != "tag:yaml.org,2002:seq":
            problems.append(doc.at(key, _tag_message(node.tag)))
            return None
        return [_value(item, key + (i,), doc, problems) for i, item in enumerate(node.value)]
    assert isinstance(node, ScalarNode)
    if node.tag in _STRING_TAGS:
        return node.value
    if node.tag in _PLAIN_TAGS:
        return _CONSTRUCT[node.tag](node)
    problems.append(doc.at(key, _tag_message(node.tag)))
    return None


def _mapping(node: MappingNode, key: Key, doc: YamlDoc, problems: list[Problem]) -> Any:
    if node.tag != "tag:yaml.org,2002:map":
        problems.append(doc.at(key, _tag_message(node.tag)))
        return None
    result: dict[str, Any] = {}
    for key_node, value_node in node.value:
        where = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
        if not isinstance(key_node, ScalarNode) or key_node.tag not in _PLAIN_TAGS | _STRING_TAGS:
            problems.append(Problem(doc.path, *where, "a key must be a plain word"))
            continue
        name = key_node.value
        if name == "<<":
            problems.append(Problem(doc.path, *where, "YAML merge keys (<<) are not allowed "
                                                      "in content files; write the fields out"))
            continue
        if name in result:
            first = doc.key_positions[key + (name,)]
            problems.append(Problem(doc.path, *where, f"'{name}' is given twice (first on line "
                                                      f"{first[0]}); keep one of them"))
            continue
        doc.key_positions[key + (name,)] = where
        result[name] = _value(value_node, key + (name,), doc, problems)
    return result


def _tag_message(tag: str) -> str:
    shown = tag.replace("tag:yaml.org,2002:", "!!")
    return f"YAML tag '{shown}' is not allowed in content files; remove it and write a plain value"


def load(path: Path, shown: str) -> tuple[YamlDoc | None, list[Problem]]:
    """Read and parse a YAML content file."""
    text, problems = read_text(path, shown)
    if text is None:
        return None, problems
    return parse(text, shown)
