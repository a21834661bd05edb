"""Render the archive into front-mattered Markdown pages, every one from a Jinja2 template.

Article text is data. The templates autoescape HTML; body text goes into raw HTML blocks, which
Python-Markdown passes through untouched, and the few Markdown contexts (headings) get every
Markdown punctuation character as an HTML entity (`md_text`). Front matter is written with
yaml.safe_dump, and the `title`/`description` keys that MkDocs and Material print unescaped are
HTML-escaped first.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass
from functools import partial
from typing import Any, Callable

from jinja2 import BytecodeCache, Environment, PackageLoader, StrictUndefined, select_autoescape
from jinja2.runtime import Macro
from markupsafe import Markup

from .actor_pages import actor_and_topic_pages, mention_pages, most_mentioned_people
from .article_actors import article_data, article_extras
from . import citepages
from .cite import Citations
from ..reuse import MAKE_ALL, Memo
from ..config import Settings
from ..archive.link import Archive, ArticleScope, Group, Shown
from ..model import Article, Field
from .theme import READER_PAGES, collection_facts
from .offline import offline_index_pages
from .page import Page, front_matter
from ..archive.pictures import template_globals, to_json

MARKDOWN_SPECIAL = re.compile(r"[\\`*_{}\[\]()#+\-.!|<>&~^=:\"'$%@]")


EVIDENCE_LINE = re.compile(r"^line (\d+): (.*)$", re.S)
DEFAULT_EVIDENCE = re.compile(r"^default for (.*) \(corpus/metadata\.yml\)$", re.S)


def in_words(evidence: str) -> str:
    """A value's evidence as a reader reads it: "taken from line 3: …", "given by the archive's
    editors", "worked out: …", "not in the text: …". The exports keep the evidence as recorded."""
    line = EVIDENCE_LINE.match(evidence)
    if line:
        return f"taken from line {line.group(1)}: “{line.group(2)}”"
    if evidence.startswith("override"):
        return "given by the archive's editors (the text does not state it)"
    if default := DEFAULT_EVIDENCE.match(evidence):
        return f"given by the archive's editors for {default.group(1).replace('files matching', 'the files matching')} (the text does not state it)"
    kind, _, how = evidence.partition(": ")
    how = re.sub(r";? ?set \w+ in metadata\.yml", "", how)
    return {"derived": f"worked out: {how}", "not found": f"not in the text: {how}"}.get(kind, evidence)


def md_text(value: Any) -> Markup:
    """Text that Markdown shows as written: every special character becomes an HTML entity."""
    return Markup(MARKDOWN_SPECIAL.sub(lambda m: f"&#{ord(m.group(0))};", str(value)))


def html_url(target: str) -> str:
    """Site-relative page address -> the file that serves it ("articles/x/" -> "articles/x/index.html")."""
    if target.endswith("/") or target == "":
        return target + "index.html"
    if target.endswith(".md"):
        return target[:-3] + ".html"
    return target


def relative(from_page: str, target: str) -> str:
    """A link from one page (docs path) to a target that works on a server and from file://."""
    from_dir = posixpath.dirname(html_url(from_page))
    fragment = ""
    if "#" in target:
        target, fragment = target.split("#", 1)
        fragment = "#" + fragment
    return relative_path(html_url(target), from_dir) + fragment


class Linker:
    """`relative` from one page, each target worked out once (a page links the same actors, authors and
    dates many times). Pages in one folder link alike: `folder` says which."""

    def __init__(self, from_page: str):
        self.from_page = from_page
        self.folder = posixpath.dirname(html_url(from_page))
        self.links: dict[str, str] = {}

    def __call__(self, target: str) -> str:
        link = self.links.get(target)
        if link is None:
            link = self.links[target] = relative(self.from_page, target)
        return link


def relative_path(target: str, from_dir: str) -> str:
    """posixpath.relpath for two clean docs-relative paths, without its os.getcwd() and abspath calls
    (pages make ~100 links each); anything unusual goes to posixpath.relpath."""
    to_parts, from_parts = target.split("/"), from_dir.split("/") if from_dir else []
    if any(part in ("", ".", "..") for part in (*to_parts, *from_parts)):
        return posixpath.relpath(target, from_dir or ".")
    common = 0
    for a, b in zip(from_parts, to_parts):
        if a != b:
            break
        common += 1
    return "/".join([".."] * (len(from_parts) - common) + to_parts[common:]) or "."


def field_data(item: Field) -> dict[str, Any]:
    value = item.value
    if hasattr(value, "iso"):
        value = value.iso
    elif isinstance(value, tuple):
        value = list(value)
    return {"value": value, "evidence": item.evidence}


def article_record(article: Article, settings: Settings) -> dict[str, Any]:
    """Everything known about an article, with evidence: front matter and the data exports share it."""
    return {
        "id": article.id,
        "url": article.url,
        "permalink": settings.site_url + article.url if settings.site_url else article.url,
        **{name: field_data(getattr(article, name)) for name in EVIDENCE_FIELDS},
        "overridden": list(article.overridden),
        "word_count": article.word_count,
        "reading_minutes": article.reading_minutes,
        "paragraphs": len(article.paragraphs),
        "headings": [{"anchor": b.anchor, "text": b.text} for b in article.headings],
        "removed": [{"line": r.line, "text": r.text, "rule": r.rule} for r in article.removed],
        "source": {
            "file": article.source.path,
            "sha256": article.source.sha256,
            "encoding": article.source.encoding,
            "bytes": article.source.size,
            "id_from": article.source.id_evidence,
        },
        "duplicates": list(article.duplicates),
    }


class Renderer:
    def __init__(self, settings: Settings, fragments: Memo | None = None, compiled: BytecodeCache | None = None):
        """`compiled`: where the templates' compiled code is kept, so that a build after the first (a
        fresh `generate`, each rebuild in `serve`) loads it rather than compiling 19 templates again
        (0.1-0.3 s)."""
        self.settings = settings
        self.fragments = fragments or MAKE_ALL
        self.env = Environment(
            loader=PackageLoader("generator", "templates"),
            bytecode_cache=compiled,
            autoescape=select_autoescape(default=True, default_for_string=True),
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
        )
        self.env.filters["md_text"] = md_text
        self.env.filters["in_words"] = in_words
        self.env.globals["settings"] = settings
        self.env.globals.update(template_globals())
        self.env.globals["rows"] = self.rows

    def compile_all(self, pages: list[Page]) -> None:
        """Compile every template the pages use, once, before render workers are forked (each would
        otherwise compile its own copy)."""
        for name in sorted({page.template for page in pages if page.template not in DATA_FILES}):
            self.env.get_template(name)

    def rows(self, macro: Macro, articles: list[Article], rel: Linker) -> Markup:
        """macro(article, rel) for each article, each followed by a line break. A row is a function of
        its article and the page's folder, so serve keeps each (reuse.Memo) and a list of 10,000
        articles is joined, not rendered again, when one changes."""
        kind = f"row {macro.name} {rel.folder}"
        return Markup("".join(self.fragments.part(kind, article, lambda a: macro(a, rel) + "\n") for article in articles))

    def render(self, page: Page) -> str | bytes:
        context = page.prepare(page.context) if page.prepare else page.context
        if page.template in DATA_FILES:
            return DATA_FILES[page.template](context)
        template = self.env.get_template(page.template)
        return template.render(page=page.path, rel=Linker(page.path), **context)


DATA_FILES: dict[str, Callable[[Any], str | bytes]] = {"json": to_json, "file": lambda content: content}


EVIDENCE_FIELDS = ("title", "dek", "authors", "outlet", "date", "kind", "language", "summary", "source_url")


def display(item: Field) -> str:
    value = item.value
    if hasattr(value, "iso"):
        return value.iso
    if isinstance(value, tuple):
        return ", ".join(value)
    return "" if value is None else str(value)


def article_pages(archive: Archive, settings: Settings, fragments: Memo = MAKE_ALL) -> list[Page]:
    links, citations = ArticleLinks.of(archive), Citations()  # the articles' citations share one, for this build
    pages = [article_page(article, archive, links, settings, citations, fragments) for article in archive.articles]
    for old, new in archive.redirects.items():
        pages.append(Page(f"articles/{old}/index.html", "redirect.html.j2", {"target": f"articles/{new}/"}))
    for entry in archive.withdrawn:
        matter = front_matter("withdrawn", f"Withdrawn: {entry.title or entry.id}", data={"id": entry.id, "withdrawn": entry.withdrawn})
        pages.append(Page(f"articles/{entry.id}/index.md", "withdrawn.md.j2", {"entry": entry, "front_matter": matter}))
    return pages


@dataclass(frozen=True)
class ArticleLinks:
    """What an article page links to beyond its own scope: the outlet and author pages, other articles."""

    outlet_slugs: dict[str, str]
    author_slugs: dict[str, str]
    by_id: dict[str, Shown]

    @classmethod
    def of(cls, archive: Archive) -> "ArticleLinks":
        return cls(
            {g.name: g.slug for g in archive.outlets},
            {g.name: g.slug for g in archive.authors},
            archive.shown,
        )

    def scope(self, article: Article, archive: Archive) -> ArticleScope:
        """The actors, topics and related articles the article's page shows."""
        actors = [s for s in article.named_actors() if s in archive.actors]
        topics = [t for t in article.topics if t in archive.topics]
        related = [r.article for r in article.related if r.article in self.by_id]
        return ArticleScope(
            {s: archive.actors[s] for s in actors},
            {t: archive.topics[t] for t in topics},
            {i: self.by_id[i] for i in related},
        )


def article_page(article: Article, archive: Archive, links: ArticleLinks, settings: Settings, citations: Citations, fragments: Memo = MAKE_ALL) -> Page:
    inputs = {
        "a": article,
        "scope": links.scope(article, archive),
        "outlet_slug": links.outlet_slugs.get(article.outlet.value or "", ""),
        "author_slugs": {name: links.author_slugs[name] for name in article.authors.value or () if name in links.author_slugs},
    }
    return Page(f"{article.url}index.md", "article.md.j2", inputs, partial(article_context, settings=settings, citations=citations, fragments=fragments))


def article_context(inputs: dict[str, Any], settings: Settings, citations: Citations, fragments: Memo = MAKE_ALL) -> dict[str, Any]:
    """Everything article.md.j2 shows, from the page's inputs."""
    article, scope = inputs["a"], inputs["scope"]
    record = {**article_record(article, settings), **article_data(article, scope), "head": citepages.head_data(article, scope, settings)}
    return {
        **inputs,
        "front_matter": front_matter("article", article.title.value or "Untitled", article.summary.value or "", record),
        "evidence": [(name, display(getattr(article, name)), getattr(article, name).evidence) for name in EVIDENCE_FIELDS],
        **article_extras(article, scope, scope.by_id),
        "cite": citepages.cite_context(article, scope, settings, citations, fragments),
    }


def group_pages(kind: str, label: str, groups: list[Group]) -> list[Page]:
    index = Page(
        f"{kind}/index.md",
        "groups.md.j2",
        {"kind": kind, "label": label, "groups": groups, "front_matter": front_matter(f"{kind}-index", label)},
    )
    members = [
        Page(
            f"{kind}/{g.slug}/index.md",
            "group.md.j2",
            {"kind": kind, "label": label, "group": g, "front_matter": front_matter(kind, g.name, data={"name": g.name, "slug": g.slug})},
        )
        for g in groups
    ]
    return [index, *members]


def reader_pages(archive: Archive) -> list[Page]:
    """About, How to cite, Reading offline and Search, from this archive's settings and data (theme.py)."""
    facts = collection_facts(archive)
    return [
        Page(path, template, {"f": facts, "front_matter": front_matter(path[:-3], title)})
        for path, (template, title) in READER_PAGES.items()
    ]


def site_pages(archive: Archive, settings: Settings, entries: dict, fragments: Memo | None = None) -> list[Page]:

    common = {"archive": archive}
    return [
        Page("index.md", "home.md.j2", {**common, "people": most_mentioned_people(entries), "front_matter": front_matter("home", settings.site_name, settings.site_description)}),
        Page("articles/index.md", "articles.md.j2", {**common, "front_matter": front_matter("articles-index", "All articles", listing=True)}),
        Page("dates/index.md", "dates.md.j2", {**common, "front_matter": front_matter("dates-index", "By date", listing=True)}),
        Page("pictures/index.md", "overview.md.j2", {**common, "front_matter": front_matter("overview", "Overview")}),
        Page("pictures/timeline.md", "timeline.md.j2", {**common, "front_matter": front_matter("timeline", "Timeline")}),
        *article_pages(archive, settings, fragments or MAKE_ALL),
        *group_pages("outlets", "Outlets", archive.outlets),
        *group_pages("authors", "Authors", archive.authors),
        *actor_and_topic_pages(archive, entries),
        Page("data/index.md", "data.md.j2", {**common, "exports": citepages.ARCHIVE_EXPORTS, "front_matter": front_matter("data", "Data & citation")}),
        *reader_pages(archive),
        *offline_index_pages(archive, fragments),
        *mention_pages(archive, entries),
    ]

