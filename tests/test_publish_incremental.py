"""An incremental publish (generator/publish/incremental.py): the site it makes is the full build's,
the last site is never written through a link, and only the search shards with a changed page are
indexed again."""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, strategies as st

from conftest import SEED_IDS, build_project, copy_project, run_cli, serving, sharded_project
from generator.publish.fixity import BUNDLE, MANIFEST, read_manifest, verify
from generator.model import UNKNOWN_DATE
from generator.publish.search_index import SHARDS_FILE, plan_shards, replan
from test_browser_search import open_page, search_state  # noqa: F401 (open_page: a fixture)
from test_search_index import Dated

FIXED = {"SOURCE_DATE_EPOCH": "1767225600"}  # the bag's date: the two builds compared must share it
NEW_ARTICLES = {
    "late.txt": "Harbour reopens after storm\n\nPublished: June 2, 2026\n\nThe harbour of Port Ellis reopened on Monday after a week of repairs, "
                "the harbour master, Jane Okafor, said. Fishing boats returned to the quay.\n",
    "early.txt": "Council approves new library\n\nPublished: March 3, 1999\n\nThe town council approved a new library on Tuesday. "
                 "Its chair, Tom Reyes, said the building would open next year.\n",
}

LATER = ("Orchard growers count a record crop\n\nPublished: July 9, 2027\n\nApple growers in the valley picked a record crop this "
         "autumn, their cooperative's secretary, Mei Lindqvist, said on Friday.\n")


def build(project: Path, *args: str) -> None:
    result = build_project(project, *args, env=FIXED).result
    assert result.returncode == 0, result.stdout + result.stderr


def files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()}


def inodes(site: Path) -> dict[str, int]:
    return {p.relative_to(site).as_posix(): p.stat().st_ino for p in site.rglob("*") if p.is_file()}


def witness(site: Path, folder: Path) -> Path:
    """Hard links to every file of the site: a write through a link shows in them."""
    for path in site.rglob("*"):
        if path.is_file():
            target = folder / path.relative_to(site)
            target.parent.mkdir(parents=True, exist_ok=True)
            os.link(path, target)
    return folder


def full_build_of(project: Path, folder: Path) -> Path:
    """The same project built from nothing: no site, no cache."""
    shutil.copytree(project, folder, ignore=shutil.ignore_patterns("site", ".cache", "report.json"))
    build(folder)
    return folder / "site"


def edit_corpus(project: Path) -> None:
    corpus = project / "corpus"
    for name, text in NEW_ARTICLES.items():
        (corpus / name).write_text(text, encoding="utf-8")
    edited = next(corpus.glob(f"*{SEED_IDS['000']}*.txt"))
    edited.write_text(edited.read_text(encoding="utf-8") + "\nA paragraph added after publication.\n", encoding="utf-8")


def not_search(name: str) -> bool:
    return not (name.startswith("pagefind") or name in (SHARDS_FILE, MANIFEST, BUNDLE))


def published_shards(project: Path) -> dict[str, set[str]]:
    """The search shards the last publish made: bundle -> its pages (.cache/publish.json)."""
    state = json.loads((project / ".cache" / "publish.json").read_text(encoding="utf-8"))
    return {shard["bundle"]: set(shard["pages"]) for shard in state["shards"]}


@dataclass(frozen=True)
class Republished:
    """A sharded seed project built, edited (two articles added, one changed) and built again; the last
    site as hard links taken before the second build; the same project built from nothing."""

    project: Path
    last: Path
    inodes_before: dict[str, int]
    shards_before: dict[str, set[str]]
    full: Path


@pytest.fixture(scope="module")
def first_publish(tmp_path_factory) -> Path:
    """The sharded seed project published once, for the tests below to copy (never written to)."""
    project = sharded_project(tmp_path_factory.mktemp("first-publish") / "project")
    build(project)
    return project


def copy_of(project: Path, folder: Path) -> Path:
    """A copy of a published project, as it would be had it been built there: the files' times are
    kept (copy2), so its site is as much newer than its docs and cache as the original's."""
    return Path(shutil.copytree(project, folder, symlinks=True))


@pytest.fixture(scope="module")
def republished(tmp_path_factory, first_publish) -> Republished:
    folder = tmp_path_factory.mktemp("republished")
    project = copy_of(first_publish, folder / "project")
    last = witness(project / "site", folder / "witness")
    before, shards_before = inodes(project / "site"), published_shards(project)
    edit_corpus(project)
    build(project)
    return Republished(project, last, before, shards_before, full_build_of(project, folder / "full"))


def test_an_incremental_publish_makes_the_full_builds_site_and_leaves_the_last_one_alone(republished):
    site = republished.project / "site"
    assert verify(republished.last).ok, verify(republished.last).lines()  # nothing was written through a link into the last site
    assert verify(site).ok, verify(site).lines()
    ours, theirs = files(site), files(republished.full)
    assert {n: d for n, d in ours.items() if not_search(n)} == {n: d for n, d in theirs.items() if not_search(n)}
    shards = published_shards(republished.project)
    assert sorted(p for pages in shards.values() for p in pages) == sorted(n for n in ours if n.startswith("articles/") and n.count("/") == 2 and n.endswith("/index.html"))


def test_only_the_shards_holding_a_changed_page_are_indexed_again(republished):
    site = republished.project / "site"
    after, shards = inodes(site), published_shards(republished.project)
    kept = {name for name in after if republished.inodes_before.get(name) == after[name]}
    assert any(name.startswith("articles/") for name in kept)  # unchanged pages were not written again
    old, new = read_manifest(republished.last), read_manifest(site)
    changed = {name for name, digest in new.items() if old.get(name) != digest}
    reindexed = {bundle for bundle in shards if f"{bundle}/pagefind-entry.json" not in kept}
    assert reindexed == {bundle for bundle, pages in shards.items() if republished.shards_before.get(bundle) != pages or pages & changed}


SEARCHES = [("q=harbour", ""), ("q=Ukraine", ""), ("q=council", ""), ("", "date:desc"), ("", "date:asc"), ("q=Ukraine&year=2025", "")]


@pytest.mark.browser
def test_the_republished_search_finds_what_the_full_builds_finds(republished, open_page):
    """In Chromium: the incremental site's shards (kept ranges) and the full build's (cut again) give the
    same articles, facet labels and counts, and date sorts across the bundles."""
    with serving(republished.project / "site") as ours, serving(republished.full) as theirs:
        page_ours, page_theirs = open_page(ours).page, open_page(theirs).page
        for hash_, sort in SEARCHES:
            found, expected = search_state(page_ours, ours, hash_, sort), search_state(page_theirs, theirs, hash_, sort)
            assert (found["status"], found["facets"]) == (expected["status"], expected["facets"]), hash_
            assert (sorted(found["results"]) if not sort else found["results"]) == (sorted(expected["results"]) if not sort else expected["results"]), hash_
        assert search_state(page_ours, ours, "q=harbour", "")["results"]  # the added article is found


def test_an_added_article_indexes_only_its_own_shard_again(tmp_path, first_publish):
    """The newest shard takes the added article; an older one is indexed again only if one of its pages changed (in
    an archive of five articles one more shifts every word's weight: two of them may become related)."""
    project = copy_of(first_publish, tmp_path / "project")
    before, shards_before, digests_before = inodes(project / "site"), published_shards(project), read_manifest(project / "site")
    (project / "corpus" / "later.txt").write_text(LATER, encoding="utf-8")
    build(project)
    after, shards, digests = inodes(project / "site"), published_shards(project), read_manifest(project / "site")
    reindexed = {bundle for bundle in shards if before.get(f"{bundle}/pagefind-entry.json") != after[f"{bundle}/pagefind-entry.json"]}
    newest = list(shards_before)[-1]  # the state lists the shards in date order
    changed = {name for name, digest in digests.items() if digests_before.get(name) != digest}
    assert reindexed == {newest} | {bundle for bundle, pages in shards.items() if pages & changed}
    assert len(shards[newest]) == len(shards_before[newest]) + 1 and len(reindexed) < len(shards)


def test_with_one_search_bundle_the_incremental_site_is_the_full_one_and_a_new_configuration_is_built_in_full(tmp_path):
    project = copy_project(tmp_path / "project")
    build(project)
    page = project / "site" / f"articles/{SEED_IDS['004']}/original.txt"  # a file no edit below changes
    first = page.stat().st_ino
    edit_corpus(project)
    build(project, "--strict")  # MkDocs' warning about dirty builds does not fail it
    assert page.stat().st_ino == first  # an unchanged file is the last site's, not written again
    assert files(project / "site") == files(full_build_of(project, tmp_path / "full"))  # archive.zip and the search too
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8") + "\n# a comment\n", encoding="utf-8")
    build(project)
    assert page.stat().st_ino != first


dates = st.one_of(st.just(""), st.dates(date(1990, 1, 1), date(2030, 1, 1)).map(date.isoformat))
corpora = st.dictionaries(st.text("0123456789abcdef", min_size=16, max_size=16), dates, max_size=30)


@given(corpora, corpora, st.integers(1, 6))
def test_shards_keep_their_ranges_and_cover_every_article_in_date_order(first, added, per_index):
    last = tuple(plan_shards([Dated(i, d) for i, d in first.items()], per_index))
    now = {**first, **added}
    shards = replan([Dated(i, d) for i, d in now.items()], per_index, last)
    pages = [page for shard in shards for page in shard.pages]
    assert sorted(pages) == sorted(f"articles/{i}/index.html" for i in now)  # each article once
    keys = [(now[p.split("/")[1]] or UNKNOWN_DATE, p.split("/")[1]) for p in pages]
    assert keys == sorted(keys)  # one shard's pages all sort before the next shard's
    assert len({s.bundle for s in shards}) == len(shards) and all(0 < len(s.pages) <= 2 * per_index for s in shards)
    moved = {f"articles/{i}/index.html" for i in added}
    before = {s.bundle: s.pages for s in last}
    for shard in shards:
        if shard.bundle in before and not (set(shard.pages) | set(before[shard.bundle])) & moved:
            assert shard.pages == before[shard.bundle]  # a shard no added or edited article is in stays as it was


def test_the_environment_variables_mkdocs_yml_reads_are_part_of_the_key():
    from generator.publish.incremental import environment_names

    assert environment_names("site_url: !ENV SITE_URL\nrepo: !ENV [REPO_URL, OTHER, 'https://x']\nname: ENV\n") == ["OTHER", "REPO_URL", "SITE_URL"]


def test_a_build_with_nothing_changed_generates_nothing_until_a_corpus_file_changes(tmp_path, first_publish):
    """The corpus, the settings and docs/ as the last build left them: `build` stops before `generate` (which
    at 10,000 articles spends a minute finding that nothing changed). A corpus file copied, touched or made
    readable is read again; an edited one is published; a build that skipped a file, or published another
    site folder, leaves the next build to generate; --report always generates."""
    project = copy_of(first_publish, tmp_path / "project")
    site, before = project / "site", inodes(project / "site")

    def build_says(*args: str) -> str:
        result = run_cli(project, "build", *args, env=FIXED)
        assert result.returncode == 0, result.stdout + result.stderr
        return result.stderr

    copied = build_says()  # copied files have new inodes: read again, the same pages made
    assert "site unchanged" in copied and "nothing generated" not in copied and inodes(site) == before
    assert "nothing generated" in build_says()
    edited = next((project / "corpus").glob(f"*{SEED_IDS['000']}*.txt"))
    edited.chmod(0o600)
    assert "nothing generated" not in build_says() and "nothing generated" in build_says()
    edited.write_text(edited.read_text(encoding="utf-8") + "\nA paragraph added after the last build.\n", encoding="utf-8")
    assert "incremental build" in build_says()
    assert "A paragraph added after the last build." in (site / "articles" / SEED_IDS["000"] / "index.html").read_text(encoding="utf-8")
    (project / "corpus" / "blank.txt").write_text("\n  \n", encoding="utf-8")
    assert "skipped" in build_says() and "nothing generated" not in build_says()
    (project / "corpus" / "blank.txt").unlink()
    build_says()
    edited.write_text(edited.read_text(encoding="utf-8") + "\nA second paragraph, built elsewhere first.\n", encoding="utf-8")
    build_says("--site-dir", str(tmp_path / "elsewhere"))
    assert "nothing generated" not in build_says()
    assert "A second paragraph, built elsewhere first." in (site / "articles" / SEED_IDS["000"] / "index.html").read_text(encoding="utf-8")
    assert "nothing generated" not in build_project(project, env=FIXED).result.stderr  # --report: a report of every file


def test_the_code_fingerprint_covers_the_theme_files_every_build_copies_into_docs():
    """A new version that changes only the theme must not find the site current (site_is_current)."""
    import generator
    from generator.build.cache import fingerprinted_files

    root = Path(generator.__file__).parent
    theme = {path for path in (root / "theme").rglob("*") if path.is_file()}
    assert theme and theme <= set(fingerprinted_files(root))


def test_a_build_with_nothing_changed_keeps_the_site_until_something_is_written_into_it(tmp_path, first_publish):
    """docs/ and the settings as the last publish left them: the site is the one this build would make, and stays,
    file for file (no MkDocs, Pagefind, zip or swap); a file written into site/ since (a preview) makes the next
    build publish again, and a page removed from the site comes back."""
    project = copy_of(first_publish, tmp_path / "project")
    site, before = project / "site", inodes(project / "site")
    result = build_project(project, env=FIXED).result
    assert result.returncode == 0 and "site unchanged" in result.stderr, result.stdout + result.stderr
    assert inodes(site) == before
    os.utime(site / "index.html", ns=((site / MANIFEST).stat().st_mtime_ns + 10**9,) * 2)
    again = build_project(project, env=FIXED).result
    assert again.returncode == 0 and "incremental build" in again.stderr, again.stdout + again.stderr
    (site / "about.html").unlink()
    third = build_project(project, env=FIXED).result
    assert third.returncode == 0 and "incremental build" in third.stderr and (site / "about.html").is_file()
    assert verify(site).ok, verify(site).lines()
