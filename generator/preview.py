"""The MkDocs plugin `archive-preview`: `serve`'s dirty builds copy only the files the generator rewrote.

`mkdocs build --dirty` rebuilds only pages newer than their HTML, but it still checks every file of
docs/ against its copy in the site: five downloads and data files per article (the original, the
citation files, mentions.json), 50,000 files at 10,000 articles and 250,000 at 50,000. When the
environment variable ARCHIVE_BUILD_ONLY names a file listing docs-relative paths (one a line: what
the generator wrote), the plugin leaves every other file of docs/ that is not a Markdown page out of
MkDocs' collection, so MkDocs neither checks nor copies it; the pages all stay, so navigation, links
and the pages built are exactly those of a dirty build without the plugin (tests/test_preview.py
compares). The site-wide templates (sitemap.xml, 404.html) are not written again by such a build:
the full build that follows writes them. Without the variable the plugin does nothing, so `build`
and `mkdocs build` are not affected.

MkDocs makes a File for every file under docs/ before any plugin sees the collection (at 10,000
articles 62,000 of them: 1 of the 1.7 s of a preview build). With the variable set, the plugin runs
MkDocs' own `get_files` over a walk of docs/ that shows only Markdown pages and the listed files, so
the others are never made; `on_files` then finds nothing left to drop. It patches MkDocs for the one
build of that process (a preview is its own `mkdocs build` process).
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import Iterator

import mkdocs.commands.build as mkdocs_build
from jinja2 import Environment
from mkdocs import utils
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import Files, get_files

from .cache import CACHE_DIR, compiled_templates

ONLY = "ARCHIVE_BUILD_ONLY"


def listed_paths() -> set[str] | None:
    listing = os.environ.get(ONLY)
    if not listing:
        return None
    return {line for line in Path(listing).read_text(encoding="utf-8").splitlines() if line}


def shown_to_mkdocs(name: str, listed: set[str]) -> bool:
    return utils.is_markdown_file(name) or name in listed


@contextmanager
def walk_showing(top: str, listed: set[str]) -> Iterator[None]:
    """os.walk, below `top`, yields only the Markdown pages and the listed files (docs-relative paths)."""
    real_walk = os.walk

    def walk(folder, *args, **kwargs):
        for source_dir, dirnames, filenames in real_walk(folder, *args, **kwargs):
            if os.path.normpath(folder) == top:
                relative = source_dir[len(top) + 1 :].replace(os.sep, "/")  # os.walk joins below top
                prefix = relative + "/" if relative else ""
                filenames[:] = [name for name in filenames if shown_to_mkdocs(prefix + name, listed)]
            yield source_dir, dirnames, filenames  # the same dirnames list: MkDocs sorts it in place

    os.walk = walk
    try:
        yield
    finally:
        os.walk = real_walk


def pages_and_listed(config: MkDocsConfig, listed: set[str]) -> Files:
    with walk_showing(os.path.normpath(config.docs_dir), listed):
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
        listed = self.listed
        if listed is None:
            return files
        docs_dir = os.path.normpath(config.docs_dir)
        return Files(
            [
                f
                for f in files
                if f.is_documentation_page() or f.src_uri in listed or os.path.normpath(f.src_dir or "") != docs_dir
            ]
        )
