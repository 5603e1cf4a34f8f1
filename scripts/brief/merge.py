"""Merge what several sources report of one real-world event into one timeline entry.

Two events are the same happening when they come from different sources, their dates agree
(one may be coarser: "2014" and "March 2014") or lie within a few days of each other (a
disagreement the timeline then shows), they share an actor, and their sentences share a word
that is rare among all events ("Crimea", "semiconductors"). Candidates are found through an
index of rare words within a year, so the work grows with the events, not with their square.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter, defaultdict
from dataclasses import replace

from .lexicon import MONTH_NAMES, STOP_WORDS
from .model import Citation, Event, Sanction, Taxonomy

NEAR_DAYS = 3  # day-precision dates this close may be one event the sources date differently
RARE_SHARE = 0.5  # a word in more than this share of a year's events is not distinctive
MAX_SHARED = 40  # nor is one in more than this many: the pairs compared stay linear in the events
MIN_RARE = 3  # but a word of three events or fewer is rare however few events a year has
_MONTHS = frozenset(MONTH_NAMES)


def words(text: str, stop: frozenset[str] = frozenset()) -> set[str]:
    """The words that may tell an event apart: no stop words, month names, or the topic's own ``stop``."""
    return {
        w
        for w in re.findall(r"[a-z][a-z-]{3,}", text.lower())
        if w not in STOP_WORDS and w not in _MONTHS and w not in stop
    }


def topic_words(taxonomy: Taxonomy) -> frozenset[str]:
    """The words of actors' names, aliases and demonyms. Two events must share an actor anyway;
    what else they share must be the happening's own words ("Crimea", "semiconductors")."""
    out: set[str] = set()
    for a in taxonomy.actors:
        for phrase in (*a.aliases, *a.demonyms):
            # the name's own words, not the common ones around it ("Allied sanctions", "the X government")
            out.update(w.lower() for w in re.findall(r"\b[A-Z][A-Za-z-]{3,}", phrase))
    return frozenset(out)


def _both_days(a: str, b: str) -> bool:
    return len(a) == len(b) == 10 and _compatible(a, b)


def _compatible(a: str, b: str) -> bool:
    """Dates that may be one event's: one coarser by one step ("2014" and "March 2014"), or near days.

    A bare year never joins a day: "in 2022" is too vague to say it was the day another source gives.
    """
    if {len(a), len(b)} == {4, 10}:
        return False
    if a.startswith(b) or b.startswith(a):
        return True
    if len(a) == len(b) == 10:
        da, db = dt.date.fromisoformat(a), dt.date.fromisoformat(b)
        return abs((da - db).days) <= NEAR_DAYS
    return False


class _Groups:
    """Union-find over events, each group remembering the sources it holds."""

    def __init__(self, items: list):  # events or measures: anything with citations
        self.parent = list(range(len(items)))
        self.sources: list[set[str]] = [{c.source for c in e.citations} for e in items]

    def find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(self, i: int, j: int) -> bool:
        a, b = self.find(i), self.find(j)
        if a == b or self.sources[a] & self.sources[b]:
            return False  # one source never reports one event twice
        self.parent[b] = a
        self.sources[a] |= self.sources[b]
        return True


def merge(events: list[Event], stop: frozenset[str] = frozenset(), memo: dict | None = None) -> tuple[Event, ...]:
    """One entry per real-world event, ordered by date; input events each carry one citation.

    ``stop``: words too common in this brief to tell events apart (see ``topic_words``).
    Events are only ever merged within a year, so each year is merged on its own; ``memo``, kept
    by a long-lived caller (``mkdocs serve``), maps a year's events to their merge, so that an
    edit to one source merges again only the years its events are in.
    """
    by_year: dict[str, list[Event]] = defaultdict(list)
    for e in events:
        by_year[e.date[:4]].append(e)
    merged: list[Event] = []
    fresh: dict = {}
    for year_events in by_year.values():
        key, done = _recall(memo, stop, year_events)
        if done is None:
            done = _merge_year(year_events, stop)
        fresh[key] = (year_events, done)
        merged += done
    if memo is not None:
        memo.clear()  # only the current years: the memo stays the brief's size
        memo.update(fresh)
    return tuple(sorted(merged, key=lambda e: (e.date, e.id)))


def _recall(memo: dict | None, stop: frozenset[str], group: list) -> tuple[tuple, list | None]:
    """A group's merge from the memo, keyed by the identity of its entries (the cached annotations
    hand back the very same objects), checked to be those entries still. Hashing the entries
    themselves would hash every citation's sentence of the brief on every save."""
    key = (stop, tuple(map(id, group)))
    hit = memo.get(key) if memo is not None else None
    if hit is None or len(hit[0]) != len(group) or any(a is not b for a, b in zip(hit[0], group, strict=True)):
        return key, None
    return key, hit[1]


def _merge_year(events: list[Event], stop: frozenset[str]) -> list[Event]:
    groups = _Groups(events)
    idxs = list(range(len(events)))
    ev_words = [words(" ".join(c.quote for c in e.citations), stop) for e in events]
    index = _rare_word_index(idxs, ev_words)
    pairs = [
        (i, j)
        for i in idxs
        for j in _candidates(i, events, ev_words, index)
        if _compatible(events[i].date, events[j].date) and set(events[i].actors) & set(events[j].actors)
    ]
    # the same date first, near days last: a source joined to the next days' event could no
    # longer join its own day's (one source reports one event once)
    for i, j in sorted(pairs, key=lambda p: events[p[0]].date != events[p[1]].date):
        groups.join(i, j)
    members: dict[int, list[Event]] = defaultdict(list)
    for i, e in enumerate(events):
        members[groups.find(i)].append(e)
    return [_combine(g) for g in members.values()]


def _rare_word_index(idxs: list[int], ev_words: list[set[str]]) -> dict[str, list[int]]:
    """The events of one year by each word rare among them."""
    df = Counter(w for i in idxs for w in ev_words[i])
    # a word shared by many events of a year tells none apart; capping it keeps pairs linear
    limit = min(MAX_SHARED, max(MIN_RARE, math.floor(RARE_SHARE * len(idxs))))
    index: dict[str, list[int]] = defaultdict(list)
    for i in idxs:
        for w in ev_words[i]:
            if df[w] <= limit or len(idxs) <= 2:
                index[w].append(i)
    return index


def _candidates(i: int, events: list, ev_words: list[set[str]], index: dict[str, list[int]]) -> list[int]:
    """Later events of other sources sharing rare words with event ``i``: one for (nearly) the same
    day, two for coarser dates."""
    src = events[i].citations[0].source
    shared = Counter(j for w in ev_words[i] for j in index.get(w, ()) if j > i and events[j].citations[0].source != src)
    return sorted(j for j, n in shared.items() if n >= 2 or _both_days(events[i].date, events[j].date))


def _combine(group: list[Event]) -> Event:
    if len(group) == 1:
        return group[0]
    # the entry's date: the one most citations give, the more precise on a tie
    counts = Counter(e.date for e in group)
    date = max(counts, key=lambda d: (counts[d], len(d), d))
    first = min(group, key=lambda e: (e.date != date, e.citations[0].source))
    citations = []
    for e in sorted(group, key=lambda e: (e.citations[0].source, e.citations[0].anchor)):
        for c in e.citations:
            own = e.date if e.date != date else None  # each citation keeps its own source's date
            citations.append(Citation(c.source, c.anchor, c.quote, own))
    ids = tuple(sorted(e.id for e in group))
    return Event(
        # the id of its first report (in source order): it stays when later sources join the entry
        id=min(group, key=lambda e: (e.citations[0].source, e.id)).id,
        members=ids,
        date=date,
        precision=first.precision if first.date == date else ("day", "month", "year")[2 - date.count("-")],
        summary=first.summary,
        actors=tuple(dict.fromkeys(a for e in group for a in e.actors)),
        themes=tuple(dict.fromkeys(t for e in group for t in e.themes)),
        citations=tuple(citations),
        estimated=all(e.estimated for e in group),
        status=first.status,
        confidence=first.confidence,
    )


def measure_words(taxonomy: Taxonomy) -> frozenset[str]:
    """The words of the measure cues ("ban", "exports", "sanctions"): every report of a measure
    uses them, so they cannot tell two measures apart."""
    cues = [c for m in taxonomy.measure_types for c in m.cues] + list(taxonomy.generic_measure_cues)
    out = {w for c in cues for w in re.findall(r"[a-z][a-z-]{3,}", c.lower())}
    # their usual inflections too ("ban" -> "banned", "banning"; "export" -> "exports")
    return frozenset(out | {w + s for w in out for s in ("s", "ed", "ned", "ning", "ing")})


def merge_measures(
    measures: list[Sanction], stop: frozenset[str] = frozenset(), memo: dict | None = None
) -> tuple[Sanction, ...]:
    """One row per real measure: the same imposer and type, reported by different sources with
    dates that agree and two rare words in common, is one measure with all its citations.

    Undated measures are never merged: without a date, nothing says two reports are one act.
    Measures of one imposer and type are merged on their own (``memo``: as for ``merge``).
    """
    by_kind: dict[tuple[str, str], list[Sanction]] = defaultdict(list)
    for m in measures:
        # an undated measure is a group of its own, in input order among the others
        by_kind[(m.imposed_by, m.measure_type) if m.date else ("", m.id)].append(m)
    out: list[tuple[Sanction, Sanction]] = []  # (the group's first report, the merged measure)
    fresh: dict = {}
    for kind, group in by_kind.items():
        key, done = _recall(memo, stop, group)
        if done is None:
            done = _merge_kind(group, stop) if kind[0] else [(m, m) for m in group]
        fresh[key] = (group, done)
        out += done
    if memo is not None:
        memo.clear()
        memo.update(fresh)
    # in the order of each measure's first report, as the sources give them
    position: dict[int, int] = {}  # by identity: hashing a measure hashes all its citations
    for i, m in enumerate(measures):
        position.setdefault(id(m), i)
    return tuple(merged for _, merged in sorted(out, key=lambda pair: position[id(pair[0])]))


def _merge_kind(measures: list[Sanction], stop: frozenset[str]) -> list[tuple[Sanction, Sanction]]:
    groups = _Groups(measures)
    idxs = list(range(len(measures)))
    ms_words = [words(m.citations[0].quote, stop) for m in measures]
    index = _rare_word_index(idxs, ms_words)
    for i in idxs:
        for j in _candidates(i, measures, ms_words, index):
            a, b = measures[i], measures[j]
            # one act has one date: the same, or one a coarser form of the other (no near days)
            da, db = a.date or "", b.date or ""
            if db and (da.startswith(db) or db.startswith(da)):
                groups.join(i, j)
    members: dict[int, list[Sanction]] = defaultdict(list)
    for i, m in enumerate(measures):
        members[groups.find(i)].append(m)
    return [(g[0], _combine_measure(g)) for g in members.values()]


def _combine_measure(group: list[Sanction]) -> Sanction:
    if len(group) == 1:
        return group[0]
    counts = Counter(m.date for m in group)
    date = max(counts, key=lambda d: (counts[d], len(d or ""), d or ""))
    first = min(group, key=lambda m: (m.date != date, m.citations[0].source))
    citations = []
    for m in sorted(group, key=lambda m: (m.citations[0].source, m.citations[0].anchor)):
        for c in m.citations:
            citations.append(Citation(c.source, c.anchor, c.quote, m.date if m.date != date else None))
    ids = tuple(sorted(m.id for m in group))
    return replace(
        first,
        id=min(group, key=lambda m: (m.citations[0].source, m.id)).id,
        members=ids,
        date=date,
        precision=first.precision if first.date == date else ("day", "month", "year")[2 - (date or "").count("-")],
        target_actors=tuple(dict.fromkeys(a for m in group for a in m.target_actors)),
        citations=tuple(citations),
    )
