"""Reuse of each article's part of whole-archive work, between builds: the build layer's side of
reuse.Memo."""

from __future__ import annotations

import hashlib
from typing import Any, Callable, Iterable, TypeVar

from ..model import Article
from ..reuse import plain_digest
from .cache import SAVED_AGGREGATES, Cache, is_saved_kind, saved_form
from .digests import KeyMemo, article_digest, enriched_key
from .updates import UPDATES

T = TypeVar("T")


class Fragments:
    """Each article's part of work done over the whole archive (its citations and data-export lines,
    its record in the offline search index, its features for related articles, its shares of the
    actor entries and of the mention statistics, its rows in the lists), and the whole-archive
    aggregates made from them (the related-article scores, the mention statistics, the timeline, the
    coverage map), remembered between builds under enrich's key for the article (`key_of`) and the
    settings: after an edit, only the edited article's parts are made again and the others are joined
    as they were; an aggregate is taken as it was when its inputs are, or updated (updates.UPDATES).
    The parts of SAVED_KINDS and the SAVED_AGGREGATES are saved with the store, for the next
    `generate`; the others are kept in memory by a cache that `keeps_fragments` (serve: about 30 KB an
    article, all told). Without a cache, every part and aggregate is simply made."""

    def __init__(self, cache: Cache | None, settings: Any = None):
        self.cache = cache
        # every kind of part and the aggregates (serve), not only SAVED_KINDS
        self.keeping = cache is not None and cache.keeps_fragments
        self.previous = cache.fragments if cache is not None else {}
        self.kept: dict[tuple[str, bytes, bytes], Any] = {}
        # what `taken` hands back: the parts made, and the keys of those reused, since it was last called
        self.made: dict[tuple[str, bytes, bytes], Any] = {}
        self.reused: set[tuple[str, bytes, bytes]] = set()
        self.kinds: set[str] = set()
        self.salt = plain_digest(settings) if self.cache is not None else b""
        # the digests made this build (article_digest per article, the page keys'), shared by key_of and the page keys
        self.memo = KeyMemo()
        self.keyed_before: dict[str, dict] = {}  # kind -> the last build's values (keyed)

    @property
    def caching(self) -> bool:
        return self.cache is not None

    def keyed(self, kind: str, key: bytes, make: Callable[[], T]) -> T:
        """make(), or what it gave the last build under `key`. A kind is a field of the cache that holds
        its values (only "enriched": Cache.enriched; another kind needs its field there), replaced on
        the first call of a build by those this build asks for: a key no longer asked for is dropped."""
        if self.cache is None:
            return make()
        if kind not in self.keyed_before:
            self.keyed_before[kind] = getattr(self.cache, kind)
            setattr(self.cache, kind, {})
        value = self.keyed_before[kind].get(key) or make()
        getattr(self.cache, kind)[key] = value
        return value

    def digest(self, article: Article) -> bytes:
        """The article's digest by content (article_digest), not memoized: the caller may let it go."""
        return article_digest(article)

    def part(self, kind: str, article: Article, make: Callable[[Article], T]) -> T:
        """make(article), or what it gave for the same article last time. A part is a function of the
        article as enriched (`key_of`), never of its related articles, which no part shows."""
        if self.cache is None or not (self.keeping or is_saved_kind(kind)):
            return make(article)
        key = (kind, self.salt, self.key_of(article))
        value = self.previous.get(key)
        if value is None:
            value = self.made[key] = make(article)
        else:
            self.reused.add(key)
        self.kept[key] = value
        self.kinds.add(kind)
        return value

    def part_key(self, kind: str, article: Article) -> bytes:
        """What part(kind, article, ...) is keyed by, as one digest: it names the part's content."""
        return hashlib.blake2b(kind.encode() + self.salt + self.key_of(article), digest_size=16).digest()

    def saved_part(self, kind: str, key: bytes) -> Any:
        """The part of this kind the last build left under enrich's key `key` (None: none)."""
        return self.previous.get((kind, self.salt, key))

    def made_part(self, kind: str, key: bytes) -> Any:
        """The part of this kind this build made or took under enrich's key `key` (None: none)."""
        return self.kept.get((kind, self.salt, key))

    def last(self, kind: str) -> Any:
        """What the last build `remember`ed of a whole-archive aggregate of this kind (None: nothing,
        or nothing is kept)."""
        return self.previous.get((kind, self.salt, b"")) if self.keeping or self.saves(kind) else None

    def remember(self, kind: str, value: Any) -> None:
        """Keep a whole-archive aggregate for the next build, which may update it instead of making it
        again (serve only, like the parts)."""
        if self.keeping or self.saves(kind):
            self.kept[(kind, self.salt, b"")] = value
            self.kinds.add(kind)

    def saves(self, kind: str) -> bool:
        """Whether an aggregate of this kind is saved with the cache (and so handed to the next build)."""
        return self.cache is not None and kind in SAVED_AGGREGATES

    def aggregate(self, kind: str, inputs: Callable[[], Any], make: Callable[[], T]) -> T:
        """make(), or what it gave the last build when inputs() equals the last build's, or what
        updates.UPDATES[kind](self, last inputs, last value, inputs) makes of that (None: make it)
        when they differ (serve, or a SAVED_AGGREGATES kind with a cache: otherwise neither is
        remembered and inputs() is never called)."""
        if not (self.keeping or self.saves(kind)):
            return make()
        made = inputs()
        last = self.last(kind)
        if last is not None and last[0] == made:
            self.remember(kind, last)  # the very object loaded: the cache does not write it again
            return last[1]
        update = UPDATES.get(kind)
        updated = update(self, last[0], last[1], made) if update is not None and last is not None else None
        value = updated if updated is not None else make()
        # kept whole by serve; otherwise kept only as it is saved (the related scores' inverted lists go)
        self.remember(kind, (made, value) if self.keeping else saved_form(kind, (made, value)))
        return value

    def taken(self) -> tuple[dict[tuple[str, bytes, bytes], Any], set[tuple[str, bytes, bytes]]]:
        """The parts made and the keys of the parts reused since the last call: a render worker hands
        them back to the parent (render_pool.Handback), which would otherwise neither keep what the
        workers made nor know which of the last build's parts their pages still use."""
        made, reused, self.made, self.reused = self.made, self.reused, {}, set()
        return made, reused

    def absorb(self, taken: tuple[dict[tuple[str, bytes, bytes], Any], set[tuple[str, bytes, bytes]]]) -> None:
        made, reused = taken
        self.kept.update(made)
        self.kept.update((key, self.previous[key]) for key in reused if key in self.previous)
        self.kinds.update(kind for kind, _, _ in (*made, *reused))

    def key_of(self, article: Article) -> bytes:
        """Enrich's key: a digest of the article as extracted and overridden, and of what its mentions,
        quotes and topics were found against (the article's digest when it has none)."""
        return enriched_key(article, self.memo)

    def finish(self, articles: Iterable[Article] = ()) -> None:
        """Keep for the next build what this one used, and the parts of the `articles` it has that it did
        not ask for, of any kind: a page not made again this time (a file, an article's citations when its
        page is kept) asks for its parts the next time it is. Those of an article gone or changed (a new
        key), or made under other settings, are dropped."""
        if self.cache is not None:
            live = {self.key_of(a) for a in articles}
            carried = {
                key: value for key, value in self.previous.items()
                if key[2] in live and key[1] == self.salt and (self.keeping or is_saved_kind(key[0]))
            }
            self.cache.fragments = {**carried, **self.kept}
