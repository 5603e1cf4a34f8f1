"""The data exports readers can download (the contract in shared/eval/README.md)."""

from __future__ import annotations

import msgspec

from .model import AnnotatedSource, Citation, Event, Sanction
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


def events_json(events: tuple[Event, ...]) -> list[dict]:
    return [
        {
            "id": e.id,
            "date": e.date,
            "precision": e.precision,
            "estimated": e.estimated,
            "status": e.status,
            "summary": e.summary,
            "actors": list(e.actors),
            "themes": list(e.themes),
            "citations": [_cite(c) for c in e.citations],
            "confidence": e.confidence,
            "review": e.review,
            "reports": list(e.members or (e.id,)),
        }
        for e in events
    ]


def sanctions_json(sanctions: tuple[Sanction, ...]) -> list[dict]:
    return [
        {
            "id": s.id,
            "date": s.date,
            "precision": s.precision,
            "imposed_by": s.imposed_by,
            "target": s.target,
            "target_actors": list(s.target_actors),
            "measure_type": s.measure_type,
            "status": s.status,
            "summary": s.summary,
            "citations": [_cite(c) for c in s.citations],
            "confidence": s.confidence,
            "review": s.review,
            "reports": list(s.members or (s.id,)),
        }
        for s in sanctions
    ]


def dumps(data: list) -> str:
    """Deterministic JSON, one object a line: readable, diffable, and written by a C encoder
    (msgspec: the standard library's goes through Python for every object, several times slower
    on big briefs). Keys keep their order; text stays UTF-8, not \\u escapes."""
    return "[\n" + ",\n".join(_encode(item).decode("utf-8") for item in data) + "\n]\n"


_encode = msgspec.json.Encoder().encode
