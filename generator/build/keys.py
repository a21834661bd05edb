"""Digests that stand for a page's inputs: each article counted by its content, a record that says
what it is derived from (`__fingerprint__`) by that, so a page is rendered again only when what it
shows changed. Made once per object a build (the memo)."""

from __future__ import annotations

import hashlib
import io
import pickle
from typing import Any

from ..model import Actor, Article, RawFile
from ..reuse import memoized, plain_digest


ATOMS = frozenset({str, int, float, bool, type(None), bytes})
_ATOM, _SET, _RAW, _ARTICLE, _ACTOR, _STAND_IN, _CONTAINER, _OTHER = range(1, 9)  # not 0: `or` below
_KIND_OF: dict[type, int] = {}


def kind_of(cls: type) -> int:
    """How _Fingerprinter stands in for instances of `cls` (in the order its checks went per object)."""
    if cls in ATOMS:
        kind = _ATOM
    elif issubclass(cls, (set, frozenset)):
        kind = _SET
    elif issubclass(cls, RawFile):
        kind = _RAW
    elif issubclass(cls, Article):
        kind = _ARTICLE
    elif issubclass(cls, Actor):
        kind = _ACTOR
    elif getattr(cls, "__fingerprint__", None) is not None:
        kind = _STAND_IN
    elif issubclass(cls, (dict, list, tuple)):
        kind = _CONTAINER
    else:
        kind = _OTHER
    _KIND_OF[cls] = kind
    return kind


class _Fingerprinter(pickle.Pickler):
    """Pickles a page context, standing in for each article, raw file and large container by its digest
    (computed once per build: shared objects such as the archive or a slug table are pickled once).
    A class with a `__fingerprint__()` method is stood in for by what that returns: the inputs its
    instances are derived from (an actor's articles rather than its every mention)."""

    def __init__(self, stream: io.BytesIO, memo: dict[int, bytes], root: Any):
        super().__init__(stream, protocol=pickle.HIGHEST_PROTOCOL)
        # no pickle memo: with it, the bytes depend on which equal values share one object, which
        # differs between a cold run and one whose articles and mentions come from the cache
        self.fast = True
        self.digests = memo
        self.root = root

    def persistent_id(self, obj: Any) -> Any:
        # Each stand-in is one bytes (a tag, then digests): a tuple's members would each be pickled,
        # and each be a call here, again (a third of all calls at 10,000 article pages).
        kind = _KIND_OF.get(type(obj)) or kind_of(type(obj))  # once per type, not a chain of checks per object
        if kind is _ATOM:  # most calls
            return None
        if kind is _SET:  # iteration order follows the per-process string hash seed
            return b"set:" + b"".join(sorted(digest_of(item, self.digests) for item in obj))
        if kind is _RAW:
            return ("raw", obj.path, obj.id, obj.sha256)
        if obj is self.root:
            return None
        if kind is _ARTICLE:
            return b"article:" + memoized(self.digests, obj, article_digest)
        if kind is _ACTOR:  # shared by many pages (co-mentions, networks): pickled once per build
            return b"actor:" + memoized(self.digests, obj, plain_digest)
        if kind is _STAND_IN:  # a record that names the inputs it is derived from
            return type(obj).__name__.encode() + b":" + self._digest(type(obj).__fingerprint__, obj)
        if kind is _CONTAINER and len(obj) > 32:
            return b"shared:" + self._digest(None, obj)
        return None

    def _digest(self, stand_in: Any, owner: Any) -> bytes:
        """The digest of `owner` (of what its `__fingerprint__` returns, if it has one), once per build."""

        def made(owner: Any) -> bytes:
            value = stand_in(owner) if stand_in is not None else owner
            return value if isinstance(value, bytes) else digest_of(value, self.digests)  # a stand-in may be a digest

        return memoized(self.digests, owner, made)


DERIVED_FROM_SOURCE = ("source", "blocks", "head", "removed", "names")  # fixed by the file's bytes, the options and the code


def article_digest(article: Article) -> bytes:
    """An article by content: its source file's hash, and every field not fixed by that file (overrides,
    duplicates, mentions, related, ...), pickled plainly (fast: these hold no articles). Once enriched,
    enrich's key stands for all of it but the related articles, which link sets afterwards: the key is
    a digest of the article as extracted and overridden (this function's, before enrichment) and of
    what its mentions, quotes and topics were found against."""
    if article.enrichment:
        related = [(r.article, r.score, r.reasons) for r in article.related]
        return hashlib.sha256(article.enrichment + plain_digest(related)).digest()
    rest = {k: v for k, v in article.__dict__.items() if k not in DERIVED_FROM_SOURCE}
    source = article.source
    return hashlib.sha256(pickle.dumps((source.path, source.id, source.sha256, rest), protocol=pickle.HIGHEST_PROTOCOL)).digest()


def digest_of(value: Any, memo: dict[int, bytes]) -> bytes:
    """A sha256 of `value` in which articles count by their content. Raises if it cannot be pickled.

    `memo` maps id() of objects already digested in this build; keep every digested object alive
    while the memo is in use (ids are reused after an object dies)."""
    stream = io.BytesIO()
    _Fingerprinter(stream, memo, value).dump(value)
    return hashlib.sha256(stream.getvalue()).digest()
