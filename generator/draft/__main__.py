"""`python -m generator.draft ARTICLE --published YYYY-MM-DD`: print the drafted YAML."""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from . import DraftError, draft_file


def main(argv: list[str] | None = None) -> int:
    """Draft one article and print its briefing YAML; errors go to stderr as one line."""
    parser = argparse.ArgumentParser(prog="python -m generator.draft", description=__doc__)
    parser.add_argument("article")
    parser.add_argument(
        "--published", type=dt.date.fromisoformat, help="publication date, YYYY-MM-DD"
    )
    parser.add_argument("--source")
    parser.add_argument("--url")
    args = parser.parse_args(argv)
    try:
        draft = draft_file(args.article, published=args.published, source=args.source, url=args.url)
    except DraftError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    sys.stdout.write(draft.to_yaml())
    return 0


if __name__ == "__main__":
    sys.exit(main())
