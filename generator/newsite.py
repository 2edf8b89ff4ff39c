"""`briefing init`: a new briefing site for a story of one's own, with nothing of the seed's.

The new site is made of the files in `starter/` (its mkdocs.yml, README, requirements.txt,
.gitignore and the Pages workflow of a content repository), the hand-written pages and theme
overrides of this checkout (`docs/`, `templates/theme/`), the JSON Schema of the content and
an empty `content/`. It is written in a hidden folder and moved into place at the end, so
an interrupted run leaves no half-made site: a new folder is the hidden one renamed; an
existing empty folder (`briefing init .`) is kept, its hidden folder made inside it, and what
it holds moved up, or taken out again if a move fails.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import tempfile
from importlib import metadata
from pathlib import Path

from .content.validate import title_problem
from .exports.json_schema import schema_comment, schema_files
from .files import write_atomic
from .toolfiles import CHECKOUT, tool_root

TOOL = tool_root()
STARTER = TOOL / "starter"
COPIED = ("docs/content-model.md", "docs/assets", "templates/theme")
TITLE = "__TITLE__"  # where starter/mkdocs.yml and starter/README.md take the title
# starter/requirements.txt's example address of the tool, which `init` replaces when it knows
# where the tool came from and `briefing check` names while it is still there
PLACEHOLDER = "git+https://github.com/OWNER/briefing-site.git@main"
_HOST, _PATH = r"[A-Za-z0-9.-]+", r"[A-Za-z0-9._~-]+(?:/[A-Za-z0-9._~-]+)+"
_REMOTES = (re.compile(rf"https://(?:[^@/\s]*@)?({_HOST})(?::\d+)?/({_PATH})/?"),
            re.compile(rf"ssh://(?:[^@/\s]*@)?({_HOST})(?::\d+)?/({_PATH})/?"),
            re.compile(rf"[A-Za-z0-9._-]+@({_HOST}):/?({_PATH})/?"))


class InitError(Exception):
    """Why no site was made, in words the person can act on."""


def default_title(folder: Path) -> str:
    """A title from the folder's name: `my-story` gives "My story"; "Briefings" for a name
    that is no fit title (`--title` was not given to be blamed for it)."""
    words = re.sub(r"[-_.\s]+", " ", folder.resolve().name).strip()
    title = words[:1].upper() + words[1:]
    return title if title and title_problem(title) is None else "Briefings"


def public_address(remote: str) -> str | None:
    """The https address pip can clone, without any user name or token, of a git remote
    written as https://, ssh:// or git@host:owner/repo; None for a local path or another."""
    for pattern in _REMOTES:
        if match := pattern.fullmatch(remote.strip()):
            return f"https://{match.group(1)}/{match.group(2).removesuffix('.git')}.git"
    return None


def tool_address(checkout: Path = CHECKOUT) -> str | None:
    """Where the running tool came from, for the new site's requirements.txt: the address pip
    installed it from (`pip install git+https://...`), or the `origin` of the checkout an
    editable install runs from (`pip install -e .` in a clone); None if neither is known."""
    try:
        record = json.loads(metadata.distribution("briefing-site").read_text("direct_url.json")
                            or "{}")
    except (metadata.PackageNotFoundError, ValueError):
        record = {}
    if "vcs_info" in record:  # pip install git+https://...@REV: the same, at the same REV
        address = public_address(str(record.get("url", "")))
        revision = str(record["vcs_info"].get("requested_revision") or "")
        if address is not None and re.fullmatch(r"[A-Za-z0-9._/-]+", revision):
            return f"{address}@{revision}"
        return address
    origin = _origin(checkout)
    return None if origin is None else public_address(origin)


def local_origin(checkout: Path = CHECKOUT) -> str | None:
    """The `origin` of the checkout an editable install runs from when it is a folder of this
    machine (a clone of a clone: `git clone /shared/briefing-site`), from which the Pages
    workflow on GitHub cannot install the tool; None otherwise."""
    origin = _origin(checkout)
    if origin is None or public_address(origin) is not None:
        return None
    return origin if re.match(r"(?:file:|[/.~]|[A-Za-z]:[\\/])", origin) else None


def _origin(checkout: Path) -> str | None:
    """The `origin` remote of a git checkout, as git prints it; None without one."""
    if not (checkout / ".git").exists():
        return None
    try:
        remote = subprocess.run(["git", "-C", str(checkout), "remote", "get-url", "origin"],
                                capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return None
    return (remote.stdout.strip() or None) if remote.returncode == 0 else None


def site_files(title: str, tool: str | None = None) -> dict[str, bytes]:
    """{path: bytes} of a new site called `title`, with an empty content/."""
    if not STARTER.is_dir():
        raise InitError(f"the tool's starter files are missing ({STARTER}); install the tool "
                        "again from its repository ('pip install PATH-OR-URL')")
    files: dict[str, bytes] = {}
    for source in sorted(p for p in STARTER.rglob("*") if p.is_file()):
        files[source.relative_to(STARTER).as_posix()] = source.read_bytes()
    for name in COPIED:
        source = TOOL / name
        for path in sorted(source.rglob("*")) if source.is_dir() else [source]:
            if path.is_file():
                files[path.relative_to(TOOL).as_posix()] = path.read_bytes()
    quoted = json.dumps(title, ensure_ascii=False)  # a JSON string is a YAML string
    files["mkdocs.yml"] = files["mkdocs.yml"].replace(TITLE.encode(), quoted.encode())
    files["README.md"] = files["README.md"].replace(TITLE.encode(), title.encode())
    if tool is not None:
        files["requirements.txt"] = files["requirements.txt"].replace(
            PLACEHOLDER.encode(), f"git+{tool}".encode())
    files["content/actors.yaml"] = (schema_comment("actors") + "# Actors named in several "
                                    "articles; see docs/content-model.md.\nactors: []\n").encode()
    files["content/articles/.gitkeep"] = b""
    files.update((path, text.encode()) for path, text in schema_files().items())
    return files


def new_site(folder: Path, title: str | None = None, tool: str | None = None) -> int:
    """Write a new site into `folder` (absent or empty) and return how many files it has;
    its requirements.txt installs the tool from `tool` (an address) if given."""
    typed, folder = folder, Path(os.path.abspath(folder))  # "." has a name and parent so
    title = (title if title is not None else default_title(folder)).strip()
    problem = title_problem(title)  # as the plugin refuses a site_name (plugin.py)
    if problem:
        raise InitError(f"--title {problem}")
    if folder.is_symlink() and not folder.exists():  # its draft cannot be renamed over it
        raise InitError(f"{typed} is a link to {os.readlink(folder)}, which is not there; make "
                        "that folder first, or name a new or empty folder (nothing was written)")
    if folder.exists() and not folder.is_dir():
        raise InitError(f"{typed} is a file; name a new or empty folder")
    if folder.is_dir() and any(folder.iterdir()):
        raise InitError(f"{typed} is not empty; name a new or empty folder (nothing was "
                        "written)")
    files = site_files(title, tool)
    existing = folder.is_dir()
    if not existing:
        folder.parent.mkdir(parents=True, exist_ok=True)
    # the hidden draft's name is cut short: a folder's name of 250 bytes left no room for
    # the dot and the random suffix ("File name too long")
    hidden = f".{os.fsencode(folder.name)[:100].decode(errors='ignore')}."
    draft = Path(tempfile.mkdtemp(prefix=".briefing-init." if existing else hidden,
                                  dir=folder if existing else folder.parent))
    try:
        for relative, data in files.items():
            write_atomic(draft / relative, data)
        if existing:
            _move_up(draft, folder)
        else:
            umask = os.umask(0)
            os.umask(umask)
            draft.chmod(0o777 & ~umask)
            os.replace(draft, folder)
    except BaseException:
        shutil.rmtree(draft, ignore_errors=True)
        raise
    return len(files)


def _move_up(draft: Path, folder: Path) -> None:
    """Move what `draft`, a folder inside `folder`, holds into `folder` and remove it; if a
    move fails, take back out what was moved, so `folder` is empty again."""
    moved: list[Path] = []
    try:
        for entry in sorted(draft.iterdir()):
            os.replace(entry, folder / entry.name)
            moved.append(folder / entry.name)
        draft.rmdir()
    except BaseException:
        for path in moved:
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path, ignore_errors=True)
            else:
                path.unlink(missing_ok=True)
        raise
