"""Cue phrases: what ``word*``, ``…`` and ``#`` match, on both the fast and the reference path."""

from __future__ import annotations

import pytest

from brief.cues import CueMatcher


@pytest.mark.parametrize(
    "cue, text, expected",
    [
        ("export ban*", "an export bans list", "export bans"),
        ("export ban*", "an export banner", "export banner"),  # "*" is any ending, as documented
        ("expel", "they expelled him", None),  # no "*": the whole word only
        ("close* … ports", "will close all ground, sea and air ports", "close all ground, sea and air ports"),
        (
            "close* … ports",
            "closed one, two, three, four, five, six ports",
            "closed one, two, three, four, five, six ports",
        ),
        ("close* … ports", "closed one two three four five six seven ports", None),  # more than six words
        ("close* … ports", "closed the talks; the ports stayed open", None),  # a gap stays in its clause
        ("close* … ports", "closed (for now) the ports", None),
        # ... but a short gloss in brackets is a word of the gap
        (
            "clos* … office*",
            "the closure of the Fredville Daily (FD) office",
            "closure of the Fredville Daily (FD) office",
        ),
        # an aside between dashes is one word of the gap: the clause goes on after it
        (
            "exports … were banned",
            "exports to Sylvania — to the ports of Fredville and Westport, both of them — were banned",
            "exports to Sylvania — to the ports of Fredville and Westport, both of them — were banned",
        ),
        (
            "exports … were banned",
            "exports to Sylvania – the two ports – were banned",
            "exports to Sylvania – the two ports – were banned",
        ),
        ("exports … were banned", "exports to Sylvania — the ports; the rest were banned", None),  # not across a ";"
        # nor does it run into a relative clause ("talks between them, which were suspended")
        ("talks … suspended", "the talks between the two, which were suspended", None),
        ("talks … suspended", "the talks between the two were suspended", "talks between the two were suspended"),
        ("banned # … officials", "banned 23 senior officials", "banned 23 senior officials"),
        ("Entity List", "added to the entity list", "entity list"),  # case-insensitive
        ("Sylvania's", "Sylvania’s move", "Sylvania’s"),  # either apostrophe
        ("no-fly zone*", "an ECOWAS ‘no fly zone’ on flights", "no fly zone"),  # a hyphen or a space
        ("no-fly zone*", "a no-fly zone", "no-fly zone"),
        # quotation marks between a cue's words ("a ‘no fly zone’ on flights")
        ("no-fly zone on", "an ECOWAS ‘no fly zone’ on flights", "no fly zone’ on"),
        (
            "designat* … foreign mission*",
            'the designation of six media as "foreign missions"',
            'designation of six media as "foreign missions',
        ),
        ("anti-dumping", "antidumping duties", None),  # but not nothing
    ],
)
def test_cue_matches(cue: str, text: str, expected: str | None) -> None:
    matcher = CueMatcher({"k": (cue,)})
    for found in (matcher.find(text), matcher.find_slow(text)):
        assert [text[h.start : h.end] for h in found] == ([expected] if expected else [])


@pytest.mark.parametrize(
    "text, expected",
    [
        # one verb, two objects of two kinds: each keeps its own cue
        (
            "they cut diplomatic relations and trade ties",
            [("rel", "cut diplomatic relations"), ("trade", "trade ties")],
        ),
        (
            "cut diplomatic relations with, and trade ties with X",
            [("rel", "cut diplomatic relations"), ("trade", "trade ties")],
        ),
        # a gap holding no cue of another kind stays one match
        ("cut tourism and trade ties", [("trade", "cut tourism and trade ties")]),
        ("cut all trade ties", [("trade", "cut all trade ties")]),
    ],
)
def test_coordinated_objects(text: str, expected: list[tuple[str, str]]) -> None:
    matcher = CueMatcher({"rel": ("cut* … relations",), "trade": ("cut* … trade ties",)})
    for found in (matcher.find(text), matcher.find_slow(text)):
        assert [(h.key, text[h.start : h.end]) for h in found] == expected
