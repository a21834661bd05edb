"""Incremental and parallel generation give exactly the pages a plain serial run gives, redoing only
what changed."""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
import sys
import threading
from datetime import date
from pathlib import Path

import pytest
from jinja2 import Environment, PackageLoader

from conftest import PROJECT, copy_project, run_cli
from generator.build import batch
from generator.site import citepages, offline
from generator.archive import related
from generator.build import updates
from generator.build.cache import CACHE_DIR, JINJA_DIR, LEGACY, STORE_FILE, is_saved_kind, load_cache, saved_form
from generator.config import load_settings
from generator.model import Report
from generator.content import ledger_file
from generator.build.pipeline import ledger_path, generate
from generator.config import GENERATED_DIRS, GENERATED_FILES
from generator.build.sink import DocsWriter, as_bytes
from generator.serve.watch import Rebuilder, snapshot, watch

sys.path.insert(0, str(PROJECT / "benchmarks"))
from synth import write_corpus  # noqa: E402


@pytest.fixture
def project(tmp_path: Path, request) -> Path:
    """The seeds plus 40 synthetic articles in the seeds' shape; plus 8 (SMALL) for a test marked
    small_corpus, which checks one mechanism on one edited article among a few others."""
    folder = copy_project(tmp_path / "project")
    write_corpus(folder / "corpus" / "synthetic", SMALL if request.node.get_closest_marker("small_corpus") else 40)
    return folder


SMALL = 8  # touch_article edits the eighth synthetic article
small_corpus = pytest.mark.small_corpus


def pages_of(project: Path, **options) -> dict[str, bytes]:
    """Every generated file's bytes. Through a cache, the project's docs/ is written and read back: pages
    the cache kept are the files a previous run wrote; without, the files are generated in memory."""
    settings = load_settings(project / "mkdocs.yml")
    options = {"allow_withdrawals": True, **options}  # a deleted article is one of the edits tried
    if options.get("cache") is None:
        return fresh_pages(project, settings, options)
    generated = generate(settings, Report(), **options, output=DocsWriter(settings.docs_dir))
    ledger_file.save(ledger_path(settings), generated.ledger)  # as the command line does after a build
    return files_in(settings.docs_dir)


FRESH: dict[str, dict[str, bytes]] = {}  # what a run without a cache gave, by everything that run reads


def fresh_pages(project: Path, settings, options: dict) -> dict[str, bytes]:
    """A run without a cache, in memory. The default run (no other option) is made once per state of the
    project: the same files (corpus, ledger, docs/, site/, mkdocs.yml; the cache aside, which it does not
    read) on the same day give the same pages, so a test (or the other way of running an edit series)
    that comes back to a state it or another test compared against already reuses those pages. Every
    file's bytes and name are in the key: a state never seen is generated afresh."""
    key = state_key(project) if options == {"allow_withdrawals": True} else None
    if key not in FRESH:
        pages = {path: as_bytes(content) for path, content in generate(settings, Report(), **options).pages.items()}
        if key is None:
            return pages
        FRESH[key] = pages
    return dict(FRESH[key])


def state_key(project: Path) -> str:
    digest = hashlib.sha256(f"{date.today().isoformat()} {os.environ.get('SOURCE_DATE_EPOCH')}".encode())
    cache = project / CACHE_DIR
    for path in sorted(project.rglob("*")):
        if cache not in path.parents and path.is_file():
            digest.update(f"\0{path.relative_to(project).as_posix()}\0".encode() + read(path))
    return digest.hexdigest()


def files_in(folder: Path) -> dict[str, bytes]:
    found = [p for top in GENERATED_DIRS for p in (folder / top).rglob("*")] + [folder / name for name in GENERATED_FILES]
    return {p.relative_to(folder).as_posix(): read(p) for p in sorted(found) if p.is_file()}


def read(path: Path) -> bytes:
    with open(path, "rb") as source:  # not Path.read_bytes, which a test counts
        return source.read()


ADDED = "A new closing paragraph, added by an editor."
ADDED_WORDS = set(ADDED.lower().replace(",", "").replace(".", "").split())
# its record file, the table of articles, the scripts of the words it added (offline search)
SEARCH_FILES_AN_EDIT_REWRITES = 2 + len(ADDED_WORDS)


def touch_article(project: Path) -> Path:
    victim = sorted((project / "corpus" / "synthetic").glob("*.txt"))[7]
    victim.write_text(victim.read_text(encoding="utf-8") + f"\n{ADDED}\n", encoding="utf-8")
    return victim


def test_parallel_extraction_gives_the_serial_output(project, monkeypatch):
    monkeypatch.setattr(batch, "PARALLEL_FROM", 2)
    monkeypatch.setattr(batch, "CHUNK", 3)
    serial = pages_of(project, workers=1)
    parallel = pages_of(project, workers=2)
    assert len(serial) > 45
    assert parallel == serial


def test_pool_is_used_for_a_cold_corpus(project, monkeypatch):
    calls = []
    monkeypatch.setattr(batch, "PARALLEL_FROM", 2)
    monkeypatch.setattr(batch, "extract_in_pool", lambda jobs, workers: calls.append(len(jobs)) or [batch.extract_one(j) for j in jobs])
    pages_of(project, workers=2)
    assert calls == [45]


def test_cached_generate_equals_a_fresh_one_after_a_change(project):
    cache = load_cache(project / CACHE_DIR)
    cold = pages_of(project, cache=cache)
    assert cold == pages_of(project)
    assert (cache.hits, cache.misses) == (0, 45)
    cache.save()

    touch_article(project)
    warm_cache = load_cache(project / CACHE_DIR)
    warm = pages_of(project, cache=warm_cache)
    assert (warm_cache.hits, warm_cache.misses) == (44, 1)
    assert warm == pages_of(project)  # identical to a run without any cache
    changed = {path for path in warm if warm[path] != cold[path]}
    assert any(path.startswith("articles/") and path.endswith("/index.md") and path != "articles/index.md" for path in changed)
    search = {path for path in changed if path.startswith("search/")}  # see the offline index's test below
    assert len(changed - search) < 10, changed  # the article and the lists it appears in, not all 60 pages
    assert 2 <= len(search) <= SEARCH_FILES_AN_EDIT_REWRITES, search


@small_corpus
def test_files_with_unchanged_size_and_time_are_not_read_again(project, monkeypatch):
    cache = load_cache(project / CACHE_DIR)
    cold = pages_of(project, cache=cache)
    victim = touch_article(project)
    read = []
    real_read_bytes = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda path: read.append(path.name) or real_read_bytes(path))
    warm = pages_of(project, cache=cache)
    assert [name for name in read if name.endswith(".txt")] == [victim.name]
    assert warm != cold and warm == pages_of(project)


def test_files_unread_but_not_extracted_with_these_options_are_read_again(project, monkeypatch):
    """The cache keeps neither the text nor the bytes of a file: when the files are unchanged (not read)
    but their articles must be extracted again (title_words changed), they are read again, and the
    pages are those of a fresh run with the new option."""
    cache = load_cache(project / CACHE_DIR)
    pages_of(project, cache=cache)
    assert all(raw.text == "" and raw.raw == b"" and raw.text_sha256 for raw in cache.raw.values())
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert "\n    title_words: 20\n" in text
    config.write_text(text.replace("\n    title_words: 20\n", "\n    title_words: 6\n"), encoding="utf-8")
    read = []
    real_read_bytes = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda path: read.append(path.name) or real_read_bytes(path))
    warm = pages_of(project, cache=cache)
    assert len([name for name in read if name.endswith(".txt")]) == 45  # each once, to extract it
    assert warm == pages_of(project)
    assert all(article.source.text == "" and article.source.raw for article in cache.articles.values())


@small_corpus
def test_a_registry_change_redoes_the_cached_mentions(project):
    cache = load_cache(project / CACHE_DIR)
    before = pages_of(project, cache=cache)
    registry = project / "corpus" / "actors.yml"
    registry.write_text(registry.read_text(encoding="utf-8") + "\n- name: Isaenco Novak\n  type: person\n  aliases: [Isaenco]\n", encoding="utf-8")
    after = pages_of(project, cache=cache)
    assert after == pages_of(project)  # as without any cache
    assert after != before


@small_corpus
def test_a_new_code_version_or_a_corrupt_cache_starts_afresh(project, monkeypatch):
    import sqlite3

    store = project / CACHE_DIR / STORE_FILE
    for name in LEGACY:  # what an older version left
        (project / CACHE_DIR / name).parent.mkdir(exist_ok=True)
        (project / CACHE_DIR / name).write_bytes(b"format 6")
    cache = load_cache(project / CACHE_DIR)
    pages_of(project, cache=cache)
    cache.save()
    assert not any((project / CACHE_DIR / name).exists() for name in LEGACY)
    assert load_cache(project / CACHE_DIR).articles and gc.isenabled()  # the collector, paused while unpickling, is back
    store.write_bytes(b"not a database")
    assert load_cache(project / CACHE_DIR).articles == {}
    assert gc.isenabled()
    cache.save()  # into the corrupt file: made again
    first = next(iter(cache.articles))
    with sqlite3.connect(store) as db:  # a damaged row is only a miss
        db.execute("UPDATE rows SET value = ? WHERE step = 'articles' AND key = ?", (b"not a pickle", pickle.dumps(first, protocol=pickle.HIGHEST_PROTOCOL)))
    partial = load_cache(project / CACHE_DIR)
    assert partial.pages == cache.pages and 0 < len(partial.articles) < len(cache.articles)
    assert first not in partial.articles
    pages_of(project, cache=partial)
    partial.save()
    assert load_cache(project / CACHE_DIR).articles.keys() == cache.articles.keys()  # the row written again
    monkeypatch.setattr("generator.build.cache.code_fingerprint", lambda: "another version")
    assert load_cache(project / CACHE_DIR).articles == {}


def test_cli_generate_rewrites_only_changed_pages(project):
    first = run_cli(project, "generate")
    assert first.returncode == 0, first.stderr
    assert (project / CACHE_DIR / STORE_FILE).is_file()
    again = run_cli(project, "generate")
    assert "(0 written, 0 removed)" in again.stderr
    touch_article(project)
    after = run_cli(project, "generate")
    written = int(after.stderr.split("pages (")[1].split(" written")[0])
    assert 1 <= written < 10 + SEARCH_FILES_AN_EDIT_REWRITES, after.stderr
    assert run_cli(project, "generate", "--no-cache").returncode == 0


UNRELATED = ("Orchard growers count a record crop\n\nPublished: July 9, 2027\n\nApple growers in the valley picked a record crop "
             "this autumn, the cooperative's secretary, Mei Lindqvist, said on Friday. Cider makers expect lower prices.\n")


def test_an_added_article_related_to_none_leaves_the_other_articles_pages_as_they_were(project):
    """Its words change every article's related-article cosines a little; the pages do not show them."""
    assert run_cli(project, "generate").returncode == 0
    pages = {path: path.read_bytes() for path in (project / "docs" / "articles").glob("*/index.md")}
    (project / "corpus" / "orchard.txt").write_text(UNRELATED, encoding="utf-8")
    assert run_cli(project, "generate").returncode == 0
    changed = [path for path, before in pages.items() if path.read_bytes() != before]
    unrelated_now = [path for path in changed if "Orchard growers" not in path.read_text(encoding="utf-8")]
    # only lists whose wording label crossed its threshold (rare in a large archive; 5 of 45 here): all of them did with the cosines shown
    assert len(unrelated_now) < len(pages) // 4, [p.parent.name for p in unrelated_now]


def rendered_paths(monkeypatch) -> list[str]:
    """The paths of the pages rendered from now on (batch.render_pages spied), in the order asked."""
    rendered: list[str] = []
    original = batch.render_pages

    def spy(pages, render, todo, workers, **options):
        todo = list(todo)
        rendered.extend(pages[i].path for i in todo)
        return original(pages, render, todo, workers, **options)

    monkeypatch.setattr(batch, "render_pages", spy)
    return rendered


def test_an_added_article_renders_again_only_the_article_pages_whose_bytes_change(project, monkeypatch):
    """Its words move every related-article cosine a little; a page key that held them made every article page
    again for the same bytes (4,055 of 4,060 article pages when 10 articles joined 2,020 synthetic ones), and
    each article's mentions.json and its authors' and outlet's pages, which show no related article, whenever its
    related list changed (612 and 523 of 534)."""
    rebuilder = Rebuilder(load_settings(project / "mkdocs.yml"), log=lambda line: None)
    rebuilder.regenerate()
    docs = project / "docs"
    before = {path: path.read_bytes() for folder in ("articles", "authors", "outlets") for path in (docs / folder).rglob("*") if path.is_file()}
    rendered = rendered_paths(monkeypatch)
    (project / "corpus" / "orchard.txt").write_text(UNRELATED, encoding="utf-8")
    rebuilder.regenerate()
    pages = [docs / path for path in rendered if path.startswith(("authors/", "outlets/")) or (path.startswith("articles/") and path.count("/") == 2)]
    same_bytes = [path.relative_to(docs).as_posix() for path in pages if before.get(path) == path.read_bytes()]
    assert any(path.name == "index.md" for path in pages) and not same_bytes, same_bytes


def test_an_article_page_made_again_for_its_related_articles_keeps_its_formatted_citations(project, monkeypatch):
    """citeproc was a third of an article page's rendering; the citations are a part of the article, reused when
    only its related articles moved: adding an article formats the new article's citations, no other's."""
    from generator.site.cite import Citations

    rebuilder = Rebuilder(load_settings(project / "mkdocs.yml"), log=lambda line: None)
    rebuilder.regenerate()
    rendered, formatted = rendered_paths(monkeypatch), []
    original = Citations.render_styles
    monkeypatch.setattr(Citations, "render_styles", lambda self, record: formatted.append(record["id"]) or original(self, record))
    (project / "corpus" / "orchard.txt").write_text(UNRELATED, encoding="utf-8")
    rebuilder.regenerate()
    article_pages = [path for path in rendered if path.startswith("articles/") and path.endswith("/index.md")]
    assert len(article_pages) > 1 and len(formatted) == 1, (article_pages, formatted)


def test_rebuilder_regenerates_only_the_changed_pages(project):
    rebuilder = Rebuilder(load_settings(project / "mkdocs.yml"), log=lambda line: None)
    written, _, _ = rebuilder.regenerate()
    assert written > 45
    touch_article(project)
    written, removed, _ = rebuilder.regenerate()
    assert 1 <= written < 10 + SEARCH_FILES_AN_EDIT_REWRITES and removed == 0


@small_corpus
def test_a_rebuild_loads_the_templates_compiled_by_the_build_before(project, monkeypatch):
    compiled = []
    compile_source, template_source = Environment.compile, PackageLoader.get_source

    def counted_compile(env, source, name=None, *rest, **options):
        compiled.append(name)
        return compile_source(env, source, name, *rest, **options)

    monkeypatch.setattr(Environment, "compile", counted_compile)
    rebuilder = Rebuilder(load_settings(project / "mkdocs.yml"), log=lambda line: None)
    rebuilder.regenerate()
    assert "article.md.j2" in compiled and (project / CACHE_DIR / JINJA_DIR).is_dir()
    compiled.clear()
    touch_article(project)
    rebuilder.regenerate()
    assert compiled == []

    def edited_source(loader, env, name):  # article.md.j2 as if edited since the last build
        source, filename, uptodate = template_source(loader, env, name)
        return (source + "{# edited #}\n", filename, uptodate) if name == "article.md.j2" else (source, filename, uptodate)

    monkeypatch.setattr(PackageLoader, "get_source", edited_source)
    touch_article(project)
    rebuilder.regenerate()
    assert compiled == ["article.md.j2"]  # a template whose source changed is compiled again


@small_corpus
def test_rebuilder_removes_a_deleted_articles_pages_and_matches_a_full_write(project, tmp_path):
    settings = load_settings(project / "mkdocs.yml")
    rebuilder = Rebuilder(settings, log=lambda line: None)
    rebuilder.regenerate()
    victim = sorted((project / "corpus" / "synthetic").glob("*.txt"))[3]
    victim.unlink()
    _, removed, _ = rebuilder.regenerate()
    assert removed >= 2  # the article page and its citation files at least
    on_disk = {p.relative_to(settings.docs_dir).as_posix() for p in settings.docs_dir.rglob("*") if p.is_file()}
    generated = set(pages_of(project))
    assert generated <= on_disk
    assert not any(path.startswith(tuple(f"{top}/" for top in ("articles", "actors", "pictures"))) for path in on_disk - generated)
    # its folder keeps only the page that says it was withdrawn (ledger.py): the URL never answers 404
    left = sorted(p.name for p in (settings.docs_dir / "articles" / victim.stem.split("_")[-1]).iterdir())
    assert left == ["index.md"]
    assert "withdrawn from the archive" in (settings.docs_dir / "articles" / victim.stem.split("_")[-1] / "index.md").read_text(encoding="utf-8")


@small_corpus
def test_serve_removes_what_it_produced_and_the_next_generate_sweeps_the_rest(project):
    """serve's rebuilds after the first remove what the last build produced and this one did not,
    without walking docs/; a file put by hand into a generated folder meanwhile goes at the next
    generate (or serve start), which sweeps those folders."""
    settings = load_settings(project / "mkdocs.yml")
    rebuilder = Rebuilder(settings, log=lambda line: None)
    rebuilder.regenerate()
    foreign = settings.docs_dir / "articles" / "by-hand.md"
    foreign.write_text("not generated\n", encoding="utf-8")
    touch_article(project)
    rebuilder.regenerate()
    assert foreign.is_file()
    assert run_cli(project, "generate").returncode == 0
    assert not foreign.exists()


@small_corpus
def test_downloads_are_kept_by_key_and_one_changed_by_hand_is_written_again(project, monkeypatch):
    """An article's downloads and the pictures' data are kept by what they are made from (the
    original's sha256, the citation part's key, the picture's digest) and their stamp, without being
    made into bytes and hashed; one edited or removed by hand is written again."""
    settings = load_settings(project / "mkdocs.yml")
    cache = load_cache(project / CACHE_DIR)
    first = pages_of(project, cache=cache)
    docs = settings.docs_dir
    articles = sorted({path.rsplit("/", 1)[0] for path in first if path.endswith("/cite.bib")})
    tampered, removed, untouched = f"{articles[0]}/cite.bib", f"{articles[1]}/original.txt", f"{articles[2]}/cite.ris"
    (docs / tampered).write_text("@misc{tampered,\n}\n", encoding="utf-8")
    (docs / removed).unlink()
    networks = sorted(path for path in first if path.startswith("pictures/network/"))
    (docs / networks[0]).write_text("{}\n", encoding="utf-8")
    stored: list[str] = []
    store = DocsWriter.store
    monkeypatch.setattr(DocsWriter, "store", lambda self, path, content: (stored.append(path), store(self, path, content))[1])
    assert pages_of(project, cache=cache) == first
    assert tampered in stored and removed in stored and networks[0] in stored
    assert not [path for path in stored if path.rsplit("/", 1)[-1] in ("original.txt", "cite.bib", "cite.ris", "cite.csl.json") and path not in (tampered, removed)]
    assert not [path for path in stored if path.startswith("pictures/") and path != networks[0]]


def test_a_snapshot_lists_the_files_below_the_corpus_as_rglob_finds_them(tmp_path):
    """serve's poll (read.walk_names and a stat, once a second) sees what a walk with pathlib sees: files in subfolders,
    hidden ones, links to files; not the files behind a link to a folder, nor a broken link."""
    corpus = tmp_path / "corpus"
    (corpus / "sub" / "deeper").mkdir(parents=True)
    (corpus / "a.txt").write_text("a", encoding="utf-8")
    (corpus / "sub" / "deeper" / "b.txt").write_text("bb", encoding="utf-8")
    (corpus / ".hidden.txt").write_text("h", encoding="utf-8")
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "c.txt").write_text("ccc", encoding="utf-8")
    (corpus / "link.txt").symlink_to(outside / "c.txt")
    (corpus / "folder-link").symlink_to(outside, target_is_directory=True)
    (corpus / "broken.txt").symlink_to(tmp_path / "nowhere.txt")
    expected = {p.relative_to(corpus).as_posix(): (s.st_size, s.st_mtime_ns) for p in corpus.rglob("*") if p.is_file() and (s := p.stat())}
    assert snapshot(corpus) == expected
    assert set(expected) == {"a.txt", "sub/deeper/b.txt", ".hidden.txt", "link.txt"}
    assert snapshot(tmp_path / "missing") == {}
    (corpus / "ids.yml").write_text("[]\n", encoding="utf-8")  # the id ledger: written by the builds themselves
    assert snapshot(corpus) == expected, "writing the ledger must not set off another rebuild"


def test_the_corpus_listing_sorts_out_links_folders_and_special_files_with_one_stat_each(tmp_path):
    """read.list_inputs: what is read, and why the rest is not (it stats each file once and hands the
    status to the reader, which therefore must see a link's target, not the link)."""
    import os

    from generator.content.read import list_inputs

    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "a.txt").write_text("a", encoding="utf-8")
    (corpus / "sub" / "b.TXT").write_text("bb", encoding="utf-8")
    (corpus / "sub" / ".hidden.txt").write_text("h", encoding="utf-8")
    (corpus / "notes.md").write_text("n", encoding="utf-8")
    (corpus / "actors.yml").write_text("[]", encoding="utf-8")
    (corpus / "inside.txt").symlink_to(corpus / "sub" / "b.TXT")
    (corpus / "outside.txt").symlink_to(tmp_path / "elsewhere.txt")
    (corpus / "dangling.txt").symlink_to(corpus / "gone.txt")
    (corpus / "folder.txt").symlink_to(corpus / "sub", target_is_directory=True)
    os.mkfifo(corpus / "pipe.txt")
    report = Report()
    listed = list_inputs(corpus, report)
    assert [(name, path, status.st_size) for name, path, status in listed] == [
        ("a.txt", corpus / "a.txt", 1), ("inside.txt", corpus / "inside.txt", 2), ("sub/b.TXT", corpus / "sub" / "b.TXT", 2),
    ]
    reasons = {name: (entry.status, entry.reasons) for name, entry in report.files.items()}
    assert reasons == {
        "sub/.hidden.txt": ("ignored", ["hidden file, ignored"]),
        "notes.md": ("ignored", ["not a .txt file (.md), ignored"]),
        "outside.txt": ("skipped", ["symbolic link to a file outside the corpus folder, not followed"]),
        "dangling.txt": ("skipped", ["not a regular file"]),
        "folder.txt": ("skipped", ["not a regular file"]),
        "pipe.txt": ("skipped", ["not a regular file"]),
    }


def test_watch_notices_a_changed_file(project):
    corpus = project / "corpus"
    before = snapshot(corpus)
    victim = touch_article(project)
    assert snapshot(corpus) != before
    seen, stop = threading.Event(), threading.Event()
    names: list[list[str]] = []

    def on_change(changed: list[str]) -> None:
        names.append(changed)
        seen.set()

    thread = threading.Thread(target=watch, args=(corpus, on_change, stop, 0.05), daemon=True)
    thread.start()
    try:
        import time

        time.sleep(0.2)
        victim.write_text(victim.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
        assert seen.wait(5)
    finally:
        stop.set()
        thread.join(5)
    assert names[0] == [victim.relative_to(corpus).as_posix()]  # what serve's draft preview is given


def test_full_lists_are_kept_out_of_a_builtin_search_index(project):
    import frontmatter

    pages = pages_of(project)
    for path in ("articles/index.md", "dates/index.md"):
        assert frontmatter.loads(pages[path]).metadata["search"] == {"exclude": True}
    article = next(p for p in pages if p.startswith("articles/") and p != "articles/index.md" and p.endswith(".md"))
    assert "search" not in frontmatter.loads(pages[article]).metadata



def test_a_fresh_process_after_a_cold_build_finds_every_page_in_the_cache(project):
    """Page fingerprints must not depend on the run: not on the string hash seed, nor on whether the
    articles and mentions were just extracted or came from the cache."""
    keys = []
    for seed in ("1", "2"):
        assert run_cli(project, "generate", env={"PYTHONHASHSEED": seed}).returncode == 0
        keys.append({path: entry[0] for path, entry in load_cache(project / CACHE_DIR).pages.items()})
    assert keys[0] == keys[1]


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (path, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def rewrite_first_line(path: Path, line: str) -> None:
    lines = path.read_text(encoding="utf-8").split("\n")
    path.write_text("\n".join([line, *lines[1:]]), encoding="utf-8")


def test_an_edit_that_no_other_page_shows_renders_only_its_pages(project, monkeypatch):
    """An actor page shows of each article its title, date, outlet and mentions of the actor (link.Shown):
    a paragraph added without a mention renders the article's pages and the lists, not its actors' pages."""
    rebuilder = Rebuilder(load_settings(project / "mkdocs.yml"), log=lambda line: None)
    rebuilder.regenerate()
    rendered = rendered_paths(monkeypatch)
    victim = touch_article(project)
    rebuilder.regenerate()
    article = victim.stem.split("_")[-1]
    assert f"articles/{article}/index.md" in rendered
    assert not [path for path in rendered if path.startswith("actors/") and path != "actors/index.md"], rendered
    rendered.clear()
    rewrite_first_line(victim, "A headline the actor pages show")
    rebuilder.regenerate()
    assert any(path.startswith("actors/") and path.endswith("/index.md") and path != "actors/index.md" for path in rendered), rendered


def test_an_article_scope_is_keyed_by_every_actor_topic_and_related_article_it_holds(project):
    """Article pages are keyed by their scope (ArticleLinks.scope), whose actors and topics the page keys
    digest once a build and whose related articles by what is shown of them: a change to any actor,
    topic or related article it shows must change its key (enrich's key covers most such changes too,
    so the page-level tests above cannot tell)."""
    from dataclasses import replace

    from generator.archive.link import Shown
    from generator.build.digests import KeyMemo
    from generator.build.keys import digest_of
    from generator.site.render import ArticleLinks

    def key(scope) -> bytes:
        return digest_of(scope, KeyMemo())  # a new memo: a build's digests are made once

    archive = generate(load_settings(project / "mkdocs.yml"), Report()).archive
    article = next(a for a in archive.articles if a.mentions and a.topics and a.related)
    links = ArticleLinks.of(archive)
    base = links.scope(article, archive)
    assert key(base) == key(links.scope(article, archive))
    actor, topic, other = article.mentions[0].actor, article.topics[0], article.related[0].article
    archive.actors[actor] = replace(archive.actors[actor], description="An edited description")
    archive.topics[topic] = replace(archive.topics[topic], description="An edited description")
    changed = [key(ArticleLinks.of(archive).scope(article, archive))]
    archive.actors[actor] = base.actors[actor]
    changed.append(key(ArticleLinks.of(archive).scope(article, archive)))
    archive.topics[topic] = base.topics[topic]
    assert key(ArticleLinks.of(archive).scope(article, archive)) == key(base)
    edited = next(a for a in archive.articles if a.id == other)
    shown = Shown(edited)
    shown.title = replace(edited.title, value="An edited headline")
    changed.append(key(replace(links, by_id={**links.by_id, other: shown}).scope(article, archive)))
    assert len({key(base), *changed}) == 4, "each edit changes the key"


def test_the_digests_kept_for_enrich_are_those_of_the_articles_as_enrich_sees_them(project):
    """extract_all hands enrich the cached digest of each article as extracted, except where an
    override or a duplicate changed it since; each must be what article_digest gives at that point."""
    from generator.build.keys import article_digest
    from generator.build.pipeline import extract_all

    corpus = project / "corpus"
    synthetic = sorted((corpus / "synthetic").glob("*.txt"))
    (corpus / "metadata.yml").write_text(f"{synthetic[5].stem.split('_')[-1]}:\n  title: An overridden title\n", encoding="utf-8")
    (corpus / "synthetic" / "copy_of_two.txt").write_bytes(synthetic[2].read_bytes())
    settings = load_settings(project / "mkdocs.yml")
    for run in ("cold", "from the saved cache"):
        cache = load_cache(project / CACHE_DIR)
        articles, redirects, as_extracted, _ = extract_all(settings, Report(), lambda *args: None, cache)
        changed = {a.id for a in articles if a.overridden or a.duplicates}
        assert len(changed) == 2 and not changed & as_extracted.keys(), run
        assert as_extracted.keys() == {a.id for a in articles} - changed, run
        assert all(as_extracted[a.id] == article_digest(a) for a in articles if a.id in as_extracted), run
        cache.save()


def test_an_edit_rewrites_a_few_offline_search_files_not_the_whole_offline_index(project):
    """An edited article rewrites its own record file (by article number), the table of articles (its
    words' count) and the word scripts of the words whose counts it changed: no other search file."""
    from generator.site.offline import OFFLINE_DOCS, OFFLINE_TERMS, record_file_of
    from generator.site.offline_terms import doc_numbers, shard_file, words

    rebuilder = Rebuilder(load_settings(project / "mkdocs.yml"), log=lambda line: None)
    rebuilder.regenerate()
    search = project / "docs" / "search"
    assert len(list(search.glob("offline-records-*.js"))) > 10 and len(list(search.glob("offline-terms-*.js"))) > 10
    victim = touch_article(project)
    rebuilder.regenerate()
    offline = sorted(path for path in rebuilder.rewritten if path.startswith("search/"))
    prefixes = [path[len("search/offline-terms-"):-3] for path in offline if path.startswith("search/offline-terms-")]
    added = words(ADDED)
    assert prefixes and all(any(word.startswith(prefix) for word in added) for prefix in prefixes), prefixes
    assert all(shard_file(prefix) == prefix for prefix in prefixes)
    number = doc_numbers(a.id for a in rebuilder.archive.articles)[victim.stem.split("_")[-1]]
    expected = {f"search/offline-records-{record_file_of(number)}.js", OFFLINE_DOCS, *(OFFLINE_TERMS.format(p) for p in prefixes)}
    assert set(offline) == expected, offline
    # and every article's record is still among the parts carried to the next build, not only those
    # of the file made again (else the next fresh process makes and saves them all again)
    records = [key for key in rebuilder.cache.fragments if key[0].startswith("offline ")]
    assert len(records) == len(rebuilder.archive.articles)
    rebuilder.cache.save()
    assert len([key for key in load_cache(project / CACHE_DIR).fragments if key[0].startswith("offline ")]) == len(records)


def kept_aggregates(rebuilder: Rebuilder) -> dict:
    return {key[0]: value for key, value in rebuilder.cache.fragments.items() if key[0] in ("mention stats", "timeline", "coverage")}


def test_serve_keeps_the_aggregates_an_edit_leaves_as_they_were(project):
    """A paragraph without a mention keeps the mention statistics, the timeline and the coverage map
    from the last build, and renders no actor page; a headline renders again the pages of the
    article's actors only."""
    rendered: list[str] = []
    original = batch.render_pages

    def spy(pages, render, todo, workers, **options):
        rendered.extend(pages[i].path for i in todo)
        return original(pages, render, todo, workers, **options)

    rebuilder = Rebuilder(load_settings(project / "mkdocs.yml"), log=lambda line: None)
    rebuilder.regenerate()
    first = kept_aggregates(rebuilder)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(batch, "render_pages", spy)
        victim = touch_article(project)
        rebuilder.regenerate()
        second = kept_aggregates(rebuilder)
        assert all(second[kind][1] is first[kind][1] for kind in ("mention stats", "timeline", "coverage"))
        assert not [path for path in rendered if path.startswith("actors/") and path.endswith("/index.md") and path != "actors/index.md"]
        article = victim.stem.split("_")[-1]
        named_before = rebuilder.archive.by_id()[article].named_actors()  # a headline's names are mentions too
        rewrite_first_line(victim, "A headline the actor pages show")
        rebuilder.regenerate()
    pages = {path for path in rendered if path.startswith("actors/") and path.endswith("/index.md") and path != "actors/index.md"}
    named = {*named_before, *rebuilder.archive.by_id()[article].named_actors()}
    assert pages and pages <= {f"actors/{slug}/index.md" for slug in named}


def test_serve_updates_the_mention_statistics_for_an_edit_that_changes_mentions(project, monkeypatch):
    """One article's new mentions are taken into the last build's counts (build/updates.py), not
    counted again from every article; the every-kind-of-edit test below checks the pages are the same."""
    from generator.archive import counts

    rebuilder = Rebuilder(load_settings(project / "mkdocs.yml"), log=lambda line: None)
    rebuilder.regenerate()
    before = kept_aggregates(rebuilder)["mention stats"][1]
    counted_afresh = []
    original = counts.mention_stats
    monkeypatch.setattr(counts, "mention_stats", lambda shares: counted_afresh.append(1) or original(shares))
    victim = sorted((project / "corpus" / "synthetic").glob("*.txt"))[7]
    victim.write_text(victim.read_text(encoding="utf-8") + "\nRubio and Zelensky spoke again.\n", encoding="utf-8")
    rebuilder.regenerate()
    after = kept_aggregates(rebuilder)["mention stats"][1]
    assert not counted_afresh and after is not before
    assert after.mentions["marco-rubio"] == before.mentions["marco-rubio"] + 1 and after.mentions["volodymyr-zelensky"] == before.mentions["volodymyr-zelensky"] + 1


@pytest.mark.parametrize("serving", [True, False], ids=["serve", "fresh-process"])
def test_every_kind_of_edit_gives_through_the_cache_what_a_fresh_run_gives(project, serving):
    """Page keys stand in for derived data (an actor's articles for its mentions, or their saved
    shares; the archive's articles for its groups and passages): each edit that could slip past such
    a stand-in is checked here, in serve (every part and aggregate kept in memory) and in a fresh
    process each time (the saved parts only, the cache saved and loaded between edits)."""
    corpus = project / "corpus"
    synthetic = sorted((corpus / "synthetic").glob("*.txt"))
    first_seed = sorted(corpus.glob("0*.txt"))[0]
    edits = [
        ("an actor's role", lambda: edit(corpus / "actors.yml", "role: US Secretary of State", "role: Secretary of State of the United States")),
        ("an actor's name", lambda: edit(corpus / "actors.yml", "- name: Steve Witkoff", "- name: Steven Witkoff")),
        ("an actor's type (the same mentions, other networks)", lambda: edit(corpus / "actors.yml", "- name: Russia\n  type: country", "- name: Russia\n  type: place")),
        ("a new mention and quote", lambda: synthetic[3].write_text(synthetic[3].read_text(encoding="utf-8") + "\nRubio said, “We will keep talking.”\n", encoding="utf-8")),
        ("a mention removed", lambda: first_seed.write_text(first_seed.read_text(encoding="utf-8").replace("Witkoff", "the envoy"), encoding="utf-8")),
        ("one more mention of an actor mentioned already (counts only)", lambda: first_seed.write_text(first_seed.read_text(encoding="utf-8") + "\nZelensky spoke to reporters in Washington again.\n", encoding="utf-8")),
        ("a headline (shown on actor pages and in related articles)", lambda: rewrite_first_line(synthetic[11], "An edited headline for the cache test")),
        ("a date (shown on actor pages and in related articles)", lambda: edit(synthetic[12], "2025", "2023")),
        ("a sentence around a mention", lambda: edit(sorted(corpus.glob("001_*.txt"))[0], "while playing down the implications of Rubio", "while playing down, for now, the implications of Rubio")),
        ("a topic pattern", lambda: edit(corpus / "topics.yml", r"patterns: ['\btariffs?\b']", r"patterns: ['\btariffs?\b', '\btrade\b']")),
        ("a title override", lambda: (corpus / "metadata.yml").write_text(f"{synthetic[5].stem.split('_')[-1]}:\n  title: An overridden title\n", encoding="utf-8")),
        ("an article deleted", lambda: synthetic[9].unlink()),
    ]
    cache = load_cache(project / CACHE_DIR)
    cache.keeps_fragments = serving  # as serve's Rebuilder: each article's parts of the whole-archive files kept between builds
    before = pages_of(project, cache=cache)
    kinds = {"offline" if key[0].startswith("offline ") else key[0] for key in cache.fragments}  # one kind per record file
    aggregates = {"coverage", "timeline"} if serving else set()
    saved = {"actor shares", "citation", "citation styles", "features", "mention shares", "mention stats", "offline", "offline-facets", "offline-terms", "related scores"}
    assert {kind for kind in kinds if not kind.startswith("row ")} == saved | aggregates
    assert {"row table_row articles", "row list_item dates", "row list_item "} <= kinds, kinds  # the lists' rows
    for name, apply in edits:
        apply()
        if not serving:
            cache.save()
            cache = load_cache(project / CACHE_DIR)
        through_cache, fresh = pages_of(project, cache=cache), pages_of(project)
        stale = sorted(path for path in fresh if through_cache.get(path) != fresh[path])
        assert not stale and set(through_cache) == set(fresh), (name, stale[:5])
        assert through_cache != before, name  # the edit changed something
        before = through_cache
    cache.save()
    saved = {key: value for key, value in cache.fragments.items() if is_saved_kind(key[0])}
    loaded = load_cache(project / CACHE_DIR).fragments
    scores = {key: saved_form(key[0], value) for key, value in cache.fragments.items() if key[0] == "related scores"}
    stats = {key: value for key, value in cache.fragments.items() if key[0] == "mention stats"}
    assert saved and scores and stats and loaded == saved | scores | stats  # the rest is kept in memory only
    assert not [made for key, made in loaded.items() if key in scores and (made[1].raw or made[1].postings)]


def test_a_fresh_generate_makes_only_the_edited_articles_saved_parts(project, monkeypatch):
    """The citations, related-article features, offline-index records and list rows are saved with the
    cache: a fresh process makes them again only for the edited article (not for those whose related
    articles the edit moved), updates the saved related-article scores rather than scoring every
    article again, and gives what a run without the cache gives, whatever the string hash seed of
    the run that saved them."""
    assert run_cli(project, "generate", env={"PYTHONHASHSEED": "1"}).returncode == 0
    saved = load_cache(project / CACHE_DIR).fragments
    assert {kind for kind, _, _ in saved} >= {"citation", "features", "row table_row articles", "row list_item dates"}
    assert any(kind.startswith("offline ") for kind, _, _ in saved)
    synthetic = sorted((project / "corpus" / "synthetic").glob("*.txt"))
    victim, model = synthetic[7], synthetic[20]
    related_before = related_of(project)
    victim.write_text(victim.read_text(encoding="utf-8") + "\n" + max(model.read_text(encoding="utf-8").split("\n\n"), key=len) + "\n", encoding="utf-8")
    related_after = related_of(project)
    moved = [aid for aid in related_before if related_before[aid] != related_after[aid] and aid not in victim.stem]
    assert moved  # other articles' related lists changed with the edit
    made = {"citation": 0, "features": 0, "offline": 0}
    monkeypatch.setattr(citepages, "citation_parts", counting(made, "citation", citepages.citation_parts))
    monkeypatch.setattr(related, "raw_vector", counting(made, "features", related.raw_vector))
    monkeypatch.setattr(offline, "offline_record_json", counting(made, "offline", offline.offline_record_json))
    scored_afresh = []
    made_scores = related.Scores.made
    monkeypatch.setattr(related.Scores, "made", classmethod(lambda cls, *args: (scored_afresh.append(1), made_scores(*args))[1]))
    monkeypatch.setattr(updates, "MOST", 2)  # the saved related scores are updated, however far the edit reaches in 45 articles
    cache = load_cache(project / CACHE_DIR)
    through_cache = pages_of(project, cache=cache)
    assert made == {"citation": 1, "features": 1, "offline": 1}
    assert not scored_afresh
    assert through_cache == pages_of(project)


def test_an_article_that_brings_new_people_makes_only_its_own_parts_again(project, monkeypatch):
    """A new person changes the actor set every article is matched against; an article in which it finds the same
    names keeps its key (enrich.stage.NamedDigests.found_key) and its parts: before, ten new articles at 10,000 made every
    article's citations, features, records and rows again."""
    assert run_cli(project, "generate").returncode == 0
    (project / "corpus" / "quenby.txt").write_text(
        "Quenby wins the orchard prize\n\nMarisol Quenby, a grower from Kent, won the regional orchard prize on Friday. "
        "Marisol Quenby said the apples had never been better.\n", encoding="utf-8")
    made = {"citation": 0, "features": 0}
    monkeypatch.setattr(citepages, "citation_parts", counting(made, "citation", citepages.citation_parts))
    monkeypatch.setattr(related, "raw_vector", counting(made, "features", related.raw_vector))
    result = generate(load_settings(project / "mkdocs.yml"), Report(), cache=load_cache(project / CACHE_DIR))
    assert "marisol-quenby" in result.archive.actors
    assert made == {"citation": 1, "features": 1}


def counting(made: dict[str, int], kind: str, make):
    """make, counting its calls in made[kind]."""
    def counted(*args, **kwargs):
        made[kind] += 1
        return make(*args, **kwargs)
    return counted


def related_of(project: Path) -> dict[str, list]:
    return {a.id: a.related for a in generate(load_settings(project / "mkdocs.yml"), Report()).archive.articles}


def test_other_pages_can_read_only_what_the_cache_fingerprints_of_an_article():
    from generator.archive.link import SHOWN_ELSEWHERE, Shown

    article = generate(load_settings(PROJECT / "mkdocs.yml"), Report()).archive.articles[0]
    seen = Shown(article)
    assert [getattr(seen, name) for name in SHOWN_ELSEWHERE] == [getattr(article, name) for name in SHOWN_ELSEWHERE]
    with pytest.raises(AttributeError, match="link.Shown"):
        seen.word_count


def test_saved_parts_not_asked_for_are_carried_only_for_the_articles_still_there():
    """A page kept from the last build asks for none of its parts, which are carried for the next;
    those of an article that is gone (deleted, or edited: a new key) are dropped, not saved forever."""
    from types import SimpleNamespace

    from generator.build.cache import Cache
    from generator.build.fragments import Fragments

    cache = Cache(keeps_fragments=False)
    kept, gone, unasked = (SimpleNamespace(enrichment=letter * 32) for letter in (b"k", b"g", b"u"))
    fragments = Fragments(cache, "settings")
    salt = fragments.salt
    cache.fragments = {("offline", salt, kept.enrichment): b"1", ("offline", salt, gone.enrichment): b"2", ("a kind only serve keeps", salt, kept.enrichment): b"3",
                       ("citation styles", salt, unasked.enrichment): b"4", ("offline", b"other settings", kept.enrichment): b"5"}
    fragments = Fragments(cache, "settings")
    assert fragments.part("citation", kept, lambda a: "made") == "made"
    assert fragments.part("citation styles", kept, lambda a: "styled") == "styled"
    fragments.finish([kept, unasked])
    # not the gone article's, nor a kind only serve keeps, nor one of other settings; an article whose page asked
    # for none of its citation styles this time keeps them for the next (its kind asked of another article)
    assert set(cache.fragments.values()) == {b"1", "made", "styled", b"4"}


def test_each_article_counts_its_mentions_per_actor_cold_warm_and_in_serve(project):
    """Pages read `mentions_per_actor` instead of the mentions: it must be the mentions' count whichever
    way the article came (extracted now, copied from the cache, re-enriched inside serve)."""
    from collections import Counter

    def counted(archive) -> list[str]:
        wrong = [a.id for a in archive.articles if a.mentions_per_actor != Counter(m.actor for m in a.mentions)
                 or list(a.mentions_per_actor) != list(dict.fromkeys(m.actor for m in a.mentions))]
        assert any(a.mentions for a in archive.articles)
        return wrong

    settings = load_settings(project / "mkdocs.yml")
    cache = load_cache(project / CACHE_DIR)
    assert counted(generate(settings, Report(), cache=cache).archive) == []
    cache.save()
    assert counted(generate(settings, Report(), cache=load_cache(project / CACHE_DIR)).archive) == []
    rebuilder = Rebuilder(settings, log=lambda line: None)
    rebuilder.regenerate()  # from the saved cache: no actor page rendered
    victim = touch_article(project)
    victim.write_text(victim.read_text(encoding="utf-8") + "\nVladimir Putin met Volodymyr Zelensky.\n", encoding="utf-8")
    rebuilder.regenerate()
    assert counted(rebuilder.archive) == []


def test_a_fresh_generate_collects_the_actors_mentions_only_for_actor_pages_it_renders(project, monkeypatch):
    """Actor entries collect their mentions and quotes when a page reads them: after an edit that names
    no actor, a fresh `generate` renders no actor page and collects none; after one that names actors,
    it collects them (once, for all entries) and the pages are those of a run without a cache."""
    from generator.site import actor_pages

    settings = load_settings(project / "mkdocs.yml")

    def fresh_generate():
        cache = load_cache(project / CACHE_DIR)
        generated = generate(settings, Report(), cache=cache, output=DocsWriter(settings.docs_dir), workers=1)
        cache.save()
        return generated

    fresh_generate()
    collected = []
    original = actor_pages.MentionCollector.collect
    monkeypatch.setattr(actor_pages.MentionCollector, "collect", lambda self: collected.append(1) or original(self))
    victim = touch_article(project)
    written = fresh_generate().output.rewritten
    assert written and not [path for path in written if path.startswith("actors/")] and collected == []
    victim.write_text(victim.read_text(encoding="utf-8") + "\nVladimir Putin met Volodymyr Zelensky.\n", encoding="utf-8")
    written = fresh_generate().output.rewritten
    assert [path for path in written if path.startswith("actors/")] and collected == [1]
    assert files_in(settings.docs_dir) == pages_of(project)


def test_a_cold_parallel_build_collects_the_actors_mentions_once_before_forking(project, monkeypatch):
    """Every actor page is rendered, across processes: the mentions are collected in the parent, once,
    rather than by each worker that renders an actor page (which the parent would never see)."""
    from generator.site import actor_pages

    collected = []
    original = actor_pages.MentionCollector.collect
    monkeypatch.setattr(actor_pages.MentionCollector, "collect", lambda self: collected.append(1) or original(self))
    settings = load_settings(project / "mkdocs.yml")
    generate(settings, Report(), cache=load_cache(project / CACHE_DIR), output=DocsWriter(settings.docs_dir), workers=2)
    assert collected == [1]


def test_a_warm_build_across_processes_collects_the_actors_mentions_once_before_forking(project, monkeypatch):
    """The parent collects whenever it forks, not only for a cold build: here an edit naming actors
    after a build with a cache, with every page a worker's (so the actor pages are rendered there)."""
    from generator.site import actor_pages
    from generator.build import render_pool

    settings = load_settings(project / "mkdocs.yml")
    cache = load_cache(project / CACHE_DIR)
    generate(settings, Report(), cache=cache, output=DocsWriter(settings.docs_dir), workers=1)
    collected = []
    original = actor_pages.MentionCollector.collect
    monkeypatch.setattr(actor_pages.MentionCollector, "collect", lambda self: collected.append(1) or original(self))
    monkeypatch.setattr(render_pool, "PARALLEL_FROM", 2)
    victim = touch_article(project)
    victim.write_text(victim.read_text(encoding="utf-8") + "\nVladimir Putin met Volodymyr Zelensky.\n", encoding="utf-8")
    written = generate(settings, Report(), cache=cache, output=DocsWriter(settings.docs_dir), workers=2).output.rewritten
    assert [path for path in written if path.startswith("actors/")] and collected == [1]
    assert files_in(settings.docs_dir) == pages_of(project)


def test_a_page_whose_context_cannot_be_keyed_is_an_error_that_names_it():
    """A key that cannot be made is a bug to fix, not a page silently rendered on every build."""
    from generator.build.digests import KeyMemo
    from generator.build.keys import UnkeyablePage, page_key
    from generator.site.page import Page

    page = Page("articles/x/index.md", "article.md.j2", {"made by": lambda: None})
    with pytest.raises(UnkeyablePage, match="articles/x/index.md"):
        page_key(page, b"", KeyMemo())
    assert page_key(Page("a.md", "article.md.j2", {"title": "A"}), b"", KeyMemo())  # a plain context is keyed


def test_serve_frees_what_each_rebuild_leaves_in_reference_cycles(project):
    """Rebuilder.settle (after each rebuild's publish): the objects the collector tracks stay level over
    rebuilds; without it, each rebuild left tens of thousands more in the oldest generation."""
    rebuilder = Rebuilder(load_settings(project / "mkdocs.yml"), log=lambda line: None)
    rebuilder.regenerate()
    victim = sorted((project / "corpus" / "synthetic").glob("*.txt"))[7]
    text, tracked = victim.read_text(encoding="utf-8"), []
    for number in range(4):
        victim.write_text(text + f"\nA paragraph {number} with no names.\n", encoding="utf-8")
        rebuilder.regenerate()
        rebuilder.settle()
        tracked.append(len(gc.get_objects()))
    tracked = tracked[1:]  # the first edit loads what reading a text needs once a process (the name lists), when run alone
    assert max(tracked) - min(tracked) < 0.02 * min(tracked), tracked


def test_a_record_the_page_keys_do_not_name_is_an_error_not_a_guess():
    """Every record a page context holds is digested as build/keys.py's DIGESTS says; one of another
    type (a new record someone put in a context) must be named in the error, not pickled as it comes."""
    from dataclasses import dataclass

    from generator.build.digests import KeyMemo
    from generator.build.keys import UnkeyablePage, page_key
    from generator.site.page import Page

    @dataclass(frozen=True)
    class Unnamed:
        value: str

    page = Page("actors/x/index.md", "actor.md.j2", {"e": [Unnamed("a")]})
    with pytest.raises(UnkeyablePage, match="actors/x/index.md.*Unnamed"):
        page_key(page, b"", KeyMemo())


def test_a_set_in_a_page_context_is_keyed_by_its_members_in_any_order():
    """Sets iterate in an order that follows the per-process string hash: the key sorts them."""
    from generator.build.digests import KeyMemo
    from generator.build.keys import page_key
    from generator.site.page import Page

    def key(members) -> str:
        return page_key(Page("a.md", "article.md.j2", {"s": members}), b"", KeyMemo())

    assert key({"b", "a", "c"}) == key(frozenset(["c", "a", "b"])) != key({"a", "b"})


def test_an_enriched_articles_key_follows_what_was_found_the_actors_it_names_and_the_topics():
    """NamedDigests.found_key digests each actor once a build and what was found once, when found; the key must
    still change with each of its inputs (a description edited in actors.yml included), and with nothing else."""
    from types import SimpleNamespace

    from generator.enrich.stage import Found, NamedDigests
    from generator.model import Actor, Mention, Topic

    actors = {slug: Actor(slug, slug.title(), "person") for slug in ("ada", "bo", "cy")}
    mention = Mention("ada", "a1", 1, "p-1", 0, 3, "Ada")
    found = Found([mention], [], [], b"found", ("ada",))
    topics = pickle.dumps([Topic("talks", "Talks")])

    def key(actors=actors, found=found, topics=topics, extracted=b"extracted"):
        return NamedDigests(SimpleNamespace(actors=actors), topics).found_key(extracted, found)

    same = key()
    assert key() == same
    assert key(actors={**actors, "bo": Actor("bo", "Bo Other", "person")}) == same  # an actor it does not name
    assert key(actors={**actors, "ada": Actor("ada", "Ada", "person", description="A grower")}) != same
    assert key(found=found._replace(digest=b"other")) != same
    assert key(found=found._replace(named=("ada", "cy"))) != same
    assert key(topics=b"other topics") != same
    assert key(extracted=b"edited") != same


def test_a_mention_pickles_with_every_field_even_those_equality_ignores():
    """model.pickled_as_tuple pickles a mention as its fields' tuple; `sentence` is not compared by ==, so a lost
    one would go unseen by the tests that compare mentions."""
    from generator.model import Mention

    mention = Mention("ada", "a1", 2, "p-2", 4, 7, "Ada", sentence="Ada spoke.", source=True)
    again = pickle.loads(pickle.dumps(mention, protocol=pickle.HIGHEST_PROTOCOL))
    assert [getattr(again, name) for name in mention.__slots__] == [getattr(mention, name) for name in mention.__slots__]
