"""The shards' pages that the recent bundle replaces (search_index.py), as the site's script needs them: each
shard bundle's Pagefind ids of those pages, which it leaves out of that bundle's answers, and the filter
values they were indexed with, which it takes off the summed filter counts.

Both are read from the bundles themselves: Pagefind names a page's fragment file by the page's id (the `id`
of a search result), and the fragment, gzipped JSON after a signature, holds the page's URL and filters."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Protocol

SIGNATURE = b"pagefind_dcd"  # what a decompressed fragment opens with


class Indexed(Protocol):
    bundle: str
    pages: tuple[str, ...]


def stale_entries(site: Path, shards: Iterable[Indexed], stale: frozenset[str]) -> dict:
    """{"stale": {bundle/: [ids]}, "minus": {filter: {value: count}}} for the pages in `stale` that the
    shards' bundles index."""
    ids: dict[str, list[str]] = {}
    minus: dict[str, dict[str, int]] = {}
    for shard in shards:
        if stale.isdisjoint(shard.pages):
            continue
        for page_id, filters in fragments(site / shard.bundle, stale):
            ids.setdefault(f"{shard.bundle}/", []).append(page_id)
            for name, values in filters.items():
                for value in values:
                    counts = minus.setdefault(name, {})
                    counts[value] = counts.get(value, 0) + 1
    return {"stale": {bundle: sorted(found) for bundle, found in ids.items()}, "minus": minus}


def fragments(bundle: Path, pages: frozenset[str]) -> Iterable[tuple[str, dict[str, list[str]]]]:
    """(id, filters) of each page of `pages` (site paths, articles/<id>/index.html) that the bundle indexes."""
    for path in sorted((bundle / "fragment").glob("*.pf_fragment")):
        data = gzip.decompress(path.read_bytes())
        fragment = json.loads(data[len(SIGNATURE):] if data.startswith(SIGNATURE) else data)
        if site_page(fragment["url"]) in pages:
            yield path.name.removesuffix(".pf_fragment"), fragment.get("filters", {})


def site_page(url: str) -> str:
    """The site path of a page Pagefind indexed at `url` ("/articles/x/" -> "articles/x/index.html")."""
    path = url.lstrip("/")
    return path + "index.html" if not path or path.endswith("/") else path
