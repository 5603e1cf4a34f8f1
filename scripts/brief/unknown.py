"""Upkeep help: capitalised names in the sources that the taxonomy does not know yet."""

from __future__ import annotations

import re
from collections import Counter

from .actors import ActorMatcher
from .annotate import NARRATIVE
from .dates import MONTHS, WEEKDAYS
from .model import Source, Taxonomy
from .segment import blocks

# a run of capitalised words, allowing joiners inside ("Bank of Russia", "Lvova-Belova")
_NAME = re.compile(r"\b[A-Z][\w’'-]*(?:\s+(?:(?:of|the|de|von|al)\s+)?[A-Z][\w’'-]*)*")
_COMMON = {
    "The",
    "A",
    "An",
    "In",
    "On",
    "At",
    "As",
    "It",
    "He",
    "She",
    "They",
    "We",
    "This",
    "That",
    "These",
    "But",
    "And",
    "However",
    "According",
    "Also",
    "For",
    "With",
    "After",
    "Before",
    "Since",
    "While",
    "When",
    "Moreover",
    "Furthermore",
    "Finally",
    "Meanwhile",
    "Although",
    "Because",
    "Therefore",
    "Indeed",
    "If",
    "So",
    "Thus",
    "Japanese",
    "Russian",
    "Ukrainian",
    "Chinese",
    "American",
    "Western",
    "European",
    "Prime",
    "Minister",
    "President",
    "Foreign",
}


def unknown_names(taxonomy: Taxonomy, sources: tuple[Source, ...]) -> list[tuple[str, int, str]]:
    """(name, count, first source id), most frequent first, of names no alias or not_actors covers."""
    matcher = ActorMatcher(taxonomy)
    skip = _COMMON | {m.capitalize() for m in MONTHS} | {d.capitalize() for d in WEEKDAYS}
    counts: Counter[str] = Counter()
    first: dict[str, str] = {}
    for src in sources:
        for b in blocks(src.text):
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
