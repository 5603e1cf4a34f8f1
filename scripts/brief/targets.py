"""What a measure hits, as a clean noun phrase: "the assets of 22 individuals", never "and" or "he was".

The words after the measure's cue are cut down by a table of small steps, each a function from
text to text; a step that finds no noun phrase returns "" and the caller falls back on the actors
the measure names. Words are English usage (the lexicon's); nothing here knows a topic.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .lexicon import MONTH_PATTERN, NUMBER_PATTERN, WEEKDAY_PATTERN

Step = Callable[[str], str]
MAX_LEN = 90

# markup, quotes and footnote markers ("[3]", "(3)", and "judges3)" as some journals print them)
_MARKUP = re.compile(r"\*+|\[\d+\]|\(\d+\)|(?<=[a-z])\d{1,3}\)|</?sup>|[“”\"]")
_CLAUSE_END = re.compile(
    # a full stop, not that of an initial ("U.S. imports")
    r"[;:]|(?<!\b[A-Z])\.\s|\s[–—]\s|\s-\s|,\s+(?:and|but|while|which|who|as|because|after|when|amid|\w+ing)\b"
)
# "will also be imposed on X", "it had imposed on X": a verb before the object; with no preposition
# ("had caused", "has been expanded") the measure is the subject and what follows is no target
_VERB_FIRST = re.compile(
    r"^(?:(?:it|they|he|she|we|which|that)\s+)?(?:will|would|shall|is|are|was|were|has|have|had|be|been|being|"
    r"also|now|further|first|originally|previously|later|already|recently|\s)*"
    r"(?:\w+ed|taken|given|frozen|broken|chosen|driven|seen|written|put|set|cut|made)\b"
    # "put in place on March 4": an idiom, no preposition of the one hit
    r"\s*(?P<prep>on|against|to|for|from|in(?!\s+place\b))?\s*",
    re.I,
)
# "sanctions extend to family members", "the list includes tools": a linking verb, then what is hit
_LINKING = re.compile(
    r"^(?:extends?\s+to|appl(?:y|ies)\s+to|includes?|covers?|affects?|targets?|hits?|impedes?|prevents?|bars?)\s+(?=\w)",
    re.I,
)
_AGENT = re.compile(r"^(?:imposed\s+|taken\s+|announced\s+)?by\s", re.I)
_PREPOSITION = re.compile(
    r"^(?:(?:primarily|mainly|chiefly|largely|also|only|even|particularly|especially|notably|directly)\s+)?"
    r"(?:on|of|against|to|for|from|into|with|at)(?:\s+|$)",
    re.I,
)
_BETWEEN = re.compile(r"^(?:\w+\s+)?between\s", re.I)
# "to" and a word no noun phrase opens with: an infinitive of purpose ("to forbid transit")
_NOT_AFTER_TO = (
    r"(?!(?:the|a|an|its|their|his|her|our|all|any|some|other|each|every|this|that|these|those|both|certain|"
    r"several|many|more|most|foreign|local|domestic|key|new|such|one|two|three|four|five|six|seven|eight|nine|ten)\b)"
)
_TO_VERB = rf"to\s+{_NOT_AFTER_TO}(?-i:[a-z]+)\b(?!['’]s)"
_PURPOSE = re.compile(rf"^\s*{_TO_VERB}")
# "anti-dumping measures on brandy": the measure's own noun before what it hits; and a trade ban's
# both halves ("on imports and exports to X", one measure of each type): X
_MEASURE_NOUN = re.compile(
    r"^(?:(?:measures?|duties|tariffs?|sanctions?|restrictions?|controls?|curbs?|bans?|rules|requirements|policy)\s+"
    r"(?:on|against|targeting|for|of)"
    r"|(?:imports?\s+and\s+exports?|exports?\s+and\s+imports?)\s+(?:to|from|of|with))\s+",
    re.I,
)
# where the noun phrase stops: a relative or participial clause, a reason, a date, a finite verb
_STOPS = re.compile(
    r",|(?:^|\s)(?:which|who|whom|that|as|because|due\s+to|when|while|since|after|amid|in\s+reaction|"
    r"in\s+response|in\s+retaliation|in\s+protest|in\s+a\s+(?:dispute|move|bid|sign|step)|over|citing|arguing|marking|throwing|following|"
    r"including|despite|until|unless|if|so\s+that|effective|with\s+(?:immediate\s+)?effect|from\s+\w+ing|"
    # a reason ("for interfering", "for its role", "for alleged cyberattacks") or a purpose ("to help")
    rf"for\s+(?:\w+ing|its|their|his|her|alleged\w*|activities)|{_TO_VERB}|"
    # a time: "Friday", "last week", "later this year"
    rf"(?:on\s+)?(?:{WEEKDAY_PATTERN})|(?:later\s+)?(?:last|next|this)\s+(?:week|month|year)|"
    # "three years ago", "two weeks later", "yesterday"
    rf"(?:{NUMBER_PATTERN}|\d+)\s+(?:days?|weeks?|months?|years?|decades?)\s+(?:ago|earlier|later|before)|"
    r"yesterday|today|tomorrow|"
    r"more\s+than|less\s+than|in\s+the\s+(?:coming|next|last|past|first)|at\s+the\s+(?:beginning|start|end)\s+of|nor|"
    # a reason or a rider: "in view of the escalation", "in line with", "in addition to those"
    r"in\s+view\s+of|in\s+line\s+with|in\s+addition)\b"
    rf"|(?:^|\s)(?:on|in|from|by|since)\s+(?:the\s+)?(?:\d|{MONTH_PATTERN}\b|early|mid|late|last|next|this)"
    r"|\s(?:and|or|but)\s+(?:\w+ed|said|told|says|will|would|has|have|had|he|she|it|they|also|then|recall\w*|call\w*|face|risk)\b"
    # the agent: "duties on steel by the Freedonian government" (its name, not the one hit)
    r"|\sby\s+(?:the\s+)?(?-i:[A-Z])"
    r"|\s(?:is|are|was|were|will|would|has|have|had|could|can|may|might|must|should|did|do|does)\b"
    r"|\s(?:came|comes|followed|follows|began|begins|took|takes|seemed|seems|appeared|appears)\b"
    r"|\s\w+ly\s+\w+ed\b",  # "the duties Freedonia unjustifiably imposed": a finite verb
    re.I,
)
_FUNCTION_END = re.compile(
    r"(?:\s+(?:the|a|an|of|and|or|to|on|in|for|with|by|its|their|his|her|as|at|such|from|it|them|there|where))+$",
    re.I,
)
# a phrase that is no noun phrase: it opens with a function word, a pronoun or a verb form
_NOT_A_PHRASE = re.compile(
    r"^(?:and|or|and/or|but|nor|in|in\s+addition(?:\s+to)?|under|also|he|she|it|they|we|them|him|(?-i:us)|this|that|these|those|here|there|then|"
    r"now|the\s+same|such|risk|this\s+time|more|further|where|when|what|how|whether)(?:\s|$)"
    r"|^(?:is|are|was|were|has|have|had|will|would|could|been|be|did)(?:\s|$)",
    re.I,
)


def clip_clause(text: str) -> str:
    text = _MARKUP.sub("", text)
    if re.match(r"^\s*[,;:.)]", text):
        return ""  # the measure's phrase ended with its cue
    return _CLAUSE_END.split(text, maxsplit=1)[0].strip(" ,.")


def skip_verb(text: str) -> str:
    m = _VERB_FIRST.match(text)
    if not m or not m.group(0).strip():
        return text
    rest = text[m.end() :]
    # "first imposed in 2004": a time, not whom the measure hits
    return rest if m.group("prep") and not rest[:1].isdigit() else ""


def skip_linking(text: str) -> str:
    return _LINKING.sub("", text.lstrip(), count=1)


def drop_agent(text: str) -> str:
    # "broken off by X": what follows names the one who acts, not the one hit
    return "" if _AGENT.match(text) else text


# "banning exports to the Sylvanian Republic of gallium, germanium ...": where they go, then what goes
_DESTINATION_OF = re.compile(r"^\s*to\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?=\s+of\s+(?-i:[a-z]))")


def destination_first(text: str) -> str:
    m = _DESTINATION_OF.match(text)
    return m.group(0) if m else text


def drop_preposition(text: str) -> str:
    if _BETWEEN.match(text) or _PURPOSE.match(text):
        return ""  # "between X and Y" names both parties, "to forbid transit" a purpose: no one hit
    return _MEASURE_NOUN.sub("", _PREPOSITION.sub("", text, count=1), count=1)


def cut_at_stop(text: str) -> str:
    m = _STOPS.search(text)
    return text[: m.start()] if m else text


def balance(text: str) -> str:
    """An opened bracket the cut left unclosed goes, with what it held."""
    if text.count("(") > text.count(")"):
        text = text[: text.rfind("(")]
    return text


def trim(text: str) -> str:
    text = _FUNCTION_END.sub("", text.strip(" ,.'’")).strip(" ,.")
    if text.endswith(")") and text.count("(") < text.count(")"):
        text = text[:-1]  # a closing bracket whose opening the cut left behind
    if len(text) > MAX_LEN:
        text = _FUNCTION_END.sub("", text[:MAX_LEN].rsplit(" ", 1)[0]) + "…"
    return text


def reject_fragment(text: str) -> str:
    letters = sum(c.isalpha() for c in text)
    return "" if letters < 3 or _NOT_A_PHRASE.match(text) else text


TARGET_STEPS: tuple[Step, ...] = (
    clip_clause,
    skip_verb,
    skip_linking,
    drop_agent,
    destination_first,
    drop_preposition,
    cut_at_stop,
    balance,
    trim,
    reject_fragment,
)


def noun_phrase(words_after_cue: str) -> str:
    """The target phrase in the words after a measure's cue, or "" when they hold none."""
    text = words_after_cue
    for step in TARGET_STEPS:
        text = step(text)
        if not text:
            return ""
    return text
