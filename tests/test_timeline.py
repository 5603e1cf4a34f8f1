"""Timeline entries show a sentence once: a summary that only repeats its one quote gives way to it."""

from __future__ import annotations

import pytest

from brief.render.timeline import repeats


@pytest.mark.parametrize(
    "summary, quote, same",
    [
        (
            "Japan froze the assets of 22 individuals.",
            "On 26 September, Japan froze the assets of 22 individuals.",
            True,
        ),
        ("Japan froze assets", "Russia expelled a Japanese consul.", False),
        ("", "Anything.", False),
    ],
)
def test_a_summary_repeats_its_quote_when_nine_words_in_ten_are_the_quote_s(summary, quote, same):
    assert repeats(summary, quote) is same
