"""Names an article itself writes as things, not as someone or a body: a name a thing's noun introduces ("a
technology called Visual Radio", "a web-based tool called EdgeScape"), and initials it spells out in common words
("the consumer price index (CPI)", "HSDPA (High Speed Downlink Packet Access)"). Read once with an article's
name candidates; the archive drops such a name where no stronger cue makes it an organisation (name_evidence)."""

from __future__ import annotations

import re

from .acronyms import initials
from .lexicon import ORG_HEADS, PARTY_ENDS, PARTY_NOUNS
from .lookalikes import plain_english

THING_NOUNS = """technology technologies tool tools system systems service services format formats standard standards
    programme programmes program programs software game games device devices product products feature features protocol
    virus viruses worm worms application applications weblog weblogs blog blogs browser browsers chip
    chips processor processors console consoles handset handsets phone phones gadget gadgets codec codecs adaptor
    adaptors adapter adapters connector connectors interface interfaces scheme schemes""".split()
NAMES_RUN = r"[A-Z][\w'&.+-]*(?: [A-Z][\w'&.+-]*)*"
THING_NOUN = set(THING_NOUNS)
WORD_BEFORE = re.compile(r"(\w+),?$")
NAME_AFTER = re.compile(rf"({NAMES_RUN})(?![\w'&.+-]| [A-Z0-9])")
BRACKET = re.compile(r"\(([^()]{2,80})\)")  # every reading below starts at a bracket: most texts have few
INITIALS = re.compile(r"([A-Z]{2,6})s?")
LOWER_WORDS_BEFORE = re.compile(r"((?:[a-z][a-z-]+ ){1,6})$")  # "consumer price index (CPI)"
NAMES_BEFORE = re.compile(rf"({NAMES_RUN}) $")  # "the High Speed Downlink Packet Access (HSDPA) standard"
INITIALS_BEFORE = re.compile(r"\b([A-Z]{2,6})s? $")  # "HSDPA (High Speed Downlink Packet Access)", "LCDs (liquid crystal displays)"
SPELT_WORDS = re.compile(r"[A-Za-z][\w-]*(?: [A-Za-z][\w-]*)+")
TECHNICAL_NOUN_AFTER = re.compile(r" (?:standards?|technology|technologies|formats?|protocols?|interface|codec|chips?)(?![\w-])")
TERM_BREAKS = re.compile(r"[\s-]+|['’]s\b")
CALLED_VERBS = (" called ", " named ", " dubbed ", " known as ")  # found by a plain search, not a pattern tried at every word
NAMED_BODY = ORG_HEADS | PARTY_NOUNS | PARTY_ENDS


def written_as_things(text: str) -> tuple[str, ...]:
    """The names the text writes as things, sorted, each once."""
    found = {name for verb in CALLED_VERBS if verb in text for name in called(text, verb)}
    for bracket in BRACKET.finditer(text) if "(" in text else ():
        found.update(spelt_out(text, bracket))
    return tuple(sorted(name for name in found if name[:1].isupper()))  # not "liquid crystal displays" of "LCDs (...)"


def called(text: str, verb: str) -> list[str]:
    """The names a thing's noun and the verb introduce: "a technology called Visual Radio"."""
    found, at = [], text.find(verb)
    while at >= 0:
        noun, name = WORD_BEFORE.search(text, max(0, at - 20), at), NAME_AFTER.match(text, at + len(verb))
        if noun and name and noun.group(1) in THING_NOUN:
            found.append(name.group(1))
        at = text.find(verb, at + 1)
    return found


def spelt_out(text: str, bracket: re.Match) -> tuple[str, ...]:
    """The initials a bracket holds or follows, spelt out in common words beside them, and a spelt-out name before
    initials and a technical noun."""
    inside, head = bracket.group(1), text[max(0, bracket.start() - 120) : bracket.start()]  # the cheap tests first
    if letters := INITIALS.fullmatch(inside):
        short = letters.group(1)
        if head[-2:-1].islower() and (lower := LOWER_WORDS_BEFORE.search(head)) and spelt_before(lower.group(1).split(), short):
            return (short,)
        if TECHNICAL_NOUN_AFTER.match(text, bracket.end()) and (names := NAMES_BEFORE.search(head)) \
                and initials(names.group(1)).upper() == short and common_term(names.group(1)):
            return short, names.group(1)
        return ()
    if " " not in inside or not head[-2:-1].isalpha() or not SPELT_WORDS.fullmatch(inside):
        return ()
    before = INITIALS_BEFORE.search(head)
    if before and initials(inside).upper() == before.group(1) and common_term(inside):
        return before.group(1), inside
    return ()


def spelt_before(words: list[str], short: str) -> bool:
    """Whether the last of the words before a bracket are what its initials stand for, and a term ("the consumer
    price index" before "(CPI)", not "the world trade organisation" before "(WTO)")."""
    return any(initials(" ".join(words[k:])).upper() == short and common_term(" ".join(words[k:])) for k in range(len(words)))


def common_term(words: str) -> bool:
    """Words that spell out a term: none an organisation's or a party's word ("Scottish National Party (SNP)")."""
    return NAMED_BODY.isdisjoint(word[:1].upper() + word[1:] for word in TERM_BREAKS.split(words))


def term_words(key: str) -> bool:
    """Common English words only, none an organisation's head word: "digital rights management", not "electronic
    frontier foundation"."""
    words = [word.title() for word in key.split()]
    return len(words) > 1 and plain_english(words) and ORG_HEADS.isdisjoint(words)
