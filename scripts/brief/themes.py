"""Which themes an article substantially discusses (annotation guide, section 2.3).

A theme counts when the headline or lede states it, when a paragraph is mostly about it, or when
at least two separate passages take it up. One passing word is not enough.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter, defaultdict

from .cues import CueHit, CueMatcher
from .lexicon import MEASURE_NOUNS
from .model import Block, Taxonomy

LEDE_BLOCKS = 1  # the first paragraph of an article (its lede) states its main themes
PASSAGES = 2  # separate paragraphs needed otherwise
MOSTLY = 0.6  # share of a paragraph's sentences that makes it "about" a theme
DWELLS = 3  # cue words in one paragraph that make it dwell on a theme
_STANDFIRST = re.compile(r"^\s*(\*\*|\*|__|_)[^*_].*\1\s*$", re.S)


def theme_matcher(taxonomy: Taxonomy) -> CueMatcher:
    return CueMatcher({t.id: t.cues for t in taxonomy.themes})


def assign(
    matcher: CueMatcher,
    title: str | None,
    blocks: tuple[Block, ...],
    order: tuple[str, ...],
    hits: dict[int, list] | None = None,
) -> tuple[str, ...]:
    """The themes of one article, in the taxonomy's order (``hits``: cue hits by block, if known)."""
    passages: dict[str, set[int]] = defaultdict(set)
    strong: set[str] = set()
    if title:
        strong.update(h.key for h in matcher.find(title))
    prose = [i for i, b in enumerate(blocks) if b.kind in ("paragraph", "item", "caption")]
    lede = set(prose[:LEDE_BLOCKS])
    # a standfirst (a wholly emphasised opening paragraph) comes before the lede, not instead of it
    if prose and _STANDFIRST.match(blocks[prose[0]].text):
        lede = set(prose[: LEDE_BLOCKS + 1])
    for i in prose:
        b = blocks[i]
        b_hits = hits[i] if hits is not None and i in hits else matcher.find(b.text)
        b_hits = [h for h in b_hits if not names_a_measure_kind(b.text, h)]
        per_sentence = _keys_by_sentence(b_hits, b.sentences)
        for keys in per_sentence:
            for k in keys:
                passages[k].add(i)
        strong |= _substantial(per_sentence, b_hits, i in lede)
    chosen = strong | {k for k, ps in passages.items() if len(ps) >= PASSAGES}
    return tuple(t for t in order if t in chosen)


_ADJECTIVE = re.compile(r"\w+(?:ic|al)$", re.I)
_KIND_OF_MEASURE = re.compile(rf"(?:,?\s+(?:and|or)\s+\w+(?:ic|al))*\s+(?:{'|'.join(MEASURE_NOUNS)})\b", re.I)


def names_a_measure_kind(text: str, hit: CueHit) -> bool:
    """An adjective cue before a measure's noun ("economic sanctions", "economic and diplomatic
    measures") names the kind of measure: it is the sanctions theme's evidence, not its own."""
    return bool(_ADJECTIVE.search(text, hit.start, hit.end)) and _KIND_OF_MEASURE.match(text, hit.end) is not None


def _substantial(per_sentence: list[set[str]], hits: list, in_lede: bool) -> set[str]:
    """The themes one paragraph discusses substantially (the guide): stated by the lede's first
    sentence, in most of its sentences, or come back to again and again."""
    out: set[str] = set()
    counts = Counter(k for keys in per_sentence for k in keys)
    for k, c in counts.items():
        if in_lede and per_sentence and k in per_sentence[0]:
            out.add(k)  # the lede's first sentence states it
        if c >= 2 and c / max(1, len(per_sentence)) >= MOSTLY:
            out.add(k)
    # a paragraph that keeps coming back to a theme dwells on it
    out.update(k for k, n in Counter(h.key for h in hits).items() if n >= DWELLS)
    return out


def _keys_by_sentence(hits, sentences) -> list[set[str]]:
    """The cue keys of each sentence: hits taken by position in one pass (linear, not hits × sentences)."""
    ordered = sorted(hits, key=lambda h: h.start)
    starts = [h.start for h in ordered]
    return [
        {h.key for h in ordered[bisect_left(starts, s.start) : bisect_left(starts, s.start + len(s.text))]}
        for s in sentences
    ]
