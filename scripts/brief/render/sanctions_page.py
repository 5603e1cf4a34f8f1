"""The sanctions table: every measure, who imposed it on whom, of what type, when, and where it is said."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from functools import partial
from urllib.parse import urlencode

from ..model import Sanction, Taxonomy
from ..peritem import PerItem
from . import facets, visual
from .common import (
    SANCTIONS_DIR,
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
from .entities import actor_link
from .markup import esc, inline

STATUS_ORDER = ("imposed", "announced", "expected", "considered")


def chunks(sanctions: tuple[Sanction, ...]) -> tuple[Chunk, ...]:
    ordered = sorted(sanctions, key=lambda s: (s.date or "9999", s.imposed_by, s.measure_type, s.id))
    return paginate(ordered, SANCTIONS_DIR, lambda s: s.date)


def render(chunks_: tuple[Chunk, ...], taxonomy: Taxonomy, titles: dict[str, str]) -> dict[str, str]:
    """docs/ path -> Markdown for the sanctions pages."""
    return {doc: make() for doc, make in pages(chunks_, taxonomy, titles).items()}


def pages(chunks_: tuple[Chunk, ...], taxonomy: Taxonomy, titles: dict[str, str]) -> dict[str, Callable[[], str]]:
    """docs/ path -> a function making the page: a big brief renders one page at a time."""
    out: dict[str, Callable[[], str]] = {}
    labels = {m.id: m.label for m in taxonomy.measure_types}
    everything = [s for c in chunks_ for s in c.items]
    what = (
        "sanctions and counter-measures, with who imposed them, on whom, of what type and when, and the "
        "sentence each comes from. Use the filters to show one imposer, type or status; click a column "
        "heading to sort."
    )
    counted = f"{len(everything)} measures found in the sources: {what}"
    # each count of the matrix links to the table filtered to it: on this page, or the index of periods
    summary = _summary(everything, labels, f"{SANCTIONS_DIR}/index.md") + "\n\n" + _drawing(chunks_)
    if len(chunks_) == 1:
        return {chunks_[0].doc: partial(_page, chunks_[0], counted, summary, labels, titles)}
    index = f"{SANCTIONS_DIR}/index.md"
    # every entry's values, kept from build to build while the entry is the same (peritem.py)
    values = _ALL_VALUES.map(everything)
    filters = partial(_filters, everything, labels, index=asset(index, FACETS_JS), values=values)
    out[index] = lambda: chunk_index("Sanctions", counted, chunks_, "Measures", summary, filters())
    out[FACETS_JS] = lambda: facets.period_index("sanctions", FACET_NAMES, [c.items for c in chunks_], values)
    for c in chunks_:
        # no totals on a period's page: adding a source elsewhere in time leaves it as it is
        intro = f"The measures of this period: {what}"
        out[c.doc] = partial(_page, c, intro, None, labels, titles, every=href(c.doc, index))
    return out


def _page(
    c: Chunk,
    intro: str,
    summary: str | None,
    labels: dict[str, str],
    titles: dict[str, str],
    every: str | None = None,
) -> str:
    title = "Sanctions" + (f": {c.label}" if c.label else "")
    lines = [f"# {esc(title)}", "", intro, ""]
    if summary is not None:
        lines += [summary, ""]
    lines += [_filters(c.items, labels, every=every), "", _table(c, labels, titles), ""]
    return page({"title": esc(title), "hide": ["navigation"], "search": {"exclude": True}}, "\n".join(lines))


def _drawing(chunks_: tuple[Chunk, ...]) -> str:
    """The dated measures drawn by imposer (render/visual.py), each mark linked to its row."""
    index = f"{SANCTIONS_DIR}/index.md"
    where = {s.id: c.doc for c in chunks_ for s in c.items}
    month_doc = {(s.date or "")[:7]: c.doc for c in reversed(chunks_) for s in c.items}
    return visual.svg(
        [s for c in chunks_ for s in c.items],
        lambda s: f"#{s.id}" if where[s.id] == index else href(index, where[s.id], s.id),
        lambda month: href(index, month_doc[month]),
    )


def _summary(items: list[Sanction], labels: dict[str, str], doc: str) -> str:
    """A count of measures by imposer and type: the page at a glance. Each count links to the
    table filtered to that imposer and type (render/facets.py): on this page, or, for a brief paged
    by period, the index that finds the periods holding them."""
    by = Counter((s.imposed_by, s.measure_type) for s in items)
    imposers = sorted({s.imposed_by for s in items}, key=lambda a: (-sum(v for (i, _), v in by.items() if i == a), a))
    types = [t for t in labels if any(k[1] == t for k in by)]
    if not items:
        return "<p>No measures found yet.</p>"
    head = "".join(f'<th scope="col">{esc(labels[t])}</th>' for t in types)
    rows = []
    for imp in imposers:
        cells = "".join(f"<td>{_count(imp, t, by.get((imp, t), 0))}</td>" for t in types)
        rows.append(f'<tr><th scope="row">{actor_link(doc, imp, "brief-imposer")}</th>{cells}</tr>')
    return (
        '<div class="brief-scroll"><table class="brief-matrix"><caption>Measures by imposer and type</caption>'
        f'<thead><tr><th scope="col">Imposed by</th>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table></div>'
    )


def _count(imposer: str, measure_type: str, n: int) -> str:
    if not n:
        return ""
    query = urlencode({"imposer": imposer, "type": measure_type})
    return f'<a href="?{esc(query)}" title="{esc(imposer)}: show these {n}">{n}</a>'


FACETS_JS = f"{SANCTIONS_DIR}/facets.js"  # the facet index of a sanctions table paged by period
FACET_NAMES = ("imposer", "target", "type", "status", facets.YEAR)


def _facet_values(s: Sanction) -> dict[str, list[str]]:
    return {
        "imposer": [s.imposed_by],
        "target": list(s.target_actors),
        "type": [s.measure_type],
        "status": [s.status],
        facets.YEAR: [s.date[:4]] if s.date else [],
    }


_ALL_VALUES: PerItem[Sanction, dict[str, list[str]]] = PerItem(lambda s: _facet_values(s))


def _filters(
    items: Sequence[Sanction],
    labels: dict[str, str],
    index: str | None = None,
    every: str | None = None,
    values: Sequence[dict[str, list[str]]] | None = None,
) -> str:
    imposers = sorted({s.imposed_by for s in items})
    targets = sorted({t for s in items for t in s.target_actors})
    types = [t for t in labels if any(s.measure_type == t for s in items)]
    statuses = [s for s in STATUS_ORDER if any(x.status == s for x in items)]
    return facets.form(
        "sanctions",
        [
            facets.Facet("imposer", "Imposed by", {i: i for i in imposers}),
            facets.Facet("target", "Aimed at", {t: t for t in targets}),
            facets.Facet("type", "Type", {t: labels[t] for t in types}),
            facets.Facet("status", "Status", {s: s for s in statuses}),
        ],
        values if values is not None else [_facet_values(s) for s in items],
        index,
        every,
    )


def _table(c: Chunk, labels: dict[str, str], titles: dict[str, str]) -> str:
    rows = []
    for s in c.items:
        cites = "<br>".join(
            f'<a href="{esc(href(c.doc, source_doc(x.source), x.anchor))}">'
            f"{esc(_short(titles.get(x.source, x.source)))}, ¶&nbsp;{esc(x.anchor[1:])}</a>"
            + (f" (this source: {esc(show_date(x.date))})" if x.date else "")
            for x in s.citations
        )
        quote = inline(s.citations[0].quote) if s.citations else ""
        # the target as the text says it, then the actors it names, each linked to its page
        aimed = " ".join(actor_link(c.doc, a) for a in s.target_actors)
        aimed = f' <span class="brief-chips">{aimed}</span>' if aimed else ""
        rows.append(
            f'<tr id="{esc(s.id)}" data-imposer="{esc(s.imposed_by)}" data-type="{esc(s.measure_type)}" '
            f'data-status="{esc(s.status)}"{facets.attrs(_facet_values(s))}{"" if s.date else " data-undated"}>'
            f'<td data-label="Date" data-sort="{esc(s.date or "")}">{time_tag(s.date)}{_disagree(s)}</td>'
            f'<td data-label="Imposed by">{actor_link(c.doc, s.imposed_by, "brief-imposer")}</td>'
            f'<td data-label="Type"><span class="brief-type">{esc(labels.get(s.measure_type, s.measure_type))}</span></td>'
            f'<td data-label="Status"><span class="brief-status brief-status--{esc(s.status)}">{esc(s.status)}</span>'
            f"{checked_mark(s.review, s.confidence)}</td>"
            f'<td data-label="Target">{esc(s.target)}{aimed}<q class="brief-quote">{quote}</q></td>'
            f'<td data-label="Source">{cites}</td></tr>'
        )
    head = "".join(
        f'<th scope="col">{h}</th>' for h in ("Date", "Imposed by", "Type", "Status", "Target and sentence", "Source")
    )
    return (
        f'<div class="brief-scroll"><table class="brief-sanctions" data-brief-sortable>'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table></div>"
    )


def _disagree(s: Sanction) -> str:
    """A flag where the sources date one measure differently (a coarser date agrees, as on the timeline)."""
    date = s.date or ""
    if any(x.date and not (x.date.startswith(date) or date.startswith(x.date)) for x in s.citations):
        return ' <span class="brief-flag">the sources disagree on the date</span>'
    return ""


def _short(title: str, limit: int = 36) -> str:
    return title if len(title) <= limit else title[: limit - 1].rsplit(" ", 1)[0] + "…"


__all__ = ["chunks", "render", "show_date"]
