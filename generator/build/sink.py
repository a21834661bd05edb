"""Where generated files go as they are made: docs/ on disk, a dict in memory (tests), or nowhere (`check`).

Pages are handed over one by one as they are rendered, so no run ever holds every page's text. Each
output remembers per path only a `Stamp` (a digest of the bytes, and for files on disk their size and
modification time in ns); the cache keeps the stamps for the next run.

A writer's `store` may run in a forked render worker (render_pool.py): it only writes and returns a
stamp; the parent then `record`s it. An output that cannot be written from another process (memory)
says so with `forkable = False`, and its pages are rendered in the parent.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import NamedTuple

from ..config import GENERATED_DIRS, GENERATED_FILES
from ..site.page import Content



class Stamp(NamedTuple):
    """What the next run needs to know about one written file, without its text."""

    digest: str  # blake2b-128 of the bytes
    size: int
    mtime_ns: int  # 0 where there is no file (memory)


def as_bytes(content: Content) -> bytes:
    return content if isinstance(content, bytes) else content.encode("utf-8")


def digest_of_bytes(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


class Output:
    """The common bookkeeping: which paths this run produced, and how many were (re)written."""

    forkable = False

    def __init__(self) -> None:
        self.known: dict[str, Stamp] = {}  # what the last run left (from the cache)
        self.produced: dict[str, Stamp] = {}  # what this run produced, written or not
        self.rewritten: list[str] = []  # the paths written by this run (serve's preview builds only those)

    @property
    def written(self) -> int:
        return len(self.rewritten)

    def expect(self, known: dict[str, Stamp]) -> None:
        """Stamps recorded by the last run: a file still carrying its stamp is neither read nor rewritten."""
        self.known = known

    def store(self, path: str, content: Content) -> tuple[Stamp, bool]:
        """Write one file if its bytes differ from what is there; (its stamp, whether it was written)."""
        raise NotImplementedError

    def holds(self, path: str, stamp: Stamp) -> bool:
        """Whether the file at `path` is still the one stamped `stamp` (nobody touched or removed it)."""
        raise NotImplementedError

    def record(self, path: str, stamp: Stamp, changed: bool) -> None:
        self.produced[path] = stamp
        if changed:
            self.rewritten.append(path)

    def put(self, path: str, content: Content) -> Stamp:
        stamp, changed = self.store(path, content)
        self.record(path, stamp, changed)
        return stamp

    def keep(self, path: str, stamp: Stamp) -> None:
        """A file that is already what this run would write (its page is unchanged): produced, not written."""
        self.record(path, stamp, False)

    def finish(self) -> tuple[int, int]:
        """Remove what the last run produced and this one did not; (written, removed)."""
        return self.written, 0


class DocsWriter(Output):
    """Files under a docs/ folder, each written (temporary file + rename) only when its bytes change, so
    MkDocs and `serve` see an unchanged file's modification time unchanged."""

    forkable = True  # workers write their own pages; only stamps cross the pipe

    def __init__(self, folder: Path, sweep: bool = True) -> None:
        super().__init__()
        self.folder = folder
        # finish() walks the generated folders for anything this run did not produce; without `sweep`
        # (serve's rebuilds, after its first build swept) it removes only what the last run produced
        # and this one did not: a walk of 50,000 files per edit saved
        self.sweep = sweep
        self.root = os.fspath(folder)  # paths are joined as strings: pathlib costs more than the write itself

    def store(self, path: str, content: Content) -> tuple[Stamp, bool]:
        data = as_bytes(content)
        digest = digest_of_bytes(data)
        target = native(self.root, path)
        known = self.known.get(path)
        if known is not None and known.digest == digest and self.holds(path, known):
            return known, False  # trusted by size and time, as cached_reader trusts corpus files
        status = stat_or_none(target)
        if status is not None and status.st_size == len(data) and read_bytes(target) == data:
            return Stamp(digest, status.st_size, status.st_mtime_ns), False
        return write_file(target, data, digest), True

    def holds(self, path: str, stamp: Stamp) -> bool:
        status = stat_or_none(native(self.root, path))
        return status is not None and (status.st_size, status.st_mtime_ns) == (stamp.size, stamp.mtime_ns)

    def finish(self) -> tuple[int, int]:
        if self.sweep:
            return self.written, remove_stale(self.folder, self.produced)
        return self.written, remove_files(self.folder, [path for path in self.known if path not in self.produced])


class MemoryWriter(Output):
    """Every file's content in `pages` (tests and tools that want the texts; holds them all)."""

    def __init__(self) -> None:
        super().__init__()
        self.pages: dict[str, Content] = {}

    def store(self, path: str, content: Content) -> tuple[Stamp, bool]:
        data = as_bytes(content)
        changed = self.pages.get(path) != content
        self.pages[path] = content
        return Stamp(digest_of_bytes(data), len(data), 0), changed

    def holds(self, path: str, stamp: Stamp) -> bool:
        return path in self.pages and digest_of_bytes(as_bytes(self.pages[path])) == stamp.digest

    def finish(self) -> tuple[int, int]:
        stale = [path for path in self.pages if path not in self.produced]
        for path in stale:
            del self.pages[path]
        return self.written, len(stale)


class NullWriter(Output):
    """Everything is rendered and dropped: `check` renders (rendering can fail or warn) and writes nothing."""

    forkable = True  # storing nothing works in any process

    def store(self, path: str, content: Content) -> tuple[Stamp, bool]:
        return Stamp("", 0, 0), False

    def holds(self, path: str, stamp: Stamp) -> bool:
        return False


def stat_or_none(path: str | Path) -> os.stat_result | None:
    try:
        return os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return None


def read_bytes(path: str) -> bytes:
    with open(path, "rb") as source:
        return source.read()


def write_file(target: str | Path, data: bytes, digest: str) -> Stamp:
    target = os.fspath(target)
    temporary = f"{target}.{os.getpid()}.tmp"  # workers never share a temporary
    try:
        out = open(temporary, "wb")
    except FileNotFoundError:  # the folder is made when it is missing, not asked for with every file
        os.makedirs(os.path.dirname(target), exist_ok=True)
        out = open(temporary, "wb")
    with out:
        out.write(data)
    os.replace(temporary, target)
    status = os.stat(target)
    return Stamp(digest, status.st_size, status.st_mtime_ns)


def remove_files(docs_dir: Path, paths: list[str]) -> int:
    """Remove these generated files (docs-relative paths), and the folders they leave empty below the
    generated top folders."""
    removed = 0
    for path in paths:
        if not is_generated_path(path):  # the cache's list is trusted only for what the generator writes
            continue
        target = os.path.join(docs_dir, path)
        if os.path.isfile(target):
            os.unlink(target)
            removed += 1
        parts = path.split("/")[:-1]
        while len(parts) > 1:  # never the top folder itself (articles/, actors/, ...)
            try:
                os.rmdir(os.path.join(docs_dir, *parts))
            except OSError:  # not empty (or gone already)
                break
            parts.pop()
    return removed


def is_generated_path(path: str) -> bool:
    parts = path.split("/")
    if any(part in ("", ".", "..") for part in parts):
        return False
    return parts[0] in GENERATED_DIRS if len(parts) > 1 else path in GENERATED_FILES


def native(folder: str, path: str) -> str:
    """folder + a docs-relative POSIX path, as os.walk spells it below `folder`: every path the writer
    stores, checks and sweeps (os.path.join cost 0.3 s a build in 100,000 calls, for the same string)."""
    return f"{folder}{os.sep}{path if os.sep == '/' else path.replace('/', os.sep)}"


def remove_stale(docs_dir: Path, produced) -> int:
    """Remove every file in the generated folders that is not in `produced`, and emptied folders. One
    bottom-up os.walk (a directory listing per folder, no stat per file): tens of thousands of files."""
    removed = 0
    root = os.fspath(docs_dir)
    wanted = {native(root, p) for p in produced}
    for top in GENERATED_DIRS:
        folder = native(root, top)
        if not os.path.isdir(folder):
            continue
        emptied: set[str] = set()
        for here, folders, files in os.walk(folder, topdown=False):
            left = len(files) + sum(1 for name in folders if native(here, name) not in emptied)
            for name in files:
                path = native(here, name)
                if path not in wanted and os.path.isfile(path):
                    os.unlink(path)
                    removed += 1
                    left -= 1
            if not left and here != folder:
                os.rmdir(here)
                emptied.add(here)
    for name in GENERATED_FILES:
        path = native(root, name)
        if path not in wanted and os.path.isfile(path):
            os.unlink(path)
            removed += 1
    return removed
