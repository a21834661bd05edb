"""Whom a pronoun or a title before a quote may stand for: a "he" or "she" (may_be) no one whose honorific or given
name is of the other sex, nor one the article gives the other sex by the pronouns it uses of them when neither tells
("Alex Rodriguez", "Christian Louboutin": names both sexes bear); "the home secretary said" the person the article
wrote with that title (role_references)."""

from __future__ import annotations

import re
from collections import Counter

from ..content.text import sentence_spans
from ..model import Block, Mention
from .lexicon import given_name_sexes
from .name_words import HONORIFIC_SEX

PRONOUN_SEX = {"he": "male", "she": "female"}

QUOTED = re.compile(r"“[^”]*”?|\"[^\"]*\"?")  # a quote's own pronouns are the speaker's ("I think he thought …")
# not "him" and "her", which in a sentence that names someone are as often another's ("Rodriguez met her")
PRONOUNS = re.compile(r"\b(?:(?P<male>[Hh]e|[Hh]is|[Hh]imself)|(?P<female>[Ss]he|[Hh]ers|[Hh]erself))\b")


def sexes_by_pronouns(blocks: list[Block], by_anchor: dict[str, list[Mention]]) -> dict[str, str]:
    """Person -> "male" or "female", where the sentences that name only that person, and the sentence after each
    when it names no one, use pronouns of one sex twice or more and three times as often as of the other (quotes
    left out)."""
    votes: dict[str, Counter] = {}
    for block in blocks:
        mentions = by_anchor.get(block.anchor, [])
        if not mentions:
            continue
        spans = sentence_spans(block.text)
        named = [{m.actor for m in mentions if a <= m.start < b} for a, b in spans]
        for i, ((start, end), actors) in enumerate(zip(spans, named)):
            if len(actors) != 1:
                continue
            last = max(m.end for m in mentions if start <= m.start < end)
            told = sentence_sex(block.text[last:end])
            if told is None and i + 1 < len(spans) and not named[i + 1]:
                told = sentence_sex(block.text[spans[i + 1][0] : spans[i + 1][1]])
            if told:
                votes.setdefault(next(iter(actors)), Counter())[told] += 1
    return {actor: sex for actor, count in votes.items() for sex, other in (("male", "female"), ("female", "male"))
            if count[sex] >= max(2, 3 * count[other])}


def sentence_sex(text: str) -> str | None:
    """The sex of a sentence's pronouns outside quotes, when they are all of one."""
    found = {match.lastgroup for match in PRONOUNS.finditer(QUOTED.sub(" ", text))}
    return found.pop() if len(found) == 1 else None


def may_be(who: str, mention: Mention, text: str, sexes: dict[str, str]) -> bool:
    """Whether "he", "she" or "the general" may stand for the person of this mention: a pronoun not for
    a given name or an honorific of the other sex ("Mr Taylor" is no "she"), nor for one the article calls by
    the other's pronouns (`sexes`); "the X" only for a person written with the title X."""
    if who in PRONOUN_SEX:
        first = mention.surface.split()[0] if " " in mention.surface else ""  # a bare surname is no given name: "Morris" (Abby Rose Morris) is a she
        before = text[max(0, mention.start - 10) : mention.start].split()
        sex = HONORIFIC_SEX.get(before[-1] if before else "") or HONORIFIC_SEX.get(first) or given_name_sexes().get(first) \
            or given_name_sexes().get(mention.actor.split("-")[0].title()) or sexes.get(mention.actor)  # "Mr Taylor's"; "Ferguson" of Michael Ferguson (his slug)
        return sex in (None, PRONOUN_SEX[who])
    title = who.split()[-1]
    return re.search(rf"\b{re.escape(title)}\s+$", text[max(0, mention.start - 40) : mention.start], re.IGNORECASE) is not None


ROLE_SUBJECT = re.compile(r"\b[Tt]he (?P<role>(?:[A-Za-z]+ ){0,2}?[A-Za-z]+) (?:will |would )?(?:said|says|say|told|tell|added|add|asked|ask|insisted|warned|argued|stressed|explained)\b")


def role_references(blocks: list[Block], index: int, by_anchor: dict[str, list[Mention]]) -> list[tuple[int, Mention]]:
    """"The home secretary said …" in block `index`: (where it ends, the mention of the person the article
    wrote with that title before, "Home Secretary Charles Clarke"), for each such reference."""
    found = []
    for match in ROLE_SUBJECT.finditer(blocks[index].text):
        titled = re.compile(rf"\b{re.escape(match.group('role'))}\s+$", re.IGNORECASE)
        owners = [m for block in blocks[: index + 1] for m in by_anchor.get(block.anchor, [])
                  if (block is not blocks[index] or m.end <= match.start()) and titled.search(block.text[max(0, m.start - 40) : m.start])]
        if owners:
            found.append((match.end(), owners[-1]))
    return found
