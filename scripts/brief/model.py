"""Plain, immutable data passed between the pipeline's stages.

load -> segment -> annotate -> extract -> merge -> render; every stage takes and returns these.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from typing import TypeVar

_T = TypeVar("_T")

PRECISIONS = ("year", "month", "day")
ACTOR_KINDS = ("person", "country", "organisation", "other")


def evolve(obj: _T, **changes: object) -> _T:
    """``dataclasses.replace`` for the plain frozen dataclasses the annotator's state is made of,
    without its per-call field introspection (it is called several times per sentence). Only
    for classes with no ``__post_init__`` and no slots: the copy skips ``__init__``."""
    new = object.__new__(type(obj))
    new.__dict__.update(obj.__dict__)
    new.__dict__.update(changes)
    return new


# ------------------------------------------------------------------ knowledge (taxonomy)


@dataclass(frozen=True)
class Actor:
    name: str
    kind: str
    aliases: tuple[str, ...]
    # the country a person or body acts for: a sanction "by the prime minister" is imposed by the country
    country: str | None = None
    description: str = ""
    # the adjectives of a country's people ("Freedonian"): "the Freedonian government" is the country, and
    # "Freedonian officials" are a party a measure can hit, though neither is an alias
    demonyms: tuple[str, ...] = ()
    # whether it can impose a measure: people, countries and bodies can; other actors (places,
    # projects) only when the taxonomy says so (a collective such as "the West")
    can_impose: bool = True


@dataclass(frozen=True)
class Theme:
    id: str
    label: str
    cues: tuple[str, ...]
    description: str = ""


@dataclass(frozen=True)
class MeasureType:
    id: str
    label: str
    cues: tuple[str, ...]
    description: str = ""
    # a measure of one of these types whose target matches one of ``target_cues`` is of this type
    # instead: the guide's "an asset freeze on banks is financial"
    takes_over: tuple[str, ...] = ()
    target_cues: tuple[str, ...] = ()
    # a measure of this type whose cue names another country's goods ("limits on Sylvanian
    # exports") is of this other type: what another country sends, the imposer keeps out
    of_others_goods: str = ""


@dataclass(frozen=True)
class KnownDate:
    """A phrase that names a date by general knowledge ("the end of World War II" -> 1945)."""

    phrase: str
    date: str


@dataclass(frozen=True)
class Taxonomy:
    path: str
    actors: tuple[Actor, ...]
    themes: tuple[Theme, ...]
    measure_types: tuple[MeasureType, ...]
    # phrases that contain an alias but name no actor ("Fredville Tractor Plant" is not Freedonia)
    not_actors: tuple[str, ...] = ()
    known_dates: tuple[KnownDate, ...] = ()
    # the theme every article with an extracted measure carries (None: no such theme)
    sanctions_theme: str | None = None
    # unnamed measures ("imposed sanctions on ...") are of this type when an act of imposing them is dated
    generic_measure_type: str | None = None
    generic_measure_cues: tuple[str, ...] = ()
    # the labels of byline and page-furniture lines, in the languages the sources come in
    byline_labels: tuple[str, ...] = ()
    # the key of content a build depends on: annotation caches are keyed by it
    digest: str = ""

    def actor(self, name: str) -> Actor | None:
        return self._by_name.get(name)

    def kind_of(self, name: str) -> str:
        """The kind of the named actor ("none" for a name the taxonomy does not hold)."""
        actor = self._by_name.get(name)
        return actor.kind if actor is not None else "none"

    def measure_type(self, type_id: str) -> MeasureType | None:
        return self._types.get(type_id)

    @functools.cached_property
    def _types(self) -> dict[str, MeasureType]:
        return {m.id: m for m in self.measure_types}

    @functools.cached_property
    def _by_name(self) -> dict[str, Actor]:
        return {a.name: a for a in self.actors}

    def country_in_name(self, name: str) -> str | None:
        """The one country an organisation's name names ("Council of the Freedonian Union",
        "the Sylvanian Trade Ministry"), by the taxonomy's country aliases and demonyms; None when
        it names none or several."""
        memo = self._country_in_name
        if name not in memo:
            names = self._country_names
            found = {names[m.group(0)] for m in self._country_pattern.finditer(name)} if names else set()
            memo[name] = found.pop() if len(found) == 1 else None
        return memo[name]

    @functools.cached_property
    def _country_in_name(self) -> dict[str, str | None]:
        return {}

    @functools.cached_property
    def _country_names(self) -> dict[str, str]:
        return {w: a.name for a in self.actors if a.kind == "country" for w in (*a.aliases, *a.demonyms, a.name)}

    @functools.cached_property
    def _country_pattern(self) -> re.Pattern[str]:
        words = sorted(self._country_names, key=len, reverse=True)
        return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)")

    @functools.cached_property
    def demonyms(self) -> dict[str, str]:
        """Each demonym and the actor whose people it names."""
        return {d: a.name for a in self.actors for d in a.demonyms}


# ------------------------------------------------------------------ sources


@dataclass(frozen=True)
class Source:
    id: str
    path: str  # relative to the project root, with forward slashes
    title: str | None
    outlet: str | None
    authors: tuple[str, ...]
    translator: str | None
    published: str  # YYYY, YYYY-MM or YYYY-MM-DD
    precision: str
    estimated: bool
    language: str
    original_language: str | None
    url: str | None
    text: str
    body_line: int = 1  # the file line the text starts on, for messages
    notes: str | None = None

    @property
    def display_title(self) -> str:
        if self.title:
            return self.title
        outlet = self.outlet or "unknown outlet"
        return f"Untitled article ({outlet}, {self.published})"


# ------------------------------------------------------------------ segmentation


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int  # offset in the block text


@dataclass(frozen=True)
class Block:
    """A paragraph, heading, list item or reference of a source, in reading order."""

    kind: str  # paragraph | heading | item | reference | rule | meta
    text: str
    anchor: str
    line: int
    level: int = 0  # heading level
    sentences: tuple[Sentence, ...] = ()


# ------------------------------------------------------------------ annotations


@dataclass(frozen=True)
class Mention:
    """An actor named in a block, at [start, end) of the block text."""

    actor: str
    start: int
    end: int
    surface: str


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    surface: str
    date: str  # ISO at its precision
    precision: str
    confidence: str = "high"  # high | medium | low
    prospective: bool = False
    relative: bool = False  # resolved against the publication date (so estimated when that is)


@dataclass(frozen=True)
class Citation:
    source: str
    anchor: str
    quote: str
    date: str | None = None  # set when this source's date differs from the entry's


@dataclass(frozen=True)
class Event:
    id: str
    date: str
    precision: str
    summary: str
    actors: tuple[str, ...]
    themes: tuple[str, ...]
    citations: tuple[Citation, ...]
    estimated: bool = False
    status: str = "occurred"  # occurred | announced | planned | reported-prospect
    confidence: str = "high"  # low | medium | high: how the date was resolved
    review: str = "machine"  # machine | confirmed | corrected | added (sources/review.yml)
    members: tuple[str, ...] = ()  # a merged entry: the ids of the reports it merges


@dataclass(frozen=True)
class Sanction:
    id: str
    date: str | None
    precision: str | None
    imposed_by: str
    target: str
    target_actors: tuple[str, ...]
    measure_type: str
    status: str
    summary: str
    citations: tuple[Citation, ...]
    confidence: str = "medium"  # low | medium | high: how the date was resolved, and which rule fired
    review: str = "machine"  # machine | confirmed | corrected | added (sources/review.yml)
    members: tuple[str, ...] = ()  # a merged row: the ids of the reports it merges


@dataclass(frozen=True)
class AnnotatedBlock:
    block: Block
    mentions: tuple[Mention, ...]
    dates: tuple[DateMention, ...]


@dataclass(frozen=True)
class AnnotatedSource:
    source: Source
    blocks: tuple[AnnotatedBlock, ...]
    actors: tuple[str, ...]
    themes: tuple[str, ...]
    dates: tuple[str, ...]
    events: tuple[Event, ...]
    sanctions: tuple[Sanction, ...]
    # the annotated text rendered as page Markdown; once it is, blocks and text are dropped, so
    # that a cached source is small (see build.compact)
    body: bytes = b""  # UTF-8: a big brief holds thousands of these through the build
    mentions: tuple[int, ...] = ()  # how often each of ``actors`` is named, in the same order


@dataclass(frozen=True)
class Intro:
    """The researcher's introduction to the brief, the top of its home page."""

    title: str
    markdown: str


@dataclass(frozen=True)
class Brief:
    """Everything a build renders: the annotated sources and what was merged across them."""

    taxonomy: Taxonomy
    sources: tuple[AnnotatedSource, ...]
    events: tuple[Event, ...]
    sanctions: tuple[Sanction, ...]
    annotated: int = 0  # how many sources were annotated anew (the others came from the cache)
    intro: Intro | None = None  # None: a neutral default
    published: str | None = None  # the brief's publication date (SOURCE_DATE_EPOCH), never the clock


@dataclass(frozen=True)
class BuildSummary:
    """What a build tells its caller (the CLI, the MkDocs hook): small, so it can be kept."""

    # each source's metadata, actors, themes and dates: no text, events or measures
    sources: tuple[AnnotatedSource, ...]
    counts: tuple[tuple[str, int, int], ...]  # (source id, events, measures)
    events: int  # timeline entries after merging
    sanctions: int
    annotated: int  # sources annotated anew (the others came from the cache)
    reused: bool = False  # nothing changed since the last build: nothing was redone or written
    warnings: tuple[str, ...] = ()  # e.g. review decisions whose item no longer exists

    @staticmethod
    def of(brief: Brief) -> BuildSummary:
        light = tuple(replace(a, body=b"", events=(), sanctions=()) for a in brief.sources)
        counts = tuple((a.source.id, len(a.events), len(a.sanctions)) for a in brief.sources)
        return BuildSummary(light, counts, len(brief.events), len(brief.sanctions), brief.annotated)
