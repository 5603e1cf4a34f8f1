"""One timeline entry per real-world event across sources; disagreements kept, not hidden."""

from __future__ import annotations

from brief.merge import merge
from brief.model import Citation, Event


def ev(source: str, date: str, quote: str, actors=("Russia", "Ukraine")) -> Event:
    precision = ("year", "month", "day")[date.count("-")]
    return Event(f"ev-{source}-{date}", date, precision, quote, tuple(actors), (), (Citation(source, "p1", quote),))


def test_same_event_from_two_sources_is_one_entry_with_both_dates():
    a = ev(
        "a", "2022-02-24", "After its military intervention against Ukraine on February 24, 2022, sanctions followed."
    )
    b = ev("b", "2022-02-26", "Russia has been involved in military action against Ukraine since February 26.")
    [merged] = merge([a, b])
    assert {c.source for c in merged.citations} == {"a", "b"}
    # each citation that differs from the entry's date keeps its own
    dates = {c.source: c.date for c in merged.citations}
    assert merged.date in ("2022-02-24", "2022-02-26")
    assert sorted(d for d in dates.values() if d) == [d for d in ("2022-02-24", "2022-02-26") if d != merged.date]


def test_a_coarser_date_agrees_with_a_finer_one():
    a = ev(
        "a",
        "2014",
        "In 2014, Japan did not participate in sanctions after the annexation of Crimea.",
        ("Japan", "Russia"),
    )
    b = ev(
        "b", "2014-03", "In March 2014 Russian troops occupied Crimea and Japan imposed sanctions.", ("Japan", "Russia")
    )
    [merged] = merge([a, b])
    assert len(merged.citations) == 2


def test_different_events_stay_apart():
    a = ev("a", "2022-02-25", "Tokyo banned the sale of semiconductors to Russia.", ("Japan", "Russia"))
    b = ev("b", "2022-09-05", "Russia suspended the agreement on visa-free trips to the Kurils.", ("Japan", "Russia"))
    c = ev("c", "2022-02-25", "Zelensky addressed the parliament in Kyiv.", ("Ukraine",))
    assert len(merge([a, b, c])) == 3


def test_one_source_never_reports_one_event_twice():
    a = ev("a", "2022-02-24", "Russia invaded Ukraine.")
    b = ev("a", "2022-02-24", "Russia invaded Ukraine from the north.")
    assert len(merge([a, b])) == 2


def test_merging_is_deterministic_and_linear_in_candidates():
    events = [ev(f"s{i}", "2022-02-24", f"Russia invaded Ukraine, report {i} says.") for i in range(300)]
    first, second = merge(events), merge(list(reversed(events)))
    assert [e.id for e in first] == [e.id for e in second]
    assert sum(len(e.citations) for e in first) == 300
