"""The timeline: every dated event of every source, in order, each with its citations."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from functools import partial
from itertools import groupby

from ..model import Event, Taxonomy
from ..peritem import PerItem
from . import facets, visual
from .common import (
    TIMELINE_DIR,
    Chunk,
    asset,
    checked_mark,
    chunk_index,
    href,
    page,
    paginate,
    show_date,
    source_doc,
    time_tag,
)
from .entities import actor_link, theme_link
from .markup import esc, inline


def chunks(events: tuple[Event, ...]) -> tuple[Chunk, ...]:
    ordered = sorted(events, key=lambda e: (e.date, e.id))
    return paginate(ordered, TIMELINE_DIR, lambda e: e.date)


def render(chunks_: tuple[Chunk, ...], taxonomy: Taxonomy, titles: dict[str, str]) -> dict[str, str]:
    """docs/ path -> Markdown for the timeline's pages."""
    return {doc: make() for doc, make in pages(chunks_, taxonomy, titles).items()}


def pages(chunks_: tuple[Chunk, ...], taxonomy: Taxonomy, titles: dict[str, str]) -> dict[str, Callable[[], str]]:
    """docs/ path -> a function making the page: a big brief renders one page at a time."""
    out: dict[str, Callable[[], str]] = {}
    total = sum(len(c.items) for c in chunks_)
    how = (
        "Each date is shown at the precision the text gives (a month stays a month). An event that several "
        "sources report is one entry with all its citations; where they disagree on the date, each citation "
        "shows its own. *c.* marks a date resolved against an estimated publication date."
    )
    counted = f"{total} dated events from the sources, oldest first. {how}"
    if len(chunks_) == 1:
        c = chunks_[0]
        drawing = partial(visual.svg, c.items, lambda e: f"#{e.id}", lambda month: f"#y{month[:4]}")
        return {c.doc: partial(_page, c, counted, taxonomy, titles, drawing)}
    index = f"{TIMELINE_DIR}/index.md"
    where = {e.id: c.doc for c in chunks_ for e in c.items}
    month_doc = {e.date[:7]: c.doc for c in reversed(chunks_) for e in c.items}
    everything = [e for c in chunks_ for e in c.items]
    # every entry's values, kept from build to build while the entry is the same (peritem.py)
    values = _ALL_VALUES.map(everything)
    out[index] = lambda: chunk_index(
        "Timeline",
        counted,
        chunks_,
        "Events",
        visual.svg(
            everything,
            lambda e: href(index, where[e.id], e.id),
            lambda month: href(index, month_doc[month]),
        ),
        _filters(everything, taxonomy, index=asset(index, FACETS_JS), values=values),
    )
    out[FACETS_JS] = lambda: facets.period_index("timeline", FACET_NAMES, [c.items for c in chunks_], values)
    for c in chunks_:
        # no totals on a period's page: adding a source elsewhere in time leaves it as it is
        intro = f"Dated events of this period, oldest first. {how}"
        out[c.doc] = partial(_page, c, intro, taxonomy, titles, every=href(c.doc, index))
    return out


def _page(
    c: Chunk,
    intro: str,
    taxonomy: Taxonomy,
    titles: dict[str, str],
    drawing: Callable[[], str] | None = None,
    every: str | None = None,
) -> str:
    title = "Timeline" + (f": {c.label}" if c.label else "")
    lines = [f"# {esc(title)}", "", intro, ""]
    figure = drawing() if drawing is not None else ""
    if figure:
        lines += [figure, ""]
    lines += [_filters(c.items, taxonomy, every=every), ""]
    for year, evs in groupby(c.items, key=lambda e: e.date[:4]):
        lines += [f"## {year} {{ #y{year} }}", ""]
        for ev in evs:
            lines += [_entry(ev, c.doc, taxonomy, titles), ""]
    return page({"title": esc(title), "hide": ["navigation"], "search": {"exclude": True}}, "\n".join(lines))


FACETS_JS = f"{TIMELINE_DIR}/facets.js"  # the facet index of a timeline paged by period
FACET_NAMES = ("actor", "theme", facets.YEAR)


def _facet_values(ev: Event) -> dict[str, list[str]]:
    return {"actor": list(ev.actors), "theme": list(ev.themes), facets.YEAR: [ev.date[:4]]}


_ALL_VALUES: PerItem[Event, dict[str, list[str]]] = PerItem(lambda e: _facet_values(e))


def _filters(
    items: Sequence[Event],
    taxonomy: Taxonomy,
    index: str | None = None,
    every: str | None = None,
    values: Sequence[dict[str, list[str]]] | None = None,
) -> str:
    """Filter the entries by actor, theme and years (render/facets.py)."""
    named = Counter(a for ev in items for a in ev.actors)
    actors = {a: a for a, _ in sorted(named.items(), key=lambda x: (-x[1], x[0]))}
    themes = {t.id: t.label for t in taxonomy.themes}
    return facets.form(
        "timeline",
        [facets.Facet("actor", "Actor", actors), facets.Facet("theme", "Theme", themes)],
        values if values is not None else [_facet_values(ev) for ev in items],
        index,
        every,
    )


_WORD = re.compile(r"\w+")


def repeats(summary: str, quote: str) -> bool:
    """The summary says nothing the quote does not: nine in ten of its words are the quote's."""
    said = set(_WORD.findall(summary.lower()))
    return bool(said) and len(said & set(_WORD.findall(quote.lower()))) >= 0.9 * len(said)


def _entry(ev: Event, doc: str, taxonomy: Taxonomy, titles: dict[str, str]) -> str:
    labels = {t.id: t.label for t in taxonomy.themes}
    # a coarser date ("2014" beside "March 2014") agrees; a different one is shown, not hidden
    dates = {c.date for c in ev.citations if c.date and not (c.date.startswith(ev.date) or ev.date.startswith(c.date))}
    flag = ' <span class="brief-flag">the sources disagree on the date</span>' if dates else ""
    prospect = (
        f' <span class="brief-flag brief-flag--prospect">{esc(ev.status.replace("-", " "))}</span>'
        if ev.status not in ("occurred", "announced")
        else ""
    )
    chips = (
        " ".join(actor_link(doc, a) for a in ev.actors)
        + " "
        + " ".join(theme_link(doc, t, labels.get(t, t)) for t in ev.themes)
    )
    # where the summary is the one sentence cited, the sentence is shown once, verbatim, in its place
    once = len(ev.citations) == 1 and repeats(ev.summary, ev.citations[0].quote)
    headline = f'<q class="brief-said">{inline(ev.citations[0].quote)}</q>' if once else esc(ev.summary)
    cites = []
    for c in ev.citations:
        own = f" (this source: {esc(show_date(c.date))})" if c.date else ""
        link = href(doc, source_doc(c.source), c.anchor)
        said = "Source:" if once else f"<q>{inline(c.quote)}</q> —"
        cites.append(
            f'<li>{said} <a href="{esc(link)}">{esc(titles.get(c.source, c.source))}, ¶&nbsp;{esc(c.anchor[1:])}</a>{own}</li>'
        )
    return (
        f'<div class="brief-event" id="{esc(ev.id)}"{facets.attrs(_facet_values(ev))}>'
        f'<p class="brief-when">{time_tag(ev.date, ev.estimated)}{flag}{prospect}{checked_mark(ev.review, ev.confidence)}</p>'
        f'<p class="brief-summary">{headline}</p>'
        f'<p class="brief-chips">{chips.strip()}</p>'
        f'<ul class="brief-cites">{"".join(cites)}</ul></div>'
    )
