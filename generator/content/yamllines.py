"""A quick reader for the plain block YAML that content files are written in, line by line.

Content files are block mappings and lists of plain values: `key: value` lines, `- ` items,
one-line quoted values, `[a, b]` lists and `>` or `|` blocks. `read` turns such a file into
the data and the positions of its mappings and lists (what `yamlfile._read_plain` gives
without scalar positions), with a regular expression and a few string operations a line
instead of libyaml's event objects, in about 60% of the time. It is
deliberately narrow: anything it does not know for certain (a tab, an escape that JSON does
not have, a value over
several lines, a flow mapping, an anchor or tag, a repeated key, a line indented in an
unusual way) raises `NotSimple`, and the file is read by libyaml as before, which gives the
messages. `tests/test_yaml_lines.py` checks it against libyaml on every YAML file of the
repository and on thousands of mutations of them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

Key = tuple[object, ...]
LIMIT = 10  # nesting handled here; content nests five levels, `yamlfile` refuses over 20


class NotSimple(Exception):
    """The text is outside what `read` reads for certain: read it with libyaml."""


# what is not a printable character, a line break other than '\n', a tab (indents and values
# with tabs are left to libyaml) or a byte-order mark
_REFUSED = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]")
_KEY = re.compile(r"([A-Za-z_][A-Za-z0-9_-]*):(?: +|$)")
_DOUBLE = re.compile(r'"([^"\\]*(?:\\.[^"\\]*)*)"')
# the escapes JSON has, which mean the same in YAML, but for a half of a surrogate pair
# (JSON joins two halves into one character, YAML keeps them, and refuses them) and '\/'
_JSON_ESCAPED = re.compile(r'[^\\]*(?:(?:\\[\\"bfnrt]|\\u(?![dD][89a-fA-F])[0-9a-fA-F]{4})[^\\]*)*')
_SINGLE = re.compile(r"'((?:[^']|'')*)'")
_FLOW = re.compile(r"\[([^\[\]{}#:]*)\]")
# an item of a one-line flow list and the comma after it: double-quoted, single-quoted, plain
_ITEM = re.compile(r""" *(?:"([^"\\]*)"|'((?:[^']|'')*)'|([^,'" ][^,"]*?)) *(,|$)""")
_AFTER = re.compile(r"(?: +(?:#.*)?)?")  # what may follow a value on its line
_BLOCK = re.compile(r"([>|])(-?) *")
# a plain value cannot start with these (YAML's indicators; '-', '?' and ':' can, followed by
# a character that is not a space, but that is left to libyaml)
_INDICATORS = frozenset("-?:,[]{}#&*!|>'\"%@`")
# a key with its value on the line, as most lines of a content file are: a plain value that
# holds no ':' or '#' and does not start with an indicator, a double-quoted one without
# escapes, or a one-line list without quotes; maybe a comment after it. Read with one match
# (`_Reader.entry` reads any such line the same way, and every other line).
_ENTRY_PATTERN = (r"""([A-Za-z_][A-Za-z0-9_-]*): +"""
                  r"""(?:([^-?:,\[\]{}#&*!|>'"%@` ](?:[^:#]*[^:# ])?)|"([^"\\]*)"|"""
                  r"""\[([^\[\]{}#:'"]*)\])(?: +#.*| *)""")
_ENTRY = re.compile(_ENTRY_PATTERN)
_ENTRIES: dict[int, Callable[[str], re.Match[str] | None]] = {}


def _entry_at(col: int) -> Callable[[str], re.Match[str] | None]:
    """`_ENTRY`'s `fullmatch` for a line whose key stands at column `col`, after spaces
    only (made once for each column)."""
    found = _ENTRIES.get(col)
    if found is None:
        found = _ENTRIES[col] = re.compile(" " * col + _ENTRY_PATTERN).fullmatch
    return found


def read(text: str, positions: dict[Key, tuple[int, int]], shared: Callable[[Any, Any], Any],
         plain: Callable[[str], Any], typed: frozenset[str]) -> Any:
    """The data of a YAML text, filling `positions` with the line and column (from 1) where
    each mapping and list starts, by its key path. `plain(text)` gives a plain scalar's
    value (or raises `NotSimple`), called only for a text that starts with a character of
    `typed` (a plain text that starts otherwise is a string); `shared(x, x)` gives one
    object for equal keys and positions. Raises `NotSimple` for anything outside the subset."""
    lines = text.split("\n")
    # no refused character is printable: the search is needed only if a line is not
    if not all(map(str.isprintable, lines)) and _REFUSED.search(text):
        raise NotSimple
    reader = _Reader(lines, positions, shared, plain, typed)
    indent = reader.next_line()
    if indent < 0:
        return None  # empty, or only comments
    if indent != 0:
        raise NotSimple
    data = reader.block(0, (), 0)
    if reader.next_line() >= 0:
        raise NotSimple
    return data


class _Reader:
    def __init__(self, lines: list[str], positions: dict[Key, tuple[int, int]],
                 shared: Callable[[Any, Any], Any], plain: Callable[[str], Any],
                 typed: frozenset[str]) -> None:
        self.lines, self.count, self.i = lines, len(lines), 0
        self.positions, self.shared, self.plain, self.typed = positions, shared, plain, typed

    def next_line(self) -> int:
        """Move to the next line with content (not blank, not a comment) and return its
        indent, or -1 at the end."""
        lines, i = self.lines, self.i
        while i < self.count:
            line = lines[i]
            stripped = line.lstrip(" ")
            if stripped and stripped[0] != "#":
                self.i = i
                indent = len(line) - len(stripped)
                if indent == 0 and line.startswith(("---", "...")):
                    raise NotSimple  # a document marker
                return indent
            i += 1
        self.i = i
        return -1

    def mark(self, key: Key, column: int) -> None:
        shared = self.shared
        where = (self.i + 1, column + 1)
        self.positions[shared(key, key)] = shared(where, where)

    def block(self, col: int, key: Key, depth: int) -> Any:
        """The mapping or list that starts at column `col` of the current line."""
        line = self.lines[self.i]
        if line.startswith("- ", col) or len(line) == col + 1 and line[col] == "-":
            return self.sequence(col, key, depth)
        return self.mapping(col, key, depth)

    def mapping(self, col: int, key: Key, depth: int,
                found: re.Match[str] | None = None) -> dict[str, Any]:
        """The mapping whose first key stands at column `col` of the current line (`found`:
        that line's `_ENTRY` match, if the caller has it)."""
        if depth >= LIMIT:
            raise NotSimple
        self.mark(key, col)
        result: dict[str, Any] = {}
        lines, count, typed, plain = self.lines, self.count, self.typed, self.plain
        next_entry = _entry_at(col)  # the next line's match, if it is a key of this mapping
        i = self.i
        if found is None:
            found = _ENTRY.fullmatch(lines[i], col)  # the first key may follow a '- '
        while True:
            if found is not None:  # a key and a value on one line, as most lines are
                name, text, quoted, flow = found.groups()
                if name in result:
                    raise NotSimple  # libyaml's reading names the first line
                if text is not None:
                    result[name] = text if text[0] not in typed else plain(text)
                elif quoted is not None:
                    result[name] = quoted
                else:  # `[a, b]`, which starts where `flow` starts, less its bracket
                    if depth + 2 >= LIMIT:
                        raise NotSimple
                    where = (i + 1, found.start(4))
                    sub = key + (name,)
                    self.positions[self.shared(sub, sub)] = self.shared(where, where)
                    result[name] = self.unquoted(flow)
                i += 1
            else:
                self.i = i
                self.entry(result, col, key, depth)
                i = self.i
            if i < count:  # most often the next line is the next key: no blank line before it
                found = next_entry(lines[i])
                if found is not None:
                    continue
            while i < count:  # the next line with content, as `next_line` finds it
                line = lines[i]
                stripped = line.lstrip(" ")
                if stripped and stripped[0] != "#":
                    break
                i += 1
            else:
                self.i = i
                return result
            self.i = i
            indent = len(line) - len(stripped)
            if indent != col:
                if indent > col:
                    raise NotSimple  # a value over several lines, or a mistake
                if indent == 0 and line.startswith(("---", "...")):
                    raise NotSimple  # a document marker
                return result
            found = next_entry(line)

    def entry(self, result: dict[str, Any], col: int, key: Key, depth: int) -> None:
        """Read the key and value that start at column `col` of the current line into
        `result`, moving past their lines: the way for any line that `_ENTRY` does not
        match, which gives the same for the lines it does."""
        line = self.lines[self.i]
        found = _KEY.match(line, col)
        if found is None:
            raise NotSimple
        name = found.group(1)
        if name in result:
            raise NotSimple  # libyaml's reading names the first line
        rest = line[found.end():]
        if rest and rest[0] not in _INDICATORS:  # a plain value on the line
            end = rest.find(" #")
            text = (rest if end < 0 else rest[:end]).rstrip(" ")
            if ": " in text or text[-1] == ":":
                raise NotSimple
            result[name] = text if text[0] not in self.typed else self.plain(text)
            self.i += 1
        elif rest[:1] == '"':  # a one-line double-quoted value (titles, quotes)
            quoted = _DOUBLE.match(rest)
            if quoted is None or not (quoted.end() == len(rest)
                                      or _AFTER.fullmatch(rest, quoted.end())):
                raise NotSimple  # an escape, a value over several lines, or a mistake
            text = quoted.group(1)
            result[name] = text if "\\" not in text else _unescaped(text)
            self.i += 1
        else:
            result[name] = self.value(rest, col, key + (name,), depth + 1)

    def sequence(self, col: int, key: Key, depth: int) -> list[Any]:
        if depth >= LIMIT:
            raise NotSimple
        self.mark(key, col)
        items: list[Any] = []
        lines, match, entry = self.lines, _KEY.match, _ENTRY.fullmatch
        while True:
            line = lines[self.i]
            sub = key + (len(items),)
            found = entry(line, col + 2)
            if found is not None or match(line, col + 2):  # a mapping starts on the dash's line
                items.append(self.mapping(col + 2, sub, depth + 1, found))
            else:
                rest = line[col + 2:]
                if not rest or rest[0] in " #>|":
                    raise NotSimple  # an item below its dash, or a block in a list
                items.append(self.value(rest, col, sub, depth + 1))
            indent = self.next_line()
            if indent != col:
                if indent > col:
                    raise NotSimple
                return items
            if not lines[self.i].startswith("- ", col):
                return items  # the next key of the mapping this list is the value of

    def value(self, rest: str, col: int, key: Key, depth: int) -> Any:
        """The value that starts with `rest` (what follows 'key: ' or '- ') in a block at
        column `col`, moving past its lines."""
        if depth >= LIMIT:
            raise NotSimple
        if not rest or rest[0] == "#":  # nothing on this line: a block below, or null
            self.i += 1
            indent = self.next_line()
            if indent > col:
                return self.block(indent, key, depth)
            if indent == col:
                content = self.lines[self.i][col:]
                if content[:2] == "- " or content == "-":
                    return self.sequence(col, key, depth)  # a list at the key's indent
            return self.plain("")
        first = rest[0]
        if first == '"' or first == "'":
            found = (_DOUBLE if first == '"' else _SINGLE).match(rest)
            if found is None or not _AFTER.fullmatch(rest, found.end()):
                raise NotSimple  # an escape, a value over several lines, or a mistake
            self.i += 1
            text = found.group(1)
            if first == "'":
                return text.replace("''", "'")
            return text if "\\" not in text else _unescaped(text)
        if first == "[":
            found = _FLOW.match(rest)
            if found is None or not _AFTER.fullmatch(rest, found.end()) or depth + 1 >= LIMIT:
                raise NotSimple
            self.mark(key, len(self.lines[self.i]) - len(rest))
            self.i += 1
            inner = found.group(1)
            if not inner.strip(" "):
                return []
            items: list[Any] = []
            at, end = 0, len(inner)
            while at < end:
                item = _ITEM.match(inner, at)
                if item is None or (item.end() == end and item.group(4)):
                    raise NotSimple  # a trailing comma, or a mistake
                double, single, plain = item.groups()[:3]
                if plain is not None:
                    if plain[0] in _INDICATORS:
                        raise NotSimple
                    items.append(plain if plain[0] not in self.typed else self.plain(plain))
                else:
                    items.append(double if double is not None else single.replace("''", "'"))
                at = item.end()
            return items
        if first == ">" or first == "|":
            return self.scalar_block(rest, col)
        if first in _INDICATORS:
            raise NotSimple
        end = rest.find(" #")
        text = (rest if end < 0 else rest[:end]).rstrip(" ")
        if ": " in text or text[-1] == ":":
            raise NotSimple
        self.i += 1
        return text if text[0] not in self.typed else self.plain(text)

    def unquoted(self, inner: str) -> list[Any]:
        """The items of a one-line flow list without quotes, `inner` being what stands
        between its brackets: as the loop over `_ITEM` in `value` reads them."""
        if not inner.strip(" "):
            return []
        items = []
        for item in inner.split(","):
            item = item.strip(" ")
            if not item or item[0] in _INDICATORS:
                raise NotSimple  # a trailing comma, two commas, or an indicator
            items.append(item if item[0] not in self.typed else self.plain(item))
        return items

    def scalar_block(self, rest: str, col: int) -> str:
        """A folded (`>`) or literal (`|`) block, clipped or stripped (`-`), whose lines all
        start at one column (a literal one's may go further), without blank lines of spaces
        or trailing spaces."""
        head = _BLOCK.fullmatch(rest)
        if head is None:
            raise NotSimple
        folded, strip = head.group(1) == ">", head.group(2) == "-"
        lines, count = self.lines, self.count
        body: list[str | None] = []
        indent = -1
        i = self.i + 1
        while i < count:
            line = lines[i]
            stripped = line.lstrip(" ")
            if not stripped:
                if line:
                    raise NotSimple
                body.append(None)
                i += 1
                continue
            at = len(line) - len(stripped)
            if indent < 0:
                if at <= col or body:
                    raise NotSimple  # an empty block, or blank lines before its text
                indent = at
            elif at < indent:
                break
            elif at > indent and folded:
                raise NotSimple  # a more indented line keeps its line breaks
            if line[-1] == " ":
                raise NotSimple
            body.append(line[indent:])
            i += 1
        if indent < 0 or i == count and lines[-1]:
            raise NotSimple  # an empty block, or one ending the file without a line break
        self.i = i
        while body[-1] is None:
            body.pop()
        if folded:
            parts: list[str] = []
            breaks = 0
            for piece in body:
                if piece is None:
                    breaks += 1
                    continue
                if parts:
                    parts.append("\n" * breaks if breaks else " ")
                parts.append(piece)
                breaks = 0
            text = "".join(parts)
        else:
            text = "\n".join("" if piece is None else piece for piece in body)
        return text if strip else text + "\n"


def _unescaped(text: str) -> str:
    """A double-quoted value's text with its escapes (the ones JSON has) read."""
    if not _JSON_ESCAPED.fullmatch(text):
        raise NotSimple  # another escape, or half of a surrogate pair: libyaml reads it
    try:
        return json.loads(f'"{text}"')  # type: ignore[no-any-return]
    except ValueError:
        raise NotSimple from None
