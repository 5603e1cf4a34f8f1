"""Segmentation of pasted article text into blocks and sentences."""

from __future__ import annotations

import pytest

from brief.segment import blocks, sentences


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Gen. Smith went to the U.S. yesterday. He met Dr. Jones.",
            ["Gen. Smith went to the U.S. yesterday.", "He met Dr. Jones."],
        ),
        ("Japan sided with the U.S. The talks ended.", ["Japan sided with the U.S.", "The talks ended."]),
        ("The U.N. Security Council met. It voted.", ["The U.N. Security Council met.", "It voted."]),
        ("PM Kishida spoke. Japan agreed.", ["PM Kishida spoke.", "Japan agreed."]),
        (
            "More than 3.000 soldiers came. Trade was $19.96 billion. Next.",
            ["More than 3.000 soldiers came.", "Trade was $19.96 billion.", "Next."],
        ),
        (
            "“We will continue,” he said. “Sure.” Then he left.",
            ["“We will continue,” he said.", "“Sure.”", "Then he left."],
        ),
        ('He said *"no"*(3). And left [3]. Then came.', ['He said *"no"*(3).', "And left [3].", "Then came."]),
        ("It ended “badly.” Talks resumed.", ["It ended “badly.”", "Talks resumed."]),
        (
            "The war would “*not end in Europe*”(5). From then on.",
            ["The war would “*not end in Europe*”(5).", "From then on."],
        ),
        ("J. R. Smith arrived. He sat.", ["J. R. Smith arrived.", "He sat."]),
        ("The text is cut off mid-sentence and the", ["The text is cut off mid-sentence and the"]),
        ("Is it over? No! It is not.", ["Is it over?", "No!", "It is not."]),
        # a journal's footnote marker after the stop ("2025.1)") ends the sentence with it
        (
            "It began on 6 February 2025.1) It widened (then) later. See rule 2.1) here.",
            ["It began on 6 February 2025.1)", "It widened (then) later.", "See rule 2.1) here."],
        ),
    ],
)
def test_sentences(text, expected):
    got = sentences(text)
    assert [s.text for s in got] == expected
    # offsets point back into the text: a quote is always an exact substring
    for s in got:
        assert text[s.start : s.start + len(s.text)] == s.text


@pytest.mark.parametrize(
    "text, kinds",
    [
        ("# Title\n\nA paragraph here.", ["heading", "paragraph"]),
        ("First paragraph.\nSecond paragraph on the next line.", ["paragraph", "paragraph"]),
        ("Controversial relationship\nRelations deteriorated after the start.", ["heading", "paragraph"]),
        (
            "- a bullet item that says something.\n• another bullet.\n1. a numbered one.\na) a lettered one.",
            ["item"] * 4,
        ),
        ("---", ["rule"]),
        ("Text.\n\n**Notes:**\n\n- (1) A reference, 27 September 2022.", ["paragraph", "heading", "reference"]),
        ("[1] Deutsche Welle, March 3, 2022, (Accessed on March 5, 2022)", ["reference"]),
        ("Author: Jane Doe, Research Associate", ["meta"]),
        ("Credit: Depositphotos", ["meta"]),
        ("13/02/2023", ["meta"]),
        ("04/25/2025 | Press release | Distributed by Public on 04/25/2025 07:08", ["meta"]),
        ("10/18/2024–|Last updated: 10/18/2024 07:55 PM (local time)", ["meta"]),
        ("Updated 3 March 2024", ["meta"]),
        ("The rules were published on 12 May.", ["paragraph"]),
        ("FOR IMMEDIATE RELEASE | Thursday, April 4, 2024 | Media Contact: press", ["meta"]),
        # a dateline with bars before the story is the story
        (
            "Freedon | AGENCY | Freedonia on Monday announced sanctions against eleven Sylvanian officials.",
            ["paragraph"],
        ),
        ("**Thumbnail:** Press conference, 30 September 2022 (Photo: Office).", ["caption"]),
        # a wire photo's caption, unlabelled: a place and a full date end it, then the credit
        ("The minister speaks at a news conference in Sylvan City, Wednesday, March 6, 2024. (AP)", ["caption"]),
        ("FILE - The minister speaks at a news conference.", ["caption"]),
        ("FILE PHOTO: The envoy walks outside in Freedon, Freedonia, February 3, 2021. AGENCY/Jane Doe", ["caption"]),
        ("The envoy attends a summit in Sylvan City, Sylvania 15 September 2020", ["caption"]),
        # the credit is not a second sentence, nor does a full stop after it end the match
        ("The envoy speaks in Freedon, Freedonia, February 14, 2020. AGENCY/Jane Doe-Delacroix - AGENCY", ["caption"]),
        ("The envoy at a ceremony in Freedon, Freedonia, Jan. 22, 2021 (AGENCY photo by Jane Doe).", ["caption"]),
        # unpunctuated, it ends on where and when
        ("Members of parliament attend a ceremony in Freedonia's old city on May 10, 2025", ["caption"]),
        ("Statement on the border, 10 May 2025", ["heading"]),
        # ...but not news that ends on one, after another sentence
        ("The ministry imposed the ban on imports. It took effect in Freedon on March 3, 2022.", ["paragraph"]),
        (
            "A long paragraph that a web page wrapped in the middle of its second clause and\ncontinued on the next line.",
            ["paragraph"],
        ),
        ("The statement said:\n1-Severed all relations.\n2-Closed the ports.", ["paragraph", "item", "item"]),
        # a line broken after a comma goes on in the next, however short it is
        ("On October 29,\nthe Commission imposed duties on imports.", ["paragraph"]),
        ("Sylvania,\nFreedonia is next.", ["paragraph", "paragraph"]),
    ],
)
def test_block_kinds(text, kinds):
    assert [b.kind for b in blocks(text)] == kinds


def test_anchors_are_stable_and_unique():
    text = "One.\n\nTwo.\n\nThree."
    assert [b.anchor for b in blocks(text)] == ["p1", "p2", "p3"]
    assert blocks(text) == blocks(text)


def test_block_lines_point_at_the_source():
    text = "\n\nFirst.\n\n\nSecond."
    assert [(b.text, b.line) for b in blocks(text)] == [("First.", 3), ("Second.", 6)]


@pytest.mark.parametrize(
    "line, kind",
    [
        ("Two Countries Announce Plans for New Export Controls on Semiconductor Equipment", "heading"),
        ("Controversial relationship", "heading"),
        ("The ministry said on Friday that it would extend the controls to three more products", "paragraph"),
        ("Freedonia imposed tariffs on Sylvania.", "paragraph"),
    ],
)
def test_headlines_are_headings_not_sentences(line, kind):
    assert blocks(line)[0].kind == kind


def test_an_overlong_sentence_is_cut_into_bounded_pieces_that_keep_every_word():
    from brief.segment import MAX_SENTENCE

    text = "Freedonia imposed tariffs on Sylvania in May 2022, and " * 20000  # 1.1 MB, no full stop
    pieces = sentences(text)
    assert max(len(p.text) for p in pieces) <= MAX_SENTENCE
    assert all(text[p.start : p.start + len(p.text)] == p.text for p in pieces)
    assert "".join(p.text for p in pieces).replace(" ", "") == text.replace(" ", "")


@pytest.mark.parametrize(
    "text, title, kinds",
    [
        # the headline repeated as the body's first line is a heading, however long
        (
            "Sylvania puts the accord on hold, closes its airspace for Freedonian flights\n\nSylvania acted on Friday.",
            "Sylvania puts the accord on hold, closes its airspace for Freedonian flights",
            ["heading", "paragraph"],
        ),
        # ... in any markup and spacing
        ("**Sylvania acts**  now\n\nText.", "Sylvania acts now", ["heading", "paragraph"]),
        # a first line that is not the title stays what it is
        ("Sylvania acted on Friday, officials said.\n\nText.", "Sylvania acts", ["paragraph", "paragraph"]),
        ("Sylvania acted on Friday.\n\nText.", None, ["paragraph", "paragraph"]),
    ],
)
def test_the_headline_in_the_body_is_a_heading(text, title, kinds):
    from brief.segment import with_headline

    assert [b.kind for b in with_headline(blocks(text), title)] == kinds
