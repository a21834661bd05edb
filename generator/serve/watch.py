"""`serve`'s rebuild loop: poll corpus/ and, when a file changes, show a draft of each edited article at
once (draft.py: the article alone, against the last build), regenerate through the in-memory cache
(only changed files are extracted, only changed pages rendered and written), preview the changed pages with
a dirty MkDocs build straight into the served site/, then publish the whole site (search, manifest,
archive.zip) as `build` does."""

from __future__ import annotations

import gc
import stat
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from ..build.batch import default_workers
from ..build.cache import CACHE_DIR, Cache, load_cache
from ..config import Settings
from .draft import LastBuild, last_build, write_drafts
from ..model import Report
from ..content.ledger import LedgerError
from ..content.withdrawals import TooManyWithdrawals
from ..build.lock import build_lock
from ..build.pipeline import Generated, generate, save_ledgers
from ..content.read import BUILD_WRITES, CorpusError, check_corpus_folder, file_statuses
from ..publish.stage import PublishError, has_full_site, preview_build, publish
from ..site.cite import Citations
from ..site.render import Renderer
from ..build.sink import DocsWriter

Snapshot = dict[str, tuple[int, int]]


def snapshot(folder: Path) -> Snapshot:
    """Every file below folder (links to files too; links to folders are not followed) but the ledgers the builds
    write themselves (no change to rebuild for): its name there and (size, modification time in ns). A stat per
    file, no reading; serve takes one every second (with pathlib's rglob that cost 0.2 s of CPU at 10,000 files)."""
    if not folder.is_dir():
        return {}
    statuses = file_statuses(folder, BUILD_WRITES)  # a broken link, or a file removed meanwhile: the next snapshot sees what is there
    return {name: (status.st_size, status.st_mtime_ns) for name, status in statuses.items() if status is not None and stat.S_ISREG(status.st_mode)}


@dataclass
class Rebuilder:
    """Keeps the cache in memory between rebuilds, so a one-file change costs only that file's work. The
    cache's stamps say which files in docs/ are still as written: those are neither rendered nor read."""

    settings: Settings
    cache: Cache = field(init=False)
    log: Callable[[str], None] = print
    last: LastBuild | None = None  # what the last generate knew, for draft previews
    renderer: Renderer | None = None
    citations: Citations = field(default_factory=Citations)  # the drafts' styles and record shapes, for the session
    swept: bool = False  # whether a rebuild has swept docs/ of files it did not produce (the first one does)
    allow_withdrawals: bool = False  # serve --allow-withdrawals: deleting many files at once is meant

    def __post_init__(self) -> None:
        self.cache = load_cache(self.settings.project_dir / CACHE_DIR)
        self.cache.keeps_fragments = True  # each article's parts of the whole-archive files, between rebuilds

    def remember(self, generated: Generated) -> None:
        self.archive = generated.archive
        self.last = last_build(generated.archive, generated.actor_set)
        self.rewritten = list(generated.output.rewritten)

    def regenerate(self) -> tuple[int, int, float]:
        """Write changed pages into docs/; returns (written, removed, seconds)."""
        start = time.perf_counter()
        output = DocsWriter(self.settings.docs_dir, sweep=not self.swept)
        generated = generate(self.settings, Report(), cache=self.cache, workers=default_workers(), output=output, allow_withdrawals=self.allow_withdrawals)
        save_ledgers(self.settings, generated)
        for line in generated.assignment.lines() if generated.assignment else []:
            self.log(f"id: {line}")
        self.swept = True
        self.remember(generated)
        return generated.written, generated.removed, time.perf_counter() - start

    def rebuild(self, changed: list[str] | None = None) -> None:
        """rebuild_now() while holding the project's build lock (waiting for a `build` that has it);
        a corpus that cannot be built is logged and leaves the served site as it was."""
        try:
            with build_lock(self.settings.project_dir, wait=True, on_wait=lambda who: self.log(f"waiting for another build ({who}) …")):
                self.rebuild_now(changed)
        except (CorpusError, LedgerError, TooManyWithdrawals) as error:
            self.log(f"error: {error}\nnothing was regenerated; the site is as the last build left it (with the draft of an edit, if one was shown)")

    def rebuild_now(self, changed: list[str] | None = None) -> None:
        """Show drafts of the `changed` corpus files (names in corpus/) when they are edited articles,
        regenerate, preview the changed pages in seconds, then publish the whole site as before."""
        check_corpus_folder(self.settings.corpus_dir)  # a folder gone stops the rebuild before a draft is shown
        if changed:
            self.draft(changed)
        written, removed, seconds = self.regenerate()
        self.log(f"docs: {written} written, {removed} removed in {seconds:.2f} s")
        if written or removed:
            self.preview()
        self.cache.save()  # after the pages and the preview: a preview should not wait for the cache file
        self.log("building the full site (search, manifest, archive.zip) …")
        start = time.perf_counter()
        try:
            publish(self.settings, self.archive)
            self.log(f"site complete (search updated) in {time.perf_counter() - start:.1f} s")
        except PublishError as error:
            self.log(f"error: {error} (the previous site was left as it was)")
        self.settle()

    def settle(self) -> None:
        """Free what the rebuild left in reference cycles, while serve waits for the next edit. A build
        keeps the cyclic collector off what outlives each stage (pipeline.survivors_frozen) and hands it
        all back at the end, into the oldest generation, which Python collects in full only now and
        then: 110,000 objects of cyclic garbage a rebuild at 300 articles (citeproc's style trees among
        them) piled up there, and each rebuild was slower than the last (9.6 s, then 12.0 s by the
        tenth at 10,000 articles)."""
        gc.collect()

    def draft(self, changed: list[str]) -> bool:
        """The edited articles' pages at once, before the regenerate: each rendered against the last
        build (its related articles, actor and author pages as they were), then a dirty MkDocs build.
        Returns whether a draft was shown (not before a first build and a whole site, nor when the
        change cannot be drafted)."""
        if self.last is None or not has_full_site(self.settings.site_dir):
            return False
        start = time.perf_counter()
        self.renderer = self.renderer or Renderer(self.settings)
        try:
            written = write_drafts(self.last, self.settings, changed, self.renderer, self.citations)
            if isinstance(written, list):
                preview_build(self.settings, self.last.archive, written)
        except Exception as error:  # a draft is a courtesy: the regenerate that follows does it right
            written = f"{type(error).__name__}: {error}"
        if isinstance(written, str):
            self.log(f"no draft preview ({written}); regenerating")
            return False
        names = ", ".join(changed)
        self.log(f"draft preview of {names} ready in {time.perf_counter() - start:.1f} s (the article alone; its lists, actors, related articles and search follow)")
        return True

    def preview(self) -> None:
        """`mkdocs build --dirty` into the served site: the changed pages only, search and downloads stale."""
        if not has_full_site(self.settings.site_dir):
            self.log("no full site to preview into yet")
            return
        start = time.perf_counter()
        try:
            preview_build(self.settings, self.archive, self.rewritten)
        except PublishError as error:
            self.log(f"preview failed, the full build follows: {error}")
            return
        self.log(f"preview ready in {time.perf_counter() - start:.1f} s (changed pages only; search catches up after the full build)")


def watch(folder: Path, on_change: Callable[[list[str]], None], stop: threading.Event, interval: float = 1.0) -> None:
    """Call on_change(names) whenever files below folder are added, removed or modified, until stop is set."""
    before = snapshot(folder)
    while not stop.wait(interval):
        after = snapshot(folder)
        if after != before:
            changed = sorted(name for name in before.keys() | after.keys() if before.get(name) != after.get(name))
            before = after
            on_change(changed)


def watch_in_background(settings: Settings, log: Callable[[str], None] = print, generated: Generated | None = None, allow_withdrawals: bool = False) -> threading.Event:
    """Start watching settings.corpus_dir in a daemon thread; set the returned event to stop. `generated`
    (serve's first build) lets the first edit be drafted at once."""
    stop = threading.Event()
    rebuilder = Rebuilder(settings, log=log, allow_withdrawals=allow_withdrawals)
    if generated is not None:
        rebuilder.remember(generated)
    thread = threading.Thread(target=watch, args=(settings.corpus_dir, rebuilder.rebuild, stop), daemon=True)
    thread.start()
    return stop
