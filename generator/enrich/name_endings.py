"""What a run's first and last words make it, whatever surrounds it (cues.py asks, by the run's own words): a place's
ending ("Wall Street", "Orange County"), an organisation's opening or ending ("Deutsche Boerse", "Union Bank of
Switzerland"), a law's or an event's ending (no name), a foreign article ("El Mundo"), a club's ending ("Dundee United")."""

from __future__ import annotations

from .lexicon import (
    CLUB_ENDINGS, CLUB_OPENERS, COMPANY_OPENERS, LANDMARKS, DEMONYMS, MEDIA_HEADS, NOT_ORG_HEADS, ORGANISATION, ORG_HEADS, ORG_OPENERS, PLACE,
    PLACE_ENDS, PLACE_HEADS, STRONG_TITLES, SURNAME_HEADS, TEAM_ENDINGS, family_names, given_names, places,
)
from .lookalikes import TITLE_ARTICLES, everyday_word, foreign_article
from .name_words import is_title, of_a_country, town_prefix

Typed = tuple[str, str, int]  # (type, cue, how many leading title words to drop)


def by_ending_or_opening(names: list[str]) -> Typed | None:
    """A run of two words or more by its ending or opening: an ampersand, a place's ending ("Wall Street"), an
    organisation's opening or ending, a law's or an event's ending (no name: ("", "", 0)), a foreign article, a
    club's ending."""
    last, first = names[-1], names[0]
    if first not in READ_FIRST and last not in READ_LAST and not last.endswith("s") and "&" not in names and "of" not in names \
            and "for" not in names and "on" not in names:
        return None  # most names ("John Smith"): no rule below reads either end of them (a set each, asked first)
    if "&" in names[1:-1]:
        return ORGANISATION, "ampersand", 0  # "Douglas & Lomason", "Standard & Poor", "A.G. Edwards & Sons"
    if first in ORG_OPENERS and len(names) > 2 and names[1] in ("of", "for"):
        return ORGANISATION, "suffix", 0  # "Organisation of the Islamic Conference", "University of the Highlands and Islands"
    if last in PLACE_HEADS or (last in POINTS and constituency(names)) or (last in PLACE_ENDS and first not in given_names() and first not in DEMONYMS and not is_title(first)
                                                                      and (last != "Hill" or (len(names) == 2 and (everyday_word(first) or first in places()))) or " ".join(names) in LANDMARKS):
        return PLACE, "place", 0  # "Bethnal Green", "Capitol Hill", "Swan Hill"; not "Philip Green", "Stuart Hall", "Jemele Hill"
    if last in NOT_ORG_HEADS:
        return "", "", 0
    if foreign_article(names):
        return ORGANISATION, "article", 0  # "El Mundo", "O Globo"
    if (last in TEAM_ENDINGS or (last.endswith("s") and last[:-1].isalpha() and last not in family_names())) and (town_prefix(names) or last in CLUB_ENDINGS) \
            and STRONG_TITLES.isdisjoint(names):  # not "US Agriculture Secretary Mike Johanns"
        return ORGANISATION, "club", 0  # "Manchester United", "Green Bay Packers", "Dundee United"
    if first in CLUB_OPENERS and first not in given_names() and (len(names) == 2 or names[1] == "La") and "-" not in last \
            and last[:1].isupper() and (last in places() or not everyday_word(last)):
        return ORGANISATION, "club", 0  # "Real Sociedad", "Deportivo La Coruna"; not "Real Estate", "Real Madrid-Barcelona"
    if last == "County" or (first == "County" and len(names) == 2 and last not in ORG_HEADS and (
            last in places() or not everyday_word(last) or (last in given_names() and not is_title(last)))):
        return PLACE, "place", 0  # "Orange County", "County Louth" (a club came first: "Derby County"); not "County Attorney"
    if last == "City" and len(names) == 2 and first in given_names():
        return PLACE, "place", 0  # "Carson City", "Park City": no one's name, though its first word is a given name
    if last in MEDIA_HEADS and all(map(of_a_country, names[:-1])):
        return "", "", 0  # "US TV", "French Radio": a country's broadcasting, no broadcaster's name (not "Damascus Radio")
    if first in COMPANY_OPENERS or (last in ORG_HEADS and not surnamed_head(names)) or head_before_of(names):
        return ORGANISATION, "suffix", 0  # "Deutsche Boerse", "Credit Suisse"; not "Charlotte Church"
    return None


def surnamed_head(names: list[str]) -> bool:
    """A given name before a head word that is a family name too: "Charlotte Church", "Samantha Power", not
    "Catholic Church" or "Canal Banks" (a given name that is a common word names no one here)."""
    return names[-1] in SURNAME_HEADS and names[0] in given_names() and not everyday_word(names[0])


def initials(names: list[str]) -> str:
    """The capitals a name's words begin with, its small words left out: what its acronym would be."""
    return "".join(word[0] for word in names if word[:1].isupper())


POINTS = {"North", "South", "East", "West", "Central"}
# every first and last word a rule of by_ending_or_opening asks for (its plurals, "&", "of", "for" and "on" aside)
READ_FIRST = frozenset().union(ORG_OPENERS, TITLE_ARTICLES, CLUB_OPENERS, COMPANY_OPENERS, {"County"})
READ_LAST = frozenset().union(PLACE_HEADS, POINTS, PLACE_ENDS, (landmark.split()[-1] for landmark in LANDMARKS), NOT_ORG_HEADS, TEAM_ENDINGS,
                              MEDIA_HEADS, ORG_HEADS, {"County", "City"})


def constituency(names: list[str]) -> bool:
    """"Leeds North West", "Bristol South": a place the gazetteer knows and the points of the compass
    after it (a constituency, a district)."""
    k = len(names)
    while k > 1 and names[k - 1] in POINTS:
        k -= 1
    return k < len(names) and " ".join(names[:k]) in places()


def head_before_of(names: list[str]) -> bool:
    """"Union Bank of Switzerland", "Chicago Board of Trade", "National League for Democracy", "Council on Foreign Relations"."""
    if "of" not in names and "for" not in names and "on" not in names:
        return False  # most runs: no word to look before
    return any(names[k] in ("of", "for", "on") and names[k - 1] in ORG_HEADS and names[k - 1] not in NOT_ORG_HEADS for k in range(1, len(names) - 1))
