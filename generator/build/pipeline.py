"""The orchestrator: read -> extract -> enrich -> link -> render, as a list of steps."""

from __future__ import annotations

import gc
import re
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import Callable, Iterator

from pathlib import Path

from ..content import actor_ledger, ledger, ledger_file
from ..content.actor_ledger import RecordedActor
from ..config import Settings
from ..content.ledger import Assignment
from ..content.withdrawals import check_withdrawals
from ..content.extract import BYLINE
from ..content.text import word_count
from .batch import cached_reader, extract_all_files, render_site, rereader
from .cache import Cache
from .fragments import Fragments
from ..enrich.actors import ActorSet
from ..enrich.stage import enrich
from ..archive.actor_moves import moved_actors, recorded_after, written_names
from ..archive.link import Archive, chronological, link
from ..model import Article, Report
from ..content.overrides import apply_metadata, load_metadata, unmatched_keys
from ..content.read import published_unknown, read_corpus, read_file
from ..archive.related import related_articles
from .sink import MemoryWriter, Output

Progress = Callable[[str, int, int], None]  # (stage, done, total)


def _quiet(stage: str, done: int, total: int) -> None:
    pass


@dataclass
class Generated:
    archive: Archive
    output: Output  # where every generated file went (docs/, memory, nowhere)
    report: Report
    written: int = 0  # files (re)written; the others were already what this run would write
    removed: int = 0  # stale generated files removed
    actor_set: ActorSet | None = None  # what the text was matched against (serve's draft preview reuses it)
    ledger: ledger.Ledger | None = None  # the permanent ids after this build, for the caller to save
    assignment: Assignment | None = None  # how each file got its id this build
    actor_ledger: tuple[RecordedActor, ...] | None = None  # every actor page address after this build, to save

    @property
    def pages(self) -> dict[str, str | bytes]:
        """docs-relative path -> text (bytes: the originals verbatim, citations and data exports as
        UTF-8); only when generated into memory."""
        if not isinstance(self.output, MemoryWriter):
            raise TypeError(f"the pages went to {type(self.output).__name__}, not into memory")
        return self.output.pages

    @property
    def count(self) -> int:
        return len(self.output.produced)


def extract_all(
    settings: Settings, report: Report, progress: Progress, cache: Cache | None = None, workers: int = 1
) -> tuple[list[Article], dict[str, str], dict[str, bytes], Assignment]:
    """The articles, the redirects (old or duplicate id -> published id), by article id the digest
    of each article that is as the cache holds it (no override, no duplicates) for enrich's key, and
    how each file got its permanent id (with the ledger after this build)."""
    reader = cached_reader(cache) if cache is not None else read_file
    recorded = ledger_file.load(ledger_path(settings))
    recorded = ledger.with_entries(recorded, published_unknown(settings.docs_dir, settings.site_dir, recorded))
    corpus = read_corpus(settings.corpus_dir, report, reader, recorded)
    metadata = load_metadata(settings.corpus_dir / "metadata.yml", report)
    unmatched_keys(metadata, {raw.id for raw in corpus.files}, [raw.path for raw in corpus.files], report)
    articles = []
    as_extracted: dict[str, bytes] = {}
    outcomes = extract_all_files(corpus.files, settings.options, cache, workers, rereader(settings.corpus_dir))
    total = len(corpus.files)
    for done, (raw, (outcome, digest)) in enumerate(zip(corpus.files, outcomes), start=1):
        if isinstance(outcome, str):
            report.skip(raw.path, outcome)
            continue
        article = apply_metadata(outcome, metadata)
        articles.append(article)
        if digest and article is outcome:
            as_extracted[outcome.id] = digest
        progress("extract", done, total)
    duplicates_of: dict[str, list[str]] = {}
    for old, new in corpus.redirects.items():
        duplicates_of.setdefault(new, []).append(old)
    articles = [with_duplicates(article, duplicates_of.get(article.id)) for article in articles]
    for article in articles:
        if article.duplicates:
            as_extracted.pop(article.id, None)
    return articles, corpus.redirects, as_extracted, corpus.assignment


def with_duplicates(article: Article, duplicates: list[str] | None) -> Article:
    """The article with the ids of the other files that hold its text (kept as it is when there are none)."""
    return replace(article, duplicates=sorted(duplicates)) if duplicates else article


def ledger_path(settings: Settings) -> Path:
    return settings.corpus_dir / ledger.LEDGER_FILE


def published_citations(articles: list[Article]) -> dict[str, tuple]:
    """What a withdrawn page needs to cite each article after its file is gone (ledger.with_citations)."""
    return {
        a.id: (a.title.value or "", tuple(a.authors.value or ()), a.outlet.value or "", a.date.value.iso[:10] if a.date.known else "")
        for a in articles
    }


TITLE_ONLY_WORDS = 30  # a one-line file this short is probably a title without its article


def check_articles(articles: list[Article], report: Report) -> None:
    """Warnings a curator should see. A missing date or author is not one: unknown is a value."""
    for article in articles:
        if not article.paragraphs:
            report.warn(article.source.path, "no body paragraphs: the file holds a title only")
        elif article.one_line and article.word_count <= TITLE_ONLY_WORDS:
            report.warn(article.source.path, "one line only (title only?): published with that line as title and text")
        if URL_TITLE.match(article.title.value or ""):
            report.warn(article.source.path, f"the title is a web address ({article.title.evidence}): give the headline in metadata.yml")
        if article.lost_quotation_marks:
            report.warn(article.source.path, LOST_QUOTATION_MARKS)
        bylines = [block.line for block in article.blocks if block.text[:2].lower() == "by" and word_count(block.text) <= 8 and BYLINE.match(block.text)]
        if len(bylines) >= 2:
            lines = ", ".join(map(str, bylines[:5])) + (", …" if len(bylines) > 5 else "")
            report.warn(article.source.path, f"several stories in one file? {len(bylines)} bylines in the text (lines {lines})")


LOST_QUOTATION_MARKS = ("\"?\" stands for every quotation mark and apostrophe (\"?It is…,? said\", \"didn?t\"): a lossy conversion "
                        "replaced them; its quotes are read with \"?\" taken for their marks where it stands so, and a copy with its "
                        "quotation marks would be read surely")
URL_TITLE = re.compile(r"^(?:https?://|www\.)\S+$", re.I)


def generate(
    settings: Settings,
    report: Report | None = None,
    progress: Progress = _quiet,
    cache: Cache | None = None,
    workers: int = 1,
    output: Output | None = None,
    allow_withdrawals: bool = False,
) -> Generated:
    """Generate every file into `output` (default: a MemoryWriter, whose `pages` tests read), page by page
    as they are rendered, then remove what the last run left and this one did not. `cache` (see
    cache.py) skips unchanged work; `workers` > 1 extracts and renders a cold corpus across processes."""
    output = output if output is not None else MemoryWriter()
    report = report or Report()
    recorded_actors = recorded_actor_pages(settings)
    with survivors_frozen() as stage_done:
        articles, redirects, as_extracted, assignment = extract_all(settings, report, progress, cache, workers)
        check_withdrawals(assignment, allow_withdrawals)
        stage_done()
        check_articles(articles, report)
        fragments = Fragments(cache, settings)
        enrichment = enrich(articles, settings.corpus_dir, report, fragments, as_extracted)
        stage_done()
        ordered = chronological(enrichment.articles)
        related = related_articles(ordered, enrichment.actors, enrichment.topics, settings.options.related, fragments)
        articles = [replace(article, related=related.get(article.id, [])) for article in ordered]
        moves = moved_actors(recorded_actors, enrichment.actors, written_names(articles))
        archive = link(articles, redirects, tuple(assignment.ledger.withdrawn), enrichment.actors, enrichment.topics, enrichment.passages, moves)
        stage_done()
        render_site(archive, settings, output, cache, workers, fragments)
    written, removed = output.finish()
    for article in archive.articles:
        report.file(article.source.path).url = article.url
    new_ledger = ledger.with_citations(assignment.ledger, published_citations(archive.articles))
    actors_after = recorded_after(recorded_actors, enrichment.actors)
    return Generated(archive, output, report, written, removed, enrichment.actor_set, new_ledger, assignment, actors_after)


def actor_ledger_path(settings: Settings) -> Path:
    return settings.corpus_dir / actor_ledger.ACTOR_LEDGER_FILE


def save_ledgers(settings: Settings, generated: Generated) -> list[Path]:
    """Write the id ledger and the actors' ledger back where they changed (each atomically); the files written."""
    written = []
    if generated.ledger is not None and ledger_file.save(ledger_path(settings), generated.ledger):
        written.append(ledger_path(settings))
    if generated.actor_ledger is not None and actor_ledger.save(actor_ledger_path(settings), generated.actor_ledger):
        written.append(actor_ledger_path(settings))
    return written


def recorded_actor_pages(settings: Settings) -> tuple[RecordedActor, ...]:
    """The actor page addresses published before: the ledger's, or (an archive built before there was
    one) the actor pages docs/ holds."""
    path = actor_ledger_path(settings)
    return actor_ledger.load(path) if path.exists() else actor_ledger.published_actors(settings.docs_dir)


YOUNG_OBJECTS_PER_COLLECTION = 50_000


@contextmanager
def survivors_frozen() -> Iterator[Callable[[], None]]:
    """Keep the cyclic garbage collector off the objects that outlive a stage. A full collection walks
    every tracked object (2 million at 10,000 articles: ~2.5 s) and a build sets off several; what
    existed before the build (serve's cache) and what a stage leaves (articles, mentions, actors) is
    moved out of its sight with gc.freeze(), and handed back at the end. Reference counting still
    frees everything as usual; only reference cycles among frozen objects wait for the end. The young
    generation is collected every 50,000 new objects rather than every 700: a build makes millions
    that live on (in serve the collections cost 0.3 s of a 4 s rebuild at 10,000 articles)."""
    thresholds = gc.get_threshold()
    gc.set_threshold(YOUNG_OBJECTS_PER_COLLECTION, *thresholds[1:])
    gc.freeze()
    try:
        yield gc.freeze
    finally:
        gc.unfreeze()
        gc.set_threshold(*thresholds)
