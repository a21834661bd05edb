"""National bodies: common nouns before a country's name ("Dairy Australia", "Statistics Canada", "Sport England"), as
cues.py types a run and organisation_runs.py keeps two such names apart."""

from __future__ import annotations

from .lexicon import COUNTRY, DEMONYMS, LOWER_CUES, ORGANISATION, SAY, family_names, given_names, places
from .lookalikes import everyday_word
from .name_words import COMPASS, SENTENCE_ENDS, is_title


PLACE_MODIFIERS = {"Rural", "Regional", "Corporate", "Middle", "Modern", "Outback", "Mainland", "Greater", "Little", "Great",
                   "Upper", "Lower", "Inner", "Outer", "Soviet", "Free", "Black", "White", "Fortress", "Communist", "Whole", "Big", "Top",
                   "Ancient", "Wartime", "Postwar", "Prewar", "Medieval", "Victorian", "Roman", "Today"} | COMPASS
ADJECTIVE_ENDS = ("al", "ern", "ic", "ist", "ate", "ive", "ous", "ing")  # "Imperial Japan", "Communist China", "Visiting Australia"


def national_body_named(names: tuple[str, ...], before: list[str], after: list[str]) -> tuple[str, str, int] | None:
    """A national body's run, but one opening a sentence only before what such a body does ("Dairy Australia says",
    "Meat and Livestock Australia chief executive ..."; not "Stop Iran", "Help Italy", "Hosts UAE")."""
    if len(names) < 2 or places().get(names[-1]) != COUNTRY or not national_body(names):
        return None  # most runs end in no country's name: asked first
    opens = not before or before[-1] in SENTENCE_ENDS
    acts = after[:1] and (after[0] in SAY or after[0] in LOWER_CUES or after[0] in BODY_VERBS)
    return (ORGANISATION, "suffix", 0) if not opens or acts else None


BODY_VERBS = {"has", "is", "was", "will", "had", "have", "wants", "believes", "expects", "estimates", "reports", "spokesman", "spokeswoman"}


def national_body(names: tuple[str, ...] | list[str]) -> bool:
    """Common nouns before a country's name name its national body: "Dairy Australia", "Cricket Australia", "Meat and
    Livestock Australia", "Sport England"; not a kind of the country ("Rural Australia", "Mainland China")."""
    *words, country = names
    return bool(words) and words[0] != "and" and places().get(country) == COUNTRY and all(w == "and" or body_word(w) for w in words)


def body_word(word: str) -> bool:
    return word[:1].isupper() and not word.isupper() and everyday_word(word) and word not in given_names() \
        and word not in family_names() and word not in places() and word not in PLACE_MODIFIERS and word not in DEMONYMS \
        and not word.lower().endswith(ADJECTIVE_ENDS) and not is_title(word)
