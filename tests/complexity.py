"""No function of the generator above a cyclomatic complexity of 20 (radon), so none needs a map.

``python -m tests.complexity`` prints the most complex functions and exits 1 above the limit;
``make test`` runs it. The benchmark (a developer's tool outside the pipeline) is held to it too.
"""

from __future__ import annotations

import sys
from pathlib import Path

from radon.complexity import cc_visit

LIMIT = 20
SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"


def blocks() -> list[tuple[int, str]]:
    out = []
    for path in sorted(SCRIPTS.rglob("*.py")):
        for block in cc_visit(path.read_text(encoding="utf-8")):
            out.append((block.complexity, f"{path.relative_to(SCRIPTS)}:{block.lineno} {block.fullname}"))
    return sorted(out, reverse=True)


def main() -> int:
    found = blocks()
    over = [b for b in found if b[0] > LIMIT]
    print("most complex: " + ", ".join(f"{name} ({cc})" for cc, name in found[:5]))
    for cc, name in over:
        print(f"complexity {cc} > {LIMIT}: {name}", file=sys.stderr)
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
