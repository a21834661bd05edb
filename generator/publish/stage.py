"""The edges that touch the disk: write docs/ (see sink.py), run MkDocs and Pagefind into a staging folder, swap it in.

A build that fails at any step leaves the previous site/ as it was.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from .bundle import BagInfo, write_manifest_and_zip
from .remover import remove_in_background
from .fixity import BUNDLE, MANIFEST, read_manifest
from .incremental import (LastPublish, as_published, changed_pages, forget_last_publish, inputs_digest, linked_copy, publish_key,
                          read_outputs, remove_strays, reusable, site_folder, unchanged_digests, write_last_publish)
from ..config import Settings, archived_on
from ..site.citepages import ARCHIVE_FILES
from ..site.offline import offline_only
from ..archive.link import Archive
from .search_index import SearchPlan, index_site, pagefind_command, plan_search


UNCHANGED = "unchanged"  # publish()'s answer when the last site is the one this build would make


class PublishError(Exception):
    """A publishing step failed; the message says which and why."""


def build_environment(archive: Archive) -> dict[str, str]:
    """A fixed SOURCE_DATE_EPOCH (the newest article date) keeps two builds of one corpus identical."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    if "SOURCE_DATE_EPOCH" not in env:
        from datetime import datetime, timezone

        newest = max((a.date.value.first_day.isoformat() for a in archive.articles if a.date.known), default="1970-01-01")
        moment = datetime.fromisoformat(newest).replace(tzinfo=timezone.utc)
        env["SOURCE_DATE_EPOCH"] = str(int(moment.timestamp()))
    return env


def run_step(name: str, command: list[str], env: dict[str, str], cwd: Path) -> str:
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        output = (result.stderr or result.stdout).strip().splitlines()
        detail = "\n".join(output[-15:])
        raise PublishError(f"{name} failed (exit {result.returncode}):\n{detail}")
    return result.stdout + result.stderr


def staging_dir(site_dir: Path) -> Path:
    staging = site_dir.with_name(f".{site_dir.name}.building")
    shutil.rmtree(staging, ignore_errors=True)
    return staging


def mkdocs_build(settings: Settings, target: Path, env: dict[str, str], strict: bool, dirty: bool = False) -> str:
    command = [sys.executable, "-m", "mkdocs", "build", "-f", str(settings.config_file), "-d", str(target)]
    # --quiet sets MkDocs' logger to errors only, where --strict no longer sees a warning to fail on
    command.append("--strict" if strict else "--quiet")
    if dirty:
        command.append("--dirty")
    return run_step("mkdocs build --dirty" if dirty else "mkdocs build", command, env, settings.project_dir)


def has_full_site(site_dir: Path) -> bool:
    """site_dir holds a site that publish() wrote: its manifest is written only there, after MkDocs and Pagefind."""
    return (site_dir / MANIFEST).is_file()


def preview_build(settings: Settings, archive: Archive, rewritten: list[str] | None = None) -> None:
    """`mkdocs build --dirty` straight into the served site/, for `serve`'s preview of an edit.

    MkDocs rebuilds only the pages (and copies only the files) whose source in docs/ is newer than
    their output; the generator (sink.DocsWriter) rewrites only files whose bytes changed, so that is what changed. Each
    rebuilt page is the page a full build writes (same environment, SOURCE_DATE_EPOCH included).
    `rewritten` (docs paths the generator wrote) lets the `archive-preview` plugin leave every other
    file out of the build but the pages the nav names (preview.py): MkDocs then checks only those,
    at any size of archive.
    Everything else is stale until publish() has run: search, the manifest, archive.zip, and the
    HTML of a page that was deleted from docs/. Call it only when has_full_site()."""
    from ..plugins.preview import ONLY  # here, not at the top: preview imports MkDocs (0.1 s), which `generate` never needs

    env = build_environment(archive)
    if rewritten is None:
        mkdocs_build(settings, settings.site_dir, env, strict=False, dirty=True)
        return
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".txt", prefix="rewritten-", delete=False) as listing:
        listing.write("".join(f"{path}\n" for path in rewritten))
    try:
        mkdocs_build(settings, settings.site_dir, {**env, ONLY: listing.name}, strict=False, dirty=True)
    finally:
        os.unlink(listing.name)


def pagefind_index(target: Path, plan: SearchPlan, env: dict[str, str], cwd: Path) -> None:
    """The article pages of the built site target/ indexed in the bundles the plan says (search_index.py)."""

    def run_pagefind(view: Path, bundle: Path) -> None:
        run_step("pagefind", pagefind_command(view, bundle), env, cwd)

    index_site(target, plan, run_pagefind)


def bundle_path(settings: Settings) -> Path:
    """Where archive.zip is kept: in the site, which readers download it from; or, when they download it
    from another address (extra.archive.bundle_url: a release asset, say), beside mkdocs.yml, so that
    the deployed site does not hold it (it is a fifth of the site's bytes)."""
    return (settings.project_dir if settings.options.bundle_url else settings.site_dir) / BUNDLE


# The whole-archive data files go beside archive.zip, into this folder beside mkdocs.yml, when the
# offline copy is published apart from the site: the Pages workflow publishes them as assets of the
# same release, and the data page links there (data.md.j2).
RELEASE = "release"


def bundle_only(settings: Settings) -> Callable[[str], bool] | None:
    """The files that only the offline copy needs, when it is published apart from the site: the
    offline search, which a reader on http never loads (archive.js asks Pagefind there), and the
    whole-archive data files, which readers download from the release (6 KB an article); and, when
    the originals are published apart (originals_url), each article's original.txt (7 KB)."""
    apart, originals = bool(settings.options.bundle_url), bool(settings.options.originals_url)
    if not (apart or originals):
        return None
    return lambda path: (apart and published_apart(path)) or (originals and is_original(path))


def published_apart(path: str) -> bool:
    return offline_only(path) or path in ARCHIVE_FILES


def is_original(path: str) -> bool:
    """An article's verbatim original, articles/<id>/original.txt."""
    parts = path.split("/")
    return len(parts) == 3 and parts[0] == "articles" and parts[2] == "original.txt"


def offline_copy_kept(settings: Settings) -> bool:
    """archive.zip where bundle_path says, and the data files in release/ when the copy is published apart."""
    return all(kept.is_file() for kept in (bundle_path(settings), *release_files(settings).values()))


def release_files(settings: Settings) -> dict[str, Path]:
    """Site path -> its copy in release/, of each whole-archive data file when the offline copy is published apart."""
    return {path: settings.project_dir / RELEASE / Path(path).name for path in ARCHIVE_FILES} if settings.options.bundle_url else {}


def keep_release_files(staging: Path, settings: Settings) -> None:
    """The whole-archive data files copied from the staging site into release/, before the zip takes
    them out of the site (bundle_only), for the workflow to publish beside archive.zip."""
    for path, kept in release_files(settings).items():
        kept.parent.mkdir(exist_ok=True)
        shutil.copyfile(staging / path, kept)


def place_bundle(settings: Settings) -> None:
    """After the swap: archive.zip moved out of the site when it is published elsewhere."""
    if settings.options.bundle_url:
        shutil.move(settings.site_dir / BUNDLE, bundle_path(settings))  # a rename, unless --site-dir is on another file system


def swap_in(staging: Path, site_dir: Path) -> subprocess.Popen | None:
    """Replace site_dir by staging with two renames, so readers never see a half-written site; then start
    the removal of the old site, and of any an earlier build left, in a process of its own (remover.py),
    which the build does not wait for. Returns that process, if any."""
    old = site_dir.with_name(f".{site_dir.name}.old-{os.getpid()}-{time.time_ns()}")  # never a remover's folder
    if site_dir.exists():
        site_dir.rename(old)
    staging.rename(site_dir)
    leftovers = sorted(site_dir.parent.glob(f".{site_dir.name}.old*"))
    return remove_in_background(leftovers) if leftovers else None


def site_is_current(settings: Settings, corpus: str) -> bool:
    """Nothing the site is made from changed since the last build made it: the corpus (`corpus`, its
    corpus_digests), the settings, the code, docs/ and the bag's date; site/ and the offline copy as that build
    left them. Then there is nothing to generate or publish."""
    last = reusable(settings, publish_key(settings))
    return last is not None and last.corpus == corpus and unchanged_since(settings, last, inputs_digest(settings))


def unchanged_since(settings: Settings, last: LastPublish, inputs: str) -> bool:
    return last.inputs == inputs and as_published(settings.site_dir) and offline_copy_kept(settings)


def publish(settings: Settings, archive: Archive, strict: bool = False, on_step=lambda name: None, reuse: bool = True, corpus: str = "") -> str:
    """MkDocs, Pagefind, the manifest and archive.zip into a staging folder, then swapped in (archive.zip
    then moved where bundle_path says). With
    `reuse`, from the last site when it can be (incremental.py), or not at all when nothing it is made from
    changed since; otherwise every step in full. Returns which: "incremental", "unchanged" or "full".
    `corpus`: the corpus digest the build began with, recorded for site_is_current."""
    env = build_environment(archive)
    key = publish_key(settings)
    last = reusable(settings, key) if reuse else None
    inputs = inputs_digest(settings)
    staging = staging_dir(settings.site_dir)  # what a killed build left is removed in any case
    if last is not None and unchanged_since(settings, last, inputs):
        if last.corpus != corpus:
            write_last_publish(settings, replace(last, corpus=corpus))  # a file touched, the same pages made
        return UNCHANGED
    try:
        on_step("mkdocs")
        outputs = mkdocs_into(settings, staging, env, strict, last is not None)
        on_step("pagefind")
        last_digests = read_manifest(settings.site_dir) if last is not None else {}
        plan = search_plan(settings, archive, staging, last, last_digests)
        if last is not None:
            remove_strays(staging, outputs, plan.bundles)
        pagefind_index(staging, plan, env, settings.project_dir)
        on_step("manifest and zip")
        bag = BagInfo(settings.site_name, settings.site_description, settings.site_url, archived_on(os.environ))
        # again after Pagefind: the shards indexed again are new files
        unchanged = unchanged_digests(settings.site_dir, staging, last_digests) if last else {}
        keep_release_files(staging, settings)
        write_manifest_and_zip(staging, bag, unchanged, bundle_path(settings) if last else None, bundle_only(settings))
        on_step("swap")
        forget_last_publish(settings)  # until the record is written again, the next publish is a full one
        swap_in(staging, settings.site_dir)
        place_bundle(settings)  # between the two: a zip and a site of different builds are never reused together
        write_last_publish(settings, LastPublish(key, plan.shards, inputs, corpus, site_folder(settings), plan.recent, plan.sample))
        return "incremental" if last is not None else "full"
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def mkdocs_into(settings: Settings, staging: Path, env: dict[str, str], strict: bool, incremental: bool) -> set[str]:
    """A full `mkdocs build` into the empty staging folder; or, incremental, a dirty build into a
    linked copy of site/. Returns the files of the new site that MkDocs accounts for (incremental)."""
    if not incremental:
        mkdocs_build(settings, staging, env, strict)
        return set()
    from ..plugins.preview import LINKED  # here, not at the top: preview imports MkDocs, which `generate` never needs

    linked_copy(settings.site_dir, staging)
    with tempfile.TemporaryDirectory(prefix="archive-publish-") as folder:
        listing = Path(folder) / "outputs.txt"
        mkdocs_build(settings, staging, {**env, LINKED: str(listing)}, strict, dirty=True)
        return read_outputs(listing)


def search_plan(settings: Settings, archive: Archive, staging: Path, last: LastPublish | None, last_digests: dict[str, str]) -> SearchPlan:
    """What to index (search_index.plan_search): everything for a full publish or when a bundle of the last
    one is missing; else from what changed since the last site (`last_digests`, its manifest)."""
    options = settings.options
    before = SearchPlan(last.shards, last.recent, sample=last.sample) if last else SearchPlan(())
    if not all((staging / bundle).is_dir() for bundle in before.bundles):
        before = SearchPlan(())
    unchanged = unchanged_digests(settings.site_dir, staging, last_digests) if last else {}

    @lru_cache(maxsize=None)
    def changed(page: str) -> bool:
        return changed_pages(staging, (page,), unchanged, last_digests)

    return plan_search(archive.articles, options.pages_per_search_index, options.recent_search_pages, before, changed)
