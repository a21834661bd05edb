"""The pages a search bundle indexes that the site's script leaves out of its answers (search_index.py): each shard
bundle's pages that the recent bundle holds anew or that are gone, and the recent bundle's weighing sample. For
each bundle, their Pagefind ids, which the script drops from its answers, and the filter values they were indexed
with, which it takes off the summed filter counts.

Both are read from the bundles themselves: Pagefind names a page's fragment file by the page's id (the `id` of a
search result), and the fragment, gzipped JSON after a signature, holds the page's URL and filters."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable
from pathlib import Path

SIGNATURE = b"pagefind_dcd"  # what a decompressed fragment opens with


def stale_entries(site: Path, dropped: dict[str, frozenset[str]]) -> dict:
    """{"stale": {bundle/: [ids]}, "minus": {filter: {value: count}}} for the pages each bundle indexes that its
    answers leave out (`dropped`: bundle -> site paths)."""
    ids: dict[str, list[str]] = {}
    minus: dict[str, dict[str, int]] = {}
    for bundle, pages in dropped.items():
        for page_id, filters in fragments(site / bundle, pages):
            ids.setdefault(f"{bundle}/", []).append(page_id)
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
