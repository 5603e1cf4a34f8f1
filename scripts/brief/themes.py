"""Which themes an article substantially discusses (annotation guide, section 2.3).

A theme counts when the headline or lede states it, when a paragraph is mostly about it, or when
at least two separate passages take it up. One passing word is not enough.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from .cues import CueMatcher
from .model import Block, Taxonomy

LEDE_BLOCKS = 1  # the first paragraph of an article (its lede) states its main themes
PASSAGES = 2  # separate paragraphs needed otherwise
MOSTLY = 0.6  # share of a paragraph's sentences that makes it "about" a theme
DWELLS = 3  # cue words in one paragraph that make it dwell on a theme
_STANDFIRST = re.compile(r"^\s*(\*\*|\*|__|_)[^*_].*\1\s*$", re.S)


def theme_matcher(taxonomy: Taxonomy) -> CueMatcher:
    return CueMatcher({t.id: t.cues for t in taxonomy.themes})


def sentence_themes(matcher: CueMatcher, text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(h.key for h in matcher.find(text)))


def assign(
    matcher: CueMatcher, title: str | None, blocks: tuple[Block, ...], order: tuple[str, ...]
) -> tuple[str, ...]:
    """The themes of one article, in the taxonomy's order."""
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
        per_sentence = [set(h.key for h in matcher.find(s.text)) for s in b.sentences]
        counts: dict[str, int] = defaultdict(int)
        for keys in per_sentence:
            for k in keys:
                counts[k] += 1
                passages[k].add(i)
        for k, c in counts.items():
            if i in lede and c >= 1 and _lede_statement(b, k, matcher):
                strong.add(k)
            if c >= 2 and c / max(1, len(per_sentence)) >= MOSTLY:
                strong.add(k)
        # a paragraph that keeps coming back to a theme dwells on it
        for k, n in Counter(h.key for h in matcher.find(b.text)).items():
            if n >= DWELLS:
                strong.add(k)
    chosen = strong | {k for k, ps in passages.items() if len(ps) >= PASSAGES}
    return tuple(t for t in order if t in chosen)


def _lede_statement(block: Block, key: str, matcher: CueMatcher) -> bool:
    """The lede states a theme when its first sentence carries it."""
    return bool(block.sentences) and any(h.key == key for h in matcher.find(block.sentences[0].text))
