"""Issue 5 in headless Chromium: faceted search over http, browsing and search from file://,
keyboard-only search, axe-core, no console errors and no request to another host."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from conftest import PROJECT, SEED_IDS, build_project, serving
from generator.model import UNKNOWN_DATE

pytestmark = pytest.mark.browser

AXE = PROJECT / ".cache" / "axe" / "node_modules" / "axe-core" / "axe.min.js"
VIEWPORTS = {"desktop": {"width": 1280, "height": 900}, "mobile": {"width": 390, "height": 844}}
HEADER_RESULTS = "#archive-search-results .archive-result"
PAGE_RESULTS = ".archive-page__results .archive-result"


class Watched:
    """A page that remembers console errors, script errors and every request to another host."""

    def __init__(self, page, allowed_prefix: str):
        self.page = page
        self.errors: list[str] = []
        self.foreign: list[str] = []
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("request", lambda r: None if self.local(r.url, allowed_prefix) else self.foreign.append(r.url))

    @staticmethod
    def local(url: str, allowed_prefix: str) -> bool:
        return url.startswith(allowed_prefix) or urlsplit(url).scheme in ("data", "blob", "about")

    def check(self) -> None:
        assert self.errors == [], self.errors
        assert self.foreign == [], self.foreign


@pytest.fixture
def open_page(browser):
    """open_page(prefix, viewport="desktop") -> Watched page; checked for errors and foreign requests at the end."""
    opened: list[Watched] = []

    def make(allowed_prefix: str, viewport: str = "desktop", **options) -> Watched:
        watched = Watched(browser.new_page(viewport=VIEWPORTS[viewport], **options), allowed_prefix)
        opened.append(watched)
        return watched

    yield make
    for watched in opened:
        watched.page.close()
    for watched in opened:
        watched.check()


def result_ids(page, selector: str) -> set[str]:
    hrefs = page.eval_on_selector_all(selector, "links => links.map(a => a.getAttribute('href'))")
    return {seed for seed, article in SEED_IDS.items() for href in hrefs if article in href}


def header_search(page, term: str) -> float:
    """Type in the header box; returns milliseconds until the first result is shown."""
    page.fill("#archive-search-input", "")
    started = time.perf_counter()
    page.fill("#archive-search-input", term)
    page.locator(HEADER_RESULTS).first.wait_for(timeout=10_000)
    return (time.perf_counter() - started) * 1000


def page_results(page, hash_: str) -> set[str]:
    page.goto(page.url.split("#")[0] + "#" + hash_)
    page.reload()
    page.wait_for_function("document.querySelector('.archive-page__status').textContent.match(/\\d+ articles?/)")
    return result_ids(page, PAGE_RESULTS)


def site_has_actor_filter(site: Path) -> bool:
    return 'data-pagefind-filter="actor"' in (site / "articles" / SEED_IDS["001"] / "index.html").read_text(encoding="utf-8")


def axe_violations(page) -> list[str]:
    if not AXE.is_file():
        pytest.fail(f"{AXE} missing: `make test` installs axe-core from npm into .cache/axe")
    page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    found = page.evaluate("axe.run(document, {resultTypes: ['violations']}).then(r => r.violations)")
    return [f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}" for v in found if v["impact"] in ("serious", "critical")]


# ---------- over http ----------


def test_header_search_finds_both_svyrydenko_articles_and_measures_latency(open_page, seed_server, artifacts):
    watched = open_page(seed_server)
    page = watched.page
    page.goto(seed_server + "index.html")
    cold = header_search(page, "Svyrydenko")
    assert result_ids(page, HEADER_RESULTS) == {"001", "002"}
    warm = header_search(page, "Kellogg")
    timings = {"first_result_ms_cold": round(cold), "first_result_ms_warm": round(warm)}
    (artifacts / "search-timings.json").write_text(json.dumps(timings, indent=2), encoding="utf-8")
    print("search timings over http:", timings)


def test_year_filter_2025_keeps_002(open_page, seed_server):
    page = open_page(seed_server).page
    page.goto(seed_server + "search.html")
    assert page_results(page, "q=Svyrydenko") == {"001", "002"}
    page.check("[data-facet=year] input[value='2025']")
    page.wait_for_function("document.querySelector('.archive-page__status').textContent.startsWith('1 article')")
    assert result_ids(page, PAGE_RESULTS) == {"002"}


def test_sort_by_date_lists_dated_articles_first(open_page, seed_server):
    page = open_page(seed_server).page
    page.goto(seed_server + "search.html")
    page_results(page, "q=Svyrydenko")
    page.select_option("#archive-page-sort", "date:desc")
    newest_first = f"(document.querySelector('{PAGE_RESULTS}')?.getAttribute('href') || '').includes('{SEED_IDS['002']}')"
    page.wait_for_function(newest_first, timeout=10_000)  # a fixed pause read the list before it was sorted under load


def test_actor_filter_keith_kellogg_leaves_001(request, open_page, seed_server, seed_site):
    assert site_has_actor_filter(seed_site.site)
    page = open_page(seed_server).page
    page.goto(seed_server + "search.html")
    page_results(page, "q=Svyrydenko&actor=Keith%20Kellogg")
    # the count of the query alone may show before the filter the address names is applied
    page.wait_for_function("document.querySelector('.archive-page__status').textContent.startsWith('1 article')", timeout=10_000)
    assert result_ids(page, PAGE_RESULTS) == {"001"}


def test_keyboard_only_search_opens_an_article(open_page, seed_server):
    page = open_page(seed_server).page
    page.goto(seed_server + "index.html")
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.id") == "archive-search-input"
    page.keyboard.type("Svyrydenko")
    page.locator(HEADER_RESULTS).first.wait_for(timeout=10_000)
    page.keyboard.press("ArrowDown")
    page.wait_for_function("(document.activeElement?.getAttribute('href') || '').includes('articles/')", timeout=10_000)
    focused = page.evaluate("document.activeElement.getAttribute('href')")
    assert focused and "articles/" in focused
    page.keyboard.press("Enter")
    page.wait_for_url("**/articles/*/index.html")
    assert any(article in page.url for article in (SEED_IDS["001"], SEED_IDS["002"]))


# ---------- an index in several bundles ----------


@pytest.fixture(scope="module")
def sharded_server(sharded_site):
    with serving(sharded_site.site) as url:
        yield url


def search_state(page, base: str, hash_: str, sort: str) -> dict:
    """What the search page shows for hash_ (q=...&facet=...) in the order `sort`: status, facet labels, results."""
    page.goto(base + "search.html#" + hash_)
    page.reload()
    done = "document.querySelector('.archive-page__status').textContent.match(/^\\d+ articles?/)"
    page.wait_for_function(done)
    if sort:
        page.select_option("#archive-page-sort", sort)  # its handler sets the status to "Searching…" at once
        page.wait_for_function(done)
    return {
        "status": page.inner_text(".archive-page__status"),
        "facets": page.eval_on_selector_all(".archive-facet label", "labels => labels.map(l => l.textContent)"),
        "results": page.eval_on_selector_all(PAGE_RESULTS, "links => links.map(a => a.getAttribute('href').match(/articles\\/([0-9a-f]{16})\\//)[1])"),
    }


SHARDED_SEARCHES = [("q=Svyrydenko", ""), ("q=peace", ""), ("", "date:desc"), ("", "date:asc"), ("q=Ukraine", "date:asc"),
                    ("q=Ukraine&year=2025", ""), ("q=Svyrydenko&actor=Keith%20Kellogg", ""), ("q=nosuchwordanywhere", "")]


def test_a_sharded_index_finds_what_one_index_finds(open_page, seed_server, sharded_server, sharded_site):
    """The seeds in three bundles (sharded_site): the same articles, the same facet counts, and date sorts
    in date order across the bundles. Best-match order may differ (each bundle weighs words by its own pages)."""
    one, sharded = open_page(seed_server).page, open_page(sharded_server).page
    sort_date = {i: str(sharded_site.article_page(seed)["archive"]["date"]["value"] or UNKNOWN_DATE) for seed, i in SEED_IDS.items()}
    for hash_, sort in SHARDED_SEARCHES:
        expected, found = search_state(one, seed_server, hash_, sort), search_state(sharded, sharded_server, hash_, sort)
        assert (found["status"], found["facets"]) == (expected["status"], expected["facets"]), hash_
        assert sorted(found["results"]) == sorted(expected["results"]), hash_
        if sort:
            dates = [sort_date[i] for i in found["results"]]
            assert dates == sorted(dates, reverse=sort.endswith("desc")), (hash_, sort)
    assert search_state(sharded, sharded_server, "", "date:desc")["results"][0] == SEED_IDS["002"]  # the dated seed, alone in bundle 3
    assert len(search_state(sharded, sharded_server, "", "")["results"]) == 5


def test_header_search_over_a_sharded_index(open_page, sharded_server):
    page = open_page(sharded_server).page
    page.goto(sharded_server + "index.html")
    header_search(page, "Svyrydenko")
    assert result_ids(page, HEADER_RESULTS) == {"001", "002"}  # 002 and 001 sit in different bundles


# ---------- from disk ----------


def test_file_copy_browses_and_searches(open_page, seed_site, artifacts):
    base = seed_site.site.as_uri() + "/"
    page = open_page(base).page
    page.goto(base + "index.html")
    page.click("article a[href='articles/3c68d103f99c1bde/index.html']")
    page.wait_for_url("**/articles/3c68d103f99c1bde/index.html")
    page.click(".archive-meta a[href*='authors/']")
    assert page.url.endswith("index.html") and "/authors/" in page.url
    latency = header_search(page, "svyrydenko")
    assert result_ids(page, HEADER_RESULTS) == {"001", "002"}
    (artifacts / "search-timings-file.json").write_text(json.dumps({"first_result_ms_cold": round(latency)}), encoding="utf-8")
    assert page.locator(f"{HEADER_RESULTS} mark").first.inner_text().lower() == "svyrydenko"
    page.screenshot(path=str(artifacts / "search-file-header.png"))
    page.locator(HEADER_RESULTS).first.click()
    page.wait_for_url("**/articles/*/index.html")
    page.goto(base + "search.html")
    assert page_results(page, "q=Svyrydenko&year=2025") == {"002"}
    page.screenshot(path=str(artifacts / "search-file-page.png"))


def test_file_search_keeps_the_archives_order_across_its_record_files(open_page, seed_site):
    """From disk the records come from several files (offline.py: by article id); an empty search
    gives every article the same score, so it lists them in the archive's order (the table of
    articles, offline-docs.js), which must be the All articles table's, as with the single file
    the records once were."""
    base = seed_site.site.as_uri() + "/"
    assert len(list((seed_site.site / "search").glob("offline-records-*.js"))) > 1
    page = open_page(base).page
    page.goto(base + "search.html")
    urls = page.evaluate("""async (base) => {
      if (!window.ARCHIVE_OFFLINE_SEARCH) await new Promise((ok, fail) => {
        const script = document.createElement("script");
        script.src = base + "search/offline-index.js"; script.onload = ok; script.onerror = fail;
        document.head.appendChild(script);
      });
      const engine = await window.ARCHIVE_OFFLINE_SEARCH.engine(base);
      const found = await engine.search("", {}, null);
      return (await found.load(100)).map((result) => result.url);
    }""", base)
    table = seed_site.html("articles/index.html").select("table[data-archive-sortable] tbody tr td a")
    expected = [base + "articles/" + link["href"] for link in table]
    assert urls == expected and len(expected) == 5


# The same search done by MiniSearch itself over each record's whole text (addAll, its own index and
# scores), in the archive's order for equal scores: what the prebuilt postings, the table's numbers
# and lengths and the record files must give back, result for result.
ORACLE = """async ([base, records, order, queries]) => {
  if (!window.ARCHIVE_OFFLINE_SEARCH) await new Promise((ok, fail) => {
    const script = document.createElement("script");
    script.src = base + "search/offline-index.js"; script.onload = ok; script.onerror = fail;
    document.head.appendChild(script);
  });
  const engine = await window.ARCHIVE_OFFLINE_SEARCH.engine(base);
  const fold = (text) => text.normalize("NFD").replace(/[\\u0300-\\u036f]/g, "").toLowerCase();
  const oracle = new MiniSearch({
    fields: ["t", "p"], idField: "u", tokenize: (text) => fold(text).match(/[\\p{L}\\p{N}]+/gu) || [],
    processTerm: (term) => term, searchOptions: { prefix: true, combineWith: "AND", boost: { t: 5 } }
  });
  oracle.addAll(records.map((r) => ({ u: r.u, t: r.t, p: r.p.join(" ") })));
  const out = {};
  for (const query of queries) {
    const found = await engine.search(query, {}, null);
    const shown = await found.load(100);
    const expected = oracle.search(fold(query)).sort((a, b) => b.score - a.score || order.indexOf(a.id) - order.indexOf(b.id));
    out[query] = {
      total: found.total,
      shown: shown.map((r) => [r.url.slice(base.length), r.title, r.excerpt.includes("<mark>")]),
      expected: expected.map((r) => [r.id, records.find((x) => x.u === r.id).t, true])
    };
  }
  return out;
}"""


def test_file_search_ranks_as_minisearch_does_over_the_whole_text(open_page, seed_site):
    """From disk, each query's results (their links, titles, marked excerpts and order) are those
    MiniSearch gives when it indexes the records' text itself: a result that loses its title or its
    link, a wrong length or number in the table, or scores out of order fail here."""
    from test_offline import offline_records

    base = seed_site.site.as_uri() + "/"
    records = offline_records(seed_site.site)
    table = seed_site.html("articles/index.html").select("table[data-archive-sortable] tbody tr td a")
    order = ["articles/" + link["href"] for link in table]
    page = open_page(base).page
    page.goto(base + "search.html")
    page.add_script_tag(path=str(seed_site.site / "assets" / "vendor" / "minisearch-7.2.0.js"))
    queries = ["ukraine", "kellogg talks", "s", "svyrydenko", "peace", "minister", "the"]
    found = page.evaluate(ORACLE, [base, records, order, queries])
    for query in queries:
        assert found[query]["shown"] == found[query]["expected"], query
        assert found[query]["total"] == len(found[query]["expected"]), query
    assert {query for query in queries if len(found[query]["shown"]) > 1} >= {"ukraine", "s", "the"}


def test_file_copy_reaches_an_actor_page(request, open_page, seed_site):
    assert (seed_site.site / "actors" / "index.html").is_file()
    base = seed_site.site.as_uri() + "/"
    page = open_page(base).page
    page.goto(base + f"articles/{SEED_IDS['001']}/index.html")
    page.click("a[href*='actors/']")
    assert "/actors/" in page.url and page.url.endswith("index.html")


@pytest.mark.parametrize("served", ["http", "file"])
def test_the_colour_scheme_chosen_on_one_page_holds_on_the_next(open_page, seed_server, seed_site, served):
    """Material's scope, storage and palette scripts come from one file each (assets/material-*.js), not
    inline in every page: the toggle still switches the scheme, and the next page opens in it."""
    base = seed_server if served == "http" else seed_site.site.as_uri() + "/"
    page = open_page(base).page
    page.goto(base + f"articles/{SEED_IDS['001']}/index.html")
    assert page.get_attribute("body", "data-md-color-scheme") == "default"
    page.click("label[for=__palette_1]")
    assert page.get_attribute("body", "data-md-color-scheme") == "slate"
    page.goto(base + "actors/index.html")
    assert page.get_attribute("body", "data-md-color-scheme") == "slate"
    assert page.evaluate("__md_scope.href") == base
    assert "<script>__md_scope" not in (seed_site.site / "index.html").read_text(encoding="utf-8")


# ---------- look, and accessibility ----------


def pages_to_check(site: Path) -> dict[str, str]:
    pages = {"home": "index.html", "article": f"articles/{SEED_IDS['001']}/index.html", "search": "search.html#q=Svyrydenko"}
    actor_pages = sorted((site / "actors").glob("*/index.html"))
    group = actor_pages[0] if actor_pages else sorted((site / "authors").glob("*/index.html"))[0]
    pages["actor" if actor_pages else "author"] = group.relative_to(site).as_posix()
    return pages


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_screenshots_and_axe(open_page, seed_server, seed_site, artifacts, viewport, scheme):
    page = open_page(seed_server, viewport, color_scheme=scheme).page
    problems = {}
    for name, rel in pages_to_check(seed_site.site).items():
        page.goto(seed_server + rel)
        if name == "search":
            page.locator(PAGE_RESULTS).first.wait_for(timeout=10_000)
        else:
            header_search(page, "Svyrydenko") if name == "home" else None
        page.screenshot(path=str(artifacts / f"search-{name}-{viewport}-{scheme}.png"), full_page=name != "article")
        violations = axe_violations(page)
        if violations:
            problems[name] = violations
    assert problems == {}


def test_unpacked_archive_zip_browses_and_searches(open_page, seed_site, tmp_path):
    unpacked_browses_and_searches(open_page, seed_site.site / "archive.zip", tmp_path)


def test_the_offline_copy_published_apart_from_the_site_searches_from_disk(open_page, seed_site_with_url, tmp_path):
    """Built as the Pages workflow builds it (BUNDLE_URL): the offline search is in archive.zip only,
    beside the site, and searches from disk there."""
    assert (seed_site_with_url.site / "pagefind").is_dir() and not list(seed_site_with_url.site.glob("search/offline-*"))
    unpacked_browses_and_searches(open_page, seed_site_with_url.project / "archive.zip", tmp_path)
    page = open_page((tmp_path / "archive").as_uri() + "/").page  # the data files, published with the release, are in the copy
    page.goto((tmp_path / "archive" / "data" / "data" / "index.html").as_uri())
    links = page.eval_on_selector_all("a[data-archive-local]", "links => links.map(link => link.href)")
    assert links and all(link.startswith("file://") and Path(link[len("file://"):]).is_file() for link in links), links


def test_the_offline_copy_links_each_original_beside_its_page(open_page, seed_site_with_originals_url, tmp_path):
    """Published as the repository's files (ORIGINALS_URL), the originals are in the offline copy only:
    read from disk, the page's link goes to the file beside it."""
    import zipfile

    with zipfile.ZipFile(seed_site_with_originals_url.project / "archive.zip") as bundle:
        bundle.extractall(tmp_path)
    article = tmp_path / "archive" / "data" / "articles" / SEED_IDS["001"]
    page = open_page((tmp_path / "archive").as_uri() + "/").page
    page.goto((article / "index.html").as_uri())
    assert page.get_attribute(".archive-cite__fixity a", "href") == "original.txt"
    assert page.eval_on_selector(".archive-cite__fixity a", "a => a.href") == (article / "original.txt").as_uri()
    assert (article / "original.txt").is_file()


def unpacked_browses_and_searches(open_page, bundle_file: Path, tmp_path: Path) -> None:
    import zipfile

    with zipfile.ZipFile(bundle_file) as bundle:
        bundle.extractall(tmp_path)
    base = (tmp_path / "archive").as_uri() + "/"
    page = open_page(base).page
    page.goto(base + "index.html")
    page.click("a[href='offline.html']")
    assert page.locator("h1").first.inner_text().startswith("Reading offline")
    header_search(page, "Kellogg")
    assert "001" in result_ids(page, HEADER_RESULTS)


HARBOUR = {  # id -> (title, date line, the paragraph after it)
    "00000000000000a1": ("Cranes return to the Zanzibar harbour", "Published: Mar 3, 2024 9:00 am", "Dock workers in Zanzibar said the new cranes would double what the harbour can load."),
    "00000000000000b2": ("A second berth for Zanzibar", "Published: May 8, 2025 10:00 am", "The port authority of Zanzibar opened a second berth for container ships on Thursday."),
    "00000000000000c3": ("Fishing fleets wait out the storm", "Published: May 9, 2025 7:30 am", "Fishing fleets along the coast stayed in port as the storm passed to the north."),
    "00000000000000d4": ("Ferry timetables change again", "", "The ferry company changed its timetables for the third time this year, citing fuel costs."),
}


def screenshots(page, name: str, artifacts: Path, selector: str) -> None:
    """The page at both widths, for a person to look at (the results re-shown at each width)."""
    for viewport, size in VIEWPORTS.items():
        page.set_viewport_size(size)
        page.locator(selector).first.wait_for()
        page.screenshot(path=str(artifacts / f"search-file-{name}-{viewport}.png"))
    page.set_viewport_size(VIEWPORTS["desktop"])


def test_file_search_finds_filters_and_opens_the_right_article(open_page, make_project, artifacts):
    """From disk, on a small archive of its own: the header box finds a word by its first letters in
    the articles that hold it (loading the word scripts and record files it needs), and the search
    page's year facet, with its count, narrows them to the one article of that year, which opens."""
    texts = {f"{i:03d}_{aid}.txt": f"{title}\n\n{date}\n\n{text}\n\n{text} More on this story as it develops.\n" for i, (aid, (title, date, text)) in enumerate(HARBOUR.items())}
    built = build_project(make_project(texts, seeds=False))
    assert built.result.returncode == 0, built.result.stderr
    base = built.site.as_uri() + "/"
    watched = open_page(base)
    page = watched.page
    loaded: list[str] = []
    page.on("requestfinished", lambda r: loaded.append(r.url.rsplit("/", 1)[1]) if "/search/" in r.url else None)
    page.goto(base + "articles/00000000000000c3/index.html")
    header_search(page, "zanzib")
    hrefs = page.eval_on_selector_all(HEADER_RESULTS, "links => links.map(a => a.getAttribute('href'))")
    assert sorted(h.split("/")[-2] for h in hrefs) == ["00000000000000a1", "00000000000000b2"]
    assert "offline-terms-z.js" in loaded and "offline-facets.js" not in loaded
    assert not [name for name in loaded if name.startswith("offline-terms-") and name != "offline-terms-z.js"]
    screenshots(page, "small-header", artifacts, HEADER_RESULTS)
    page.goto(base + "search.html?q=zanzibar")
    page.wait_for_function("document.querySelector('.archive-page__status').textContent.startsWith('2 articles')")
    year = page.locator("[data-facet=year] label", has_text="2024")
    assert year.inner_text().strip() == "2024 (1)"
    year.locator("input").check()
    page.wait_for_function("document.querySelector('.archive-page__status').textContent.startsWith('1 article')")
    result = page.locator(PAGE_RESULTS).first
    assert "00000000000000a1" in result.get_attribute("href")
    assert result.locator("mark").first.inner_text() == "Zanzibar"
    # the filters' counts come from one small script; a facet's articles load when it is chosen
    assert "offline-facets.js" in loaded and "offline-facet-year.js" in loaded
    assert not [name for name in loaded if name.startswith("offline-facet-") and name != "offline-facet-year.js"]
    screenshots(page, "small-page", artifacts, PAGE_RESULTS)
    page.select_option("#archive-page-sort", "date:asc")
    year.locator("input").uncheck()
    page.wait_for_function("document.querySelectorAll('.archive-page__results .archive-result').length === 2")
    order = page.eval_on_selector_all(PAGE_RESULTS, "links => links.map(a => a.getAttribute('href').match(/articles\\/([0-9a-f]{16})\\//)[1])")
    assert order == ["00000000000000a1", "00000000000000b2"]
    page.locator(PAGE_RESULTS).first.click()
    page.wait_for_url("**/articles/00000000000000a1/index.html")
    assert page.locator("h1").first.inner_text() == "Cranes return to the Zanzibar harbour"
    page.goto(base + "search.html?q=zanzibar&year=constructor&kind=__proto__")  # names no article, breaks nothing
    page.wait_for_function("document.querySelector('.archive-page__status').textContent.startsWith('0 articles')")
