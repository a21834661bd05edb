"""Follow every internal link of a built site: href and src must name a file in the site, and a
#fragment must name an id in the target page. Reusable by any suite: `broken_links(site_dir)`."""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import unquote, urlsplit

from bs4 import BeautifulSoup

LINK_ATTRIBUTES = (("a", "href"), ("link", "href"), ("script", "src"), ("img", "src"), ("iframe", "src"), ("source", "src"))
EXTERNAL_SCHEMES = {"http", "https", "mailto", "tel"}


@dataclass(frozen=True)
class Parsed:
    """What the walker needs of one HTML page: its links and the ids its #fragments may name."""

    links: tuple[tuple[str, str], ...]
    ids: frozenset[str]


def parsed(path: Path) -> Parsed:
    """The page parsed once, however many pages link to it or walks count it: kept by its path and
    its file's stamp, so a page written again since is parsed again."""
    status = path.stat()
    return parsed_at(path, (status.st_ino, status.st_size, status.st_mtime_ns))


@lru_cache(maxsize=8192)
def parsed_at(path: Path, stamp: tuple[int, int, int]) -> Parsed:
    soup = BeautifulSoup(path.read_text(encoding="utf-8", errors="replace"), "html.parser")
    ids = {tag["id"] for tag in soup.find_all(id=True)}
    ids |= {tag["name"] for tag in soup.find_all("a", attrs={"name": True})}
    return Parsed(tuple(links_of(soup)), frozenset(ids))


def page_ids(path: Path) -> frozenset[str]:
    return parsed(path).ids


def fetches(tag) -> bool:
    """A <link rel="schema.DC" href="http://purl.org/..."> names a vocabulary; the browser never loads it."""
    if tag.name != "link":
        return True
    return not any(rel.lower().startswith("schema.") for rel in tag.get("rel", []))


def links_of(soup: BeautifulSoup) -> list[tuple[str, str]]:
    """(tag name, raw link) for every link-bearing attribute of the page that a browser would load or follow."""
    return [
        (tag.name, tag[attribute])
        for name, attribute in LINK_ATTRIBUTES
        for tag in soup.find_all(name, attrs={attribute: True})
        if fetches(tag)
    ]


def resolve(site: Path, page: Path, link: str) -> tuple[Path, str] | None:
    """The target file and fragment of an internal link; None for external or scheme links."""
    parts = urlsplit(link)
    if parts.scheme or parts.netloc:
        return None
    base = posixpath.dirname(page.relative_to(site).as_posix())
    path = unquote(parts.path)
    if path.startswith("/"):  # site-root relative (Material's 404 page): the site is served at /
        base, path = "", path.lstrip("/")
    target = page if not path else site / posixpath.normpath(posixpath.join(base, path))
    if target.is_dir():
        target = target / "index.html"
    return target, unquote(parts.fragment)


def check_link(site: Path, page: Path, tag: str, link: str) -> str | None:
    """A sentence saying what is broken, or None when the link works (or is external from an <a>)."""
    parts = urlsplit(link)
    if parts.scheme or parts.netloc:
        if tag != "a":
            return f"{tag} loads from another host or scheme: {link}"
        return None if parts.scheme in EXTERNAL_SCHEMES or parts.netloc else f"unexpected scheme: {link}"
    target, fragment = resolve(site, page, link)
    if not target.resolve().is_relative_to(site.resolve()):
        return f"points outside the site: {link}"
    if not target.is_file():
        return f"missing file: {link}"
    if fragment and target.suffix == ".html" and fragment not in page_ids(target):
        return f"missing anchor #{fragment} in {target.relative_to(site)}: {link}"
    return None


def broken_links(site: Path) -> list[str]:
    """Every broken internal link of every HTML page under site/, one line each ("page: problem")."""
    problems = []
    for page in sorted(site.rglob("*.html")):
        for tag, link in parsed(page).links:
            problem = check_link(site, page, tag, link)
            if problem:
                problems.append(f"{page.relative_to(site)}: {problem}")
    return problems


def count_links(site: Path) -> int:
    total = 0
    for page in site.rglob("*.html"):
        total += len(parsed(page).links)
    return total
