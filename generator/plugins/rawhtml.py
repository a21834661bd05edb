"""Hand our own raw HTML to Python-Markdown's stash without parsing it (issue 7).

Generated pages are mostly raw HTML blocks written by our templates. Python-Markdown finds the end
of each block with `html.parser`, and MkDocs parses the whole page once more to collect anchor
ids: half of `mkdocs build`. The templates mark the big raw regions with two lines,

    <!-- archive:raw -->
    ...raw HTML blocks, separated by blank lines...
    <!-- /archive:raw -->

and this Python-Markdown extension stores each blank-line-separated chunk of a region in the
HTML stash itself, before MkDocs and Python-Markdown look for HTML. Markdown then handles each
chunk exactly as it handles a raw HTML block it found on its own (a `<p>placeholder</p>` that
the raw HTML postprocessor swaps back), so the page comes out byte for byte the same; without
the extension the markers are plain HTML comments and the page builds the same way.

What the templates must do for that: a blank line before the start marker and after the end
marker (otherwise the markers are ignored), Markdown (headings for the table of contents) only
outside regions, and each blank-line-separated chunk inside a region made of whole block-level
elements (no blank line inside an element).

Why article text cannot open or close a region: a marker must be a whole line, and every piece
of article text reaches the Markdown through Jinja's autoescaping (`<` becomes `&lt;`) or the
`md_text` filter (headings, which start with `#`). Stash placeholders cannot be forged either:
Python-Markdown deletes the STX/ETX characters they are made of from the source before any
preprocessor runs. A start marker without an end marker is left alone (Markdown parses the rest).

What it costs: MkDocs does not see the anchors and links inside a region, so it neither rewrites
`.md` links nor validates anchors there. Our links are computed relative `.html` links, and the
test suite follows every link of the built site.

Used as the MkDocs plugin `archive-rawhtml` (mkdocs.yml `plugins:`; an entry point in
pyproject.toml), which adds the extension to MkDocs' Markdown. Zensical skips plugins it does not
know, so it builds the same pages the slow way, with no need for this package in its environment.
As a plain Python-Markdown extension it is `generator.plugins.rawhtml`.
"""

from __future__ import annotations

from markdown import Markdown
from markdown.extensions import Extension
from markdown.preprocessors import Preprocessor
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin

START = "<!-- archive:raw -->"
END = "<!-- /archive:raw -->"

# After normalize_whitespace (30), before MkDocs' anchor collector (21) and html_block (20).
PRIORITY = 25


def is_blank(lines: list[str], i: int) -> bool:
    """Line i is blank or outside the page: a Markdown block boundary."""
    return not 0 <= i < len(lines) or not lines[i].strip()


def region_end(lines: list[str], start: int) -> int | None:
    """Index of the end marker that closes a region opened at `start`, or None.

    A region starts and ends on a block boundary (a blank line before the start marker and after
    the end marker), so Markdown would have ended the blocks there too."""
    if lines[start] != START or not is_blank(lines, start - 1):
        return None
    for i in range(start + 1, len(lines)):
        if lines[i] == END:
            return i if is_blank(lines, i + 1) else None
        if lines[i] == START:
            return None  # nested or unclosed: leave it to Markdown
    return None


def chunks(lines: list[str]) -> list[list[str]]:
    """The blank-line-separated runs of lines, blank lines dropped."""
    runs: list[list[str]] = []
    current: list[str] = []
    for line in lines:
        if line.strip():
            current.append(line)
        elif current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


class RawRegionPreprocessor(Preprocessor):
    """Stash every chunk of every marked region; leave the rest of the page to Markdown."""

    def run(self, lines: list[str]) -> list[str]:
        if START not in lines:
            return lines
        out: list[str] = []
        i = 0
        while i < len(lines):
            end = region_end(lines, i)
            if end is None:
                out.append(lines[i])
                i += 1
                continue
            out.extend(self.stashed(lines[i : end + 1]))
            i = end + 1
        return out

    def stashed(self, region: list[str]) -> list[str]:
        out = [""]
        for run in chunks(region):
            out += [self.md.htmlStash.store("\n".join(run) + "\n"), ""]
        return out


class RawRegionExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:
        md.preprocessors.register(RawRegionPreprocessor(md), "archive_raw", PRIORITY)


def makeExtension(**kwargs) -> RawRegionExtension:  # noqa: N802 (Python-Markdown's name)
    return RawRegionExtension(**kwargs)


class RawHtmlPlugin(BasePlugin):
    """MkDocs plugin `archive-rawhtml`: the extension above, for every page."""

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        config.markdown_extensions.append(RawRegionExtension())
        return config
