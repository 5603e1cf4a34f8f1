"""Upkeep help: capitalised names in the sources that the taxonomy does not know yet."""

from __future__ import annotations

import re
from collections import Counter

from .actors import ActorMatcher
from .annotate import NARRATIVE
from .lexicon import CAPITALISED_COMMON, MONTHS, WEEKDAYS
from .model import Source, Taxonomy
from .segment import blocks

# a run of capitalised words, allowing joiners inside ("Bank of Freedonia", "Novak-Horak")
_NAME = re.compile(r"\b[A-Z][\w’'-]*(?:\s+(?:(?:of|the|de|von|al)\s+)?[A-Z][\w’'-]*)*")


def unknown_names(taxonomy: Taxonomy, sources: tuple[Source, ...]) -> list[tuple[str, int, str]]:
    """(name, count, first source id), most frequent first, of names no alias or not_actors covers."""
    matcher = ActorMatcher(taxonomy)
    skip = set(CAPITALISED_COMMON) | set(taxonomy.demonyms)
    skip |= {m.capitalize() for m in MONTHS} | {d.capitalize() for d in WEEKDAYS}
    counts: Counter[str] = Counter()
    first: dict[str, str] = {}
    for src in sources:
        for b in blocks(src.text, taxonomy.byline_labels):
            if b.kind not in NARRATIVE:
                continue
            covered = [(m.start, m.end) for m in matcher.find(b.text)]
            for m in _NAME.finditer(b.text):
                if any(s <= m.start() < e for s, e in covered):
                    continue
                words = [w for w in m.group(0).split() if w not in skip]
                name = " ".join(words).strip(" -’'")
                if len(name) < 3 or name in skip or not name[0].isupper():
                    continue
                counts[name] += 1
                first.setdefault(name, src.id)
    return [(n, c, first[n]) for n, c in sorted(counts.items(), key=lambda x: (-x[1], x[0]))]
