"""Permanent article ids: given once, recorded in a ledger kept with the corpus (corpus/ids.yml), never changed.

An article's URL is built from its id, so the id must outlive edits, renames and deletions. The first
build that sees a file gives it an id; later builds find each file's id in the ledger:

1. a file named `NNN_<hex>.txt` carries its id in its name, as it always has;
2. the same name and the same text: the same id;
3. the same text under another name (renamed, or two files that swapped names): the id follows the text;
4. the same name, new text (edited): the id stays with the name;
5. another name and slightly different text (renamed and edited in one go): the id of the one missing
   file whose opening is nearly the same, when exactly one fits;
6. anything else is new and gets the start of its text's sha256 (so a corpus built without a ledger
   gets the ids a ledger would record), or a longer start while that is taken.
An id recorded once is never given to another text. A ledger entry whose file is gone is withdrawn:
its URL keeps a page that says so, with the article's last citation (title, authors, outlet, date).
Only this module knows the rules; read.py applies them and the CLI writes the ledger back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterable, Sequence

import yaml
from rapidfuzz import fuzz

LEDGER_FILE = "ids.yml"
OPENING_CHARS = 300  # what is kept of a text to recognise it after an edit and a rename together
SIMILAR = 90.0  # rapidfuzz ratio (0-100) of two openings that are the same article
MARGIN = 5.0  # the best match must beat the second best by this much, or nothing is matched
HEADER = """\
# Permanent article ids, written by corpus-archive: commit this file with your texts.
# Each text keeps its id (and so its URL) for ever, whatever happens to its file name or text.
# Do not edit an id; a file that is gone stays here as withdrawn, so its URL still answers.
"""


class LedgerError(Exception):
    """The ledger file cannot be read; the message names the file and the entry."""


@dataclass(frozen=True)
class Entry:
    """One id the archive has given, and what it was given to."""

    id: str
    file: str  # the file that holds it now, or held it last (withdrawn)
    sha256: str  # of the text as read (normalised)
    opening: str  # the text's first OPENING_CHARS characters, white space folded
    added: str  # ISO date of the build that first saw it
    title: str = ""  # as last published, for the withdrawn page
    authors: tuple[str, ...] = ()
    outlet: str = ""
    date: str = ""
    withdrawn: str = ""  # ISO date of the build that found the file gone

    @property
    def active(self) -> bool:
        return not self.withdrawn


@dataclass(frozen=True)
class Ledger:
    entries: tuple[Entry, ...] = ()

    def by_id(self) -> dict[str, Entry]:
        return {entry.id: entry for entry in self.entries}

    @property
    def active(self) -> list[Entry]:
        return [entry for entry in self.entries if entry.active]

    @property
    def withdrawn(self) -> list[Entry]:
        return [entry for entry in self.entries if not entry.active]


@dataclass(frozen=True)
class Text:
    """What the ledger needs to know of one readable file."""

    file: str
    sha256: str
    opening: str
    named_id: str | None = None  # the hex id in its name, if any


@dataclass(frozen=True)
class Choice:
    """The id one file gets, and why, in a reader's words."""

    file: str
    id: str
    how: str  # new, named, kept, renamed, edited, renamed and edited, restored
    evidence: str
    before: str = ""  # the file name the id had before (renamed)
    known: bool = False  # the id was in the ledger before this build (its page was published)
    added: str = ""  # the day the id was first given


@dataclass(frozen=True)
class Assignment:
    choices: dict[str, Choice]  # file -> its id
    ledger: Ledger  # the ledger after this build
    withdrawn: tuple[Entry, ...] = ()  # withdrawn by this build (their files are gone)
    previously_active: int = 0

    def events(self) -> list[str]:
        """One line per id given or carried over in another way than 'same file, same text'."""
        lines = [describe(choice) for choice in self.choices.values() if choice.how not in ("kept", "named")]
        lines += [f"{entry.id}: withdrawn ({entry.file} is gone); its URL keeps a page that says so" for entry in self.withdrawn]
        return lines


def describe(choice: Choice) -> str:
    if choice.how == "new":
        return f"{choice.file}: new id {choice.id}"
    if choice.how in ("renamed", "renamed and edited"):
        return f"{choice.file}: keeps id {choice.id} ({choice.how}, was {choice.before})"
    return f"{choice.file}: keeps id {choice.id} ({choice.how})"


def opening_of(text: str) -> str:
    return " ".join(text.split())[:OPENING_CHARS]


def text_of(file: str, text_sha256: str, text: str, named_id: str | None) -> Text:
    return Text(file, text_sha256, opening_of(text), named_id)


def assign(ledger: Ledger, texts: Sequence[Text], today: str) -> Assignment:
    """Each text's id, by the rules in this module's docstring, and the ledger after this build."""
    state = _State(ledger, today)
    for text in texts:
        if text.named_id and state.may_take(text, text.named_id):
            state.give(text, text.named_id, "named", "from the file name")
    for rule in (_same_name_same_text, _same_text, _same_name):
        for text in state.open(texts):
            entry = rule(text, state)
            if entry is not None:
                state.carry(text, entry)
    for text, entry in _similar_pairs(state.open(texts), state.unclaimed(active_only=True)):
        state.carry(text, entry, "renamed and edited")
    for text in state.open(texts):
        state.give(text, state.free_id(text), "new", f"given when the file was first added ({today})")
    return state.finish(today)


class _State:
    """The bookkeeping of one assignment: which entries are claimed, which texts have an id."""

    def __init__(self, ledger: Ledger, today: str) -> None:
        self.ledger = ledger
        self.today = today
        self.known = ledger.by_id()
        self.ever_given = set(self.known)
        self.claimed: dict[str, Text] = {}  # id -> text
        self.choices: dict[str, Choice] = {}

    def open(self, texts: Iterable[Text]) -> list[Text]:
        return [text for text in texts if text.file not in self.choices]

    def unclaimed(self, active_only: bool = False) -> list[Entry]:
        return [e for e in self.ledger.entries if e.id not in self.claimed and (e.active or not active_only)]

    def may_take(self, text: Text, article_id: str) -> bool:
        """A name's id is the file's unless another file has it already, now or in the ledger."""
        old = self.known.get(article_id)
        fits = old is None or old.file == text.file or old.sha256 == text.sha256
        return fits and article_id not in self.claimed

    def give(self, text: Text, article_id: str, how: str, evidence: str, before: str = "") -> None:
        self.claimed[article_id] = text
        old = self.known.get(article_id)
        added = old.added if old is not None and old.added else self.today
        self.choices[text.file] = Choice(text.file, article_id, how, evidence, before, old is not None, added)

    def carry(self, text: Text, entry: Entry, how: str = "") -> None:
        how = how or _how(text, entry)
        before = entry.file if entry.file != text.file else ""
        evidence = f"given when the file was first added ({entry.added})"
        self.give(text, entry.id, how, evidence + (f"; the file was then called {before}" if before else ""), before)

    def free_id(self, text: Text) -> str:
        taken = self.ever_given | set(self.claimed)
        for length in range(16, 65, 4):
            if text.sha256[:length] not in taken:
                return text.sha256[:length]
        number = 2
        while f"{text.sha256[:16]}-{number}" in taken:
            number += 1
        return f"{text.sha256[:16]}-{number}"

    def finish(self, today: str) -> Assignment:
        known = self.ledger.by_id()
        entries, withdrawn = [], []
        for article_id, text in self.claimed.items():
            old = known.get(article_id)
            entries.append(_entry_for(text, article_id, old, today))
        for entry in self.unclaimed():
            if entry.active:
                entry = replace(entry, withdrawn=today)
                withdrawn.append(entry)
            entries.append(entry)
        entries.sort(key=lambda e: (e.file, e.id))
        ledger = Ledger(tuple(entries))
        return Assignment(self.choices, ledger, tuple(withdrawn), len(self.ledger.active))


def _entry_for(text: Text, article_id: str, old: Entry | None, today: str) -> Entry:
    if old is None:
        return Entry(article_id, text.file, text.sha256, text.opening, today)
    return replace(old, file=text.file, sha256=text.sha256, opening=text.opening or old.opening, withdrawn="")


def _how(text: Text, entry: Entry) -> str:
    if not entry.active:
        return "restored"
    if entry.file != text.file:
        return "renamed" if entry.sha256 == text.sha256 else "renamed and edited"
    return "kept" if entry.sha256 == text.sha256 else "edited"


def _same_name_same_text(text: Text, state: _State) -> Entry | None:
    return next((e for e in state.unclaimed() if e.file == text.file and e.sha256 == text.sha256), None)


def _same_text(text: Text, state: _State) -> Entry | None:
    matches = [e for e in state.unclaimed() if e.sha256 == text.sha256]
    return min(matches, key=lambda e: (not e.active, e.id), default=None)


def _same_name(text: Text, state: _State) -> Entry | None:
    return next((e for e in state.unclaimed(active_only=True) if e.file == text.file), None)


def _similar_pairs(texts: list[Text], entries: list[Entry]) -> list[tuple[Text, Entry]]:
    """Pairs (text, entry) whose openings are nearly the same, each the other's clear best match."""
    if not texts or not entries:
        return []
    scores = {(t.file, e.id): fuzz.ratio(t.opening, e.opening) for t in texts for e in entries}
    pairs = []
    for text in texts:
        ranked = sorted(entries, key=lambda e: -scores[text.file, e.id])
        best = ranked[0]
        score = scores[text.file, best.id]
        runner_up = max((scores[text.file, e.id] for e in ranked[1:]), default=0.0)
        rivals = max((scores[t.file, best.id] for t in texts if t is not text), default=0.0)
        if score >= SIMILAR and score - runner_up >= MARGIN and score - rivals >= MARGIN:
            pairs.append((text, best))
    return pairs


def with_citations(ledger: Ledger, citations: dict[str, tuple[str, tuple[str, ...], str, str]]) -> Ledger:
    """The ledger with each published article's title, authors, outlet and date as published now,
    so that its withdrawn page can still cite it after its file is gone."""
    entries = []
    for entry in ledger.entries:
        if entry.id in citations:
            title, authors, outlet, date = citations[entry.id]
            entry = replace(entry, title=title, authors=tuple(authors), outlet=outlet, date=date)
        entries.append(entry)
    return Ledger(tuple(entries))


# ---- the file ------------------------------------------------------------------------------------

FIELDS = ("id", "file", "added", "withdrawn", "title", "authors", "outlet", "date", "sha256", "opening")


def dump(ledger: Ledger) -> str:
    rows = [{name: _plain(getattr(entry, name)) for name in FIELDS if getattr(entry, name)} for entry in ledger.entries]
    body = yaml.safe_dump(rows, sort_keys=False, allow_unicode=True, width=100) if rows else "[]\n"
    return HEADER + body


def _plain(value):
    if isinstance(value, tuple):
        return [_plain(item) for item in value]
    return YAML_LINE_BREAKS.sub(" ", value) if isinstance(value, str) else value


# YAML reads these as line breaks and folds them: kept, the ledger would not read back as written
YAML_LINE_BREAKS = re.compile("[\x85\u2028\u2029]")


def load(path: Path) -> Ledger:
    """The ledger at `path`; an empty one if there is none. A damaged ledger is an error, never ignored:
    ids would be given again."""
    if not path.exists():
        return Ledger()
    try:
        rows = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise LedgerError(f"{path}: cannot be read ({error}); restore it from version control") from None
    if rows is None:
        return Ledger()
    if not isinstance(rows, list):
        raise LedgerError(f"{path}: expected a list of entries")
    return Ledger(tuple(_entry(row, path, number) for number, row in enumerate(rows, start=1)))


def _entry(row, path: Path, number: int) -> Entry:
    if not isinstance(row, dict) or not row.get("id") or not row.get("file"):
        raise LedgerError(f"{path}: entry {number} needs at least an id and a file")
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
    text = dump(ledger)
    if path.exists() and path.read_text(encoding="utf-8") == text:
        return False
    partial = path.with_name(f".{path.name}.writing")
    partial.write_text(text, encoding="utf-8")
    partial.replace(path)
    return True


