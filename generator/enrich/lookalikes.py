"""Runs of capitalised words shaped like a person's name that are not one, mostly from market reports,
tables and sports results: "Heifer Cow", "Delivery Date", "Dallas-Fort Worth", "German Bunds",
"Augusta W97", "El Mundo". names.py asks here before it types a run a person by its shape or by a given name."""

from __future__ import annotations

from .lexicon import DEMONYMS, TERMS_IN_CAPITALS, english_words, family_names, given_names, places

MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "January",
          "February", "March", "April", "June", "July", "August", "September", "October", "November", "December"}
TITLE_ARTICLES = {"El", "La", "Los", "Las", "O", "Il", "Lo", "Ny"}  # Spanish, Portuguese and Italian articles, and
# "Ny" (a title-cased table's "NY Islanders"); not the Dutch, French or German ones, which open surnames ("De Klerk")
INFLECTIONS = ("s", "es", "ed", "d", "ing")


def not_a_person(person: list[str]) -> bool:
    """Whatever its cue short of a title or a verb, a run is no person when it holds a figure ("Augusta W97"),
    a hyphen joins places or months in it ("Australia-West Indies", "Apr-Sept"), it is a nationality
    before a common word ("German Bunds", "Roman Catholic") or it ends in a term in capitals ("Mac OS", "Washington DC")."""
    joined = "".join(person)  # letters only (most names) hold no figure: asked first, in one C loop
    return (not joined.isalpha() and any(map(str.isdigit, joined))) or joins_places(person) or nationality_phrase(person) or plural_thing(person[-1]) \
        or person[-1] in TERMS_IN_CAPITALS


def plural_thing(word: str) -> bool:
    """A last word that is the plural of a common word and no family name ends a team, a company or a thing,
    not a person's name: "Green Bay Packers", "Johnson Controls", "Minor Counties", "Government Bonds"."""
    if not word.endswith("s") or word in family_names() or word in given_names() or word[:-1] in given_names():
        return False
    low = word.lower()  # a singular of five letters or more: short ones are often names' endings ("Seles", "Paes")
    return (low[:-1] in english_words() and len(low) > 5) or (low.endswith("ies") and low[:-3] + "y" in english_words())


def everyday_word(word: str) -> bool:
    """A word the dictionary writes in lower case, or a plural or inflected form of one ("Bonds", "Dressed")."""
    words, low = english_words(), word.lower()
    if low in words:
        return True
    if low.endswith(INFLECTIONS):  # each ending asked by hand: any() over a generator costs more than the lookups
        if (low[-1] in "sd" and low[:-1] in words) or (low.endswith(("es", "ed")) and low[:-2] in words) or (low.endswith("ing") and low[:-3] in words):
            return True
    return (low.endswith("ies") and low[:-3] + "y" in words) or (low.endswith("men") and low[:-3] + "man" in words) \
        or (low.endswith(("ing", "ed")) and low.rsplit("i" if low.endswith("ing") else "e", 1)[0] + "e" in words)  # "Families", "Women", "Managing"


def plain_english(person: list[str]) -> bool:
    """Every word a common English word, and the last no family name: "Heifer Cow", "Same Period",
    "Business Policy", "Human Rights" are no one; "Tiger Woods" is someone."""
    return person[-1] not in family_names() and all(everyday_word(word) for word in person)


def joins_places(person: list[str]) -> bool:
    """A hyphen joins two months ("Apr-Sept"), or a place and another name in a run that opens with no given
    name ("Real Madrid-Barcelona", "Dallas-Fort Worth", "Newmont-Santa Fe"; "Elizabeth Bowes-Lyon" stays)."""
    for k, word in enumerate(person):
        if "-" not in word:
            continue
        left, right = word.split("-", 1)
        if left in MONTHS and right in MONTHS:
            return True
        place_left = any(" ".join((*person[i:k], left)) in places() for i in range(k + 1))
        place_right = any(" ".join((right, *person[k + 1 : i])) in places() for i in range(k + 1, len(person) + 1))
        if (place_left or place_right) and person[0] not in given_names():
            return True
    return False


def foreign_article(names: list[str]) -> bool:
    """"El Mundo", "O Globo", "La Clippers": two words, an article and a word that is neither a given name
    nor a family name, are a newspaper, a club or a place."""
    return len(names) == 2 and names[0] in TITLE_ARTICLES and names[1] not in given_names() and names[1] not in family_names()


def nationality_phrase(person: list[str]) -> bool:
    """"German Bunds", "Roman Catholic", "Nazi German": a nationality or creed (which Faker may also list as a
    given name) before a common word or another nationality; "Christian Karembeu" stays a person."""
    second = person[1] if len(person) >= 2 else ""
    return person[0] in DEMONYMS and bool(second) and second not in family_names() and (everyday_word(second) or second in DEMONYMS)


def common_ending(person: list[str]) -> bool:
    """The last word a common word of four letters or more and no family name, the first no given name: "Xbox
    Live", "Westminster Hour", "Tapwave Zodiac" (a product, a programme); not "Aung San", "Cuo Dan"."""
    last = person[-1]
    return len(last) > 3 and last not in family_names() and person[0] not in given_names() and everyday_word(last)


def epithet(person: list[str]) -> bool:
    """A common word that is no one's name before a given name that is no family name: "Super Mario", "Uncle
    Sam", a character or a nickname, not someone's name by its shape."""
    first, last = person[0], person[-1]
    return len(person) == 2 and everyday_word(first) and first not in given_names() and first not in family_names() \
        and last in given_names() and last not in family_names()
