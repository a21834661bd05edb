"""The incremental-build cache (`.cache/` beside mkdocs.yml): work is skipped when its inputs' hashes match.

- read + extract: keyed by the file's name and the sha256 of its bytes (and the extraction options);
  an unchanged file is neither decoded nor extracted again. A file whose size and modification time
  (in ns) are those recorded with its hash is not even read (as make and rsync do; `--no-cache`
  reads everything).
- render: keyed by the page's path, its template and a digest of its whole context (articles by
  content, records by what the page shows of them: keys.DIGESTS); an unchanged page is not rendered
  again, nor read back, while its file in docs/ has the size and modification time recorded when it
  was written (sink.Stamp). The cache holds no page texts: a file edited or deleted by hand is
  simply rendered again. The downloads and whole-archive exports carry a key too (what they are made
  from: the original's sha256, the citation parts' keys; citepages.cite_files), as do the pictures'
  data files (a digest of the picture; batch.keyed_pictures), and are kept the same way;
  mentions.json files are pages (sink and render.DATA_FILES).
Every key also holds a fingerprint of the generator's own code and templates, so a new version of
the tool starts from an empty cache. It is kept in one SQLite file (store.py); a missing, corrupt or
foreign one is simply rebuilt.
"""

from __future__ import annotations

import gc
import hashlib
import shutil
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import FileSystemBytecodeCache

from ..model import Article, RawFile
from ..reuse import collector_paused
from .store import Store
from .updates import SAVED_FORMS

CACHE_DIR = ".cache"  # beside mkdocs.yml, git-ignored
STORE_FILE = "store.sqlite"  # the rows of every step (store.py)
LEGACY = ("generate.pickle", "aggregates.pickle", "generate.shards")  # what format 6 left: removed when a store is saved
# The kinds of Fragments parts saved with the cache (and so reused by a fresh `generate`): plain text,
# numbers and digests, cheap to load, dear to make again (citations, related-article features,
# offline-index records, list rows: ~9 s of a one-article generate at 10,000 articles; 160 MB; the
# actor shares, which stand for the mentions in the actor pages' keys: ~1.5 s; the mention shares,
# which the saved mention statistics are updated with). The rest are made again in a fresh process.
SAVED_KINDS = ("actor shares", "citation", "features", "mention shares", "offline", "row ")  # prefixes
# Whole-archive aggregates saved too, for a fresh `generate` to update rather than make again: the
# related-article scores (their vectors and best lists: 1.4-2 s to make at 10,000 articles) and the
# mention statistics (1-1.3 s); each as (inputs, value), the value in its saved form
# (updates.SAVED_FORMS: what of it is worth a row, the rest found or made again on use).
SAVED_AGGREGATES = ("related scores", "mention stats")
JINJA_DIR = "jinja"  # compiled templates, ours and the theme's (Jinja names each entry by template and file)


def is_saved_kind(kind: str) -> bool:
    return kind.startswith(SAVED_KINDS)


TEMPLATE_SUFFIXES = (".j2", ".in")  # Jinja templates, and static scripts with a placeholder (offline search)


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """sha256 over the generator's Python modules and templates (the static scripts in templates/ too:
    a page made from one is keyed by its inputs only) and the theme files every build copies into docs/
    (a build that finds nothing else changed generates nothing: publish/stage.site_is_current)."""
    root = Path(__file__).parents[1]  # generator/: every stage's package below it
    digest = hashlib.sha256()
    for path in fingerprinted_files(root):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def fingerprinted_files(root: Path) -> list[Path]:
    templates = [p for p in root.rglob("templates/**/*") if p.suffix in TEMPLATE_SUFFIXES and not p.name.startswith(".")]
    theme = [p for p in (root / "theme").rglob("*") if p.is_file() and not p.name.startswith(".")]
    return sorted([*root.rglob("*.py"), *templates, *theme])


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
    saved_aggregates: dict[tuple, Any] = field(default_factory=dict, repr=False)  # as loaded or last saved
    store: Store | None = field(default=None, repr=False)  # where it is saved, and which rows the file holds

    def save(self) -> None:
        """Write what this build made to the store: the rows it lacks, the index of files and pages (made
        again each build), the aggregates that are not the ones loaded; rows no longer used go."""
        if self.path is None:
            return
        aggregates = {key: value for key, value in self.fragments.items() if key[0] in SAVED_AGGREGATES}
        changed = [key for key, value in aggregates.items() if value is not self.saved_aggregates.get(key)]
        saving = {key: saved_form(key[0], value) if key in changed else value for key, value in aggregates.items()}
        index = {"raw": self.raw, "pages": self.pages, "stats": self.stats, "extracted": self.extracted}
        steps = {
            "index": {"index": index},
            "articles": self.articles,
            "enriched": self.enriched,
            "parts": {key: value for key, value in self.fragments.items() if is_saved_kind(key[0])},
            "aggregates": saving,
        }
        self.store = self.store or Store(self.path, self.version)
        self.store.write(steps, [("index", "index"), *(("aggregates", key) for key in changed)])
        self.saved_aggregates = aggregates
        remove_legacy(self.path.parent)


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


def saved_form(kind: str, made: tuple) -> tuple:
    """An aggregate (inputs, value) as it is saved."""
    inputs, value = made
    return (inputs, SAVED_FORMS[kind](value)) if kind in SAVED_FORMS else made


def cache_files(folder: Path) -> list[Path]:
    """The files a saved cache in `folder` consists of."""
    store = folder / STORE_FILE
    return [store] if store.is_file() else []


def remove_legacy(folder: Path) -> None:
    """The files an older version kept its cache in (pickles in shards: up to 400 MB at 10,000 articles)."""
    for name in LEGACY:
        path = folder / name
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)


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
    if folder is None:
        return Cache(None, version)
    path = folder / STORE_FILE
    store = Store(path, version)
    steps = store.read()
    index = steps.get("index", {}).get("index")
    if index is None:
        return Cache(path, version, store=store)
    aggregates = steps.get("aggregates", {})
    cache = Cache(path, version, index["raw"], steps.get("articles", {}), index["pages"], index["stats"], steps.get("enriched", {}), index["extracted"])
    cache.fragments = {**steps.get("parts", {}), **aggregates}
    cache.saved_aggregates = dict(aggregates)
    cache.store = store
    return cache


def without_bytes(raw: RawFile) -> RawFile:
    return replace(raw, raw=b"")


def without_text(raw: RawFile) -> RawFile:
    """What an extracted article keeps of its file: the bytes (its original.txt), not the decoded text."""
    return replace(raw, text="")


def without_contents(raw: RawFile) -> RawFile:
    """What the cache keeps of a file: its facts and hashes, neither its bytes nor its text."""
    return replace(raw, raw=b"", text="")
