"""The development corpus: real published texts on other topics, each brief with its own taxonomy and gold.

``python -m tests.corpus`` builds every brief under ``tests/fixtures/corpus/`` and prints the
shared scorer's report for each and for all of them together (``--quiet`` for the summary lines).
Briefs named ``heldout-*`` are left out of that: ``--held-out`` scores them alone. They were
written for a final check and are not looked at while rules are written.
``--discover`` scores the briefs with their taxonomies cut down to countries: the people and
organisations must then be found by title, role and head noun (people.py, organisations.py), as
in a new brief whose researcher has not listed them yet. ``--brief-taxonomy`` scores them with
the real brief's taxonomy (``sources/taxonomy.yml``) in place of their own: a text dropped into
the brief as a user would, with the taxonomy unchanged.
The gold was written by helpers who had not read the annotator, from ``../shared/eval/GUIDE.md``,
before the annotator was run on the texts.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

from brief.build import load, plan
from brief.inputs import Inputs

CORPUS = Path(__file__).parent / "fixtures" / "corpus"
SCORE = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py"
EXPORTS = ("sources.json", "events.json", "sanctions.json")


HELD_OUT = "heldout-"  # briefs kept out of development: measured, never looked at while tuning


def topics(held_out: bool = False) -> list[Path]:
    """The corpus briefs with gold; the held-out ones only when asked for (and then only they)."""
    found = sorted(p for p in CORPUS.iterdir() if (p / "gold").is_dir() and any((p / "gold").glob("*.yml")))
    return [p for p in found if p.name.startswith(HELD_OUT) == held_out]


BRIEF_TAXONOMY = Path(__file__).resolve().parents[1] / "sources" / "taxonomy.yml"


def export(topic: Path, out: Path, discover: bool | str = False) -> None:
    """Build one brief in memory and write its three data exports into ``out``; ``discover`` is
    True for the taxonomy cut to countries, "brief" for the real brief's taxonomy."""
    inputs = load(topic)
    if discover == "brief":
        inputs = replace(inputs, taxonomy=(inputs.taxonomy[0], BRIEF_TAXONOMY.read_bytes()))
    elif discover:
        inputs = _countries_only(inputs)
    _, files = plan(inputs, use_review=False)
    out.mkdir(parents=True, exist_ok=True)
    for name in EXPORTS:
        (out / name).write_text(files[f"data/{name}"], encoding="utf-8")


def _countries_only(inputs: Inputs) -> Inputs:
    import yaml

    from brief.yamldoc import dump

    path, data = inputs.taxonomy
    taxonomy = yaml.safe_load(data)
    taxonomy["actors"] = [a for a in taxonomy["actors"] if a["kind"] == "country"]
    return replace(inputs, taxonomy=(path, dump(taxonomy).encode("utf-8")))


def score(gold: Path, data: Path, repo: Path, *extra: str) -> subprocess.CompletedProcess:
    args = [sys.executable, str(SCORE), "--gold", str(gold), "--data", str(data), "--repo", str(repo), *extra]
    return subprocess.run(args, capture_output=True, text=True, timeout=300)


def score_all(
    work: Path, *extra: str, held_out: bool = False, discover: bool | str = False
) -> subprocess.CompletedProcess:
    """Score every brief at once: the exports of all briefs side by side, their gold in one folder.

    Source paths in the exports are relative to each brief; they are made relative to the corpus
    folder so that one scorer run sees every text (its overall line is the corpus's figure).
    """
    import json

    merged: dict[str, list] = {name: [] for name in EXPORTS}
    gold = work / "gold"
    gold.mkdir(parents=True, exist_ok=True)
    for topic in topics(held_out):
        out = work / topic.name
        export(topic, out, discover)
        for name in EXPORTS:
            items = json.loads((out / name).read_text(encoding="utf-8"))
            if name == "sources.json":
                for item in items:
                    item["path"] = f"{topic.name}/{item['path']}"
            merged[name] += items
        for g in (topic / "gold").glob("*.yml"):
            (gold / f"{topic.name}--{g.name}").write_bytes(g.read_bytes())
    data = work / "all"
    data.mkdir(exist_ok=True)
    for name, items in merged.items():
        (data / name).write_text(json.dumps(items, ensure_ascii=False), encoding="utf-8")
    return score(gold, data, CORPUS, *extra)


VOCABULARY = ("themes", "sanctions_theme", "measure_types", "generic_measures")


def sync_vocabulary(seed: Path) -> list[Path]:
    """Give every corpus brief the seed taxonomy's vocabulary sections, keeping its own actors.

    The corpus briefs were written with the seed's themes and measure types copied verbatim (a
    researcher starting a brief does the same); when that shared vocabulary grows, this copies it
    again, so that a brief is scored with the vocabulary a new brief would start from.
    """
    import yaml

    from brief.yamldoc import dump

    shared = yaml.safe_load(seed.read_text(encoding="utf-8"))
    changed = []
    for path in sorted(CORPUS.glob("*/sources/taxonomy.yml")):
        own = yaml.safe_load(path.read_text(encoding="utf-8"))
        merged = {k: shared[k] for k in VOCABULARY if k in shared}
        merged.update({k: v for k, v in own.items() if k not in VOCABULARY})
        text = "# vocabulary synced from sources/taxonomy.yml (python -m tests.corpus --sync); actors are this brief's own\n"
        text += dump(merged)
        if path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            changed.append(path)
    return changed


def main(argv: list[str]) -> int:
    if "--sync" in argv:
        for path in sync_vocabulary(Path(__file__).resolve().parents[1] / "sources" / "taxonomy.yml"):
            print(f"synced {path}")
        return 0
    quiet, held_out = "--quiet" in argv, "--held-out" in argv
    discover: bool | str = "brief" if "--brief-taxonomy" in argv else "--discover" in argv
    with tempfile.TemporaryDirectory() as tmp:
        for topic in topics(held_out):
            out = Path(tmp) / topic.name
            export(topic, out, discover)
            result = score(topic / "gold", out, topic, *(["--quiet"] if quiet else []))
            print(f"## {topic.name}\n{result.stdout}{result.stderr}")
        result = score_all(Path(tmp) / "all-briefs", "--quiet", held_out=held_out, discover=discover)
        print(f"## all briefs\n{result.stdout}{result.stderr}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
