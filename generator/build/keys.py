"""Page keys from the inputs each page declares: its template, its path, the settings and its context
(site/page.py: a context holds only the page's inputs). Plain values count by their bytes; each record
by what the page shows of it, as DIGESTS says per type, so a page is rendered again only when what it
shows changed. The records know nothing of this. A value of a type DIGESTS does not name is an error:
a key that cannot be made is never an empty string."""

from __future__ import annotations

import hashlib
from typing import Any, Callable

from ..archive.link import Archive, ArticleScope, Group, Shown
from ..archive.pictures import Network, NetworkPlan
from ..config import ArchiveOptions, Settings
from ..content.ledger import Entry
from ..enrich.topics import Passage
from ..model import Actor, Article, RawFile, Topic
from ..reuse import plain_digest
from ..site.actor_pages import ActorEntry, Findings
from ..site.offline import RecordFile
from ..site.page import FrontMatter
from .digests import KeyMemo, article_digest, enriched_key


class UnkeyablePage(TypeError):
    """A page whose inputs cannot be digested: a bug in the page's maker, never the corpus's fault.
    A silent empty key would make the page render every time and hide which input broke it."""


def page_key(page: Any, settings: bytes, memo: KeyMemo) -> str:
    """The page's key: a digest of its template, path, the settings' digest and its context."""
    try:
        return digest_of((page.template, page.path, settings, page.context), memo).hex()
    except TypeError as error:
        raise UnkeyablePage(f"{page.path}: its context cannot be keyed for reuse: {error}") from error


def digest_of(value: Any, memo: KeyMemo) -> bytes:
    """A sha256 of `value`, in which each record counts by its digest (DIGESTS), made once a build."""
    flat: list = []
    flatten(value, memo, flat)
    return plain_digest(flat)


ATOMS = frozenset({str, int, float, bool, type(None), bytes})
SHARED_FROM = 32  # a longer list or dict (a slug table, the archive's articles) is digested once a build


def flatten(value: Any, memo: KeyMemo, flat: list) -> None:
    """Append to `flat` what `value` counts by: atoms as they are, containers as a mark and their members
    (large ones as one digest, made once), sets in sorted order, records by their type and digest."""
    kind = type(value)
    if kind in ATOMS:
        flat.append(value)
    elif kind in (list, tuple, dict) and len(value) > SHARED_FROM:
        flat.append(("shared", memo.once(value, lambda big: plain_digest(flat_members(big, memo, [])))))
    elif kind in (list, tuple, dict):
        flat_members(value, memo, flat)
    elif kind in (set, frozenset):  # iteration order follows the per-process string hash seed
        flat.append(("set", sorted(digest_of(item, memo) for item in value)))
    elif kind in DIGESTS:
        flat.append((kind.__name__, memo.once(value, lambda record: DIGESTS[kind](record, memo))))  # tagged: never one of the atoms
    else:
        raise TypeError(f"no digest for a {kind.__name__} (build/keys.py, DIGESTS)")


def flat_members(container: Any, memo: KeyMemo, flat: list) -> list:
    """A mark (the container's type and length), then its items (a dict's keys and values in turn)."""
    flat.append((type(container).__name__, len(container)))
    for item in (part for pair in container.items() for part in pair) if type(container) is dict else container:
        flatten(item, memo, flat)
    return flat


def archive_inputs(archive: Archive, memo: KeyMemo) -> bytes:
    """Outlets, authors and years group the articles; passages are found in the articles' text (fixed by
    their source) by the topics: the articles, actors and topics stand for them."""
    return digest_of((archive.articles, archive.redirects, archive.actors, archive.topics, archive.withdrawn, archive.moved_actors), memo)


def group_members(group: Group, memo: KeyMemo) -> bytes:
    """An outlet's, author's or year's pages show of each article its row (render.rows, kept by the article as
    enriched: Fragments.part), never its related articles, which move with every article added: each member by
    its enriched key."""
    return digest_of((group.name, group.slug, [enriched_key(article, memo) for article in group.articles]), memo)


def shown_fields(shown: Shown, memo: KeyMemo | None = None) -> bytes:
    return plain_digest(shown.fields())


def scope_members(scope: ArticleScope, memo: KeyMemo) -> bytes:
    """An article page's scope by its members' digests, each made once a build."""
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
    """The file's name, its articles' numbers (written beside their records) and each article's record
    key (enrich's key, what the record part is kept under: it covers the actor set and topics the
    facets are named from), not the articles' digests: those hold their related articles, which a
    record does not show."""
    return hashlib.blake2b(records.name.encode() + repr(records.numbers).encode() + b"".join(map(records.fragments.key_of, records.articles))).digest()


def plain(record: Any, memo: KeyMemo) -> bytes:
    """A record of plain data (no articles, no sets): one C pickle."""
    return plain_digest(record)


# What a page key holds of each record: a digest of its inputs, or of what the page shows of it
DIGESTS: dict[type, Callable[[Any, KeyMemo], bytes]] = {
    Article: lambda article, memo: article_digest(article),
    Findings: lambda findings, memo: enriched_key(findings.article, memo),
    RawFile: lambda raw, memo: plain_digest(("raw", raw.path, raw.id, raw.sha256)),
    Archive: archive_inputs,
    Group: group_members,
    Shown: shown_fields,
    ArticleScope: scope_members,
    ActorEntry: entry_shown,
    RecordFile: record_keys,
    FrontMatter: lambda matter, memo: digest_of(matter.data, memo),
    **dict.fromkeys((Actor, Topic, Passage, Entry, Network, NetworkPlan, Settings, ArchiveOptions), plain),
}
