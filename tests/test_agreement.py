"""The agreement tool (python -m tests.agreement): an annotation read as a brief's output."""

from __future__ import annotations

import re
import shutil

import frontmatter
import pytest
import yaml

from tests import agreement
from tests.corpus import CORPUS

from .conftest import SHARED


def _figures(line: str) -> list[float]:
    # "sources 2/2 · actors P/R 1.00/1.00 · themes F1 1.00 · events recall 1.00 (exact date 1.00,
    # precision 1.00) · sanctions recall 1.00 (all fields right 0.87, precision 1.00) · merged 0/1"
    return [float(x) for x in re.findall(r"\b\d\.\d\d\b", line)]


def test_an_annotation_is_read_as_the_output_it_describes():
    gold = {
        "actors": [
            {"name": "Freedonia", "roles": ["agent"]},
            {"name": "Ivo Marek", "roles": ["affiliation"]},
        ],
        "themes": [{"theme": "sanctions"}],
        "events": [
            {"date": "2024-05", "quote": "Freedonia banned imports.", "status": "occurred"},
            {"date": "2024-06", "quote": "Freedonia may ban more.", "status": "planned"},
        ],
        "sanctions": [
            {
                "date": "2024-05",
                "imposed_by": "Freedonia",
                "measure_type": "import-ban",
                "status": "imposed",
                "quote": "Freedonia banned imports.",
                "other_quotes": ["The ban holds."],
            },
            {"date": None, "imposed_by": "Freedonia", "measure_type": "other", "status": "considered", "quote": "x"},
        ],
    }
    source, events, sanctions = agreement.as_output(gold, "b--t", "b/sources/t.md")
    assert source == {"id": "b--t", "path": "b/sources/t.md", "actors": ["Freedonia"], "themes": ["sanctions"]}
    assert events == [{"date": "2024-05", "citations": [{"source": "b--t", "quote": "Freedonia banned imports."}]}]
    assert [len(s["citations"]) for s in sanctions] == [2]


@pytest.mark.skipif(not (SHARED / "eval" / "score.py").is_file(), reason="needs ../shared/eval/score.py")
def test_the_gold_agrees_with_itself_but_for_the_scorers_pick(tmp_path):
    # a text's gold as its own second annotation finds everything; only "all fields right" falls
    # short where one sentence holds several measures of one type by different imposers, as the
    # scorer compares each with the first row of that type citing the sentence
    briefs = ("fisheries-belarus", "turkey-russia-us")
    for brief in briefs:
        for gold in sorted((CORPUS / brief / "gold").glob("*.yml")):
            shutil.copy(gold, tmp_path / f"{brief}--{gold.name}")
    line = agreement.run(folder=tmp_path).strip().splitlines()[-1]
    n = len(list(tmp_path.glob("*.yml")))
    assert line.startswith(f"sources {n}/{n} ")
    figures = _figures(line)
    assert len(figures) == 9, line
    full = figures.pop(7)  # sanctions, all fields right
    assert figures == [1.0] * 8, line
    assert 0.5 < full <= 1.0, line


@pytest.mark.skipif(not (SHARED / "eval" / "score.py").is_file(), reason="needs ../shared/eval/score.py")
def test_second_annotations_each_name_a_text_with_gold():
    found = agreement.pairs()
    assert found, "tests/fixtures/agreement holds no second annotation"
    for second, first, path in found:
        assert first.is_file() and (CORPUS / path).is_file(), second
    line = agreement.run().strip().splitlines()[-1]
    assert line.startswith(f"sources {len(found)}/{len(found)} "), line


def test_second_annotations_quote_their_texts_exactly():
    # a quote the text does not hold would be scored as a miss of the annotator, not of the annotation
    for second, _, path in agreement.pairs():
        body = frontmatter.loads((CORPUS / path).read_text(encoding="utf-8")).content
        gold = yaml.safe_load(second.read_text(encoding="utf-8"))
        quotes = [e["quote"] for e in gold.get("events", [])]
        quotes += [q for s in gold.get("sanctions", []) for q in [s["quote"], *s.get("other_quotes", [])]]
        assert quotes, second
        missing = [q for q in quotes if q not in body]
        assert not missing, (second.name, missing)
