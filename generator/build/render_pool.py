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
- a worker dies (killed, out of memory, an error): the pages are rendered again serially.
"""

from __future__ import annotations

import gc
import multiprocessing
import threading
from collections import deque
from concurrent.futures.process import BrokenProcessPool
from functools import partial
from multiprocessing.connection import Connection, wait
from typing import Any, Callable, Protocol, Sequence, TypeVar

PARALLEL_FROM = 200  # pages to render; a page takes ~2 ms, starting the workers ~0.1 s
CHUNK = 8  # pages per task: small, so a run of heavy actor pages does not leave one worker last

Result = TypeVar("Result")  # what is run on each page returns: (cache key, stamp, written?) from batch.writing


class Handback(Protocol):
    """What rendering makes besides the pages and the parent wants back (fragments.Fragments: the parts a
    page is made of, saved for the next build)."""

    def taken(self) -> Any:
        """What was made since the last call (in a worker: after each chunk)."""

    def absorb(self, taken: Any) -> None:
        """Keep in the parent what a worker's `taken` gave."""


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
    chunks = [indices[start:start + CHUNK] for start in range(0, len(indices), CHUNK)]
    if before_fork is not None:
        before_fork()
    if handback is not None:
        handback.taken()  # what the parent made so far is its own: the workers hand back only theirs
    # The collector would otherwise walk (and so copy into each worker) every object the parent holds.
    outer_freeze = gc.get_freeze_count() > 0  # pipeline.survivors_frozen: leave its unfreeze to it
    gc.freeze()
    try:
        work = partial(serve_chunks, pages=pages, render=render, handback=handback)
        done = deal(chunks, min(workers, len(chunks)), work)
    finally:
        if not outer_freeze:
            gc.unfreeze()
    results: list[Result] = []
    for texts, taken in done:
        results.extend(texts)
        if handback is not None:
            handback.absorb(taken)
    return results


def deal(chunks: list[list[int]], workers: int, work: Callable[[Connection], None]) -> list[Any]:
    """Each chunk's answer, in order, from `workers` processes forked to run work(link). `fork` copies
    `work` (and the pages it is bound to) into the child as it is: only chunks and answers are pickled."""
    context = multiprocessing.get_context("fork")
    links, processes = [], []
    try:
        for _ in range(workers):
            link, child_link = context.Pipe()
            processes.append(context.Process(target=work, args=(child_link,), daemon=True))
            processes[-1].start()
            child_link.close()  # the worker's end is then only in the worker: its death reads as EOF here
            links.append(link)
        return collect(chunks, links)
    except BaseException:
        for process in processes:
            process.terminate()
        raise
    finally:
        for process in processes:
            process.join()
        for link in links:
            link.close()


def collect(chunks: list[list[int]], links: list[Connection]) -> list[Any]:
    """Each worker is two chunks ahead of its answers, so it never waits for the parent, and is given
    the next chunk as it answers one, so a run of heavy pages does not leave one worker last."""
    answers: dict[int, Any] = {}
    pending = iter(range(len(chunks)))
    given: dict[Connection, deque[int]] = {link: deque() for link in links}
    for link in links + links:
        give(link, next(pending, None), chunks, given)
    while given:
        for link in wait(list(given)):
            answers[given[link].popleft()] = receive(link)
            give(link, next(pending, None), chunks, given)
    return [answers[number] for number in range(len(chunks))]


def give(link: Connection, number: int | None, chunks: list[list[int]], given: dict[Connection, deque[int]]) -> None:
    """Send the worker chunk `number`; with none left, once it has answered all it was given, None: stop."""
    if number is None and given[link]:
        return
    try:
        link.send(None if number is None else chunks[number])
    except OSError:  # the worker is gone
        raise BrokenProcessPool("a render worker ended before its work was done") from None
    if number is None:
        del given[link]
    else:
        given[link].append(number)


def receive(link: Connection) -> Any:
    try:
        return link.recv()
    except (EOFError, OSError):  # the worker is gone (a reset when it died with chunks unread)
        raise BrokenProcessPool("a render worker ended before its work was done") from None


def serve_chunks(link: Connection, pages: Sequence[Any], render: Callable[[Any], Any], handback: Handback | None) -> None:
    """Runs in a worker: render each chunk of page indices it is sent until it is sent None, answering
    (what render returned for each, what the handback took). An error ends the worker: the parent
    renders serially, and so raises it with its whole traceback."""
    while (indices := link.recv()) is not None:
        texts = [render(pages[index]) for index in indices]
        link.send((texts, handback.taken() if handback is not None else None))
