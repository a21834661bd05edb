"""Speakers' labels of a transcript (names.py asks, after the cues of each run): "NEIL JONES: Race is a big part of games",
"JONES: And my favorite thing", "SCOTT DETROW, HOST:" (NPR), "BAIER: Mr. Trump, just yesterday" (a debate). The label
names a person, in capitals: the span keeps the name in the reader's case ("Neil Jones"). Spans are
(start, end, type, name, cue) tuples, as paragraph_spans makes them."""

from __future__ import annotations

import re

from .lexicon import PERSON, family_names, given_names, places

LABEL = re.compile(r"(?P<name>[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){0,3})(?:, [A-Z][A-Z ]+)?:(?=\s|$)")  # a name, a role ("HOST"), a colon


def speakers(spans: list, text: str) -> list:
    """A paragraph that opens with a speaker's label: the label's span a person, in place of whatever the cues made of its
    capitals ("JONES" was an organisation by its shape). A name of two words or more opens with a given name; one word
    alone is a family name, or left untyped for the article to resolve to the one person it names so ("TRUMP:", "DETROW:";
    "UPDATE:" resolves to no one)."""
    label = LABEL.match(text) if text[:2].isupper() else None
    if label is None:
        return spans  # most paragraphs
    written = label.group("name").split("-AS-")[0]  # "ALEC BALDWIN-AS-TRUMP": the actor, not the part
    words = [reader_case(word) for word in written.split()]
    name = " ".join(words)
    if name in places() or any(len(word) <= 2 for word in words):
        return spans  # "NEW DELHI:" a dateline, "DT:" initials
    if len(words) > 1:
        kind = PERSON if words[0] in given_names() else None
    else:
        kind = PERSON if name in family_names() else None if name in given_names() else ""  # "TRUMP:", "DETROW:": resolved later
    if kind is None:
        return spans  # "EDITOR'S NOTE:", "SCOTT:" (a given name too): no one's name to be sure of
    end = len(written)
    return [(0, end, kind, name, "speaker"), *(span for span in spans if span[0] >= label.end())]  # not "BYLINE" of the role


def reader_case(word: str) -> str:
    """"NEIL" -> "Neil", "MCKINNON" -> "McKinnon", "O'BRIEN" -> "O'Brien"."""
    return re.sub(r"^Mc([a-z])", lambda m: "Mc" + m.group(1).upper(), word.title())
