"""JSON Schemas (draft 2020-12) of the three contract files, published beside them in data/.

The contract is ../shared/eval/README.md: the schemas say the same, so that a reader's tool can
check a download, and the tests check the real exports against them.
"""

from __future__ import annotations

import json

from .model import PRECISIONS
from .review import EVENT_STATUSES, MEASURE_STATUSES

BASE = "https://json-schema.org/draft/2020-12/schema"
DATE = {"type": "string", "pattern": r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$"}
TEXT = {"type": "string"}
TEXTS = {"type": "array", "items": TEXT}
REVIEW = {"enum": ["machine", "confirmed", "corrected", "added"]}
CONFIDENCE = {"enum": ["low", "medium", "high"]}
CITATIONS = {
    "type": "array",
    "minItems": 1,
    "items": {
        "type": "object",
        "required": ["source", "anchor", "quote"],
        "properties": {"source": TEXT, "anchor": {"type": "string", "pattern": "^p\\d+$"}, "quote": TEXT, "date": DATE},
        "additionalProperties": False,
    },
}


def _list_of(title: str, required: list[str], properties: dict) -> dict:
    return {
        "$schema": BASE,
        "title": title,
        "type": "array",
        "items": {"type": "object", "required": required, "properties": properties},
    }


def sources_schema() -> dict:
    props = {
        "id": TEXT, "title": TEXT, "title_in_source": {"type": "boolean"}, "outlet": {"type": ["string", "null"]},
        "authors": TEXTS, "translator": {"type": ["string", "null"]}, "published": DATE,
        "precision": {"enum": list(PRECISIONS)}, "estimated": {"type": "boolean"}, "url": {"type": ["string", "null"]},
        "language": TEXT, "original_language": {"type": ["string", "null"]}, "path": TEXT, "page": TEXT,
        "actors": TEXTS, "themes": TEXTS,
    }  # fmt: skip
    return _list_of(
        "Sources of the brief", ["id", "title", "published", "precision", "page", "actors", "themes"], props
    )


def events_schema() -> dict:
    props = {
        "id": {"type": "string", "pattern": "^ev-[0-9a-f]{10}(-\\d+)?$"}, "date": DATE,
        "precision": {"enum": list(PRECISIONS)}, "estimated": {"type": "boolean"},
        "status": {"enum": list(EVENT_STATUSES)}, "summary": TEXT, "actors": TEXTS, "themes": TEXTS,
        "citations": CITATIONS, "confidence": CONFIDENCE, "review": REVIEW, "reports": TEXTS,
    }  # fmt: skip
    return _list_of("Timeline entries", ["id", "date", "precision", "summary", "actors", "themes", "citations"], props)


def sanctions_schema() -> dict:
    props = {
        "id": {"type": "string", "pattern": "^sm-[0-9a-f]{10}(-\\d+)?$"}, "date": {"anyOf": [DATE, {"type": "null"}]},
        "precision": {"enum": [*PRECISIONS, None]}, "imposed_by": TEXT, "target": TEXT, "target_actors": TEXTS,
        "measure_type": TEXT, "status": {"enum": list(MEASURE_STATUSES)}, "summary": TEXT, "citations": CITATIONS,
        "confidence": CONFIDENCE, "review": REVIEW, "reports": TEXTS,
    }  # fmt: skip
    required = ["id", "date", "precision", "imposed_by", "target", "target_actors", "measure_type", "status"]
    return _list_of("Measures", [*required, "summary", "citations"], props)


SCHEMAS = {"sources": sources_schema, "events": events_schema, "sanctions": sanctions_schema}


def dumps(schema: dict) -> str:
    return json.dumps(schema, ensure_ascii=False, indent=2) + "\n"
