"""Names within one article, once its spans are typed: a bare surname, a name's tail and a company's short form
resolved to the person or organisation the article introduced (names.article_spans asks them in this order)."""

from __future__ import annotations

import re

from ..model import Span
from .lexicon import COMPANY_SUFFIXES, COUNTRY, ORGANISATION, ORG_HEADS, PERSON, PLACE, towns
from .name_words import HONORIFICS, distinctive
from .person_forms import honorific_sex, sexed_owners

PERSONAL_AFTER = re.compile(r"(?:['’]s)?\s+spokes(?:man|woman|person)\b|['’]s\s+side\b")  # a company's, and a person's too ("the Doetinchem side" is a club)


def name_tails(people: set[str]) -> dict[str, str]:
    """"Van Poppel" -> "Todd Van Poppel", "Suu Kyi" -> "Aung San Suu Kyi": the last two words or more of the one
    longer name of the article that ends in them (a tail that two names share is left alone)."""
    owners: dict[str, set[str]] = {}
    for name in people:
        words = name.split()
        for k in range(2, len(words)):
            owners.setdefault(" ".join(words[-k:]).lower(), set()).add(name)  # "Van Boxmeer" of "Jean van Boxmeer"
    return {tail.lower(): next(iter(names)) for tail, names in owners.items() if len(names) == 1}


def short_forms(organisations: set[str]) -> dict[str, str]:
    """"Toshiba" -> "Toshiba Corp", "Newmont" -> "Newmont Mining Corp.", "Russ Berrie" -> "Russ Berrie and Co Inc":
    an organisation's name without the company words that end it, when one organisation of the article has that
    short form and it is no common word, place, nationality or given name alone, nor a town before a word that is no
    company's ("Nokia" is Nokia Oyj's, "Fargo" no "Fargo Force")."""
    owners: dict[str, set[str]] = {}
    for name in organisations:
        words = name.split()
        k = len(words)
        while k > 1 and (words[k - 1] in ORG_HEADS or words[k - 1] in COMPANY_SUFFIXES or words[k - 1] in ("and", "&")):
            k -= 1
            form = " ".join(words[:k])
            if words[k - 1] not in ("and", "&") and not (form in towns() and COMPANY_SUFFIXES.isdisjoint(words[k:])):
                owners.setdefault(form, set()).add(name)  # not the town a body is named after: "Fargo" of the "Fargo Force"
    return {form: next(iter(names)) for form, names in owners.items() if len(names) == 1 and distinctive(form)}


def resolve(span: Span, people: set[str], by_surname: dict[str, set[str]], typed: dict[str, str], short: dict[str, str],
            tails: dict[str, str], paragraphs: list[str]) -> Span | None:
    name, kind = span.name, span.type
    if tails and kind in ("", PERSON) and name.lower() in tails:
        return retyped(span, PERSON, tails[name.lower()], "tail")
    if name in people:
        return span if kind == PERSON else retyped(span, PERSON, name, span.cue)  # most are typed so already: no copy
    if " " in name:
        if kind == PERSON and typed.get(name) == ORGANISATION:
            return retyped(span, ORGANISATION, name, "organisation elsewhere")  # "Zycie Warszawy daily said"
        if not kind and name.count(" ") == 1 and name.split()[0] in HONORIFICS:
            owners = by_surname.get(name.split()[1], set())
            owners = sexed_owners(owners, honorific_sex(name.split()[0]))
            if len(owners) == 1:
                return retyped(span, PERSON, next(iter(owners)), "surname")  # "Mr Major" after "John Major"
    else:
        found = lone_word(span, by_surname, paragraphs)
        if found is not span:
            return found
    if name in short:
        return retyped(span, ORGANISATION, short[name], "short form")
    if (not kind or kind == PLACE) and typed.get(name) == ORGANISATION:
        return retyped(span, ORGANISATION, name, "organisation elsewhere")  # "Barcelona" after "Barcelona 2 Valencia 1": the club
    if not kind and name in typed:
        return retyped(span, typed[name], name, span.cue)
    return span if kind else None


def lone_word(span: Span, by_surname: dict[str, set[str]], paragraphs: list[str]) -> Span | None:
    """A name of one word resolved as a surname of the article's people, None where it is no one's it may be, or the span
    itself where the surnames say nothing of it."""
    name, kind = span.name, span.type
    if span.cue == "company cue" and len(by_surname.get(name, ())) == 1 and PERSONAL_AFTER.match(paragraphs[span.paragraph], span.end):
        return retyped(span, PERSON, next(iter(by_surname[name])), "surname")  # "Aniston's spokesman" after "Jennifer Aniston"
    if kind in ("", PERSON, PLACE, COUNTRY):  # "Jordan" after "Bill Jordan" is him
        owners = by_surname.get(name, ())
        if owners and kind == PERSON:
            owners = sexed_owners(owners, honorific_sex(paragraphs[span.paragraph][max(0, span.start - 10) : span.start]))
            if not owners:
                return None  # "Mrs Howard" in a story that names only Michael Howard: someone it does not name in full
        if len(owners) == 1:
            return retyped(span, PERSON, next(iter(owners)), "surname")
        if owners:
            return None  # two people of the article have this surname: neither
    return span


def retyped(span: Span, kind: str, name: str, cue: str) -> Span:
    """The span with another type, name and cue, made as one tuple (a named tuple's _replace is a Python function, and slow)."""
    return tuple.__new__(Span, (span[0], span[1], span[2], kind, name, cue))
