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

FORMAT = 7  # 6: pickled shards; 7: SQLite rows

SCHEMA = (
    "CREATE TABLE IF NOT EXISTS meta (format INTEGER NOT NULL, version TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS rows (step TEXT NOT NULL, key BLOB NOT NULL, value BLOB NOT NULL, PRIMARY KEY (step, key)) WITHOUT ROWID",
)


def as_blob(value: Any) -> bytes:
    return pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)


class Store:
    """The rows of one store file, as the last build left them, and which keys each step holds there."""

    def __init__(self, path: Path, version: str):
        self.path = path
        self.version = version
        self.held: dict[str, set[bytes]] = {}  # step -> the keys (as blobs) the file holds

    def read(self) -> dict[str, dict[Any, Any]]:
        """Every row, by step and key; {} when the file is missing, corrupt or from another version."""
        if not self.path.is_file():
            return {}
        try:
            with closing(sqlite3.connect(self.path)) as db:
                if db.execute("SELECT format, version FROM meta").fetchall() != [(FORMAT, self.version)]:
                    return {}
                found = db.execute("SELECT step, key, value FROM rows").fetchall()
        except sqlite3.Error:
            return {}
        steps: dict[str, dict[Any, Any]] = {}
        for step, key, value in found:
            try:
                steps.setdefault(step, {})[pickle.loads(key)] = pickle.loads(value)
            except Exception:  # a damaged row is made again, never trusted
                continue
            self.held.setdefault(step, set()).add(key)
        return steps

    def write(self, steps: dict[str, dict[Any, Any]], rewritten: Iterable[tuple[str, Any]] = ()) -> None:
        """Make the file hold `steps`: rows it lacks are inserted, rows no step holds any more deleted,
        and the rows named in `rewritten` (step, key) replaced (values whose key does not name them)."""
        try:
            self._write(steps, {(step, as_blob(key)) for step, key in rewritten})
        except sqlite3.DatabaseError:  # a corrupt file: start it again
            self.path.unlink(missing_ok=True)
            self.held = {}
            self._write(steps, set())

    def _write(self, steps: dict[str, dict[Any, Any]], rewritten: set[tuple[str, bytes]]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with closing(sqlite3.connect(self.path)) as db, db:
            for statement in SCHEMA:
                db.execute(statement)
            if db.execute("SELECT format, version FROM meta").fetchall() != [(FORMAT, self.version)]:
                db.execute("DELETE FROM meta")
                db.execute("DELETE FROM rows")
                db.execute("INSERT INTO meta VALUES (?, ?)", (FORMAT, self.version))
                self.held = {}
            for step in self.held.keys() - steps.keys():
                db.execute("DELETE FROM rows WHERE step = ?", (step,))
            for step, rows in steps.items():
                blobs = {as_blob(key): key for key in rows}
                before = self.held.get(step, set())
                db.executemany("DELETE FROM rows WHERE step = ? AND key = ?", [(step, key) for key in before - blobs.keys()])
                fresh = [key for key in blobs if key not in before or (step, key) in rewritten]
                db.executemany("INSERT OR REPLACE INTO rows VALUES (?, ?, ?)", [(step, key, as_blob(rows[blobs[key]])) for key in fresh])
                self.held[step] = set(blobs)
