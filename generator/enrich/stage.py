"""The enrich stage: actors, mentions, quotes and topics for every article (between extract and link)."""

from __future__ import annotations

import hashlib
from functools import partial
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import NamedTuple

from .actors import ActorSet, build_actor_set, find_mentions
from .registry import load_registry
from ..model import Actor, Article, Report, Topic
from ..reuse import MAKE_ALL, Memo, plain_digest
from .quotes import article_quotes
from .topics import Passage, find_passages, load_topics


@dataclass(frozen=True)
class Enrichment:
    articles: list[Article]  # the articles given, in their order, with their mentions, quotes and topics
    actors: dict[str, Actor]  # slug -> actor, only those mentioned somewhere
    topics: dict[str, Topic]  # slug -> topic, all of them
    passages: dict[str, list[Passage]] = field(default_factory=dict)  # topic slug -> passages
    actor_set: ActorSet | None = None  # every actor the text is matched against, mentioned or not (serve's draft preview)


def enrich(articles: list[Article], corpus_dir: Path, report: Report, memo: Memo = MAKE_ALL, as_extracted: dict[str, bytes] | None = None) -> Enrichment:
    """With a memo that keeps them (the build's), an article whose content and the actor set and topics are
    unchanged reuses its mentions, quotes and passages from the last run (the actor set itself is rebuilt: detection spans all articles);
    one whose mentions, quotes and passages come out the same keeps its key (NamedDigests.found_key), and so its parts.
    `as_extracted`: by id, article_digest of articles not changed since extraction (pipeline.extract_all)."""
    as_extracted = as_extracted or {}
    registry, errors = load_registry(corpus_dir / "actors.yml")
    topics, topic_errors = load_topics(corpus_dir / "topics.yml")
    report.problems.extend(errors + topic_errors)
    actor_set = build_actor_set(registry, articles)
    people = people_of(actor_set)
    passages: dict[str, list[Passage]] = {t.slug: [] for t in topics}
    context = plain_digest((actor_set.actors, actor_set.surfaces, topics))  # no pickle memo: the same bytes in every process
    enriched, named = [], NamedDigests(actor_set, plain_digest(topics))
    for article in articles:
        extracted = (as_extracted.get(article.id) or memo.digest(article)) if memo.caching else b""
        key = hashlib.sha256(context + extracted).digest() if memo.caching else b""
        found = memo.keyed("enriched", key, partial(found_in if memo.caching else enrich_article, article, actor_set, people, topics))
        enriched.append(with_enrichment(article, found, named.found_key(extracted, found) if memo.caching else b""))
        for passage in found[2]:
            passages[passage.topic].append(passage)
    mentioned = {slug for a in enriched for slug in a.mentions_per_actor}
    actors = {slug: actor for slug, actor in actor_set.actors.items() if slug in mentioned}
    return Enrichment(enriched, actors, {t.slug: t for t in topics}, passages, actor_set)


class Found(NamedTuple):
    """What enrich found in one article, kept under its key with the digest of it and the actors it names."""

    mentions: list
    quotes: list
    passages: list
    digest: bytes  # plain_digest of the three: made once, when they are found
    named: tuple[str, ...]  # the slugs of the actors mentioned or quoted


def found_in(article: Article, actor_set: ActorSet, people: set[str], topics: list[Topic]) -> Found:
    mentions, quotes, passages = enrich_article(article, actor_set, people, topics)
    named = tuple(sorted({m.actor for m in mentions} | {q.speaker for q in quotes}))
    return Found(mentions, quotes, passages, plain_digest((mentions, quotes, passages)), named)


class NamedDigests:
    """The enriched article's key, which every part made from it is kept under: the article as extracted, what was
    found in it, the actors it names as they are now and the topics. Not the whole actor set: new articles that
    bring new people change it, and an article in which it finds the same names would make every part again.
    Each actor is digested once a build, not once for every article that names it."""

    def __init__(self, actor_set: ActorSet, topics_digest: bytes) -> None:
        self.actors = actor_set.actors
        self.topics_digest = topics_digest
        self.digests: dict[str, bytes] = {}

    def found_key(self, extracted: bytes, found: Found) -> bytes:
        actors = b"".join(self.digest(slug) for slug in found.named)
        return hashlib.sha256(extracted + found.digest + actors + self.topics_digest).digest()

    def digest(self, slug: str) -> bytes:
        if slug not in self.digests:
            self.digests[slug] = plain_digest(self.actors[slug])
        return self.digests[slug]


def enrich_one(article: Article, actor_set: ActorSet, topics: list[Topic]) -> Article:
    """One article's mentions, quotes and topics against an actor set made earlier, as enrich() finds them."""
    return with_enrichment(article, enrich_article(article, actor_set, people_of(actor_set), topics))


def people_of(actor_set: ActorSet) -> set[str]:
    return {slug for slug, actor in actor_set.actors.items() if actor.type == "person"}


def with_enrichment(article: Article, found: tuple, key: bytes = b"") -> Article:
    """The article with (mentions, quotes, passages) found for it, and enrich's cache key for them."""
    return replace(article, mentions=list(found[0]), quotes=list(found[1]), topics=sorted({p.topic for p in found[2]}), enrichment=key)


def enrich_article(article: Article, actor_set, people: set[str], topics) -> tuple[list, list, list]:
    """(mentions, quotes, topic passages) of one article."""
    mentions = find_mentions(article, actor_set)
    return mentions, article_quotes(article, mentions, people), find_passages(article, topics)


def curation_candidates(actors: dict[str, Actor]) -> list[Actor]:
    """Detected actors a curator may add to corpus/actors.yml."""
    return sorted((a for a in actors.values() if a.source == "detected"), key=lambda a: a.name)
