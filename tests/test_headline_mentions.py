"""Names in the headline, the line under it (dek) and subheadings are mentions, each cited where it
stands (issue 32); an upper-case headline is read only through the names its body gives."""

from __future__ import annotations

import json

import frontmatter
from bs4 import BeautifulSoup

from generator.build.pipeline import generate
from generator.config import load_settings

ONLY_IN_THE_HEADLINE = (
    "Ministers back Ursula Kettleby over rail plan\n\n"
    "Transport ministers from six countries met in Vienna on Tuesday to discuss a new rail line across the region.\n\n"
    "The talks went on late into the night, officials said, and a statement is expected on Wednesday.\n"
)
WIRE = (
    "SOCCER - WEAH HEAD-BUTT EARNS HIM SIX-MATCH BAN.\n\n"
    "Liberian striker George Weah was banned for six matches on Friday for head-butting a defender.\n\n"
    "Weah, who plays in Italy, said he would appeal against the ban.\n"
)
WIRE_UNKNOWN = (
    "TENNIS - KORVALD STUNS TOP SEED IN STOCKHOLM.\n\n"
    "An unseeded Norwegian beat the top seed in straight sets in the first round on Tuesday.\n\n"
    "The winner meets a qualifier in the second round on Thursday.\n"
)


def built(make_project, texts: dict[str, str]) -> dict[str, str]:
    """The pages a build of `texts` writes, with no registry (detection alone)."""
    project = make_project(texts, seeds=False)
    (project / "corpus" / "actors.yml").unlink(missing_ok=True)
    return generate(load_settings(project / "mkdocs.yml")).output.pages


def actor_page(pages: dict[str, str], name: str) -> frontmatter.Post:
    found = [frontmatter.loads(text) for path, text in pages.items() if path.startswith("actors/") and path.endswith("/index.md") and path != "actors/index.md"]
    [page] = [p for p in found if p.metadata["archive"]["name"] == name]
    return page


def names_of(pages: dict[str, str]) -> set[str]:
    return set(frontmatter.loads(pages["actors/index.md"]).metadata["archive"]["actors"])


def test_a_name_only_in_the_headline_has_an_actor_page_listing_the_article_in_the_headline(make_project):
    pages = built(make_project, {"a_00000000000000e1.txt": ONLY_IN_THE_HEADLINE})
    page = actor_page(pages, "Ursula Kettleby")
    link = BeautifulSoup(page.content, "html.parser").select_one("[id^=in-] + p + ul > li > a")
    assert link.get_text() == "in the headline"
    assert link["href"].endswith("articles/00000000000000e1/index.html#title")
    mentions = json.loads(pages[f"actors/{page.metadata['archive']['slug']}/mentions.json"])["articles"][0]["mentions"]
    assert mentions == {"Ursula Kettleby": ["title"]}  # the anchor says where: "title" is the headline
    assert 'id="title"' in pages["articles/00000000000000e1/index.md"]  # the anchor it cites is on the article page


def test_an_upper_case_headline_names_the_person_its_body_names(make_project):
    pages = built(make_project, {"a_00000000000000e2.txt": WIRE})
    page = actor_page(pages, "George Weah")
    labels = [a.get_text() for a in BeautifulSoup(page.content, "html.parser").select("[id^=in-] + p + ul > li > a")]
    assert labels == ["in the headline", "¶1", "¶2"]
    assert "<strong>WEAH</strong> HEAD-BUTT" in page.content


def test_an_upper_or_title_case_headline_word_no_body_name_matches_makes_no_actor(make_project):
    title_case = "Marit Korvald Stuns Top Seed in Stockholm" + WIRE_UNKNOWN[WIRE_UNKNOWN.index("\n"):]
    pages = built(make_project, {"a_00000000000000e3.txt": WIRE_UNKNOWN, "a_00000000000000e5.txt": title_case})
    assert not {slug for slug in names_of(pages) if "korvald" in slug or "seed" in slug}


def test_a_subheading_name_is_cited_by_the_subheadings_anchor(make_project):
    text = ("Rail talks\n\nTransport ministers met in Vienna on Tuesday to discuss a new line.\n\n"
            "What Ursula Kettleby wants\n\nThe minister has asked for a direct line from the capital to the coast by 2030.\n")
    page = actor_page(built(make_project, {"a_00000000000000e4.txt": text}), "Ursula Kettleby")
    link = BeautifulSoup(page.content, "html.parser").select_one("[id^=in-] + p + ul > li > a")
    assert (link.get_text(), link["href"].rsplit("#", 1)[1]) == ("in a subheading", "h-1")


def test_a_headline_that_metadata_replaces_cites_no_mention(make_project):
    """The page shows the override there, so a name of the file's headline has nothing to cite."""
    project = make_project({"a_00000000000000e6.txt": ONLY_IN_THE_HEADLINE}, seeds=False)
    (project / "corpus" / "actors.yml").unlink(missing_ok=True)
    (project / "corpus" / "metadata.yml").write_text("00000000000000e6:\n  title: Rail talks in Vienna\n", encoding="utf-8")
    pages = generate(load_settings(project / "mkdocs.yml")).output.pages
    assert not {slug for slug in names_of(pages) if "kettleby" in slug}
