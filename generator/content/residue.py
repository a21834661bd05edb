"""A web page's residue inside a paragraph, where a scraper that lost the line breaks left it: an Instagram or a
Twitter embed, a "Follow @htshowbiz for more", a "(Read | …)" or "ALSO READ: …" link to another story. The line
rules of structure.BOILERPLATE never see these; each cut is recorded as a RemovedLine of the paragraph's line, with
the text cut and the rule, so the reader sees what was taken out and why. Every rule needs the embed's own
formula ("A post shared by NAME (@handle) on Jul 23, 2017 at 3:08am PDT", "— NAME (@handle) July 31, 2017"):
prose never has it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import RemovedLine
from .structure import Unit

MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
INSTAGRAM = re.compile(rf"A post shared by [^()]{{1,80}}\(@[\w.]{{1,30}}\) on {MONTH} \d{{1,2}}, \d{{4}} at \d{{1,2}}:\d{{2}}\s?[ap]m P[DS]T")
CAPTION_START = re.compile(r"\s{3,}")  # the embed's caption starts after the run of blanks the scraper left before it
CAPTION_MAX = 500  # characters: longer than any caption in the Indian corpus (review 11), shorter than a paragraph
TWEET_BY = re.compile(rf"(?:\s*(?:pic\.twitter\.com|https?://t\.co)/\w+)?\s*(?:[?—–]|(?<=\s)-)\s?[^?—–()]{{1,60}}?\s+\(@\w{{1,15}}\) {MONTH} \d{{1,2}}, \d{{4}}")
TWEET_LINK = re.compile(r"(?:pic\.twitter\.com|https?://t\.co)/\w+")
TWEET_MAX = 300  # characters: a tweet's text was at most 140 in 2017, 280 since
# where a scraper glued two blocks: the end of a sentence, or of an embed's date, and a capital with no space between
GLUED = re.compile(r"(?<=[a-z0-9][.!?…]|[.!?…][\"'”’?])(?=[A-Z#@])|(?<=\d{4})(?=[A-Z])")
INLINE_RULES = (
    ("social prompt", re.compile(r"\s*\bFollow @\w{1,30} for more\b[.!]?")),  # "…wed in 2014.Follow @htshowbiz for more"
    # a picture's link left when its tweet's credit is gone; its code has ten characters ("…Bandookbaazpic.twitter.com/NbFBDWZHSpThen")
    ("Twitter link", re.compile(r"\s*(?:pic\.twitter\.com|https?://t\.co)/[A-Za-z0-9]{10}")),
    ("related link", re.compile(r"\s*\((?i:read|also read|watch)\s*\|\s*[^()]{3,200}\)")),  # "(Read | Virat Kohli …)", never "(see: Labour party)"
    ("related link", re.compile(r"\s*\bALSO READ(?![a-z]).{0,400}$")),  # "…at the end of the story.ALSO READ:Amit Shah in Lucknow: …"
    ("link marker", re.compile(r"\s*\(opens in (?:a )?new (?:tab|window)\)")),  # "Flobikes (opens in new tab) is your port of call"
)


NEEDLES = re.compile(r"opens in|A post shared by|\(@|Follow @|twitter\.com/|t\.co/|READ|Read more|\((?i:read|watch|also)")  # one scan for every rule


@dataclass(frozen=True)
class Cut:
    start: int
    end: int
    rule: str


def cut_inline_residue(items: list[Unit]) -> tuple[list[Unit], list[RemovedLine]]:
    """The units without the residue inside them, and the cuts as removed lines."""
    kept, removed = [], []
    for unit in items:
        cuts = residue_cuts(unit.text)
        if not cuts:
            kept.append(unit)
            continue
        removed += [RemovedLine(unit.line, unit.text[c.start : c.end].strip(), c.rule) for c in cuts]
        text = without(unit.text, cuts)
        if text:
            kept.append(Unit(unit.line, text))
    return kept, removed


def residue_cuts(text: str) -> list[Cut]:
    if not NEEDLES.search(text):
        return []
    cuts = (instagram_cuts(text) if "A post shared by" in text else []) + (tweet_cuts(text) if "(@" in text else []) + read_link_cuts(text)
    cuts += [Cut(m.start(), m.end(), rule) for rule, pattern in INLINE_RULES for m in pattern.finditer(text)]
    return merged(cuts)


def instagram_cuts(text: str) -> list[Cut]:
    """"…Dear Maya.    Thank you @chola_the_label ?? A post shared by Manisha Koirala (@m_koirala) on Jul 20, 2017 at
    1:12pm PDT Manisha adds …": the caption, after the run of blanks before it, and the credit."""
    cuts = []
    for match in INSTAGRAM.finditer(text):
        window = text[max(0, match.start() - CAPTION_MAX) : match.start()]
        blanks = list(CAPTION_START.finditer(window))
        start = match.start() - len(window) + blanks[-1].end() if blanks else match.start()
        cuts.append(Cut(start, match.end(), "Instagram embed"))
    return cuts


def tweet_cuts(text: str) -> list[Cut]:
    """"…the statement said.Delighted to meet the proud skipper … pic.twitter.com/qIQlOjPmHu? Narendra Modi (@narendramodi)
    July 27, 2017They said …": the credit and its link; the tweet's text too when a glued boundary opens it within a
    tweet's length, and it is not the quotation a colon announces ("saying in a Twitter message: Boeing is …")."""
    cuts: list[Cut] = []
    for match in TWEET_BY.finditer(text):
        link = TWEET_LINK.search(text, match.start(), match.end())
        end_of_text = link.start() if link else match.start()
        floor = max(cuts[-1].end if cuts else 0, end_of_text - TWEET_MAX)
        opening = [m.start() for m in GLUED.finditer(text, floor, end_of_text)]
        start = opening[-1] if opening else end_of_text
        if ": " in text[start:end_of_text] or not text[start:end_of_text].strip():
            start = end_of_text
        cuts.append(Cut(start, match.end(), "Twitter embed"))
    return cuts


def read_link_cuts(text: str) -> list[Cut]:
    """"…the semifinals.READ?|?PV Sindhu appointed as Deputy Collector in Andhra Pradesh governmentA shuttler from …": a
    link to another story's headline, which ends where a capital follows a small letter with no space between;
    none within a headline's length, or a full stop and a space before it (prose), and nothing is cut."""
    cuts = []
    for match in READ_LINK.finditer(text):
        end = HEADLINE_END.search(text, match.end(), match.end() + HEADLINE_MAX)
        if end and ". " not in text[match.end() : end.start()]:
            cuts.append(Cut(match.start(), end.start() + 1, "related link"))
    return cuts


READ_LINK = re.compile(r"(?<=[.!?\"'”’\d])(?:READ|Read more|READ MORE)[\s?]{0,2}\|[\s?]{0,2}(?=[A-Z0-9])")  # "READ?|?", the blanks around the bar lost as "?"
HEADLINE_END = re.compile(r"[a-z0-9](?=\??[A-Z][a-z ])|[A-Z](?=\?[A-Z][a-z ])")  # "…governmentA shuttler", "…with BCCI?Giles"
HEADLINE_MAX = 160


def merged(cuts: list[Cut]) -> list[Cut]:
    out: list[Cut] = []
    for cut in sorted(cuts, key=lambda c: (c.start, -c.end)):
        if out and cut.start < out[-1].end:
            longer = out[-1] if out[-1].end - out[-1].start >= cut.end - cut.start else cut
            out[-1] = Cut(out[-1].start, max(out[-1].end, cut.end), longer.rule)
        else:
            out.append(cut)
    return out


def without(text: str, cuts: list[Cut]) -> str:
    """The text with the cuts taken out; where one was, a space, unless it began or ended the text."""
    pieces, at = [], 0
    for cut in cuts:
        pieces.append(text[at : cut.start])
        at = cut.end
    pieces.append(text[at:])
    return " ".join(p.strip() for p in pieces if p.strip())
