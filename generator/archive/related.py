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

from ..reuse import Memo
from ..model import Actor, Article, Related, Topic
from .reasons import LEAST_SCORE, connected, reasons

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
RawVector = tuple[tuple[str, ...], tuple[float, ...]]  # features and weights before idf


def features(article: Article) -> tuple[Counter, Counter, Counter]:
    actors = Counter(article.mentions_per_actor)
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


def vectors(articles: list[Article], fragments: Memo | None = None) -> dict[str, Vector]:
    return weighed_all(raw_vectors(articles, fragments))[2]


def weighed_all(raw: dict[str, RawVector]) -> tuple[Counter, dict[str, float], dict[str, Vector]]:
    """The document frequency of every feature, the kept features' idf, and every article's vector."""
    df: Counter = Counter()
    for features, _ in raw.values():
        df.update(features)
    n, limit = len(raw), feature_limit(len(raw))
    idf = {f: value for f, count in df.items() if (value := idf_of(count, n, limit)) is not None}
    return df, idf, {aid: weighed(vec, idf, df, n) for aid, vec in raw.items()}


def raw_vectors(articles: list[Article], fragments: Memo | None = None) -> dict[str, RawVector]:
    raw_of = (lambda a: fragments.part("features", a, raw_vector)) if fragments else raw_vector
    return {article.id: raw_of(article) for article in articles}


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
    articles: list[Article], actors: dict[str, Actor], topics: dict[str, Topic], k: int = 5, fragments: Memo | None = None
) -> dict[str, list[Related]]:
    """Each article's k most related. With `fragments` each article's features are taken from the last
    build, and in serve the last build's scores are updated for what an edit changed (Scores.updated)."""
    raw = raw_vectors(articles, fragments)
    names = ({s: a.name for s, a in actors.items()}, {s: t.name for s, t in topics.items()}, k)
    saved = fragments.last("related scores") if fragments is not None else None
    if not isinstance(saved, Scores) or saved.names != names:
        saved = last = None
    else:  # kept by serve, or saved by the last generate (without its features and inverted lists)
        last = saved if saved.raw else saved.restored(fragments)
    scores = (last.updated(raw, names) if last is not None else None) or Scores.made(raw, names)
    related = scores.related(actors, topics)
    if fragments is not None and fragments.caching:
        if scores is not last:
            scores.keys = {article.id: fragments.key_of(article) for article in articles}
        # unchanged: what was loaded, so that the cache does not write it again
        fragments.remember("related scores", saved if scores is last else scores if fragments.keeping else scores.for_saving())
    return related


@dataclass
class Scores:
    """Every article's vector, the inverted lists, each article's k best (number, cosine) and the
    related articles made from them; kept by serve, so that an edit of one article updates them.

    Only an edit that leaves the set of articles as it was is updated (a new or removed article moves
    every idf), and only while it changes few vectors (MOST_CHANGED, MOST). The edit changes the document frequency of the features it adds or removes; only the
    articles with a feature whose idf moved get a new vector, and only the articles sharing a feature
    with a changed vector can see their best list change. Of those, an article none of whose best
    were changed ones keeps its list unless a changed article now beats its k-th; the others are
    scored again. Every score is summed in the order a full build sums it, so the result is the
    same, bit for bit (tests/test_related.py compares them)."""

    raw: dict[str, RawVector]
    ids: list[str]
    df: Counter
    idf: dict[str, float]
    vecs: dict[str, Vector]
    postings: dict[str, tuple[np.ndarray, np.ndarray]]
    best: dict[str, list[tuple[int, float]]]
    names: tuple = ({}, {}, 5)  # the actors' and topics' names the reasons quote, and k
    lists: dict[str, list[Related]] = field(default_factory=dict)  # made by related(), per article
    keys: dict[str, bytes] = field(default_factory=dict)  # each article's features' key (Fragments.part), to restore `raw`

    def for_saving(self) -> "Scores":
        """What a fresh process needs of these scores: not the features (saved as parts already, found
        again by `keys`) nor the inverted lists (made again from the vectors)."""
        return replace(self, raw={}, postings={})

    def restored(self, fragments: Memo) -> "Scores | None":
        """Saved scores with their features (the saved parts) and inverted lists again; None when a
        part is missing."""
        raw = {}
        for aid, key in self.keys.items():
            vec = fragments.saved_part("features", key)
            if vec is None:
                return None
            raw[aid] = vec
        return replace(self, raw=raw, postings=inverted_lists(self.ids, self.vecs), lists=dict(self.lists))

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

    def updated(self, raw: dict[str, RawVector], names: tuple) -> "Scores | None":
        """These scores brought up to date with `raw` (a new Scores; self is left as it was), or None
        when the set of articles changed or the edit reaches most of them (a full scoring is then no
        dearer)."""
        if raw.keys() != self.raw.keys():
            return None
        edited = [aid for aid, vec in raw.items() if vec is not self.raw[aid] and vec != self.raw[aid]]
        if not edited:
            return self if all(vec is self.raw[aid] for aid, vec in raw.items()) else replace(self, raw=raw, lists=dict(self.lists))
        df, idf = self.df.copy(), dict(self.idf)
        touched: set[str] = set()
        for aid in edited:
            df.subtract(self.raw[aid][0])
            df.update(raw[aid][0])
            touched.update(self.raw[aid][0], raw[aid][0])
        n, limit = len(raw), feature_limit(len(raw))
        moved = set()
        for f in touched:
            value = idf_of(df[f], n, limit)
            # an article's norm counts its features no other article has: one becoming or ceasing to
            # be unique moves it too, even when it is kept by neither (dropped as too common before)
            if value != idf.get(f) or (self.df.get(f) == 1) != (df[f] == 1):
                moved.add(f)
            if value != idf.get(f):
                if value is None:
                    del idf[f]
                else:
                    idf[f] = value
            if df[f] <= 0:
                df.pop(f, None)
        again = set(edited) | ({aid for aid, (features, _) in raw.items() if not moved.isdisjoint(features)} if moved else set())
        vecs = dict(self.vecs)
        changed = []
        for aid in again:
            vec = weighed(raw[aid], idf, df, n)
            if list(vec.items()) != list(self.vecs[aid].items()):  # the order counts: it is the order scores are summed in
                vecs[aid] = vec
                changed.append(aid)
        scores = replace(self, raw=raw, df=df, idf=idf, vecs=vecs, best=dict(self.best), lists=dict(self.lists))
        if len(changed) > MOST_CHANGED or (changed and not scores.rescore(changed, self)):
            return None
        return scores

    def rescore(self, changed: list[str], before: "Scores") -> bool:
        """The inverted lists and best lists after these articles' vectors changed; False (and the
        scores to be made afresh) when that reaches most of the archive anyway."""
        number_of = {aid: number for number, aid in enumerate(self.ids)}
        changed_numbers = {number_of[aid] for aid in changed}
        self.postings = dict(before.postings)
        near: set[int] = set(changed_numbers)  # the articles sharing a feature with a changed vector, before or after
        edits: dict[str, dict[int, float | None]] = {}
        for aid in changed:
            number, old, new = number_of[aid], before.vecs[aid], self.vecs[aid]
            for f in old:
                near.update(before.postings[f][0].tolist())
                edits.setdefault(f, {})[number] = None
            for f, weight in new.items():
                edits.setdefault(f, {})[number] = weight
        for f, edit in edits.items():
            self.postings_of(f, edit)
        sharing: dict[int, set[int]] = defaultdict(set)  # an article -> the changed articles it now shares a feature with
        for aid in changed:
            for f in self.vecs[aid]:
                for other in self.postings[f][0].tolist():
                    sharing[other].add(number_of[aid])
        near.update(sharing)
        if len(near) > MOST * len(self.ids):
            return False
        k = self.names[2]
        for number in sorted(near):
            aid, mine = self.ids[number], self.vecs[self.ids[number]]
            best, entering = before.best[aid], sharing.get(number, set())
            if number in changed_numbers or len(entering) > DOTS_PER_ARTICLE or any(other in changed_numbers for other, _ in best):
                fresh = top_scores(number, mine, self.postings, k)
            else:  # its score with every unchanged article is as it was: only the changed ones can enter
                scored = [(other, score) for other in sorted(entering) if (score := dot(mine, self.vecs[self.ids[other]])) > 0]
                fresh = sorted([*best, *scored], key=lambda pair: (-pair[1], pair[0]))[:k] if scored else best
            if fresh != best or number in changed_numbers or any(other in changed_numbers for other, _ in fresh):
                self.best[aid] = fresh
                self.lists.pop(aid, None)
        return True

    def postings_of(self, feature: str, edit: dict[int, float | None]) -> None:
        """One feature's inverted list with some articles' weights set (None: removed), in number order."""
        numbers, weights = self.postings.get(feature, (EMPTY_NUMBERS, EMPTY_WEIGHTS))
        entries = dict(zip(numbers.tolist(), weights.tolist()))
        for number, weight in edit.items():
            if weight is None:
                entries.pop(number, None)
            else:
                entries[number] = weight
        if not entries:
            self.postings.pop(feature, None)
            return
        ordered = sorted(entries)
        self.postings[feature] = (np.array(ordered, dtype=np.int64), np.array([entries[n] for n in ordered], dtype=np.float64))


# An edit that changes more vectors than MOST_CHANGED (a word in a hundred articles moved every one's
# weights), or whose changed vectors reach more than MOST of the archive, is scored afresh: no dearer.
MOST_CHANGED = 32
MOST = 0.5
DOTS_PER_ARTICLE = 24  # past this many changed articles to score it against, an article's own scoring (numpy) is cheaper
EMPTY_NUMBERS, EMPTY_WEIGHTS = np.array([], dtype=np.int64), np.array([], dtype=np.float64)


def dot(mine: Vector, theirs: Vector) -> float:
    """The cosine of two articles as top_scores sums it for `mine`: over mine's features in order,
    each product added to 0.0 in turn, as np.bincount does."""
    total = 0.0
    for f, weight in mine.items():
        other = theirs.get(f)
        if other is not None:
            total += other * weight
    return total


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
