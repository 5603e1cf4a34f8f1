"""The visual timeline: inline SVG drawn at build time, readable with no JavaScript.

A lane for each of the most active actors (and one for the rest); each entry a mark at the
precision its date has: a day a dot, a month a bar across the month, a year a faint band across
the year; a date resolved against an estimated publication date is drawn dashed. Each mark is a
link to its entry. The drawing scrolls inside its own box, so a phone's page does not.

A big brief would draw tens of thousands of marks: past ``MAX_MARKS`` the entries of a lane are
drawn a month at a time (a bar per month that has any, darker for more, linked to that month's
page), so the drawing stays a few hundred marks however large the collection grows.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..model import Event, Sanction
from .common import show_date
from .entities import actor_slug
from .markup import esc

LANES = 6  # actors with a lane of their own; the others share the last
MAX_MARKS = 600
MONTH_PX = 9  # the width of a month
LANE_PX = 26
GUTTER_PX = 124  # the lanes' names, beside the scrolling drawing (they stay in view on a phone)
PAD_PX = 6
AXIS_PX = 22
OTHERS = "Others"


@dataclass(frozen=True)
class Mark:
    date: str  # YYYY, YYYY-MM or YYYY-MM-DD
    lane: int
    href: str
    label: str
    approximate: bool = False
    weight: int = 1  # entries the mark stands for (a month of a big brief)


Item = Event | Sanction
Names = Callable[[Item], tuple[str, ...]]


def actors_of(item: Item) -> tuple[str, ...]:
    """An entry's lanes: its actors; a measure's: its imposer."""
    return item.actors if isinstance(item, Event) else (item.imposed_by,)


def lanes_of(items: Sequence[Item], names: Names = actors_of) -> list[str]:
    """The actors named by most entries, most first (ties by name), then "Others" if any are left."""
    counts = Counter(a for e in items for a in dict.fromkeys(names(e)))
    top = [a for a, _ in sorted(counts.items(), key=lambda x: (-x[1], x[0]))[:LANES]]
    rest = any(not any(a in top for a in names(e)) for e in items)
    return top + ([OTHERS] if rest else [])


def marks(
    items: Sequence[Item],
    lanes: list[str],
    link: Callable[[Item], str],
    month_link: Callable[[str], str],
    names: Names = actors_of,
) -> list[Mark]:
    """One mark per entry in the lane of its first laned actor; a month per lane past MAX_MARKS."""
    index = {name: i for i, name in enumerate(lanes)}
    placed = [(e, next((index[a] for a in names(e) if a in index), index.get(OTHERS, 0))) for e in items]
    if len(placed) <= MAX_MARKS:
        return [
            Mark(e.date or "", lane, link(e), f"{show_date(e.date or '')}: {e.summary}", getattr(e, "estimated", False))
            for e, lane in placed
        ]
    months: dict[tuple[int, str], int] = defaultdict(int)
    for e, lane in placed:
        months[(lane, (e.date or "")[:7])] += 1
    return [
        Mark(month, lane, month_link(month), f"{show_date(month)}: {n:,} entr{'y' if n == 1 else 'ies'}", weight=n)
        for (lane, month), n in sorted(months.items(), key=lambda x: (x[0][1], x[0][0]))
    ]


GAP_PX = 18  # a run of years with no entry, drawn as a break in the axis


def axis(years: set[int]) -> dict[int, float]:
    """Where each year with entries starts (its twelve months are drawn in full); a run of years
    with none between them is a short break, so that 1945 and 2023 fit one drawing."""
    out: dict[int, float] = {}
    x = float(PAD_PX)
    previous = None
    for year in sorted(years):
        if previous is not None and year > previous + 1:
            x += GAP_PX
        out[year] = x
        x += 12 * MONTH_PX
        previous = year
    return out


def _x(date: str, starts: dict[int, float]) -> float:
    parts = [int(p) for p in date.split("-")]
    months = parts[1] - 1 if len(parts) > 1 else 0
    day = (parts[2] - 1) / 31 if len(parts) > 2 else 0
    return starts[parts[0]] + (months + day) * MONTH_PX


def _shape(m: Mark, starts: dict[int, float], heaviest: int) -> str:
    x, y = _x(m.date, starts), AXIS_PX + m.lane * LANE_PX + LANE_PX / 2
    cls = "brief-mark" + (" brief-mark--approx" if m.approximate else "")
    precision = m.date.count("-")
    if precision == 2 and m.weight == 1:
        return f'<circle class="{cls}" cx="{x:.1f}" cy="{y:.1f}" r="4"/>'
    if precision == 0:
        return f'<rect class="{cls} brief-mark--year" x="{x:.1f}" y="{y - 7:.1f}" width="{12 * MONTH_PX}" height="14" rx="2"/>'
    # a month: a bar across it (for a big brief's month of entries, darker the more it holds)
    shade = f' style="opacity:{0.35 + 0.65 * m.weight / heaviest:.2f}"' if m.weight > 1 or heaviest > 1 else ""
    return f'<rect class="{cls}" x="{x:.1f}" y="{y - 4:.1f}" width="{MONTH_PX}" height="8" rx="2"{shade}/>'


def svg(
    items: Sequence[Item], link: Callable[[Item], str], month_link: Callable[[str], str], names: Names = actors_of
) -> str:
    """The drawing and a line saying how to read it: one line of HTML, a block of its own. Lanes
    are the entries' actors, or the measures' imposers."""
    dated = [e for e in items if e.date]
    if not dated:
        return ""
    lanes = lanes_of(dated, names)
    by = "imposer" if isinstance(dated[0], Sanction) else "actor"
    drawn = marks(dated, lanes, link, month_link, names)
    starts = axis({int((e.date or "")[:4]) for e in dated})
    first, last = min(starts), max(starts)
    width = int(max(starts.values()) + 12 * MONTH_PX + 10)
    height = AXIS_PX + len(lanes) * LANE_PX + 4
    heaviest = max(m.weight for m in drawn)
    parts = [
        f'<svg class="brief-visual__svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
        f'role="group" aria-label="{len(dated):,} dated entries, {first} to {last}, by {by}">'
    ]
    shown = -10_000.0
    for year, x in starts.items():
        if year - 1 not in starts and year != first:  # a break: the years between have no entry
            parts.append(f'<text class="brief-axis-label" x="{x - GAP_PX + 3:.1f}" y="{height - 4}">⋯</text>')
        parts.append(f'<line class="brief-axis" x1="{x:.1f}" y1="{AXIS_PX - 4}" x2="{x:.1f}" y2="{height}"/>')
        if x - shown >= 34:  # a label where it has room
            parts.append(f'<text class="brief-axis-label" x="{x + 2:.1f}" y="{AXIS_PX - 8}">{year}</text>')
            shown = x
    names_svg = [f'<svg class="brief-visual__lanes" width="{GUTTER_PX}" height="{height}" aria-hidden="true">']
    for i, name in enumerate(lanes):
        y = AXIS_PX + i * LANE_PX + LANE_PX / 2
        names_svg.append(
            f'<circle class="brief-mark"{_colour(name)} cx="8" cy="{y:.1f}" r="4"/>'
            f'<text class="brief-lane-label" x="16" y="{y + 4:.1f}">{esc(_short(name))}</text>'
        )
    names_svg.append("</svg>")
    for m in drawn:
        parts.append(
            f'<a href="{esc(m.href)}"{_colour(lanes[m.lane])} aria-label="{esc(m.label)}"><title>{esc(m.label)}</title>'
            f"{_shape(m, starts, heaviest)}</a>"
        )
    parts.append("</svg>")
    how = (
        "A dot is a day, a bar a month, a faint band a year (the precision each source gives); dashed: "
        "dated against an estimated publication date."
        if heaviest == 1
        else "Each bar is a month of entries, darker for more; a band is a year."
    )
    return (
        '<div class="brief-visual" data-search-exclude><div class="brief-visual__frame">'
        f"{''.join(names_svg)}"
        f'<div class="brief-visual__scroll" tabindex="0" role="region" aria-label="Visual timeline, lanes: '
        f'{esc(", ".join(lanes))}">{"".join(parts)}</div></div>'
        f'<p class="brief-visual__how">{esc(how)} Each mark links to its entry.</p></div>'
    )


def _colour(lane: str) -> str:
    """The actor's colour (render/colours.py) reaches the marks through their link; "Others": grey."""
    return "" if lane == OTHERS else f' data-actor="{actor_slug(lane)}"'


def _short(name: str, limit: int = 17) -> str:
    return name if len(name) <= limit else name[: limit - 1].rstrip() + "…"
