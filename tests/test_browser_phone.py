"""Issue 34, point 6 in headless Chromium at 390 px (a phone): no page kind scrolls sideways, neither
the page nor any box inside it; tables are cards; the search page's filters fold behind a button so
the first results are on the first screen. Screenshots in test-artifacts/ (light and dark)."""

from __future__ import annotations

import pytest

from conftest import SEED_IDS

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}
PAGES = {
    "home": "index.html",
    "article": f"articles/{SEED_IDS['001']}/index.html",
    "article-004": f"articles/{SEED_IDS['004']}/index.html",
    "articles": "articles/index.html",
    "actors": "actors/index.html",
    "actor": "actors/vladimir-putin/index.html",
    "outlets": "outlets/index.html",
    "search": "search.html?q=Crimea",
}
SEARCHED = "document.querySelector('.archive-page__status').textContent.match(/^\\d+ articles?/)"

# The page, and every element that would let its content scroll sideways, wider than its box.
SIDEWAYS = """() => {
  const wide = [];
  const root = document.scrollingElement;
  if (root.scrollWidth > root.clientWidth) wide.push(`page: ${root.scrollWidth} > ${root.clientWidth}`);
  for (const e of document.querySelectorAll('body *')) {
    if (!['auto', 'scroll'].includes(getComputedStyle(e).overflowX) || !e.getClientRects().length) continue;
    if (e.scrollWidth > e.clientWidth) wide.push(`${e.tagName}.${e.className}: ${e.scrollWidth} > ${e.clientWidth}`);
  }
  return wide;
}"""


def opened(page, base: str, rel: str) -> None:
    page.goto(base + rel)
    if rel.startswith("search.html"):
        page.wait_for_function(SEARCHED)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_nothing_scrolls_sideways_at_390px(browser, seed_server, artifacts, scheme):
    page = browser.new_page(viewport=PHONE, color_scheme=scheme)
    wide = {}
    for name, rel in PAGES.items():
        opened(page, seed_server, rel)
        for fold in page.locator("details").all():  # evidence, picture data, search filters: open too
            fold.evaluate("d => d.open = true")
        found = page.evaluate(SIDEWAYS)
        if found:
            wide[name] = found
        page.screenshot(path=str(artifacts / f"phone-{name}-{scheme}.png"), full_page=True)
    page.close()
    assert wide == {}


def test_tables_are_cards_on_a_phone(browser, seed_server):
    """The articles table: each row a card whose title is on a line of its own, cells named."""
    page = browser.new_page(viewport=PHONE)
    opened(page, seed_server, "articles/index.html")
    row = page.locator("table[data-archive-sortable] tbody tr").first
    title, outlet = row.locator("td.archive-table__lead"), row.locator("td[data-label=Outlet]")
    assert title.bounding_box()["width"] > 0.8 * PHONE["width"] - 40
    assert outlet.bounding_box()["y"] > title.bounding_box()["y"]
    assert outlet.evaluate("td => getComputedStyle(td, '::before').content") == '"Outlet "'
    page.set_viewport_size({"width": 1280, "height": 900})
    assert outlet.bounding_box()["y"] == pytest.approx(title.bounding_box()["y"], abs=2)  # a plain table again
    page.close()


def test_search_filters_fold_on_a_phone_and_results_come_first(browser, seed_server):
    page = browser.new_page(viewport=PHONE)
    opened(page, seed_server, "search.html?q=Crimea")
    assert not page.is_visible(".archive-facets")
    first = page.locator(".archive-page__results .archive-result").first.bounding_box()
    assert first["y"] + 40 < PHONE["height"], first  # its title is on the first screen
    page.click(".archive-facets-fold > summary")
    page.check("[data-facet=year] input[value='2025']")
    page.wait_for_function("document.querySelector('.archive-page__status').textContent.startsWith('1 article')")
    assert page.inner_text(".archive-facets-fold > summary") == "Filters (1 chosen)"
    page.set_viewport_size({"width": 1280, "height": 900})
    opened(page, seed_server, "search.html?q=Crimea")
    assert page.is_visible(".archive-facets")  # open from the start on a wide screen
    page.close()
