"""Related articles: deterministic, never the article itself, and sub-quadratic on a larger corpus."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from related_scale import synthetic  # noqa: E402

from generator import related  # noqa: E402
from generator.related import related_articles  # noqa: E402


def test_related_is_deterministic_and_bounded():
    articles = synthetic(300)
    first = related_articles(articles, {}, {}, 5)
    again = related_articles(list(reversed(articles)), {}, {}, 5)
    assert first == again
    for aid, items in first.items():
        assert len(items) <= 5 and aid not in [r.article for r in items]
        assert [r.score for r in items] == sorted((r.score for r in items), reverse=True)


def test_related_work_per_article_does_not_grow_with_the_archive(monkeypatch):
    """Every kept feature's inverted list is at most MAX_POSTING long, so an article's scoring touches
    at most (its features x MAX_POSTING) others: linear in the archive, not quadratic."""
    monkeypatch.setattr(related, "MAX_POSTING", 12)
    articles = synthetic(3000)  # its commonest kept features are in ~24 articles; 5 % of 3,000 would allow 150
    df: Counter = Counter(f for vec in related.vectors(articles).values() for f in vec)
    assert max(df.values()) <= 12 and len(df) > 100
    assert len(related.related_articles(articles, {}, {}, 5)) == 3000
