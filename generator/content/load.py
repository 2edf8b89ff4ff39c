"""Load content/ into typed objects, collecting every problem on the way."""

from __future__ import annotations

import os
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

from ..files import read_limited
from . import dated_from
from .gate import DRAFTED
from .model import Actor, Article, Block, Claim, Content, Event, Party, Role
from .problems import Problem, display_path, quoted
from .schema import MAX_ID
from .text import Paragraphs, parse_blocks
from .validate import duplicate_ids, record, slug_like
from .yamlfile import MAX_YAML_BYTES, YamlDoc, load, read_text

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


class FileReader:
    """How the loader reads a file; a cache between builds can stand in for it."""

    def yaml(self, path: Path, shown: str) -> tuple[YamlDoc | None, list[Problem]]:
        """A parsed YAML file, or the problems that stop it."""
        return load(path, shown)

    def exists(self, path: Path, shown: str) -> bool:
        """Whether the file is there (a merge checks an actors.yaml it has not yet written);
        a link is, even one to nothing: one out of content/ was passed over (attack14)."""
        return path.exists() or path.is_symlink()

    def blocks(self, path: Path, shown: str) -> tuple[list[Block] | None, list[Problem]]:
        """The blocks of an article text (None if it cannot be read), and the problems."""
        text, problems = read_text(path, shown)
        return (None if text is None else parse_blocks(text)), problems

    def article(self, doc: YamlDoc, slug: str, blocks: list[Block], text_read: bool,
                text_shown: str, actors: dict[str, Actor],
                problems: list[Problem]) -> Article | None:
        """The article of a parsed YAML file (`build_article`); a cache may keep it."""
        return build_article(doc, slug, blocks, text_read, text_shown, actors, problems)


class ActorReader(FileReader):
    """A reader for the actors only (`load_content(...)[0].actors`, which `draft`, `import`,
    `review` and `redraft` need): the articles' texts are not read, and an article is built
    as far as its actors, no claim or event; the actors come out as the whole load makes them
    (the same records, in the same order, with the same aliases)."""

    def blocks(self, path: Path, shown: str) -> tuple[list[Block] | None, list[Problem]]:
        return [], []

    def article(self, doc: YamlDoc, slug: str, blocks: list[Block], text_read: bool,
                text_shown: str, actors: dict[str, Actor],
                problems: list[Problem]) -> Article | None:
        return build_article(doc, slug, blocks, text_read, text_shown, actors, problems,
                             actors_only=True)


def load_content(content_dir: Path, root: Path | None = None,
                 reader: FileReader | None = None) -> tuple[Content, list[Problem]]:
    """Read actors.yaml and articles/*.{yaml,md} in the content folder.

    Returns what could be loaded and every problem found while loading it; file names in
    problems are shown relative to `root` (the project), by default the content's parent.
    """
    root = root if root is not None else content_dir.parent
    reader = reader or FileReader()
    problems: list[Problem] = []
    if not content_dir.is_dir():
        shown = display_path(content_dir, root)
        return Content({}, [], {}, set()), [Problem(shown, 1, 1, (
            "there is no content folder here" if not content_dir.exists() else
            "this is not a folder") + "; make it (a folder holding actors.yaml and articles/), "
            "or set 'content:' under '- briefing:' in mkdocs.yml to the folder that holds them")]
    actors: dict[str, Actor] = {}
    docs: dict[str, YamlDoc] = {}
    unverified: set[str] = set()
    folder = ContentFolder(content_dir)
    actors_file = content_dir / "actors.yaml"
    actors_shown = display_path(actors_file, root)
    if reader.exists(actors_file, actors_shown) and not _linked_out(actors_file, folder, root,
                                                                    problems):
        before = len(problems)
        for actor in _load_actors(actors_file, actors_shown, problems, docs, reader):
            actors.setdefault(actor.id, actor)
        if len(problems) > before:
            unverified |= _ids_written(actors_file)
    articles = []
    articles_dir = content_dir / "articles"
    yaml_files, text_files = content_files(articles_dir, root, problems)
    for path in yaml_files:
        if _linked_out(path, folder, root, problems):
            continue
        before = len(problems)
        article = _load_article(path, root, actors, problems, docs, folder, reader)
        if article is not None:
            articles.append(article)
        if len(problems) > before:
            unverified |= _ids_written(path)
    named = set(yaml_files)
    for text_path in text_files:
        if text_path.with_suffix(".yaml") not in named:
            problems.append(Problem(display_path(text_path, root), 1, 1,
                                    f"the article text has no {text_path.stem}.yaml beside it; "
                                    "draft one with 'briefing import' or remove the file"))
    articles.sort(key=lambda a: (a.published.first, a.slug), reverse=True)
    return Content(actors, articles, docs, unverified - set(actors)), problems


# Editors' lock, backup and swap files (Emacs .#x and #x#, Vim .x.swp and 4913, x~,
# JetBrains' x___jb_tmp___ and x___jb_old___), what a merge or a patch leaves (x.orig, x.rej),
# and this project's own temporary files (.x.*.tmp): never content, whatever they end in, nor
# a file of the site (the plugin leaves them out of docs/: attack18)
EDITOR_FILE = re.compile(r"\.#.*|#.*#|.*~|4913|.*\.sw[a-p]|\..*\.tmp|.*___jb_(?:tmp|old)___"
                         r"|.*\.(?:orig|rej)")
_CONTENT_SUFFIXES = {".yaml": "yaml", ".yml": "yaml", ".md": "md", ".markdown": "md"}


def content_files(folder: Path, root: Path,
                  problems: list[Problem]) -> tuple[list[Path], list[Path]]:
    """The article YAML files and texts in folder, sorted; editors' files are skipped, and a
    name that ends almost right (.yml, .YAML, .MD) is a problem rather than left unread."""
    yaml_files: list[Path] = []
    text_files: list[Path] = []
    try:
        if folder.is_symlink() and not folder.exists():
            os.stat(folder)  # a dangling link or a loop: raises, and says which
        names = sorted(os.listdir(folder)) if folder.is_dir() else []
    except OSError as exc:  # a link loop, a folder that cannot be read
        problems.append(Problem(display_path(folder, root), 1, 1,
                                f"cannot read the folder: {exc.strerror}"))
        return [], []
    for name in names:
        if EDITOR_FILE.fullmatch(name):
            continue
        path = folder / name
        stem, dot, suffix = name.rpartition(".")
        if dot and f".{suffix}" == ".yaml":
            yaml_files.append(path)
        elif dot and f".{suffix}" == ".md":
            text_files.append(path)
        elif dot and f".{suffix.lower()}" in _CONTENT_SUFFIXES:
            right = ".yaml" if _CONTENT_SUFFIXES[f".{suffix.lower()}"] == "yaml" else ".md"
            problems.append(Problem(display_path(path, root), 1, 1,
                                    f"this file is not read: only names ending in '{right}' are "
                                    f"content; rename it to '{stem}{right}'"))
    return yaml_files, text_files


class ContentFolder:
    """The content folder, resolved once, and the folders resolved while loading it: a file
    that is not a link is where its resolved folder is (each resolution asks the file system
    about every folder on the way, twice per article)."""

    def __init__(self, content_dir: Path) -> None:
        self.real = content_dir.resolve()
        self.folders: dict[Path, Path] = {}

    def shown(self, path: Path, root: Path) -> str:
        """`display_path(path, root)`."""
        try:
            resolved = self.resolve(path)
            real_root = self.folders.get(root) or self.folders.setdefault(root, root.resolve())
        except (OSError, RuntimeError):
            return display_path(path, root)
        try:
            return resolved.relative_to(real_root).as_posix()
        except ValueError:
            return path.as_posix()

    def resolve(self, path: Path) -> Path:
        """path.resolve()."""
        if path.is_symlink():
            return path.resolve()
        parent = self.folders.get(path.parent)
        if parent is None:
            parent = self.folders[path.parent] = path.parent.resolve()
        return parent / path.name


def _linked_out(path: Path, folder: ContentFolder, root: Path, problems: list[Problem]) -> bool:
    """Whether the path is a link that leads out of the content folder or to nothing (a
    problem if so, named at the link: `display_path` names where a link leads, and
    "docs/x.yaml: this is a link to .../docs/x.yaml" or "content/nothing.yaml: cannot read
    the file" did not say which file of content/ to mend)."""
    try:
        target = folder.resolve(path)
    except (OSError, RuntimeError):  # Python 3.11 raises RuntimeError on a link loop
        problems.append(Problem(display_path(path, root), 1, 1, "this link leads round in a "
                                "loop and names no file; remove it"))
        return True
    if target.is_relative_to(folder.real):
        if not path.is_symlink() or target.exists():
            return False
        problems.append(Problem(_link_shown(path, root), 1, 1,
                                f"this is a link to {display_path(target, root)}, which is not "
                                "there; remove the link, or put the file there"))
        return True
    problems.append(Problem(_link_shown(path, root), 1, 1,
                            f"this is a link to {target.as_posix()}, outside the content folder; "
                            "content is only read from inside it: copy the file here instead"))
    return True


def _link_shown(path: Path, root: Path) -> str:
    """A link as the person sees it: its own name, in its folder as `display_path` shows it."""
    return f"{display_path(path.parent, root)}/{path.name}"


_ID_LINE = re.compile(r"^[ -]*id: *['\"]?([a-z0-9]+(?:-[a-z0-9]+)*)['\"]? *$", re.MULTILINE)


def _ids_written(path: Path) -> set[str]:
    """The ids a broken file seems to define, read line by line without YAML."""
    try:
        text = read_limited(path, MAX_YAML_BYTES).decode("utf-8", "replace")
    except (OSError, ValueError):
        return set()
    return set(_ID_LINE.findall(text))


def _load_actors(path: Path, shown: str, problems: list[Problem],
                 docs: dict[str, YamlDoc], reader: FileReader) -> list[Actor]:
    doc, found = reader.yaml(path, shown)
    problems.extend(found)
    if doc is None or doc.data is None:
        return []
    docs[shown] = doc
    top = record(doc, (), doc.data, "actors file", "content/actors.yaml", problems)
    out = []
    for i, entry in enumerate((top or {}).get("actors", [])):
        fields = record(doc, ("actors", i), entry, "actor", "actor", problems)
        if fields is not None:
            out.append(_actor(fields, shown, doc.positions[("actors", i)][0], ("actors", i)))
    duplicate_ids(doc, [(("actors", i), a.id) for i, a in enumerate(out)], "actor", problems)
    return out


def _actor(fields: dict[str, Any], shown: str, line: int, key: tuple[object, ...]) -> Actor:
    return Actor(fields["id"], fields["name"], fields["kind"], list(fields.get("aliases", [])),
                 fields.get("description", ""), fields.get("links", {}),
                 fields.get("affiliation"), shown, line, key, fields.get("status"),
                 tuple(fields.get("aliases", [])), tuple(fields.get("formerly", [])))


def _load_article(path: Path, root: Path, actors: dict[str, Actor], problems: list[Problem],
                  docs: dict[str, YamlDoc], folder: ContentFolder,
                  reader: FileReader) -> Article | None:
    shown = folder.shown(path, root)
    slug = path.stem
    if not SLUG.fullmatch(slug):
        problems.append(Problem(shown, 1, 1, f"the file name '{path.name}' is not a valid slug: "
                                             "use lower-case letters, digits and hyphens, like "
                                             f"'{slug_like(slug)}.yaml'"))
        return None
    if len(slug) > MAX_ID:
        problems.append(Problem(shown, 1, 1, f"the file name is {len(slug)} characters long "
                                             f"without '.yaml', more than the {MAX_ID} a slug may "
                                             "have (it names the briefing's pages and files); "
                                             "rename it and its .md"))
        return None
    doc, found = reader.yaml(path, shown)
    problems.extend(found)
    if doc is None:
        return None
    if doc.data is None:
        problems.append(Problem(shown, 1, 1, "the file is empty; it needs at least "
                                             "'title' and 'published'"))
        return None
    docs[shown] = doc
    text_path = path.with_suffix(".md")
    text_shown = folder.shown(text_path, root)
    blocks: list[Block] = []
    text_read = text_path.exists() or text_path.is_symlink()
    if text_read and _linked_out(text_path, folder, root, problems):
        text_read = False
    elif text_read:
        read, text_problems = reader.blocks(text_path, text_shown)
        problems.extend(text_problems)
        text_read = read is not None
        blocks = read or []
    else:
        problems.append(Problem(shown, 1, 1, f"the article text {text_shown} "
                                             "is missing; put the cleaned text there"))
    return reader.article(doc, slug, blocks, text_read, text_shown, actors, problems)


def build_article(doc: YamlDoc, slug: str, blocks: list[Block], text_read: bool,
                  text_shown: str, actors: dict[str, Actor], problems: list[Problem],
                  actors_only: bool = False) -> Article | None:
    """The article of a parsed YAML file and its text's blocks. Actors it defines are added
    to `actors`, aliases it gives a shared actor are added to that actor's record. With
    `actors_only`, that is all: the article has no claims or events."""
    fields = record(doc, (), doc.data, "article", "the article", problems)
    if fields is None:
        return None
    article = Article(slug, fields["title"], fields["published"], fields.get("source", ""),
                      fields.get("url", ""), fields.get("dateline", ""),
                      fields.get("authors", []), fields.get("summary", ""),
                      fields.get("tags", []), blocks=blocks, yaml_path=doc.path,
                      text_path=text_shown, text_read=text_read,
                      unreviewed=[k for k, v in fields.get("status", {}).items()
                                  if v == "drafted"])
    moved = dated_from.moved(doc.data)
    if moved is not None:
        article.redated = dated_from.moved_message(*moved, slug)
    _article_actors(doc, fields.get("actors", []), article, actors, problems)
    if actors_only:
        return article
    for i, entry in enumerate(fields.get("claims", [])):
        claim = _claim(doc, ("claims", i), entry, problems)
        if claim is not None:
            article.claims.append(claim)
    for i, entry in enumerate(fields.get("timeline", [])):
        event = _event(doc, ("timeline", i), entry, problems)
        if event is not None:
            article.timeline.append(event)
    duplicate_ids(doc, [(("claims", i), c.id) for i, c in enumerate(article.claims)], "claim",
                problems)
    duplicate_ids(doc, [(("timeline", i), e.id) for i, e in enumerate(article.timeline)], "event",
                problems)
    paragraphs = Paragraphs(blocks)
    for claim in article.claims:
        claim.paragraph = paragraphs.find(claim.evidence)
    for event in article.timeline:
        event.paragraph = paragraphs.find(event.evidence)
    for claim in article.claims:
        for party in claim.parties:
            party.paragraph = paragraphs.find(party.evidence) if party.evidence else None
    return article


def _article_actors(doc: YamlDoc, entries: list[Any], article: Article,
                    actors: dict[str, Actor], problems: list[Problem]) -> None:
    seen: list[tuple[tuple[object, ...], str]] = []
    for i, entry in enumerate(entries):
        key = ("actors", i)
        fields = record(doc, key, entry, "article actor", "actor", problems)
        if fields is None:
            continue
        ident = fields["id"]
        seen.append((key, ident))
        line = doc.positions[key][0]
        article.actors.append(Role(ident, fields.get("role", ""), fields.get("status"), line, key,
                                   tuple(fields.get("aliases", []))))
        shared = actors.get(ident)
        if shared is None and ("name" in fields) != ("kind" in fields):
            missing = "name" if "name" not in fields else "kind"
            problems.append(doc.at(key, f"actor '{ident}' is defined here without a '{missing}'; "
                                        "give both name and kind, or neither"))
        elif shared is None and "name" in fields:
            actors[ident] = _actor(fields, doc.path, line, key)
        elif shared is not None:
            if "name" in fields and (fields["name"], fields.get("kind")) != (shared.name,
                                                                            shared.kind):
                problems.append(doc.at(key + ("name",), (
                    f"actor '{ident}' is already defined in {shared.source} (line {shared.line}) "
                    f"as {quoted(shared.name)}, {shared.kind}; remove name and kind here to use "
                    "that record, or give this actor an id of its own")))
            elif "name" in fields and _vouches(fields, shared):
                _replaced_details(doc, key, fields, shared, problems)
                shared = actors[ident] = replace(_actor(fields, doc.path, line, key),
                                                 aliases=list(shared.aliases))
            else:
                _ignored_details(doc, key, fields, shared, problems)
            for alias in fields.get("aliases", []):
                if alias not in shared.aliases and alias != shared.name:
                    shared.aliases.append(alias)
    duplicate_ids(doc, seen, "actor", problems)


def _vouches(fields: dict[str, Any], shared: Actor) -> bool:
    """Whether a reviewed entry repeats an actor that only a drafted entry of an earlier
    article defined: the reviewed one then defines it (its page is published whole)."""
    return shared.status == DRAFTED and fields.get("status") != DRAFTED


_DETAILS = {"description": ("a description", "this description"),
            "links": ("links", "these links"),
            "affiliation": ("an affiliation", "this affiliation"),
            "formerly": ("former ids", "these former ids")}


def _ignored_details(doc: YamlDoc, key: tuple[object, ...], fields: dict[str, Any],
                     shared: Actor, problems: list[Problem]) -> None:
    """A problem for each description, links or affiliation that an entry repeating an actor
    defined elsewhere gives, unlike that record: the site shows the record's, so the entry's
    would be lost without a word."""
    for name in _DETAILS:
        if name in fields and _detail(fields[name]) != _detail(getattr(shared, name)):
            problems.append(doc.at(key + (name,), (
                f"actor '{shared.id}' is already defined in {shared.source} (line "
                f"{shared.line}), the record the site shows, without {_DETAILS[name][1]}; write "
                f"{_them(name)} there (or move the actor to content/actors.yaml) and remove "
                f"{_them(name)} here")))


def _detail(value: Any) -> Any:
    """A detail as the record holds it (a list of former ids as a tuple)."""
    return tuple(value) if isinstance(value, list) else value


def _them(name: str) -> str:
    return "them" if name in ("links", "formerly") else "it"


def _replaced_details(doc: YamlDoc, key: tuple[object, ...], fields: dict[str, Any],
                      shared: Actor, problems: list[Problem]) -> None:
    """A problem for each description, links or affiliation of the drafted definition that
    this reviewed entry replaces, which it has not: a person wrote them (the drafter never
    does), and the site now shows this entry."""
    for name in _DETAILS:
        if getattr(shared, name) and _detail(fields.get(name)) != _detail(getattr(shared, name)):
            problems.append(doc.at(key, (
                f"actor '{shared.id}' is also defined in {shared.source} (line {shared.line}) "
                f"by a drafted entry with {_DETAILS[name][0]} this reviewed entry has not; the "
                f"site shows this entry: copy {_them(name)} here (or move the actor to "
                f"content/actors.yaml) and remove {_them(name)} there")))


def _claim(doc: YamlDoc, key: tuple[object, ...], entry: Any,
           problems: list[Problem]) -> Claim | None:
    fields = record(doc, key, entry, "claim", "claim", problems)
    if fields is None:
        return None
    parties = []
    for j, item in enumerate(fields.get("parties", [])):
        party = record(doc, key + ("parties", j), item, "party", f"party of claim '{fields['id']}'",
                       problems)
        if party is None:
            return None
        parties.append(Party(party["actor"], party["stance"], party.get("evidence", "")))
    return Claim(fields["id"], fields["claim"], fields.get("by", ""), fields["evidence"],
                 fields.get("quote"), fields.get("about", []), fields.get("date"), parties,
                 fields.get("status"), doc.positions[key][0], key=key)


def _event(doc: YamlDoc, key: tuple[object, ...], entry: Any,
           problems: list[Problem]) -> Event | None:
    fields = record(doc, key, entry, "event", "timeline entry", problems)
    if fields is None:
        return None
    return Event(fields["id"], fields["date"], fields["event"], fields["evidence"],
                 fields.get("actors", []), fields.get("status"), doc.positions[key][0], key=key,
                 scheduled=fields.get("scheduled", False))


