"""What a site's `mkdocs.yml` says that commands other than MkDocs need to know."""

from __future__ import annotations

from pathlib import Path

import yaml


class _AnyTag(yaml.SafeLoader):
    """mkdocs.yml as data: `!ENV SITE_URL` and Python tags read as nothing."""


_AnyTag.add_multi_constructor("!", lambda loader, suffix, node: None)
_AnyTag.add_multi_constructor("tag:", lambda loader, suffix, node: None)


def drafts_shown(root: Path) -> bool:
    """Whether the site in `root` publishes drafted entries (`drafts: show` under
    `- briefing:` in its mkdocs.yml), so that a link to a drafted claim may exist; True too
    when mkdocs.yml cannot be read. A folder without one (`--content`) builds with
    `briefing build`, which leaves drafted entries out unless told otherwise."""
    path = root / "mkdocs.yml"
    if not path.is_file():
        return False
    try:
        config = yaml.load(path.read_text(encoding="utf-8"), Loader=_AnyTag)  # noqa: S506
    except (OSError, ValueError, yaml.YAMLError):
        return True
    plugins = config.get("plugins") if isinstance(config, dict) else None
    entries = list(plugins.items()) if isinstance(plugins, dict) else [
        next(iter(p.items())) for p in plugins or [] if isinstance(p, dict) and len(p) == 1
    ] if isinstance(plugins, list) else []
    return any(name == "briefing" and isinstance(options, dict)
               and options.get("drafts") == "show" for name, options in entries)
