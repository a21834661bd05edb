"""Names in sports copy: the teams of a results line or a standings table, the scorers in brackets
after a result, the clubs in a squad list's brackets, and the two sides of "X v Y"."""

from __future__ import annotations

import re
from operator import itemgetter

from ..model import Span
from .lexicon import COUNTRY, ORGANISATION, PERSON, STOP, places


KIND = itemgetter(2)
TEAM = r"([A-Z][A-Za-z.'&-]*(?: [A-Z][A-Za-z.'&-]*)*)"
STANDINGS = re.compile(TEAM + r"(?:(?:\s+\d+){5,}|(?:\s+\d+){2,3}\s+\.\d{3}(?:\s+(?:-|\d+(?:\.\d)?|1/2))*)\s*$")  # "Lens 21 7 4 10 25 34 25", "HOUSTON 16 2 .889 -"
CLINCHED = re.compile(r"[XYZxyz]-[A-Z]")
COUNTRY_BRACKET = r"(?: \([A-Z][A-Za-z. ]*\))?"  # "Arab Contractors (Egypt) 4 Sodigraf (Zaire) 0"
RESULT = re.compile(TEAM + COUNTRY_BRACKET + r" \d{1,3}(?: \([^)]*\)?)? " + TEAM + COUNTRY_BRACKET + r" \d{1,3}(?:[\s.,;]|$|\()")
TABLE_START = re.compile(TEAM + COUNTRY_BRACKET + r"\s+\d")  # how a row or a result opens, whichever: a team, then a figure
# (matched at the start, it stops at the first word in lower case, where a search for any figure read the whole text)
PLAYED = re.compile(TEAM + COUNTRY_BRACKET + r"((?:\s+\d{1,3}){4})\s*$")  # "Olympiakos (Greece) 9 5 4 14"


def played_row(text: str) -> re.Match | None:
    """A standings row of four figures whose first is the sum of the next two or three (played = won + lost
    [+ drawn]): "Olympiakos (Greece) 9 5 4 14"; never a golfer's rounds ("Ernie Els 68 70 69 71")."""
    match = PLAYED.match(text) if text.rstrip()[-1:].isdigit() else None
    if not match:
        return None
    played, *rest = [int(n) for n in match.group(2).split()]
    return match if played > 0 and played in (rest[0] + rest[1], rest[0] + rest[1] + rest[2]) else None


def team_spans(text: str) -> list:
    """Teams in a table row ("Lens 21 7 4 10 25 34 25") or a result ("Lens 0 Nantes 4 (N'Doram 7)"); a
    country there is a national side, and stays a country."""
    if not ("A" <= text[:1] <= "Z" and TABLE_START.match(text)):
        return []  # every pattern opens with a team and a figure after it: most paragraphs are skipped
    found = []
    for pattern, groups in ((STANDINGS, (1,)), (RESULT, (1, 2)), (PLAYED, (1,))):
        match = played_row(text) if pattern is PLAYED else pattern.match(text)
        if match:
            for g in groups:
                start, name = match.start(g), match.group(g)
                if name.split()[0].title() in STOP:
                    continue  # "July 96 June 96 July 95": a table's months, not teams
                if CLINCHED.match(name):  # "X-DENVER 12 1 0 351 199": a standings mark, not the team's name
                    start, name = start + 2, name[2:]
                kind = COUNTRY if places().get(name.title() if name.isupper() else name) == COUNTRY else ORGANISATION
                found.append((start, match.end(g), kind, name, "team"))
            break
    return found


MINUTE = r"\d{1,3}(?:st|nd|rd|th)?(?: pen| penalty| og)?"  # "39", "85th", "30th pen"
GOALS = rf"[A-Z][\w'’-]+ {MINUTE}(?:(?:, | and | ){MINUTE}(?=[,)]|$| and ))*"  # "McCoist 71 74", "Mulder 2nd and 27th"
SCORERS = re.compile(rf"\((?:{GOALS}(?:,\s*|\)|$))+")
SCORER = re.compile(rf"([A-Z][\w'’-]+) {MINUTE}")


SQUAD_NUMBER = re.compile(r"(?:^|[,;(:]\s*)\d{1,2} - ([A-Z][\w'’-]+(?: (?:[A-Z][\w'’-]+|van|de|der|da|di)){0,3})(?=\s*[,;().]|$)")


def squad_numbers(spans: list, text: str) -> list:
    """A line-up of three shirt numbers or more: "15 - Tim Horan, 14 - David Campese, 6 - Motohiro Yamaguchi":
    each name after a number is a player, whatever its shape (a club or country in brackets stays what it was)."""
    if text.count(" - ") < 3:
        return spans  # no line-up: skip the scan
    found = list(SQUAD_NUMBER.finditer(text))
    if len(found) < 3:
        return spans
    named = {(m.start(1), m.end(1)) for m in found}
    kept = [s for s in spans if not any(a <= s[0] < b for a, b in named)]
    return sorted(kept + [(a, b, PERSON, text[a:b], "squad number") for a, b in named])


def scorers(text: str) -> list:
    """"Motherwell 2 (Davies 39, Ross 89)", "(Bode 85th)", "(Mulder 2nd and 27th)": the names in brackets with
    the minutes of their goals are people."""
    found = []
    for group in SCORERS.finditer(text):
        for match in SCORER.finditer(text, group.start(), group.end()):
            if match.group(1) not in STOP:  # "(May 21)" is a date
                found.append((match.start(1), match.end(1), PERSON, match.group(1), "scorer"))
    return found


def affiliations(spans: list, text: str) -> list:
    """What a person is "of" is an organisation unless it is a place ("striker Viorel Ion of Otelul Galati"); so
    is what two people or more of a paragraph have in brackets unless it is a country ("Paulinho Santos (Porto),
    Sergio Conceicao (Porto)": a squad list)."""
    if PERSON not in map(KIND, spans[:-1]):
        return spans  # most paragraphs: no person before another name (a C loop)
    after_person = [k for k in range(1, len(spans)) if spans[k - 1][2] == PERSON]
    clubs = [k for k in after_person if text[spans[k - 1][1] : spans[k][0]] == " (" and text[spans[k][1] : spans[k][1] + 1] == ")" and spans[k][2] != COUNTRY]
    for k in after_person:
        start, end, kind, name, cue = spans[k]
        if (text[spans[k - 1][1] : start] == " of " and cue in ("", "shape")) or (len(clubs) >= 2 and k in clubs):
            spans[k] = (start, end, ORGANISATION, name, "affiliation")
        elif k in clubs:
            spans[k] = (start, end, kind, name, IN_BRACKETS)  # one a paragraph: the article may be a squad list (squads)
    return spans


IN_BRACKETS = "in brackets after a person"


def squads(raw: list[Span]) -> list[Span]:
    """"13 - Ian Wright (Arsenal)" and "9 - Alan Shearer (Newcastle)" in two paragraphs: the brackets are clubs."""
    bracketed = [s for s in raw if s.cue == IN_BRACKETS]
    if len(bracketed) < 2:
        return raw
    return [s._replace(type=ORGANISATION, cue="affiliation") if s.cue == IN_BRACKETS else s for s in raw]


FIXTURE = re.compile(r"(?:\s*\([^)]*\))?\s+vs?\.?\s+")  # "Atalanta (14) v Lazio (8)", "Forfar v Alloa"
CASE = re.compile(r"\s+v\.\s+")  # a court case as American papers write it; sport writes "v" or "vs."
BEAT = re.compile(r"(?:\s*\([^)]*\))?\s+beat\s+")  # "Ye Zhaoying (China) beat Meiluawati (Indonesia)"
V_SIDE, BEAT_SIDE = re.compile(r"v(?<=\sv)s?\.?\s"), re.compile(r"beat\s(?<=\sbeat\s)")  # " v ", " vs. ", " beat ": in every
# text that FIXTURE or BEAT can match a part of (the letters first, then the space before them; two patterns that each
# open with one letter, which the engine skips to at once, where one pattern that opens with either tried every position)


def fixtures(spans: list, text: str) -> list:
    """The two sides of "X v Y" are of one kind: people when one is a person ("Fung Permadi (Taiwan) v Indra"),
    else clubs (a country stays a country: "Japan v Syria")."""
    if len(spans) < 2 or not (V_SIDE.search(text) or BEAT_SIDE.search(text)):
        return spans  # every gap that joins two sides has a space before "v" or "beat": most paragraphs have neither
    for k in range(1, len(spans)):
        left = k - 2 if k > 1 and text[spans[k - 1][0] - 1 : spans[k - 1][0]] == "(" else k - 1  # "(Taiwan)" is no side
        gap = text[spans[left][1] : spans[k][0]]
        if CASE.fullmatch(gap):  # "Roe v. Wade", "Brown v. Board of Education": a court case's parties, no one of the story
            spans[left], spans[k] = (*spans[left][:2], "", spans[left][3], "case"), (*spans[k][:2], "", spans[k][3], "case")
            continue
        beat = BEAT.fullmatch(gap) and PERSON in (spans[left][2], spans[k][2])  # "beat" says who, never that clubs played
        if not (FIXTURE.fullmatch(gap) or beat) or COUNTRY in (spans[left][2], spans[k][2]):
            continue
        kind = PERSON if PERSON in (spans[left][2], spans[k][2]) else ORGANISATION
        for i in (left, k):
            start, end, was, name, cue = spans[i]
            if was != kind and cue in ("", "shape", "place"):
                spans[i] = (start, end, kind, name, "fixture")
    return spans
