"""Permanent article ids: given once, recorded in a ledger kept with the corpus (corpus/ids.yml), never changed.

An article's URL is built from its id, so the id must outlive edits, renames and deletions. The first
build that sees a file gives it an id; later builds find each file's id in the ledger:

1. a file named `NNN_<16 hex>.txt` carries its id in its name, as it always has (unless another
   text has that id, or this text already has another);
2. the same name and the same text: the same id;
3. the same text under another name (renamed, or two files that swapped names): the id follows the text,
   unless the old name still holds an edited text (then the other file is a copy);
4. the same name, new text (edited): the id stays with the name;
5. another name and slightly different text (renamed and edited in one go): the id of the one missing
   file whose opening is nearly the same and holds the same numbers, when exactly one fits;
6. anything else is new and gets the start of its text's sha256 (so a corpus built without a ledger
   gets the ids a ledger would record), or a longer start while that is taken.
An id recorded once is never given to another text. A ledger entry whose file is gone is withdrawn:
its URL keeps a page that says so, with the article's last citation (title, authors, outlet, date);
unless its text is still here under another id (its URL then redirects there) or its file is there
but could not be read this time (nothing changes).
Only this module knows the rules; read.py applies them, and the CLI and serve write the ledger back
(ledger_file.py).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from typing import Iterable, Sequence

from rapidfuzz import fuzz

LEDGER_FILE = "ids.yml"
OPENING_CHARS = 300  # what is kept of a text to recognise it after an edit and a rename together
SIMILAR = 90.0  # rapidfuzz ratio (0-100) of two openings that are the same article
MARGIN = 5.0  # the best match must beat the second best by this much, or nothing is matched


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
    note: str = ""  # why the id in the file's name was not used, if it was not


@dataclass(frozen=True)
class Assignment:
    choices: dict[str, Choice]  # file -> its id
    ledger: Ledger  # the ledger after this build
    withdrawn: tuple[Entry, ...] = ()  # withdrawn by this build (their files are gone)
    previously_active: int = 0
    redirects: dict[str, str] = field(default_factory=dict)  # id whose file is gone -> its text's sha256, still here
    today: str = ""  # the day of this build

    def lines(self, limit: int = 40) -> list[str]:
        """events(), cut to `limit` lines with a last line saying how many more there are."""
        events = self.events()
        if len(events) <= limit:
            return events
        return events[:limit] + [f"… and {len(events) - limit} more (--report FILE lists every file's id)"]

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


def assign(ledger: Ledger, texts: Sequence[Text], today: str, unread: Iterable[str] = ()) -> Assignment:
    """Each text's id, by the rules in this module's docstring, and the ledger after this build.
    `unread`: files that are there but could not be read this time; their ids are kept as they are."""
    state = _State(ledger, today, texts)
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
    return state.finish(set(unread))


class _State:
    """The bookkeeping of one assignment: which entries are claimed, which texts have an id."""

    def __init__(self, ledger: Ledger, today: str, texts: Sequence[Text]) -> None:
        self.ledger = ledger
        self.today = today
        self.known = ledger.by_id()
        self.by_file = {text.file: text for text in texts}
        self.recorded_texts = {entry.sha256 for entry in ledger.entries}
        self.entries_by_file: dict[str, list[Entry]] = defaultdict(list)
        self.entries_by_text: dict[str, list[Entry]] = defaultdict(list)
        for entry in ledger.entries:  # indexed: a build of 10,000 files must not scan the ledger per file
            self.entries_by_file[entry.file].append(entry)
            self.entries_by_text[entry.sha256].append(entry)
        self.claimed: dict[str, Text] = {}  # id -> text
        self.choices: dict[str, Choice] = {}
        self.notes: dict[str, str] = {}  # file -> why the id in its name was not used

    def open(self, texts: Iterable[Text]) -> list[Text]:
        return [text for text in texts if text.file not in self.choices]

    def unclaimed(self, active_only: bool = False, file: str | None = None, text: str | None = None) -> list[Entry]:
        """Entries no text has claimed yet: all, or those of one file name or one text."""
        pool = self.entries_by_file.get(file, []) if file is not None else self.entries_by_text.get(text, []) if text is not None else self.ledger.entries
        return [e for e in pool if e.id not in self.claimed and (e.active or not active_only)]

    def may_take(self, text: Text, article_id: str) -> bool:
        """A name's id is the file's unless another file has it, now or in the ledger, or the text
        already has an id of its own (a file renamed to a hex name keeps its URL)."""
        old = self.known.get(article_id)
        if article_id in self.claimed or (old is not None and old.file != text.file and old.sha256 != text.sha256):
            self.notes[text.file] = f"id {article_id} in the file name is already used by another article"
        elif old is None and self.unclaimed(active_only=True, text=text.sha256):
            self.notes[text.file] = f"id {article_id} in the file name is not used: this text already has an id"
        else:
            return True
        return False

    def edited_in_place(self, entry: Entry, text: Text) -> bool:
        """The entry's own file is still there with a text of its own (edited): a copy of the old text
        elsewhere (a backup) must not take the id away from it."""
        there = self.by_file.get(entry.file)
        return there is not None and there is not text and there.sha256 not in self.recorded_texts

    def give(self, text: Text, article_id: str, how: str, evidence: str, before: str = "") -> None:
        self.claimed[article_id] = text
        old = self.known.get(article_id)
        added = old.added if old is not None and old.added else self.today
        note = self.notes.get(text.file, "")
        self.choices[text.file] = Choice(text.file, article_id, how, evidence, before, old is not None, added, note)

    def carry(self, text: Text, entry: Entry, how: str = "") -> None:
        how = how or _how(text, entry)
        before = entry.file if entry.file != text.file else ""
        evidence = f"given when the file was first added ({entry.added})"
        self.give(text, entry.id, how, evidence + (f"; the file was then called {before}" if before else ""), before)

    def free_id(self, text: Text) -> str:
        def taken(article_id: str) -> bool:
            return article_id in self.known or article_id in self.claimed

        for length in range(16, 65, 4):
            if not taken(text.sha256[:length]):
                return text.sha256[:length]
        number = 2
        while taken(f"{text.sha256[:16]}-{number}"):
            number += 1
        return f"{text.sha256[:16]}-{number}"

    def finish(self, unread: set[str]) -> Assignment:
        """The ledger after this build. An entry nobody claimed is withdrawn, unless its file is there
        but unreadable (kept), or its text is still here under another id (it then redirects there)."""
        entries = [_entry_for(text, article_id, self.known.get(article_id), self.today) for article_id, text in self.claimed.items()]
        here = {text.sha256 for text in self.claimed.values()}
        withdrawn, redirects = [], {}
        for entry in self.unclaimed():
            if entry.active and entry.sha256 in here:
                redirects[entry.id] = entry.sha256
            elif entry.active and entry.file not in unread:
                entry = replace(entry, withdrawn=self.today)
                withdrawn.append(entry)
            entries.append(entry)
        entries.sort(key=lambda e: (e.file, e.id))
        published_before = len(self.ledger.active) - len(redirects)
        return Assignment(self.choices, Ledger(tuple(entries)), tuple(withdrawn), published_before, redirects, self.today)


def _entry_for(text: Text, article_id: str, old: Entry | None, today: str) -> Entry:
    if old is None:
        return Entry(article_id, text.file, text.sha256, text.opening, today)
    return replace(old, file=text.file, sha256=text.sha256, opening=text.opening or old.opening, added=old.added or today, withdrawn="")


def _how(text: Text, entry: Entry) -> str:
    if not entry.active:
        return "restored"
    if entry.file != text.file:
        return "renamed" if entry.sha256 == text.sha256 else "renamed and edited"
    return "kept" if entry.sha256 == text.sha256 else "edited"


def _same_name_same_text(text: Text, state: _State) -> Entry | None:
    return next((e for e in state.unclaimed(file=text.file) if e.sha256 == text.sha256), None)


def _same_text(text: Text, state: _State) -> Entry | None:
    matches = [e for e in state.unclaimed(text=text.sha256) if not state.edited_in_place(e, text)]
    return min(matches, key=lambda e: (not e.active, e.id), default=None)


def _same_name(text: Text, state: _State) -> Entry | None:
    """An edited file keeps its id; a file back under a withdrawn name gets that id back only when it
    is nearly the same text (a new article under an old name must not take an old URL)."""
    for entry in state.unclaimed(file=text.file):
        if entry.active or _similar(text, entry) >= SIMILAR:
            return entry
    return None


NUMBERS = re.compile(r"\d+")
MAX_PAIRS = 250_000  # openings compared in one build (about 1 s); more is no rename, it is a new corpus


def _similar(text: Text, entry: Entry) -> float:
    """How alike two openings are (0-100); 0 unless they hold the same numbers, so that two issues of
    a templated story (results of another day, another quarter) are never taken for one."""
    if not text.opening or not entry.opening or NUMBERS.findall(text.opening) != NUMBERS.findall(entry.opening):
        return 0.0
    return fuzz.ratio(text.opening, entry.opening)


def _similar_pairs(texts: list[Text], entries: list[Entry]) -> list[tuple[Text, Entry]]:
    """Pairs (text, entry) whose openings are nearly the same, each the other's clear best match."""
    if not texts or not entries or len(texts) * len(entries) > MAX_PAIRS:
        return []  # thousands renamed and edited at once: each is new, and the withdrawal check stops the build
    scores = {(t.file, e.id): _similar(t, e) for t in texts for e in entries}
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


def with_entries(ledger: Ledger, entries: Iterable[Entry]) -> Ledger:
    """The ledger with more entries (read.published_unknown: articles a site published before the
    ledger knew them), for assign() to match like any other."""
    extra = tuple(entries)
    return Ledger(ledger.entries + extra) if extra else ledger


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
