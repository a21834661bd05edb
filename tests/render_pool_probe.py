"""Run by tests/test_render_pool.py in a fresh interpreter (pytest's own threads would make the
generator render serially): generate a project into docs folders beside OUT and save what the test compares (the files written,
read back from disk), as a pickle.

    python tests/render_pool_probe.py PROJECT WORKERS OUT.pickle
"""

from __future__ import annotations

import pickle
import sys
from pathlib import Path

from generator.build import batch, render_pool
from generator.build.cache import Cache
from generator.config import load_settings
from generator.model import Report
from generator.build.pipeline import generate
from generator.site.render import Renderer
from generator.build.sink import DocsWriter
from generator.config import GENERATED_DIRS, GENERATED_FILES


def counting(log: list[int], function):
    def counted(*args, **kwargs):
        log.append(len(args[2]) if len(args) > 2 else 0)
        return function(*args, **kwargs)

    return counted


def main(project: Path, workers: int, out: Path) -> None:
    render_pool.PARALLEL_FROM = 2  # the corpus is small; the pool must still be used
    forked: list[int] = []
    render_pool.render_forked = counting(forked, render_pool.render_forked)
    rendered_here: list[int] = []
    Renderer.render = counting(rendered_here, Renderer.render)
    settings = load_settings(project / "mkdocs.yml")
    folder = out.with_name(f"docs-{workers}")
    generate(settings, Report(), workers=workers, output=DocsWriter(folder / "plain"))
    cache = Cache()
    cold = generate(settings, Report(), cache=cache, workers=workers, output=DocsWriter(folder / "cold"))
    cold_keys, cold_fragments = dict(cache.pages), dict(cache.fragments)
    cold_files = files_in(folder / "cold")
    forked_cold, rendered_here[:] = list(forked), []
    warm = generate(settings, Report(), cache=cache, workers=workers, output=DocsWriter(folder / "cold"))
    warm_cache, forked_warm, rendered_in_parent_warm = dict(cache.pages), forked[len(forked_cold):], len(rendered_here)
    warm_files = files_in(folder / "cold")
    victim = sorted((project / "corpus" / "synthetic").glob("*.txt"))[3]
    original = victim.read_bytes()
    try:  # one article edited: its pages, the lists and the offline index render in the workers, mostly from the last build's parts
        victim.write_bytes(original + b"\nA closing paragraph added by an editor.\n")
        generate(settings, Report(), cache=cache, workers=workers, output=DocsWriter(folder / "cold"))
        edited = files_in(folder / "cold")
    finally:
        victim.write_bytes(original)
    result = {
        "plain": files_in(folder / "plain"),
        "cold": cold_files,
        "cold_written": cold.written,
        "cold_cache": cold_keys,
        "cold_fragments": cold_fragments,
        "warm": warm_files,
        "warm_written": warm.written,
        "warm_cache": warm_cache,
        "edited": edited,
        "edited_fragments": dict(cache.fragments),
        "forked": forked_cold,
        "forked_warm": forked_warm,
        "rendered_in_parent_warm": rendered_in_parent_warm,
        "forked_edited": forked[len(forked_cold) + len(forked_warm):],
    }
    out.write_bytes(pickle.dumps(result))


def files_in(folder: Path) -> dict[str, bytes]:
    """Every generated file under a docs folder, as it is on disk."""
    found = [p for top in GENERATED_DIRS for p in (folder / top).rglob("*")] + [folder / name for name in GENERATED_FILES]
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(found) if p.is_file()}


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3]))
