"""Annotate one source: actors, dates, themes, and the events and measures it reports."""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field, replace

from . import dates as D
from . import events as E
from . import sanctions as S
from . import themes as T
from .actors import ActorMatcher
from .cues import CueHit, CueMatcher
from .model import (
    AnnotatedBlock,
    AnnotatedSource,
    Block,
    Citation,
    DateMention,
    Event,
    Mention,
    Sanction,
    Source,
    Taxonomy,
    evolve,
)
from .organisations import named_organisations
from .people import titled_people
from .segment import blocks as segment
from .segment import with_headline
from .targets import noun_phrase

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
        self._known_word = (
            re.compile("|".join(re.escape(w) for w in sorted(words)), re.I).search if words else lambda _: None
        )

    def _mentions(self, text: str) -> tuple[Mention, ...]:
        known = self.actors.find(text)
        # people and organisations the taxonomy does not know, by their title or head noun
        extra = titled_people(text, known)
        extra += named_organisations(text, known + extra)
        return tuple(sorted(known + extra, key=lambda m: m.start)) if extra else known

    def annotate(self, source: Source) -> AnnotatedSource:
        """One source through every rule: a fold over its sentences, carrying a ``Discourse``."""
        tax = self.taxonomy
        segmented = segment(source.text, tax.byline_labels)
        blocks = with_headline(segmented, source.title)
        # each matcher runs once over each block; sentences take their slice by offset
        found_mentions = {i: self._mentions(b.text) for i, b in enumerate(blocks) if b.kind in NARRATIVE}
        theme_hits = {i: self.themes.find(blocks[i].text) for i in found_mentions}
        measure_hits = {i: self.measures.find(blocks[i].text) for i in found_mentions if blocks[i].kind in EVENTFUL}
        anchor = D.Anchor.parse(source.published, source.estimated)
        if anchor.estimated and D.dateline_confirms(source.text, anchor):
            anchor = replace(anchor, estimated=False)
        doc = Document(source, anchor, tax, _main_country(tax, found_mentions))
        state = Discourse(D.Narrative())
        out_blocks: list[AnnotatedBlock] = []
        found = Found()
        ti = -1  # index among narrative blocks: "the day after" looks back one of these
        for bi, block in enumerate(blocks):
            if block.kind not in NARRATIVE:
                out_blocks.append(AnnotatedBlock(block, (), ()))
                continue
            ti += 1
            para = Paragraph.of(block, ti, found_mentions[bi], theme_hits[bi], measure_hits.get(bi, []))
            block_dates, state = self._paragraph(doc, para, state, found)
            out_blocks.append(AnnotatedBlock(block, para.mentions, tuple(block_dates)))
            state = state.after_block(block, block_dates)
        # themes read the headline in the body as the opening statement it is (the lede rule)
        return self._collect(source, segmented, out_blocks, theme_hits, found)

    def _paragraph(
        self, doc: Document, para: Paragraph, state: Discourse, found: Found
    ) -> tuple[list[DateMention], Discourse]:
        # the items of a list take the date of the sentence that introduces it ("... include:")
        if para.block.kind == "item" and state.list_intro is not None:
            state = evolve(state, date=state.list_intro)
        block_dates: list[DateMention] = []
        if para.block.kind == "heading":
            # a heading names what the paragraph under it is about ("... Restrict the X's Access"):
            # the party a measure there hits may be named only in it
            return block_dates, state.heard(para.block.text, para.mentions)
        for sentence in para.block.sentences or ():
            s_dates, state, para = self._dates(doc, para, sentence, state)
            block_dates.extend(s_dates)
            found.dates.update(d.date for d in s_dates)
            if para.block.kind not in EVENTFUL:
                continue
            view = para.view(sentence, doc.source.id)
            inherited = _inherited_date(doc, para, view, s_dates, state)
            found.events.extend(_events(doc, para, view, s_dates, inherited))
            # a measure told in a news item's lead is of its day; the lead's other sentences are
            # too often background to put on the timeline
            inherited = inherited or _inherited_date(doc, para, view, s_dates, state, lead=True)
            measures = _measures(doc, para, view, s_dates, inherited, state)
            found.sanctions.extend(measures)
            state = state.after_sentence(doc, view, s_dates, inherited, measures)
            para = para.after_sentence(view, s_dates)
        return block_dates, state

    def _dates(
        self, doc: Document, para: Paragraph, sentence, state: Discourse
    ) -> tuple[list[DateMention], Discourse, Paragraph]:
        """The sentence's dates, resolved against publication, paragraph and narrative (text offsets)."""
        s_text, off = sentence.text, sentence.start
        s_dates: list[DateMention] = []
        narrative, year = state.narrative, para.year
        present = D.needs_present(s_text)
        maybe = present or self._known_word(s_text) is not None
        for raw in D.find(s_text, doc.taxonomy.known_dates, present) if maybe else ():
            if _in_a_name(para.mentions, para.starts[0], off + raw.start, off + raw.end):
                continue  # "the March 23 Movement": a name the taxonomy knows, no date
            prospective = D.is_prospective(s_text, raw.start, raw.end)
            m = D.resolve(raw, s_text, doc.anchor, narrative, para.index, year, prospective)
            if m is None:
                continue
            # "the 2020 election": a year that names a thing does not take the story there
            names = D.names_a_thing(s_text, m.start, m.end, m.surface) is not None or D.describes_a_thing(
                s_text, m.start
            )
            m = _shift_date(m, off)
            s_dates.append(m)
            # the start of a state ("has filed 465 protests since January 2020") gives no year to
            # the yearless dates after it
            since = E.is_since_only(s_text, m, off)
            if not (names or E.is_target(s_text, m, off)):
                narrative = D.advance(narrative, m, para.index)
            year = (None if names or since else D.explicit_year(raw)) or year
        if not s_dates:
            return s_dates, state, para  # most sentences: nothing moves
        return s_dates, evolve(state, narrative=narrative), evolve(para, year=year)

    def _collect(
        self, source: Source, blocks, out_blocks: list[AnnotatedBlock], theme_hits, found: Found
    ) -> AnnotatedSource:
        tax = self.taxonomy
        named = Counter(m.actor for ab in out_blocks for m in ab.mentions)
        # the taxonomy's actors in its order, then people known only by their title, as they appear
        actors = tuple(a.name for a in tax.actors if a.name in named) + tuple(
            dict.fromkeys(m.actor for ab in out_blocks for m in ab.mentions if tax.actor(m.actor) is None)
        )
        themes = T.assign(self.themes, source.title, blocks, self.theme_order, theme_hits)
        if found.sanctions and self.sanctions_theme and self.sanctions_theme not in themes:
            themes = tuple(t for t in self.theme_order if t in set(themes) | {self.sanctions_theme})
        # an event's chips link to the theme listings, which hold the themes of whole articles:
        # a theme the article is not given (a passing cue in one sentence) would be a dead link
        events = [replace(e, themes=tuple(t for t in e.themes if t in themes)) for e in found.events]
        return AnnotatedSource(
            source=source,
            blocks=tuple(out_blocks),
            actors=actors,
            themes=themes,
            dates=tuple(sorted(found.dates)),
            events=_unique(events),
            sanctions=_unique(found.sanctions),
            mentions=tuple(named[a] for a in actors),
        )


# ------------------------------------------------------------------ the state carried through a text


@dataclass(frozen=True)
class Document:
    """What holds for the whole text."""

    source: Source
    anchor: D.Anchor
    taxonomy: Taxonomy
    main_country: str | None  # "the government" with no country named is the article's main country


RECENT_SENTENCES = 3  # how far back the party a measure hits may be named


@dataclass(frozen=True)
class Discourse:
    """What flows from one sentence to the next."""

    narrative: D.Narrative  # how far the story's dates have got
    imposer: str | None = None  # who acted last: "It also banned ..." is theirs
    date: DateMention | None = None  # the date a continuation or a list item takes
    list_intro: DateMention | None = None  # the date of the sentence that introduces a list
    list_status: str | None = None  # and the status its wording gives ("will take the following measures:")
    list_imposer: str | None = None  # and who imposes what it lists (an item's actors are what it hits)
    last_dated: DateMention | None = None  # the last date of any paragraph
    last_inherited: DateMention | None = None  # the last date a sentence took from its context (a news lead's)
    # the date an enumeration opened with ("First, ..."): its later steps take it, not the date of
    # a background sentence between them
    enumeration: DateMention | None = None
    # the last few sentences (or a heading): they may name the one a measure hits. Wire copy gives
    # each sentence a paragraph, and the party named in the lede is the one the measures that follow hit
    recent: tuple[tuple[str, tuple[Mention, ...]], ...] = ()
    # the last measure told, which "X followed suit" repeats with another imposer
    last_measure: Sanction | None = None

    def heard(self, text: str, mentions: tuple[Mention, ...]) -> Discourse:
        return evolve(self, recent=self._recent(text, mentions))

    def _recent(self, text: str, mentions: tuple[Mention, ...]) -> tuple[tuple[str, tuple[Mention, ...]], ...]:
        return (*self.recent[1 - RECENT_SENTENCES :], (text, mentions))

    @property
    def prev_text(self) -> str:
        return " ".join(text for text, _ in self.recent)

    @property
    def prev_mentions(self) -> tuple[Mention, ...]:
        return tuple(m for _, ms in self.recent for m in ms)

    def after_sentence(
        self,
        doc: Document,
        view: View,
        s_dates: list[DateMention],
        inherited: DateMention | None,
        measures: list[Sanction],
    ) -> Discourse:
        imposer = self.imposer
        if measures:
            imposer = measures[-1].imposed_by
        elif view.actors:
            tax = doc.taxonomy
            # who acts: a country, person or body named as a subject (a union of states acts as
            # a country does: "the League's Council decided ..."), not one a preposition makes the
            # object ("... the coup in Sylvania": Sylvania does not impose what follows)
            first = next(
                (
                    m
                    for m in view.local_mentions
                    if tax.kind_of(m.actor) in ("country", "person", "organisation") and S.is_subject(view.text, m)
                ),
                None,
            )
            # one who can impose nothing (a person of no country) leaves the last imposer in place
            acting = S.acting_country(first, view.text, tax) if first else None
            if acting:
                imposer = acting
        # a measure worded as a continuation ("A ban will also ...") takes the date of the
        # sentence just before it, never one from further back
        # a sentence that itself carries on ("Second, ...") passes the carried date on to the next
        carried = self.context_date(view.text) if S.continues(view.text) else None
        date = s_dates[-1] if s_dates else inherited or carried
        step = S.enumeration_step(view.text)
        return evolve(
            self,
            imposer=imposer,
            last_measure=measures[-1] if measures else self.last_measure,
            date=date,
            enumeration=date if step == "opens" else self.enumeration,
            last_inherited=inherited or self.last_inherited,
            recent=self._recent(view.text, view.local_mentions),
        )

    def context_date(self, sentence: str) -> DateMention | None:
        """The date an undated sentence that carries on from the one before takes."""
        if self.enumeration is not None and S.enumeration_step(sentence) == "continues":
            return self.enumeration
        return self.date

    def after_block(self, block: Block, block_dates: list[DateMention]) -> Discourse:
        state = self
        if block.kind != "item":
            intro = block.text.rstrip().endswith(":")
            state = evolve(
                state,
                # an undated introduction takes the date its sentence was given (the news of the
                # day, the episode), else the last date of the story
                # (or, in a news item whose lead named none, the date its lead took)
                list_intro=(block_dates[-1] if block_dates else self.date or self.last_dated or self.last_inherited)
                if intro
                else None,
                list_status=S.wording_status(block.text) if intro else None,
                list_imposer=self.imposer if intro else None,
            )
        # a date still to come ("the World Cup later this year") is no date of the story told
        told = [d for d in block_dates if not d.prospective]
        if told:
            state = evolve(state, last_dated=told[-1])
        return state


@dataclass(frozen=True)
class View:
    """One sentence of a paragraph, with what the matchers found in it (offsets in the block)."""

    text: str
    offset: int
    mentions: tuple[Mention, ...]
    local_mentions: tuple[Mention, ...]  # offsets in the sentence
    actors: tuple[str, ...]
    themes: tuple[str, ...]
    citation: Citation


@dataclass(frozen=True)
class Paragraph:
    """A block and what carries between its sentences."""

    block: Block
    index: int
    mentions: tuple[Mention, ...]
    theme_hits: list[CueHit]
    measure_hits: list[CueHit]
    year: int | None = None  # a year written out earlier in the paragraph
    episode: DateMention | None = None  # the last happening it dated to the day
    # where each mention, theme hit and measure hit starts (each list is in text order): taking a
    # sentence's share by position keeps the work linear in the paragraph
    starts: tuple[list[int], list[int], list[int]] = field(default=([], [], []), compare=False, repr=False)

    @classmethod
    def of(cls, block: Block, index: int, mentions, theme_hits, measure_hits) -> Paragraph:
        starts = ([m.start for m in mentions], [h.start for h in theme_hits], [h.start for h in measure_hits])
        return cls(block, index, mentions, theme_hits, measure_hits, starts=starts)

    def view(self, sentence, source_id: str) -> View:
        off, s_text = sentence.start, sentence.text
        end = off + len(s_text)
        s_mentions = _slice(self.mentions, self.starts[0], off, end)
        themes = _slice(self.theme_hits, self.starts[1], off, end)
        return View(
            text=s_text,
            offset=off,
            mentions=s_mentions,
            local_mentions=tuple(_shift(m, -off) for m in s_mentions),
            actors=tuple(dict.fromkeys(m.actor for m in s_mentions)),
            themes=tuple(dict.fromkeys(h.key for h in themes)),
            citation=Citation(source_id, self.block.anchor, s_text),
        )

    def measure_hits_in(self, view: View) -> list[CueHit]:
        off, end = view.offset, view.offset + len(view.text)
        hits = _slice(self.measure_hits, self.starts[2], off, end)
        return [h.shifted(-off) for h in hits if h.end <= end]

    def after_sentence(self, view: View, s_dates: list[DateMention]) -> Paragraph:
        episode = self.episode
        for d in s_dates:
            if d.precision == "day" and not d.prospective and not E.is_since(view.text, d, view.offset):
                episode = d
        return self if episode is self.episode else evolve(self, episode=episode)


def _in_a_name(mentions: tuple[Mention, ...], starts: list[int], start: int, end: int) -> bool:
    """A mention holds the span: one of the few that start last at or before it (by bisection, so
    that a paragraph of many dates and names stays linear)."""
    i = bisect_right(starts, start)
    return any(mentions[k].end >= end for k in range(i - 1, max(i - 4, -1), -1))


def _slice(items, starts: list[int], lo: int, hi: int):
    return items[bisect_left(starts, lo) : bisect_left(starts, hi)]


@dataclass
class Found:
    """What the fold collects (the one mutable thing: appended to as the sentences go by)."""

    events: list[Event] = field(default_factory=list)
    sanctions: list[Sanction] = field(default_factory=list)
    dates: set[str] = field(default_factory=set)


# ------------------------------------------------------------------ the rules of one sentence


def _main_country(tax: Taxonomy, found_mentions: dict[int, tuple[Mention, ...]]) -> str | None:
    counts: Counter[str] = Counter()
    for ms in found_mentions.values():
        counts.update(m.actor for m in ms)
    return next((name for name, _ in counts.most_common() if tax.kind_of(name) == "country"), None)


def _inherited_date(
    doc: Document, para: Paragraph, view: View, s_dates: list[DateMention], state: Discourse, lead: bool = False
) -> DateMention | None:
    """The date an undated sentence takes from its context, by the first rule that gives one."""
    off = view.offset
    if s_dates:
        return _announced_today(doc, view, s_dates)
    if E.is_credit(view.text):
        return None  # "Photo: Screenshot from a video released by ...": a credit, no happening
    # a sentence that carries on a dated episode ("He was ordered to leave") happened then too,
    # though only its month is sure
    if para.episode is not None and E.continues_episode(view.text) and E.tells_news(view.text):
        ep = para.episode
        return DateMention(off, off, "", ep.date[:7], "month", "medium", False, ep.relative)
    # a later step of an enumeration ("Second, X imposed ...") happened when its first did
    enumerated = state.enumeration
    if enumerated is not None and S.enumeration_step(view.text) == "continues" and E.has_action(view.text):
        return replace(enumerated, start=off, end=off, surface="")
    # a news item reports its own days: an undated happening told while the story is at the
    # time of publication happened then, at the month the guide allows
    # so does a news item's lead that reports a saying before the story has named any date
    # (in a text dated to its month, an editorial, or to an estimated day too: that month is
    # what the text tells)
    before_any_date = state.narrative.last is None and doc.anchor.month is not None
    lead = before_any_date and (E.is_reported(view.text) or (lead and not E.tells_a_state(view.text)))
    at_publication = lead or _at_publication(state.narrative, doc.anchor, para.index)
    if view.mentions and at_publication and E.tells_news(view.text) and E.tells_an_act(view.text):
        return _publication_month(doc, off)
    return None


def _announced_today(doc: Document, view: View, s_dates: list[DateMention]) -> DateMention | None:
    """A saying or an act in a news item that sets only what is to come, after the text's own date
    ("X said it would block the ports next week", "X postponed the visit next week"), happened at
    the time of the news: its month."""
    published = doc.source.published
    if doc.anchor.month is None or any(d.date <= published[: len(d.date)] for d in s_dates):
        return None
    if not E.acts_now_for_what_is_to_come(view.text, [d.start - view.offset for d in s_dates]):
        return None
    return _publication_month(doc, view.offset)


def _followed_suit(doc: Document, view: View, s_dates: list[DateMention], last: Sanction | None) -> list[Sanction]:
    """ "Ruritania and Sylvania followed suit", "They were joined on Tuesday by Ruritania": the
    measure told just before, imposed by the countries this sentence names, at its own date or
    the measure's (nothing, in a sentence that tells of no such thing)."""
    if last is None or not S.follows_suit(view.text):
        return []
    tax = doc.taxonomy
    who = dict.fromkeys(
        c for m in view.local_mentions if (c := S.acting_country(m, view.text, tax)) and c != last.imposed_by
    )
    date, precision = (s_dates[-1].date, s_dates[-1].precision) if s_dates else (last.date, last.precision)
    return [
        replace(
            last,
            id=_id("sm", doc.source.id, view.text, last.measure_type, c),
            date=date,
            precision=precision,
            imposed_by=c,
            summary=_sanction_summary(
                S.Found(last.measure_type, c, last.target, last.target_actors, last.status, None, ""), tax
            ),
            citations=(view.citation,),
            confidence="medium",
        )
        for c in who
    ]


def _widened(doc: Document, view: View, s_dates: list[DateMention], last: Sanction | None) -> list[Sanction]:
    """ "It was expanded to four judges on 5 June, and to two more on 20 August": the measure told
    just before, taken anew against those it is widened to, once at each date the sentence gives."""
    span = S.widening(view.text) if last is not None else None
    if last is None or span is None:
        return []
    tax, off, text = doc.taxonomy, view.offset, view.text
    out: list[Sanction] = []
    begin = span[0]
    for d in s_dates:
        start = d.start - off
        if start < span[0] - 3 or S.is_deadline(text, start) or any(s.date == d.date for s in out):
            continue
        # each date's own "to whom": the words from the last "to" before it
        target = noun_phrase(text[S.last_to(text, begin, start) : start]) or last.target
        begin = d.end - off
        out.append(
            replace(
                last,
                id=_id("sm", doc.source.id, text, last.measure_type, d.date),
                date=d.date,
                precision=d.precision,
                target=target,
                status="imposed",
                summary=_sanction_summary(
                    S.Found(last.measure_type, last.imposed_by, target, last.target_actors, "imposed", None, ""), tax
                ),
                citations=(view.citation,),
                confidence="medium",
            )
        )
    return out


def _publication_month(doc: Document, off: int) -> DateMention:
    """The month of the text's own date, as an undated happening of its news takes it (the guide:
    no finer than the text tells)."""
    return DateMention(off, off, "", doc.source.published[:7], "month", "medium", False, True)


def _events(
    doc: Document, para: Paragraph, view: View, s_dates: list[DateMention], inherited: DateMention | None
) -> list[Event]:
    """One event per distinct date whose clause reports a happening (and one for an inherited date)."""
    out: list[Event] = []
    s_text, off, sid = view.text, view.offset, doc.source.id

    def event(d: DateMention, precision: str, status: str, confidence: str) -> Event:
        return Event(
            # what the text says, never where: an edit elsewhere in the source keeps the id
            id=_id("ev", sid, s_text, d.surface or "(the episode's date)"),
            date=d.date,
            precision=precision,
            summary=E.summary(s_text, d, off),
            actors=view.actors,
            themes=view.themes,
            citations=(view.citation,),
            estimated=d.relative,
            status=status,
            confidence=confidence,
        )

    if inherited is not None and E.has_action(s_text):
        out.append(event(inherited, inherited.precision, "occurred", "medium"))
    seen: set[str] = set()
    caption = para.block.kind == "caption"  # a caption names its happening without a verb
    for d in s_dates:
        # "recently" dates a measure or a list of steps, but is too vague to put a happening on the timeline
        if d.date in seen or D.is_vague(d.surface) or not E.reports_happening(s_text, d, off, caption):
            continue
        if E.ends_span(s_text, d, s_dates, off):
            continue
        seen.add(d.date)
        out.append(event(d, d.precision, _event_status(s_text, d, doc.source), d.confidence))
    return out


def _measures(
    doc: Document,
    para: Paragraph,
    view: View,
    s_dates: list[DateMention],
    inherited: DateMention | None,
    state: Discourse,
) -> list[Sanction]:
    s_text, off, tax = view.text, view.offset, doc.taxonomy
    hits = para.measure_hits_in(view)
    if not S.may_report(s_text, hits, bool(s_dates) or inherited is not None, tax):
        return _followed_suit(doc, view, s_dates, state.last_measure) or _widened(
            doc, view, s_dates, state.last_measure
        )
    since_dates = S.under_sanctions_since(s_text)  # "under X sanctions since 2013": imposed then
    local_dates = tuple(_shift_date(d, -off) for d in s_dates if since_dates or not E.is_since_only(s_text, d, off))
    found = S.find(
        s_text,
        hits,
        view.local_mentions,
        local_dates,
        tax,
        _context_imposer(doc, para, state, s_text),
        inherited or state.context_date(s_text),
        # the one a measure hits may be named in the sentence before or earlier in the paragraph
        # ("Freedonian measures on Sylvania now apply to 166 persons. ... Persons are subject to a travel ban.")
        *_earlier(state, para, off),
        # a list item, or a sentence carrying on a dated episode, takes the date before it
        in_list=(para.block.kind == "item" and state.list_intro is not None) or inherited is not None,
        list_status=state.list_status if para.block.kind == "item" else None,
        item=para.block.kind == "item",
    )
    return [_sanction(doc, view, _of_publication_year(f, doc, s_text, state.narrative)) for f in found]


# how far back in its paragraph a sentence looks for the one a measure hits: a paragraph's
# opening, not all of a megabyte-long one for each of its sentences
_EARLIER_CHARS = 2000


def _earlier(state: Discourse, para: Paragraph, off: int) -> tuple[str, tuple[Mention, ...]]:
    """The text and mentions before a sentence: the sentence before, and its paragraph so far."""
    lo = max(0, off - _EARLIER_CHARS)
    starts = para.starts[0]
    before = para.mentions[bisect_left(starts, lo) : bisect_left(starts, off)]
    if before and before[-1].end > off:  # a name the sentence break runs through is no earlier one
        before = tuple(m for m in before if m.end <= off)
    return state.prev_text + " " + para.block.text[lo:off], state.prev_mentions + tuple(before)


def _context_imposer(doc: Document, para: Paragraph, state: Discourse, sentence: str) -> str | None:
    """Who imposes a measure whose sentence names no one: the context's."""
    # an item of a list is the introduction's imposer's, not that of the last country it named
    if para.block.kind == "item" and state.list_imposer:
        return state.list_imposer
    # what a package holds is its imposer's ("The measures include ..."), whoever was named since
    if state.last_measure is not None and S.package_holds(sentence):
        return state.last_measure.imposed_by
    return state.imposer or doc.main_country


def _sanction(doc: Document, view: View, f: S.Found) -> Sanction:
    return Sanction(
        id=_id("sm", doc.source.id, view.text, f.measure_type),
        date=f.date.date if f.date else None,  # only its value is kept, not its position
        precision=f.date.precision if f.date else None,
        imposed_by=f.imposed_by,
        target=f.target,
        target_actors=f.target_actors,
        measure_type=f.measure_type,
        status=f.status,
        summary=_sanction_summary(f, doc.taxonomy),
        citations=(view.citation,),
        confidence=_measure_confidence(f),
    )


def _of_publication_year(f: S.Found, doc: Document, sentence: str, narrative: D.Narrative) -> S.Found:
    """A measure taken or announced that nothing dates is of the year of the text that reports it,
    at low confidence: a text reports the measures of its time. One the wording sets earlier ("had
    imposed", "previously") stays undated."""
    if f.date is not None or f.lifted or f.status not in ("imposed", "announced") or E.set_earlier(sentence):
        return f
    if E.tells_a_state(sentence):
        return f  # "is still suspended", "remain in place": in force, not taken at the time of the text
    # only while the story is in that year: a text that has turned to another time (an analysis
    # going back over the years) leaves its undated measures undated
    # a text dated to its day is news, though the day be inferred (an analysis is dated to a month)
    last = narrative.last
    if last is not None and last.date[:4] != doc.source.published[:4]:
        return f
    # a text dated to a month only (an analysis, an editorial) is of its time while its story
    # stays in its month (or names no other time)
    if doc.anchor.day is None and last is not None and last.date[:7] != doc.source.published[:7]:
        return f
    year = DateMention(0, 0, "", doc.source.published[:4], "year", "low", False, True)
    return replace(f, date=year)


def _measure_confidence(f: S.Found) -> str:
    """High for a measure dated by its own sentence, medium for one dated from its context (a list
    intro, the episode) or by a guess, low for an undated one."""
    if f.date is None or f.date.confidence == "low":
        return "low"
    return "high" if f.date.surface and f.date.confidence == "high" else "medium"


def _dated_news(anchor: D.Anchor) -> bool:
    return anchor.day is not None and not anchor.estimated


def _at_publication(narrative: D.Narrative, anchor: D.Anchor, block: int) -> bool:
    """The story's last date, in this paragraph or the one before, is in the month of publication:
    the text is telling that time's news (further on, it may have turned to background)."""
    last = narrative.last
    # (a day to come, "effective from Friday", leaves the story at its day: it counts too)
    if last is None or anchor.month is None or block - narrative.last_block > 1:
        return False
    return last.date[:7] == f"{anchor.year:04d}-{anchor.month:02d}"


def _event_status(sentence: str, d: DateMention, source: Source) -> str:
    # a year after the text's own has not come yet, whatever the tense around it ("to become an
    # advanced country in 2045"); a later day may be a slip of the text's date, not a plan
    ahead = int(d.date[:4]) - int(source.published[:4])
    if d.prospective or ahead > (1 if source.estimated else 0):
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


def _unique(items: list) -> tuple:
    """Ids made unique within a source: the same sentence twice gets "-2" on its second report."""
    seen: Counter[str] = Counter()
    out = []
    for item in items:
        seen[item.id] += 1
        out.append(item if seen[item.id] == 1 else replace(item, id=f"{item.id}-{seen[item.id]}"))
    return tuple(out)


def _id(prefix: str, *parts: str) -> str:
    digest = hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:10]
    return f"{prefix}-{digest}"
