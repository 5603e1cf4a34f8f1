"""The researcher's review: decisions in ``sources/review.yml``, applied after annotation and merging.

Each decision names an event or a measure by its stable id (see annotate.py) and confirms it,
rejects it (with a reason), or corrects some of its fields; or it adds one the annotator missed,
quoting a sentence of a source verbatim. Decisions are data: validated on load against the
taxonomy and the data contract's vocabularies, every error naming the file and line. A decision
whose id no longer exists is reported, never silently dropped.
"""

from __future__ import annotations

import calendar
import hashlib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from .errors import BriefError
from .model import PRECISIONS, AnnotatedSource, Brief, Citation, Event, Sanction, Source, Taxonomy
from .segment import blocks
from .yamldoc import line_of, parse

REVIEW_FILE = "review.yml"  # in sources/
ACTIONS = ("reject", "correct", "confirm", "add")
MEASURE_STATUSES = ("imposed", "announced", "expected", "considered")
EVENT_STATUSES = ("occurred", "announced", "planned", "reported-prospect")
MEASURE_FIELDS = ("date", "precision", "imposed_by", "target", "target_actors", "measure_type", "status", "summary")
EVENT_FIELDS = ("date", "precision", "actors", "themes", "status", "summary")
CORRECTABLE = tuple(dict.fromkeys(MEASURE_FIELDS + EVENT_FIELDS))
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@dataclass(frozen=True)
class Decision:
    line: int
    action: str  # reject | correct | confirm | add
    id: str = ""
    reason: str = ""  # reject
    fields: tuple[tuple[str, object], ...] = ()  # correct, add
    kind: str = ""  # add: measure | event
    source: str = ""  # add
    quote: str = ""  # add


@dataclass(frozen=True)
class Review:
    path: str
    decisions: tuple[Decision, ...] = ()


# ------------------------------------------------------------------ reading


def parse_review(text: str, path: str, taxonomy: Taxonomy) -> Review:
    """The decisions of a review file; one error listing every problem, each with its line."""
    data, lines = parse(text, path)
    if data is None:
        return Review(path)
    if not isinstance(data, list):
        raise BriefError("the review file must be a list of decisions (each starting with '- ')", path, 1)
    problems: list[BriefError] = []
    out = []
    for i, item in enumerate(data):
        line = line_of(lines, (i,)) or 1
        try:
            out.append(_decision(item, line, taxonomy, lambda key, i=i, line=line: line_of(lines, (i, key)) or line))
        except BriefError as err:
            problems.append(BriefError(err.message, path, err.line or line))
    seen: dict[str, int] = {}
    for d in out:
        if d.id and d.id in seen:
            problems.append(
                BriefError(f"a second decision on {d.id} (the first is on line {seen[d.id]})", path, d.line)
            )
        seen.setdefault(d.id, d.line)
    if problems:
        raise BriefError.collect(problems)
    return Review(path, tuple(out))


def _decision(item: object, line: int, tax: Taxonomy, line_at) -> Decision:
    if not isinstance(item, dict):
        raise BriefError("a decision is a mapping such as '- id: sm-…' and 'confirm: true'", None, line)
    actions = [a for a in ACTIONS if a in item]
    if len(actions) != 1:
        raise BriefError(f"a decision needs exactly one of {', '.join(ACTIONS)}", None, line)
    action = actions[0]
    if action == "add":
        return _addition(item, line, tax, line_at)
    allowed = {"id", action}
    extra = sorted(set(map(str, item)) - allowed)
    if extra:
        raise BriefError(f"unknown key '{extra[0]}' in a '{action}' decision", None, line_at(extra[0]))
    ident = item.get("id")
    if not isinstance(ident, str) or not re.match(r"^(ev|sm)-[0-9a-f]{10}(-\d+)?$", ident):
        raise BriefError(
            f"'id' must be an event's or a measure's id (ev-… or sm-…), not {ident!r}", None, line_at("id")
        )
    value = item[action]
    if action == "reject":
        if not isinstance(value, str) or not value.strip():
            raise BriefError("'reject' needs the reason, as text", None, line_at("reject"))
        return Decision(line, action, ident, reason=value.strip())
    if action == "confirm":
        if value is not True:
            raise BriefError("'confirm' must be true", None, line_at("confirm"))
        return Decision(line, action, ident)
    if not isinstance(value, dict) or not value:
        raise BriefError("'correct' needs the fields to set, such as {status: imposed}", None, line_at("correct"))
    kind = "measure" if ident.startswith("sm-") else "event"
    return Decision(line, action, ident, fields=_fields(value, kind, tax, line_at("correct")))


def _addition(item: dict, line: int, tax: Taxonomy, line_at) -> Decision:
    kind = item.get("add")
    if kind not in ("measure", "event"):
        raise BriefError(f"'add' must be 'measure' or 'event', not {kind!r}", None, line_at("add"))
    source, quote = item.get("source"), item.get("quote")
    if not isinstance(source, str) or not source.strip():
        raise BriefError("an added item needs 'source': the id of the source it is in", None, line)
    if not isinstance(quote, str) or not quote.strip():
        raise BriefError("an added item needs 'quote': its sentence, verbatim", None, line)
    rest = {k: v for k, v in item.items() if k not in ("add", "source", "quote")}
    fields = dict(_fields(rest, kind, tax, line)) if rest else {}
    needed = ("measure_type", "imposed_by") if kind == "measure" else ("date",)
    missing = [k for k in needed if k not in fields]
    if missing:
        raise BriefError(f"an added {kind} needs '{missing[0]}'", None, line)
    return Decision(
        line, "add", kind=kind, source=source.strip(), quote=" ".join(quote.split()), fields=tuple(fields.items())
    )


def _fields(value: dict, kind: str, tax: Taxonomy, line: int) -> tuple[tuple[str, object], ...]:
    allowed = MEASURE_FIELDS if kind == "measure" else EVENT_FIELDS
    out: dict[str, object] = {}
    for key, v in value.items():
        if key not in allowed:
            raise BriefError(f"'{key}' is not a field of {'a measure' if kind == 'measure' else 'an event'} "
                             f"(fields: {', '.join(allowed)})", None, line)  # fmt: skip
        out[key] = _checked(key, v, kind, tax, line)
    if "date" in out and "precision" not in out and out["date"] is not None:
        out["precision"] = PRECISIONS[str(out["date"]).count("-")]
    if "precision" in out and out.get("date") and PRECISIONS[str(out["date"]).count("-")] != out["precision"]:
        raise BriefError(f"'precision' {out['precision']} does not match the date {out['date']}", None, line)
    return tuple(out.items())


def _checked(key: str, v: object, kind: str, tax: Taxonomy, line: int) -> object:
    return CHECKS.get(key, _text)(key, v, kind, tax, line)


def _check_date(key: str, v: object, kind: str, tax: Taxonomy, line: int) -> object:
    return None if v is None and kind == "measure" else _date(v, line)


def _check_status(key: str, v: object, kind: str, tax: Taxonomy, line: int) -> object:
    return _one_of(key, v, MEASURE_STATUSES if kind == "measure" else EVENT_STATUSES, line)


def _check_actor(key: str, v: object, kind: str, tax: Taxonomy, line: int) -> object:
    return _one_of(key, v, tuple(sorted(a.name for a in tax.actors)), line)


def _check_actors(key: str, v: object, kind: str, tax: Taxonomy, line: int) -> object:
    names = {a.name for a in tax.actors}
    if not isinstance(v, list) or not all(isinstance(x, str) and x in names for x in v):
        raise BriefError(f"'{key}' must be a list of the taxonomy's actor names", None, line)
    return tuple(v)


def _check_themes(key: str, v: object, kind: str, tax: Taxonomy, line: int) -> object:
    ids = {t.id for t in tax.themes}
    if not isinstance(v, list) or not all(isinstance(x, str) and x in ids for x in v):
        raise BriefError(f"'themes' must be a list of the taxonomy's theme ids ({', '.join(sorted(ids))})", None, line)
    return tuple(v)


def _text(key: str, v: object, kind: str, tax: Taxonomy, line: int) -> object:
    if not isinstance(v, str):
        raise BriefError(f"'{key}' must be text", None, line)
    return v.strip()


# each field's check, by name; any other field is text
CHECKS = {
    "date": _check_date,
    "precision": lambda key, v, kind, tax, line: _one_of(key, v, PRECISIONS, line),
    "status": _check_status,
    "measure_type": lambda key, v, kind, tax, line: _one_of(key, v, tuple(m.id for m in tax.measure_types), line),
    "imposed_by": _check_actor,
    "target_actors": _check_actors,
    "actors": _check_actors,
    "themes": _check_themes,
}


def _one_of(key: str, v: object, allowed: tuple[str, ...], line: int) -> str:
    if v not in allowed:
        shown = ", ".join(allowed) if len(allowed) <= 12 else ", ".join(allowed[:12]) + ", …"
        raise BriefError(f"'{key}' must be one of {shown}; not {v!r}", None, line)
    return str(v)


def _date(v: object, line: int) -> str:
    m = _DATE.match(str(v)) if isinstance(v, (str, int)) else None
    ok = m is not None and 1000 <= int(m.group(1)) <= 9000
    if m and ok and m.group(2):
        month = int(m.group(2))
        ok = 1 <= month <= 12 and (
            not m.group(3) or 1 <= int(m.group(3)) <= calendar.monthrange(int(m.group(1)), month)[1]
        )
    if not ok:
        raise BriefError(f"'date' must be a date like 2022-03-07, 2022-03 or 2022, not {v!r}", None, line)
    return str(v)


# ------------------------------------------------------------------ applying


@dataclass(frozen=True)
class Applied:
    brief: Brief
    orphans: tuple[BriefError, ...]  # decisions whose id no longer exists (warnings)


def apply(brief: Brief, review: Review, sources: Mapping[str, Source]) -> Applied:
    """The brief with the decisions applied; raises for an added item whose quote is not in its source.

    A decision on a merged entry (by its id or by the id of any report it merges) applies to the
    entry and to each of its reports, so that a source page never shows what the timeline or the
    sanctions page no longer does.
    """
    by_id = {d.id: d for d in review.decisions if d.id}
    used: set[str] = set()
    effective = _with_reports(brief, by_id)
    added = _additions(review, sources, brief.taxonomy)
    per_source = tuple(_source_decided(a, effective, used, added) for a in brief.sources)
    events = (*_decide(brief.events, by_id, used), *(x for x in added if isinstance(x, Event)))
    measures = (*_decide(brief.sanctions, by_id, used), *(x for x in added if isinstance(x, Sanction)))
    orphans = tuple(
        BriefError(
            f"no event or measure has the id {d.id} any more; remove or update this decision", review.path, d.line
        )
        for d in review.decisions
        if d.id and d.id not in used
    )
    ordered = tuple(sorted(events, key=lambda e: (e.date, e.id)))
    return Applied(replace(brief, sources=per_source, events=ordered, sanctions=measures), orphans)


def _with_reports(brief: Brief, by_id: Mapping[str, Decision]) -> dict[str, Decision]:
    """The decisions by id, each decision on a merged entry also under the ids of its reports."""
    effective = dict(by_id)
    merged: tuple[Event | Sanction, ...] = (*brief.events, *brief.sanctions)
    for item in merged:
        d = next((by_id[i] for i in (item.id, *item.members) if i in by_id), None)
        if d is not None:
            effective.update({m: d for m in item.members})
    return effective


def _source_decided(
    a: AnnotatedSource, effective: Mapping[str, Decision], used: set[str], added: list[Event | Sanction]
) -> AnnotatedSource:
    mine = [x for x in added if x.citations[0].source == a.source.id]
    events = (*_decide(a.events, effective, used), *(x for x in mine if isinstance(x, Event)))
    measures = (*_decide(a.sanctions, effective, used), *(x for x in mine if isinstance(x, Sanction)))
    return a if (events, measures) == (a.events, a.sanctions) else replace(a, events=events, sanctions=measures)


def _decide(items: Iterable, by_id: Mapping[str, Decision], used: set[str]):
    """Each item as the decision on it (or on one of the reports it merges) leaves it."""
    for item in items:
        ids = (item.id, *item.members)
        d = next((by_id[i] for i in ids if i in by_id), None)
        if d is None:
            yield item
            continue
        used.update(i for i in ids if i in by_id)
        if d.action == "reject":
            continue
        if d.action == "confirm":
            yield replace(item, review="confirmed")
        else:
            yield replace(item, review="corrected", **_for(item, d.fields))


def _for(item: Event | Sanction, fields: tuple[tuple[str, object], ...]) -> dict[str, object]:
    """The corrected fields this kind of item has (a merged event's reports are events too)."""
    names = MEASURE_FIELDS if isinstance(item, Sanction) else EVENT_FIELDS
    return {k: v for k, v in fields if k in names}


def _additions(review: Review, sources: Mapping[str, Source], tax: Taxonomy) -> list[Event | Sanction]:
    problems: list[BriefError] = []
    out: list[Event | Sanction] = []
    for d in review.decisions:
        if d.action != "add":
            continue
        src = sources.get(d.source)
        if src is None:
            problems.append(BriefError(f"no source has the id '{d.source}'", review.path, d.line))
            continue
        anchor = _anchor_of(src, d.quote, tax)
        if anchor is None:
            problems.append(
                BriefError(
                    f"the quote is not a sentence of {d.source} (copy it verbatim from the page)", review.path, d.line
                )
            )
            continue
        out.append(_made(d, anchor))
    if problems:
        raise BriefError.collect(problems)
    return out


def _anchor_of(src: Source, quote: str, tax: Taxonomy) -> str | None:
    """The anchor of the paragraph holding the quote as one of its sentences (or a run of them),
    compared as a reader copies it from the page: no list marker, no emphasis marks."""
    want = _norm(quote)
    for b in blocks(src.text, tax.byline_labels):
        starts = [_norm(s.text)[:20] for s in b.sentences]
        if want in _norm(b.text) and any(want.startswith(x) or x.startswith(want[:20]) for x in starts if x):
            return b.anchor
    return None


_MARKER = re.compile(r"^\s*(?:[-*•]|\(?\d+[.)])\s+")


def _norm(text: str) -> str:
    return " ".join(_MARKER.sub("", text).replace("*", "").split())


def _made(d: Decision, anchor: str) -> Event | Sanction:
    f = dict(d.fields)
    cite = Citation(d.source, anchor, d.quote)
    digest = hashlib.sha1("\x1f".join((d.source, d.quote, d.kind, str(f.get("measure_type", "")))).encode()).hexdigest()
    if d.kind == "event":
        return Event(
            id=f"ev-{digest[:10]}",
            date=str(f["date"]),
            precision=str(f["precision"]),
            summary=str(f.get("summary") or d.quote),
            actors=tuple(f.get("actors", ())),  # type: ignore[arg-type]
            themes=tuple(f.get("themes", ())),  # type: ignore[arg-type]
            citations=(cite,),
            status=str(f.get("status", "occurred")),
            review="added",
        )
    date = f.get("date")
    return Sanction(
        id=f"sm-{digest[:10]}",
        date=str(date) if date else None,
        precision=str(f["precision"]) if date else None,
        imposed_by=str(f["imposed_by"]),
        target=str(f.get("target", "")),
        target_actors=tuple(f.get("target_actors", ())),  # type: ignore[arg-type]
        measure_type=str(f["measure_type"]),
        status=str(f.get("status", "imposed")),
        summary=str(f.get("summary") or d.quote),
        citations=(cite,),
        review="added",
    )


# ------------------------------------------------------------------ the queue


CONFIDENCE_ORDER = {"low": 0, "medium": 1, "high": 2}


def queue(brief: Brief) -> list[Event | Sanction]:
    """What nobody has checked yet, least sure first (then measures before events, then by date)."""
    items: list[Event | Sanction] = [*brief.sanctions, *brief.events]
    unchecked = [x for x in items if x.review == "machine"]
    return sorted(
        unchecked,
        key=lambda x: (CONFIDENCE_ORDER.get(x.confidence, 1), isinstance(x, Event), x.date or "9999", x.id),
    )


def decisions_for(item: Event | Sanction) -> dict[str, list[dict]]:
    """The decisions a researcher may copy for an item: confirm it, reject it, or correct it."""
    if isinstance(item, Sanction):
        fields: dict[str, object] = {
            "imposed_by": item.imposed_by,
            "measure_type": item.measure_type,
            "status": item.status,
            "date": item.date,
        }
    else:
        fields = {"date": item.date, "summary": item.summary}
    return {
        "confirm": [{"id": item.id, "confirm": True}],
        "reject": [{"id": item.id, "reject": "why it is not one"}],
        "correct": [{"id": item.id, "correct": fields}],
    }
