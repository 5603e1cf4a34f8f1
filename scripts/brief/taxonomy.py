"""Load and validate the brief's knowledge: actors and their aliases, themes, measure types."""

from __future__ import annotations

import hashlib
import re

from .errors import BriefError
from .model import ACTOR_KINDS, Actor, KnownDate, MeasureType, Taxonomy, Theme
from .sources import date_problem
from .yamldoc import line_of, parse

_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
# names reach HTML attributes and the tags plugin's templates unescaped: keep them plain text
_UNSAFE_NAME = re.compile(r"[<>&\"`{}]|[\x00-\x1f]")


def parse_taxonomy(text: str, file: str) -> Taxonomy:
    """Build a Taxonomy from YAML text, listing every problem found (file and line each)."""
    data, lines = parse(text, file)
    problems: list[BriefError] = []

    def bad(path: tuple, message: str) -> None:
        problems.append(BriefError(message, file, line_of(lines, path)))

    if not isinstance(data, dict):
        raise BriefError("a taxonomy is a mapping with actors, themes and measure_types", file, 1)
    for key in data:
        if key not in ("actors", "themes", "measure_types", "not_actors", "known_dates", "sanctions_theme"):
            bad((key,), f"unknown key '{key}'")

    themes = _themes(data, "themes", bad)
    # a brief on a topic without sanctions needs no measure types: its sanctions page stays empty
    measures = _themes(data, "measure_types", bad) if data.get("measure_types") is not None else ()
    theme_ids = {t.id for t in themes}
    sanctions_theme = data.get("sanctions_theme")
    if sanctions_theme is not None and sanctions_theme not in theme_ids:
        bad(("sanctions_theme",), f"sanctions_theme '{sanctions_theme}' is not a theme")

    actors: list[Actor] = []
    owner: dict[str, str] = {}
    raw_actors = data.get("actors")
    if not isinstance(raw_actors, list) or not raw_actors:
        bad(("actors",), "'actors' must be a non-empty list")
        raw_actors = []
    for i, raw in enumerate(raw_actors):
        path = ("actors", i)
        if not isinstance(raw, dict):
            bad(path, "each actor is a mapping with name, kind and aliases")
            continue
        name = raw.get("name")
        if not isinstance(name, str) or not name.strip():
            bad(path + ("name",), "actor without a name")
            continue
        if _UNSAFE_NAME.search(name):
            bad(path + ("name",), f"actor name '{name}' holds a character not allowed in a name (< > & \" ` {{ }})")
        kind = raw.get("kind")
        if kind not in ACTOR_KINDS:
            bad(path + ("kind",), f"actor '{name}': kind must be one of {', '.join(ACTOR_KINDS)}, not {kind!r}")
        aliases = raw.get("aliases", [])
        if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
            bad(path + ("aliases",), f"actor '{name}': aliases must be a list of non-empty strings")
            aliases = []
        for alias in [name, *aliases]:
            other = owner.get(alias)
            if other is not None and other != name:
                bad(path + ("aliases",), f"alias '{alias}' is claimed by both '{other}' and '{name}'")
            elif other == name and alias != name and aliases.count(alias) > 1:
                bad(path + ("aliases",), f"actor '{name}': alias '{alias}' is listed twice")
            owner[alias] = name
        country = raw.get("country")
        for key in raw:
            if key not in ("name", "kind", "aliases", "country", "description"):
                bad(path + (key,), f"actor '{name}': unknown key '{key}'")
        actors.append(
            Actor(
                name=name,
                kind=str(kind),
                aliases=tuple(dict.fromkeys([name, *aliases])),
                country=country if isinstance(country, str) else None,
                description=str(raw.get("description") or ""),
            )
        )
    names = [a.name for a in actors]
    seen: set[str] = set()
    for i, a in enumerate(actors):
        if a.name in seen:
            bad(("actors", i, "name"), f"actor '{a.name}' is defined twice")
        seen.add(a.name)
        if a.country is not None and a.country not in names:
            bad(("actors", i, "country"), f"actor '{a.name}': country '{a.country}' is not an actor")

    not_actors = data.get("not_actors", []) or []
    if not isinstance(not_actors, list) or not all(isinstance(x, str) and x for x in not_actors):
        bad(("not_actors",), "'not_actors' must be a list of phrases")
        not_actors = []

    known: list[KnownDate] = []
    for i, raw in enumerate(data.get("known_dates", []) or []):
        if not isinstance(raw, dict) or not isinstance(raw.get("phrase"), str) or not _DATE.match(str(raw.get("date"))):
            bad(("known_dates", i), "each known date needs 'phrase' and 'date' (YYYY, YYYY-MM or YYYY-MM-DD)")
            continue
        why_not = date_problem(str(raw["date"]))
        if why_not:
            bad(("known_dates", i, "date"), f"known date '{raw['date']}' {why_not}")
            continue
        known.append(KnownDate(raw["phrase"], str(raw["date"])))

    if problems:
        raise BriefError.collect(problems)
    return Taxonomy(
        path=file,
        actors=tuple(actors),
        themes=themes,
        measure_types=measures,
        not_actors=tuple(not_actors),
        known_dates=tuple(known),
        sanctions_theme=sanctions_theme if isinstance(sanctions_theme, str) else None,
        digest=hashlib.sha256(text.encode("utf-8")).hexdigest()[:16],
    )


def _themes(data: dict, key: str, bad) -> tuple:
    raw_list = data.get(key)
    cls = Theme if key == "themes" else MeasureType
    if not isinstance(raw_list, list) or not raw_list:
        bad((key,), f"'{key}' must be a non-empty list")
        return ()
    out = []
    seen: set[str] = set()
    for i, raw in enumerate(raw_list):
        path = (key, i)
        if not isinstance(raw, dict):
            bad(path, f"each entry of '{key}' is a mapping with id, label and cues")
            continue
        tid = raw.get("id")
        if not isinstance(tid, str) or not _ID.match(tid):
            bad(path + ("id",), f"{key} id {tid!r} must be lower-case words joined by hyphens")
            continue
        if tid in seen:
            bad(path + ("id",), f"{key} id '{tid}' is defined twice")
        seen.add(tid)
        label = raw.get("label") or tid
        if not isinstance(label, str) or _UNSAFE_NAME.search(label):
            bad(path + ("label",), f"{key} '{tid}': label must be plain text")
        cues = raw.get("cues", [])
        if not isinstance(cues, list) or not all(isinstance(c, str) and c.strip() for c in cues):
            bad(path + ("cues",), f"{key} '{tid}': cues must be a list of non-empty strings")
            cues = []
        for k in raw:
            if k not in ("id", "label", "cues", "description"):
                bad(path + (k,), f"{key} '{tid}': unknown key '{k}'")
        out.append(cls(id=tid, label=str(label), cues=tuple(cues), description=str(raw.get("description") or "")))
    return tuple(out)
