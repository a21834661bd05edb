"""From a decoded file to an Article: title, dek, byline, date, kind, language, structure.

Each field is a `Field` carrying its evidence. Nothing is guessed: when the text does not say, the
value is None (shown as "unknown") and the evidence says what was looked for.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from .dates import date_in_line
from ..model import Article, Block, Field, RawFile, RemovedLine
from .owner import owner_named, signed_off, tagline_author
from .residue import cut_inline_residue
from .signoffs import take_sign_offs
from .standfirst import a_standfirst_shape, byline_alone
from .structure import Unit, body_blocks, lost_paragraph_breaks, split_boilerplate, units
from .wire import dateline_outlet, place_dateline, take_wire_opening, undated_dateline, wire_dateline
from .text import ends_with, lost_quotation_marks, name_case, sentences, truncate_words, word_count, words

NAME = r"[A-Z][\w’'\-]*\.?(?:\s+(?:[A-Z][\w’'\-]*\.?|de|da|van|von|der|bin|al|el|la|le)){1,3}"
BYLINE = re.compile(rf"^by\s+(?P<names>{NAME}(?:\s*(?:,|\band\b|&)\s*{NAME})*)\s*(?:,\s*(?P<outlet>[^,]{{2,40}}))?\.?$", re.I)
INLINE_BYLINE = re.compile(rf"^(?P<name>{NAME}),\s+(?P<outlet>[A-Z][\w&.\- ]{{1,30}}?):\s+(?P<rest>\S.*)$")
NAME_ALONE = re.compile(rf"(?:[A-Z]\.){{1,3}}\s*[A-Z][\w’'\-]+|{NAME}")  # "Brendan Intindola", "K.T. Arasu"
SPLIT_NAMES = re.compile(r"\s*(?:,|\band\b|&)\s*")
CLAUSE_BREAK = re.compile(r",|;|\s[—–-]\s|\s(?:due to|because|after|as|amid|while|following|despite|when|which)\s")

# Each cue pattern starts with a lookahead on its alternatives' first letters: the engine skips every
# other position at once instead of trying each alternative there.
OPINION_CUES = re.compile(
    r"\b(?=[abcdfhilmnorsuw])(?:I (?:think|believe|argue)|in my view|let[’']s be clear|frankly|ludicrous|charade|utterly|"
    r"disturbing|incompeten\w+|naively|ridiculous\w*|shameful|debacle|blatant\w*|mouthpiece|"
    r"absurd\w*|outrageous|disgrace\w*|we must|should be ashamed|laughabl\w+|farce|hypocri\w+)\b",
    re.I,
)
ANALYSIS_CUES = re.compile(
    r"\b(?=[acefimoprstu])(?:most likely|from an observer[’']s standpoint|paradox|in that scenario|on the one hand|"
    r"on the contrary|it is already clear|experts? (?:believe|say|were convinced)|analys[ie]s|"
    r"implications?|trending|prospects?|scenario|underlying|core causes)\b",
    re.I,
)
# what someone is quoted as saying, to its closing mark or the end of its paragraph (a quote that runs on
# reopens in the next): their evaluative words are not the writer's ("I think", "shameful")
QUOTED = re.compile(r"“[^”\n]*(?:”|$)|\"[^\"\n]*(?:\"|$)", re.M)
ATTRIBUTION = re.compile(r"\b(?=[acrst])(?:said|says|told|according to|reported|announced|confirmed|stated)\b", re.I)
SECTION_KIND = (
    (re.compile(r"\b(?:opinion|op-ed|editorial|column)\b", re.I), "opinion"),
    (re.compile(r"\b(?:analysis|comments?|commentary|explainer)\b", re.I), "analysis"),
    (re.compile(r"\b(?:news|world|politics)\b", re.I), "news"),
)
ENGLISH = set(
    "the of and to a in is that for on with as by at from it this be are was were has have had not "
    "but or an will would which their its they he she his her we our".split()
)


@dataclass
class Head:
    """What the top of the file told us, before the body starts."""

    title: Field[str] | None = None
    dek: Field[str] | None = None
    authors: Field[tuple[str, ...]] | None = None
    outlet: Field[str] | None = None
    source_url: Field[str] | None = None
    repeated: Unit | None = None  # the headline again, or its end, right under it
    affiliation: Unit | None = None  # the line under a byline of one name alone: its writer's employer
    site: Field[str] | None = None  # the site a web page's title names after a bar
    blocks: tuple[Block, ...] = ()  # the headline and dek as blocks whose names are mentions (anchors title, dek)


def evidence(unit: Unit) -> str:
    text = unit.text if len(unit.text) <= 120 else unit.text[:117] + "…"
    return f"line {unit.line}: {text}"


def parse_byline(unit: Unit) -> tuple[Field[tuple[str, ...]], Field[str] | None] | None:
    """"By A and B", "By A, Outlet", "By A For Mailonline", "By . Chris Brooke ." (a copied Daily Mail page), and
    an outlet's own byline, which names no author: "By Associated Press", "By Daily Mail Reporter"."""
    text = SPACED_DOTS.sub("", unit.text).strip()
    if editors := EDITORS_BYLINE.match(text):
        return Field((), evidence(unit)), Field(editors.group("outlet"), evidence(unit))
    match = BYLINE.match(text)
    if not match:
        return None
    names, outlet = match.group("names"), match.group("outlet")
    if not outlet and (split := FOR_OUTLET.match(names)):
        names, outlet = split.group("names"), split.group("outlet")
    if not outlet and (staff := STAFF_BYLINE.fullmatch(names)):
        return Field((), evidence(unit)), Field(staff.group("outlet"), evidence(unit))
    authors = tuple(name_case(n) for n in SPLIT_NAMES.split(names) if n)
    return Field(authors, evidence(unit)), Field(outlet.strip(), evidence(unit)) if outlet else None


# an outlet's byline that names no author: "From the editors of HelloGiggles", "By the staff of The Onion"
EDITORS_BYLINE = re.compile(r"^(?:from|by) the (?:editors|staff|team|writers|newsroom) (?:of|at) (?P<outlet>[A-Z][\w.&'’ -]{1,40})$", re.I)
SPACED_DOTS = re.compile(r"\s+\.(?=\s|$)")  # "By . Chris Brooke ." as a copied Daily Mail page writes it
FOR_OUTLET = re.compile(r"(?P<names>.+?)\s+[Ff]or\s+(?P<outlet>(?:[Tt]he\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})$")
STAFF_BYLINE = re.compile(r"(?P<outlet>Associated Press|Reuters|AFP|Press Association|UPI|Bloomberg|"
                          r"[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}?(?=\s+(?:Reporters?|Staff|Correspondents?)$))(?:\s+(?:Reporters?|Staff|Correspondents?))?")


def is_headline(unit: Unit, rest: list[Unit]) -> bool:
    """A short first line that does not end like a sentence; or, as wire services write them, a short
    first line in capitals ("CRICKET - WEST INDIES TO BAT AFTER WINNING THE TOSS."), or in title case, full stop or not.
    A longer one (up to LONG_HEADLINE words) that does not end like a sentence, with a blank line under it, is one
    too: a tabloid's ("Hats off to love! Jennifer Lawrence, 26, and Darren Aronofsky, 47, go public with … in NYC")."""
    n = word_count(unit.text)
    if rest and 20 < n <= LONG_HEADLINE[0] and len(unit.text) <= LONG_HEADLINE[1] and rest[0].line > unit.line + 1:
        return not ends_with(unit.text, ".,;:")
    if not (rest and 0 < n <= 20 and len(unit.text) <= 160):
        return False
    return not ends_with(unit.text, ".,;:") or (ends_with(unit.text, ".") and (in_capitals(unit.text) or in_title_case(unit.text)))


LONG_HEADLINE = (35, 250)  # words, characters


def in_title_case(text: str) -> bool:
    """Most words of four letters or more capitalised, as headlines are and sentences are not ("I Ran the C.I.A.
    Now I'm Endorsing Hillary Clinton.")."""
    long = [word for word in text.split() if len(word.strip(".,;:!?\"'“”‘’")) >= 4]
    return len(long) >= 3 and sum(word.lstrip("\"'“‘")[:1].isupper() for word in long) >= 0.75 * len(long)


def in_capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 8 and all(c.isupper() for c in letters)


def is_dek(unit: Unit, rest: list[Unit]) -> bool:
    """A standfirst under the headline: a line above a byline, or one that ends no sentence and has a standfirst's
    shape; not a dateline ("WASHINGTON, D.C. –", "NEW YORK (The Borowitz Report)—The ...": the lede's opening)."""
    following = rest[0] if rest else None
    if following is None or word_count(unit.text) > 60 or BYLINE.match(unit.text) or DATELINE_START.match(unit.text) or place_dateline(unit.text):
        return False
    if EDITORS_BYLINE.match(unit.text) or MONTH_AND_DAY.match(unit.text):  # "July 24": a gallery's or a timeline's first entry
        return False
    if word_count(unit.text) < 2:  # "Background": a section's heading, no standfirst
        return False
    return bool(BYLINE.match(following.text)) or (not ends_with(unit.text, ".!?…") and a_standfirst_shape(unit, rest))


MONTH_AND_DAY = re.compile(r"^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?|"
                           r"\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?)$", re.I)
DATELINE_START = re.compile(r"^(?:[A-Z][A-Z.'’-]*,?\s+)*[A-Z][A-Z.'’-]+,?(?:\s*\([^)]{2,40}\)\s*|\s+)[—–-]")  # "WASHINGTON, D.C. –"


def take_dates(items: list[Unit], removed: list[RemovedLine]) -> tuple[list[Unit], Field]:
    """Remove lines that announce a date; the first one found is the publication date."""
    found: Field | None = None
    kept = []
    edge = {u.line for u in items[:4] + items[-2:]}
    for unit in items:
        date = date_in_line(unit.text, standalone=unit.line in edge)
        if date is None:
            kept.append(unit)
            continue
        removed.append(RemovedLine(unit.line, unit.text, "date line"))
        if found is None:
            found = Field(date, evidence(unit))
    return kept, found or Field(None, "not found: no line states a publication date")


def take_head(items: list[Unit], dated: frozenset[int] = frozenset()) -> tuple[Head, list[Unit]]:
    """The headline, dek and byline at the top. `dated`: the lines of the date lines taken out, which
    mark wire copy's head (a headline, a name alone, the date line, the body)."""
    head = Head()
    rest = list(items)
    headline = rest and is_headline(rest[0], rest[1:])
    wire = rest and not headline and wire_headline(rest, dated)  # its head ends at the date line: no dek
    if (headline or wire) and not BYLINE.match(rest[0].text):
        unit = rest.pop(0)
        take_headline(unit, head)
        if rest and word_count(rest[0].text) >= 3 and rest[0].text.casefold() in unit.text.casefold():
            head.repeated = rest.pop(0)  # the page's title, then its headline: "Kanye West, No 'American Idol' For Me"
        if not wire and (alone := byline_alone(rest)):
            head.authors, head.affiliation = alone
            rest = rest[1 + (head.affiliation is not None) :]
        elif rest and not wire and is_dek(rest[0], rest[1:]) and not name_alone_byline(rest[0], rest[1:2], dated):
            unit = rest.pop(0)
            head.dek = Field(unit.text, evidence(unit))
            head.blocks += (Block("dek", unit.text, unit.line, None, "dek"),)
    for index, unit in enumerate(rest[:3] if head.authors is None else ()):
        parsed = parse_byline(unit) or name_alone_byline(unit, rest[index + 1 : index + 2], dated)
        if parsed:
            head.authors, head.outlet = parsed
            rest.pop(index)
            break
    if head.authors is None and rest:
        rest[0] = take_inline_byline(rest[0], head)
    return head, rest


def take_headline(unit: Unit, head: Head) -> None:
    """The headline, without what a copied web page's title adds to it: the link a copy of the page ends with
    ("… Read more at: https://tr.im/207sZ", its source URL) and the site's name after a bar ("… | Celeb Dirty
    Laundry", its outlet, unless a byline or a dateline names one)."""
    text = unit.text
    if link := READ_MORE_LINK.search(text):
        text = text[: link.start()]
        head.source_url = Field(link.group("url"), evidence(unit))
    if site := SITE_SUFFIX.match(text):
        text = site.group("title")
        head.site = Field(site.group("site"), evidence(unit))
    head.title = Field(headline_text(text), evidence(unit))
    head.blocks = (Block("headline", text, unit.line, None, "title"),)


READ_MORE_LINK = re.compile(r"\s+(?:read more|more|source|via)(?: at| on)?\s*:?\s*(?P<url>https?://\S+)$", re.I)
# "Title words | Site Name": one bar, then one to four capitalised words and nothing that ends a sentence
SITE_SUFFIX = re.compile(r"^(?P<title>(?:[^|\s]+\s+){2,}[^|\s]+)\s+\|\s+(?P<site>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})$")
SOURCE_URL_LINE = re.compile(r"^(?:(?:url|source|link|original)\s*:\s*)?(?P<url>https?://\S+)$", re.I)


def take_source_url(items: list[Unit], removed: list[RemovedLine]) -> tuple[list[Unit], Field[str] | None]:
    """A URL alone on the first line (above the headline), as a saved web page puts it: the source URL."""
    if len(items) < 2 or not (found := SOURCE_URL_LINE.match(items[0].text)):
        return items, None
    removed.append(RemovedLine(items[0].line, items[0].text, "source URL"))
    return items[1:], Field(found.group("url"), evidence(items[0]))


def headline_text(line: str) -> str:
    """The headline without the full stop wire copy ends it with ("Bre-X, Barrick said to continue
    Busang talks."), which a citation would double; an abbreviation's stays ("… in the U.S.")."""
    last = line.rsplit(None, 1)[-1]
    return line[:-1] if last.endswith(".") and not last.endswith("..") and "." not in last[:-1] else line


def wire_headline(rest: list[Unit], dated: frozenset[int]) -> bool:
    """A short first line with a date line under it, or a name alone and then a date line: wire copy's
    headline, full stop or not ("Wall St speculates about Santa Fe savior.", "Brendan Intindola",
    "NEW YORK 1996-12-06")."""
    if len(rest) < 2 or not 0 < word_count(rest[0].text) <= 20 or len(rest[0].text) > 160:
        return False
    return dated_between(rest[0], rest[1], dated) or (len(rest) > 2 and NAME_ALONE.fullmatch(rest[1].text) is not None and dated_between(rest[1], rest[2], dated))


def name_alone_byline(unit: Unit, following: list[Unit], dated: frozenset[int]) -> tuple[Field[tuple[str, ...]], None] | None:
    """A line that is only a name, right above the date line: the wire's byline."""
    if NAME_ALONE.fullmatch(unit.text) and following and dated_between(unit, following[0], dated):
        return Field((name_case(unit.text),), evidence(unit)), None
    return None


def dated_between(unit: Unit, following: Unit, dated: frozenset[int]) -> bool:
    return any(unit.line < line < following.line for line in dated)


def take_inline_byline(unit: Unit, head: Head) -> Unit:
    """"Sergiu ISAENCO, RTA: Yesterday, …" -> author, outlet, and the paragraph without them."""
    match = INLINE_BYLINE.match(unit.text)
    if not match:
        return unit
    source = f"line {unit.line}: {unit.text[: match.start('rest')].strip()}"
    head.authors = Field((name_case(match.group("name")),), source)
    head.outlet = Field(match.group("outlet").strip(), source)
    return Unit(unit.line, match.group("rest"))


def derived_title(blocks: list[Block], limit: int) -> Field[str]:
    lede = next((b for b in blocks if b.kind == "paragraph"), None)
    if lede is None:
        return Field(None, "not found: no headline and no paragraph")
    dateline = wire_dateline(lede.text)  # "(CNN)Gen. David Petraeus ...": the title starts after it, if anything does
    after = sentences(lede.text[dateline.end() :].lstrip(" —–-")) if dateline else []
    first = (after or sentences(lede.text))[0].rstrip(".")
    if word_count(first) <= limit:
        return Field(first, f"derived: first sentence of the lede (line {lede.line})")
    cut = " ".join(first.split()[:limit])
    breaks = [m.start() for m in CLAUSE_BREAK.finditer(cut) if word_count(cut[: m.start()]) >= 6]
    short = cut[: breaks[-1]] if breaks else cut
    return Field(short.rstrip(",;:—–- ") + "…", f"derived: first sentence of the lede (line {lede.line}), shortened")


def classify_kind(body: str, removed: list[RemovedLine], total_words: int | None = None, headline: Block | None = None) -> Field[str]:
    section = section_named(removed, headline)
    if section is not None:
        return section
    total = max(1, word_count(body) if total_words is None else total_words)
    own_words = QUOTED.sub(" ", body)
    opinion = [m.group(0) for m in OPINION_CUES.finditer(own_words)]
    analysis = [m.group(0) for m in ANALYSIS_CUES.finditer(own_words)]
    said = len(ATTRIBUTION.findall(body))
    rates = {k: len(v) * 1000 / total for k, v in (("opinion", opinion), ("analysis", analysis))}
    counts = f"{len(opinion)} opinion cues, {len(analysis)} analysis cues, {said} attributions in {total} words"
    if rates["opinion"] >= 2 and len(opinion) >= 3 and len(opinion) >= len(analysis):
        return Field("opinion", f"derived: evaluative words {_sample(opinion)} ({counts})")
    if rates["analysis"] >= 3 and said * 1000 / total < 8:
        return Field("analysis", f"derived: analytical phrases {_sample(analysis)} ({counts})")
    return Field("news", f"derived: reported prose with attributions, few evaluative words ({counts})")


def section_named(removed: list[RemovedLine], headline: Block | None) -> Field[str] | None:
    """The kind a section's name says: in a breadcrumb, or before the headline ("Analysis | Kanye West and …",
    "Analysis: No pain, no gain?")."""
    for line in removed:
        if line.rule == "breadcrumb":
            for pattern, kind in SECTION_KIND:
                found = pattern.search(line.text)
                if found:
                    return Field(kind, f"derived: section '{found.group(0)}' in the breadcrumb (line {line.line})")
    label = TITLE_SECTION.match(headline.text) if headline else None
    if label:
        kind = next(kind for pattern, kind in SECTION_KIND if pattern.search(label.group(1)))
        return Field(kind, f"derived: section '{label.group(1)}' before the headline (line {headline.line})")
    return None


TITLE_SECTION = re.compile(r"^(opinion|op-ed|editorial|column|analysis|commentary|explainer)\s*[|:]\s", re.I)


def _sample(cues: list[str]) -> str:
    unique = list(dict.fromkeys(c.lower() for c in cues))
    return ", ".join(f"'{c}'" for c in unique[:4])


def detect_language(body_words: list[str]) -> Field[str]:
    tokens = [w.lower() for w in body_words]
    if len(tokens) < 20:
        return Field(None, "not found: too little text to tell the language")
    share = sum(1 for w in tokens if w in ENGLISH) / len(tokens)
    if share >= 0.2:
        return Field("en", f"derived: {share:.0%} of the words are common English function words")
    return Field(None, f"not found: only {share:.0%} English function words; set language in metadata.yml")


def summarise(blocks: list[Block]) -> Field[str]:
    """The lede's first three sentences; after a one-line kicker ("No baby gifts here, please!"), the paragraph
    that follows it too."""
    paragraphs = [b for b in blocks if b.kind == "paragraph"]
    if not paragraphs:
        return Field(None, "not found: no paragraph")
    lede = paragraphs[0]
    if len(paragraphs) > 1 and word_count(lede.text) <= KICKER_WORDS and ends_with(lede.text, "!"):
        text = " ".join([lede.text, *sentences(paragraphs[1].text)][:3])
        return Field(truncate_words(text, 60), f"derived: the lede (¶{lede.number}-{paragraphs[1].number}, line {lede.line})")
    text = " ".join(sentences(lede.text)[:3])
    return Field(truncate_words(text, 60), f"derived: the lede (¶{lede.number}, line {lede.line})")


KICKER_WORDS = 15



def extract(raw: RawFile, title_words: int = 20, reading_wpm: int = 230) -> Article:
    items = units(raw.text, raw.blank_lines_before)
    items, removed = split_boilerplate(items)
    items, inline = cut_inline_residue(items)
    removed += inline
    items, date = take_dates(items, removed)
    items, source_url = take_source_url(items, removed)
    items, signed, signers = take_sign_offs(items)
    removed += signed
    head, body_units = take_head(items, frozenset(r.line for r in removed if r.rule == "date line"))
    removed += [RemovedLine(head.repeated.line, head.repeated.text, "headline repeated")] if head.repeated else []
    removed += [RemovedLine(head.affiliation.line, head.affiliation.text, "author's affiliation")] if head.affiliation else []
    if body_units:
        body_units[0], wire_authors = take_wire_opening(body_units[0], removed)
        head.authors = head.authors or wire_authors
    head.authors = head.authors or signers or tagline_author(body_units, removed)
    blocks = body_blocks(lost_paragraph_breaks(body_units))
    body = "\n".join(b.text for b in blocks)
    body_words = words(body)  # one scan, shared by the word count, the kind and the language
    count = len(body_words)
    nothing = "not found: {}"
    return Article(
        id=raw.id,
        source=raw,
        title=head.title or derived_title(blocks, title_words),
        dek=head.dek or Field(None, nothing.format("no standfirst line under a headline")),
        authors=head.authors or Field((), nothing.format("no byline")),
        outlet=head.outlet or dateline_outlet(body_units) or signed_off(removed) or head.site or owner_named(removed)
        or Field(None, nothing.format("no outlet named in a byline, a dateline, the page title, a sign-off or a copyright line")),
        date=date if date.value is not None else undated_dateline(body_units) or date,
        kind=classify_kind(body, removed, count, head.blocks[0] if head.blocks else None),
        language=detect_language(body_words),
        summary=summarise(blocks),
        source_url=source_url or head.source_url or Field(None, nothing.format("the text gives no source URL")),
        blocks=blocks,
        head=head.blocks,
        removed=sorted(removed, key=lambda r: r.line),
        word_count=count,
        reading_minutes=max(1, math.ceil(count / reading_wpm)) if count else 0,
        one_line="\n" not in raw.text.strip(),
        lost_quotation_marks=lost_quotation_marks(raw.text),
    )
