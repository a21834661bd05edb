"""What a line under the headline must be to be its standfirst (dek), beyond not ending a sentence: review 13 found
the lede's opening, a label announcing a list and the first of the article's section headings taken as the dek
("Here are some things to consider before taking the leap:", "TL;DR:", "‘Bananas are mushy, musty and alarmingly
yellow’" over the first of ten sections headed alike). A line that is none of them is left in the body, where it
was: no dek is better than a wrong one."""

from __future__ import annotations

from .structure import Unit, is_heading
from .text import ends_with

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
