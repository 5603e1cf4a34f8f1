"""One colour per actor, the same on every page: a lane of the visual timeline, the dot before an
imposer's name in the sanctions table, on the home page and on source pages, an actor's chips.

The imposers with most measures get a colour first (the sanctions page reads by them), then the
actors named by most timeline entries; the rest share the neutral grey of the drawings' "Others".
The colours live in one generated stylesheet (``actors/colours.css``) keyed by the actor's page
slug (``data-actor="…"`` on every link to an actor): a page never names a colour, so when the
ranking changes only the stylesheet changes, and a period's page stays as it was.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from ..model import Brief
from .common import ACTORS_DIR

COLOURS_DOC = f"{ACTORS_DIR}/colours.css"

# (light, dark): on white and on Material's slate each is at least 3:1, as a mark must be (WCAG 1.4.11)
PALETTE: tuple[tuple[str, str], ...] = (
    ("#1565c0", "#90caf9"),  # blue
    ("#c62828", "#ef9a9a"),  # red
    ("#2e7d32", "#a5d6a7"),  # green
    ("#6a1b9a", "#ce93d8"),  # purple
    ("#e65100", "#ffcc80"),  # orange
    ("#00838f", "#80deea"),  # teal
    ("#ad1457", "#f48fb1"),  # pink
    ("#5d4037", "#bcaaa4"),  # brown
)


def assign(brief: Brief) -> dict[str, int]:
    """Actor name -> its index in PALETTE: imposers by measures, then actors by timeline entries."""
    imposed = Counter(s.imposed_by for s in brief.sanctions)
    named = Counter(a for ev in brief.events for a in dict.fromkeys(ev.actors))
    ranked = [a for a, _ in sorted(imposed.items(), key=lambda x: (-x[1], x[0]))]
    ranked += [a for a, _ in sorted(named.items(), key=lambda x: (-x[1], x[0])) if a not in imposed]
    return {a: i for i, a in enumerate(ranked[: len(PALETTE)])}


def css(colours: Mapping[str, int], slug_of: Mapping[str, str]) -> str:
    """The stylesheet: a custom property per coloured actor, in light and in dark mode."""
    lines = ["/* made by brief build (render/colours.py): one colour per actor, on every page */"]
    ranked = sorted(colours.items(), key=lambda x: x[1])
    # a slug is [a-z0-9-]: safe inside the attribute selector's quotes. --brief-dot shows the dot
    # before a coloured actor's name (brief.css): an actor with no colour has none
    for name, i in ranked:
        lines.append(f'[data-actor="{slug_of[name]}"] {{ --brief-actor: {PALETTE[i][0]}; --brief-dot: inline-block; }}')
    for name, i in ranked:
        lines.append(
            f'[data-md-color-scheme="slate"] [data-actor="{slug_of[name]}"] {{ --brief-actor: {PALETTE[i][1]}; }}'
        )
    return "\n".join(lines) + "\n"
