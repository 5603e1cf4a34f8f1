"""Data a researcher can reuse and cite: CSV, TimelineJS, schemas, citations, and "as of"."""

from __future__ import annotations

import csv
import io
import json

import pytest

from brief.build import plan
from brief.citation import as_of, brief_bibtex, script_json
from brief.schemas import SCHEMAS

from .test_build import fixture_inputs


@pytest.fixture(scope="module")
def files() -> dict[str, str]:
    return plan(fixture_inputs())[1]


def test_the_csv_opens_as_a_table_with_one_row_per_measure(files):
    text = files["data/measures.csv"]
    assert not text.startswith("\ufeff") and "\r\n" in text  # no BOM; RFC 4180 line ends
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    measures = json.loads(files["data/sanctions.json"])
    assert sorted(r["id"] for r in rows) == sorted(m["id"] for m in measures)  # one row each, none lost
    row = rows[0]
    assert row["quote"] == measures[[m["id"] for m in measures].index(row["id"])]["citations"][0]["quote"]
    assert row["page"].startswith("sources/2022-03-01-test/#p")
    assert row["source_title"] == "Test: <i>one</i>"  # data, as written: a spreadsheet shows text


def test_the_timelinejs_file_keeps_each_date_s_precision(files):
    doc = json.loads(files["data/timeline.json"])
    starts = {e["unique_id"]: e["start_date"] for e in doc["events"]}
    events = {e["id"]: e for e in json.loads(files["data/events.json"])}
    for ident, start in starts.items():
        if ident in events:
            precision = events[ident]["precision"]
            assert (
                set(start) == {"day": {"year", "month", "day"}, "month": {"year", "month"}, "year": {"year"}}[precision]
            )
    assert all(e["text"]["headline"] and e["display_date"] and "group" in e for e in doc["events"])


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_the_exports_match_their_published_schemas(files, name):
    import jsonschema

    schema = json.loads(files[f"data/schema/{name}.schema.json"])
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(json.loads(files[f"data/{name}.json"]), schema)


def test_a_schema_catches_a_broken_export(files):
    import jsonschema

    schema = json.loads(files["data/schema/sanctions.schema.json"])
    broken = json.loads(files["data/sanctions.json"])
    broken[0]["status"] = "rumoured"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema)


@pytest.mark.parametrize(
    ("epoch", "expected"),
    [(None, None), ("", None), ("0", "1970-01-01"), ("1764547200", "2025-12-01"), ("soon", None)],
)
def test_the_publication_date_comes_from_source_date_epoch(epoch, expected):
    assert as_of(epoch) == expected


def test_as_of_is_in_the_exports_and_never_the_clock():
    _, first = plan(fixture_inputs())
    _, again = plan(fixture_inputs())
    assert first == again  # no wall clock anywhere: the same sources give the same bytes
    summary = json.loads(first["data/brief.json"])
    assert summary["sources"] == 1 and summary["newest_source"] == "2022-03-01" and summary["published"] is None
    _, dated = plan(fixture_inputs(), published="2026-12-01")
    assert json.loads(dated["data/brief.json"])["published"] == "2026-12-01"
    assert "this edition 1 December 2026" in dated["index.md"]
    assert "2026-12-01" in dated["data/cite/brief.bib"]


def test_each_source_has_bibtex_and_csl_json(files):
    bib = files["data/cite/2022-03-01-test.bib"]
    assert bib.startswith("@article{2022-03-01-test,") and "author = {Jane Doe}" in bib and "date = {2022-03-01}" in bib
    [item] = json.loads(files["data/cite/2022-03-01-test.json"])
    assert item["type"] == "article-newspaper" and item["issued"] == {"date-parts": [[2022, 3, 1]]}
    page = files["sources/2022-03-01-test.md"]
    assert "../../data/cite/2022-03-01-test.bib" in page and "../../data/cite/2022-03-01-test.json" in page


def test_bibtex_escapes_its_special_characters():
    text = brief_bibtex(
        {"title": "Tariffs & 100% {quotas}_#1", "sources": 2, "newest_source": "2022", "published": None}
    )
    assert r"Tariffs \& 100\% \{quotas\}\_\#1" in text


def test_json_ld_cannot_end_its_script():
    assert script_json({"t": "</script><b>&"}) == '{"t": "\\u003c/script\\u003e\\u003cb\\u003e\\u0026"}'


def test_the_data_page_lists_every_file_with_its_size(files):
    page = files["data/index.md"]
    for name in ("sources.json", "events.json", "sanctions.json", "measures.csv", "events.csv", "timeline.json"):
        size = len(files[f"data/{name}"].encode("utf-8"))
        assert f'href="{name}"' in page and (f"{size:,} bytes" in page or "kB" in page), name


def test_every_followthemoney_entity_validates(files):
    from followthemoney import model

    lines = [json.loads(line) for line in files["data/entities.ftm.json"].splitlines()]
    ids = {x["id"] for x in lines}
    assert len(ids) == len(lines)
    schemas = {x["schema"] for x in lines}
    assert {"Sanction", "Event"} <= schemas
    for data in lines:
        proxy = model.get_proxy(data)  # cleans values; an unknown property would be dropped
        assert set(proxy.to_dict()["properties"]) == set(data["properties"]), data
        for prop in proxy.schema.required:
            assert proxy.get(prop), (data, prop)
        for prop in proxy.schema.properties.values():
            if prop.type.name == "entity":
                assert set(proxy.get(prop.name)) <= ids  # every reference resolves
    measures = json.loads(files["data/sanctions.json"])
    assert sum(1 for x in lines if x["schema"] == "Sanction") == len(measures)
