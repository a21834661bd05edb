"""Issue 34, point 7 in headless Chromium: a search is a URL (search.html?q=…&facet=…&sort=…) that
opens with its results and follows what is typed; a word no article holds finds nothing (Pagefind
would answer "asdfgh" with every "as"); excerpts carry no heading ¶ marks. Over http, over an index in
several bundles, and from file://."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest

from conftest import SEED_IDS
from test_browser_search import HEADER_RESULTS, PAGE_RESULTS, open_page, result_ids, sharded_server  # noqa: F401 (fixtures)

pytestmark = pytest.mark.browser

DONE = "document.querySelector('.archive-page__status').textContent.match(/^\\d+ articles?/)"


def opened(page, url: str) -> set[str]:
    """The seeds a search page lists once its first answer is in."""
    page.goto(url)
    page.wait_for_function(DONE)
    return result_ids(page, PAGE_RESULTS)


def query(page) -> dict[str, list[str]]:
    return parse_qs(urlsplit(page.url).query)


def status(page) -> str:
    return page.inner_text(".archive-page__status")


def test_the_address_opens_its_search(open_page, seed_server):
    page = open_page(seed_server).page
    assert opened(page, seed_server + "search.html?q=Crimea") == {"000", "001", "002", "003"}
    assert page.input_value("#archive-page-query") == "Crimea"
    assert opened(page, seed_server + "search.html?q=Svyrydenko&year=2025") == {"002"}
    assert page.is_checked("[data-facet=year] input[value='2025']")
    assert opened(page, seed_server + "search.html?q=Svyrydenko&sort=date%3Adesc") == {"001", "002"}
    assert page.input_value("#archive-page-sort") == "date:desc"
    assert SEED_IDS["002"] in page.locator(PAGE_RESULTS).first.get_attribute("href")


def test_the_address_follows_what_is_typed_and_reopens_it(open_page, seed_server):
    page = open_page(seed_server).page
    opened(page, seed_server + "search.html")
    assert urlsplit(page.url).query == ""
    page.fill("#archive-page-query", "Svyrydenko")
    page.wait_for_function("location.search === '?q=Svyrydenko'")
    page.wait_for_function("document.querySelector('.archive-page__status').textContent.startsWith('2 articles')")
    page.check("[data-facet=year] input[value='2025']")
    page.select_option("#archive-page-sort", "date:asc")
    page.wait_for_function(DONE)
    assert query(page) == {"q": ["Svyrydenko"], "year": ["2025"], "sort": ["date:asc"]}
    bookmarked = page.url
    assert opened(page, bookmarked) == {"002"} and status(page).startswith("1 article")
    page.uncheck("[data-facet=year] input[value='2025']")
    page.wait_for_function("!location.search.includes('year')")


def test_header_search_hands_its_words_to_the_search_page(open_page, seed_server):
    page = open_page(seed_server).page
    page.goto(seed_server + "index.html")
    page.fill("#archive-search-input", "Kellogg")
    page.locator(HEADER_RESULTS).first.wait_for(timeout=10_000)
    page.click(".archive-search__more")
    page.wait_for_url("**/search.html?q=Kellogg")
    page.wait_for_function(DONE)
    assert "001" in result_ids(page, PAGE_RESULTS)


@pytest.mark.parametrize("words", ["asdfgh", "peace asdfgh", "qwertyuiop"])
def test_junk_finds_nothing(open_page, seed_server, words):
    page = open_page(seed_server).page
    opened(page, seed_server + "search.html?q=" + words.replace(" ", "+"))
    assert status(page) == "0 articles"
    page.goto(seed_server + "index.html")
    page.fill("#archive-search-input", words)
    page.wait_for_function("document.querySelector('#archive-search-results [role=status]')")
    assert page.inner_text("#archive-search-results [role=status]").startswith("No results")


def test_near_words_still_find(open_page, seed_server):
    """Pagefind's stems and prefixes keep working: 'negotiations' finds 'negotiating', 'Crim' finds Crimea."""
    page = open_page(seed_server).page
    assert len(opened(page, seed_server + "search.html?q=negotiations")) >= 1
    assert opened(page, seed_server + "search.html?q=Crim") == {"000", "001", "002", "003"}


def test_junk_finds_nothing_in_an_index_of_several_bundles(open_page, sharded_server):
    page = open_page(sharded_server).page
    opened(page, sharded_server + "search.html?q=asdfgh")
    assert status(page) == "0 articles"
    assert opened(page, sharded_server + "search.html?q=Svyrydenko") == {"001", "002"}


def test_excerpts_have_no_stray_pilcrow(open_page, seed_server):
    page = open_page(seed_server).page
    opened(page, seed_server + "search.html?q=Crimea")
    excerpts = page.eval_on_selector_all(".archive-result__excerpt", "nodes => nodes.map(n => n.textContent)")
    assert excerpts and all("¶" not in text for text in excerpts), excerpts
    assert any("Sticking points" in text for text in excerpts)  # the excerpt that crossed a heading's ¶


def test_search_address_from_disk(open_page, seed_site):
    base = seed_site.site.as_uri() + "/"
    page = open_page(base).page
    assert opened(page, base + "search.html?q=Svyrydenko&year=2025") == {"002"}
    page.fill("#archive-page-query", "Kellogg")
    page.wait_for_function("location.search.startsWith('?q=Kellogg')")
    assert page.url.startswith(base + "search.html?q=Kellogg")
    opened(page, base + "search.html?q=asdfgh")
    assert status(page) == "0 articles"
