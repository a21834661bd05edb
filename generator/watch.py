"""`serve`'s rebuild loop: poll corpus/ and, when a file changes, regenerate through the in-memory cache
(only changed files are extracted, only changed pages rendered and written), preview the changed pages with
a dirty MkDocs build straight into the served site/, then publish the whole site (search, manifest,
archive.zip) as `build` does."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from .batch import default_workers
from .cache import CACHE_DIR, Cache, load_cache
from .config import Settings
from .model import Report
from .pipeline import generate
from .publish import PublishError, has_full_site, preview_build, publish
from .sink import DocsWriter

Snapshot = dict[str, tuple[int, int]]


def snapshot(folder: Path) -> Snapshot:
    """Every file below folder: (size, modification time in ns). Cheap: a stat per file, no reading."""
    if not folder.is_dir():
        return {}
    return {p.relative_to(folder).as_posix(): (s.st_size, s.st_mtime_ns) for p in folder.rglob("*") if p.is_file() and (s := p.stat())}


@dataclass
class Rebuilder:
    """Keeps the cache in memory between rebuilds, so a one-file change costs only that file's work. The
    cache's stamps say which files in docs/ are still as written: those are neither rendered nor read."""

    settings: Settings
    cache: Cache = field(init=False)
    log: Callable[[str], None] = print

    def __post_init__(self) -> None:
        self.cache = load_cache(self.settings.project_dir / CACHE_DIR)

    def regenerate(self) -> tuple[int, int, float]:
        """Write changed pages into docs/; returns (written, removed, seconds)."""
        start = time.perf_counter()
        generated = generate(self.settings, Report(), cache=self.cache, workers=default_workers(), output=DocsWriter(self.settings.docs_dir))
        self.archive = generated.archive
        return generated.written, generated.removed, time.perf_counter() - start

    def rebuild(self) -> None:
        """Regenerate, preview the changed pages in seconds, then publish the whole site as before."""
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

    def preview(self) -> None:
        """`mkdocs build --dirty` into the served site: the changed pages only, search and downloads stale."""
        if not has_full_site(self.settings.site_dir):
            self.log("no full site to preview into yet")
            return
        start = time.perf_counter()
        try:
            preview_build(self.settings, self.archive)
        except PublishError as error:
            self.log(f"preview failed, the full build follows: {error}")
            return
        self.log(f"preview ready in {time.perf_counter() - start:.1f} s (changed pages only; search catches up after the full build)")


def watch(folder: Path, on_change: Callable[[], None], stop: threading.Event, interval: float = 1.0) -> None:
    """Call on_change whenever a file below folder is added, removed or modified, until stop is set."""
    before = snapshot(folder)
    while not stop.wait(interval):
        after = snapshot(folder)
        if after != before:
            before = after
            on_change()


def watch_in_background(settings: Settings, log: Callable[[str], None] = print) -> threading.Event:
    """Start watching settings.corpus_dir in a daemon thread; set the returned event to stop."""
    stop = threading.Event()
    rebuilder = Rebuilder(settings, log=log)
    thread = threading.Thread(target=watch, args=(settings.corpus_dir, rebuilder.rebuild, stop), daemon=True)
    thread.start()
    return stop
