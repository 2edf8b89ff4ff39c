import datetime as dt
from pathlib import Path

import pytest

from generator.draft import draft_text

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_cf90937da013812e.txt"


@pytest.fixture(scope="session")
def seed_raw() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_draft(seed_raw):
    return draft_text(seed_raw, published=dt.date(2024, 6, 19))


def draft(text: str, published=dt.date(2024, 6, 19), **kw):
    """Draft a short synthetic article (a title line, then paragraphs)."""
    return draft_text("A headline for the test\n\n" + text, published=published, **kw)


def speakers(d) -> dict[str, str | None]:
    """quote (or evidence, for reported speech) -> speaker's name."""
    names = {a["id"]: a["name"] for a in d.data["actors"]}
    return {
        (c["quote"] or c["evidence"]): names[c["by"]] if isinstance(c["by"], str) else None
        for c in d.data["claims"]
    }
