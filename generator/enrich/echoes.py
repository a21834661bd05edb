"""Names in a headline, dek or subheading with no case cues (upper case, or every word capitalised):
read only through the names the rest of the article gives, never guessed from the line itself."""

from __future__ import annotations

import re

from ..model import Span
from .lexicon import ORGANISATION, PERSON, given_names, places
from .lookalikes import everyday_word

FUNCTION_WORDS = set("with from into onto over upon after about amid than that this under without against between before behind during near since until while within".split())
LOWER_WORD = re.compile(r"(?<=\s)[a-z][a-z'’-]{3,}")


def case_cued(text: str) -> bool:
    """Whether a title's capitals tell names from words: a word of four letters or more after its first is in
    lower case ("Weah banned for head-butt", not "SOCCER - WEAH HEAD-BUTT EARNS HIM SIX-MATCH BAN" nor
    "Another Round of Peace Talks Fails")."""
    return any(word not in FUNCTION_WORDS for word in LOWER_WORD.findall(text)) or listing(text)


RANK = re.compile(r"\d{1,3}(?:\.|=|\s+-)?\s+(?=[A-Z])")  # "64 Bob Estes", "9. Michael Andersson", "19= Regine", "9 - Paul"
NAME_LINE = re.compile(r"([A-Z][a-z]+)((?: (?:de|van|der|von|da|di|del|le|la))* [A-Z][a-z'’-]+){1,2}\s*(?:\(|,|$)")
NAME_BRACKET = re.compile(r"[A-Z][a-z'’-]+ \(([A-Z][A-Za-z. ]*)\)")  # "Fung Permadi (Taiwan) v Indra"
LISTED_NAME = re.compile(r"[(,]\s*([A-Z][a-z]+) [A-Z][a-z'’-]+(?=\s*[,)]|$)")  # "United States I (Jim Herberich, Garrett"
INITIALS_NAME = re.compile(r"(?:[A-Z]\. ?)+[A-Z][a-z'’-]+\b")  # "J. Adams lbw b Moody 5"


def listing(text: str) -> bool:
    """A line that opens with one person's name ("Glenn Somerville" under a headline, a byline; "Gianluca
    Vialli (Chelsea)"), after a rank or not ("64 Bob Estes", "9 - Paul Gascoigne (Rangers)"), or with initials
    and a surname ("J. Adams lbw b Moody 5"), or a ranked line of a list with brackets or commas ("9. Michael
    Andersson (Sweden) Telekom"): its capitals are names, not a title's case."""
    rank = RANK.match(text)
    rest = text[rank.end() :] if rank else text
    name = NAME_LINE.match(rest)
    if (name and name.group(1) in given_names()) or INITIALS_NAME.match(rest) or any(b in places() for b in NAME_BRACKET.findall(rest)) \
            or any(first in given_names() for first in LISTED_NAME.findall(rest)):
        return True
    if name and name.end() == len(rest) and not rank and not any(everyday_word(w) or w in places() for w in rest.split()):
        return True  # a byline of names no list knows: "Vithoon Amorn", "Simona de Logu"
    return bool(rank) and ("(" in rest or "," in rest)


TITLE_WORD = re.compile(r"[^\W_]+(?:[’'\-.&][^\W_]+)*")


def echoes(spans: tuple[Span, ...], paragraphs: list[str], caseless: set[int], rest: list[tuple[str, ...]]) -> tuple[Span, ...]:
    """Names in titles with no case cues: a run of words that equals, whatever its case, a name the rest of
    the article gives (its full form), or the surname of the one person of the article that has it; never a
    word the article writes in lower case ("WEAH" is George Weah when the story names him; "SPLIT" is not
    the city of Split in a story that says "split": `rest`, the words of each other paragraph, in any case). No
    new name is guessed there."""
    titles = {p: title_words(paragraphs[p]) for p in sorted(caseless)}
    heard = {word for words in titles.values() for word, _, _ in words}
    known = {}
    for s in spans:  # only a name whose every word a title holds can be echoed: the others are left out at once (most)
        key = s.name.casefold()
        if heard.issuperset(key.split()):
            known[key] = (s.type, s.name)
    owners: dict[str, set[str]] = {}
    for s in spans:
        if s.type == PERSON and " " in s.name:
            owners.setdefault(s.name.split()[-1].casefold(), set()).add(s.name)
    known.update({last: (PERSON, next(iter(names))) for last, names in owners.items() if len(names) == 1 and last not in known and last in heard})
    known.update({mark: found for mark, found in spelled_out(spans).items() if mark not in known and mark in heard})
    lower = {key for key in known if " " not in key and key[:1].islower() and key in heard}
    written = set().union(*(lower.intersection(words) for words in rest)) if lower else set()  # C loops, no insertions
    known = {key: found for key, found in known.items() if key not in written}
    longest = max((len(key.split()) for key in known), default=0)
    openers = {key.split()[0] for key in known if key.split()}
    return tuple(span for p, words in titles.items() for span in title_echoes(p, words, known, longest, openers))


SEPARATORS = re.compile(r"[\s-]+")
SMALL_WORDS = {"of", "the", "and", "for", "&", "de", "du", "des", "la", "le"}


def spelled_out(spans: tuple[Span, ...]) -> dict[str, tuple[str, str]]:
    """"ibf" -> the International Boxing Federation: the initials of the one organisation of the article that
    has them, so that a caseless headline's "IBF" is it."""
    owners: dict[str, set[str]] = {}
    for s in spans:
        words = [w for w in SEPARATORS.split(s.name) if w and w.lower() not in SMALL_WORDS] if s.type == ORGANISATION else ()
        if len(words) >= 2:
            owners.setdefault("".join(w[0] for w in words).casefold(), set()).add(s.name)
    return {mark: (ORGANISATION, next(iter(names))) for mark, names in owners.items() if len(names) == 1 and len(mark) >= 2}


def title_words(text: str) -> list[tuple[str, int, int]]:
    """A title's words, case-folded, each with where it starts and ends."""
    words = [(m.group().casefold(), m.start(), m.end()) for m in TITLE_WORD.finditer(text)]
    return [(w[:-2], s, e - 2) if w.endswith(("'s", "’s")) else (w, s, e) for w, s, e in words]  # "WEAH'S"


def title_echoes(paragraph: int, words: list[tuple[str, int, int]], known: dict[str, tuple[str, str]], longest: int, openers: set[str]) -> list[Span]:
    """The spans of a title (its title_words) that are keys of `known`, the longest first from each word on; `openers`,
    the first words of the keys: only at one of them are the longer stretches joined and looked up."""
    found, i = [], 0
    while i < len(words):
        if words[i][0] not in openers:
            i += 1
            continue
        for j in range(min(len(words), i + longest), i, -1):
            hit = known.get(" ".join(w for w, _, _ in words[i:j]))
            if hit:
                found.append(Span(paragraph, words[i][1], words[j - 1][2], hit[0], hit[1], "echo"))
                i = j
                break
        else:
            i += 1
    return found
