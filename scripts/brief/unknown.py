"""Upkeep help: names in the sources that the taxonomy does not know yet, with a suggested kind.

A run of capitalised words is a candidate where no alias covers it; a single word the sources
also use in lower case ("There", "From") is none, and headlines are left out. The kind is
suggested by the same finders the annotator uses for unknown actors: a title before a name
makes a person, a head noun an organisation; anything else is left for the curator to judge.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .actors import ActorMatcher
from .lexicon import CAPITALISED_COMMON, MONTHS, ORGANISATION_HEADS, WEEKDAYS
from .model import Source, Taxonomy
from .organisations import named_organisations
from .people import titled_people
from .segment import blocks

# a run of capitalised words, allowing joiners inside ("Bank of Freedonia", "Novak-Horak")
_NAME = re.compile(r"\b[A-Z][\w’'-]*(?:\s+(?:(?:of|the|de|von|al)\s+)?[A-Z][\w’'-]*)*")
_POSSESSIVE = re.compile(r"['’]s$")
PROSE = ("paragraph", "item", "caption")


@dataclass(frozen=True)
class Unknown:
    name: str
    count: int
    kind: str  # person | organisation | ? (a place, a project, an event: the curator decides)
    example: str  # the first source naming it


def unknown_names(taxonomy: Taxonomy, sources: tuple[Source, ...]) -> list[Unknown]:
    """Every name no alias or not_actors phrase covers, most frequent first."""
    matcher = ActorMatcher(taxonomy)
    skip = set(CAPITALISED_COMMON) | set(taxonomy.demonyms)
    skip |= {m.capitalize() for m in MONTHS} | {d.capitalize() for d in WEEKDAYS}
    texts = [(src.id, b.text) for src in sources for b in blocks(src.text, taxonomy.byline_labels) if b.kind in PROSE]
    lower = {w for _, t in texts for w in re.findall(r"\b[a-z][\w-]+", t)}
    counts: Counter[str] = Counter()
    first: dict[str, str] = {}
    kinds: dict[str, str] = {}
    for sid, text in texts:
        known = matcher.find(text)
        for name in _candidates(text, [(m.start, m.end) for m in known], skip, lower):
            counts[name] += 1
            first.setdefault(name, sid)
        for m in titled_people(text, known):
            kinds.setdefault(m.actor, "person")
        for m in named_organisations(text, known):
            kinds.setdefault(m.surface, "organisation")
    out = []
    for name, n in sorted(counts.items(), key=lambda x: (-x[1], x[0])):
        kind = kinds.get(name) or ("organisation" if name.split()[-1] in ORGANISATION_HEADS else "?")
        out.append(Unknown(name, n, kind, first[name]))
    return out


def _candidates(text: str, covered: list[tuple[int, int]], skip: set[str], lower: set[str]):
    """Each run of capitalised words outside the spans known aliases cover."""
    for m in _NAME.finditer(text):
        words: list[str] = []
        for w in re.finditer(r"\S+", m.group(0)):
            start = m.start() + w.start()
            if any(s <= start < e for s, e in covered):
                yield from _named(words, skip, lower)
                words = []
                continue
            words.append(_POSSESSIVE.sub("", w.group(0)))
        yield from _named(words, skip, lower)


def _named(words: list[str], skip: set[str], lower: set[str]):
    kept = [w for w in words if w not in skip]
    while kept and kept[-1] in ("of", "the", "de", "von", "al"):
        kept.pop()
    name = " ".join(kept).strip(" -’'")
    if len(name) < 3 or not name[0].isupper():
        return
    if " " not in name and (name.lower() in lower or name.endswith("ing")):
        return  # a common word or a participle opening a sentence names no one
    yield name
