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
"""

from __future__ import annotations

import os
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import Files

ONLY = "ARCHIVE_BUILD_ONLY"


def listed_paths() -> set[str] | None:
    listing = os.environ.get(ONLY)
    if not listing:
        return None
    return {line for line in Path(listing).read_text(encoding="utf-8").splitlines() if line}


class PreviewPlugin(BasePlugin):
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        if listed_paths() is not None:
            config.theme.static_templates = set()
        return config

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        listed = listed_paths()
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
