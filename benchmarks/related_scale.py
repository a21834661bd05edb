"""Time related_articles on a synthetic corpus: python benchmarks/related_scale.py [N]."""

from __future__ import annotations

import random
import sys
import time
from types import SimpleNamespace

from generator.model import Mention
from generator.archive.related import related_articles


def synthetic(n: int, seed: int = 1) -> list:
    rng = random.Random(seed)
    vocabulary = [f"word{i}" for i in range(30000)]
    weights = [1 / (i + 1) for i in range(len(vocabulary))]  # Zipf-like
    articles = []
    for i in range(n):
        words = rng.choices(vocabulary, weights, k=600)
        actors = rng.sample(range(2000), 8)
        articles.append(
            SimpleNamespace(
                id=f"{i:016x}",
                title=SimpleNamespace(value=f"Story {i}"),
                paragraphs=[SimpleNamespace(text=" ".join(words))],
                mentions=[Mention(f"actor{a}", f"{i:016x}", 1, "p-1", 0, 1, "x") for a in actors],
                mentions_per_actor={f"actor{a}": 1 for a in actors},
                topics=[f"topic{t}" for t in rng.sample(range(40), 3)],
            )
        )
    return articles


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
    articles = synthetic(n)
    start = time.perf_counter()
    related = related_articles(articles, {}, {}, 5)
    elapsed = time.perf_counter() - start
    print(f"{n} articles: related in {elapsed:.1f}s, {sum(len(r) for r in related.values())} relations")
