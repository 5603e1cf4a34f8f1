"""The annotator's fast paths agree with the plain patterns they stand in for.

Each fast path replaces a case-blind regex scanned at every word with set look-ups or substring
tests; the regex is kept here as the oracle, and both are run on hand-picked sentences, on every
sentence of the development corpus and on generated text.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from brief import dates as D
from brief import events as E
from brief import sanctions as S
from brief.lexicon import ORDINAL_OPENERS, PAST_FORMS
from brief.segment import blocks

ROOT = Path(__file__).resolve().parent.parent

_IRREGULAR = (
    "|".join(PAST_FORMS) + "|"
    r"freezes|bans|imposes|suspends|announces|expands|adds|blacklists|signs|visits|meets|says|calls|"
    r"will\s+\w+|would\s+\w+|could\s+\w+|is\s+(?:likely|expected|set|due)\s+to\s+\w+|plans?\s+to\s+\w+"
)
_HAPPENING = r"annexation|invasion|occupation|arrest|expulsion|election|referendum|summit|signing|launch|outbreak|attack|coup|ceasefire|visit|decision|order|resolution|decree|downing|announcement|agreement|treaty|accord|pact"
_NOT_IN_COURSE = "going|planning|considering|weighing|seeking|hoping|trying|being|facing|willing|taking|working|looking|continuing|monitoring"
ACTION = re.compile(
    rf"\b(?:agreed\s+(?:to|on|that|with)|\w{{3,}}ed|{_IRREGULAR}|{_HAPPENING}|"
    rf"(?:is|are|was|were|been)\s+(?!(?:{_NOT_IN_COURSE})\b)(?-i:[a-z])\w{{2,}}ing)\b",
    re.I,
)


def oracle_verbs(text: str) -> tuple[str, ...]:
    first = re.search(r"\w", text)
    return tuple(
        m.group(0).lower()
        for m in ACTION.finditer(text)
        # a capitalised word in -ed after the first is a name ("United"), no verb
        if not (m.group(0).endswith(("ed", "ED")) and m.group(0)[0].isupper() and first and m.start() > first.start())
    )


CONTINUES = re.compile(
    rf"^\W*(?:it|he|she|they|its|his|her|their|this|these|the\s+same)\b|\b(?:also|as\s+well)\b|^\W*(?:{'|'.join(ORDINAL_OPENERS)})\s*,",
    re.I,
)


def oracle_continues(text: str) -> bool:
    # the package rule ("The measures include ...") is no fast path: its own rows test it
    return CONTINUES.search(text) is not None or S.package_holds(text)


def oracle_needs(text: str) -> frozenset[str]:
    return frozenset(name for name, rx in D._NEEDS.items() if rx.search(text))


SENTENCES = [
    "The ministry froze the assets of 22 individuals on Monday.",
    "Tokyo will  impose a ban; it would\nfollow later.",
    "The visit is likely to go ahead. The plan is expected to, perhaps, pass.",
    "It plans to act. She plan to  go. They are set to vote.",
    "They agreed to deploy it, as agreed; AGREED  ON terms, agreed\nthat, agreedto.",
    "IS EXPECTED TO RISE, WILL, would. could",
    "willing reed speed based re-imposed 2022ed under_scored",
    "Meanwhile, last year's summit was held in Spring 2021 — the day before yesterday.",
    "Nothing here at all",
    "",
    "May may MAY march March 12 tomorrow's weeks-long months YEARS of recently-lately",
    "A 2,000-tonne cargo, 15 percent, 1999 and 2031 and 1650; Sept. 3, Dec",
    "Mid-Dec. at the same time soon shortly, IMMEDIATELY aftermath Simultaneously",
    "laſt weeK, on ٣ DAYS",  # what a case-blind pattern matches beyond lower-casing; a digit of another script
]


@pytest.mark.parametrize("text", SENTENCES)
def test_action_verbs_as_the_pattern(text: str) -> None:
    assert E.action_verbs(text) == oracle_verbs(text)


@pytest.mark.parametrize("text", [*SENTENCES, "It also", "  Second, they", "They did, as  WELL", "Itself", "Firstly,"])
def test_continues_as_the_pattern(text: str) -> None:
    assert S.continues(text) == oracle_continues(text)
    assert titled_as_the_pattern(text)


@pytest.mark.parametrize("text", SENTENCES)
def test_date_needs_as_the_patterns(text: str) -> None:
    assert D.needs_present(text) == oracle_needs(text)
    assert S.continues(text) == oracle_continues(text)


def titled_as_the_pattern(text: str) -> bool:
    from brief import people

    return [m.span() for m in people._titled(text)] == [m.span() for m in people._PERSON.finditer(text)]


@pytest.mark.parametrize(
    "text",
    [
        "First Deputy Prime Minister Ada Horak met Former President Ivo Marek and Dr. Jan Novak.",
        "UPMC said PM  Ada Horak, Chief Cabinet Secretary Ivo Marek and acting   Minister Jan Novak spoke.",
        "Foreign Minister, Ada Horak, said so. President of the Republic Ivo Marek",
    ],
)
def test_titled_people_found_as_the_pattern(text: str) -> None:
    assert titled_as_the_pattern(text)


def test_fast_paths_on_every_corpus_sentence() -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests/fixtures/corpus").glob("*/sources/*.md"))]
    sentences = [s.text for t in texts for b in blocks(t) for s in b.sentences or ()]
    assert len(sentences) > 500
    assert [E.action_verbs(s) for s in sentences] == [oracle_verbs(s) for s in sentences]
    assert [D.needs_present(s) for s in sentences] == [oracle_needs(s) for s in sentences]
    assert [S.continues(s) for s in sentences] == [oracle_continues(s) for s in sentences]
    assert all(titled_as_the_pattern(b.text) for t in texts for b in blocks(t))


words = st.sampled_from(
    [
        "will",
        "President",
        "First",
        "Deputy",
        "Ada",
        "Horak",
        "Dr.",
        "also",
        "well",
        "It",
        "Second",
        "would",
        "could",
        "is",
        "likely",
        "expected",
        "set",
        "due",
        "to",
        "plan",
        "plans",
        "said",
        "Said",
        "froze",
        "visited",
        "based",
        "speed",
        "May",
        "march",
        "Jan.",
        "Sept",
        "day",
        "today",
        "weeks",
        "month",
        "years",
        "soon",
        "meanwhile",
        "last",
        "recent",
        "2022",
        "1999",
        "12",
        ",",
        ";",
        "\n",
        "\t",
        "-",
        "'",
        "_",
    ]
)


@settings(max_examples=300)
@given(st.lists(st.one_of(words, st.text(max_size=6)), max_size=14), st.lists(st.sampled_from([" ", "  ", "\n", ""])))
def test_fast_paths_on_generated_text(parts: list[str], gaps: list[str]) -> None:
    text = "".join(p + (gaps[i % len(gaps)] if gaps else " ") for i, p in enumerate(parts))
    assert E.action_verbs(text) == oracle_verbs(text)
    assert D.needs_present(text) == oracle_needs(text)
    assert S.continues(text) == oracle_continues(text)


@given(st.text(alphabet=st.sampled_from(list("&<>\"'{}`\\ab é#;1&amp;")), max_size=40))
def test_esc_as_the_translation_table(text: str) -> None:
    from brief.render.markup import _ESC, esc

    assert esc(text) == text.translate(_ESC)


def test_evolve_is_replace_for_the_annotator_state() -> None:
    """``evolve`` (the annotator's fast ``dataclasses.replace``) gives what ``replace`` gives."""
    from dataclasses import fields, replace

    from brief.annotate import Discourse
    from brief.model import evolve

    state = Discourse(D.Narrative())
    for f in fields(state):
        changed = {f.name: getattr(state, f.name)}
        assert evolve(state, **changed) == replace(state, **changed)
    narrative = D.Narrative()
    assert evolve(narrative, block=3) == replace(narrative, block=3)
    assert evolve(narrative, block=3) is not narrative and narrative.block == -10
