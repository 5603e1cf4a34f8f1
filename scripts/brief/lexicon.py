"""English, written once: the words every annotation rule leans on.

Month and weekday names, number words, modal verbs, irregular past tenses, reporting verbs,
connectives, stop words and the capitalised words that open sentences. None of it is knowledge
of a topic: that lives in the taxonomy. Rules import these instead of spelling them again.
"""

from __future__ import annotations

import re

MONTHS: dict[str, int] = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
MONTH_NAMES = tuple(m for m in MONTHS if len(m) > 4 or m in ("may", "june", "july"))
# a month name as written, full or abbreviated ("Feb.", "Sept")
MONTH_PATTERN = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|"
    r"Sep(?:t(?:ember)?)?\.?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
# month names that are also ordinary words ("may", "march"): a date only after a preposition
AMBIGUOUS_MONTHS = frozenset(
    {"may", "march", "jan", "mar", "jun", "dec", "sep", "oct", "nov", "aug", "apr", "feb", "jul"}
)
SHORT_MONTHS = frozenset({"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"})

WEEKDAYS: dict[str, int] = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
WEEKDAY_PATTERN = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

NUMBERS: dict[str, int] = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "a": 1,
    "a few": 3,
    "several": 3,
    "couple of": 2,
    "a couple of": 2,
}
NUMBER_PATTERN = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|a couple of|a)"

# future or hypothetical wording; "may" only in lower case, so that the month does not count
FUTURE_PATTERN = (
    r"(?:[Ww]ill|[Ww]ould|[Cc]ould|[Mm]ight|may|[Ss]hall|"
    r"(?:is|are)\s+(?:(?:only|now|still|also|\w+ly)\s+)?(?:likely|expected|set|scheduled|due|planning|going)\s+to|plans?\s+to|intends?\s+to|to\s+be\s+held|"
    r"upcoming|forthcoming|slated\s+(?:for|to))"
)
# "may" in lower case only: neither the month nor a name ("Mrs May") is a modal
HYPOTHETICAL_PATTERN = r"(?:[Cc]ould|[Ww]ould|[Mm]ight|may|[Ss]hould|[Ii]f)"

# irregular past tenses news prose uses (regular ones end in -ed), and their participles
IRREGULAR_PAST = (
    "said",
    "took",
    "began",
    "made",
    "held",
    "spoke",
    "told",
    "froze",
    "met",
    "sent",
    "gave",
    "broke",
    "became",
    "won",
    "led",
    "left",
    "came",
    "put",
    "set",
    "struck",
    "drew",
    "withdrew",
    "saw",
    "stood",
    "fought",
    "fell",
    "rose",
    "grew",
    "sought",
    "brought",
    "sold",
    "chose",
    "flew",
    "went",
    "wrote",
    "paid",
    "lost",
    "cut",
    "shut",
)
# words in -ed that are no past tense: capitalised names ("United", "Limited") and a few others
NOT_PAST = ("hundred", "indeed", "need", "speed", "proceed", "exceed", "succeed", "seed", "feed", "breed", "creed")
PAST_PATTERN = rf"(?:(?!(?:{'|'.join(NOT_PAST)})\b)[a-z]\w{{2,}}ed|" + "|".join(IRREGULAR_PAST) + ")"
PAST_VERB = re.compile(rf"\b{PAST_PATTERN}\b")  # a past tense, as a word of its own
# more past forms and participles, for telling whether a clause reports an action at all
PAST_FORMS = (
    *IRREGULAR_PAST,
    "begun",
    "signed",
    "frozen",
    "broken",
    "hit",
    "shot",
    "bought",
    "ran",
    "kept",
    "declared",
    "quit",
    "cast",
    "spread",
    "let",
    "bid",
    "taken",
    "undertaken",
    "undertook",
    "given",
    "written",
    "chosen",
    "spoken",
    "drove",
    "driven",
    "shown",
    "seen",
    "threw",
    "thrown",
    "overthrew",
    "overthrown",
    "withdrawn",
    "drawn",
    "forbade",
    "forbidden",
    "swore",
    "sworn",
    "tore",
    "torn",
    "got",
    "found",
    "built",
    "spent",
    "lent",
    "felt",
    "dealt",
    "heard",
    "caught",
    "upheld",
    "withheld",
    "stole",
    "stolen",
    "shook",
    "fled",
    "arose",
    "arisen",
    "beat",
    "beaten",
    "hung",
    "laid",
    "overrode",
    "overridden",
)
# words that may stand between a measure's owner and the measure ("Freedonia's new counter tariffs")
MEASURE_MODIFIERS = (
    "new",
    "fresh",
    "additional",
    "further",
    "retaliatory",
    "counter",
    "reciprocal",
    "own",
    "latest",
    "sweeping",
    "punitive",
    "targeted",
    "unilateral",
    "provisional",
    "temporary",
    "initial",
    "first",
    "per",
    "cent",
    "percent",
    "billion",
    "million",
)
# nouns of a measure: an adjective before one says what kind of measure it is ("economic
# sanctions", "economic and diplomatic measures"), not what the text discusses
MEASURE_NOUNS = (
    "sanction",
    "sanctions",
    "measure",
    "measures",
    "countermeasures",
    "restrictions",
    "penalties",
    "pressure",
    "tools",
    "coercion",
    "retaliation",
    "punishment",
)
# the prepositions that set a deadline ("by 2027", "until May 15"): a date after one is a limit, no happening
DEADLINE_WORDS = ("by", "until", "till")
# verbs of a measure running out: the date after them is its end ("the embargo expires on 15 September")
EXPIRY_VERBS = (
    "expire",
    "expires",
    "expired",
    "expiring",
    "lapse",
    "lapses",
    "lapsed",
    "runs out",
    "run out",
    "ran out",
)
# the conjunctions that open a subordinate clause ("after Sylvania expelled ...", "although ...");
# a clause opened by one holds its own subject and its own date
SUBORDINATORS = ("after", "when", "because", "since", "before", "once", "although", "though", "whereas", "while")
# subordinators of condition: a date after one belongs to its clause too, but no imposer is sought there
CONDITIONALS = ("if", "unless")
# the pronouns that open a relative clause
RELATIVE_PRONOUNS = ("that", "which", "who", "whom", "whose")
# the participles a measure is imposed with ("the sanctions imposed in 2014", "that X had levied")
IMPOSED_FORMS = ("imposed", "introduced", "adopted", "levied")
# participles of a passive whose subject does what follows ("are expected to cut", "was forced to
# expel"): the subject acts, it is not acted on
CONTROL_PARTICIPLES = (
    "expected",
    "forced",
    "set",
    "scheduled",
    "poised",
    "allowed",
    "permitted",
    "obliged",
    "compelled",
    "required",
    "asked",
    "urged",
    "told",
    "ordered",
    "authorised",
    "authorized",
    "empowered",
    "invited",
    "encouraged",
    "pressured",
    "pressed",
    "prepared",
    "supposed",
    "reported",
    "said",
    "believed",
    "understood",
)
# the heads of a company's name or of a trade's: what they stop doing is a business decision,
# no state's measure (the guide: "carmakers halt exports, airlines suspend flights")
CORPORATE_NOUNS = (
    "airlines",
    "airline",
    "airways",
    "carriers",
    "carmakers",
    "automakers",
    "companies",
    "company",
    "firms",
    "firm",
    "businesses",
    "exporters",
    "importers",
    "retailers",
    "manufacturers",
    "brands",
    "operators",
    "insurers",
    "shippers",
    "lenders",
    "investors",
    "producers",
    "traders",
)
_SAYING_CORE = ("said", "says", "told", "added", "stated")
# verbs that report what was said, acts of announcing among them
REPORTING_VERBS = (*_SAYING_CORE, "announced", "declared", "warned", "confirmed")
# verbs of saying only: what follows them is what was said ("Freedonia said Sylvania had ...")
SAYING_VERBS = (*_SAYING_CORE, "noted", "claimed", "insisted", "reported")

# connectives that open a sentence and say nothing of its content
CONNECTIVES = (
    "however",
    "moreover",
    "furthermore",
    "finally",
    "meanwhile",
    "indeed",
    "also",
    "in addition",
    "in fact",
    "therefore",
    "thus",
    "then",
    "immediately",
    "at the same time",
    "in the aftermath",
)

STOP_WORDS = frozenset(
    {
        "the",
        "and",
        "that",
        "with",
        "from",
        "this",
        "have",
        "has",
        "had",
        "was",
        "were",
        "been",
        "will",
        "would",
        "could",
        "into",
        "over",
        "after",
        "before",
        "about",
        "their",
        "there",
        "which",
        "while",
        "where",
        "when",
        "most",
        "other",
        "only",
        "some",
        "said",
        "says",
        "since",
        "until",
        "against",
        "between",
        "during",
        "under",
        "among",
        "within",
        "without",
        "because",
        "however",
        "including",
        "government",
        "country",
        "countries",
    }
)

# capitalised words that open sentences or head names of offices, not names themselves
CAPITALISED_COMMON = frozenset(
    {
        "The",
        "A",
        "An",
        "In",
        "On",
        "At",
        "As",
        "It",
        "He",
        "She",
        "They",
        "We",
        "This",
        "That",
        "These",
        "But",
        "And",
        "However",
        "According",
        "Also",
        "For",
        "With",
        "After",
        "Before",
        "Since",
        "While",
        "When",
        "Moreover",
        "Furthermore",
        "Finally",
        "Meanwhile",
        "Although",
        "Because",
        "Therefore",
        "Indeed",
        "If",
        "So",
        "Thus",
        "Prime",
        "Minister",
        "President",
        "Foreign",
    }
)

# the last word of an organisation's name: "the Forestry Agency", "the State Council"
ORGANISATION_HEADS = (
    "Ministry",
    "Department",
    "Office",
    "Bureau",
    "Agency",
    "Administration",
    "Commission",
    "Council",
    "Committee",
    "Parliament",
    "Assembly",
    "Service",
    "Services",
    "Survey",
    "Authority",
    "Forces",
    "Army",
    "Navy",
    "Guard",
    "Institute",
    "Corporation",
    "Bank",
    "Court",
    "Chamber",
    "Duma",
    "Senate",
    "Cabinet",
    "Secretariat",
    "Directorate",
    "Inspectorate",
    "Organization",
    "Organisation",
    "Union",
    "Community",
    "Nations",
    "Alliance",
    "Fund",
    "Association",
    "Party",
    "Group",
    "Airways",
    "Airlines",
    "Congress",
    "Institution",
    "Front",
)

# the steps of an enumeration in prose: "First, ... Second, ..."
ORDINAL_OPENERS = ("first", "second", "third", "fourth", "fifth", "sixth", "next", "lastly", "finally")


# initials in brackets after a name, "the Freedonian Trade Office (FTO)": no clause break
# initials or a short name in brackets ("(FTO)", "(Geneva Time)", quoted or not): a gloss inside the clause
_BRACKETED_NAME = re.compile(
    r"\(\s*[\"“]?[A-Z][A-Za-z0-9.&’'-]{0,15}(?:\s+[A-Z][A-Za-z0-9.&’'-]{0,15}){0,2}[\"”]?\s*\)"
)


def without_bracketed_names(text: str) -> str:
    """The text with bracketed initials and short names blanked out, offsets kept, for finding
    clause breaks ("the Trade Office (FTO) issued", "On 31 August (Geneva Time), X notified")."""
    if "(" not in text:
        return text
    return _BRACKETED_NAME.sub(lambda m: " " * len(m.group(0)), text)
