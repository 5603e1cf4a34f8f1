"""The benchmark: build briefs of N synthetic sources and a bare MkDocs site of N plain pages.

    python -m brief.bench                      # N = 5, 100, 1000, 3000; table on stdout
    python -m brief.bench --sizes 5,100 --json docs/benchmark.json --markdown docs/benchmark.md

The corpus recombines the real articles' paragraphs (from this project's sources/), with actors
swapped for others of the same kind and years shifted, under varied metadata: realistic text at
any size. For each N it reports the generator's seconds (cold: nothing cached; warm: nothing
changed; edit: one source edited), MkDocs' seconds (its build includes the hook's warm generator
run), peak memory, the site's and the search index's size, and the seconds from saving one edited
source under `mkdocs serve` to the updated page being served, with how many sources that rebuild
annotated.
The baseline is bare MkDocs + Material building N plain pages of the same text with tags and
search and a navigation that does not list them. The two MkDocs builds alternate, three times
each by default (``--repeat``); the table gives their medians.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import json
import os
import platform
import random
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

from .render.common import url_of
from .render.entities import actor_doc
from .yamldoc import dump

ROOT = Path(__file__).resolve().parents[2]
CHILD = (
    "import resource, subprocess, sys, time\n"
    "t = time.perf_counter(); r = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
    "el = time.perf_counter() - t\n"
    "sys.stderr.write(r.stderr[-3000:])\n"
    "print(el, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, r.returncode)\n"
)


def measure(cmd: list[str], cwd: Path) -> tuple[float, float]:
    """Wall seconds and peak resident MB of one command, run in its own process tree."""
    seconds, mb, _ = measure_log(cmd, cwd)
    return seconds, mb


def measure_log(cmd: list[str], cwd: Path) -> tuple[float, float, str]:
    """Wall seconds, peak resident MB and the end of the log of one command."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    out = subprocess.run([sys.executable, "-c", CHILD, *cmd], cwd=cwd, capture_output=True, text=True, env=env)
    seconds, rss_kb, rc = out.stdout.split()
    if rc != "0":
        raise RuntimeError(f"{' '.join(cmd)} failed in {cwd}:\n{out.stderr}")
    return float(seconds), int(rss_kb) / 1024, out.stderr


# ------------------------------------------------------------------ the corpus


def _paragraphs(root: Path) -> list[str]:
    paras = []
    for p in sorted((root / "sources").glob("[!_]*.md")):
        body = p.read_text(encoding="utf-8").split("\n---\n", 1)[-1]
        paras += [line.strip() for line in body.split("\n") if len(line.strip()) > 120]
    return paras


def _taxonomy_names(root: Path) -> dict[str, list[str]]:
    from .taxonomy import parse_taxonomy

    tax = parse_taxonomy((root / "sources/taxonomy.yml").read_text(encoding="utf-8"), "taxonomy.yml")
    kinds: dict[str, list[str]] = {}
    for a in tax.actors:
        kinds.setdefault(a.kind, []).append(a.name)
    return kinds


def _shift_year(m: re.Match[str], by: int) -> str:
    return str(int(m.group(1)) + by)


def corpus(n: int, root: Path = ROOT, seed: int = 7, size: int = 8000) -> dict[str, str]:
    """n source files (name -> text), deterministic for a seed."""
    rng = random.Random(seed)
    paras = _paragraphs(root)
    kinds = _taxonomy_names(root)
    people = [p for p in kinds.get("person", []) if " " in p]
    outlets = ["The Diplomat", "Nikkei Asia", "Kyodo", "TASS", "Meduza", None, "The Times", "RIA"]
    files = {}
    for i in range(n):
        year_shift = rng.choice([-1, 0, 0, 1, 2])
        text, chunks = "", []
        while len(text) < size:
            para = rng.choice(paras)
            # vary who acts and when, so that events and merges differ between sources
            if people and rng.random() < 0.5:
                para = para.replace(rng.choice(people), rng.choice(people))
            para = re.sub(r"\b(20[12]\d)\b", functools.partial(_shift_year, by=year_shift), para)
            chunks.append(para)
            text = "\n\n".join(chunks)
        published = f"{2022 + max(0, year_shift)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        meta = {
            "title": re.sub(r"[*_\[\]]", "", chunks[0][:70]).rsplit(" ", 1)[0],
            "outlet": rng.choice(outlets),
            "authors": [rng.choice(people)] if people and rng.random() < 0.7 else [],
            "published": published,
            "precision": "day",
            "estimated": rng.random() < 0.2,
            "language": "en",
        }
        files[f"{published}-synthetic-{i:05d}.md"] = "---\n" + dump(meta) + "---\n" + text + "\n"
    return files


def make_project(dest: Path, n: int, root: Path = ROOT) -> Path:
    for name in ("mkdocs.yml",):
        shutil.copy2(root / name, dest / name)
    for name in ("scripts", "overrides"):
        shutil.copytree(root / name, dest / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    (dest / "docs").mkdir()
    for p in (root / "docs").iterdir():
        if p.name in ("stylesheets", "javascripts"):
            (shutil.copytree if p.is_dir() else shutil.copy2)(p, dest / "docs" / p.name)
    (dest / "sources").mkdir()
    shutil.copy2(root / "sources/taxonomy.yml", dest / "sources/taxonomy.yml")
    if (root / "sources/_home.md").is_file():
        shutil.copy2(root / "sources/_home.md", dest / "sources/_home.md")
    for name, text in corpus(n, root).items():
        (dest / "sources" / name).write_text(text, encoding="utf-8")
    return dest


def make_bare(dest: Path, n: int, root: Path = ROOT) -> Path:
    """N plain pages of the same text, with tags and search, and a navigation that lists a few."""
    docs = dest / "docs"
    (docs / "pages").mkdir(parents=True)
    (docs / "index.md").write_text("# Bare\n\nA baseline.\n")
    kinds = _taxonomy_names(root)
    for name, text in corpus(n, root).items():
        body = text.split("\n---\n", 1)[1]
        (docs / "pages" / name).write_text(
            f"---\ntags: [{', '.join(kinds.get('country', ['Country'])[:2])}, Sanctions]\n---\n# {name}\n\n{body}",
            encoding="utf-8",
        )
    (dest / "mkdocs.yml").write_text(
        "site_name: Bare\ntheme:\n  name: material\n  font: false\nplugins:\n  - search\n  - tags\n"
        "nav:\n  - Home: index.md\nvalidation:\n  omitted_files: info\n",
        encoding="utf-8",
    )
    return dest


# ------------------------------------------------------------------ serve


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as r:
            return r.read().decode("utf-8", "replace")
    except OSError:
        return None


def _count(html: str | None, pattern: str) -> str | None:
    m = re.search(pattern, html or "")
    return m.group(1) if m else None


@contextlib.contextmanager
def _served(project: Path, timeout: float):
    """`mkdocs serve --dirty` (as `make serve`) on a free port, up and answering: (base URL, log)."""
    port = _free_port()
    log = project / "serve.log"
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    with log.open("w") as fh:
        proc = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "--dirty", "-a", f"127.0.0.1:{port}"],
            cwd=project,
            stdout=fh,
            stderr=subprocess.STDOUT,
            env=env,
        )
    try:
        base = f"http://127.0.0.1:{port}/"
        deadline = time.time() + timeout
        while time.time() < deadline and "Serving on" not in log.read_text() and proc.poll() is None:
            time.sleep(0.2)
        while time.time() < deadline and _get(base) is None:
            time.sleep(0.2)
        time.sleep(1.0)  # let the watcher settle after the first build
        # a first build with nothing to do warms the generator's memo beside the server: an
        # edit is timed once that is done (the seconds it took are reported beside)
        if "nothing changed since the last build" in log.read_text():
            while time.time() < deadline and "ready for edits" not in log.read_text():
                time.sleep(0.2)
        yield base, log
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()


def _after_rebuild(log: Path, built_before: int, fresh) -> Callable[[], bool]:
    """``fresh()`` asked once the server's log says a rebuild is done, and at most every 2 s before
    that: asking a GIL-bound server for pages while it builds slows the build being timed, and the
    log alone must not be trusted to say so (a rebuild it does not report would hang the wait)."""
    last = [time.perf_counter()]

    def ready() -> bool:
        now = time.perf_counter()
        if log.read_text(errors="replace").count("Documentation built") <= built_before and now - last[0] < 2:
            return False
        last[0] = now
        return fresh()

    return ready


def _until(ready, timeout: float) -> float:
    start, deadline = time.perf_counter(), time.time() + timeout
    while time.time() < deadline:
        if ready():
            return time.perf_counter() - start
        time.sleep(0.05)
    raise RuntimeError("the edited page and the pages listing it were never served up to date")


def serve_edit(project: Path, timeout: float = 900) -> tuple[float, int | None, float | None]:
    """Seconds from saving an edit to one source to its page showing it and the pages that list it
    (the home page's count of timeline entries, the actor page's) being up to date; and sources annotated."""
    with _served(project, timeout) as (base, log):
        target = sorted((project / "sources").glob("[!_]*.md"))[0]
        page = base + "sources/" + target.stem + "/"
        actor = (_taxonomy_names(project).get("country") or ["A"])[0]
        actor_page = base + url_of(actor_doc(actor))
        home_count = r"([\d,]+) timeline entries"
        actor_count = r"([\d,]+) timeline entr"
        before = (_count(_get(base), home_count), _count(_get(actor_page), actor_count))
        token = f"Edited{int(time.time() * 1000)}"
        seen_before = len(re.findall(r"\((\d+) annotated", log.read_text()))
        built_before = log.read_text().count("Documentation built")
        text = target.read_text(encoding="utf-8") + f"\nOn 3 May 2031, {actor} said so in a statement {token}.\n"
        target.write_text(text, encoding="utf-8")
        # the server's log says when the rebuild is done; asking the server for pages while it
        # builds would take the interpreter from the build it times (a browser waits on
        # livereload, which costs the server nothing), so the pages are checked after that
        seconds = _until(
            _after_rebuild(
                log,
                built_before,
                lambda: (
                    token in (_get(page) or "")
                    and (_count(_get(base), home_count), _count(_get(actor_page), actor_count)) != before
                ),
            ),
            timeout,
        )
        time.sleep(0.5)
        text = log.read_text()
        new = [int(x) for x in re.findall(r"\((\d+) annotated", text)][seen_before:]
        warmed = re.search(r"memo warmed in ([\d.]+) s", text)
        return seconds, (new[0] if new else None), (float(warmed.group(1)) if warmed else None)


def serve_edit_bare(project: Path, timeout: float = 900) -> float:
    """The same edit on the bare baseline: seconds from saving one page to it being served."""
    with _served(project, timeout) as (base, log):
        target = sorted((project / "docs" / "pages").glob("*.md"))[0]
        page = base + "pages/" + target.stem + "/"
        token = f"Edited{int(time.time() * 1000)}"
        built_before = log.read_text().count("Documentation built")
        target.write_text(target.read_text(encoding="utf-8") + f"\nSaid so in a statement {token}.\n", encoding="utf-8")
        # as for the brief: the page is asked for once the log says the rebuild is done
        return _until(_after_rebuild(log, built_before, lambda: token in (_get(page) or "")), timeout)


# ------------------------------------------------------------------ one size


def _size_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6


class _Assets(HTMLParser):
    """The files a page makes the browser load as it opens: stylesheets, scripts, icons, images."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "link" and (a.get("rel") or "") in ("stylesheet", "icon", "preload"):
            self.urls.append(a.get("href") or "")
        elif tag in ("script", "img") and a.get("src"):
            self.urls.append(a.get("src") or "")


def first_load_bytes(site: Path, page: str) -> int:
    """The bytes a reader's browser fetches to open ``page`` (uncompressed, nothing cached): the
    HTML and the files it references. The search index is not among them: it loads only when the
    reader searches (javascripts/lazy-search.js), nor the facet index (on the first filter)."""
    path = site / page
    parser = _Assets()
    parser.feed(path.read_text(encoding="utf-8"))
    total = path.stat().st_size
    # Material starts its search worker as the page opens (the worker, not yet the index)
    total += sum(w.stat().st_size for w in (site / "assets/javascripts/workers").glob("search*.js"))
    targets = {
        (path.parent / url.split("?", 1)[0].split("#", 1)[0]).resolve()
        for url in parser.urls
        if url and "://" not in url and not url.startswith("data:")
    }
    return total + sum(t.stat().st_size for t in targets if t.is_file())


def page_weights(site: Path) -> dict:
    """The largest HTML page, the first load of the timeline and sanctions pages, the facet indexes."""
    pages = [(p.stat().st_size, str(p.relative_to(site))) for p in site.rglob("*.html")]
    size, largest = max(pages)
    kb = lambda b: round(b / 1024)  # noqa: E731
    facet = [site / d / "facets.js" for d in ("timeline", "sanctions")]
    return {
        "largest_html_kb": kb(size),
        "largest_html": largest,
        "timeline_first_load_kb": kb(first_load_bytes(site, "timeline/index.html")),
        "sanctions_first_load_kb": kb(first_load_bytes(site, "sanctions/index.html")),
        "facet_index_kb": "/".join(str(kb(f.stat().st_size)) if f.is_file() else "–" for f in facet),
    }


def run_size(n: int, work: Path, serve: bool = True, repeat: int = 1) -> dict:
    (work / f"brief-{n}").mkdir()
    proj = make_project(work / f"brief-{n}", n)
    (work / f"bare-{n}").mkdir()
    bare = make_bare(work / f"bare-{n}", n)
    brief_cmd = [sys.executable, "-m", "brief", "--root", str(proj), "build"]
    gen_cold, gen_cold_mb = measure(brief_cmd, proj)
    gen_warm, _ = measure(brief_cmd, proj)
    # the brief's build and the bare one alternate, so that a slow spell of the machine hits both
    mk_runs, bare_runs, in_build_runs = [], [], []
    for _ in range(repeat):
        mk_s, mk_mb, log = measure_log([sys.executable, "-m", "mkdocs", "build", "--strict"], proj)
        mk_runs.append((mk_s, mk_mb))
        # the hook logs the seconds the brief added to the build (imports, generator, page events)
        found = re.search(r"brief: generator and hook took ([\d.]+) s", log)
        if found:
            in_build_runs.append(float(found.group(1)))
        bare_runs.append(measure([sys.executable, "-m", "mkdocs", "build", "-q"], bare))
    mk, bare_s = statistics.median(r[0] for r in mk_runs), statistics.median(r[0] for r in bare_runs)
    mk_mb, bare_mb = max(r[1] for r in mk_runs), max(r[1] for r in bare_runs)
    in_build = statistics.median(in_build_runs) if in_build_runs else None
    site = proj / "site"
    # one source edited: the generator re-annotates it and re-renders, the cache serves the rest
    edited = sorted((proj / "sources").glob("[!_]*.md"))[-1]
    edited.write_text(edited.read_text(encoding="utf-8") + "\nJapan said so on 3 May 2023.\n", encoding="utf-8")
    gen_edit, _ = measure(brief_cmd, proj)
    row = {
        "n": n,
        "generator_cold_s": round(gen_cold, 2),
        "generator_warm_s": round(gen_warm, 2),
        "generator_edit_s": round(gen_edit, 2),
        "mkdocs_s": round(mk, 2),
        "total_cold_s": round(gen_cold - gen_warm + mk, 2),
        "total_s": round(mk, 2),
        "bare_s": round(bare_s, 2),
        "ratio_to_bare": round(mk / bare_s, 2) if bare_s else None,
        "generator_in_build_s": in_build,
        "generator_share": round(in_build / mk, 3) if in_build is not None and mk else None,
        "peak_mb": round(max(gen_cold_mb, mk_mb)),
        "bare_peak_mb": round(bare_mb),
        "site_mb": round(_size_mb(site), 1),
        "search_index_mb": round((site / "search/search_index.json").stat().st_size / 1e6, 1),
        "pages": sum(1 for _ in site.rglob("index.html")),
        **page_weights(site),
    }
    if serve:
        seconds, annotated, warmed = serve_edit(proj)
        row["serve_edit_s"], row["serve_annotated"] = (round(seconds, 2) if seconds is not None else None), annotated
        row["serve_warm_s"] = warmed
        # MkDocs' own floor: the same save on the bare site, where nothing is generated
        row["bare_serve_edit_s"] = round(serve_edit_bare(bare), 2)
    return row


COLUMNS = [
    ("n", "N"),
    ("generator_cold_s", "gen cold s"),
    ("generator_warm_s", "gen warm s"),
    ("generator_edit_s", "gen edit s"),
    ("generator_in_build_s", "gen in build s"),
    ("mkdocs_s", "MkDocs s"),
    ("total_cold_s", "total cold s"),
    ("bare_s", "bare s"),
    ("ratio_to_bare", "× bare"),
    ("generator_share", "gen share"),
    ("peak_mb", "peak MB"),
    ("site_mb", "site MB"),
    ("search_index_mb", "index MB"),
    ("serve_warm_s", "serve warm-up s"),
    ("serve_edit_s", "edit→served s"),
    ("bare_serve_edit_s", "bare edit→served s"),
    ("serve_annotated", "re-annotated"),
]


def annotator_figures(root: Path = ROOT) -> dict:
    """The annotator alone, in this process on one core: throughput on real text (the brief's
    sources and the development corpus, best of five passes), and the two hostile inputs that
    were once quadratic (a 1 MB single sentence, "**a " twenty thousand times)."""
    from .annotate import Annotator
    from .build import check, load, plan

    texts = []
    for brief_root in [
        root,
        *sorted(p.parent.parent for p in (root / "tests/fixtures/corpus").glob("*/sources/taxonomy.yml")),
    ]:
        tax, sources = check(load(brief_root))
        texts.append((Annotator(tax), sources))
    size = sum(len(s.text.encode("utf-8")) for _, sources in texts for s in sources)
    best = float("inf")
    for _ in range(5):
        start = time.perf_counter()
        for annotator, sources in texts:
            for s in sources:
                annotator.annotate(s)
        best = min(best, time.perf_counter() - start)
    hostile = {}
    tax_text = (root / "sources/taxonomy.yml").read_bytes()
    a, b = (_taxonomy_names(root).get("country", []) + ["A", "B"])[:2]
    for name, body in (
        ("one_sentence_1mb_s", f"{a} will impose sanctions on {b} in May 2022 and " * 19000),
        ("unclosed_emphasis_20000_s", "**a " * 20000),
    ):
        from .build import Inputs

        src = ("sources/2022-03-01-x.md", ("---\npublished: 2022-03-01\nlanguage: en\n---\n" + body + "\n").encode())
        start = time.perf_counter()
        plan(Inputs(("sources/taxonomy.yml", tax_text), (src,)))
        hostile[name] = round(time.perf_counter() - start, 2)
    return {"text_mb": round(size / 1e6, 3), "mb_per_s_per_core": round(size / 1e6 / best, 2), **hostile}


def annotator_line(a: dict) -> str:
    return (
        f"Annotator alone, one core: {a['mb_per_s_per_core']} MB/s on {a['text_mb']} MB of real text "
        f"(the brief's sources and the development corpus); a 1 MB single sentence {a['one_sentence_1mb_s']} s; "
        f"'**a ' × 20,000 {a['unclosed_emphasis_20000_s']} s."
    )


WEIGHTS = [
    ("n", "N"),
    ("pages", "pages"),
    ("largest_html_kb", "largest HTML KB"),
    ("largest_html", "largest page"),
    ("timeline_first_load_kb", "timeline first load KB"),
    ("sanctions_first_load_kb", "sanctions first load KB"),
    ("facet_index_kb", "facet index KB (timeline/sanctions)"),
    ("search_index_mb", "search index MB (on first search)"),
]


def table(rows: list[dict], columns: list[tuple[str, str]] = COLUMNS) -> str:
    head = "| " + " | ".join(t for _, t in columns) + " |"
    sep = "|" + "|".join("--:" for _ in columns) + "|"
    lines = [head, sep]
    for r in rows:
        lines.append("| " + " | ".join("" if r.get(k) is None else str(r.get(k)) for k, _ in columns) + " |")
    return "\n".join(lines)


def machine() -> str:
    mem = ""
    try:
        found = re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text())
        kb = int(found.group(1)) if found else 0
        mem = f", {kb / 1024 / 1024:.0f} GiB"
    except (OSError, AttributeError):
        pass
    return f"{platform.machine()}, {os.cpu_count()} cores{mem}, Python {platform.python_version()}, {platform.system()}"


def report(rows: list[dict], annotator: dict, json_path: Path | None, pages: list[Path]) -> None:
    """Print the tables, and write them as JSON and between the bench markers of ``pages``."""
    result = {"machine": machine(), "date": time.strftime("%Y-%m-%d"), "rows": rows, "annotator": annotator}
    weights = f"Page weights (uncompressed, nothing cached):\n\n{table(rows, WEIGHTS)}"
    print(f"\n{machine()}\n\n{table(rows)}\n\n{weights}\n\n{annotator_line(annotator)}")
    if json_path:
        json_path.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    block = (
        f"<!-- bench:start -->\nMeasured {result['date']} on {result['machine']}.\n\n{table(rows)}\n\n{weights}\n\n"
        f"{annotator_line(annotator)}\n<!-- bench:end -->"
    )
    for path in pages:
        page = path.read_text(encoding="utf-8")
        page = re.sub(r"<!-- bench:start -->.*?<!-- bench:end -->", lambda _: block, page, flags=re.S)
        path.write_text(page, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m brief.bench", description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="5,100,1000,3000")
    ap.add_argument("--json", type=Path, help="write the rows here as JSON")
    ap.add_argument(
        "--markdown",
        type=Path,
        action="append",
        default=[],
        help="replace the table between the bench markers of this page (repeatable)",
    )
    ap.add_argument("--no-serve", action="store_true", help="skip the mkdocs serve measurement")
    ap.add_argument("--repeat", type=int, default=3, help="MkDocs builds (brief and bare) per size; medians reported")
    ap.add_argument("--keep", type=Path, help="build in this folder and keep it (default: a temporary one)")
    args = ap.parse_args(argv)
    sizes = [int(x) for x in args.sizes.split(",") if x]
    work = args.keep or Path(tempfile.mkdtemp(prefix="brief-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    # first: a corpus brief that does not load fails the run now, not after the long builds
    annotator = annotator_figures()
    rows = []
    try:
        for n in sizes:
            row = run_size(n, work, serve=not args.no_serve, repeat=args.repeat)
            rows.append(row)
            print(json.dumps(row), flush=True)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    report(rows, annotator, args.json, args.markdown)
    return 0


if __name__ == "__main__":
    sys.exit(main())
