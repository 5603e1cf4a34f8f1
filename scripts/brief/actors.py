"""Find the taxonomy's actors in text: one Aho-Corasick pass over each text for every alias."""

from __future__ import annotations

import re

import ahocorasick

from .model import Mention, Taxonomy


def _surface_forms(alias: str) -> set[str]:
    """The alias as written, and capitalised where a sentence starts with it ("the Palace")."""
    forms = {alias}
    if alias[:1].islower():
        forms.add(alias[0].upper() + alias[1:])
    return forms


# what a demonym before it makes the country itself: "the Freedonian government", "Sylvanian authorities"
GOVERNMENT_NOUNS = ("government", "Government", "governments", "authorities", "administration", "cabinet", "officials")


def _government_forms(demonyms: tuple[str, ...]) -> list[str]:
    return [f"{article}{d} {noun}" for d in demonyms for noun in GOVERNMENT_NOUNS for article in ("the ", "")]


def _case_variants(actor) -> list[str]:
    """A person's name as some outlets print it: in capitals, or family name first ("NOVAK Ada")."""
    if actor.kind != "person":
        return []
    out = [a.upper() for a in actor.aliases if len(a) > 3]
    words = actor.name.split()
    if len(words) == 2:
        first, last = words
        out += [f"{last.upper()} {first}", f"{last} {first}"]
    return out


class ActorMatcher:
    """Leftmost-longest matching of every alias at once; ``not_actors`` phrases win and name no one."""

    def __init__(self, taxonomy: Taxonomy):
        self._automaton = ahocorasick.Automaton()
        entries: dict[str, str | None] = {}
        for phrase in taxonomy.not_actors:
            for form in _surface_forms(phrase):
                entries[form] = None
        for actor in taxonomy.actors:
            for alias in (*actor.aliases, *_government_forms(actor.demonyms), *_case_variants(actor)):
                for form in _surface_forms(alias):
                    entries.setdefault(form, actor.name)
        for form, name in entries.items():
            self._automaton.add_word(form, (len(form), name))
        self._demonyms = dict(taxonomy.demonyms)
        self._coordinated = None
        if self._demonyms:
            alt = "|".join(re.escape(d) for d in sorted(self._demonyms, key=len, reverse=True))
            nouns = "|".join(GOVERNMENT_NOUNS)
            self._coordinated = re.compile(rf"\b(?P<a>{alt}),?\s+and\s+(?P<b>{alt})\s+(?:{nouns})\b")
        self.empty = not entries
        if not self.empty:
            self._automaton.make_automaton()

    def find(self, text: str) -> tuple[Mention, ...]:
        if self.empty:
            return ()
        found = self._find(text)
        # the pattern is a long alternation tried at every character: only where it can match
        if self._coordinated is not None and " and " in text and any(n in text for n in GOVERNMENT_NOUNS):
            found = self._add_coordinated(text, found)
        return found

    def _add_coordinated(self, text: str, found: tuple[Mention, ...]) -> tuple[Mention, ...]:
        """ "the Freedonian and Sylvanian governments": each demonym of the pair names its country."""
        extra = []
        taken = [(m.start, m.end) for m in found]
        coordinated = self._coordinated
        if coordinated is None:
            return found
        for m in coordinated.finditer(text):
            for g in ("a", "b"):
                start, end = m.span(g)
                if not any(s <= start < e for s, e in taken):
                    extra.append(Mention(self._demonyms[m.group(g)], start, end, m.group(g)))
        return tuple(sorted((*found, *extra), key=lambda x: x.start)) if extra else found

    def _find(self, text: str) -> tuple[Mention, ...]:
        candidates = []
        n = len(text)
        for end_index, (length, name) in self._automaton.iter(text):
            start, end = end_index - length + 1, end_index + 1
            # whole words only: "Sylvania" is not in "Sylvanian", but is in "Sylvania's" and "Freedonia-Sylvania"
            if start > 0 and text[start - 1].isalnum():
                continue
            if end < n and text[end].isalnum():
                continue
            candidates.append((start, -length, end, name))
        candidates.sort()
        out: list[Mention] = []
        last_end = -1
        for start, _neg, end, name in candidates:
            if start < last_end:
                continue
            last_end = end
            if name is not None:
                out.append(Mention(name, start, end, text[start:end]))
        return tuple(out)
