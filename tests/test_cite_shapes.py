"""Citations rendered once per record shape (Citations.format_reusing_shape) equal citeproc's full rendering."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings as hsettings, strategies as st

from generator.site import csl_styles
from generator.site.cite import PARAGRAPH_PLACEHOLDER, STYLES, Citations, display_record

WORDS = ["the", "war", "is", "over", "and", "to", "of", "talks", "Ukraine's", "U.S.", "NATO", '"peace"', "it’s", "2025",
         "&", "<b>", "—", "fails?", "now:", "yes.", "end!", "a", "Kyiv", "27", "1901", "Δelta"]
GIVEN = ["Anna", "Anna Maria", "Jean-Paul", "J.D.", "Hayu", "Ánna", "A. B.", "de la", "Keir"]
FAMILY = ["Fadiah", "van Gogh", "O'Neil", "Andini", "de Souza", "Smith-Jones", "Ó Briain"]

titles = st.lists(st.sampled_from(WORDS), min_size=1, max_size=8).map(" ".join)
names = st.one_of(
    st.fixed_dictionaries({"family": st.sampled_from(FAMILY), "given": st.sampled_from(GIVEN)}),
    st.fixed_dictionaries({"literal": st.sampled_from(FAMILY)}),
)
dates = st.lists(st.integers(1, 28), min_size=0, max_size=2).flatmap(
    lambda rest: st.integers(1990, 2030).map(lambda year: {"date-parts": [[year, *rest[:1], *rest[1:2]]]})
).filter(lambda d: len(d["date-parts"][0]) < 2 or d["date-parts"][0][1] <= 12)
records = st.fixed_dictionaries(
    {"id": st.just("0123456789abcdef"), "type": st.just("article-newspaper"), "title": titles, "URL": st.just("articles/0123456789abcdef/"),
     "archive": st.sampled_from(["Clippings <Archive>", "An archive"])},
    optional={"author": st.lists(names, min_size=1, max_size=4), "issued": dates, "container-title": titles, "language": st.sampled_from(["en", "de"])},
)


@pytest.mark.slow
@hsettings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(records)
def test_filled_shape_equals_citeproc(record):
    citations = Citations()
    for _, _, style in STYLES:
        for escape, output, locator in ((True, "html", None), (False, "plain", None), (False, "plain", PARAGRAPH_PLACEHOLDER)):
            shown = display_record(record, escape=escape)
            citations.format_reusing_shape(shown, style, output, locator)  # the first of a shape is checked in full
            assert citations.format_reusing_shape(shown, style, output, locator) == citations.format(shown, style, output, locator)


def test_articles_of_one_shape_render_citeproc_once():
    calls, citations = [], Citations()
    real = citations.format
    citations.format = lambda *args, **kw: calls.append(args[1]) or real(*args, **kw)
    people = [("Anna", "Fadiah", [2025, 4, 23]), ("Hayu", "Andini", [2024, 1, 2]), ("Keir", "Smith", [2023, 11, 30]), ("Zoe", "Ng", [2025, 6, 9])]
    entries = []
    for n, (given_name, family, issued) in enumerate(people):
        record = {"id": f"id{n}", "type": "article-newspaper", "title": f"Talks number {n} on the war", "URL": f"articles/id{n}/",
                  "archive": "Archive", "author": [{"family": family, "given": given_name}], "issued": {"date-parts": [issued]}}
        entries.append(citations.format_reusing_shape(display_record(record, escape=False), "apa", "plain"))
    assert entries[2] == "Smith, K. (2023, November 30). Talks number 2 on the war. Archive. articles/id2/"
    assert entries[3] == "Ng, Z. (2025, June 9). Talks number 3 on the war. Archive. articles/id3/"
    # per month: the skeleton once, and the first record of each skeleton in full as a check
    assert len(calls) == 2 * len({issued[1] for _, _, issued in people})


def test_mla_and_chicago_keep_given_names_without_changing_citeproc():
    """The styles are corrected, not citeproc-py: its Name.initialize is its own after cite is imported."""
    from citeproc.model import Name

    assert (Name.initialize.__module__, Name.initialize.__qualname__) == ("citeproc.model", "Name.initialize")
    record = {"id": "x", "type": "webpage", "title": "Talks", "URL": "articles/x/", "container-title": "RTA",
              "author": [{"family": "Fadiah", "given": "Anna Maria"}, {"family": "Andini", "given": "Hayu"}]}
    entries = {key: Citations().format(record, style, "plain") for key, _, style in STYLES}
    assert entries["mla"].startswith("Fadiah, Anna Maria, and Hayu Andini.")
    assert entries["chicago"].startswith("Fadiah, Anna Maria, and Hayu Andini.")
    assert entries["apa"].startswith("Fadiah, A. M., & Andini, H.")


def test_keeping_given_names_moves_initialize_with_onto_the_names_that_initialise():
    style = (b'<style xmlns="http://purl.org/net/xbiblio/csl" initialize-with=". "><macro name="m">'
             b'<names variable="author"><name initialize="false"/></names>'
             b'<names variable="editor"><name form="short"/><substitute><names variable="translator"/></substitute></names>'
             b'<names variable="director"/></macro></style>')
    names = csl_styles.etree.fromstring(csl_styles.keeping_given_names(style)).iter(csl_styles.CSL + "name")
    assert [(n.get("initialize"), n.get("initialize-with")) for n in names] == [("false", None), (None, ". "), (None, ". ")]
