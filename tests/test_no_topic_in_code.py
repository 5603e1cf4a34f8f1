"""No knowledge of the first brief's topic in the generator's code: it lives in the taxonomy.

Every actor name, alias and demonym of the real taxonomy is searched for in ``scripts/`` (code,
comments and docstrings alike, as whole words, case-sensitively); a new brief must never meet
a rule written for this one.
"""

from __future__ import annotations

import re

from brief.taxonomy import parse_taxonomy

from .conftest import ROOT

# words of a general kind that happen to be aliases too: a code that says "US$" names no one
ALLOWED = {"US", "U.S.", "the US", "the U.S.", "Quad", "the West"}


def test_no_actor_of_the_real_taxonomy_is_named_in_the_code():
    path = ROOT / "sources" / "taxonomy.yml"
    taxonomy = parse_taxonomy(path.read_text(encoding="utf-8"), str(path))
    words = {w for a in taxonomy.actors for w in (a.name, *a.aliases, *a.demonyms)} - ALLOWED
    pattern = re.compile(
        r"(?<![\w.])(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")(?!\w)"
    )
    hits = []
    for file in sorted((ROOT / "scripts").rglob("*.py")):
        for n, line in enumerate(file.read_text(encoding="utf-8").splitlines(), 1):
            for m in pattern.finditer(line):
                hits.append(f"{file.relative_to(ROOT)}:{n}: {m.group(0)}")
    assert not hits, f"{len(hits)} topic names in the code:\n" + "\n".join(hits)
