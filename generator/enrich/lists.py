"""Lists of names in one paragraph, which type the names in them (names.py asks, after the cues of each run):
people listed next to a person, a line-up of surnames, companies listed after a plural company noun. Spans are
(start, end, type, name, cue) tuples, as paragraph_spans makes them."""

from __future__ import annotations

import re
from operator import itemgetter

from .lexicon import ORGANISATION, PERSON, family_names, places
from .name_words import NAME_WORDS, is_title, lone_given_name

KIND = itemgetter(2)
LIST_GLUE = re.compile(r"\s*(?:,|;|\band\b|\bor\b|,\s*and\b)\s*")


def listed(spans: list, text: str) -> list:
    """An untyped name of two to four words, or a given name alone, listed next to a person ("Kelli Kuehne and Tiger
    Woods", "Gary Speed (Everton), Chris") is a person."""
    if PERSON not in map(KIND, spans) or "" not in map(KIND, spans) or not any(span[2] == PERSON and " " in span[3] for span in spans):
        return spans  # no untyped name, or no person of two words to be listed with: most paragraphs (C loops first)
    for _ in range(2):  # a second pass for a name listed before one the first made a person; none if it made none
        changed = False
        for i, (start, end, kind, name, cue) in enumerate(spans):
            if not kind and next_to_a_person(spans, i, text) and listable(name):  # the neighbours first: most have none
                spans[i], changed = (start, end, PERSON, name, "list"), True
        if not changed:
            break
    return spans


def next_to_a_person(spans: list, i: int, text: str) -> bool:
    """Whether a person of two words or more stands next to span i with only a list's glue between them."""
    start, end = spans[i][0], spans[i][1]
    for other in (spans[i - 1] if i else None, spans[i + 1] if i + 1 < len(spans) else None):
        if other is not None and other[2] == PERSON and " " in other[3] \
                and LIST_GLUE.fullmatch(text[other[1] : start] if other[1] <= start else text[end : other[0]]):
            return True
    return False


def listable(name: str) -> bool:
    """A name's shape or a given name alone, with no title of four letters or more in it: not "Scottish Finance
    Minister, Tom McCabe MSP, said" (but "Hun Sen")."""
    return bool(NAME_WORDS.fullmatch(name) or lone_given_name(name)) and not any(is_title(w) and len(w) > 3 for w in name.split())


COMPANY_PLURALS = set("""firms companies operators manufacturers giants carriers airlines retailers publishers vendors networks banks
    insurers lenders broadcasters studios labels newspapers chipmakers carmakers automakers clubs""".split())


def company_lists(spans: list, text: str) -> list:
    """The names listed right after a plural company noun are organisations ("technology firms Sony, Philips,
    Matsushita and Samsung", "companies such as Creative, Sony and Philips"), unless a cue made one a place or a
    person."""
    listing = False
    for i, (start, end, kind, name, cue) in enumerate(spans):
        open_to_it = not kind or kind == ORGANISATION or (kind == PERSON and cue == "shape")
        listing = (listing and LIST_GLUE.fullmatch(text[spans[i - 1][1] : start]) is not None) or (open_to_it and opens_company_list(text, start))
        if listing and open_to_it:
            spans[i] = (start, end, ORGANISATION, name, cue if kind == ORGANISATION else "company list")
    return spans


def opens_company_list(text: str, start: int) -> bool:
    """Whether a plural company noun, with "such as", "like" or "including" after it, stands right before `start`
    (the words split off the text before, not a regular expression searched: this is asked of every name)."""
    if text[start - 1 : start] not in (" ", "\n"):
        return False  # asked first: no slice and split for a name after a bracket or a quote, or opening the text
    last = text[start - 2 : start - 1]
    if last not in ("s", "e", "g") and not last.isspace():
        return False  # every word that opens a list ends so ("firms", "like", "including", "such as"): most words do not
    before = text[max(0, start - 32) : start].split()
    if not before:
        return False
    if before[-1] in COMPANY_PLURALS:
        return True
    if before[-1] in ("like", "including") and len(before) > 1:
        return before[-2].rstrip(",") in COMPANY_PLURALS
    return before[-2:] == ["such", "as"] and len(before) > 2 and before[-3].rstrip(",") in COMPANY_PLURALS


def surname_lists(spans: list, text: str) -> list:
    """A list of five single names or more, most of them family names and none a place: "Given, Breen,
    Staunton, Irwin, McAteer, Harte" (a line-up) names people, each."""
    if len(spans) < 5 or sum(1 for span in spans if not span[2] and " " not in span[3]) < 5:
        return spans  # too few untyped single names for a list: most paragraphs
    chain: list[int] = []
    for i, span in enumerate(spans + [None]):
        glued = span is not None and chain and LIST_GLUE.fullmatch(text[spans[chain[-1]][1] : span[0]])
        if span is not None and not span[2] and " " not in span[3] and (glued or not chain):
            chain.append(i)
            continue
        if len(chain) >= 5 and 2 * sum(spans[k][3] in family_names() for k in chain) >= len(chain) \
                and not any(spans[k][3] in places() for k in chain):
            for k in chain:
                spans[k] = (*spans[k][:2], PERSON, spans[k][3], "list")
        chain = [i] if span is not None and not span[2] and " " not in span[3] else []
    return spans


TWO_FIGURES = re.compile(r"\d(?<=\d\d)")  # the figure first: the search skips at once to the figures
VERSION_LIST = re.compile(r"[\dA-Z](?<=\b[\dA-Z])(?:(?<=\d)\d{1,3}|(?<=[A-Z])[A-Z]{1,2})(?:\s*(?:,|\band\b|\bor\b)\s*(?:\d{2,4}|[A-Z]{2,3})\b){2,}")
# its first item, two to four figures or two or three capitals, opens with the character, not "\b": the search skips at once
# to a figure or a capital (half the time)


def version_lists(spans: list, text: str) -> list:
    """Acronyms listed among numbers are a product's versions, not organisations: "Windows 95, 98, ME, NT, 2000 and
    XP" (three items or more, two of them numbers)."""
    if not any(span[4] in ("acronym", "place") and span[3].isupper() for span in spans) or not TWO_FIGURES.search(text):
        return spans  # most paragraphs; a list needs two numbers of two figures or more, and the search for them is quick
    lists = [m.span() for m in VERSION_LIST.finditer(text) if len(re.findall(r"\b\d{2,4}\b", m.group(0))) >= 2]
    if not lists:
        return spans  # most paragraphs with figures list none
    return [(start, end, "", name, "") if cue in ("acronym", "place") and name.isupper() and any(a <= start and end <= b for a, b in lists)
            else (start, end, kind, name, cue) for start, end, kind, name, cue in spans]  # "NT" is no Northern Territory there
