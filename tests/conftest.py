from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from brief.model import Source
from brief.render.common import OWNED_DIRS, OWNED_FILES
from brief.taxonomy import parse_taxonomy

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"

SMALL_TAXONOMY = """
themes:
  - {id: sanctions, label: Sanctions, cues: [sanction*, asset freeze*, export ban*]}
  - {id: energy, label: Energy, cues: [oil, gas, LNG, energy]}
  - {id: diplomacy, label: Diplomacy, cues: [talks, diplomat*, ambassador*]}
measure_types:
  - {id: asset-freeze, label: Asset freeze, cues: [froze the assets, freeze the assets, asset freeze*]}
  - {id: export-ban, label: Export ban, cues: [export ban*, banned the sale, ban on the export*]}
  - {id: financial, label: Financial, cues: [central bank, SWIFT], takes_over: [asset-freeze],
     target_cues: [bank, banks, central bank, SWIFT]}
  - {id: talks-suspension, label: Talks suspended, cues: [talks … broken off, suspend* … talks]}
  - {id: diplomatic-expulsion, label: Expulsion, cues: [persona non grata, ordered to leave, expel*]}
  - {id: other, label: Other, cues: [hostile country]}
actors:
  - {name: Japan, kind: country, aliases: [Japan, Tokyo, the Japanese government], demonyms: [Japanese]}
  - {name: Russia, kind: country, aliases: [Russia, Moscow, the Kremlin], demonyms: [Russian]}
  - {name: Fumio Kishida, kind: person, country: Japan, aliases: [Fumio Kishida, Kishida]}
  - {name: Central Bank of Russia, kind: organisation, country: Russia, aliases: [the Russian Central Bank]}
  - {name: Western countries (the West), kind: other, aliases: [the West, Western sanctions], can_impose: true}
sanctions_theme: sanctions
generic_measures: {type: other, cues: [sanction, sanctions, restrictive measures]}
not_actors: [Moscow Avangard]
known_dates:
  - {phrase: the end of World War II, date: "1945"}
"""


@pytest.fixture(scope="session")
def small_taxonomy():
    return parse_taxonomy(SMALL_TAXONOMY, "sources/taxonomy.yml")


def make_source(text: str, published: str = "2023-02-13", estimated: bool = False, **kw) -> Source:
    precision = ("year", "month", "day")[published.count("-")]
    fields = dict(
        id=kw.pop("id", "test-source"),
        path="sources/test-source.md",
        title=kw.pop("title", "A test source"),
        outlet=kw.pop("outlet", None),
        authors=tuple(kw.pop("authors", ())),
        translator=None,
        published=published,
        precision=precision,
        estimated=estimated,
        language="en",
        original_language=None,
        url=None,
        text=text,
    )
    fields.update(kw)
    return Source(**fields)


def copy_project(dest: Path) -> Path:
    """A copy of the project's site inputs (not .git, not .venv, not built output)."""
    for name in ("mkdocs.yml", "pyproject.toml"):
        shutil.copy2(ROOT / name, dest / name)
    for name in ("sources", "scripts", "overrides"):
        shutil.copytree(ROOT / name, dest / name, ignore=shutil.ignore_patterns("__pycache__"))
    docs = dest / "docs"
    docs.mkdir()
    # hand-written pages only: the generated folders are rebuilt by the hook
    for p in (ROOT / "docs").iterdir():
        if p.name in (*OWNED_DIRS, *OWNED_FILES, ".brief-manifest.json"):
            continue
        if p.is_dir():
            shutil.copytree(p, docs / p.name)
        else:
            shutil.copy2(p, docs / p.name)
    return dest
