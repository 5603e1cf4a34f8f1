"""Cue phrases (theme and measure-type signals): whole-word, case-insensitive, ``*`` for any ending.

A cue is a few words: ``word*`` matches any ending, ``…`` a gap of up to six words within one clause, ``#`` a
number. Matching is one Aho-Corasick pass over the lower-cased text for every cue's first word,
then an anchored regular expression only where such a word starts: a single alternation of all
cues would be tried at every character and costs a hundred times more on long texts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import ahocorasick


@dataclass(frozen=True)
class CueHit:
    key: str  # the theme or measure-type id
    start: int
    end: int
    # where a gap cue's last words begin ("ban* … imports": "imports"), -1 for a cue with no gap;
    # what the gap holds may name whom the measure hits
    tail: int = -1

    def shifted(self, by: int) -> CueHit:
        """The same hit with its offsets moved by ``by`` (into a sentence's own offsets)."""
        return CueHit(self.key, self.start + by, self.end + by, self.tail + by if self.tail >= 0 else -1)


# "…" in a cue: up to six words within one clause (no ";", ":" or bracket, no relative clause)
# (a word in the gap may be a short gloss in brackets, "the Rossiya Segodnya (Sputnik) office", or an
# aside between dashes, "exports to Sylvania — to its two ports — were banned": the clause goes on after it)
_GAP = (
    r"(?:[\s-]+(?!(?:which|who|whom|whose|that|where|when)\b)"
    r"(?:[^\s;:()]+|\([^\s;:()]{1,24}\)|[—–]\s[^—–;:()]{1,80}?\s[—–])){0,6}?[\s-]+"
)


# quotation marks may stand between a cue's words ("a ‘no fly zone’ on flights")
_QUOTE = "[\"'‘’“”]?"
_SEPARATOR = rf"{_QUOTE}[\s-]+{_QUOTE}"


def _pattern(cue: str) -> str:
    """A cue's regex. ``*`` after a word: any ending; ``…``: a gap of up to six words within one clause; ``#``: a number."""
    out = []
    for i, word in enumerate(cue.split()):
        if word == "…":
            out.append(_GAP)
            continue
        if i and out[-1] != _GAP:
            out.append(_SEPARATOR)
        elif i:
            out.append(_QUOTE)
        wild = word.endswith("*") and len(word) > 1
        word = word.rstrip("*") if wild else word
        if word == "#":
            out.append(r"[\d,.]+")
        else:
            # an apostrophe of either kind matches the other; a hyphen matches a space ("no-fly", "no fly")
            out.append(re.sub(r"\\-", r"[\\s-]", re.sub("['’]", "['’]", re.escape(word))))
        out.append(r"\w*" if wild else r"(?!\w)")
    return "".join(out)


_AND = re.compile(r"\s(?:and|as\s+well\s+as)\s", re.I)


def _first_literal(cue: str) -> str | None:
    """The lower-cased literal start of a cue's first word, where matching can begin."""
    first = cue.split()[0]
    if first in ("…", "#"):
        return None
    literal = first.rstrip("*").lower()
    # an apostrophe may be written either way, a hyphen as a space: start matching before it
    return re.split(r"['’-]", literal)[0] or None


class CueMatcher:
    """All cues of a vocabulary, matched leftmost and longest-cue-first, without overlaps."""

    def __init__(self, cues: dict[str, tuple[str, ...]]):
        # a cue may serve several keys ("trade ban" is both an import and an export ban)
        by_cue: dict[str, list[str]] = {}
        for key, cs in cues.items():
            for c in cs:
                if c.split():
                    by_cue.setdefault(c.lower(), []).append(key)
        # longest first, so that "asset freeze" wins over "freeze" where both start
        self._cues = sorted(by_cue.items(), key=lambda x: (-len(x[0]), x[0]))
        self._automaton = ahocorasick.Automaton()
        self._unanchored: list[int] = []
        starts: dict[str, list[int]] = {}
        for i, (cue, _) in enumerate(self._cues):
            lit = _first_literal(cue)
            if lit is None:
                self._unanchored.append(i)
            else:
                starts.setdefault(lit, []).append(i)
        # the cues a first word starts, as one alternation in cue order: its first alternative
        # to match is the cue that wins there (longest first), found by one match, not one per cue
        for lit, idxs in starts.items():
            alternation = re.compile("|".join(f"(?P<c{i}>{_pattern(self._cues[i][0])})" for i in idxs), re.I)
            self._automaton.add_word(lit, (len(lit), alternation))
        self._empty = not starts
        if not self._empty:
            self._automaton.make_automaton()
        # the same cues as one alternation: the reference the fast path must agree with, and the
        # path for text whose lower-casing changes its length (offsets would not line up)
        parts = [f"(?P<c{i}>{_pattern(c)})" for i, (c, _) in enumerate(self._cues)]
        self._rx = re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")", re.I) if parts else None
        self._single: dict[int, re.Pattern[str]] = {}
        self._tails: dict[int, re.Pattern[str]] = {}
        # the other cues that start with the same word: the shorter cues a gap cue may hold
        self._same_start = {i: [j for j in idxs if j != i] for idxs in starts.values() for i in idxs}

    def find(self, text: str) -> list[CueHit]:
        if self._rx is None:
            return []
        lower = text.lower()
        if self._unanchored or len(lower) != len(text):
            return self.find_slow(text)
        candidates: list[tuple[int, int, int]] = []  # (start, cue order, end)
        if not self._empty:
            for end_index, (length, alternation) in self._automaton.iter(lower):
                start = end_index - length + 1
                if start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
                    continue
                m = alternation.match(text, start)
                if m:
                    candidates.append((start, int((m.lastgroup or "c0")[1:]), m.end()))
        candidates.sort()
        kept: list[tuple[int, int, int]] = []
        last_end = -1
        for start, i, end in candidates:
            if start < last_end:
                continue
            if kept and kept[-1][0] == start:
                continue  # a longer cue already matched here
            last_end = end
            kept.append((start, i, end))
        return self._hits(text, kept)

    def find_slow(self, text: str) -> list[CueHit]:
        """One regular expression over the text: slower, exact for any text."""
        if self._rx is None:
            return []
        return self._hits(text, [(m.start(), int((m.lastgroup or "c0")[1:]), m.end()) for m in self._rx.finditer(text)])

    def _hits(self, text: str, matches: list[tuple[int, int, int]]) -> list[CueHit]:
        out: list[CueHit] = []
        for start, i, end in matches:
            for s, j, e in self._split_coordinated(text, start, i, end):
                tail = self._tail(j).search(text, s, e) if "…" in self._cues[j][0] else None
                out.extend(CueHit(k, s, e, tail.start() if tail else -1) for k in self._cues[j][1])
        return out

    def _split_coordinated(self, text: str, start: int, i: int, end: int) -> list[tuple[int, int, int]]:
        """One verb with two objects, each a cue of its own kind ("cut diplomatic relations and
        trade ties"): a cue with a gap that spans "and" gives way, before it, to the shorter cue
        its gap holds, and keeps its own last words after it; otherwise the match as it is."""
        cue, keys = self._cues[i]
        conj = _AND.search(text, start, end)
        if "…" not in cue or conj is None:
            return [(start, i, end)]
        own = self._tail(i).search(text, conj.end(), end)
        if own is None:
            return [(start, i, end)]
        for j in self._same_start.get(i, ()):
            if self._cues[j][1] == keys:
                continue
            m = self._one(j).match(text, start)
            if m and m.end() <= conj.start():
                return [(start, j, m.end()), (own.start(), i, end)]
        return [(start, i, end)]

    def _tail(self, i: int) -> re.Pattern[str]:
        """A gap cue's words after its last gap, as they end its match."""
        rx = self._tails.get(i)
        if rx is None:
            rx = self._tails[i] = re.compile(_pattern(self._cues[i][0].split("…")[-1].strip()) + r"$", re.I)
        return rx

    def _one(self, i: int) -> re.Pattern[str]:
        rx = self._single.get(i)
        if rx is None:
            rx = self._single[i] = re.compile(_pattern(self._cues[i][0]), re.I)
        return rx
