"""The researcher's review: decisions in sources/review.yml, applied after annotation, kept across rebuilds."""

from __future__ import annotations

import pytest

from brief.build import Inputs, plan
from brief.cli import main
from brief.errors import BriefError
from brief.review import parse_review

from .conftest import SMALL_TAXONOMY
from .test_build import FIXTURE_TEXT, project

HEAD = "---\npublished: 2022-03-01\nlanguage: en\n---\n"
SOURCE = "sources/2022-03-01-a.md"


def _inputs(review: str | None, text: str = FIXTURE_TEXT, taxonomy: str = SMALL_TAXONOMY) -> Inputs:
    return Inputs(
        ("sources/taxonomy.yml", taxonomy.encode()),
        ((SOURCE, (HEAD + text).encode()),),
        review=("sources/review.yml", review.encode()) if review is not None else None,
    )


def _measure(brief, measure_type: str):
    return next(m for m in brief.sanctions if m.measure_type == measure_type)


@pytest.fixture(scope="module")
def machine():
    return plan(_inputs(None))[0]


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("- id: sm-0123456789\n  reject: ''\n", 2, "needs the reason"),
        ("- id: sm-0123456789\n  confirm: yes please\n", 2, "must be true"),
        ("- id: x-1\n  confirm: true\n", 1, "'id' must be"),
        ("- id: sm-0123456789\n  confirm: true\n  reject: no\n", 1, "exactly one of"),
        ("- id: sm-0123456789\n  correct: {imposed_by: Atlantis}\n", 2, "'imposed_by' must be one of"),
        ("- id: sm-0123456789\n  correct: {date: 2022-13-01}\n", 2, "'date' must be a date"),
        ("- id: sm-0123456789\n  correct: {status: rumoured}\n", 2, "'status' must be one of"),
        ("- id: ev-0123456789\n  correct: {imposed_by: Japan}\n", 2, "not a field of an event"),
        ("- id: sm-0123456789\n  correct: {date: '2022-03', precision: day}\n", 2, "does not match"),
        ("- add: measure\n  source: a\n  quote: It was so.\n  imposed_by: Japan\n", 1, "needs 'measure_type'"),
        ("- add: rumour\n  source: a\n  quote: It was so.\n", 1, "'add' must be"),
        ("- id: sm-0123456789\n  confirm: true\n- id: sm-0123456789\n  confirm: true\n", 3, "a second decision"),
        ("id: sm-0123456789\n", 1, "must be a list"),
        ("- &a {id: sm-0123456789, confirm: true}\n- *a\n", None, "alias"),
    ],
)
def test_a_bad_decision_is_an_error_naming_its_line(small_taxonomy, text, line, message):
    with pytest.raises(BriefError) as err:
        parse_review(text, "sources/review.yml", small_taxonomy)
    problem = err.value.problems[0]
    assert problem.file == "sources/review.yml" and message in problem.message
    if line:
        assert problem.line == line


def test_good_decisions_read_back(small_taxonomy):
    text = (
        "# notes\n- id: sm-0123456789\n  reject: an intention, not a measure\n"
        "- id: sm-0123456789-2\n  correct: {imposed_by: Japan, date: '2022-02-23'}\n"
        "- id: ev-0123456789\n  confirm: true\n"
    )
    review = parse_review(text, "sources/review.yml", small_taxonomy)
    assert [(d.line, d.action, d.id) for d in review.decisions] == [
        (2, "reject", "sm-0123456789"),
        (4, "correct", "sm-0123456789-2"),
        (6, "confirm", "ev-0123456789"),
    ]
    assert dict(review.decisions[1].fields) == {"imposed_by": "Japan", "date": "2022-02-23", "precision": "day"}


def test_a_correction_survives_an_edit_to_another_paragraph_and_a_taxonomy_change(machine):
    ban = _measure(machine, "export-ban")
    review = f"- id: {ban.id}\n  correct: {{status: announced, date: '2022-02-24'}}\n"
    edited = FIXTURE_TEXT.replace(
        "# A heading of the article\n", "# A heading of the article\n\nA new first paragraph.\n"
    )
    taxonomy = SMALL_TAXONOMY.replace("{id: diplomacy, label: Diplomacy,", "{id: diplomacy, label: Diplomatic ties,")
    for text, tax in ((FIXTURE_TEXT, SMALL_TAXONOMY), (edited, SMALL_TAXONOMY), (edited, taxonomy)):
        brief, files = plan(_inputs(review, text, tax))
        got = _measure(brief, "export-ban")
        assert (got.status, got.date, got.review) == ("announced", "2022-02-24", "corrected")
        assert '"review":"corrected"' in files["data/sanctions.json"]


def test_a_rejected_measure_is_gone_from_every_page_and_export(machine):
    freeze = _measure(machine, "asset-freeze")
    brief, files = plan(_inputs(f"- id: {freeze.id}\n  reject: a test\n"))
    assert all(m.measure_type != "asset-freeze" for m in brief.sanctions)
    assert all(m.measure_type != "asset-freeze" for a in brief.sources for m in a.sanctions)
    for doc, text in files.items():
        assert freeze.id not in text, doc
    assert "Asset freeze" not in files["sanctions/index.md"] and "Asset freeze" not in files["actors/japan.md"]


def test_confirmed_and_added_items_say_so(machine):
    ev = machine.events[0]
    review = (
        f"- id: {ev.id}\n  confirm: true\n"
        "- add: measure\n  source: 2022-03-01-a\n  quote: A list item about oil and gas, 3 March 2022.\n"
        "  measure_type: other\n  imposed_by: Japan\n  date: '2022-03-03'\n"
    )
    brief, files = plan(_inputs(review))
    assert next(e for e in brief.events if e.id == ev.id).review == "confirmed"
    [added] = [m for m in brief.sanctions if m.review == "added"]
    assert added.citations[0].anchor.startswith("p") and added.precision == "day" and added.status == "imposed"
    assert added.id in files["sanctions/index.md"] and added.id in files["data/sanctions.json"]


def test_an_added_item_must_quote_its_source(machine):
    review = "- id: sm-0123456789\n  confirm: true\n- add: event\n  source: 2022-03-01-a\n  quote: Words nobody wrote.\n  date: '2022'\n"
    with pytest.raises(BriefError) as err:
        plan(_inputs(review))
    assert err.value.line == 3 and "not a sentence of 2022-03-01-a" in err.value.message


def test_an_orphaned_decision_is_reported_and_strict_check_fails(tmp_path, capsys):
    root = project(tmp_path)
    (root / "sources/review.yml").write_text("# mine\n- id: sm-0123456789\n  confirm: true\n")
    assert main(["--root", str(root), "check"]) == 0
    assert "review.yml:2: no event or measure has the id sm-0123456789" in capsys.readouterr().err
    assert main(["--root", str(root), "check", "--strict"]) == 1
    assert main(["--root", str(root), "build"]) == 0
    assert "warning" in capsys.readouterr().err


def test_the_cli_appends_decisions_and_keeps_comments(tmp_path, capsys):
    from brief.build import current

    root = project(tmp_path)
    review = root / "sources/review.yml"
    review.write_text("# my notes\n")
    brief = current(root).brief
    measure, event = brief.sanctions[0], brief.events[0]
    assert main(["--root", str(root), "review", "--confirm", event.id]) == 0
    assert main(["--root", str(root), "review", "--reject", measure.id, "--why", "not a measure"]) == 0
    text = review.read_text()
    assert text.startswith("# my notes\n")
    assert text.endswith(f"- id: {event.id}\n  confirm: true\n- id: {measure.id}\n  reject: not a measure\n")
    decisions = parse_review(text, "sources/review.yml", brief.taxonomy).decisions
    assert [(d.id, d.action, d.reason) for d in decisions] == [
        (event.id, "confirm", ""),
        (measure.id, "reject", "not a measure"),
    ]
    assert main(["--root", str(root), "review", "--reject", measure.id]) == 1  # no reason given
    assert main(["--root", str(root), "review", "--confirm", "sm-0000000000"]) == 1  # no such item
    after = current(root).brief
    assert measure.id not in {m.id for m in after.sanctions}
    assert next(e for e in after.events if e.id == event.id).review == "confirmed"


def test_no_review_builds_the_annotator_s_work_alone(tmp_path, capsys):
    from brief.build import build

    root = project(tmp_path)
    build(root)
    before = (root / "docs/data/sanctions.json").read_text()
    first = before.split('"id":"', 1)[1].split('"', 1)[0]
    (root / "sources/review.yml").write_text(f"- id: {first}\n  reject: a test\n")
    build(root)
    assert first not in (root / "docs/data/sanctions.json").read_text()
    build(root, use_review=False)
    assert (root / "docs/data/sanctions.json").read_text() == before


def test_a_save_of_the_review_file_annotates_nothing_again(tmp_path):
    from brief.build import build

    root = project(tmp_path)
    build(root)
    first = (root / "docs/data/sanctions.json").read_text().split('"id":"', 1)[1].split('"', 1)[0]
    (root / "sources/review.yml").write_text(f"- id: {first}\n  confirm: true\n")
    summary, report = build(root)
    assert summary.annotated == 0 and "data/sanctions.json" in report.written
    assert '"review":"confirmed"' in (root / "docs/data/sanctions.json").read_text()


def test_the_real_brief_s_review_file_has_no_orphans(capsys):
    """Every decision in sources/review.yml still names an item: a code change that moves an id shows here."""
    from .conftest import ROOT

    assert main(["--root", str(ROOT), "check", "--strict"]) == 0, capsys.readouterr().err
