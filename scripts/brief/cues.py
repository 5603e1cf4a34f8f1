"""Cue phrases (theme and measure-type signals): whole-word, case-insensitive, ``*`` for any ending."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class CueHit:
    key: str  # the theme or measure-type id
    start: int
    end: int


class CueMatcher:
    """One compiled alternation per vocabulary, matched in a single pass over a text."""

    def __init__(self, cues: dict[str, tuple[str, ...]]):
        self._keys: dict[str, tuple[str, ...]] = {}
        parts = []
        # longest first, so that "asset freeze" wins over "freeze"
        # a cue may serve several keys ("trade ban" is both an import and an export ban)
        by_cue: dict[str, list[str]] = {}
        for key, cs in cues.items():
            for c in cs:
                by_cue.setdefault(c.lower(), []).append(key)
        items = sorted(by_cue.items(), key=lambda x: (-len(x[0]), x[0]))
        for i, (cue, keys) in enumerate(items):
            group = f"c{i}"
            self._keys[group] = tuple(keys)
            parts.append(f"(?P<{group}>{_pattern(cue)})")
        self._rx = re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")", re.I) if parts else None

    def find(self, text: str) -> list[CueHit]:
        if self._rx is None:
            return []
        return [CueHit(k, m.start(), m.end()) for m in self._rx.finditer(text) for k in self._keys[m.lastgroup]]


_GAP = r"(?:[\s-]+\S+){0,4}?[\s-]+"  # "…" in a cue: up to four words of anything


def _pattern(cue: str) -> str:
    """A cue's regex. ``*`` after a word: any ending; ``…``: a gap of up to four words; ``#``: a number."""
    out = []
    for i, word in enumerate(cue.split()):
        if word == "…":
            out.append(_GAP)
            continue
        if i and out[-1] != _GAP:
            out.append(r"[\s-]+")
        wild = word.endswith("*") and len(word) > 1
        word = word.rstrip("*") if wild else word
        if word == "#":
            out.append(r"[\d,.]+")
        else:
            # an apostrophe of either kind matches the other
            out.append(re.escape(word).replace("'", "['’]").replace("’", "['’]"))
        out.append(r"\w*" if wild else r"(?!\w)")
    return "".join(out)
