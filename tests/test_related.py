"""Related articles: deterministic, never the article itself, and sub-quadratic on a larger corpus."""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from related_scale import synthetic  # noqa: E402

from generator.related import related_articles  # noqa: E402


def test_related_is_deterministic_and_bounded():
    articles = synthetic(300)
    first = related_articles(articles, {}, {}, 5)
    again = related_articles(list(reversed(articles)), {}, {}, 5)
    assert first == again
    for aid, items in first.items():
        assert len(items) <= 5 and aid not in [r.article for r in items]
        assert [r.score for r in items] == sorted((r.score for r in items), reverse=True)


def test_related_scales_to_thousands_of_articles():
    """3,000 articles take about a second here; an all-pairs loop would take far longer."""
    articles = synthetic(3000)
    start = time.perf_counter()
    related = related_articles(articles, {}, {}, 5)
    assert time.perf_counter() - start < 30
    assert len(related) == 3000
