"""The facet forms (render/facets.py): values with their counts, the date range, escaped attributes."""

from __future__ import annotations

from brief.render import facets


def test_a_form_lists_each_value_with_its_count_and_a_year_range_and_starts_hidden():
    entries = [
        {"actor": ["Freedonia", "Sylvania"], "year": ["2022"]},
        {"actor": ["Freedonia"], "year": ["2023"]},
        {"actor": [], "year": []},
    ]
    html = facets.form(
        "timeline",
        [facets.Facet("actor", "Actor", {"Freedonia": "Freedonia", "Ruritania": "Ruritania", "Sylvania": "Sylvania"})],
        entries,
    )
    assert html.startswith('<form class="brief-filters" data-brief-facets="timeline" hidden>')
    assert ">Freedonia (2)</option>" in html and ">Sylvania (1)</option>" in html
    assert "Ruritania" not in html  # a value no entry has is not offered
    assert 'data-brief-filter="from"' in html and '<option value="2023">2023</option>' in html


def test_an_entry_s_values_are_attributes_escaped_and_each_given_once():
    assert facets.attrs({"actor": ["A&B", "C", "C"], "year": []}) == ' data-f-actor="A&amp;B|C" data-f-year=""'


def _index(js: str) -> dict:
    import json

    prefix = '(window.briefFacetIndex = window.briefFacetIndex || {})["timeline"] = '
    assert js.startswith(prefix) and js.endswith(";\n")
    return json.loads(js[len(prefix) : -2])


def test_the_facet_index_counts_each_distinct_page_and_values_once():
    entries = [
        (0, {"actor": ["Freedonia", "Sylvania"], "year": ["2022"]}),
        (0, {"actor": ["Sylvania", "Freedonia"], "year": ["2022"]}),  # the same values: one row, counted twice
        (1, {"actor": ["Freedonia"], "year": ["2023"]}),
        (1, {"actor": [], "year": ["2023"]}),
    ]
    index = _index(facets.index_js("timeline", ["actor", "year"], entries))
    assert index["values"] == {"actor": ["Freedonia", "Sylvania"], "year": ["2022", "2023"]}
    assert index["rows"] == [[0, 2, [0, 1], [0]], [1, 1, [], [1]], [1, 1, [0], [1]]]
    # decoded, the rows give back each page's entries of a value
    per_page = {}
    for page, n, actors, _ in index["rows"]:
        if 0 in actors:
            per_page[page] = per_page.get(page, 0) + n
    assert per_page == {0: 2, 1: 1}


def test_no_value_can_end_the_script_or_break_the_literal():
    js = facets.index_js("timeline", ["actor"], [(0, {"actor": ["</script><b>", "line\u2028sep"]})])
    assert "</script>" not in js and "\u2028" not in js and "<" not in js.split("=", 1)[1]
    assert _index(js)["values"]["actor"] == ["</script><b>", "line\u2028sep"]


def test_a_paged_form_names_its_index_and_a_period_s_form_the_way_back():
    f = [facets.Facet("actor", "Actor", {"A": "A"})]
    assert 'data-brief-index="../timeline/facets.js"' in facets.form("timeline", f, [], index="../timeline/facets.js")
    assert 'data-brief-every="../"' in facets.form("timeline", f, [], every="../")


def test_a_period_index_numbers_each_entry_by_its_page():
    values = [{"actor": ["A"]}, {"actor": ["B"]}, {"actor": ["A"]}]
    index = _index(facets.period_index("timeline", ["actor"], [("e1",), ("e2", "e3")], values))
    assert index["rows"] == [[0, 1, [0]], [1, 1, [0]], [1, 1, [1]]]
