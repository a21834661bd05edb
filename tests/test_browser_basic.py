"""Issue 2 in a real browser: home page -> article, and the header search box over http."""

from __future__ import annotations

import pytest

from conftest import SEED_IDS

pytestmark = pytest.mark.browser


def test_home_to_article_and_header_search(browser, seed_server, artifacts):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    errors = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))

    page.goto(seed_server + "index.html")
    page.screenshot(path=str(artifacts / "basic-home.png"))
    page.click("article a[href='articles/3c68d103f99c1bde/index.html']")
    page.wait_for_url("**/articles/3c68d103f99c1bde/index.html")
    assert page.locator("h1#title").inner_text().startswith("US-Ukraine peace talks downgraded")
    assert "Anna Fadiah" in page.locator(".archive-meta").inner_text()

    page.fill("#archive-search-input", "Svyrydenko")
    results = page.locator("#archive-search-results .archive-result")
    results.first.wait_for(timeout=10_000)
    hrefs = {results.nth(i).get_attribute("href") for i in range(results.count())}
    page.screenshot(path=str(artifacts / "basic-search.png"))
    assert any(SEED_IDS["001"] in h for h in hrefs)
    assert any(SEED_IDS["002"] in h for h in hrefs)
    assert len(hrefs) == 2
    assert errors == []
    page.close()
