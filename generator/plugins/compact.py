"""The MkDocs plugin `archive-compact`: MkDocs holds every page's HTML compressed, not as text.

`mkdocs build` converts every page's Markdown to HTML first, keeping both on the page, and only then
renders the pages into the theme one by one: its peak memory is every page's source and HTML at once
(6.7 GB at 50,000 articles, most of it the text of the pages). Once a page is converted nothing reads
its Markdown again, and its HTML is read only when that page is rendered into the theme. So the
plugin drops the Markdown, keeps the HTML zlib-compressed (about a quarter of its size), gives it back
just before the page is rendered (`on_page_context`) and lets it go again once it is written
(`on_post_page`). The pages built are byte for byte the same (tests/test_compact.py).

It relies on nothing between the two phases reading `page.content` or `page.markdown`: true of MkDocs
itself and of the plugins this project lists (Material's search is disabled; its blog and tags plugins,
which do read them, are not used). A plugin that needs them must come before this one in mkdocs.yml.
"""

from __future__ import annotations

import zlib

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

LEVEL = 1  # zlib's fastest: the seeds' article pages shrink to a quarter (224 KB -> 60 KB)


class CompactPlugin(BasePlugin):
    def __init__(self) -> None:
        super().__init__()
        self.packed: dict[str, bytes] = {}  # a converted page's source path -> its HTML, compressed

    def on_page_content(self, html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
        self.packed[page.file.src_uri] = zlib.compress(html.encode("utf-8"), LEVEL)
        page.markdown = None
        return ""

    def on_page_context(self, context: dict, page: Page, config: MkDocsConfig, nav: Navigation) -> dict:
        packed = self.packed.pop(page.file.src_uri, None)
        if packed is not None:
            page.content = zlib.decompress(packed).decode("utf-8")
        return context

    def on_post_page(self, output: str, page: Page, config: MkDocsConfig) -> str:
        if page.markdown is None:  # converted by on_page_content above: let the HTML go again
            page.content = ""
        return output
