"""What the words around a run of capitalised words say it is (names.py asks): the cue words before and
after it, brackets, apposition, sentence openers and titles, weighed in order by `type_span`. A pure
function of the run and its neighbouring words, with the word lists of lexicon.py."""

from __future__ import annotations

import re

from .lookalikes import everyday_word, foreign_article, not_a_person, plain_english
from .lexicon import (
    CLUB_ENDINGS, COUNTRY, DEMONYMS, LOWER_CUES, NAME_INNER, NAME_SUFFIXES, NEVER_IN_NAME, NEWS_AGENCIES,
    NOT_ACRONYMS, NOT_ORG_HEADS, ORGANISATION, ORG_AFTER, ORG_BEFORE, ORG_HEADS, ORG_OPENERS, PERSON, PLACE,
    PLACE_HEADS, SAY, STRONG_TITLES, TEAM_ENDINGS, TITLES,
    family_names, given_names, places,
)

DEFAULT_PERSON = True  # candidate: an untyped name-shaped span of two or three words is a person


MEMBER_ROLES = set("""striker midfielder defender goalkeeper keeper forward winger playmaker coach manager captain
    analyst economist strategist dealer trader spokesman spokeswoman spokesperson chairman chairwoman director
    official executive boss founder correspondent leader""".split())


INNER_CAPITAL = re.compile(r"(?!(?:Mc|Mac|Di|De|La|Le|Da|Du|Van|Von)[A-Z])[A-Z][a-z]{2,}[A-Z][a-z]+|[A-Z]{2,}[a-z]{2,}")


CLUB_AFTER = {"side", "club", "coach", "manager", "striker", "midfielder", "defender", "goalkeeper", "forward",
              "winger", "playmaker", "captain", "supporters", "fans", "players", "team"}


def role_follows(after: list[str]) -> bool:
    """"Bill Jordan, general secretary of ...", "James Love, a consumer lobbyist": a role in apposition."""
    if not after or after[0] != ",":
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


Typed = tuple[str, str, int]  # (type, cue, how many leading title words to drop)


def type_span(names: list[str], before: list[str], after: list[str]) -> Typed:
    """(type, cue, how many leading title words to drop) of one run of capitalised words, or ("", "", 0).
    The cue groups are asked in the order they outrank each other; each says None when it has nothing to say,
    and ("", "", n) when the run is surely no name of its kinds."""
    whole = " ".join(names)
    return (place_by_gazetteer(names, whole, after) or named_by_own_words(names, whole)
            or organisation_by_words_around(names, whole, before, after) or organisation_by_shape(names)
            or person_or_place_cues(names, before, after))


# --------------------------------------------------------------------------- organisations and places


def place_by_gazetteer(names: list[str], whole: str, after: list[str]) -> Typed | None:
    """A place the gazetteer knows, whole ("Paris", "FRANCE - Bond futures ended higher"), or a town's club
    before a club word ("the Parma side", "Leeds striker Lee Bowyer"; not "London side Saracens")."""
    gazetteer = places()
    if gazetteer.get(whole) == PLACE and after[:1] and after[0] in CLUB_AFTER and not (after[0] in ("side", "club") and after[1:2] and after[1][:1].isupper()):
        return ORGANISATION, "club", 0
    if whole in gazetteer:
        return gazetteer[whole], "place", 0
    if len(names) == 1 and len(whole) > 3 and whole.isupper() and whole.title() in gazetteer:
        return gazetteer[whole.title()], "place", 0
    return None


def named_by_own_words(names: list[str], whole: str) -> Typed | None:
    """What a run's own words make it: the ending or opening of a longer name, an institution ("Senate",
    "Bundesbank") or a news agency."""
    if len(names) > 1:
        found = by_ending_or_opening(names)
        if found:
            return found
    elif names[0] in INSTITUTIONS or (names[0].endswith("bank") and len(names[0]) > 6):
        return ORGANISATION, "institution", 0
    if whole in NEWS_AGENCIES:
        return ORGANISATION, "agency", 0
    return None


def by_ending_or_opening(names: list[str]) -> Typed | None:
    """A run of two words or more by its ending or opening: an ampersand, a place's ending ("Wall Street"), an
    organisation's opening or ending, a law's or an event's ending (no name: ("", "", 0)), a foreign article, a
    club's ending."""
    last, first = names[-1], names[0]
    if "&" in names[1:-1]:
        return ORGANISATION, "ampersand", 0  # "Douglas & Lomason", "Standard & Poor", "A.G. Edwards & Sons"
    if last in PLACE_HEADS:
        return PLACE, "place", 0
    if first in ORG_OPENERS and len(names) > 2 and names[1] in ("of", "for"):
        return ORGANISATION, "suffix", 0  # "Organisation of the Islamic Conference", "Chamber of Deputies"
    if last in NOT_ORG_HEADS:
        return "", "", 0
    if foreign_article(names):
        return ORGANISATION, "article", 0  # "El Mundo", "O Globo"
    if (town_prefix(names) or last in CLUB_ENDINGS) and (last in TEAM_ENDINGS or (last.endswith("s") and last[:-1].isalpha() and last not in family_names())):
        return ORGANISATION, "club", 0  # "Manchester United", "Green Bay Packers", "Dundee United"
    if last in ORG_HEADS or head_before_of(names):
        return ORGANISATION, "suffix", 0
    return None


def organisation_by_words_around(names: list[str], whole: str, before: list[str], after: list[str]) -> Typed | None:
    """A company word before the run ("the daily Mlada Fronta Dnes", "brewer Zywiec"), a working role at it
    ("analyst Paula Buratti at Indosuez"), "Air" before one word ("Air France"), or a company word or a member's
    role after it ("Zywiec shares", "Deportivo Coruna midfielder Armando Alvarez")."""
    first, gazetteer = names[0], places()
    if before and before[-1] in ORG_BEFORE and first not in TITLES and first not in given_names() and not named_before(before):
        return ORGANISATION, "company cue", 0
    if works_at(before) and first not in given_names() and first not in TITLES and whole not in gazetteer and first not in gazetteer:
        return ORGANISATION, "employer", 0
    if first == "Air" and len(names) == 2:
        return ORGANISATION, "airline", 0
    if after and (after[0] in ORG_AFTER or (after[0] in ("'s", "’s") and len(after) > 1 and after[1] in ORG_AFTER) or member_follows(after)) \
            and first not in given_names() and whole not in gazetteer and not DEMONYM_LIKE.search(names[-1]) and first not in TITLES and first not in DEMONYMS \
            and not (sentence_opener(names, before) and after[0] not in SPOKESPEOPLE):
        return ORGANISATION, "company cue", 0
    return None


def organisation_by_shape(names: list[str]) -> Typed | None:
    """One word shaped like a company's name: an acronym ("IBM") or a capital inside it ("PaineWebber", "USAir")."""
    if len(names) > 1:
        return None
    if is_acronym(names[0]):
        return ORGANISATION, "acronym", 0
    if INNER_CAPITAL.fullmatch(names[0]):
        return ORGANISATION, "company shape", 0
    return None


# --------------------------------------------------------------------------- people, and places by their nouns


def person_or_place_cues(names: list[str], before: list[str], after: list[str]) -> Typed:
    """The run less its leading titles and a name suffix ("John Mills Jr"), typed by the cues for people: its title
    or initials, the words around it, the name lists, its shape; ("", "", n) when none says it is a name."""
    dropped = leading_titles(names, not before or before[-1] in SENTENCE_ENDS)
    person = names[dropped:]
    if len(person) > 2 and person[-1] in NAME_SUFFIXES:
        person = person[:-1]
    return (person_by_title_or_initial(names, person, dropped) or town_word_or_role(person, before, after, dropped)
            or person_by_what_follows(person, before, after, dropped) or by_noun_or_age(person, before, after, dropped)
            or person_by_name_lists(person, before, after, dropped) or person_by_shape(person, before, dropped))


def person_by_title_or_initial(names: list[str], person: list[str], dropped: int) -> Typed | None:
    """A strong title before the name ("Mr", "President") or an initial opening it ("J. Adams"); ("", "", 0) for a
    run that cannot be a person's name (an organisation word in it, a place, a compass point opening it)."""
    if not person or person[0] in ("of", "for", "the", "and") or person[-1] in ORG_HEADS or any((p in ORG_HEADS and p not in given_names()) or p in NEVER_IN_NAME for p in person):
        return "", "", 0
    if dropped and any(t in STRONG_TITLES for t in names[:dropped]):
        return ("", "", 0) if office_word(person) or common_after_rank(names[:dropped], person) else (PERSON, "title", dropped)
    if " ".join(person) in places() or person[0] in COMPASS:
        return "", "", 0
    if 2 <= len(person) <= 3 and INITIAL.fullmatch(person[0]) and ONE_NAME_WORD.fullmatch(person[-1]) and places().get(person[-1]) != COUNTRY and not compass_initial(person):
        return PERSON, "initial", dropped
    return None


def town_word_or_role(person: list[str], before: list[str], after: list[str], dropped: int) -> Typed | None:
    """A name whose last word is also a town: a person after a role ("veteran dissident Wang Donghai"), else a
    club ("CSKA Moscow (Russia)", "Alba Berlin 3", "AC Milan") or nothing, unless a bracket follows it (a
    player with his club, "Paulinho Santos (Porto)": later cues); any other name after a role word is a person."""
    gazetteer = places()
    if before and before[-1] in LOWER_CUES and len(person) >= 2 and person[-1] in gazetteer and gazetteer.get(person[-1]) != COUNTRY \
            and (person[0] in family_names() or person[0] in given_names()) and person[0] not in gazetteer:
        return PERSON, "title", dropped
    if len(person) >= 2 and person[-1] in gazetteer and person[0] not in given_names():
        if gazetteer.get(bracketed(after)) == COUNTRY or (after[:1] and (after[0][:1].isdigit() or after[0] in CLUB_AFTER)) or is_acronym(person[0]):
            return ORGANISATION, "club", dropped
        if not bracketed(after):
            return "", "", 0
    if before and before[-1] in LOWER_CUES and person[0][:1].isupper() and not nationality(person):
        return PERSON, "title", dropped
    return None


def person_by_what_follows(person: list[str], before: list[str], after: list[str], dropped: int) -> Typed | None:
    """A name of two words or more before a verb of saying ("Nadim Ladki said"), a country or a number in brackets
    ("Nadim Ladki (Syria)") or a role in apposition ("Bill Jordan, general secretary of")."""
    if len(person) < 2:
        return None
    if after and after[0] in SAY and person[0] not in places() and not is_acronym(person[-1]) and before[-1:] != ["The"]:
        return PERSON, "verb", dropped
    if (bracketed(after) in places() or bracketed(after).isdigit()) and not club_like(person):
        return PERSON, "bracket", dropped
    if role_follows(after):
        return PERSON, "apposition", dropped
    return None


def by_noun_or_age(person: list[str], before: list[str], after: list[str], dropped: int) -> Typed | None:
    """A place by its noun ("the coastal town of Bou Haroun", "Santiago Bernabeu stadium"), a person by an age
    ("Paul Crofts, 33, and an accomplice"), nothing before an index or a meeting ("the Dow Jones industrial
    average", "the Jackson Hole symposium")."""
    if before[-2:-1] and before[-2] in PLACE_BEFORE_OF and before[-1] == "of":
        return PLACE, "place noun", dropped
    if len(person) >= 2 and aged(after):
        return PERSON, "age", dropped
    if after and after[0] in PLACE_AFTER and not nationality(person) and person[0] not in DEMONYMS:
        return PLACE, "place noun", dropped  # "Charles de Gaulle airport", "Quintana Roo state"
    if after and (after[0] in THING_AFTER or (after[0] in INDEX_WORDS and after[1:2] and after[1] in THING_AFTER)):
        return "", "", dropped
    return None


def person_by_name_lists(person: list[str], before: list[str], after: list[str], dropped: int) -> Typed | None:
    """A given name opening a name of two words or more (not "Jordan Valley", "German Bunds"), or one word the name
    lists know near a verb of saying or a relative ("Hopkins said", "I told Monica", "his wife, Peggy, became")."""
    if len(person) >= 2:
        if person[0] in given_names() and not country_clash(person) and not not_a_person(person) and not office_word(person[-1:]):
            return PERSON, "first name", dropped
        return None
    return one_word_person(person[0], before, after, dropped)


def one_word_person(word: str, before: list[str], after: list[str], dropped: int) -> Typed | None:
    """One word is a person by a verb of saying after a family name ("Hopkins said"), around a given name the article
    calls someone by ("I told Monica we need her") or before an unknown word ("said Dofora and other witnesses"),
    or by a relative and a comma before a given name ("his wife, Peggy, became")."""
    said_before = before[-1:] and before[-1] in SAY and after[:1] and after[0] in (",", ".", "and", "who")
    if after and after[0] in SAY and word in family_names():
        return PERSON, "verb", dropped
    if lone_given_name(word) and ((after and after[0] in SAY) or said_before or before[-1:] and before[-1] in SPOKEN_TO):
        return PERSON, "given name", dropped
    if said_before and word not in places() and not everyday_word(word) and not is_acronym(word.removesuffix("s")) and word not in DEMONYMS:
        return PERSON, "verb", dropped
    if before[-2:-1] and before[-2] in LOWER_CUES and before[-1] == "," and word in given_names() and word not in places():
        return PERSON, "given name", dropped
    return None


def person_by_shape(person: list[str], before: list[str], dropped: int) -> Typed:
    """Two or three words shaped like a name, none a place, a nationality or a common word, with no "the" before
    them (a candidate, DEFAULT_PERSON); else no type."""
    if DEFAULT_PERSON and 2 <= len(person) <= 3 and NAME_WORDS.fullmatch(" ".join(person)) and not (before and before[-1] in ("the", "The")) \
            and person[0] not in places() and person[-1] not in places() and not any(p in DEMONYMS for p in person) and not not_a_person(person) \
            and not plain_english(person):
        return PERSON, "shape", dropped
    return "", "", dropped


PLACE_AFTER = set("""airport airfield stadium port harbour harbor pagoda temple mosque cathedral palace prison jail
    province state district region county valley river lake island mountain village border camp refinery racecourse
    circuit""".split())


PLACE_BEFORE_OF = {"town", "city", "village", "province", "region", "district", "port", "island", "suburb", "state", "county"}


THING_AFTER = set("""symposium index average movement crowd""".split())


INDEX_WORDS = {"industrial", "composite", "stock", "share", "transportation", "utility"}  # "Dow Jones industrial average"


COMPASS_INITIALS = {"N.": "North", "S.": "South", "E.": "East", "W.": "West"}


def office_word(person: list[str]) -> bool:
    """One word after a title, or ending a name, that is a title or an acronym itself ("Lord Chancellor",
    "Tory MP"): an office, not a name."""
    return len(person) == 1 and (is_title(person[0]) or is_acronym(person[0]))


HONORIFICS = {"Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dr", "Dr.", "Sir", "Dame", "Lord", "Lady", "Baroness", "Baron"}


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
    if len(names) < 2:
        return 0  # a word alone is the name, whatever it is
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


NAME_WORD = r"(?:Mc|Mac|O['’]|D['’])?[A-Z][a-z'’-]+(?:-[A-Z][a-z'’]+)*"  # "McNulty", "O'Neill", "Boutros-Ghali", "Sung-Yeol"


ONE_NAME_WORD, INITIAL = re.compile(NAME_WORD), re.compile(r"[A-Z]\.")


NAME_WORDS = re.compile(rf"{NAME_WORD}(?: (?:[A-Z]\.|{NAME_WORD}|van|de|der|von|da)){{1,3}}")


SPOKEN_TO = {"told", "asked", "thanked", "urged", "warned", "named", "called", "dubbed"}


def lone_given_name(word: str) -> bool:
    """A given name alone that is no family name, common word, place or nationality: a person the article
    calls by it ("Monica", "Peggy"); not "Jordan", "Mark", "Paris" or "Christian"."""
    return word in given_names() and word not in family_names() and not everyday_word(word) and word not in places() \
        and word not in DEMONYMS and not word.isupper()
