"""One colour per actor (render/colours.py): who gets one, and the stylesheet every page reads."""

from __future__ import annotations

import re

import pytest

from brief.model import Brief, Citation, Event, Sanction, Taxonomy
from brief.render import colours, visual
from brief.render.entities import actor_link, actor_slug

CITE = (Citation("a", "p1", "A quote."),)


def _brief(imposers: list[str], named: list[tuple[str, ...]]) -> Brief:
    measures = tuple(
        Sanction(f"sm-{i}", "2022", "year", who, "x", (), "ban", "imposed", "", CITE) for i, who in enumerate(imposers)
    )
    events = tuple(Event(f"ev-{i}", "2022", "year", "e", actors, (), CITE) for i, actors in enumerate(named))
    return Brief(Taxonomy("t.yml", (), (), ()), (), events, measures)


def test_imposers_get_a_colour_first_by_measures_then_the_most_named_actors():
    brief = _brief(["Sylvania", "Freedonia", "Freedonia"], [("Ruritania", "Freedonia"), ("Ruritania",), ("Osterlich",)])
    assert colours.assign(brief) == {"Freedonia": 0, "Sylvania": 1, "Ruritania": 2, "Osterlich": 3}


def test_past_the_palette_the_rest_have_no_colour():
    brief = _brief([f"Land {i:02}" for i in range(20)], [])
    assigned = colours.assign(brief)
    assert len(assigned) == len(colours.PALETTE) and sorted(assigned.values()) == list(range(len(colours.PALETTE)))


def test_the_stylesheet_keys_each_colour_by_the_slug_every_actor_link_carries():
    assigned = {"Rufus T. Firefly": 0, "Freedonia": 1}
    css = colours.css(assigned, {n: actor_slug(n) for n in assigned})
    assert '[data-actor="rufus-t-firefly"] { --brief-actor: #1565c0; --brief-dot: inline-block; }' in css
    assert '[data-md-color-scheme="slate"] [data-actor="freedonia"] { --brief-actor: #ef9a9a; }' in css
    assert 'data-actor="rufus-t-firefly"' in actor_link("timeline/index.md", "Rufus T. Firefly")
    # and a lane of the drawing carries the same key to its marks and its name's dot
    ev = Event("ev-1", "2022-03-01", "day", "e", ("Rufus T. Firefly",), (), CITE)
    drawing = visual.svg([ev], lambda e: "#", lambda m: "#")
    assert drawing.count('data-actor="rufus-t-firefly"') == 2


def _luminance(hex_colour: str) -> float:
    rgb = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def _contrast(a: str, b: str) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.mark.parametrize("light, dark", colours.PALETTE)
def test_each_colour_stands_out_from_the_page_in_light_and_dark(light, dark):
    # a mark is a graphical object: 3:1 against its background (WCAG 1.4.11); slate's ground ≈ #1e2129
    assert re.fullmatch(r"#[0-9a-f]{6}", light) and re.fullmatch(r"#[0-9a-f]{6}", dark)
    assert _contrast(light, "#ffffff") >= 3 and _contrast(dark, "#1e2129") >= 3
