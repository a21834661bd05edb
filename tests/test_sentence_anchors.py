"""Issue 34, point 5: a paragraph over LONG_PARAGRAPH characters cites by sentence (#p-1-s3): its
sentences get anchors, the mentions and quotes in it cite their sentence, and its text is unchanged.
Seed 004 is one 7,800-character line."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import SEED_IDS
from test_browser_search import axe_violations
from generator.site.sentence_anchors import LONG_PARAGRAPH, by_sentence, cite_anchor, cut
from generator.content.text import sentence_spans

LONG = " ".join(f"Sentence number {i} says U.S. officials met Mr. Smith in Kyiv." for i in range(1, 40))


def test_a_long_paragraph_cites_the_sentence_a_short_one_the_paragraph():
    assert len(LONG) > LONG_PARAGRAPH
    at = LONG.index("number 7 ")
    assert cite_anchor(LONG, "p-4", at) == "p-4-s7"
    assert cite_anchor(LONG[:200], "p-4", at) == "p-4"
    assert cite_anchor(LONG, "p-4", -1) == "p-4"  # a quote not found in the text cites the paragraph
    assert len(sentence_spans(LONG)) == 39  # "U.S." and "Mr." do not end a sentence


def test_a_quote_over_two_paragraphs_cites_the_sentence_it_opens_in():
    """Its text is both paragraphs', so it is found by where it opens, not by searching for it."""
    from generator.site.article_actors import quote_anchor
    from generator.model import Quote

    opening = LONG.index("number 12 ")
    quote = Quote("smith", LONG[opening:] + " And the next paragraph goes on.", "a1", 4, "p-4", "said", opening)
    assert quote_anchor(LONG, quote) == "p-4-s12"
    assert quote_anchor(LONG, Quote("smith", "not in the text", "a1", 4, "p-4")) == "p-4"


def test_a_link_is_never_cut_between_sentences():
    before, after = cut([("ab", ""), ("cd. Ef", "x"), ("gh", "")], 4)
    assert before == [("ab", ""), ("cd. Ef", "x")] and after == [("gh", "")]


@given(st.lists(st.tuples(st.integers(0, len(LONG) - 1), st.integers(1, 20)), max_size=12))
def test_sentences_joined_again_are_the_text_unchanged(spans):
    pieces, at = [], 0
    for start, length in sorted(spans):
        if start < at:
            continue
        end = min(len(LONG), start + length)
        pieces += [(LONG[at:start], ""), (LONG[start:end], "actor")]
        at = end
    pieces = [p for p in pieces + [(LONG[at:], "")] if p[0]]
    grouped = by_sentence(LONG, pieces)
    assert "".join(text for s in grouped for text, _ in s.pieces) == LONG
    assert [s.number for s in grouped if s.number] == list(range(1, len(sentence_spans(LONG)) + 1))
    assert sum(1 for s in grouped for _, slug in s.pieces if slug) == sum(1 for _, slug in pieces if slug)


def words(text: str) -> list[str]:
    return text.split()


def test_seed_004_has_sentence_anchors_and_its_text_unchanged(seed_site):
    page = seed_site.article_html("004")
    paragraph = page.select_one("p#p-1")
    sentences = paragraph.select("span.archive-sent")
    assert len(sentences) >= 30
    assert [s["id"] for s in sentences] == [f"p-1-s{i}" for i in range(1, len(sentences) + 1)]
    assert all(s.select_one("a.archive-sent__link")["href"] == "#" + s["id"] and not s.a.get_text() for s in sentences)
    paragraph.select_one("a.archive-para__num").decompose()
    shown = paragraph.get_text()
    original = (seed_site.site / "articles" / SEED_IDS["004"] / "original.txt").read_text(encoding="utf-8")
    assert len(shown) > 7000 and " ".join(words(shown)) in " ".join(words(original))
    assert not seed_site.article_html("001").select("span.archive-sent")  # short paragraphs keep ¶ only


def test_mentions_in_004_cite_their_sentence(seed_site):
    article = seed_site.article_html("004")
    zelensky = seed_site.html("actors/volodymyr-zelensky/index.html")
    cites = [a["href"].split("#")[1] for a in zelensky.select(f"[id^=in-] + p + ul > li > a[href*='{SEED_IDS['004']}']")]
    assert len(cites) >= 3 and len(set(cites)) == len(cites) and all(re.fullmatch(r"p-1-s\d+", c) for c in cites)
    for cite in cites:
        assert "Zelensk" in article.select_one(f"#{cite}").get_text(), cite
    labels = [a.get_text() for a in zelensky.select(f"[id^=in-] + p + ul > li > a[href*='{SEED_IDS['004']}']")]
    assert all(re.fullmatch(r"¶1 s\d+", label) for label in labels), labels


@pytest.mark.browser
def test_a_sentence_link_shows_on_hover_and_its_sentence_is_marked(browser, seed_server):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(seed_server + f"articles/{SEED_IDS['004']}/index.html#p-1-s5")
    link = page.locator("#p-1-s5 > a.archive-sent__link")
    assert link.evaluate("a => getComputedStyle(a, '::before').content") == '"s5"'
    assert page.locator("#p-1-s6 > a.archive-sent__link").evaluate("a => getComputedStyle(a).opacity") == "0"
    page.hover("#p-1-s6")
    assert page.locator("#p-1-s6 > a.archive-sent__link").evaluate("a => getComputedStyle(a).opacity") == "1"
    assert page.evaluate("getComputedStyle(document.querySelector('#p-1-s5')).backgroundColor") != "rgba(0, 0, 0, 0)"
    assert axe_violations(page) == []  # each link is named ("Link to sentence 5 of paragraph 1")
    page.close()


def test_an_actor_pages_key_changes_when_a_mention_starts_to_cite_a_sentence():
    """Text added after a mention leaves the mention as it was, but can make its paragraph long: the
    actor page, which then cites the sentence, must be made again (its cache key changes)."""
    from types import SimpleNamespace

    from generator.site.actor_pages import actor_shares
    from generator.model import Block, Mention

    def shares(text: str) -> dict[str, bytes]:
        block = Block(kind="paragraph", text=text, line=1, number=1, anchor="p-1")
        mention = Mention("smith", "a", 1, "p-1", text.index("Smith"), text.index("Smith") + 5, "Smith")
        return actor_shares(SimpleNamespace(blocks=[block], mentions=[mention], quotes=[]))

    short = LONG[:LONG_PARAGRAPH - 100]
    assert shares(short) == shares(short)
    assert shares(short) != shares(short + " " + LONG[:200])
