"""The ``brief`` command: a thin shell over the build (errors become one clear message and exit 1)."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from .errors import BriefError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="brief", description="Build an annotated research brief from sources/.")
    parser.add_argument("--root", type=Path, default=Path("."), help="the project folder (default: .)")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("build", help="annotate the sources and write the generated pages and data under docs/")
    sub.add_parser("check", help="validate the sources and the taxonomy without writing anything")
    unknown = sub.add_parser("unknown", help="list capitalised names in the sources that no actor alias covers")
    unknown.add_argument("--limit", type=int, default=None, help="show only the N most frequent (default: all)")
    args = parser.parse_args(argv)
    try:
        if args.command == "build":
            from .build import build

            t0 = time.perf_counter()
            summary, report = build(args.root)
            print(
                f"brief: {len(summary.sources)} sources ({summary.annotated} annotated, the rest cached), "
                f"{summary.events} timeline entries, {summary.sanctions} measures; wrote {len(report.written)} files, "
                f"removed {len(report.removed)}, {report.unchanged} unchanged"
                f"{' (nothing changed since the last build)' if summary.reused else ''} "
                f"({time.perf_counter() - t0:.2f} s)"
            )
        elif args.command == "check":
            from .build import check, load

            taxonomy, sources = check(load(args.root))
            print(f"brief: {len(sources)} sources and the taxonomy ({len(taxonomy.actors)} actors) are valid")
        elif args.command == "unknown":
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
    except BriefError as err:
        print(
            f"brief: error: {err}" if len(err.problems) == 1 else f"brief: {len(err.problems)} problems:\n{err}",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
