"""Bad input: one clear message naming the file (and line), never a traceback."""

from __future__ import annotations

import pytest

from brief.errors import BriefError
from brief.sources import MAX_BYTES, decode, parse_source
from brief.taxonomy import parse_taxonomy

from .conftest import SMALL_TAXONOMY

GOOD = "---\ntitle: A title\npublished: 2022-03-07\nlanguage: en\n---\nJapan acted.\n"


def source_error(data: bytes) -> BriefError:
    with pytest.raises(BriefError) as info:
        parse_source(decode(data, "sources/x.md"), "sources/x.md")
    return info.value


@pytest.mark.parametrize(
    "data, line, words",
    [
        (b"", 1, "empty"),
        (b"   \n\n", 1, "empty"),
        (b"---\ntitle: x\npublished: 2022\nlanguage: en\n---\n", 6, "article text is missing"),
        (b"Just text, no metadata.\n", 1, "no YAML frontmatter"),
        (b'---\ntitle: "unclosed\npublished: 2022\n---\nText.\n', 2, "while scanning a quoted scalar"),
        (b"---\ntitle: x\n\tpublished: 2022\n---\nText.\n", 3, "invalid YAML"),
        (b"---\npublished: yesterday\nlanguage: en\n---\nText.\n", 2, "must be a date"),
        (b"---\npublished: 2022\nauthors: 5\nlanguage: en\n---\nText.\n", 3, "'authors' must be a list"),
        (
            b"---\npublished: 2022-03-07\nprecision: month\nlanguage: en\n---\nText.\n",
            2,
            "more precise than its precision",
        ),
        (b"---\npublished: 2022-02-30\nlanguage: en\n---\nText.\n", 2, "not a real date"),
        (b"---\ntitle: x\nlanguage: en\n---\nText.\n", 1, "missing required field 'published'"),
        (
            b"---\npublished: 2022\nlanguage: en\nestimated: perhaps\n---\nText.\n",
            4,
            "'estimated' must be true or false",
        ),
        (
            b"---\npublished: 2022\nlanguage: en\nurl: javascript:alert(1)\n---\nText.\n",
            4,
            "'url' must be an http(s) address",
        ),
        (b"---\npublished: 2022\nlanguage: en\ncolour: red\n---\nText.\n", 4, "unknown key 'colour'"),
        (b"---\n- a\n- b\n---\nText.\n", 2, "must be a mapping"),
        (GOOD.encode() + b"\xff\xfe bad bytes\n", 7, "not valid UTF-8"),
        (GOOD.encode() + b"a NUL \x00 here\n", 7, "NUL"),
        (b"---\npublished: 2022\nlanguage: en\npublished: 2023\n---\nText.\n", 4, "the key 'published' is given twice"),
        (b"---\ntitle: &t A\npublished: 2022\nlanguage: en\nouter: *t\n---\nText.\n", 2, "anchors and aliases"),
        (
            b'---\na: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n'
            b"c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n---\nText.\n",
            None,
            "anchors and aliases",
        ),
        (b"---\npublished: 0001-01-01\nlanguage: en\n---\nText.\n", 2, "must be a year from 1000 to 9000"),
        (b"---\npublished: 9999-12-31\nlanguage: en\n---\nText.\n", 2, "must be a year from 1000 to 9000"),
        (b"---\npublished: " + b"1" * 5000 + b"\nlanguage: en\n---\nText.\n", 2, "more than 40 digits"),
    ],
)
def test_source_errors(data, line, words):
    err = source_error(data)
    assert words in str(err)
    assert err.problems[0].file == "sources/x.md"
    if line is not None:
        assert err.problems[0].line == line
    assert str(err).startswith("sources/x.md:")


def test_every_problem_is_listed_at_once():
    err = source_error(b"---\npublished: yesterday\nauthors: 5\nestimated: maybe\nlanguage: en\n---\nText.\n")
    assert len(err.problems) == 3
    assert [p.line for p in err.problems] == [2, 3, 4]


def test_oversized_source_is_refused_with_the_limit():
    with pytest.raises(BriefError) as info:
        decode(b"x" * (MAX_BYTES + 1), "sources/big.md")
    assert f"{MAX_BYTES:,}" in str(info.value)


@pytest.mark.parametrize(
    "data, expected_text",
    [
        (b"\xef\xbb\xbf" + GOOD.encode(), "Japan acted."),  # a byte order mark
        (GOOD.replace("\n", "\r\n").encode(), "Japan acted."),  # Windows line ends
        (GOOD.replace("\n", "\r").encode(), "Japan acted."),  # old Mac line ends
        (GOOD.replace("acted.", "acted.   ").encode(), "Japan acted."),  # trailing spaces
        (GOOD.replace("Japan acted.", "Japón actuó: «ça va» 日本").encode(), "Japón actuó: «ça va» 日本"),
    ],
)
def test_tolerated_and_normalised(data, expected_text):
    src = parse_source(decode(data, "sources/x.md"), "sources/x.md")
    assert src.text == expected_text
    assert src.published == "2022-03-07" and src.precision == "day"


def taxonomy_error(text: str) -> BriefError:
    with pytest.raises(BriefError) as info:
        parse_taxonomy(text, "sources/taxonomy.yml")
    return info.value


@pytest.mark.parametrize(
    "change, line_words",
    [
        (("sanctions_theme: sanctions", "sanctions_theme: sanktions"), "sanctions_theme 'sanktions' is not a theme"),
        (
            ("aliases: [Russia, Moscow, the Kremlin]", "aliases: [Russia, Tokyo]"),
            "alias 'Tokyo' is claimed by both 'Japan' and 'Russia'",
        ),
        (("kind: person, country: Japan", "kind: human, country: Japan"), "kind must be one of"),
        (("country: Japan, aliases: [Fumio", "country: Nippon, aliases: [Fumio"), "country 'Nippon' is not an actor"),
        (("{id: energy,", "{id: Energy Stuff,"), "must be lower-case words"),
        (("actors:", "actorz:"), "unknown key 'actorz'"),
        (
            (
                "cues: [export ban*, banned the sale",
                "of_others_goods: import-bann, cues: [export ban*, banned the sale",
            ),
            "of_others_goods 'import-bann' is not a measure type",
        ),
        (("- {name: Japan,", "- {name: <b>Japan</b>,"), "not allowed in a name"),
        (('date: "1945"', "date: 2022-13-45"), "known date '2022-13-45' must be a date like"),
        (('date: "1945"', "date: 2022-02-30"), "known date '2022-02-30' is not a real date"),
        (("not_actors: [Moscow Avangard]", "not_actors: &n [Moscow Avangard]\nx: *n"), "anchors and aliases"),
        (
            ("sanctions_theme: sanctions", "sanctions_theme: sanctions\nsanctions_theme: x"),
            "'sanctions_theme' is given twice",
        ),
    ],
)
def test_taxonomy_errors(change, line_words):
    text = SMALL_TAXONOMY
    old, new = change
    assert old in text
    err = taxonomy_error(text.replace(old, new))
    assert line_words in str(err)
    assert all(p.file == "sources/taxonomy.yml" and p.line for p in err.problems)


def test_taxonomy_bad_yaml_names_the_line():
    err = taxonomy_error("themes:\n  - id: a\n   label: [unclosed\n")
    assert err.problems[0].line == 3
