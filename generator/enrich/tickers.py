"""Stock tickers after a name, which make it a listed company's (names.py asks, after the cues of each run): the wire's
"Atlas Copco <ASTS ST>" (Reuters) and a press release's "Illumina Inc. (NASDAQ: ILMN)". The ticker itself is a code,
no organisation of its own. Spans are (start, end, type, name, cue) tuples, as paragraph_spans makes them."""

from __future__ import annotations

import re

from .lexicon import COMPANY_SUFFIXES, ORGANISATION

EXCHANGES = r"NYSE(?: American| Arca)?|NASDAQ|Nasdaq|AMEX|TSX(?:V)?|LSE|ASX|OTC(?:QX|QB)?|Euronext|Xetra|HKEX|SGX|NSE|BSE|JSE|NZX"
TICKER_AFTER = re.compile(rf"\s*(?:<[A-Z][A-Z0-9.]{{0,6}}(?: [A-Z]{{1,3}})?>|\((?:{EXCHANGES})\s*:\s*([A-Z][A-Z0-9.-]{{0,7}})[);])")  # "(NYSE:BRK-B)", "(TSX: ABX; NYSE: GOLD)"


def tickers(spans: list, text: str) -> list:
    """A name right before a ticker is an organisation, and the ticker in an exchange's bracket is no name."""
    if "<" not in text and ("(" not in text or ":" not in text):
        return spans  # most paragraphs: no ticker of either form
    codes, found = set(), []
    for start, end, kind, name, cue in spans:
        if (match := TICKER_AFTER.match(text, end)) and name not in COMPANY_SUFFIXES:  # not "Co" of "J.P.Morgan and Co <JPM>"
            kind, cue = ORGANISATION, cue if kind == ORGANISATION else "ticker"
            if match.group(1):
                codes.add(match.span(1))
        found.append((start, end, kind, name, cue))
    return [span for span in found if (span[0], span[1]) not in codes]
