"""The search index for a copy of the site opened from disk (file://), where browsers refuse
Pagefind's fetch and WebAssembly: the same facets and metadata, written as a plain script."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import lru_cache, partial
from pathlib import Path
from typing import Any

from jinja2.utils import htmlsafe_json_dumps

from ..reuse import MAKE_ALL, Memo
from ..archive.link import Archive
from ..model import UNKNOWN_DATE, Article
from .page import Page

OFFLINE_INDEX = "search/offline-index.js"  # the search code, and the names of the record files
OFFLINE_RECORDS = "search/offline-records-{}.js"
# The records are split by article id into this many files: an edit rewrites one (the whole index is
# 73 MB at 10,000 articles, 370 MB at 50,000), and a page searching from disk loads them all at once.
RECORD_FILES = 64
# The search engine for file://: a static script with one placeholder where the record files are named.
SCRIPT = Path(__file__).parents[1] / "templates" / "search" / "offline-index.js.in"
PARTS_PLACEHOLDER = "/*PARTS*/"


def unique(values: list[str]) -> list[str]:
    return sorted(set(values))


def article_filters(article: Article, archive: Archive) -> dict[str, list[str]]:
    """The facet values Pagefind gets from the article page's data-pagefind-filter tags."""
    actors = [archive.actors[slug].name for slug in article.mentions_per_actor if slug in archive.actors]
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


def offline_index_pages(archive: Archive, fragments: Memo | None = None) -> list[Page]:
    """Data pages: the search code naming the record files, and each record file (RecordFile: keyed by
    its articles' records, so an edit rewrites one file); each article's record taken from
    `fragments` when it is unchanged."""
    fragments = fragments or MAKE_ALL
    parts: dict[str, list[Article]] = {}
    for article in archive.articles:  # in the archive's order within each file
        parts.setdefault(record_file_of(article.id), []).append(article)
    names = sorted(parts)
    records = [Page(OFFLINE_RECORDS.format(name), "file", {"file": RecordFile(name, parts[name], archive, fragments)}, prepare=records_script_bytes) for name in names]
    return [Page(OFFLINE_INDEX, "file", {"parts": names}, prepare=engine_script_bytes), *records]


@dataclass(frozen=True)
class RecordFile:
    """The articles of one record file, and what their records are made with."""

    name: str
    articles: list[Article]
    archive: Archive  # the actors and topics the records' facets name (not in its page key: its articles' keys cover them)
    fragments: Memo


def record_file_of(article_id: str) -> str:
    """Which record file holds the article: fixed by its id, whatever else the archive holds."""
    return f"{hashlib.blake2b(article_id.encode(), digest_size=2).digest()[0] % RECORD_FILES:02d}"


def engine_script_bytes(context: dict[str, Any]) -> bytes:
    head, tail = script_around_parts()
    return head + json.dumps(context["parts"]).encode("ascii") + tail


def records_script_bytes(context: dict[str, Any]) -> bytes:
    """One record file: its articles' records, made as bytes record by record (rendering 370 MB of
    records through Jinja's `tojson` held four or five copies at once), registered under its name."""
    file = context["file"]
    name, archive, fragments = file.name, file.archive, file.fragments
    # a kind per file: the parts of the files not made again this time are carried to the next build
    # (Fragments.finish keeps the parts of the kinds a build did not ask for)
    kind = f"offline {name}"
    records = b", ".join(fragments.part(kind, article, partial(offline_record_json, archive=archive)) for article in file.articles)
    register = f"(window.ARCHIVE_OFFLINE_PARTS = window.ARCHIVE_OFFLINE_PARTS || {{}})[{json.dumps(name)}] = ".encode("ascii")
    return b"".join((RECORDS_HEADER, register, b"[", records, b"];\n"))


RECORDS_HEADER = b"/* corpus-archive: offline search records (see offline-index.js). Generated: do not edit. */\n"


def offline_record_json(article: Article, archive: Archive) -> bytes:
    return record_json(offline_record(article, archive))


def record_json(record: dict[str, Any]) -> bytes:
    """As Jinja's `tojson` writes it (sorted keys, ASCII, < > & ' as \\u escapes): text stays data."""
    return htmlsafe_json_dumps(record, sort_keys=True).encode("ascii")


@lru_cache(maxsize=1)
def script_around_parts() -> tuple[bytes, bytes]:
    """The static script before and after its one placeholder (SCRIPT names the file)."""
    text = SCRIPT.read_text(encoding="utf-8").replace("/*UNKNOWN_DATE*/", json.dumps(UNKNOWN_DATE))
    head, found, tail = text.partition(PARTS_PLACEHOLDER)
    if not found:
        raise RuntimeError(f"{SCRIPT}: no {PARTS_PLACEHOLDER}")
    return head.encode("utf-8"), tail.encode("utf-8")
