"""Issue 4 in a real browser: the cite block, copy buttons and ¶ click-to-copy, over http and file://."""

from __future__ import annotations

import pytest

from conftest import SEED_IDS

pytestmark = pytest.mark.browser


def test_cite_block_and_paragraph_copy_over_http(browser, seed_server, artifacts):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=seed_server.rstrip("/"))
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(seed_server + f"articles/{SEED_IDS['001']}/index.html")

    page.locator("#cite").scroll_into_view_if_needed()
    page.locator("#cite").screenshot(path=str(artifacts / "cite-block-001.png"))
    assert page.locator(".archive-cite__style").count() == 3

    # no site_url: served over http, the copy gets the page's own address, not the bare path
    address = f"{seed_server}articles/{SEED_IDS['001']}/"
    page.click(".archive-cite__style[data-style=apa] .archive-copy")
    page.locator(".archive-copied").first.wait_for()
    entry = page.evaluate("navigator.clipboard.readText()")
    assert entry.startswith("Fadiah, A., & Andini, H. (n.d.).") and entry.endswith(" " + address)

    page.click("a.archive-para__num[href='#p-3']")
    page.wait_for_url("**#p-3")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == entry + "#p-3"  # one clean citation: the entry, its link pointing at the paragraph
    page.screenshot(path=str(artifacts / "cite-paragraph-copied.png"))
    assert errors == []
    context.close()


def test_paragraph_copy_falls_back_from_file_url(browser, seed_site, artifacts):
    page = browser.new_page(viewport={"width": 900, "height": 800})
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto((seed_site.site / f"articles/{SEED_IDS['002']}/index.html").as_uri())
    page.click("a.archive-para__num[href='#p-2']")
    copied = page.get_attribute("a.archive-para__num[href='#p-2']", "data-copied")
    assert "(2025, April 23)" in copied and copied.endswith(f" articles/{SEED_IDS['002']}/#p-2")  # file://: the path
    assert copied.count("(2025, April 23)") == 1 and "¶" not in copied
    page.locator("#cite").screenshot(path=str(artifacts / "cite-block-002-file.png"))
    assert errors == []
    page.close()
