"""The enrich stage: actors, mentions, quotes and topics for every article (between extract and link)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .actors import build_actor_set, find_mentions, find_quotes, load_registry
from .model import Actor, Article, Report, Topic
from .topics import Passage, find_passages, load_topics


@dataclass
class Enrichment:
    actors: dict[str, Actor]  # slug -> actor, only those mentioned somewhere
    topics: dict[str, Topic]  # slug -> topic, all of them
    passages: dict[str, list[Passage]] = field(default_factory=dict)  # topic slug -> passages


def enrich(articles: list[Article], corpus_dir: Path, report: Report) -> Enrichment:
    registry, errors = load_registry(corpus_dir / "actors.yml")
    topics, topic_errors = load_topics(corpus_dir / "topics.yml")
    report.problems.extend(errors + topic_errors)
    actor_set = build_actor_set(registry, articles)
    people = {slug for slug, actor in actor_set.actors.items() if actor.type == "person"}
    passages: dict[str, list[Passage]] = {t.slug: [] for t in topics}
    for article in articles:
        article.mentions = find_mentions(article, actor_set)
        article.quotes = [
            quote
            for block in article.paragraphs
            for quote in find_quotes(article, block, [m for m in article.mentions if m.anchor == block.anchor], people)
        ]
        found = find_passages(article, topics)
        for passage in found:
            passages[passage.topic].append(passage)
        article.topics = sorted({p.topic for p in found})
    mentioned = {m.actor for a in articles for m in a.mentions}
    actors = {slug: actor for slug, actor in actor_set.actors.items() if slug in mentioned}
    return Enrichment(actors, {t.slug: t for t in topics}, passages)


def curation_candidates(actors: dict[str, Actor]) -> list[Actor]:
    """Detected actors a curator may add to corpus/actors.yml."""
    return sorted((a for a in actors.values() if a.source == "detected"), key=lambda a: a.name)
