"""The MkDocs plugin `archive-preview`: `serve`'s dirty builds show MkDocs only what changed.

`mkdocs build --dirty` rebuilds only pages newer than their HTML, but it still makes a File and a
Page for every file of docs/ and checks each against its copy in the site: a page and five downloads
and data files per article (the original, the citation files, mentions.json), 62,000 files at 10,000
articles and 300,000 at 50,000 (1.5 of the 1.7 s of a one-page preview at 10,000). When the
environment variable ARCHIVE_BUILD_ONLY names a file listing docs-relative paths (one a line: what
the generator wrote), MkDocs' collection holds only the listed files and the pages the configured
`nav` names (see `Showing`): a page's HTML depends on the nav, not on the pages outside it, since our
links are computed `.html` links in raw HTML that MkDocs does not resolve. So the pages built are
byte for byte those of a full build (tests/test_preview.py compares), and a preview costs the same
whatever the size of the archive. Without a configured nav, every Markdown page is kept. The
site-wide templates (sitemap.xml, 404.html) are not written again by such a build: the full build
that follows writes them. Without the variable the plugin does nothing, so `build` and
`mkdocs build` are not affected.

MkDocs makes a File for every file under docs/ before any plugin sees the collection, so the plugin
runs MkDocs' own `get_files` over a walk of docs/ that shows only those files and goes only into the
folders that hold one; `on_files` then finds nothing left to drop. It patches MkDocs for the one
build of that process (a preview is its own `mkdocs build` process).
"""

from __future__ import annotations

import os
import posixpath
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cached_property, partial
from pathlib import Path
from typing import Any, Iterator

import mkdocs.commands.build as mkdocs_build
from jinja2 import Environment
from mkdocs import utils
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import Files, get_files

from ..build.cache import CACHE_DIR, compiled_templates

ONLY = "ARCHIVE_BUILD_ONLY"


def listed_paths() -> set[str] | None:
    listing = os.environ.get(ONLY)
    if not listing:
        return None
    return {line for line in Path(listing).read_text(encoding="utf-8").splitlines() if line}


@dataclass(frozen=True)
class Showing:
    """What a preview build lets MkDocs see of docs/: the listed files (what the generator rewrote) and
    the pages the configured nav names, which every page's navigation is made of. An unlisted page
    outside the nav is unchanged and links nowhere MkDocs looks (our links are computed `.html`
    links in raw HTML), so leaving it out changes no page built; MkDocs then neither walks the
    article folders nor checks each page, and a preview costs the same at 50,000 articles as at 50.
    Without a configured nav (MkDocs then lists every page) every Markdown page is shown."""

    listed: frozenset[str]
    nav_pages: frozenset[str] | None

    @classmethod
    def of(cls, config: MkDocsConfig, listed: set[str]) -> "Showing":
        return cls(frozenset(listed), nav_paths(config.nav))

    def shows(self, name: str) -> bool:
        if name in self.listed:
            return True
        return utils.is_markdown_file(name) if self.nav_pages is None else name in self.nav_pages

    @cached_property
    def folders(self) -> frozenset[str] | None:
        """The docs-relative folders (below docs/ itself) that hold a shown file; None: every folder."""
        if self.nav_pages is None:
            return None
        return frozenset(folder for path in self.listed | self.nav_pages for folder in folders_above(path))


def folders_above(path: str) -> list[str]:
    """"a/b/c.md" -> ["a", "a/b"]: the folders below docs/ that hold the file."""
    parts = path.split("/")[:-1]
    return ["/".join(parts[: i + 1]) for i in range(len(parts))]


def nav_paths(nav: Any) -> frozenset[str] | None:
    """The docs paths of the pages a configured `nav` names (links to elsewhere are never files of
    docs/, so they match nothing); None where no nav is configured."""
    if nav is None:
        return None
    found: set[str] = set()
    pending = [nav]
    while pending:
        item = pending.pop()
        if isinstance(item, str):
            found.add(posixpath.normpath(item.lstrip("/")))
        elif isinstance(item, dict):
            pending.extend(item.values())
        elif isinstance(item, list):
            pending.extend(item)
    return frozenset(found)


@contextmanager
def walk_showing(top: str, showing: Showing) -> Iterator[None]:
    """os.walk, below `top`, yields only the files `showing` shows, and goes only into the folders
    that hold one."""
    real_walk = os.walk
    folders = showing.folders

    def walk(folder, *args, **kwargs):
        for source_dir, dirnames, filenames in real_walk(folder, *args, **kwargs):
            if os.path.normpath(folder) == top:
                relative = source_dir[len(top) + 1 :].replace(os.sep, "/")  # os.walk joins below top
                prefix = relative + "/" if relative else ""
                filenames[:] = [name for name in filenames if showing.shows(prefix + name)]
                if folders is not None:  # in place: os.walk goes into what is left, MkDocs sorts it
                    dirnames[:] = [name for name in dirnames if prefix + name in folders]
            yield source_dir, dirnames, filenames

    os.walk = walk
    try:
        yield
    finally:
        os.walk = real_walk


def pages_and_listed(config: MkDocsConfig, listed: set[str]) -> Files:
    with walk_showing(os.path.normpath(config.docs_dir), Showing.of(config, listed)):
        return get_files(config)


class PreviewPlugin(BasePlugin):
    def __init__(self) -> None:
        super().__init__()
        self.listed: set[str] | None = None  # the files to build besides the pages; None: a plain build

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        self.listed = listed = listed_paths()
        if listed is not None:
            config.theme.static_templates = set()
            mkdocs_build.get_files = partial(pages_and_listed, listed=listed)  # this process's one build
        return config

    def on_env(self, env: Environment, config: MkDocsConfig, files: Files) -> Environment:
        """A preview process compiles the theme's templates from a bytecode cache in .cache/ (a quarter of
        a second each time otherwise); Jinja checks each entry against its template's source."""
        if self.listed is not None:
            env.bytecode_cache = compiled_templates(Path(config.config_file_path).parent / CACHE_DIR)
        return env

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        """The same rule as the walk's, on MkDocs' collection: what a plugin adds, or MkDocs finds other
        than through get_files, is narrowed too."""
        if self.listed is None:
            return files
        showing = Showing.of(config, self.listed)
        docs_dir = os.path.normpath(config.docs_dir)
        return Files([f for f in files if showing.shows(f.src_uri) or os.path.normpath(f.src_dir or "") != docs_dir])
