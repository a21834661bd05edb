"""Issue 3 in a real browser: actors directory -> actor page -> the cited paragraph, two clicks;
and an article's linked actor name leads to its page."""

from __future__ import annotations

import pytest

from conftest import SEED_IDS

pytestmark = pytest.mark.browser


def test_directory_to_actor_to_paragraph_in_two_clicks(browser, seed_server, artifacts):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(seed_server + "actors/index.html")
    page.screenshot(path=str(artifacts / "actors-directory.png"))
    page.click("table[data-archive-sortable] a[href='yulia-svyrydenko/index.html']")
    page.wait_for_url("**/actors/yulia-svyrydenko/index.html")
    assert "Ukraine is ready to negotiate – but not to surrender." in page.locator("blockquote").first.inner_text()
    page.screenshot(path=str(artifacts / "actors-svyrydenko.png"), full_page=True)
    page.locator("[id^=in-] + p + ul > li > a").first.click()
    page.wait_for_url(f"**/articles/*/index.html#p-*")
    target = page.locator(":target")
    assert target.count() == 1 and "Svyrydenko" in target.inner_text()
    page.screenshot(path=str(artifacts / "actors-paragraph.png"))
    assert errors == []
    page.close()


def test_article_actor_link_opens_the_actor_page(browser, seed_server):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(seed_server + f"articles/{SEED_IDS['003']}/index.html")
    page.locator('.archive-para a[href*="actors/"]', has_text="Steve Witkoff").first.click()
    page.wait_for_url("**/actors/steve-witkoff/index.html")
    assert page.locator("h1").inner_text().rstrip("¶").strip() == "Steve Witkoff"
    page.close()
