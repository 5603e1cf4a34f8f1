"""The per-item memo the exports use under `mkdocs serve`: same results, made once per item."""

from __future__ import annotations

from brief.peritem import PerItem


class Item:
    def __init__(self, n: int):
        self.n = n


def test_an_item_is_made_once_while_it_is_passed_and_again_when_the_context_changes():
    calls: list[int] = []
    memo = PerItem(lambda it: calls.append(it.n) or it.n * 10)
    a, b = Item(1), Item(2)
    assert memo.map([a, b], "ctx") == [10, 20]
    assert memo.map([b, a, Item(3)], "ctx") == [20, 10, 30]
    assert calls == [1, 2, 3]  # a and b were kept
    memo.map([a], "ctx")  # b and the third item are let go
    assert memo.map([b], "ctx") == [20] and calls[-1] == 2
    memo.map([b], "other context")
    assert calls[-1] == 2 and len(calls) == 5  # made again under a new context
