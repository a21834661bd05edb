"""What every archive's docs/ needs besides its articles: the theme files (Material overrides, styles,
scripts) that ship inside this package, and the reader pages (About, How to cite, Reading offline,
Search), written from the archive's own settings and data. Generated like every other page, so a new
archive (`corpus-archive init`) needs no copy of this repository, and an upgrade of the tool brings
its new theme with the next build."""

from __future__ import annotations

import hashlib
from importlib import resources
from typing import Iterator

from ..archive.link import Archive

THEME = "theme"  # generator/theme/: docs-relative paths below it (overrides/…, assets/…)
READER_PAGES = {  # docs path -> (template, title)
    "about.md": ("pages/about.md.j2", "About this archive"),
    "cite.md": ("pages/cite.md.j2", "How to cite this archive"),
    "offline.md": ("pages/offline.md.j2", "Reading offline"),
    "search.md": ("pages/search.md.j2", "Search"),
}


def theme_files() -> Iterator[tuple[str, bytes, str]]:
    """(docs path, bytes, cache key) of every file in the package's theme folder."""
    root = resources.files("generator").joinpath(THEME)
    for path, item in sorted(walk(root)):
        data = item.read_bytes()
        yield path, data, "theme " + hashlib.blake2b(data, digest_size=16).hexdigest()


def walk(folder, prefix: str = "") -> Iterator[tuple[str, object]]:
    for item in folder.iterdir():
        if item.name.startswith(".") or item.name == "__pycache__":
            continue
        if item.is_dir():
            yield from walk(item, f"{prefix}{item.name}/")
        else:
            yield f"{prefix}{item.name}", item


def collection_facts(archive: Archive) -> dict:
    """What the About page says of the collection, all counted from the archive itself."""
    dated = sorted(a.date.value.iso[:10] for a in archive.articles if a.date.known)
    return {
        "articles": len(archive.articles),
        "undated": len(archive.articles) - len(dated),
        "first": dated[0] if dated else "",
        "last": dated[-1] if dated else "",
        "outlets": [(g.name, g.slug, len(g.articles)) for g in archive.outlets],
        "no_outlet": sum(1 for a in archive.articles if not a.outlet.known),
        "authors": len(archive.authors),
        "actors": len(archive.actors),
        "topics": sum(1 for slug in archive.topics if any(slug in a.topics for a in archive.articles)),
        "withdrawn": len(archive.withdrawn),
    }
