"""Rules over a paragraph's typed runs that make or mend organisations and places (names.typed_runs asks them): a
describing word opening an organisation's name, a party's qualifier in brackets, two organisations joined by "and", and
the organisation or place before a person's title in one run. Pure functions of the tokens' words and the runs."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from .cues import type_span
from .lexicon import COMPANY_SUFFIXES, COUNTRY, DEMONYMS, NAMED_LIKE_PEOPLE, ORGANISATION, ORG_HEADS, PERSON, PLACE, TITLES, family_names, given_names, places
from .lookalikes import everyday_word
from .name_words import DEMONYM_LIKE, after_a_country, common_words, is_title
from .national_bodies import national_body

if TYPE_CHECKING:
    from .names import Tokens


class Run(NamedTuple):
    """One run of capitalised words of a paragraph, as the rules typed it: token indexes [first, end) in
    tokens(text), the type, what typed it and how many leading title words are not part of the name."""

    first: int
    end: int
    type: str
    cue: str
    dropped: int


DESCRIBERS = {"Former", "Opposition", "Rebel", "Senior", "Ruling", "Rival"}  # "Former White House official", "Opposition Congress"
MEMBERS = {"MPs", "MLAs", "MEPs", "MSPs", "MLCs"}


def undescribed(plain: list[str], run: Run) -> Run:
    """An organisation's run without a word that describes it opening it ("Former White House", "Rebel Aam Aadmi Party"),
    typed again."""
    i, j = run.first, run.end
    if run.type != ORGANISATION or plain[i] not in DESCRIBERS or j - i < 2:
        return run
    return Run(i + 1, j, *type_span(tuple(plain[i + 1 : j]), plain[max(0, i - 5) : i + 1], plain[j : j + 5]))


def joined(plain: list[str], found: list[Run]) -> list[Run]:
    """Two runs joined by "and" that name one organisation: "Russ Berrie and Co Inc" (the second only a company
    ending), "Monopolies and Mergers Commission", "Mines and Energy Ministry" (the first only common words,
    no family name, before an organisation, a country's name may open it: "US Securities and Exchange Commission"; not
    one that names an organisation whole: "Air Force and National Disaster Response Force", "Treasury and Bank of England")."""
    if len(found) < 2:
        return found  # most paragraphs' runs: no two to join
    out: list[Run] = []
    for run in found:
        left = out[-1] if out else None
        if left and left.end + 1 == run.first and plain[left.end] == "and" and run.type == ORGANISATION and run.cue == "suffix" \
                and left.type != PLACE and (all(w in COMPANY_SUFFIXES for w in plain[run.first : run.end]) or (
                    run.end - run.first > 1 and common_words(after_a_country(plain[left.first : left.end])) and not whole_organisation(plain, left)
                    and not (national_body(plain[run.first : run.end]) and plain[left.first] in places()))):  # "UK Sport and Sport England"
            out[-1] = Run(left.first + left.dropped, run.end, ORGANISATION, "suffix", 0)
        else:
            out.append(run)
    return out


def whole_organisation(plain: list[str], run: Run) -> bool:
    """A run that names an organisation by itself: an institution ("Treasury") or a name ending in a singular head
    ("Air Force", "Electoral Commission"; not "US Securities", "Mines", which a longer name goes on from)."""
    last = plain[run.end - 1]
    return run.type == ORGANISATION and (run.cue == "institution" or (last in ORG_HEADS and not last.endswith("s")))


CORPORATE_TITLES = {"Chairman", "Chairwoman", "Chair", "Chairperson", "President", "Chief", "Executive", "Director", "Spokesman", "Spokeswoman",
                    "CEO", "Governor", "Secretary-General", "Commissioner"}


def employer(plain: list[str], run: Run) -> list[Run]:
    """The organisation or place before a person's title in one run: "Federal Reserve Chairman Alan Greenspan",
    "Microsoft Chairman Bill Gates", "Cofinec CEO Stephen Frater", "Bihar Health Minister Mangal Pandey" (not a
    nationality or a title: "Russian President Boris Yeltsin", "Finance Minister")."""
    if run.type != PERSON or not run.dropped:
        return []
    k = next((k for k in range(run.dropped) if is_title(plain[run.first + k])), 0)
    if not k:
        return []
    words, title = plain[run.first : run.first + k], plain[run.first + k]
    kind, cue, _ = type_span(words, [], plain[run.first + k : run.first + k + 3])
    if (kind == ORGANISATION and words[-1] not in ("Financial", "International")) or kind in (PLACE, COUNTRY):  # not "Hong Kong
        return [Run(run.first, run.first + k, kind, cue, 0)]  # Financial Secretary"; the place of "Bihar Health Minister Mangal Pandey"
    single = words[0] if len(words) == 1 else ""
    if not kind and single and title in CORPORATE_TITLES and single not in places() and single not in DEMONYMS \
            and not DEMONYM_LIKE.search(single) and single not in given_names() and not everyday_word(single):
        return [Run(run.first, run.first + 1, ORGANISATION, "before a title", 0)]
    return []


QUALIFIERS = {"United", "Secular", "Marxist", "Maoist", "Socialist", "Amma"}  # "Janata Dal (United)", "Communist Party of India (Marxist)"


def qualified(plain: list[str], run: Run) -> Run:
    """A party's run with the word in brackets that tells it from another of its name: JD(U) and JD(S) are two parties."""
    if run.type == ORGANISATION and plain[run.end : run.end + 3][::2] == ["(", ")"] and plain[run.end + 1 : run.end + 2][0:1] \
            and plain[run.end + 1] in QUALIFIERS:
        return run._replace(end=run.end + 3)
    return run


def office_of(plain: list[str], run: Run) -> Run:
    """An organisation's run that opens with an office held in it: the organisation after "of" ("Speaker of the House of
    Lords", "Director General of the British Chambers of Commerce", "Secretary General of the Rajya Sabha", "Regional Director of
    the Red Cross"), typed again."""
    i, j = run.first, run.end
    if run.type not in (ORGANISATION, PLACE, "") or (not run.type and run.dropped) or "of" not in plain[i + 1 : j]:
        return run
    k = plain.index("of", i + 1, j)
    if plain[k - 1] not in TITLES or not all(word in TITLES or word in ("General", "Executive") or everyday_word(word) for word in plain[i:k]):
        return run  # "Managing Director of", "Personal Chair of": a common word may open the office
    start = k + 1 + (plain[k + 1 : k + 2] == ["the"])
    office = Run(start, j, *type_span(tuple(plain[start:j]), plain[max(0, start - 5) : start], plain[j : j + 5])) if start < j else run
    return office if run.type == ORGANISATION or office.type or office.end - office.first > 1 else run
    # not one untyped word: "State" of "Secretary of State", "Hearts" of "Queen of Hearts"


def office_holder(plain: list[str], run: Run) -> list[Run]:
    """An organisation's run that goes on to an office held in it and its holder: "Bank of England Governor Mervyn
    King", "Minnesota Department of Human Services Assistant Commissioner, Natasha Merz" (the holder after a comma):
    the organisation, then the person (not "Ministry of Home Affairs", whose "Home" opens no holder's name)."""
    i, j = run.first, run.end
    k = next((k for k in range(i + 2, j) if office(plain[k])), 0) if run.type == ORGANISATION else 0
    if not k or not plain[k - 1][:1].isupper():  # "Office of the Governor" holds its office in its name
        return [run]
    m = next((m for m in range(k, j) if not office(plain[m])), j)
    holder = plain[m:j]
    if holder and not (2 <= len(holder) <= 3 and holder[0] in given_names() and all(w[:1].isupper() for w in holder)):
        return [run]
    if not holder and plain[j : j + 1] != [","]:
        return [run]
    kind, cue, _ = type_span(tuple(plain[i:k]), plain[max(0, i - 5) : i], plain[k : k + 5])
    if kind != ORGANISATION:
        return [run]
    return [Run(i, k, kind, cue, 0)] + ([Run(m, j, PERSON, "title", 0)] if holder else [])


def office(word: str) -> bool:
    return (is_title(word) or word in OFFICE_WORDS) and word not in ORG_HEADS and word not in PORTFOLIOS


OFFICE_WORDS = {"Assistant", "Associate", "Acting", "Deputy", "Executive", "Senior", "Chief"}
PORTFOLIOS = set("""Foreign Defence Defense Finance Interior Justice Home Trade Economy Economics Energy Health Education Agriculture
    Labour Labor Industry Culture Transport Environment State General Special Former Opposition Grand Crown Member Parliament""".split())
# titles that are a department's subject too ("Department of Public Health"): no office after an organisation's name


def person_after(plain: list[str], run: Run) -> list[Run]:
    """An organisation's run (or one no cue typed) that ends in a person's given and family name with no title between them, as ABC's
    rural news writes it: "Macquarie Bank Rory Robertson", "Wine Makers Federation of Australia Stephen Strachan"
    (not "Bank of America Merrill Lynch"): the organisation, then the person."""
    i, j = run.first, run.end
    if run.type not in (ORGANISATION, "") or j - i < 4 or plain[j - 2] not in given_names() or " ".join(plain[j - 2 : j]) in NAMED_LIKE_PEOPLE \
            or (everyday_word(plain[j - 1]) and plain[j - 1] not in family_names()) or plain[j - 1] in ORG_HEADS or plain[j - 1] in COMPANY_SUFFIXES:
        return [run]
    kind, cue, _ = type_span(tuple(plain[i : j - 2]), plain[max(0, i - 5) : i], plain[j - 2 : j + 3])
    return [Run(i, j - 2, kind, cue, 0), Run(j - 2, j, PERSON, "given name", 0)] if kind == ORGANISATION and cue in NAMED_BY_ITSELF else [run]


NAMED_BY_ITSELF = {"suffix", "institution", "agency", "ampersand", "company cue"}  # not a club's plural ending in a headline's words


def mend(plain: list[str], words: Tokens, run: Run, found: list[Run]) -> None:
    """Add to `found` the run as the rules of a company's first word, an employer, a qualifier, an office and its
    holder mend it (typed_runs)."""
    if run.first and plain[run.first - 1] == "First":
        run = with_first(plain, words, run)
    if run.dropped and run.type == PERSON:
        found.extend(undescribed(plain, r) for r in employer(plain, run))
    if run.type == ORGANISATION:  # the only runs the two rules mend
        run = qualified(plain, undescribed(plain, run))
    if run.end - run.first > 2 and run.type != PERSON:  # an office "of" a body or a place: three words or more
        run = office_of(plain, run)
    if run.type in (ORGANISATION, "") and run.end - run.first > 2:  # the two rules read only longer runs of these
        for part in office_holder(plain, run):
            found.extend(person_after(plain, part))
    else:
        found.append(run)


def with_first(plain: list[str], words: Tokens, run: Run) -> Run:
    """"First Union", "First Chicago NBD Corp.": a company's name may open with "First", which otherwise opens
    sentences and ends no name; it does when the run with it is an organisation by its own words."""
    i = run.first
    if i == 0 or plain[i - 1] != "First" or words.gap(i) > 1 or run.type == PERSON:
        return run
    kind, cue, dropped = type_span(plain[i - 1 : run.end], plain[max(0, i - 3) : i - 1], plain[run.end : run.end + 5])
    return Run(i - 1, run.end, kind, cue, dropped) if kind == ORGANISATION and cue == "suffix" else run
