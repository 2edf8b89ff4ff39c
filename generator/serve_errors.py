"""Under `mkdocs serve`, two of MkDocs' own errors in one line each, instead of a traceback.

- A slip in `mkdocs.yml` saved while serving (a new title with a colon: `site_name: A380:
  the first deliveries`): MkDocs printed a traceback of 40 lines, then "An error happened
  during the rebuild". It now prints the `file:line:column` message `briefing check` gives for
  the same slip in a content file (`mkdocs.yml:4:16: YAML syntax error: ': ' is not allowed
  here; ...`), then MkDocs' own line saying the server serves the last build until the error
  is fixed.
- The address already in use (the seed's `mkdocs serve` of the README's first command still
  running when a new site is served): a traceback ending in "OSError: [Errno 98] Address
  already in use". It now says so and how to serve on another port, before the first build
  (`refuse_address_in_use`, also under `--no-livereload`, where MkDocs calls no `on_serve`).

`one_line_errors(server)` wraps the server's builder and its `server_bind` (`on_serve` is
given the server before it binds: an address taken during the first build); other errors
pass through unchanged.
"""

from __future__ import annotations

import errno
import os
import socket
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml
from mkdocs.exceptions import Abort, ConfigurationError

from .content.yamlfile import syntax_problem


def config_problem(exc: ConfigurationError) -> str:
    """What is wrong with mkdocs.yml, as `briefing check` words a YAML slip: MkDocs' error
    names the file and place of the YAML error it wraps only in the words of PyYAML."""
    cause = exc.__context__
    mark = getattr(cause, "problem_mark", None) or getattr(cause, "context_mark", None)
    if not isinstance(cause, yaml.MarkedYAMLError) or mark is None or not mark.name:
        return str(exc)
    path = Path(mark.name)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return str(exc)
    try:
        shown = os.path.relpath(path)
    except ValueError:  # another drive (Windows)
        shown = str(path)
    return str(syntax_problem(Path(shown).as_posix(), text, cause))


def refuse_address_in_use(host: str, port: int) -> None:
    """Stop `mkdocs serve` before its first build when its address is taken: binding as the
    server will (address reuse on, as `http.server` has it) tells a listener from a port
    left in TIME_WAIT."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError:
        return  # MkDocs' own bind says what is wrong with the host
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                raise Abort(_address_in_use_words(host, port)) from None


def _address_in_use(server: Any) -> str:
    host, port = (list(getattr(server, "server_address", ())) + ["127.0.0.1", 8000])[:2]
    return _address_in_use_words(host, port)


def _address_in_use_words(host: str, port: int) -> str:
    return (f"{host}:{port} is in use: another 'mkdocs serve' (or another program) serves "
            "there. Stop it (Ctrl-C in its terminal), or serve this site on another port: "
            f"mkdocs serve -a {host}:{int(port) + 1}")


def one_line_errors(server: Any) -> None:
    """Make the two errors above one line each; once per server."""
    build: Callable[..., Any] | None = getattr(server, "builder", None)
    if build is None or getattr(build, "briefing_one_line", False):
        return

    def builder(*args: Any, **kwargs: Any) -> Any:
        try:
            return build(*args, **kwargs)
        except ConfigurationError as exc:  # MkDocs prints an Abort's words, no traceback
            raise Abort(config_problem(exc)) from None

    builder.briefing_one_line = True  # type: ignore[attr-defined]
    server.builder = builder
    bind: Callable[[], Any] | None = getattr(server, "server_bind", None)
    if bind is None:
        return

    def server_bind() -> Any:
        try:
            return bind()
        except OSError as exc:
            if exc.errno != errno.EADDRINUSE:
                raise
            raise Abort(_address_in_use(server)) from None

    server.server_bind = server_bind
