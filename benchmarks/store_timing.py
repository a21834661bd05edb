"""The build store's costs on a built project: reading it, saving it unchanged, saving it cold.

    python benchmarks/store_timing.py PROJECT      # e.g. benchmarks/out/project-10000 after bench.py

Reads PROJECT/.cache/store.sqlite as `generate` does (load_cache; the code version is taken from the
file, so a store made by another commit of the same format is read too), saves it unchanged (what
every build pays), then saves everything into a new store beside it in a temporary folder (a cold
build's save). Prints wall and CPU seconds, the peak memory after the load and the new file's size.
"""

from __future__ import annotations

import argparse
import resource
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from generator.build import cache as cache_module  # noqa: E402
from generator.build.store import Store  # noqa: E402


def timed(label: str, action) -> None:
    wall, cpu = time.perf_counter(), time.process_time()
    action()
    print(f"{label}: {time.perf_counter() - wall:.2f} s wall, {time.process_time() - cpu:.2f} s CPU", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("project", type=Path)
    folder = parser.parse_args().project / cache_module.CACHE_DIR
    with sqlite3.connect(folder / cache_module.STORE_FILE) as db:
        version = db.execute("SELECT version FROM meta").fetchone()[0]
    cache_module.code_fingerprint = lambda: version  # read the store whichever commit made it
    loaded = {}
    timed("load", lambda: loaded.setdefault("cache", cache_module.load_cache(folder)))
    cache = loaded["cache"]
    print(f"  {len(cache.articles)} articles, {len(cache.fragments)} parts; peak {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    timed("save, nothing changed", cache.save)
    with tempfile.TemporaryDirectory() as scratch:
        cold = Path(scratch) / cache_module.STORE_FILE
        cache.path, cache.store = cold, Store(cold, version)
        timed("save, cold", cache.save)
        print(f"  {cold.stat().st_size / 1e6:.0f} MB")


if __name__ == "__main__":
    main()
