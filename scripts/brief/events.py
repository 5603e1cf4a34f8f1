"""Dated events: one per distinct dated happening in a sentence (annotation guide, section 2.4)."""

from __future__ import annotations

import datetime
import functools
import re

from . import dates as D
from .lexicon import (
    CONNECTIVES,
    DEADLINE_WORDS,
    FUTURE_PATTERN,
    HYPOTHETICAL_PATTERN,
    PAST_FORMS,
    PAST_VERB,
    RELATIVE_PRONOUNS,
    REPORTING_VERBS,
    without_bracketed_names,
)
from .model import DateMention

# nouns that name an act only when a date goes with them ("the resolution of 11 September", "the
# 1960 Indus Waters Treaty": its signing); a sentence with no date of its own is no news for them
# ("to implement the President's decision")
_ACT_NOUNS = frozenset(
    {"decision", "order", "resolution", "decree", "downing", "announcement", "agreement", "treaty", "accord", "pact"}
)
# nouns that name a happening: "following the Palace's annexation of the province in 2014"
_HAPPENING_NOUNS = frozenset(
    {
        *["annexation", "invasion", "occupation", "arrest", "expulsion", "election", "referendum", "summit"],
        *["signing", "launch", "outbreak", "attack", "coup", "ceasefire", "visit"],
    }
)
# a clause reports a happening when it has an action verb: regular past tenses, the irregular
# ones news prose uses, and the historical present of official acts ("the ministry freezes");
# a modal or "is likely to", "plans to" with the verb after it
_ACTION_WORDS = frozenset(
    (
        *PAST_FORMS,
        *[
            "freezes",
            "bans",
            "imposes",
            "suspends",
            "announces",
            "expands",
            "adds",
            "blacklists",
            "signs",
            "visits",
            "meets",
            "says",
            "calls",
        ],
        *_HAPPENING_NOUNS,
        # an act named by its noun: "follows the President's February 7 order" (see _ACT_NOUNS)
        *_ACT_NOUNS,
    )
)
# word sequences that are one action: each step is a set of words (None: any word)
_ACTION_PHRASES: tuple[tuple[frozenset[str] | None, ...], ...] = (
    (frozenset({"will", "would", "could"}), None),
    (frozenset({"is"}), frozenset({"likely", "expected", "set", "due"}), frozenset({"to"}), None),
    (frozenset({"plan", "plans"}), frozenset({"to"}), None),
    # "agreed" alone reads as a state ("the agreed text"); "agreed to deploy" is a happening
    (frozenset({"agreed"}), frozenset({"to", "on", "that", "with"})),
)
_PHRASE_FIRST = frozenset({"agreed"})  # -ed words whose phrase is tried before the word alone
_WORD = re.compile(r"\w+")


_BE = frozenset({"is", "are", "was", "were", "been"})  # "has been waging war since 2022": an act in course
# "-ing" words after a form of "be" that tell no act in course: a plan, a wish, a state
_NOT_PROGRESSIVE = frozenset(
    {
        "going",
        "planning",
        "considering",
        "weighing",
        "seeking",
        "hoping",
        "trying",
        "being",
        "facing",
        "willing",
        "taking",
        "working",
        "looking",
        "continuing",
        "monitoring",
    }
)


def _progressive(text: str, be_end: int, nxt: tuple[str, int, int]) -> bool:
    """ "is imposing": a lower-case -ing word right after "be" (not "was “embarrassing”")."""
    word, start, _ = nxt
    if not (len(word) >= 6 and word.endswith("ing")) or word in _NOT_PROGRESSIVE:
        return False
    return text[start].islower() and text[be_end:start].isspace()


@functools.lru_cache(maxsize=1024)
def action_verbs(text: str) -> tuple[str, ...]:
    """The action words of a text, lower-cased, in order ("will visit" is one).

    A scan of its words with set look-ups: a case-blind regex of every verb form tried at each
    word costs several times more, and the rules ask this of each sentence more than once.
    """
    words = [(m.group(0).lower(), m.start(), m.end()) for m in _WORD.finditer(text)]
    out: list[str] = []
    i = 0
    while i < len(words):
        word, start, end = words[i]
        # a capitalised word in -ed within the sentence is a name ("United"), no verb
        past = len(word) >= 5 and word.endswith("ed") and not (i and text[start].isupper())
        if word not in _PHRASE_FIRST and (past or word in _ACTION_WORDS):
            out.append(word)
            i += 1
            continue
        if word in _BE and i + 1 < len(words) and _progressive(text, end, words[i + 1]):
            out.append(f"{word} {words[i + 1][0]}")  # "is imposing", "was restricting": an act in course
            i += 2
            continue
        n = _phrase_at(text, words, i)
        if n:
            out.append(text[start : words[i + n - 1][2]].lower())
        elif word in _PHRASE_FIRST:
            out.append(word)
        i += n or 1
    return tuple(out)


def _phrase_at(text: str, words: list[tuple[str, int, int]], i: int) -> int:
    """How many words from the i-th an action phrase spans (0: none), its words apart by spaces only."""
    for phrase in _ACTION_PHRASES:
        if i + len(phrase) > len(words):
            continue
        if all(
            (step is None or words[i + k][0] in step)
            and (k == 0 or _spaces(text[words[i + k - 1][2] : words[i + k][1]]))
            for k, step in enumerate(phrase)
        ):
            return len(phrase)
    return 0


def _spaces(gap: str) -> bool:
    return bool(gap) and gap.isspace()


# "-ed" words that describe a state, not a happening
_STATIVE = {
    "based",
    "owned",
    "related",
    "concerned",
    "interested",
    "located",
    "situated",
    "called",
    "named",
    "known",
    "united",
    "limited",
    "red",
    "need",
    "indeed",
    "speed",
    "feed",
    "seed",
    "shed",
    "bed",
    "embed",
    "exceed",
    "proceed",
    "succeed",
    "agreed",
    "armed",
    "advanced",
    "detailed",
    "supposed",
}
# a clause that only measures something is a statistic, not an event
_STATISTIC = re.compile(
    r"\b(?:grew|grow[sn]?|rose|fell|increased|decreased|declined|tumbled|plunged|soared|reached|doubled|halved|"
    r"amount(?:ed|ing|s)?|totall?ed|accounted|"
    r"depends?|had\s+a\s+(?:trade\s+)?(?:deficit|surplus)|per\s*cent|percent)\b|%",
    re.I,
)
_SHARE = re.compile(r"per\s*cent|percent|%", re.I)
# a running count ("has filed 465 protests since January 2020", "this year, the list has added 32
# officials"; "Of these, 122 were lodged ..."): a tally of acts, no act of its own
_TALLY_COUNT = re.compile(
    r"\b(?:has|have)\s+(?:now\s+|already\s+|so\s+far\s+)?(?:\w+ed|made|taken|brought)\s+"
    r"(?:a\s+total\s+of\s+|more\s+than\s+|over\s+|some\s+|nearly\s+|about\s+|at\s+least\s+)?\d[\d,]*\s+[a-z]",
    re.I,
)
_TALLY_SPAN = re.compile(r"\b(?:since|as\s+of|so\s+far|to\s+date|this\s+year|in\s+total)\b", re.I)
_TALLY_PART = re.compile(r"^\W*of\s+(?:these|those|them)\s*,?\s+\d", re.I)


# "crossed the border 230,000 times": acts counted, no one happening
_TALLY_TIMES = re.compile(r"\b\d{1,3}(?:,\d{3})+\s+times\b|\b\d{3,}\s+times\b", re.I)
# "From 1 July to 10 August, 342 people were registered": those counted over a span
_TALLY_COUNTED = re.compile(
    r"^\W*(?:from|between|in\s+the\s+(?:first|second|last)\s+(?:half|quarter|months?|weeks?))\b[^.;]*?,\s*"
    r"(?:more\s+than\s+|over\s+|some\s+|nearly\s+|about\s+|at\s+least\s+)?\d[\d,]*\s+[a-z]",
    re.I,
)


def is_tally(sentence: str) -> bool:
    """A sentence that counts acts over a span, or a part of such a count: a statistic."""
    if _TALLY_PART.match(sentence) or _TALLY_TIMES.search(sentence) or _TALLY_COUNTED.match(sentence):
        return True
    return _TALLY_COUNT.search(sentence) is not None and _TALLY_SPAN.search(sentence) is not None


_CLAUSE_BREAK = re.compile(r"[;()\[\]:]|\s[–—]\s")
_SINCE = re.compile(r"\b(?:since|from)\s+(?:the\s+)?$", re.I)
_TARGET = re.compile(rf"\b(?:{'|'.join(DEADLINE_WORDS)}|through)\s+$", re.I)
_COMPARISON = re.compile(r"\bthan\s+(?:in\s+|on\s+|at\s+)?(?:the\s+)?$", re.I)


_SPAN_START = re.compile(r"\b(?:from|between)\s+(?:the\s+)?$", re.I)
_SPAN_JOIN = re.compile(r"^\s*(?:to|until|till|through|and|[–—-])\s*(?:the\s+)?$", re.I)


def ends_span(sentence: str, mention: DateMention, dates: list[DateMention], offset: int) -> bool:
    """The second date of "from Monday to Sept 23" or "on Thursday and Friday": the end of one
    span, not a happening of its own (but "on 3 May and 5 June" are two)."""
    s = mention.start - offset
    for d in dates:
        ds, de = d.start - offset, d.end - offset
        if de > s or not _SPAN_JOIN.match(sentence[de:s]):
            continue
        if _SPAN_START.search(sentence[max(0, ds - 12) : ds]) or _next_day(d.date, mention.date):
            return True
    return False


def _next_day(first: str, second: str) -> bool:
    if len(first) != 10 or len(second) != 10:
        return False
    return (datetime.date.fromisoformat(second) - datetime.date.fromisoformat(first)).days == 1


def is_target(sentence: str, mention: DateMention, offset: int) -> bool:
    """A date that is a deadline or a comparison ("by 2027", "than in 2014") moves no narrative."""
    s = mention.start - offset
    before = sentence[max(0, s - 12) : s]
    return bool(_TARGET.search(before) or _COMPARISON.search(before))


# "exports — specifically to the ports — were banned": an aside between two dashes, blanked
_DASHED_ASIDE = re.compile(r"\s[–—]\s[^–—;:()]*\s[–—]\s")


def clause_around(sentence: str, start: int, end: int) -> str:
    """The clause a date stands in: up to the nearest ;, :, bracket or dash on each side, an aside
    between two dashes left out."""
    left = 0
    breaks = without_bracketed_names(sentence)  # "the Trade Office (FTO) issued": one clause
    aside = _DASHED_ASIDE.search(breaks, end)
    if aside is not None and not _CLAUSE_BREAK.search(breaks, end, aside.start()):
        sentence = breaks = sentence[: aside.start()] + " " * len(aside.group(0)) + sentence[aside.end() :]
    for m in _CLAUSE_BREAK.finditer(breaks, 0, start):
        left = m.end()
    after = _CLAUSE_BREAK.search(breaks, end)
    right = after.start() if after else len(sentence)
    return sentence[left:right]


def has_action(sentence: str) -> bool:
    verbs = _acting_verbs(sentence)
    return any(v not in _ACT_NOUNS for v in verbs) and not _STATISTIC.search(sentence) and not is_tally(sentence)


def _acting_verbs(text: str) -> list[str]:
    """The action words that tell of an act, not a state ("based", "agreed"; "called" but as a saying)."""
    return [v for v in action_verbs(text) if v not in _STATIVE or (v == "called" and _CALLED_ACT.search(text))]


# "called" names ("a group called ...", "the so-called ..."), but one who "called for", "called on"
# or "called the package unserious" did something
_CALLED_ACT = re.compile(r"(?<!-)\b[Cc]alled\s+(?:for|on|off|it|them|him|her|(?:the|a|an|this|his|its|their)\s+[a-z])")


def reports_happening(sentence: str, mention: DateMention, offset: int, caption: bool = False) -> bool:
    """Whether the clause of a date reports a happening (not a statistic, a target or a duration)."""
    s, e = mention.start - offset, mention.end - offset
    before = sentence[max(0, s - 12) : s]
    if _TARGET.search(before) and not D.done_by(sentence, s, e):
        return False  # "by 2027" is a target, not a happening (but "By Friday, X had announced" is)
    if _COMPARISON.search(before):
        return False  # "a tougher stance than in 2014" compares, it does not report
    clause = clause_around(sentence, s, e)
    if not _WORD.search(clause.replace(sentence[s:e], "")) and s >= 2:
        # a date alone in brackets dates what comes before them: "the attack (22 April 2025)"
        clause = clause_around(sentence, s - 2, s - 2)
    if caption:
        return True  # a caption names its happening without a verb ("Press conference by ..., 30 May")
    if is_tally(sentence):
        return False
    verbs = _acting_verbs(clause)
    if not verbs:
        return False
    stat = _STATISTIC.search(clause)
    if stat is None or any(v in _STRONG for v in verbs):
        return True
    # a share alone ("more than 20% of their funding") measures a thing the act is about: an act
    # besides the statistic's own verbs is still a happening
    return _SHARE.fullmatch(stat.group(0)) is not None and any(not _STATISTIC.fullmatch(v) for v in verbs)


_STRONG = {
    "announced",
    "imposed",
    "declared",
    "signed",
    "raised",
    "banned",
    "froze",
    "suspended",
    "nationalized",
    "nationalised",
    "arrested",
    "annexed",
    "seized",
    "expelled",
    "denounced",
    "adopted",
    "approved",
}


_LEADING_DATE = re.compile(r"^\W*(?:(?:on|in|from|since|as early as|at|by|after|during)\s+)?$", re.I)
# a wire story's dateline ("BANGKOK (AP) — ", "Fredville (FNA) - ", or "(UPI) -- " once its date
# has gone): where the story was filed, no part of what happened
_WIRE_LEAD = re.compile(
    r"^\W*(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:,\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})?\s*)?"
    r"\([A-Z][A-Za-z/ .]{0,24}\)\s*(?:--|[-—–])\s*"
)
_CONNECTIVE = re.compile(r"^(?:" + "|".join(CONNECTIVES) + r")\s*,\s*", re.I)


def summary(sentence: str, mention: DateMention, offset: int) -> str:
    """A one-line summary: the sentence without a leading date phrase, connectives or page markup.

    A date inside the sentence stays (cutting it would leave "seized ... at, and"); only one that
    opens the sentence ("On 26 September 2022, ...") goes, since the entry shows its date.
    """
    s, e = mention.start - offset, mention.end - offset
    text = sentence
    # ("During Thursday's event, ...": the date is a possessive there, and stays)
    # nor one that relates to what follows it ("Two days after the vote, ..."): it needs its object
    relates = re.search(r"\b(?:after|before)$", sentence[s:e], re.I) is not None
    if (
        0 <= s < e <= len(sentence)
        and _LEADING_DATE.match(sentence[:s])
        and sentence[e : e + 2] not in ("'s", "’s")
        and not relates
    ):
        text = sentence[e:].lstrip(" ,")
    text = _WIRE_LEAD.sub("", text, count=1)
    text = re.sub(r"\*+|\\(?=[$*_])|<\/?sup>|\[\d{1,3}\]|\(\d{1,3}\)(?=\W|$)", "", text)
    for _ in range(2):
        text = _CONNECTIVE.sub("", text.strip())
    text = re.sub(r"\s+([,.;:])", r"\1", re.sub(r"\s{2,}", " ", text)).strip(" ,;:")
    text = text[:1].upper() + text[1:]
    if len(text) > 180:
        text = text[:177].rsplit(" ", 1)[0].rstrip(",;:") + "…"
    return text


_CONTINUATION = re.compile(r"^\W*(?:(?:He|She|It|They)\b|[A-Z][a-z]+ed\b)")


def continues_episode(sentence: str) -> bool:
    """A sentence that goes on with the happening before it: "He was ordered...", "Declared ...,"."""
    return bool(_CONTINUATION.match(sentence))


_SINCE_ONLY = re.compile(r"\bsince\s+(?:the\s+)?$", re.I)


def is_since_only(sentence: str, mention: DateMention, offset: int) -> bool:
    """ "since 2014": when a state began. ("from 1 January" is when a measure takes effect: its date.)"""
    s = mention.start - offset
    return bool(_SINCE_ONLY.search(sentence[max(0, s - 12) : s]))


def is_since(sentence: str, mention: DateMention, offset: int) -> bool:
    s = mention.start - offset
    return bool(_SINCE.search(sentence[max(0, s - 12) : s]))


_HYPOTHETICAL = re.compile(rf"\b{HYPOTHETICAL_PATTERN}\b")


def is_hypothetical(sentence: str) -> bool:
    """Wording of what could be, not of what happened: no event can be dated from it."""
    return bool(_HYPOTHETICAL.search(sentence))


# wording that sets a happening before the news being told ("Previously, ...", "had imposed")
_EARLIER = re.compile(
    r"\b(?:previously|formerly|once|in the past|used to|had\s+(?:\w+ly\s+)?(?:been\s+)?\w+(?:ed|en))\b", re.I
)
_REPORTED = re.compile(r"\b(?:" + "|".join(REPORTING_VERBS) + r")\b", re.I)
_FUTURE_ONLY = re.compile(r"\b(?:will|shall)\b|\b(?:is|are)\s+to\s+be\b", re.I)


_STATE = re.compile(
    r"\b(?:since|for\s+the\s+(?:past|last)|for\s+(?:years|decades|months)|have\s+a|has\s+a|as\s+a\s+member|"
    r"(?:is|are|was|were|remains?)\s+still|still\s+(?:in\s+(?:place|force)|applies|apply)|"
    r"(?:remains?|remained|to\s+remain)\s+in\s+(?:place|force))\b",
    re.I,
)


def tells_a_state(sentence: str) -> bool:
    """ "has applied sanctions since ...", "We have a shared interest", "is still suspended",
    "remain in place": a standing state, no happening."""
    return _STATE.search(sentence) is not None


def is_reported(sentence: str) -> bool:
    """The sentence reports a saying ("..., the PM says", "X announced")."""
    return _REPORTED.search(sentence) is not None


def acts_now_for_what_is_to_come(sentence: str, starts: list[int]) -> bool:
    """Every date (at ``starts``) is of what the sentence's happening sets for later: a saying that
    announces it ("X said it would act next week", "... must leave by May 15") or an act told in
    the past before the date ("postponed his visit next week"). The happening is of the day it is
    told. A saying about a state ("said the nation has a chance in 2045") is not one."""
    if not starts or not tells_news(sentence):
        return False
    said = _REPORTED.search(sentence)
    if said is not None and said.end() <= min(starts):
        return _TO_COME.search(sentence, said.end(), min(starts)) is not None
    head = sentence[: min(starts)]
    past = PAST_VERB.search(head)
    if past is None or _TO_COME.search(head) or _RELATIVE.search(head, 0, past.start()):
        return False
    # what the act sets stands between it and the date ("postponed his visit next week"); a date
    # right after the verb is the act's own ("responded the following day")
    return len(_WORD.findall(head, past.end())) >= 2


_TO_COME = re.compile(rf"\b(?:{FUTURE_PATTERN}|must)\b")


def set_earlier(sentence: str) -> bool:
    """Wording that sets a happening before the news being told ("Previously, ...", "had imposed")."""
    return _EARLIER.search(sentence) is not None


_HABIT = re.compile(
    r"\b(?:on\s+many\s+(?:occasions|instances)|many\s+times|repeatedly|(?:has|have)\s+long|often|routinely|"
    r"continuously|constantly|consistently|"
    r"for\s+(?:years|decades|months)|over\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:decades?|years|months))\b",
    re.I,
)
_QUOTATION = re.compile(r"“[^”]*”|\"[^\"]*\"")
_NOT_DONE = re.compile(
    # ("There is no precedent for ...": what does not exist did not happen)
    r"\b(?:has|have|had|did|does|do|was|were|is|are)(?:\s+not|n['’]t)\b|\bnever\b|^\W*there\s+(?:is|are|was|were)\s+no\b",
    re.I,
)


def said_frame(sentence: str) -> str:
    """The words that tell of a saying, without what was said: what a speaker is quoted as
    saying, or reported to have said ("Freedonia said it had written ... if"), has its own tenses
    and conditions, as what a relative clause tells has; the saying is the happening."""
    frame = _QUOTATION.sub(" ", sentence)
    said = _REPORTED.search(frame)
    frame = frame[: said.end()] if said is not None else frame
    # nor what a relative clause tells ("a package for sectors that may be harmed")
    return _RELATIVE.split(frame, maxsplit=1)[0]


_RELATIVE = re.compile(rf"\b(?:{'|'.join(RELATIVE_PRONOUNS)})\b")


def tells_news(sentence: str) -> bool:
    """A sentence that reports a happening of the time it is told: an action, neither hypothetical,
    nor set earlier, nor only to come ("A ban will be imposed"; but "X said it will" is the saying)."""
    if not has_action(sentence):
        return False
    frame = said_frame(sentence)
    if is_hypothetical(frame) or _EARLIER.search(frame):
        return False
    if _NOT_DONE.search(sentence) and not _REPORTED.search(sentence):
        return False  # "It has not given a date": what did not happen is no happening
    if _HABIT.search(sentence) and not _REPORTED.search(sentence):
        return False  # "has admitted on many instances", "has long criticised": a habit, no happening
    future = _FUTURE_ONLY.search(frame)
    reported = _REPORTED.search(sentence)
    # "X will expel ..., the PM says": what is said is the day's news, wherever the saying is
    return future is None or reported is not None


# a credit line run into the text ("... on October 22. Photo: Screenshot from a video released by
# the coast guard", "Translated by Ada Horak."): page furniture, no part of the story
_CREDIT = re.compile(
    r"^\W*(?:Photos?|Images?|Pictures?|Credits?|Photo\s+credit|(?:Translated|Edited|Reporting|Writing)\s+(?:by|from))\b\s*:?",
    re.I,
)


def is_credit(sentence: str) -> bool:
    """A photo credit or a translator's line, not a sentence of the article."""
    return _CREDIT.match(sentence) is not None


# an -ed word that is no finite verb: an adjective after a determiner ("the listed persons"), or a
# participle after a plural noun, before its agent or object ("sanctions imposed on", "transactions
# prohibited by")
_PARTICIPLE = re.compile(
    r"\b(?:the|a|an|those|these|its|their|all|any|newly|recently|previously)\s+(?P<a>[a-z]\w{2,}ed)\b"
    r"|\b(?!(?:has|was|is|does|this|its|his|thus|as|us)\b)[a-z]\w+s\s+(?:\w+ly\s+|first\s+|later\s+)?"
    r"(?P<b>[a-z]\w{2,}ed)\s+(?:by|on|in|under|against|for|from|to|after|since)\b"
)


def tells_an_act(sentence: str) -> bool:
    """A finite verb of an act, not only a happening's noun ("Ruritania's invasion") or a participle
    ("the sanctions imposed on Sylvania"): what an undated sentence needs to be news of its day."""
    adjectives = {m.group("a") or m.group("b") for m in _PARTICIPLE.finditer(sentence)}
    verbs = [v for v in _acting_verbs(sentence) if v not in _ACT_NOUNS and v not in _HAPPENING_NOUNS]
    return any(v not in adjectives for v in verbs)
