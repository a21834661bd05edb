"""Render many pages across processes: forked workers inherit the pages, the renderer and the output,
so only page numbers go out, and only each page's stamp comes back: the workers write their own pages.

A page's context points into the whole Archive; pickling one context per page to a worker would
cost about as much as rendering it. A `fork`ed worker already holds every page (copy-on-write), so
the parent sends lists of page indices. The function run on each page is batch.writing's: render the
page, store it through the output (sink.DocsWriter writes it into docs/ when its bytes changed) and
return (cache key, stamp, written?), in order; no page text crosses the pipe. The parallel path
writes exactly the serial path's files (tests/test_render_pool.py compares them).

Serial instead when:
- few pages are to be rendered (a warm rebuild of one article: starting workers costs more than it saves);
- `fork` is not available (Windows, macOS' default);
- the process runs other threads (`serve`'s watcher, a progress bar's refresh thread): a forked
  child gets only the forking thread and any lock another thread held stays locked in the child;
- a worker dies (killed, out of memory): the pages are rendered again serially.
"""

from __future__ import annotations

import gc
import multiprocessing
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Callable, Protocol, Sequence, TypeVar

PARALLEL_FROM = 200  # pages to render; a page takes ~2 ms, starting the workers ~0.1 s
CHUNK = 8  # pages per task: small, so a run of heavy actor pages does not leave one worker last

Result = TypeVar("Result")  # what is run on each page returns: (cache key, stamp, written?) from batch.writing



class Handback(Protocol):
    """What rendering makes besides the pages and the parent wants back (cache.Fragments: the parts a
    page is made of, saved for the next build)."""

    def taken(self) -> Any:
        """What was made since the last call (in a worker: after each chunk)."""

    def absorb(self, taken: Any) -> None:
        """Keep in the parent what a worker's `taken` gave."""


_inherited: tuple[Sequence[Any], Callable[[Any], Any], Handback | None] | None = None  # what the forked workers find


def render_pages(pages: Sequence[Any], render: Callable[[Any], Result], indices: Sequence[int], workers: int, handback: Handback | None = None, before_fork: Callable[[], None] | None = None) -> list[Result]:
    """[render(pages[i]) for i in indices], across `workers` forked processes when that pays (each
    worker's `handback.taken()` then reaches the parent's `handback.absorb`). `before_fork` runs in the
    parent just before the workers start, when they do: what every worker would make alike on first
    use (the actors' mentions) is made once there, and inherited."""
    indices = list(indices)
    if can_fork(workers, len(indices)):
        try:
            return render_forked(pages, render, indices, workers, handback, before_fork)
        except BrokenProcessPool:
            pass  # the serial path below writes the same files (again, for those a worker wrote)
    return [render(pages[i]) for i in indices]


def can_fork(workers: int, count: int) -> bool:
    return (
        workers > 1
        and count >= PARALLEL_FROM
        and "fork" in multiprocessing.get_all_start_methods()
        and threading.active_count() == 1
    )


def render_forked(pages: Sequence[Any], render: Callable[[Any], Result], indices: list[int], workers: int, handback: Handback | None = None, before_fork: Callable[[], None] | None = None) -> list[Result]:
    global _inherited
    chunks = [indices[start:start + CHUNK] for start in range(0, len(indices), CHUNK)]
    if before_fork is not None:
        before_fork()
    if handback is not None:
        handback.taken()  # what the parent made so far is its own: the workers hand back only theirs
    _inherited = (pages, render, handback)
    # The collector would otherwise walk (and so copy into each worker) every object the parent holds.
    outer_freeze = gc.get_freeze_count() > 0  # pipeline.survivors_frozen: leave its unfreeze to it
    gc.freeze()
    try:
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=min(workers, len(chunks)), mp_context=context) as pool:
            results: list[Result] = []
            for texts, taken in pool.map(render_chunk, chunks):
                results.extend(texts)
                if handback is not None:
                    handback.absorb(taken)
            return results
    finally:
        _inherited = None
        if not outer_freeze:
            gc.unfreeze()


def render_chunk(indices: list[int]) -> tuple[list[Any], Any]:
    """Runs in a worker: the pages and the renderer are the parent's, inherited through fork."""
    assert _inherited is not None, "render_chunk runs only in a worker forked by render_forked"
    pages, render, handback = _inherited
    texts = [render(pages[index]) for index in indices]
    return texts, handback.taken() if handback is not None else None
