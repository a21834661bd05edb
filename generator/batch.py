"""Read, extract and render many articles fast: through the cache, and across cores for cold builds.

The parallel path gives exactly what the serial one gives (tests/test_incremental.py checks): the
same function runs on each file, results come back in input order, and errors become the same
skip reasons.
"""

from __future__ import annotations

import hashlib
import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import fields, replace
from pathlib import Path

from .cache import Cache, digest_of, file_key, without_bytes
from .config import ArchiveOptions
from .actors import name_candidates
from .extract import extract
from .model import Article, RawFile
from .read import read_bytes
from .render_pool import render_pages

PARALLEL_FROM = 400  # below this many files to extract, starting worker processes costs more than it saves
CHUNK = 64

Outcome = Article | str  # an article, or why it could not be extracted


def default_workers() -> int:
    return max(1, min(os.cpu_count() or 1, 8))


def cached_reader(cache: Cache):
    """A `read_file` for read_corpus that skips decoding when the file's bytes are unchanged, and
    reading when its size and modification time are too."""

    def read(path: Path, name: str) -> RawFile:
        status = path.stat()
        known = cache.stats.get(name)
        if known and known[:2] == (status.st_size, status.st_mtime_ns):
            raw = cache.raw.get(file_key(name, known[2], "read"))
            if raw is not None:
                return raw
        data = path.read_bytes()
        sha256 = hashlib.sha256(data).hexdigest()
        key = file_key(name, sha256, "read")
        raw = cache.raw.get(key)
        if raw is None:
            raw = read_bytes(data, path, name)
            cache.raw[key] = without_bytes(raw)
        cache.stats[name] = (status.st_size, status.st_mtime_ns, sha256)
        return raw

    return read


def extract_one(job: tuple[RawFile, int, int]) -> Outcome:
    raw, title_words, reading_wpm = job
    try:
        article = extract(raw, title_words, reading_wpm)
        article.names = name_candidates(article)  # here: in the workers on a cold build, and cached
        return article
    except Exception as error:  # one bad file must never stop the archive
        return f"could not be extracted: {type(error).__name__}: {error}"


def extract_in_pool(jobs: list[tuple[RawFile, int, int]], workers: int) -> list[Outcome]:
    light = [(without_bytes(raw), tw, wpm) for raw, tw, wpm in jobs]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        outcomes = list(pool.map(extract_one, light, chunksize=CHUNK))
    for (raw, _, _), outcome in zip(jobs, outcomes):
        if isinstance(outcome, Article):
            outcome.source = raw  # the parent's RawFile, bytes included, as the serial path has
    return outcomes


def fresh_copy(article: Article) -> Article:
    """A copy whose lists later stages may fill without touching the cached article."""
    return replace(article, **{f.name: list(getattr(article, f.name)) for f in fields(article) if isinstance(getattr(article, f.name), list)})


def extract_all_files(files: list[RawFile], options: ArchiveOptions, cache: Cache | None, workers: int = 1) -> list[Outcome]:
    """One outcome per file, in order; cached articles are reused, the rest extracted (in a pool when many)."""
    keys = [file_key(raw.path, raw.sha256, (raw.id, options.title_words, options.reading_wpm)) for raw in files]
    cached = cache.articles if cache is not None else {}
    todo = [i for i, key in enumerate(keys) if key not in cached]
    jobs = [(files[i], options.title_words, options.reading_wpm) for i in todo]
    if workers > 1 and len(jobs) >= PARALLEL_FROM:
        done = extract_in_pool(jobs, workers)
    else:
        done = [extract_one(job) for job in jobs]
    fresh = dict(zip(todo, done))
    outcomes: list[Outcome] = []
    for index, key in enumerate(keys):
        outcome = fresh.get(index, cached.get(key))
        if cache is not None and isinstance(outcome, Article):
            cache.articles[key] = outcome
            outcome = fresh_copy(outcome)
        outcomes.append(outcome)
    if cache is not None:
        live, live_raw = set(keys), {file_key(raw.path, raw.sha256, "read") for raw in files}
        cache.articles = {k: v for k, v in cache.articles.items() if k in live}
        cache.raw = {k: v for k, v in cache.raw.items() if k in live_raw}
        names = {raw.path for raw in files}
        cache.stats = {k: v for k, v in cache.stats.items() if k in names}
        cache.hits, cache.misses = len(files) - len(todo), len(todo)
    return outcomes


def render_all(pages, render, cache: Cache | None, settings, workers: int = 1) -> dict[str, str]:
    """{path: text}; with a cache, a page whose template and context are unchanged is not rendered again.
    Pages are rendered through `render_pages`: across processes when many (a cold build)."""
    everything = range(len(pages))
    if cache is None:
        return dict(zip((page.path for page in pages), render_pages(pages, render, everything, workers)))
    memo: dict[int, bytes] = {}
    settings = digest_of(settings, memo)  # once: every page's key holds it
    previous, cache.pages = cache.pages, {}
    if previous:
        keys = [page_key(page, settings, memo) for page in pages]
        todo = [i for i, (page, key) in enumerate(zip(pages, keys)) if not is_cached(previous.get(page.path), key)]
        fresh = dict(zip(todo, render_pages(pages, render, todo, workers)))
        keyed = [(key, fresh[i] if i in fresh else previous[page.path][1]) for i, (page, key) in enumerate(zip(pages, keys))]
    else:  # nothing cached: every page is rendered, and fingerprinted beside it (in the workers too)
        keyed = render_pages(pages, lambda page: (page_key(page, settings, memo), render(page)), everything, workers)
    for page, (key, text) in zip(pages, keyed):
        cache.pages[page.path] = (key, text)
    return {page.path: text for page, (_, text) in zip(pages, keyed)}


def page_key(page, settings, memo: dict[int, bytes]) -> str:
    try:
        return digest_of((page.template, page.path, page.context, settings), memo).hex()
    except Exception:  # a context that cannot be pickled is simply rendered every time
        return ""


def is_cached(old: tuple[str, str] | None, key: str) -> bool:
    return bool(key) and old is not None and old[0] == key
