"""Annotate one source: actors, dates, themes, and the events and measures it reports."""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left
from collections import Counter
from dataclasses import replace

from . import dates as D
from . import events as E
from . import sanctions as S
from . import themes as T
from .actors import ActorMatcher
from .cues import CueHit, CueMatcher
from .model import (
    AnnotatedBlock,
    AnnotatedSource,
    Citation,
    DateMention,
    Event,
    Mention,
    Sanction,
    Source,
    Taxonomy,
)
from .people import titled_people
from .segment import blocks as segment

# blocks whose text is the article's narrative; bylines, references and rules are not
NARRATIVE = ("paragraph", "item", "caption", "heading")
EVENTFUL = ("paragraph", "item", "caption")


class Annotator:
    """The compiled matchers of one taxonomy, reused for every source."""

    def __init__(self, taxonomy: Taxonomy):
        self.taxonomy = taxonomy
        self.actors = ActorMatcher(taxonomy)
        self.themes = T.theme_matcher(taxonomy)
        self.measures = CueMatcher({m.id: m.cues for m in taxonomy.measure_types})
        self.theme_order = tuple(t.id for t in taxonomy.themes)
        self.sanctions_theme = taxonomy.sanctions_theme
        # most sentences hold no date: a cheap test spares them the whole grammar
        words = {k.phrase.split()[0] for k in taxonomy.known_dates if k.phrase.split()}
        trigger = r"\d|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|day|week|month|year|same time|Meanwhile|Simultaneously|aftermath|Immediately|Shortly|Soon"
        if words:
            trigger += "|" + "|".join(re.escape(w) for w in sorted(words))
        self._may_have_date = re.compile(trigger, re.I).search

    def _mentions(self, text: str) -> tuple[Mention, ...]:
        known = self.actors.find(text)
        extra = titled_people(text, known)
        return tuple(sorted(known + extra, key=lambda m: m.start)) if extra else known

    def may_have_date(self, text: str) -> bool:
        return self._may_have_date(text) is not None

    def annotate(self, source: Source) -> AnnotatedSource:
        tax = self.taxonomy
        anchor = D.Anchor.parse(source.published, source.estimated)
        narrative = D.Narrative()
        out_blocks: list[AnnotatedBlock] = []
        events: list[Event] = []
        sanctions: list[Sanction] = []
        actor_counts: Counter[str] = Counter()
        all_dates: set[str] = set()
        prev_imposer: str | None = None
        prev_date: DateMention | None = None
        prev_text, prev_mentions = "", ()
        blocks = segment(source.text, tax.byline_labels)
        # each matcher runs once over each block; sentences take their slice by offset
        found_mentions = {i: self._mentions(b.text) for i, b in enumerate(blocks) if b.kind in NARRATIVE}
        theme_hits = {i: self.themes.find(blocks[i].text) for i in found_mentions}
        measure_hits = {i: self.measures.find(blocks[i].text) for i in found_mentions if blocks[i].kind in EVENTFUL}
        # "the government" with no country named is the article's main country
        for ms in found_mentions.values():
            actor_counts.update(m.actor for m in ms)
        main_country = next(
            (name for name, _ in actor_counts.most_common() if (tax.actor(name) or _Nobody).kind == "country"), None
        )
        ti = -1  # index among narrative blocks: "the day after" looks back one of these
        list_intro: DateMention | None = None
        last_dated: DateMention | None = None
        for bi, block in enumerate(blocks):
            if block.kind not in NARRATIVE:
                out_blocks.append(AnnotatedBlock(block, (), ()))
                continue
            ti += 1
            mentions = found_mentions[bi]
            mention_starts = [m.start for m in mentions]
            b_themes = theme_hits[bi]
            b_measures = measure_hits.get(bi, [])
            block_dates: list[DateMention] = []
            block_year: int | None = None
            episode: DateMention | None = None  # the last happening this paragraph dated to the day
            # the items of a list take the date of the sentence that introduces it ("... include:")
            if block.kind == "item" and list_intro is not None:
                prev_date = list_intro
            sentences = block.sentences or ()
            for sentence in sentences:
                s_text, off = sentence.text, sentence.start
                s_dates: list[DateMention] = []
                for raw in D.find(s_text, tax.known_dates) if self.may_have_date(s_text) else ():
                    prospective = D.is_prospective(s_text, raw.start, raw.end)
                    m = D.resolve(raw, s_text, anchor, narrative, ti, block_year, prospective)
                    if m is None:
                        continue
                    m = _shift_date(m, off)
                    s_dates.append(m)
                    if not E.is_target(s_text, m, off):
                        narrative = D.advance(narrative, m, ti)
                    year = D.explicit_year(raw)
                    if year is not None:
                        block_year = year
                block_dates.extend(s_dates)
                all_dates.update(d.date for d in s_dates)
                if block.kind not in EVENTFUL:
                    continue
                end = off + len(s_text)
                s_mentions = mentions[bisect_left(mention_starts, off) : bisect_left(mention_starts, end)]
                s_actors = tuple(dict.fromkeys(m.actor for m in s_mentions))
                s_themes = tuple(dict.fromkeys(h.key for h in b_themes if off <= h.start < end))
                citation = Citation(source.id, block.anchor, s_text)
                # a sentence that carries on a dated episode ("He was ordered to leave") happened
                # then too, though only its month is sure
                inherited = None
                if not s_dates and episode is not None and E.continues_episode(s_text):
                    inherited = DateMention(off, off, "", episode.date[:7], "month", "medium", False, episode.relative)
                elif not s_dates and s_mentions and _at_publication(narrative, anchor, ti) and E.tells_news(s_text):
                    # a news item reports its own days: an undated happening told while the story
                    # is at the time of publication happened then, at the month the guide allows
                    inherited = DateMention(off, off, "", source.published[:7], "month", "medium", False, True)
                # events: one per distinct date whose clause reports a happening
                seen: set[str] = set()
                if inherited is not None and E.has_action(s_text):
                    events.append(
                        Event(
                            id=_id("ev", source.id, block.anchor, inherited.date, s_text),
                            date=inherited.date,
                            precision="month",
                            summary=E.summary(s_text, inherited, off),
                            actors=s_actors,
                            themes=s_themes,
                            citations=(citation,),
                            estimated=inherited.relative,
                            status="occurred",
                            confidence="medium",
                        )
                    )
                for d in s_dates:
                    if d.date in seen or not E.reports_happening(s_text, d, off, block.kind == "caption"):
                        continue
                    seen.add(d.date)
                    events.append(
                        Event(
                            id=_id("ev", source.id, block.anchor, d.date, s_text),
                            date=d.date,
                            precision=d.precision,
                            summary=E.summary(s_text, d, off),
                            actors=s_actors,
                            themes=s_themes,
                            citations=(citation,),
                            estimated=d.relative,
                            status=_event_status(s_text, d),
                            confidence=d.confidence,
                        )
                    )
                # measures
                hits = [
                    CueHit(h.key, h.start - off, h.end - off) for h in b_measures if off <= h.start and h.end <= end
                ]
                local = tuple(_shift(m, -off) for m in s_mentions)
                local_dates = tuple(_shift_date(d, -off) for d in s_dates if not E.is_since(s_text, d, off))
                found = S.find(
                    s_text,
                    hits,
                    local,
                    local_dates,
                    tax,
                    prev_imposer or main_country,
                    inherited or prev_date,
                    prev_text,
                    prev_mentions,
                    # a list item, or a sentence carrying on a dated episode, takes the date before it
                    in_list=(block.kind == "item" and list_intro is not None) or inherited is not None,
                )
                for f in found:
                    date = f.date  # only its value is kept, not its position
                    sanctions.append(
                        Sanction(
                            id=_id("sm", source.id, block.anchor, f.measure_type, f.imposed_by + s_text),
                            date=date.date if date else None,
                            precision=date.precision if date else None,
                            imposed_by=f.imposed_by,
                            target=f.target,
                            target_actors=f.target_actors,
                            measure_type=f.measure_type,
                            status=f.status,
                            summary=_sanction_summary(f, tax),
                            citations=(citation,),
                        )
                    )
                if found:
                    prev_imposer = found[-1].imposed_by
                elif s_actors:
                    first = next((a for a in s_actors if (tax.actor(a) or _Nobody).kind in ("country", "person")), None)
                    if first:
                        prev_imposer = S.country_of(first, tax)
                # a measure worded as a continuation ("A ban will also ...") takes the date of the
                # sentence just before it, never one from further back
                prev_date = s_dates[-1] if s_dates else inherited
                for d in s_dates:
                    if d.precision == "day" and not d.prospective and not E.is_since(s_text, d, off):
                        episode = d
                prev_text, prev_mentions = s_text, local
            out_blocks.append(AnnotatedBlock(block, mentions, tuple(block_dates)))
            if block.kind != "item":
                intro = block.text.rstrip().endswith(":")
                list_intro = (block_dates[-1] if block_dates else last_dated) if intro else None
            if block_dates:
                last_dated = block_dates[-1]
        named = {m.actor for ab in out_blocks for m in ab.mentions}
        # the taxonomy's actors in its order, then people known only by their title, as they appear
        actors = tuple(a.name for a in tax.actors if a.name in named) + tuple(
            dict.fromkeys(m.actor for ab in out_blocks for m in ab.mentions if tax.actor(m.actor) is None)
        )
        themes = T.assign(self.themes, source.title, blocks, self.theme_order, theme_hits)
        if sanctions and self.sanctions_theme and self.sanctions_theme not in themes:
            themes = tuple(t for t in self.theme_order if t in set(themes) | {self.sanctions_theme})
        # an event's chips link to the theme listings, which hold the themes of whole articles:
        # a theme the article is not given (a passing cue in one sentence) would be a dead link
        events = [replace(e, themes=tuple(t for t in e.themes if t in themes)) for e in events]
        return AnnotatedSource(
            source=source,
            blocks=tuple(out_blocks),
            actors=actors,
            themes=themes,
            dates=tuple(sorted(all_dates)),
            events=tuple(events),
            sanctions=tuple(sanctions),
        )


def _at_publication(narrative: D.Narrative, anchor: D.Anchor, block: int) -> bool:
    """The story's last date, in this paragraph or the one before, is in the month of publication:
    the text is telling that time's news (further on, it may have turned to background)."""
    last = narrative.last
    if last is None or anchor.month is None or last.prospective or block - narrative.last_block > 1:
        return False
    return last.date[:7] == f"{anchor.year:04d}-{anchor.month:02d}"


class _Nobody:
    kind = "none"


def _event_status(sentence: str, d: DateMention) -> str:
    if d.prospective:
        return "reported-prospect" if any(w in sentence.lower() for w in ("could", "might", "may ")) else "planned"
    return "occurred"


def _sanction_summary(f: S.Found, tax: Taxonomy) -> str:
    label = next((m.label for m in tax.measure_types if m.id == f.measure_type), f.measure_type)
    return f"{label} by {f.imposed_by}" + (f" on {f.target}" if f.target else "")


def _shift(m: Mention, by: int) -> Mention:
    return Mention(m.actor, m.start + by, m.end + by, m.surface)


def _shift_date(d: DateMention, by: int) -> DateMention:
    return DateMention(
        d.start + by, d.end + by, d.surface, d.date, d.precision, d.confidence, d.prospective, d.relative
    )


def _id(prefix: str, *parts: str) -> str:
    digest = hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:10]
    return f"{prefix}-{digest}"
