"""Spellings of one organisation that the archive folds into one (actors.py asks, over every article's names): its
plural, its name with "Party" after it, its name in short words. Pure functions of the spellings detected, keyed
by (type, name key)."""

from __future__ import annotations

from collections import Counter, defaultdict

from .lexicon import ORG_HEADS, ORGANISATION
from .lookalikes import everyday_word


def fold_organisation_forms(spellings: dict[tuple[str, str], Counter]) -> None:
    """An organisation's plural is the organisation ("Liberal Democrats", the "Liberal Democrat" party; "Tories", the
    "Tory" party; "AAAS" is no plural of "AAA"), and so is its name with "Party" after it ("Labour Party" is Labour:
    the longer name joins the word, never a word a longer name), and its name in short words ("Lib Dems")."""
    for kind, key in [k for k in spellings if k[0] == ORGANISATION and k[1].endswith("s") and not any(n.isupper() for n in spellings[k])]:
        one = next((form for form in (key[:-3] + "y", key[:-1]) if form != key and (ORGANISATION, form) in spellings), None)
        if one and key.endswith("ies") == one.endswith("y"):
            spellings[ORGANISATION, one].update(spellings.pop((kind, key)))
    for key, one in inner_plurals([key for kind, key in spellings if kind == ORGANISATION]).items():
        spellings[ORGANISATION, one].update(spellings.pop((ORGANISATION, key)))
    for kind, key in [k for k in spellings if k[0] == ORGANISATION and k[1].endswith(" party") and (ORGANISATION, k[1][:-6]) in spellings
                      and k[1][:-6].title() not in ORG_HEADS]:  # India's "Congress Party" is not the US Congress
        spellings[ORGANISATION, key[:-6]].update(spellings.pop((kind, key)))
    for short, full in abbreviated_names([key for kind, key in spellings if kind == ORGANISATION]).items():
        spellings[ORGANISATION, full].update(dict.fromkeys(spellings.pop((ORGANISATION, short)), 0))  # named in full


PLURAL_WORD = 6  # a shorter word's plural may be another word ("News", "Times")


def inner_plurals(keys: list[str]) -> dict[str, str]:
    """Key of an organisation with a plural word inside its name -> the key with that word in the singular, where the
    archive writes that too: "Disasters Emergency Committee" and "Disaster Emergency Committee" (BBC) are one."""
    present, found = set(keys), {}
    for key in keys:
        words = key.split()
        for at, word in enumerate(words[:-1]):
            if len(word) >= PLURAL_WORD and word.endswith("s") and not word.endswith(("ss", "us", "is")):
                one = " ".join([*words[:at], word[:-1], *words[at + 1:]])
                if one in present and one not in found:
                    found[key] = one
                    break
    return found


def abbreviated_names(keys: list[str]) -> dict[str, str]:
    """Key of an organisation written in short words -> the one organisation whose words they begin: "Lib Dem" is the
    "Liberal Democrat" party (the short words no words of the dictionary: "Gen Motors" stays apart)."""
    by_initials: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for key in keys:
        if " " in key:
            by_initials[tuple(word[0] for word in key.split())].append(key)
    found = {}
    for group in by_initials.values():
        for short in group:
            longer = [full for full in group if full != short and abbreviates(short.split(), full.split())]
            if len(longer) == 1:
                found[short] = longer[0]
    return found


def abbreviates(short: list[str], full: list[str]) -> bool:
    return all(f.startswith(s) and (s == f or (len(s) >= 2 and not everyday_word(s))) for s, f in zip(short, full))
