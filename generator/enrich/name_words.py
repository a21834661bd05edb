"""Tests of a name's own words and of the words around it, shared by the cue groups of cues.py and by
names.py: titles, honorifics and sentence openers before a name, acronyms, given names alone, names'
shapes. Pure functions of words, with the word lists of lexicon.py."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from ..model import Span
from .lookalikes import everyday_word
from .lexicon import COUNTRY, DEMONYMS, LOWER_CUES, NAME_INNER, NAME_SUFFIXES, NOT_ACRONYMS, ORG_HEADS, POST_NOMINALS, TERMS_IN_CAPITALS, TITLES, US_STATES, family_names, given_names, places, towns


def suffixed(person: list[str]) -> bool:
    """A person's name of three words or more ending in a suffix ("John Mills Jr") or, after a given name, in letters
    after a name ("Frank Field MP", "Charles Harris QC"; not "Bolton West MP"): the name is the rest."""
    return len(person) > 2 and (person[-1] in NAME_SUFFIXES or (person[-1] in POST_NOMINALS and person[0] in given_names()))


def is_acronym(word: str) -> bool:
    if not word.isupper():  # the letters are upper case as the word is ("." and "&" have no case): most words end here
        return False
    letters = word.replace(".", "").replace("&", "")
    return 2 <= len(letters) <= 6 and letters.isalpha() and word not in NOT_ACRONYMS and not shouted(word)


SHOUTED_SMALL_WORDS = set("AND THE NOT BUT FOR ANY ALL HIS HER WAS ARE HAS HAD YOU OUR WHO HOW WHY SO TOO VERY".split())  # not "DEC", "SUN"


def shouted(word: str) -> bool:
    """An upper-case word that is a place or a common English word of four letters or more is written loud,
    not an acronym: "FRANCE - Bond futures ended", "NOTE - Jeans Mate Corp", "ISSUE: Bldg auth", "AND", "HIS"."""
    return "." not in word and (word.title() in places() or word in SHOUTED_SMALL_WORDS or (len(word) >= 4 and everyday_word(word)))


COMPASS_INITIALS = {"N.": "North", "S.": "South", "E.": "East", "W.": "West"}


def office_word(person: list[str]) -> bool:
    """One word after a title, or ending a name, that is a title or an acronym itself ("Lord Chancellor",
    "Tory MP"): an office, not a name."""
    return len(person) == 1 and (is_title(person[0]) or is_acronym(person[0]))


HONORIFICS = {"Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dr", "Dr.", "Sir", "Dame", "Lord", "Lady", "Baroness", "Baron"}
HONORIFIC_SEX = {"Mr": "male", "Mr.": "male", "Sir": "male", "Lord": "male", "Mrs": "female", "Mrs.": "female", "Ms": "female",
                 "Ms.": "female", "Miss": "female", "Lady": "female", "Dame": "female", "Baroness": "female"}


def common_after_rank(titles: list[str], person: list[str]) -> bool:
    """A rank that is also a common word ("General", "Prime") before one common word that is no name:
    "General Election" is no one; "Ms Sturgeon" and "General Baril" are someone."""
    word = person[0] if len(person) == 1 else ""
    return bool(word) and not HONORIFICS.intersection(titles) and everyday_word(word) and word not in family_names() and word not in given_names()


def country_clash(person: list[str]) -> bool:
    """A country in a two-word run with a given name names no person when the other word is a common word or a
    place ("Jordan Valley", "Kim Korea"); "Trevor Holland", "Chad Ogea", "Michael Jordan" are people."""
    first, last = places().get(person[0]), places().get(person[-1])
    if last == COUNTRY:  # after two words or more, a country is where the name is from: "Dmitri Dashinski Belarus"
        return len(person) > 2 or everyday_word(person[0]) or person[0] in places() or person[0] in DEMONYMS
    if first == COUNTRY:
        return everyday_word(person[-1]) or person[-1] in places() or person[-1] in ORG_HEADS
    return False


def aged(after: list[str]) -> bool:
    """", 33," right after a name: an age."""
    if len(after) < 3 or after[0] != ",":
        return False
    number = after[1].rstrip(",")  # a number's token keeps a comma after it: "33,"
    return number.isdigit() and 14 <= int(number) <= 110 and (after[1].endswith(",") or after[2] == ",")


def compass_initial(person: list[str]) -> bool:
    """"S. Korea", "N. Korea", "S. African": a compass point's initial before a place or a nationality."""
    point = COMPASS_INITIALS.get(person[0])
    return bool(point) and len(person) >= 2 and (f"{point} {person[1]}" in places() or person[1] in DEMONYMS)


SPOKESPEOPLE = {"spokesman", "spokeswoman", "spokesperson"}  # "Pentagon spokesman": an organisation's, even a common word's


SENTENCE_ENDS = {".", "!", "?", '"', "“", ":", ";", "-", "--", "(", "—"}


def sentence_opener(names: list[str], before: list[str]) -> bool:
    """One common word that opens a sentence is capitalised for that alone: "Tour manager Clive Lloyd",
    "Regular defender Artur Lekbello", "Net profit rose" name no organisation."""
    return len(names) == 1 and (not before or before[-1] in SENTENCE_ENDS) and everyday_word(names[0])


def nationality(person: list[str]) -> bool:
    """"rival Kurds", "rival Kurdish factions": a people or its adjective, not a person."""
    word = person[0]
    return len(person) == 1 and (word in DEMONYMS or word.rstrip("s") in DEMONYMS or bool(DEMONYM_LIKE.search(word)))


def town_prefix(names: list[str]) -> bool:
    """"New York Yankees", "Green Bay Packers", "Chicago Bulls": the run opens with a place of one to three words
    and goes on after it."""
    return any(" ".join(names[:k]) in places() for k in range(1, min(3, len(names) - 1) + 1))


WORK_ROLES = {"analyst", "analysts", "economist", "economists", "strategist", "dealer", "dealers", "trader", "traders",
              "broker", "director", "chairman", "president", "manager", "executive", "spokesman", "spokeswoman", "official"}


def named_before(before: list[str]) -> bool:
    """"Itar-Tass news agency Yeltsin was working": the organisation was named just before its description."""
    word = before[-3] if len(before) >= 3 else ""
    return before[-2:-1] == ["news"] and word[:1].isupper() and word not in DEMONYMS and not DEMONYM_LIKE.search(word) and word not in places()


def works_at(before: list[str]) -> bool:
    """"an analyst at X", "chief dealer at X", "strategist with X", "chief executive of X": where a working role
    is, or what an office is of, an organisation."""
    if len(before) < 2:
        return False
    return (before[-1] in ("at", "with") and not WORK_ROLES.isdisjoint(before[-6:-1])) or (before[-1] == "of" and before[-2] in OFFICES_OF)


OFFICES_OF = {"executive", "executives", "officer", "chairman", "chairwoman", "founder", "co-founder", "boss", "spokesman",
              "spokeswoman", "spokesperson", "president", "director", "manager", "shareholders"}  # "chief executive of Sony"


def club_like(person: list[str]) -> bool:
    """"AS Roma (7)", "Arab Contractors (Egypt)": an acronym or a nationality opens the name of a club, not
    of a person, before a bracket (a given name that is a nationality, "Scot Gemmill", is a person's)."""
    return is_acronym(person[0]) or (person[0] in DEMONYMS and person[0] not in given_names())


DEMONYM_LIKE = re.compile(r"(?:ean|ian|ese|ish|man)$")  # "Mexican shares", "Zairean", "Englishman": not companies


COMPASS = {"North", "South", "East", "West", "Northeast", "Northwest", "Southeast", "Southwest", "Northern", "Southern", "Eastern", "Western", "Central", "Upper", "Lower", "New", "San", "Santa", "Saint", "St", "Port", "Fort", "Mount", "Lake", "Cape", "Gulf"}


LOWER_COMPOUND = re.compile(r"[A-Z][a-z]*-[a-z][\w-]*")  # "All-rounder", "Top-seeded", "In-form"


OPENER, OPENER_ENDS = re.compile(r"[A-Z][a-z]+(?:ing|ly)"), ("ing", "ly")  # "Speaking", "Reportedly"; the ending asked first, and a hyphen
# before LOWER_COMPOUND: most first words have neither, and a string's test is cheaper than a pattern's


@lru_cache(maxsize=1 << 16)
def leading_titles(names: tuple[str, ...], opens: bool = True) -> int:
    """How many words in front of the name are a title ("Finnish President", "Secretary of State",
    "Lieutenant-General"), a role ("Defender Hassan Abbas", "All-rounder"), a nationality ("Syrian Nader
    Jokhadar") or a sentence opener ("Speaking")."""
    if len(names) < 2:
        return 0  # a word alone is the name, whatever it is
    leading = names[:-1]
    last = -1 if TITLES.isdisjoint(leading) and "-" not in "".join(leading) else max((k for k in range(len(names) - 1) if is_title(names[k])), default=-1)
    if last >= 0 and names[last + 1] in ("of", "for"):  # "Chancellor of the Exchequer Kenneth Clarke"
        start = last + 2 + (names[last + 2] == "the" and last + 3 < len(names))
        # the place a title is of, whole: "Archbishop of Cape Town Desmond Tutu"
        last = max((k for k in range(start + 1, len(names) + 1) if " ".join(names[start:k]) in places() or " ".join(names[start:k]) in towns()),
                   default=start + 1) - 1  # "Member for Mount Isa Tony McGrady": a town too small for places()
    while 0 <= last < len(names) - 3 and names[last + 1].lower() in LOWER_CUES:
        last += 1  # "Trade Analyst Atul Mohan": a role after the title's words
    if last >= 0 and last < len(names) - 1 and all(w[:1].isupper() or w in NAME_INNER or w[:3] in ("al-", "el-") for w in names[last + 1 :]):
        return last + 1
    first = names[0]
    if len(names) >= 2 and first[:3] in ("Ex-", "ex-"):
        return 1  # "Ex-Yankee Randy Velarde"
    if members := party_members(names):
        return members
    opener = opens and first.endswith(OPENER_ENDS) and OPENER.fullmatch(first) and first not in given_names()  # "Speaking", "Reportedly"; not "Anatoly" in a sentence
    if len(names) >= 3 and (first in DEMONYMS or opener or resident(first, names[1])):
        return 1 + role_before_given_name(names[1:])
    if len(names) >= 2 and (first.lower() in LOWER_CUES or ("-" in first and LOWER_COMPOUND.fullmatch(first)) or opener or plural_role(first)):
        return 1
    return role_before_given_name(names)


def role_before_given_name(names: tuple[str, ...]) -> int:
    """1 where a common word shaped like a role and no name stands before a given name: "Organizer Nicole Reffitt",
    "Contact Adam Hill", "(French) Champion Audrey Cordon-Ragot" (not "Lava Kumar Goud", "Make America Great"); else 0."""
    if len(names) < 3:
        return 0  # most names: two words, no room for a role
    first = names[0]
    role = first.removesuffix("s").endswith(ROLE_ENDS) and everyday_word(first)  # or its plural; not "Rolls Royce"
    return int(role and names[1] in given_names() and not (everyday_word(names[1]) and everyday_word(names[-1])) and names[1] not in places()
               and first not in given_names() and first not in family_names())


ROLE_ENDS = ("er", "or", "ist", "ant", "ent", "ate", "ion", "ory", "ute", "ct", "man", "al", "nt", "ee")  # agents' and roles' endings


def plural_role(word: str) -> bool:
    """"Singers Jennifer Lopez and Marc Anthony", "Princes William and Harry": a role or a title in the plural before two names."""
    return word.endswith("s") and (word[:-1].lower() in LOWER_CUES or word[:-1] in TITLES) and word[:-1] not in given_names()


# a party's member or members before a person's name: "Tories Ken Clarke and Sir George Young", "Republican Bob Dole"
PARTY_MEMBERS = {"Lib", "Dem", "Dems", "Nationalist", "Nationalists", "Tory", "Tories", "Conservative", "Conservatives", "Labour", "Liberal", "Liberals", "Democrat", "Democrats",
                 "Republican", "Republicans", "Socialist", "Socialists", "Communist", "Communists", "Unionist", "Unionists"}


def party_members(names: list[str]) -> int:
    """How many words in front of a person's name say the party ("Liberal Democrat Paul Tyler"): only
    before a given name, so that "Conservative Central Office" stays whole."""
    k = 0
    while k < len(names) - 2 and names[k] in PARTY_MEMBERS:
        k += 1
    return k if k and names[k] in given_names() else 0


def resident(word: str, after: str) -> bool:
    """"Americans John Sankus", "Californian Thomas Slattery": a nationality's plural or a place's resident word
    before a given name."""
    return after in given_names() and word not in given_names() and word not in family_names() and (
        word.removesuffix("s") in DEMONYMS or bool(DEMONYM_LIKE.search(word)))


def describing_words(names: list[str]) -> int:
    """How many words that are no one's name describe the person before a given name that is no common word:
    "Backbencher Stephen Pound", "PM John Prescott" (names.py asks only before a verb of saying)."""
    k = next((k for k in range(1, len(names) - 1) if names[k] in given_names()), 0)
    if not k or everyday_word(names[k]) or not all(describes(w) for w in names[:k]):
        return 0
    return k


def describes(word: str) -> bool:
    """A word no one's name is made of: a common word ("Backbencher", "Fellow"), an acronym ("PM") or a follower's
    "-ite" ("Blairite")."""
    if word in given_names() or word in family_names() or word in NAME_INNER or word in places():
        return False
    return everyday_word(word) or word.isupper() or word.endswith("ite") or of_a_place(word)


def of_a_place(word: str) -> bool:
    """Someone of a place the gazetteer knows: "Texan", "Californian", "Londoner", "Chicagoan"."""
    return word.endswith(("an", "er")) and any(stem in places() for stem in (word[:-1] + "s", word[:-2] + "a", word[:-2]))


def is_title(word: str) -> bool:
    """"President", "Vice-President", "President-Elect"."""
    return word in TITLES or ("-" in word and all(part in TITLES or part in ("Elect", "elect") for part in word.split("-"))
                              and not word.endswith("-") and word.split("-")[0] in TITLES)


NAME_WORD = r"(?:Mc|Mac|O['’]|D['’])?[A-Z][a-z'’-]+(?:-[A-Z][a-z'’]+)*"  # "McNulty", "O'Neill", "Boutros-Ghali", "Sung-Yeol"


ONE_NAME_WORD, INITIAL = re.compile(NAME_WORD), re.compile(r"[A-Z]\.")


NAME_WORDS = re.compile(rf"{NAME_WORD}(?: (?:[A-Z]\.|{NAME_WORD}|van|de|der|von|da)){{1,3}}")


SPOKEN_TO = {"told", "asked", "thanked", "urged", "warned", "named", "called", "dubbed"}


def lone_given_name(word: str) -> bool:
    """A given name alone that is no family name, common word, place or nationality: a person the article
    calls by it ("Monica", "Peggy"); not "Jordan", "Mark", "Paris" or "Christian"."""
    return word in given_names() and word not in family_names() and not everyday_word(word) and word not in places() \
        and word not in DEMONYMS and not word.isupper()


def after_a_country(words: list[str]) -> list[str]:
    """The word past a country or nationality that opens two ("US Securities" and Exchange Commission; not "China
    Construction Bank" and Bank of China, two organisations)."""
    return words[1:] if len(words) == 2 and of_a_country(words[0]) else words


def of_a_country(word: str) -> bool:
    """A country's name or a nationality ("US", "French"), not a city's ("Damascus")."""
    return places().get(word) == COUNTRY or word in DEMONYMS


def common_last_words(plain: list[str], start: int) -> int:
    """Where one or two capitalised common words from `start` end a name, with no capitalised word, "of" or "for"
    after them ("Trade and Industry", "Arts and Sciences"; not "Health and State University of New York", nor "Bank
    of England and Wales"): the index after them, or 0."""
    end = start
    while end < len(plain) and end - start < 2 and plain[end][:1].isupper() and plain_word(plain[end]):
        end += 1
    following = plain[end] if end < len(plain) else ""
    return end if end > start and not following[:1].isupper() and following not in ("of", "for", "&") else 0


def plain_word(word: str) -> bool:
    """A common word that is no family name or place ("Industry", "Sciences")."""
    return everyday_word(word) and word not in family_names() and word not in places()


def common_words(words: list[str]) -> bool:
    return all(plain_word(w) and not is_title(w) and not is_acronym(w) for w in words)


def distinctive(form: str) -> bool:
    """A short form that may stand for one organisation of the article: not a place, a nationality, an
    organisation word, a title, a common word, a term in capitals or a given name ("Toshiba", not "Bank",
    "Chinese" or the "PTSD" of the "PTSD Alliance")."""
    if form in places() or form in DEMONYMS or form in ORG_HEADS or form in TERMS_IN_CAPITALS or is_title(form):
        return False
    return " " in form or not (everyday_word(form) or form in given_names() or DEMONYM_LIKE.search(form))


SPACES = " \t\n\xa0\u2002\u2003\u2009\u202f"  # a copied web page's no-break and thin spaces too ("Brad Pitt\xa0stems")
BEFORE_A_WORD = set(SPACES + "([{\"'“‘«—–-/…")
AFTER_A_WORD = set(SPACES + ".,;:!?)]}\"'”’»—–-/…")


def stands_alone(text: str, start: int, end: int) -> bool:
    """Whether a name found at text[start:end] is a whole word of the text, or whole words: what stands
    around it is a space or punctuation, never a letter, a figure or a sign of the word it would be cut
    from ("&À&À…", "AT&T"), so that its link never splits a word on the page."""
    return (start == 0 or text[start - 1] in BEFORE_A_WORD or glued_sentence(text, start)) and (end >= len(text) or text[end] in AFTER_A_WORD)


def glued_sentence(text: str, start: int) -> bool:
    """A sentence's end with no space after it before `start` ("in Indore.Afzaan Imam"), as the tokens allow (names.WORD)."""
    return start >= 3 and text[start - 1] in ".!?" and text[start - 3 : start - 1].isalpha() and text[start - 3 : start - 1].islower() \
        and text[start + 1 : start + 2].islower()  # "Bagle.AU", a virus's variant, is no sentence


def named_as_a_thing(name: str, text: str) -> bool:
    """Whether the text writes "the" or a work's noun before the name, and the name ends there: "the Marshall
    Plan", "the film Vera Drake", "single Jailhouse Rock", "band Franz Ferdinand"; not "the Robert Kilroy-Silk
    Party" (a longer name, which says nothing of him)."""
    start = text.find(name)
    while start >= 0:
        if text.endswith(THING_WORDS, 0, start) and not text[start + len(name) : start + len(name) + 2].lstrip(" ")[:1].isupper():
            return True
        start = text.find(name, start + 1)
    return False


THING_WORDS = tuple(f"{word} " for word in (
    "the", "film", "movie", "drama", "comedy", "thriller", "documentary", "biopic", "single", "album", "song", "band", "musical", "sitcom", "novel"))


def called_by_given_name(span: Span, paragraphs: list[str], people: PeopleWords) -> Span:
    """"Sir John" after "Sir John Gieve", "Hillary" after "Hillary Clinton": the one person of the article who has
    that given name, a knight or a dame always, anyone else unless the name is someone's surname in the article or a
    title stands before it ("Prince Charles" is no Charles Kennedy) (a Span, resolved by names.article_spans)."""
    if span.name not in people.by_first or span.type not in ("person", "", "place") or (span.type == "place" and span.name in US_STATES):
        return span  # a town may be someone's given name ("Victoria" after "Victoria Beckham"), a country or a state is not
    owners = sorted(people.by_first[span.name], key=len)
    if len({owner.split()[-1] for owner in owners}) != 1:
        return span  # two people ("Hillary Rodham Clinton" and "Hillary Clinton" are one: the shorter)
    if span.type == "place" and (owners[0].split()[-1] not in family_names() or written_as_a_place(span.name, paragraphs)):
        return span  # "London" beside "London Underground", "Milan" of "a return for Milan" beside the striker Milan Rapajic
    before = paragraphs[span.paragraph][max(0, span.start - 20) : span.start].split()[-1:]
    knight, titled = before in (["Sir"], ["Dame"]), bool(before) and is_title(before[0].rstrip("."))
    if knight or (given_name(span) and not titled and span.name not in people.last_words):
        return span._replace(type="person", name=owners[0], cue="given name")
    return span


class PeopleWords(NamedTuple):
    """The people of an article by their first word, and their last words: asked of every word the article names alone."""

    by_first: dict[str, set[str]]
    last_words: set[str]


def people_words(people: set[str]) -> PeopleWords:
    by_first: dict[str, set[str]] = {}
    for name in people:
        by_first.setdefault(name.split()[0], set()).add(name)
    return PeopleWords(by_first, {name.split()[-1] for name in people})


def given_name(span: Span) -> bool:
    """A given name the name lists know, or a word no dictionary, list or gazetteer knows: the given names of
    many naming traditions are not in the lists ("Nitish" after "Nitish Kumar", "Lalu" after "Lalu Prasad"); not a
    town's name nor a nationality ("Galveston" is no "Galveston Det", "American" no "American Beauty")."""
    if span.name in given_names():
        return True
    return span.type in ("", "person") and span.name.isalpha() and not everyday_word(span.name) and span.name not in family_names() \
        and span.name not in towns() and span.name not in DEMONYMS


def written_as_a_place(name: str, paragraphs: list[str]) -> bool:
    """Whether the article writes the name after a word that introduces a place ("in Paris", "for Milan")."""
    return re.search(rf"\b(?:in|at|to|from|for|of|near|v|against|across|outside|into|via)\s+{re.escape(name)}\b", "\n".join(paragraphs)) is not None


def state_follows(after: list[str]) -> bool:
    """A comma and a US state ending the phrase after a run: a town's name goes so, not a person's ("Ann Arbor,
    Mich."; not "Joe Barton, Texas Republican")."""
    if len(after) < 2 or after[0] != ",":
        return False
    state = 2 if " ".join(after[1:3]) in US_STATES else 1 if after[1] in US_STATES else 0  # "Dobbs Ferry, New York argue"
    return bool(state) and not (after[1 + state : 2 + state] and after[1 + state][:1].isupper())
