"""The search index for a copy of the site opened from disk (file://), where browsers refuse
Pagefind's fetch and WebAssembly: the same facets and metadata, written as plain scripts (a <script>
tag loads from disk; fetch does not), cut so that a query loads only what it needs: the scripts of
its words' first letters (offline_terms.py), the table of articles, and the record files of the
results it shows; the search page's filters load the facets.

Articles are named by their number (offline_terms.doc_numbers) everywhere: the postings, the facets,
the table and the record files (a record file holds RECORD_SPAN consecutive numbers), so the table
carries no id and no file name. The table is one string of fixed-width base-64 fields per article
(`compact_table`): at 50,000 articles about 0.45 MB, where a JSON row per article took 3.0 MB that
every page parsed on its first search."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache, partial
from pathlib import Path
from typing import Any

from jinja2.utils import htmlsafe_json_dumps

from ..reuse import MAKE_ALL, Memo
from ..archive.link import Archive
from ..model import UNKNOWN_DATE, Article
from .offline_terms import Posting, Terms, article_terms, doc_numbers, encoded, field_lengths, postings, shard_file, shards
from .page import Page

OFFLINE_INDEX = "search/offline-index.js"  # the search code, and the names of the word scripts
OFFLINE_RECORDS = "search/offline-records-{}.js"  # each article's record (what a result shows), by article number
OFFLINE_TERMS = "search/offline-terms-{}.js"  # the postings of the words starting with a prefix (offline_terms.py)
OFFLINE_DOCS = "search/offline-docs.js"  # every article's number, field lengths and date's rank, in the archive's order
OFFLINE_FACETS = "search/offline-facets.js"  # how many articles each facet value has (the search page's filters)
OFFLINE_FACET = "search/offline-facet-{}.js"  # the articles of each value of one facet, loaded when one of its filters is chosen
OFFLINE_ONLY = "search/offline-"  # every file above: archive.js loads them from file:// only (over http it asks Pagefind)


def offline_only(path: str) -> bool:
    """Whether a file of the site (site-relative path) is of the offline search, which only a copy read
    from disk loads: a site whose offline copy is published elsewhere (bundle_url) needs it in that copy only."""
    return path.startswith(OFFLINE_ONLY)


# The records are split by article number into files of this many consecutive numbers: the numbers
# fill between a quarter and a half of their space (offline_terms.slots_for), so a file holds 2-4
# articles at any size, the results shown load a few small files and an edit rewrites one.
RECORD_SPAN = 8
# The table's alphabet: 64 characters that JSON and HTML leave as they are (the table names it)
DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_"
# The search engine for file://: a static script with one placeholder where the word scripts are named.
SCRIPT = Path(__file__).parents[1] / "templates" / "search" / "offline-index.js.in"
PARTS_PLACEHOLDER = "/*PARTS*/"
MINISEARCH = "assets/vendor/minisearch-7.2.0.js"  # generator/theme/assets/vendor/, with its licence


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
    """Data pages: the search code naming the word scripts, the word scripts, the table of articles,
    the facets, and each record file (RecordFile: keyed by its articles' records, so an edit rewrites
    one file); each article's record, words and facets taken from `fragments` when it is unchanged."""
    fragments = fragments or MAKE_ALL
    numbers = doc_numbers(article.id for article in archive.articles)
    terms = [fragments.part("offline-terms", article, article_terms) for article in archive.articles]
    cut = list(shards(postings((numbers[a.id], t) for a, t in zip(archive.articles, terms))))
    names = {prefix: shard_file(prefix) for prefix, _ in cut}
    parts: dict[str, list[Article]] = {}
    for article in archive.articles:  # in the archive's order within each file
        parts.setdefault(record_file_of(numbers[article.id]), []).append(article)
    records = [record_page(name, held, numbers, archive, fragments) for name, held in sorted(parts.items())]
    words = [data_page(OFFLINE_TERMS.format(names[prefix]), terms_script(prefix, group)) for prefix, group in cut]
    facets = facet_holders(archive.articles, numbers, [fragments.part("offline-facets", article, partial(article_filters, archive=archive)) for article in archive.articles])
    return [
        Page(OFFLINE_INDEX, "file", {"parts": {"shards": names, "minisearch": MINISEARCH, "span": RECORD_SPAN}}, prepare=engine_script_bytes),
        data_page(OFFLINE_DOCS, docs_script(archive.articles, numbers, terms)),
        data_page(OFFLINE_FACETS, registered("ARCHIVE_OFFLINE_FACETS", "counts", facet_counts(facets))),
        *(data_page(OFFLINE_FACET.format(facet), facet_script(facet, values)) for facet, values in sorted(facets.items())),
        *words,
        *records,
    ]


def record_page(name: str, articles: list[Article], numbers: dict[str, int], archive: Archive, fragments: Memo) -> Page:
    held = RecordFile(name, articles, tuple(numbers[a.id] for a in articles), archive, fragments)
    return Page(OFFLINE_RECORDS.format(name), "file", {"file": held}, prepare=records_script_bytes)


def data_page(path: str, data: bytes) -> Page:
    """A script made already (its key is its bytes)."""
    return Page(path, "file", {"bytes": data}, prepare=made_bytes)


def made_bytes(context: dict[str, Any]) -> bytes:
    return context["bytes"]


def registered(name: str, key: str, value: Any) -> bytes:
    """A script that files `value` under window[name][key] (JSON as Jinja's tojson: text stays data)."""
    head = f"/* corpus-archive: offline search ({OFFLINE_INDEX}). Generated: do not edit. */\n(window.{name} = window.{name} || {{}})"
    return f"{head}[{json.dumps(key)}] = ".encode("ascii") + record_json(value) + b";\n"


def terms_script(prefix: str, group: list[Posting]) -> bytes:
    """One word script: [word, title postings, paragraph postings] for each of its words."""
    return registered("ARCHIVE_OFFLINE_TERMS", prefix, [[p.word, p.title, p.text] for p in group])


def docs_script(articles: list[Article], numbers: dict[str, int], terms: list[Terms]) -> bytes:
    """Every article in the archive's order: its number, title words, paragraph words and its date's
    rank among the archive's sort dates (equal dates, equal ranks), as compact_table writes them."""
    lengths = [field_lengths(t) for t in terms]
    columns = [[numbers[a.id] for a in articles], [t for t, _ in lengths], [p for _, p in lengths], date_ranks([a.search_sort_date for a in articles])]
    return registered("ARCHIVE_OFFLINE_DOCS", "docs", compact_table(["n", "t", "p", "d"], columns))


def date_ranks(dates: list[str]) -> list[int]:
    """Each sort date's place among the distinct ones, oldest first: the order of the strings (undated
    articles' UNKNOWN_DATE first), as the search sorts by them."""
    place = {date: rank for rank, date in enumerate(sorted(set(dates)))}
    return [place[date] for date in dates]


def compact_table(names: list[str], columns: list[list[int]]) -> dict[str, Any]:
    """Columns of numbers ≥ 0 as one string, row after row, each value in its column's fixed number
    of DIGITS (base 64, most significant first): decoded in the browser with no JSON to parse per row."""
    widths = [max(1, -(-max(column, default=0).bit_length() // 6)) for column in columns]
    rows = "".join("".join(digits(value, width) for value, width in zip(row, widths)) for row in zip(*columns))
    return {"columns": names, "widths": widths, "digits": DIGITS, "rows": rows}


def digits(value: int, width: int) -> str:
    return "".join(DIGITS[(value >> 6 * place) & 63] for place in reversed(range(width)))


def facet_holders(articles: list[Article], numbers: dict[str, int], facets: list[dict[str, list[str]]]) -> dict[str, dict[str, list[int]]]:
    """For each facet (article_filters' names: the names of its scripts) and value, its articles' numbers."""
    holders: dict[str, dict[str, list[int]]] = {}
    for article, found in zip(articles, facets):
        for facet, values in found.items():
            for value in values:
                holders.setdefault(facet, {}).setdefault(value, []).append(numbers[article.id])
    return holders


def facet_counts(holders: dict[str, dict[str, list[int]]]) -> dict[str, dict[str, int]]:
    """What the filters show before any is chosen: each value's count of articles (an article may name
    an author twice); at 50,000 articles the numbers of every facet took 5.3 MB, loaded and decoded by
    the search page before its first search."""
    return {facet: {value: len(set(held)) for value, held in sorted(values.items())} for facet, values in sorted(holders.items())}


def facet_script(facet: str, values: dict[str, list[int]]) -> bytes:
    """One facet's values, each with the numbers of its articles (encoded as the postings are)."""
    table = {value: encoded(tuple(n for number in sorted(held) for n in (number, 1))) for value, held in sorted(values.items())}
    return registered("ARCHIVE_OFFLINE_FACETS", facet, table)


@dataclass(frozen=True)
class RecordFile:
    """The articles of one record file, their numbers, and what their records are made with."""

    name: str
    articles: list[Article]
    numbers: tuple[int, ...]
    archive: Archive  # the actors and topics the records' facets name (not in its page key: its articles' keys cover them)
    fragments: Memo


def record_file_of(number: int) -> str:
    """Which record file holds the article of this number (the search code finds it the same way)."""
    return f"{number // RECORD_SPAN:x}"


def engine_script_bytes(context: dict[str, Any]) -> bytes:
    head, tail = script_around_parts()
    return head + json.dumps(context["parts"], sort_keys=True).encode("ascii") + tail


def records_script_bytes(context: dict[str, Any]) -> bytes:
    """One record file: [number, record] for each of its articles, made as bytes record by record
    (rendering 370 MB of records through Jinja's `tojson` held four or five copies at once),
    registered under its name."""
    file = context["file"]
    name, archive, fragments = file.name, file.archive, file.fragments
    # a kind per file: the parts of the files not made again this time are carried to the next build
    # (Fragments.finish keeps the parts of the kinds a build did not ask for)
    kind = f"offline {name}"
    made = (fragments.part(kind, article, partial(offline_record_json, archive=archive)) for article in file.articles)
    records = b", ".join(b"[%d, %s]" % (number, record) for number, record in zip(file.numbers, made))
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
