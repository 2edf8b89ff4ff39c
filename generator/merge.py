"""`briefing merge OLD NEW`: a person has decided that two actor ids are one actor.

Every reference to OLD in content/ becomes NEW: the actor entries of the articles, claims'
`by`, `about` and parties, timeline `actors`, and any actor's `affiliation`. OLD's definitions
go (its record in `actors.yaml`; an article's definition keeps its role and aliases, as an
entry of NEW), OLD's name and aliases are added to the aliases of NEW's record (the definition
the site shows) and OLD to its `formerly` list, from which the site keeps a page at OLD's old
address that sends readers to NEW's.

Each change is a line-level edit found through ruamel.yaml (`draft.redraft.layout`, as
`briefing review` makes its edits), so comments, key order, quoting and line ends of
everything else stay byte for byte. Only files that may name the actor are read so (the id
as a word, or a backslash: an escape may write it), and through libyaml where it reads a
file as ruamel does (`draft.quicklayout`: the same values and positions, fifty times
faster). Statuses are left as they are: a merge vouches for no drafted entry. The whole
plan is made first, as the new text of each file, and checked as `briefing check` would
check it, in memory; only then are the files written, each atomically.
Whatever cannot be done without losing something (two differing roles in one article, a
description OLD has and NEW has not) is refused with what to do, and nothing is written.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from .content.check import check_folder
from .content.gate import DRAFTED
from .content.load import FileReader, content_files
from .content.model import Actor, Content
from .content.problems import Problem, did_you_mean, display_path, printable, quoted
from .content.yamlfile import MAX_YAML_BYTES, YamlDoc, parse, read_text
from .draft.emit import scalar
from .draft.errors import DraftError
from .draft.redraft import Layout, layout

try:
    from .draft.quicklayout import quick_layout
except ImportError:  # PyYAML built without libyaml: ruamel.yaml reads every file
    def quick_layout(text: str) -> Layout | None:
        return None
from .exports.json_schema import schema_comment
from .files import read_limited, write_atomic

# the fields that define an actor: an article's definition of OLD loses them (NEW's record
# defines the actor), keeping its role, aliases and status
DEFINING = ("name", "kind", "description", "links", "affiliation", "formerly")
DETAILS = ("description", "links", "affiliation")  # lost unless NEW's record has the same
_FLOW_ITEM = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"\\]|\\.)*\"|[^,\]\r\n#]*")
_TOKEN = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"\\]|\\.)*\"|[^\s,\[\]{}#]+")


class MergeError(ValueError):
    """A merge refused: one message, and nothing was written."""


@dataclass
class Merge:
    """What a merge changes: the text of each file before and after, in writing order."""

    old: str
    new: str
    shown: dict[Path, str] = field(default_factory=dict)
    after: dict[Path, str] = field(default_factory=dict)  # only files that change
    read: dict[Path, bytes] = field(default_factory=dict)  # their bytes as read, to see a save
    aliases: list[str] = field(default_factory=list)  # added to NEW's record
    formerly: list[str] = field(default_factory=list)  # of NEW's record, after the merge
    record: str = ""  # where NEW's record is (file:line)
    note: str = ""  # one line for the person, printed after the summary

    lines: dict[Path, list[tuple[int, str, str]]] = field(default_factory=dict)

    def changes(self) -> Iterator[str]:
        """Each changed line as `file:line: - before` / `file:line: + after`, in writing
        order (the old file's line for a removed line, the new file's for an added one)."""
        for path in self.after:
            for line, sign, text in self.lines[path]:
                yield printable(f"{self.shown[path]}:{line}: {sign} {text.rstrip()}")


class _Edits:
    """Line-level edits of one file's text, all placed on its original lines."""

    def __init__(self, lay: Layout, shown: str) -> None:
        self.lay, self.shown = lay, shown
        self.subs: dict[int, list[tuple[int, int, str]]] = {}
        self.dropped: set[int] = set()
        self.inserted: dict[int, list[str]] = {}

    def token(self, line: int, column: int, expected: str) -> tuple[int, int]:
        """The span of the scalar written at (line, column), which must read `expected`."""
        found = _TOKEN.match(self.lay.lines[line], column)
        if not found or _unquote(found.group()) != expected:
            raise MergeError(f"{self.shown}:{line + 1}:{column + 1}: cannot find '{expected}' "
                             "where the YAML puts it; change it there by hand, then merge again")
        return found.start(), found.end()

    def replace(self, where: tuple[int, int], old: str, new: str) -> None:
        line, column = where
        start, end = self.token(line, column, old)
        written = self.lay.lines[line][start:end]
        quote = written[0] if written[0] in "'\"" else ""
        self.sub(line, start, end, f"{quote}{new}{quote}")

    def sub(self, line: int, start: int, end: int, text: str) -> None:
        spans = self.subs.setdefault(line, [])
        if any(start < e and s < end for s, e, _ in spans):
            raise MergeError(f"{self.shown}:{line + 1}: this line names the actor in a way this "
                             "command cannot edit; change it by hand, then merge again")
        spans.append((start, end, text))

    def drop(self, first: int, end: int) -> None:
        self.dropped.update(range(first, end))

    def insert_after(self, line: int, lines: list[str]) -> None:
        self.inserted.setdefault(line, []).extend(lines)

    def changes(self) -> list[tuple[int, str, str]]:
        """(line, '-' or '+', text) of each line removed, changed or added."""
        out: list[tuple[int, str, str]] = []
        shift = 0  # lines added less lines removed so far
        for n, line in enumerate(self.lay.lines):
            if n in self.dropped:
                out.append((n + 1, "-", line.rstrip("\n")))
                shift -= 1
            elif n in self.subs:
                out += [(n + 1, "-", line.rstrip("\n")),
                        (n + 1 + shift, "+", self.apply(n, line).rstrip("\n"))]
            for added in self.inserted.get(n, []):
                shift += 1
                out.append((n + 1 + shift, "+", added))
        return out

    def apply(self, n: int, line: str) -> str:
        for start, end, text in sorted(self.subs.get(n, []), reverse=True):
            line = line[:start] + text + line[end:]
        return line

    def text(self) -> str:
        out = []
        for n, line in enumerate(self.lay.lines):
            if n not in self.dropped:
                out.append(self.apply(n, line))
            out += [f"{added}{self.lay.newline}" for added in self.inserted.get(n, [])]
        return "".join(out)


def _unquote(token: str) -> str:
    if token[:1] == "'":
        return token[1:-1].replace("''", "'")
    if token[:1] == '"':
        return token[1:-1].encode("utf-8").decode("unicode_escape")
    return token


def plan_merge(content_dir: Path, old: str, new: str, kind: str | None = None,
               root: Path | None = None) -> Merge:
    """The merge of actor `old` into `new`: every file's new text, checked as `briefing
    check` would check it. Raises MergeError, having written nothing."""
    root = root if root is not None else content_dir.parent
    content, problems = check_folder(content_dir, root)
    problems = [p for p in problems if not _merged_again(p, content, old, new)]
    if problems:
        files = len({p.path for p in problems})
        raise MergeError(f"the content has {_n(len(problems), 'problem')} in {_n(files, 'file')} "
                         f"that 'briefing check' lists (the first: {sorted(problems)[0]}); fix "
                         "them first, then merge")
    if old == new:
        raise MergeError(f"'{old}' is named twice; name the actor to merge and the one it "
                         "becomes: briefing merge OLD NEW")
    for ident in (old, new):
        _known(content, ident)
    before, after = content.actors[old], content.actors[new]
    if before.kind != after.kind and kind is None:
        raise MergeError(f"'{old}' is {_a(before.kind)} ({before.source}, line {before.line}) "
                         f"and '{new}' {_a(after.kind)} ({after.source}, line {after.line}); if "
                         f"they are one actor, say which kind it is: briefing merge {old} {new} "
                         f"--kind {after.kind}")
    _lost_details(before, after)
    merge = Merge(old, new, record=f"{after.source}:{after.line}")
    # a drafted definition's aliases stay on its entry (NEW's now, still drafted): a merge
    # vouches for no drafted entry, and NEW's record is what the site publishes
    own = () if before.status == DRAFTED else before.own_aliases
    # sets: tested in lists, 27,000 former ids on each side took 40 s (attack19)
    has_aliases, has_formerly = set(after.own_aliases), set(after.formerly)
    merge.aliases = [a for a in dict.fromkeys([before.name, *own])
                     if a != after.name and a not in has_aliases]
    formerly = [f for f in dict.fromkeys([old, *before.formerly]) if f not in has_formerly]
    merge.formerly = [*after.formerly, *formerly]
    for path in _files(content_dir, root):
        shown = display_path(path, root)
        text, raw = _read(path, shown)
        merge.shown[path] = shown
        is_record = shown == after.source
        if not (is_record or _names(text, old) or kind is not None and _names(text, new)
                or "\\" in text):  # an escape may write an id: "rolls-royce-\x70lc"
            continue  # read as YAML only where there may be something to change
        edits = _Edits(_layout(text, shown), shown)
        kept = _rewrite(edits, old, new, path.name == "actors.yaml" and path.parent == content_dir,
                        kind)
        if is_record:
            entry = edits.lay.doc["actors"][after.key[1]]
            if kept is not None and kept[0] is entry:  # the aliases of OLD's entry here too
                merge.aliases = [a for a in dict.fromkeys(merge.aliases + kept[1])
                                 if a != after.name and a not in has_aliases]
                kept = None
            _add_to_record(edits, entry, new, merge.aliases, formerly)
        if kept is not None:
            _add_aliases(edits, *kept)
        changed = _restore(edits.text(), text)
        if changed != text:
            merge.after[path], merge.lines[path] = changed, edits.changes()
            merge.read[path] = raw
    if after.source != display_path(content_dir / "actors.yaml", root):
        _move_record(merge, content_dir, root, after)
    _order(merge, before, after)
    _verify(merge, content_dir, root, content)
    return merge


# an article's definition of NEW moves to actors.yaml with these keys (its id, role and
# status stay): `formerly` in an article is lost with the article
MOVED = ("name", "kind", "aliases", "description", "links", "affiliation", "formerly")


def _move_record(merge: Merge, content_dir: Path, root: Path, after: Actor) -> None:
    """NEW's record, defined by an article's reviewed entry, moved to content/actors.yaml
    (made if absent), so that deleting the article loses neither the actor nor its former
    ids. A drafted definition stays (actors.yaml is published as reviewed): a note says so."""
    path = next(p for p, shown in merge.shown.items() if shown == after.source)
    stem = Path(after.source).stem
    if after.status == DRAFTED:
        merge.note = (f"'{merge.new}' is defined by a drafted entry ({merge.record}), so its "
                      "formerly list stays there, and goes if that article is deleted: review "
                      f"it ('briefing review {stem}'), then move the record to "
                      "content/actors.yaml")
        return
    text = merge.after.get(path)
    if text is None:
        return
    edits = _Edits(_layout(text, after.source), after.source)
    found = next(((e, span) for e, span in _entries(edits.lay, "actors")
                  if str(e.get("id")) == merge.new and "name" in e), None)
    if found is None or found[0].fa.flow_style():
        return
    entry, span = found
    column = entry.lc.key("id")[1]
    moved: list[str] = []
    for name in sorted((k for k in MOVED if k in entry), key=lambda k: entry.lc.key(k)[0]):
        first, end = _key_span(edits.lay, entry, name, span)
        if first == span[0]:  # the key shares the entry's first line ("- name: ...")
            return
        while end > first + 1 and not edits.lay.lines[end - 1].strip():
            end -= 1  # a blank line after it stays
        edits.drop(first, end)
        moved += [_unindented(line, column) for line in edits.lay.lines[first:end]]
    actors_path = content_dir / "actors.yaml"
    shown = display_path(actors_path, root)
    if actors_path.exists():
        placed = _appended(merge, actors_path, shown, moved)
        if placed is None:
            merge.note = (f"the record of '{merge.new}' stays in {after.source}: "
                          f"{shown}'s actors list cannot be added to by this command; move it "
                          "there by hand, or the former ids go if that article is deleted")
            return
        actors_text, line = placed
    else:
        record = _record(merge.new, moved, 4)
        actors_text = schema_comment("actors") + "actors:\n" + "".join(f"{r}\n" for r in record)
        merge.shown[actors_path], merge.read[actors_path] = shown, b""
        merge.lines[actors_path] = [(n + 1, "+", r) for n, r in
                                    enumerate(actors_text.splitlines())]
        line = 3
    final = _restore(edits.text(), text)
    merge.lines[path] = _diff(merge.read[path].decode("utf-8"), final)
    merge.after[path] = final
    merge.after[actors_path] = actors_text
    merge.record = f"{shown}:{line}"


def _unindented(line: str, column: int) -> str:
    """A line of an actor entry whose keys stand at `column`, without that indent."""
    body = line.rstrip("\r\n")
    return body[column:] if not body[:column].strip() else body.lstrip(" ")


def _record(ident: str, moved: list[str], column: int) -> list[str]:
    """The lines of a record whose keys stand at `column` (its dash two columns before)."""
    return [f"{' ' * (column - 2)}- id: {scalar(ident)}",
            *[f"{' ' * column}{body}" if body.strip() else "" for body in moved]]


def _appended(merge: Merge, path: Path, shown: str,
              moved: list[str]) -> tuple[str, int] | None:
    """actors.yaml's text with the record after its last actor, and the record's line; None
    if its actors list is not a block list with an entry."""
    if path not in merge.after:
        text, raw = _read(path, shown)
        merge.shown[path], merge.read[path] = shown, raw
    before = merge.read[path].decode("utf-8")
    text = merge.after.get(path, before)
    try:
        edits = _Edits(_layout(text, shown), shown)
    except MergeError:  # not a mapping (comments only)
        return None
    if list(edits.lay.doc) != ["actors"]:
        return None
    try:
        entries = _entries(edits.lay, "actors")
    except MergeError:
        return None
    if not entries:
        return _first_record(merge, path, text, edits, moved)
    entry, span = entries[-1]
    column = entry.lc.key("id")[1]
    dash = edits.lay.lines[span[0]]
    if column < 2 or dash[column - 2:column] != "- ":
        return None  # not "- id:" on the entry's first line, as this command writes it
    last = _trimmed(edits.lay, span)[1] - 1
    edits.insert_after(last, _record(merge.new, moved, column))
    final = _restore(edits.text(), text)
    merge.lines[path] = _diff(before, final)
    return final, last + 2


def _first_record(merge: Merge, path: Path, text: str, edits: _Edits,
                  moved: list[str]) -> tuple[str, int] | None:
    """actors.yaml's text with its first record, where it has `actors: []` (as `briefing
    init` writes it) or `actors:`; None otherwise."""
    if edits.lay.doc["actors"] not in (None, []):
        return None
    line = edits.lay.doc.lc.key("actors")[0]
    found = re.fullmatch(r"actors:(?:[ \t]*(?:\[[ \t]*\]|null|~))?(?P<rest>[ \t]+#.*)?"
                         r"(?P<nl>\r?\n)", edits.lay.lines[line])
    if found is None:
        return None
    edits.sub(line, 0, len(edits.lay.lines[line]), f"actors:{found['rest'] or ''}{found['nl']}")
    edits.insert_after(line, _record(merge.new, moved, 4))
    final = _restore(edits.text(), text)
    merge.lines[path] = _diff(merge.read[path].decode("utf-8"), final)
    return final, line + 2


def _diff(before: str, after: str) -> list[tuple[int, str, str]]:
    """(line, '-' or '+', text) of each line removed or added between two texts (the old
    text's line for a removed line, the new one's for an added line)."""
    old = before.removeprefix("\ufeff").splitlines()
    new = after.removeprefix("\ufeff").splitlines()
    out: list[tuple[int, str, str]] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, old, new,
                                                        autojunk=False).get_opcodes():
        if tag != "equal":
            out += [(i + 1, "-", old[i]) for i in range(i1, i2)]
            out += [(j + 1, "+", new[j]) for j in range(j1, j2)]
    return out


def _merged_again(problem: Problem, content: Content, old: str, new: str) -> bool:
    """Whether the problem is the one this merge resolves: OLD, a former id of NEW, defined
    again (an article drafted after the first merge: `check` says to run this merge)."""
    record = content.actors.get(new)
    if record is None or old not in record.formerly or old not in content.actors:
        return False
    where = content.docs[record.source].at(
        record.key + ("formerly", record.formerly.index(old)), "")
    return (problem.path, problem.line, problem.column) == (where.path, where.line, where.column)


def _names(text: str, ident: str) -> bool:
    """Whether the text holds the id as a word of its own (not `un` of `united-nations`)."""
    return re.search(rf"(?<![a-z0-9-]){re.escape(ident)}(?![a-z0-9-])", text) is not None


def _n(count: int, word: str) -> str:
    return f"{count} {word}{'s' * (count != 1)}"


def _a(kind: str) -> str:
    return f"an {kind}" if kind[0] in "aeiou" else f"a {kind}"


def _known(content: Content, ident: str) -> None:
    if ident in content.actors:
        return
    for actor in content.actors.values():
        if ident in actor.formerly:
            raise MergeError(f"actor '{ident}' was merged into '{actor.id}' already "
                             f"({actor.source}, line {actor.line}: formerly)")
    raise MergeError(f"there is no actor '{ident}' in content/actors.yaml or any article"
                     f"{did_you_mean(ident, content.actors)}")


def _lost_details(old: Actor, new: Actor) -> None:
    """Refuse a description, links or affiliation of OLD's record that NEW's has not."""
    for name in DETAILS:
        mine, theirs = getattr(old, name), getattr(new, name)
        if name == "affiliation" and mine == new.id:
            continue  # a person affiliated to what they become: nothing to keep
        lost = {k: v for k, v in mine.items() if theirs.get(k) != v} if name == "links" \
            else (mine if mine and mine != theirs else None)
        if lost:
            raise MergeError(f"'{old.id}' has {_said(name, lost)} ({old.source}, line "
                             f"{old.line}) that '{new.id}' has not; write what is right in "
                             f"'{new.id}' ({new.source}, line {new.line}) and remove it from "
                             f"'{old.id}', then merge again")


def _said(name: str, value: Any) -> str:
    if name == "links":
        return "links " + ", ".join(f"{k}: {v}" for k, v in value.items())
    return f"{'a description' if name == 'description' else 'an affiliation'} {quoted(value)}"


def _files(content_dir: Path, root: Path) -> list[Path]:
    paths = [content_dir / "actors.yaml"] if (content_dir / "actors.yaml").exists() else []
    return paths + content_files(content_dir / "articles", root, [])[0]


def _read(path: Path, shown: str) -> tuple[str, bytes]:
    text, problems = read_text(path, shown, MAX_YAML_BYTES, "a YAML file")
    if text is None:
        raise MergeError(str(problems[0]))
    raw = read_limited(path, MAX_YAML_BYTES)
    return raw.decode("utf-8"), raw  # CRLF and a byte-order mark kept: only lines change


def _layout(text: str, shown: str) -> Layout:
    """The file's layout: read through libyaml where it reads the text as ruamel.yaml does
    (`quick_layout`, fifty times faster: a merge reads every file that names the actor),
    otherwise by ruamel.yaml."""
    body = text.removeprefix("\ufeff")
    quick = quick_layout(body)
    if quick is not None:
        return quick
    try:
        return layout(body)
    except DraftError as exc:
        raise MergeError(f"{shown}: {exc}") from None


def _restore(edited: str, text: str) -> str:
    """The edited text with what `layout` set aside: the byte-order mark, and a last line
    without a line end."""
    if text.startswith("\ufeff"):
        edited = "\ufeff" + edited
    if not text.endswith("\n") and edited.endswith("\n"):
        edited = edited[:-2] if edited.endswith("\r\n") else edited[:-1]
    return edited


def _entries(lay: Layout, key: str) -> list[tuple[CommentedMap, tuple[int, int]]]:
    seq = lay.doc.get(key)
    if not isinstance(seq, CommentedSeq) or not len(seq):
        return []
    spans = lay.entries(key)
    if not spans:
        raise MergeError(f"the '{key}' list is written in flow style ([...]); write it as a "
                         "block list (one '- ' entry a line) or merge by hand")
    return [(e, s) for e, s in zip(seq, spans, strict=True) if isinstance(e, CommentedMap)]


def _rewrite(edits: _Edits, old: str, new: str, actors_file: bool,
             kind: str | None) -> tuple[CommentedMap, list[str]] | None:
    """Every reference to `old` in the file becomes `new`. Where the article lists both, OLD's
    entry goes: returned are NEW's entry and the aliases OLD's gave, for NEW's to keep."""
    lay = edits.lay
    entries = _entries(lay, "actors")
    theirs = next((e for e, _ in entries if str(e.get("id")) == new), None)
    kept = None
    for entry, span in entries:
        ident = str(entry.get("id"))
        if ident == old and (actors_file or theirs is not None):
            if theirs is not None and not actors_file:
                _same_role(edits, entry, theirs, old, new)
                aliases = [str(a) for a in entry.get("aliases") or []]
                has = set(map(str, theirs.get("aliases") or []))
                aliases = [a for a in aliases if a not in has]
                _same_status(edits, entry, theirs, old, new, aliases)
                kept = (theirs, aliases) if aliases else None
            edits.drop(*_entry_lines(lay, span))
            continue
        if ident == old:
            edits.replace(entry.lc.value("id"), old, new)
            for name in DEFINING:
                if name in entry:
                    edits.drop(*_key_span(lay, entry, name, span))
        elif ident == new and kind is not None and "kind" in entry and entry["kind"] != kind:
            edits.replace(entry.lc.value("kind"), str(entry["kind"]), kind)
        if str(entry.get("affiliation")) == old and ident != old:
            edits.replace(entry.lc.value("affiliation"), old, new)
    for claim, _ in _entries(lay, "claims"):
        if str(claim.get("by")) == old:
            edits.replace(claim.lc.value("by"), old, new)
        _list(edits, claim, "about", old, new)
        parties = claim.get("parties")
        for party in parties if isinstance(parties, CommentedSeq) else []:
            if isinstance(party, CommentedMap) and str(party.get("actor")) == old:
                edits.replace(party.lc.value("actor"), old, new)
    for event, _ in _entries(lay, "timeline"):
        _list(edits, event, "actors", old, new)
    if isinstance(lay.doc, CommentedMap):  # the drafter tags a briefing with its actors' ids
        _list(edits, lay.doc, "tags", old, new)
    return kept


def _trimmed(lay: Layout, span: tuple[int, int]) -> tuple[int, int]:
    start, end = span
    while end > start + 1 and not lay.lines[end - 1].strip():
        end -= 1  # the blank lines after it stay
    return start, end


def _entry_lines(lay: Layout, span: tuple[int, int]) -> tuple[int, int]:
    """The lines of an entry that goes: its blank lines after it go too where a blank line
    stands before it (entries set apart by blank lines stay so, one blank line apart)."""
    start, end = _trimmed(lay, span)
    if start > 0 and not lay.lines[start - 1].strip():
        end = span[1]
    return start, end


def _key_span(lay: Layout, entry: CommentedMap, name: str,
              span: tuple[int, int]) -> tuple[int, int]:
    """The lines of one key of an entry: from its line to the next key's (or the entry's
    end, its trailing blank and comment lines left)."""
    first = entry.lc.key(name)[0]
    later = [entry.lc.key(k)[0] for k in entry if entry.lc.key(k)[0] > first]
    if later:
        return first, min(later)
    start, end = _trimmed(lay, span)
    while end > first + 1 and lay.lines[end - 1].lstrip().startswith("#"):
        end -= 1
    return first, end


def _same_role(edits: _Edits, mine: CommentedMap, theirs: CommentedMap, old: str,
               new: str) -> None:
    """An article that lists both: OLD's entry goes, which must lose no role."""
    role, kept = str(mine.get("role") or ""), str(theirs.get("role") or "")
    if role and role != kept:
        raise MergeError(
            f"{edits.shown} lists both '{old}' (line {mine.lc.line + 1}, role {quoted(role)}) "
            f"and '{new}' (line {theirs.lc.line + 1}, role {quoted(kept) if kept else 'none'}); "
            f"one entry stays, with one role: write the right role in the entry of '{new}' and "
            f"remove the role of '{old}', then merge again")


def _same_status(edits: _Edits, mine: CommentedMap, theirs: CommentedMap, old: str,
                 new: str, aliases: list[str]) -> None:
    """An article that lists both: OLD's entry goes, which must neither bring the aliases of
    a drafted entry to a reviewed one (they would be published unreviewed) nor leave a
    reviewed entry's place to a drafted one (its role would no longer be published)."""
    drafted, kept = mine.get("status") == DRAFTED, theirs.get("status") == DRAFTED
    if drafted == kept or drafted and not aliases:
        return

    def said(entry: CommentedMap, ident: str, is_drafted: bool) -> str:
        return f"'{ident}' (line {entry.lc.line + 1}, {'drafted' if is_drafted else 'reviewed'})"

    raise MergeError(
        f"{edits.shown} lists both {said(mine, old, drafted)} and {said(theirs, new, kept)}; "
        "one entry stays, and a merge vouches for no drafted entry: review the drafted one "
        f"first ('briefing review {Path(edits.shown).stem}') or remove it, then merge again")


def _list(edits: _Edits, entry: CommentedMap, key: str, old: str, new: str) -> None:
    """`old` in a list of ids becomes `new`, or goes where `new` is there already."""
    seq = entry.get(key)
    values = [str(v) for v in seq] if isinstance(seq, CommentedSeq) else []
    if old not in values:
        return
    kept = values.index(new) if new in values else values.index(old)
    for i, value in enumerate(values):
        line, column = seq.lc.item(i)
        if value != old:
            continue
        if i == kept:
            edits.replace((line, column), old, new)
        elif not seq.fa.flow_style():
            edits.token(line, column, old)
            edits.drop(line, line + 1)
        else:
            _unlist(edits, line, column, old, new)


def _unlist(edits: _Edits, line: int, column: int, old: str, new: str) -> None:
    """Take an item out of a flow list ([a, old, b]), with one of its commas."""
    start, end = edits.token(line, column, old)
    text = edits.lay.lines[line]
    after = re.match(r"[ \t]*,[ \t]*", text[end:])
    if after:
        edits.sub(line, start, end + after.end(), "")
        return
    before = re.search(r"[ \t]*,[ \t]*$", text[:start])
    if before is None:
        raise MergeError(f"{edits.shown}:{line + 1}: cannot read this list; change '{old}' to "
                         f"'{new}' here by hand, then merge again")
    edits.sub(line, before.start(), end, "")


def _add_to_record(edits: _Edits, entry: CommentedMap, ident: str, aliases: list[str],
                   formerly: list[str]) -> None:
    """NEW's record, with OLD's names among its aliases and OLD among its former ids."""
    _add_aliases(edits, entry, aliases)
    if formerly:
        _extend(edits, entry, ident, "formerly", formerly)


def _add_aliases(edits: _Edits, entry: CommentedMap, aliases: list[str]) -> None:
    if aliases:
        _extend(edits, entry, str(entry.get("id")), "aliases", aliases)


def _extend(edits: _Edits, entry: CommentedMap, ident: str, key: str, values: list[str]) -> None:
    """The entry with more items in its list `key` (the list made if it has none)."""
    lay = edits.lay
    if entry.fa.flow_style():
        raise MergeError(f"{edits.shown}:{entry.lc.line + 1}: the entry of '{ident}' is written "
                         "in flow style ({...}); write it one field a line, then merge again")
    anchor = max(_last_line(entry, k) for k in ("id", "name", "kind", "aliases") if k in entry)
    indent = " " * entry.lc.key("id")[1]
    items = ", ".join(scalar(v, flow=True) for v in values)
    seq = entry.get(key)
    if key not in entry:
        edits.insert_after(anchor, [f"{indent}{key}: [{items}]"])
        return
    line = entry.lc.key(key)[0]
    text = lay.lines[line]
    if not seq:  # `aliases:` or `aliases: []`, perhaps with a comment
        found = re.fullmatch(r"(?P<key>[ \t]*(?:-[ \t]+)?" + key +
                             r":)(?:[ \t]*(?:\[[ \t]*\]|null|~))?(?P<rest>[ \t]+#.*)?(?P<nl>\r?\n)",
                             text)
        if found is None:
            raise MergeError(f"{edits.shown}:{line + 1}: cannot read this '{key}'; write it "
                             "as a list by hand, then merge again")
        edits.sub(line, 0, len(text),
                  f"{found['key']} [{items}]{found['rest'] or ''}{found['nl']}")
        return
    if not isinstance(seq, CommentedSeq):
        raise MergeError(f"{edits.shown}:{line + 1}: '{key}' is not a list")
    last_line, last_column = seq.lc.item(len(seq) - 1)
    if seq.fa.flow_style():
        if last_line != line:
            raise MergeError(f"{edits.shown}:{line + 1}: this '{key}' list runs over several "
                             "lines; write it on one line or one item a line, then merge again")
        written = _FLOW_ITEM.match(text, last_column)
        end = written.end() if written else last_column
        while end > last_column and text[end - 1] in " \t":
            end -= 1
        if not text[end:].lstrip(" \t").startswith("]"):
            raise MergeError(f"{edits.shown}:{line + 1}: cannot read this '{key}' list; add "
                             "the names by hand, then merge again")
        edits.sub(line, end, end, f", {items}")
        return
    dash = re.match(r"[ \t]*-[ \t]+", lay.lines[last_line])
    if dash is None or last_line + 1 < len(lay.lines) and _continues(lay.lines[last_line + 1],
                                                                      dash.end()):
        raise MergeError(f"{edits.shown}:{last_line + 1}: cannot read this '{key}' list; add "
                         "the names by hand, then merge again")
    edits.insert_after(last_line, [f"{dash.group()}{scalar(v)}" for v in values])


def _last_line(entry: CommentedMap, key: str) -> int:
    """The last line of a key's value: a block list's last item (not its `key:` line, which
    a new key after it would cut from its items)."""
    value = entry.get(key)
    if isinstance(value, CommentedSeq) and len(value) and not value.fa.flow_style():
        return int(value.lc.item(len(value) - 1)[0])
    return int(entry.lc.key(key)[0])


def _continues(line: str, column: int) -> bool:
    """Whether a line goes on with the list item above it (a longer scalar)."""
    return bool(line.strip()) and len(line) - len(line.lstrip(" ")) >= column \
        and not line.lstrip().startswith("#")


def _order(merge: Merge, before: Actor, after: Actor) -> None:
    """Files that only rename references first, OLD's definition next, NEW's record last:
    a write that fails half-way leaves content that names no actor that is gone."""
    last = {s: i for i, s in enumerate((before.source, after.source))}
    merge.after = dict(sorted(merge.after.items(),
                              key=lambda item: last.get(merge.shown[item[0]], -1)))


class _InMemory(FileReader):
    """The loader's reader, giving the merged text of the files the merge changes."""

    def __init__(self, texts: dict[str, str]) -> None:
        self.texts = texts

    def yaml(self, path: Path, shown: str) -> tuple[YamlDoc | None, list[Problem]]:
        if shown in self.texts:
            text = self.texts[shown].removeprefix("\ufeff")
            return parse(text.replace("\r\n", "\n").replace("\r", "\n"), shown)
        return super().yaml(path, shown)

    def exists(self, path: Path, shown: str) -> bool:
        return shown in self.texts or super().exists(path, shown)


def _verify(merge: Merge, content_dir: Path, root: Path, content: Content) -> None:
    """The merged content as `briefing check` would find it: clean, OLD gone, every
    reference to it now NEW's."""
    texts = {merge.shown[path]: text for path, text in merge.after.items()}
    merged, problems = check_folder(content_dir, root, _InMemory(texts))
    if problems:
        raise MergeError(f"the merge would leave {_n(len(problems), 'problem')} (the first: "
                         f"{sorted(problems)[0]}); nothing was written: change that by hand, "
                         "then merge again")
    left = [where for where in references(merged, merge.old)]
    if merge.old in merged.actors or left:
        where = left[0] if left else f"{merged.actors[merge.old].source}"
        raise MergeError(f"{where} still names '{merge.old}' in a way this command cannot "
                         f"edit; nothing was written: change it to '{merge.new}' by hand, then "
                         "merge again")
    record = merged.actors[merge.new]
    if merge.old not in record.formerly:
        raise MergeError(f"{record.source}:{record.line}: cannot add '{merge.old}' to the "
                         f"formerly list of '{merge.new}'; add it by hand, then merge again")


def references(content: Content, ident: str) -> Iterator[str]:
    """Where (file:line) the content names an actor, but for its own definition."""
    for actor in content.actors.values():
        if actor.affiliation == ident:
            yield f"{actor.source}:{actor.line}"
    for article in content.articles:
        for role in article.actors:
            if role.actor == ident:
                yield f"{article.yaml_path}:{role.line}"
        for claim in article.claims:
            if ident in (claim.by, *claim.about, *(p.actor for p in claim.parties)):
                yield f"{article.yaml_path}:{claim.line}"
        for event in article.timeline:
            if ident in event.actors:
                yield f"{article.yaml_path}:{event.line}"


def write_merge(merge: Merge) -> None:
    """Write each changed file atomically, having checked that none changed since it was
    read (an editor's save meanwhile). Raises MergeError before writing anything, or OSError
    naming what was and was not written."""
    for path in merge.after:
        try:
            now = read_limited(path, MAX_YAML_BYTES)
        except (OSError, ValueError):
            now = b""
        if now != merge.read[path]:
            raise MergeError(f"{merge.shown[path]} changed while the merge was worked out (a "
                             "save in an editor?); nothing was written: run the merge again")
    done: list[str] = []
    for path, text in merge.after.items():
        try:
            write_atomic(path, text, through_link=True)  # `check` keeps links inside
        except OSError as exc:
            rest = [merge.shown[p] for p in merge.after if merge.shown[p] not in done]
            raise MergeError(f"cannot write {merge.shown[path]}: {exc.strerror or exc}; "
                             f"written: {', '.join(done) or 'none'}; not written: "
                             f"{', '.join(rest)}") from None
        done.append(merge.shown[path])
