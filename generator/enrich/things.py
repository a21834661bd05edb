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
CALLED = re.compile(rf"\b(?:{'|'.join(THING_NOUNS)}),? (?:called|named|dubbed|known as) ({NAMES_RUN})(?![\w'&.+-]| [A-Z0-9])")
INITIALS_AFTER = re.compile(r"((?:[a-z][a-z-]+ ){1,6})\(([A-Z]{2,6})s?\)")  # "consumer price index (CPI)"
SPELT_AFTER = re.compile(r"\b([A-Z]{2,6})s? \(([A-Za-z][\w-]*(?: [A-Za-z][\w-]*)+)\)")  # "HSDPA (High Speed ...)", "LCDs (liquid crystal displays)"
TECHNICAL_NOUNS = "standard standards technology technologies format formats protocol protocols interface codec chip chips".split()
SPELT_BEFORE_A_THING = re.compile(rf"({NAMES_RUN}) \(([A-Z]{{2,6}})\) (?:{'|'.join(TECHNICAL_NOUNS)})(?![\w-])")  # "the ... (HSDPA) standard"
NAMED_BODY = ORG_HEADS | PARTY_NOUNS | PARTY_ENDS


def written_as_things(text: str) -> tuple[str, ...]:
    """The names the text writes as things, sorted, each once."""
    found = set(CALLED.findall(text))
    found.update(short for words, short in INITIALS_AFTER.findall(text) if spelt_before(words.split(), short))
    for short, words in SPELT_AFTER.findall(text):
        if initials(words).upper() == short and common_term(words):
            found.update((short, words))
    for words, short in SPELT_BEFORE_A_THING.findall(text):
        if initials(words).upper() == short and common_term(words):
            found.update((short, words))
    return tuple(sorted(name for name in found if name[:1].isupper()))  # not "liquid crystal displays" of "LCDs (...)"


def spelt_before(words: list[str], short: str) -> bool:
    """Whether the last of the words before a bracket are what its initials stand for, and a term ("the consumer
    price index" before "(CPI)", not "the world trade organisation" before "(WTO)")."""
    return any(initials(" ".join(words[k:])).upper() == short and common_term(" ".join(words[k:])) for k in range(len(words)))


def common_term(words: str) -> bool:
    """Words that spell out a term: none an organisation's or a party's word ("Scottish National Party (SNP)")."""
    return NAMED_BODY.isdisjoint(word[:1].upper() + word[1:] for word in re.split(r"[\s-]+|['’]s\b", words))


def term_words(key: str) -> bool:
    """Common English words only, none an organisation's head word: "digital rights management", not "electronic
    frontier foundation"."""
    words = [word.title() for word in key.split()]
    return len(words) > 1 and plain_english(words) and ORG_HEADS.isdisjoint(words)
