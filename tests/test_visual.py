"""The visual timeline's rules (render/visual.py): lanes, an axis that skips empty years, a mark
per entry at its precision, and a month per lane for a big brief."""

from __future__ import annotations

import re

import pytest

from brief.model import Citation, Event
from brief.render import visual


def ev(i: int, date: str, actors: tuple[str, ...] = ("Freedonia",), estimated: bool = False) -> Event:
    return Event(
        id=f"ev-{i}",
        date=date,
        precision=("year", "month", "day")[date.count("-")],
        summary=f"Entry {i}",
        actors=actors,
        themes=(),
        citations=(Citation("src", "p1", "A quote."),),
        estimated=estimated,
    )


def test_lanes_are_the_most_named_actors_then_the_others():
    events = [ev(1, "2022", ("A", "B")), ev(2, "2022", ("B",)), ev(3, "2022", tuple(f"X{i}" for i in range(9)))]
    lanes = visual.lanes_of(events)
    assert lanes[:2] == ["B", "A"] and len(lanes) <= visual.LANES + 1


def test_the_axis_gives_each_year_with_entries_its_months_and_a_short_break_between():
    starts = visual.axis({1945, 2022, 2023})
    assert starts[2023] - starts[2022] == 12 * visual.MONTH_PX
    assert starts[2022] - starts[1945] == 12 * visual.MONTH_PX + visual.GAP_PX


@pytest.mark.parametrize(
    "date, shape",
    [("2022-03-05", "<circle"), ("2022-03", "<rect"), ("2022", 'brief-mark--year"')],
)
def test_each_mark_is_drawn_at_its_precision_and_links_to_its_entry(date, shape):
    drawn = visual.svg([ev(1, date)], lambda e: f"#{e.id}", lambda m: "#")
    assert shape in drawn and 'href="#ev-1"' in drawn
    assert "<title>" in drawn and 'tabindex="0"' in drawn  # named marks; a scroll box a keyboard can reach


def test_an_approximate_date_is_drawn_dashed():
    assert "brief-mark--approx" in visual.svg([ev(1, "2022-03-05", estimated=True)], lambda e: "#", lambda m: "#")


def test_a_big_brief_draws_a_month_per_lane_not_an_entry_each():
    events = [ev(i, f"2022-{1 + i % 12:02d}-{1 + i % 28:02d}") for i in range(5000)]
    drawn = visual.svg(events, lambda e: "#", lambda month: f"{month}.html")
    assert len(re.findall(r"<a ", drawn)) == 12  # one lane, twelve months
    assert 'href="2022-01.html"' in drawn and len(drawn) < 20_000


def test_nothing_dated_draws_nothing():
    assert visual.svg([], lambda e: "#", lambda m: "#") == ""


def test_measures_are_drawn_in_a_lane_per_imposer():
    from brief.model import Sanction

    def sm(i: int, who: str, date: str | None) -> Sanction:
        return Sanction(
            id=f"sm-{i}",
            date=date,
            precision=None if date is None else "day",
            imposed_by=who,
            target="",
            target_actors=(),
            measure_type="other",
            status="imposed",
            summary=f"Measure {i}",
            citations=(Citation("src", "p1", "A quote."),),
        )

    items = [sm(1, "Freedonia", "2022-03-05"), sm(2, "Sylvania", "2022-04-01"), sm(3, "Sylvania", None)]
    drawn = visual.svg(items, lambda s: f"#{s.id}", lambda m: "#")
    assert "by imposer" in drawn and ">Sylvania<" in drawn and ">Freedonia<" in drawn
    assert 'href="#sm-3"' not in drawn  # an undated measure has no place on a line of time
