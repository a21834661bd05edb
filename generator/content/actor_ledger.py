"""The actors' ledger, corpus/actor-ids.yml: every actor page address the archive has published, with
the names it stood for, so that an address whose actor now has another page (a better name found, a
merge in actors.yml) keeps answering. Written like ids.yml (ledger_file.py): a JSON line an entry,
never left half-written. Which page an old address leads to is archive/actor_moves.py's rule."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import frontmatter
import yaml

from .ledger import LedgerError
from .ledger_file import entry_line, parsed_rows, write_if_changed

ACTOR_LEDGER_FILE = "actor-ids.yml"
HEADER = """\
# Actor page addresses, written by corpus-archive: commit this file with your texts.
# A person's or organisation's page may move when the archive learns a better name for it (a full name,
# a merge in actors.yml); the address it had stays here and leads to the new page.
"""


@dataclass(frozen=True)
class RecordedActor:
    slug: str  # the page's address: actors/<slug>/
    type: str
    names: tuple[str, ...]  # the name its page had, then the other names it stood for


def dump(recorded: tuple[RecordedActor, ...]) -> str:
    rows = [{"slug": r.slug, "type": r.type, "names": list(r.names)} for r in recorded]
    return HEADER + ("".join(f"- {entry_line(row)}\n" for row in rows) if rows else "[]\n")


def load(path: Path) -> tuple[RecordedActor, ...]:
    """The recorded actors; none if there is no file. A damaged file is an error naming it: read as
    empty, the addresses it holds would stop answering."""
    if not path.exists():
        return ()
    try:
        rows = parsed_rows(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise LedgerError(f"{path}: cannot be read ({error}); restore it from version control") from None
    if rows is None:
        return ()
    if not isinstance(rows, list):
        raise LedgerError(f"{path}: expected a list of entries")
    return tuple(recorded_actor(row, path, number) for number, row in enumerate(rows, start=1))


def recorded_actor(row, path: Path, number: int) -> RecordedActor:
    names = row.get("names") if isinstance(row, dict) else None
    if not isinstance(row, dict) or not isinstance(row.get("slug"), str) or not row["slug"] or not isinstance(names, list) or not names:
        raise LedgerError(f"{path}: entry {number} needs a slug and a list of names")
    return RecordedActor(row["slug"], str(row.get("type") or ""), tuple(map(str, names)))


def save(path: Path, recorded: tuple[RecordedActor, ...]) -> bool:
    """Write the ledger if it changed (atomically); whether it was written."""
    return write_if_changed(path, dump(recorded))


def published_actors(docs_dir: Path) -> tuple[RecordedActor, ...]:
    """The actor pages the last build left in docs/, for an archive built before this ledger existed:
    each page's slug, type and the names its front matter gives."""
    folder = docs_dir / "actors"
    found = []
    for item in sorted(os.scandir(folder), key=lambda item: item.name) if folder.is_dir() else ():
        page = Path(item.path) / "index.md"
        matter = page_matter(page) if page.is_file() else {}
        if matter.get("type") == "actor" and matter.get("name"):
            names = [matter["name"], *(matter.get("aliases") or ()), *(matter.get("aliases_seen") or ())]
            found.append(RecordedActor(item.name, str(matter.get("actor_type") or ""), tuple(dict.fromkeys(map(str, names)))))
    return tuple(found)


def page_matter(page: Path) -> dict:
    try:
        matter = frontmatter.load(page).get("archive", {})
    except (OSError, UnicodeDecodeError, yaml.YAMLError, ValueError):
        return {}
    return matter if isinstance(matter, dict) else {}
