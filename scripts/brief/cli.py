"""The ``brief`` command: a thin shell over the build (errors become one clear message and exit 1)."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from .errors import BriefError


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="brief", description="Build an annotated research brief from sources/.")
    parser.add_argument("--root", type=Path, default=Path("."), help="the project folder (default: .)")
    sub = parser.add_subparsers(dest="command", required=True)
    build = sub.add_parser("build", help="annotate the sources and write the generated pages and data under docs/")
    build.add_argument("--no-review", action="store_true", help="ignore sources/review.yml: the annotator's work alone")
    build.add_argument(
        "--file-urls",
        action="store_true",
        help="link pages as .html files (the offline edition: use_directory_urls false)",
    )
    check = sub.add_parser("check", help="validate the sources, the taxonomy and the review file; writes nothing")
    check.add_argument("--strict", action="store_true", help="a review decision whose item is gone is an error")
    unknown = sub.add_parser("unknown", help="list capitalised names in the sources that no actor alias covers")
    unknown.add_argument("--limit", type=int, default=None, help="show only the N most frequent (default: all)")
    review = sub.add_parser("review", help="list what nobody has checked yet, least sure first; or record decisions")
    review.add_argument("--confirm", nargs="+", metavar="ID", help="confirm these events or measures")
    review.add_argument("--reject", metavar="ID", help="reject this event or measure (give --why)")
    review.add_argument("--why", help="the reason for --reject")
    review.add_argument("--limit", type=int, default=20, help="show the N least sure (default: 20)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except BriefError as err:
        print(
            f"brief: error: {err}" if len(err.problems) == 1 else f"brief: {len(err.problems)} problems:\n{err}",
            file=sys.stderr,
        )
        return 1


def _build(args) -> int:
    from .build import build

    t0 = time.perf_counter()
    summary, report = build(args.root, use_review=not args.no_review, use_directory_urls=not args.file_urls)
    for w in summary.warnings:
        print(f"brief: warning: {w}", file=sys.stderr)
    print(
        f"brief: {len(summary.sources)} sources ({summary.annotated} annotated, the rest cached), "
        f"{summary.events} timeline entries, {summary.sanctions} measures; wrote {len(report.written)} files, "
        f"removed {len(report.removed)}, {report.unchanged} unchanged"
        f"{' (nothing changed since the last build)' if summary.reused else ''} "
        f"({time.perf_counter() - t0:.2f} s)"
    )
    return 0


def _check(args) -> int:
    from .build import check, current, load

    inputs = load(args.root)
    taxonomy, sources = check(inputs)
    orphans = current(args.root).orphans if inputs.review else ()
    for o in orphans:
        print(f"brief: {'error' if args.strict else 'warning'}: {o}", file=sys.stderr)
    if orphans and args.strict:
        return 1
    print(f"brief: {len(sources)} sources and the taxonomy ({len(taxonomy.actors)} actors) are valid")
    return 0


def _unknown(args) -> int:
    from .build import check, load
    from .unknown import unknown_names

    taxonomy, sources = check(load(args.root))
    found = unknown_names(taxonomy, sources)
    shown = found if args.limit is None else found[: args.limit]
    print(f"{'count':>5}  {'kind?':12}  name    (first source)")
    for u in shown:
        print(f"{u.count:5d}  {u.kind:12}  {u.name}    ({u.example})")
    if len(shown) < len(found):
        print(f"… and {len(found) - len(shown)} more (--limit to see more)")
    return 0


def _review(args) -> int:
    from . import review, reviewfile
    from .build import current
    from .model import Event, Sanction
    from .render.common import SOURCES_DIR

    applied = current(args.root)
    everything: list[Event | Sanction] = [*applied.brief.events, *applied.brief.sanctions]
    items = {x.id: x for x in everything}
    path = args.root / SOURCES_DIR / review.REVIEW_FILE
    if args.confirm or args.reject:
        if args.reject and not (args.why or "").strip():
            raise BriefError("--reject needs --why: the reason is kept with the decision")
        wanted = [*(args.confirm or []), *([args.reject] if args.reject else [])]
        unknown = [i for i in wanted if i not in items]
        if unknown:
            raise BriefError(f"no event or measure has the id {unknown[0]} (see `brief review`)")
        decisions = [{"id": i, "confirm": True} for i in args.confirm or []]
        if args.reject:
            decisions.append({"id": args.reject, "reject": args.why.strip()})
        reviewfile.append(path, decisions)
        print(f"brief: {len(decisions)} decisions added to {SOURCES_DIR}/{review.REVIEW_FILE}")
        return 0
    waiting = review.queue(applied.brief)
    print(
        f"{len(waiting)} of {len(items)} events and measures unchecked; the {min(args.limit, len(waiting))} least sure:"
    )
    for x in waiting[: args.limit]:
        cite = x.citations[0]
        print(f"\n{x.id}  {x.confidence:6}  {x.date or 'undated':10}  {x.summary}")
        print(f"    “{cite.quote}”  ({cite.source} ¶{cite.anchor[1:]})")
    print("\nbrief review --confirm ID… | --reject ID --why '…'; corrections: edit sources/review.yml")
    return 0


COMMANDS = {"build": _build, "check": _check, "unknown": _unknown, "review": _review}
