"""Whole-archive results brought up to date after an edit instead of made again: the build's
incremental variants of the stages' one algorithm each, used where a build finds the last build's
result (kept in memory by serve, or saved with the store) and only a few articles changed. Each gives
what the stage's own algorithm gives from scratch, bit for bit; the tests compare them
(tests/test_related.py, tests/test_pictures.py, tests/test_incremental.py). Fragments.aggregate asks
UPDATES for the kind it is making; an update that returns None has the result made afresh.

Why they exist (benchmarks/PERFORMANCE.md as of 9bae7c0): at 10,000 articles the related-article scores cost 1.4-2 s
and the mention statistics 1-1.3 s to make, of a one-article rebuild of about 9 s in serve and 26 s in
a fresh `generate`.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import replace
from typing import Any, Callable

import numpy as np

from ..archive.counts import MentionShare, MentionStats, counted, stats_from
from ..archive.related import RawVector, Scores, Vector, feature_limit, idf_of, inverted_lists, top_scores, weighed

def updated_scores(last: Scores, raw: dict[str, RawVector], names: tuple) -> Scores | None:
    """The scores `last` brought up to date with `raw` (a new Scores; `last` is left as it was), or None
    when the set of articles changed or the edit reaches most of them (a full scoring is then no
    dearer)."""
    if raw.keys() != last.raw.keys():
        return None
    edited = [aid for aid, vec in raw.items() if vec is not last.raw[aid] and vec != last.raw[aid]]
    if not edited:
        return last if all(vec is last.raw[aid] for aid, vec in raw.items()) else replace(last, raw=raw, lists=dict(last.lists))
    df, idf = last.df.copy(), dict(last.idf)
    touched: set[str] = set()
    for aid in edited:
        df.subtract(last.raw[aid][0])
        df.update(raw[aid][0])
        touched.update(last.raw[aid][0], raw[aid][0])
    n, limit = len(raw), feature_limit(len(raw))
    moved = set()
    for f in touched:
        value = idf_of(df[f], n, limit)
        # an article's norm counts its features no other article has: one becoming or ceasing to
        # be unique moves it too, even when it is kept by neither (dropped as too common before)
        if value != idf.get(f) or (last.df.get(f) == 1) != (df[f] == 1):
            moved.add(f)
        if value != idf.get(f):
            if value is None:
                del idf[f]
            else:
                idf[f] = value
        if df[f] <= 0:
            df.pop(f, None)
    again = set(edited) | ({aid for aid, (features, _) in raw.items() if not moved.isdisjoint(features)} if moved else set())
    vecs = dict(last.vecs)
    changed = []
    for aid in again:
        vec = weighed(raw[aid], idf, df, n)
        if list(vec.items()) != list(last.vecs[aid].items()):  # the order counts: it is the order scores are summed in
            vecs[aid] = vec
            changed.append(aid)
    scores = replace(last, raw=raw, df=df, idf=idf, vecs=vecs, best=dict(last.best), lists=dict(last.lists))
    if len(changed) > MOST_CHANGED or (changed and not rescore(scores, changed, last)):
        return None
    return scores

def rescore(scores: Scores, changed: list[str], before: Scores) -> bool:
    """The inverted lists and best lists after these articles' vectors changed; False (and the
    scores to be made afresh) when that reaches most of the archive anyway."""
    number_of = {aid: number for number, aid in enumerate(scores.ids)}
    changed_numbers = {number_of[aid] for aid in changed}
    scores.postings = dict(before.postings)
    near: set[int] = set(changed_numbers)  # the articles sharing a feature with a changed vector, before or after
    edits: dict[str, dict[int, float | None]] = {}
    for aid in changed:
        number, old, new = number_of[aid], before.vecs[aid], scores.vecs[aid]
        for f in old:
            near.update(before.postings[f][0].tolist())
            edits.setdefault(f, {})[number] = None
        for f, weight in new.items():
            edits.setdefault(f, {})[number] = weight
    for f, edit in edits.items():
        postings_of(scores, f, edit)
    sharing: dict[int, set[int]] = defaultdict(set)  # an article -> the changed articles it now shares a feature with
    for aid in changed:
        for f in scores.vecs[aid]:
            for other in scores.postings[f][0].tolist():
                sharing[other].add(number_of[aid])
    near.update(sharing)
    if len(near) > MOST * len(scores.ids):
        return False
    k = scores.names[2]
    for number in sorted(near):
        aid, mine = scores.ids[number], scores.vecs[scores.ids[number]]
        best, entering = before.best[aid], sharing.get(number, set())
        if number in changed_numbers or len(entering) > DOTS_PER_ARTICLE or any(other in changed_numbers for other, _ in best):
            fresh = top_scores(number, mine, scores.postings, k)
        else:  # its score with every unchanged article is as it was: only the changed ones can enter
            scored = [(other, score) for other in sorted(entering) if (score := dot(mine, scores.vecs[scores.ids[other]])) > 0]
            fresh = sorted([*best, *scored], key=lambda pair: (-pair[1], pair[0]))[:k] if scored else best
        if fresh != best or number in changed_numbers or any(other in changed_numbers for other, _ in fresh):
            scores.best[aid] = fresh
            scores.lists.pop(aid, None)
    return True

def postings_of(scores: Scores, feature: str, edit: dict[int, float | None]) -> None:
    """One feature's inverted list with some articles' weights set (None: removed), in number order."""
    numbers, weights = scores.postings.get(feature, (EMPTY_NUMBERS, EMPTY_WEIGHTS))
    entries = dict(zip(numbers.tolist(), weights.tolist()))
    for number, weight in edit.items():
        if weight is None:
            entries.pop(number, None)
        else:
            entries[number] = weight
    if not entries:
        scores.postings.pop(feature, None)
        return
    ordered = sorted(entries)
    scores.postings[feature] = (np.array(ordered, dtype=np.int64), np.array([entries[n] for n in ordered], dtype=np.float64))


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


# Beyond this many changed articles, counting every share afresh costs about as much
MOST_CHANGED_SHARES = 64


def updated_stats(stats: MentionStats, old: list[MentionShare], new: list[MentionShare]) -> MentionStats:
    """`stats` with the shares `old` taken out and `new` put in: what mention_stats gives for the whole
    archive's shares after the edit (the counts are sums over the articles, exact in integers)."""
    totals = (Counter(stats.mentions), Counter(stats.articles), Counter(stats.together), Counter(stats.in_paragraphs))
    for total, less, more in zip(totals, counted(old), counted(new)):
        total.subtract(less)
        total.update(more)
    return stats_from(*(+total for total in totals))  # unary +: the counts that fell to zero dropped


def stats_update(parts: Any, last_inputs: tuple, last: MentionStats, inputs: tuple) -> MentionStats | None:
    """The last build's statistics updated for the articles whose enrich key changed, their old shares
    among the last build's parts and their new ones among this build's (None: count afresh, when
    articles came or went, many changed or an old share is not at hand). The counts are the shares'
    alone; the networks drawn from them show the actors too (names, types), so when the actors changed
    the result comes without the last build's drawn networks."""
    (last_actors, last_ids, last_keys), (actors, ids, keys) = last_inputs, inputs
    if last_ids != ids:
        return None
    changed = [i for i, (before, after) in enumerate(zip(last_keys, keys)) if before != after]
    if len(changed) > MOST_CHANGED_SHARES:
        return None
    old = [parts.saved_part("mention shares", last_keys[i]) for i in changed]
    new = [parts.made_part("mention shares", keys[i]) for i in changed]
    if any(share is None for share in (*old, *new)):
        return None
    if old != new:
        return updated_stats(last, old, new)
    return last if actors == last_actors else replace(last, drawn={})  # an edit without mentions: the same counts


def scores_update(parts: Any, last_inputs: tuple, last: Scores, inputs: tuple) -> Scores | None:
    """The last build's related-article scores updated for the articles whose features changed (None:
    score afresh, when the names or the articles changed, or a feature vector is not at hand). Saved
    scores come without features and inverted lists (SAVED_FORMS): they are found again first."""
    (last_names, last_ids, last_keys), (names, ids, keys) = last_inputs, inputs
    if last_names != names or last_ids != ids:
        return None
    if not last.raw:
        old = [parts.saved_part("features", key) for key in last_keys]
        if any(vec is None for vec in old):
            return None
        last = replace(last, raw=dict(zip(ids, old)), postings=inverted_lists(last.ids, last.vecs), lists=dict(last.lists))
    new = [parts.made_part("features", key) for key in keys]
    if any(vec is None for vec in new):
        return None
    return updated_scores(last, dict(zip(ids, new)), names)


# kind -> update(parts, last inputs, last value, inputs) -> value, or None to make it afresh
UPDATES: dict[str, Callable[[Any, tuple, Any, tuple], Any]] = {"related scores": scores_update, "mention stats": stats_update}
# kind -> what of a value is saved with the store (the rest is found again or made again on use)
SAVED_FORMS: dict[str, Callable[[Any], Any]] = {"related scores": lambda scores: replace(scores, raw={}, postings={})}
