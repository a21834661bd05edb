"""The <head> metadata reference managers and search engines read from an article page: Highwire
(citation_*), Dublin Core and schema.org JSON-LD, all made from the article's CSL-JSON record."""

from __future__ import annotations

import json
from urllib.parse import quote
from typing import Any

from ..config import Settings
from ..model import Article
from .cite import csl_record, page_permalink, permalink

SCHEMA_TYPES = {"news": "NewsArticle", "opinion": "OpinionNewsArticle", "analysis": "AnalysisNewsArticle"}
DC_TYPE = "NewsItem"  # Zotero imports DC.type NewsItem as newspaperArticle (FACTS.md)


# --- <head> metadata --------------------------------------------------------------------------


def highwire(article: Article, record: dict[str, Any]) -> list[tuple[str, str]]:
    """Highwire Press tags. No citation_journal_title: it makes Zotero import a journal article."""
    tags = [("citation_title", record["title"])]
    tags += [("citation_author", name) for name in (article.authors.value or ())]
    if "issued" in record:
        tags.append(("citation_publication_date", "/".join(f"{p:02d}" if i else str(p) for i, p in enumerate(record["issued"]["date-parts"][0]))))
    if "container-title" in record:
        tags.append(("citation_publisher", record["container-title"]))
    if "://" in record["URL"]:  # relative, Zotero would join it to the page's address without resolving it
        tags.append(("citation_public_url", record["URL"]))
    if "language" in record:
        tags.append(("citation_language", record["language"]))
    return tags


def dublin_core(article: Article, record: dict[str, Any]) -> list[tuple[str, str]]:
    """Dublin Core, and PRISM's publicationName for the outlet (what Zotero imports as a newspaper
    article's publication). No DC.source: Zotero takes it for the publication's title (the original
    file is in the JSON-LD's isBasedOn)."""
    tags = [("DC.type", DC_TYPE), ("DC.title", record["title"])]
    tags += [("DC.creator", name) for name in (article.authors.value or ())]
    if article.date.known:
        tags.append(("DC.date", article.date.value.iso[:10]))
    if "container-title" in record:
        tags.append(("DC.publisher", record["container-title"]))
        tags.append(("prism.publicationName", record["container-title"]))  # Zotero's publicationTitle
    if "language" in record:
        tags.append(("DC.language", record["language"]))
    tags.append(("DC.identifier", record["URL"]))
    return tags


def json_ld(article: Article, record: dict[str, Any], original: str, actor_names: list[str]) -> dict[str, Any]:
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": SCHEMA_TYPES.get(article.kind.value or "", "NewsArticle"),
        "@id": record["URL"],
        "url": record["URL"],
        "headline": record["title"],
        "identifier": article.id,
        "isBasedOn": {"@type": "MediaObject", "contentUrl": original, "encodingFormat": "text/plain", "sha256": article.source.sha256},
    }
    if article.authors.known:
        data["author"] = [{"@type": "Person", "name": name} for name in article.authors.value]
    if article.date.known:
        data["datePublished"] = article.date.value.iso
    if article.outlet.known:
        data["publisher"] = {"@type": "Organization", "name": article.outlet.value}
    if article.language.known:
        data["inLanguage"] = article.language.value
    if actor_names:
        data["mentions"] = [{"@type": "Thing", "name": name} for name in actor_names]
    return data


def script_json(data: Any) -> str:
    """JSON for a <script> element: `<`, `>` and `&` escaped so text can never close the element. On
    one line: an indent would switch json to its pure-Python encoder (every article page has one); no
    space after `,` and `:` (an article's list of actors mentioned is most of it)."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def head_meta(article: Article, settings: Settings, actor_names: list[str]) -> dict[str, Any]:
    """What docs/overrides/main.html prints in <head>: raw values (the template escapes them). Every
    URL is absolute with a site_url, else relative to the article page itself."""
    record = dict(csl_record(article, settings), URL=page_permalink(article, settings))
    original = published_original(article, settings) or page_permalink(article, settings) + "original.txt"
    return {
        "highwire": [list(tag) for tag in highwire(article, record)],
        "dublin_core": [list(tag) for tag in dublin_core(article, record)],
        "json_ld": script_json(json_ld(article, record, original, actor_names)),
        "canonical": permalink(article, settings) if settings.site_url else "",
    }


def original_url(article: Article, settings: Settings) -> str:
    return published_original(article, settings) or permalink(article, settings) + "original.txt"


def published_original(article: Article, settings: Settings) -> str:
    """The verbatim original's address when the originals are published apart from the site
    (originals_url: the corpus folder's, to which the file's path in the corpus is added); else ""."""
    base = settings.options.originals_url
    return base.rstrip("/") + "/" + quote(article.source.path) if base else ""
