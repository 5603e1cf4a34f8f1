"""The `brief` command: clean messages and exit codes, nothing written on error."""

from __future__ import annotations

from brief.cli import main

from .test_build import project


def test_build_reports_and_exits_zero(tmp_path, capsys):
    root = project(tmp_path)
    assert main(["--root", str(root), "build"]) == 0
    out = capsys.readouterr().out
    assert "1 sources" in out and "annotated" in out


def test_check_lists_every_problem_and_writes_nothing(tmp_path, capsys):
    root = project(tmp_path)
    (root / "sources/bad-one.md").write_text("no frontmatter\n")
    (root / "sources/bad-two.md").write_text("---\npublished: soon\nlanguage: en\n---\nText.\n")
    assert main(["--root", str(root), "check"]) == 1
    err = capsys.readouterr().err
    assert "2 problems" in err
    assert "sources/bad-one.md:1: no YAML frontmatter" in err
    assert "sources/bad-two.md:2: 'published' must be a date" in err
    assert "Traceback" not in err
    assert not (root / "docs").exists()


def test_unknown_lists_names_the_taxonomy_lacks(tmp_path, capsys):
    root = project(
        tmp_path,
        {
            "sources/2022-04-01-new.md": "---\npublished: 2022\nlanguage: en\n---\nGazprom and Gazprom met Rosneft in Tokyo.\n"
        },
    )
    assert main(["--root", str(root), "unknown"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:2] == ["count", "kind?"]
    assert lines[1].split()[:3] == ["2", "?", "Gazprom"]  # most frequent first
    assert any("Rosneft" in line for line in lines)
    assert not any("Tokyo" in line for line in lines)  # an alias of Japan


def test_a_missing_taxonomy_is_a_clear_error(tmp_path, capsys):
    root = project(tmp_path)
    (root / "sources/taxonomy.yml").unlink()
    assert main(["--root", str(root), "build"]) == 1
    assert "create sources/taxonomy.yml" in capsys.readouterr().err


def test_unknown_lists_only_uncovered_names_with_a_kind(small_taxonomy):
    from brief.unknown import unknown_names

    from .conftest import make_source

    text = (
        "Prime Minister Fumio Kishida met Foreign Minister Ada Novak in Fredville.\n\n"
        "There, the Sylvanian Trade Ministry spoke. Emphasizing trade, Japan acted; there was more.\n\n"
        "Ada Novak left Fredville."
    )
    found = {u.name: (u.count, u.kind) for u in unknown_names(small_taxonomy, (make_source(text, "2024-05-06"),))}
    assert found == {
        "Ada Novak": (2, "person"),
        "Fredville": (2, "?"),
        "Sylvanian Trade Ministry": (1, "organisation"),
    }
