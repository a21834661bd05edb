"""Sections signed by their writers: a Guardian feature of ten writers ends each writer's section with the writer's
name after the last sentence ("… so that rules out a second run. Morwenna Ferrier"). Two such sign-offs of different
names at least make them the article's authors; one alone is too little to tell a sign-off from a sentence of a name."""

from __future__ import annotations

import re

from ..model import Field, RemovedLine
from .text import PERSON_NAME
from .structure import Unit

SIGN_OFF = re.compile(rf"(?<=[.!…’”\"])\s+(?P<name>{PERSON_NAME})$")  # not after a question: an answer
SIGNED_SECTIONS = 2
SECTION = 60  # characters: a section's paragraph, not an interview's short answer ("Favourite film? Star Wars")


def take_sign_offs(items: list[Unit]) -> tuple[list[Unit], list[RemovedLine], Field[tuple[str, ...]] | None]:
    """The paragraphs without the writers' names that end them, the names as removed lines, and the writers as authors,
    when two paragraphs or more end with different names; else the paragraphs as they were."""
    signed = {index: match for index, unit in enumerate(items) if len(unit.text) >= SECTION and (match := SIGN_OFF.search(unit.text))}
    names = list(dict.fromkeys(match.group("name") for match in signed.values()))
    if len(names) < SIGNED_SECTIONS:
        return items, [], None
    kept = [Unit(unit.line, unit.text[: signed[index].start()]) if index in signed else unit for index, unit in enumerate(items)]
    removed = [RemovedLine(items[index].line, match.group("name"), "sign-off (the section's writer)") for index, match in signed.items()]
    lines = ", ".join(str(items[index].line) for index in signed)
    return kept, removed, Field(tuple(names), f"sign-offs ending sections, lines {lines}: {', '.join(names)}")
