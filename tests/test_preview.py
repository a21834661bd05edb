"""`serve`'s rebuild: a dirty MkDocs build previews the changed pages in the served site/, then the
full publish (staging, Pagefind, manifest, archive.zip, swap) makes the whole site right (issue 7)."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from conftest import OLD_SITES, SEED_IDS, copy_project
from generator.publish.search_index import RECENT_BUNDLE, SHARDS_FILE
from test_publish_incremental import indexed
from generator.serve import watch
from generator.config import load_settings
from generator.publish.fixity import MANIFEST, verify
from generator.publish.stage import PublishError
from generator.serve.watch import Rebuilder

ARTICLE = f"articles/{SEED_IDS['001']}/index.html"
NEW_TEXT = "An added paragraph about zebras crossing the negotiating table."


@pytest.fixture(scope="module")
def served_once(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    """The seed project after serve's first rebuild (no site yet, so no preview), and its log."""
    project = copy_project(tmp_path_factory.mktemp("served") / "project")
    lines: list[str] = []
    Rebuilder(load_settings(project / "mkdocs.yml"), log=lines.append).rebuild()
    return project, lines


@pytest.fixture
def project(served_once, tmp_path: Path) -> Path:
    """A copy of the served project (times kept, so its site/ stays newer than its docs/)."""
    return Path(shutil.copytree(served_once[0], tmp_path / "project", symlinks=True, ignore=OLD_SITES))


def edit_article(project: Path) -> None:
    victim = project / "corpus" / f"001_{SEED_IDS['001']}.txt"
    victim.write_text(victim.read_text(encoding="utf-8") + f"\n{NEW_TEXT}\n", encoding="utf-8")


def paragraphs(html: bytes | str) -> list[str]:
    """The article's numbered paragraphs as a reader sees them, without their numbers."""
    soup = BeautifulSoup(html, "html.parser")
    for number in soup.select(".archive-para__num"):
        number.decompose()
    return [" ".join(p.get_text(" ").split()) for p in soup.select("[data-pagefind-body] p.archive-para")]


def file_times(site: Path) -> dict[Path, int]:
    return {p: p.stat().st_mtime_ns for p in site.rglob("*") if p.is_file()}


def test_without_a_site_the_first_rebuild_publishes_in_full(served_once):
    project, lines = served_once
    assert any("no full site to preview into yet" in line for line in lines), lines
    assert not any("preview ready" in line for line in lines)
    assert any("site complete (search updated)" in line for line in lines), lines
    assert verify(project / "site").ok


def test_an_edit_is_previewed_then_the_full_site_catches_up(project, monkeypatch):
    settings = load_settings(project / "mkdocs.yml")
    site = settings.site_dir
    before = file_times(site)
    lines: list[str] = []
    rebuilder = Rebuilder(settings, log=lines.append)
    edit_article(project)

    previewed: dict[Path, bytes] = {}
    real_publish = watch.publish

    def publish_after_looking(settings, archive, **options):
        """The site as the preview left it, just before the full publish starts."""
        changed = [p for p, mtime in file_times(site).items() if before.get(p) != mtime]
        previewed.update({p: p.read_bytes() for p in changed})
        return real_publish(settings, archive, **options)

    monkeypatch.setattr(watch, "publish", publish_after_looking)
    rebuilder.rebuild()

    assert any(line.startswith("preview ready in ") for line in lines), lines
    assert NEW_TEXT in paragraphs(previewed[site / ARTICLE])  # the edit, visible before the full publish
    assert site / "articles" / "index.html" in previewed  # the list pages that changed too
    assert len(previewed) < len(before) / 5, sorted(str(p) for p in previewed)  # only those
    assert (site / MANIFEST) not in previewed  # search and the manifest waited for the full publish
    for path, data in previewed.items():
        assert path.read_bytes() == data, f"{path}: the preview differs from the full build"
    assert any("site complete (search updated)" in line for line in lines), lines
    recent = indexed(site / RECENT_BUNDLE)  # the edited page, indexed again apart from its shard
    assert any(NEW_TEXT in text for _, text in recent.values()) and f"{RECENT_BUNDLE}/" in (site / SHARDS_FILE).read_text(encoding="utf-8")
    assert verify(site).ok, verify(site).lines()


def test_a_failing_preview_does_not_stop_the_full_publish(project, monkeypatch):
    def fail(settings, archive, rewritten=None):
        raise PublishError("mkdocs build --dirty failed (exit 1):\nboom")

    monkeypatch.setattr(watch, "preview_build", fail)
    settings = load_settings(project / "mkdocs.yml")
    lines: list[str] = []
    edit_article(project)
    Rebuilder(settings, log=lines.append).rebuild()
    assert any("preview failed" in line and "boom" in line for line in lines), lines
    assert any("site complete (search updated)" in line for line in lines), lines
    assert NEW_TEXT in paragraphs((settings.site_dir / ARTICLE).read_bytes())
    assert verify(settings.site_dir).ok


def test_no_preview_when_no_page_changed(project, monkeypatch):
    monkeypatch.setattr(watch, "preview_build", lambda settings, archive, rewritten=None: pytest.fail("nothing to preview"))
    monkeypatch.setattr(watch, "publish", lambda settings, archive: None)
    lines: list[str] = []
    Rebuilder(load_settings(project / "mkdocs.yml"), log=lines.append).rebuild()
    assert lines[0].startswith("docs: 0 written, 0 removed"), lines


@pytest.mark.browser
def test_the_reader_sees_the_edit_at_once_and_finds_it_after_the_full_publish(project, monkeypatch, browser, artifacts):
    """Over http, as `serve` serves it: the previewed article shows the new paragraph while search
    still knows only the old text; once the full publish is swapped in, search finds it."""
    from conftest import free_port
    from generator.serve.server import make_server

    settings = load_settings(project / "mkdocs.yml")
    server = make_server(settings.site_dir, free_port())
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    seen: dict[str, str] = {}
    real_publish = watch.publish

    def publish_after_looking(settings, archive, **options):
        seen["preview"] = reader_view(browser, base, artifacts / "preview-1-article-before-full-publish.png")
        return real_publish(settings, archive, **options)

    monkeypatch.setattr(watch, "publish", publish_after_looking)
    edit_article(project)
    try:
        Rebuilder(settings, log=lambda line: None).rebuild()
        seen["published"] = reader_view(browser, base, artifacts / "preview-2-search-after-full-publish.png")
    finally:
        server.shutdown()
    assert seen["preview"] == "No results for “zebras”"
    assert seen["published"] == "1 result"


def reader_view(browser, base: str, screenshot: Path) -> str:
    """Open the edited article, check the new paragraph shows, search for it; the search status."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    try:
        page.goto(base + ARTICLE)
        paragraph = page.locator("p.archive-para", has_text=NEW_TEXT)
        paragraph.scroll_into_view_if_needed()
        assert paragraph.is_visible()
        page.fill("#archive-search-input", "zebras")
        status = page.locator("#archive-search-results .archive-search__status")
        status.filter(has_text="result").wait_for(timeout=60_000)  # "No results for …" or "1 result"
        page.screenshot(path=str(screenshot))
        return status.inner_text()
    finally:
        page.close()


# --------------------------------------------------------------------------- the draft preview (draft.py)

EDITED = f"001_{SEED_IDS['001']}.txt"


def drafted(project: Path, monkeypatch, change) -> tuple[list[str], dict[str, bytes]]:
    """A Rebuilder that has generated once (as serve's first build leaves it), `change` applied to the
    corpus, then rebuild(names changed): the log, and the site's article page when the regenerate began."""
    settings = load_settings(project / "mkdocs.yml")
    lines: list[str] = []
    rebuilder = Rebuilder(settings, log=lines.append)
    rebuilder.regenerate()
    changed = change(project)
    seen: dict[str, bytes] = {}
    real_regenerate = rebuilder.regenerate

    def regenerate_after_looking():
        seen["article"] = (settings.site_dir / ARTICLE).read_bytes()
        return real_regenerate()

    monkeypatch.setattr(rebuilder, "regenerate", regenerate_after_looking)
    monkeypatch.setattr(watch, "publish", lambda settings, archive: None)
    rebuilder.rebuild(changed)
    return lines, seen


def test_an_edited_article_is_drafted_before_the_regenerate(project, monkeypatch):
    def change(project: Path) -> list[str]:
        edit_article(project)
        return [EDITED]

    lines, seen = drafted(project, monkeypatch, change)
    assert any(line.startswith(f"draft preview of {EDITED} ready in ") for line in lines), lines
    assert NEW_TEXT in paragraphs(seen["article"])  # shown before the whole archive was regenerated
    assert any(line.startswith("docs: ") for line in lines), lines  # and the regenerate still ran
    assert lines.index(next(line for line in lines if line.startswith("draft preview"))) < lines.index(next(line for line in lines if line.startswith("docs: ")))


def test_a_draft_takes_the_defaults_of_metadata_yml(project, monkeypatch):
    """A pattern's default (issue 31) is in the draft as in the full build: the date the text does not state."""

    def change(project: Path) -> list[str]:
        (project / "corpus" / "metadata.yml").write_text('"001_*.txt":\n  date: 2006-03\n', encoding="utf-8")
        edit_article(project)
        return [EDITED]

    lines, seen = drafted(project, monkeypatch, change)
    assert any(line.startswith(f"draft preview of {EDITED} ready in ") for line in lines), lines
    published = BeautifulSoup(seen["article"], "html.parser").find("dt", string="Published").find_next_sibling("dd")
    assert published.get_text(strip=True) == "March 2006"


def test_the_regenerate_after_a_draft_writes_the_final_page(project, monkeypatch):
    """The page in docs/ after the draft and the regenerate is the one a fresh generate writes."""
    from generator.model import Report
    from generator.build.pipeline import generate

    lines, _ = drafted(project, monkeypatch, lambda project: (edit_article(project), [EDITED])[1])
    settings = load_settings(project / "mkdocs.yml")
    fresh = generate(settings, Report())
    page = f"articles/{SEED_IDS['001']}/index.md"
    assert (settings.docs_dir / page).read_text(encoding="utf-8") == fresh.pages[page]


@pytest.mark.parametrize(
    "change, reason",
    [
        (lambda project: ((project / "corpus" / "010_abcdef0123456789.txt").write_text("A new file\n\nWith a paragraph of its own.\n", encoding="utf-8"), ["010_abcdef0123456789.txt"])[1], "not a published article's file"),
        (lambda project: ((project / "corpus" / "actors.yml").write_text((project / "corpus" / "actors.yml").read_text(encoding="utf-8") + "\n", encoding="utf-8"), ["actors.yml"])[1], "not a published article's file"),
        (lambda project: (edit_byline(project, "By Zoe Newauthor"), [EDITED])[1], "author Zoe Newauthor has no page yet"),
    ],
    ids=["new file", "registry file", "new author"],
)
def test_no_draft_when_the_last_build_cannot_link_it(project, monkeypatch, change, reason):
    before = (project / "site" / ARTICLE).read_bytes()
    lines, seen = drafted(project, monkeypatch, change)
    assert any(line.startswith("no draft preview (") and reason in line for line in lines), lines
    assert not any(line.startswith("draft preview") for line in lines), lines
    assert seen["article"] == before  # the served page was left alone until the regenerate


def edit_byline(project: Path, byline: str) -> None:
    victim = project / "corpus" / EDITED
    lines = victim.read_text(encoding="utf-8").split("\n")
    index = next(i for i, line in enumerate(lines) if line.startswith("By "))
    lines[index] = byline
    victim.write_text("\n".join(lines), encoding="utf-8")


def test_the_preview_build_checks_only_what_the_generator_rewrote(project):
    """preview.py: a dirty build given the rewritten files copies no other download or data file and
    leaves sitemap.xml to the full build; without the list, MkDocs copies every file newer than its copy."""
    import os
    import time

    from generator.publish.stage import preview_build

    settings = load_settings(project / "mkdocs.yml")
    site, docs = settings.site_dir, settings.docs_dir
    rebuilder = Rebuilder(settings, log=lambda line: None)
    rebuilder.regenerate()  # what serve knows after its first build
    before = file_times(site)
    later = time.time() + 5
    rewritten = f"articles/{SEED_IDS['001']}/index.md"
    page = docs / rewritten
    page.write_text(page.read_text(encoding="utf-8").replace("</header>", "</header>\n\n<p>Zebra marker.</p>", 1), encoding="utf-8")
    touched = f"articles/{SEED_IDS['002']}/cite.bib"  # newer than its copy in the site, but not listed
    for path in (page, docs / touched):
        os.utime(path, (later, later))

    preview_build(settings, rebuilder.archive, [rewritten])
    changed = {p.relative_to(site).as_posix() for p, mtime in file_times(site).items() if before.get(p) != mtime}
    assert changed == {ARTICLE}, changed  # the listed page only: no cite.bib, no sitemap.xml
    assert "Zebra marker." in (site / ARTICLE).read_text(encoding="utf-8")

    preview_build(settings, rebuilder.archive)  # without the list: every newer file is copied
    changed = {p.relative_to(site).as_posix() for p, mtime in file_times(site).items() if before.get(p) != mtime}
    assert touched in changed and "sitemap.xml" in changed, changed


def test_a_preview_makes_mkdocs_files_only_for_the_nav_and_the_listed_files(project, monkeypatch):
    """preview.py walks docs/ making MkDocs' files only for the pages the nav names and the listed
    files, in MkDocs' own order, and goes into no other folder."""
    import os

    from mkdocs.config import load_config
    from mkdocs.structure.files import get_files

    from generator.plugins.preview import Showing, nav_paths, shown_files

    config = load_config(str(project / "mkdocs.yml"))
    listed = {f"articles/{SEED_IDS['002']}/cite.bib", "data/articles.csv", f"articles/{SEED_IDS['001']}/index.md"}
    nav = nav_paths(config.nav)
    assert {"index.md", "articles/index.md", "outlets/index.md", "about.md"} <= nav
    walk = os.walk
    every = get_files(config)
    kept = [f.src_uri for f in every if f.src_uri in nav or f.src_uri in listed]
    assert len(kept) < 30 < len(every)
    entered: list[str] = []

    def walk_noting(folder, *args, **kwargs):
        for found in walk(folder, *args, **kwargs):
            entered.append(found[0])
            yield found

    monkeypatch.setattr(os, "walk", walk_noting)  # to see where the walk goes
    shown = [f.src_uri for f in shown_files(config, Showing.of(config, listed))]
    monkeypatch.undo()
    assert shown == kept
    articles = [folder for folder in entered if f"{os.sep}articles{os.sep}" in folder]
    assert sorted(articles) == sorted(str(project / "docs" / "articles" / SEED_IDS[n]) for n in ("001", "002")), articles


def test_without_a_nav_a_preview_shows_every_page(project):
    """MkDocs makes the nav of every page when none is configured: then no page may be left out."""
    from mkdocs.config import load_config
    from mkdocs.structure.files import get_files

    from generator.plugins.preview import Showing, shown_files

    config_file = project / "mkdocs.yml"
    text = config_file.read_text(encoding="utf-8")
    config_file.write_text(text[: text.index("\nnav:")] + "\n", encoding="utf-8")
    config = load_config(str(config_file))
    assert config.nav is None
    listed = {"data/articles.csv"}
    kept = [f.src_uri for f in get_files(config) if f.is_documentation_page() or f.src_uri in listed]
    assert [f.src_uri for f in shown_files(config, Showing.of(config, listed))] == kept


def test_a_preview_build_changes_nothing_outside_its_own_config(project, monkeypatch, tmp_path):
    """The plugin narrows MkDocs' collection through the build's config and events: os.walk and
    MkDocs' get_files are what they were, and the config names docs/ again once the files are made."""
    import os

    import mkdocs.commands.build as mkdocs_build
    from mkdocs.config import load_config
    from mkdocs.structure import files as mkdocs_files

    from generator.plugins.preview import ONLY

    listing = tmp_path / "listed.txt"
    listing.write_text(f"articles/{SEED_IDS['001']}/index.md\n", encoding="utf-8")
    monkeypatch.setenv(ONLY, str(listing))
    walk, site = os.walk, tmp_path / "site"
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(site))
    mkdocs_build.build(config, dirty=True)
    assert os.walk is walk and mkdocs_build.get_files is mkdocs_files.get_files
    assert config.docs_dir == str(project / "docs")
    built = {p.relative_to(site).as_posix() for p in site.rglob("*.html")}
    assert ARTICLE in built and "articles/index.html" in built
    assert not any(page.startswith("articles/") and page.count("/") == 2 and page != ARTICLE for page in built)


def test_a_preview_writes_each_page_as_the_full_build_did(project):
    """Every kind of page, previewed (MkDocs shown only the nav's pages and the listed ones), comes
    out byte for byte as the full build wrote it: nothing left out of the preview shows on a page."""
    import os
    import time

    from generator.publish.stage import preview_build

    settings = load_settings(project / "mkdocs.yml")
    site, docs = settings.site_dir, settings.docs_dir
    rebuilder = Rebuilder(settings, log=lambda line: None)
    rebuilder.regenerate()
    pages = [
        f"articles/{SEED_IDS['001']}/index.md", "articles/index.md", "index.md", "dates/index.md", "data/index.md",
        "pictures/index.md", "actors/index.md", "actors/volodymyr-zelensky/index.md", "topics/index.md",
        *sorted(p.relative_to(docs).as_posix() for p in (docs / "outlets").glob("*/index.md"))[:1],
        *sorted(p.relative_to(docs).as_posix() for p in (docs / "authors").glob("*/index.md"))[:1],
    ]
    built = {page: (site / page).with_suffix(".html").read_bytes() for page in pages}
    later = time.time() + 5
    for page in pages:
        os.utime(docs / page, (later, later))
    preview_build(settings, rebuilder.archive, pages)
    for page in pages:
        html = site / Path(page).with_suffix(".html")
        assert html.stat().st_mtime_ns > later * 1e9 - 5e9, f"{page} was not built again"
        assert html.read_bytes() == built[page], f"{page}: the preview differs from the full build"
