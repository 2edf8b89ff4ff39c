"""Where MkDocs puts each page, and links between pages written as raw HTML.

MkDocs rewrites links in Markdown (`[x](../briefings/a.md)`) but not links inside raw HTML
such as an inline SVG, so those must be written as the final URL, relative to the page.
"""

from __future__ import annotations

import posixpath
import re

from markupsafe import Markup

from .markup import url


def page_url(path: str, directory_urls: bool = True) -> str:
    """The URL, relative to the site root, that MkDocs gives the file `path` of the docs."""
    if not path.endswith(".md"):
        return path
    stem = path[: -len(".md")]
    if not directory_urls:
        return f"{stem}.html"
    if stem == "index":
        return ""
    if stem.endswith("/index"):
        return stem[: -len("index")]
    return f"{stem}/"


def relative_url(page: str, target: str, directory_urls: bool = True) -> str:
    """The link from the page made of `page` to `target` (a docs path, perhaps with #anchor)."""
    path, _, anchor = target.partition("#")
    here = page_url(page, directory_urls)
    there = page_url(path, directory_urls)
    folder = here.rsplit("/", 1)[0] if "/" in here else ""
    link = posixpath.relpath(there or ".", folder or ".")
    if there.endswith("/") or not there:
        link = "./" if link == "." else f"{link}/"
    return f"{link}#{anchor}" if anchor else link


def absolute_url(site_url: str, path: str, directory_urls: bool = True) -> str:
    """The full URL of a docs file on the published site (site_url ends the base)."""
    base = site_url if site_url.endswith("/") else f"{site_url}/"
    target, _, anchor = path.partition("#")
    url = base + page_url(target, directory_urls)
    return f"{url}#{anchor}" if anchor else url


# what `git check-ref-format --branch` refuses, '#' (it would end the edit link's path) and
# lone surrogates (argv bytes that are not UTF-8): a branch `../../../evil/x` made every edit
# link https://github.com/u/r/edit/../../../evil/x/..., which opens another repository
_NO_BRANCH = re.compile(r"\.\.|@\{|//|/\.|\.lock(?:/|$)|[/.]$|^[-/.]|^@$"
                        r"|[\x00-\x20\x7f~^:?*\[\\#\ud800-\udfff]")


def is_branch_name(text: str) -> bool:
    """Whether the edit links may carry `text` as the branch they open."""
    return bool(text) and not _NO_BRANCH.search(text)


def repository_editor(repo_url: str, branch: str) -> str:
    """The address of GitHub's editor for a file of the repository, as a pattern with
    `{path}` (GitHub's editor opens a file, not a line); "" without a repository."""
    repo = repo_url.rstrip("/")
    # git takes a branch `%2e%2e/%2e%2e/evil/x`, which a browser reads as `../../evil/x`: its
    # '%' is written as %25, so the link names the branch as git has it (review14)
    return f"{repo}/edit/{branch.replace('%', '%25')}/{{path}}" if repo else ""


def edit_at(pattern: str, path: str, line: int) -> Markup:
    """The address of an editor opening the content file `path` (relative to the project) at
    `line`, from a pattern holding `{path}` and, where the editor can go to a line, `{line}`."""
    return url(pattern.replace("{path}", path).replace("{line}", str(line)))
