"""The actors inside an article page: its paragraphs cut into linked names, the actors it names and
how often, its quotes' anchors, and the sentence anchors of its long paragraphs."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from ..archive.link import ActorsAndTopics, Shown
from ..enrich.registry import TYPES
from ..model import Actor, Article, Mention
from .actor_pages import MENTIONS_FILE, quote_anchor
from .sentence_anchors import by_sentence, is_long


JOINERS = frozenset(" -‐‑–—/")  # what may stand between two names that read as one ("US-Ukraine", "US Ukraine")


def touches_link(pieces: list[tuple[str, str]], gap: str) -> bool:
    """Whether a mention after `gap` would sit right against the link before it: two links that read as one."""
    return bool(pieces) and bool(pieces[-1][1]) and set(gap) <= JOINERS


def linked_segments(article: Article) -> dict[str, list[tuple[str, str]]]:
    """Each numbered block's text as (text, actor slug or "") pieces: the first mention of each
    actor in each section (the text between two headings) is linked, the rest is plain text; a
    mention right after a link ("US-Ukraine") waits for its next mention to be linked."""
    by_anchor: dict[str, list[Mention]] = defaultdict(list)
    for mention in article.mentions:
        by_anchor[mention.anchor].append(mention)
    out: dict[str, list[tuple[str, str]]] = {}
    linked: set[str] = set()
    for block in article.blocks:
        if block.kind == "heading":
            linked = set()
            continue
        pieces, at = [], 0
        for mention in sorted(by_anchor.get(block.anchor, []), key=lambda m: m.start):
            if mention.actor in linked or mention.start < at or touches_link(pieces, block.text[at : mention.start]):
                continue
            linked.add(mention.actor)
            pieces += [(block.text[at : mention.start], ""), (block.text[mention.start : mention.end], mention.actor)]
            at = mention.end
        pieces.append((block.text[at:], ""))
        out[block.anchor] = [p for p in pieces if p[0]]
    return out


def article_actor_counts(article: Article, archive: ActorsAndTopics) -> list[tuple[Actor, int]]:
    counts = {slug: n for slug, n in article.mentions_per_actor.items() if slug in archive.actors}
    return sorted(((archive.actors[s], n) for s, n in counts.items()), key=lambda x: (TYPES.index(x[0].type), -x[1], x[0].name))


def long_paragraphs(article: Article, segments: dict[str, list[tuple[str, str]]]) -> dict[str, list]:
    """The pieces of each paragraph over LONG_PARAGRAPH characters, grouped by sentence (sentence anchors)."""
    return {b.anchor: by_sentence(b.text, segments.get(b.anchor, [(b.text, "")])) for b in article.blocks if b.kind != "heading" and is_long(b.text)}


def article_extras(article: Article, archive: ActorsAndTopics, by_id: dict[str, Shown]) -> dict[str, Any]:
    segments = linked_segments(article)
    texts = {b.anchor: b.text for b in article.blocks}
    return {
        "segments": segments,
        "sentences": long_paragraphs(article, segments),
        "actor_counts": article_actor_counts(article, archive),
        "article_quotes": [(archive.actors.get(q.speaker), q, quote_anchor(texts.get(q.anchor, ""), q)) for q in article.quotes],
        "article_topics": [archive.topics[t] for t in article.topics if t in archive.topics],
        "related": [(by_id[r.article], r) for r in article.related if r.article in by_id],
    }


def article_data(article: Article, archive: ActorsAndTopics) -> dict[str, Any]:
    """What the front matter of an article page says about its actors, quotes, topics and relations."""
    return {
        "actors": {a.slug: n for a, n in article_actor_counts(article, archive)},  # slug -> mentions; names in data/actors.json
        "mentions_file": MENTIONS_FILE,  # every mention and quote
        "topics": list(article.topics),
        # strongest first; not the cosines, which move a little with every article added to the archive:
        # written here, they would change every article's page at every build
        # same_story false: the same people or subject in another story
        "related": [{"article": r.article, "reasons": list(r.reasons), "same_story": r.story} for r in article.related],
    }
