"""What wire copy opens its text with: a dateline naming the agency ("PHOENIX A.Z. (AP) —", "(CNN)The",
"New Delhi, Jul 30 (PTI)"), and before it, in Indian wire copy, an editor's note and a byline ("(Eds: Updating
with fresh quotes) By K J M Varma Beijing, Aug 1 (PTI) China will never …")."""

from __future__ import annotations

import re

from ..model import Field, RemovedLine
from .structure import Unit
from .text import name_case

MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
DATELINE_OUTLET = re.compile(  # "PHOENIX A.Z. (AP) — For months", "NEW YORK (The Borowitz Report)—The", "(CNN)The", "London, Aug 1 (PTI) Renowned"
    rf"^(?P<dateline>(?:[A-Z][\w.'’-]*,?\s+){{0,5}}(?:(?P<day>{MONTH}\s+\d{{1,2}}),?\s+)?"
    r"\((?P<outlet>[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,4})\))\s*(?:[—–-]|(?=[A-Z“\"]))")
WIRES = {"CNN", "AP", "AFP", "Reuters", "UPI", "PA", "BBC", "Xinhua", "dpa", "IANS", "PTI", "ANI", "Bloomberg"}
EDITORS_NOTE = re.compile(r"^\((?:Eds?|Editors?)\.?\s*:[^()]{1,160}\)\s*")  # "(Eds: Updating with fresh quotes)"
# "By Sajjad Hussain Islamabad, Jul 31 (PTI)": the name, then the place the dateline starts with
WIRE_BYLINE = re.compile(r"^By\s+(?P<words>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){2,7}),\s+")
# the first words of a place named in two ("New Delhi", "Hong Kong"): where a byline's name ends before a dateline
PLACE_FIRST_WORDS = {"New", "San", "Los", "Las", "Santa", "St", "St.", "Saint", "Hong", "Sri", "Kuala", "Abu", "Tel", "Port",
                     "Rio", "Buenos", "Cape", "Navi", "Kota", "Addis", "Dar", "Phnom", "Ho", "Panama", "Mexico", "Sao", "São"}


def wire_dateline(text: str) -> re.Match | None:
    """A dateline that opens the text, place and outlet: "PHOENIX A.Z. (AP) —", "Washington (CNN)", "(CNN) --",
    "New Delhi, Jul 30 (PTI)"."""
    match = DATELINE_OUTLET.match(text)
    place = match and match.group("dateline")[: match.start("outlet") - 1]
    if match and (a_dateline_place(place) or (match.group("outlet") in WIRES and len(place.split()) <= 3)):
        return match  # "Washington (CNN)Text": a wire's name after any place
    return None


# a dateline with no outlet: a place in capitals, its state or country as the paper writes it, a dash, the lede's first
# word ("ST. PAUL, Minn. -- For decades", "WEST PALM BEACH, Fla. - The", "SAITAMA, Japan — Madison", "HORACE — The")
PLACE_DATELINE = re.compile(r"^(?P<dateline>(?P<place>(?:ST\.|[A-Z][A-Z'’-]+)(?:\s+(?:ST\.|[A-Z][A-Z.'’-]+)){0,3})"
                            r"(?:,\s+(?P<region>[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*){0,2})(?:\s+\d{1,2})?)?)(?:\s*(?:--|[—–])\s*|\s*-\s+|\s+-\s*)(?=[\"“‘']?(?:[A-Z][a-z]|[AI]\s))")  # a hyphen spaced: not "US-Ukraine"


def place_dateline(text: str) -> re.Match | None:
    """A dateline that opens the text and names no outlet; its groups are the place ("ST. PAUL") and the region
    ("Minn.", or Reuters' month and day: "NEW YORK, Feb 26 -"), which is None when the place stands alone ("WASHINGTON —"). "VIEW GALLERY - 2 IMAGES" is none: no
    sentence follows its dash."""
    return PLACE_DATELINE.match(text)


def a_dateline_place(words: str) -> bool:
    """None, a word in capitals ("PHOENIX A.Z.") or a town and its state ("Park City, Utah"): not "John Smith"."""
    return not words.strip() or any(word.isupper() and len(word) > 1 for word in words.split()) or "," in words


def dateline_outlet(body_units: list[Unit]) -> Field[str] | None:
    """The outlet a wire dateline opening the text names in brackets: "PHOENIX (AP) —", "Park City, Utah (CNN)"."""
    match = wire_dateline(body_units[0].text) if body_units else None
    return Field(match.group("outlet"), f"line {body_units[0].line}: {match.group('dateline')}") if match else None


def undated_dateline(body_units: list[Unit]) -> Field | None:
    """A dateline that gives the month and the day but no year ("New Delhi, Jul 30 (PTI)"): the date stays
    unknown, and the evidence says why; a year is never guessed."""
    match = wire_dateline(body_units[0].text) if body_units else None
    if match is None or match.group("day") is None:
        return None
    return Field(None, f"not found: the dateline gives no year (line {body_units[0].line}: {match.group('dateline')})")


def take_wire_opening(unit: Unit, removed: list[RemovedLine]) -> tuple[Unit, Field[tuple[str, ...]] | None]:
    """The lede without the editor's note (recorded as removed) and the byline (the author, with its evidence)
    that wire copy puts before its dateline; the dateline stays the text's, as every other dateline does."""
    text = unit.text
    if note := EDITORS_NOTE.match(text):
        removed.append(RemovedLine(unit.line, note.group().strip(), "editor's note"))
        text = text[note.end() :]
    authors = None
    if (byline := WIRE_BYLINE.match(text)) and (name_end := byline_before_dateline(byline.group("words"), text[byline.end("words") :])):
        name, place_start = byline.group("words")[:name_end], byline.start("words") + name_end
        authors = Field((name_case(name.strip()),), f"line {unit.line}: {text[: place_start].strip()}")
        text = text[place_start:].lstrip()
    return (Unit(unit.line, text) if text != unit.text else unit), authors


def byline_before_dateline(words: str, after: str) -> int | None:
    """Where the name ends in "K J M Varma Beijing" before ", Aug 1 (PTI) …": the place is the last word, or the
    last two after a place's usual first word ("New Delhi"); a name keeps two words at least. None when what
    follows the name is no dateline of a month and day, or of a wire agency."""
    tokens = list(re.finditer(r"\S+", words))
    place = 2 if tokens[-2].group() in PLACE_FIRST_WORDS else 1
    if len(tokens) - place < 2:
        return None
    match = wire_dateline(words[tokens[-place].start() :] + after)
    if match is None or not (match.group("day") or match.group("outlet") in WIRES):
        return None
    return tokens[-place].start()

