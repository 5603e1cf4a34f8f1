"""One timeline entry per real-world event across sources; disagreements kept, not hidden."""

from __future__ import annotations

import pytest

from brief.merge import merge, merge_measures, topic_words
from brief.model import Citation, Event, Sanction


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


def test_the_same_day_joins_before_near_days():
    """A source's event of one day joins another source's of that day before one of two days
    later: joined to the later one first, it could no longer join its own day's."""
    x = ev("c", "2025-04-22", "The Kestrel attack killed 26 tourists.", ("Freedonia",))
    y = ev("a", "2025-04-24", "After the Kestrel attack, Freedonia closed the border.", ("Freedonia",))
    z = ev("a", "2025-04-22", "The Kestrel attack killed tourists, officials said.", ("Freedonia",))
    entries = {(e.date, tuple(sorted(c.source for c in e.citations))) for e in merge([x, y, z])}
    assert entries == {("2025-04-22", ("a", "c")), ("2025-04-24", ("a",))}


def test_merging_is_deterministic_and_linear_in_candidates():
    events = [ev(f"s{i}", "2022-02-24", f"Russia invaded Ukraine, report {i} says.") for i in range(300)]
    first, second = merge(events), merge(list(reversed(events)))
    assert [e.id for e in first] == [e.id for e in second]
    assert sum(len(e.citations) for e in first) == 300


STOP = frozenset({"sylvania", "freedonia", "sylvanian"})  # what topic_words gives for the actors below


@pytest.mark.parametrize(
    "a, b, one",
    [
        # one shared rare word ties reports of nearly the same day
        (("2024-05-06", "Sylvania shelled the harbour."), ("2024-05-07", "The harbour was shelled by Sylvania."), True),
        # coarser dates need two: a month and a day sharing one word are not enough
        (("2024-05", "Sylvania shelled the harbour."), ("2024-05-07", "The harbour was quiet, Sylvania said."), False),
        (
            ("2024-05", "Sylvania shelled the harbour at dawn."),
            ("2024-05-07", "At dawn Sylvania shelled a harbour."),
            True,
        ),
        # a bare year never joins a day, however many words they share
        (
            ("2024", "Sylvania shelled the harbour at dawn."),
            ("2024-05-07", "At dawn Sylvania shelled a harbour."),
            False,
        ),
        # the actors' own names are no shared word (sharing an actor is asked separately)
        (
            ("2024-05", "Sylvanian troops entered Sylvania."),
            ("2024-05-07", "Sylvania said Sylvanian forces moved."),
            False,
        ),
        # dates that disagree beyond a few days are two happenings
        (("2024-05-01", "Sylvania shelled the harbour."), ("2024-05-20", "Sylvania shelled the harbour."), False),
    ],
)
def test_when_two_reports_are_one_event(a, b, one):
    events = [ev("a", a[0], a[1], ("Sylvania",)), ev("b", b[0], b[1], ("Sylvania",))]
    assert (len(merge(events, STOP)) == 1) is one


def test_topic_words_are_the_capitalised_words_of_names(small_taxonomy):
    words = topic_words(small_taxonomy)
    assert {"japan", "tokyo", "kremlin", "japanese", "western"} <= words
    assert "sanctions" not in words and "government" not in words  # "Western sanctions", "the Japanese government"


def sm(source: str, date: str | None, quote: str, kind="export-ban", who="Freedonia") -> Sanction:
    precision = None if date is None else ("year", "month", "day")[date.count("-")]
    return Sanction(
        f"sm-{source}-{date}", date, precision, who, "", (), kind, "imposed", "", (Citation(source, "p1", quote),)
    )


@pytest.mark.parametrize(
    "a, b, one",
    [
        # the same act told by two sources, dates agreeing at different precisions
        (
            sm("a", "2024-05-06", "Freedonia banned exports of machine tools."),
            sm("b", "2024-05", "A ban on machine tools exports followed."),
            True,
        ),
        # another imposer or another type is another measure
        (
            sm("a", "2024-05-06", "Freedonia banned exports of machine tools."),
            sm("b", "2024-05", "Sylvania banned machine tools exports.", who="Sylvania"),
            False,
        ),
        (
            sm("a", "2024-05-06", "Freedonia banned exports of machine tools."),
            sm("b", "2024-05", "Tariffs on machine tools exports.", kind="other"),
            False,
        ),
        # undated reports are never one act
        (
            sm("a", None, "Freedonia banned exports of machine tools."),
            sm("b", None, "A ban on machine tools exports."),
            False,
        ),
        # one word in common is not enough
        (
            sm("a", "2024-05-06", "Freedonia banned exports of machine tools."),
            sm("b", "2024-05", "Freedonia banned exports of cheese."),
            False,
        ),
    ],
)
def test_when_two_reports_are_one_measure(a, b, one):
    # what topic_words and measure_words give: the actor's name and the measure's own words
    merged = merge_measures([a, b], frozenset({"freedonia", "banned", "exports", "ban", "export"}))
    assert (len(merged) == 1) is one
    if one:
        [m] = merged
        assert {c.source for c in m.citations} == {"a", "b"} and m.date == "2024-05-06"
        assert [c.date for c in m.citations if c.source == "b"] == ["2024-05"]  # each keeps its own date
