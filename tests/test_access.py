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
from .test_browser import browser, site_url, visit  # noqa: F401 - the browser and served site fixtures
from .test_site import built_site  # noqa: F401

pytestmark = [pytest.mark.browser, pytest.mark.slow]

AXE = ROOT / ".cache/axe/node_modules/axe-core/axe.min.js"
SERIOUS = ("serious", "critical")


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
    return [f"{v['id']} ({v['impact']}): {'; '.join(v['nodes'])}" for v in result if v["impact"] in SERIOUS]


def test_no_serious_or_critical_violation_on_any_kind_of_page(browser, site_url, built_site, axe_source):  # noqa: F811
    browser.set_script_timeout(60)
    failures = {}
    pages = _pages(built_site / "site")
    assert len(pages) >= 10, pages
    for page in pages:
        url = site_url + page.removesuffix("index.html")
        for scheme in ("default", "slate"):
            visit(browser, url)
            found = _violations(browser, axe_source, scheme)
            if found:
                failures[f"{page} [{scheme}]"] = found
    assert not failures, "\n".join(f"{k}:\n  " + "\n  ".join(v) for k, v in failures.items())
