"""Facets: the filters above the timeline and the sanctions table.

Each entry carries its values as ``data-f-<facet>="a|b"`` attributes; the form lists each facet's
values with their counts. brief.js combines the chosen values with AND, updates the counts and
keeps the choice in the URL (``?actor=X&from=2022``), so a filtered view can be shared and the
back button undoes a choice. Without JavaScript the form stays hidden and every entry shows.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from .markup import esc

YEAR = "year"  # the facet the date range reads


@dataclass(frozen=True)
class Facet:
    name: str  # the URL parameter and the data-f-* attribute
    title: str
    labels: dict[str, str]  # value -> what the reader sees (in the order to list them)


def attrs(values: Mapping[str, Iterable[str]]) -> str:
    """The data-f-* attributes of one entry."""
    return "".join(f' data-f-{name}="{esc("|".join(dict.fromkeys(vs)))}"' for name, vs in values.items())


def form(kind: str, facets: Sequence[Facet], entries: Sequence[Mapping[str, Iterable[str]]]) -> str:
    """The (hidden) form of ``kind`` ("timeline", "sanctions") over entries given as facet values."""
    counts = {f.name: Counter(v for e in entries for v in dict.fromkeys(e.get(f.name, ()))) for f in facets}
    parts = [f'<form class="brief-filters" data-brief-facets="{esc(kind)}" hidden>']
    for f in facets:
        opts = "".join(
            f'<option value="{esc(v)}" data-label="{esc(label)}">{esc(label)} ({counts[f.name][v]:,})</option>'
            for v, label in f.labels.items()
            if counts[f.name][v]
        )
        parts.append(
            f'<label>{esc(f.title)} <select data-brief-filter="{esc(f.name)}"><option value="">all</option>{opts}</select></label>'
        )
    years = sorted({y for e in entries for y in e.get(YEAR, ()) if y})
    if len(years) > 1:
        for name, title in (("from", "From"), ("to", "to")):
            opts = "".join(f'<option value="{y}">{y}</option>' for y in years)
            parts.append(
                f'<label>{title} <select data-brief-filter="{name}"><option value="">any year</option>{opts}</select></label>'
            )
    parts.append('<output aria-live="polite"></output></form>')
    return "".join(parts)
