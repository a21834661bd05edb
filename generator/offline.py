"""The search index for a copy of the site opened from disk (file://), where browsers refuse
Pagefind's fetch and WebAssembly: the same facets and metadata, written as a plain script."""

from __future__ import annotations

from typing import Any

from .link import Archive
from .model import Article
from .render import Page

OFFLINE_INDEX = "search/offline-index.js"


def unique(values: list[str]) -> list[str]:
    return sorted(set(values))


def article_filters(article: Article, archive: Archive) -> dict[str, list[str]]:
    """The facet values Pagefind gets from the article page's data-pagefind-filter tags."""
    actors = [archive.actors[m.actor].name for m in article.mentions if m.actor in archive.actors]
    topics = [archive.topics[slug].name for slug in article.topics if slug in archive.topics]
    filters = {
        "actor": unique(actors),
        "topic": unique(topics),
        "outlet": [article.outlet.value or "unknown"],
        "author": list(article.authors.value or ()),
        "year": [str(article.date.value.year) if article.date.known else "unknown"],
        "kind": [article.kind.value or "unknown"],
    }
    return {facet: values for facet, values in filters.items() if values}


def offline_record(article: Article, archive: Archive) -> dict[str, Any]:
    """One article: compact keys, because the whole archive loads at once from disk."""
    return {
        "u": article.url + "index.html",
        "t": article.title.value or "Untitled",
        "d": article.date.value.display if article.date.known else "date unknown",
        "o": article.outlet.value or "outlet unknown",
        "s": article.sort_date or "0000-00-00",
        "f": article_filters(article, archive),
        "p": [block.text for block in article.paragraphs],
    }


def offline_index_page(archive: Archive) -> Page:
    records = [offline_record(article, archive) for article in archive.articles]
    return Page(OFFLINE_INDEX, "search/offline-index.js.j2", {"records": records})
