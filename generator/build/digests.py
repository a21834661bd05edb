"""Digests by content, and the memo that makes each one once a build."""

from __future__ import annotations

import hashlib
import pickle
from typing import Any, Callable

from ..model import Article
from ..reuse import plain_digest

DERIVED_FROM_SOURCE = ("source", "blocks", "head", "removed", "names")  # fixed by the file's bytes, the options and the code


def article_digest(article: Article) -> bytes:
    """An article by content: its source file's hash, and every field not fixed by that file (overrides,
    duplicates, mentions, related, ...), pickled plainly (fast: these hold no articles). Once enriched,
    enrich's key stands for all of it but the related articles, which link sets afterwards: the key is
    a digest of the article as extracted and overridden (this function's, before enrichment) and of
    what its mentions, quotes and topics were found against. Of the related articles, their order, reasons and
    whether they are the same story, not the scores: no page shows one, and every article added to the archive
    moves them a little, so a page keyed by them was made again for the same bytes."""
    if article.enrichment:
        related = [(r.article, r.reasons, r.story) for r in article.related]
        return hashlib.sha256(article.enrichment + plain_digest(related)).digest()
    rest = {k: v for k, v in article.__dict__.items() if k not in DERIVED_FROM_SOURCE}
    source = article.source
    return hashlib.sha256(pickle.dumps((source.path, source.id, source.sha256, rest), protocol=pickle.HIGHEST_PROTOCOL)).digest()


def enriched_key(article: Article, memo: "KeyMemo") -> bytes:
    """Enrich's key for the article: what it was extracted from and what was found in it, not its related
    articles (what a part of it, a row or its mentions file, is a function of); its digest when it has none."""
    return article.enrichment or memo.once(article, article_digest)


class KeyMemo:
    """The digests made during one build, one per object however many keys hold it (the archive, an
    actor, an article as other pages show it). It holds every object it digested, so no id() is reused
    while it lives; it lives as long as the build's Fragments, and dies with them."""

    def __init__(self) -> None:
        self._made: dict[int, tuple[Any, bytes]] = {}

    def once(self, obj: Any, make: Callable[[Any], bytes]) -> bytes:
        """make(obj), made the first time this object is asked for."""
        held = self._made.get(id(obj))
        if held is None:
            held = self._made[id(obj)] = (obj, make(obj))
        return held[1]
