"""The MkDocs plugin `archive-trim`: the theme's templates render without their indentation (issue 35).

Material's templates are indented for the people who write them: every page of the site carried
their indentation and the blank lines their `{% if %}` and `{% for %}` lines leave, about 4 KB of an
article page's 50 KB and as much on every other page. The plugin takes it out of the templates, once
per build, before any page is rendered, so it costs nothing per page (minifying each written page
instead cost 1.6-2 ms a page, 5 s of a 2,000-article build, for little more):

- each line of an HTML template loses its leading spaces and tabs, and blank lines go: a newline
  stays wherever there was one, and a browser shows any run of whitespace between words or inline
  elements as one space, so the page reads the same. (The theme's templates hold no <pre>,
  <textarea> or JavaScript template literal, where leading whitespace would show: a test checks.)
- Jinja's `trim_blocks` drops the newline after a `{% ... %}` tag (what the template author put
  there to put the tag on a line of its own).

A test renders the seed site with and without the plugin and compares every page's text, word by
word and character by character. Our own pages' bodies (the Markdown the generator writes) are not
templates of the theme and are untouched. Zensical, which skips plugins it does not know, builds the
same pages with the whitespace.
"""

from __future__ import annotations

import re

from jinja2 import BaseLoader, Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import Files

INDENT = re.compile(r"\n[ \t\r\n]*")


def trimmed(source: str) -> str:
    """A template's source without leading whitespace on its lines and without blank lines."""
    return INDENT.sub("\n", source).lstrip()


# Material's navigation entry wraps each title in <span class="md-ellipsis">, which cuts a title too
# long for the sidebar with "…"; the site's own entries are a word or two, and the span and the
# newlines around the title were a fifth of the navigation, which every page carries (0.7 KB of 3.6).
# The title is written bare instead (a long one then wraps). Left as it is if Material's source changes.
NAV_TITLE = re.compile(r'<span class="md-ellipsis">\s*\{\{ render_title\(ref\) \}\}(.*?)\s*</span>', re.S)


def bare_nav_titles(source: str) -> str:
    return NAV_TITLE.sub(lambda m: "{{- render_title(ref) | trim -}}" + m.group(1), source, count=1)


REWRITES = {"partials/nav-item.html": bare_nav_titles}


class TrimmedLoader(BaseLoader):
    """The theme's loader, its HTML templates trimmed."""

    def __init__(self, inner: BaseLoader) -> None:
        self.inner = inner

    def get_source(self, environment: Environment, template: str):
        source, filename, uptodate = self.inner.get_source(environment, template)
        source = REWRITES.get(template, str)(source)
        return (trimmed(source) if template.endswith(".html") else source), filename, uptodate

    def list_templates(self) -> list[str]:
        return self.inner.list_templates()


class TrimPlugin(BasePlugin):
    @event_priority(100)  # before any other plugin loads a template through the environment
    def on_env(self, env: Environment, config: MkDocsConfig, files: Files) -> Environment:
        if not isinstance(env.loader, TrimmedLoader):
            env.loader = TrimmedLoader(env.loader)
        env.trim_blocks = True
        if env.cache is not None:
            env.cache.clear()  # a template compiled before this point would keep its whitespace
        return env
