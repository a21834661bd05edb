"""Issue 35, lean pages: what every page no longer repeats, and that the reader still gets it."""

from __future__ import annotations

import re

from conftest import SEED_IDS


def test_header_icons_are_drawn_by_the_stylesheet_not_repeated_in_every_page(seed_site):
    css = (seed_site.site / "assets/archive.css").read_text(encoding="utf-8")
    for rel in ("index.html", f"articles/{SEED_IDS['001']}/index.html", "actors/donald-trump/index.html"):
        html = seed_site.html(rel)
        assert html.select("header .md-header__button.md-logo .archive-icon--logo") and html.select(".md-nav__title .md-logo .archive-icon--logo")
        toggles = html.select("form[data-md-component=palette] label.md-header__button")
        assert len(toggles) == 2 and all(label.get("title") for label in toggles)  # each toggle still named
        assert not html.select(".md-logo svg, form[data-md-component=palette] svg"), rel
        for icon in html.select(".archive-icon"):
            (name,) = [c for c in icon["class"] if c.startswith("archive-icon--")]
            assert re.search(rf"\.{name} {{ --archive-icon: url\('data:image/svg\+xml;charset=utf-8,<svg ", css), name


def test_each_citation_is_in_the_page_once_and_its_copy_button_copies_it(seed_site):
    cite = seed_site.article_html("001").select_one("section.archive-cite")
    attributes = [value for element in cite.find_all(True) for value in element.attrs.values() if isinstance(value, str)]
    for style in cite.select(".archive-cite__style"):
        text = style.select_one(".archive-cite__entry").get_text()
        assert text.startswith("Fadiah") and not [v for v in attributes if text[:30] in v]  # archive.js copies the entry's text
        assert style.select_one("button.archive-copy").get_text() == f"Copy {style['data-style'].upper()}"


def test_a_mention_file_says_each_mentions_article_once(seed_site):
    article = seed_site.json(f"articles/{SEED_IDS['002']}/mentions.json")
    assert article["article"] == SEED_IDS["002"] and article["mentions"]
    assert all(set(m) == {"place", "paragraph", "anchor", "surface", "actor"} for m in article["mentions"])
    actor = seed_site.json("actors/donald-trump/mentions.json")
    assert len(actor["articles"]) >= 2 and all(len(a["article"]) == 16 for a in actor["articles"])
    assert all(set(m) == {"place", "paragraph", "anchor", "surface"} for a in actor["articles"] for m in a["mentions"])
