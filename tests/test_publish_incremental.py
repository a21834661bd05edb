"""An incremental publish (generator/publish/incremental.py): the site it makes is the full build's,
the last site is never written through a link, and the search shards stay as they were, what changed
indexed in the recent bundle, until that outgrows recent_search_pages and the shards holding a changed
page are indexed again."""

from __future__ import annotations

import gzip
import json
import os
import shutil
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, strategies as st

from conftest import OLD_SITES, SEED_IDS, build_project, copy_project, limit_recent_pages, run_cli, serving, sharded_project
from generator.publish.fixity import BUNDLE, MANIFEST, read_manifest, verify
from generator.model import UNKNOWN_DATE
from generator.publish.search_index import RECENT_BUNDLE, SHARDS_FILE, SearchPlan, article_file, plan_search, plan_shards, replan
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


def full_build_of(project: Path, folder: Path, *args: str) -> Path:
    """The same project built from nothing: no site, no cache."""
    shutil.copytree(project, folder, ignore=shutil.ignore_patterns("site", ".cache", "report.json", ".*.old*"))
    build(folder, *args)
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
    return published_search(project)[0]


def published_search(project: Path) -> tuple[dict[str, set[str]], set[str]]:
    """The last publish's shards (bundle -> the pages it indexes) and the pages of its recent bundle."""
    state = json.loads((project / ".cache" / "publish.json").read_text(encoding="utf-8"))
    return {shard["bundle"]: set(shard["pages"]) for shard in state["shards"]}, set(state.get("recent", ()))


def published_sample(project: Path) -> set[str]:
    """The pages the last publish's recent bundle holds only to weigh its words (search_index.weighing_sample)."""
    return set(json.loads((project / ".cache" / "publish.json").read_text(encoding="utf-8")).get("sample", ()))


def indexed(bundle: Path) -> dict[str, tuple[str, str]]:
    """The pages a Pagefind bundle indexes, read from its fragments: site path -> (Pagefind id, text)."""
    found = {}
    for fragment in (bundle / "fragment").glob("*.pf_fragment"):
        data = json.loads(gzip.decompress(fragment.read_bytes()).removeprefix(b"pagefind_dcd"))
        found[data["url"].lstrip("/") + "index.html"] = (fragment.stem, data["content"])
    return found


def article_pages(names) -> set[str]:
    return {n for n in names if n.startswith("articles/") and n.count("/") == 2 and n.endswith("/index.html")}




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
    return Path(shutil.copytree(project, folder, symlinks=True, ignore=OLD_SITES))


@pytest.fixture(scope="module")
def republished(tmp_path_factory, first_publish) -> Republished:
    folder = tmp_path_factory.mktemp("republished")
    project = copy_of(first_publish, folder / "project")
    last = witness(project / "site", folder / "witness")
    before, shards_before = inodes(project / "site"), published_shards(project)
    edit_corpus(project)
    next((project / "corpus").glob(f"*{SEED_IDS[REMOVED]}*.txt")).unlink()
    build(project, "--allow-withdrawals")
    return Republished(project, last, before, shards_before, full_build_of(project, folder / "full", "--allow-withdrawals"))


REMOVED = "003"  # the seed the republished project loses


def test_an_incremental_publish_makes_the_full_builds_site_and_leaves_the_last_one_alone(republished):
    site = republished.project / "site"
    assert verify(republished.last).ok, verify(republished.last).lines()  # nothing was written through a link into the last site
    assert verify(site).ok, verify(site).lines()
    ours, theirs = files(site), files(republished.full)
    assert {n: d for n, d in ours.items() if not_search(n)} == {n: d for n, d in theirs.items() if not_search(n)}
    shards, recent = published_search(republished.project)
    assert recent and recent <= article_pages(ours) <= recent | {p for pages in shards.values() for p in pages}


def test_the_shards_stay_and_the_recent_bundle_holds_what_changed(republished):
    """The shards' bundles are the last site's; the pages added or changed since are in the recent bundle, and the
    shards file names the shards' copies of those and of the removed article, by Pagefind id, with their filters."""
    site = republished.project / "site"
    after, (shards, recent) = inodes(site), published_search(republished.project)
    kept = {name for name in after if republished.inodes_before.get(name) == after[name]}
    assert any(name.startswith("articles/") for name in kept)  # unchanged pages were not written again
    old, new = read_manifest(republished.last), read_manifest(site)
    changed = {name for name, digest in new.items() if old.get(name) != digest}
    assert shards == republished.shards_before and all(name in kept for bundle in shards for name in after if name.startswith(f"{bundle}/"))
    gone = {f"articles/{SEED_IDS[REMOVED]}/index.html"}  # its page says it was withdrawn, and is searched no more
    assert gone <= {p for pages in shards.values() for p in pages} - recent
    sample = published_sample(republished.project)  # the other live pages, fewer than WEIGHING_SAMPLE here: all of them
    assert recent == article_pages(changed) - gone and sample == {p for pages in shards.values() for p in pages} - recent - gone
    assert set(indexed(site / RECENT_BUNDLE)) == recent | sample
    plan = json.loads((site / SHARDS_FILE).read_text(encoding="utf-8"))
    assert plan["bundles"] == [f"{b}/" for b in shards] + [f"{RECENT_BUNDLE}/"] and plan["recent"] == f"{RECENT_BUNDLE}/"
    stale = {f"{b}/": sorted(i for page, (i, _) in indexed(site / b).items() if page in recent | gone) for b in shards}
    stale[f"{RECENT_BUNDLE}/"] = sorted(i for page, (i, _) in indexed(site / RECENT_BUNDLE).items() if page in sample)
    assert plan["stale"] == {b: ids for b, ids in stale.items() if ids}
    assert plan["minus"]["year"] and sum(plan["minus"]["kind"].values()) == sum(map(len, stale.values()))  # each stale page's one kind


@pytest.fixture(scope="module")
def refolded(tmp_path_factory) -> tuple[Path, set[str]]:
    """A sharded project with room for four recent pages: built, one article added (the recent bundle takes it), then
    two more added and one edited (too many: the shards are indexed again). Returns it and the first recent pages."""
    project = sharded_project(tmp_path_factory.mktemp("refolded") / "project")
    limit_recent_pages(project, 4)
    build(project)
    (project / "corpus" / "later.txt").write_text(LATER, encoding="utf-8")
    build(project)
    first_recent = published_search(project)[1]
    assert first_recent and (project / "site" / RECENT_BUNDLE).is_dir()
    edit_corpus(project)
    build(project)
    return project, first_recent


def test_past_recent_search_pages_the_shards_holding_a_changed_page_are_indexed_again(refolded):
    """Every page in the bundle of its shard again, as it now reads, the pages of the last recent bundle too (though
    not all changed in this build); the recent bundle gone."""
    project, first_recent = refolded
    site = project / "site"
    shards, recent = published_search(project)
    assert not recent and not (site / RECENT_BUNDLE).exists()
    assert sorted(p for pages in shards.values() for p in pages) == sorted(article_pages(read_manifest(site)))
    contents = {page: text for bundle in shards for page, (_, text) in indexed(site / bundle).items()}
    assert {b: set(indexed(site / b)) for b in shards} == shards and first_recent <= set(contents)
    assert "A paragraph added after publication." in contents[f"articles/{SEED_IDS['000']}/index.html"]
    assert set(json.loads((site / SHARDS_FILE).read_text(encoding="utf-8"))) == {"bundles", "order", "pages"}


SEARCHES = [("q=harbour", ""), ("q=Ukraine", ""), ("q=council", ""), ("", "date:desc"), ("", "date:asc"), ("q=Ukraine&year=2025", ""),
            ("q=Ukraine", "date:desc"), ("q=Ukraine", "date:asc"), ("q=charade", ""), ("q=American-brokered", "")]


@pytest.mark.browser
def test_the_republished_search_finds_what_the_full_builds_finds(republished, open_page):
    """In Chromium: the incremental site's shards (as the first build made them, with the recent bundle of the pages
    added and changed since) and the full build's (cut again) give the same articles, facet labels and counts
    (the edited article found once, the withdrawn one not at all), and date sorts across the bundles."""
    with serving(republished.project / "site") as ours, serving(republished.full) as theirs:
        page_ours, page_theirs = open_page(ours).page, open_page(theirs).page
        for hash_, sort in SEARCHES:
            found, expected = search_state(page_ours, ours, hash_, sort), search_state(page_theirs, theirs, hash_, sort)
            assert (found["status"], found["facets"]) == (expected["status"], expected["facets"]), hash_
            assert (sorted(found["results"]) if not sort else found["results"]) == (sorted(expected["results"]) if not sort else expected["results"]), hash_
        assert search_state(page_ours, ours, "q=harbour", "")["results"]  # the added article is found


LIGHTHOUSE_NEWS = ("Lighthouse restored\n\nPublished: April 2, 2024\n\nThe lighthouse on the point is restored: the lighthouse "
                   "keeper said the lighthouse lamp shines again.\n")


def town_notes(corpus: Path, count: int = 40) -> None:
    """`count` short notes in place of the seeds, a quarter of them naming the lighthouse once."""
    for seed in corpus.glob("*.txt"):
        seed.unlink()
    words = "river market council road school bridge budget weather farm train museum park festival library clinic".split()
    for i in range(count):
        body = " ".join(words[(i * 7 + k * k) % len(words)] for k in range(120)) + (" The lighthouse keeper spoke of the lighthouse and its lighthouse lamp." if i % 4 == 0 else "")
        (corpus / f"note{i:02d}.txt").write_text(f"Town notes number {i}\n\nPublished: March {1 + i % 28}, 2024\n\n{body}.\n", encoding="utf-8")


@pytest.fixture(scope="module")
def weighed(tmp_path_factory) -> tuple[Path, Path]:
    """Forty town notes, ten naming the lighthouse, built; an article about the lighthouse added and built (the
    recent bundle takes it, with the notes as its weighing sample), then edited and built again; the same corpus
    built from nothing."""
    folder = tmp_path_factory.mktemp("weighed")
    project = copy_project(folder / "project")
    town_notes(project / "corpus")
    build(project, "--allow-withdrawals")
    added = project / "corpus" / "lighthouse.txt"
    added.write_text(LIGHTHOUSE_NEWS, encoding="utf-8")
    build(project)
    added.write_text(LIGHTHOUSE_NEWS + "\nA harbourmaster watched the quiet sea.\n", encoding="utf-8")
    build(project)
    return project, full_build_of(project, folder / "full")


@pytest.mark.browser
def test_an_added_article_ranks_as_in_a_full_build_and_an_edit_of_it_is_searched(weighed, open_page):
    """Pagefind weighs words by its bundle's own pages: in a recent bundle of the added article alone, each of its
    words weighed as in a bundle of one page, and the article about the lighthouse ranked below the notes that name
    it; with the weighing sample, first, as in the full build."""
    project, full = weighed
    site = project / "site"
    assert any("harbourmaster" in text for _, text in indexed(site / RECENT_BUNDLE).values())  # the recent page, edited
    with serving(site) as ours, serving(full) as theirs:
        page_ours, page_theirs = open_page(ours).page, open_page(theirs).page
        for query in ("q=lighthouse", "q=harbourmaster"):
            found, expected = search_state(page_ours, ours, query, ""), search_state(page_theirs, theirs, query, "")
            assert found["status"] == expected["status"] and found["results"][:1] == expected["results"][:1], (query, found, expected)


@contextmanager
def serving_for_ten_minutes(site: Path):
    """site over http as GitHub Pages serves it: every file may be kept by the browser for ten minutes."""

    class KeptTenMinutes(SimpleHTTPRequestHandler):
        def end_headers(self):
            self.send_header("Cache-Control", "max-age=600")
            super().end_headers()

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(KeptTenMinutes, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()


@pytest.mark.browser
def test_a_browser_that_keeps_files_ten_minutes_still_finds_an_edited_article_once(weighed, open_page, tmp_path):
    """The shards file changes with each publish: read from the browser's cache, it named no stale copy of a note
    edited since, which the search then listed twice (its shard's copy and the recent bundle's)."""
    project = copy_of(weighed[0], tmp_path / "project")
    with serving_for_ten_minutes(project / "site") as url:
        page = open_page(url).page
        before = search_state(page, url, "q=lighthouse", "")
        note = project / "corpus" / "note00.txt"  # one of the notes naming the lighthouse
        note.write_text(note.read_text(encoding="utf-8") + "\nA line added later.\n", encoding="utf-8")
        build(project)
        after = search_state(page, url, "q=lighthouse", "")
    assert after["status"] == before["status"] and sorted(after["results"]) == sorted(set(before["results"]))


def test_an_added_article_is_indexed_alone_and_no_shard_again(tmp_path, first_publish):
    """The recent bundle takes the added article (and any page its coming changed: in an archive of five articles one
    more shifts every word's weight, and two of them may become related); no shard's bundle is made again."""
    project = copy_of(first_publish, tmp_path / "project")
    before, shards_before, digests_before = inodes(project / "site"), published_shards(project), read_manifest(project / "site")
    (project / "corpus" / "later.txt").write_text(LATER, encoding="utf-8")
    build(project)
    after, (shards, recent), digests = inodes(project / "site"), published_search(project), read_manifest(project / "site")
    assert shards == shards_before and all(before.get(f"{b}/pagefind-entry.json") == after[f"{b}/pagefind-entry.json"] for b in shards)
    added = article_pages(digests) - article_pages(digests_before)
    assert len(added) == 1 and recent == added | article_pages(n for n, d in digests.items() if digests_before.get(n) not in (None, d))


def test_with_one_search_bundle_indexed_again_the_incremental_site_is_the_full_one_and_a_new_configuration_is_built_in_full(tmp_path):
    """With room for one recent page, the edit below is indexed in the one bundle again, which then is the full build's."""
    project = copy_project(tmp_path / "project")
    limit_recent_pages(project, 1)
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


@given(corpora, corpora, st.data(), corpora, st.integers(1, 6), st.integers(1, 8))
def test_every_article_is_searched_once_as_it_now_reads(first, added, data, then, per_index, limit):
    """plan_search, twice (the second time `then` added and some of the articles edited again): each article's page
    is in the recent bundle or in a shard that indexes it as it is (not stale), never both; the shards stay as they
    were while the recent pages fit in `limit`, the recent bundle indexed again when a page of it changed; past the
    limit the shards are cut again, those with a page changed or recent indexed again."""
    last = SearchPlan(tuple(plan_shards([Dated(i, d) for i, d in first.items()], per_index)))
    now = dict(first)
    for more in (added, then):
        edits = data.draw(st.sets(st.sampled_from(sorted(now)), max_size=5)) if now else set()
        now.update(more)
        changed = {article_file(Dated(i, now[i])) for i in set(more) | edits}
        plan = plan_search([Dated(i, d) for i, d in now.items()], per_index, limit, last, changed.__contains__)
        pages = {article_file(Dated(i, d)) for i, d in now.items()}
        current = {p for s in plan.shards for p in s.pages} - plan.stale
        assert current | set(plan.recent) == pages and not current & set(plan.recent) and not set(plan.sample) & set(plan.recent)
        indexed_again = {p for s in plan.shards if plan.again is None or s.bundle in plan.again for p in s.pages}
        assert changed - set(plan.recent) <= indexed_again  # what changed is indexed anew, in the recent bundle or its shard's
        if plan.recent or plan.stale:
            assert plan.shards == last.shards and len(plan.recent) <= limit and plan.again <= {RECENT_BUNDLE}
            assert set(plan.sample) <= current and (RECENT_BUNDLE in plan.again or not changed & set(plan.recent))
        elif last.shards:
            assert not plan.recent and sorted(p for s in plan.shards for p in s.pages) == sorted(pages)
            before = {s.bundle: s.pages for s in last.shards}
            assert plan.again == {s.bundle for s in plan.shards if before.get(s.bundle) != s.pages or set(s.pages) & (changed | set(last.recent))}
        last = plan
