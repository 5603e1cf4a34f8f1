"""The date grammar: find date expressions in a sentence and resolve them to ISO dates.

Resolution never invents precision: "February 2022" stays a month, "in 2014" a year. Yearless
and relative expressions are resolved against the article's publication date and against the
date the narrative has reached (``Narrative``), following the annotation guide.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

import ahocorasick

from .lexicon import (
    AMBIGUOUS_MONTHS,
    CONDITIONALS,
    DEADLINE_WORDS,
    FUTURE_PATTERN,
    IMPOSED_FORMS,
    MONTH_PATTERN,
    MONTHS,
    NUMBER_PATTERN,
    NUMBERS,
    PAST_PATTERN,
    PAST_VERB,
    REPORTING_VERBS,
    SHORT_MONTHS,
    SUBORDINATORS,
    WEEKDAY_PATTERN,
    WEEKDAYS,
    without_bracketed_names,
)
from .model import DateMention, KnownDate, evolve

_MON = MONTH_PATTERN
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[6-9]\d\d|20\d\d)"
_NUM = NUMBER_PATTERN
# a bare month name that is also an ordinary word counts only after a preposition or modifier
_PREP_BEFORE = re.compile(
    r"(?:\b(?:in|on|since|from|until|till|by|of|during|before|after|early|mid|late|end|beginning|start|last|next|this|as early as|as late as|through)\s*-?\s*)$",
    re.I,
)

PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(rf"\b(?P<y>{_YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])\b")),
    ("numeric", re.compile(rf"(?<![\d/.])(?P<a>\d{{1,2}})[/.](?P<b>\d{{1,2}})[/.](?P<y>{_YEAR})(?![\d/])")),
    ("dmy", re.compile(rf"\b(?P<d>{_DAY})(?:\s+of)?\s+(?P<mon>{_MON})(?:,)?\s+(?P<y>{_YEAR})\b")),
    ("mdy", re.compile(rf"\b(?P<mon>{_MON})\s+(?P<d>{_DAY})(?:,\s*|\s+)(?P<y>{_YEAR})\b")),
    (
        "md_rel",
        re.compile(
            rf"\b(?:(?P<mon>{_MON})\s+(?P<d>{_DAY})|(?P<d2>{_DAY})\s+(?P<mon2>{_MON}))\s+(?:of\s+)?(?P<rel>last|next|this)\s+year\b"
        ),
    ),
    # "mid-October this year": the month of that year (the part is finer than a month can say)
    (
        "part_month_rel",
        re.compile(
            rf"\b(?:early|mid|late|the end of|end of|the beginning of|beginning of|the start of|start of)[\s-]+"
            rf"(?P<mon>{_MON})\s+(?:of\s+)?(?P<rel>last|next|this)\s+year\b",
            re.I,
        ),
    ),
    ("month_rel", re.compile(rf"\b(?P<mon>{_MON})\s+(?:of\s+)?(?P<rel>last|next|this)\s+year\b", re.I)),
    # "last April", "next March": the nearest such month before (after) the text's own
    (
        "month_last",
        re.compile(rf"\b(?P<rel>(?i:last|next|this\s+past|this\s+coming))\s+(?P<mon>{_MON})\b(?!\s*,?\s*\d)"),
    ),
    (
        "part_month_year",
        re.compile(
            rf"\b(?P<part>early|mid|late|end of|beginning of|start of|the end of|the beginning of|the start of)[\s-]+(?P<mon>{_MON})\s+(?P<y>{_YEAR})\b",
            re.I,
        ),
    ),
    ("month_year", re.compile(rf"\b(?P<mon>{_MON})(?:,)?\s+(?:of\s+)?(?P<y>{_YEAR})\b")),
    (
        "part_year",
        re.compile(
            rf"\b(?P<part>early|mid|late|the end of|end of|the beginning of|beginning of|the start of|start of|the first half of|the second half of|the spring of|the summer of|the autumn of|the fall of|the winter of|spring|summer|autumn|fall|winter)[\s-]+(?P<y>{_YEAR})\b",
            re.I,
        ),
    ),
    ("dm", re.compile(rf"\b(?P<d>{_DAY})(?:\s+of)?\s+(?P<mon>{_MON})\b(?!\s*,?\s*{_YEAR})")),
    (
        "md",
        re.compile(
            rf"\b(?P<mon>{_MON})\s+(?P<d>{_DAY})\b(?!\s*,?\s*{_YEAR})(?!\s*(?:%|per\s*cent|percent|million|billion))"
        ),
    ),
    (
        "part_month",
        re.compile(
            rf"\b(?P<part>early|mid|late|the end of|end of|the beginning of|beginning of|the start of|start of)[\s-]+(?P<mon>{_MON})\b(?!\s*,?\s*\d)",
            re.I,
        ),
    ),
    ("month", re.compile(rf"\b(?P<mon>{_MON})\b(?!\s*,?\s*\d)")),
    (
        "year",
        re.compile(
            rf"(?<![\d$€£¥.,/-])\b(?P<y>{_YEAR})\b(?![\d%]|[.,/]\d|\s*(?:%|per\s*cent|percent|million|billion|trillion|km|kilomet|tons|tonnes|people|soldiers|troops|vehicles|units|yen|dollars|euros))"
        ),
    ),
    (
        "weekday",
        re.compile(rf"\b(?:on\s+|(?P<wrel>(?i:last|this|next))\s+)?(?P<wd>{WEEKDAY_PATTERN})\b"),
    ),
    (
        "rel_day",
        re.compile(
            rf"\b(?:(?P<n>{_NUM})\s+days?\s+(?P<dir>later|after|earlier|before|ago)|the\s+(?:very\s+)?(?P<word>following|next|previous|same)\s+day|the\s+day\s+(?P<word2>before|after)|(?P<yt>yesterday|today|tomorrow)"
            # "on this day", "later that day": the day the story is at (not "to this day": until now)
            rf"|(?:(?<=\bon\s)|(?<=\blater\s)|(?<=\bearlier\s))(?P<this>this|that)\s+day"
            # "six hours later", "hours earlier": still the day the story is at
            rf"|(?P<hours>(?:{_NUM}|some|hours)\s+hours?\s+(?:later|earlier))\b)",
            re.I,
        ),
    ),
    (
        "rel_week",
        re.compile(
            rf"\b(?:(?:(?P<part>beginning|start|end)\s+of\s+)?(?P<rel>last|this|next|the\s+following|the\s+previous|(?<=of\s)the)\s+week"
            rf"|(?P<n>{_NUM})\s+weeks?\s+(?P<dir>later|after|earlier|ago))\b",
            re.I,
        ),
    ),
    (
        "rel_month",
        re.compile(
            rf"\b(?:(?P<rel>last|this|next|the\s+following|the\s+previous)\s+month|(?P<n>{_NUM})\s+months?\s+(?P<dir>later|after|earlier|ago))\b",
            re.I,
        ),
    ),
    (
        "rel_year",
        re.compile(
            rf"\b(?:(?P<rel>last|this|next|the\s+following|the\s+previous)\s+year|(?P<n>{_NUM})\s+years?\s+(?P<dir>later|ago|earlier))\b",
            re.I,
        ),
    ),
    (
        "span",
        re.compile(
            rf"\b(?:over|in|during|for|within)\s+the\s+(?:last|past|previous)\s+(?:(?P<n>{_NUM})\s+)?(?P<unit>days?|weeks?|months?|years?|decades?)\b",
            re.I,
        ),
    ),
    (
        "recent",
        re.compile(r"\b(?:(?P<w>recently|lately)|in\s+recent\s+(?P<unit>days|weeks|months|years))\b", re.I),
    ),
    (
        "anaphor",
        re.compile(
            r"^\W*(?P<word>At the same time|Meanwhile|Simultaneously|In the aftermath|Immediately|Shortly after(?:wards)?|Soon after(?:wards)?)\b"
        ),
    ),
]

_PROSPECTIVE = re.compile(rf"\b{FUTURE_PATTERN}\b")
# past-tense verbs: the report of something that has happened


_NEEDS = {
    "digit": re.compile(r"\d"),
    "year4": re.compile(_YEAR),  # the patterns that write a year out
    "month": re.compile(rf"\b{_MON}"),
    "weekday": re.compile(r"day\b"),
    "day": re.compile(r"\b(?:days?|hours?|yesterday|today|tomorrow)\b", re.I),
    "week": re.compile(r"\bweeks?\b", re.I),
    "monthword": re.compile(r"\bmonths?\b", re.I),
    "year": re.compile(r"\byears?\b", re.I),
    "anaphor": re.compile(r"\b(?:same time|Meanwhile|Simultaneously|aftermath|Immediately|Shortly|Soon)\b", re.I),
    "recent": re.compile(r"\b(?:last|past|previous|recent|recently|lately)\b", re.I),
}
# a substring one of which each need's pattern cannot match without (in any case): finding
# them costs far less than a regex scan, and most sentences hold none
_NEED_CLUES: dict[str, tuple[str, ...]] = {
    "digit": (),  # (any digit of any script: its pattern is tried on every text)
    "year4": ("16", "17", "18", "19", "20"),
    "month": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "weekday": ("day",),
    "day": ("day", "tomorrow", "hour"),
    "week": ("week",),
    "monthword": ("month",),
    "year": ("year",),
    "anaphor": ("same time", "meanwhile", "simultaneously", "aftermath", "immediately", "shortly", "soon"),
    "recent": ("last", "past", "previous", "recent", "lately"),
}


def _clue_automaton() -> ahocorasick.Automaton:
    """Every need's clues, lower-cased, in one automaton: a single pass over a text tells which
    needs may be met (a case-sensitive clue found in any case is only a candidate: its pattern,
    tried next, decides)."""
    automaton = ahocorasick.Automaton()
    by_clue: dict[str, set[str]] = {}
    for name, clues in _NEED_CLUES.items():
        for clue in clues:
            by_clue.setdefault(clue.lower(), set()).add(name)
    for clue, names in by_clue.items():
        automaton.add_word(clue, frozenset(names))
    automaton.make_automaton()
    return automaton


_CLUES = _clue_automaton()
_ORDER = {name: i for i, name in enumerate(_NEEDS)}


def needs_present(text: str) -> frozenset[str]:
    """The tokens of ``_NEEDS`` the text holds: the date patterns worth trying on it."""
    candidates: set[str] = {"digit"}
    # casefold, not lower: a case-blind pattern's "s" also matches "ſ", which only casefold maps
    for _, names in _CLUES.iter(text.casefold()):
        candidates |= names
    return frozenset(name for name in sorted(candidates, key=_ORDER.__getitem__) if _NEEDS[name].search(text))


@dataclass(frozen=True)
class Anchor:
    """A publication date as year, month and day, with the precision it was given at."""

    year: int
    month: int | None
    day: int | None
    estimated: bool = False

    @classmethod
    def parse(cls, iso: str, estimated: bool = False) -> Anchor:
        parts = [int(p) for p in iso.split("-")]
        return cls(parts[0], parts[1] if len(parts) > 1 else None, parts[2] if len(parts) > 2 else None, estimated)


# "WASHINGTON, December 29. /TASS/.", "MOSCOW, 28 Nov –", "BEIJING, Oct 20 (Reuters) -": a place in
# capitals and the day at the start of a line
_DATELINE = re.compile(
    rf"^\W*[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){{0,3}}(?:\s*\([^)]{{1,40}}\))?\s*[,–—-]\s*"
    rf"(?:(?P<d1>{_DAY})\s+(?P<m1>{_MON})|(?P<m2>{_MON})\s+(?P<d2>{_DAY}))(?!\w)",
    re.M,
)


def dateline_confirms(text: str, anchor: Anchor) -> bool:
    """The text's opening has a dateline on the day of publication: an estimated date the text
    itself confirms, so the text is a dated news item."""
    m = _DATELINE.search(text[:800])
    if m is None or anchor.day is None:
        return False
    day = int(re.sub(r"\D", "", m.group("d1") or m.group("d2")))
    return day == anchor.day and _month(m.group("m1") or m.group("m2")) == anchor.month


@dataclass(frozen=True)
class Narrative:
    """How far the story has got: the last day-precision date, and in which block."""

    day: dt.date | None = None
    block: int = -10
    last: DateMention | None = None  # the last resolved date of any precision
    last_block: int = -10


def iso(y: int, m: int | None = None, d: int | None = None) -> tuple[str, str]:
    if m is None:
        return f"{y:04d}", "year"
    if d is None:
        return f"{y:04d}-{m:02d}", "month"
    return f"{y:04d}-{m:02d}-{d:02d}", "day"


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")[:4] if name.lower().startswith("sept") else name.lower().rstrip(".")]


def _valid(y: int, m: int, d: int) -> bool:
    try:
        dt.date(y, m, d)
    except ValueError:
        return False
    return True


@dataclass(frozen=True)
class Raw:
    kind: str
    start: int
    end: int
    groups: dict


@functools.lru_cache(maxsize=64)
def _known_patterns(known: tuple[KnownDate, ...]) -> tuple[tuple[KnownDate, re.Pattern[str]], ...]:
    # compiled once per taxonomy, not looked up in re's cache for each sentence
    return tuple((k, re.compile(r"(?<!\w)" + re.escape(k.phrase) + r"(?!\w)", re.I)) for k in known)


def find(text: str, known: tuple[KnownDate, ...] = (), present: frozenset[str] | None = None) -> list[Raw]:
    """Every date expression in ``text``, leftmost-longest, not overlapping."""
    found: list[Raw] = []
    for k, rx in _known_patterns(known):
        for m in rx.finditer(text):
            found.append(Raw("known", m.start(), m.end(), {"date": k.date}))
    # each pattern needs some token (a digit, a month name, "week"...): test for those once and
    # skip the patterns that cannot match, which is most of them in most sentences
    present = needs_present(text) if present is None else present
    for rule in _rules_for(present):
        for m in rule.pattern.finditer(text):  # type: ignore[union-attr]
            g = {k: v for k, v in m.groupdict().items() if v is not None}
            if _is_a_date(rule.kind, g, text, m.start()):
                found.append(Raw(rule.kind, m.start(), m.end(), g))
    found.sort(key=lambda r: (r.start, -(r.end - r.start)))
    out: list[Raw] = []
    for r in found:
        if out and r.start < out[-1].end:
            continue
        if out and _names_its_weekday(out[-1], r, text):
            out.pop()  # "Wednesday, March 6, 2024": one date, not last Wednesday and March 6
        out.append(_first_day_of_range(r, text))
    return out


_DAY_KINDS = frozenset({"iso", "numeric", "dmy", "mdy", "dm", "md"})
_WEEKDAY_GAP = re.compile(r",?\s*(?:the\s+)?")


def _names_its_weekday(before: Raw, r: Raw, text: str) -> bool:
    return (
        before.kind == "weekday"
        and r.kind in _DAY_KINDS
        and _WEEKDAY_GAP.fullmatch(text, before.end, r.start) is not None
    )


# "On 24 and 25 May", "on 24-25 May": a happening over days is dated by its first
_DAY_BEFORE = re.compile(r"\b(?P<first>[12]\d|3[01]|0?[1-9])\s*(?:and|&|-|–|to)\s*$")


def _first_day_of_range(r: Raw, text: str) -> Raw:
    key = "d" if r.kind in ("dmy", "dm") else "d2" if r.kind == "md_rel" else None
    if key is None or key not in r.groups:
        return r  # ("May 24 and 25" starts with its first day already)
    m = _DAY_BEFORE.search(text, max(0, r.start - 8), r.start)
    if m is None or int(m.group("first")) >= int(re.sub(r"\D", "", r.groups[key])):
        return r
    return Raw(r.kind, m.start(), r.end, {**r.groups, key: m.group("first")})


@functools.lru_cache(maxsize=512)
def _rules_for(present: frozenset[str]) -> tuple[DateRule, ...]:
    """The rules whose needs a text meets, in table order (a few hundred sets of needs occur)."""
    return tuple(r for r in TABLE if r.pattern is not None and r.needs <= present)


def _is_a_date(kind: str, g: dict, text: str, start: int) -> bool:
    """Month names that are also words ("may", "march", "Mar") count only where a date is meant."""
    mon = g.get("mon") or g.get("mon2")
    if mon is None:
        return True
    if not mon[0].isupper():
        return False  # "may", "march": verbs unless capitalised
    if kind != "month":
        return True
    bare = mon.lower().rstrip(".")
    if bare in AMBIGUOUS_MONTHS and not _PREP_BEFORE.search(text[max(0, start - 20) : start]):
        return False
    return mon.endswith(".") or mon.lower() not in SHORT_MONTHS  # bare three-letter words are too ambiguous


_OPENERS_ONLY = re.compile(r"[\s\"'“‘(]*")  # nothing before a date but space, quotes, a bracket


def is_prospective(sentence: str, start: int = 0, end: int | None = None) -> bool | None:
    """Whether the verb nearest a date (in ``sentence[start:end]``) speaks of the future.

    The first verb after the date decides ("in mid-February, the PM could visit"); without one,
    the nearest before it ("is likely to visit Sylvania in March"). A past verb ("declared that
    this war would") makes it a report of what happened. None: no verb tells either way (a
    present tense, "the rules take effect on March 28").
    """
    end = len(sentence) if end is None else end
    if _SAID_ON.search(sentence[max(0, start - 40) : start]):
        return False  # "said on Aug. 25 it will remove ...": the date is the saying's
    if _DEADLINE.search(sentence[max(0, start - 12) : start]):
        # "ordered a reduction by Sept. 1": a deadline is after the act that sets it; but "By
        # Friday, X had announced ...": what was done by then is told as past
        return not done_by(sentence, start, end)
    if _ATTRIBUTIVE_BEFORE.search(sentence, max(0, start - 6), start) and _ATTRIBUTIVE_AFTER.match(sentence, end):
        return None  # "formalizes the June 30 executive order": a name, whatever the tense around it
    noun = _EVENT_NOUN_BEFORE.search(sentence, max(0, start - 30), start)
    if noun and not _DONE_TO.search(sentence, max(0, noun.start() - 30), noun.start()):
        # "he framed it as meddling in the elections on October 26": the noun's date, not the
        # verb's (but "Freedonia held elections on October 26" is told as past)
        return None
    if _OPENERS_ONLY.fullmatch(sentence, 0, start) and _DAY_AS_SUBJECT.match(sentence, end):
        return None  # "September 16 could be a pivotal moment": the day is talked about, not to come
    clause_end = _clause_end(sentence, start, end)
    # a trailing attribution (", officials said") reports the sentence; its tense is not the event's
    after = _ATTRIBUTION_MID.sub("", _ATTRIBUTION.sub("", sentence[end:clause_end]))
    # a participial or subordinate clause after the date is about something else ("will take
    # effect from Friday, reversing the duties set in 2020"): its verbs do not date this one
    tail = _NEW_CLAUSE.search(after)
    if tail:
        after = after[: tail.start()]
    fut, past = _PROSPECTIVE.search(after), PAST_VERB.search(_blank(_PROSPECTIVE, after))
    if fut is not None:
        return past is None or fut.start() < past.start()
    if past is not None:
        return False
    before = sentence[_prev_break(sentence, start) : start]
    futs = list(_PROSPECTIVE.finditer(before))
    # "is expected to" is a future, though "expected" looks like a past tense
    pasts = list(PAST_VERB.finditer(_blank(_PROSPECTIVE, before)))
    if not futs and not pasts:
        return None
    if not futs:
        return False
    return not pasts or futs[-1].start() > pasts[-1].start()


_DEADLINE = re.compile(rf"\b(?:{'|'.join(DEADLINE_WORDS)})\s+(?:the\s+)?$", re.I)
_PAST_PERFECT = re.compile(
    r"[^.;:]{0,60}?\bhad\s+(?:\w+ly\s+)?(?:\w+ed|\w+en|been|made|sent|told|said|put|set|cut)\b", re.I
)


def done_by(sentence: str, start: int, end: int) -> bool:
    """ "By Friday, X had announced ...": a date that opens its sentence with "by", a past perfect
    after it: what had been done by then, told as past (not a deadline, nor a target)."""
    return sentence[:start].strip().lower() == "by" and _PAST_PERFECT.match(sentence, end) is not None


# a date that modifies a noun after "the" or a possessive ("the June 30 order", "the Regent’s May 5 decree")
_ATTRIBUTIVE_BEFORE = re.compile(r"(?:\bthe|['’]s)\s+$", re.I)
_ATTRIBUTIVE_AFTER = re.compile(r"\s+[a-z]")
_DONE_TO = re.compile(
    r"\b(?:\w+ed|held|won|lost|began|ran|took|saw)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?$", re.I
)
_EVENT_NOUN_BEFORE = re.compile(
    r"\b(?:elections?|vote|polls|summit|referendum|ceremony|conference|hearing|deadline)\s+(?:of\s+\w+\s+)?(?:on|in)\s+(?:the\s+)?$",
    re.I,
)
# a date that opens its sentence as its subject, described by what follows
_DAY_AS_SUBJECT = re.compile(r"\s+(?:could|would|might|may|will|is|was)\s+(?:be\s+)?(?:a|an|the|remembered)\b")
_SAYING = "|".join(v for v in (*REPORTING_VERBS, "reported") if v != "told")
_SAID_ON = re.compile(rf"\b(?:{_SAYING}|told\s+(?:\w+\s+){{0,2}}?\w+)\s+(?:on\s+)?$", re.I)
_NEW_CLAUSE = re.compile(r",\s+(?:\w+ing|which|who|while|as|amid|after|before|but|and|when|where)\b")
# the verbs of an attribution set off by a comma (", officials said", ", he told reporters")
_ATTRIBUTING = r"said|says|told\s+reporters|added|reported"
_ATTRIBUTION = re.compile(rf",\s*(?:[\w.’'-]+\s+){{0,3}}(?:{_ATTRIBUTING})(?:\s+\w+){{0,3}}[.!?]?\s*$")


# ... and one inside it (", the ministry said on Friday, as ..."): up to the next comma
_ATTRIBUTION_MID = re.compile(rf",\s*(?:[\w.’'-]+\s+){{0,3}}(?:{_ATTRIBUTING})\b[^,;]*(?=,)")


def _blank(rx: re.Pattern[str], text: str) -> str:
    """The text with rx's matches blanked out, offsets kept."""
    return rx.sub(lambda m: " " * len(m.group(0)), text)


_BREAK = re.compile(r"[;:()]")


def _next_break(sentence: str, pos: int) -> int:
    m = _BREAK.search(without_bracketed_names(sentence), pos)
    return m.start() if m else len(sentence)


_SUBORDINATE_OPEN = re.compile(rf"^\W*(?:{'|'.join((*SUBORDINATORS, *CONDITIONALS))})\b", re.I)


def _clause_end(sentence: str, start: int, end: int) -> int:
    """Where the date's clause ends: at the next break, or at the comma that closes a subordinate
    clause it stands in ("While the scheme is set to expire in September, X made calls")."""
    stop = _next_break(sentence, end)
    if _SUBORDINATE_OPEN.match(sentence, _prev_break(sentence, start), start):
        comma = sentence.find(",", end, stop)
        return comma if comma >= 0 else stop
    return stop


def _prev_break(sentence: str, pos: int) -> int:
    last = 0
    for m in _BREAK.finditer(without_bracketed_names(sentence[:pos])):
        last = m.end()
    return last


@dataclass(frozen=True)
class Context:
    """What a date expression is resolved against."""

    anchor: Anchor
    narrative: Narrative
    block_index: int
    block_year: int | None
    prospective: bool | None
    before: str = ""  # the words just before the expression
    after: str = ""  # and just after it


Mention_ = Callable[..., DateMention]  # makes the mention: (iso date and precision, confidence)
Resolver = Callable[[dict, Context, Mention_], "DateMention | None"]


def resolve(
    raw: Raw,
    text: str,
    anchor: Anchor,
    narrative: Narrative,
    block_index: int,
    block_year: int | None,
    prospective: bool | None,
) -> DateMention | None:
    """Turn one expression into a dated mention, or None when it cannot be resolved."""
    rule = RULES[raw.kind]
    surface = text[raw.start : raw.end]
    est = anchor.estimated
    # what the text states outright; everything else leans on the publication date or the narrative,
    # but a yearless date takes the year written out earlier in the same paragraph
    relative = not rule.explicit and not (rule.paragraph_year and block_year is not None)

    def mention(date: tuple[str, str], confidence: str = "high") -> DateMention:
        if est and confidence == "high" and relative:
            confidence = "medium"  # resolved against an estimated publication date
        return DateMention(
            raw.start, raw.end, surface, date[0], date[1], confidence, bool(prospective), relative and est
        )

    before, after = text[max(0, raw.start - 24) : raw.start], text[raw.end : raw.end + 60]
    context = Context(anchor, narrative, block_index, block_year, prospective, before, after)
    return rule.resolve(raw.groups, context, mention)


def _r_known(g: dict, c: Context, mention: Mention_) -> DateMention | None:
    return mention((g["date"], ("year", "month", "day")[g["date"].count("-")]), "medium")


def _r_iso(g: dict, c: Context, mention: Mention_) -> DateMention | None:
    y, m, d = int(g["y"]), int(g["m"]), int(g["d"])
    return mention(iso(y, m, d)) if _valid(y, m, d) else None


def _r_numeric(g: dict, c: Context, mention: Mention_) -> DateMention | None:
    a, b, y = int(g["a"]), int(g["b"]), int(g["y"])
    # day first unless impossible: the sources are mostly non-US
    d, m = (a, b) if b <= 12 else (b, a)
    return mention(iso(y, m, d)) if _valid(y, m, d) else None


def _r_full(g: dict, c: Context, mention: Mention_) -> DateMention | None:
    y, m, d = int(g["y"]), _month(g["mon"]), int(re.sub(r"\D", "", g["d"]))
    return mention(iso(y, m, d)) if _valid(y, m, d) else None


def _r_month_year(g: dict, c: Context, mention: Mention_) -> DateMention | None:
    return mention(iso(int(g["y"]), _month(g["mon"])))


def _r_part_year(g: dict, c: Context, mention: Mention_) -> DateMention | None:
    part, y = g["part"].lower(), int(g["y"])
    if "beginning" in part or "start" in part:
        return mention(iso(y, 1), "medium")
    if "end" in part:
        return mention(iso(y, 12), "medium")
    return mention(iso(y))


def _r_year(g: dict, c: Context, mention: Mention_) -> DateMention | None:
    return mention(iso(int(g["y"])))


def _r_md_rel(g: dict, c: Context, mention: Mention_) -> DateMention | None:
    off = {"last": -1, "this": 0, "next": 1}[g["rel"].lower()]
    mon, day = g.get("mon") or g["mon2"], int(re.sub(r"\D", "", g.get("d") or g["d2"]))
    y, m = c.anchor.year + off, _month(mon)
    return mention(iso(y, m, day)) if _valid(y, m, day) else None


def _r_month_rel(g: dict, c: Context, mention: Mention_) -> DateMention | None:
    off = {"last": -1, "this": 0, "next": 1}[g["rel"].lower()]
    return mention(iso(c.anchor.year + off, _month(g["mon"])))


def _r_month_last(g: dict, c: Context, mention: Mention_) -> DateMention | None:
    """ "last April" is the latest April before the text's month, "next March" the first after it;
    in a text dated to its year only, the year before (after) it."""
    m, a = _month(g["mon"]), c.anchor
    back = g["rel"].lower().split()[-1] in ("last", "past")
    if a.month is None:
        y = a.year - 1 if back else a.year + 1
    elif back:
        y = a.year if m < a.month else a.year - 1
    else:
        y = a.year if m > a.month else a.year + 1
    return mention(iso(y, m), "medium")


def _r_yearless(g: dict, c: Context, mention: Mention_) -> DateMention | None:
    m = _month(g["mon"])
    d = int(re.sub(r"\D", "", g["d"])) if "d" in g else None
    y = _year_for(m, d, c.anchor, c.block_year, c.prospective)
    if d is not None and not _valid(y, m, d):
        return None
    return mention(iso(y, m, d), "high" if c.block_year or c.anchor.month else "medium")


def _r_weekday(g: dict, c: Context, mention: Mention_) -> DateMention | None:
    a = c.anchor
    if a.day is None or a.month is None:
        # a text dated to its month or year: the weekday is in it, no finer than that
        return mention(iso(a.year, a.month), "medium" if a.month else "low")
    pub = dt.date(a.year, a.month, a.day)
    want = WEEKDAYS[g["wd"].lower()]
    delta = (pub.weekday() - want) % 7
    rel = (g.get("wrel") or "").lower()
    # "next Saturday" written on a Saturday is a week on, "last Saturday" a week back: never today
    if rel == "next" or (c.prospective and rel != "last"):
        day = pub + dt.timedelta(days=(7 - delta) % 7 or (7 if rel == "next" else 0))
    else:
        day = pub - dt.timedelta(days=delta or (7 if rel == "last" else 0))
    return mention(iso(day.year, day.month, day.day), "medium" if a.estimated else "high")


# "The moves came a day after X said ...": the saying is the day before the moves the story is at
_CAME_AFTER = re.compile(r"\b(?:came|comes|come|followed|follows)\s+(?:just\s+|only\s+)?$", re.I)


# "announced the move two days after the ministers agreed": a clause of its own after "after"
# (its subject, then a verb in the past), following the main one
_CLAUSE_AFTER = re.compile(rf"^\s+(?:[\w'’.-]+\s+){{0,4}}?{PAST_PATTERN}\b")
_MID_SENTENCE = re.compile(r"[\w,]\s*$")


def _counts_back(c: Context) -> bool:
    """ "came a day after X said", "announced it two days after X agreed": what follows "after" is
    the earlier happening, the days before the one the story is at."""
    return bool(_CAME_AFTER.search(c.before) or (_MID_SENTENCE.search(c.before) and _CLAUSE_AFTER.match(c.after)))


def _r_rel_day(g: dict, c: Context, mention: Mention_) -> DateMention | None:
    if (g.get("dir") or "").lower() == "after" and _counts_back(c):
        g = {**g, "dir": "earlier"}
    return _relative_day(g, c.anchor, c.narrative, c.block_index, mention)


def _r_rel_week(g: dict, c: Context, mention: Mention_) -> DateMention | None:
    if g.get("n"):
        return _weeks_from(g, c, mention)
    rel, a = g["rel"].lower(), c.anchor
    if a.month is None:
        return None
    base = dt.date(a.year, a.month, a.day or 15)
    if a.day is not None:
        # a calendar week is in the month of its Thursday (as ISO weeks are in their year); "the
        # beginning of the week" in that of its Monday, "the end of the week" of its Sunday
        part = {"beginning": 0, "start": 0, "end": 6}.get((g.get("part") or "").lower(), 3)
        base = base - dt.timedelta(days=base.weekday()) + dt.timedelta(days=part)
    off = {"last": -7, "this": 0, "next": 7}.get(rel.split()[-1], 0)
    if "following" in rel or "previous" in rel:
        if c.narrative.day is None:
            return None
        base, off = c.narrative.day, (7 if "following" in rel else -7)
    day = base + dt.timedelta(days=off)
    return mention(iso(day.year, day.month), "medium")


def _r_rel_month(g: dict, c: Context, mention: Mention_) -> DateMention | None:
    a = c.anchor
    if g.get("n"):
        return _months_from(g, c, mention)
    if a.month is None:
        return None
    rel = g["rel"].lower()
    off = -1 if rel in ("last", "the previous") else 1 if rel in ("next", "the following") else 0
    total = a.year * 12 + a.month - 1 + off
    return mention(iso(total // 12, total % 12 + 1), "medium")


def _count(g: dict) -> int:
    """The number a relative date counts ("three", "a few", "6"), 1 when it gives none."""
    n = g.get("n")
    if not n:
        return 1
    return int(n) if n.isdigit() else NUMBERS.get(n.lower(), 1)


def _weeks_from(g: dict, c: Context, mention: Mention_) -> DateMention | None:
    """ "Three weeks later": from the day the story has reached; "two weeks ago": from publication;
    at the month, since a count of weeks names no day."""
    n = _count(g)
    a = c.anchor
    if g["dir"].lower() in ("later", "after"):
        last = c.narrative.last
        if c.narrative.day is None and (last is None or len(last.date) < 7):
            return None
        # from a month ("in early April ... Two weeks later"): from its middle, as far as the text tells
        start = c.narrative.day or dt.date(int(last.date[:4]), int(last.date[5:7]), 15)  # type: ignore[union-attr]
        day = start + dt.timedelta(weeks=n)
    else:
        if a.month is None:
            return None
        day = dt.date(a.year, a.month, a.day or 15) - dt.timedelta(weeks=n)
    return mention(iso(day.year, day.month), "medium")


def _months_from(g: dict, c: Context, mention: Mention_) -> DateMention | None:
    """ "Two months later": from the date the story has reached; "six months ago": from publication."""
    n = _count(g)
    if g["dir"].lower() in ("later", "after"):
        last = c.narrative.last
        if last is None or len(last.date) < 7:
            return None
        y, m = int(last.date[:4]), int(last.date[5:7])
    else:
        if c.anchor.month is None:
            return None
        y, m, n = c.anchor.year, c.anchor.month, -n
    total = y * 12 + m - 1 + n
    return mention(iso(total // 12, total % 12 + 1), "medium")


def _r_rel_year(g: dict, c: Context, mention: Mention_) -> DateMention | None:
    if g.get("rel"):
        rel = g["rel"].lower()
        off = -1 if rel in ("last", "the previous") else 1 if rel in ("next", "the following") else 0
        return mention(iso(c.anchor.year + off), "high")
    n = NUMBERS.get(g["n"].lower()) if not g["n"].isdigit() else int(g["n"])
    if n is None:
        return None
    if g["dir"].lower() == "later":
        if c.narrative.last is None:
            return None
        return mention(iso(int(c.narrative.last.date[:4]) + n), "medium")
    return mention(iso(c.anchor.year - n), "medium")


def _r_anaphor(g: dict, c: Context, mention: Mention_) -> DateMention | None:
    last = c.narrative.last
    # "At the same time" points back only to a date of this block or the one before
    if last is None or c.block_index - c.narrative.last_block > 1:
        return None
    word = g["word"].lower()
    if word in ("in the aftermath", "immediately") or word.startswith(("shortly", "soon")):
        return mention((last.date[:4], "year"), "medium")
    date = last.date[:7]
    return mention((date, "month" if len(date) == 7 else "year"), "medium")


def _r_span(g: dict, c: Context, mention: Mention_) -> DateMention | None:
    """ "Over the last six months", "for the past two years": since the start of that span, as
    coarsely as the span is counted (a year for months and years, a month for days and weeks)."""
    a = c.anchor
    n = _count(g)
    unit = g["unit"].lower().rstrip("s")
    if unit == "decade":
        return None  # "over the past decade": a time too long to date anything by its start
    months = {"day": 0, "week": 0, "month": n, "year": 12 * n, "decade": 120 * n}[unit]
    if unit in ("day", "week") and a.month is not None:
        base = dt.date(a.year, a.month, a.day or 15) - dt.timedelta(days=n * (7 if unit == "week" else 1))
        return mention(iso(base.year, base.month), "medium")
    total = a.year * 12 + (a.month or 7) - 1 - months
    return mention(iso(total // 12), "medium")


def is_vague(surface: str) -> bool:
    """ "Recently", "lately", "in recent weeks": a time near publication, no date to show."""
    return PATTERNS_BY_KIND["recent"].fullmatch(surface) is not None


def _r_recent(g: dict, c: Context, mention: Mention_) -> DateMention | None:
    """ "Recently", "in recent weeks": the time of publication, at its month for days and weeks."""
    a = c.anchor
    if g.get("unit", "").lower() in ("days", "weeks") and a.month is not None:
        return mention(iso(a.year, a.month), "medium")
    return mention(iso(a.year), "medium")


@dataclass(frozen=True)
class DateRule:
    """One kind of date expression: how to find it cheaply, what it states, how to resolve it."""

    kind: str
    needs: frozenset[str]  # tokens the text must hold before the pattern is tried (see _NEEDS)
    resolve: Resolver
    explicit: bool = False  # states its date outright, leaning on neither publication nor narrative
    states_year: bool = False  # writes a year out: yearless dates later in the paragraph take it
    paragraph_year: bool = False  # a yearless date, which takes such a year
    pattern: re.Pattern[str] | None = None  # (None: found another way, as known dates are)


def _rule(kind: str, needs: str, resolve: Resolver, flags: str = "") -> DateRule:
    pattern = dict(PATTERNS).get(kind)
    return DateRule(
        kind,
        frozenset(needs.split()),
        resolve,
        explicit="explicit" in flags,
        states_year="states_year" in flags,
        paragraph_year="paragraph_year" in flags,
        pattern=pattern,
    )


TABLE: tuple[DateRule, ...] = (
    _rule("iso", "year4", _r_iso, "explicit states_year"),
    _rule("numeric", "year4", _r_numeric, "explicit states_year"),
    _rule("dmy", "year4 month", _r_full, "explicit states_year"),
    _rule("mdy", "year4 month", _r_full, "explicit states_year"),
    _rule("md_rel", "digit month year", _r_md_rel),
    _rule("part_month_rel", "month year", _r_month_rel),
    _rule("month_rel", "month year", _r_month_rel),
    _rule("month_last", "month", _r_month_last),
    _rule("part_month_year", "year4 month", _r_month_year, "explicit states_year"),
    _rule("month_year", "year4 month", _r_month_year, "explicit states_year"),
    _rule("part_year", "year4", _r_part_year, "explicit"),
    _rule("dm", "digit month", _r_yearless, "paragraph_year"),
    _rule("md", "digit month", _r_yearless, "paragraph_year"),
    _rule("part_month", "month", _r_yearless, "paragraph_year"),
    _rule("month", "month", _r_yearless, "paragraph_year"),
    _rule("year", "year4", _r_year, "explicit"),
    _rule("weekday", "weekday", _r_weekday),
    _rule("rel_day", "day", _r_rel_day),
    _rule("rel_week", "week", _r_rel_week),
    _rule("rel_month", "monthword", _r_rel_month),
    _rule("rel_year", "year", _r_rel_year),
    _rule("span", "recent", _r_span),
    _rule("recent", "recent", _r_recent),
    _rule("anaphor", "anaphor", _r_anaphor),
)
RULES: dict[str, DateRule] = {r.kind: r for r in TABLE} | {
    "known": DateRule("known", frozenset(), _r_known, explicit=True)
}
PATTERNS_BY_KIND = dict(PATTERNS)
# the table and the patterns name the same kinds, in the same order
assert [r.kind for r in TABLE] == [k for k, _ in PATTERNS]


def _year_for(m: int, d: int | None, anchor: Anchor, block_year: int | None, prospective: bool | None) -> int:
    """The year of a yearless date.

    A year stated earlier in the same paragraph wins. Otherwise the latest such date on or before
    publication (a past-tense report); a month alone must be before the publication month, since
    an article says "this month" of its own. A prospective sentence takes the next occurrence;
    one with no tense to go by ("take effect on March 28") the nearest to publication.
    """
    if block_year is not None:
        return block_year
    if anchor.month is None:
        return anchor.year
    pub = (anchor.month, anchor.day or 31)
    if prospective:
        return anchor.year if (m, d or 31) >= (anchor.month, 1 if d else 0) else anchor.year + 1
    if d is None:
        past = anchor.year if m < anchor.month else anchor.year - 1
    else:
        past = anchor.year if (m, d) <= pub else anchor.year - 1
    if prospective is None and past < anchor.year:
        # this year's is ahead of publication; take it when it is nearer than last year's
        ahead = (m - anchor.month) * 31 + ((d or 15) - (anchor.day or 15))
        behind = 365 - ahead
        if 0 < ahead < behind:
            return anchor.year
    return past


def _day_offset(g: dict) -> tuple[int, bool]:
    """How many days a relative expression moves, and whether from the story's day (else publication's)."""
    if g.get("yt"):
        return {"yesterday": -1, "today": 0, "tomorrow": 1}[g["yt"].lower()], False
    if g.get("word") or g.get("word2") or g.get("this") or g.get("hours"):
        word = "same" if g.get("this") or g.get("hours") else (g.get("word") or g["word2"]).lower()
        return {"following": 1, "next": 1, "after": 1, "previous": -1, "before": -1, "same": 0}[word], True
    n, direction = _count(g), g["dir"].lower()
    return (n if direction in ("later", "after") else -n), direction != "ago"


def _relative_day(g: dict, anchor: Anchor, narrative: Narrative, block_index: int, mention) -> DateMention | None:
    off, sequential = _day_offset(g)
    # a sequence ("the following day", "three days later") counts from the date the story has just
    # reached; without one near, from the publication date, as a report's "the day before" does
    if sequential and narrative.day is not None and block_index - narrative.block <= 1:
        day = narrative.day + dt.timedelta(days=off)
        return mention(iso(day.year, day.month, day.day))
    # the story has just reached a month or a year ("Last week, ... The next day, ..."): the day
    # after it is in that month, as far as the text tells, not the day after publication
    last = narrative.last
    if sequential and last is not None and last.precision != "day" and block_index - narrative.last_block <= 1:
        return mention((last.date, last.precision), "medium" if last.precision == "month" else "low")
    if anchor.day is not None and anchor.month is not None:
        day = dt.date(anchor.year, anchor.month, anchor.day) + dt.timedelta(days=off)
        return mention(iso(day.year, day.month, day.day), "medium")
    if anchor.month is not None:
        return mention(iso(anchor.year, anchor.month), "low")
    return mention(iso(anchor.year), "low")


# ------------------------------------------------------------------ a whole text


@dataclass(frozen=True)
class Found:
    """A resolved mention, with the sentence it stands in."""

    block: int
    sentence: int
    mention: DateMention


def names_a_thing(sentence: str, start: int, end: int, surface: str) -> int | None:
    """ "the 1960 treaty", "the 2020 presidential election": a year between a determiner and a
    noun names that thing; where its words end, else None. The story is not at that time."""
    if not surface.isdigit() or not _DETERMINER_BEFORE.search(sentence, 0, start):
        return None
    after = _WORDS_AFTER.match(sentence, end)
    return after.end() if after else None


_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|this|that)\s+$|['’]s\s+$", re.I)
_WORDS_AFTER = re.compile(r"(?:\s+[\w-]+){1,3}")


_DESCRIBED_BY = re.compile(
    rf"\b(?!(?:was|were|is|are|been|be|being|had|has|have|it|they|he|she|who|which|that)\s)[a-z]\w+\s+"
    rf"(?:first\s+|originally\s+|previously\s+)?(?:{'|'.join((*IMPOSED_FORMS, 'set', 'put in place', 'placed'))})"
    r"\s+(?:in|on|since|during)\s+(?:the\s+)?(?:end\s+of\s+|start\s+of\s+)?$"
)


def describes_a_thing(sentence: str, start: int) -> bool:
    """ "reversing the duties set in 2020", "restrictions first imposed in 2004": the date of a
    participle that describes a thing; the story is not at that time."""
    return _DESCRIBED_BY.search(sentence, max(0, start - 60), start) is not None


def advance(narrative: Narrative, mention: DateMention, block_index: int) -> Narrative:
    """The narrative after a resolved mention: day-precision dates move it on."""
    n = evolve(narrative, last=mention, last_block=block_index)
    if mention.precision == "day" and not mention.prospective:
        y, m, d = (int(p) for p in mention.date.split("-"))
        n = evolve(n, day=dt.date(y, m, d), block=block_index)
    return n


def explicit_year(raw: Raw) -> int | None:
    """The year a fully written date states, used for yearless dates later in the paragraph."""
    return int(raw.groups["y"]) if RULES[raw.kind].states_year else None
