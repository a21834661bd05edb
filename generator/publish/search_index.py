"""Pagefind's search index in shards, so that indexing a large archive fits in a laptop's memory.

Pagefind holds everything it indexes in memory until it writes the bundle: about 200 KB per article
page here, 10.3 GB for 50,000 articles in one run. The article pages are therefore indexed in shards of
at most `pages_per_search_index` pages (extra.archive in mkdocs.yml), one Pagefind run each, so the
peak is one shard's. Each shard is a complete Pagefind bundle (`pagefind/`, `pagefind-2/`, ...);
`search/pagefind-shards.json` lists them and the site's script (assets/archive.js) asks every bundle
and merges the answers: results by score (as Pagefind's own mergeIndex does), filter counts summed.

Shards hold contiguous runs of articles in date order, so results sorted by date are the shards'
sorted results one after the other (newest first: the shards in reverse) and never need every
result's data to be fetched to be put in order.

A shard keeps its place between builds (`replan`): each starts at the sort key its first article had
when it was made, and an article goes to the shard whose range holds its key, so an added or edited
article changes one shard (two if its date moved it), and an incremental publish indexes only those.
A shard grown past twice `pages_per_search_index` is cut again into runs of that size.

Each run sees only its shard's pages: a folder of hard links to them (copies where the file system
has no hard links) with the site's paths, so Pagefind's URLs are the site's own."""

from __future__ import annotations

import json
import os
import shutil
import sys
from bisect import bisect_right
from dataclasses import dataclass
from itertools import count
from pathlib import Path
from typing import Callable, Iterable

from ..model import Article
from .pagefind_stable import stabilise

SHARDS_FILE = "search/pagefind-shards.json"
NOT_INDEXED = ".headerlink"  # CSS selectors of page parts that are not text
SHARD_ORDER = "date"  # the Pagefind sort key whose order the shards follow (data-pagefind-sort="date")


SortKey = tuple[str, ...]  # (search_sort_date, id): the order of the date sort


@dataclass(frozen=True)
class Shard:
    bundle: str  # the bundle's folder in the site: "pagefind", "pagefind-2", ...
    pages: tuple[str, ...]  # the HTML files it indexes, as paths within the site
    start: SortKey = ()  # the sort key where its range begins (the first shard's holds all before)


def bundle_name(number: int) -> str:
    return "pagefind" if number == 1 else f"pagefind-{number}"


def article_file(article: Article) -> str:
    return f"{article.url}index.html"


def sort_key(article: Article) -> SortKey:
    return (article.search_sort_date, article.id)


def plan_shards(articles: Iterable[Article], per_index: int) -> list[Shard]:
    """Articles in the order of the date sort (undated first, ties by id), cut into runs of per_index."""
    ordered = sorted(articles, key=sort_key)
    runs = [ordered[start:start + per_index] for start in range(0, len(ordered), per_index)]  # none: no search
    return [Shard(bundle_name(number), tuple(article_file(a) for a in run), sort_key(run[0])) for number, run in enumerate(runs, start=1)]


def replan(articles: Iterable[Article], per_index: int, last: tuple[Shard, ...]) -> list[Shard]:
    """The last build's shards with today's articles: each article in the shard whose range holds its
    sort key; empty shards dropped; a shard of more than twice per_index cut into runs of per_index
    (the first run keeps its bundle, the others get bundle names no shard uses)."""
    if not last:
        return plan_shards(articles, per_index)
    starts = [shard.start for shard in last]
    members: list[list[Article]] = [[] for _ in last]
    for article in sorted(articles, key=sort_key):
        members[max(0, bisect_right(starts, sort_key(article)) - 1)].append(article)
    names = (bundle_name(n) for n in count(1) if bundle_name(n) not in {s.bundle for s in last})
    shards = []
    for shard, run in zip(last, members):
        cuts = [run[i:i + per_index] for i in range(0, len(run), per_index)] if len(run) > 2 * per_index else [run] if run else []
        for number, piece in enumerate(cuts):
            bundle, start = (shard.bundle, shard.start) if number == 0 else (next(names), sort_key(piece[0]))
            shards.append(Shard(bundle, tuple(article_file(a) for a in piece), start))
    return shards


def link_view(site: Path, pages: tuple[str, ...], view: Path) -> None:
    """view/<page> for every page: a hard link to site/<page> (a copy if links are refused)."""
    shutil.rmtree(view, ignore_errors=True)
    for page in pages:
        target = view / page
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(site / page, target)
        except OSError:
            shutil.copyfile(site / page, target)


def shards_manifest(shards: list[Shard]) -> str:
    return json.dumps({"bundles": [f"{s.bundle}/" for s in shards], "order": SHARD_ORDER, "pages": [len(s.pages) for s in shards]}, indent=1) + "\n"


def pagefind_command(view: Path, bundle: Path) -> list[str]:
    """Pagefind (from its PyPI package) over the pages under view, writing its bundle into bundle.

    Headings' ¶ permalinks (Markdown's toc extension) are left out, so excerpts show no stray ¶."""
    return [sys.executable, "-m", "pagefind", "--site", str(view), "--output-path", str(bundle), "--silent",
            "--exclude-selectors", NOT_INDEXED]


def index_site(site: Path, shards: list[Shard], run_pagefind: Callable[[Path, Path], None], only: set[str] | None = None) -> None:
    """Index the shards of the built site into their bundles (those whose bundle is in `only`, when
    given: an incremental publish keeps the others' bundles), then write the shards file.

    run_pagefind(view, bundle_dir) indexes the pages under view into bundle_dir (publish runs the CLI)."""
    view = site.with_name(f"{site.name}.search-view")  # beside the (staging) site: same file system, so links work
    try:
        for shard in shards if only is None else [s for s in shards if s.bundle in only]:
            link_view(site, shard.pages, view)
            bundle = site / shard.bundle
            shutil.rmtree(bundle, ignore_errors=True)
            run_pagefind(view, bundle)
            stabilise(bundle)  # Pagefind writes its filter indexes in random order
    finally:
        shutil.rmtree(view, ignore_errors=True)
    shards_file = site / SHARDS_FILE
    shards_file.parent.mkdir(parents=True, exist_ok=True)
    shards_file.unlink(missing_ok=True)  # a new file: in an incremental publish it is a link to the last site's
    shards_file.write_text(shards_manifest(shards), encoding="utf-8")
