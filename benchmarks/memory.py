"""Where the generator's memory goes: tracemalloc after each pipeline stage, and the biggest holders.

    python benchmarks/memory.py 1000      # a synthetic corpus of N articles (see bench.py)

One serial, cold run (tracemalloc does not follow forked workers) through a cache into the
benchmark's project (benchmarks/out/project-N, as bench.py builds it). Prints the Python
allocations live and at their peak after each stage, the peak while the cache is saved, the 15
source lines whose allocations are still alive after rendering, and each part of the cache pickled.
Figures are Python allocations only: the process's RSS adds the interpreter, libraries and slack.
"""

from __future__ import annotations

import linecache
import pickle
import sys
import tracemalloc
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

STAGES = ("extract_all", "enrich", "link", "related_articles", "render_site")


def traced(function, name: str, snapshots: dict):
    def run(*args, **kwargs):
        result = function(*args, **kwargs)
        current, peak = tracemalloc.get_traced_memory()
        print(f"after {name}: {current / 1e6:.0f} MB live, peak so far {peak / 1e6:.0f} MB", flush=True)
        snapshots[name] = tracemalloc.take_snapshot()
        return result

    return run


def main(n: int) -> None:
    import bench
    from generator.build import pipeline
    from generator.build.cache import CACHE_DIR, cache_files, load_cache
    from generator.config import load_settings
    from generator.model import Report
    from generator.build.sink import DocsWriter

    project = bench.project_for(n, bench.corpus_for(n))
    settings = load_settings(project / "mkdocs.yml")
    snapshots: dict = {}
    for name in STAGES:
        setattr(pipeline, name, traced(getattr(pipeline, name), name, snapshots))
    tracemalloc.start(1)
    cache = load_cache(project / CACHE_DIR)
    pipeline.generate(settings, Report(), cache=cache, workers=1, output=DocsWriter(settings.docs_dir))
    tracemalloc.reset_peak()
    cache.save()
    current, peak = tracemalloc.get_traced_memory()
    print(f"cache saved: {current / 1e6:.0f} MB live, peak while saving {peak / 1e6:.0f} MB; files {sum(p.stat().st_size for p in cache_files(cache.path.parent)) / 1e6:.0f} MB")
    print("alive after render_site, by source line:")
    for stat in snapshots["render_site"].statistics("lineno")[:15]:
        frame = stat.traceback[0]
        line = linecache.getline(frame.filename, frame.lineno).strip()[:80]
        print(f"  {stat.size / 1e6:8.1f} MB {stat.count:9,d} blocks  {Path(frame.filename).name}:{frame.lineno}  {line}")
    for part in ("raw", "articles", "pages", "stats", "enriched"):
        value = getattr(cache, part)
        print(f"cache.{part}: {len(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)) / 1e6:.1f} MB pickled, {len(value):,} entries")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
