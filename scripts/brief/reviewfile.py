"""Appending decisions to ``sources/review.yml`` without disturbing what the researcher wrote.

ruamel.yaml reads and writes the file round trip: comments, order and quoting stay as they
were, and the new decisions go at the end. (PyYAML, which reads it for the build, would drop
every comment on a rewrite.)
"""

from __future__ import annotations

import io
from pathlib import Path

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import YAMLError

from .errors import BriefError

HEADER = (
    "# The researcher's decisions on what the annotator found, applied on every build.\n"
    "# Each names an event or measure by its id (shown on the review page and by `brief review`):\n"
    "#   - id: sm-…\n#     confirm: true\n"
    "#   - id: sm-…\n#     reject: the reason (required)\n"
    '#   - id: sm-…\n#     correct: {imposed_by: …, date: "2022-02-23"}\n'
    "# or adds one it missed (add: measure | event, source, quote, and its fields).\n"
)


def _yaml() -> YAML:
    y = YAML()  # round trip
    y.preserve_quotes = True
    y.indent(mapping=2, sequence=2, offset=0)  # "- id: …" at the margin, as the guide writes them
    y.width = 100
    return y


def append(path: Path, decisions: list[dict]) -> str:
    """Add decisions at the end of the file (created with a short header if missing); the new text."""
    y = _yaml()
    existing = path.read_text(encoding="utf-8") if path.exists() else ""
    try:
        data = y.load(existing) if existing.strip() else None
    except YAMLError as exc:
        raise BriefError(f"cannot be read as YAML ({exc.__class__.__name__}); fix it first", str(path)) from None
    prefix = ""
    if data is None:  # a new file, or one holding only comments: keep them above the list
        data, prefix = CommentedSeq(), existing or HEADER
    if not isinstance(data, list):
        raise BriefError("must be a list of decisions", str(path), 1)
    data.extend(CommentedMap(d) for d in decisions)
    out = io.StringIO()
    y.dump(data, out)
    new = prefix + out.getvalue()
    path.write_text(new, encoding="utf-8")
    return new
