"""Stable ids: an event's or a measure's id depends on what its source says, not on where."""

from __future__ import annotations

from brief.build import Inputs, plan

from .conftest import SMALL_TAXONOMY
from .test_build import FIXTURE_TEXT

HEAD = "---\npublished: 2022-03-01\nlanguage: en\n---\n"


def _ids(text: str, taxonomy: str = SMALL_TAXONOMY, extra: dict[str, str] | None = None):
    sources = {"sources/2022-03-01-a.md": HEAD + text, **(extra or {})}
    inputs = Inputs(("sources/taxonomy.yml", taxonomy.encode()), tuple((k, v.encode()) for k, v in sources.items()))
    brief, _ = plan(inputs)
    events = {c.quote: e.id for e in brief.events for c in e.citations}
    measures = {(c.quote, m.measure_type): m.id for m in brief.sanctions for c in m.citations}
    return events, measures, brief


def test_ids_survive_an_edit_to_another_paragraph():
    events, measures, _ = _ids(FIXTURE_TEXT)
    assert events and measures
    edited = FIXTURE_TEXT.replace("# A heading of the article\n", "# A heading of the article\n\nA new paragraph.\n")
    events2, measures2, _ = _ids(edited)
    assert events2 == events and measures2 == measures  # every paragraph moved down one anchor


def test_ids_survive_a_taxonomy_change():
    events, measures, _ = _ids(FIXTURE_TEXT)
    taxonomy = SMALL_TAXONOMY.replace("aliases: [Japan, Tokyo, the Japanese government]", "aliases: [Japan, Tokyo]")
    taxonomy = taxonomy.replace("{id: diplomacy, label: Diplomacy,", "{id: diplomacy, label: Diplomatic relations,")
    events2, measures2, _ = _ids(FIXTURE_TEXT, taxonomy)
    assert events2 == events and measures2 == measures


def test_the_same_sentence_twice_has_two_ids():
    text = "On 25 February 2022, Tokyo banned the sale of chips to Russia.\n\nOn 25 February 2022, Tokyo banned the sale of chips to Russia.\n"
    _, _, brief = _ids(text)
    ids = [m.id for m in brief.sanctions]
    assert len(ids) == 2 and len(set(ids)) == 2


def test_a_merged_entry_keeps_its_id_when_a_later_source_joins_it():
    first = "On 25 February 2022, Tokyo banned the sale of chips to Russia, officials said.\n"
    _, _, alone = _ids(first)
    [entry] = [e for e in alone.events if e.date == "2022-02-25"]
    later = {
        "sources/2022-04-01-b.md": "---\npublished: 2022-04-01\nlanguage: en\n---\n"
        "Tokyo banned the sale of chips to Russia on 25 February 2022, a month after talks.\n"
    }
    _, _, together = _ids(first, extra=later)
    [merged] = [e for e in together.events if e.date == "2022-02-25"]
    assert len(merged.citations) == 2 and merged.id == entry.id and len(merged.members) == 2
