"""Shared fixtures: throwaway copies of the project, one seed-corpus build per session, a local
server and headless Chromium. Nothing here writes into the repository's own docs/ or site/."""

from __future__ import annotations

import fcntl
import json
import os
import pickle
import shutil
import socket
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

import frontmatter
import pytest
from bs4 import BeautifulSoup

from generator.config import GENERATED_DIRS, GENERATED_FILES

PROJECT = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = PROJECT / "test-artifacts"
SEED_IDS = {
    "000": "f9ce01ccadddd12a",
    "001": "3c68d103f99c1bde",
    "002": "9ad47d7a0c8e250e",
    "003": "27087c40faf15ed1",
    "004": "07246955231fe645",
}


def pytest_itemcollected(item: pytest.Item) -> None:
    """`make test` deals the tests out to two workers one by one (pytest-xdist, --dist loadgroup), but the
    tests of a module that share a build of its own (a module-scoped fixture) go to one worker together,
    so that build is made once, as in a run without workers. (Marked as each test is collected: xdist
    reads the groups in its pytest_collection_modifyitems.)"""
    if not item.config.pluginmanager.hasplugin("xdist"):
        return
    fixtures = getattr(item, "_fixtureinfo", None)
    definitions = fixtures.name2fixturedefs.values() if fixtures else ()
    if any(definition.scope == "module" for chain in definitions for definition in chain):
        item.add_marker(pytest.mark.xdist_group(item.module.__name__))


def copy_project(dest: Path, extra_files: dict[str, bytes | str] | None = None, seeds: bool = True) -> Path:
    """A fresh project folder: mkdocs.yml, the hand-written docs/, and a corpus (seeds and/or extras)."""
    dest.mkdir(parents=True, exist_ok=True)
    shutil.copy2(PROJECT / "mkdocs.yml", dest / "mkdocs.yml")
    ignored = shutil.ignore_patterns(*GENERATED_DIRS, *GENERATED_FILES)
    shutil.copytree(PROJECT / "docs", dest / "docs", ignore=ignored)
    corpus = dest / "corpus"
    if seeds:
        shutil.copytree(PROJECT / "corpus", corpus)
    else:
        corpus.mkdir()
        for name in ("actors.yml", "topics.yml"):
            if (PROJECT / "corpus" / name).is_file():
                shutil.copy2(PROJECT / "corpus" / name, corpus / name)
    for name, content in (extra_files or {}).items():
        path = corpus / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return dest


def run_cli(project: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """Run `corpus-archive ARGS` as a user would, in the project folder; then wait until the old site a build
    hands to a process of its own to remove (publish/remover.py) is gone, so that a test may copy the project."""
    result = subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=project,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})},
    )
    settle(project)
    return result


OLD_SITES = shutil.ignore_patterns(".*.old*")  # what a remover may be deleting while a project is copied


def settle(project: Path, timeout: float = 120) -> None:
    """Wait until no old site (.site.old-...) is left in the project folder."""
    deadline = time.monotonic() + timeout
    while any(project.glob(".*.old*")) and time.monotonic() < deadline:
        time.sleep(0.05)


@dataclass
class BuiltSite:
    project: Path
    result: subprocess.CompletedProcess

    @property
    def site(self) -> Path:
        return self.project / "site"

    @property
    def docs(self) -> Path:
        return self.project / "docs"

    @property
    def report(self) -> dict:
        return json.loads((self.project / "report.json").read_text(encoding="utf-8"))

    def html(self, rel: str) -> BeautifulSoup:
        return BeautifulSoup((self.site / rel).read_text(encoding="utf-8"), "html.parser")

    def data_file(self, name: str) -> Path:
        """A whole-archive data file: in release/ beside mkdocs.yml when the offline copy is published
        apart (BUNDLE_URL), as the workflow publishes it; else in the site's data/."""
        kept = self.project / "release" / name
        return kept if kept.is_file() else self.site / "data" / name

    def json(self, rel: str) -> Any:
        """A JSON file as published in the built site."""
        return json.loads((self.site / rel).read_text(encoding="utf-8"))

    def page(self, rel: str) -> frontmatter.Post:
        return frontmatter.load(self.docs / rel)

    def article_html(self, seed: str) -> BeautifulSoup:
        return self.html(f"articles/{SEED_IDS[seed]}/index.html")

    def article_page(self, seed: str) -> frontmatter.Post:
        return self.page(f"articles/{SEED_IDS[seed]}/index.md")


def build_project(project: Path, *args: str, env: dict[str, str] | None = None) -> BuiltSite:
    result = run_cli(project, "build", "--report", "report.json", *args, env=env)
    return BuiltSite(project, result)


def built_once(tmp_path_factory: pytest.TempPathFactory, name: str, build: Callable[[Path], BuiltSite]) -> BuiltSite:
    """A session fixture's build, made once for the whole run. Under pytest-xdist (`make test` runs two
    workers) each worker is a session of its own: the first to ask builds in the folder the workers share,
    the others wait for it and are given the same project. These builds are read-only to the tests."""
    if "PYTEST_XDIST_WORKER" not in os.environ:
        return build(tmp_path_factory.mktemp(name))
    shared = tmp_path_factory.getbasetemp().parent  # the run's basetemp, above each worker's own
    kept = shared / f"{name}.pickle"
    with open(shared / f"{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file is closed, or the worker dies
        if not kept.exists():
            folder = shared / name
            shutil.rmtree(folder, ignore_errors=True)  # what a worker whose build failed left
            folder.mkdir()
            kept.write_bytes(pickle.dumps(build(folder)))
        return pickle.loads(kept.read_bytes())


def checked_build(project: Path, *args: str, env: dict[str, str] | None = None) -> BuiltSite:
    built = build_project(project, *args, env=env)
    assert built.result.returncode == 0, built.result.stdout + built.result.stderr
    return built


@pytest.fixture(scope="session")
def seed_site(tmp_path_factory: pytest.TempPathFactory) -> BuiltSite:
    """The bundled corpus built once with --strict, shared read-only by every test that inspects it."""
    return built_once(tmp_path_factory, "seed-project", lambda folder: checked_build(copy_project(folder), "--strict"))


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory: pytest.TempPathFactory) -> BuiltSite:
    """The bundled corpus built once with no option, as `corpus-archive build` does: never written to.
    A test that rebuilds, spoils or edits a built project takes its own copy (copy_built)."""
    return built_once(tmp_path_factory, "seed-build", lambda folder: checked_build(copy_project(folder / "project")))


def copy_built(built: BuiltSite, folder: Path) -> BuiltSite:
    """A built project copied to folder as if built there: the files' times are kept (copy2), so its
    site, docs/ and cache stand to its corpus as the original's do."""
    return BuiltSite(Path(shutil.copytree(built.project, folder, symlinks=True, ignore=OLD_SITES)), built.result)


SITE_URL = "https://archive.example/clippings/"
BUNDLE_URL = "https://code.example/owner/clippings/releases/download/offline/archive.zip"
ORIGINALS_URL = "https://code.example/owner/clippings/raw/0123abc/corpus/"


@pytest.fixture(scope="session")
def seed_site_with_originals_url(tmp_path_factory: pytest.TempPathFactory) -> BuiltSite:
    """Built as the Pages workflow of a public repository builds it: SITE_URL, BUNDLE_URL, and the
    originals published as the repository's files (ORIGINALS_URL)."""
    env = {"SITE_URL": SITE_URL, "BUNDLE_URL": BUNDLE_URL, "ORIGINALS_URL": ORIGINALS_URL}
    return built_once(tmp_path_factory, "originals-project", lambda folder: checked_build(copy_project(folder), "--strict", env=env))


@pytest.fixture(scope="session")
def seed_site_with_url(tmp_path_factory: pytest.TempPathFactory) -> BuiltSite:
    """The bundled corpus built with a site_url, as the Pages workflow builds it (SITE_URL), its offline
    copy published elsewhere (BUNDLE_URL)."""
    env = {"SITE_URL": SITE_URL, "BUNDLE_URL": BUNDLE_URL}
    return built_once(tmp_path_factory, "cite-project", lambda folder: checked_build(copy_project(folder), "--strict", env=env))


def limit_recent_pages(project: Path, limit: int) -> None:
    """Room for `limit` pages in the recent search bundle (extra.archive.recent_search_pages): with 1, an incremental
    publish of any edit indexes its shard again, and its search bundles are the full build's, byte for byte."""
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("\n  archive:\n", f"\n  archive:\n    recent_search_pages: {limit}\n"), encoding="utf-8")


SHARD_PAGES = 2  # the seed corpus's five articles in three search bundles


def sharded_project(folder: Path) -> Path:
    """A fresh project (copy_project) whose search index is cut into bundles of SHARD_PAGES articles."""
    project = copy_project(folder)
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert "\n  archive:\n" in text
    config.write_text(text.replace("\n  archive:\n", f"\n  archive:\n    pages_per_search_index: {SHARD_PAGES}\n"), encoding="utf-8")
    return project


@pytest.fixture(scope="session")
def sharded_site(tmp_path_factory: pytest.TempPathFactory) -> BuiltSite:
    """The bundled corpus built with its search index cut into bundles of SHARD_PAGES articles."""
    return built_once(tmp_path_factory, "sharded-project", lambda folder: checked_build(sharded_project(folder), "--strict"))


@pytest.fixture
def make_project(tmp_path: Path):
    """make_project({"a_0123456789abcdef.txt": "..."}, seeds=False) -> a project folder to build."""

    def make(extra_files: dict[str, bytes | str] | None = None, seeds: bool = True) -> Path:
        return copy_project(tmp_path / "project", extra_files, seeds)

    return make


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serving(site: Path):
    """site served over http on 127.0.0.1 while in the block; gives the base URL ending in '/'."""
    from generator.serve.server import make_server

    server = make_server(site, free_port())
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()


@pytest.fixture(scope="session")
def seed_server(seed_site: BuiltSite):
    """The seed site served over http on 127.0.0.1; yields the base URL ending in '/'."""
    with serving(seed_site.site) as url:
        yield url


CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium driven by Playwright. Missing Chromium fails in CI and skips (loudly) elsewhere."""
    if not CHROMIUM.exists():
        message = f"{CHROMIUM} not found: apt-get install chromium (.ci/run does)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def artifacts() -> Path:
    """Where browser tests keep screenshots for a person to look at."""
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
