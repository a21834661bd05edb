"""Run by tests/test_render_pool.py in a fresh interpreter (pytest's own threads would make the
generator render serially): generate a project once and print what the test compares, as a pickle.

    python tests/render_pool_probe.py PROJECT WORKERS OUT.pickle
"""

from __future__ import annotations

import pickle
import sys
from pathlib import Path

from generator import batch, render_pool
from generator.cache import Cache
from generator.config import load_settings
from generator.model import Report
from generator.pipeline import generate
from generator.render import Renderer


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
    plain = generate(settings, Report(), workers=workers).pages
    cache = Cache()
    cold = generate(settings, Report(), cache=cache, workers=workers).pages
    cold_keys = dict(cache.pages)
    forked_cold, rendered_here[:] = list(forked), []
    warm = generate(settings, Report(), cache=cache, workers=workers).pages
    result = {
        "plain": plain,
        "cold": cold,
        "cold_cache": cold_keys,
        "warm": warm,
        "warm_cache": dict(cache.pages),
        "forked": forked_cold,
        "forked_warm": forked[len(forked_cold):],
        "rendered_in_parent_warm": len(rendered_here),
    }
    out.write_bytes(pickle.dumps(result))


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3]))
