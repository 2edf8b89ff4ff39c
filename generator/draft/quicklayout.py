"""The `Layout` of a briefing read through libyaml, for `briefing merge`, which reads every
file that names the actor it merges: ruamel.yaml reads about 40 KB a second, so a merge of an
actor that a thousand briefings name took minutes; libyaml composes the same file about fifty
times faster.

`quick_layout(text)` is `layout(text)`: the same ruamel `CommentedMap` and `CommentedSeq`,
holding the same values (a plain scalar is resolved and made by ruamel's YAML 1.2 rules, and
a number or date by ruamel itself), with the same line and column of every key, value and
list item (`lc`) and the same flow or block style (`fa`). What ruamel keeps besides
(comments, anchors, the quoting of a scalar) is not there: the merge reads none of it. A text
beyond what both read alike gives None, and the caller reads it with ruamel: a backslash (an
escape), a tab, a lone CR or a line break other than LF and CRLF, a `%` directive, something
that may be a tag, an alias, a duplicate or non-scalar key, a merge key, several documents,
or what libyaml refuses. Content that `briefing check` calls clean has none of the YAML
features among them (the loader refuses tags, anchors, aliases and duplicate keys).
"""

from __future__ import annotations

import bisect
import io
import re
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq, LineCol
from ruamel.yaml.nodes import ScalarNode as RuamelScalar
from ruamel.yaml.resolver import VersionedResolver
from yaml.constructor import BaseConstructor
from yaml.cyaml import CParser  # type: ignore[attr-defined]
from yaml.error import YAMLError
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.resolver import BaseResolver

from .redraft import Layout, _AsText, layout_of

_UNUSUAL = re.compile(r"[\\\t\x85\u2028\u2029\ufeff]|\r(?!\n)|^%|(?:^|[ \[{,])!", re.MULTILINE)
_TAG = "tag:yaml.org,2002:"
_STR, _SEQ, _MAP = f"{_TAG}str", f"{_TAG}seq", f"{_TAG}map"
_MADE_BY_RUAMEL = {f"{_TAG}{name}" for name in ("bool", "int", "float", "timestamp")}
_RESOLVER = VersionedResolver()  # YAML 1.2, as YAML(typ="rt") reads
_PLAIN: dict[str, Any] = {}  # a plain scalar's text -> its value, as ruamel makes it


class _Unusual(Exception):
    """A text that ruamel.yaml must read itself."""


class _Composer(CParser, BaseConstructor, BaseResolver):  # type: ignore[misc]
    """libyaml's composer, resolving no plain scalar: every node keeps its text, and any
    tag but the three plain ones is one the text wrote."""

    def __init__(self, text: str) -> None:
        CParser.__init__(self, text)
        BaseConstructor.__init__(self)
        BaseResolver.__init__(self)

    def resolve(self, kind: type, value: Any, implicit: Any) -> str:
        """`BaseResolver.resolve`, which has no implicit or path resolver: a node without a
        tag is a string, a list or a mapping."""
        return _STR if kind is ScalarNode else _SEQ if kind is SequenceNode else _MAP


def quick_layout(text: str) -> Layout | None:
    """`layout(text)` (the text without a byte-order mark), or None for a text this reader
    leaves to ruamel.yaml."""
    if _UNUSUAL.search(text):
        return None
    composer = _Composer(text)
    try:
        node = composer.get_single_node()
    except YAMLError:
        return None
    finally:
        composer.dispose()
    if not isinstance(node, MappingNode):
        return None
    try:
        doc = _value(node, set(), _Text(text))
    except (_Unusual, RecursionError):
        return None
    return layout_of(doc, text)


def _value(node: Node, seen: set[int], text: _Text) -> Any:
    if id(node) in seen:  # an alias: the composer gives the anchored node again
        raise _Unusual
    seen.add(id(node))
    if type(node) is ScalarNode:
        if node.tag != _STR:
            raise _Unusual
        return _plain(node.value) if not node.style else node.value
    where = LineCol()  # what ruamel's `_yaml_set_line_col` and `..._line_col` set
    start = node.start_mark
    where.line, where.col = start.line, start.column  # type: ignore[assignment]
    places: dict[Any, list[int]] = {}
    data: CommentedMap | CommentedSeq
    if type(node) is SequenceNode:
        if node.tag != _SEQ:
            raise _Unusual
        data = CommentedSeq()
        for i, child in enumerate(node.value):
            data.append(_value(child, seen, text))
            mark = child.start_mark
            places[i] = [mark.line, mark.column]
    elif type(node) is MappingNode and node.tag == _MAP:
        data = CommentedMap()
        for key_node, value_node in node.value:
            if type(key_node) is not ScalarNode or not (key_node.value or key_node.style):
                raise _Unusual  # a list or mapping as a key, or an empty one (`: x`)
            key = _value(key_node, seen, text)
            if key in places or (not key_node.style and key_node.value == "<<"):
                raise _Unusual  # ruamel refuses a duplicate key, and merges at `<<`
            mark = key_node.start_mark
            if type(value_node) is ScalarNode and not value_node.value and not value_node.style:
                # an empty value (`by:`): ruamel places it where the next token starts
                if node.flow_style:
                    raise _Unusual
                value_at = next_token(value_node.start_mark, text)
            else:
                value_at = value_node.start_mark.line, value_node.start_mark.column
            places[key] = [mark.line, mark.column, *value_at]
            data[key] = _value(value_node, seen, text)
    else:
        raise _Unusual
    if places:
        where.data = places
    setattr(data, LineCol.attrib, where)
    _style(data, node)
    return data


class _Text:
    """The text, and where each of its lines starts (made when first needed)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._starts: list[int] | None = None

    def starts(self) -> list[int]:
        if self._starts is None:
            self._starts = [0, *(m.end() for m in re.finditer("\n", self.text))]
        return self._starts


_COMMENT_AFTER = re.compile(r"[ ]*#")
_GAP = re.compile(r"(?:[ \r\n]|#[^\n]*)*")  # blanks, line ends and comments


def next_token(mark: Any, text: _Text) -> tuple[int, int]:
    """Where ruamel places an empty value whose colon ends at `mark` (in block context): where
    the next token starts, past blanks, line ends and comment lines; the end of the text if
    nothing follows. An empty value with a comment after it on its line is left to ruamel."""
    starts = text.starts()
    start = starts[mark.line] + mark.column
    if _COMMENT_AFTER.match(text.text, start):
        raise _Unusual  # `by:  # a comment`: ruamel places it after the colon, or at the end
    gap = _GAP.match(text.text, start)
    index = gap.end() if gap else start  # the pattern matches the empty text too
    line = bisect.bisect_right(starts, index) - 1
    return line, index - starts[line]


def _style(data: CommentedMap | CommentedSeq, node: SequenceNode | MappingNode) -> None:
    """ruamel's `set_collection_style`: an empty collection keeps no style."""
    if len(data) and node.flow_style is True:
        data.fa.set_flow_style()
    elif len(data) and node.flow_style is False:
        data.fa.set_block_style()


def _plain(text: str) -> Any:
    """A plain scalar's value as ruamel.yaml's round-trip loader makes it."""
    try:
        return _PLAIN[text]
    except KeyError:
        pass
    tag = str(_RESOLVER.resolve(RuamelScalar, text, (True, False)).value)
    if tag == _STR:
        value: Any = text
    elif tag == f"{_TAG}null":
        value = None
    elif tag in _MADE_BY_RUAMEL:
        reader = YAML(typ="rt")
        reader.Constructor = _AsText
        value = reader.load(io.StringIO(text))
        if isinstance(value, (CommentedMap, CommentedSeq)) or value is None:
            raise _Unusual
    else:
        raise _Unusual
    if len(_PLAIN) < 100_000:
        _PLAIN[text] = value
    return value
