"""Organisations a text cites rather than tells of (actors.py asks for each mention): the outlet someone speaks
to, the author of a poll or survey. They keep their mentions, but make neither the story's company (who is
mentioned with whom) nor a link between two stories."""

from __future__ import annotations

import re

from .lexicon import NEWS_AGENCIES

SPOKEN_TO = re.compile(r"\b(?:told|tells|telling|warned|speaking to|talking to|interview with|interviewed by|writing in|wrote in"
                       r"|(?:speaking|appearing|interviewed|said) on)\s+(?:the\s+)?$")
MEDIA = re.compile(r"\b(?:BBC|ITV|CNN|Sky|Channel|News|Radio|TV|Television|Times|Telegraph|Guardian|Post|Journal|Mail|Express|Herald"
                   r"|Observer|Independent|Gazette|Chronicle|Tribune|Standard|Mirror|Magazine|Newsnight|Today)\b")
CITED_BEFORE = re.compile(r"\b(?:according to|(?:poll|survey|study|report|figures|data) (?:for|by|from))\s+(?:the\s+)?$")
CITED_AFTER = re.compile(r"(?:['’]s)?\s+(?:poll|polls|survey|surveys|study|report|figures|data)\b")


def cited_as_source(text: str, start: int, end: int) -> bool:
    """"told BBC News", "speaking to the Financial Times" (an outlet; not "told the House of Lords"), "a YouGov poll for
    the Daily Telegraph", "according to Pew Internet": the outlet a person speaks to, or the source of figures, which
    neither make the story's company (who is mentioned with whom) nor relate two stories."""
    before = text[max(0, start - 30) : start]
    if not before.rstrip().endswith(LAST_WORDS_BEFORE):
        return CITED_AFTER.match(text, end) is not None  # most names: no pattern before them can end there
    outlet = SPOKEN_TO.search(before) is not None and (MEDIA.search(text, start, end) is not None or text[start:end] in NEWS_AGENCIES)
    return outlet or CITED_BEFORE.search(before) is not None or CITED_AFTER.match(text, end) is not None


# how SPOKEN_TO and CITED_BEFORE end, before the spaces they end with: a text whose end, less its spaces, ends otherwise matches neither
LAST_WORDS_BEFORE = ("told", "tells", "telling", "warned", "to", "with", "by", "in", "on", "the", "for", "from")
