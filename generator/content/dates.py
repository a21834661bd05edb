"""Publication dates: only from a line that states one ("Published: Apr 23, 2025 10:00 am"). Never guessed."""

from __future__ import annotations

import re
from datetime import datetime

from .fastdates import MONTHS, fast_parse
from ..model import PubDate

DATE_LINE = re.compile(
    r"^(?P<word>published|posted|first published|updated|last updated|date)(?:\s+on)?\s*[:\-–—]?\s*(?P<date>.{6,80}?)"
    r"(?:\s+by\s+[A-Z].{0,80})?$",  # "Posted on July 29, 2016 by Baxter Dmitry in News, US // 0 Comments"
    re.I,
)
# A wire dateline: a place, then the date, alone on an edge line ("AL-AIN, United Arab Emirates 1996-12-06",
# "LONDON, 6 December 1996"): the date is what the line states, the place is not taken for anything.
DATELINE = re.compile(
    r"^(?P<place>[A-Z][\w.'’()\- ]{1,40}(?:,\s*[A-Z][\w.'’()\- ]{1,40})?)[,\s]+"
    r"(?P<date>\d{4}-\d{2}-\d{2}|\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4}|[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4})$"
)
# an ISO 8601 timestamp joins the day and the time with a "T" ("2013-06-17T14:07:39-04:00"; fastdates reads it):
# no word boundary there
DAY_END = r"(?:\b|(?=T\d))"
TIME = re.compile(r"(?:\b|(?<=\dT))\d{1,2}[:.]\d{2}(?:\b|(?=Z\b))")
YEAR = re.compile(r"\b(1[89]\d\d|2\d\d\d)\b")
MONTH = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\b|\b\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}" + DAY_END, re.I
)
OTHER_LABEL = re.compile(r"^(?:correction|clarification|editor'?s note)\b", re.I)  # the date of a later change

_SETTINGS = {
    "REQUIRE_PARTS": ["day", "month", "year"],
    "RETURN_AS_TIMEZONE_AWARE": False,
    "PREFER_DAY_OF_MONTH": "first",
    "DATE_ORDER": "DMY",
    "STRICT_PARSING": True,
}


def parse_date(text: str) -> PubDate | None:
    """A full date (day, month and year) written in `text`, or None. Relative dates are refused."""
    if not (YEAR.search(text) and MONTH.search(text)):
        return None
    fast = fast_parse(text)
    if fast is not None:
        return to_pubdate(*fast)
    import dateparser  # imported lazily: it takes about a second

    text_for_parser = re.sub(r"\b(\d{4})-(\d{2})-(\d{2})\b", r"\3.\2.\1", text)  # ISO under DMY order
    try:
        parsed = dateparser.parse(text_for_parser, languages=["en"], settings=_SETTINGS)
    except Exception:  # dateparser raises a variety of errors on odd input
        return None
    if parsed is None:
        return None
    return to_pubdate(parsed, has_time=bool(TIME.search(text)))


def to_pubdate(moment: datetime, has_time: bool) -> PubDate:
    if has_time:
        return PubDate(moment.strftime("%Y-%m-%dT%H:%M"), moment.year, f"{moment.day} {moment:%B %Y, %H:%M}")
    return PubDate(moment.strftime("%Y-%m-%d"), moment.year, f"{moment.day} {moment:%B %Y}")


YEAR_ONLY = re.compile(r"^(?P<year>1[89]\d\d|2\d\d\d)$")
YEAR_MONTH = re.compile(r"^(?P<year>1[89]\d\d|2\d\d\d)-(?P<month>0?[1-9]|1[0-2])$")
MONTH_YEAR = re.compile(r"^(?P<name>[A-Za-z]{3,9})\.?,?\s+(?P<year>1[89]\d\d|2\d\d\d)$")


def parse_partial_date(text: str) -> PubDate | None:
    """A year ("2006") or a month ("2006-03", "March 2006") given as such, or None: the precision stated,
    never a made-up day. Only for metadata.yml, where the editor means exactly that (see ARCHITECTURE.md)."""
    text = text.strip()
    if match := YEAR_ONLY.match(text):
        return partial_pubdate(int(match["year"]))
    if match := YEAR_MONTH.match(text):
        return partial_pubdate(int(match["year"]), int(match["month"]))
    if (match := MONTH_YEAR.match(text)) and match["name"].lower() in MONTHS:
        return partial_pubdate(int(match["year"]), MONTHS[match["name"].lower()])
    return None


def partial_pubdate(year: int, month: int | None = None) -> PubDate:
    if month is None:
        return PubDate(f"{year:04d}", year, str(year))
    return PubDate(f"{year:04d}-{month:02d}", year, f"{datetime(year, month, 1):%B} {year}")


def date_in_line(text: str, standalone: bool) -> PubDate | None:
    """The date a line announces: "Published: …" anywhere, "Date: …" or a bare date where `standalone` allows
    (the edge lines: a "Date:" inside the text heads a quoted email or memo, not the article)."""
    match = DATE_LINE.match(text.split(" | ")[0].strip())  # "PUBLISHED: 14:11 EST, 25 October 2013 | UPDATED: ..."
    if match and (standalone or match.group("word").lower() != "date"):
        return parse_date(match.group("date"))
    if standalone and len(text.split()) <= 8 and not OTHER_LABEL.match(text):
        dateline = DATELINE.match(text.strip())
        return parse_date(dateline.group("date") if dateline else text)
    return None
