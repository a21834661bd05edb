"""The build's store: one SQLite file (the standard library's) of rows keyed by step and key.

Most keys name their row's content: a file's name and the sha256 of its bytes (read, extract), enrich's
key (the article as extracted and overridden, and the actor set and topics it was matched against), a
part's key (Fragments); all of them under the code version the file records (`meta`), so a new version
of the tool starts from an empty store. A build reads the rows of the steps it reuses and, when it is
saved, writes only the rows it made and deletes the rows it no longer asked for, in one transaction: a
build stopped while saving leaves the last build's store. A missing, corrupt or foreign file is only
a miss (every row is made again), and a row that cannot be read is one miss.
"""

from __future__ import annotations

import pickle
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any, Iterable

FORMAT = 8  # 6: pickled shards; 7: SQLite rows; 8: in a rowid table

SCHEMA = (
    "CREATE TABLE meta (format INTEGER NOT NULL, version TEXT NOT NULL)",
    # a rowid table, values in the order written: in a table clustered on the key (WITHOUT ROWID),
    # 750 MB of values inserted in key order took 130 s to save at 10,000 articles, not 6
    "CREATE TABLE rows (step TEXT NOT NULL, key BLOB NOT NULL, value BLOB NOT NULL, PRIMARY KEY (step, key))",
)


def stored_format(db: sqlite3.Connection) -> tuple | None:
    """(format, code version) of a store, None when it has none (new, or not a store)."""
    try:
        found = db.execute("SELECT format, version FROM meta").fetchall()
    except sqlite3.OperationalError:  # no such table
        return None
    return found[0] if len(found) == 1 else None


def as_blob(value: Any) -> bytes:
    return pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)


class Store:
    """The rows of one store file, as the last build left them, and which keys each step holds there."""

    def __init__(self, path: Path, version: str):
        self.path = path
        self.version = version
        self.held: dict[str, dict[Any, bytes]] = {}  # step -> key -> the key as stored, for each row the file holds
        self.damaged: list[tuple[str, bytes]] = []  # rows that could not be read: deleted by the next write

    def read(self) -> dict[str, dict[Any, Any]]:
        """Every row, by step and key; {} when the file is missing, corrupt or from another version."""
        if not self.path.is_file():
            return {}
        steps: dict[str, dict[Any, Any]] = {}
        try:
            with closing(sqlite3.connect(self.path)) as db:
                if stored_format(db) != (FORMAT, self.version):
                    return {}
                for step, blob, value in db.execute("SELECT step, key, value FROM rows"):  # a row at a time: never every blob at once
                    try:
                        key = pickle.loads(blob)
                        steps.setdefault(step, {})[key] = pickle.loads(value)
                    except Exception:  # a damaged row is made again, never trusted
                        self.damaged.append((step, blob))
                        continue
                    self.held.setdefault(step, {})[key] = blob
        except sqlite3.Error:
            self.held = {}
            return {}
        return steps

    def write(self, steps: dict[str, dict[Any, Any]], rewritten: Iterable[tuple[str, Any]] = ()) -> None:
        """Make the file hold `steps`: rows it lacks are inserted, rows no step holds any more deleted,
        and the rows named in `rewritten` (step, key) replaced (values whose key does not name them)."""
        try:
            self._write(steps, set(rewritten))
        except sqlite3.DatabaseError:  # a corrupt file: start it again
            self.path.unlink(missing_ok=True)
            self.held, self.damaged = {}, []
            self._write(steps, set())

    def _write(self, steps: dict[str, dict[Any, Any]], rewritten: set[tuple[str, Any]]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with closing(sqlite3.connect(self.path)) as db, db:
            if stored_format(db) != (FORMAT, self.version):
                db.execute("DROP TABLE IF EXISTS meta")
                db.execute("DROP TABLE IF EXISTS rows")
                for statement in SCHEMA:
                    db.execute(statement)
                db.execute("INSERT INTO meta VALUES (?, ?)", (FORMAT, self.version))
                self.held, self.damaged = {}, []
            db.executemany("DELETE FROM rows WHERE step = ? AND key = ?", self.damaged)
            self.damaged = []
            for step in self.held.keys() - steps.keys():
                db.execute("DELETE FROM rows WHERE step = ?", (step,))
            for step, rows in steps.items():
                before = self.held.get(step, {})
                blobs = {key: before.get(key) or as_blob(key) for key in rows}
                db.executemany("DELETE FROM rows WHERE step = ? AND key = ?", [(step, blob) for key, blob in before.items() if key not in rows])
                fresh = [key for key in rows if key not in before or (step, key) in rewritten]
                # one value pickled at a time as SQLite asks for it: never every new blob at once
                db.executemany("INSERT OR REPLACE INTO rows VALUES (?, ?, ?)", ((step, blobs[key], as_blob(rows[key])) for key in fresh))
                self.held[step] = blobs
