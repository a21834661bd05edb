"""An incremental publish: the next site made from the last one and what changed since.

The staging folder starts as a copy of site/ made of hard links (`linked_copy`: no file is copied),
and MkDocs builds into it with `--dirty`: it writes only the pages whose Markdown is newer than their
HTML (the generator rewrites only files whose bytes changed) and the site-wide templates; the
`archive-preview` plugin unlinks each file before MkDocs writes it, so the last site's file is never
written through a link, and lists the files this build's site holds; the rest (pages and files
whose source is gone) is removed (`remove_strays`). Pagefind indexes only the shards holding a
changed page (search_index.py); the manifest reuses the last digests of the files still shared with
the last site and untouched since its manifest was written, and archive.zip copies their compressed
entries from the last zip (bundle.py). The result is the site a full build makes, byte for byte,
but for the search shards, which keep their boundaries between builds (tests/test_publish_incremental.py).

A publish is incremental only when nothing that every page depends on has changed since the last:
`publish_key` digests mkdocs.yml (nav, theme, extensions, options) and the environment variables it
reads, the theme overrides in
docs/overrides, the generator's code and the versions of MkDocs, Material, Markdown and Pagefind.
The last publish's key and shard plan are kept in `.cache/publish.json`; without it, without the
plugin in mkdocs.yml, or with `--no-cache`, the publish is a full one.

No publish at all is needed when, besides the key, nothing the pages are made from changed since the last
(`inputs_digest`: docs/ file by file, SOURCE_DATE_EPOCH, the bag's date) and site/ holds what its manifest
lists, none of it written since (`as_published`: serve's previews write into site/): the site is the one a
publish would make, and stays. When the corpus is also as the build that made the site found it (`corpus_digests`,
recorded as `corpus_as_built`), `build` generates nothing either (stage.site_is_current).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import asdict, dataclass
from importlib.metadata import PackageNotFoundError, requires, version
from pathlib import Path

from ..build.cache import CACHE_DIR, code_fingerprint
from ..config import Settings, archived_on
from ..content.read import BUILD_WRITES, file_statuses
from .fixity import BUNDLE, MANIFEST, ManifestError, file_sha256, read_manifest, site_files
from .search_index import SHARDS_FILE, Shard

STATE_FILE = "publish.json"
PLUGIN = "archive-preview"  # the plugin that unlinks what a dirty build writes (plugins/preview.py)
DISTRIBUTION = "corpus-archive"
PACKAGES = ("mkdocs", "mkdocs-material", "markdown", "pymdown-extensions", "pagefind", "pagefind-bin")
THEME_OVERRIDES = "overrides"  # docs/overrides: the theme's custom_dir, written by every generate


@dataclass(frozen=True)
class LastPublish:
    """What the next publish needs to know of the last: its key, its search shards and what its pages were made from."""

    key: str
    shards: tuple[Shard, ...]
    inputs: str = ""  # inputs_digest() as the site was made: docs/ and the bag's date
    corpus: str = ""  # corpus_digests() of the whole corpus folder as the build that made it left it
    site: str = ""  # the site folder it describes, relative to the project (`--site-dir` builds another)
    recent: tuple[str, ...] = ()  # the pages of the recent search bundle (search_index.plan_search)
    sample: tuple[str, ...] = ()  # and the pages it holds only to weigh its words (search_index.weighing_sample)


def package_version(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:
        return "-"


def publish_key(settings: Settings) -> str:
    """A digest of everything every page of the site depends on (the module docstring lists it)."""
    digest = hashlib.sha256(code_fingerprint().encode())
    digest.update(repr([(name, package_version(name)) for name in PACKAGES]).encode())
    config = settings.config_file.read_text(encoding="utf-8")
    digest.update(config.encode() + repr([(name, os.environ.get(name)) for name in environment_names(config)]).encode())
    overrides = settings.docs_dir / THEME_OVERRIDES
    for path in sorted(p for p in overrides.rglob("*") if p.is_file()):
        digest.update(path.relative_to(overrides).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def environment_names(config: str) -> list[str]:
    """The environment variables mkdocs.yml reads (`!ENV NAME`, `!ENV [NAME, OTHER, default]`): a
    SITE_URL set by the Pages workflow changes every page as much as the file does."""
    return sorted({name for expression in re.findall(r"!ENV\s+(\[[^\]]*\]|\S+)", config) for name in re.findall(r"\b[A-Z_][A-Z0-9_]*\b", expression)})


def state_path(settings: Settings) -> Path:
    return settings.project_dir / CACHE_DIR / STATE_FILE


def read_last_publish(settings: Settings) -> LastPublish | None:
    """The last publish's record; None (a full publish) when there is none or it cannot be read."""
    try:
        data = json.loads(state_path(settings).read_text(encoding="utf-8"))
        shards = tuple(Shard(s["bundle"], tuple(s["pages"]), tuple(s["start"])) for s in data["shards"])
        return LastPublish(data["key"], shards, data.get("inputs", ""), data.get("corpus", ""), data.get("site", ""),
                           tuple(data.get("recent", ())), tuple(data.get("sample", ())))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def write_last_publish(settings: Settings, last: LastPublish) -> None:
    path = state_path(settings)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps({"key": last.key, "inputs": last.inputs, "corpus": last.corpus, "site": last.site, "shards": [asdict(s) for s in last.shards],
                                     "recent": list(last.recent), "sample": list(last.sample)}), encoding="utf-8")
    temporary.replace(path)


def forget_last_publish(settings: Settings) -> None:
    """Before the swap: a build stopped between the swap and write_last_publish then leaves no record
    of a site it did not make, and the next publish is a full one."""
    state_path(settings).unlink(missing_ok=True)


def lists_plugin(settings: Settings) -> bool:
    """mkdocs.yml names the plugin that keeps a dirty build from writing through a link (a line of its
    own in `plugins:`; an archive made before it was added publishes in full)."""
    text = settings.config_file.read_text(encoding="utf-8")
    return any(line.strip().split("#")[0].strip(" -:") == PLUGIN for line in text.splitlines())


def reusable(settings: Settings, key: str) -> LastPublish | None:
    """The last publish when this one can start from its site: same key, same site folder, site/ whole,
    plugin listed."""
    last = read_last_publish(settings)
    site = settings.site_dir
    if last is None or last.key != key or last.site != site_folder(settings) or not (site / MANIFEST).is_file() or not lists_plugin(settings):
        return None
    return last


def site_folder(settings: Settings) -> str:
    """The site folder relative to the project: the same for a copy of the project, not for `--site-dir`."""
    return os.path.relpath(settings.site_dir, settings.project_dir)


def inputs_digest(settings: Settings) -> str:
    """What a site of one publish_key is made from: every file of docs/ as MkDocs' --dirty judges it (path, size,
    modification time; the generator rewrites only files whose bytes change), SOURCE_DATE_EPOCH and the bag's date."""
    digest = hashlib.sha256(repr((archived_on(os.environ), os.environ.get("SOURCE_DATE_EPOCH"))).encode())
    top = str(settings.docs_dir)
    for folder, folders, names in os.walk(top):
        folders.sort()
        for name in sorted(names):
            stat = os.stat(f"{folder}/{name}")
            digest.update(f"{folder[len(top):]}/{name}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def corpus_digests(settings: Settings, leave_out: tuple[str, ...] = ()) -> tuple[str, str]:
    """What `generate` reads besides mkdocs.yml, docs/ and its own code, digested without the files of `leave_out`
    and with them, from one walk: every file of the corpus folder by its path, size, modification and
    status-change times, inode and mode (a file replaced with its old time kept, or made readable, counts as
    changed), and the versions of the packages the generator depends on (their data: names, places, words, dates)."""
    packages = repr([(name, package_version(name)) for name in dependencies()]).encode()
    without, whole = hashlib.sha256(packages), hashlib.sha256(packages)
    for name, status in sorted(file_statuses(settings.corpus_dir).items()):
        facts = (status.st_size, status.st_mtime_ns, status.st_ctime_ns, status.st_ino, status.st_mode) if status else ()
        line = os.fsencode(name) + repr(facts).encode() + b"\n"  # fsencode: a name that is not UTF-8
        whole.update(line)
        if name not in leave_out:
            without.update(line)
    return without.hexdigest(), whole.hexdigest()


def corpus_as_built(settings: Settings, corpus_before: str) -> str:
    """The corpus digest to record with the site a build made: the corpus as it is once the build wrote its
    ledgers back into it, when nothing else there changed while it ran (`corpus_before`: the digest without the
    ledgers, taken before `generate`); otherwise "", and the next build generates again."""
    before, whole = corpus_digests(settings, BUILD_WRITES)
    return whole if before == corpus_before else ""


def dependencies() -> list[str]:
    """The names of the packages the installed corpus-archive requires (its extras' left out)."""
    try:
        lines = requires(DISTRIBUTION) or []
    except PackageNotFoundError:  # run from a checkout that was never installed
        return []
    return sorted(re.split(r"[\s<>=!~;\[]", line, maxsplit=1)[0] for line in lines if "extra ==" not in line)


def as_published(site: Path) -> bool:
    """site/ holds the files its manifest lists and no other, none written since the manifest (serve's previews
    write into site/ in place)."""
    try:
        listed, written = read_manifest(site), (site / MANIFEST).stat().st_mtime_ns
        return set(site_files(site)) == set(listed) and all((site / name).stat().st_mtime_ns <= written for name in listed)
    except (ManifestError, OSError):
        return False


def linked_copy(site: Path, staging: Path) -> None:
    """staging/ as site/, every file a hard link to site/'s, but the manifest and archive.zip, which
    every publish writes again. (Plain strings, not Paths: 70,000 files at 10,000 articles.)"""
    top, target = str(site), str(staging)
    for folder, _, names in os.walk(top):
        into = target + folder[len(top):]
        os.makedirs(into, exist_ok=True)
        for name in names:
            if folder == top and name in (MANIFEST, BUNDLE):
                continue
            os.link(f"{folder}/{name}", f"{into}/{name}")


def read_outputs(listing: Path) -> set[str]:
    return {line for line in listing.read_text(encoding="utf-8").splitlines() if line}


def remove_strays(staging: Path, outputs: set[str], bundles: list[str]) -> int:
    """Remove what this build's site does not hold: files whose source left docs/, search bundles no
    shard uses. Returns how many files were removed."""
    removed = 0
    for folder, dirnames, names in os.walk(staging, topdown=True):
        relative = Path(folder).relative_to(staging).as_posix()
        prefix = "" if relative == "." else f"{relative}/"
        if not prefix:
            dirnames[:] = [d for d in dirnames if d not in bundles]  # the shards' own bundles stay
        for name in names:
            if prefix + name not in outputs and prefix + name != SHARDS_FILE:
                (Path(folder) / name).unlink()
                removed += 1
    remove_empty_folders(staging)
    return removed


def remove_empty_folders(top: Path) -> None:
    for folder, _, _ in sorted(os.walk(top), key=lambda entry: -len(entry[0])):
        if Path(folder) != top and not os.listdir(folder):
            os.rmdir(folder)


def unchanged_digests(site: Path, staging: Path, last: dict[str, str]) -> dict[str, str]:
    """Of the last manifest's digests (`last`), those of the files staging still shares with site/ (the
    same inode) and that nothing wrote since that manifest was (serve's previews write into site/ in place)."""
    written = (site / MANIFEST).stat().st_mtime_ns
    kept = {}
    for name, digest in last.items():
        try:
            new, old = (staging / name).stat(), (site / name).stat()
        except OSError:
            continue
        if new.st_ino == old.st_ino and new.st_mtime_ns < written:
            kept[name] = digest
    return kept


def changed_pages(staging: Path, pages: tuple[str, ...], unchanged: dict[str, str], last: dict[str, str]) -> bool:
    """Whether any of pages is new or has other bytes than in the last site."""
    return any(page not in unchanged and last.get(page) != file_sha256(staging / page) for page in pages)

