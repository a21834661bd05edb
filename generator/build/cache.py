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
  data files (a digest of the picture; batch.keyed_pictures), and are kept the same way;
  mentions.json files are pages (sink and render.DATA_FILES).
Every key also holds a fingerprint of the generator's own code and templates, so a new version of
the tool starts from an empty cache. A missing, corrupt or foreign cache is simply rebuilt.
"""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import FileSystemBytecodeCache

from ..model import Article, RawFile
from ..reuse import collector_paused

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
