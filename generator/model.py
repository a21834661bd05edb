"""The records that flow through the pipeline: read -> extract -> enrich -> link -> render -> publish."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, fields
from datetime import date as Day
from operator import attrgetter
from typing import Generic, Literal, NamedTuple, TypeVar

T = TypeVar("T")

BlockKind = Literal["paragraph", "heading", "quote", "headline", "dek"]
FileStatus = Literal["published", "skipped", "duplicate", "ignored"]

def pickled_as_tuple(cls: type[T]) -> type[T]:
    """A frozen record with slots pickled as its class and the tuple of its fields. The dataclass's own
    __getstate__ and __setstate__ ask fields() for every object: half the time of reading the store's
    800,000 mentions at 10,000 articles, and of digesting every article's mentions each build."""
    names = tuple(f.name for f in fields(cls))
    values = attrgetter(*names) if len(names) > 1 else (lambda record: (getattr(record, names[0]),))
    cls.__reduce__ = lambda record: (cls, values(record))
    return cls


UNKNOWN_DATE = "0000-00-00"  # an undated article's date for sorting (search, the offline index)

@dataclass(frozen=True)
class Field(Generic[T]):
    """An extracted value and where it came from.

    `evidence` is one of: "line N: <source text>", "override (corpus/metadata.yml)", "default for all
    articles (corpus/metadata.yml)", "default for files matching <pattern> (corpus/metadata.yml)",
    "derived: <how>", or "not found: <what was looked for>". A value of None means unknown.
    """

    value: T | None
    evidence: str

    @property
    def known(self) -> bool:
        return self.value is not None and self.value != () and self.value != ""


@dataclass(frozen=True)
class RawFile:
    """One input file, decoded. Only `read` builds these."""

    path: str  # relative to the corpus folder, with forward slashes
    id: str
    id_evidence: str
    sha256: str  # of the bytes on disk
    text: str  # decoded, NFC, "\n" line endings
    encoding: str
    size: int
    raw: bytes = field(repr=False, compare=False, default=b"")
    # sha256 of `text`: which files hold the same text, once `text` is let go (after extraction the
    # paragraphs hold it; batch.py keeps neither text nor bytes in the cache's record of a file)
    text_sha256: str = field(compare=False, default="")
    # the start of `text` (ledger.opening_of), kept when the cache lets the text go: it recognises the
    # file after an edit and a rename together
    opening: str = field(compare=False, default="")
    added: str = field(compare=False, default="")  # the day the archive took the text in (ledger.py), YYYY-MM-DD
    # blank lines the file has before `text` starts (normalise drops them; the id is the digest of `text`, so
    # it cannot keep them): evidence's "line N" counts them, as the file the user has (original.txt) does
    blank_lines_before: int = field(compare=False, default=0)


@dataclass(frozen=True)
class RemovedLine:
    """A line taken out of the body, kept so the reader can see what was removed and why."""

    line: int
    text: str
    rule: str


@dataclass(frozen=True)
class Block:
    """A block of the article's text. In the body, paragraphs and quotes are numbered (¶N, anchor p-N);
    headings (subheadings) are not (anchor h-N). Above it, the headline and the line under it as the
    file writes them (kinds "headline" and "dek", anchors "title" and "dek", never numbered)."""

    kind: BlockKind
    text: str
    line: int
    number: int | None = None
    anchor: str = ""


@dataclass(frozen=True)
class PubDate:
    """A publication date as precise as it was stated: to the minute, the day, or (given in metadata.yml)
    only the month or the year. `iso` is ISO 8601 at that precision ("2006", "2006-03"), never padded
    into a day nobody stated; as text it sorts a year or month before the full dates within it."""

    iso: str  # "2025-04-23T10:00", "2025-04-23", "2025-04" or "2025"
    year: int
    display: str  # "23 April 2025, 10:00", "April 2025", "2025"

    @property
    def precision(self) -> Literal["year", "month", "day"]:
        return "year" if len(self.iso) == 4 else "month" if len(self.iso) == 7 else "day"

    @property
    def first_day(self) -> Day:
        """The first day of the period the date names: where a time axis places it."""
        return Day.fromisoformat((self.iso + "-01-01")[:10] if self.precision != "day" else self.iso[:10])


ActorType = Literal["person", "organisation", "country", "place"]


@dataclass(frozen=True)
class Actor:
    """A person, organisation, country or place: from corpus/actors.yml or detected in the text."""

    slug: str
    name: str
    type: ActorType
    aliases: tuple[str, ...] = ()
    role: str | None = field(default=None, compare=False)
    description: str | None = field(default=None, compare=False)
    wikidata: str | None = field(default=None, compare=False)
    source: Literal["registry", "detected"] = field(default="registry", compare=False)

    @property
    def url(self) -> str:
        return f"actors/{self.slug}/"


MENTION_PLACES = {"title": "headline", "dek": "dek"}  # anchor -> place, for the blocks above the body


@pickled_as_tuple
@dataclass(frozen=True, slots=True)  # slots: an article's thousands of mentions are made a fifth quicker
class Mention:
    actor: str  # actor slug
    article: str  # article id
    paragraph: int  # ¶ number; 0 in the headline, the dek or a subheading, which have none
    anchor: str  # "p-N"; "title" (the headline), "dek", "h-N" (a subheading)
    start: int  # span of the name as written, in the block's text
    end: int
    surface: str  # the name as written ("Zelenskiy", "Trump's")
    sentence: str = field(default="", compare=False)
    source: bool = False  # an outlet spoken to or a source of figures ("told BBC News", "a YouGov poll"): not the story's company

    @property
    def place(self) -> str:
        """Where the name stands, as its anchor says: "headline", "dek", "subheading" or "paragraph" (quotes too)."""
        return MENTION_PLACES.get(self.anchor) or ("subheading" if self.anchor.startswith("h-") else "paragraph")


@dataclass(frozen=True)
class Quote:
    speaker: str  # actor slug
    text: str
    article: str
    paragraph: int
    anchor: str
    cue: str = field(default="", compare=False)  # evidence: "said", "declaring on X", ...
    start: int = field(default=-1, compare=False)  # where it opens in its first paragraph (-1: unknown)


@dataclass(frozen=True)
class Topic:
    slug: str
    name: str
    patterns: tuple[str, ...] = ()
    description: str | None = field(default=None, compare=False)

    @property
    def url(self) -> str:
        return f"topics/{self.slug}/"


@dataclass(frozen=True)
class Related:
    article: str  # id of the related article
    score: float
    reasons: tuple[str, ...] = ()
    story: bool = True  # one story; False: the same people or subject in another story (archive/reasons.py)


class Span(NamedTuple):
    """A typed name in one paragraph: where it is and the name it stands for (titles left out). A named
    tuple, not a frozen dataclass: an article has hundreds, and making them as frozen dataclasses took
    more time than finding them (seeds: 3.2 -> 1.5 ms an article)."""

    paragraph: int  # index in article.read_blocks (the headline and dek, then the body's blocks)
    start: int
    end: int
    type: str
    name: str
    cue: str = ""  # what typed it: "title", "verb", "bracket", "first name", "suffix", "acronym", "place", "short form", "surname", "echo" (a title's word run that is a name the article gives)


@dataclass(frozen=True)
class NameCandidates:
    """What actor detection reads in an article's text, found once when the article is extracted (and
    cached with it): detection spans all articles, so a rebuild would otherwise scan every text again."""

    capitalised: tuple[str, ...]  # every distinct capitalised word, sorted (name_evidence.CAPITALISED_OR_PLURAL)
    spans: tuple[Span, ...] = ()  # every person, organisation and place, surnames resolved in the article
    acronym_plurals: tuple[str, ...] = ()  # acronyms written in the plural ("DVDs"), sorted: things, not organisations
    things: tuple[str, ...] = ()  # names the article writes as things ("a technology called XDR"), sorted (enrich/things.py)


@dataclass(frozen=True)
class Article:
    id: str
    source: RawFile
    title: Field[str]
    dek: Field[str]
    authors: Field[tuple[str, ...]]
    outlet: Field[str]
    date: Field[PubDate]
    kind: Field[str]
    language: Field[str]
    summary: Field[str]
    source_url: Field[str]
    blocks: list[Block]
    removed: list[RemovedLine]
    word_count: int
    reading_minutes: int
    head: tuple[Block, ...] = ()  # the headline and dek as the file writes them (none when the title is derived)
    overridden: tuple[str, ...] = ()
    one_line: bool = False  # the whole file is one line (a title only?): check_articles warns
    lost_quotation_marks: bool = False  # "?" stands for every quotation mark (text.lost_quotation_marks): check_articles warns
    duplicates: list[str] = field(default_factory=list)  # ids of other files with the same text
    mentions: list[Mention] = field(default_factory=list)  # found by enrich
    quotes: list[Quote] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)  # topic slugs
    related: list[Related] = field(default_factory=list)  # filled by link
    # enrich's cache key for this article: its mentions, quotes and topics are a function of it, so a
    # page key takes the key instead of pickling every mention
    enrichment: bytes = field(default=b"", compare=False, repr=False)
    names: NameCandidates | None = field(default=None, compare=False, repr=False)  # found by batch.extract_one
    # actor slug -> how often the mentions name it, in the order of first mention: what most pages ask
    # of the mentions (which actors, how often), counted once instead of in a pass over them per page
    mentions_per_actor: dict[str, int] = field(init=False, default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        # derived from mentions once, when the record is made (a frozen record is never changed after)
        counts: dict[str, int] = {}
        for mention in self.mentions:
            counts[mention.actor] = counts.get(mention.actor, 0) + 1
        object.__setattr__(self, "mentions_per_actor", counts)

    def named_actors(self) -> list[str]:
        """The slugs of the actors it mentions or quotes, sorted."""
        return sorted(self.mentions_per_actor.keys() | {q.speaker for q in self.quotes})

    @property
    def paragraphs(self) -> list[Block]:
        return [b for b in self.blocks if b.number is not None]

    @property
    def read_blocks(self) -> list[Block]:
        """Every block names are read in, in order: the headline and dek as the file writes them, then the
        body's blocks, subheadings included. NameCandidates.spans index into it."""
        return [*self.head, *self.blocks]

    def cites(self, block: Block) -> bool:
        """Whether a mention may cite the block: not a headline or dek that corpus/metadata.yml replaced
        (the page then shows another text there)."""
        return not (block.kind == "headline" and "title" in self.overridden) and not (block.kind == "dek" and "dek" in self.overridden)

    @property
    def headings(self) -> list[Block]:
        return [b for b in self.blocks if b.kind == "heading"]

    @property
    def url(self) -> str:
        """The permanent address within the site (articles/<id>/): never changes once published."""
        return f"articles/{self.id}/"

    @property
    def sort_date(self) -> str:
        return self.date.value.iso if self.date.value else ""

    @property
    def search_sort_date(self) -> str:
        """What the search's date sort orders by: undated articles first (oldest first), as one value."""
        return self.sort_date or UNKNOWN_DATE


SHARED_WARNING = 5  # more files than this with one warning: one line for them all


@dataclass
class FileReport:
    name: str
    id: str | None = None
    status: FileStatus = "published"
    reasons: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    url: str | None = None
    duplicate_of: str | None = None
    id_how: str = ""  # how the file got its id (ledger.py): new, named, kept, edited, renamed, ...


@dataclass
class Report:
    """Everything the build has to say about its inputs; printed at the end and written as JSON."""

    files: dict[str, FileReport] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)  # not tied to one corpus file

    def file(self, name: str) -> FileReport:
        return self.files.setdefault(name, FileReport(name=name))

    def warn(self, name: str, message: str) -> None:
        self.file(name).warnings.append(message)

    def skip(self, name: str, reason: str, status: FileStatus = "skipped") -> None:
        entry = self.file(name)
        entry.status = status
        entry.reasons.append(reason)

    def by_status(self, status: FileStatus) -> list[FileReport]:
        return [f for f in self.files.values() if f.status == status]

    @property
    def has_warnings(self) -> bool:
        return bool(self.problems) or any(f.warnings for f in self.files.values())

    @property
    def has_skips(self) -> bool:
        return any(f.status in ("skipped", "duplicate") for f in self.files.values())

    def lines(self) -> list[str]:
        """One line per problem, naming the file; a warning many files share once, with its count and the first
        files (309 files of one corpus "decoded as cp1252" hid the one that was not)."""
        out = list(self.problems)
        entries = sorted(self.files.values(), key=lambda f: f.name)
        shared = Counter(warning for entry in entries for warning in set(entry.warnings))
        for entry in entries:
            out.extend(f"{entry.name}: {entry.status}: {reason}" for reason in entry.reasons)
            out.extend(f"{entry.name}: warning: {warning}" for warning in entry.warnings if shared[warning] <= SHARED_WARNING)
        for warning, count in sorted(shared.items()):
            if count > SHARED_WARNING:
                names = [entry.name for entry in entries if warning in entry.warnings]
                out.append(f"{count} files: warning: {warning} ({', '.join(names[:3])} and {count - 3} more: `--report FILE` lists them)")
        return out
