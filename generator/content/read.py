"""Read the corpus folder: decode every *.txt robustly, give it an id, set aside what cannot be published."""

from __future__ import annotations

import hashlib
import os
import re
import stat
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Callable, Iterator

import frontmatter
import yaml
from charset_normalizer import from_bytes

from .actor_ledger import ACTOR_LEDGER_FILE
from .ledger import LEDGER_FILE, Assignment, Choice, Entry, Ledger, Text, assign, opening_of
from ..model import RawFile, Report

# NNN_<16 hex>.txt: the id the file's name gives (the bundled sample's names); a date or another number
# in a name is not an id
ID_IN_NAME = re.compile(r"(?:^|[_\-.])([0-9a-fA-F]{16})$")
REGISTRY_FILES = {"metadata.yml", "actors.yml", "topics.yml", "ids.yml", "actor-ids.yml"}
MAX_BYTES = 64 * 1024 * 1024
# Unicode category Cc is exactly U+0000-001F and U+007F-009F; a regex removes them ~50x faster than a
# per-character loop (tests/test_perf_equivalence.py checks both give the same text).
STRAY_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
BINARY_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)


# Latin-script single-byte code pages charset-normalizer confuses with each other on short texts
# (Windows-1252 Western text comes out as cp1257 or cp1250). Windows-1252 is by far the most common
# of them, so a file that decodes as cp1252 and is guessed to be one of these is read as cp1252.
LATIN_FAMILY = {
    "cp1250", "cp1252", "cp1254", "cp1257", "latin_1", "iso8859_2", "iso8859_4", "iso8859_9", "iso8859_10",
    "iso8859_13", "iso8859_14", "iso8859_15", "iso8859_16", "mac_latin2", "mac_roman", "mac_iceland",
    "mac_turkish", "hp_roman8", "cp437", "cp850", "cp852", "cp858",
}


class UnreadableFile(Exception):
    """The file cannot be turned into text; the message says why."""


@dataclass
class Corpus:
    files: list[RawFile] = field(default_factory=list)
    redirects: dict[str, str] = field(default_factory=dict)  # duplicate id -> published id
    assignment: Assignment | None = None  # how each file got its id, and the ledger after this build


def decode(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name). UTF-8 first, then BOMs, then charset-normalizer's best guess."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return data.decode(encoding), encoding.replace("-sig", " with BOM") if "sig" in encoding else "utf-16 with BOM"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    cleaned, holes = without_cp1252_holes(data)
    if holes:
        return cleaned.decode("cp1252"), f"cp1252 ({holes} byte{'s' if holes > 1 else ''} it has no character for left out)"
    best = from_bytes(data).best()
    if (best is None or best.encoding not in LATIN_FAMILY) and looks_western(data):
        return data.decode("cp1252"), "cp1252"  # a few £, é or curly quotes in English text, whatever the guess
    if best is None:
        raise UnreadableFile("binary or undecodable content (no text encoding fits)")
    if best.encoding in LATIN_FAMILY and fits_cp1252(data):
        return data.decode("cp1252"), "cp1252"
    return str(best), best.encoding


ASCII_BYTES = bytes(range(0x80))
NON_ASCII_RUNS = re.compile(r"[^\x00-\x7f]+")
WESTERN = re.compile("[\u00a0-\u00ff€ŒœŠšŽžŸ‘’“”„‚–—…•™†‡‰‹›]+")  # Latin-1's letters and signs (a no-break space too), Windows-1252's punctuation


def looks_western(data: bytes) -> bool:
    """Mostly ASCII (at most one byte in 20 above it), and every byte above it, read as Windows-1252,
    a Latin letter or Western punctuation (£, é, ’, “…”, –, a rule of "————", a no-break space): charset-normalizer guesses
    East Asian or Baltic code pages for such files (cp932 turns "£5" and "café" into kana, cp775 a no-break space into
    "Ā"), which a whole Japanese text never is."""
    high = len(data.translate(None, ASCII_BYTES))
    if not high or high > max(8, len(data) // 20):
        return False
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return False
    return all(WESTERN.fullmatch(run) for run in NON_ASCII_RUNS.findall(text))


CP1252_HOLES = bytes([0x81, 0x8D, 0x8F, 0x90, 0x9D])  # the five bytes Windows-1252 gives no character


def without_cp1252_holes(data: bytes) -> tuple[bytes, int]:
    """The bytes without the few (at most three) that Windows-1252 has no character for, and how many, when the
    rest reads as Western text: the last byte of a UTF-8 quote mark left behind in a Windows-1252 file ("Tens
    Of Thousands\x9d"), which made charset-normalizer read the whole file as mac_iceland; else (data, 0)."""
    cleaned = data.translate(None, CP1252_HOLES)
    holes = len(data) - len(cleaned)
    return (cleaned, holes) if 0 < holes <= 3 and looks_western(cleaned) else (data, 0)


def fits_cp1252(data: bytes) -> bool:
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:
        return False
    return True


def normalise(text: str) -> str:
    """NFC, "\\n" line endings, no BOM or stray control characters, no trailing spaces, no blank lines
    before or after."""
    return normalised_lines(text).strip("\n")


def normalised_lines(text: str) -> str:
    """normalise's text with the blank lines at its edges kept: their count says on which line of the file
    the text starts."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    text = unicodedata.normalize("NFC", text)
    text = STRAY_CONTROLS.sub("", text)
    return "\n".join(line.rstrip() for line in text.split("\n"))


def looks_binary(data: bytes, text: str) -> bool:
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    sample = text[:8192]
    controls = len(BINARY_CONTROLS.findall(sample))
    return controls > max(2, len(sample) // 100)


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def file_id(stem: str, text: str) -> tuple[str, str]:
    match = ID_IN_NAME.search(stem)
    if match:
        return match.group(1).lower(), f"file name: hex part of '{stem}'"
    return content_hash(text)[:16], "derived: sha256 of the text (no hex id in the file name)"


def list_inputs(corpus_dir: Path, report: Report) -> list[tuple[str, Path, os.stat_result]]:
    """(name, path, status) of every *.txt below the corpus folder, sorted; everything else is listed in
    the report as ignored. One stat per file (the reader takes it: a cached file is not stat'ed again)."""
    inputs = []
    for name, path in sorted(walk_names(corpus_dir)):
        if name.startswith(".") or "/." in name:
            report.skip(name, "hidden file, ignored", status="ignored")
            continue
        status = status_or_none(path, follow=False)
        if status is not None and stat.S_ISLNK(status.st_mode):
            if not Path(path).resolve().is_relative_to(corpus_dir.resolve()):
                report.skip(name, "symbolic link to a file outside the corpus folder, not followed")
                continue
            status = status_or_none(path)
        if not name.lower().endswith(".txt"):
            if name not in REGISTRY_FILES:
                report.skip(name, f"not a .txt file ({Path(name).suffix or 'no extension'}), ignored", status="ignored")
        elif status is None or not stat.S_ISREG(status.st_mode):
            report.skip(name, "not a regular file")
        else:
            inputs.append((name, Path(path), status))
    return inputs


def status_or_none(path: str, follow: bool = True) -> os.stat_result | None:
    try:
        return os.stat(path, follow_symlinks=follow)
    except OSError:
        return None


def walk_names(folder: Path) -> Iterator[tuple[str, str]]:
    """(name relative to the folder with forward slashes, path) of everything below it that is not a
    folder (symbolic links included, to folders too, which are not followed), as rglob("*") finds
    them; names are joined as strings (pathlib's relative_to cost more than the listing itself at
    10,000 files). The corpus is read through it, and serve's poll of the corpus."""
    root = os.fspath(folder)
    for here, folders, files in os.walk(root):
        prefix = os.path.relpath(here, root).replace(os.sep, "/")
        prefix = "" if prefix == "." else prefix + "/"
        links = [name for name in folders if os.path.islink(os.path.join(here, name))]
        for name in [*files, *links]:
            yield prefix + name, os.path.join(here, name)


BUILD_WRITES = (LEDGER_FILE, ACTOR_LEDGER_FILE)  # the ledgers every build writes back into the corpus folder


def file_statuses(folder: Path, leave_out: tuple[str, ...] = ()) -> dict[str, os.stat_result | None]:
    """Every name walk_names lists below the folder but `leave_out`, with its status (os.stat, links followed;
    None for a link to nothing or a file removed meanwhile): a stat per file, no reading."""
    found: dict[str, os.stat_result | None] = {}
    for name, path in walk_names(folder):
        if name not in leave_out:
            try:
                found[name] = os.stat(path)
            except OSError:
                found[name] = None
    return found


def read_file(path: Path, name: str, status: os.stat_result | None = None) -> RawFile:
    return read_bytes(path.read_bytes(), path, name)


def read_bytes(data: bytes, path: Path, name: str) -> RawFile:
    if len(data) > MAX_BYTES:
        raise UnreadableFile(f"file is {len(data):,} bytes, over the {MAX_BYTES:,}-byte limit")
    text, encoding = decode(data)
    if looks_binary(data, text):
        raise UnreadableFile("binary content (control bytes), not text")
    lines = normalised_lines(text)
    text = lines.strip("\n")
    if not text.strip():
        raise UnreadableFile("empty file (nothing but white space)")
    article_id, evidence = file_id(path.stem, text)
    return RawFile(
        path=name,
        id=article_id,
        id_evidence=evidence,
        sha256=hashlib.sha256(data).hexdigest(),
        text=text,
        encoding=encoding,
        size=len(data),
        raw=data,
        text_sha256=content_hash(text),
        opening=opening_of(text),
        blank_lines_before=len(lines) - len(lines.lstrip("\n")),
    )


class CorpusError(Exception):
    """The corpus folder cannot be used: missing, unreadable, or without a single readable text.
    A build stops on it before writing anything, so a mistyped folder never empties a site."""


def check_corpus_folder(corpus_dir: Path) -> None:
    if not corpus_dir.exists():
        raise CorpusError(f"{corpus_dir}: corpus folder not found")
    if not corpus_dir.is_dir():
        raise CorpusError(f"{corpus_dir}: not a folder")
    try:
        next(os.scandir(corpus_dir), None)
    except OSError as error:
        raise CorpusError(f"{corpus_dir}: corpus folder cannot be read ({error.strerror})") from None


def read_corpus(
    corpus_dir: Path,
    report: Report,
    reader: Callable[[Path, str, os.stat_result], RawFile] = read_file,
    ledger: Ledger | None = None,
    today: str = "",
) -> Corpus:
    """Every readable text of the corpus with its permanent id (ledger.py), duplicates set aside.
    Raises CorpusError when there is nothing to publish: a build must not replace a site by an empty one."""
    check_corpus_folder(corpus_dir)
    raws = read_all(corpus_dir, report, reader)
    if not raws:
        raise CorpusError(f"{corpus_dir}: no readable .txt article in the corpus folder")
    unread = [name for name, entry in report.files.items() if entry.status == "skipped"]
    assignment = assign(ledger or Ledger(), [ledger_text(raw) for raw in raws], today or date.today().isoformat(), unread)
    corpus = Corpus(assignment=assignment)
    canonical = canonical_ids(raws, assignment)
    for raw in raws:
        raw = with_id(raw, assignment.choices[raw.path], report)
        published = canonical[raw.text_sha256]
        if published == raw.id:
            corpus.files.append(raw)
            continue
        report.file(raw.path).duplicate_of = published
        report.skip(raw.path, f"same text as article {published}, published once", status="duplicate")
        corpus.redirects[raw.id] = published
    corpus.redirects.update({old: canonical[text] for old, text in assignment.redirects.items()})
    return corpus


def with_id(raw: RawFile, choice: Choice, report: Report) -> RawFile:
    """The file with the id the ledger gave it, said in the report."""
    entry = report.file(raw.path)
    entry.id = choice.id
    entry.id_how = choice.how + (f" (was {choice.before})" if choice.before else "")
    if choice.note:
        entry.warnings.append(f"{choice.note}; this one has id {choice.id}")
    return replace(raw, id=choice.id, id_evidence=choice.evidence, added=choice.added)


def canonical_ids(raws: list[RawFile], assignment: Assignment) -> dict[str, str]:
    """The id each text is published under when several files hold it: one that was published before
    (a copy made now must not take over the original's page), the oldest, then the first file by name."""
    canonical: dict[str, str] = {}
    choices = assignment.choices
    ranked = sorted(raws, key=lambda raw: (not choices[raw.path].known, choices[raw.path].added, raw.path))
    for raw in ranked:
        canonical.setdefault(raw.text_sha256, choices[raw.path].id)
    return canonical


def read_all(corpus_dir: Path, report: Report, reader) -> list[RawFile]:
    raws = []
    for name, path, status in list_inputs(corpus_dir, report):
        entry = report.file(name)
        try:
            raw = reader(path, name, status)
        except (UnreadableFile, OSError) as error:
            report.skip(name, str(error))
            continue
        if raw.encoding not in ("utf-8",):
            entry.warnings.append(decoding_note(raw.encoding))
        raws.append(raw if raw.text_sha256 else replace(raw, text_sha256=content_hash(raw.text)))
    return raws


def decoding_note(encoding: str) -> str:
    """What a curator should know of a file not read as plain UTF-8: a byte-order mark names its encoding; any other
    encoding is a guess from the bytes, which a UTF-8 copy of the file makes unnecessary."""
    if "BOM" in encoding:
        return f"decoded as {encoding}"
    return f"decoded as {encoding}, a guess: the file is not UTF-8 (if letters look wrong on its page, save it as UTF-8)"


def ledger_text(raw: RawFile) -> Text:
    named = ID_IN_NAME.search(Path(raw.path).stem)
    return Text(raw.path, raw.text_sha256, raw.opening or opening_of(raw.text), named.group(1).lower() if named else None)


def published_unknown(docs_dir: Path, site_dir: Path, recorded: Ledger) -> tuple[Entry, ...]:
    """Articles the last build published (each has its original.txt beside its page, in docs/ or the
    site) that the ledger does not hold: a site built before the ledger, with older id rules, or with
    another folder given to --corpus. Each comes back as a ledger entry made from what was published
    (its text's digest and opening, its file name and title), so that a text still in the corpus
    keeps its old id and one that is gone is withdrawn, with a page, like any other."""
    known = {entry.id for entry in recorded.entries}
    found: dict[str, Entry] = {}
    for root in (docs_dir, site_dir):
        folder = root / "articles"
        for item in os.scandir(folder) if folder.is_dir() else ():
            original = os.path.join(item.path, "original.txt")
            if item.name not in known and item.name not in found and os.path.isfile(original):
                found[item.name] = published_entry(item.name, Path(original), docs_dir / "articles" / item.name / "index.md")
    return tuple(found.values())


def published_entry(article_id: str, original: Path, page: Path) -> Entry:
    file, title = last_published(page)
    try:
        raw = read_bytes(original.read_bytes(), original, file)
    except (UnreadableFile, OSError):
        return Entry(article_id, file, "", "", "", title=title)
    return Entry(article_id, file, raw.text_sha256, raw.opening, "", title=title)


def last_published(page: Path) -> tuple[str, str]:
    """(file name, title) an article page's front matter gives, or placeholders when it cannot be read."""
    try:
        matter = frontmatter.load(page).get("archive", {})
        return str(matter["source"]["file"]), str(matter["title"]["value"] or "")
    except (OSError, ValueError, KeyError, TypeError, yaml.YAMLError):
        return "(file unknown)", ""
