"""What a generated page is before it is rendered: its path, template and context (Page), and its
front matter (written as YAML only when a template prints it). The stages that list pages (render,
actor_pages, offline) import these from here, not from each other."""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Any, Callable

import yaml
from markupsafe import Markup

Content = str | bytes  # text is written as UTF-8, bytes verbatim (originals; citations and exports, already UTF-8)

# libyaml's emitter is ~10x faster than PyYAML's pure-Python one and writes the same YAML; the
# Python one is the fallback where PyYAML was built without libyaml.
SAFE_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
YAML_WIDTH = 2**31 - 1  # never fold a line (libyaml wants an int)


@dataclass(frozen=True)
class Page:
    path: str  # relative to docs/, e.g. "articles/3c68d103f99c1bde/index.md"
    template: str
    context: dict[str, Any]
    # With `prepare`, `context` holds only the page's inputs and prepare(context) is what the template
    # gets. The cache fingerprints the inputs, so an unchanged page never pays for deriving the rest.
    # A data file has no Jinja template: "json" (prepare gives the data) or "file" (prepare gives the
    # file's text or bytes); it is cached and rendered like any page.
    prepare: Callable[[dict[str, Any]], Any] | None = None


def to_yaml(data: Any) -> Markup:
    return Markup(yaml.dump(data, Dumper=SAFE_DUMPER, allow_unicode=True, sort_keys=False, width=YAML_WIDTH).rstrip("\n"))


@dataclass(frozen=True)
class FrontMatter:
    """Front matter, written as YAML only when a template prints it: an unchanged page taken from the
    cache never pays for the YAML dump (the slowest part of rendering an article)."""

    data: dict[str, Any]

    def __html__(self) -> str:
        return to_yaml(self.data)

    def __str__(self) -> str:
        return str(to_yaml(self.data))


def front_matter(
    page_type: str, page_title: str, description: str = "", data: dict[str, Any] | None = None, listing: bool = False
) -> FrontMatter:
    """`title` and `description` are printed unescaped by MkDocs and Material, so they are escaped here;
    the raw values for other tools are under `archive:`."""
    matter: dict[str, Any] = {"title": html.escape(page_title)}
    if description:
        matter["description"] = html.escape(description)
    if listing:
        # Lists of every article are not search results. MkDocs ignores this key (its search plugin is
        # off); Zensical, Material's successor, has built-in search and fails at 10,000 articles when a
        # page as long as the full list is indexed.
        matter["search"] = {"exclude": True}
    matter["archive"] = {"type": page_type, **(data or {})}
    return FrontMatter(matter)
