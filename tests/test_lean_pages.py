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

