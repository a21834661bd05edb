"""Issue 34, point 8 on the built seed site: an editorial home page (the collection, its counts and
dates, the latest articles, the most mentioned people as cards, the site's one timeline), its
<title> naming the site once, plurals right, and actor links that never run into each other."""

from __future__ import annotations

import re

from conftest import SEED_IDS

SITE_NAME = "Ukraine peace talks 2025 — clippings archive"
JOINED = re.compile(r"^[\s\-‐‑–—/]*$")


def test_home_title_says_the_site_name_once(seed_site):
    home = seed_site.html("index.html")
    assert home.title.get_text() == SITE_NAME
    assert seed_site.html("articles/index.html").title.get_text() == "All articles - " + SITE_NAME


def test_home_is_the_collections_front_page(seed_site):
    home = seed_site.html("index.html")
    hero = home.select_one(".archive-hero")
    assert hero.h1.get_text() == SITE_NAME and hero.select_one(".archive-dek")
    span = " ".join(hero.select_one(".archive-span").get_text().split())
    assert span == "5 articles, one dated 23 April 2025, 10:00; 4 state no date."
    counts = [li.get_text(" ", strip=True) for li in hero.select(".archive-counts li")]
    assert counts[:3] == ["5 articles", "1 outlet", "3 authors"]
    latest = [a["href"] for a in home.select("#latest + ul a")]
    assert len(latest) == 5 and SEED_IDS["002"] in latest[0]  # the one dated article first
    cards = home.select(".archive-card")
    names = [c.select_one(".archive-card__name").get_text() for c in cards]
    assert 3 <= len(cards) <= 8 and names[0] == "Donald Trump"
    assert cards[0].select_one(".archive-card__count").get_text() == "19 mentions in 4 articles"
    assert home.select_one("figure.archive-timeline") and home.select_one("#timeline")


def test_no_count_of_one_takes_a_plural(seed_site):
    wrong = re.compile(r"\b1 (articles|outlets|authors|mentions|words|quotes|paragraphs)\b")
    found = []
    for page in seed_site.site.rglob("*.html"):
        text = seed_site.html(str(page.relative_to(seed_site.site))).get_text(" ")
        found += [f"{page.relative_to(seed_site.site)}: {m.group(0)}" for m in wrong.finditer(text)]
    assert found == []


def actor_links(paragraph):
    return paragraph.select('a[href*="actors/"]')


def test_an_actor_is_linked_once_per_paragraph_and_links_never_touch(seed_site):
    linked = 0
    for seed, article_id in SEED_IDS.items():
        for paragraph in seed_site.article_html(seed).select("p.archive-para"):
            links = actor_links(paragraph)
            linked += len(links)
            slugs = [a["href"] for a in links]
            assert len(slugs) == len(set(slugs)), (seed, paragraph.get("id"), slugs)
            for link in links:
                after = link.next_sibling
                assert not (after is not None and getattr(after, "name", None) == "a" and "actors/" in after.get("href", "")), (seed, link)
                if isinstance(after, str) and JOINED.match(after):
                    following = after.next_sibling
                    assert not (following is not None and getattr(following, "name", None) == "a" and "actors/" in following.get("href", "")), (seed, link.get_text(), after, following.get_text())
    assert linked >= 20


def test_joined_names_link_the_first_and_the_next_mention_of_the_second():
    """ "US-Ukraine": US is linked; Ukraine waits for its next mention in the section."""
    from generator.site.article_actors import linked_segments
    from generator.model import Block, Mention

    text = "US-Ukraine talks. Ukraine said no."
    block = Block(number=1, anchor="p-1", text=text, kind="paragraph", line=1)
    mentions = [Mention("united-states", "a", 1, "p-1", 0, 2, "US"), Mention("ukraine", "a", 1, "p-1", 3, 10, "Ukraine"),
                Mention("ukraine", "a", 1, "p-1", 18, 25, "Ukraine")]
    article = type("A", (), {"mentions": mentions, "blocks": [block]})()
    pieces = linked_segments(article)["p-1"]
    assert "".join(t for t, _ in pieces) == text
    assert [(t, s) for t, s in pieces if s] == [("US", "united-states"), ("Ukraine", "ukraine")]
    assert pieces[1] == ("-Ukraine talks. ", "")
