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

Indexing a shard again costs as much as the first time (5,000 pages: half a minute), so an incremental
publish leaves the shards' bundles as they are and indexes the article pages added or changed since they
were made, with those of the last publish's recent bundle, into a small bundle of their own
(`pagefind-recent`, `plan_search`); the shards file lists the shards' pages it replaces (stale_pages.py),
which the site's script leaves out of their answers and their filter counts. When the recent pages are
more than `recent_search_pages`, the shards holding them are indexed again instead, and the recent bundle
goes.

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
from .stale_pages import stale_entries

SHARDS_FILE = "search/pagefind-shards.json"
NOT_INDEXED = ".headerlink"  # CSS selectors of page parts that are not text
SHARD_ORDER = "date"  # the Pagefind sort key whose order the shards follow (data-pagefind-sort="date")
RECENT_BUNDLE = "pagefind-recent"  # the pages added or changed since the shards' bundles were made


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


@dataclass(frozen=True)
class SearchPlan:
    """The bundles a publish leaves: the shards (each with the pages its bundle indexes), the pages of the
    recent bundle and its sample, and which bundles to index again (None: all)."""

    shards: tuple[Shard, ...]
    recent: tuple[str, ...] = ()
    again: frozenset[str] | None = None
    stale: frozenset[str] = frozenset()  # the shards' pages that stand no longer as their bundles index them
    sample: tuple[str, ...] = ()  # pages the shards answer for, indexed in the recent bundle too (weighing_sample)

    @property
    def bundles(self) -> list[str]:
        return [s.bundle for s in self.shards] + ([RECENT_BUNDLE] if self.recent else [])

    def dropped(self) -> dict[str, frozenset[str]]:
        """Bundle -> the pages it indexes that the site's script leaves out of its answers and counts."""
        drop = {s.bundle: self.stale.intersection(s.pages) for s in self.shards}
        return {bundle: pages for bundle, pages in {**drop, RECENT_BUNDLE: frozenset(self.sample)}.items() if pages}


# Pagefind weighs a word by the pages of its own bundle: in a recent bundle of a few pages, a word every one of
# them holds weighs next to nothing, and an added article ranked last among the shards' results for its own
# headline's words. So the recent bundle indexes this many of the pages the shards answer for too, spread over
# them, and its words weigh about as in the archive's (the site's script leaves those out of its answers).
WEIGHING_SAMPLE = 200


def weighing_sample(pages: list[str]) -> tuple[str, ...]:
    """Every k-th of the pages (sorted), WEIGHING_SAMPLE of them at most."""
    step = max(1, -(-len(pages) // WEIGHING_SAMPLE))
    return tuple(sorted(pages)[::step])


def plan_search(articles: list[Article], per_index: int, recent_limit: int, last: SearchPlan, changed: Callable[[str], bool]) -> SearchPlan:
    """What to index: everything (no last plan); or the pages added, changed (`changed(page)`) or recent since
    the last plan, in the recent bundle with a weighing sample, the shards left as they are; or, past
    recent_limit of those, the shards cut again (replan) and those holding any of them indexed again."""
    if not last.shards:
        return SearchPlan(tuple(plan_shards(articles, per_index)))
    pages, indexed, earlier = {article_file(a) for a in articles}, {p for s in last.shards for p in s.pages}, set(last.recent)
    recent = tuple(sorted(p for p in pages if p in earlier or p not in indexed or changed(p)))
    if len(recent) <= recent_limit:
        sample = weighing_sample(list((indexed & pages) - set(recent))) if recent else ()
        fresh = recent != last.recent or sample != last.sample or any(changed(p) for p in recent)
        return SearchPlan(last.shards, recent, frozenset({RECENT_BUNDLE} if recent and fresh else ()), frozenset(recent) | (indexed - pages), sample)
    shards, before = replan(articles, per_index, last.shards), {s.bundle: s.pages for s in last.shards}
    return SearchPlan(tuple(shards), (), frozenset(s.bundle for s in shards if before.get(s.bundle) != s.pages
                                                   or any(p in earlier or changed(p) for p in s.pages)))


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


def shards_manifest(site: Path, plan: SearchPlan) -> str:
    """The bundles for the site's script, and the shards' pages that stand no longer as indexed (stale_pages.py)."""
    sizes = [len(s.pages) for s in plan.shards] + ([len(plan.recent)] if plan.recent else [])
    manifest = {"bundles": [f"{b}/" for b in plan.bundles], "order": SHARD_ORDER, "pages": sizes}
    if plan.recent:
        manifest["recent"] = f"{RECENT_BUNDLE}/"
    if dropped := plan.dropped():
        manifest.update(stale_entries(site, dropped))
    return json.dumps(manifest, indent=1, sort_keys=True) + "\n"


def pagefind_command(view: Path, bundle: Path) -> list[str]:
    """Pagefind (from its PyPI package) over the pages under view, writing its bundle into bundle.

    Headings' ¶ permalinks (Markdown's toc extension) are left out, so excerpts show no stray ¶."""
    return [sys.executable, "-m", "pagefind", "--site", str(view), "--output-path", str(bundle), "--silent",
            "--exclude-selectors", NOT_INDEXED]


def index_site(site: Path, plan: SearchPlan, run_pagefind: Callable[[Path, Path], None]) -> None:
    """Index the bundles of the plan that it says to (plan.again; all when None) from the built site, then
    write the shards file. An incremental publish keeps the others' bundles.

    run_pagefind(view, bundle_dir) indexes the pages under view into bundle_dir (publish runs the CLI)."""
    view = site.with_name(f"{site.name}.search-view")  # beside the (staging) site: same file system, so links work
    runs = [(s.bundle, s.pages) for s in plan.shards] + ([(RECENT_BUNDLE, plan.recent + plan.sample)] if plan.recent else [])
    try:
        for bundle_name_, pages in runs if plan.again is None else [r for r in runs if r[0] in plan.again]:
            link_view(site, pages, view)
            bundle = site / bundle_name_
            shutil.rmtree(bundle, ignore_errors=True)
            run_pagefind(view, bundle)
            stabilise(bundle)  # Pagefind writes its filter indexes in random order
    finally:
        shutil.rmtree(view, ignore_errors=True)
    shards_file = site / SHARDS_FILE
    shards_file.parent.mkdir(parents=True, exist_ok=True)
    shards_file.unlink(missing_ok=True)  # a new file: in an incremental publish it is a link to the last site's
    shards_file.write_text(shards_manifest(site, plan), encoding="utf-8")
