"""Read a YAML content file into plain values, keeping where each value stood.

Content files hold plain data: mappings, lists, strings, numbers, booleans and nulls.
Anything else that YAML allows (tags, anchors and aliases, duplicate keys) is refused with
a message naming the line and column, since each of them can hide or multiply content.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import yaml
from yaml.events import (
    AliasEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
)
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from ..files import SpecialFileError, TooBigError, read_limited
from . import yamllines
from .problems import ESCAPED_HALF, HALF_CHARACTER, Problem

Key = tuple[object, ...]
MAX_BYTES = 5_000_000  # an article's text; the longest real articles are under 200 KB
MAX_YAML_BYTES = 500_000  # a briefing's YAML; the seed's is 30 KB, and PyYAML reads ~1 MB/s
MAX_DEPTH = 20  # content nests five levels deep at most; deeper is a mistake or an attack
_MERGE_TAG = "tag:yaml.org,2002:merge"

_PLAIN_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
}
_STRING_TAGS = {"tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:str"}
_KEY_TAGS = _PLAIN_TAGS | _STRING_TAGS
_STR_TAG = yaml.resolver.BaseResolver.DEFAULT_SCALAR_TAG
_RESOLVED: dict[str, str] = {}  # a plain scalar's text -> its tag (`_read_plain`)
_SAFE = yaml.constructor.SafeConstructor()
_DECIMAL = re.compile(r"[-+]?(?:0|[1-9][0-9]*)")


def _integer(node: ScalarNode) -> int | str:
    """An integer written as people write numbers; any other of YAML 1.1's forms is kept as
    written: `date: 02024` is octal for PyYAML, and the site showed the year 1044 (attack18),
    while a person, `review` and `redraft` (ruamel, YAML 1.2) read 2024; `0x7e8`, `0b...`,
    `33:44` (base 60) and `2_024` were years too."""
    if not _DECIMAL.fullmatch(node.value):
        return str(node.value)
    return _SAFE.construct_yaml_int(node)  # type: ignore[no-any-return]


_CONSTRUCT = {
    "tag:yaml.org,2002:int": _integer,
    "tag:yaml.org,2002:float": _SAFE.construct_yaml_float,
    "tag:yaml.org,2002:bool": _SAFE.construct_yaml_bool,
    "tag:yaml.org,2002:null": _SAFE.construct_yaml_null,
}


class _Refused(yaml.MarkedYAMLError):
    pass


class _Guarded:
    """Refuses aliases and runaway nesting while composing, whichever parser feeds it."""

    depth = 0

    def compose_document(self) -> Node | None:
        event = self.peek_event()  # type: ignore[attr-defined]
        directive = directive_of(event)
        if directive:
            raise _Refused(problem=f"a YAML directive ('{directive}') is not used in content "
                           "files, and YAML readers disagree on it; delete this line (and the "
                           "'---' after it)", problem_mark=event.start_mark)
        return super().compose_document()  # type: ignore[misc, no-any-return]

    def compose_node(self, parent: Node | None, index: object) -> Node | None:
        if self.check_event(AliasEvent):  # type: ignore[attr-defined]
            event = self.peek_event()  # type: ignore[attr-defined]
            raise _Refused(
                problem="YAML aliases (*name) are not allowed in content files; "
                "write the value out in full",
                problem_mark=event.start_mark,
            )
        if self.depth >= MAX_DEPTH:
            raise _Refused(problem=f"the YAML nests more than {MAX_DEPTH} levels deep here; "
                           "content files need five at most: check the brackets and indentation",
                           problem_mark=self.peek_event().start_mark)  # type: ignore[attr-defined]
        self.depth += 1
        try:
            return super().compose_node(parent, index)  # type: ignore[misc, no-any-return]
        finally:
            self.depth -= 1


def directive_of(event: Any) -> str:
    """The first directive before a document (`%YAML 1.3`, `%TAG !e! tag:...`), or "". PyYAML
    (the check, the site) reads any YAML 1.x as 1.1; ruamel (`review`, `redraft`, `merge`)
    reads `%YAML 1.1` as 1.1 and stops on 1.3 with an AssertionError."""
    version, tags = getattr(event, "version", None), getattr(event, "tags", None)
    if version:
        return f"%YAML {version[0]}.{version[1]}"
    if tags:
        handle, prefix = next(iter(tags.items()))
        return f"%TAG {handle} {prefix}"
    return ""


class _Loader(_Guarded, yaml.SafeLoader):
    """The pure-Python loader: its error messages are the ones people read."""


_FastLoader: type | None = None
if yaml.__with_libyaml__:
    from yaml.cyaml import CParser  # type: ignore[attr-defined]

    class _CLoader(_Guarded, yaml.composer.Composer, CParser, yaml.resolver.Resolver):
        """libyaml scans and parses (ten times faster); composing stays in Python."""

        def __init__(self, text: str) -> None:
            CParser.__init__(self, text)
            yaml.composer.Composer.__init__(self)
            yaml.resolver.Resolver.__init__(self)

    _FastLoader = _CLoader


def _compose(text: str) -> Node | None:
    """The node tree of a YAML text. A text libyaml refuses is parsed again in Python, so
    that the message (and its position) is the same with or without libyaml."""
    for loader_class in ([_FastLoader] if _FastLoader else []) + [_Loader]:
        loader = loader_class(text)
        try:
            return loader.get_single_node()  # type: ignore[no-any-return]
        except yaml.YAMLError:
            if loader_class is _Loader:
                raise
        finally:
            loader.dispose()
    return None


@dataclass
class YamlDoc:
    """A loaded YAML file: its data and the position of every key and value in it."""

    path: str
    data: Any
    positions: dict[Key, tuple[int, int]] = field(default_factory=dict)
    key_positions: dict[Key, tuple[int, int]] = field(default_factory=dict)
    text: str = ""
    # `positions` holds every mapping's and list's, not yet each scalar value's, nor
    # `key_positions` any (`complete`)
    partial: bool = False

    def complete(self) -> None:
        """Read the positions of the scalar values and keys too, if they were left out:
        reading the file with them is a quarter slower, and only a problem needs one."""
        if self.partial:
            full = YamlDoc(self.path, None, text=self.text)
            if not _read_plain(self.text, full, scalars=True):  # it was read so before
                raise AssertionError(f"{self.path} no longer reads as it did")
            self.positions, self.key_positions, self.partial = (full.positions,
                                                                full.key_positions, False)

    @property
    def lines(self) -> list[str]:
        """The file's lines (kept as one string: a large site holds thousands of these)."""
        return self.text.split("\n")

    def at(self, key: Key, message: str, *, on_key: bool = False) -> Problem:
        """A problem placed at the value (or the key) found under `key`, or its nearest parent."""
        self.complete()
        table = self.key_positions if on_key else self.positions
        probe = key
        while probe not in table and probe not in self.positions and probe:
            probe = probe[:-1]
        line, column = table.get(probe) or self.positions.get(probe, (1, 1))
        return Problem(self.path, line, column, message)


def read_text(path: Path, shown: str, limit: int = MAX_BYTES,
              what: str = "an article's text") -> tuple[str | None, list[Problem]]:
    """Read a file as UTF-8 text, accepting a byte-order mark and CRLF line ends.

    A file over `limit` bytes is refused before it is read, so a huge paste can neither
    hang the build nor fill the memory.
    """
    try:
        raw = read_limited(path, limit)
    except TooBigError as exc:
        return None, [Problem(shown, 1, 1, _too_big(exc.size, limit, what))]
    except IsADirectoryError:
        return None, [Problem(shown, 1, 1, "this is a folder, not a file; move it out of "
                                           "content/articles or rename it")]
    except SpecialFileError as exc:
        return None, [Problem(shown, 1, 1, f"{exc.strerror}: reading it could wait forever; "
                                           "remove it from the content folder")]
    except OSError as exc:
        return None, [Problem(shown, 1, 1, f"cannot read the file: {exc.strerror}")]
    if b"\x00" in raw:
        line, column = _position(raw, raw.index(b"\x00"))
        return None, [Problem(shown, line, column, "a NUL byte: this is a binary file, not "
                                                   "text; save it as UTF-8 text")]
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line, column = _position(raw, exc.start)
        return None, [Problem(shown, line, column,
                              f"byte 0x{raw[exc.start]:02x} is not UTF-8; save the file as UTF-8 "
                              "(in most editors: Save with encoding, UTF-8)")]
    if b"\r" not in raw:  # the usual case: no CR to replace (a search of the bytes is quicker)
        return text, []
    return text.replace("\r\n", "\n").replace("\r", "\n"), []


def _position(raw: bytes, offset: int) -> tuple[int, int]:
    before = raw[:offset]
    line_start = before.rfind(b"\n") + 1
    column = len(before[line_start:].decode("utf-8", "replace")) + 1
    return before.count(b"\n") + 1, column


def _size(count: int) -> str:
    return f"{count / 1_000_000:.1f} MB" if count >= 1_000_000 else f"{count // 1000} KB"


def _too_big(size: int, limit: int, what: str) -> str:
    if what == "an article's text":
        advice = ("keep only the article itself (cut menus, comments and other pages "
                  "that came with the paste), or split it into several articles")
    else:
        advice = ("a briefing's YAML is a few kilobytes: keep the entries that matter, "
                  "or split the article into several")
    return f"the file is {_size(size)}, more than the {_size(limit)} allowed for {what}; {advice}"


def parse(text: str, shown: str) -> tuple[YamlDoc | None, list[Problem]]:
    """Parse YAML text into a YamlDoc, or return the one problem that stops it."""
    if "\x85" in text or "\u2028" in text or "\u2029" in text:
        return None, [_hidden_break(shown, text)]
    doc = YamlDoc(shown, None, text=text)
    if _FastLoader is not None and (_read_lines(text, doc) or _read_plain(text, doc)):
        return doc, []
    doc = YamlDoc(shown, None, text=text)
    try:
        node = _compose(text)
    except yaml.MarkedYAMLError as exc:
        return None, [syntax_problem(shown, text, exc)]
    except yaml.reader.ReaderError as exc:
        return None, [_reader_problem(shown, text, exc)]
    except yaml.YAMLError as exc:
        return None, [Problem(shown, 1, 1, f"YAML error: {' '.join(str(exc).split())}")]
    if node is None:
        return doc, []
    problems: list[Problem] = []
    doc.data = _value(node, (), doc, problems)
    return (None if problems else doc), problems


def _read_lines(text: str, doc: YamlDoc) -> bool:
    """Fill `doc` as `_read_plain` does without scalars, by `yamllines` (in about 60% of
    the time), when the text is in the plain block YAML it reads for certain; False, with
    `doc` left empty, otherwise."""
    positions: dict[Key, tuple[int, int]] = {}
    if _TYPED is None:
        return False
    try:
        data = yamllines.read(text, positions, _SHARED.setdefault, _plain_value, _TYPED)
    except yamllines.NotSimple:
        return False
    doc.data, doc.positions, doc.partial = data, positions, True
    return True


def _plain_value(text: str) -> Any:
    """A plain scalar's value, as `_read_plain` makes it from libyaml's event."""
    tag = _RESOLVED.get(text)
    if tag is None:
        tag = _RESOLVER.resolve(ScalarNode, text, (True, False))
        if len(text) <= 64 and len(_RESOLVED) < 100_000:
            _RESOLVED[text] = tag
    if tag is _STR_TAG or tag in _STRING_TAGS:
        return text  # a plain scalar has no escapes, so no surrogate
    if tag not in _CONSTRUCT:
        raise yamllines.NotSimple
    try:
        return _CONSTRUCT[tag](ScalarNode(tag, text, None, None))
    except ValueError:  # an integer of thousands of digits: keep it as written
        return text


_RESOLVER = yaml.resolver.Resolver()
# the first characters of a plain scalar that the resolver may give another tag than a
# string's (None if it has a resolver for any first character: `yamllines` is not used)
_TYPED = (None if None in _RESOLVER.yaml_implicit_resolvers
          else frozenset(_RESOLVER.yaml_implicit_resolvers))


class _NotPlain(Exception):
    """What `_read_plain` leaves to the composer and `_value`: they say what is wrong."""


def _read_plain(text: str, doc: YamlDoc, scalars: bool = False) -> bool:
    """Fill `doc` straight from libyaml's events when the file is plain content without a
    problem (the usual case), as `_compose` and `_value` would; False, with `doc` half
    filled, when anything needs their messages: a syntax error, an alias, a tag, a merge or
    repeated key, a surrogate, runaway nesting. Composing nodes in Python took most of the
    time of loading content. Without `scalars` the positions of scalar values and of keys are
    left out (`YamlDoc.complete` reads them when a problem needs one)."""
    assert _FastLoader is not None
    doc.partial = not scalars
    parser = _FastLoader(text)
    positions, key_positions = doc.positions, doc.key_positions
    get = parser.get_event
    shared = _SHARED.setdefault  # `_shared`, without a call per value

    def tag_of(event: Any) -> str:
        """The scalar's tag, as the resolver gives it: a quoted scalar is a string, a plain
        one's tag depends on its text alone (kept for short texts: keys, ids, dates)."""
        if not event.implicit[0]:
            return _STR_TAG
        text = event.value
        tag = _RESOLVED.get(text)
        if tag is None:
            tag = parser.resolve(ScalarNode, text, event.implicit)
            if len(text) <= 64 and len(_RESOLVED) < 100_000:
                _RESOLVED[text] = tag
        return tag  # type: ignore[no-any-return]

    def value(event: Any, key: Key, depth: int) -> Any:
        if depth >= MAX_DEPTH:
            raise _NotPlain
        mark = event.start_mark
        kind = type(event)
        if kind is not ScalarEvent or scalars:
            positions[shared(key, key)] = shared(where := (mark.line + 1, mark.column + 1),
                                                 where)
        if kind is ScalarEvent:
            tag = event.tag
            if tag is not None and tag != "!":
                raise _NotPlain
            tag = tag_of(event)
            if tag is _STR_TAG or tag in _STRING_TAGS:
                if HALF_CHARACTER.search(event.value):
                    raise _NotPlain
                return event.value
            if tag not in _CONSTRUCT:
                raise _NotPlain
            node = ScalarNode(tag, event.value, mark, event.end_mark)
            try:
                return _CONSTRUCT[tag](node)
            except ValueError:  # an integer of thousands of digits: keep it as written
                return event.value
        if kind is AliasEvent or (event.tag is not None and event.tag != "!"):
            raise _NotPlain
        if kind is SequenceStartEvent:
            items: list[Any] = []
            item = get()
            while type(item) is not SequenceEndEvent:
                items.append(value(item, key + (len(items),), depth + 1))
                item = get()
            return items
        if kind is not MappingStartEvent:
            raise _NotPlain
        result: dict[str, Any] = {}
        item = get()
        while type(item) is not MappingEndEvent:
            if type(item) is not ScalarEvent or (item.tag is not None and item.tag != "!"):
                raise _NotPlain
            name = item.value
            tag = tag_of(item)
            if (tag == _MERGE_TAG or tag not in _KEY_TAGS or name in result
                    or HALF_CHARACTER.search(name) or depth + 1 >= MAX_DEPTH):
                raise _NotPlain
            sub = key + (name,)
            if scalars:  # a key's position serves only a problem's message
                at: Any = item.start_mark
                key_positions[shared(sub, sub)] = shared(where := (at.line + 1, at.column + 1),
                                                         where)
            result[name] = value(get(), sub, depth + 1)
            item = get()
        return result

    try:
        get()  # the stream's start
        if type(parser.peek_event()) is StreamEndEvent:
            return True
        if directive_of(get()):  # the document's start
            return False
        doc.data = value(get(), (), 0)
        get()  # the document's end
        return type(get()) is StreamEndEvent
    except (_NotPlain, yaml.YAMLError):
        return False
    finally:
        parser.dispose()
        # `value` calls itself, so refers to itself: a cycle that would keep the parser until
        # a full collection (loading runs with the collector off: `heap.acyclic`)
        value = None  # type: ignore[assignment]


def syntax_problem(shown: str, text: str, exc: yaml.MarkedYAMLError) -> Problem:
    """The one problem, in a person's words, of YAML `text` (shown as `shown`) that PyYAML
    could not parse (also said of mkdocs.yml under `mkdocs serve`: serve_errors.py)."""
    return (_runaway_quote(shown, text, exc) or _entries_after_flow(shown, text, exc)
            or _syntax_problem(shown, exc))


def _syntax_problem(shown: str, exc: yaml.MarkedYAMLError) -> Problem:
    mark = exc.problem_mark or exc.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    problem = exc.problem or "YAML syntax error"
    if isinstance(exc, _Refused):
        return Problem(shown, line, column, problem)
    if "'\\t'" in problem:
        return Problem(shown, line, column, "a tab character; YAML indents with spaces only, "
                                            "replace the tab with spaces")
    if "quoted scalar" in (exc.context or "") and exc.context_mark:
        start = exc.context_mark
        if "end of stream" in problem:
            return Problem(shown, start.line + 1, start.column + 1,
                           "this quoted value is never closed; add the closing quote, or "
                           "remove the opening one")
        if "escape character" in problem:
            return Problem(shown, line, column,
                           "a backslash that YAML reads as an escape; inside double quotes write "
                           "\\\\ for a backslash, or use single quotes")
    if problem == "mapping values are not allowed here":
        return Problem(shown, line, column,
                       "YAML syntax error: ': ' is not allowed here; if the value holds ': ', put "
                       "it in quotes, otherwise check the indentation of this line and the one "
                       "above")
    if "that cannot start any token" in problem:
        char = problem.split("'")[1] if "'" in problem else "?"
        return Problem(shown, line, column,
                       f"a value cannot start with '{char}' in YAML; put the value in quotes")
    if problem == "could not find expected ':'" and exc.context_mark:
        start = exc.context_mark
        return Problem(shown, start.line + 1, start.column + 1,
                       "YAML syntax error: this line has no ':'; write it as 'name: value', or "
                       "indent it further if it continues the value above")
    if problem.startswith("expected <block end>"):
        return Problem(shown, line, column,
                       "YAML syntax error: this line is indented differently from the lines "
                       "above it; the fields of one entry start at the same column")
    if problem == "but found another document":
        return Problem(shown, line, column,
                       "a second YAML document starts here; a content file holds one: remove "
                       "this '---' line, or move what follows into its own file")
    context = f" {exc.context}" if exc.context else ""
    return Problem(shown, line, column,
                   f"YAML syntax error: {problem}{context}; check the indentation and quoting here")


_SHARED: dict[Any, Any] = {}
_T = TypeVar("_T", bound=tuple[object, ...])


def _shared(value: _T) -> _T:
    """One tuple object for equal keys and positions across every file: the same keys
    recur in thousands of articles, and a large site keeps their positions until checked."""
    return _SHARED.setdefault(value, value)  # type: ignore[no-any-return]


def _runaway_quote(shown: str, text: str, exc: yaml.MarkedYAMLError) -> Problem | None:
    """A quoted value that ran on over several lines up to the error: point at its start."""
    mark = exc.problem_mark
    if not isinstance(exc, yaml.parser.ParserError) or mark is None:
        return None
    last = None
    try:
        for token in yaml.scan(text, Loader=yaml.SafeLoader):
            if token.start_mark.index >= mark.index:
                break
            last = token
    except yaml.YAMLError:
        pass
    if (isinstance(last, yaml.ScalarToken) and last.style in ("'", '"')
            and last.start_mark.line < last.end_mark.line == mark.line):
        return Problem(shown, last.start_mark.line + 1, last.start_mark.column + 1,
                       f"this quoted value runs on to line {mark.line + 1}: close the quote on "
                       "this line (inside a value, use the other kind of quote)")
    return None


# `actors: []` (as `briefing init` writes it; the drafter writes `claims: []`, `timeline: []`),
# or `tags: [a, b]`, on the line above a list entry written under it by hand
_FLOW_ABOVE = re.compile(r"(?P<key>\s*(?:-\s+)?(?P<name>[^\s#:'\"][^#:]*?)\s*:[ \t]+)"
                         r"(?P<flow>\[[^\]#]*\])\s*(?:#.*)?")


def _entries_after_flow(shown: str, text: str, exc: yaml.MarkedYAMLError) -> Problem | None:
    """A list entry (`- id: ...`) under a key whose list is already written on its line
    (`actors: []`, the file as made): point at that list and say to write the key alone."""
    mark = exc.problem_mark
    if (mark is None or not (exc.problem or "").startswith("expected <block end>")
            or text[mark.index:mark.index + 1] != "-"):
        return None
    lines = re.split(r"\r\n?|\n", text)  # YAML's line breaks (NEL and the like are refused)
    line = next((n for n in range(mark.line - 1, -1, -1)
                 if lines[n].strip() and not lines[n].lstrip().startswith("#")), None)
    found = None if line is None else _FLOW_ABOVE.fullmatch(lines[line])
    if line is None or found is None or mark.column < found.start("name"):
        return None  # left of the key: no entry of it, a slip of indentation (review16)
    name, flow = found["name"], found["flow"]
    if flow.strip("[] \t"):
        advice = (f"'{name}' has its list on this line ({flow}), so the entries below it are "
                  f"not in it: write each one under '{name}:' alone on this line, or all of "
                  "them inside the brackets")
    else:
        advice = (f"'{name}: {flow}' is an empty list, so the entries below it are not in it: "
                  f"write '{name}:' alone on this line (delete '{flow}')")
    return Problem(shown, line + 1, found.end("key") + 1, f"YAML syntax error: {advice}")


# YAML 1.1 (PyYAML) reads NEL, U+2028 and U+2029 as line breaks; editors, GitHub's diffs and
# `briefing review` (ruamel, YAML 1.2) do not: after a comment, one hid a field the site read
_HIDDEN_BREAK = re.compile("[\x85\u2028\u2029]")
_BREAK_NAMES = {"\x85": ("next line", "N"), "\u2028": ("line separator", "L"),
                "\u2029": ("paragraph separator", "P")}


def _hidden_break(shown: str, text: str) -> Problem:
    """The first NEL, U+2028 or U+2029 of a YAML text, at its line and column as an editor
    counts them."""
    found = _HIDDEN_BREAK.search(text)
    assert found is not None
    before = text[:found.start()]
    line, column = before.count("\n") + 1, found.start() - (before.rfind("\n") + 1) + 1
    name, escape = _BREAK_NAMES[found.group()]
    return Problem(shown, line, column,
                   f"the character U+{ord(found.group()):04X} ({name}) ends a line for YAML, "
                   "but not in editors or on GitHub, so what follows it reads as a line nobody "
                   "sees; replace it with a line break or a space (inside double quotes, write "
                   f"\\{escape})")


def _reader_problem(shown: str, text: str, exc: yaml.reader.ReaderError) -> Problem:
    offset = min(max(exc.position, 0), len(text))
    before = text[:offset]
    line = before.count("\n") + 1
    column = offset - (before.rfind("\n") + 1) + 1
    return Problem(shown, line, column,
                   f"the invisible character U+{exc.character:04X} is not allowed in a YAML "
                   "file; delete it (retype the text around it if you cannot see it)")


def _value(node: Node, key: Key, doc: YamlDoc, problems: list[Problem]) -> Any:
    doc.positions[_shared(key)] = _shared((node.start_mark.line + 1, node.start_mark.column + 1))
    if isinstance(node, MappingNode):
        return _mapping(node, key, doc, problems)
    if isinstance(node, SequenceNode):
        if node.tag != "tag:yaml.org,2002:seq":
            problems.append(doc.at(key, _tag_message(node.tag)))
            return None
        return [_value(item, key + (i,), doc, problems) for i, item in enumerate(node.value)]
    assert isinstance(node, ScalarNode)
    if node.tag in _STRING_TAGS:
        if HALF_CHARACTER.search(node.value):
            problems.append(doc.at(key, ESCAPED_HALF))
            return None
        return node.value
    if node.tag in _PLAIN_TAGS:
        try:
            return _CONSTRUCT[node.tag](node)
        except ValueError:  # an integer of thousands of digits: keep it as written
            return node.value
    problems.append(doc.at(key, _tag_message(node.tag)))
    return None


def _mapping(node: MappingNode, key: Key, doc: YamlDoc, problems: list[Problem]) -> Any:
    if node.tag != "tag:yaml.org,2002:map":
        problems.append(doc.at(key, _tag_message(node.tag)))
        return None
    result: dict[str, Any] = {}
    for key_node, value_node in node.value:
        where = _shared((key_node.start_mark.line + 1, key_node.start_mark.column + 1))
        if key_node.tag == _MERGE_TAG:
            problems.append(Problem(doc.path, *where, "YAML merge keys (<<) are not allowed "
                                                      "in content files; write the fields out"))
            continue
        if not isinstance(key_node, ScalarNode) or key_node.tag not in _PLAIN_TAGS | _STRING_TAGS:
            problems.append(Problem(doc.path, *where, "a key must be a plain word"))
            continue
        name = key_node.value
        if HALF_CHARACTER.search(name):
            problems.append(Problem(doc.path, *where, ESCAPED_HALF))
            continue
        if name in result:
            first = doc.key_positions[key + (name,)]
            problems.append(Problem(doc.path, *where, f"'{name}' is given twice (first on line "
                                                      f"{first[0]}); keep one of them"))
            continue
        doc.key_positions[_shared(key + (name,))] = where
        result[name] = _value(value_node, key + (name,), doc, problems)
    return result


def _tag_message(tag: str) -> str:
    shown = tag.replace("tag:yaml.org,2002:", "!!")
    return f"YAML tag '{shown}' is not allowed in content files; remove it and write a plain value"


def load(path: Path, shown: str) -> tuple[YamlDoc | None, list[Problem]]:
    """Read and parse a YAML content file."""
    text, problems = read_text(path, shown, MAX_YAML_BYTES, "a YAML file")
    if text is None:
        return None, problems
    return parse(text, shown)
