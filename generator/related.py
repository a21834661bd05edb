"""Related articles from sparse vectors and inverted lists: no loop over all pairs of articles.

Each article is a sparse vector of weighted features: the actors it mentions (weight 3 x idf),
its topics (2 x idf) and its content words (tf-idf). Vectors are L2-normalised, so a dot product
is a cosine. For every feature an inverted list holds the articles that have it; an article's
scores are accumulated over its own features' lists only. Features held by more than
MAX_SHARE of the articles (and more than 50 of them), or by more than MAX_POSTING articles, say
little and are dropped, and only an article's WORDS_PER_ARTICLE most distinctive words are kept:
the work per article is then bounded whatever the size of the archive. Ties are broken by article id, so the result is deterministic.
"""

from __future__ import annotations

import math
import re
import sys
from collections import Counter, defaultdict
from functools import lru_cache

import numpy as np

from .cache import Fragments
from .model import Actor, Article, Related, Topic

MAX_SHARE = 0.05
MIN_LIMIT = 50
MAX_POSTING = 200  # never more articles per feature than this, whatever the archive's size: linear work
WORDS_PER_ARTICLE = 40  # an article's most distinctive words; bounds the work per article
STOPWORDS = set(
    """a about above after again against all also am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further had has
    have having he her here hers him his how i if in into is it its itself just me more most my no nor
    not now of off on once only or other our out over own same she should so some such than that the
    their them then there these they this those through to too under until up very was we were what
    when where which while who whom why will with would you your said says would could also one two new
    its it's""".split()
)
WORD = re.compile(r"[a-z][a-z’'-]{2,}")

Vector = dict[str, float]


def features(article: Article) -> tuple[Counter, Counter, Counter]:
    actors = Counter(m.actor for m in article.mentions)
    topics = Counter(article.topics)
    # one findall over the whole text (no word spans a line break), stopwords dropped from the counts
    words = Counter(WORD.findall("\n".join(b.text for b in article.paragraphs).lower()))
    for stopword in STOPWORDS.intersection(words):
        del words[stopword]
    return actors, topics, words


def raw_vector(article: Article) -> tuple[tuple[str, ...], tuple[float, ...]]:
    """The article's features and their weights before idf, compact: the names interned and the weights
    shared float objects, so that serve can keep every article's (cache.Fragments) in little memory."""
    actors, topics, words = features(article)
    vec = {f"a:{k}": 3.0 for k in actors} | {f"t:{k}": 2.0 for k in topics} | {f"w:{k}": word_weight(v) for k, v in words.items()}
    return tuple(map(sys.intern, vec)), tuple(vec.values())


@lru_cache(maxsize=None)
def word_weight(count: int) -> float:
    return 1 + math.log(count)


def vectors(articles: list[Article], fragments: Fragments | None = None) -> dict[str, Vector]:
    raw_of = (lambda a: fragments.part("features", a, raw_vector)) if fragments else raw_vector
    raw = {}
    df: Counter = Counter()
    for article in articles:
        vec = dict(zip(*raw_of(article)))
        raw[article.id] = vec
        df.update(vec.keys())
    n = len(articles)
    limit = feature_limit(n)
    idf = {f: math.log(1 + n / count) for f, count in df.items() if 1 < count <= limit}  # the kept features'
    out = {}
    for aid, vec in raw.items():
        weighted = {f: w * idf[f] for f, w in vec.items() if f in idf}
        words = sorted((f for f in weighted if f.startswith("w:")), key=lambda f: (-weighted[f], f))
        for f in words[WORDS_PER_ARTICLE:]:
            del weighted[f]
        norm = math.sqrt(sum(w * w for w in weighted.values())) or 1.0
        out[aid] = {f: w / norm for f, w in weighted.items()}
    return out


def feature_limit(n: int) -> int:
    """The most articles a kept feature may have. A share of the archive alone would let each
    article's inverted lists grow with the archive (quadratic work: 34 s at 10,000 articles); beyond
    MAX_POSTING articles a feature says little about which articles belong together anyway."""
    return min(MAX_POSTING, max(MIN_LIMIT, int(MAX_SHARE * n)))


def related_articles(
    articles: list[Article], actors: dict[str, Actor], topics: dict[str, Topic], k: int = 5, fragments: Fragments | None = None
) -> dict[str, list[Related]]:
    """Each article's k most related; `fragments` (serve) keeps each article's features between builds."""
    vecs = vectors(articles, fragments)
    ids = sorted(vecs)  # an article's number is its place here, so ties broken by number are broken by id
    postings = inverted_lists(ids, vecs)
    out = {}
    for number, aid in enumerate(ids):
        best = top_scores(number, vecs[aid], postings, k)
        out[aid] = [Related(ids[other], round(score, 4), reasons(vecs[aid], vecs[ids[other]], actors, topics)) for other, score in best]
    return out


def inverted_lists(ids: list[str], vecs: dict[str, Vector]) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """feature -> (the numbers of the articles that have it, in id order; their weights)."""
    numbers: dict[str, list[int]] = defaultdict(list)
    weights: dict[str, list[float]] = defaultdict(list)
    for number, aid in enumerate(ids):
        for feature, weight in vecs[aid].items():
            numbers[feature].append(number)
            weights[feature].append(weight)
    return {f: (np.array(numbers[f], dtype=np.int64), np.array(weights[f], dtype=np.float64)) for f in numbers}


def top_scores(number: int, vec: Vector, postings: dict[str, tuple[np.ndarray, np.ndarray]], k: int) -> list[tuple[int, float]]:
    """The k best (article number, cosine) for one article, best first, ties by id. Each candidate's
    score is summed over this article's features in order, one inverted list after another, as a
    plain loop would add them (np.bincount adds in input order): the same floats, bit for bit."""
    if not vec:
        return []
    others = np.concatenate([postings[f][0] for f in vec])
    products = np.concatenate([postings[f][1] * weight for f, weight in vec.items()])
    candidates, slot = np.unique(others, return_inverse=True)
    scores = np.bincount(slot, weights=products)
    keep = (scores > 0) & (candidates != number)  # an article is in its own features' lists
    candidates, scores = candidates[keep], scores[keep]
    if len(scores) > k:  # only the scores tied with the k-th or better need sorting
        kth = np.partition(scores, len(scores) - k)[len(scores) - k]
        near = scores >= kth
        candidates, scores = candidates[near], scores[near]
    order = np.lexsort((candidates, -scores))[:k]
    return [(int(candidates[i]), float(scores[i])) for i in order]


def reasons(mine: Vector, theirs: Vector, actors: dict[str, Actor], topics: dict[str, Topic]) -> tuple[str, ...]:
    # in the order of `mine` (no set: the wording's sum is then added in the same order in every process)
    shared = [f for f in mine if f in theirs]
    names = sorted((f[2:] for f in shared if f.startswith("a:")), key=lambda s: (-(mine[f"a:{s}"] * theirs[f"a:{s}"]), s))
    subjects = sorted(f[2:] for f in shared if f.startswith("t:"))
    text = sum(mine[f] * theirs[f] for f in shared if f.startswith("w:"))
    out = []
    if names:
        out.append("actors: " + ", ".join(actors[s].name for s in names[:4] if s in actors))
    if subjects:
        out.append("topics: " + ", ".join(topics[s].name for s in subjects if s in topics))
    if text > 0:
        out.append(f"similar wording ({text:.2f})")
    return tuple(out)
