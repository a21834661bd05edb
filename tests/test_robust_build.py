"""Issue 6: two builds in different folders are byte-identical, a failed build leaves the previous
site/ untouched, and injected markup never runs in Chromium."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from conftest import BuiltSite, build_project, copy_built, copy_project, free_port
from hostile import HOSTILE_TEXT

pytestmark = pytest.mark.slow


def tree_digest(site: Path) -> dict[str, str]:
    return {p.relative_to(site).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(site.rglob("*")) if p.is_file()}


def test_two_builds_in_different_folders_are_byte_identical(tmp_path):
    extra = {"hostile.txt": HOSTILE_TEXT}
    first = build_project(copy_project(tmp_path / "one" / "a", extra))
    second = build_project(copy_project(tmp_path / "two" / "deeper" / "b", extra))
    assert first.result.returncode == 0 and second.result.returncode == 0, second.result.stderr
    one, two = tree_digest(first.site), tree_digest(second.site)
    assert sorted(one) == sorted(two)
    assert len(one) > 20 and any(name.startswith("pagefind/") for name in one) and "sitemap.xml.gz" in one
    differing = [name for name in one if one[name] != two[name]]
    assert differing == []


def site_snapshot(project: Path) -> dict[str, str]:
    return tree_digest(project / "site")


@pytest.fixture
def built_once(seed_build, tmp_path) -> BuiltSite:
    """A built seed project of the test's own to spoil: a copy of the session's one build of it."""
    return copy_built(seed_build, tmp_path / "project")


def test_failing_mkdocs_leaves_the_previous_site(built_once):
    before = site_snapshot(built_once.project)
    config = built_once.project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("name: material", "name: no-such-theme", 1), encoding="utf-8")
    again = build_project(built_once.project)
    assert again.result.returncode == 1
    assert "previous site was left as it was" in again.result.stderr
    assert site_snapshot(built_once.project) == before
    assert not (built_once.project / ".site.building").exists()


def test_an_exception_in_a_stage_leaves_the_previous_site(built_once, monkeypatch):
    from click.testing import CliRunner

    from generator import cli
    from generator.publish import stage as publish

    before = site_snapshot(built_once.project)

    def broken_pagefind(*args, **kwargs):
        raise RuntimeError("pagefind exploded half-way")

    monkeypatch.setattr(publish, "pagefind_index", broken_pagefind)
    monkeypatch.chdir(built_once.project)
    result = CliRunner().invoke(cli.main, ["build", "--no-cache"])  # a build that publishes: nothing changed since the last
    assert isinstance(result.exception, RuntimeError)
    assert site_snapshot(built_once.project) == before
    assert not (built_once.project / ".site.building").exists()


def test_a_killed_build_leaves_the_previous_site(built_once):
    before = site_snapshot(built_once.project)
    process = subprocess.Popen(
        [sys.executable, "-m", "generator", "build", "--no-cache"],  # a build that publishes: nothing changed since the last
        cwd=built_once.project,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        start_new_session=True,
    )
    staging = built_once.project / ".site.building"
    deadline = time.monotonic() + 60
    while not staging.exists() and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert staging.exists(), "the build never started writing its staging folder"
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    assert site_snapshot(built_once.project) == before
    rebuilt = build_project(built_once.project)  # the next build cleans the leftover staging folder, even one with nothing to publish
    assert rebuilt.result.returncode == 0 and not staging.exists()


@pytest.mark.browser
def test_injected_markup_never_runs_in_chromium(tmp_path, browser, artifacts):
    from generator.serve.server import make_server

    built = build_project(copy_project(tmp_path / "project", {"hostile.txt": HOSTILE_TEXT}, seeds=False))
    assert built.result.returncode == 0, built.result.stderr
    entry = next(e for e in built.report["files"] if e["name"] == "hostile.txt")
    server = make_server(built.site, free_port())
    threading.Thread(target=server.serve_forever, daemon=True).start()
    page = browser.new_page()
    dialogs, requests = [], []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.on("request", lambda request: requests.append(request.url))
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}/"
        page.goto(base + entry["url"] + "index.html")
        page.wait_for_load_state("networkidle")
        page.screenshot(path=str(artifacts / "robust-hostile-article.png"), full_page=True)
        assert dialogs == []
        assert page.evaluate("typeof window.__pwned") == "undefined"
        assert page.locator("text=<script>window.__pwned = 1").count() >= 1
        assert [url for url in requests if not url.startswith(base)] == []
    finally:
        page.close()
        server.shutdown()


FACETS = ["actor", "author", "kind", "outlet", "topic", "year"]


@pytest.mark.browser
def test_search_filters_work_on_the_stabilised_index(browser, seed_server, seed_site):
    """The re-ordered, renamed filter files still load: Pagefind lists every filter and filters by it."""
    assert len(list((seed_site.site / "pagefind" / "filter").glob("*.pf_filter"))) == len(FACETS)
    page = browser.new_page()
    try:
        page.goto(seed_server + "index.html")
        found = page.evaluate(
            """async () => {
                const pagefind = await import('./pagefind/pagefind.js');
                const filters = await pagefind.filters();
                const all = await pagefind.search('peace');
                const rta = await pagefind.search('peace', {filters: {outlet: 'RTA'}});
                const sorted = await pagefind.search(null, {sort: {date: 'asc'}});
                return {filters, all: all.results.length, rta: rta.results.length, sorted: sorted.results.length};
            }"""
        )
    finally:
        page.close()
    assert sorted(found["filters"]) == sorted(FACETS)
    assert found["filters"]["outlet"]["RTA"] == 1 and found["filters"]["author"]["Sergiu Isaenco"] == 1
    assert found["all"] == 5 and found["rta"] == 1 and found["sorted"] == 5


def test_stabilise_leaves_unknown_pagefind_output_alone(tmp_path):
    from generator.publish.pagefind_stable import stabilise

    (tmp_path / "filter").mkdir()
    (tmp_path / "pagefind-entry.json").write_text('{"languages": {"en": {"hash": "en_1"}}}', encoding="utf-8")
    (tmp_path / "pagefind.en_1.pf_meta").write_bytes(b"not gzip at all")
    (tmp_path / "filter" / "en_2.pf_filter").write_bytes(b"junk")
    before = tree_digest(tmp_path)
    stabilise(tmp_path)
    assert tree_digest(tmp_path) == before
