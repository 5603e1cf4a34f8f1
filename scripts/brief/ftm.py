"""The brief as FollowTheMoney entities (JSON lines), for entity-graph tools such as Aleph or yente.

A ``Sanction`` per measure (its ``entity`` the actors it hits, its ``authority`` the imposer), an
``Event`` per timeline entry (``involved``: its actors), and the actors they point to: a ``Person``,
an ``Organization``, a ``PublicBody`` for a country's government, a ``LegalEntity`` for anything else
(or for a measure's target the taxonomy does not name). Plain dicts: followthemoney itself is only
needed to check them (the tests do).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator

import msgspec

from .model import Brief, Citation, Event, Sanction, Taxonomy
from .peritem import PerItem
from .render.common import source_doc, url_of

SCHEMA_OF_KIND = {"person": "Person", "organisation": "Organization", "country": "PublicBody"}


def _id(*parts: str) -> str:
    return "brief-" + hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def _actor(name: str, tax: Taxonomy) -> dict:
    actor = tax.actor(name)
    props: dict[str, list[str]] = {"name": [name]}
    if actor is not None:
        aliases = [a for a in actor.aliases if a != name]
        if aliases:
            props["alias"] = aliases
        if actor.description:
            props["description"] = [actor.description]
    schema = SCHEMA_OF_KIND.get(actor.kind, "LegalEntity") if actor else "Organization"
    return {"id": _id("actor", name), "schema": schema, "properties": props}


def _source_url(c: Citation, urls: dict[str, str]) -> str:
    return urls.get(c.source) or f"{url_of(source_doc(c.source))}#{c.anchor}"


def entities(brief: Brief) -> Iterator[dict]:
    """Every actor named by a measure or an event, then the measures, then the events."""
    for line in _lines(brief):
        yield msgspec.json.decode(line)


def dumps(brief: Brief) -> str:
    """One entity a line (the format FtM's tools read with ``ftm``)."""
    return "".join(line.decode("utf-8") + "\n" for line in _lines(brief))


def _lines(brief: Brief) -> list[bytes]:
    tax = brief.taxonomy
    urls = {a.source.id: a.source.url or "" for a in brief.sources}
    labels = {m.id: m.label for m in tax.measure_types}
    _ITEMS.urls, _ITEMS.labels = urls, labels
    made = _ITEMS.map([*brief.sanctions, *brief.events], (tax.digest, urls))
    named = dict.fromkeys(n for _, names in made for n in names)
    actors = sorted((_actor(n, tax) for n in named), key=lambda x: x["id"])
    return [_encode(a) for a in actors] + [line for lines, _ in made for line in lines]


class _Items(PerItem):
    """Each measure's or event's entity lines and the actors they name, kept while it and its
    sources are unchanged (peritem.py)."""

    def __init__(self) -> None:
        super().__init__(self._one)
        self.urls: dict[str, str] = {}
        self.labels: dict[str, str] = {}

    def _one(self, item: Sanction | Event) -> tuple[list[bytes], list[str]]:
        if isinstance(item, Sanction):
            out = _sanction(item, self.urls, self.labels)
            return [_encode(x) for x in out], list(item.target_actors)
        return [_encode(_event(item, self.urls))], list(item.actors)


_ITEMS = _Items()


def _sanction(m: Sanction, urls: dict[str, str], labels: dict[str, str]) -> list[dict]:
    out = []
    targets = [_id("actor", n) for n in m.target_actors]
    if not targets:  # FtM's Sanction needs an entity: the target phrase, or the measure itself
        stub_id = _id("target", m.id)
        out.append({"id": stub_id, "schema": "LegalEntity", "properties": {"name": [m.target or m.summary]}})
        targets = [stub_id]
    props = {
        "entity": targets,
        "authority": [m.imposed_by],
        "provisions": [labels.get(m.measure_type, m.measure_type)],
        "status": [m.status],
        "summary": [m.summary],
        "description": [m.citations[0].quote],
        "sourceUrl": [_source_url(m.citations[0], urls)],
    }
    if m.date:
        props["startDate"] = [m.date]
    out.append({"id": _id("sanction", m.id), "schema": "Sanction", "properties": props})
    return out


def _event(e: Event, urls: dict[str, str]) -> dict:
    props = {
        "name": [e.summary],
        "date": [e.date],
        "description": [c.quote for c in e.citations],
        "sourceUrl": list(dict.fromkeys(_source_url(c, urls) for c in e.citations)),
    }
    if e.actors:
        props["involved"] = [_id("actor", n) for n in e.actors]
    return {"id": _id("event", e.id), "schema": "Event", "properties": props}


_encode = msgspec.json.Encoder(order="sorted").encode  # keys sorted: the same entity, the same line
