"""What a reader does, in headless Chromium (Debian's) against the built site on localhost."""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import tempfile
import threading
from pathlib import Path

import pytest

from .test_site import built_site, mkdocs_build, offline_site  # noqa: F401 - the session's built sites, shared

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
DRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"


def _serve(directory: Path):
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):  # keep the test output readable
            pass

    handler = functools.partial(Quiet, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


@pytest.fixture(scope="module")
def site_url(built_site):  # noqa: F811
    yield from _serve(built_site / "site")


@pytest.fixture(scope="module")
def paged_site(tmp_path_factory) -> Path:
    """A brief long enough to be paged by period (the benchmark's corpus of 40 sources: a margin over the
    250 entries a page holds, so that an annotation change does not unpage it)."""
    from brief import bench

    project = bench.make_project(tmp_path_factory.mktemp("paged"), 40)
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    assert (project / "docs/timeline/facets.js").is_file() and (project / "docs/sanctions/facets.js").is_file()
    return project / "site"


@pytest.fixture(scope="module")
def paged_url(paged_site):
    yield from _serve(paged_site)


def chromium(profile: str, size: str = "1280,900"):
    """Debian's headless Chromium under Selenium, which must never fetch a driver or a browser."""
    os.environ.setdefault("SE_OFFLINE", "true")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        f"--user-data-dir={profile}",
        f"--window-size={size}",
    ):
        opts.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path=DRIVER), options=opts)
    driver.set_page_load_timeout(30)
    return driver


@pytest.fixture(scope="module")
def browser():
    if not (Path(CHROMIUM).exists() and Path(DRIVER).exists()):
        if os.environ.get("BRIEF_REQUIRE_BROWSER"):
            pytest.fail("Chromium and chromedriver are required (apt-get install chromium chromium-driver)")
        pytest.skip("Chromium not installed")
    profile = tempfile.mkdtemp(prefix="brief-chromium-")
    driver = chromium(profile)
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


def wait(driver, condition, timeout=10):
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout).until(lambda d: condition(d))


def visit(driver, url: str) -> None:
    """Open a page and wait until it is that page, fully loaded. `get` alone can return on the
    load of a navigation still pending from a previous click (seen ~1 run in 15 on 2 cores)."""
    driver.get(url)
    wait(
        driver,
        lambda d: (
            d.current_url.split("#", 1)[0] == url.split("#", 1)[0]
            and d.execute_script("return document.readyState") == "complete"
        ),
    )


def search(driver, url, query):
    from selenium.webdriver.common.by import By

    visit(driver, url)
    box = wait(driver, lambda d: d.find_element(By.CSS_SELECTOR, "input.md-search__input"))
    box.click()
    box.send_keys(query)

    def results(d):
        # read the links in one script call: the result list re-renders while the index loads
        script = "return Array.from(document.querySelectorAll('.md-search-result__link')).map(a => a.href)"
        return d.execute_script(script) or None

    return wait(driver, results, timeout=15)


def test_search_finds_a_source_by_an_actor(browser, site_url):
    links = search(browser, site_url, "Motoki")
    assert any("sources/2023-02-13-russia-facing-the-war-in-ukraine" in h for h in links)


def test_the_search_index_loads_only_when_the_reader_searches(browser, site_url):
    import time

    fetched = "return performance.getEntriesByType('resource').some(e => e.name.includes('search_index'))"
    visit(browser, site_url + "timeline/")
    time.sleep(1.5)
    assert not browser.execute_script(fetched)  # a reader who does not search never downloads it
    urls = search(browser, site_url + "timeline/", "Kishida")  # focus, type: it loads, and finds
    assert browser.execute_script(fetched) and any("/sources/" in u for u in urls)


def test_search_finds_a_source_by_a_theme_it_does_not_spell_out(browser, site_url):
    # "Espionage" is a theme tag of one article; its text never uses the word
    links = search(browser, site_url, "Espionage")
    assert any("sources/2023-02-13-russia-facing-the-war-in-ukraine" in h for h in links)


def test_a_timeline_citation_lands_on_its_paragraph(browser, site_url):
    from selenium.webdriver.common.by import By

    visit(browser, site_url + "timeline/")
    link = browser.find_element(By.CSS_SELECTOR, ".brief-cites a[href*='sources/']")
    href = link.get_attribute("href")
    anchor = href.split("#", 1)[1]
    # the sentence: quoted in the citation, or (where the summary is that sentence) the summary
    quotes = link.find_elements(By.XPATH, "./preceding-sibling::q")
    summary = link.find_element(By.XPATH, "./ancestor::div[contains(@class,'brief-event')]//p[@class='brief-summary']")
    quote = (quotes[0].text if quotes else summary.text).strip('“”"')
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", link)
    link.click()
    wait(browser, lambda d: d.current_url.endswith("#" + anchor))
    wait(browser, lambda d: d.execute_script("return document.readyState") == "complete")
    para = browser.find_element(By.ID, anchor)
    assert quote[:40] in para.text
    top = browser.execute_script("return arguments[0].getBoundingClientRect().top", para)
    header = browser.execute_script("return document.querySelector('.md-header').getBoundingClientRect().bottom")
    assert header <= top < 600  # scrolled into view, below the sticky header


def test_a_mark_of_the_visual_timeline_leads_to_its_entry(browser, site_url):
    visit(browser, site_url + "timeline/")
    # the last mark: the newest entry, far down the page (a click, as a reader's, via the DOM:
    # WebDriver cannot click SVG children reliably)
    href = browser.execute_script(
        "const a = Array.from(document.querySelectorAll('.brief-visual svg a')).pop();"
        "a.scrollIntoView({block: 'center', inline: 'center'});"
        "a.dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true, view: window}));"
        "return a.getAttribute('href');"
    )
    anchor = href.split("#", 1)[1]
    wait(browser, lambda d: d.current_url.endswith("#" + anchor))
    entry = wait(browser, lambda d: d.execute_script(f"return document.getElementById('{anchor}')"))
    assert "brief-event" in entry.get_attribute("class")
    top = browser.execute_script("return arguments[0].getBoundingClientRect().top", entry)
    assert 0 <= top < 900


def test_two_timeline_facets_combine_update_their_counts_and_live_in_the_url(browser, site_url):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    def state():
        return browser.execute_script(
            "const items = Array.from(document.querySelectorAll('.brief-event'));"
            "return {shown: items.filter(e => !e.hidden).map(e => e.id),"
            " japan: document.querySelector('select[data-brief-filter=actor] option[value=Japan]').textContent,"
            " url: location.search};"
        )

    visit(browser, site_url + "timeline/")
    every = state()
    actor = Select(browser.find_element(By.CSS_SELECTOR, "select[data-brief-filter='actor']"))
    actor.select_by_value("Japan")
    one = state()
    assert 0 < len(one["shown"]) < len(every["shown"]) and "actor=Japan" in one["url"]
    theme = Select(browser.find_element(By.CSS_SELECTOR, "select[data-brief-filter='theme']"))
    theme.select_by_value("sanctions")
    both = state()
    assert 0 < len(both["shown"]) < len(one["shown"]) and set(both["shown"]) <= set(one["shown"])
    assert "theme=sanctions" in both["url"] and both["japan"] != every["japan"]  # the counts follow
    # a year with no entry left is gone from the page and from its table of contents
    hidden_years = browser.execute_script(
        "return Array.from(document.querySelectorAll('h2[id^=y]')).filter(h => h.hidden).map(h => h.id)"
    )
    toc_hidden = browser.execute_script(
        "return Array.from(document.querySelectorAll('.md-nav--secondary a')).filter(a => a.parentElement.hidden)"
        ".map(a => a.getAttribute('href').slice(1))"
    )
    assert hidden_years and sorted(set(toc_hidden)) == sorted(hidden_years)  # (the drawer repeats the toc)
    for entry in both["shown"]:  # AND: each shown entry has both
        attrs = browser.execute_script(
            "const e = document.getElementById(arguments[0]); return [e.dataset.fActor, e.dataset.fTheme];", entry
        )
        assert "Japan" in attrs[0].split("|") and "sanctions" in attrs[1].split("|")
    # the URL is the view: reload it, and Back undoes the last choice
    visit(browser, site_url + "timeline/" + both["url"])
    assert state()["shown"] == both["shown"]
    browser.back()
    wait(browser, lambda d: "theme=" not in d.execute_script("return location.search"))
    wait(browser, lambda d: state()["shown"] == one["shown"])


def test_the_sanctions_table_shows_both_sides_and_filters(browser, site_url):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    visit(browser, site_url + "sanctions/")
    rows = browser.find_elements(By.CSS_SELECTOR, "table.brief-sanctions tbody tr")
    imposers = {r.get_attribute("data-imposer") for r in rows}
    assert {"Japan", "Russia"} <= imposers
    Select(browser.find_element(By.CSS_SELECTOR, "select[data-brief-filter='imposer']")).select_by_value("Russia")
    visible = [r for r in rows if r.is_displayed()]
    assert visible and all(r.get_attribute("data-imposer") == "Russia" for r in visible)
    Select(browser.find_element(By.CSS_SELECTOR, "select[data-brief-filter='imposer']")).select_by_value("")
    # sorting by type puts the rows in order of their type label
    browser.find_element(By.XPATH, "//table[contains(@class,'brief-sanctions')]//th[.='Type']").click()
    types = [
        r.find_elements(By.TAG_NAME, "td")[2].text
        for r in browser.find_elements(By.CSS_SELECTOR, "table.brief-sanctions tbody tr")
    ]
    assert types == sorted(types, key=str.lower) or types == sorted(types)
    # by date, either way: the undated measures stay after the dated ones
    date_head = browser.find_element(By.XPATH, "//table[contains(@class,'brief-sanctions')]//th[.='Date']")
    for _ in range(2):
        date_head.click()
        keys = browser.execute_script(
            "return Array.from(document.querySelectorAll('table.brief-sanctions tbody tr'))"
            ".map(r => r.cells[0].dataset.sort)"
        )
        dated = [k for k in keys if k]
        assert "" in keys and dated and keys[: len(dated)] == dated, keys


def test_a_count_of_the_matrix_opens_the_table_filtered_to_it(browser, site_url):
    from selenium.webdriver.common.by import By

    visit(browser, site_url + "sanctions/")
    link = browser.find_element(By.CSS_SELECTOR, "table.brief-matrix td a")
    n = int(link.text)
    link.click()
    wait(browser, lambda d: "imposer=" in d.execute_script("return location.search"))
    wait(browser, lambda d: d.execute_script("return document.readyState") == "complete")
    rows = browser.execute_script(
        "return Array.from(document.querySelectorAll('table.brief-sanctions tbody tr')).filter(r => !r.hidden)"
        ".map(r => [r.dataset.imposer, r.dataset.type])"
    )
    params = browser.execute_script(
        "const p = new URLSearchParams(location.search); return [p.get('imposer'), p.get('type')]"
    )
    assert len(rows) == n and all(r == params for r in rows)


def test_the_indexes_lead_to_actor_and_theme_pages(browser, site_url):
    from selenium.webdriver.common.by import By

    visit(browser, site_url + "actors/")
    browser.find_element(By.LINK_TEXT, "Tatsunori Motoki").click()
    wait(browser, lambda d: d.current_url.endswith("/actors/tatsunori-motoki/"))
    assert "Russia: facing the war in Ukraine" in browser.find_element(By.TAG_NAME, "article").text
    visit(browser, site_url + "themes/")
    browser.find_element(By.LINK_TEXT, "Espionage").click()
    wait(browser, lambda d: d.current_url.endswith("/themes/espionage/"))
    assert "Russia: facing the war in Ukraine" in browser.find_element(By.TAG_NAME, "article").text


def test_an_actor_link_leads_to_its_page_and_on_to_a_measures_paragraph(browser, site_url):
    from selenium.webdriver.common.by import By

    visit(browser, site_url + "sources/2023-02-13-russia-facing-the-war-in-ukraine-an-intransigent-japan/")
    link = browser.find_element(By.CSS_SELECTOR, "a.brief-actor[title='Japan']")
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", link)
    link.click()
    wait(browser, lambda d: d.current_url.endswith("/actors/japan/"))
    wait(browser, lambda d: d.execute_script("return document.readyState") == "complete")
    # the first measure Japan imposed: to its row in the sanctions table, then to its paragraph
    measure = browser.find_element(By.CSS_SELECTOR, "table.brief-listing tbody tr td:nth-child(2) a")
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", measure)
    measure.click()
    wait(browser, lambda d: "/sanctions/" in d.current_url and "#sm-" in d.current_url)
    row_id = browser.current_url.rsplit("#", 1)[1]
    row = browser.find_element(By.ID, row_id)
    assert row.get_attribute("data-imposer") == "Japan"
    cite = row.find_element(By.CSS_SELECTOR, "td[data-label='Source'] a")
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", cite)
    cite.click()
    wait(browser, lambda d: "/sources/" in d.current_url and "#p" in d.current_url)
    para = browser.find_element(By.ID, browser.current_url.rsplit("#", 1)[1])
    assert para.is_displayed() and "brief-p" in para.get_attribute("class")


def test_phone_width_has_no_horizontal_scroll(browser, site_url):
    browser.set_window_size(390, 844)
    try:
        for page in ("", "timeline/", "sanctions/", "sources/2022-03-japan-russia-ties-amidst-ukraine-crisis/"):
            visit(browser, site_url + page)
            overflow = browser.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
            assert overflow <= 1, page
    finally:
        browser.set_window_size(1280, 900)


def test_the_review_queue_copies_a_decision(browser, site_url):
    import yaml
    from selenium.webdriver.common.by import By

    visit(browser, site_url + "review/")
    item = browser.find_element(By.CSS_SELECTOR, ".brief-queue-item")
    ident = item.find_element(By.TAG_NAME, "code").text
    button = item.find_element(By.CSS_SELECTOR, "button[data-brief-copy]")
    assert button.is_displayed()  # shown only where the script runs
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", button)
    button.click()
    wait(browser, lambda d: button.text == "Copied")
    [decision] = yaml.safe_load(button.get_attribute("data-copied"))
    assert decision == {"id": ident, "confirm": True}
    # the queue is the researcher's: not in the navigation, not in search
    nav = browser.find_element(By.CSS_SELECTOR, "nav.md-tabs, nav.md-nav").get_attribute("innerHTML")
    assert "review/" not in nav


def test_the_offline_edition_works_from_disk(browser, offline_site):  # noqa: F811
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    visit(browser, (offline_site / "index.html").as_uri())
    browser.find_element(By.LINK_TEXT, "Timeline").click()
    wait(browser, lambda d: d.current_url.endswith("timeline/index.html"))
    assert browser.find_elements(By.CSS_SELECTOR, ".brief-event")
    # search, from file://: the inlined index, run by the vendored iframe-worker
    box = browser.find_element(By.CSS_SELECTOR, "input.md-search__input")
    box.click()
    box.send_keys("Kishida")
    box.send_keys(Keys.SHIFT)  # a key event, as a reader's typing makes
    wait(browser, lambda d: d.find_elements(By.CSS_SELECTOR, ".md-search-result__item"), timeout=20)


PERIODS = (
    "return Array.from(document.querySelectorAll('tr[data-brief-page]')).filter(r => !r.hidden)"
    ".map(r => [r.querySelector('a').getAttribute('href'), r.querySelector('[data-brief-count]').textContent])"
)


def _period_counts(driver) -> list[tuple[str, int]]:
    rows = driver.execute_script(PERIODS)
    return [(href, int(count.split(" of ")[0].replace(",", ""))) for href, count in rows]


def test_facets_of_a_brief_paged_by_period_find_the_periods_and_carry_the_choice(browser, paged_url):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    visit(browser, paged_url + "timeline/")
    every = _period_counts(browser)
    assert len(every) > 1  # paged
    actor = Select(browser.find_element(By.CSS_SELECTOR, "select[data-brief-filter='actor']"))
    value = actor.options[-1].get_attribute("value")  # the least named actor: in few periods
    actor.select_by_value(value)
    wait(browser, lambda d: "match" in d.find_element(By.CSS_SELECTOR, "form[data-brief-facets] output").text)
    shown = int(browser.find_element(By.CSS_SELECTOR, "form[data-brief-facets] output").text.split(" of ")[0])
    periods = _period_counts(browser)
    # the periods listed are those holding a match, with their counts, and the links carry the choice
    assert 0 < len(periods) <= len(every) and sum(n for _, n in periods) == shown and all(n for _, n in periods)
    assert all("actor=" in href for href, _ in periods) and "actor=" in browser.current_url
    href, n = periods[0]
    browser.find_element(By.CSS_SELECTOR, f"tr[data-brief-page] a[href='{href}']").click()
    wait(
        browser,
        lambda d: d.execute_script("return document.readyState") == "complete" and "/timeline/2" in d.current_url,
    )
    entries = browser.execute_script(
        "return Array.from(document.querySelectorAll('.brief-event')).filter(e => !e.hidden).map(e => e.dataset.fActor)"
    )
    assert len(entries) == n and all(value in e.split("|") for e in entries)
    # and back to every period, with the same choice
    browser.find_element(By.LINK_TEXT, "in every period").click()
    wait(browser, lambda d: d.current_url.rstrip("/").endswith("timeline") or "timeline/?" in d.current_url)
    wait(browser, lambda d: _period_counts(d) == periods)


def test_a_count_of_the_matrix_finds_its_measures_across_periods(browser, paged_url):
    from selenium.webdriver.common.by import By

    visit(browser, paged_url + "sanctions/")
    link = browser.find_element(By.CSS_SELECTOR, "table.brief-matrix td a")
    n = int(link.text)
    link.click()
    wait(browser, lambda d: "imposer=" in d.current_url)
    wait(browser, lambda d: "match" in d.find_element(By.CSS_SELECTOR, "form[data-brief-facets] output").text)
    assert sum(count for _, count in _period_counts(browser)) == n


def test_the_facet_index_loads_from_disk(browser, paged_site):
    """From file:// a script loads where fetch() would be refused."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    visit(browser, (paged_site / "sanctions/index.html").as_uri())
    Select(browser.find_element(By.CSS_SELECTOR, "select[data-brief-filter='status']")).select_by_index(1)
    wait(browser, lambda d: "match" in d.find_element(By.CSS_SELECTOR, "form[data-brief-facets] output").text)
    assert _period_counts(browser)
