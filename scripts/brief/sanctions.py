"""Sanctions and counter-measures in a sentence: type, imposer, target, status (guide, section 2.5)."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from . import dates as D
from .cues import CueHit, CueMatcher
from .lexicon import (
    CONTROL_PARTICIPLES,
    CORPORATE_NOUNS,
    DEADLINE_WORDS,
    EXPIRY_VERBS,
    IMPOSED_FORMS,
    MEASURE_MODIFIERS,
    ORDINAL_OPENERS,
    PAST_PATTERN,
    RELATIVE_PRONOUNS,
    REPORTING_VERBS,
    SAYING_VERBS,
    SUBORDINATORS,
)
from .model import DateMention, Mention, Taxonomy
from .targets import noun_phrase

# a generic mention of sanctions is a measure only when the sentence dates an act of imposing them
_IMPOSING = re.compile(
    r"\b(?:impos\w*|re-?impos\w*|introduc\w*|adopt\w*|announc\w*|new\s+sanctions|participat\w*|slapped|levied|restor\w*|extend\w*|"
    r"hit(?:s|ting)?\s+(?:[\w.'’-]+\s+){0,3}?with|"
    r"sanctioned|sanctioning|(?:add|issu)(?:e|ed|es|s|ing)\s+(?:new\s+)?sanctions?|(?:took|take[sn]?|taking)\s+(?:[\w-]+\s+){0,2}(?:counter-?)?measures)\b",
    re.I,
)
# "has been under Freedonian sanctions since 2013": in force since then, so imposed then (the guide
# dates a state by its start)
_UNDER_SINCE = re.compile(r"\b(?:under|subject\s+to)\s+(?:[\w.'’-]+\s+){0,3}?sanctions?\s+since\b", re.I)


# "the sanctions imposed by ...": a participle that names measures, not an act of imposing them
_NAMED_BEFORE = re.compile(r"\b(?:sanctions?|measures?|restrictions?|tariffs?)\s+(?:\w+\s+)?$", re.I)


def _imposes(sentence: str) -> bool:
    return any(
        not _NAMED_BEFORE.search(sentence, max(0, m.start() - 30), m.start()) for m in _IMPOSING.finditer(sentence)
    )


def under_sanctions_since(sentence: str) -> bool:
    return _UNDER_SINCE.search(sentence) is not None


def _tells_imposing(sentence: str) -> bool:
    """Words of imposing unnamed sanctions, or of being under them since a date."""
    return _IMPOSING.search(sentence) is not None or under_sanctions_since(sentence)


# ending a measure: the text reports the measure it ends, which had been imposed (the guide
# dates it when it was imposed, or leaves it undated; the lifting is the timeline's event)
_LIFTING = re.compile(
    r"\b(?:lift(?:s|ed|ing)?|drop(?:s|ped|ping)|remov(?:e|es|ed|ing)|rescind\w*|revok\w*|repeal\w*|unfreez\w*|"
    r"eas(?:e|es|ed|ing)|end(?:s|ed|ing)|(?:to|will|would)\s+end|waiv(?:e|es|ed|ing))\b",
    re.I,
)
_OBJECT_BEFORE = re.compile(
    r"\b(?:to|against|on|from|with|of|toward|towards|for|into|at|over|in|than|between|and|like|as|about|leave|"
    r"targeting|targetting|hitting|affecting|punishing)\s+(?:the\s+)?$",
    re.I,
)
_PASSIVE_BY = re.compile(r"\b(?:\w+ed|broken|frozen|taken|seized|off)\s+(?:\w+\s+){0,2}by\s+(?:the\s+)?$", re.I)
# a sentence that goes on with the one before: a pronoun subject, "also", or the next step of an
# enumeration ("Second, ...") whose steps the sentence before announced
# (the sentence-start alternatives apart, which the regex engine tries at the start only, and
# "also", "as well" only in a sentence that holds "also" or "well")
_CONTINUES_START = re.compile(
    rf"^\W*(?:it|he|she|they|its|his|her|their|this|these|the\s+same)\b|^\W*(?:{'|'.join(ORDINAL_OPENERS)})\s*,", re.I
)
# "The measures include a ban on ...", "The restrictive measures introduced yesterday include ...":
# what the package just told holds, of its day and its imposer's
# (not "The new measures include:", a list's introduction, which takes the story's date)
_PACKAGE_HOLDS = re.compile(
    r"^\W*the\s+(?:[\w-]+\s+)?(?:measures|sanctions|package|restrictions|penalties)"
    r"(?:\s+(?:introduced|imposed|announced|adopted|approved|unveiled)(?:\s+[\w.]+){0,3}?)?"
    r"\s+(?:also\s+)?(?:include|cover|comprise|consist|range|target)\w*\s+\w",
    re.I,
)


def package_holds(sentence: str) -> bool:
    """The sentence tells what the package told just before holds."""
    return _PACKAGE_HOLDS.match(sentence) is not None


_ALSO = re.compile(r"\b(?:also|as\s+well)\b", re.I)

STATUS_CUES = (
    (
        "considered",
        re.compile(
            r"\b(?:mull\w*|considering|(?:to|will|would)\s+consider|could|might|may|on\s+the\s+cards|weigh\w*|mooted|"
            # a threat or a call is not yet a measure
            r"propos(?:al|als|ed|es|ing)|threat(?:en|ens|ened|ening)|not\s+rul\w*\s+out|call(?:ed|s|ing)?\s+for)\b"
        ),
    ),
    ("expected", re.compile(r"\b(?:expected\s+to|likely\s+to|will\s+likely|poised\s+to|set\s+to|predict\w*)\b", re.I)),
    (
        "announced",
        re.compile(r"\b(?:announc\w*|will|would|pledg\w*|plans?\s+to|to\s+be\s+imposed|decided\s+to|vow\w*)\b", re.I),
    ),
)


@dataclass(frozen=True)
class Found:
    measure_type: str
    imposed_by: str
    target: str
    target_actors: tuple[str, ...]
    status: str
    date: DateMention | None
    cue: str
    lifted: bool = False  # a measure the sentence ends: dated only by its own words


def country_of(name: str, taxonomy: Taxonomy) -> str:
    """The actor a measure is imposed by: a person or ministry acts for its country."""
    actor = taxonomy.actor(name)
    if actor is not None and (actor.country or actor.kind != "organisation"):
        return actor.country or name
    # a body the taxonomy gives no country, or does not know, acts for the country its name names
    return taxonomy.country_in_name(name) or name


def _clause_bounds(sentence: str, pos: int) -> tuple[int, int]:
    left = max(sentence.rfind(", ", 0, pos), sentence.rfind("; ", 0, pos), sentence.rfind(": ", 0, pos))
    left = 0 if left < 0 else left + 2
    ends = [i for i in (sentence.find(";", pos), sentence.find(". ", pos)) if i >= 0]
    return left, min(ends) if ends else len(sentence)


@dataclass(frozen=True)
class Clause:
    """What the imposer rules look at: the sentence, the measure's cue and the actors that can act."""

    sentence: str
    cue: CueHit
    mentions: tuple[Mention, ...]
    acting: tuple[Mention, ...]  # mentions of actors that can impose, not inside the cue
    left: int  # where the cue's clause begins
    taxonomy: Taxonomy
    item: bool = False  # the sentence is an item of a list that an introduction opened


DEFER = "\x00defer"  # a rule's answer: the imposer is in the sentence before ("it froze ...")
ImposerRule = Callable[[Clause], "Mention | str | None"]


def qualified_alias(c: Clause) -> Mention | None:
    """An alias that is itself a qualified measure ("Allied sanctions") names the imposer."""
    for m in c.mentions:
        actor = c.taxonomy.actor(m.actor)
        qualified = m.start < c.cue.start and m.end == c.cue.end
        if qualified and actor is not None and actor.kind == "other" and actor.can_impose:
            return m
    return None


def possessive_qualifier(c: Clause) -> Mention | None:
    """ "Freedonia's sanctions", "Freedonia-led sanctions", "Freedonia's 25 per cent counter
    tariffs", "Freedonian Trade Act (FTA) tariffs": the actor qualifying the measure; of two, the
    possessor ("Sylvania's new Freedonia tariffs" are Sylvania's), else the nearest."""
    if _COMPLEMENT.match(c.sentence, c.cue.start):
        return None  # "declared the Sylvanian envoy persona non grata": the name before is whom it hits
    if _PASSIVE.search(c.sentence, c.cue.start, c.cue.end):
        return None  # "Sylvania's accession has been halted": whose accession is what it hits
    owners = [m for m in c.acting if m.end <= c.cue.start and _QUALIFIES.match(c.sentence[m.end : c.cue.start])]
    possessors = [m for m in owners if c.sentence[m.end : m.end + 1] in ("'", "’", "-")]
    chosen = possessors or owners
    return chosen[-1] if chosen else None


# a measure worded as what its object is declared, not as a noun a name can qualify
_COMPLEMENT = re.compile(r"persona\s+non\s+grata\b", re.I)
# a cue that ends on a passive ("accession … has been halted"): its first noun is the patient's
_PASSIVE = re.compile(rf"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?{PAST_PATTERN}$", re.I)
# "Sylvania was hit with tariffs", "Sylvania has been subjected to sanctions": a passive subject
# is whom the measure hits
_PASSIVE_SUBJECT = re.compile(
    # "Sylvania and Ruritania were hit", "Sylvanian steel was hit": coordinated names and a head noun
    # ("Sylvania has been under ... sanctions", "is subject to": the same)
    r"(?:(?:,|\s+and|\s+or)\s+(?:the\s+)?[A-Z][\w'’-]*)*(?:\s+[a-z][\w-]*){0,2}?"
    rf"\s+(?:has\s+|have\s+|had\s+)?(?:is|are|was|were|been|being)\s+(?:\w+ly\s+)?"
    rf"(?:(?!(?:{'|'.join(CONTROL_PARTICIPLES)})\s+to\b)(?:{PAST_PATTERN}|hit)|under|subject\s+to)"
    r"(?:\s+[\w'’-]+){0,3}?\s+$",
    re.I,
)


def agent_after(c: Clause) -> Mention | None:
    """ "talks were broken off by Sylvania"; "ordered to leave X": the country one must leave
    acts, as does the one a ban keeps them from entering ("from entering X territory") and the
    body one is suspended from ("suspended from all activities of X")."""
    s, cue = c.sentence, c.cue
    for m in c.acting:
        if m.start < cue.end:
            continue
        # each pattern ends at the name and spans a few words: only the words just before it are
        # read (a slice from the cue to every later name was quadratic in a long sentence)
        near = max(cue.start, m.start - _AGENT_WINDOW)
        if m.start - cue.end <= _AGENT_WINDOW and _BY_AGENT.match(s[cue.end : m.start]):
            return m
        if _LEAVE.search(s, near, m.start) or _MEMBER_OF.search(s, near, m.start):
            return m
        if _ENTER.search(s, max(cue.end, near), m.start):
            return m
    return None


_AGENT_WINDOW = 160  # longer than any match of the patterns agent_after reads


_IMPOSED = "|".join(IMPOSED_FORMS)
_IMPOSED_BY = re.compile(
    rf"\b(?:{_IMPOSED}|announced|decided|ordered|taken|approved|unveiled)\s+"
    r"(?:\w+\s+){0,2}?by\s+(?:the\s+)?$",
    re.I,
)


_SET_OFF = re.compile(rf"^[^,;:()]*,\s*(?:{_IMPOSED}|announced|decided|ordered|taken|approved|unveiled)\s", re.I)
_CAUSE = re.compile(
    r"\b(?:because|due\s+to|in\s+(?:response|retaliation|reply)|after|following|over|amid|sanction\w*)\b", re.I
)


def imposed_by(c: Clause) -> Mention | None:
    """ "the sanctions against Sylvania as announced today by Freedonia": the agent of the
    participle that follows the measure in its clause."""
    for m in c.acting:
        between = c.sentence[c.cue.end : m.start]
        # (a comma may set the participle off: "a ban on exports to X, announced by Y on Monday")
        unbroken = between.rsplit(",", 1)[1] if _SET_OFF.search(between) else between
        short = m.start >= c.cue.end and len(between) <= 80 and not _CLAUSE_BREAK.search(unbroken)
        # "talks ended because of the sanctions imposed by Y": the participle is the cause's, not the cue's
        if short and _IMPOSED_BY.search(between) and not _CAUSE.search(between):
            return m
    return None


def relative_clause(c: Clause) -> Mention | None:
    """ "Sylvania, which announced that it would suspend ...": the subject of the relative clause."""
    for m in reversed(c.acting):
        relative = m.end <= c.cue.start and re.match(r"\s*,\s*(?:which|who)\b", c.sentence[m.end : m.end + 10])
        if relative and not any(o.start > m.end and o.end <= c.cue.start for o in c.acting):
            return m
    return None


def measure_they_imposed(c: Clause) -> Mention | None:
    """ "the sanctions (that) Freedonia had imposed on Sylvania (were lifted)": the subject of the
    relative clause that follows the measure."""
    for m in c.acting:
        if m.start < c.cue.end or m.start - c.cue.end > 80:
            continue
        if _THAT_BEFORE.search(c.sentence[c.cue.end : m.start]) and _IMPOSED_NEXT.match(c.sentence[m.end : m.end + 40]):
            return m
    return None


# (or none: "condemned the sanctions Sylvania imposed")
_THAT_BEFORE = re.compile(r"(?:\b(?:that|which)\s+|^\s+)(?:the\s+)?$", re.I)
_IMPOSED_NEXT = re.compile(rf"\s+(?:had\s+|has\s+|have\s+)?(?:\w+ly\s+)?(?:{_IMPOSED}|slapped|placed|put)\b", re.I)


def agent_of_imposing(c: Clause) -> Mention | None:
    """The actor right before an imposing verb that governs the measure: "X responded to Y imposing
    tariffs" (Y), "rejected the Commission's proposal to adopt tariffs" (the Commission)."""
    before = [m for m in c.acting if m.end <= c.cue.start]
    if not before:
        return None
    m = before[-1]
    between = c.sentence[m.end : c.cue.start]
    if len(between) > 60 or _CLAUSE_BREAK.search(between):
        return None
    return m if _AGENT_VERB.match(between) else None


_THEIR_DECISION = re.compile(
    r"\b(?:its|their|his|her)\s+(?:\w+\s+)?(?:decision|plan|move|intention|readiness|threat)s?\s+(?:to|of)\s+(?:\w+\s+)?$",
    re.I,
)


def their_decision(c: Clause) -> Mention | str | None:
    """ "Freedonia's partners have been informed of its decision to expel ...": the pronoun's
    country (the possessor before it, else from context), not the clause's subject; and
    "Freedonia's move to expel ...": the possessor's."""
    before = c.sentence[max(0, c.cue.start - 60) : c.cue.start]
    named = _NAMED_DECISION.search(before)
    if named:
        at = c.cue.start - len(before) + named.start()
        return next((m for m in c.acting if m.end == at), None)
    if not _THEIR_DECISION.search(before):
        return None
    possessors = [m for m in c.acting if m.end < c.cue.start and c.sentence[m.end : m.end + 2] in ("'s", "’s")]
    return possessors[-1] if possessors else DEFER


_NAMED_DECISION = re.compile(
    r"['’]s\s+(?:\w+\s+)?(?:decision|plan|move|intention|readiness|threat|announcement)s?\s+(?:to|of)\s+(?:\w+\s+)?$",
    re.I,
)
_PEOPLE_DECISION = re.compile(
    r"\b(?P<people>[A-Z][a-z]+)\s+(?:government['’]s\s+)?(?:decision|plan|move|announcement|order)s?\s+"
    # what is decided may be told at length: "to hold the Sylvanian Waters Treaty in abeyance"
    r"(?:(?:on|last|this)\s+\w+\s+)?(?:to|of)\s+(?:[\w'’-]+\s+){0,6}$"
)


def people_s_decision(c: Clause) -> Mention | None:
    """ "in response to the Sylvanian decision on Wednesday to suspend the treaty": the country
    whose people the adjective names decided it."""
    before = c.sentence[max(0, c.cue.start - 90) : c.cue.start]
    m = _PEOPLE_DECISION.search(before)
    country = c.taxonomy.demonyms.get(m.group("people")) if m else None
    if m is None or country is None:
        return None
    at = c.cue.start - len(before) + m.start("people")
    return Mention(country, at, at + len(m.group("people")), m.group("people"))


_DECISION_FROM = re.compile(
    r"\b(?:decision|move|plan|order|step)s?\s+(?:(?:taken|made)\s+)?(?:from|by|of)\s+(?:the\s+)?$", re.I
)
# what is decided, up to the measure: "to reject licences", "to declare two of its envoys persona non grata"
_DECIDED = re.compile(r"\bto\s+\w+(?:\s+[\w'’-]+){0,8}?\s+$")


def decision_from(c: Clause) -> Mention | None:
    """ "angered by a decision from Sylvania last month to reject licences": whose decision."""
    for m in c.acting:
        if m.end <= c.cue.start and _DECISION_FROM.search(c.sentence[max(0, m.start - 30) : m.start]):
            between = c.sentence[m.end : c.cue.start]
            if re.search(r"\bto\s+$", between) or _DECIDED.search(between):
                return m
    return None


def clause_subject(c: Clause) -> Mention | None:
    """The first actor of the cue's clause that is no object; then earlier clauses, nearest first.
    What one says is done by whom the saying names ("Freedonia said Sylvania had barred ..."):
    the clause begins after the saying verb when an actor comes right after it."""
    left = _opened_by(c, _SUBORDINATOR, _opened_by(c, _SAYING, c.left))
    for lo, hi in ((left, c.cue.start), (0, c.left)):
        candidates = [
            m
            for m in c.acting
            if lo <= m.start < hi
            and is_subject(c.sentence, m)
            and not _PASSIVE_SUBJECT.match(c.sentence, m.end, c.cue.start)
        ]
        if lo != left:
            # "X declared Y, Sylvania's envoy, persona non grata": the verb's object and what
            # stands beside it are no subject of an earlier clause, nor is whom one "told" (that ...)
            candidates = [
                m for m in candidates if not _verb_object(c.sentence, m, c.mentions) and not _told(c.sentence, m)
            ]
        if candidates:
            return candidates[0] if lo == left else candidates[-1]
    return None


def _opened_by(c: Clause, words: re.Pattern[str], left: int) -> int:
    """Where the cue's clause begins after the last of ``words`` (a saying verb; a subordinator,
    as in "..., the ministry said, after Sylvania expanded its curbs") that an actor follows."""
    found = [m.end() for m in words.finditer(c.sentence, left, c.cue.start)]
    if found and any(_NEXT_WORD.fullmatch(c.sentence, found[-1], m.start) and m.end <= c.cue.start for m in c.acting):
        return found[-1]
    return left


# a past verb, then perhaps the title of whom it takes ("summoned Sylvanian Ambassador Ivo Marek")
_VERB_BEFORE = re.compile(rf"\b{PAST_PATTERN}\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){{0,4}}$")


def _told(sentence: str, m: Mention) -> bool:
    """The mention stands between "told" and the "that" of what was told: the one addressed."""
    told = sentence.rfind("told ", 0, m.start)
    return told >= 0 and "that" not in sentence[told : m.start].split() and " that " in sentence[m.end :]


def _verb_object(sentence: str, m: Mention, mentions: tuple[Mention, ...]) -> bool:
    """The mention is the object of the verb right before it, or stands in apposition to one."""
    if _VERB_BEFORE.search(sentence, max(0, m.start - 30), m.start):
        return True
    beside = [o for o in mentions if o.end <= m.start and sentence[o.end : m.start] == ", "]
    return any(_VERB_BEFORE.search(sentence, max(0, o.start - 30), o.start) for o in beside)


_NEXT_WORD = re.compile(r"\s+(?:the\s+)?")
_SUBORDINATOR = re.compile(rf"\b(?:{'|'.join(SUBORDINATORS)})\b", re.I)
# "told" takes whom it told ("told reporters")
_SAYING_ALTS = "|".join(v + r"\s+\w+" if v == "told" else v for v in SAYING_VERBS)
_SAYING = re.compile(rf"\b(?:{_SAYING_ALTS})\b(?:\s+that\b)?", re.I)


def entered_country(c: Clause) -> Mention | None:
    """ "they were banned from entering Freedonia": the country one may not enter bars them, where
    no one before the measure does."""
    if any(m.end <= c.cue.start for m in c.acting) or not _ENTERING.search(c.sentence, c.cue.start, c.cue.end):
        return None
    return next((m for m in c.acting if _NEXT_WORD.fullmatch(c.sentence, c.cue.end, m.start)), None)


_ENTERING = re.compile(r"\bfrom\s+entering$", re.I)


def critic_defers(c: Clause) -> str | None:
    """ "Sylvania criticised the decision to close checkpoints": who reacts to a measure does not
    impose it; unless the measure names its owner, the context tells who did."""
    before = [m for m in c.acting if c.left <= m.end <= c.cue.start]
    if not before:
        return None
    return DEFER if _REACTS_TO.match(c.sentence, before[-1].end, c.cue.start) else None


_REACTS_TO = re.compile(
    r"\s+(?:\w+ly\s+)?(?:criticis|criticiz|condemn|denounc|slamm?|decr|protest|reject|deplor|lament|regrett?)\w*"
    r"\s+(?:the\s+|this\s+|its\s+)?(?:\w+\s+){0,3}$",
    re.I,
)


def told_measure_defers(c: Clause) -> str | None:
    """ "... once the tariffs are removed", "These tariffs had caused ...": a measure named by a
    definite article as the subject of its own clause is one already told; who the sentence names
    reacts to it or suffers it, and the context tells who imposed it."""
    if not _TOLD_BEFORE.search(c.sentence, max(0, c.cue.start - 60), c.cue.start):
        return None
    return DEFER if _ITS_VERB.match(c.sentence, c.cue.end) else None


# a clause's opening (the sentence's, after a comma, or after a subordinator) and a definite article
_TOLD_BEFORE = re.compile(
    r"(?:^|[,;:]\s+|\b(?:once|when|until|unless|after|before|if|while|since|as)\s+)"
    r"(?:the|these|those|such)\s+(?:[a-z]\w+\s+)?$",
    re.I,
)
# then the measure's verb, perhaps after an aside between commas
_ITS_VERB = re.compile(
    r"(?:\s*,[^,]{1,120},)?\s+(?:\w+ly\s+)?(?:are|were|is|was|had|have|has|will|would|could|may|might|remain\w*)\b"
)


def pronoun_defers(c: Clause) -> str | None:
    """ "it froze the assets of the president": the subject is a pronoun, resolved from context."""
    return DEFER if re.search(r"\b(?:it|they|he|she|we)\b", c.sentence[c.left : c.cue.start], re.I) else None


def fronted_measure(c: Clause) -> Mention | None:
    """ "Under the new restrictions announced on Friday, Freedonia will require ...": a measure
    in a phrase that opens the sentence is imposed by the subject of the clause after it."""
    if any(m.end <= c.cue.start for m in c.acting):
        return None
    comma = c.sentence.find(", ", c.cue.end)
    if comma < 0 or not _FRONTED.match(c.sentence[: c.cue.start]):
        return None
    after = comma + 1  # the clause after it opens at its first word (or its "the")
    return next((m for m in c.acting if _NEXT_WORD.fullmatch(c.sentence, after, m.start)), None)


_FRONTED = re.compile(r"^\W*(?:under|with|after|following|amid|through|by|in)\b[^,;]*$", re.I)


def item_defers(c: Clause) -> str | None:
    """ "• to restrict the importation of goods whose origin is Sylvania": an item with no actor
    before its measure is the introduction's ("The measures of the decree:")."""
    return DEFER if c.item and not any(m.end <= c.cue.start for m in c.acting) else None


def trailing_speaker(c: Clause) -> Mention | None:
    """ "An export ban is expected, Freedonia said": the speaker after it (a name with a saying
    verb after it; any other name after the measure is more likely what it hits)."""
    return next(
        (
            m
            for m in c.acting
            if m.start >= c.cue.end and is_subject(c.sentence, m) and _SAYS.match(c.sentence[m.end : m.end + 40])
        ),
        None,
    )


_SAYS = re.compile(rf"^(?:\s+\w+){{0,2}}?\s+(?:{'|'.join(REPORTING_VERBS)})\b", re.I)


IMPOSER_RULES: tuple[ImposerRule, ...] = (
    qualified_alias,
    possessive_qualifier,
    agent_after,
    imposed_by,
    measure_they_imposed,
    relative_clause,
    agent_of_imposing,
    their_decision,
    people_s_decision,
    decision_from,
    critic_defers,
    told_measure_defers,
    clause_subject,
    fronted_measure,
    entered_country,
    pronoun_defers,
    item_defers,
    trailing_speaker,
)


def imposers(
    sentence: str, cue: CueHit, mentions: tuple[Mention, ...], taxonomy: Taxonomy, item: bool = False
) -> tuple[str, ...]:
    """Who imposes the measure of ``cue``: the first rule of ``IMPOSER_RULES`` that tells, with the
    actors coordinated with the one it names ("the X and Y governments expelled ..."), each once."""
    # a name the cue overlaps ("the Sylvanian Central Bank") is what the measure hits
    acting = tuple(
        m
        for m in mentions
        if acting_country(m, sentence, taxonomy) is not None and not (m.start < cue.end and cue.start < m.end)
    )
    clause = Clause(sentence, cue, mentions, acting, _clause_bounds(sentence, cue.start)[0], taxonomy, item)
    for rule in IMPOSER_RULES:
        found = rule(clause)
        if found == DEFER:
            return ()
        if isinstance(found, Mention):
            group = _coordinated(sentence, acting, found)
            return tuple(dict.fromkeys(acting_country(m, sentence, taxonomy) or m.actor for m in group))
    return ()


def _coordinated(sentence: str, acting: tuple[Mention, ...], m: Mention) -> list[Mention]:
    """``m`` and the acting mentions joined to it by "and" or commas, in text order."""
    ordered = sorted(acting, key=lambda x: x.start)
    if m not in ordered:
        return [m]  # a qualified measure ("Allied sanctions") stands alone
    i = ordered.index(m)
    lo, hi = i, i
    while lo > 0 and _COORD.match(sentence[ordered[lo - 1].end : ordered[lo].start]):
        gap = sentence[ordered[lo - 1].end : ordered[lo].start]
        if "and" not in gap and _in_phrase(sentence, ordered[lo - 1]):
            break
        lo -= 1
    while hi + 1 < len(ordered) and _COORD.match(sentence[ordered[hi].end : ordered[hi + 1].start]):
        hi += 1
    # a list of names ends on "and" ("X, Y and Z"); names joined by commas alone are clauses
    # ("in the conflict in Sylvania, Freedonia retaliated"), not one subject
    if hi > lo and " and" not in sentence[ordered[hi - 1].end : ordered[hi].start]:
        return [m]
    return ordered[lo : hi + 1]


# "X, Y and Z", "X and Y, followed by Z", "..., and one of Z's governments"
_COORD = re.compile(
    # (two spaces between names are a comma the text lost: "Freedonia  Sylvania")
    r"^(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s{2,}|,?\s+(?:followed\s+by|as\s+well\s+as|along\s+with|together\s+with)\s+)"
    r"(?:(?:one|some|several|two|three)\s+of\s+)?(?:the\s+)?$"
)


def _in_phrase(sentence: str, m: Mention) -> bool:
    """The name closes a phrase opened by a preposition ("In a break with the wider Sylvania, X,
    Y and Z banned ..."): the comma after it ends that phrase, it joins no list."""
    opened = sentence.rfind(",", 0, m.start) + 1
    return _PHRASE_OPENER.match(sentence, opened, m.start) is not None


_PHRASE_OPENER = re.compile(
    r"\W*(?:in|with|unlike|like|after|following|under|for|against|amid|despite|besides|beyond|from|to)\b", re.I
)
_LEAVE = re.compile(r"\bleave\s+(?:the\s+)?$")
# "suspended from all activities of the Freedonian Union": the body one is shut out of acts
_MEMBER_OF = re.compile(
    r"\b(?:suspended|expelled|excluded|barred)\s+from\s+(?:(?:all\s+)?(?:the\s+)?(?:activities|work|meetings|"
    r"membership|institutions|bodies|decision-making)\s+(?:of|in)\s+)?(?:the\s+)?$",
    re.I,
)
_ENTER = re.compile(r"\bfrom\s+(?:entering|(?:entering\s+or\s+)?transiting\s+through)\s+(?:the\s+)?$", re.I)
_CLAUSE_BREAK = re.compile(r"[,;:()]|\s[–—-]\s")
# between an actor and the measure it imposes: "imposing", "'s decision to impose", "has slapped new"
_AGENT_VERB = re.compile(
    r"^(?:['’]s\s+(?:\w+\s+){1,2}to\s+|\s+(?:has\s+|have\s+|had\s+|will\s+|would\s+)?(?:also\s+)?)"
    r"(?:impos\w*|re-?impos\w*|introduc\w*|slapp\w*|levy\w*|levied|adopt\w*|launch\w*|plac\w*|announc\w*)"
    r"\s+(?:\w+\s+){0,3}$",
    re.I,
)


# between the owner and the measure, only figures, names and modifiers ("25 per cent counter")
_MODIFIER = rf"(?:[$€£]?\d[\d.,]*%?|[A-Z][\w.’'-]*|\([A-Z]{{2,}}\)|(?-i:{'|'.join(MEASURE_MODIFIERS)}))"
_QUALIFIES = re.compile(rf"^(?:['’]s)?(?:-led|-imposed)?(?:\s+{_MODIFIER}){{0,6}}\s*$")
_BY_AGENT = re.compile(r"^\s*(?:\w+\s+)?by\s+(?:the\s+)?$", re.I)
# "the Sylvania crisis", "Sylvania’s attack": a name used as a modifier does not act here
# what follows a place a story opens with when it is its dateline: a colon or dash, then the story
_DATELINE_AFTER = re.compile(r"\s*(?:\([A-Z][A-Za-z/ .]{0,24}\)\s*)?(?::|--|[—–])\s*\S")
_MODIFIER_AFTER = re.compile(
    # (but "Freedonia's government told ...": one acts through its government)
    r"^(?:['’]s\s+(?!(?:government|administration|cabinet|authorities|foreign\s+ministry)\b)\w+|\s+(?:crisis|war|conflict|issue|problem|policy|question|invasion|border|region)\b)",
    re.I,
)


def acting_country(m: Mention, sentence: str, taxonomy: Taxonomy) -> str | None:
    """For whom the mentioned actor acts, or None when it cannot act: the taxonomy's country of a
    known actor; for one found by its title or head noun, the country its name names ("the
    Sylvanian Trade Ministry") or its title does ("Sylvanian Foreign Minister Ada Horak")."""
    actor = taxonomy.actor(m.actor)
    if actor is not None:
        # a person of no country (an analyst, a mediator, a writer) imposes nothing
        stateless = actor.kind == "person" and not actor.country
        return country_of(m.actor, taxonomy) if actor.can_impose and not stateless else None
    named = taxonomy.country_in_name(m.actor)
    if named is not None:
        return named
    title = _TITLE_BEFORE.search(sentence, max(0, m.start - 60), m.start)
    return taxonomy.country_in_name(title.group(0)) if title else None


# the capitalised words of a title right before a name: "Sylvanian Foreign Minister", "US Secretary of State"
_TITLE_BEFORE = re.compile(r"(?:(?:[A-Z][\w.'’-]*|of|for|the)\s+){1,6}$")


def is_subject(sentence: str, m: Mention) -> bool:
    """The mention is no object of a preposition nor a modifier ("Sylvania’s attack"), nor the
    dateline a story was filed under ("Sylvan City: Freedonia's ...", "FREDVILLE (FNA) — ...")."""
    if _OBJECT_BEFORE.search(sentence[max(0, m.start - 12) : m.start]):
        return False
    if not sentence[: m.start].strip() and _DATELINE_AFTER.match(sentence, m.end):
        return False
    after = sentence[m.end : m.end + 20]
    # "Freedonia’s sanctions" qualifies and is caught above; "Sylvania’s attack" names no actor acting
    return not _MODIFIER_AFTER.match(after)


def status(sentence: str, cue: CueHit, default: str = "imposed") -> str:
    """The status the wording gives the measure (the nearest status word before it counts), or
    ``default`` when the wording gives none: a list item takes its introduction's."""
    found = _stated_status(sentence, cue)
    return found if found is not None else default


def wording_status(sentence: str) -> str | None:
    """The status a whole sentence's wording gives ("will take the following measures:")."""
    text = sentence.rstrip().rstrip(":")
    return _stated_status(text, CueHit("", len(text), len(text)))


def _stated_status(sentence: str, cue: CueHit) -> str | None:
    clause_start = max(sentence.rfind(";", 0, cue.start), sentence.rfind(":", 0, cue.start)) + 1
    before = sentence[clause_start : cue.start]
    best, best_pos = None, -1
    for name, rx in STATUS_CUES:
        for m in rx.finditer(before):
            if m.start() > best_pos:
                best, best_pos = name, m.start()
    # "An export ban on Sylvania is expected to follow": the verb after the measure, in its clause
    after = re.split(r"[,;:]", sentence[cue.end : cue.end + 60], maxsplit=1)[0]
    # a relative clause on what the measure hits is about that, not the measure ("the sale of
    # weapons that could be used"); one right after the measure is the measure's ("tariffs that could ...")
    relative = _RELATIVE_AFTER.search(after)
    if relative is not None and after[: relative.start()].strip():
        after = after[: relative.start()]
    verb = re.match(
        # "may" in lower case only: "by May 15" is a date
        r"(?:\s+(?!is\b|are\b|will\b|could\b|(?-i:may)\b|might\b)\S+){0,4}?\s+(?:(?:also|still)\s+)?"
        r"(will|could|(?-i:may)|might|(?:is|are)\s+(?:expected|likely))\b",
        after,
        re.I,
    )
    if verb:
        word = verb.group(1).lower()
        return "announced" if word == "will" else "considered" if word in ("could", "may", "might") else "expected"
    # a verb in the past right before the measure wins over a status word further away
    if best_pos >= 0 and re.search(r"\b\w+ed\s+(?:\w+\s+){0,2}$", before[best_pos + 1 :]) and best == "announced":
        tail = before[best_pos:]
        if re.search(r"\b(?:has|have|had)\s+(?:also\s+)?\w+ed\b", tail) and not re.search(r"announc", tail[10:], re.I):
            return "imposed"
    return best


_RELATIVE_AFTER = re.compile(rf"\b(?:{'|'.join(RELATIVE_PRONOUNS)})\b", re.I)


def target(sentence: str, cue: CueHit, next_cue: int) -> str:
    """The noun phrase naming what or whom the measure hits, after its cue, up to the next measure.

    A cue that holds its object ("close a Sylvanian consulate", "recall its envoy") names it
    itself when no object follows ("… in the port city of X" is where, not whom)."""
    after = sentence[cue.end : min(next_cue, len(sentence))]
    words = sentence[cue.start : cue.end].split()
    if len(words) > 2 and _DETERMINER.match(words[1]) and _WHERE.match(after):
        # "ordered 12 officials to leave": whom, not what they are told to do
        return " ".join(words[1:-2] if words[-2].lower() == "to" else words[1:])
    # "banned 63 citizens from entering the country", "barred banks from raising funds": whom
    # it keeps from doing, not where or what
    inner = _KEPT_FROM.match(sentence[cue.start : cue.end]) or (
        len(words) > 1 and _FROM_DOING.match(after) and re.match(r"\S+\s+(?P<obj>.+)", sentence[cue.start : cue.end])
    )
    if inner:
        return noun_phrase(" " + inner.group("obj"))
    phrase = noun_phrase(after)
    if not phrase and cue.tail > cue.start:
        held = _held_in_gap(sentence, cue)
        if held:
            return held
    # "added five companies to its export blacklist", "put 63 officials on its stop list"
    listed = None if phrase else _LISTED.search(sentence, max(0, cue.start - 100), cue.start)
    return noun_phrase(" " + listed.group("obj")) if listed else phrase


def _held_in_gap(sentence: str, cue: CueHit) -> str:
    """ "a ban on Sylvanian seafood imports last year": the words in a gap cue's gap (with its last
    word when that is a noun, "imports", not a particle, "put … on hold") name whose goods it hits
    when they hold a name ("restricted all imports" holds none: it does not say whose)."""
    first_end = cue.start + len(sentence[cue.start : cue.end].split()[0])
    tail = sentence[cue.tail : cue.end]
    held = sentence[first_end : cue.tail] + ("" if _PARTICLE.match(tail) else tail)
    inner = noun_phrase(" " + held.strip())
    return inner if re.search(r"\b[A-Z]", inner) else ""


_PARTICLE = re.compile(r"^(?:on|off|to|from|out|in|into|with|at|up|down|back|over|away)\b", re.I)
_KEPT_FROM = re.compile(r"\S+\s+(?P<obj>.+?)\s+from\s+\w+ing\b", re.I)
_FROM_DOING = re.compile(r"^\s+from\s+\w+ing\b", re.I)
_LISTED = re.compile(
    r"\b(?:add(?:s|ed|ing)?|put(?:s|ting)?|place[sd]?|placing)\s+(?P<obj>[^,;:()]{1,80}?)\s+(?:to|on)\s+"
    r"(?:its|the|their|a|an)\s+(?:[\w-]+\s+)?$",
    re.I,
)


_DETERMINER = re.compile(r"^(?:a|an|the|its|their|his|her|our|\d+)$", re.I)
_WHERE = re.compile(r"^\s*(?:in|at|near)\b", re.I)


def find(
    sentence: str,
    hits: list[CueHit],
    mentions: tuple[Mention, ...],
    dates: tuple[DateMention, ...],
    taxonomy: Taxonomy,
    context_imposer: str | None,
    context_date: DateMention | None,
    context_sentence: str = "",
    context_mentions: tuple[Mention, ...] = (),
    in_list: bool = False,
    list_status: str | None = None,
    item: bool = False,
) -> list[Found]:
    """The measures one sentence reports; positions of hits, mentions and dates are in ``sentence``."""
    out: list[Found] = []
    seen: set[tuple[str, str]] = set()
    carries_on = continues(sentence)
    # a sentence the news around it dates (a list's item, a news item's lead or story) dates the
    # sanctions it imposes, not those it only names ("pushed for the sanctions imposed by X to go")
    dated = bool(dates) or (context_date is not None and (carries_on or (in_list and _imposes(sentence))))
    specific = _measure_hits(sentence, hits, mentions, dated, taxonomy)
    for i, hit in enumerate(specific):
        next_start = next((h.start for h in specific[i + 1 :] if h.start > hit.start), len(sentence))
        window = sentence[hit.start : min(next_start, hit.end + 60)]
        retyped = retype(hit.key, window, taxonomy)
        fallback = _stand_in(sentence, hit, mentions, context_imposer)
        if _company_decides(sentence, hit, mentions):
            continue
        who_all = imposers(sentence, hit, mentions, taxonomy, item) or fallback
        for who in who_all:
            kind = _whose_goods(retyped, who, sentence, hit, mentions, taxonomy)
            # the one hit may be named in the sentence before ("the Freedonian consul ... he was ordered")
            # an item of a list of measures ("• Expel 23 diplomats") hits whom its introduction does
            if (kind, who) in seen or not (
                item
                or _names_other_party(sentence, mentions, who, taxonomy)
                or _names_other_party(context_sentence, context_mentions, who, taxonomy)
            ):
                continue
            seen.add((kind, who))
            carried = context_date if carries_on or in_list else None
            default = (list_status if in_list else None) or "imposed"
            out.append(_found(sentence, hit, kind, who, next_start, mentions, dates, carried, taxonomy, default))
    return out


_CORPORATE = "|".join(CORPORATE_NOUNS)
_CORPORATE_SUBJECT = re.compile(
    # ("Sylvanian airlines have suspended", "carriers say they will suspend")
    rf"\b(?:{_CORPORATE})\s+(?:(?:say|says|said)\s+(?:that\s+)?(?:they|it)\s+)?"
    r"(?:(?:have|has|had|also|all|now|will|would)\s+){0,2}$",
    re.I,
)


_CORPORATE_AFTER = re.compile(rf"\s+(?:{_CORPORATE})\b", re.I)
_CORPORATE_END = re.compile(rf"\b(?:{_CORPORATE})$", re.I)
_UNDERGOES = re.compile(r"(?:fac(?:e|es|ed|ing)|suffer\w*|subject)\b", re.I)


def _stand_in(
    sentence: str, hit: CueHit, mentions: tuple[Mention, ...], context_imposer: str | None
) -> tuple[str, ...]:
    """The episode's imposer, standing in for an unnamed one, unless the sentence names it as the
    one the measure hits ("Sylvania was hit with tariffs") or a business decides ("Sylvanian
    airlines suspended flights"; but "Sylvanian firms will face restrictions": someone imposes)."""
    if not context_imposer or context_imposer in _patients(sentence, hit, mentions):
        return ()
    corporate = _CORPORATE_SUBJECT.search(sentence, max(0, hit.start - 60), hit.start)
    if corporate and not _UNDERGOES.match(sentence, hit.start):
        return ()
    return (context_imposer,)


def _company_decides(sentence: str, hit: CueHit, mentions: tuple[Mention, ...]) -> bool:
    """The measure's clause is led by a company ("Sylvania Airways said it had suspended flights",
    "Sylvanian carriers will suspend flights"): a business decision, no state's measure."""
    return any(
        m.end <= hit.start
        and hit.start - m.end < 80
        and is_subject(sentence, m)
        and (_CORPORATE_AFTER.match(sentence, m.end) or _CORPORATE_END.search(sentence, m.start, m.end))
        for m in mentions
    )


def _patients(sentence: str, hit: CueHit, mentions: tuple[Mention, ...]) -> set[str]:
    """The actors a passive before the measure names as hit ("Sylvania was hit with tariffs")."""
    passive_cue = _PASSIVE.search(sentence, hit.start, hit.end) is not None
    return {
        m.actor
        for m in mentions
        if m.end <= hit.start
        and (
            _PASSIVE_SUBJECT.match(sentence, m.end, hit.start)
            # "Sylvania's accession ... has been halted": whose accession it is, is hit
            or (passive_cue and _POSSESSIVE_GAP.fullmatch(sentence, m.end, hit.start))
        )
    }


_POSSESSIVE_GAP = re.compile(r"['’]s?\s+")
_OWNER_BEFORE = re.compile(r"(?:\b\w+(?:['’]s?)?\s+)?$")
_DESTINATION = re.compile(r"\b(?:to|into|towards)\s+(?:the\s+)?$", re.I)
_GOODS_OF = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][\w'’-]*")


def _whose_goods(
    kind: str, who: str, sentence: str, hit: CueHit, mentions: tuple[Mention, ...], taxonomy: Taxonomy
) -> str:
    """The type of a measure on another country's goods, where the taxonomy gives one ("limits on
    Sylvanian exports" by Freedonia: Freedonia keeps them out, an import measure)."""
    mt = taxonomy.measure_type(kind)
    if mt is None or not mt.of_others_goods:
        return kind
    # the word just before counts: "Sylvanian exports … were banned", "Sylvania's exports … were banned"
    owner = _OWNER_BEFORE.search(sentence, max(0, hit.start - 40), hit.start)
    start = owner.start() if owner else hit.start
    # ... and the goods named right after: "blocked shipments of Sylvanian coal"
    of = _GOODS_OF.match(sentence, hit.end)
    end = of.end() if of else hit.end
    span = sentence[start:end]
    known = taxonomy.demonyms
    # a country named in the cue's words ("limits on Sylvania's exports"), not a body ("require a
    # Board licence")
    others = any(
        start <= m.start < end
        and m.actor != who
        and taxonomy.kind_of(m.actor) == "country"
        # "exports to Sylvania": where they go (a short window: the preposition is right before)
        and not _DESTINATION.search(sentence, max(0, m.start - 16), m.start)
        for m in mentions
    )
    others = others or any(known.get(w, who) != who for w in _demonym_words(span, known))
    return mt.of_others_goods if others else kind


def _measure_hits(
    sentence: str, hits: list[CueHit], mentions: tuple[Mention, ...], dated: bool, taxonomy: Taxonomy
) -> list[CueHit]:
    """The sentence's measure cues in order; without one, unnamed sanctions where an act of
    imposing them is dated (by the sentence, or by the one it carries on from)."""
    specific = sorted((h for h in hits if not _in_acting_name(sentence, h, mentions)), key=lambda h: h.start)
    if not specific:
        generic = _generic(sentence, dated, taxonomy)
        found = [generic] if generic is not None else []
    else:
        # "cease participation in the deal and begin reimposing sanctions": a second measure
        found = sorted(specific + _imposed_besides(sentence, specific, taxonomy), key=lambda h: h.start)
    # "refused to impose sanctions", "has no plans to ban ...": a measure not taken
    return [h for h in found if not _DECLINED.search(sentence, max(0, h.start - 50), h.start)]


_DECLINED = re.compile(
    # (not "declining imports", nor "has not ruled out")
    r"\b(?:(?:refus|declin)\w*\s+to|reject\w*\s+(?:calls|demands|proposals)\s+(?:to|for)|no\s+(?:plans?|intention)\s+to|"
    r"(?<!not\s)(?<!n't\s)ruled\s+out)\s+(?:\w+\s+){0,2}$",
    re.I,
)


def _found(
    sentence: str,
    hit: CueHit,
    kind: str,
    who: str,
    next_start: int,
    mentions: tuple[Mention, ...],
    dates: tuple[DateMention, ...],
    carried: DateMention | None,
    taxonomy: Taxonomy,
    default_status: str = "imposed",
) -> Found:
    """One measure: its target, the actors it hits, its status and date."""
    tgt = target(sentence, hit, next_start)
    reach = max(next_start, hit.end + len(tgt) + 5)
    # who says so ("..., said Ivo Marek, an analyst at the Sylvanian Institute") is not hit by it
    said = _SAID_AFTER.search(sentence, hit.end, reach)
    reach = said.start() if said else reach
    # nor is who a clause after it names (", it announced it would accept refugees from Sylvania")
    clause = _NEW_CLAUSE.search(sentence, hit.end, reach)
    reach = clause.start() if clause else reach
    tgt_actors = tuple(
        dict.fromkeys(
            m.actor for m in mentions if hit.start <= m.start < reach and country_of(m.actor, taxonomy) != who
        )
    )
    ended = lifted(sentence, hit)
    if ended:
        # what is lifted was imposed, when its own words say ("restrictions first imposed in 2004")
        st, date = "imposed", _own_date(dates, hit, sentence)
    else:
        st = status(sentence, hit, default_status)
        # only what is done or decided carries on the date before it; a measure "expected" or
        # "considered" is not of that date ("They are expected to impose ... this time")
        date = _nearest(dates, hit, sentence) or (carried if st in ("imposed", "announced") else None)
    if any(_opens(tgt, m.surface) and country_of(m.actor, taxonomy) == who for m in mentions):
        # "asked a Sylvanian diplomat to leave Freedonia", "suspended from all activities of the
        # Freedonian Union": no measure hits its own imposer
        tgt = ""
    if not tgt and not tgt_actors:
        # "Sylvania was hit with sanctions", "Sylvania has been under sanctions": the subject is hit
        hit_ones = _patients(sentence, hit, mentions)
        tgt_actors = tuple(dict.fromkeys(m.actor for m in mentions if m.actor in hit_ones and m.actor != who))
    # no phrase to show: the actors it names are what it hits
    tgt = tgt or ", ".join(tgt_actors)
    return Found(kind, who, tgt, tgt_actors, st, date, sentence[hit.start : hit.end], ended)


def _opens(phrase: str, name: str) -> bool:
    """The phrase opens with the name as a word of its own ("the Union bloc and ...", not "Unionist"),
    a "the" before it or a full stop after it aside ("from entering the U.S.")."""
    if phrase == name or phrase.startswith(name + " "):
        return True
    return phrase.removeprefix("the ").rstrip(".") == name.removeprefix("the ").rstrip(".")


_NEW_CLAUSE = re.compile(r",\s+(?:but|while|although|whereas|yet|it|he|she|they|we)\s", re.I)
_SAID_AFTER = re.compile(rf",\s*(?:(?:{'|'.join(REPORTING_VERBS)})\b|according\s+to\b)", re.I)


def _in_acting_name(sentence: str, hit: CueHit, mentions: tuple[Mention, ...]) -> bool:
    """ "The Customs Tariff Commission decided ...": a cue inside the name of one who acts is no
    measure (but "froze the assets of the Sylvanian Central Bank" names what one hits)."""
    return any(m.start <= hit.start and hit.end <= m.end and _OPENS.search(sentence[: m.start]) for m in mentions)


_OPENS = re.compile(r"(?:^|[,;:]\s)\W*(?:the\s+)?$", re.I)  # the name opens its sentence or clause


def _names_other_party(sentence: str, mentions: tuple[Mention, ...], who: str, taxonomy: Taxonomy) -> bool:
    """A measure hits someone: the sentence names another actor, or a people ("Sylvanian officials").

    "Freedonia has imposed an arms export ban due to its constitution" names no one hit.
    """
    if any(country_of(m.actor, taxonomy) != who for m in mentions):
        return True
    # a people named by its adjective, other than the imposer's own ("X officials"): the
    # taxonomy's demonyms, and words shaped like one for peoples it does not know
    actor = taxonomy.actor(who)
    own = set(actor.demonyms) if actor is not None else set()
    known = taxonomy.demonyms
    return any(w not in own and known.get(w, "") != who for w in _demonym_words(sentence, known))


_DEMONYM_SHAPE = re.compile(r"\b[A-Z][a-z]+(?:ian|ese|ish|ean|can|ic)\b")


def _demonym_words(sentence: str, known: dict[str, str]) -> list[str]:
    words = _DEMONYM_SHAPE.findall(sentence)
    words += [d for d in known if d in sentence and d not in words]
    return words


_ORDINAL = re.compile(rf"^\W*(?P<w>{'|'.join(ORDINAL_OPENERS)})(?:ly)?\s*,", re.I)


def enumeration_step(sentence: str) -> str | None:
    """ "First, ..." opens an enumeration, "Second, ..." / "Finally, ..." continues it."""
    m = _ORDINAL.match(sentence)
    if m is None:
        return None
    return "opens" if m.group("w").lower() == "first" else "continues"


# "Ruritania followed suit", "did the same", "They were joined on Tuesday by Ruritania"
# (what one is urged "to follow suit" in is no act yet)
_SUIT = re.compile(r"\b(?:follow(?:ed|s)\s+suit|did\s+the\s+same|(?:was|were)\s+joined\b[^.;]*?\bby)\b", re.I)


def follows_suit(sentence: str) -> bool:
    """The sentence tells of others taking the measure told before it."""
    return _SUIT.search(sentence) is not None


# "It was expanded by the minister to four judges on 5 June": the measure told before, widened
# to more of those it hits ("extended until 2026" prolongs it, and is no new act on anyone)
_WIDENED = re.compile(
    r"\b(?:it|they|this|these|the\s+(?:measures?|sanctions?|ban|list|order))\b[^.;]{0,200}?\b"
    r"(?:was|were|has\s+been|have\s+been|is|are)\s+(?:\w+ly\s+|later\s+|then\s+|further\s+)?"
    r"(?:expanded|extended|widened|broadened)\b(?P<rest>[^.;]*)",
    re.I,
)
_WIDENED_TO = re.compile(r"\bto\s+(?!(?:the\s+end|\d{4}\b|\d{1,2}\s|[A-Z][a-z]+\s+\d))", re.I)


def widening(sentence: str) -> tuple[int, int] | None:
    """The span of "to whom" a sentence widens the measure told before it to, if it does."""
    m = _WIDENED.search(sentence)
    if m is None:
        return None
    to = _WIDENED_TO.search(sentence, m.start("rest"))
    return (to.end(), m.end()) if to else None


def last_to(sentence: str, lo: int, hi: int) -> int:
    """Where the words after the last "to" in ``sentence[lo:hi]`` begin (``lo`` if none)."""
    found = [m.end() for m in _WIDENED_TO.finditer(sentence, lo, hi)]
    return found[-1] if found else lo


def is_deadline(sentence: str, start: int) -> bool:
    """The date at ``start`` is one something lasts until ("extended until 10 October 2025")."""
    before = sentence[max(0, start - 12) : start].lower().split()
    return bool(before) and before[-1] in (*DEADLINE_WORDS, "to", "through")


@functools.lru_cache(maxsize=256)
def continues(sentence: str) -> bool:
    """The sentence goes on with the one before ("It also ...", "Second, ...")."""
    if _CONTINUES_START.match(sentence) or _PACKAGE_HOLDS.match(sentence):
        return True
    low = sentence.lower()
    return ("also" in low or "well" in low) and _ALSO.search(sentence) is not None


_NONE_EXISTS = re.compile(r"^\W*there\s+(?:is|are|was|were|has\s+been|have\s+been)\s+no\b", re.I)


def may_report(sentence: str, hits: list[CueHit], dated: bool, taxonomy: Taxonomy) -> bool:
    """Whether ``find`` can find a measure at all: a measure cue, or words that impose unnamed
    sanctions in a dated sentence or one that carries on from the one before. Most sentences
    have neither, and need none of the context ``find`` is given."""
    if _NONE_EXISTS.match(sentence):
        return False  # "There is no precedent for outlets being taken off the air": nothing was done
    if hits:
        return True
    if taxonomy.generic_measure_type is None:
        return False
    # unnamed measures need a generic word ("sanctions"): one pass of the cue automaton, far
    # cheaper than the verb patterns that follow
    if not _generic_matcher(taxonomy).find(sentence):
        return False
    if _LIFTING.search(sentence):
        return True
    return (dated or continues(sentence)) and _tells_imposing(sentence)


def _generic(sentence: str, dated: bool, taxonomy: Taxonomy) -> CueHit | None:
    """A dated act of imposing unnamed measures ("in 2014 X imposed sanctions"), or unnamed
    measures being lifted ("Freedonia dropped sanctions against ..."), take the taxonomy's generic
    measure type."""
    if taxonomy.generic_measure_type is None:
        return None
    imposing = dated and _tells_imposing(sentence)
    if not imposing and not _LIFTING.search(sentence):
        return None
    hits = _generic_matcher(taxonomy).find(sentence)
    if not hits:
        return None
    hit = CueHit(taxonomy.generic_measure_type, hits[0].start, hits[0].end)
    # unnamed sanctions whose lifting is only discussed ("The lifting of the sanctions has sparked
    # debate", "the decision to lift sanctions appears ...") are no act of the text's
    return hit if imposing or (lifted(sentence, hit) and not _DISCUSSED_LIFTING.search(sentence[: hit.start])) else None


# an imposing verb right before unnamed sanctions: "begin reimposing U.S. nuclear sanctions"
_IMPOSED_BEFORE = re.compile(rf"(?:{_IMPOSING.pattern})(?:\s+[\w.'’-]+){{0,3}}\s+$", re.I)


def _imposed_besides(sentence: str, hits: list[CueHit], taxonomy: Taxonomy) -> list[CueHit]:
    """Unnamed sanctions a sentence imposes besides its named measures, as generic hits."""
    if taxonomy.generic_measure_type is None:
        return []
    out = []
    for g in _generic_matcher(taxonomy).find(sentence):
        near = any(h.start - 40 < g.end and g.start < h.end + 40 for h in hits)
        if not near and _IMPOSED_BEFORE.search(sentence[max(0, g.start - 50) : g.start]):
            out.append(CueHit(taxonomy.generic_measure_type, g.start, g.end))
    return out


# matchers compiled once per taxonomy, keyed by identity: hashing a whole frozen taxonomy on every
# call (as an lru_cache would) costs more than the matching
_COMPILED: dict[int, tuple[Taxonomy, CueMatcher, tuple]] = {}


def _compiled(taxonomy: Taxonomy) -> tuple[Taxonomy, CueMatcher, tuple]:
    entry = _COMPILED.get(id(taxonomy))
    if entry is None or entry[0] is not taxonomy:
        retypes = tuple(
            (frozenset(m.takes_over), m.id, CueMatcher({m.id: m.target_cues}))
            for m in taxonomy.measure_types
            if m.takes_over and m.target_cues
        )
        if len(_COMPILED) > 64:  # a bound, not a working set: one brief has one taxonomy
            _COMPILED.clear()
        entry = _COMPILED[id(taxonomy)] = (taxonomy, CueMatcher({"generic": taxonomy.generic_measure_cues}), retypes)
    return entry


def _generic_matcher(taxonomy: Taxonomy) -> CueMatcher:
    return _compiled(taxonomy)[1]


def _retypes(taxonomy: Taxonomy) -> tuple[tuple[frozenset[str], str, CueMatcher], ...]:
    return _compiled(taxonomy)[2]


def retype(kind: str, window: str, taxonomy: Taxonomy) -> str:
    """The type a measure takes from what it hits: the taxonomy's ``takes_over`` (banks -> financial)."""
    for over, new, matcher in _retypes(taxonomy):
        if kind in over and matcher.find(window):
            return new
    return kind


def lifted(sentence: str, hit: CueHit) -> bool:
    """The measure is one being lifted: a lifting verb is the last verb before it in its clause
    ("Freedonia dropped sanctions against ..."), or its own verb after it ("... were lifted")."""
    left = max(sentence.rfind(";", 0, hit.start), sentence.rfind(":", 0, hit.start)) + 1
    before = sentence[left : hit.start]
    lift = [m.end() for m in _LIFTING.finditer(before)]
    if lift:
        imposing = [m.end() for m in _IMPOSING.finditer(before)]
        return not imposing or max(imposing) < max(lift)
    after = sentence[hit.end :]
    return bool(_LIFTED_AFTER.match(after))


_DISCUSSED_LIFTING = re.compile(
    r"\b(?:the|a|its|their|any)\s+(?:\w+\s+)?(?:lifting|removal|easing|(?:decision|call|calls|push|move|bid|plan|demand)\s+to\s+\w+)"
    r"(?:\s+of)?(?:\s+(?:the|all|its|their))?\s+(?:[\w-]+\s+){0,2}$",
    re.I,
)
# "Financial sanctions ... that Freedonia had imposed against ... were lifted": up to a clause's
# end, the measure's verb
_LIFTED_AFTER = re.compile(
    r"[^;:.]{0,160}?\b(?:was|were|is|are|has\s+been|have\s+been|will\s+be|would\s+be|(?:is|are)\s+being)\s+"
    r"(?:(?:\w+ly|also|now|all|since)\s+)?(?:lifted|dropped|removed|rescinded|revoked|repealed|eased|ended|waived)\b",
    re.I,
)


def _own_date(dates: tuple[DateMention, ...], hit: CueHit, sentence: str) -> DateMention | None:
    own = [d for d in dates if d.start >= hit.end and _OWN_DATE.match(sentence[hit.end : d.start])]
    return own[0] if own else None


def _nearest(dates: tuple[DateMention, ...], hit: CueHit, sentence: str) -> DateMention | None:
    """The measure's date: one it takes effect from ("as of 1 January", "from May 19"), which is
    what a measure is dated by when the sentence also dates the saying; else the nearest."""
    # "must leave by May 15": a deadline comes after the act that sets it, and dates it not
    dates = tuple(
        d
        for d in dates
        if not _names_other_thing(d, hit, sentence) and not _DEADLINE.search(sentence, max(0, d.start - 24), d.start)
    )
    if not dates:
        return None
    # a date the measure's own participle gives ("the sanctions imposed last January") is its date
    own = _own_date(dates, hit, sentence)
    if own is not None:
        return own
    # (in the measure's own clause: "effective from Friday, reversing the duties set in 2020"
    # dates the reversal, not the duties)
    effective = [
        d
        for d in dates
        if _EFFECTIVE.search(sentence[max(0, d.start - 24) : d.start])
        and not _OTHER_CLAUSE.search(sentence[min(d.end, hit.end) : max(d.start, hit.start)])
    ]
    return min(effective or dates, key=lambda d: (abs(d.start - hit.start), d.start > hit.start))


# ("must leave by 20 May", "expires on 15 September": when the measure must be done, or ends)
_EXPIRES = "|".join(v.replace(" ", r"\s+") for v in EXPIRY_VERBS)
_DEADLINE = re.compile(rf"\b(?:{'|'.join(DEADLINE_WORDS)}|before|(?:{_EXPIRES})\s+(?:on|in|at))\s+(?:the\s+)?$", re.I)
_OWN_DATE = re.compile(
    rf"\s+(?:[\w-]+\s+){{0,4}}(?:{_IMPOSED}|set|announced|enacted)\s+(?:(?:in|on|since|last|this|the)\s+){{0,2}}$",
    re.I,
)


def _names_other_thing(d: DateMention, hit: CueHit, sentence: str) -> bool:
    """ "suspending the 1960 treaty", "signed after the 1971 war, in abeyance": a year that names
    another thing is not when the measure was taken; but "the 2014 sanctions" are the measure's own."""
    named = D.names_a_thing(sentence, d.start, d.end, d.surface)
    return named is not None and not (d.end <= hit.start <= named)


_OTHER_CLAUSE = re.compile(r",\s+(?:\w+ing|which|who|while|whereas)\b", re.I)
_EFFECTIVE = re.compile(
    r"\b(?:as\s+of|from|effective(?:\s+from|\s+on)?|starting(?:\s+from|\s+on)?|with\s+effect\s+from)\s+(?:the\s+)?$",
    re.I,
)
