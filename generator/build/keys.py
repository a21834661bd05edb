"""Digests that stand for a page's inputs: each article counted by its content, and each record that a
page shows in part by what of it the page shows (STAND_INS), so a page is rendered again only when
what it shows changed. The records know nothing of this: what each one is keyed by is said here."""

from __future__ import annotations

import hashlib
import io
import pickle
from typing import Any, Callable

from ..archive.link import Archive, ArticleScope, Shown
from ..archive.pictures import Network, NetworkPlan
from ..model import Actor, Article, RawFile, Topic
from ..reuse import MakeAll, plain_digest
from ..site.actor_pages import ActorEntry
from ..site.offline import RecordFile
from .digests import KeyMemo, article_digest
from .fragments import Fragments


def archive_inputs(archive: Archive, memo: KeyMemo) -> tuple:
    """Outlets, authors and years group the articles; passages are found in the articles' text (fixed by
    their source) by the topics: the articles, actors and topics stand for them."""
    return (archive.articles, archive.redirects, archive.actors, archive.topics, archive.withdrawn)


def shown_fields(shown: Shown, memo: KeyMemo | None = None) -> bytes:
    return plain_digest(shown.fields())


def scope_members(scope: ArticleScope, memo: KeyMemo) -> bytes:
    """An article page's scope by its members' digests, each made once a build (pickling the members
    for each of 10,000 article pages cost 0.3 s of a one-article rebuild)."""
    return plain_digest((
        [(slug, memo.once(actor, plain_digest)) for slug, actor in scope.actors.items()],
        [(slug, memo.once(topic, plain_digest)) for slug, topic in scope.topics.items()],
        [(aid, memo.once(shown, shown_fields)) for aid, shown in scope.by_id.items()],
    ))


def entry_shown(entry: ActorEntry, memo: KeyMemo) -> bytes:
    """The articles as the actor page shows them, and their shares (mentions and quotes of the actor,
    with the anchors they cite: an edit elsewhere in an article changes neither)."""
    if entry.shares is None:
        raise TypeError(f"the entry of {entry.actor.slug!r} was gathered without its articles' shares")
    co_mentioned = [(a.slug, a.name, n) for a, n in entry.co_mentions]
    return plain_digest((entry.actor, [memo.once(shown, shown_fields) for shown in entry.articles], entry.shares, co_mentioned))


def record_keys(records: RecordFile, memo: KeyMemo) -> bytes:
    """The file's name and each article's record key (enrich's key, what the record part is kept under:
    it covers the actor set and topics the facets are named from), not the articles' digests: those
    hold their related articles, which a record does not show."""
    return hashlib.blake2b(records.name.encode() + b"".join(map(records.fragments.key_of, records.articles))).digest()


def memo_itself(fragments: Any, memo: KeyMemo) -> bytes:
    return b"a memo: what it returns is made from the article it is asked about"


# What a page key holds of each record: its inputs, or a digest of what the page shows of it
STAND_INS: dict[type, Callable[[Any, KeyMemo], Any]] = {
    Archive: archive_inputs,
    Shown: shown_fields,
    ArticleScope: scope_members,
    ActorEntry: entry_shown,
    RecordFile: record_keys,
    Network: lambda network, memo: plain_digest(network),  # plain data: one C pickle, not a call per node and edge
    NetworkPlan: lambda plan, memo: plain_digest(plan),
    Fragments: memo_itself,
    MakeAll: memo_itself,
}

ATOMS = frozenset({str, int, float, bool, type(None), bytes})
_ATOM, _SET, _RAW, _ARTICLE, _SHARED, _STAND_IN, _CONTAINER, _OTHER = range(1, 9)  # not 0: `or` below


def kind_of(cls: type) -> int:
    """How _Fingerprinter stands in for instances of `cls`."""
    if cls in ATOMS:
        return _ATOM
    if issubclass(cls, (set, frozenset)):
        return _SET
    if issubclass(cls, RawFile):
        return _RAW
    if issubclass(cls, Article):
        return _ARTICLE
    if issubclass(cls, (Actor, Topic)):
        return _SHARED
    if cls in STAND_INS:
        return _STAND_IN
    if issubclass(cls, (dict, list, tuple)):
        return _CONTAINER
    return _OTHER


class _Fingerprinter(pickle.Pickler):
    """Pickles a page context, standing in for each article, raw file, record and large container by its
    digest (made once per build: shared objects such as the archive or a slug table are pickled once)."""

    def __init__(self, stream: io.BytesIO, memo: KeyMemo, root: Any):
        super().__init__(stream, protocol=pickle.HIGHEST_PROTOCOL)
        # no pickle memo: with it, the bytes depend on which equal values share one object, which
        # differs between a cold run and one whose articles and mentions come from the cache
        self.fast = True
        self.digests = memo
        self.root = root

    def persistent_id(self, obj: Any) -> Any:
        # Each stand-in is one bytes (a tag, then digests): a tuple's members would each be pickled,
        # and each be a call here, again (a third of all calls at 10,000 article pages).
        kinds = self.digests.kinds
        kind = kinds.get(type(obj))
        if kind is None:
            kind = kinds[type(obj)] = kind_of(type(obj))  # once per type, not a chain of checks per object
        if kind is _ATOM:  # most calls
            return None
        if kind is _SET:  # iteration order follows the per-process string hash seed
            return b"set:" + b"".join(sorted(digest_of(item, self.digests) for item in obj))
        if kind is _RAW:
            return ("raw", obj.path, obj.id, obj.sha256)
        if obj is self.root:
            return None
        if kind is _ARTICLE:
            return b"article:" + self.digests.once(obj, article_digest)
        if kind is _SHARED:  # actors and topics shared by many pages (co-mentions, scopes): pickled once a build
            return b"shared:" + self.digests.once(obj, plain_digest)
        if kind is _STAND_IN:
            return type(obj).__name__.encode() + b":" + self.digests.once(obj, self._stand_in)
        if kind is _CONTAINER and len(obj) > 32:
            return b"shared:" + self.digests.once(obj, lambda value: digest_of(value, self.digests))
        return None

    def _stand_in(self, record: Any) -> bytes:
        value = STAND_INS[type(record)](record, self.digests)
        return value if isinstance(value, bytes) else digest_of(value, self.digests)  # a stand-in may be a digest


def digest_of(value: Any, memo: KeyMemo) -> bytes:
    """A sha256 of `value` in which articles count by their content and records by their stand-ins.
    Raises if it cannot be pickled."""
    stream = io.BytesIO()
    _Fingerprinter(stream, memo, value).dump(value)
    return hashlib.sha256(stream.getvalue()).digest()
