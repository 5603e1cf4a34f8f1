"""Load and validate the brief's knowledge: actors and their aliases, themes, measure types.

Each section is read by its own small function that reports what is wrong with the file and line
(``bad``); every problem of the file is collected before one error is raised.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable

from .errors import BriefError
from .model import ACTOR_KINDS, Actor, KnownDate, MeasureType, Taxonomy, Theme
from .sources import date_problem
from .yamldoc import line_of, parse

_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_DEMONYM = re.compile(r"^[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*$")
# names reach HTML attributes and the tags plugin's templates unescaped: keep them plain text
_UNSAFE_NAME = re.compile(r"[<>&\"`{}]|[\x00-\x1f]")
KEYS = (
    "actors",
    "themes",
    "measure_types",
    "not_actors",
    "known_dates",
    "sanctions_theme",
    "generic_measures",
    "byline_labels",
)
ACTOR_KEYS = ("name", "kind", "aliases", "country", "description", "demonyms", "can_impose")
Bad = Callable[[tuple, str], None]


def parse_taxonomy(text: str, file: str) -> Taxonomy:
    """Build a Taxonomy from YAML text, listing every problem found (file and line each)."""
    data, lines = parse(text, file)
    problems: list[BriefError] = []

    def bad(path: tuple, message: str) -> None:
        problems.append(BriefError(message, file, line_of(lines, path)))

    if not isinstance(data, dict):
        raise BriefError("a taxonomy is a mapping with actors, themes and measure_types", file, 1)
    for key in data:
        if key not in KEYS:
            bad((key,), f"unknown key '{key}'")
    themes = _themes(data, "themes", bad)
    # a brief on a topic without sanctions needs no measure types: its sanctions page stays empty
    measures = _themes(data, "measure_types", bad) if data.get("measure_types") is not None else ()
    sanctions_theme = _one_of(data, "sanctions_theme", {t.id for t in themes}, "a theme", bad)
    generic_type, generic_cues = _generic_measures(data, {m.id for m in measures}, bad)
    actors = _actors(data.get("actors"), bad)
    taxonomy = Taxonomy(
        path=file,
        actors=actors,
        themes=themes,
        measure_types=measures,
        not_actors=_phrases(data, "not_actors", bad),
        known_dates=_known_dates(data.get("known_dates"), bad),
        sanctions_theme=sanctions_theme,
        generic_measure_type=generic_type,
        generic_measure_cues=generic_cues,
        byline_labels=_phrases(data, "byline_labels", bad),
        digest=hashlib.sha256(text.encode("utf-8")).hexdigest()[:16],
    )
    if problems:
        raise BriefError.collect(problems)
    return taxonomy


def _one_of(data: dict, key: str, allowed: set[str], what: str, bad: Bad) -> str | None:
    value = data.get(key)
    if value is not None and value not in allowed:
        bad((key,), f"{key} '{value}' is not {what}")
        return None
    return value if isinstance(value, str) else None


def _phrases(data: dict, key: str, bad: Bad) -> tuple[str, ...]:
    value = data.get(key, []) or []
    if not isinstance(value, list) or not all(isinstance(x, str) and x for x in value):
        bad((key,), f"'{key}' must be a list of phrases")
        return ()
    return tuple(value)


def _strings(raw: dict, key: str) -> list[str] | None:
    """A list of non-empty strings under ``key`` (missing: empty), or None when it is not one."""
    value = raw.get(key, []) or []
    if not isinstance(value, list) or not all(isinstance(x, str) and x.strip() for x in value):
        return None
    return value


def _generic_measures(data: dict, type_ids: set[str], bad: Bad) -> tuple[str | None, tuple[str, ...]]:
    raw = data.get("generic_measures")
    if raw is None:
        return None, ()
    if not isinstance(raw, dict) or set(raw) - {"type", "cues"}:
        bad(("generic_measures",), "'generic_measures' is a mapping with 'type' and 'cues'")
        return None, ()
    cues = _strings(raw, "cues")
    if raw.get("type") not in type_ids or not cues:
        bad(("generic_measures",), "'generic_measures' needs a 'type' among the measure types and a list of 'cues'")
        return None, ()
    return str(raw["type"]), tuple(cues)


def _known_dates(raw_list: object, bad: Bad) -> tuple[KnownDate, ...]:
    known: list[KnownDate] = []
    for i, raw in enumerate(raw_list or []) if isinstance(raw_list, list) else ():
        if not isinstance(raw, dict) or not isinstance(raw.get("phrase"), str) or not _DATE.match(str(raw.get("date"))):
            bad(("known_dates", i), "each known date needs 'phrase' and 'date' (YYYY, YYYY-MM or YYYY-MM-DD)")
            continue
        why_not = date_problem(str(raw["date"]))
        if why_not:
            bad(("known_dates", i, "date"), f"known date '{raw['date']}' {why_not}")
            continue
        known.append(KnownDate(raw["phrase"], str(raw["date"])))
    return tuple(known)


def _actors(raw_actors: object, bad: Bad) -> tuple[Actor, ...]:
    if not isinstance(raw_actors, list) or not raw_actors:
        bad(("actors",), "'actors' must be a non-empty list")
        return ()
    owners: dict[str, dict[str, str]] = {"alias": {}, "demonym": {}}
    actors = [a for i, raw in enumerate(raw_actors) if (a := _actor(raw, ("actors", i), owners, bad)) is not None]
    names = {a.name for a in actors}
    seen: set[str] = set()
    for i, a in enumerate(actors):
        if a.name in seen:
            bad(("actors", i, "name"), f"actor '{a.name}' is defined twice")
        seen.add(a.name)
        if a.country is not None and a.country not in names:
            bad(("actors", i, "country"), f"actor '{a.name}': country '{a.country}' is not an actor")
    return tuple(actors)


def _actor(raw: object, path: tuple, owners: dict[str, dict[str, str]], bad: Bad) -> Actor | None:
    if not isinstance(raw, dict):
        bad(path, "each actor is a mapping with name, kind and aliases")
        return None
    name = raw.get("name")
    if not isinstance(name, str) or not name.strip():
        bad(path + ("name",), "actor without a name")
        return None
    if _UNSAFE_NAME.search(name):
        bad(path + ("name",), f"actor name '{name}' holds a character not allowed in a name (< > & \" ` {{ }})")
    kind = raw.get("kind")
    if kind not in ACTOR_KINDS:
        bad(path + ("kind",), f"actor '{name}': kind must be one of {', '.join(ACTOR_KINDS)}, not {kind!r}")
    for key in raw:
        if key not in ACTOR_KEYS:
            bad(path + (key,), f"actor '{name}': unknown key '{key}'")
    aliases = _strings(raw, "aliases")
    if aliases is None:
        bad(path + ("aliases",), f"actor '{name}': aliases must be a list of non-empty strings")
        aliases = []
    demonyms = _strings(raw, "demonyms")
    if demonyms is None or not all(_DEMONYM.match(d) for d in demonyms):
        bad(path + ("demonyms",), f"actor '{name}': demonyms must be a list of capitalised words ('Freedonian')")
        demonyms = []
    _claim(owners["alias"], [name, *aliases], name, path + ("aliases",), "alias", bad)
    _claim(owners["demonym"], demonyms, name, path + ("demonyms",), "demonym", bad)
    can_impose = raw.get("can_impose", kind != "other")
    if not isinstance(can_impose, bool):
        bad(path + ("can_impose",), f"actor '{name}': can_impose must be true or false")
        can_impose = kind != "other"
    country = raw.get("country")
    return Actor(
        name=name,
        kind=str(kind),
        aliases=tuple(dict.fromkeys([name, *aliases])),
        country=country if isinstance(country, str) else None,
        description=str(raw.get("description") or ""),
        demonyms=tuple(dict.fromkeys(demonyms)),
        can_impose=can_impose,
    )


def _claim(owner: dict[str, str], words: list[str], name: str, path: tuple, what: str, bad: Bad) -> None:
    """Each alias (or demonym) belongs to one actor; an actor lists each once."""
    for word in words:
        other = owner.get(word)
        if other is not None and other != name:
            bad(path, f"{what} '{word}' is claimed by both '{other}' and '{name}'")
        elif other == name and word != name and words.count(word) > 1:
            bad(path, f"actor '{name}': {what} '{word}' is listed twice")
        owner[word] = name


def _themes(data: dict, key: str, bad: Bad) -> tuple:
    raw_list = data.get(key)
    if not isinstance(raw_list, list) or not raw_list:
        bad((key,), f"'{key}' must be a non-empty list")
        return ()
    out = []
    seen: set[str] = set()
    for i, raw in enumerate(raw_list):
        entry = _theme(raw, key, (key, i), bad)
        if entry is None:
            continue
        if entry.id in seen:
            bad((key, i, "id"), f"{key} id '{entry.id}' is defined twice")
        seen.add(entry.id)
        out.append(entry)
    ids = {e.id for e in out}
    for i, e in enumerate(out):
        for other in getattr(e, "takes_over", ()):
            if other not in ids:
                bad((key, i, "takes_over"), f"{key} '{e.id}': takes_over '{other}' is not a measure type")
        reverse = getattr(e, "of_others_goods", "")
        if reverse and reverse not in ids:
            bad((key, i, "of_others_goods"), f"{key} '{e.id}': of_others_goods '{reverse}' is not a measure type")
    return tuple(out)


def _theme(raw: object, key: str, path: tuple, bad: Bad) -> Theme | MeasureType | None:
    """A theme, or a measure type (which may also take over other types by its target)."""
    if not isinstance(raw, dict):
        bad(path, f"each entry of '{key}' is a mapping with id, label and cues")
        return None
    tid = raw.get("id")
    if not isinstance(tid, str) or not _ID.match(tid):
        bad(path + ("id",), f"{key} id {tid!r} must be lower-case words joined by hyphens")
        return None
    label = raw.get("label") or tid
    if not isinstance(label, str) or _UNSAFE_NAME.search(label):
        bad(path + ("label",), f"{key} '{tid}': label must be plain text")
    own = ("takes_over", "target_cues", "of_others_goods")
    allowed = ("id", "label", "cues", "description") + (own if key == "measure_types" else ())
    for k in raw:
        if k not in allowed:
            bad(path + (k,), f"{key} '{tid}': unknown key '{k}'")
    lists: dict[str, tuple[str, ...]] = {}
    for k in ("cues", "takes_over", "target_cues"):
        found = _strings(raw, k)
        if found is None:
            bad(path + (k,), f"{key} '{tid}': {k} must be a list of non-empty strings")
        lists[k] = tuple(found or ())
    description = str(raw.get("description") or "")
    if key == "themes":
        return Theme(tid, str(label), lists["cues"], description)
    reverse = raw.get("of_others_goods") or ""
    if not isinstance(reverse, str):
        bad(path + ("of_others_goods",), f"{key} '{tid}': of_others_goods must be a measure type id")
        reverse = ""
    return MeasureType(tid, str(label), lists["cues"], description, lists["takes_over"], lists["target_cues"], reverse)
