"""The incremental-build cache (`.cache/` beside mkdocs.yml): work is skipped when its inputs' hashes match.

- read + extract: keyed by the file's name and the sha256 of its bytes (and the extraction options);
  an unchanged file is neither decoded nor extracted again. A file whose size and modification time
  (in ns) are those recorded with its hash is not even read (as make and rsync do; `--no-cache`
  reads everything).
- render: keyed by the page's path, its template and a fingerprint of its whole context (articles
  by content, the registry files included through the archive); an unchanged page is not rendered
  again, nor read back, while its file in docs/ has the size and modification time recorded when it
  was written (sink.Stamp). The cache holds no page texts: a file edited or deleted by hand is
  simply rendered again. The downloads and whole-archive exports carry a key too (what they are made
  from: the original's sha256, the citation parts' keys; citepages.cite_files), as do the pictures'
  data files (a digest of the picture; pictures.picture_files), and are kept the same way;
  mentions.json files are pages (sink and render.DATA_FILES).
Every key also holds a fingerprint of the generator's own code and templates, so a new version of
the tool starts from an empty cache. A missing, corrupt or foreign cache is simply rebuilt.
"""

from __future__ import annotations

import gc
import hashlib
import io
import os
import pickle
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Iterable, TypeVar

from jinja2 import FileSystemBytecodeCache

from ..model import Actor, Article, RawFile
from ..reuse import collector_paused, memoized, plain_digest

T = TypeVar("T")

CACHE_DIR = ".cache"  # beside mkdocs.yml, git-ignored
CACHE_FILE = "generate.pickle"  # the index: file stats, decoded-file records, page stamps
SHARDS_DIR = "generate.shards"  # the articles, enrichments and saved parts, in SHARDS files by key
SHARDS = 256
FORMAT = 6  # 4: pages hold (key, digest, size, mtime), no texts; 5: the saved fragments; 6: in shards
# The kinds of Fragments parts saved with the cache (and so reused by a fresh `generate`): plain text,
# numbers and digests, cheap to load, dear to make again (citations, related-article features,
# offline-index records, list rows: ~9 s of a one-article generate at 10,000 articles; 160 MB; the
# actor shares, which stand for the mentions in the actor pages' keys: ~1.5 s; the mention shares,
# which the saved mention statistics are updated with). The rest are made again in a fresh process.
SAVED_KINDS = ("actor shares", "citation", "features", "mention shares", "offline", "row ")  # prefixes
# Whole-archive aggregates saved too (in AGGREGATES_FILE), for a fresh `generate` to update rather than
# make again: the related-article scores (their vectors and best lists: 1.4-2 s to make at 10,000
# articles) and the mention statistics (1-1.3 s). A value may offer `for_saving()`, what of it is
# worth a file (the rest made again on use).
SAVED_AGGREGATES = ("related scores", "mention stats")
AGGREGATES_FILE = "aggregates.pickle"
JINJA_DIR = "jinja"  # compiled templates, ours and the theme's (Jinja names each entry by template and file)


def is_saved_kind(kind: str) -> bool:
    return kind.startswith(SAVED_KINDS)


TEMPLATE_SUFFIXES = (".j2", ".in")  # Jinja templates, and static scripts with a placeholder (offline search)


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """sha256 over the generator's Python modules and templates (the static scripts in templates/ too:
    a page made from one is keyed by its inputs only)."""
    root = Path(__file__).parents[1]  # generator/: every stage's package below it
    digest = hashlib.sha256()
    templates = [p for p in root.rglob("templates/**/*") if p.suffix in TEMPLATE_SUFFIXES and not p.name.startswith(".")]
    for path in sorted([*root.rglob("*.py"), *templates]):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def file_key(name: str, data_sha256: str, options: Any) -> str:
    return hashlib.sha256(repr((name, data_sha256, options)).encode()).hexdigest()


@dataclass
class Cache:
    """What one `generate` leaves for the next. `hits`/`misses` say how much work was skipped."""

    path: Path | None = None
    version: str = ""
    raw: dict[str, RawFile] = field(default_factory=dict)  # file key -> decoded file
    articles: dict[str, Article] = field(default_factory=dict)  # file key -> extracted article
    pages: dict[str, tuple[str, str, int, int]] = field(default_factory=dict)  # path -> (context key, digest, size, mtime ns)
    stats: dict[str, tuple[int, int, str, int]] = field(default_factory=dict)  # file name -> (size, mtime ns, sha256, inode)
    enriched: dict[bytes, tuple] = field(default_factory=dict)  # article + actor set -> (mentions, quotes, passages)
    extracted: dict[str, bytes] = field(default_factory=dict)  # file key -> article_digest of its article as extracted
    hits: int = 0
    misses: int = 0
    # see Fragments: the parts of SAVED_KINDS are saved; the rest only in memory, when keeps_fragments (serve)
    fragments: dict[tuple[str, bytes, bytes], Any] = field(default_factory=dict, repr=False)
    keeps_fragments: bool = False
    shard_keys: dict[int, frozenset] = field(default_factory=dict, repr=False)  # the keys each shard file holds
    saved_aggregates: dict[tuple, Any] = field(default_factory=dict, repr=False)  # as loaded or last saved

    def save(self) -> None:
        """Write the shards whose keys changed, then the index. Every key names its value's content (a
        file's hash, enrich's key, an article digest) under this code version, so a shard with the
        keys it was loaded with holds what it held: a one-article edit rewrites a few of the 256
        shards, not the whole cache (400 MB at 10,000 articles). Each file is replaced atomically; a
        shard that is missing or from another version is only a miss."""
        if self.path is None:
            return
        folder = self.path.with_name(SHARDS_DIR)
        folder.mkdir(parents=True, exist_ok=True)
        for number, shard in enumerate(self.sharded()):
            keys, path = keys_of(shard), shard_path(folder, number)
            if not keys:
                path.unlink(missing_ok=True)  # a shard left empty, or a foreign one not loaded
            elif keys != self.shard_keys.get(number) or not path.is_file():
                write_pickle(path, {"format": FORMAT, "version": self.version, **shard})
            self.shard_keys[number] = keys
        self.save_aggregates()
        write_pickle(self.path, {"format": FORMAT, "version": self.version, "raw": self.raw, "pages": self.pages, "stats": self.stats, "extracted": self.extracted})

    def save_aggregates(self) -> None:
        """The SAVED_AGGREGATES, written only when one is not the one loaded or last saved."""
        aggregates = {key: value for key, value in self.fragments.items() if key[0] in SAVED_AGGREGATES}
        path = self.path.with_name(AGGREGATES_FILE)
        if aggregates.keys() == self.saved_aggregates.keys() and all(value is self.saved_aggregates[key] for key, value in aggregates.items()) and path.is_file():
            return
        saving = {key: value.for_saving() if hasattr(value, "for_saving") else value for key, value in aggregates.items()}
        write_pickle(path, {"format": FORMAT, "version": self.version, "aggregates": saving})
        self.saved_aggregates = aggregates

    def sharded(self) -> list[dict[str, dict]]:
        """The articles, enrichments and saved parts, split by the first byte of their content key (an
        article's parts go with its enrichment, whose key they are under: one edit touches few shards)."""
        shards: list[dict[str, dict]] = [{part: {} for part in SHARD_PARTS} for _ in range(SHARDS)]
        for key, article in self.articles.items():
            shards[int(key[:2], 16) % SHARDS]["articles"][key] = article
        for key, found in self.enriched.items():
            shards[key[0] % SHARDS]["enriched"][key] = found
        for key, value in self.fragments.items():
            if is_saved_kind(key[0]):
                shards[key[2][0] % SHARDS]["fragments"][key] = value
        return shards


def compiled_templates(cache_dir: Path | None) -> FileSystemBytecodeCache | None:
    """Where Jinja keeps compiled templates beside a saved cache (made if missing), so that a build
    after the first loads them rather than compiling all again; Jinja checks each entry against its
    template's source. None without a cache folder, or when none can be made (compiled each time)."""
    if cache_dir is None:
        return None
    folder = cache_dir / JINJA_DIR
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return FileSystemBytecodeCache(str(folder))


def cache_files(folder: Path) -> list[Path]:
    """The files a saved cache in `folder` consists of: the index and its shards."""
    index = folder / CACHE_FILE
    aggregates = [folder / AGGREGATES_FILE] if (folder / AGGREGATES_FILE).is_file() else []
    return [index, *aggregates, *sorted((folder / SHARDS_DIR).glob("*.pickle"))] if index.is_file() else []


SHARD_PARTS = ("articles", "enriched", "fragments")


def keys_of(shard: dict[str, Any]) -> frozenset:
    """Every key a shard holds (its three dicts' keys never collide: hex strings, bytes, tuples)."""
    return frozenset(key for part in SHARD_PARTS for key in shard[part])


def shard_path(folder: Path, number: int) -> Path:
    return folder / f"{number:02x}.pickle"


def write_pickle(path: Path, state: dict) -> None:
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")  # two processes saving at once (serve, generate) never share one
    with temporary.open("wb") as out:
        pickle.dump(state, out, protocol=pickle.HIGHEST_PROTOCOL)
    temporary.replace(path)


def read_pickle(path: Path, version: str) -> dict | None:
    """The state in `path` if it is this format and code version; None if missing, corrupt or foreign."""
    try:
        with path.open("rb") as source:
            state = pickle.load(source)
    except Exception:  # a corrupt or foreign file is rebuilt, never trusted
        return None
    if not isinstance(state, dict) or state.get("format") != FORMAT or state.get("version") != version:
        return None
    return state


def load_cache(folder: Path | None) -> Cache:
    """The cache in `folder`, or an empty one (None: an in-memory cache that is never saved).

    What it loads (2 million objects at 10,000 articles) outlives the run and holds no garbage, so the
    cyclic collector is kept off it: paused while it is unpickled, then frozen out of its sight. A
    pause per file was not enough: each file's end set off a collection of everything loaded so far
    (2.5 s of a 3.3 s load). generate() hands frozen objects back to the collector when it is done."""
    with collector_paused():
        cache = _read_cache(folder)
        gc.freeze()
    return cache


def _read_cache(folder: Path | None) -> Cache:
    version = code_fingerprint()
    path = folder / CACHE_FILE if folder else None
    index = read_pickle(path, version) if path is not None and path.is_file() else None
    if path is None or index is None:
        return Cache(path, version)
    cache = Cache(path, version, index["raw"], pages=index["pages"], stats=index["stats"], extracted=index["extracted"])
    for number in range(SHARDS):
        shard = read_pickle(shard_path(path.with_name(SHARDS_DIR), number), version)
        if shard is not None:
            cache.articles.update(shard["articles"])
            cache.enriched.update(shard["enriched"])
            cache.fragments.update(shard["fragments"])
            cache.shard_keys[number] = keys_of(shard)
    saved = read_pickle(path.with_name(AGGREGATES_FILE), version)
    if saved is not None:
        cache.fragments.update(saved["aggregates"])
        cache.saved_aggregates = dict(saved["aggregates"])
    return cache


def without_bytes(raw: RawFile) -> RawFile:
    return replace(raw, raw=b"")


def without_text(raw: RawFile) -> RawFile:
    """What an extracted article keeps of its file: the bytes (its original.txt), not the decoded text."""
    return replace(raw, text="")


def without_contents(raw: RawFile) -> RawFile:
    """What the cache keeps of a file: its facts and hashes, neither its bytes nor its text."""
    return replace(raw, raw=b"", text="")


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


DERIVED_FROM_SOURCE = ("source", "blocks", "removed", "names")  # fixed by the file's bytes, the options and the code


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


class Fragments:
    """Each article's part of work done over the whole archive (its citations and data-export lines,
    its record in the offline search index, its features for related articles, its shares of the
    actor entries and of the mention statistics, its rows in the lists), and the whole-archive
    aggregates made from them (the actor entries, the mention statistics, the timeline, the coverage
    map), remembered between builds under enrich's key for the article (`key_of`) and the settings:
    after an edit, only the edited article's parts are made again and the others are joined as they
    were; an aggregate is taken as it was, or updated, when its inputs allow. The parts of SAVED_KINDS are saved with the cache, for the next `generate`; the others and
    the aggregates are kept in memory by a cache that `keeps_fragments` (serve: about 30 KB an
    article, all told). Without a cache, every part and aggregate is simply made."""

    def __init__(self, cache: Cache | None, settings: Any = None, digests: dict[int, bytes] | None = None):
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
        # id(article) -> article_digest(article): the page keys' memo (digest_of), shared; the articles outlive the build
        self.digests = digests if digests is not None else {}
        self.keyed_before: dict[str, dict] = {}  # kind -> the last build's values (keyed)

    def __fingerprint__(self) -> bytes:
        return b"a memo: what it returns is made from the article it is asked about"

    @property
    def caching(self) -> bool:
        return self.cache is not None

    def keyed(self, kind: str, key: bytes, make: Callable[[], T]) -> T:
        """make(), or what it gave the last build under `key`. The values of a kind are a field of the
        cache (enrich's: Cache.enriched), replaced on the first call of a build by those this build
        asks for: a key no longer asked for is dropped."""
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

    def aggregate(self, kind: str, inputs: Callable[[], Any], make: Callable[[], T], update: Callable[[Any, T, Any], T | None] | None = None) -> T:
        """make(), or what it gave the last build when inputs() equals the last build's, or what
        update(last inputs, last value, inputs) makes of that (None: make it) when they differ (serve,
        or a SAVED_AGGREGATES kind with a cache: otherwise neither is remembered and inputs() is never called)."""
        if not (self.keeping or self.saves(kind)):
            return make()
        made = inputs()
        last = self.last(kind)
        if last is not None and last[0] == made:
            self.remember(kind, last)  # the very object loaded: the cache does not write it again
            return last[1]
        updated = update(last[0], last[1], made) if update is not None and last is not None else None
        value = updated if updated is not None else make()
        self.remember(kind, (made, value))
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
        return article.enrichment or memoized(self.digests, article, article_digest)

    def finish(self, articles: Iterable[Article] = ()) -> None:
        """Keep for the next build what this one used, and of the kinds it did not ask for (a file
        whose page was not made again this time) the parts of the `articles` it has."""
        if self.cache is not None:
            live = {self.key_of(a) for a in articles}
            carried = {
                key: value for key, value in self.previous.items()
                if key[0] not in self.kinds and key[2] in live and (self.keeping or is_saved_kind(key[0]))
            }
            self.cache.fragments = {**carried, **self.kept}
