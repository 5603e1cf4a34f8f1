"""Goldens of what the annotator makes: the real brief's data exports and one fixture brief's pages.

A change to the annotator shows here as a diff to review: ``UPDATE_GOLDEN=1 pytest tests/test_golden.py``
rewrites the files, and ``git diff tests/golden`` is the review.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from brief.build import load, plan

from .conftest import ROOT

GOLDEN = Path(__file__).parent / "golden"
FIXTURES = Path(__file__).parent / "fixtures"
EXPORTS = ("data/sources.json", "data/events.json", "data/sanctions.json")


def _check(name: str, got: str) -> None:
    golden = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN"):
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_bytes(got.encode("utf-8"))
    assert golden.is_file(), f"no golden {golden}: run with UPDATE_GOLDEN=1 and review it"
    assert got == golden.read_bytes().decode("utf-8"), f"{name} differs from its golden"  # CSV keeps CRLF


@pytest.fixture(scope="module")
def real_brief() -> dict[str, str]:
    return plan(load(ROOT), use_review=False)[1]  # the annotator alone: review.yml is tested elsewhere


@pytest.mark.parametrize("doc", EXPORTS)
def test_the_real_brief_s_exports_are_as_reviewed(real_brief, doc):
    _check(f"brief/{doc}", real_brief[doc])


@pytest.fixture(scope="module")
def other_topic(tmp_path_factory) -> dict[str, str]:
    root = tmp_path_factory.mktemp("other")
    (root / "sources").mkdir()
    for p in (FIXTURES / "other_topic").iterdir():
        shutil.copy2(p, root / "sources" / p.name)
    return plan(load(root))[1]


@pytest.mark.parametrize(
    "doc",
    [
        *EXPORTS,
        "sources/2021-08-12-mackerel-war.md",
        "timeline/index.md",
        "sanctions/index.md",
        "actors/index.md",
        "actors/norway.md",
        "themes/index.md",
        "themes/fisheries.md",
        "data/measures.csv",
        "data/events.csv",
        "data/timeline.json",
        "data/cite/2021-08-12-mackerel-war.bib",
        "data/cite/2021-08-12-mackerel-war.json",
    ],
)
def test_a_fixture_brief_s_pages_are_as_reviewed(other_topic, doc):
    _check(f"other_topic/{doc}", other_topic[doc])


def _corpus_topics() -> list[str]:
    return sorted(
        p.name
        for p in (FIXTURES / "corpus").iterdir()
        if (p / "sources" / "taxonomy.yml").is_file() and not p.name.startswith("heldout-")
    )


@pytest.mark.parametrize("topic", _corpus_topics())
def test_the_corpus_briefs_exports_are_as_reviewed(topic):
    files = plan(load(FIXTURES / "corpus" / topic))[1]
    for doc in EXPORTS[1:]:
        _check(f"corpus/{topic}/{doc}", files[doc])


def test_the_real_brief_s_visual_timeline_is_as_reviewed(real_brief):
    """The SVG drawn on the timeline page (render/visual.py), alone: a change to the drawing is a
    diff to look at (open the golden in a browser)."""
    page = real_brief["timeline/index.md"]
    start, end = page.index("<svg"), page.index("</svg>") + len("</svg>")
    _check("brief/timeline-visual.svg", page[start:end] + "\n")
