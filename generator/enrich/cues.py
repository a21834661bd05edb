"""What the words around a run of capitalised words say it is (names.py asks): the cue words before and
after it, brackets, apposition, sentence openers and titles, weighed in order by `type_span`. A pure
function of the run and its neighbouring words, with the word lists of lexicon.py. The cues that read only
the run's own words (a tuple) are remembered by them for the whole corpus: names repeat (Blair, Microsoft),
their neighbours seldom do, so only those cues are asked again of each run; so is all a run of one word is when
no word a cue reads stands beside it (half the runs)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from .national_bodies import national_body_named
from .name_endings import Typed, by_ending_or_opening, initials, surnamed_head
from .lookalikes import common_ending, epithet, everyday_word, not_a_person, plain_english
from .lexicon import (
    COUNTRY, DEMONYMS, INDEX_WORDS, INSTITUTIONS, LOWER_CUES, MEMBER_ROLES, NEVER_IN_NAME, NEWS_AGENCIES, ORGANISATION,
    ORG_AFTER, ORG_BEFORE, ORG_HEADS, NAMED_LIKE_PEOPLE, PEOPLE_BY_INITIALS, PARTY_ENDS, PARTY_NOUNS, PERSON, PLACE, PLACE_AFTER,
    PLACE_BEFORE_OF, PRODUCT_NOUNS, SAY, STORMS, STRONG_TITLES, TERMS_IN_CAPITALS, THING_AFTER, TITLES, US_STATES,
    family_names, given_names, places, small_towns,
)
from .name_words import (
    COMPASS, DEMONYM_LIKE, INITIAL, NAME_WORDS, OFFICES_OF, ONE_NAME_WORD, SENTENCE_ENDS, SPOKEN_TO, SPOKESPEOPLE, aged, club_like, common_after_rank, compass_initial, country_clash, describing_words, is_acronym, is_title, leading_titles, lone_given_name, named_before, nationality, office_word, sentence_opener, state_follows, suffixed, works_at,
)

DEFAULT_PERSON = True  # candidate: an untyped name-shaped span of two or three words is a person


INNER_CAPITAL = re.compile(r"(?!(?:Mc|Mac|Di|De|La|Le|Da|Du|Van|Von)[A-Z])[A-Z][a-z]{2,}[A-Z][a-z]+|[A-Z]{2,}[a-z]{2,}")


CLUB_AFTER = {"side", "club", "coach", "manager", "striker", "midfielder", "defender", "goalkeeper", "forward",
              "winger", "playmaker", "captain", "supporters", "fans", "players", "team"}


def role_follows(after: list[str]) -> bool:
    """"Bill Jordan, general secretary of ...", "James Love, a consumer lobbyist": a role in apposition."""
    if not after or after[0] != ",":
        return False
    words = after[1:4]
    return any(w in LOWER_CUES for w in words) and all(w.islower() for w in words[: next(k for k, w in enumerate(words) if w in LOWER_CUES)])


def bracketed(after: list[str]) -> str:
    """What the brackets right after a run hold ("(South Korea)" -> "South Korea"), or ""."""
    if after[:1] != ["("] or ")" not in after:
        return ""
    return " ".join(after[1 : after.index(")")])


def member_follows(after: list[str]) -> bool:
    """A role and a name after a run make the run what the person belongs to ("Deportivo Coruna midfielder
    Armando Alvarez", "PaineWebber analyst Marc Cohen")."""
    return len(after) > 1 and after[0] in MEMBER_ROLES and after[1][:1].isupper()




def type_span(names: Sequence[str], before: list[str], after: list[str]) -> Typed:
    """(type, cue, how many leading title words to drop) of one run of capitalised words, or ("", "", 0).
    The cue groups are asked in the order they outrank each other; each says None when it has nothing to say,
    and ("", "", n) when the run is surely no name of its kinds."""
    names = tuple(names)  # the key of the cues remembered by the run's own words
    if len(names) == 1 and unmoved_by_neighbours(names[0], before, after):
        return one_word_by_itself(names)  # half the runs: what the cues make of the word alone, remembered
    return typed_by_cues(names, before, after)


def type_word(plain: list[str], i: int) -> Typed:
    """type_span of the run of one word plain[i] (most runs) among a paragraph's words, the words around it sliced
    only when a cue may read them."""
    if unmoved_at(plain, i):
        return one_word_by_itself((plain[i],))
    return typed_by_cues((plain[i],), plain[max(0, i - 6) : i], plain[i + 1 : i + 6])


def unmoved_by_neighbours(word: str, before: list[str], after: list[str]) -> bool:
    """Whether no cue can read the words around a run of one word (unmoved_at of the word between them)."""
    return unmoved_at([*before[-2:], word, *after], len(before[-2:]))


def unmoved_at(plain: list[str], i: int) -> bool:
    """Whether no cue can read the words around the run of one word plain[i]: it is no place, party or state (whose
    cues read them), no word a cue of one word asks for stands right beside it, nor one before a comma or "of" before
    it, nor a state or an organisation's word after a comma or "'s" after it. A cue for one word that reads another
    word around it adds that word to the sets below (the test of this shortcut asks every word of the cues' sets)."""
    word = plain[i]
    if word in places() or word in PARTY_NOUNS or word in PARTY_ENDS or word in US_STATES:
        return False
    left = plain[i - 1] if i else ""
    if left in WORDS_BEFORE_ONE or ((left == "," or left == "of") and i > 1 and plain[i - 2] in WORDS_BEFORE_COMMA_OR_OF):
        return False
    right = plain[i + 1] if i + 1 < len(plain) else ""
    return right not in WORDS_AFTER_ONE and not (right == "," and state_follows(plain[i + 1 : i + 6])) \
        and not ((right == "'s" or right == "’s") and i + 2 < len(plain) and plain[i + 2] in ORG_AFTER)


WORDS_BEFORE_ONE = ORG_BEFORE | LOWER_CUES | SAY | SPOKEN_TO | {"at", "with"}
WORDS_BEFORE_COMMA_OR_OF = LOWER_CUES | OFFICES_OF | PLACE_BEFORE_OF  # "his wife, Peggy", "chief executive of Sony", "town of Hull"
WORDS_AFTER_ONE = ORG_AFTER | MEMBER_ROLES | PRODUCT_NOUNS | PLACE_AFTER | THING_AFTER | INDEX_WORDS | SAY


@lru_cache(maxsize=1 << 16)
def one_word_by_itself(names: tuple[str]) -> Typed:
    """What the cues make of a run of one word with no word around it that moves them (unmoved_by_neighbours)."""
    return ("", "", 0) if plain_capitalised(names[0]) else typed_by_cues(names, [], [])


def plain_capitalised(word: str) -> bool:
    """A capitalised word of letters that no cue reads alone ("Blair", "Thursday"): no place, no bank, no word of a set
    the cues ask of one word with none around it (ALONE_CUE_WORDS); typed_by_cues types it as nothing, through a dozen
    calls. Asked where a build first meets a word alone (most words of a cold archive's runs)."""
    return word[1:].islower() and word[:1].isupper() and word.isalpha() and word not in ALONE_CUE_WORDS and word not in places() \
        and not word.endswith("bank")


ALONE_CUE_WORDS = frozenset().union(TERMS_IN_CAPITALS, NAMED_LIKE_PEOPLE, PEOPLE_BY_INITIALS, INSTITUTIONS, NEWS_AGENCIES, PARTY_NOUNS, PARTY_ENDS,
                                    STORMS, COMPASS, ORG_HEADS, NEVER_IN_NAME)


def typed_by_cues(names: tuple[str, ...], before: list[str], after: list[str]) -> Typed:
    """type_span's cue groups, in order."""
    whole = names[0] if len(names) == 1 else " ".join(names)
    last = names[-1]  # the tests that open political_party, national_body_named and organisation_by_shape, asked here: most runs fail them
    return (place_by_gazetteer(names, whole, before, after) or named_by_own_words(names, whole)
            or ((last in PARTY_NOUNS or last in PARTY_ENDS) and political_party(names, before, after))
            or (len(names) > 1 and national_body_named(names, before, after)) or organisation_by_words_around(names, whole, before, after)
            or (len(names) == 1 and not last[1:].islower() and organisation_by_shape(names, after)) or person_or_place_cues(names, before, after))


# --------------------------------------------------------------------------- organisations and places


def place_by_gazetteer(names: list[str], whole: str, before: list[str], after: list[str]) -> Typed | None:
    """A place the gazetteer knows, whole ("Paris", "FRANCE - Bond futures ended higher"), or a town's club
    before a club word ("the Parma side", "Leeds striker Lee Bowyer"; not "London side Saracens")."""
    gazetteer = places()
    kind = gazetteer.get(whole)  # looked up once: most runs are no place
    if kind and sentence_opener(names, before) and not whole.isupper() and after[:1] and after[0][:1].islower() and after[0] not in VERBS_AFTER_PLACE \
            and after[0] not in CLUB_AFTER and after[0] not in MEMBER_ROLES and after[0] not in ORG_AFTER:
        return None  # "Mobile phone sales rose", "Nice weather": a common word opening a sentence, not Mobile, Alabama
    if kind == PLACE and after[:1] and after[0] in CLUB_AFTER and not (after[0] in ("side", "club") and after[1:2] and after[1][:1].isupper()):
        return ORGANISATION, "club", 0
    if kind:
        return kind, "place", 0
    if len(names) > 1 and whole in small_towns() and (before[-1:] in (["in"], ["near"]) or state_follows(after) or (before[-2:] == [",", "of"]
            and after[:1] == [","])) and after[:1] not in (["'s"], ["’s"]):  # the town first: most runs are none
        return PLACE, "place", 0  # "in Beverly Hills", "Dobbs Ferry, N.Y.", "Melissa Hortman, of Brooklyn Park,"; not "in Diego Martin's film"
    if whole in US_STATES and before[-1:] == [","] and before[-2:-1] and before[-2][:1].isupper():
        return "", "", 0  # "Dobbs Ferry, N.Y.", "Carson City, NV": a state's abbreviation after a town, no organisation
    if len(names) == 1 and len(whole) > 3 and whole.isupper() and whole.title() in gazetteer:
        return gazetteer[whole.title()], "place", 0
    return None


VERBS_AFTER_PLACE = {"is", "was", "has", "had", "will", "would", "said", "says", "and", "or", "to", "in", "on", "at", "for", "of"}


@lru_cache(maxsize=1 << 16)
def named_by_own_words(names: tuple[str, ...], whole: str) -> Typed | None:
    """What a run's own words make it: a term (no name), the ending or opening of a longer name, an institution
    ("Senate", "Bundesbank") or a news agency."""
    if whole in TERMS_IN_CAPITALS or whole.replace(".", "") in TERMS_IN_CAPITALS:  # "M.B.A.", "Ph.D."
        return "", "", 0  # "R&B singer Mark Morrison": a term, whatever follows it
    if whole in NAMED_LIKE_PEOPLE or (names[0] in DEMONYMS and " ".join(names[1:]) in NAMED_LIKE_PEOPLE):
        return ORGANISATION, "suffix", 0  # "the American Red Cross"
    if whole in PEOPLE_BY_INITIALS:
        return PERSON, "initial", 0
    if len(names) > 1:
        found = by_ending_or_opening(names)
        if found:
            return found
    elif names[0] in INSTITUTIONS or (names[0].endswith("bank") and len(names[0]) > 6):
        return ORGANISATION, "institution", 0
    if whole in NEWS_AGENCIES:
        return ORGANISATION, "agency", 0
    return None


def political_party(names: list[str], before: list[str], after: list[str]) -> Typed | None:
    """A party by its members' name, as a noun or before a common word: "Labour's plans", "the Tories", "Labour
    MPs", "the Lib Dems" (not a title before a name: "Labour MP George Foulkes" is a run of its own)."""
    if (names[-1] not in PARTY_NOUNS and names[-1] not in PARTY_ENDS) or (after[:1] and after[0][:1].isupper()):
        return None  # most runs: no party word at all
    if len(names) == 1 and names[0] in PARTY_NOUNS and not (names[0] == "Conservative" and (not before or before[-1] in SENTENCE_ENDS)):
        return ORGANISATION, "party", 0
    if len(names) == 2 and names[1] in PARTY_ENDS and names[0] not in given_names() and names[0] not in DEMONYMS:
        return ("", "", 0) if names[0] in US_STATES else (ORGANISATION, "party", 0)  # "Maryland Democrat": a member
    return None


def organisation_by_words_around(names: list[str], whole: str, before: list[str], after: list[str]) -> Typed | None:
    """A company word before the run ("the daily Mlada Fronta Dnes", "brewer Zywiec"), a working role at it
    ("analyst Paula Buratti at Indosuez"), "Air" before one word ("Air France"), or a company word or a member's
    role after it ("Zywiec shares", "Deportivo Coruna midfielder Armando Alvarez")."""
    first, gazetteer = names[0], places()
    if before and before[-1] in ORG_BEFORE and first not in TITLES and not given_name_first(names, before[-1]) and not named_before(before):
        return ORGANISATION, "company cue", 0
    if before and before[-1] in ("at", "with", "of") and works_at(before) and first not in given_names() and first not in TITLES and whole not in gazetteer and first not in gazetteer \
            and not describes_what_follows(names, after):
        return ORGANISATION, "employer", 0
    if first == "Air" and len(names) == 2:
        return ORGANISATION, "airline", 0
    if len(names) >= 2 and (after[:1] == ["("] or not first[:1].isupper()) and bracketed(after) == initials(names):  # with no bracket
        # after it, bracketed() is "", the initials of a run with no capital only: the others need not be asked for theirs
        return ORGANISATION, "initials", 0  # "Electronic Arts (EA)", "Child Support Agency (CSA)"
    if after and (after[0] in ORG_AFTER or (after[0] in ("'s", "’s") and len(after) > 1 and after[1] in ORG_AFTER) or (after[0] in MEMBER_ROLES and member_follows(after))) \
            and not given_name_first(names, after[0]) and whole not in gazetteer and not DEMONYM_LIKE.search(names[-1]) and first not in TITLES and first not in DEMONYMS and names[-1] not in DEMONYMS \
            and not (sentence_opener(names, before) and (after[0] not in SPOKESPEOPLE or first in ORG_HEADS)):  # "Party spokesman …"
        return ORGANISATION, "company cue", 0
    return None


def given_name_first(names: list[str], cue: str) -> bool:
    """A run opening with a given name, which a company word beside it does not make a company ("film maker Theo van
    Gogh", "publisher Jason O-Grady"); unless the word names no one's trade and the run ends in no family name:
    "magazine Mac Format", "the daily Le Monde"."""
    return names[0] in given_names() and (cue not in NO_ONES_TRADE or len(names) == 1 or names[-1] in family_names())


NO_ONES_TRADE = {"newspaper", "newspapers", "daily", "weekly", "magazine", "bank", "airline", "firm", "company", "club", "plc"}


def describes_what_follows(names: list[str], after: list[str]) -> bool:
    """"founder of Jewish human rights group ...", "executive of Nordic operator Teliasonera": the run is a word
    describing the organisation named after it, not the organisation."""
    return bool(DEMONYM_LIKE.search(names[-1]) or names[-1] in DEMONYMS or (after[:1] and after[0] in DESCRIBED_NOUNS))


DESCRIBED_NOUNS = ORG_BEFORE | {"network", "group"}  # "Nordic operator", "P2P network", "human rights group"


def organisation_by_shape(names: list[str], after: list[str]) -> Typed | None:
    """One word shaped like a company's name: an acronym ("IBM") or a capital inside it ("PaineWebber", "USAir");
    before a product's noun ("PSP console", "ID cards", "BitTorrent technology") it is marked so, and the archive
    drops a name only so shaped that is written so (actors.py)."""
    if len(names) > 1 or names[0][1:].islower():
        return None  # a capital only first ("Blair"): neither shape
    product = after[:1] and after[0] in PRODUCT_NOUNS
    if is_acronym(names[0]):
        return ORGANISATION, "product" if product else "acronym", 0
    if INNER_CAPITAL.fullmatch(names[0]):
        return ORGANISATION, "product" if product else "company shape", 0
    return None


# --------------------------------------------------------------------------- people, and places by their nouns


def person_or_place_cues(names: list[str], before: list[str], after: list[str]) -> Typed:
    """The run less its leading titles and a name suffix ("John Mills Jr"), typed by the cues for people: its title
    or initials, the words around it, the name lists, its shape; ("", "", n) when none says it is a name."""
    dropped = leading_titles(names, not before or before[-1] in SENTENCE_ENDS) if len(names) > 1 else 0  # a word alone has no title
    person = names[dropped:] if dropped else names
    if len(person) > 2 and suffixed(person):
        person = person[:-1]
    if dropped and after[:1] and after[0] in PLACE_AFTER and not nationality(person):
        return PLACE, "place noun", 0  # "London's King Cross station", "President Kennedy airport": a title opens a place's name
    if not dropped and after[:1] == [","] and state_follows(after) and not (person[0] in given_names() and person[-1] in family_names()):
        return PLACE, "place", 0  # "Dobbs Ferry, N.Y., police said", "Ann Arbor, Mich. (AP)"; not "said Joe Barton, Texas"
    return (person_by_title_or_initial(names, person, dropped) or town_word_or_role(person, before, after, dropped)
            or (len(person) > 1 and person_by_what_follows(person, before, after, dropped)) or by_noun_or_age(person, before, after, dropped)
            or person_by_name_lists(person, before, after, dropped) or person_by_shape(person, before, dropped))


def organisation_word_in(person: list[str]) -> bool:
    """An organisation's head word ending the run, or one that is no given name or a word never in a name in it."""
    return person[-1] in ORG_HEADS or not (ORG_HEADS.isdisjoint(person) and NEVER_IN_NAME.isdisjoint(person)) \
        and any((p in ORG_HEADS and p not in given_names()) or p in NEVER_IN_NAME for p in person)  # the set tests first: most names have neither


@lru_cache(maxsize=1 << 16)
def person_by_title_or_initial(names: tuple[str, ...], person: tuple[str, ...], dropped: int) -> Typed | None:
    """A strong title before the name ("Mr", "President") or an initial opening it ("J. Adams"); ("", "", 0) for a
    run that cannot be a person's name (an organisation word in it, a place, a compass point opening it)."""
    if not person or person[0] in ("of", "for", "the", "and") or person[0] in STORMS or (organisation_word_in(person) and not surnamed_head(person)):
        return "", "", 0
    if dropped and not STRONG_TITLES.isdisjoint(names[:dropped]):
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
    if before and before[-1] in LOWER_CUES and person[0][:1].isupper() and not nationality(person) and not firm_by_role(person, before):
        return PERSON, "title", dropped
    return None


def firm_by_role(person: list[str], before: list[str]) -> bool:
    """One word that is no one's name after a role firms have too: "rival Apple's iPod", "Market leader
    Nintendo" (not "striker Vampeta", "opposition leader Tsvangirai")."""
    rival = before[-1] == "rival" or [w.lower() for w in before[-2:]] == ["market", "leader"]
    return rival and len(person) == 1 and person[0] not in family_names() and person[0] not in given_names()


def person_by_what_follows(person: list[str], before: list[str], after: list[str], dropped: int) -> Typed | None:
    """A name of two words or more before a verb of saying ("Nadim Ladki said"), a country or a number in brackets
    ("Nadim Ladki (Syria)") or a role in apposition ("Bill Jordan, general secretary of")."""
    if len(person) < 2:
        return None
    if after and after[0] in SAY and person[0] not in places() and not is_acronym(person[-1]) and before[-1:] != ["The"]:
        return PERSON, "verb", dropped + describing_words(person)  # "Backbencher Stephen Pound said"
    if (bracketed(after) in places() or bracketed(after).isdigit()) and not club_like(person):
        return PERSON, "bracket", dropped
    if role_follows(after):
        return PERSON, "apposition", dropped
    return None


def by_noun_or_age(person: list[str], before: list[str], after: list[str], dropped: int) -> Typed | None:
    """A place by its noun ("the coastal town of Bou Haroun", "Santiago Bernabeu stadium"), a person by an age
    ("Paul Crofts, 33, and an accomplice"), nothing before an index or a meeting ("the Dow Jones industrial
    average", "the Jackson Hole symposium")."""
    if before[-1:] == ["of"] and before[-2:-1] and before[-2] in PLACE_BEFORE_OF:
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
        return person_by_given_name(person, dropped)
    return one_word_person(person[0], before, after, dropped)


@lru_cache(maxsize=1 << 16)
def person_by_given_name(person: tuple[str, ...], dropped: int) -> Typed | None:
    """A name of two words or more opening with a given name, unless a thing is named after someone in it."""
    if named_after(person):
        return "", "", dropped
    if person[0] in given_names() and not country_clash(person) and not not_a_person(person) and not office_word(person[-1:]):
        return PERSON, "first name", dropped
    return None


def named_after(person: list[str]) -> bool:
    """A person's name and a common word that is no family name: a thing named after someone ("Colin McRae Rally",
    "Tony Hawk Underground"; not "Martin Luther King": a title ends it). (Two common words, the first a given
    name too, are not taken for a thing: "Sky Plus" is, but so would Alan Shearer, Buddy Groom and Marc Pearl be.)"""
    last = person[-1]  # of four letters or more: "Tan Kong Yam" is someone
    return len(person) == 3 and not everyday_word(person[1]) and last not in family_names() and not is_title(last) and len(last) > 3 \
        and everyday_word(last)


def one_word_person(word: str, before: list[str], after: list[str], dropped: int) -> Typed | None:
    """One word is a person by a verb of saying after a family name ("Hopkins said"), around a given name the article
    calls someone by ("I told Monica we need her") or before an unknown word ("said Dofora and other witnesses"),
    or by a relative and a comma before a given name ("his wife, Peggy, became")."""
    said_before = before[-1:] and before[-1] in SAY and after[:1] and after[0] in (",", ".", "and", "who")
    if after and after[0] in SAY and word in family_names():
        return PERSON, "verb", dropped
    if ((after and after[0] in SAY) or said_before or before[-1:] and before[-1] in SPOKEN_TO) and lone_given_name(word):  # the words around
        # first: most single words have none of these, and the name lists are large tables, slow to look up
        return PERSON, "given name", dropped
    if said_before and word not in places() and not everyday_word(word) and not is_acronym(word.removesuffix("s")) and word not in DEMONYMS:
        return PERSON, "verb", dropped
    if before[-2:-1] and before[-2] in LOWER_CUES and before[-1] == "," and word in given_names() and word not in places():
        return PERSON, "given name", dropped
    return None


def person_by_shape(person: list[str], before: list[str], dropped: int) -> Typed:
    """Two or three words shaped like a name, none a place, a nationality or a common word, with no "the" before
    them, nor a common word ending them unless "said" is before them ("said Ros Coward, who wrote") (a
    candidate, DEFAULT_PERSON); else no type."""
    if DEFAULT_PERSON and 2 <= len(person) <= 3 and not (before and before[-1] in ("the", "The")) and shaped_like_a_name(person) \
            and not (common_ending(person) and before[-1:] != ["said"]) and not epithet(person):
        return PERSON, "shape", dropped
    return "", "", dropped


@lru_cache(maxsize=1 << 16)
def shaped_like_a_name(person: tuple[str, ...]) -> bool:
    """Words shaped like a name, none a place, a nationality or a common word, no lookalike (person_by_shape)."""
    return bool(NAME_WORDS.fullmatch(" ".join(person))) and person[0] not in places() and person[-1] not in places() \
        and DEMONYMS.isdisjoint(person) and not not_a_person(person) and not plain_english(person)
