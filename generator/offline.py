"""The search index for a copy of the site opened from disk (file://), where browsers refuse
Pagefind's fetch and WebAssembly: the same facets and metadata, written as a plain script."""

from __future__ import annotations

from functools import lru_cache, partial
from pathlib import Path
from typing import Any

from jinja2.utils import htmlsafe_json_dumps

from .cache import Fragments
from .link import Archive
from .model import Article
from .render import Page

OFFLINE_INDEX = "search/offline-index.js"
# The search engine for file://: a static script with one placeholder where the records go.
SCRIPT = Path(__file__).parent / "templates" / "search" / "offline-index.js.in"
RECORDS_PLACEHOLDER = "/*RECORDS*/"


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
        "s": article.search_sort_date,
        "f": article_filters(article, archive),
        "p": [block.text for block in article.paragraphs],
    }


def offline_index_page(archive: Archive, fragments: Fragments | None = None) -> Page:
    """A data page: keyed by the archive (its articles, actors and topics), made only when they change;
    each article's record taken from `fragments` when it is unchanged."""
    return Page(OFFLINE_INDEX, "file", {"archive": archive, "fragments": fragments or Fragments(None)}, prepare=offline_index_bytes)


def offline_index_bytes(context: dict[str, Any]) -> bytes:
    """The script with every article's record in it, made as bytes record by record: at 50,000 articles
    it is 370 MB, and rendering it through Jinja's `tojson` held four or five copies of it at once."""
    archive, fragments = context["archive"], context["fragments"]
    head, tail = script_around_records()
    records = b", ".join(fragments.part("offline", article, partial(offline_record_json, archive=archive)) for article in archive.articles)
    return b"".join((head, b"[", records, b"]", tail))


def offline_record_json(article: Article, archive: Archive) -> bytes:
    return record_json(offline_record(article, archive))


def record_json(record: dict[str, Any]) -> bytes:
    """As Jinja's `tojson` writes it (sorted keys, ASCII, < > & ' as \\u escapes): text stays data."""
    return htmlsafe_json_dumps(record, sort_keys=True).encode("ascii")


@lru_cache(maxsize=1)
def script_around_records() -> tuple[bytes, bytes]:
    """The static script before and after its one placeholder (SCRIPT names the file)."""
    text = SCRIPT.read_text(encoding="utf-8")
    head, found, tail = text.partition(RECORDS_PLACEHOLDER)
    if not found:
        raise RuntimeError(f"{SCRIPT}: no {RECORDS_PLACEHOLDER}")
    return head.encode("utf-8"), tail.encode("utf-8")
