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

MkDocs makes a File for every file under docs/ before any plugin sees the collection (`get_files`
walks `docs_dir` between the `config` and `files` events), so for a preview the plugin gives MkDocs
an empty folder as `docs_dir` in `on_config`, puts docs/ back in `on_files` and makes the collection
there from a walk of docs/ that goes only into the folders holding a shown file. Nothing outside
the build's own config changes.
"""

from __future__ import annotations

import logging
import os
import posixpath
import tempfile
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from jinja2 import Environment
from mkdocs import utils
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files, file_sort_key

from ..build.cache import CACHE_DIR, compiled_templates

ONLY = "ARCHIVE_BUILD_ONLY"
# A file to write the build's outputs into: set by an incremental publish, whose `mkdocs build --dirty`
# writes into a copy of the last site made of hard links (publish/incremental.py).
LINKED = "ARCHIVE_LINKED_SITE"


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


def shown_files(config: MkDocsConfig, showing: Showing) -> list[File]:
    """The files of docs/ that `showing` shows, made as MkDocs' get_files makes them and in its order;
    the walk goes only into the folders that hold one."""
    top, found = config.docs_dir, []
    for folder, dirnames, filenames in os.walk(top, followlinks=True):
        relative = os.path.relpath(folder, top).replace(os.sep, "/")
        prefix = "" if relative == "." else relative + "/"
        if showing.folders is not None:  # in place: os.walk goes into what is left
            dirnames[:] = [name for name in dirnames if prefix + name in showing.folders]
        found += [File(prefix + name, top, config.site_dir, config.use_directory_urls) for name in filenames if showing.shows(prefix + name)]
    return sorted(found, key=file_sort_key)


def unlink_written(config: MkDocsConfig, files: Files) -> list[str]:
    """Every file this build's site holds (site-relative), after unlinking those MkDocs is about to
    write: a dirty build writes a file in place (`open(path, "wb")`), which in a copy made of hard links
    would change the last site's file too. MkDocs writes what it finds modified (File.is_modified, its
    own test: no output, or an output older than its source) and the site-wide templates; an unlinked
    output is missing, so MkDocs writes a new file there, and the last site keeps its own."""
    site = Path(config.site_dir)
    included = [file for file in files if file.inclusion.is_included()]
    templates = [*config.theme.static_templates, *config.extra_templates]
    templates += ["sitemap.xml.gz"] if "sitemap.xml" in templates else []  # MkDocs gzips the sitemap
    for path in [file.dest_uri for file in included if file.is_modified()] + templates:
        (site / path).unlink(missing_ok=True)
    return sorted({file.dest_uri for file in included} | set(templates))


class DirtyWarning(logging.Filter):
    """MkDocs warns that a dirty build may leave stale navigation and links, which would fail a
    `build --strict`; an incremental publish is safe from that: our pages' links are computed, the
    nav's pages are always in the build (the publish key holds the nav), and the files whose source
    is gone are removed after the build (tests/test_publish_incremental.py compares it with a full one)."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not record.getMessage().startswith("A 'dirty' build is being performed")


class PreviewPlugin(BasePlugin):
    def __init__(self) -> None:
        super().__init__()
        self.listed: set[str] | None = None  # the files to build besides the pages; None: a plain build
        self.docs_dir = ""  # a preview's docs/, while MkDocs walks `stand_in`, an empty folder
        self.stand_in: tempfile.TemporaryDirectory | None = None

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        """A preview points MkDocs' walk of docs/ at an empty folder: on_files gives the collection."""
        self.listed = listed_paths()
        if os.environ.get(LINKED) and self.listed is None:
            logging.getLogger("mkdocs.commands.build").addFilter(DirtyWarning())
        if self.listed is not None:
            config.theme.static_templates = set()
            self.stand_in = tempfile.TemporaryDirectory(prefix="archive-preview-")
            self.docs_dir, config.docs_dir = config.docs_dir, self.stand_in.name
        return config

    def on_env(self, env: Environment, config: MkDocsConfig, files: Files) -> Environment:
        """In a linked copy of the last site, unlink what MkDocs is about to write (see unlink_written).
        A preview process compiles the theme's templates from a bytecode cache in .cache/ (a quarter of
        a second each time otherwise); Jinja checks each entry against its template's source."""
        outputs_file = os.environ.get(LINKED)
        if outputs_file and self.listed is None:
            Path(outputs_file).write_text("".join(f"{path}\n" for path in unlink_written(config, files)), encoding="utf-8")
        if self.listed is not None:
            env.bytecode_cache = compiled_templates(Path(config.config_file_path).parent / CACHE_DIR)
        return env

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        """docs/ back in the config, and the collection made of what the preview shows of it, the
        theme's files (which a file of docs/ overrides) and what other plugins added."""
        if self.listed is None:
            return files
        config.docs_dir = self.docs_dir
        self.stand_in.cleanup()
        shown = shown_files(config, Showing.of(config, self.listed))
        paths = {file.src_uri for file in shown}
        return Files(shown + [file for file in files if file.src_uri not in paths])
