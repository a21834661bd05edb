"""Read, extract and render many articles fast: through the cache, and across cores for cold builds.

The parallel path gives exactly what the serial one gives (tests/test_incremental.py checks): the
same function runs on each file, results come back in input order, and errors become the same
skip reasons.
"""

from __future__ import annotations

import hashlib
import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from pathlib import Path
from functools import partial
from typing import Callable

from .cache import Cache, file_key, without_bytes, without_contents, without_text
from .digests import KeyMemo, article_digest
from .keys import digest_of, page_key
from ..reuse import collector_paused, plain_digest
from ..config import ArchiveOptions
from ..enrich.name_evidence import name_candidates
from ..content.extract import extract
from ..model import Article, RawFile
from ..content.read import UnreadableFile, read_bytes, read_file
from .render_pool import Handback, render_pages
from ..site import citepages
from ..site.actor_pages import actor_entries, collect_mentions
from .cache import compiled_templates
from .fragments import Fragments
from ..config import Settings
from ..archive.link import Archive
from ..archive.pictures import picture_files
from ..archive.pictures import prepare as prepare_pictures
from ..site.render import Renderer, article_record, site_pages
from ..site.theme import theme_files
from .sink import Output, Stamp

PARALLEL_FROM = 400  # below this many files to extract, starting worker processes costs more than it saves
CHUNK = 64

Outcome = Article | str  # an article, or why it could not be extracted


def default_workers() -> int:
    return max(1, min(os.cpu_count() or 1, 8))


def cached_reader(cache: Cache):
    """A `read_file` for read_corpus that skips decoding when the file's bytes are unchanged, and
    reading when its size and modification time are too (it then comes without its text and bytes:
    extract_all_files reads the file again if its article is not cached either)."""

    def read(path: Path, name: str, status: os.stat_result) -> RawFile:
        known = cache.stats.get(name)
        # the inode too: two files that swap names (mv keeps size and mtime) must be read again
        if known and known[:2] == (status.st_size, status.st_mtime_ns) and known[3:] == (status.st_ino,):
            raw = cache.raw.get(file_key(name, known[2], "read"))
            if raw is not None:
                return raw
        data = path.read_bytes()
        sha256 = hashlib.sha256(data).hexdigest()
        key = file_key(name, sha256, "read")
        raw = cache.raw.get(key)
        if raw is None:
            raw = read_bytes(data, path, name)
            cache.raw[key] = without_contents(raw)
        cache.stats[name] = (status.st_size, status.st_mtime_ns, sha256, status.st_ino)
        return raw

    return read


def extract_one(job: tuple[RawFile, int, int]) -> Outcome:
    """An article keeps its file's bytes (its original.txt), not the decoded text: the paragraphs hold that."""
    raw, title_words, reading_wpm = job
    try:
        article = extract(raw, title_words, reading_wpm)
        # name candidates here: in the workers on a cold build, and cached
        return replace(article, names=name_candidates(article), source=without_text(raw))
    except Exception as error:  # one bad file must never stop the archive
        return f"could not be extracted: {type(error).__name__}: {error}"


def extract_in_pool(jobs: list[tuple[RawFile, int, int]], workers: int) -> list[Outcome]:
    light = [(without_bytes(raw), tw, wpm) for raw, tw, wpm in jobs]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        outcomes = list(pool.map(extract_one, light, chunksize=CHUNK))
    # the parent's RawFile, bytes included, as the serial path has
    return [replace(outcome, source=without_text(raw)) if isinstance(outcome, Article) else outcome for (raw, _, _), outcome in zip(jobs, outcomes)]


def rereader(corpus_dir: Path) -> Callable[[RawFile], RawFile]:
    """Read a file of the corpus again, keeping what read_corpus gave it: its id (ledger.py) and the day
    it was added."""

    def reread(raw: RawFile) -> RawFile:
        return replace(read_file(corpus_dir / raw.path, raw.path), id=raw.id, id_evidence=raw.id_evidence, added=raw.added)

    return reread


def with_text(raw: RawFile, reread: Callable[[RawFile], RawFile] | None) -> RawFile | str:
    """raw, read again if it has no text (or why that failed: the file's outcome)."""
    if raw.text or reread is None:
        return raw
    try:
        return reread(raw)
    except (UnreadableFile, OSError) as error:
        return f"could not be read again: {error}"


def extract_all_files(
    files: list[RawFile], options: ArchiveOptions, cache: Cache | None, workers: int = 1, reread: Callable[[RawFile], RawFile] | None = None
) -> list[tuple[Outcome, bytes]]:
    """One outcome per file, in order; cached articles are reused, the rest extracted (in a pool when
    many). A file that came from the cache's record without its text (cached_reader) is read again by
    `reread` first. With a cache, each article comes with its digest as extracted (article_digest),
    kept with the cache: enrich's key is made from it, and pickling 10,000 articles for it cost
    0.2 s of every build."""
    keys = [file_key(raw.path, raw.sha256, (raw.id, options.title_words, options.reading_wpm)) for raw in files]
    cached = cache.articles if cache is not None else {}
    todo = [i for i, key in enumerate(keys) if key not in cached]
    fresh: dict[int, Outcome] = {i: with_text(files[i], reread) for i in todo}  # a reason where unreadable
    readable = [i for i in todo if isinstance(fresh[i], RawFile)]
    jobs = [(fresh[i], options.title_words, options.reading_wpm) for i in readable]
    if workers > 1 and len(jobs) >= PARALLEL_FROM:
        done = extract_in_pool(jobs, workers)
    else:
        done = [extract_one(job) for job in jobs]
    fresh.update(zip(readable, done))
    outcomes: list[tuple[Outcome, bytes]] = []
    extracted: dict[str, bytes] = {}
    for index, key in enumerate(keys):
        outcome, digest = fresh.get(index, cached.get(key)), b""
        if cache is not None and isinstance(outcome, Article):
            cache.articles[key] = outcome
            digest = extracted[key] = cache.extracted.get(key) or article_digest(outcome)
        outcomes.append((outcome, digest))
    if cache is not None:
        cache.extracted = extracted
        live, live_raw = set(keys), {file_key(raw.path, raw.sha256, "read") for raw in files}
        cache.articles = {k: v for k, v in cache.articles.items() if k in live}
        cache.raw = {k: v for k, v in cache.raw.items() if k in live_raw}
        names = {raw.path for raw in files}
        cache.stats = {k: v for k, v in cache.stats.items() if k in names}
        cache.hits, cache.misses = len(files) - len(todo), len(todo)
    return outcomes


def render_all(pages, render, output: Output, cache: Cache | None, settings, workers: int = 1, memo: KeyMemo | None = None, handback: Handback | None = None, before_fork: Callable[[], None] | None = None) -> dict[str, str]:
    """Render every page into `output` as it is rendered; returns {path: context key} for the cache.

    With a cache, a page whose template and context are unchanged is not rendered again, nor read back,
    as long as the output still holds the file the last run stamped (a file edited or deleted by hand
    is rendered again). Pages are rendered through `render_pages`: across processes when many (a cold
    build), each worker writing its own pages, so only keys and stamps come back (and what each worker
    made for `handback`)."""
    if not output.forkable:
        workers = 1  # a memory or null output lives in this process
    memo = memo if memo is not None else KeyMemo()
    previous = cache.pages if cache is not None else {}
    if cache is not None:
        settings = digest_of(settings, memo)  # once: every page's key holds it
    if previous:
        with collector_paused():  # a digest per page and its memo, none of them garbage
            keys = [page_key(page, settings, memo) for page in pages]
        kept = {i: stamp_of(previous[page.path]) for i, (page, key) in enumerate(zip(pages, keys)) if is_current(previous.get(page.path), key, page.path, output)}
        todo = [i for i in range(len(pages)) if i not in kept]
        fresh = dict(zip(todo, render_pages(pages, writing(render, output), todo, workers, handback=handback, before_fork=before_fork)))
    else:  # nothing cached: every page is rendered (and with a cache, fingerprinted beside it, in the workers too)
        kept, todo = {}, range(len(pages))
        keying = (settings, memo) if cache is not None else None
        fresh = dict(zip(todo, render_pages(pages, writing(render, output, keying), todo, workers, handback=handback, before_fork=before_fork)))
        keys = [fresh[i][0] for i in todo]
    for index, page in enumerate(pages):  # recorded in page order, whichever process wrote them
        if index in kept:
            output.keep(page.path, kept[index])
        else:
            _, stamp, changed = fresh[index]
            output.record(page.path, stamp, changed)
    return {page.path: key for page, key in zip(pages, keys)} if cache is not None else {}


def write_files(files, output: Output, cache: Cache | None, keys: dict[str, str]) -> None:
    """Hand (path, content, key) files that are not pages to `output`, as render_all does pages: a file
    whose key and stamp are the last run's is kept without its content being made (content may be a
    function that makes it), the others are written; their keys go into `keys` for the cache."""
    previous = cache.pages if cache is not None else {}
    for path, content, key in files:
        old = previous.get(path)
        if is_current(old, key, path, output):
            output.keep(path, stamp_of(old))
        else:
            output.put(path, content() if callable(content) else content)
        if key:
            keys[path] = key


def writing(render, output: Output, keying: tuple | None = None):
    """render + store one page: runs where the page is rendered (a forked worker, or here) and returns
    only (context key, stamp, whether the file was written)."""

    def render_and_store(page) -> tuple[str, Stamp, bool]:
        key = page_key(page, *keying) if keying is not None else ""
        stamp, changed = output.store(page.path, render(page))
        return key, stamp, changed

    return render_and_store


def remember_outputs(cache: Cache | None, keys: dict[str, str], output: Output) -> None:
    """The cache's record of every generated file: its page's context key ("" for data files) and stamp."""
    if cache is not None:
        cache.pages = {path: (keys.get(path, ""), *stamp) for path, stamp in output.produced.items()}


def stamp_of(entry: tuple) -> Stamp:
    return Stamp(*entry[1:])


def is_current(old: tuple | None, key: str, path: str, output: Output) -> bool:
    return is_cached(old, key) and output.holds(path, stamp_of(old))


def is_cached(old: tuple | None, key: str) -> bool:
    return bool(key) and old is not None and old[0] == key


def keyed_pictures(archive: Archive, memo: KeyMemo):
    """The pictures' data files, each keyed by a digest of its picture (for a network, the one its actor
    page's key took, from the same memo), so that its JSON is made only when the picture changed."""
    for path, make, picture in picture_files(archive):
        yield path, make, "picture:" + memo.once(picture, plain_digest).hex()


def render_site(archive: Archive, settings: Settings, output: Output, cache: Cache | None = None, workers: int = 1, fragments: Fragments | None = None) -> None:
    """Every generated file under docs/, into `output` as it is made (text, or bytes: the originals
    verbatim, the citation downloads and data exports as UTF-8); unchanged pages are kept from the
    last run, the others are rendered across `workers` processes when many. The cache keeps each
    file's key and stamp, never its text."""
    fragments = fragments or Fragments(cache, settings)
    with collector_paused():  # hundreds of thousands of lists and tuples that live on, none of them garbage
        prepare_pictures(archive, fragments)  # the mention statistics, counted now: render workers forked later inherit them
        entries = actor_entries(archive, fragments)
        pages = site_pages(archive, settings, entries, fragments)
    if cache is not None:
        output.expect({path: stamp_of(entry) for path, entry in cache.pages.items()})
    renderer = Renderer(settings, fragments, compiled_templates(cache.path.parent if cache is not None and cache.path else None))
    renderer.compile_all(pages)
    keys = render_all(pages, renderer.render, output, cache, settings, workers, fragments.memo, fragments, partial(collect_mentions, entries))  # one digest per article for both
    write_files(citepages.cite_files(archive, settings, article_record, fragments), output, cache, keys)  # one file at a time
    write_files(keyed_pictures(archive, fragments.memo), output, cache, keys)
    write_files(theme_files(), output, cache, keys)
    fragments.finish(archive.articles)
    remember_outputs(cache, keys, output)
