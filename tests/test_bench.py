"""The benchmark runs, end to end, at a tiny size (it is a benchmark, not a timed test)."""

from __future__ import annotations

import json
import re

import pytest

from brief import bench

pytestmark = pytest.mark.slow


def test_corpus_is_deterministic_and_realistic():
    a, b = bench.corpus(3), bench.corpus(3)
    assert a == b and len(a) == 3
    for name, text in a.items():
        assert re.match(r"\d{4}-\d{2}-\d{2}-synthetic-\d{5}\.md$", name)
        assert text.startswith("---\n") and len(text) > 7000


def test_bench_runs_and_reports_every_column(tmp_path):
    out = tmp_path / "bench.json"
    page = tmp_path / "bench.md"
    page.write_text("# B\n\n<!-- bench:start -->\nold\n<!-- bench:end -->\n")
    args = ["--sizes", "3", "--repeat", "1", "--json", str(out), "--markdown", str(page), "--keep", str(tmp_path / "w")]
    assert bench.main(args) == 0
    [row] = json.loads(out.read_text())["rows"]
    for key, _ in bench.COLUMNS + bench.WEIGHTS:
        assert row.get(key) is not None, key
    assert row["n"] == 3 and row["serve_annotated"] == 1  # the edit re-annotated one source only
    assert row["mkdocs_s"] > 0 and row["bare_s"] > 0
    assert 0 < row["generator_in_build_s"] < row["mkdocs_s"]  # read from the hook's log line
    assert "| 3 |" in page.read_text() and "\nold\n" not in page.read_text()
    assert "largest HTML KB" in page.read_text() and row["timeline_first_load_kb"] > 100  # Material's own CSS/JS


def test_first_load_counts_the_page_and_what_it_references_once(tmp_path):
    (tmp_path / "css").mkdir()
    (tmp_path / "css/a.css").write_text("x" * 100)
    (tmp_path / "b.js").write_text("y" * 10)
    page = tmp_path / "p/index.html"
    page.parent.mkdir()
    html = (
        '<link rel="stylesheet" href="../css/a.css"><link rel="stylesheet" href="../css/a.css?v=1">'
        '<script src="../b.js"></script><script src="https://example.org/x.js"></script><a href="../css/a.css">'
    )
    page.write_text(html)
    assert bench.first_load_bytes(tmp_path, "p/index.html") == len(html) + 100 + 10
