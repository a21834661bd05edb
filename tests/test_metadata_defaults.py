"""corpus/metadata.yml for many articles at once (`all`, file-name patterns) and dates known only to the
month or year: a user's 300 ABC Rural stories of 2006, none stating its outlet or full date (issue 31)."""

from __future__ import annotations

import json

import pytest

from conftest import build_project, copy_project, run_cli

STORY = """{title}

{lede} Growers in the region said the season had been the hardest in a decade, with prices falling while costs kept rising.

The state's farming association said it would meet the minister next week to ask for help with freight and fodder costs.

"We have never seen a year like this one," a grower from the district said, adding that many families were selling stock.
"""
YEAR_ONLY, MONTH_ONLY, STATED, OTHER, REPLACED = (f"{n:016x}" for n in (0xA1, 0xA2, 0xA3, 0xB1, 0xA4))
FILES = {
    f"abc_{YEAR_ONLY}.txt": STORY.format(title="Wheat growers count the cost of frost", lede="Frost has cut the wheat harvest across the Riverina."),
    f"abc_{MONTH_ONLY}.txt": STORY.format(title="Dairy farmers face milk price cut", lede="Dairy farmers in Gippsland face another cut to the milk price."),
    f"abc_{STATED}.txt": "Published: 14 March 2006\n\n" + STORY.format(title="Cattle prices hold at saleyards", lede="Cattle prices held steady at the Wagga saleyards."),
    f"abc_{REPLACED}.txt": "Published: 2 February 2006\n\n" + STORY.format(title="Rain brings relief to cotton growers", lede="Rain has brought relief to cotton growers near Moree."),
    f"clip_{OTHER}.txt": STORY.format(title="Wool auction draws buyers", lede="A wool auction in Dubbo drew buyers from three states."),
}
METADATA = f"""all:
  outlet: Rural Clippings
  title: A clipping
abc_*.txt:
  outlet: ABC Rural
  date: 2006
  kind: analysis
"abc_{MONTH_ONLY}.txt":
  date: 2006-03
{REPLACED}:
  date: March 2006
"""


def article(built_docs, article_id: str) -> dict:
    import frontmatter

    return frontmatter.load(built_docs / "articles" / article_id / "index.md").metadata["archive"]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("abc") / "project", {**FILES, "metadata.yml": METADATA}, seeds=False)
    site = build_project(project)
    assert site.result.returncode == 0, site.result.stdout + site.result.stderr
    return site


def test_defaults_fill_only_what_the_text_leaves_unknown(built):
    year_only, stated, other = (article(built.docs, i) for i in (YEAR_ONLY, STATED, OTHER))
    assert year_only["outlet"] == {"value": "ABC Rural", "evidence": "default for files matching abc_*.txt (corpus/metadata.yml)"}
    assert year_only["date"] == {"value": "2006", "evidence": "default for files matching abc_*.txt (corpus/metadata.yml)"}
    assert other["outlet"] == {"value": "Rural Clippings", "evidence": "default for all articles (corpus/metadata.yml)"}
    assert other["date"]["value"] is None  # no default gives one: still unknown
    assert stated["date"]["value"] == "2006-03-14" and stated["date"]["evidence"].startswith("line 1:")  # the text's own date stays
    assert stated["overridden"] == ["kind", "outlet"]
    # a value only worked out by a rule is not stated: the default replaces the derived kind, never a stated title
    assert year_only["kind"]["value"] == "analysis" and other["kind"]["evidence"].startswith("derived")
    assert year_only["title"]["value"] == "Wheat growers count the cost of frost" and year_only["title"]["evidence"].startswith("line 1:")


def test_a_later_pattern_wins_and_an_id_entry_replaces_what_the_text_states(built):
    month_only, replaced = article(built.docs, MONTH_ONLY), article(built.docs, REPLACED)
    assert month_only["date"] == {"value": "2006-03", "evidence": f"default for files matching abc_{MONTH_ONLY}.txt (corpus/metadata.yml)"}
    assert replaced["date"] == {"value": "2006-03", "evidence": "override (corpus/metadata.yml)"}


def test_the_article_page_shows_the_partial_date_and_where_it_came_from(built):
    page = built.html(f"articles/{YEAR_ONLY}/index.html")
    published = page.find("dt", string="Published").find_next_sibling("dd")
    assert published.get_text(strip=True) == "2006" and published.find("time")["datetime"] == "2006"
    evidence = {row.th.get_text(): row.find_all("td")[1].get_text() for row in page.select(".archive-evidence tbody tr")}
    assert evidence["outlet"] == "given by the archive's editors for the files matching abc_*.txt (the text does not state it)"
    month = built.html(f"articles/{MONTH_ONLY}/index.html").find("dt", string="Published").find_next_sibling("dd")
    assert month.get_text(strip=True) == "March 2006" and month.find("time")["datetime"] == "2006-03"
    other = {row.th.get_text(): row.find_all("td")[1].get_text() for row in built.html(f"articles/{OTHER}/index.html").select(".archive-evidence tbody tr")}
    assert other["outlet"] == "given by the archive's editors for all articles (the text does not state it)"


def test_citations_carry_only_the_parts_of_the_date_known(built):
    (year_record,) = json.loads((built.site / "articles" / YEAR_ONLY / "cite.csl.json").read_text())
    (month_record,) = json.loads((built.site / "articles" / MONTH_ONLY / "cite.csl.json").read_text())
    assert year_record["issued"] == {"date-parts": [[2006]]} and month_record["issued"] == {"date-parts": [[2006, 3]]}
    assert "date = {2006-03}" in (built.site / "articles" / MONTH_ONLY / "cite.bib").read_text()
    ris = (built.site / "articles" / MONTH_ONLY / "cite.ris").read_bytes().decode()
    assert "PY  - 2006" in ris and "DA  - 2006/03\r\n" in ris
    head = built.html(f"articles/{MONTH_ONLY}/index.html")
    assert head.find("meta", attrs={"name": "citation_publication_date"})["content"] == "2006/03"
    assert head.find("meta", attrs={"name": "DC.date"})["content"] == "2006-03"
    assert '"datePublished":"2006-03"' in head.find("script", type="application/ld+json").string
    cited = built.html(f"articles/{YEAR_ONLY}/index.html").select_one(".archive-cite").get_text(" ", strip=True)
    assert "(2006)" in cited and "January" not in cited and "2006, January" not in cited


def test_browse_by_date_puts_a_partial_date_before_the_full_dates_of_its_year(built):
    page = built.html("dates/index.html")
    year = page.find("h2", id="2006").find_next("ul")
    shown = [(t["datetime"], t.get_text()) for t in year.find_all("time")]
    # newest first: a date known to the month after that month's full dates, one known to the year after its year's
    assert shown == [("2006-03-14", "14 March 2006"), ("2006-03", "March 2006"), ("2006-03", "March 2006"), ("2006", "2006")]
    table = built.html("articles/index.html").select("table tbody tr td:first-child")
    assert [td["data-value"] for td in table] == ["2006-03-14", "2006-03", "2006-03", "2006", ""]  # what the table's sort compares


def test_the_timeline_never_places_a_year_only_date_on_a_day(built):
    home = built.html("index.html").get_text(" ")
    assert "grouped per year" in home  # not per day: three of the four dates are known only to the month or year
    assert "1 January 2006" not in home and "2006-01-01" not in home


@pytest.mark.parametrize(
    ("written", "iso", "shown"),
    [("2006", "2006", "2006"), ("'2006'", "2006", "2006"), ("2006-03", "2006-03", "March 2006"), ("March 2006", "2006-03", "March 2006"),
     ("Mar. 2006", "2006-03", "March 2006"), ("2006-03-14", "2006-03-14", "14 March 2006")],
)
def test_a_date_may_be_a_year_a_month_or_a_day(tmp_path, written, iso, shown):
    from generator.content.overrides import load_metadata
    from generator.model import Report

    path = tmp_path / "metadata.yml"
    path.write_text(f"all:\n  date: {written}\n")
    report = Report()
    date = load_metadata(path, report).defaults[0].fields["date"]
    assert (date.iso, date.display, report.problems) == (iso, shown, [])


def test_problems_name_the_file_the_key_and_the_field(tmp_path):
    project = copy_project(tmp_path / "project", FILES, seeds=False)
    (project / "corpus" / "metadata.yml").write_text("all:\n  colour: red\nabc_*.txt:\n  date: 2006-13\nzzz_*.txt:\n  outlet: Nobody\n")
    result = run_cli(project, "check")
    assert "metadata.yml: all.colour: unknown field" in result.stderr
    assert "metadata.yml: abc_*.txt.date: not a date: '2006-13'" in result.stderr
    assert "metadata.yml: zzz_*.txt: no file's name matches this pattern" in result.stderr


def test_an_archive_of_one_year_says_so_once(tmp_path):
    """The user's case: every story of 2006. Not "dated from 2006 to 2006", nor "between 2006 and 2006"."""
    files = {name: text for name, text in FILES.items() if "Published" not in text}
    project = copy_project(tmp_path / "project", {**files, "metadata.yml": "all:\n  date: 2006\n"}, seeds=False)
    result = run_cli(project, "generate")
    assert result.returncode == 0, result.stderr
    home = (project / "docs" / "index.md").read_text(encoding="utf-8")
    assert '3 articles, all dated <time datetime="2006">2006</time>.' in home
    about = (project / "docs" / "about.md").read_text(encoding="utf-8")
    assert "published in 2006 as far as their texts or the archive's editors say" in about
