"""Issue 6: the seeds plus every hostile case, built end to end. The build completes, every valid
article is published, each problem is one line naming the file, --strict exits 1 naming them all,
injected markup stays text, nothing from outside corpus/ reaches site/, and every link works."""

from __future__ import annotations

import re
from urllib.parse import quote

import html5lib
import pytest

from conftest import SEED_IDS, build_project, checked_build, copy_project
from hostile import EXPECTED, HOSTILE_FILES, HOSTILE_VISIBLE, STRICT_PROBLEMS, add_symlinks
from linkcheck import broken_links, count_links

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    project = copy_project(root / "project", HOSTILE_FILES)
    add_symlinks(project / "corpus", root / "outside-secret.txt")
    built = checked_build(project)
    return built


@pytest.fixture(scope="module")
def entries(hostile_site):
    return {entry["name"]: entry for entry in hostile_site.report["files"]}


def page_text(site, entry) -> str:
    return (site.site / entry["url"] / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_case_is_reported(hostile_site, entries, name):
    status, phrase = EXPECTED[name]
    entry = entries[name]
    assert entry["status"] == status, entry
    said = " ".join(entry["reasons"] + entry["warnings"])
    if phrase:
        assert phrase in said, entry
        assert re.search(rf"^\s*{re.escape(name)}: .*{re.escape(phrase)}", hostile_site.result.stderr, re.M), name
    if status == "published":
        assert (hostile_site.site / entry["url"] / "index.html").is_file()


def test_every_seed_is_still_published(entries):
    published = {e["id"] for e in entries.values() if e["status"] == "published"}
    assert set(SEED_IDS.values()) <= published


def test_published_urls_are_safe_and_distinct(entries):
    urls = [e["url"] for e in entries.values() if e["status"] == "published"]
    assert len({u.lower() for u in urls}) == len(urls), "two URLs collide on a case-insensitive disk"
    for url in urls:
        assert re.fullmatch(r"articles/[0-9a-f]{8,64}/", url), url
        assert quote(url) == url


def test_case_only_names_are_both_published(hostile_site, entries):
    for pair in (("case/Story.txt", "case/story.txt"), ("case/Report_ABCDEF0123456789.txt", "case/report_abcdef0123456789.txt")):
        first, second = (entries[name] for name in pair)
        assert first["id"] != second["id"]
        assert "Upper-case" in page_text(hostile_site, first) and "Lower-case" in page_text(hostile_site, second)


def test_duplicates_redirect_to_the_published_copy(hostile_site, entries):
    canonical = entries["dup/crlf-copy.txt"]
    for name in ("dup/original.txt", "dup/exact-copy.txt", "dup/utf16-copy.txt", "links/inside.txt"):
        entry = entries[name]
        assert entry["duplicate_of"] in (canonical["id"], entries["eol/crlf.txt"]["id"])
    # every duplicate has an id of its own (ledger.py), whose page redirects to the published copy
    original = entries["dup/original.txt"]
    assert original["id"] != canonical["id"] and original["duplicate_of"] == canonical["id"]
    assert f"../{canonical['id']}/index.html" in (hostile_site.site / "articles" / original["id"] / "index.html").read_text(encoding="utf-8")
    copy = entries["dup/zz-copy_1111222233334444.txt"]
    assert copy["id"] == "1111222233334444" and copy["duplicate_of"] == canonical["id"]
    redirect = hostile_site.site / "articles" / copy["id"] / "index.html"
    assert 'http-equiv="refresh"' in redirect.read_text(encoding="utf-8")
    assert f"../{canonical['id']}/index.html" in redirect.read_text(encoding="utf-8")


def test_big_inputs_are_published_whole(hostile_site, entries):
    assert entries["size/one-mb-line.txt"]["warnings"] == [], "a long one-line article is not 'title only'"
    big = page_text(hostile_site, entries["size/five-mb.txt"])
    assert "Paragraph 8999 of the big article" in big and "The final sentence of the big article is here." in big
    line = page_text(hostile_site, entries["size/one-mb-line.txt"])
    assert line.count("lorem ipsum dolor sit amet") >= 39_000


def test_encodings_are_decoded(hostile_site, entries):
    assert "crème brûlée" in page_text(hostile_site, entries["enc/cp1252.txt"])
    assert "«bonne chance»" in page_text(hostile_site, entries["enc/utf16-bom.txt"])
    assert "\ufeff" not in page_text(hostile_site, entries["enc/utf8-bom.txt"])


def test_yaml_head_is_article_text(hostile_site, entries):
    page = hostile_site.html(entries["yaml-head.txt"]["url"] + "index.html")
    body = page.select_one("[data-pagefind-body]").get_text(" ")
    assert "title: Not front matter" in body and "layout: evil" in body
    assert page.title.get_text() != "Not front matter"
    # JSON-LD is data (type application/ld+json, "<" escaped), never executed; every other script is checked
    assert not page.select("script:not([type='application/ld+json']):-soup-contains('alert(1)')")
    assert "<script>" not in "".join(s.string or "" for s in page.select("script[type='application/ld+json']"))


def test_hostile_markup_is_text(hostile_site, entries):
    page = hostile_site.html(entries["hostile.txt"]["url"] + "index.html")
    body = page.select_one("[data-pagefind-body]")
    body.select_one("details.archive-evidence").decompose()  # the generator's own table of evidence
    text = body.get_text("")
    for typed in HOSTILE_VISIBLE:
        assert typed in text, typed
    assert not body.select("script, img, iframe, table, footer.footnotes, .admonition, pre, h1 ~ h1")
    assert not body.select("[onerror], a[href^='javascript:'], [src*='evil.example'], [href*='evil.example']")
    assert "49" not in text.replace("p-49", "")  # {{ 7*7 }} was not evaluated
    assert "root:x:0:0" not in page_text(hostile_site, entries["hostile.txt"])


def test_nothing_from_outside_the_corpus_reaches_the_site(hostile_site):
    for path in hostile_site.site.rglob("*"):
        if path.is_file() and path.suffix in (".html", ".json", ".xml", ".txt", ".md"):
            data = path.read_text(encoding="utf-8", errors="replace")
            assert "Secret text outside the corpus" not in data, path
            assert "root:x:0:0" not in data, path
            assert "Hidden file that must not be published" not in data, path
            assert str(hostile_site.project) not in data, f"{path} holds an absolute build path"


def test_every_internal_link_works(hostile_site):
    assert count_links(hostile_site.site) > 100
    assert broken_links(hostile_site.site) == []


def test_article_pages_are_valid_html(hostile_site, entries):
    parser = html5lib.HTMLParser(strict=True)
    for entry in entries.values():
        if entry["status"] == "published" and entry["name"] != "size/five-mb.txt":
            parser.parse(page_text(hostile_site, entry))


def test_strict_exits_1_naming_each_problem_file(hostile_site):
    result = build_project(hostile_site.project, "--strict")
    assert result.result.returncode == 1
    for name in STRICT_PROBLEMS:
        assert re.search(rf"^\s*{re.escape(name)}: ", result.result.stderr, re.M), name
    # a clean corpus passes --strict (the seed_site fixture builds with --strict)


def test_seed_site_links_and_article_html(seed_site):
    """The same walker on the bundled corpus: no broken href, src or #fragment; valid article HTML."""
    assert broken_links(seed_site.site) == []
    parser = html5lib.HTMLParser(strict=True)
    for article_id in SEED_IDS.values():
        parser.parse((seed_site.site / "articles" / article_id / "index.html").read_text(encoding="utf-8"))


def test_link_walker_reports_what_is_broken(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "index.html").write_text('<p id="p-1"></p><a href="#p-1">ok</a><a href="../b.html#p-9">x</a>'
                                               '<a href="missing.html">y</a><script src="https://cdn.example/x.js"></script>'
                                               '<a href="https://example.org/">external is fine</a>', encoding="utf-8")
    (tmp_path / "b.html").write_text('<p id="p-1"></p><a href="a/index.html#p-1">ok</a>', encoding="utf-8")
    assert broken_links(tmp_path) == [
        "a/index.html: missing anchor #p-9 in b.html: ../b.html#p-9",
        "a/index.html: missing file: missing.html",
        "a/index.html: script loads from another host or scheme: https://cdn.example/x.js",
    ]


def test_a_taken_id_gives_way_to_a_free_one_even_when_the_hash_start_is_the_taken_id(tmp_path):
    """A file without a hex name gets the start of its text's hash as id; when another file's name
    already carries that very id, the first file's id is taken and falls back to that same start:
    it must get a longer one, never share the other's (two articles, one page)."""
    from generator.model import Report
    from generator.content.read import read_corpus, read_file

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "story.txt").write_text("A headline\n\nA paragraph of the story, long enough to be an article body.\n", encoding="utf-8")
    derived = read_file(corpus / "story.txt", "story.txt").id
    (corpus / f"a_{derived}.txt").write_text("Another headline\n\nAnother story altogether.\n", encoding="utf-8")
    report = Report()
    ids = [raw.id for raw in read_corpus(corpus, report).files]
    assert len(ids) == 2 and len(set(ids)) == 2 and derived in ids, ids
    assert report.file("story.txt").id != derived and report.file("story.txt").id_how == "new"
