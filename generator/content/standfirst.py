"""What the line under the headline is: a byline with no "By" (byline_alone), or the standfirst (dek) when, beyond not
ending a sentence, it has a standfirst's shape. Review 13 found the lede's opening, a label announcing a list and the
first of the article's section headings taken as the dek ("Here are some things to consider before taking the leap:",
"TL;DR:", "‘Bananas are mushy, musty and alarmingly yellow’" over the first of ten sections headed alike). A line that
is none of them is left in the body, where it was: no dek is better than a wrong one."""

from __future__ import annotations

import re

from ..model import Field
from .structure import Unit, is_heading
from .text import PERSON_NAME, ends_with, word_count

QUOTE_OPENERS = "‘“'\""
SAME_SHAPED_HEADINGS = 2  # later section headings shaped as the line: what makes it the first of them


def a_standfirst_shape(unit: Unit, rest: list[Unit]) -> bool:
    """Whether the line under the headline may be its standfirst: it announces nothing (a colon), is not a sentence cut
    by a hard line break (a comma or a hyphen at its end, or the next line going on in small letters: "…who was
    absconding for five" / "years. Acting on …"), not a whole lede whose closing quote a scraper turned ("… eager to
    fill.“"), and not the first of the article's section headings."""
    text = unit.text.rstrip()
    if ends_with(text, ":,;-–") or ends_with(text.rstrip("“‘"), ".!?…"):
        return False
    following = rest[0] if rest else None
    if following and following.line == unit.line + 1 and following.text[:1].islower():
        return False
    return not first_of_its_headings(unit, rest)


def first_of_its_headings(unit: Unit, rest: list[Unit]) -> bool:
    """Two section headings at least further down, shaped as the line: a quotation each ("‘Bananas are mushy …’", then
    "‘I’ve always found oysters a bit terrifying’"), or each right above its paragraph with no blank line between
    ("The ‘91 liberalisation efforts" / "Singh became …", then "The Indo-American Nuclear Deal" / "As Prime Minister …")."""
    def shape(line: Unit, under: Unit) -> tuple[bool, bool]:
        return line.text[:1] in QUOTE_OPENERS, under.line == line.line + 1

    if not rest:
        return False
    own = shape(unit, rest[0])
    if not any(own):
        return False
    alike = sum(1 for line, under in zip(rest, rest[1:]) if is_heading(line, under) and shape(line, under) == own)
    return alike >= SAME_SHAPED_HEADINGS


# a byline under the headline with no "By": a staff line, names joined ("Sahil Gupta and Guncha Prakash"), or one name
# over its writer's affiliation ("Bethany Thayer" / "Henry Ford Health"), as syndicated and Indian pages print them
PERSON = PERSON_NAME
STAFF_ALONE = re.compile(r"(?:Staff|Special|Our) (?:Reporter|Correspondent|Writer)s?")
NAMES_JOINED = re.compile(rf"{PERSON}(?:(?:,| and| &) {PERSON})+")
NAME_ALONE = re.compile(PERSON)
AFFILIATION = re.compile(r"[A-Z][\w&.'’-]*(?: (?:[A-Z][\w&.'’-]*|of|for|and|the)){1,5}")
LEDE_MIN_WORDS = 20


def byline_alone(rest: list[Unit]) -> tuple[Field[tuple[str, ...]], Unit | None] | None:
    """The authors the first line under the headline names with no "By" (none for a staff line), and the affiliation
    line under a single name, which leaves the body; None when the line is no such byline."""
    if not rest:
        return None
    unit, source = rest[0], f"line {rest[0].line}: {rest[0].text}"
    if STAFF_ALONE.fullmatch(unit.text):
        return Field((), source), None
    if NAMES_JOINED.fullmatch(unit.text):
        return Field(tuple(name.strip() for name in re.split(r",| and | & ", unit.text)), source), None
    if len(rest) > 2 and NAME_ALONE.fullmatch(unit.text) and AFFILIATION.fullmatch(rest[1].text) and word_count(rest[2].text) >= LEDE_MIN_WORDS:
        return Field((unit.text,), f"{source} (over the affiliation '{rest[1].text}', line {rest[1].line})"), rest[1]
    return None
