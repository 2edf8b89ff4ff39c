"""The serve cache's key for what every page's theme reads (generator/html_cache.py)."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config import load_config
from mkdocs.structure.files import Files

from generator.html_cache import HtmlCache

from .test_site import copy_project


def test_the_key_follows_the_settings_as_loaded_not_the_file_read_later(tmp_path: Path) -> None:
    """`mkdocs serve` loads mkdocs.yml as a build begins; a save that lands before the cache
    keys the build must not key pages made with the old settings under the new file, where
    the next build, which loads the new settings, would take them: served pages kept the old
    site_name in their <title> (found by bench/edit_loop.py, seed 12, step 21)."""
    project = copy_project(tmp_path, content=False)
    config_file = project / "mkdocs.yml"
    old = load_config(config_file=str(config_file))
    text = config_file.read_text(encoding="utf-8")
    config_file.write_text(text.replace("site_name: Putin, Kim", "site_name: Kim, Putin"),
                           encoding="utf-8")  # saved after MkDocs read the file
    cache = HtmlCache()
    cache.start_build(old, Files([]))
    made_with_the_old_name = cache.site_key
    new = load_config(config_file=str(config_file))
    assert new.site_name != old.site_name
    cache.start_build(new, Files([]))
    assert cache.site_key != made_with_the_old_name


def test_the_key_is_the_same_for_the_same_settings(tmp_path: Path) -> None:
    """Loaded twice, unchanged: the same key, so that pages are kept at all."""
    project = copy_project(tmp_path, content=False)
    keys = []
    for _ in range(2):
        cache = HtmlCache()
        cache.start_build(load_config(config_file=str(project / "mkdocs.yml")), Files([]))
        keys.append(cache.site_key)
    assert keys[0] == keys[1]
