"""The citable side of the site: each article's cite block, downloads and verbatim original, and the
whole-archive exports (citations.*, data/articles.json|csv, actors.json, topics.json).

Pure functions from the linked archive to {docs-relative path: text or bytes}; render.py adds them
to the generated files and hands them to the output (sink.py), which writes bytes verbatim.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any, Iterator

from .cite import csl_record, head_meta, original_url, permalink, render_styles, ris, bibtex, PARAGRAPH_PLACEHOLDER
from .config import Settings
from .link import ActorsAndTopics, Archive
from .model import Article

DOWNLOADS = (("cite.bib", "BibTeX"), ("cite.ris", "RIS"), ("cite.csl.json", "CSL-JSON"))
ARCHIVE_EXPORTS = ("citations.bib", "citations.ris", "citations.csl.json")


def actor_names(article: Article, archive: ActorsAndTopics) -> list[str]:
    slugs = sorted({m.actor for m in article.mentions})
    return [archive.actors[slug].name for slug in slugs if slug in archive.actors]


def cite_context(article: Article, archive: ActorsAndTopics, settings: Settings) -> dict[str, Any]:
    """What article/cite.md.j2 needs."""
    return {
        "styles": render_styles(csl_record(article, settings)),
        "permalink": permalink(article, settings),
        "absolute": bool(settings.site_url),
        "placeholder": PARAGRAPH_PLACEHOLDER,
        "downloads": DOWNLOADS,
    }


def head_data(article: Article, archive: ActorsAndTopics, settings: Settings) -> dict[str, Any]:
    return head_meta(article, settings, actor_names(article, archive))


def article_files(article: Article, record: dict[str, Any], bib: str, ris_text: str) -> dict[str, str | bytes]:
    """The downloads beside an article page: its verbatim original and its citation in three formats."""
    base = article.url
    return {
        f"{base}original.txt": article.source.raw,
        f"{base}cite.bib": bib,
        f"{base}cite.ris": ris_text,
        f"{base}cite.csl.json": json.dumps([record], ensure_ascii=False, indent=2) + "\n",
    }


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


def data_exports(archive: Archive, settings: Settings, article_record) -> dict[str, str]:
    """articles.json/csv (all metadata with evidence), actors.json, topics.json."""
    articles = sorted(archive.articles, key=lambda a: a.id)
    records = [{**article_record(a, settings), "original": original_url(a, settings)} for a in articles]
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for article, record in zip(articles, records):
        writer.writerow(article_row(article, record, settings))
    articles_of: dict[str, set[str]] = {}
    for art in articles:
        for m in art.mentions:
            articles_of.setdefault(m.actor, set()).add(m.article)
    actors = [
        {"slug": a.slug, "name": a.name, "type": a.type, "aliases": list(a.aliases), "role": a.role,
         "description": a.description, "wikidata": a.wikidata, "source": a.source,
         "articles": sorted(articles_of.get(a.slug, ()))}
        for a in sorted(archive.actors.values(), key=lambda a: a.slug)
    ]
    topics = [
        {"slug": t.slug, "name": t.name, "description": t.description,
         "articles": sorted(art.id for art in articles if t.slug in art.topics)}
        for t in sorted(archive.topics.values(), key=lambda t: t.slug)
    ]
    return {
        "data/articles.json": record_per_line(records),
        "data/articles.csv": buffer.getvalue(),
        "data/actors.json": record_per_line(actors),
        "data/topics.json": record_per_line(topics),
    }


def record_per_line(records: list[Any]) -> str:
    """A JSON array with one record on each line: readable and diffable, and written by json's C encoder
    (an indent switches json to its pure-Python encoder, seconds for a large archive)."""
    if not records:
        return "[]\n"
    return "[\n" + ",\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n]\n"


def cite_files(archive: Archive, settings: Settings, article_record) -> Iterator[tuple[str, str | bytes]]:
    """Each article's downloads, and the same citations for the whole archive in one file per format
    (by article id; each article's record and formats are made once), and the data exports: yielded
    one file at a time, so only the whole-archive files' parts are held, not every article's files."""
    articles = sorted(archive.articles, key=lambda a: a.id)
    records = [csl_record(a, settings) for a in articles]
    bibs, rises = [bibtex(r) for r in records], [ris(r) for r in records]
    for article, record, bib, ris_text in zip(articles, records, bibs, rises):
        yield from article_files(article, record, bib, ris_text).items()
    yield "data/citations.bib", "\n".join(bibs)
    yield "data/citations.ris", "".join(rises)
    yield "data/citations.csl.json", record_per_line(records)
    del bibs, rises, records
    yield from data_exports(archive, settings, article_record).items()
