"""The `briefing` command: a thin layer over the library, one message per failure."""

from __future__ import annotations

import argparse
import errno
import io
import os
import re
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import out_folder
from .build import HandWrittenError, generate, write_files
from .content import dated_from
from .content.check import check_folder, former_tags
from .content.dates import reading
from .content.gate import drafted_counts, drafted_entries, left_out_lines, redated, unconfirmed
from .content.likely_same import likely_same
from .content.load import SLUG, ActorReader, load_content
from .content.model import KINDS
from .content.problems import ContentError, Problem, did_you_mean, not_utf8, printable
from .content.schema import MAX_NAME
from .content.validate import duplicate_ids, is_web_address, shape_problems
from .content.validate import record as validate_record
from .content.yamlfile import MAX_BYTES, MAX_YAML_BYTES, YamlDoc, parse, read_text
from .content.yamlfile import load as load_yaml
from .files import OutsideError, link_on_the_way, linked_away, read_limited, write_atomic
from .pages.generate import SiteInfo
from .pages.urls import is_branch_name, repository_editor
from .site_config import drafts_shown
from .tool_copies import stale_copies, stale_schemas

if TYPE_CHECKING:
    from .draft.engine import Draft


class Failure(Exception):
    """A failure the person can act on; its message is printed and the command exits 1."""


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        _find_site(args)
        return int(args.run(args) or 0)
    except ContentError as exc:
        _report(exc.problems, args.command)
        return 1
    except Failure as exc:
        print(f"briefing: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


_SLUG = ("the article's name, as 'briefing import' printed it: the name of its .yaml in "
         "content/articles without '.yaml' (2024-06-19-putin-kim-pyongyang); 'briefing check' "
         "names each article with entries left to review")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="briefing", description="Turn news articles into a "
                                     "briefing site.")
    parser.add_argument("--content", type=Path, help="the content folder (default: content/ "
                        "of the site: the nearest folder, from the current one up, that holds "
                        "content/ or mkdocs.yml)")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, help: str) -> argparse.ArgumentParser:
        """`briefing NAME --help` opens with the line `briefing --help` gives NAME."""
        return sub.add_parser(name, help=help, description=f"{help[:1].upper()}{help[1:]}.")

    check = command("check", "check all content; list every problem")
    check.add_argument("--no-drafts", action="store_true",
                       help="fail while any entry is still drafted (for a repository's CI)")
    check.set_defaults(run=_check)

    build = command("build", "write the site's Markdown pages and data to a folder")
    build.add_argument("--out", type=Path, help="default: build/ beside content/")
    build.add_argument("--templates", type=Path, help="default: templates/ beside content/")
    build.add_argument("--site-url", default="", type=_web_address,
                       help="where the site will be published; needed for the Atom feed")
    build.add_argument("--repo-url", default="", type=_web_address,
                       help="the repository the content is edited in, for the edit link of "
                       "each entry (as repo_url in mkdocs.yml)")
    build.add_argument("--edit-branch", default="main", type=_branch,
                       help="the branch the edit links open")
    build.add_argument("--drafts", choices=("hide", "show"), default="hide",
                       help="entries nobody has reviewed: left out, as a published site does "
                       "(default), or shown, marked")
    build.set_defaults(run=_build)

    for name, helps in (("draft", "print a drafted briefing YAML for a raw article"),
                        ("import", "add a raw article to content/ with a drafted YAML")):
        cmd = command(name, helps)
        cmd.add_argument("article", help="plain text, Markdown or a saved HTML page")
        cmd.add_argument("--published", type=_day, help="publication date, YYYY-MM-DD (given "
                         "here it counts as reviewed; read from the article it is drafted)")
        cmd.add_argument("--title", type=_title, help="the article's headline (given here it "
                         "counts as reviewed; read from the article it is drafted)")
        cmd.add_argument("--source", type=_source, help="who published it")
        cmd.add_argument("--url", type=_web_address, help="where the original is")
        cmd.set_defaults(run=_draft if name == "draft" else _import)

    init = command("init", "start a new site of your own in an empty folder")
    init.add_argument("folder", type=Path, help="a new or empty folder")
    init.add_argument("--title", help="the site's title (default: from the folder's name)")
    init.set_defaults(run=_init)

    redraft = command("redraft", "re-draft an article in content/, keeping every human "
                                 "correction")
    redraft.add_argument("slug", help=_SLUG)
    redraft.set_defaults(run=_redraft)

    review = command("review", "go through the drafted entries of an article: accept, "
                               "reject, change the speaker, edit")
    review.add_argument("slug", help=_SLUG)
    review.set_defaults(run=_review)

    merge = command("merge", "two actor ids are one actor: every reference to OLD becomes "
                             "NEW, and OLD's old page sends readers to NEW's")
    merge.add_argument("old", help="the id that goes")
    merge.add_argument("new", help="the id that stays")
    merge.add_argument("--dry-run", action="store_true",
                       help="print each line that would change, file:line; write nothing")
    merge.add_argument("--kind", choices=KINDS,
                       help="the kind of the merged actor, when the two kinds differ")
    merge.set_defaults(run=_merge)
    return parser


def _find_site(args: argparse.Namespace) -> None:
    """Like git, from any folder inside the site: content/, and build's --out and
    --templates, default to the nearest folder, from the current one up, that holds content/
    or mkdocs.yml. `init` needs no site and `draft` only reads its actors if there is one."""
    args.root = Path()  # file names in check's messages are shown from here
    if args.command == "init" or args.content is not None:
        _default_paths(args, args.content.parent if args.content is not None else Path())
        return
    try:
        here = Path.cwd()
    except FileNotFoundError:
        raise Failure("the current folder no longer exists (deleted or moved away); go to your "
                      "site's folder and run the command again") from None
    site = next((folder for folder in (here, *here.parents)
                 if (folder / "content").is_dir() or (folder / "mkdocs.yml").is_file()), None)
    if site is None and args.command != "draft":
        raise Failure(f"no briefing site in {here} or any folder above it (none holds content/ "
                      "or mkdocs.yml); run the command inside your site's folder, start a site "
                      "with 'briefing init FOLDER', or name the content folder with --content")
    args.root = Path(os.path.relpath(site, here)) if site is not None else Path()
    args.content = args.root / "content"
    if args.command in WRITES_CONTENT:
        _refuse_linked_content(args.content, args.root, args.command)
    _default_paths(args, args.root)


WRITES_CONTENT = ("import", "redraft", "review", "merge")


def _refuse_linked_content(content: Path, root: Path, command: str) -> None:
    """A site's content/ found by walking up (not named with --content) that is a link out
    of the site's folder: a cloned site with a committed `content` link to another folder
    had `import` and `merge` write their files there. A person who keeps the content
    elsewhere on purpose names it with --content."""
    linked = link_on_the_way(content, root)
    target = content.resolve()
    if linked is not None and not target.is_relative_to(root.resolve()):
        shown, leads = linked_away(linked, root)
        raise Failure(f"{shown} is a link to {leads}, outside the site's folder: '{command}' "
                      "writes only in the site's own content/; remove the link, or, if your "
                      f"content is kept there on purpose, name it: --content "
                      f"{printable(target.as_posix())}")


def _default_paths(args: argparse.Namespace, root: Path) -> None:
    given = getattr(args, "templates", None)
    if given is not None and not given.is_dir():  # the tool's own were used, in silence
        raise Failure(f"--templates {given} is not a folder; name the folder that holds your "
                      "templates (or leave --templates out)")
    for name in ("out", "templates"):
        if name in args and getattr(args, name) is None:
            setattr(args, name, root / ("build" if name == "out" else "templates"))


def _no_content(folder: Path) -> str:
    return (f"there is no content folder {folder}; run the command in the project folder (the "
            "one that holds content/), or name the folder with --content")


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        found = reading(text)  # "March 27, 2006": say which day to write (analyst8)
        here = f", here {found[1]}" if found and found[0] == "YYYY-MM-DD" else ""
        raise argparse.ArgumentTypeError(f"'{printable(text)}' is not a date; write "
                                         f"YYYY-MM-DD{here}") from None


def _utf8(text: str) -> str:
    """An argument that goes into the YAML as it is: bytes that are not UTF-8 (a Latin-1
    terminal) became escapes such as \\udce9, which `check` refuses (attack13)."""
    problem = not_utf8(text)
    if problem is not None:
        raise argparse.ArgumentTypeError(problem)
    return text


def _source(text: str) -> str:
    # `--source '   '` was written as the article's source, which check calls empty
    return _name_given(text, "name who published the article, or leave --source out", "a source")


def _title(text: str) -> str:
    return _name_given(text, "write the headline, or leave --title out to take the article's",
                       "a title")


def _name_given(text: str, what: str, one: str) -> str:
    """A source or title given on the command line: not empty, not longer than `check`
    allows (every claim line shows the source: attack14), UTF-8."""
    if not text.strip():
        raise argparse.ArgumentTypeError(f"'{printable(text)}' is empty; {what}")
    if len(text) > MAX_NAME:
        raise argparse.ArgumentTypeError(f"is {len(text)} characters long, more than the "
                                         f"{MAX_NAME} {one} may have; shorten it")
    return _utf8(text)


def _web_address(text: str) -> str:
    # import wrote a `javascript:` or spaced address that check then refused, and build
    # --site-url one into the feed's links (attack12); "" is no address given
    _utf8(text)
    if text and not is_web_address(text):
        raise argparse.ArgumentTypeError(f"'{printable(text)}' is not a web address; write it "
                                         "as https://...")
    return text


def _branch(text: str) -> str:
    # `--edit-branch ../../../evil/x` sent every edit link to another repository (attack13)
    if not is_branch_name(text):
        raise argparse.ArgumentTypeError(f"'{printable(text)}' is not a branch name git takes; "
                                         "write the branch the content is edited on, like main")
    return text


def _n(count: int, word: str) -> str:
    return f"{count} {word}{'s' * (count != 1)}"


def _report(problems: list[Problem], command: str = "check") -> None:
    for problem in sorted(problems):
        print(problem)
    files = len({p.path for p in problems})
    print(f"briefing {command}: {_n(len(problems), 'problem')} in {_n(files, 'file')}",
          file=sys.stderr)


def _check(args: argparse.Namespace) -> int:
    if not args.content.is_dir():
        raise Failure(_no_content(args.content))
    content, problems = check_folder(args.content, args.root)
    if problems:
        _report(problems)
        return 1
    claims = sum(len(a.claims) for a in content.articles)
    events = sum(len(a.timeline) for a in content.articles)
    print(f"briefing check: the content is clean ({_n(len(content.articles), 'article')}, "
          f"{_n(len(content.actors), 'actor')}, {_n(claims, 'claim')}, {_n(events, 'event')})",
          file=sys.stderr)
    drafted = {a.yaml_path: (a.slug, drafted_counts(a)) for a in content.articles}
    drafted = {path: found for path, found in drafted.items() if found[1]}
    unconfirmed_of = {a.yaml_path: [*unconfirmed(content, a), *redated(content, a)]
                      for a in content.articles}
    for path, (slug, counts) in drafted.items():
        for notice in unconfirmed_of[path]:
            print(notice, file=sys.stderr)
        parts = ", ".join(_n(n, _KINDS[kind]) if kind in _KINDS else kind
                          for kind, n in counts.items())
        print(f"{path}: {drafted_entries(sum(counts.values()))} not yet reviewed ({parts}); "
              f"review them with 'briefing review {slug}'", file=sys.stderr)
    for notice in [*former_tags(content), *likely_same(content)]:
        print(notice, file=sys.stderr)
    if (example := _example_tool(args.root)) is not None:
        print(example, file=sys.stderr)
    for stale in stale_copies(args.content.parent):
        print(stale.message(), file=sys.stderr)
    for line in stale_schemas(args.content.parent):
        print(line, file=sys.stderr)
    if drafted and args.no_drafts:
        total = sum(sum(c.values()) for _, c in drafted.values())
        print(f"briefing check: {drafted_entries(total)} in {_n(len(drafted), 'file')} not "
              "yet reviewed; --no-drafts accepts none", file=sys.stderr)
        return 1
    return 0


_KINDS = {"actors": "actor", "claims": "claim", "events": "event"}


def _build(args: argparse.Namespace) -> int:
    if not args.content.is_dir():
        raise Failure(_no_content(args.content))
    linked = link_on_the_way(args.out, args.root)
    if linked is not None:
        shown, target = linked_away(linked, Path())
        raise Failure(f"{shown} is a link to {target}: the pages are written into a folder of "
                      "their own, reached through no link (one committed beside content/ would "
                      "lead them anywhere); remove the link, or choose another --out folder")
    out, content = args.out.resolve(), args.content.resolve()
    if out.is_relative_to(content) or content.is_relative_to(out):
        raise Failure(f"--out {args.out} and --content {args.content} overlap; write the "
                      "pages to a folder of their own")
    theme = _refuse_site_folders(args)
    withheld: dict[str, str] = {}
    site = SiteInfo(repo_edit=repository_editor(args.repo_url, args.edit_branch),
                    site_url=args.site_url, drafts=args.drafts == "show")
    for stale in stale_copies(args.content.parent, args.templates):
        print(stale.message(), file=sys.stderr)
    files = generate(args.content, site, args.templates, Path.cwd(), withheld)
    # Zensical runs no plugin: what the plugin refuses in docs/, the build refuses, before it
    # writes anything (attack19, attack20)
    if refused := out_folder.refused(args.out, args.root, args.content, files,
                                     [args.templates, *([theme] if theme else [])]):
        for problem in refused:
            print(f"briefing: {problem}", file=sys.stderr)
        print(f"briefing build: nothing was written into {printable(args.out.as_posix())}",
              file=sys.stderr)
        return 1
    kept: list[str] = []
    try:
        changed = write_files(args.out, files, kept)
    except (OutsideError, HandWrittenError) as exc:
        raise Failure(str(exc)) from None
    except OSError as exc:
        raise Failure(_write_failure(exc, args.out)) from None
    for relative in kept:  # listed by the last build, but without its mark
        print(f"briefing build: kept {args.out / relative}: the last build listed it, but it "
              "does not carry the build's mark (a file written by hand, or a page an older "
              "version wrote); delete it if it is the page of an article deleted since",
              file=sys.stderr)
    lines = left_out_lines(withheld, "--drafts show shows what is left out, marked")
    for _, line in lines:
        print(f"briefing build: {line}", file=sys.stderr)
    print(f"briefing build: {len(files)} files in {args.out}, {changed} changed", file=sys.stderr)
    # nothing published (every briefing held back): fail as `mkdocs build --strict` does, or
    # a workflow of `briefing build` and `zensical build` publishes an empty site (attack20)
    return 1 if any(nothing for nothing, _ in lines) else 0


def _refuse_site_folders(args: argparse.Namespace) -> Path | None:
    """The plugin's refusal of mkdocs.yml's folder settings (`site_dir: content`, `docs_dir:
    ../elsewhere`, a `watch:` outside the site), for the site Zensical builds after `briefing
    build --out docs`: it reads mkdocs.yml but runs no plugin, and `site_dir: content` had it
    delete every article (attack19). A mkdocs.yml MkDocs cannot read is left to the builder.
    Only those settings are validated, read by MkDocs' own YAML loader (`!ENV`, `!relative`,
    `INHERIT`): MkDocs' `load_config` loaded every plugin and ran the `hooks:` of a cloned
    site's mkdocs.yml, code that neither Zensical nor `briefing build` runs (review24)."""
    settings = args.root / "mkdocs.yml"
    if not settings.is_file():
        return None
    import yaml  # only where there is a mkdocs.yml
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.exceptions import MkDocsException

    from .plugin import refuse_folders_in_the_way
    config = MkDocsConfig(config_file_path=os.path.abspath(settings))
    try:
        with open(settings, "rb") as file:
            config.load_file(file)
        written = {key: value for patch in config.user_configs for key, value in patch.items()
                   if key in _FOLDER_SETTINGS}
        config = MkDocsConfig(config_file_path=os.path.abspath(settings))
        config.load_dict(written)
        errors, _ = config.validate()
    except (MkDocsException, OSError, ValueError, yaml.YAMLError):
        return None
    if errors:
        return None
    try:
        refuse_folders_in_the_way(config, args.content, args.templates, serving=False)
    except MkDocsException as exc:
        raise Failure(str(exc)) from None
    theme = config.theme.custom_dir
    return Path(theme) if theme else None


_FOLDER_SETTINGS = ("site_name", "site_dir", "docs_dir", "theme", "watch")  # what it reads


def _write_failure(exc: OSError, out: Path) -> str:
    """One line for a write that failed: what stood in the way, and what to do."""
    where = exc.filename or out
    if exc.errno in (errno.ENOTDIR, errno.EEXIST):
        return (f"cannot write into {where}: it is a file where the pages need a folder; "
                "remove it, or choose another --out folder")
    if exc.errno == errno.EISDIR:
        return (f"cannot write {where}: a folder stands where a page must be written; "
                "remove it, or choose another --out folder")
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return (f"the disk is full: {where} could not be written; free some space and build "
                "again (every file already written is whole)")
    return f"cannot write {where}: {exc.strerror}; choose another --out folder"


def _known_actors(content_dir: Path, redrafting: Path | None = None) -> list[dict[str, Any]]:
    """The actors of actors.yaml and of the articles, but for those of the article being
    redrafted: its own drafted actors keep their ids."""
    known: list[dict[str, Any]] = []
    path = content_dir / "actors.yaml"
    if path.exists():
        doc, problems = load_yaml(path, path.as_posix())
        if doc is None:
            raise ContentError(problems)
        if doc.data is not None:  # an empty file has no actors (check calls it clean)
            # as check reads it: a list, `actors: 5` or an actor's `aliases: 5` said "0
            # problems in 0 files" or ended in a TypeError (attack13)
            top = validate_record(doc, (), doc.data, "actors file", "content/actors.yaml",
                                  problems)
            entries = (top or {}).get("actors", [])
            for i, entry in enumerate(entries):
                validate_record(doc, ("actors", i), entry, "actor", "actor", problems)
            duplicate_ids(doc, [(("actors", i), e["id"]) for i, e in enumerate(entries)
                                if isinstance(e, dict) and isinstance(e.get("id"), str)],
                          "actor", problems)
            if problems:
                raise ContentError(problems)
            known = list((top or {}).get("actors", []))
    # and the actors that articles define: a drafted actor must not take one of their ids
    # with another name, which `check` refuses
    ids = {str(a.get("id")) for a in known}
    defined = (load_content(content_dir, reader=ActorReader())[0].actors.values()
               if content_dir.is_dir() else [])
    own = redrafting.name if redrafting is not None else None
    return known + [{"id": a.id, "name": a.name, "kind": a.kind, "aliases": a.aliases,
                     "formerly": list(a.formerly)}
                    for a in defined if a.id not in ids and Path(a.source).name != own]


def _placed(path: object, exc: Exception) -> str:
    """A drafting error after its file, and its line and column where it has them."""
    from .draft.errors import PlacedError
    return exc.at(path) if isinstance(exc, PlacedError) else f"{path}: {exc}"


def _drafted(args: argparse.Namespace) -> Any:
    from . import draft

    if re.match(r"[a-z]+://", args.article, re.I):  # a Path would make it "https:/..."
        raise Failure(f"{args.article} is a web address; {args.command} reads a file: save the "
                      f"page (or its text) and {args.command} that file, with --url "
                      f"{args.article} to link the original")
    try:
        raw = draft.read_article(Path(args.article))  # its messages name the file
    except draft.DraftError as exc:
        raise Failure(str(exc)) from None
    try:
        result = draft.draft_text(raw, published=args.published, title=args.title,
                                  source=args.source,
                                  url=args.url, known_actors=_known_actors(args.content))
    except draft.DraftError as exc:
        raise Failure(_placed(args.article, exc)) from None
    _warn_if_published_differs(args, result.own_date)
    # a title of 600 KB in a Markdown article's front matter made a YAML check refuses
    title = str(result.data.get("title") or "")
    if len(title) > MAX_NAME:
        raise Failure(f"{args.article}: its title is {len(title)} characters long, more than "
                      f"the {MAX_NAME} `briefing check` allows; shorten it (the text's first "
                      "line, or the title: of its front matter)")
    size = len(_yaml_of(result).encode("utf-8"))
    if size > MAX_YAML_BYTES:
        raise Failure(f"{args.article}: its draft is {_kb(size)} of YAML, more than the "
                      f"{_kb(MAX_YAML_BYTES)} `briefing check` allows a briefing's YAML; keep "
                      "only the article itself, or split it into several articles")
    return result


def _yaml_of(result: Draft) -> str:
    """The draft's YAML, with the day its relative dates were counted from (review23)."""
    day = dated_from.anchor(result.data)
    return result.to_yaml() if day is None else dated_from.mark(result.to_yaml(), day[1])


def _kb(size: int) -> str:
    return f"{size // 1000} KB"


def _warn_if_published_differs(args: argparse.Namespace, own: date | None) -> None:
    """A --published that contradicts the date the article gives itself makes every relative
    date of the draft wrong ("June 18" of the wrong year): say so, once, on stderr."""
    if own is None or args.published is None or own == args.published:
        return
    again = ("delete the two files and import again without --published"
             if args.command == "import" else "run it again without --published")
    print(f"briefing {args.command}: {args.article} gives its own date, {own}, but --published "
          f"says {args.published}; the text's dates (\"on Friday\", \"June 18\") are read "
          f"against {args.published}. If the article's date is right, {again}", file=sys.stderr)


def _draft(args: argparse.Namespace) -> int:
    sys.stdout.write(_yaml_of(_drafted(args)))
    return 0


def _import(args: argparse.Namespace) -> int:
    if not args.content.is_dir():  # before drafting: its warnings speak of files written
        raise Failure(_no_content(args.content))
    folder = args.content / "articles"
    _refuse_link_out(folder, args.content)  # before drafting, which may take seconds
    result = _drafted(args)
    for n in range(1, 100):
        slug = result.slug if n == 1 else f"{result.slug}-{n}"
        text_path, yaml_path = folder / f"{slug}.md", folder / f"{slug}.yaml"
        if _same_text(text_path, result.markdown):
            raise Failure(f"{text_path} already holds this article; to draft it again, run "
                          f"'briefing redraft {slug}'")
        if text_path.exists() or text_path.is_symlink():
            continue  # another article took this slug: the next one
        try:  # the YAML claims the slug: if another import made it first, this fails
            write_atomic(yaml_path, _yaml_of(result), exclusive=True)
        except FileExistsError:
            continue
        except OSError as exc:
            raise Failure(f"cannot write {yaml_path}: {exc.strerror}") from None
        try:
            write_atomic(text_path, result.markdown, exclusive=True)
        except OSError as exc:  # an .md made meanwhile, a full disk: the pair goes, not half
            yaml_path.unlink(missing_ok=True)
            if isinstance(exc, FileExistsError):
                continue
            raise Failure(f"cannot write {text_path}: {exc.strerror}; nothing was imported") \
                from None
        print(f"briefing import: wrote {text_path} and {yaml_path}; review its drafted entries "
              f"with 'briefing review {slug}' (or correct the YAML by hand), then run "
              "'briefing check'", file=sys.stderr)
        return 0
    raise Failure(f"articles {result.slug} to {result.slug}-99 all exist in {folder}; give this "
                  "one a title of its own")


def _same_text(path: Path, text: str) -> bool:
    try:
        return read_limited(path, MAX_BYTES).decode("utf-8", "replace") == text
    except (OSError, ValueError):
        return False


def _init(args: argparse.Namespace) -> int:
    from .newsite import InitError, local_origin, new_site, tool_address

    tool = tool_address()
    try:
        count = new_site(args.folder, args.title, tool)
    except (InitError, OSError) as exc:
        raise Failure(f"init: {exc}") from None
    here = Path(args.folder).resolve() == Path.cwd().resolve()
    print(f"briefing init: a new site in {args.folder} ({count} files). Next: "
          f"{'' if here else f'cd {args.folder} && '}briefing import ARTICLE && mkdocs serve",
          file=sys.stderr)
    if tool is not None:
        print(f"briefing init: requirements.txt installs the tool from {tool}, where this one "
              "came from (the Pages workflow installs it from there)", file=sys.stderr)
    else:
        origin = local_origin()
        why = "" if origin is None else (
            f" (this checkout was cloned from {origin}, a folder on this machine, which the "
            "workflow on GitHub cannot reach: name the https address of the repository that "
            "folder came from)")
        print(f"briefing init: requirements.txt: {_EXAMPLE_TOOL}{why}", file=sys.stderr)
    return 0


# `init` says it when it cannot tell where the tool came from, `check` while it is so
_EXAMPLE_TOOL = ("the tool's address is an example (github.com/OWNER/briefing-site); before "
                 "publishing, put there the address of the repository you got the tool from, "
                 "or the Pages workflow cannot install it")


def _example_tool(root: Path) -> str | None:
    """check's notice while the site's requirements.txt still names the example address."""
    from .newsite import PLACEHOLDER

    try:
        lines = (root / "requirements.txt").read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    line = next((n for n, text in enumerate(lines, 1)
                 if PLACEHOLDER in text and not text.lstrip().startswith("#")), None)
    return None if line is None else f"requirements.txt:{line}: {_EXAMPLE_TOOL}"


def _article_files(args: argparse.Namespace) -> tuple[Path, Path]:
    """The text and YAML of the article a slug names, refusing any slug that would lead
    out of content/articles."""
    folder = args.content / "articles"
    named = Path(args.slug)  # the shell completed it: x.yaml, or content/articles/x.yaml
    stem, dot, suffix = named.name.rpartition(".")
    if dot and suffix in ("yaml", "md") and SLUG.fullmatch(stem) and (
            named.parent == Path() or named.parent.resolve() == folder.resolve()):
        args.slug = stem
    if not SLUG.fullmatch(args.slug):
        raise Failure(f"'{args.slug}' is not an article's slug: a slug is the name of its "
                      f".yaml file in {folder} without '.yaml' (lower-case letters, digits and "
                      "hyphens, like 2024-06-19-putin-kim-pyongyang)")
    text_path, yaml_path = folder / f"{args.slug}.md", folder / f"{args.slug}.yaml"
    if not folder.is_dir():
        raise Failure(_no_content(args.content))
    if yaml_path.exists() != text_path.exists():
        missing = yaml_path if text_path.exists() else text_path
        raise Failure(f"{missing} is missing: an article is two files, {args.slug}.md (its "
                      f"text) and {args.slug}.yaml (its briefing), in {folder}")
    if not yaml_path.exists():
        slugs = sorted(p.stem for p in folder.glob("*.yaml"))
        raise Failure(f"there is no article '{args.slug}' in {folder}"
                      f"{did_you_mean(args.slug, slugs)}")
    for path in (text_path, yaml_path):
        _refuse_link_out(path, args.content)
    return text_path, yaml_path


def _refuse_link_out(path: Path, content: Path) -> None:
    """Refuse a path that a link (dangling or not) leads out of the content folder: a
    colleague's change can make content/articles such a link."""
    if not path.resolve().is_relative_to(content.resolve()):
        raise Failure(f"{path} is a link to {path.resolve()}, outside {content}; content is "
                      "only read and written inside it")


def _read(path: Path, limit: int = MAX_BYTES) -> str:
    """A content file's text as it is (CRLF line ends kept), or one message if it cannot be
    read as UTF-8 text."""
    _, problems = read_text(path, path.as_posix(), limit)
    if problems:
        raise ContentError(problems)
    return path.read_bytes().decode("utf-8-sig")


def _refuse_shape(doc: YamlDoc) -> None:
    """Stop, in `check`'s words, before editing a briefing whose entries are no list of
    mappings (`claims: [1]`): `check` would go on refusing the file written."""
    problems = shape_problems(doc)
    if problems:
        raise ContentError(problems)


def _redraft(args: argparse.Namespace) -> int:
    from . import draft

    text_path, yaml_path = _article_files(args)
    current = _read(yaml_path, MAX_YAML_BYTES)
    body = _read(text_path)
    doc, problems = load_yaml(yaml_path, yaml_path.as_posix())
    if doc is None:
        raise ContentError(problems)
    _refuse_shape(doc)
    meta = doc.data if isinstance(doc.data, dict) else {}
    moved = dated_from.moved(meta)  # the day the entries were dated from, corrected by hand
    try:
        published = date.fromisoformat(str(meta.get("published")))
    except ValueError:
        if meta.get("published") is not None:
            raise Failure(f"{yaml_path}: 'published' is '{printable(str(meta['published']))}', "
                          "not a day; correct it (YYYY-MM-DD), then redraft") from None
        # the .md holds no date line: import left it out of the text
        raise Failure(f"{yaml_path}: it has no 'published' date, which the relative dates of "
                      "the text are read against; write it (published: YYYY-MM-DD), then "
                      "redraft") from None
    try:
        told = date.fromisoformat(str(meta["told"])) if meta.get("told") is not None else None
    except ValueError:
        raise Failure(f"{yaml_path}: 'told' is '{printable(str(meta['told']))}', not a day; "
                      "correct it (YYYY-MM-DD) or delete it, then redraft") from None
    title = meta.get("title")
    try:  # the .md as import drafted it: not cleaned again (review18)
        fresh = draft.redraft_text(body, title if isinstance(title, str) else None,
                                   published=published, told=told, source=meta.get("source"),
                                   url=meta.get("url"),
                                   known_actors=_known_actors(args.content, yaml_path))
        held: list[tuple[str, str]] = []
        merged = draft.redraft_yaml(current, fresh.to_yaml(), held)
        merged = dated_from.mark(merged, str(told or published))  # review23
    except draft.DraftError as exc:
        raise Failure(_placed(text_path, exc)) from None
    size = len(merged.encode("utf-8"))
    if merged != current and size > MAX_YAML_BYTES:  # as `draft` and `import` (attack14)
        raise Failure(f"{yaml_path}: redrafted, it would be {_kb(size)} of YAML, more than the "
                      f"{_kb(MAX_YAML_BYTES)} `briefing check` allows a briefing's YAML; nothing "
                      f"was written: keep only the article itself in {text_path}, or split it "
                      "into several articles")
    if merged != current:
        if _read(yaml_path, MAX_YAML_BYTES) != current:  # a save in an editor meanwhile
            raise Failure(f"{yaml_path} changed while redraft read the article (saved in an "
                          "editor?); nothing was written: run 'briefing redraft "
                          f"{args.slug}' again")
        try:
            write_atomic(yaml_path, merged, through_link=True)  # inside content
        except OSError as exc:  # a full disk, a read-only folder: the file stays as it was
            raise Failure(f"cannot write {yaml_path}: {exc.strerror or exc}; nothing was "
                          "changed") from None
    kinds = {"actors": "actor", "claims": "claim", "timeline": "event"}
    names = [f"{kinds[key]} '{ident}'" for key, ident in held]
    one = len(names) == 1
    read = (f"reads {'its sentence' if one else 'their sentences'}"  # an actor has no one
            if all(key != "actors" for key, _ in held) else f"drafts {'it' if one else 'them'}")
    kept = (f"; {_listed(names)} {'stays' if one else 'stay'} as you have "
            f"{'it' if one else 'them'}, though the drafter now {read} differently: to take "
            f"the new draft, delete {'that entry' if one else 'those entries'} (or correct "
            f"{'it' if one else 'them'} by hand) and redraft") if names else ""
    undated = dated_from.kept_undated(*(getattr(parse(text, "briefing")[0], "data", None)
                                        for text in (merged, fresh.to_yaml()))) if moved else []
    if moved and undated:  # kept as a person changed them, and no longer flagged by check
        one = len(undated) == 1
        kept += (f"; {_listed(undated)} {'stays' if one else 'stay'} as you have "
                 f"{'it' if one else 'them'} (a person changed {'it' if one else 'them'}), "
                 f"{'its date' if one else 'their dates'} counted from {moved[2]}, not "
                 f"{moved[1]}: check {'it' if one else 'them'} before you accept "
                 f"{'it' if one else 'them'}")
    lost = [name for name in _lost_evidence(merged, body) if name not in names]  # named above
    one = len(lost) == 1
    gone = (f"; the evidence of {_listed(lost)} is no longer in the text (corrected since?): "
            f"copy the sentence as the text now has it into {'that entry' if one else 'each'}, "
            "then redraft again: a drafted entry that repeats it goes") if lost else ""
    print(f"briefing redraft: {yaml_path} {'updated' if merged != current else 'unchanged'}"
          f"{kept}{gone}", file=sys.stderr)
    return 0


def _lost_evidence(briefing: str, text: str) -> list[str]:
    """The claims and events of a briefing's YAML, and the parties of its claims, whose
    evidence the article's text no longer holds, as `briefing check` finds it: a person's
    entries, which redraft keeps (newcomer5)."""
    from .content.text import Paragraphs, parse_blocks

    doc, _ = parse(briefing, "briefing")  # as check reads it (a number of 5,000 digits: text)
    data = None if doc is None else doc.data
    paragraphs = Paragraphs(parse_blocks(text))
    lost = []

    def gone(entry: object) -> bool:
        evidence = entry.get("evidence") if isinstance(entry, dict) else None
        return isinstance(evidence, str) and bool(evidence.strip()) and (
            paragraphs.find(evidence) is None)

    for key, kind in (("claims", "claim"), ("timeline", "event")):
        entries = data.get(key) if isinstance(data, dict) else None
        for entry in entries if isinstance(entries, list) else []:
            if not isinstance(entry, dict):
                continue
            label = f"{kind} '{printable(str(entry.get('id')))}'"
            if gone(entry):
                lost.append(label)
            parties = entry.get("parties") if key == "claims" else None
            for party in parties if isinstance(parties, list) else []:
                if gone(party):  # as check says it: "westmark's stance on claim 'x'" (review16)
                    lost.append(f"{printable(str(party.get('actor')))}'s stance on {label}")
    return lost


def _first(items: list[str], shown: int = 10) -> str:
    """'a, b, c', or the first `shown` and how many more: a merge of two actors with 27,000
    former ids each printed them all, one line of 300 KB (attack20)."""
    more = f", ... ({len(items) - shown:,} more)" if len(items) > shown else ""
    return ", ".join(items[:shown]) + more


def _listed(names: list[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _review(args: argparse.Namespace) -> int:
    from .draft import DraftError
    from .review import run_review

    text_path, yaml_path = _article_files(args)
    current = _read(yaml_path, MAX_YAML_BYTES)
    doc, problems = load_yaml(yaml_path, yaml_path.as_posix())
    if doc is None:
        raise ContentError(problems)
    _refuse_shape(doc)
    if (moved := dated_from.notice(doc, args.slug)) is not None:  # review23: another day
        raise Failure(str(moved))
    # under en_US.UTF-8 Python reads stdin strictly (only C, POSIX and C.UTF-8 keep bad bytes
    # as escapes): a Latin-1 answer ended in a UnicodeDecodeError, not in review's "type it
    # again"; the escapes it keeps are shown as such, not written out strictly (review14)
    for stream in (sys.stdin, sys.stdout):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="surrogateescape" if stream is sys.stdin
                               else "backslashreplace")
    try:  # each decision is saved at once: an interrupt loses none
        reviewed = run_review(current, _read(text_path), _known_actors(args.content),
                              sys.stdin, sys.stdout, os.environ.get("VISUAL")
                              or os.environ.get("EDITOR") or "",
                              lambda text: write_atomic(yaml_path, text, through_link=True),
                              lambda: _read(yaml_path, MAX_YAML_BYTES), str(yaml_path),
                              renames=not drafts_shown(args.content.parent), slug=args.slug)
    except DraftError as exc:
        raise Failure(f"{yaml_path}: {exc}") from None
    except OSError as exc:  # a full disk, a folder made read-only: the save failed
        raise Failure(f"cannot write {yaml_path}: {exc.strerror or exc}; this decision is not "
                      "saved (those before it are): fix that, then run 'briefing review "
                      f"{args.slug}' again") from None
    print(f"briefing review: {yaml_path} {'updated' if reviewed != current else 'unchanged'}",
          file=sys.stderr)
    return 0


def _merge(args: argparse.Namespace) -> int:
    from .merge import MergeError, plan_merge, write_merge

    if not args.content.is_dir():
        raise Failure(_no_content(args.content))
    try:
        merge = plan_merge(args.content, args.old, args.new, args.kind, args.root)
        for line in merge.changes():
            print(line)
        if not args.dry_run:
            write_merge(merge)
    except MergeError as exc:
        raise Failure(printable(f"merge: {exc}")) from None
    files = _n(len(merge.after), "file")
    if args.dry_run:
        print(f"briefing merge: --dry-run: {files} would change; nothing was written",
              file=sys.stderr)
        return 0
    aliases = f"the aliases {printable(_first(merge.aliases))} and " if merge.aliases else ""
    print(f"briefing merge: '{args.old}' is now '{args.new}' in {files}; the record of "
          f"'{args.new}' ({merge.record}) has {aliases}formerly: [{_first(merge.formerly)}], "
          f"so the old page's address sends readers to the page of '{args.new}'. Check the "
          "aliases, then run 'briefing check'", file=sys.stderr)
    if merge.note:
        print(f"briefing merge: {printable(merge.note)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
