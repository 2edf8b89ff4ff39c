import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.draft.emit import dump, fingerprint, mark, scalar

text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)


@settings(max_examples=100, deadline=None)
@given(st.lists(text, max_size=4), text, st.one_of(st.none(), text))
def test_yaml_reads_back_what_was_written(aliases, name, quote):
    data = {
        "title": name,
        "actors": [mark({"id": "a", "name": name, "aliases": aliases})],
        "claims": [
            mark({"id": "c", "quote": quote, "parties": [{"actor": "a", "evidence": name}]})
        ],
    }
    loaded = yaml.safe_load(dump(data))
    assert loaded == data
    assert loaded["actors"][0]["drafted"] == fingerprint(loaded["actors"][0])


def test_layout_matches_the_content_model():
    data = {
        "title": "T",
        "tags": ["north-korea", "russia"],
        "actors": [mark({"id": "putin", "aliases": ["Putin"]})],
        "timeline": [],
    }
    assert dump(data) == (
        "title: T\ntags: [north-korea, russia]\nactors:\n  - id: putin\n    aliases: [Putin]\n"
        f"    status: drafted\n    drafted: {scalar(data['actors'][0]['drafted'])}\ntimeline: []\n"
    )
