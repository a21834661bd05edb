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
from dataclasses import dataclass, field, replace
from functools import lru_cache

import numpy as np

from ..reuse import MAKE_ALL, Memo
from ..model import Actor, Article, Related, Topic
from .reasons import LEAST_SCORE, STOPWORDS, SUBJECT_SCORE, another_story, connected, reasons, story_word_limit

MAX_SHARE = 0.05
MIN_LIMIT = 50
MAX_POSTING = 200  # never more articles per feature than this, whatever the archive's size: linear work
WORDS_PER_ARTICLE = 40  # an article's most distinctive words; bounds the work per article
WORD = re.compile(r"[a-z][a-z’'-]{2,}")

Vector = dict[str, float]
RawVector = tuple[tuple[str, ...], tuple[float, ...]]  # features and weights before idf


def features(article: Article) -> tuple[Counter, Counter, Counter]:
    actors = Counter(m.actor for m in article.mentions if not m.source)  # a pollster or an outlet spoken to relates no stories
    topics = Counter(article.topics)
    # one findall over the whole text (no word spans a line break), stopwords dropped from the counts
    words = Counter(WORD.findall("\n".join(b.text for b in article.paragraphs).lower()))
    for stopword in STOPWORDS.intersection(words):
        del words[stopword]
    return actors, topics, words


def raw_vector(article: Article) -> RawVector:
    """The article's features and their weights before idf, compact: the names interned and the weights
    shared float objects, so that serve can keep every article's (reuse.Memo) in little memory."""
    actors, topics, words = features(article)
    vec = {f"a:{k}": 3.0 for k in actors} | {f"t:{k}": 2.0 for k in topics} | {f"w:{k}": word_weight(v) for k, v in words.items()}
    return tuple(map(sys.intern, vec)), tuple(vec.values())


@lru_cache(maxsize=None)
def word_weight(count: int) -> float:
    return 1 + math.log(count)


def weighed_all(raw: dict[str, RawVector]) -> tuple[Counter, dict[str, float], dict[str, Vector]]:
    """The document frequency of every feature, the kept features' idf, and every article's vector."""
    df: Counter = Counter()
    for features, _ in raw.values():
        df.update(features)
    n, limit = len(raw), feature_limit(len(raw))
    idf = {f: value for f, count in df.items() if (value := idf_of(count, n, limit)) is not None}
    return df, idf, {aid: weighed(vec, idf, df, n) for aid, vec in raw.items()}


def raw_vectors(articles: list[Article], fragments: Memo = MAKE_ALL) -> dict[str, RawVector]:
    return {article.id: fragments.part("features", article, raw_vector) for article in articles}


def weighed(raw: RawVector, idf: dict[str, float], df: Counter, n: int) -> Vector:
    """An article's vector: its kept features weighted by idf, its WORDS_PER_ARTICLE most distinctive
    words only, L2-normalised over what the article holds, its features no other article has included:
    they match nothing, but without them a long story that shares one name with a short one and
    nothing else scores as if that name were all it is about."""
    weighted = {f: w * idf[f] for f, w in zip(*raw) if f in idf}
    words = sorted((f for f in weighted if f.startswith("w:")), key=lambda f: (-weighted[f], f))
    for f in words[WORDS_PER_ARTICLE:]:
        del weighted[f]
    own = own_weights(raw, df, n)
    norm = math.sqrt(sum(w * w for w in weighted.values()) + sum(w * w for w in own)) or 1.0
    return {f: w / norm for f, w in weighted.items()}


def own_weights(raw: RawVector, df: Counter, n: int) -> list[float]:
    """The weights of the article's features no other article has: its names and topics, and its
    WORDS_PER_ARTICLE most frequent words of its own."""
    rare = math.log(1 + n)
    names, words = [], []
    for f, w in zip(*raw):
        if df[f] == 1:
            (words if f.startswith("w:") else names).append(w * rare)
    return names + sorted(words, reverse=True)[:WORDS_PER_ARTICLE]


def idf_of(count: int, n: int, limit: int) -> float | None:
    """A feature's idf, None when it is dropped (in one article only, or in more than `limit`)."""
    return math.log(1 + n / count) if 1 < count <= limit else None


def feature_limit(n: int) -> int:
    """The most articles a kept feature may have. A share of the archive alone would let each
    article's inverted lists grow with the archive (quadratic work: 34 s at 10,000 articles); beyond
    MAX_POSTING articles a feature says little about which articles belong together anyway."""
    return min(MAX_POSTING, max(MIN_LIMIT, int(MAX_SHARE * n)))


def related_articles(
    articles: list[Article], actors: dict[str, Actor], topics: dict[str, Topic], k: int = 5, fragments: Memo = MAKE_ALL
) -> dict[str, list[Related]]:
    """Each article's k most related: the scores of every article's features, taken from the last
    build when its features and the names are unchanged (the build may update them for an edit)."""
    raw = raw_vectors(articles, fragments)
    names = ({s: a.name for s, a in actors.items()}, {s: t.name for s, t in topics.items()}, k)
    inputs = lambda: (names, [a.id for a in articles], [fragments.key_of(a) for a in articles])  # noqa: E731
    scores = fragments.aggregate("related scores", inputs, lambda: Scores.made(raw, names))
    by_id, vecs = {article.id: article for article in articles}, scores.vecs
    limit = story_word_limit(len(articles))
    words = {aid: story_words(vector, scores.df, limit) for aid, vector in raw.items()}  # scores.raw is not saved
    placed = {aid: [placed_link(by_id[aid], by_id[link.article], link, (vecs[aid], vecs[link.article]), actors, (words[aid], words[link.article]))
                    for link in links]
              for aid, links in scores.related(actors, topics).items()}
    # the story's links first, then the subject's, each strongest first
    return {aid: sorted((link for link in links if link is not None), key=lambda link: not link.story) for aid, links in placed.items()}


def story_words(raw: RawVector, df: Counter, limit: int) -> frozenset[str]:
    """The article's words that few others have (in 2 to `limit` articles): what one story's reports share."""
    return frozenset(f for f in raw[0] if f.startswith("w:") and 1 < df[f] <= limit)


def placed_link(mine: Article, theirs: Article, link: Related, vectors: tuple[Vector, Vector], actors: dict[str, Actor],
                words: tuple[frozenset[str], frozenset[str]]) -> Related | None:
    """The link as it is; marked as one on the same people or subject where a reader would not call the
    two one story; none where it is also weak (a name in passing)."""
    if not another_story(mine, theirs, link, vectors, actors, words):
        return link
    return replace(link, story=False) if link.score >= SUBJECT_SCORE else None


@dataclass
class Scores:
    """Every article's vector, the inverted lists, each article's k best (number, cosine) and the
    related articles made from them (`lists`, made on first use)."""

    raw: dict[str, RawVector]
    ids: list[str]
    df: Counter
    idf: dict[str, float]
    vecs: dict[str, Vector]
    postings: dict[str, tuple[np.ndarray, np.ndarray]]
    best: dict[str, list[tuple[int, float]]]
    names: tuple = ({}, {}, 5)  # the actors' and topics' names the reasons quote, and k
    lists: dict[str, list[Related]] = field(default_factory=dict)  # made by related(), per article

    @classmethod
    def made(cls, raw: dict[str, RawVector], names: tuple = ({}, {}, 5)) -> "Scores":
        df, idf, vecs = weighed_all(raw)
        ids = sorted(vecs)  # an article's number is its place here, so ties broken by number are broken by id
        postings = inverted_lists(ids, vecs)
        k = names[2]
        best = {aid: top_scores(number, vecs[aid], postings, k) for number, aid in enumerate(ids)}
        return cls(raw, ids, df, idf, vecs, postings, best, names)

    def related(self, actors: dict[str, Actor], topics: dict[str, Topic]) -> dict[str, list[Related]]:
        ids, vecs = self.ids, self.vecs
        for aid, best in self.best.items():
            if aid not in self.lists:
                self.lists[aid] = [
                    Related(ids[other], round(score, 4), reasons(vecs[aid], vecs[ids[other]], actors, topics))
                    for other, score in best
                    if score >= LEAST_SCORE and connected(vecs[aid], vecs[ids[other]], actors)
                ]
        return self.lists


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
