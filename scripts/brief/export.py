"""The data exports readers can download (the contract in shared/eval/README.md)."""

from __future__ import annotations

from collections.abc import Callable

import msgspec

from .model import AnnotatedSource, Citation, Event, Sanction
from .peritem import PerItem
from .render.common import source_doc, url_of
from .render.source_page import display_title


def _cite(c: Citation) -> dict:
    out = {"source": c.source, "anchor": c.anchor, "quote": c.quote}
    if c.date:
        out["date"] = c.date
    return out


def sources_json(sources: tuple[AnnotatedSource, ...]) -> list[dict]:
    return [
        {
            "id": a.source.id,
            "title": display_title(a),
            "title_in_source": a.source.title is not None,
            "outlet": a.source.outlet,
            "authors": list(a.source.authors),
            "translator": a.source.translator,
            "published": a.source.published,
            "precision": a.source.precision,
            "estimated": a.source.estimated,
            "url": a.source.url,
            "language": a.source.language,
            "original_language": a.source.original_language,
            "path": a.source.path,
            "page": url_of(source_doc(a.source.id)),
            "actors": list(a.actors),
            "themes": list(a.themes),
        }
        for a in sorted(sources, key=lambda a: a.source.id)
    ]


def _provenance(item: Event | Sanction) -> dict:
    """Where an entry comes from and who vouches for it: its citations, the annotator's confidence,
    the researcher's review, the reports it merges."""
    return {
        "citations": [_cite(c) for c in item.citations],
        "confidence": item.confidence,
        "review": item.review,
        "reports": list(item.members or (item.id,)),
    }


def event_json(e: Event) -> dict:
    return {
        "id": e.id,
        "date": e.date,
        "precision": e.precision,
        "estimated": e.estimated,
        "status": e.status,
        "summary": e.summary,
        "actors": list(e.actors),
        "themes": list(e.themes),
        **_provenance(e),
    }


def sanction_json(s: Sanction) -> dict:
    return {
        "id": s.id,
        "date": s.date,
        "precision": s.precision,
        "imposed_by": s.imposed_by,
        "target": s.target,
        "target_actors": list(s.target_actors),
        "measure_type": s.measure_type,
        "status": s.status,
        "summary": s.summary,
        **_provenance(s),
    }


def events_json(events: tuple[Event, ...]) -> list[dict]:
    return [event_json(e) for e in events]


def sanctions_json(sanctions: tuple[Sanction, ...]) -> list[dict]:
    return [sanction_json(s) for s in sanctions]


# an entry's line, kept while the entry is unchanged (peritem.py): `mkdocs serve` writes these
# files after every edit, and most of their lines are as before
def _event_line(e: Event) -> str:
    return _encode(event_json(e)).decode("utf-8")


def _sanction_line(s: Sanction) -> str:
    return _encode(sanction_json(s)).decode("utf-8")


_EVENT_LINES: PerItem[Event, str] = PerItem(_event_line)
_SANCTION_LINES: PerItem[Sanction, str] = PerItem(_sanction_line)


def events_file(events: tuple[Event, ...]) -> str:
    """events.json: ``dumps(events_json(events))``, made line by line."""
    return _lines(_EVENT_LINES.map(events))


def sanctions_file(sanctions: tuple[Sanction, ...]) -> str:
    return _lines(_SANCTION_LINES.map(sanctions))


def _lines(lines: list[str]) -> str:
    return "[\n" + ",\n".join(lines) + "\n]\n"


def dumps(data: list) -> str:
    """Deterministic JSON, one object a line: readable, diffable, and written by a C encoder
    (msgspec: the standard library's goes through Python for every object, several times slower
    on big briefs). Keys keep their order; text stays UTF-8, not \\u escapes."""
    return _lines([_encode(item).decode("utf-8") for item in data])


_encode: Callable[[object], bytes] = msgspec.json.Encoder().encode
