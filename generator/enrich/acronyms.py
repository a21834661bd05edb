"""Acronyms and the names they stand for: "ANC" is the "African National Congress" an article writes beside it,
"UKIP" the "UK Independence Party", "U.N." the one "United Nations" of the archive."""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from operator import itemgetter
from typing import Iterable

from .lexicon import COMPANY_SUFFIXES
from .name_keys import kind_of, name_key


ACRONYM = re.compile(r"(?:[A-Z]\.){2,6}|[A-Z]{2,6}")
TYPE_AND_NAME = itemgetter(3, 4)  # of a Span
WORD_BREAKS = re.compile(r"[\s-]+")  # compiled once: re.split looks its pattern up at every call
NOT_INITIALS = {"of", "the", "and", "for", "&", "de", "du", "des", "la", "le"}


@lru_cache(maxsize=1 << 16)
def initials(name: str) -> str:
    """"ANC" of "African National Congress", "WTO" of "World Trade Organisation". Remembered: every build
    asks again for each name of every article (400,000 times at 10,000 articles)."""
    words = WORD_BREAKS.split(name)
    while len(words) > 2 and words[-1] in COMPANY_SUFFIXES:
        words.pop()  # "AMI" of "American Medical International Inc"
    return "".join([word[0] for word in words if word and word.lower() not in NOT_INITIALS and word[0] != "("])  # "JD" of "Janata Dal (United)"


@lru_cache(maxsize=1 << 16)
def spelt_initials(name: str) -> str:
    """The initials with a word in capitals given whole: "UKIP" of "UK Independence Party" (asked only where no
    name has the plain initials: "PCS Union" is no PCSU beside "Public and Commercial Services Union")."""
    return "".join([word if word.isupper() else word[0] for word in WORD_BREAKS.split(name) if word and word.lower() not in NOT_INITIALS])


def acronym_owners(spans_per_article: Iterable[Iterable], keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], tuple[str, str]]:
    """(type, key) of an acronym -> (type, key) of the name it stands for: the one name of its kind with
    those initials in an article that writes both ("the African National Congress (ANC)"), or, for
    initials written with full stops ("U.N."), the one such name in the archive; never when two
    different names qualify. "U.N." and "United Nations" are then one actor everywhere."""
    votes: dict[tuple[str, str], set[tuple[str, str]]] = defaultdict(set)
    archive_wide: dict[tuple[str, str], set[tuple[str, str]]] = defaultdict(set)
    dotted: dict[tuple[str, str], tuple[str, str]] = {}
    present = set(keys)
    for article_spans in spans_per_article:
        listed = list(article_spans)
        spans = set(map(TYPE_AND_NAME, listed))
        acronyms = [(kind, name) for kind, name in spans if " " not in name and ACRONYM.fullmatch(name)]
        full, spelt = defaultdict(set), defaultdict(set)  # what this article's acronyms may stand for: none to read in most
        for kind, name in spans:
            if " " in name:
                owner, kind_of_name, letters = (kind, name_key(name)), kind_of(kind), initials(name)
                archive_wide[kind_of_name, letters].add(owner)
                if acronyms:
                    full[kind_of_name, letters].add(owner)
                    spelt[kind_of_name, spelt_initials(name)].add(owner)
        bracketed = bracketed_owners(listed) if acronyms else {}
        for kind, name in acronyms:
            mark = (kind_of(kind), name.replace(".", ""))
            owners = (bracketed.get(mark, set()) & present) or (full.get(mark, set()) & present) or (spelt.get(mark, set()) & present) \
                or exchange_owners(mark, spans, present)
            votes[kind, name_key(name)].update(owners if len(owners) == 1 else {("", "")} if owners else ())
            if "." in name:
                dotted[kind, name_key(name)] = (kind_of(kind), name.replace(".", ""))
    for short, initialism in dotted.items():
        if not votes[short]:
            votes[short] = archive_wide.get(initialism, set()) & present
    owned = {short: next(iter(owner)) for short, owner in votes.items() if len(owner) == 1 and ("", "") not in owner}
    return {short: full for short, full in owned.items() if short != full and short in present and full in present}


def bracketed_owners(spans: list) -> dict[tuple[str, str], set[tuple[str, str]]]:
    """(kind, acronym) -> the name written right before it in brackets, "the European Community (EC)", whose initials
    it is: that name, when the article also names another with those initials (the European Commission)."""
    found: dict[tuple[str, str], set[tuple[str, str]]] = {}
    for before, span in zip(spans, spans[1:]):
        if span.start - before.end == 2 and before.paragraph == span.paragraph and " " in before.name and ACRONYM.fullmatch(span.name) \
                and (letters := span.name.replace(".", "")) in (initials(before.name), spelt_initials(before.name)):
            found[kind_of(span.type), letters] = {(before.type, name_key(before.name))}
    return found


def exchange_owners(mark: tuple[str, str], spans: set[tuple[str, str]], present: set[tuple[str, str]]) -> set[tuple[str, str]]:
    """The article's names an exchange's acronym stands for (asked only of acronyms with an X: a cheap test first)."""
    if "X" not in mark[1]:
        return set()
    return {(kind, name_key(name)) for kind, name in spans if " " in name and kind_of(kind) == mark[0] and stands_for(mark[1], name)} & present


def stands_for(acronym: str, name: str) -> bool:
    """Whether an acronym is the first letters of the name's words but the last, then the "X" or "EX" of a last word
    that begins "Ex", as exchanges are written: "ASX" the "Australian Stock Exchange", "AWEX" the "Australian Wool
    Exchange", "NYMEX" (asked only where no name of the article has the plain initials)."""
    words = [w.upper() for w in WORD_BREAKS.split(name) if w and w.lower() not in NOT_INITIALS and w[0] != "("]
    if len(words) < 2 or not words[-1].startswith("EX"):
        return False
    letters, firsts = acronym.upper(), "".join(word[0] for word in words[:-1])
    return letters in (firsts + "X", firsts + "EX")
