"""What a stage may ask of the build's reuse, and nothing more.

A stage declares what each piece of its work is a function of — one article as enriched (`part`),
or inputs it names (`aggregate`, `keyed`) — and calls `make` for it. Whether the result is taken
from an earlier build is the build layer's business (`build/fragments.py`, `Fragments`, which implements
this protocol); a stage never imports it. `MAKE_ALL` makes everything, every time: what a stage
uses when it is run alone (tests, one article's draft).
"""

from __future__ import annotations

import gc
import hashlib
import io
import pickle
from contextlib import contextmanager
from typing import Any, Callable, Iterator, Protocol, TypeVar

from .model import Article

T = TypeVar("T")


class Memo(Protocol):
    @property
    def caching(self) -> bool:
        """Whether anything made is kept for a later build (False: every call makes)."""

    def part(self, kind: str, article: Article, make: Callable[[Article], T]) -> T:
        """make(article), or what it gave for the same article (as enriched) last time."""

    def part_key(self, kind: str, article: Article) -> bytes:
        """What part(kind, article, ...) is keyed by, as one digest: it names the part's content."""

    def key_of(self, article: Article) -> bytes:
        """The article's key: a digest of it as extracted, overridden and enriched."""

    def digest(self, article: Article) -> bytes:
        """The article's digest by content, not remembered (the caller may let the article go)."""

    def keyed(self, kind: str, key: bytes, make: Callable[[], T]) -> T:
        """make(), or what it gave the last build under the same key (which names all its inputs)."""

    def aggregate(self, kind: str, inputs: Callable[[], Any], make: Callable[[], T]) -> T:
        """make(), or the last build's when inputs() are equal (or, where the build can, the last
        build's brought up to date for what changed: the same value, made for less)."""


class MakeAll:
    """A memo that keeps nothing: every part and aggregate is made."""

    caching = False

    def part(self, kind: str, article: Article, make: Callable[[Article], T]) -> T:
        return make(article)

    def part_key(self, kind: str, article: Article) -> bytes:
        raise TypeError(f"{kind}: parts are keyed only when they are kept")

    def key_of(self, article: Article) -> bytes:
        raise TypeError(f"{article.id}: articles are keyed only when their parts are kept")

    def digest(self, article: Article) -> bytes:
        raise TypeError(f"{article.id}: articles are digested only when their parts are kept")

    def keyed(self, kind: str, key: bytes, make: Callable[[], T]) -> T:
        return make()

    def aggregate(self, kind: str, inputs: Callable[[], Any], make: Callable[[], T]) -> T:
        return make()


MAKE_ALL = MakeAll()


def plain_digest(value: Any) -> bytes:
    """A sha256 of a value made only of plain data (tuples, frozen dataclasses, strings, numbers; no sets,
    no articles): C pickle without a memo, so the bytes never depend on which equal values share one object."""
    stream = io.BytesIO()
    pickler = pickle.Pickler(stream, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.fast = True
    pickler.dump(value)
    return hashlib.sha256(stream.getvalue()).digest()


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic garbage collector off while many objects are made that outlive the step, none of them
    garbage, which it would otherwise walk again and again: unpickling the cache (3.7 s instead of
    1.6 s for the cache of 10,000 articles), gathering the actor entries and statistics."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
