"""People the taxonomy does not know yet, found by the title that introduces them.

"Foreign Minister Ada Novak", "Palace spokesman Ivo Marek", "Dr. Jan Horak": a
capitalised name of two or three words right after a title is a person, in any article. The
titles are English usage, like month names, not knowledge of one brief. `brief unknown` lists
such names too, so that a curator can add them to the taxonomy with their aliases and country.
"""

from __future__ import annotations

import re

import ahocorasick

from .lexicon import MONTH_NAMES, ORGANISATION_HEADS, WEEKDAYS
from .model import Mention

_TITLES = (
    r"(?:Deputy\s+|Vice\s+|First\s+Deputy\s+|Former\s+|former\s+|Acting\s+|acting\s+)?"
    r"(?:Prime\s+Minister|PM|President(?:\s+of\s+(?:the\s+)?[A-Z]\w+(?:\s+[A-Z]\w+)?)?|Chancellor|Premier|Foreign\s+Minister|Defen[cs]e\s+Minister|"
    r"Finance\s+Minister|Trade\s+Minister|Economy\s+Minister|Industry\s+Minister|Energy\s+Minister|"
    r"Justice\s+Minister|Minister(?:\s+of\s+[A-Z]\w+(?:\s+(?:and\s+)?[A-Z]\w+)*)?|Secretary(?:\s+of\s+(?:the\s+)?[A-Z]\w+)?|"
    r"Chief\s+Cabinet\s+Secretary|Cabinet\s+Secretary|High\s+Representative|(?:Deputy-)?Commander-in-Chief|Ambassador|ambassador|Envoy|envoy|Spokes(?:man|woman|person)|"
    r"spokes(?:man|woman|person)|Senator|Governor|Mayor|General|Gen\.|Admiral|Colonel|Lt\.|Dr\.|Professor|Prof\.|"
    r"Mr\.|Ms\.|Mrs\.|Honourable|Honorable|Hon\.|Director|Chairman|Chairwoman|Chief\s+Executive|CEO|Speaker|Lawmaker|lawmaker|Journalist|"
    r"Expert|Fellow|Researcher|Analyst|analyst|Associate\s+Professor|Emperor|King|Queen|Crown\s+Prince|Pope)"
)
# a name: two or three capitalised words (hyphens, apostrophes and accents allowed: "O'Brien"), not a place
# (one capital inside a word: "LeBlanc", "McCarthy")
_NAME_WORD = (
    r"[A-ZÀ-ÖØ-ÞĀ-ſ](?:['’][A-Z])?[a-zà-öø-ÿā-ſ'’]+(?:[A-Z][a-zà-öø-ÿā-ſ]+)?(?:-[A-ZÀ-ÖØ-Þa-zà-ÿ][a-zà-öø-ÿā-ſ'’]+)?"
)
# a family name's particle: "Ivo van Marek", "Ada al-Horak", "Jan von der Novak"
_PARTICLE = r"(?:(?:al|el|ad|as|bin|ibn|abu)-|(?:van|von|de|da|di|du|del|der|den|bin|ibn)\s+(?:der\s+|den\s+)?)"
# a middle initial is part of the name ("Steven T. Mnuchin")
_NAME = rf"{_NAME_WORD}(?:\s+[A-Z]\.)?(?:\s+{_PARTICLE}?{_NAME_WORD}){{1,3}}"
_PERSON = re.compile(rf"\b{_TITLES}(?:-elect)?(?:\s+|,\s+(?=(?:{_NAME}),))(?P<name>{_NAME})\b")
# a plural title before two names: "Presidents Ivo Marek and Ada Novak"
_PLURAL_CLUES = ("Presidents", "Ministers", "Leaders", "Senators")
_PLURAL_TITLES = r"\b(?:Presidents|Prime\s+Ministers|Foreign\s+Ministers|Ministers|Leaders|Senators)\s+"
_PLURAL = (
    re.compile(rf"{_PLURAL_TITLES}(?P<name>{_NAME})\s+and\s+{_NAME}\b"),
    re.compile(rf"{_PLURAL_TITLES}{_NAME}\s+and\s+(?P<name>{_NAME})\b"),
)
# a plural role or a people before a list of names: "his deputies Ivo Marek, Ada Horak and Jan
# Novak", "Sylvanians Ivo Marek and Ada Horak"
_ROLES_OF_MANY = (
    *["deputies", "officials", "ministers", "diplomats", "journalists", "activists", "generals", "officers"],
    *["executives", "lawmakers", "senators", "citizens", "nationals", "leaders", "members", "commanders"],
    *["hackers", "individuals", "businessmen", "oligarchs"],
)
_NAME_LIST = re.compile(
    rf"(?:\b(?:{'|'.join(_ROLES_OF_MANY)})|\b[A-Z][a-z]+(?:ians|ans))\s+"
    rf"(?P<list>{_NAME}(?:,\s+{_NAME})*,?\s+and\s+{_NAME})\b"
)
_ONE_NAME = re.compile(rf"(?P<name>{_NAME})")


def _listed(text: str) -> list[re.Match[str]]:
    """Each name of a list after a plural role or a people."""
    return [n for m in _NAME_LIST.finditer(text) for n in _ONE_NAME.finditer(text, *m.span("list"))]


# a name with its role in apposition: "Gregor Novak, a senior analyst at ...", "Ada Horak, the minister"
_ROLE = (
    r"analyst|researcher|fellow|professor|spokes(?:man|woman|person)|minister|official|director|expert|economist|"
    r"advis[eo]r|ambassador|envoy|lawmaker|senator|governor|chairman|chairwoman|president|head|chief|secretary|"
    r"commissioner|member|deputy|diplomat|scholar|lecturer|editor|correspondent|general|commander|"
    r"colonel(?:-major)?|officer|novelist|journalist|writer|historian|reporter|mediator"
)
# a role in lower case right before a name: "top diplomat Ada Horak", "junta leader Ivo Marek"
# (roles that also come before a firm or an outlet, "official", "analyst", "director", are left out)
_ROLES_BEFORE = (
    *[
        "diplomat",
        "minister",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "envoy",
        "ambassador",
        "leader",
        "laureate",
        "activist",
        "chief",
    ],
    *[
        "dissident",
        "lawyer",
        "tycoon",
        "commissioner",
        "senator",
        "governor",
        "lawmaker",
        "scholar",
        "economist",
        "commander",
    ],
    "correspondent",
    # professions: "novelist Ada Horak", "journalist Ivo Marek"
    *["novelist", "journalist", "writer", "historian", "reporter", "businessman", "businesswoman", "billionaire"],
    *["blogger", "poet", "mediator", "photojournalist", "photographer", "executive", "entrepreneur", "hacker"],
    # "Sylvanian national Ada Horak", "police officer Ivo Marek"
    *["national", "citizen", "officer", "agent", "cleric"],
)
_ROLE_BEFORE = re.compile(rf"\b(?:{'|'.join(_ROLES_BEFORE)})\s+(?P<name>{_NAME})\b")
_APPOSED = re.compile(rf"\b(?P<name>{_NAME}),\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}(?:{_ROLE})\b")
# the role first: "the mediator, Ivo Marek", "the outgoing president of the Sylvanian Commission, Ada Horak"
_ROLE_APPOSED = re.compile(
    rf"\b(?:[Tt]he|[Aa]n?)\s+(?:[\w-]+\s+){{0,2}}(?:{_ROLE})(?:\s+(?:of|for)\s+(?:the\s+)?[\w-]+(?:\s+(?:and\s+)?[\w-]+){{0,3}})?"
    rf",\s+(?P<name>{_NAME})\b(?!\s+[A-Z])"
)
# capitalised words that follow titles but name no one ("President of", "Minister for Foreign Affairs")
_NOT_NAMES = {
    "Of",
    "For",
    "And",
    "The",
    "In",
    "On",
    "At",
    "To",
    "Affairs",
    "Foreign",
    "Defense",
    "Defence",
    "Office",
    "Ministry",
    "Cabinet",
    "Council",
    "House",
    "Federation",
    "Republic",
    "Party",
    "Government",
    "Administration",
    "Says",
    "Said",
    "Has",
    "Had",
    "Is",
    "Was",
    "Will",
    "Would",
    "Could",
    "Also",
    "Then",
    "Who",
    "Which",
    # a day or a month after a name is its time, not its last word ("President Ivo Marek Tuesday said")
    *(w.capitalize() for w in (*WEEKDAYS, *MONTH_NAMES)),
}


_POSSESSIVE = re.compile(r"\w['’]s$")
# a word each title starts with, and the comma an apposition needs: most paragraphs hold neither,
# and a substring test spares them the patterns, which are tried at every position
_TITLE_CLUES = tuple(
    [
        "Prime",
        "PM",
        "President",
        "Chancellor",
        "Premier",
        "Foreign",
        "Defen",
        "Finance",
        "Trade",
        "Economy",
        "Industry",
        "Energy",
        "Justice",
        "Minister",
        "Secretary",
        "Chief",
        "Cabinet",
        "Ambassador",
        "ambassador",
        "Envoy",
        "envoy",
        "Spokes",
        "spokes",
        "Senator",
        "Governor",
        "Mayor",
        "General",
        "Gen.",
        "Admiral",
        "Colonel",
        "Lt.",
        "Dr.",
        "Professor",
        "Prof.",
        "Mr.",
        "Ms.",
        "Mrs.",
        "Director",
        "Chairman",
        "Chairwoman",
        "CEO",
        "Speaker",
        "Lawmaker",
        "lawmaker",
        "Journalist",
        "Expert",
        "Fellow",
        "Researcher",
        "Analyst",
        "analyst",
        "Associate",
        "Emperor",
        "King",
        "Queen",
        "Crown",
        "Pope",
        "Honourable",
        "Honorable",
        "Hon.",
        "High",
        "Commander",
        "Deputy-Commander",
    ]
)
_APPOSITION = re.compile(r",\s+(?:a|an|the)\s")
_ROLE_COMMA = re.compile(rf"\b(?:{_ROLE})\b[^,]{{0,60}},\s+[A-Z]")


def _title_automaton() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for clue in _TITLE_CLUES:
        automaton.add_word(clue, len(clue))
    automaton.make_automaton()
    return automaton


_TITLES_AT = _title_automaton()
_WORD_BEFORE = re.compile(r"(\w+)\s+$")


def _titled(text: str) -> list[re.Match[str]]:
    """``_PERSON.finditer(text)``, tried only where a match can start: at a title's first word, or
    at one of the two words before it (the "First Deputy" of "First Deputy Prime Minister"). The
    pattern tried at every position of a long paragraph cost more than the rest of the rules."""
    starts: set[int] = set()
    for end, length in _TITLES_AT.iter(text):
        pos = end - length + 1
        if pos and (text[pos - 1].isalnum() or text[pos - 1] == "_"):
            continue  # inside a word: no match starts there
        starts.add(pos)
        for _ in range(2):
            before = _WORD_BEFORE.search(text, max(0, pos - 40), pos)
            if before is None:
                break
            pos = before.start(1)
            starts.add(pos)
    found, last_end = [], 0
    for pos in sorted(starts):
        if pos < last_end:
            continue
        m = _PERSON.match(text, pos)
        if m:
            found.append(m)
            last_end = m.end()
    return found


def _candidates(text: str) -> list[re.Match[str]]:
    found = _titled(text)
    if _APPOSITION.search(text):
        found += _APPOSED.finditer(text)
    if _ROLE_COMMA.search(text):
        found += _ROLE_APPOSED.finditer(text)
    if any(map(text.__contains__, _ROLES_BEFORE)):
        found += _ROLE_BEFORE.finditer(text)
    if any(map(text.__contains__, _PLURAL_CLUES)):
        found += [m for rx in _PLURAL for m in rx.finditer(text)]
    if " and " in text:
        found += _listed(text)
    return sorted(found, key=lambda m: m.start("name"))


def titled_people(text: str, known: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """Mentions of untitled-in-the-taxonomy people: a title, then a name no known alias covers."""
    out: list[Mention] = []
    for m in _candidates(text):
        start, end = m.span("name")
        if any(k.start < end and start < k.end for k in known):
            continue  # the taxonomy already knows this name
        words = m.group("name").split()
        while words and words[-1] in _NOT_NAMES:
            words.pop()
        if words and _POSSESSIVE.search(words[-1]):  # "President Ivo Marek’s decision": Ivo Marek
            words[-1] = words[-1][:-2]
        if len(words) < 2 or any(w in _NOT_NAMES or w in ORGANISATION_HEADS for w in words):
            continue  # ("an official Xinhua News Agency report" names no one)
        surface = " ".join(words)
        name = " ".join(w for w in words if not re.fullmatch(r"[A-Z]\.", w))  # "Steven T. Mnuchin" is Steven Mnuchin
        end = start + len(surface)
        if any(o.start < end and start < o.end for o in out):
            continue  # found by both patterns
        out.append(Mention(name, start, end, surface))
    return tuple(out)
