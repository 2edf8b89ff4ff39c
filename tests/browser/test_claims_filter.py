"""The Claims page filtered in the browser, with no server: by actor, standing, source and
whether an entry is drafted (a menu offered only when some claim is); the choice kept in the
address."""

from __future__ import annotations

import re

import yaml
from playwright.sync_api import Page, expect

from ..conftest import ROOT
from .conftest import Served

SEED_YAML = ROOT / "content" / "articles" / "2024-06-19-putin-kim-pyongyang.yaml"


def involves(claim: dict[str, object], actor: str) -> bool:
    parties = [p["actor"] for p in claim.get("parties") or []]  # type: ignore[attr-defined]
    return actor == claim["by"] or actor in (claim.get("about") or []) or actor in parties  # type: ignore[operator]


def standing(claim: dict[str, object]) -> str:
    stances = {p["stance"] for p in claim.get("parties") or []}  # type: ignore[attr-defined]
    return next((s for stance, s in (("denies", "denied"), ("disputes", "disputed"),
                                     ("confirms", "confirmed")) if stance in stances), "asserted")


def test_the_claims_filter_narrows_by_actor_and_standing(page: Page, served: Served) -> None:
    claims = yaml.safe_load(SEED_YAML.read_text(encoding="utf-8"))["claims"]
    page.goto(served.url + "claims/")
    shown = page.locator("[data-claim]:visible")
    expect(shown).to_have_count(len(claims))
    page.get_by_label("Actor").select_option("putin")
    putin = [c for c in claims if involves(c, "putin")]
    expect(shown).to_have_count(len(putin))
    assert 0 < len(putin) < len(claims)
    page.get_by_label("Standing").select_option("disputed")
    both = [c["id"] for c in putin if standing(c) == "disputed"]
    assert both  # the seed has a claim of Putin's that Ukraine disputes
    expect(shown).to_have_count(len(both))
    assert sorted(e.get_attribute("data-claim") or "" for e in shown.all()) == sorted(both)
    expect(page.locator(".claims-filter__count")).to_have_text(f"{len(both)} of {len(claims)} claims")
    expect(page.locator("h2#denied-1")).to_be_hidden()  # a heading with nothing left under it
    assert re.search(r"\?actor=putin&standing=disputed$", page.url)
    page.reload()  # the address keeps the filter
    expect(shown).to_have_count(len(both))
    page.get_by_label("Actor").select_option("")
    page.get_by_label("Standing").select_option("")
    expect(shown).to_have_count(len(claims))


def test_a_heading_counts_the_claims_the_filter_leaves(page: Page, served: Served) -> None:
    """Under a filter the headings kept the whole list's counts: with Actor = Russia the count
    line said "23 of 28 claims" and the heading still "Asserted (26)" above fewer shown (on
    the 100-briefing story "Asserted (400)" above a handful). A heading now counts what it
    shows of its whole, and reads as built once the filter is off."""
    claims = yaml.safe_load(SEED_YAML.read_text(encoding="utf-8"))["claims"]
    page.goto(served.url + "claims/")
    words = {h.get_attribute("id"): h for h in page.locator(".md-content h2").all()}

    def heading(ident: str) -> str:
        return words[ident].evaluate("h => h.firstChild.nodeValue").strip()

    whole = {s: sum(1 for c in claims if standing(c) == s) for s in ("denied", "asserted")}
    assert heading(f"asserted-{whole['asserted']}") == f"Asserted ({whole['asserted']})"
    page.get_by_label("Actor").select_option("russia")
    russia = [c for c in claims if involves(c, "russia")]
    left = {s: sum(1 for c in russia if standing(c) == s) for s in whole}
    assert 0 < left["asserted"] < whole["asserted"] and left["denied"] == whole["denied"]
    expect(page.locator("[data-claim]:visible")).to_have_count(len(russia))
    for s in whole:
        assert heading(f"{s}-{whole[s]}") == (f"{s.capitalize()} ({left[s]} of {whole[s]})")
    page.get_by_label("Actor").select_option("")
    assert heading(f"asserted-{whole['asserted']}") == f"Asserted ({whole['asserted']})"


def test_a_published_site_offers_no_entry_menu(page: Page, served: Served) -> None:
    """Built with `drafts: hide`, every claim shown is reviewed: a menu of entry status could
    filter nothing, so there is none, and an address asking for drafted claims hides none."""
    page.goto(served.url + "claims/")
    expect(page.get_by_label("Actor")).to_be_visible()
    assert page.locator('[data-claim][data-status="drafted"]').count() == 0
    expect(page.locator("select")).to_have_count(3)  # actor, standing, source
    expect(page.get_by_label("Entry")).to_have_count(0)
    page.goto(served.url + "claims/?status=drafted&standing=denied")
    denied = page.locator('[data-claim][data-standing="denied"]').count()
    assert denied
    expect(page.locator("[data-claim]:visible")).to_have_count(denied)
    expect(page.locator(".claims-filter__count")).to_have_text(re.compile(rf"^{denied} of "))


def test_the_actor_menu_names_every_actor_not_only_claimants(page: Page, served: Served) -> None:
    """Compact lines link only the claimant; the menu still names whom a claim is about and
    who takes a stand on it, by name, never by id."""
    data = yaml.safe_load(SEED_YAML.read_text(encoding="utf-8"))
    known = yaml.safe_load((ROOT / "content" / "actors.yaml").read_text(encoding="utf-8"))
    names = {a["id"]: a["name"] for a in [*known["actors"], *data["actors"]] if "name" in a}
    claims = data["claims"]
    everyone = {a for c in claims for a in [c["by"], *(c.get("about") or []),
                                            *(p["actor"] for p in c.get("parties") or [])]}
    claimants = {c["by"] for c in claims}
    assert everyone - claimants  # the seed names actors that make no claim
    page.goto(served.url + "claims/")
    options = page.get_by_label("Actor").locator("option")
    shown = {o.get_attribute("value"): o.text_content() for o in options.all()}
    assert shown.pop("") == "every actor"
    assert shown == {ident: names[ident] for ident in everyone}
