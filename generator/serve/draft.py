"""`serve`'s draft preview: an edited article's page at once, from what the last full generate knew.

A full regenerate of a large archive takes tens of seconds (related articles, actor pages, lists and
exports are worked out for the whole archive again). Before it starts, `serve` reads only the edited
files, extracts them, finds their mentions against the last build's actor set, and renders their
pages with everything else as the last build left it: the related articles, and the actor, author
and outlet pages they link to. `mkdocs build --dirty` then shows them. The regenerate that follows
writes the final pages over the drafts (a page in docs/ that is not the one the cache stamped is
rendered and written again), and the full build after it makes search and the downloads right.

A draft is made only for files that were already published, still under the same id, whose
authors, outlet and actors all have pages; anything else (a new, deleted or renamed file, a
registry file, a new author, outlet or actor) waits for the regenerate.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..enrich.actors import ActorSet
from ..build.batch import extract_one, rereader
from ..config import Settings
from ..enrich.stage import enrich_one
from ..archive.link import Archive
from ..model import Article, Report
from ..content.overrides import apply_metadata, load_metadata
from ..content.read import UnreadableFile
from ..site.cite import Citations
from ..site.render import ArticleLinks, Renderer, article_page
from ..build.sink import DocsWriter

MOST_FILES = 5  # more changed files at once than this is not an edit being previewed: the regenerate comes at once


@dataclass
class LastBuild:
    """What a draft page takes from the last full generate."""

    archive: Archive
    actor_set: ActorSet
    links: ArticleLinks
    by_file: dict[str, Article]  # corpus file name -> the article published from it


def last_build(archive: Archive, actor_set: ActorSet | None) -> LastBuild | None:
    if actor_set is None:
        return None
    return LastBuild(archive, actor_set, ArticleLinks.of(archive), {a.source.path: a for a in archive.articles})


def draft_article(last: LastBuild, settings: Settings, name: str) -> Article | str:
    """The article as it reads now, with the last build's related articles; or why no draft is made."""
    old = last.by_file.get(name)
    if old is None:  # a new, hidden or registry file: only published articles' files are in by_file
        return "not a published article's file"
    try:
        # an edited file keeps its id (ledger.py: same name, new text); the regenerate that follows checks
        raw = rereader(settings.corpus_dir)(old.source)
    except (UnreadableFile, OSError) as error:
        return str(error)
    outcome = extract_one((raw, settings.options.title_words, settings.options.reading_wpm))
    if isinstance(outcome, str):
        return outcome
    article = apply_metadata(outcome, load_metadata(settings.corpus_dir / "metadata.yml", Report()))
    article = replace(enrich_one(article, last.actor_set, list(last.archive.topics.values())), related=old.related, duplicates=old.duplicates)
    missing = unlinked(article, last)
    return f"{missing} has no page yet" if missing else article


def unlinked(article: Article, last: LastBuild) -> str:
    """The first author, outlet or actor of the article that the last build made no page for, or ""."""
    for author in article.authors.value or ():
        if author not in last.links.author_slugs:
            return f"author {author}"
    if article.outlet.known and article.outlet.value not in last.links.outlet_slugs:
        return f"outlet {article.outlet.value}"
    for slug in article.named_actors():
        if slug not in last.archive.actors:
            return f"actor {last.actor_set.actors[slug].name if slug in last.actor_set.actors else slug}"
    return ""


def write_drafts(last: LastBuild, settings: Settings, names: list[str], renderer: Renderer, citations: Citations) -> list[str] | str:
    """Render and write the draft page of each changed file into docs/; the docs paths written, or why
    no draft was made (then nothing is written). `citations`: serve's, kept for its drafts."""
    if not names or len(names) > MOST_FILES:
        return f"{len(names)} files changed"
    drafts = []
    for name in names:
        article = draft_article(last, settings, name)
        if isinstance(article, str):
            return f"{name}: {article}"
        drafts.append(article_page(article, last.archive, last.links, settings, citations))
    output = DocsWriter(settings.docs_dir)
    for page in drafts:
        output.store(page.path, renderer.render(page))
    return [page.path for page in drafts]
