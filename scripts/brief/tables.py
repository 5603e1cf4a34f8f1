"""Exports for other tools: CSV tables (a spreadsheet, in the manner of the KSE sanctions database)
and a TimelineJS 3 file. Plain functions from the merged brief to text; build.py writes them.

CSV: UTF-8 without a byte-order mark, a header row, RFC 4180 quoting and CRLF line ends, one row
per timeline entry or measure; its first citation's sentence, source and paragraph link, and the
other citations listed in one column, so that no row is lost or repeated.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Mapping
from typing import Any

import msgspec

from .model import Brief, Citation, Event, Sanction
from .peritem import PerItem
from .render.common import show_date, source_doc, url_of

MEASURE_COLUMNS = (
    "id", "date", "precision", "imposed_by", "target", "target_actors", "measure_type", "status",
    "summary", "quote", "source_title", "source_url", "page", "other_citations", "review", "confidence",
)  # fmt: skip
EVENT_COLUMNS = (
    "id", "date", "precision", "estimated", "status", "summary", "actors", "themes",
    "quote", "source_title", "source_url", "page", "other_citations", "review", "confidence",
)  # fmt: skip


def _sources(brief: Brief) -> dict[str, tuple[str, str]]:
    """Each source's title and URL, by id."""
    from .render.source_page import display_title

    return {a.source.id: (display_title(a), a.source.url or "") for a in brief.sources}


def _page(c: Citation) -> str:
    """The paragraph's address within the site (relative to its root)."""
    return f"{url_of(source_doc(c.source))}#{c.anchor}"


def _cited(citations: tuple[Citation, ...], sources: Mapping[str, tuple[str, str]]) -> dict[str, str]:
    first, rest = citations[0], citations[1:]
    title, url = sources.get(first.source, (first.source, ""))
    others = "; ".join(f"{sources.get(c.source, (c.source, ''))[0]} ¶{c.anchor[1:]} ({_page(c)})" for c in rest)
    return {
        "quote": first.quote,
        "source_title": title,
        "source_url": url,
        "page": _page(first),
        "other_citations": others,
    }


def _csv_line(values: list[str]) -> str:
    """One CSV record, as ``_csv`` writes it."""
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL).writerow(values)
    return out.getvalue()


def _measure_row(m: Sanction, sources: Mapping[str, tuple[str, str]]) -> dict[str, str]:
    return {
        "id": m.id,
        "date": m.date or "",
        "precision": m.precision or "",
        "imposed_by": m.imposed_by,
        "target": m.target,
        "target_actors": "; ".join(m.target_actors),
        "measure_type": m.measure_type,
        "status": m.status,
        "summary": m.summary,
        **_cited(m.citations, sources),
        "review": m.review,
        "confidence": m.confidence,
    }


def _event_row(e: Event, sources: Mapping[str, tuple[str, str]]) -> dict[str, str]:
    return {
        "id": e.id,
        "date": e.date,
        "precision": e.precision,
        "estimated": "yes" if e.estimated else "no",
        "status": e.status,
        "summary": e.summary,
        "actors": "; ".join(e.actors),
        "themes": "; ".join(e.themes),
        **_cited(e.citations, sources),
        "review": e.review,
        "confidence": e.confidence,
    }


class _Rows:
    """Each item's CSV record, kept while the item and the sources' titles are unchanged (peritem.py)."""

    def __init__(self, columns: tuple[str, ...], row: Callable[[Any, Mapping[str, tuple[str, str]]], dict]):
        self.columns, self.row = columns, row
        self.sources: Mapping[str, tuple[str, str]] = {}
        self.lines: PerItem = PerItem(self._line)

    def _line(self, item) -> str:
        row = self.row(item, self.sources)  # once per item, not once per column
        return _csv_line([row[c] for c in self.columns])

    def table(self, items, sources: Mapping[str, tuple[str, str]]) -> str:
        self.sources = sources
        return _csv_line(list(self.columns)) + "".join(self.lines.map(items, sources))


_MEASURE_ROWS = _Rows(MEASURE_COLUMNS, _measure_row)
_EVENT_ROWS = _Rows(EVENT_COLUMNS, _event_row)


def measures_csv(brief: Brief) -> str:
    ordered = sorted(brief.sanctions, key=lambda m: (m.date is None, m.date or "", m.id))
    return _MEASURE_ROWS.table(ordered, _sources(brief))


def events_csv(brief: Brief) -> str:
    return _EVENT_ROWS.table(brief.events, _sources(brief))


# ------------------------------------------------------------------ TimelineJS 3


def _start(date: str) -> dict[str, str]:
    """TimelineJS's date at the text's precision: a month stays a month, never an invented day."""
    parts = date.split("-")
    return dict(zip(("year", "month", "day"), (str(int(p)) for p in parts), strict=False))


def timelinejs(brief: Brief, title: str) -> str:
    """A TimelineJS 3 JSON file: one slide per timeline entry and per dated measure, grouped by actor."""
    sources = _sources(brief)
    dated: list[Event | Sanction] = [*brief.events, *(m for m in brief.sanctions if m.date)]
    dated.sort(key=lambda x: (x.date or "", x.id))
    _SLIDES.sources = sources
    slides = _SLIDES.map(dated, sources)
    n = len(brief.sources)
    doc = {"title": {"text": {"headline": title, "text": f"{n} source{'' if n == 1 else 's'}"}}, "events": slides}
    # msgspec's C encoder and formatter: the same indented JSON as the standard library's, faster
    return msgspec.json.format(msgspec.json.encode(doc), indent=1).decode("utf-8") + "\n"


class _Slides(PerItem):
    """Each entry's slide, kept while the entry and the sources' titles are unchanged (peritem.py)."""

    def __init__(self) -> None:
        super().__init__(self._one)
        self.sources: Mapping[str, tuple[str, str]] = {}

    def _one(self, item: Event | Sanction) -> dict:
        if isinstance(item, Sanction):
            group = f"Measures by {item.imposed_by}"
        else:
            group = item.actors[0] if item.actors else ""
        return _slide(item, item.date or "", item.summary, group, item.citations, self.sources)


_SLIDES = _Slides()


def _slide(
    item: Event | Sanction,
    date: str,
    headline: str,
    group: str,
    citations: tuple[Citation, ...],
    sources: Mapping[str, tuple[str, str]],
) -> dict:
    from .render.markup import esc

    cites = "".join(
        f"<p><q>{esc(c.quote)}</q> — {esc(sources.get(c.source, (c.source, ''))[0])}, ¶{esc(c.anchor[1:])}</p>"
        for c in citations
    )
    return {
        "start_date": _start(date),
        "display_date": show_date(date),
        "text": {"headline": esc(headline), "text": cites},
        "group": group,
        "unique_id": item.id,
    }
