"""The `briefing` command: a thin layer over the library, one message per failure."""

from __future__ import annotations

import argparse
import errno
import sys
from datetime import date
from pathlib import Path
from typing import Any

from .build import generate, write_files
from .check import check_folder
from .files import OutsideError, read_limited, write_atomic
from .load import load_content
from .pages import SiteInfo
from .problems import ContentError, Problem
from .yamlfile import MAX_BYTES
from .yamlfile import load as load_yaml


class Failure(Exception):
    """A failure the person can act on; its message is printed and the command exits 1."""


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        return int(args.run(args) or 0)
    except ContentError as exc:
        _report(exc.problems)
        return 1
    except Failure as exc:
        print(f"briefing: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="briefing", description="Turn news articles into a "
                                     "briefing site.")
    parser.add_argument("--content", type=Path, default=Path("content"),
                        help="the content folder (default: content)")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    check = sub.add_parser("check", help="check all content; list every problem")
    check.set_defaults(run=_check)

    build = sub.add_parser("build", help="write the site's Markdown pages and data to a folder")
    build.add_argument("--out", type=Path, default=Path("build"), help="default: build")
    build.add_argument("--templates", type=Path, default=Path("templates"))
    build.add_argument("--site-url", default="", help="where the site will be published; "
                       "needed for the Atom feed")
    build.set_defaults(run=_build)

    for name, helps in (("draft", "print a drafted briefing YAML for a raw article"),
                        ("import", "add a raw article to content/ with a drafted YAML")):
        cmd = sub.add_parser(name, help=helps)
        cmd.add_argument("article", type=Path, help="plain text, Markdown or a saved HTML page")
        cmd.add_argument("--published", type=_day, help="publication date, YYYY-MM-DD")
        cmd.add_argument("--source", help="who published it")
        cmd.add_argument("--url", help="where the original is")
        cmd.set_defaults(run=_draft if name == "draft" else _import)

    redraft = sub.add_parser("redraft", help="re-draft an article in content/, keeping every "
                                             "human correction")
    redraft.add_argument("slug")
    redraft.set_defaults(run=_redraft)
    return parser


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date; write YYYY-MM-DD") from None


def _n(count: int, word: str) -> str:
    return f"{count} {word}{'s' * (count != 1)}"


def _report(problems: list[Problem]) -> None:
    for problem in sorted(problems):
        print(problem)
    files = len({p.path for p in problems})
    print(f"briefing check: {_n(len(problems), 'problem')} in {_n(files, 'file')}",
          file=sys.stderr)


def _check(args: argparse.Namespace) -> int:
    content, problems = check_folder(args.content, Path.cwd())
    if problems:
        _report(problems)
        return 1
    claims = sum(len(a.claims) for a in content.articles)
    events = sum(len(a.timeline) for a in content.articles)
    print(f"briefing check: the content is clean ({_n(len(content.articles), 'article')}, "
          f"{_n(len(content.actors), 'actor')}, {_n(claims, 'claim')}, {_n(events, 'event')})",
          file=sys.stderr)
    return 0


def _build(args: argparse.Namespace) -> int:
    out, content = args.out.resolve(), args.content.resolve()
    if out.is_relative_to(content) or content.is_relative_to(out):
        raise Failure(f"--out {args.out} and --content {args.content} overlap; write the "
                      "pages to a folder of their own")
    files = generate(args.content, SiteInfo(site_url=args.site_url), args.templates, Path.cwd())
    try:
        changed = write_files(args.out, files)
    except OutsideError as exc:
        raise Failure(str(exc)) from None
    except OSError as exc:
        raise Failure(_write_failure(exc, args.out)) from None
    print(f"briefing build: {len(files)} files in {args.out}, {changed} changed", file=sys.stderr)
    return 0


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


def _known_actors(content_dir: Path) -> list[dict[str, Any]]:
    known: list[dict[str, Any]] = []
    path = content_dir / "actors.yaml"
    if path.exists():
        doc, problems = load_yaml(path, path.as_posix())
        if doc is None or not isinstance(doc.data, dict):
            raise ContentError(problems)
        known = [a for a in doc.data.get("actors") or [] if isinstance(a, dict)]
    # and the actors that articles define: a drafted actor must not take one of their ids
    # with another name, which `check` refuses
    ids = {str(a.get("id")) for a in known}
    defined = load_content(content_dir)[0].actors.values() if content_dir.is_dir() else []
    return known + [{"id": a.id, "name": a.name, "kind": a.kind, "aliases": a.aliases}
                    for a in defined if a.id not in ids]


def _drafted(args: argparse.Namespace) -> Any:
    from . import draft

    try:
        raw = draft.read_article(args.article)  # its messages name the file
    except draft.DraftError as exc:
        raise Failure(str(exc)) from None
    try:
        return draft.draft_text(raw, published=args.published, source=args.source, url=args.url,
                                known_actors=_known_actors(args.content))
    except draft.DraftError as exc:
        raise Failure(f"{args.article}: {exc}") from None


def _draft(args: argparse.Namespace) -> int:
    sys.stdout.write(_drafted(args).to_yaml())
    return 0


def _import(args: argparse.Namespace) -> int:
    result = _drafted(args)
    folder = args.content / "articles"
    if not args.content.is_dir():
        raise Failure(f"there is no content folder {args.content}; run the command in the "
                      "project folder, or name the folder with --content")
    for n in range(1, 100):
        slug = result.slug if n == 1 else f"{result.slug}-{n}"
        text_path, yaml_path = folder / f"{slug}.md", folder / f"{slug}.yaml"
        if _same_text(text_path, result.markdown):
            raise Failure(f"{text_path} already holds this article; to draft it again, run "
                          f"'briefing redraft {slug}'")
        if text_path.exists() or text_path.is_symlink():
            continue  # another article took this slug: the next one
        try:  # the YAML claims the slug: if another import made it first, this fails
            write_atomic(yaml_path, result.to_yaml(), exclusive=True)
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
        print(f"briefing import: wrote {text_path} and {yaml_path}; correct the YAML, then run "
              "'briefing check'", file=sys.stderr)
        return 0
    raise Failure(f"articles {result.slug} to {result.slug}-99 all exist in {folder}; give this "
                  "one a title of its own")


def _same_text(path: Path, text: str) -> bool:
    try:
        return read_limited(path, MAX_BYTES).decode("utf-8", "replace") == text
    except (OSError, ValueError):
        return False


def _redraft(args: argparse.Namespace) -> int:
    from . import draft

    folder = args.content / "articles"
    text_path, yaml_path = folder / f"{args.slug}.md", folder / f"{args.slug}.yaml"
    if not yaml_path.exists() or not text_path.exists():
        raise Failure(f"there is no article '{args.slug}' in {folder}")
    current = yaml_path.read_text(encoding="utf-8")
    doc, problems = load_yaml(yaml_path, yaml_path.as_posix())
    if doc is None:
        raise ContentError(problems)
    meta = doc.data if isinstance(doc.data, dict) else {}
    try:
        published = date.fromisoformat(str(meta.get("published")))
    except ValueError:
        published = None
    try:
        fresh = draft.draft_text(text_path.read_text(encoding="utf-8"), published=published,
                                 source=meta.get("source"), url=meta.get("url"),
                                 known_actors=_known_actors(args.content))
        merged = draft.redraft_yaml(current, fresh.to_yaml())
    except draft.DraftError as exc:
        raise Failure(f"{text_path}: {exc}") from None
    if merged != current:
        write_atomic(yaml_path, merged)
    print(f"briefing redraft: {yaml_path} {'updated' if merged != current else 'unchanged'}",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
