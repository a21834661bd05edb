"""Reader pages speak a reader's words: no file names of the tool, settings, scores or hashes in the
prose of the built seed site (the Data page may name its download files: they are links)."""

from __future__ import annotations

import re

import pytest

INTERNALS = re.compile(
    r"metadata\.yml|actors\.yml|topics\.yml|ids\.yml|use_directory_urls|site_url|site-relative|mentions\.json"
    r"|derived:|not found:|sha256 of the text|similar wording \(|override \(|\.py\b|extra\.archive",
    re.I,
)


def prose(soup) -> str:
    """The page's visible text."""
    for hidden in soup.select("script, style"):
        hidden.decompose()
    main = soup.select_one("main, article") or soup
    tips = " ".join(tag["title"] for tag in main.select("[title]"))  # shown on hover
    return main.get_text(" ", strip=True) + " " + tips


@pytest.mark.slow
def test_no_reader_page_speaks_of_the_tools_internals(seed_site):
    offenders = {}
    for page in sorted(seed_site.site.rglob("*.html")):
        rel = page.relative_to(seed_site.site).as_posix()
        if rel.startswith(("pagefind", "search/")) or rel == "data/index.html":
            continue
        found = INTERNALS.findall(prose(seed_site.html(rel)))
        if found:
            offenders[rel] = sorted(set(found))
    assert offenders == {}


def test_evidence_is_in_a_readers_words():
    from generator.site.render import in_words

    assert in_words("line 3: By Jane Doe") == "taken from line 3: “By Jane Doe”"
    assert in_words("override (corpus/metadata.yml)").startswith("given by the archive's editors")
    assert in_words("not found: only 3% English function words; set language in metadata.yml") == "not in the text: only 3% English function words"
    assert in_words("derived: first sentence of the lede (line 2)") == "worked out: first sentence of the lede (line 2)"
