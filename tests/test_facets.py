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
