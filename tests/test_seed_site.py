"""The bundled corpus, built end to end: the values issue 2 asks for, on the Markdown and on the HTML."""

from __future__ import annotations

import pytest

from conftest import SEED_IDS

BOILERPLATE = ("Read the original article here", "Post a Comment for", "Home / Comments /", "Published: Apr 23")


def test_every_seed_is_published(seed_site):
    report = {entry["name"]: entry for entry in seed_site.report["files"]}
    for seed, article_id in SEED_IDS.items():
        entry = next(e for name, e in report.items() if name.startswith(seed))
        assert entry["status"] == "published"
        assert entry["id"] == article_id
        assert entry["url"] == f"articles/{article_id}/"
        assert (seed_site.site / "articles" / article_id / "index.html").is_file()


@pytest.mark.parametrize(
    "seed, title, derived",
    [
        ("000", "High-level peace talks in London aimed at achieving a ceasefire in Ukraine collapsed…", True),
        ("001", "US-Ukraine peace talks downgraded amid Rubio cancellation and territorial tensions", False),
        ("002", "High-level peace talks meant to stop the fighting in Ukraine hit a major problem this week", True),
        ("003", "An American-brokered peace deal between Ukraine and Russia is becoming more unlikely by the day", True),
        ("004", "Another Round of Peace Talks in Ukraine Fails?", False),
    ],
)
def test_titles(seed_site, seed, title, derived):
    meta = seed_site.article_page(seed).metadata["archive"]
    assert meta["title"]["value"] == title
    assert meta["title"]["evidence"].startswith("derived") is derived
    h1 = seed_site.article_html(seed).find("h1")
    assert h1.get_text(" ", strip=True).startswith(title)
    assert ("derived from the lede" in h1.get_text()) is derived


def test_deks(seed_site):
    assert seed_site.article_page("001").metadata["archive"]["dek"]["value"].startswith("US-Ukraine peace efforts hit snag as")
    assert seed_site.article_page("004").metadata["archive"]["dek"]["value"].startswith("New attempts to advance")
    assert seed_site.article_html("001").select_one(".archive-dek").get_text().startswith("US-Ukraine peace efforts")
    for seed in ("000", "002", "003"):
        assert seed_site.article_page(seed).metadata["archive"]["dek"]["value"] is None


def test_bylines(seed_site):
    first = seed_site.article_page("001").metadata["archive"]
    assert first["authors"]["value"] == ["Anna Fadiah", "Hayu Andini"]
    assert first["authors"]["evidence"] == "line 3: By Anna Fadiah and Hayu Andini"
    rta = seed_site.article_page("004").metadata["archive"]
    assert rta["authors"]["value"] == ["Sergiu Isaenco"]
    assert rta["outlet"]["value"] == "RTA"
    first_paragraph = seed_site.article_html("004").select_one("#p-1").get_text()
    assert "ISAENCO" not in first_paragraph and first_paragraph.endswith(first_paragraph.strip())
    assert "Yesterday, Donald Trump reemerged" in first_paragraph
    byline = seed_site.article_html("001").select_one(".archive-meta").get_text(" ", strip=True)
    assert "Anna Fadiah" in byline and "Hayu Andini" in byline


def test_dates_only_where_the_text_gives_one(seed_site):
    dated = seed_site.article_page("002").metadata["archive"]["date"]
    assert dated["value"] == "2025-04-23T10:00"
    assert dated["evidence"] == "line 12: Published: Apr 23, 2025 10:00 am"
    assert seed_site.article_html("002").select_one(".archive-meta time")["datetime"] == "2025-04-23T10:00"
    for seed in ("000", "001", "003", "004"):
        assert seed_site.article_page(seed).metadata["archive"]["date"]["value"] is None
        meta = seed_site.article_html(seed).select_one(".archive-meta")
        assert meta.find("time") is None
        assert "date unknown" in meta.get_text()


def headings(soup):
    """The body's subheadings; the sections after the body (actors, related, ...) are <section>s."""
    return [h.get_text(" ", strip=True).rstrip("¶").strip() for h in soup.select("article h2") if not h.find_parent("section")]


def test_headings(seed_site):
    assert headings(seed_site.article_html("003")) == [
        "Negotiations at a Crossroads", "Russian Demands", "The NATO Issue", "Proxy War", "Victory for Russia?",
    ]
    first = headings(seed_site.article_html("001"))
    assert first[:2] == ["Focused negotiations amid canceled diplomatic events", "US proposals seen as favoring Moscow’s demands"]
    assert "Sticking points: Crimea, NATO, and EU sanctions" in first
    assert len(first) == 7


def test_block_quotes(seed_site):
    quotes = seed_site.article_html("003").select("blockquote.archive-quote")
    texts = [q.get_text(" ", strip=True) for q in quotes]
    assert len(quotes) == 4
    assert "expanding NATO would be the most fateful error" in texts[0]
    assert "The Ukrainians sometimes saw the Americans" in texts[1]
    assert "China is also taking note" in texts[2]


def test_boilerplate_removed_and_recorded(seed_site):
    recorded = []
    for seed in SEED_IDS:
        body = seed_site.article_html(seed).select_one("article").get_text(" ")
        paragraphs = " ".join(p.get_text(" ") for p in seed_site.article_html(seed).select("p.archive-para"))
        for line in BOILERPLATE:
            assert line not in paragraphs
        recorded += [r["text"] for r in seed_site.article_page(seed).metadata["archive"]["removed"]]
        assert body
    for line in BOILERPLATE:
        assert any(text.startswith(line) for text in recorded), line


def test_paragraph_anchors_are_numbered(seed_site):
    soup = seed_site.article_html("001")
    anchors = [p["id"] for p in soup.select(".archive-para[id], .archive-quote[id]")]
    assert anchors == [f"p-{n}" for n in range(1, len(anchors) + 1)]
    assert soup.select_one("#p-1 a.archive-para__num")["href"] == "#p-1"


def test_kinds_have_cues(seed_site):
    kinds = {seed: seed_site.article_page(seed).metadata["archive"]["kind"] for seed in SEED_IDS}
    assert kinds["001"]["value"] == "news"
    assert kinds["004"]["value"] == "analysis" and "breadcrumb" in kinds["004"]["evidence"]
    assert kinds["000"]["value"] == "opinion" and "frankly" in kinds["000"]["evidence"]
    assert all(k["evidence"] for k in kinds.values())


def test_home_and_listing_pages(seed_site):
    home = seed_site.html("index.html")
    links = {a["href"] for a in home.select("article a[href]")}
    for article_id in SEED_IDS.values():
        assert f"articles/{article_id}/index.html" in links
    table = seed_site.html("articles/index.html").select("table[data-archive-sortable] tbody tr")
    assert len(table) == 5
    assert seed_site.html("outlets/rta/index.html").select("tbody tr")
    assert len(seed_site.html("authors/index.html").select("tbody tr")) == 3
    dates = seed_site.html("dates/index.html").get_text()
    assert "2025" in dates and "Date unknown" in dates


def test_pagefind_index_and_header_box(seed_site):
    assert (seed_site.site / "pagefind" / "pagefind.js").is_file()
    # the box's label, input and results are made by the script right after it (tests/test_browser_*.py type in it)
    box = seed_site.html("index.html").select_one("header [data-archive-search]")
    assert box.find_next_sibling("script")["src"] == "assets/archive-search-box.js"
    assert 'type=\\"search\\"' in (seed_site.site / "assets/archive-search-box.js").read_text(encoding="utf-8")
    assert seed_site.article_html("001").select_one("[data-pagefind-body]")
    assert not seed_site.html("index.html").select_one("[data-pagefind-body]")
