"""The sanctions table's rows (render/sanctions_page.py): the target and its actors, every citation
with its own date where it differs, a flag where the sources disagree."""

from __future__ import annotations

from brief.model import Citation, Sanction, Taxonomy
from brief.render import sanctions_page


def _row(s: Sanction) -> str:
    chunks = sanctions_page.chunks((s,))
    page = sanctions_page.render(chunks, Taxonomy("t.yml", (), (), ()), {"a": "A", "b": "B"})["sanctions/index.md"]
    return page.split(f'<tr id="{s.id}"', 1)[1].split("</tr>", 1)[0]


def _measure(citations: tuple[Citation, ...], date: str = "2022-03") -> Sanction:
    return Sanction(
        "sm-1", date, "month", "Freedonia", "Sylvanian banks", ("Sylvania",), "ban", "imposed", "", citations
    )


def test_the_target_is_the_text_s_phrase_with_its_actors_linked():
    row = _row(_measure((Citation("a", "p1", "Freedonia banned Sylvanian banks."),)))
    assert "Sylvanian banks" in row
    assert '<a class="brief-chip" data-actor="sylvania" href="../actors/sylvania/">Sylvania</a>' in row


def test_a_merged_measure_cites_every_source_and_a_coarser_date_agrees():
    row = _row(_measure((Citation("a", "p1", "In March."), Citation("b", "p4", "In 2022.", "2022"))))
    assert "A, ¶&nbsp;1" in row and "B, ¶&nbsp;4" in row and "(this source: 2022)" in row
    assert "disagree" not in row


def test_sources_that_date_one_measure_differently_are_flagged():
    # (a researcher's correction can make one row of reports the annotator kept apart)
    row = _row(_measure((Citation("a", "p1", "In March."), Citation("b", "p4", "In May.", "2022-05"))))
    assert "the sources disagree on the date" in row and "(this source: May 2022)" in row


def test_undated_measures_are_a_group_after_the_dated_ones():
    undated = Sanction("sm-0", None, None, "Freedonia", "x", (), "ban", "imposed", "", (Citation("a", "p1", "q"),))
    dated = _measure((Citation("a", "p2", "In March."),))
    chunks = sanctions_page.chunks((undated, dated))
    page = sanctions_page.render(chunks, Taxonomy("t.yml", (), (), ()), {"a": "A"})["sanctions/index.md"]
    assert page.index('<tr id="sm-1"') < page.index('<tr id="sm-0"')
    assert "data-undated>" in _row(undated) and "data-undated" not in _row(dated)
