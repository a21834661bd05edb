"""Issue 5 without a browser: the offline index, archive.zip, and links that all open a file."""

from __future__ import annotations

import json
import re
import zipfile
from itertools import product
from pathlib import Path
from urllib.parse import unquote, urlsplit

from conftest import SEED_IDS

from generator.publish.bundle import FIXED_TIME, ZIP_FOLDER, write_manifest_and_zip
from generator.model import UNKNOWN_DATE
from generator.publish.fixity import MANIFEST, verify


RECORDS_SCRIPT = re.compile(r"\n\(window\.ARCHIVE_OFFLINE_PARTS = window\.ARCHIVE_OFFLINE_PARTS \|\| \{\}\)\[\"([0-9a-f]+)\"\] = (\[.*\]);\n", re.S)


def registered(text: str, name: str) -> tuple[str, object]:
    """(key, data) of a script that files its data under window[name][key]."""
    found = re.search(rf"\n\(window\.{name} = window\.{name} \|\| \{{\}}\)\[(\"[^\"]*\")\] = (.*);\n$", text, re.S)
    assert found, f"no {name} registered"
    return json.loads(found.group(1)), json.loads(found.group(2))


def table_rows(site: Path) -> list[dict[str, int]]:
    """offline-docs.js decoded here as the search code decodes it: each article's values, in order."""
    _, table = registered((site / "search" / "offline-docs.js").read_text(encoding="ascii"), "ARCHIVE_OFFLINE_DOCS")
    value = {digit: place for place, digit in enumerate(table["digits"])}
    assert len(value) == 64 and table["columns"] == ["n", "t", "p", "d"]
    width, rows = sum(table["widths"]), table["rows"]
    assert len(rows) % width == 0
    decoded = []
    for start in range(0, len(rows), width):
        row, at = {}, start
        for name, size in zip(table["columns"], table["widths"]):
            row[name] = sum(value[digit] * 64 ** place for place, digit in enumerate(reversed(rows[at:at + size])))
            at += size
        decoded.append(row)
    return decoded


def record_file(site: Path, number: int) -> str:
    """The record file the search code opens for an article number (PARTS.span numbers to a file)."""
    script = (site / "search" / "offline-index.js").read_text(encoding="utf-8")
    span = json.loads(re.search(r"var PARTS = (\{.*?\});\n", script).group(1))["span"]
    return f"{number // span:x}"


def offline_parts(site: Path) -> dict[str, bytes]:
    """The record files of the table's article numbers, each as its [number, record] pairs' JSON (checked
    to register under the name the engine asks for, and to be every record file there is)."""
    names = {record_file(site, row["n"]) for row in table_rows(site)}
    assert {p.name for p in (site / "search").glob("offline-records-*.js")} == {f"offline-records-{n}.js" for n in names}
    parts = {}
    for name in sorted(names):
        text = (site / "search" / f"offline-records-{name}.js").read_text(encoding="ascii")
        found = RECORDS_SCRIPT.search(text)
        assert found and found.group(1) == name, name
        parts[name] = found.group(2)
    return parts


def numbered_records(site: Path) -> dict[int, dict]:
    """Each article's record by its number, every number of the table found in the file the engine opens."""
    found = {}
    for name, part in offline_parts(site).items():
        for number, record in json.loads(part):
            assert record_file(site, number) == name and number not in found
            found[number] = record
    assert sorted(found) == sorted(row["n"] for row in table_rows(site))
    return found


def offline_records(site: Path) -> list[dict]:
    return list(numbered_records(site).values())


def pagefind_filters(html) -> dict[str, list[str]]:
    filters: dict[str, list[str]] = {}
    for tag in html.select("[data-pagefind-filter]"):  # "facet" (the element's text) or "facet:value", as Pagefind reads them
        facet, _, value = tag["data-pagefind-filter"].partition(":")
        filters.setdefault(facet, []).append(value or tag.get_text())
    return {facet: sorted(values) for facet, values in filters.items()}


def test_offline_index_has_every_article_with_the_pagefind_facets(seed_site):
    records = {r["u"]: r for r in offline_records(seed_site.site)}
    assert set(records) == {f"articles/{i}/index.html" for i in SEED_IDS.values()}
    for seed, article in SEED_IDS.items():
        record = records[f"articles/{article}/index.html"]
        html = seed_site.article_html(seed)
        assert {k: sorted(v) for k, v in record["f"].items()} == pagefind_filters(html), seed
        assert record["t"] == html.select_one("[data-pagefind-meta=title]").get_text()
        assert len(record["p"]) == len(html.select(".archive-para"))


def test_offline_index_registers_the_engine_archive_js_expects(seed_site):
    script = (seed_site.site / "search" / "offline-index.js").read_text(encoding="utf-8")
    assert "window.ARCHIVE_OFFLINE_SEARCH = {" in script and "engine: function (siteBase)" in script
    assert (seed_site.site / "assets" / "archive.js").read_text(encoding="utf-8").count("search/offline-index.js") == 1


def test_archive_zip_holds_the_whole_site_in_order(seed_site):
    site = seed_site.site
    with zipfile.ZipFile(site / "archive.zip") as bundle:
        names = bundle.namelist()
        infos = bundle.infolist()
    files = sorted(p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file() and p.name not in ("archive.zip", MANIFEST))
    payload = [f"{ZIP_FOLDER}/data/{f}" for f in [*files, MANIFEST]]  # the site's manifest lists the others: it comes last
    tags = [f"{ZIP_FOLDER}/{f}" for f in ("bagit.txt", "bag-info.txt", MANIFEST, "index.html", "tagmanifest-sha256.txt")]
    assert names == payload + tags
    assert {i.date_time for i in infos} == {FIXED_TIME}
    assert f"{ZIP_FOLDER}/data/index.html" in names and f"{ZIP_FOLDER}/data/search/offline-index.js" in names
    assert any(n.startswith(f"{ZIP_FOLDER}/data/pagefind/") for n in names)
    assert seed_site.html("index.html").select_one("a[href='archive.zip'][download]") is not None


def test_archive_zip_is_byte_identical_for_the_same_site(tmp_path):
    site = tmp_path / "site"
    (site / "a").mkdir(parents=True)
    (site / "index.html").write_text("<p>home</p>")
    (site / "a" / "index.html").write_text("<p>a</p>")
    first = write_manifest_and_zip(site).read_bytes()
    (site / "a" / "index.html").touch()
    assert write_manifest_and_zip(site).read_bytes() == first


def test_the_zipped_manifest_is_the_sites_and_checks_every_file(tmp_path):
    site = tmp_path / "site"
    (site / "a").mkdir(parents=True)
    (site / "index.html").write_text("<p>home</p>")
    (site / "a" / "big.bin").write_bytes(bytes(range(256)) * 40_000)
    with zipfile.ZipFile(write_manifest_and_zip(site)) as bundle:
        zipped = bundle.read(f"{ZIP_FOLDER}/data/{MANIFEST}").decode("utf-8")
        assert bundle.read(f"{ZIP_FOLDER}/data/a/big.bin") == (site / "a" / "big.bin").read_bytes()
    assert zipped == (site / MANIFEST).read_text(encoding="utf-8")
    assert zipped.splitlines()[0].endswith("  a/big.bin") and len(zipped.splitlines()) == 2
    assert verify(site).ok and verify(site).checked == 2
    (site / "a" / "big.bin").write_bytes(b"tampered")
    assert verify(site).changed == ["a/big.bin"]


def local_targets(html_file: Path):
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html_file.read_text(encoding="utf-8"), "html.parser")
    for tag in soup.select("[href], [src]"):
        url = tag.get("href") or tag.get("src")
        parts = urlsplit(url)
        if parts.scheme or parts.netloc or not parts.path:
            continue
        yield url, (html_file.parent / unquote(parts.path)).resolve()


def test_every_local_link_opens_a_file(seed_site):
    """From file:// a link to a folder shows a directory listing or nothing: every link names a file."""
    bad = []
    for html_file in sorted(seed_site.site.rglob("*.html")):
        if html_file.name == "404.html":  # the server's error page: absolute links by design, never opened from disk
            continue
        for url, target in local_targets(html_file):
            if not target.is_file():
                bad.append(f"{html_file.relative_to(seed_site.site)}: {url}")
    assert bad == []


def test_pages_load_nothing_from_another_host(seed_site):
    foreign = []
    for html_file in sorted(seed_site.site.rglob("*.html")):
        text = html_file.read_text(encoding="utf-8")
        found = re.findall(r"<(?:script|link|img|iframe)\b[^>]*?(?:src|href)=\"(?:https?:)?//[^\"]+", text)
        # <link rel="schema.DC" href="http://purl.org/..."> names the Dublin Core vocabulary; nothing loads it
        foreign += [f"{html_file.name}: {m}" for m in found if 'rel="schema.' not in m]
    assert foreign == []


def test_offline_index_is_assembled_as_jinja_would_render_it(tmp_path):
    """The records are joined as bytes (generator/site/offline.py), not rendered through `tojson`: the same
    bytes, hostile text included (a script tag, quotes, ampersands, a line separator), split into
    record files by article id, each in the archive's order, every article in one of them."""
    from jinja2 import Environment

    from conftest import copy_project
    from generator.config import load_settings
    from generator.site.offline import offline_record, record_file_of
    from generator.site.offline_terms import doc_numbers
    from generator.build.pipeline import generate
    from hostile import HOSTILE_TEXT

    hostile = HOSTILE_TEXT + "\nA line separator \u2028 and 'single' & \"double\" quotes </script><!--\n"
    project = copy_project(tmp_path / "project", {"900_00000000000000aa.txt": hostile})
    generated = generate(load_settings(project / "mkdocs.yml"))
    pages = generated.output.pages
    tojson = Environment().from_string("{{ records | tojson }}")
    written = {}
    for path, content in pages.items():
        if path.startswith("search/offline-records-"):
            found = RECORDS_SCRIPT.search(content.decode("ascii"))
            written[found.group(1)] = found.group(2)
            assert b"</script>" not in content and "\u2028".encode() not in content
    numbers = doc_numbers(a.id for a in generated.archive.articles)
    expected = {}
    for article in generated.archive.articles:
        number = numbers[article.id]
        expected.setdefault(record_file_of(number), []).append([number, offline_record(article, generated.archive)])
    assert written == {name: tojson.render(records=records) for name, records in expected.items()}
    assert sum(map(len, expected.values())) == 6 and len(expected) > 1
    assert b"\\u003c/script\\u003e" in b"".join(p for path, p in pages.items() if path.startswith("search/offline-records-"))


def decoded(postings: str) -> dict[int, int]:
    """The search code's decode: "gap[:count],…" -> {article number: count}."""
    found, last = {}, 0
    for item in filter(None, postings.split(",")):
        gap, _, count = item.partition(":")
        last += int(gap)
        found[last] = int(count) if count else 1
    return found


def word_scripts(site: Path) -> dict[str, list]:
    script = (site / "search" / "offline-index.js").read_text(encoding="utf-8")
    names = json.loads(re.search(r"var PARTS = (\{.*?\});\n", script).group(1))["shards"]
    scripts = {}
    for prefix, name in names.items():
        key, words = registered((site / "search" / f"offline-terms-{name}.js").read_text(encoding="ascii"), "ARCHIVE_OFFLINE_TERMS")
        assert key == prefix
        scripts[prefix] = words
    assert len(names) == len(list((site / "search").glob("offline-terms-*.js")))
    return scripts


def test_the_word_scripts_give_back_each_articles_words(tmp_path, monkeypatch):
    """The postings, cut into many scripts (a small TERMS_LIMIT), decode to each article's words and
    their counts in the title and the paragraphs; each word sits in the script named by the longest
    prefix of it that names one, where the search code looks for it; facets decode to the records'."""
    from conftest import copy_project
    from generator.build.pipeline import generate
    from generator.config import load_settings
    from generator.site import offline_terms

    monkeypatch.setattr(offline_terms, "TERMS_LIMIT", 400)
    twice = "Harbour cranes return\n\nBy Ana Ortiz and Ana Ortiz\n\nDock workers said the cranes would double what the harbour loads.\n"
    project = copy_project(tmp_path / "project", {"900_00000000000000aa.txt": twice})
    generated = generate(load_settings(project / "mkdocs.yml"))
    site = written_search(generated, tmp_path / "written")
    scripts = word_scripts(site)
    assert any(len(prefix) > 2 for prefix in scripts)  # cut by more than one letter
    rows = table_rows(site)
    records = numbered_records(site)
    number = {records[row["n"]]["u"].split("/")[1]: row["n"] for row in rows}
    found: dict[int, dict[str, tuple[int, int]]] = {}
    for prefix, words in scripts.items():
        for word, title, text in words:
            assert max((p for p in scripts if word.startswith(p)), key=len) == prefix, word
            in_title, in_text = decoded(title), decoded(text)
            for n in in_title.keys() | in_text.keys():
                found.setdefault(n, {})[word] = (in_title.get(n, 0), in_text.get(n, 0))
    for article in generated.archive.articles:
        terms = offline_terms.article_terms(article)
        assert found[number[article.id]] == {w: (t, p) for w, t, p in offline_terms.term_counts(terms)}, article.id
        assert [(row["t"], row["p"]) for row in rows if row["n"] == number[article.id]] == [offline_terms.field_lengths(terms)]
    key, counts = registered((site / "search" / "offline-facets.js").read_text(encoding="ascii"), "ARCHIVE_OFFLINE_FACETS")
    assert key == "counts" and {"outlet", "year", "kind"} <= counts.keys() and counts["author"]["Ana Ortiz"] == 1
    assert {p.name for p in (site / "search").glob("offline-facet-*.js")} == {f"offline-facet-{facet}.js" for facet in counts}
    records = {r["u"].split("/")[1]: r for r in offline_records(site)}
    for facet, shown in counts.items():  # each facet's script, loaded when one of its filters is chosen
        key, values = registered((site / "search" / f"offline-facet-{facet}.js").read_text(encoding="ascii"), "ARCHIVE_OFFLINE_FACETS")
        assert key == facet and values.keys() == shown.keys()
        for value, held in values.items():
            holders = {a for a, r in records.items() if value in r["f"].get(facet, [])}
            assert {a for a, n in number.items() if n in decoded(held)} == holders and shown[value] == len(holders)


def written_search(generated, site: Path) -> Path:
    """The search files of a generate, written under `site` as a build writes them."""
    for path, content in generated.output.pages.items():
        if path.startswith("search/"):
            (site / path).parent.mkdir(parents=True, exist_ok=True)
            (site / path).write_bytes(content)
    return site


def test_the_table_of_articles_gives_each_its_record_lengths_and_date_order(tmp_path):
    """offline-docs.js lists every article once, in the archive's order (the order of equal scores),
    by the number its record is found under; its dates' ranks order as the sort dates do, undated
    first, equal dates equal; its lengths are its words' (a table that drops an article, reorders
    the archive, or points a number at another article's record fails here)."""
    from conftest import copy_project
    from generator.build.pipeline import generate
    from generator.config import load_settings
    from generator.site import offline_terms

    extra = {"900_00000000000000aa.txt": "An undated note on the harbour\n\nThe harbour opened a berth.\n",
             "901_00000000000000bb.txt": "A second undated note\n\nThe harbour closed the berth again.\n"}
    project = copy_project(tmp_path / "project", extra)
    generated = generate(load_settings(project / "mkdocs.yml"))
    articles = generated.archive.articles
    site = written_search(generated, tmp_path / "written")
    rows, records = table_rows(site), numbered_records(site)
    assert [records[row["n"]]["u"] for row in rows] == [a.url + "index.html" for a in articles]
    assert [records[row["n"]]["t"] for row in rows] == [a.title.value for a in articles]
    assert [(row["t"], row["p"]) for row in rows] == [offline_terms.field_lengths(offline_terms.article_terms(a)) for a in articles]
    dates = [a.search_sort_date for a in articles]
    assert len(set(dates)) < len(dates) and UNKNOWN_DATE in dates  # the two undated articles share one
    for (x, date_x), (y, date_y) in product(zip(rows, dates), repeat=2):
        assert (x["d"] < y["d"], x["d"] == y["d"]) == (date_x < date_y, date_x == date_y)
    assert min(row["d"] for row in rows) == 0 == min(row["d"] for row, date in zip(rows, dates) if date == UNKNOWN_DATE)


def test_the_compact_table_gives_back_large_values():
    """Each column as wide as its largest value needs: a 7-digit number, 0 and 64**2 - 1 come back."""
    from generator.site.offline import compact_table

    table = compact_table(["n", "t"], [[0, 5_000_000, 64**2 - 1], [1, 0, 63]])
    assert table["widths"] == [4, 1] and len(table["rows"]) == 15
    value = {digit: place for place, digit in enumerate(table["digits"])}
    back = [sum(value[d] * 64 ** i for i, d in enumerate(reversed(table["rows"][r * 5:r * 5 + 4]))) for r in range(3)]
    assert back == [0, 5_000_000, 64**2 - 1]
    assert not set(table["rows"]) & set("\"\\<>&'")


def test_article_numbers_are_kept_when_articles_are_added():
    """An article's number comes from its id: adding articles moves none that it does not collide with."""
    from generator.site.offline_terms import doc_numbers, slots_for

    ids = [f"{i:016x}" for i in range(0, 3000, 7)]
    before = doc_numbers(ids)
    after = doc_numbers([*ids, "00000000000000ff", "0000000000000aaa"])
    assert len(set(before.values())) == len(ids) and max(before.values()) < slots_for(len(ids))
    moved = [i for i in ids if before[i] != after[i]]
    assert len(moved) <= 2


def test_the_search_files_are_byte_identical_across_builds(tmp_path):
    """Two `generate` runs of the same articles (the second through the cache, with another string hash
    seed) write the same search files, byte for byte: the build rewrites none of them."""
    from conftest import copy_project, run_cli

    project = copy_project(tmp_path / "project")
    assert run_cli(project, "generate", env={"PYTHONHASHSEED": "1"}).returncode == 0
    search = project / "docs" / "search"
    first = {p.name: p.read_bytes() for p in search.iterdir()}
    stamps = {p.name: p.stat().st_mtime_ns for p in search.iterdir()}
    assert run_cli(project, "generate", env={"PYTHONHASHSEED": "2"}).returncode == 0
    assert {p.name: p.read_bytes() for p in search.iterdir()} == first
    assert {p.name: p.stat().st_mtime_ns for p in search.iterdir()} == stamps
    (project / ".cache").rename(tmp_path / "old-cache")
    assert run_cli(project, "generate", env={"PYTHONHASHSEED": "3"}).returncode == 0
    assert {p.name: p.read_bytes() for p in search.iterdir()} == first
