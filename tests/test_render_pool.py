"""Pages rendered (and written) by forked workers are byte for byte the serially rendered ones, and
leave the cache exactly as a serial build does."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from conftest import PROJECT, copy_project
from generator.build import render_pool

sys.path.insert(0, str(PROJECT / "benchmarks"))
from synth import write_corpus  # noqa: E402

PROBE = Path(__file__).with_name("render_pool_probe.py")


def probe(project: Path, workers: int, tmp_path: Path) -> dict:
    """Generate in a fresh interpreter: one thread, so the forked path is open to it."""
    out = tmp_path / f"probe-{workers}.pickle"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(PROJECT), os.environ.get("PYTHONPATH", "")])}
    result = subprocess.run([sys.executable, str(PROBE), str(project), str(workers), str(out)], capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr[-3000:]
    return pickle.loads(out.read_bytes())


@pytest.fixture(scope="module")
def runs(tmp_path_factory) -> tuple[dict, dict]:
    """The seeds plus 40 synthetic articles, generated serially and with two forked workers."""
    tmp_path = tmp_path_factory.mktemp("render-pool")
    project = copy_project(tmp_path / "project")
    write_corpus(project / "corpus" / "synthetic", 40)
    return probe(project, 1, tmp_path), probe(project, 2, tmp_path)


def test_forked_workers_write_the_serial_pages(runs):
    serial, parallel = runs
    assert serial["forked"] == [] and len(parallel["forked"]) == 2  # without and with a cache
    assert min(parallel["forked"]) > 250  # every rendered page went through the workers
    assert len(serial["plain"]) > 300
    for build in ("plain", "cold"):
        assert sorted(parallel[build]) == sorted(serial[build])  # same files on disk
        differing = [path for path in serial[build] if parallel[build][path] != serial[build][path]]
        assert differing == []
    assert serial["cold_written"] == parallel["cold_written"] == len(serial["cold"])


def test_a_forked_cold_build_leaves_the_serial_cache_and_a_warm_build_renders_nothing(runs):
    serial, parallel = runs
    def without_times(cache: dict) -> dict:
        return {path: (key, digest, size) for path, (key, digest, size, _) in cache.items()}

    assert without_times(parallel["cold_cache"]) == without_times(serial["cold_cache"])  # every file's key, digest, size
    assert list(parallel["cold_cache"]) == list(serial["cold_cache"])  # recorded in the same order
    assert sorted(parallel["cold_cache"]) == sorted(serial["cold"])
    pages = {path for path in serial["cold"] if path.endswith(".md")}
    assert pages and all(parallel["cold_cache"][path][0] for path in pages)
    assert parallel["rendered_in_parent_warm"] == 0 and parallel["forked_warm"] == []
    assert parallel["warm_written"] == 0
    assert parallel["warm_cache"] == parallel["cold_cache"]  # same stamps: not a file was rewritten
    assert parallel["warm"] == serial["cold"]


def test_the_parts_the_workers_make_reach_the_parents_cache(runs):
    """The list rows and offline-index records are made while pages render, in the workers on a cold
    build: handed back, they are saved as a serial build saves them (cache.SAVED_KINDS)."""
    serial, parallel = runs
    kinds = {"offline" if kind.startswith("offline ") else kind for kind, _, _ in serial["cold_fragments"]}
    assert {"offline", "row table_row articles", "row list_item dates", "citation", "features"} <= kinds
    assert parallel["cold_fragments"] == serial["cold_fragments"]
    # after an edit, a page rendered in a worker mostly reuses the last build's parts: kept all the same
    assert parallel["forked_edited"] and serial["forked_edited"] == []
    assert parallel["edited_fragments"] == serial["edited_fragments"]
    assert parallel["edited"] == serial["edited"] != serial["cold"]


def test_serial_when_few_pages_one_worker_or_other_threads():
    assert threading.active_count() > 1 or render_pool.can_fork(2, render_pool.PARALLEL_FROM)
    assert not render_pool.can_fork(1, 10_000)
    assert not render_pool.can_fork(2, render_pool.PARALLEL_FROM - 1)
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert not render_pool.can_fork(2, 10_000)
    finally:
        stop.set()
        thread.join()


def test_a_dead_worker_falls_back_to_the_serial_path(monkeypatch):
    def broken(*args):
        raise render_pool.BrokenProcessPool("a worker was killed")

    monkeypatch.setattr(render_pool, "can_fork", lambda workers, count: True)
    monkeypatch.setattr(render_pool, "render_forked", broken)
    assert render_pool.render_pages(["a", "b", "c"], str.upper, [2, 0], workers=2) == ["C", "A"]


def test_forked_workers_answer_in_the_order_of_the_indices():
    pages = [f"page {n}" for n in range(100)]
    indices = list(range(99, -1, -3))
    assert render_pool.render_forked(pages, str.upper, indices, workers=3) == [pages[i].upper() for i in indices]


def die_on(page: str) -> str:
    if page == "page 42":
        os._exit(3)
    return page


def test_a_worker_that_dies_midway_raises_broken_process_pool():
    with pytest.raises(render_pool.BrokenProcessPool):
        render_pool.render_forked([f"page {n}" for n in range(100)], die_on, list(range(100)), workers=2)
    assert render_pool.render_pages([f"page {n}" for n in range(3)], die_on, [2, 0], workers=1) == ["page 2", "page 0"]
