"""The citable side of the site: each article's cite block, downloads and verbatim original, and the
whole-archive exports (citations.*, data/articles.json|csv, actors.json, topics.json).

Pure functions from the linked archive to {docs-relative path: text or bytes}; render.py adds them
to the generated files and hands them to the output (sink.py), which writes bytes verbatim.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from dataclasses import dataclass
from functools import cache, partial
from itertools import repeat
from typing import Any, Callable, Iterator

from .cite import PARAGRAPH_PLACEHOLDER, Citations, csl_record, permalink
from .exports import bibtex, ris
from .head import head_meta, original_url, published_original
from ..reuse import MAKE_ALL, Memo, plain_digest
from ..config import Settings
from ..archive.link import ActorsAndTopics, Archive
from ..model import Article
from .page import Content

DOWNLOADS = (("cite.bib", "BibTeX"), ("cite.ris", "RIS"), ("cite.csl.json", "CSL-JSON"))
ARCHIVE_EXPORTS = ("citations.bib", "citations.ris", "citations.csl.json")


def actor_names(article: Article, archive: ActorsAndTopics) -> list[str]:
    slugs = sorted(article.mentions_per_actor)
    return [archive.actors[slug].name for slug in slugs if slug in archive.actors]


def cite_context(article: Article, archive: ActorsAndTopics, settings: Settings, citations: Citations, fragments: Memo = MAKE_ALL) -> dict[str, Any]:
    """What article/cite.md.j2 needs; `citations` is the caller's, shared by the articles it cites. The styles'
    entries are a part of the article (`fragments`: made again only when the article is, not when its page is for
    another reason, as its related articles move: citeproc was a third of such a page's rendering)."""
    return {
        "styles": fragments.part("citation styles", article, partial(styled_citations, settings=settings, citations=citations)),
        "permalink": permalink(article, settings),
        "absolute": bool(settings.site_url),
        "placeholder": PARAGRAPH_PLACEHOLDER,
        "downloads": DOWNLOADS,
        "original": published_original(article, settings),  # "": original.txt beside the page
    }


def styled_citations(article: Article, settings: Settings, citations: Citations) -> list:
    return citations.render_styles(csl_record(article, settings))


def head_data(article: Article, archive: ActorsAndTopics, settings: Settings) -> dict[str, Any]:
    return head_meta(article, settings, actor_names(article, archive))


CSV_COLUMNS = (
    "id", "permalink", "title", "dek", "authors", "outlet", "date", "kind", "language", "summary", "source_url",
    "word_count", "paragraphs", "source_file", "sha256", "original", "evidence",
)


def article_row(article: Article, record: dict[str, Any], settings: Settings) -> dict[str, Any]:
    fields = {name: record[name]["value"] for name in ("title", "dek", "outlet", "date", "kind", "language", "summary", "source_url")}
    evidence = {name: record[name]["evidence"] for name in ("title", "dek", "authors", "outlet", "date", "kind", "language", "summary", "source_url")}
    return {
        "id": article.id,
        "permalink": record["permalink"],
        **{k: ("" if v is None else v) for k, v in fields.items()},
        "authors": "; ".join(record["authors"]["value"] or []),
        "word_count": article.word_count,
        "paragraphs": len(article.paragraphs),
        "source_file": article.source.path,
        "sha256": article.source.sha256,
        "original": original_url(article, settings),
        "evidence": json.dumps(evidence, ensure_ascii=False),
    }


@dataclass(frozen=True)
class CitationParts:
    """One article's downloads and its lines in the whole-archive files, made together (once per
    article, and remembered between `serve`'s builds: reuse.Memo). Each is UTF-8 bytes, as written:
    the whole-archive files are joined from 10,000s of them on every edit, and joining text that is not
    all ASCII widens it (and then it must be encoded again), 0.1 s of a rebuild at 10,000 articles."""

    bib: bytes
    ris: bytes
    csl_json: bytes  # cite.csl.json
    csl_line: bytes  # its line in data/citations.csl.json
    export_line: bytes  # in data/articles.json
    csv_row: bytes  # in data/articles.csv


def citation_parts(article: Article, settings: Settings, article_record) -> CitationParts:
    record = csl_record(article, settings)
    csl_line = json.dumps(record, ensure_ascii=False).encode("utf-8")
    exported = {**article_record(article, settings), "original": original_url(article, settings)}
    row = io.StringIO()
    csv.DictWriter(row, fieldnames=CSV_COLUMNS, lineterminator="\n").writerow(article_row(article, exported, settings))
    return CitationParts(
        bibtex(record).encode("utf-8"),
        ris(record).encode("utf-8"),
        lines_as_array([csl_line]),  # the record on one line, as in data/citations.csl.json: json's C encoder
        csl_line,
        json.dumps(exported, ensure_ascii=False).encode("utf-8"),
        row.getvalue().encode("utf-8"),
    )


def data_exports(archive: Archive, articles: list[Article], parts: list[CitationParts]) -> dict[str, bytes]:
    """articles.json/csv (all metadata with evidence), actors.json, topics.json; `articles` by id."""
    header = io.StringIO()
    csv.DictWriter(header, fieldnames=CSV_COLUMNS, lineterminator="\n").writeheader()
    actors = actor_records(archive, articles)
    topics = [
        {"slug": t.slug, "name": t.name, "description": t.description,
         "articles": sorted(art.id for art in articles if t.slug in art.topics)}
        for t in sorted(archive.topics.values(), key=lambda t: t.slug)
    ]
    return {
        "data/articles.json": lines_as_array([p.export_line for p in parts]),
        "data/articles.csv": header.getvalue().encode("utf-8") + b"".join(p.csv_row for p in parts),
        "data/actors.json": record_per_line(actors),
        "data/actors.csv": actors_csv(actors),
        "data/topics.json": record_per_line(topics),
    }


ACTOR_CSV_COLUMNS = ("id", "name", "type", "aliases", "articles", "mentions", "source", "wikidata")


def actor_records(archive: Archive, articles: list[Article]) -> list[dict[str, Any]]:
    """One record per actor: `id` (its slug, the page actors/<id>/), name, type, aliases, the ids of the
    articles that mention it (sorted), how many mentions in all, and where it comes from."""
    articles_of: dict[str, list[str]] = {}
    mentions: dict[str, int] = {}
    for art in articles:  # by id, so each actor's list comes sorted
        for slug, count in art.mentions_per_actor.items():
            articles_of.setdefault(slug, []).append(art.id)
            mentions[slug] = mentions.get(slug, 0) + count
    return [
        {"id": a.slug, "slug": a.slug, "name": a.name, "type": a.type, "aliases": list(a.aliases), "role": a.role,
         "description": a.description, "wikidata": a.wikidata, "source": a.source,
         "articles": articles_of.get(a.slug, []), "mentions": mentions.get(a.slug, 0)}
        for a in sorted(archive.actors.values(), key=lambda a: a.slug)
    ]


def actors_csv(records: list[dict[str, Any]]) -> bytes:
    """data/actors.csv: the records of actors.json, lists joined with "; "."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=ACTOR_CSV_COLUMNS, lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    for record in records:
        writer.writerow({**record, "aliases": "; ".join(record["aliases"]), "articles": "; ".join(record["articles"])})
    return out.getvalue().encode("utf-8")


def record_per_line(records: list[Any]) -> bytes:
    """A JSON array with one record on each line: readable and diffable, and written by json's C encoder
    (an indent switches json to its pure-Python encoder, seconds for a large archive)."""
    return lines_as_array([json.dumps(r, ensure_ascii=False).encode("utf-8") for r in records])


def lines_as_array(lines: list[bytes]) -> bytes:
    """JSON records (UTF-8), one a line, as one array."""
    if not lines:
        return b"[]\n"
    return b"[\n" + b",\n".join(lines) + b"\n]\n"


def cite_files(archive: Archive, settings: Settings, article_record, fragments: Memo | None = None) -> Iterator[tuple[str, Content | Callable[[], Content], str]]:
    """Each article's downloads, and the same citations for the whole archive in one file per format
    (by article id), and the data exports: yielded one file at a time, so only the whole-archive files'
    parts are held, not every article's files. Each article's parts are made once (and with
    `fragments`, taken from the last build when the article is unchanged).

    Each file comes with a key (with a cache): what it is made from, so that a file whose key and
    stamp are those of the last run is kept without its bytes being made, encoded and hashed (40,000
    downloads at 10,000 articles). An original's key is its sha256, a citation file's its article's
    citation part's, a whole-archive file's every article's part and the registries. A whole-archive
    file comes as a function that makes it: it is made only when it is not kept."""
    fragments = fragments or MAKE_ALL
    articles = sorted(archive.articles, key=lambda a: a.id)
    make = partial(citation_parts, settings=settings, article_record=article_record)
    parts = [fragments.part("citation", article, make) for article in articles]
    keys = [fragments.part_key("citation", article) for article in articles] if fragments.caching else []
    for article, part, key in zip(articles, parts, map(bytes.hex, keys) if keys else repeat("")):
        base = article.url
        yield f"{base}original.txt", article.source.raw, tagged("sha256" if key else "", article.source.sha256)
        yield f"{base}cite.bib", part.bib, tagged(key, "bib")
        yield f"{base}cite.ris", part.ris, tagged(key, "ris")
        yield f"{base}cite.csl.json", part.csl_json, tagged(key, "csl")
    whole = hashlib.blake2b(b"".join(keys) + plain_digest((archive.actors, archive.topics)), digest_size=16).hexdigest() if keys else ""
    made = cache(lambda: archive_exports(archive, articles, parts))
    for path in ARCHIVE_FILES:
        yield path, (lambda path=path: made()[path]), tagged(whole, path)


def tagged(key: str, name: str) -> str:
    """A file's key: what it is made from, and which of its files it is; "" (no key) without a cache."""
    return f"{key}:{name}" if key else ""

ARCHIVE_FILES = (*(f"data/{name}" for name in ARCHIVE_EXPORTS), "data/articles.json", "data/articles.csv", "data/actors.json", "data/actors.csv", "data/topics.json")


def archive_exports(archive: Archive, articles: list[Article], parts: list[CitationParts]) -> dict[str, bytes]:
    """The whole-archive files (ARCHIVE_FILES): the citations in one file per format, the data exports."""
    return {
        "data/citations.bib": b"\n".join(p.bib for p in parts),
        "data/citations.ris": b"".join(p.ris for p in parts),
        "data/citations.csl.json": lines_as_array([p.csl_line for p in parts]),
        **data_exports(archive, articles, parts),
    }
