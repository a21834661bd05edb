"""Speakers' labels of a transcript (names.py asks, after the cues of each run): "NEIL JONES: Race is a big part of games",
"JONES: And my favorite thing", "SCOTT DETROW, HOST:" (NPR), "BAIER: Mr. Trump, just yesterday" (a debate). A label of
two words or more that opens with a given name is a person, in the reader's case ("Neil Jones"); one word alone is left
untyped, for the article to resolve to the one person it names so ("JONES:" of Neil Jones, "TRUMP:"), or to no one
("HASTINGS:" a dateline, "BOLTON:" a line-up, "UPDATE:"). Spans are (start, end, type, name, cue) tuples, as
paragraph_spans makes them."""

from __future__ import annotations

import re
from typing import NamedTuple

from .lexicon import COUNTRY, PERSON, PLACE, given_names, places, towns

CAPITAL = "A-ZÀ-ÖØ-Þ"
LABEL = re.compile(rf"(?P<name>[{CAPITAL}][{CAPITAL}'’-]+(?: [{CAPITAL}][{CAPITAL}'’-]*){{0,3}})(?:, [A-Z][A-Z ]+)?:(?=\s|$)")
# a name, a role ("HOST", "BYLINE"), a colon


class Label(NamedTuple):
    name_end: int  # where the speaker's name ends in the paragraph
    end: int  # where the label ends, its role and colon included
    kind: str  # PERSON, or "" for a one-word label the article resolves
    name: str  # in the reader's case


def speaker_label(text: str) -> Label | None:
    """The speaker's label a paragraph opens with, or None: not a possessive ("JOE BIDEN'S PLAN:"), a place's name of two
    words ("NEW DELHI:"), one or two letters ("DT:", "Q:"), or words that open with no given name ("EDITOR'S NOTE:"). One
    word may be a town as well as a surname ("NELSON:", "HASTINGS:"): the article tells which."""
    label = LABEL.match(text) if text[:2].isupper() else None
    if label is None:
        return None  # most paragraphs
    written = label.group("name").split("-AS-")[0]  # "ALEC BALDWIN-AS-TRUMP": the actor, not the part
    words = [reader_case(word) for word in written.split()]
    name = " ".join(words)
    if any(word.endswith(("'S", "’S")) for word in written.split()) or (len(words) == 1 and len(name) <= 2):
        return None
    if len(words) > 1 and (words[0] not in given_names() or name in places() or name in towns()):
        return None
    return Label(len(written), label.end(), PERSON if len(words) > 1 else "", name)


def speakers(spans: list, text: str) -> list:
    """A paragraph that opens with a speaker's label: the label's span a person (or an untyped surname), in place of
    whatever the cues made of its capitals ("JONES" was an organisation by its shape)."""
    label = speaker_label(text)
    if label is None or any(span[0] == 0 and span[2] in (PLACE, COUNTRY) for span in spans):
        return spans  # "LONDON:" a dateline the cues made a place
    return [(0, label.name_end, label.kind, label.name, "speaker"), *(span for span in spans if span[0] >= label.end)]  # not "BYLINE"


def reader_case(word: str) -> str:
    """"NEIL" -> "Neil", "MCKINNON" -> "McKinnon", "O'BRIEN" -> "O'Brien"."""
    return re.sub(r"^Mc([a-z])", lambda m: "Mc" + m.group(1).upper(), word.title())
