"""What a topic page shows: the passages that matched the topic's patterns, by article."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from ..archive.link import Archive
from ..model import Article


def topic_data(slug: str, archive: Archive) -> dict[str, Any]:
    topic = archive.topics[slug]
    passages = archive.passages.get(slug, [])
    return {
        "slug": slug,
        "name": topic.name,
        "patterns": list(topic.patterns),
        "articles": sorted({p.article for p in passages}),
        "passages": [{"article": p.article, "paragraph": p.paragraph, "anchor": p.anchor, "match": p.match} for p in passages],
    }


def topic_articles(slug: str, archive: Archive) -> list[tuple[Article, list]]:
    passages: dict[str, list] = defaultdict(list)
    for passage in archive.passages.get(slug, []):
        passages[passage.article].append(passage)
    return [(a, passages[a.id]) for a in archive.articles if a.id in passages]
