"""The ledger's file, corpus/ids.yml: human-readable YAML, an entry a line, never left half-written. Its
rules are in ledger.py."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import yaml

from .ledger import Entry, Ledger, LedgerError

HEADER = """\
# Permanent article ids, written by corpus-archive: commit this file with your texts.
# Each text keeps its id (and so its URL) through edits and renames; the build says what it matched.
# Do not edit an id; a file that is gone stays here as withdrawn, so its URL still answers.
"""


# Each entry is written on one line, as a flow mapping of double-quoted strings: JSON, which is YAML too,
# so the file reads as YAML anywhere, and json reads and writes it 30x faster than libyaml does block
# YAML (10,000 entries: 0.1 s each way, against 2.6 s to write and 4 s to read, paid by every build
# that records an id). A file written otherwise (by hand, or by an older version) is read as YAML.
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
FIELDS = ("id", "file", "added", "withdrawn", "title", "authors", "outlet", "date", "sha256", "opening")
ENTRY_LINE = "- "
# characters YAML does not take raw in a scalar (outside its printable set, or line breaks): written as
# \uXXXX escapes, which JSON and YAML both read (every one is in the Basic Multilingual Plane)
NOT_YAML_PRINTABLE = re.compile("[^\t\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def dump(ledger: Ledger) -> str:
    rows = [{name: _plain(getattr(entry, name)) for name in FIELDS if getattr(entry, name)} for entry in ledger.entries]
    return HEADER + ("".join(f"{ENTRY_LINE}{entry_line(row)}\n" for row in rows) if rows else "[]\n")


def entry_line(row: dict) -> str:
    return NOT_YAML_PRINTABLE.sub(lambda char: f"\\u{ord(char.group()):04x}", json.dumps(row, ensure_ascii=False))


def _plain(value):
    if isinstance(value, tuple):
        return [_plain(item) for item in value]
    return YAML_LINE_BREAKS.sub(" ", value) if isinstance(value, str) else value


# YAML reads these as line breaks and folds them: kept, the ledger would not read back as written
YAML_LINE_BREAKS = re.compile("[\x85\u2028\u2029]")


def parsed_rows(text: str):
    """The file's rows: by json, line by line, when every line is a comment or an entry as dump()
    writes it; else by YAML."""
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    if lines and all(line.startswith(ENTRY_LINE + "{") for line in lines):
        try:
            return [json.loads(line[len(ENTRY_LINE):]) for line in lines]
        except ValueError:
            pass  # YAML's error says where
    return yaml.load(text, Loader=LOADER)


def load(path: Path) -> Ledger:
    """The ledger at `path`; an empty one if there is none. A damaged ledger is an error, never ignored:
    ids would be given again."""
    if not path.exists():
        return Ledger()
    try:
        rows = parsed_rows(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise LedgerError(f"{path}: cannot be read ({error}); restore it from version control") from None
    if rows is None:
        return Ledger()
    if not isinstance(rows, list):
        raise LedgerError(f"{path}: expected a list of entries")
    entries = tuple(_entry(row, path, number) for number, row in enumerate(rows, start=1))
    for what in ("id", "file"):
        seen = Counter(getattr(e, what) for e in entries if what == "id" or e.active)
        twice = sorted(value for value, count in seen.items() if count > 1)
        if twice:
            raise LedgerError(f"{path}: the {what} {twice[0]} stands in more than one entry")
    return Ledger(entries)


def _entry(row, path: Path, number: int) -> Entry:
    if not isinstance(row, dict) or not row.get("id") or not row.get("file"):
        raise LedgerError(f"{path}: entry {number} needs at least an id and a file")
    if not isinstance(row["id"], str):  # YAML reads an unquoted 0123… as a number: the id would change
        raise LedgerError(f"{path}: entry {number}: the id {row['id']!r} must be quoted text")
    unknown = set(row) - set(FIELDS)
    if unknown:
        raise LedgerError(f"{path}: entry {number} ({row['id']}): unknown key(s) {', '.join(sorted(map(str, unknown)))}")
    values = {name: str(row[name]) for name in FIELDS if name in row and name != "authors"}
    authors = row.get("authors") or ()
    if not isinstance(authors, (list, tuple)):
        raise LedgerError(f"{path}: entry {number} ({row['id']}): authors must be a list")
    return Entry(**{"sha256": "", "opening": "", "added": "", **values, "authors": tuple(map(str, authors))})


def save(path: Path, ledger: Ledger) -> bool:
    """Write the ledger if it changed (atomically: a full disk leaves the old one); whether it was written."""
    return write_if_changed(path, dump(ledger))


def write_if_changed(path: Path, text: str) -> bool:
    """Write `text` to `path` unless it holds it already, atomically (a full disk leaves the old file); whether
    it was written."""
    if path.exists() and path.read_text(encoding="utf-8") == text:
        return False
    partial = path.with_name(f".{path.name}.writing")
    partial.write_text(text, encoding="utf-8")
    partial.replace(path)
    return True


