"""How far two people who annotate by the guide agree: the ceiling for any annotator's score.

``python -m tests.agreement`` takes the second annotations in ``tests/fixtures/agreement/``
(``<brief>--<source stem>.yml``, written by helpers who saw neither the first gold nor the
annotator, from ``../shared/eval/GUIDE.md``) and scores them with the shared scorer as if they
were a brief's output, against the development corpus's gold for the same texts; ``--reverse``
scores the first gold against the second. A figure the two annotations do not reach between
them is one no rule can be expected to reach on unseen text either.

Each annotation becomes the data the scorer reads (``sources.json``, ``events.json``,
``sanctions.json``): its actors (all but affiliations) and themes on the source; its events and
sanctions of the statuses the scorer counts (events occurred or announced, measures imposed or
announced), each citing its quotes at its date.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

import yaml

from tests.corpus import CORPUS, score

AGREEMENT = Path(__file__).parent / "fixtures" / "agreement"
EVENT_STATUSES = ("occurred", "announced")
SANCTION_STATUSES = ("imposed", "announced")


def as_output(gold: dict, sid: str, path: str) -> tuple[dict, list[dict], list[dict]]:
    """One annotation as a brief's source entry, events and sanctions."""
    actors = [a["name"] for a in gold.get("actors", []) if set(a.get("roles", [])) != {"affiliation"}]
    source = {"id": sid, "path": path, "actors": actors, "themes": [t["theme"] for t in gold.get("themes", [])]}
    events = [
        {"date": e.get("date"), "citations": [{"source": sid, "quote": e["quote"]}]}
        for e in gold.get("events", [])
        if e.get("status", "occurred") in EVENT_STATUSES
    ]
    sanctions = [
        {
            "date": s.get("date"),
            "imposed_by": s.get("imposed_by"),
            "measure_type": s.get("measure_type"),
            "citations": [{"source": sid, "quote": q} for q in [s["quote"], *s.get("other_quotes", [])]],
        }
        for s in gold.get("sanctions", [])
        if s.get("status", "imposed") in SANCTION_STATUSES
    ]
    return source, events, sanctions


def pairs(folder: Path = AGREEMENT) -> list[tuple[Path, Path, str]]:
    """(second annotation, first gold, source path relative to the corpus) for each text."""
    out = []
    for second in sorted(folder.glob("*.yml")):
        brief, _, stem = second.stem.partition("--")
        first = CORPUS / brief / "gold" / f"{stem}.yml"
        if not first.is_file():
            raise SystemExit(f"{second}: no gold {first.relative_to(CORPUS.parent)} for this text")
        out.append((second, first, f"{brief}/sources/{stem}.md"))
    return out


def run(reverse: bool = False, quiet: bool = True, folder: Path = AGREEMENT) -> str:
    """The scorer's report of one annotation against the other."""
    found = pairs(folder)
    if not found:
        raise SystemExit(f"no second annotations in {folder}")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        (work / "gold").mkdir()
        sources, events, sanctions = [], [], []
        for second, first, path in found:
            truth, guess = (second, first) if reverse else (first, second)
            (work / "gold" / second.name).write_bytes(truth.read_bytes())
            sid = second.stem
            s, e, m = as_output(yaml.safe_load(guess.read_text(encoding="utf-8")), sid, path)
            sources.append(s)
            events += e
            sanctions += m
        for name, items in (("sources", sources), ("events", events), ("sanctions", sanctions)):
            (work / f"{name}.json").write_text(json.dumps(items), encoding="utf-8")
        done = score(work / "gold", work, CORPUS, *(["--quiet"] if quiet else []))
        if done.returncode != 0:
            raise SystemExit(done.stderr or done.stdout)
        return done.stdout


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reverse", action="store_true", help="score the first gold against the second")
    ap.add_argument("--verbose", action="store_true", help="the scorer's per-text report too")
    args = ap.parse_args(argv)
    print(run(args.reverse, quiet=not args.verbose), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
