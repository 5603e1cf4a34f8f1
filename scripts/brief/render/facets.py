"""Facets: the filters above the timeline and the sanctions table.

Each entry carries its values as ``data-f-<facet>="a|b"`` attributes; the form lists each facet's
values with their counts. brief.js combines the chosen values with AND, updates the counts and
keeps the choice in the URL (``?actor=X&from=2022``), so a filtered view can be shared and the
back button undoes a choice. Without JavaScript the form stays hidden and every entry shows.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence, Sized
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


def form(
    kind: str,
    facets: Sequence[Facet],
    entries: Sequence[Mapping[str, Iterable[str]]],
    index: str | None = None,
    every: str | None = None,
) -> str:
    """The (hidden) form of ``kind`` ("timeline", "sanctions") over entries given as facet values.

    A brief too long for one page has an index of its periods: there the form filters the
    periods, through the facet index at the URL ``index`` (``index_js``), loaded on the first
    choice. On a period's page ``every`` is the URL of that index, offered for the same choice
    across every period."""
    counts = {f.name: Counter(v for e in entries for v in dict.fromkeys(e.get(f.name, ()))) for f in facets}
    extra = (f' data-brief-index="{esc(index)}"' if index else "") + (
        f' data-brief-every="{esc(every)}"' if every else ""
    )
    parts = [f'<form class="brief-filters" data-brief-facets="{esc(kind)}"{extra} hidden>']
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


def period_index(kind: str, names: Sequence[str], pages: Sequence[Sized], values: Sequence[Mapping]) -> str:
    """``index_js`` of a list paged by period: ``values`` are its entries' in page order, ``pages``
    the pages (each as long as its entries)."""
    page_of = [i for i, page in enumerate(pages) for _ in range(len(page))]
    return index_js(kind, names, zip(page_of, values, strict=True))


def index_js(kind: str, names: Sequence[str], entries: Iterable[tuple[int, Mapping[str, Iterable[str]]]]) -> str:
    """The facet index of a brief paged by period: for each distinct (page, values) of its entries,
    how many entries have it. The browser filters the periods with it and loads it once, on the
    first choice; it is a script (not JSON to fetch) so that it loads from disk too (file://).

    Rows: ``[page, entries, [value numbers of names[0]], [of names[1]], ...]`` where a value's
    number is its place in ``values[name]``."""
    signatures: Counter[tuple] = Counter()
    for page_no, of_entry in entries:
        key = (page_no,) + tuple(tuple(sorted(set(of_entry.get(n, ())))) for n in names)
        signatures[key] += 1
    values = {n: sorted({v for sig in signatures for v in sig[1 + i]}) for i, n in enumerate(names)}
    number = {n: {v: i for i, v in enumerate(vs)} for n, vs in values.items()}
    rows = sorted(
        [sig[0], count, *(sorted(number[n][v] for v in sig[1 + i]) for i, n in enumerate(names))]
        for sig, count in signatures.items()
    )
    data = {"facets": list(names), "values": values, "rows": rows}
    # ASCII JSON is a JavaScript literal ("\u2028" escaped); "<", ">" and "&" are escaped too, so
    # that no value could end a script even if the file were inlined (only strings hold them)
    text = json.dumps(data, ensure_ascii=True, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return f"(window.briefFacetIndex = window.briefFacetIndex || {{}})[{json.dumps(kind)}] = {text};\n"
