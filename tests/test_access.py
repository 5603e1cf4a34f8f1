"""Accessibility: axe-core finds no serious or critical violation on any kind of page, light or dark.

axe-core comes from the npm registry at test time (``.ci/install-axe``, run by ``make test``);
the site itself never loads it.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from .conftest import ROOT
from .test_browser import browser, paged_site, paged_url, site_url, visit  # noqa: F401 - the browser and served sites
from .test_site import built_site  # noqa: F401

pytestmark = [pytest.mark.browser, pytest.mark.slow]

AXE = ROOT / ".cache/axe/node_modules/axe-core/axe.min.js"
SERIOUS = ("serious", "critical")
IMPACTS = ("minor", "moderate", "serious", "critical")


def _pages(site: Path) -> list[str]:
    """One page of every kind the generator makes, and the hand-written ones."""
    first = lambda pattern: next(iter(sorted(site.glob(pattern))), None)  # noqa: E731
    found = [
        "index.html",
        "timeline/index.html",
        "sanctions/index.html",
        "actors/index.html",
        "themes/index.html",
        "sources/index.html",
        "data/index.html",
        "review/index.html",
        "about/index.html",
    ]
    for pattern in ("timeline/*/index.html", "sanctions/*/index.html", "actors/*/index.html", "themes/*/index.html",
                    "sources/*/index.html"):  # fmt: skip
        page = first(pattern)
        if page is not None:
            found.append(str(page.relative_to(site)))
    return [p for p in found if (site / p).is_file()]


@pytest.fixture(scope="module")
def axe_source() -> str:
    if not AXE.is_file():
        if os.environ.get("BRIEF_REQUIRE_BROWSER"):
            pytest.fail(f"{AXE} is missing: run .ci/install-axe (make test does)")
        pytest.skip("axe-core not installed (.ci/install-axe)")
    return AXE.read_text(encoding="utf-8")


def _violations(driver, axe: str, scheme: str) -> list[str]:
    driver.execute_script(axe)
    if os.environ.get("AXE_WHY"):
        driver.execute_script("window.__axeWhy = true")
    # the reader's own toggle (it sets the scheme and its colours), then past Material's colour
    # transitions, so that axe reads the colours the reader sees
    driver.execute_script(
        "const input = document.querySelector(`input[data-md-color-scheme='${arguments[0]}']`);"
        "if (input && !input.checked) input.click();",
        scheme,
    )
    time.sleep(0.6)
    assert driver.execute_script("return document.body.dataset.mdColorScheme") == scheme
    result = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations.map("
        "v => ({id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ') + (window.__axeWhy ? ' | ' + n.failureSummary : ''))}))))"
        ".catch(e => done([{id: 'axe-error', impact: 'critical', nodes: [String(e)]}]));"
    )
    if os.environ.get("AXE_REPORT"):  # the figures per page, for the notes: every impact counted
        counts = {i: sum(1 for v in result if v["impact"] == i) for i in IMPACTS}
        page = driver.current_url.split("/", 3)[-1] or "(home)"
        with open(os.environ["AXE_REPORT"], "a", encoding="utf-8") as report:
            report.write(f"{page} [{scheme}]: " + ", ".join(f"{n} {i}" for i, n in counts.items()) + "\n")
    return [f"{v['id']} ({v['impact']}): {'; '.join(v['nodes'])}" for v in result if v["impact"] in SERIOUS]


def _check(browser, root: str, pages: list[str], axe: str) -> str:  # noqa: F811
    """Every page in light and dark: the serious and critical violations found, as a report."""
    browser.set_script_timeout(60)
    failures = {}
    for page in pages:
        for scheme in ("default", "slate"):
            visit(browser, root + page.removesuffix("index.html"))
            found = _violations(browser, axe, scheme)
            if found:
                failures[f"{page} [{scheme}]"] = found
    return "\n".join(f"{k}:\n  " + "\n  ".join(v) for k, v in failures.items())


def test_no_serious_or_critical_violation_on_any_kind_of_page(browser, site_url, built_site, axe_source):  # noqa: F811
    pages = _pages(built_site / "site")
    assert len(pages) >= 10, pages
    assert not (failures := _check(browser, site_url, pages, axe_source)), failures


def test_no_serious_or_critical_violation_on_the_pages_of_a_brief_paged_by_period(
    browser,  # noqa: F811
    paged_url,  # noqa: F811
    paged_site,  # noqa: F811
    axe_source,
):
    pages = [p for p in _pages(paged_site) if p.startswith(("timeline/", "sanctions/"))]
    assert len(pages) == 4, pages  # each index of periods, and a period's page
    assert not (failures := _check(browser, paged_url, pages, axe_source)), failures
