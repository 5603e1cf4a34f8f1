"""Per-item results kept from one build to the next of a long-lived process (``mkdocs serve``).

An edit to one source changes a handful of the merged entries, yet every export lists all of
them. The merge hands back the very same objects for entries whose inputs did not change (see
``build.Memo``), so a result made from an item is kept under the item's identity, checked to be
that item still, and dropped when a build no longer has it. Whatever else a result depends on
(the sources' titles, the taxonomy) is the *context*, compared whole: when it changes, every
result is made again. The results are those of pure functions: a one-off build gets the same
output, only without the saving.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Generic, TypeVar

T = TypeVar("T")
R = TypeVar("R")


class PerItem(Generic[T, R]):
    """``fn`` over items, remembering each item's result until a call no longer passes the item."""

    def __init__(self, fn: Callable[[T], R]):
        self._fn = fn
        self._kept: dict[int, tuple[T, R]] = {}
        self._context: object = None

    def map(self, items: Iterable[T], context: object = None) -> list[R]:
        if context != self._context:
            self._kept, self._context = {}, context
        kept, fresh, fn = self._kept, {}, self._fn
        out = []
        for item in items:
            hit = kept.get(id(item))
            if hit is None or hit[0] is not item:
                hit = (item, fn(item))
            fresh[id(item)] = hit
            out.append(hit[1])
        self._kept = fresh  # what this call did not pass is let go
        return out
