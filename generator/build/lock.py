"""One build at a time per project: a second `build` (or `serve` rebuilding while a `build` runs) would
write into the same docs/ and staging folder as the first.

The lock is an advisory `flock` on `.cache/build.lock`, which the kernel releases when its process
ends however it ends, so a crashed build never leaves a stale lock behind; the file holds the pid of
the process that has it, for the message.
"""

from __future__ import annotations

import fcntl
import os
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

LOCK_FILE = Path(".cache") / "build.lock"


class Busy(Exception):
    """Another process is building this project; the message names it."""


def holder(handle) -> str:
    handle.seek(0)
    pid = handle.read().strip()
    return f"pid {pid}" if pid else "another process"


@contextmanager
def build_lock(project_dir: Path, wait: bool = False, on_wait: Callable[[str], None] = lambda who: None) -> Iterator[None]:
    """Hold the project's build lock. Busy at once when another process holds it, or with `wait`,
    wait for it (telling `on_wait` whom we wait for, once)."""
    path = project_dir / LOCK_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+", encoding="utf-8") as handle:
        told = False
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                who = holder(handle)
                if not wait:
                    raise Busy(f"another build of this project is running ({who}, lock {path}); wait for it to finish") from None
                if not told:
                    on_wait(who)
                    told = True
                time.sleep(0.2)
        try:
            handle.seek(0)
            handle.truncate()
            handle.write(str(os.getpid()))
            handle.flush()
            yield
        finally:
            handle.seek(0)
            handle.truncate()
            handle.flush()
            fcntl.flock(handle, fcntl.LOCK_UN)
