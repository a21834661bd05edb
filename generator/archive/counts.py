"""Who is mentioned how often and with whom: each article's share of the counts, and the counts of the
whole archive made from the shares (build/updates.py updates them for the shares an edit changed)."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any, Iterable

from ..model import Article
from .comention import pair_counts


@dataclass(frozen=True)
class MentionStats:
    """Who is mentioned how often and with whom, counted once per archive and shared by every picture."""

    mentions: Counter  # actor -> mentions
    articles: Counter  # actor -> articles that mention it
    neighbours: dict[str, dict[str, tuple[int, int]]]  # actor -> {actor mentioned in a same paragraph: (articles, paragraphs)}
    # (a, b) with a < b -> articles that mention both, for every pair (not only the drawn ones): the
    # actor pages' co-mentions, counted here once instead of again by actor_pages.gather_entries
    together: dict[tuple[str, str], int] = field(default_factory=dict)
    # (a, b) with a < b -> paragraphs that mention both (the neighbours' second weight): kept so that an
    # edit's shares can be taken out of the counts and put in again (build/updates.py)
    in_paragraphs: dict[tuple[str, str], int] = field(default_factory=dict)
    drawn: dict[tuple[str, int], Any] = field(default_factory=dict, compare=False)  # (focus, most) -> its pictures.NetworkPlan, planned once per build

    def __getstate__(self) -> dict[str, Any]:
        return {**self.__dict__, "drawn": {}}  # saved with the cache without the network plans: planned again on use


@dataclass(frozen=True)
class MentionShare:
    """One article's part of the mention statistics, in the order the counts take it."""

    actors: tuple[str, ...]  # the actor of each mention
    distinct: tuple[str, ...]  # the actors it mentions, sorted
    paragraphs: tuple[tuple[str, ...], ...]  # the actors of each paragraph that mentions two or more, sorted
    paired: tuple[str, ...] = ()  # the actors it mentions as part of the story, sorted: not only as a source (Mention.source)


def mention_share(article: Article) -> MentionShare:
    slugs = tuple(m.actor for m in article.mentions)
    paragraphs: dict[int, set[str]] = defaultdict(set)
    for m in article.mentions:
        if m.place == "paragraph" and not m.source:  # the headline, dek and subheadings are no paragraph: the network counts paragraphs
            paragraphs[m.paragraph].add(m.actor)
    together = tuple(tuple(sorted(actors)) for actors in paragraphs.values() if len(actors) > 1)
    paired = tuple(sorted({m.actor for m in article.mentions if not m.source}))
    return MentionShare(slugs, tuple(sorted(set(slugs))), together, paired)


def counted(shares: Iterable[MentionShare]) -> tuple[Counter, Counter, Counter, Counter]:
    """(mentions per actor, articles per actor, articles per pair, paragraphs per pair); a pair is (a, b), a < b."""
    shares = list(shares)
    mentions, in_articles = Counter(), Counter()
    for share in shares:
        mentions.update(share.actors)
        in_articles.update(share.distinct)
    by_article = Counter(pair_counts(share.paired for share in shares))
    by_paragraph = Counter(pair_counts(actors for share in shares for actors in share.paragraphs))
    return mentions, in_articles, by_article, by_paragraph


def co_mentions(articles: Iterable[Article]) -> dict[tuple[str, str], tuple[int, int]]:
    """(actor a, actor b) with a < b -> (articles, paragraphs) in which both are mentioned."""
    _, _, by_article, by_paragraph = counted(map(mention_share, articles))
    return {pair: (by_article[pair], by_paragraph[pair]) for pair in sorted(by_article)}


def mention_stats(shares: Iterable[MentionShare]) -> MentionStats:
    """One pass over every mention; the adjacency keeps the pairs that share a paragraph (the drawn ones)."""
    return stats_from(*counted(shares))


def stats_from(mentions: Counter, in_articles: Counter, by_article: Counter, by_paragraph: Counter) -> MentionStats:
    """The statistics of these counts, each in key order: the same whatever order the articles were
    counted in, or whether the counts were made afresh or updated."""
    neighbours: dict[str, dict[str, tuple[int, int]]] = defaultdict(dict)
    pairs = sorted(by_article)
    for a, b in pairs:
        weights = (by_article[a, b], by_paragraph[a, b])
        if weights[1]:
            neighbours[a][b] = neighbours[b][a] = weights
    return MentionStats(
        Counter(dict(sorted(mentions.items()))), Counter(dict(sorted(in_articles.items()))), dict(neighbours),
        {pair: by_article[pair] for pair in pairs}, dict(sorted(by_paragraph.items())),
    )
