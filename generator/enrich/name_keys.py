"""The keys under which spellings of one name merge into one actor (rule 3): initials, accents, club letters
and a country's short forms aside."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .lexicon import SAME_COUNTRY, SAME_ORGANISATION, SAME_PLACE


@lru_cache(maxsize=1 << 16)
def name_key(name: str) -> str:
    """The key under which spellings of one name merge (rule 3): initials and accents aside, a short
    form of a country with its full name (U.S., US, USA: United States), a party's nickname with its name
    (Tories: Conservative Party)."""
    key = spelling_key(name)
    return COUNTRY_KEYS.get(key, key)


def spelling_key(name: str) -> str:
    text = name if name.isascii() else unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")  # NFKD keeps ASCII
    text = text.lower()
    if "'s" in text:  # "['’]s$" asked only where it may match: in ASCII no "’" is left
        text = POSSESSIVE_END.sub("", text)
    tokens = text.replace(".", " ").replace("-", " ").split()
    while len(tokens) > 2 and len(tokens[0]) == 1 and len(tokens[1]) == 1:
        tokens[0:2] = [tokens[0] + tokens[1]]  # J D Vance -> jd vance
    if len(tokens) > 1 and not CLUB_MARKS.isdisjoint(tokens):
        tokens = [t for t in tokens if t not in CLUB_MARKS] or tokens  # "FC Hansa Rostock" = "Hansa Rostock"
    if len(tokens) > 2:  # one middle initial is often left out (John F. Kennedy); two tell people apart (George H.W. Bush)
        initials = "".join(t for t in tokens[1:-1] if len(t) == 1)
        tokens = [tokens[0], *([initials] if len(initials) > 1 else []), *[t for t in tokens[1:-1] if len(t) > 1], tokens[-1]]
    if tokens and tokens[-1].endswith(("iy", "yy", "i")):  # the one place "(iy|yy|i)$" can match: the word's end
        tokens[-1] = SURNAME_END.sub("y", tokens[-1])
    return " ".join(tokens)


CLUB_MARKS = {"fc", "afc", "cf", "sc", "sv", "fk", "sk", "1"}  # a club's letters ("1. FC Koeln", "SV Werder Bremen")
POSSESSIVE_END = re.compile(r"['’]s$")
SURNAME_END = re.compile(r"(iy|yy|i)$")  # Zelenskiy, Zelenskyy, Zelenski: Zelensky
COUNTRY_KEYS = {spelling_key(short): spelling_key(full) for full, shorts in (*SAME_COUNTRY.items(), *SAME_ORGANISATION.items(), *SAME_PLACE.items()) for short in shorts}


def surname(name: str) -> str:
    return name.split()[-1] if name.split() else name


def kind_of(actor_type: str) -> str:
    """Countries and places are one kind for matching (the gazetteer says country, a curator may say place)."""
    return "place" if actor_type == "country" else actor_type
