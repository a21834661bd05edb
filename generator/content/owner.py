"""Who owns and who wrote a text, as the furniture at its end says when no byline does: the agency a sign-off
names ("Reuter"), the owner a copyright line names ("Copyright © 2023 NPR. All rights reserved."), the publication a
letter's disclaimer names ("This letter does not necessarily reflect the opinion of The Forum's editorial board …"),
and the writer its tagline, right above that disclaimer, introduces ("Patrick Sommer is a delegate for the
International Dark-Sky Association."). Each value keeps the line it comes from as its evidence."""

from __future__ import annotations

import re

from ..model import Field, RemovedLine
from .text import PERSON_NAME
from .structure import Unit

# the owner a copyright line names after its year: "Copyright © 2023 NPR. All rights reserved.", "The-CNN-Wire & 2023 Cable
# News Network, Inc., a Warner Bros. Discovery Company. All rights reserved."
COPYRIGHT_HOLDER = re.compile(r"(?:©|\(c\)|\b[Cc]opyright|&)\s*(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?,?\s+"
                              r"(?P<owner>[A-Z][\w&'’.-]*?(?:\s+[A-Z&][\w&'’-]*){0,5})(?=,|\.\s|\.?\s+All rights|\.?$|\s+(?:Inc|LLC|Ltd)\b)")
DISCLAIMER_OWNER = re.compile(r"reflect the (?:opinions?|views?) of (?:the )?(?P<owner>(?:The )?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4}?)(?=['’]s?\s|\s+(?:or|nor|and)\b|[.,])")
TAGLINE = re.compile(rf"^(?P<name>{PERSON_NAME}) is (?:a|an)\s")  # not "X is the wrong man"
TAGLINE_LENGTH = 300  # characters: a writer's line about themself, not a column's last paragraph
PICTURE_OWNER = re.compile(r"\b(?:Images|Photos?|Pictures|Shutterstock|Alamy|Stock)\b")  # "© 2023 Getty Images": a photo's, not the outlet's


def owner_named(removed: list[RemovedLine]) -> Field[str] | None:
    """The outlet a copyright line or a disclaimer the body ended with names, with that line as evidence."""
    for line in removed:
        pattern = COPYRIGHT_HOLDER if line.rule == "copyright" else DISCLAIMER_OWNER if line.rule == "disclaimer" else None
        if pattern and (owner := pattern.search(line.text)) and not PICTURE_OWNER.search(owner.group("owner")):
            return Field(owner.group("owner"), f"line {line.line}: {line.text[:117] + '…' if len(line.text) > 120 else line.text}")
    return None


def tagline_author(body: list[Unit], removed: list[RemovedLine]) -> Field[tuple[str, ...]] | None:
    """The writer a tagline introduces, on the last line of the text above its disclaimer; the tagline stays text."""
    disclaimer = next((line.line for line in removed if line.rule == "disclaimer"), None)
    above = [unit for unit in body if disclaimer is not None and unit.line < disclaimer]
    if above and len(above[-1].text) <= TAGLINE_LENGTH and (tagline := TAGLINE.match(above[-1].text)) \
            and not any(tagline.group("name") in unit.text for unit in above[:-1]):  # a writer, not the column's subject
        return Field((tagline.group("name"),), f"line {above[-1].line}: {above[-1].text} (the tagline above the disclaimer, line {disclaimer})")
    return None


def signed_off(removed: list[RemovedLine]) -> Field[str] | None:
    """The agency whose name closes its story ("Reuter", as Reuters signed its wire copy)."""
    line = next((r for r in removed if r.rule == "wire sign-off"), None)
    return Field("Reuters", f"line {line.line}: {line.text} (the agency's sign-off)") if line else None
