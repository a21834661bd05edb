"""Spellings of one person that the archive folds into the person's full name (actors.py asks, over every
article's names; names.py asks the describing-words rule within an article): a name with describing words
before it, a short form of the given name (the nicknames dataset), a surname alone. Pure functions of the
spellings detected, keyed by (type, name key)."""

from __future__ import annotations

from collections import Counter, defaultdict
from functools import lru_cache
from typing import Callable, Iterable

from .lexicon import ORGANISATION, PERSON, english_words, family_names, given_name_sexes, given_names, nick_namer, nickname_table
from .name_keys import name_key, surname
from .lookalikes import everyday_word
from .name_words import HONORIFIC_SEX, describes

Spellings = dict[tuple[str, str], Counter]


def fold_person_forms(spellings: Spellings, named_in: Counter, lone_sexes: dict[str, set[str]]) -> None:
    """Fold into each person the archive's other spellings of them, in this order: describing words before the name
    (an alias that never names the page), a short form of the given name, a surname alone (an alias too;
    `lone_sexes`: the sexes the honorifics before it say, "Mr Blair")."""
    for key, owner in described_owners(spellings).items():  # "Fellow Lib Dem Norman Baker", "Whatever Kilroy-Silk"
        spellings[PERSON, owner].update(dict.fromkeys(spellings.pop((PERSON, key)), 0))
    for key, owner in nickname_owners(spellings).items():  # "Vince Cable", "Vincent Cable"
        spellings[PERSON, owner].update(spellings.pop((PERSON, key)))
    for key, owner in middle_name_owners(spellings, named_in).items():  # "Barack Hussein Obama", "Hillary Rodham Clinton"
        spellings[PERSON, owner].update(spellings.pop((PERSON, key)))
    for key, owner in lone_surname_owners(spellings, named_in, lone_sexes).items():  # "Mr Letwin", with no full name in its article
        spellings[PERSON, owner].update(dict.fromkeys(spellings.pop((PERSON, key)), 0))  # named in full


def lone_surname_owners(spellings: Spellings, named_in: Counter, lone_sexes: dict[str, set[str]] | None = None) -> dict[str, str]:
    """A surname alone ("Mr Kilroy-Silk"), in an article that gives no full name, is the one person of the
    archive with that surname named in full in two articles or more; never a word that is also a given
    name ("Kerry", "Charles") unless a title is written before it. Where several people have the surname, the one of
    them of the sex its honorifics say ("Mr Blair": not Cherie Blair), if named in DOMINANT times as many
    articles as the others of that sex, or of a given name of both or neither, together (Tony Blair 141, Ian
    Blair 3; not Alastair Campbell 10 against Menzies Campbell 9)."""
    owners, lone_sexes = full_name_owners(spellings), lone_sexes or {}
    lone = [key for (kind, key), counts in spellings.items()  # a given name too only after a title ("Mr Blair")
            if kind == PERSON and all(" " not in n and (n not in given_names() or key in lone_sexes) for n in counts)]
    found = {}
    for key in lone:
        candidates = sorted(owners.get(key, ()), key=lambda owner: (-named_in[PERSON, owner], owner))
        if len(candidates) > 1:
            sex = lone_sexes.get(key)  # none said: any of them
            candidates = dominant([c for c in candidates if sex is None or sexes_of(spellings[PERSON, c]) in (set(), sex)], named_in)
        if len(candidates) == 1 and named_in[PERSON, candidates[0]] >= 2:
            found[key] = candidates[0]
    return found


DOMINANT = 10


def honorific_sexes(lone_names: Iterable[tuple[str, str]]) -> dict[str, set[str]]:
    """Surname key -> the sexes the honorifics before it say, from (a surname written alone, the text before it):
    "Mr Blair", "Mrs Blair"."""
    found: dict[str, set[str]] = defaultdict(set)
    for name, before in lone_names:
        sex = honorific_sex(before)
        if sex:
            found[name_key(name)].add(sex)
    return found


def honorific_sex(before: str) -> str | None:
    """The sex the honorific that ends the text before a name says ("Mr" Blair: male), if one does."""
    words = before.split()
    return HONORIFIC_SEX.get(words[-1]) if words else None


def of_sex(full_names: Iterable[str], sex: str | None) -> set[str]:
    """The full names a surname after an honorific of `sex` may stand for: not one whose given name is of the other
    sex ("Mr Blair" is not Cherie Blair). Asked only between two people of one surname: the lists of given names
    know some names of both sexes as one's ("Nicky" Gavron would not be "Ms Gavron")."""
    return {name for name in full_names if sex is None or given_name_sexes().get(name.split()[0]) in (None, sex)}


def of_the_other_sex(full_name: str, sex: str | None) -> bool:
    """Whether the given name is surely not of `sex`: the lists know it as the other sex's only, and so every name
    it is a short form of ("Michael" is no "Mrs"; "Nicky", Nicholas' and Nicole's, may be)."""
    given = full_name.split()[0]
    known = given_name_sexes().get(given)
    if sex is None or known in (None, sex):
        return False
    return all(given_name_sexes().get(long.title()) != sex for long in nick_namer().canonicals_of(given.lower()))


def sexed_owners(owners: set[str], sex: str | None) -> set[str]:
    """The people an honorific of `sex` before their surname may stand for: of two or more, those whose given name is
    not of the other sex, or all ("Mr Blair" beside Tony and Cherie Blair); the one, unless surely of the other sex."""
    if len(owners) > 1:
        return of_sex(owners, sex) or owners
    return {owner for owner in owners if not of_the_other_sex(owner, sex)}


def dominant(candidates: list[str], named_in: Counter) -> list[str]:
    """The first of the candidates (most named first) alone, if named in DOMINANT times as many articles as the rest."""
    if not candidates or named_in[PERSON, candidates[0]] < DOMINANT * sum(named_in[PERSON, c] for c in candidates[1:]):
        return []
    return candidates[:1]


def sexes_of(counts: Counter) -> set[str]:
    """The sexes the given names of a person's spellings say (none for a name of both or of neither)."""
    return {sex for name in counts if " " in name and (sex := given_name_sexes().get(name.split()[0]))}


def full_name_owners(spellings: Spellings) -> dict[str, set[str]]:
    """Surname key -> the keys of the people named in full with it."""
    owners: dict[str, set[str]] = defaultdict(set)
    for (kind, key), counts in spellings.items():
        if kind == PERSON:
            for name in counts:
                if " " in name:
                    owners[name_key(surname(name))].add(key)
    return owners


def described_owners(spellings: Spellings) -> dict[str, str]:
    """A "name" made of words that describe someone before a person's name is that person: "Fellow Lib Dem Norman
    Baker" is Norman Baker, "Euro-Sceptic Kilroy-Silk" and "Whatever Kilroy-Silk" are Robert Kilroy-Silk, the
    archive's one person of that surname whose name opens with a given name. A rule of the archive, not of an
    article: the comment that writes "Whatever Kilroy-Silk" may never give his full name."""
    people = {key: sorted(counts, key=counts.get, reverse=True) if len(counts) > 1 else list(counts) for (kind, key), counts in spellings.items() if kind == PERSON}
    return described_keys(people, lambda: {key for kind, key in spellings if kind == ORGANISATION})


def described_keys(people: dict[str, list[str]], organisation_keys: Callable[[], set[str]]) -> dict[str, str]:
    """Key of a person's name -> the key of the person it names after its describing words; `people`: each key's
    spellings, the one to read first; `organisation_keys`: the organisations' keys, asked only where a name may be described."""
    given = given_names()
    given_first = {key for key, names in people.items() if " " in key and any(n.split()[0] in given for n in names)}
    described = [key for key in people if key not in given_first and " " in key]
    if not described:
        return {}  # most articles: everyone named with a given name first
    organisations = organisation_keys()
    by_surname: dict[str, set[str]] = defaultdict(set)
    for key in given_first:  # "Robert Kilroy-Silk" and "Robert Kilroy Silk" share a key: both surnames are his
        for name in people[key]:
            if " " in name:
                by_surname[name_key(surname(name))].add(key)
    found = {}
    for key in described:
        owner = described_person(people[key][0].split(), given_first, by_surname, organisations)
        if owner and owner != key:
            found[key] = owner
    return found


def described_person(words: list[str], given_first: set[str], by_surname: dict[str, set[str]], organisations: set[str]) -> str | None:
    """The key of the person a name names after its describing words, or None: the rest of it a person's full name
    of the archive, or the surname of only one."""
    for k in range(1, len(words)):
        if not describes_someone(words[:k], organisations):
            continue
        rest = name_key(" ".join(words[k:]))
        if rest in given_first:
            return rest
        if k == len(words) - 1 and len(owners := by_surname.get(rest, ())) == 1 and all(map(plainly_describing, words[:k])):
            return next(iter(owners))
    return None


def describes_someone(words: list[str], organisations: set[str]) -> bool:
    """Describing words, then perhaps an organisation of the archive: "Whatever", "Fellow Lib Dem", "Former Labour"."""
    k = next((k for k, word in enumerate(words) if not describing(word)), len(words))
    rest = name_key(" ".join(words[k:]))
    return not rest or rest in organisations or rest + "s" in organisations


def plainly_describing(word: str) -> bool:
    """A describing word before a surname alone: a compound ("Euro-Sceptic") or a word of five letters or more the
    dictionary writes as it is ("Whatever"); not "Reg" (a given name the lists lack) nor "Menzies" (a name the
    dictionary knows only as the plural of "menzie")."""
    return "-" in word or (len(word) > 4 and word.lower() in english_words())


@lru_cache(maxsize=1 << 16)
def describing(word: str) -> bool:
    """A word no one's name is made of ("Fellow", "Whatever", "Lib"), or a compound of such words ending in a
    common word ("Euro-Sceptic"; not "Kilroy-Silk", whose parts are names). Remembered: asked of each word of a
    name again for each longer stretch of it, in every article and once more over the archive."""
    parts = word.split("-")
    return describes(word) or (len(parts) > 1 and everyday_word(parts[-1]) and not any(p in given_names() or p in family_names() for p in parts))


def described_in_article(people: set[str], organisations: set[str]) -> dict[str, str]:
    """The same rule within one article (names.py asks): lower-cased name -> the person of the article it names after
    its describing words ("Whatever Kilroy-Silk" in a page of comments under Robert Kilroy-Silk's story), so that his
    surname alone stays his."""
    given = given_names()
    if all(" " not in name_key(name) or name.split()[0] in given for name in people):
        return {}  # every name of two words or more opens with a given name (most articles): described_keys finds none
    by_key: dict[str, list[str]] = defaultdict(list)
    for person in sorted(people):
        by_key[name_key(person)].append(person)
    found = described_keys(by_key, lambda: {name_key(o) for o in organisations})
    if not found:
        return {}  # most articles: no name to look up again
    return {name.lower(): by_key[found[name_key(name)]][0] for name in people if name_key(name) in found}


def nickname_owners(spellings: Spellings) -> dict[str, str]:
    """A person named by a short form of a given name is the one person of the archive with the full form and the
    same rest of the name ("Vince Cable" is Vincent Cable, "Jim Callaghan" James Callaghan), by the nicknames
    dataset; never when the two given names are of different sexes ("Andy Williams" is not Andrea Williams) or when
    the short form fits two people."""
    people = {key for kind, key in spellings if kind == PERSON and " " in key}
    by_rest: dict[str, list[str]] = defaultdict(list)
    for key in sorted(people):
        by_rest[key.split(" ", 1)[1]].append(key)
    found = {}
    for keys in by_rest.values():
        for key in keys:
            partners = [other for other in keys if other != key and same_given_name(key.split()[0], other.split()[0])]
            if len(partners) == 1 and sum(spellings[PERSON, key].values()) <= sum(spellings[PERSON, partners[0]].values()) \
                    and partners[0] not in found:
                found[key] = partners[0]
    return found


def middle_name_owners(spellings: Spellings, named_in: Counter) -> dict[str, str]:
    """A person named with and without a middle name is one, named by the form the archive writes far more often
    ("Barack Hussein Obama" once, Barack Obama in 33 stories; "Recep Erdogan" once, Recep Tayyip Erdogan in 3;
    not Jerry Lee Lewis beside Jerry Lewis, once each), unless the middle is initials ("George H.W. Bush")."""
    found = {}
    for kind, key in spellings:
        words = key.split()
        short = f"{words[0]} {words[-1]}"
        if kind != PERSON or len(words) < 3 or any(len(word) < 3 for word in words[1:-1]) or (PERSON, short) not in spellings:
            continue
        more, fewer = sorted((key, short), key=lambda k: -named_in[PERSON, k])
        if named_in[PERSON, more] >= max(3, MIDDLE_NAME_DOMINANT * named_in[PERSON, fewer]):
            found[fewer] = more
    return found


MIDDLE_NAME_DOMINANT = 3


def same_given_name(a: str, b: str) -> bool:
    """Whether one given name is a short form of the other, the full one a name of one sex only and the short one
    not of the other ("Chris" for Christopher; not "Andy" for Andrea, a woman's name and a man's)."""
    table = nickname_table()  # nicknames_of, without its copy of the set
    if b in table.get(a.lower().strip(), ()):
        full, short = a, b
    elif a in table.get(b.lower().strip(), ()):
        full, short = b, a
    else:
        return spelt_alike(a, b)
    sexes = given_name_sexes()
    return sexes.get(full.title()) is not None and sexes.get(short.title()) in (None, sexes.get(full.title()))


SPELT_ALIKE = 5  # shorter given names that differ in one vowel are as often two names ("Dan", "Don"; "Jon", "Jan")


def spelt_alike(a: str, b: str) -> bool:
    """Two spellings of one given name: one vowel for another after the first two letters, in a name of five letters
    or more, the two not of different sexes ("Damian" and "Damien" Hockney, BBC; "Mohamed", "Mohamad"; "Sergey" and
    "Sergei" Lavrov, as Russian names are written in English either way)."""
    if len(a) != len(b) or len(a) < SPELT_ALIKE or a[:2] != b[:2]:
        return False
    differ = [(x, y) for x, y in zip(a[2:], b[2:]) if x != y]
    sexes = {given_name_sexes().get(name.title()) for name in (a, b)} - {None}
    return len(differ) == 1 and all(letter in "aeiouy" for letter in differ[0]) and len(sexes) <= 1
