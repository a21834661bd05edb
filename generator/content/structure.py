"""The shape of a raw article: its lines, the boilerplate in them, and the body blocks.

Rules (also in ARCHITECTURE.md, "Extraction: Body structure"):
- A *unit* is one non-blank line; hard-wrapped files (short lines grouped by blank lines) are
  re-joined so that a unit is a paragraph.
- Boilerplate lines match one of BOILERPLATE; they leave the body but are recorded.
- In the body, a short line (at most 14 words) that does not end a sentence and is followed by a
  longer paragraph is a heading, unless it is a row of a table or a results line (numbers make a
  third of its words: "Ajax Amsterdam 3 PSV Eindhoven 1"). A paragraph that follows one ending in a colon is a block quote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from statistics import median

from ..model import Block, RemovedLine
from .text import GLUED_END, ends_sentence, ends_with, glued_boundaries, referenced_characters, word_count

HEADING_MAX_WORDS = 14
WRAP_WIDTH = 120  # characters: no hard-wrapped text has lines longer (one in 20 is let pass: a URL, a table's row)

AGENCY = (r"(?i:getty(?: images)?|wireimage|filmmagic|gc images|splash(?: news)?|rex(?: features)?|shutterstock|pa(?: photos| images| wire)?|"
          r"ap(?: photo)?|afp|epa|reuters|corbis|alamy(?: stock photo)?|wenn|backgrid|akm-gsi|gsi|x17(?: online)?|bauer-griffin|infphoto|fameflynet|"
          r"mega(?: agency)?|pacific coast news|instar|invision|startraks(?: photo)?|beimages|press association|camera press|eyevine)")
# a credit line: names then an agency, split by slashes ("Name / Agency"), or a show or a person then the platform
# the picture comes from ("Saturday Night Live/YouTube")
CREDIT = rf"(?:[\w.'’&-]+(?: [\w.'’&-]+){{0,4}}\s*/\s*)*{AGENCY}"
PLATFORM = r"YouTube|Instagram|Twitter|Facebook|Snapchat|NBC|ABC|CBS|FOX|Fox|HBO|Netflix|Bravo|MTV|CNN|BBC|ITV|Hulu"
CREDITED = rf"(?:{CREDIT}|(?:[A-Z][\w.'’&-]*(?: [\w.'’&-]+){{0,4}}\s*/\s*)+(?:{PLATFORM}))"



@dataclass(frozen=True)
class Guarded:
    """A pattern tried only on lines that hold one of `needles` (lower case) or, when they are CREDIT_ENDS, end with
    one: rules that look all along a line cost, without it, more than all the others together."""

    needles: tuple[str, ...] | frozenset[str]
    pattern: re.Pattern[str]
    any_case: bool = True  # False: the needles are looked for as written, without lower-casing the line first (cheaper)

    def match(self, text: str) -> re.Match[str] | None:
        if self.needles is CREDIT_ENDS:
            line = text.rstrip(".] ")
            found = line[max(line.rfind(" "), line.rfind("/"), line.rfind("[")) + 1 :].lower() in CREDIT_ENDS
        else:
            lower = text.lower() if self.any_case else text
            found = any(needle in lower for needle in self.needles)
        return self.pattern.match(text) if found else None


# the last word of a credit: an agency's or a platform's
CREDIT_ENDS = frozenset(
    "getty images wireimage filmmagic splash news rex features shutterstock pa photos wire ap photo afp epa reuters corbis alamy "
    "wenn backgrid akm-gsi gsi x17 online bauer-griffin infphoto fameflynet mega agency instar invision startraks beimages "
    "association press eyevine times".split()) | {name.lower() for name in PLATFORM.split("|")}

BOILERPLATE: list[tuple[str, re.Pattern[str] | Guarded]] = [
    ("breadcrumb", re.compile(r"^(?:home|start|front page)\s*(?:[/›»>|]\s*[^/›»>|]+){1,6}$", re.I)),
    ("link to the original", re.compile(r"^(?:read|view|see|continue reading)\b.{0,20}\b(?:original|full)\b.{0,20}\b(?:article|story|post|report)\b.{0,10}$", re.I)),
    ("comment prompt", re.compile(r"^(?:post a comment|leave a comment|add a comment|comments?)(?:\s+(?:for|on)\b.*)?$", re.I)),
    ("share prompt", re.compile(r"^(?:share(?: this(?: article| story| post| page)?)?(?: (?:on|with|via) [\w+ ]{2,20})?|tweet|print|email|"
                                r"click to (?:share|email|print)(?: (?:on|with|via) [\w+ ]{2,20})?(?:\s*\(opens in (?:a )?new window\))?)$", re.I)),
    ("advertisement", re.compile(r"^(?:advertisement|sponsored(?: content)?|ad)$", re.I)),
    ("sponsored", re.compile(r"^(?i:a message from|sponsored by|presented by|paid for by|brought to you by)\s+[A-Z][^.!?\"“”]{1,60}$")),
    ("newsletter prompt", re.compile(r"^(?:sign up|subscribe)\b.{0,80}\b(?:newsletter|updates|inbox)\b.*$", re.I)),
    # the same, after a teaser ("Can't get enough of Us? Sign up now for the Us Weekly newsletter…"), and the
    # publication's call to follow it; never in a line that quotes someone
    ("newsletter prompt", Guarded(("sign up", "subscribe"), re.compile(r"^[^\"“”]{0,120}?[.!?,]\s+(?:sign up|subscribe)(?: now| today| here)?\s+(?:for|to)\b[^\"“”]{0,80}?"
                                     r"\b(?:newsletter|digital edition|youtube|channel|podcast|updates|inbox|alerts)\b[^\"“”]{0,200}$", re.I))),
    # a teaser for a newsletter or a channel that ends in its button ("… my daily morning newsletter, How To LA. … Subscribe",
    # "Love cricket? Get daily updates … on HT Crickit YouTube channel. Subscribe Now")
    ("newsletter prompt", Guarded(("Subscribe", "Sign up", "Sign Up"), any_case=False, pattern=re.compile(r"^[^\"“”]{0,400}\b(?:newsletter|channel|updates|inbox)\b[^\"“”]{0,300}[.!?]\s+"
                                                                     r"(?:Subscribe|Sign up|Sign Up)(?: now| Now| today| Today| here)?[.!]?$"))),
    # the outlet's appeal for money about its paywall ("I don't like paywalls. … Here at CleanTechnica, we implemented …")
    ("appeal", Guarded(("paywall",), any_case=False, pattern=re.compile(r"^(?=[^\"“”]*\bpaywalls?\b)(?=[^\"“”]*\bHere at [A-Z][\w.]*,? we\b)[^\"“”]{0,1500}$"))),
    ("social prompt", Guarded(("like us", "'like'", "‘like’", "follow us"), re.compile(r"^[^\"“”]{0,200}?\b(?:like us on facebook|follow us on (?:twitter|instagram|facebook)|"
                                 r"(?:hit|click) ['‘’]?like['‘’]? on our)\b[^\"“”]{0,200}$", re.I))),
    ("related links header", re.compile(r"^(?:related(?: articles| stories| posts)?|read more|read next|up next|more stories|more from .{1,40}|"
                                        r"recommended(?: for you)?|you (?:may|might) also like|most (?:read|popular)|trending(?: now)?|"
                                        r"before you go,? we thought you['’]d like these(?:\.\.\.|…)?|et prime - popular industry stories)\s*:?$", re.I)),
    ("related link", re.compile(r"^related(?: video| videos| gallery| photos?| story| stories| articles?| links?| coverage| reading)?:\s.{3,160}$", re.I)),
    # a teaser in capitals for a gallery or a video elsewhere on the site ("PHOTOS: See All of Kylie Jenner's Hairstyles")
    ("related link", re.compile(r"^(?:PHOTOS?|VIDEOS?|GALLERY|PICTURES|SLIDESHOW|WATCH|SEE ALSO|READ MORE|MORE)\s*:\s.{3,160}$")),
    # the same in a headline's case: "More on plastics: Pollution Is Shrinking …", "More:Berry parfait …", "Magazine: Best and worst …"
    ("related link", re.compile(r"^(?:More(?: on [\w'’ -]{2,40})?|Magazine|(?:[A-Z]\w+ )?Full coverage):\s?[A-Z0-9][^\"“”]{3,160}$")),
    # a link that ends in an arrow ("See the most-read stories in Entertainment this hour »")
    ("related link", re.compile(r"^[A-Z][^.!?\"“”»›]{2,120}[»›]$")),
    # the scraps a copied web page leaves: a video player and its titles, share buttons, photo credits, file names
    ("video player", re.compile(r"^(?:play(?: video)?|replay|fullscreen|modal trigger|watch(?: video| now)?|video|/|\d+ photos?|\d{1,2}:\d{2}(?:\s*/\s*\d{1,2}:\d{2})?)$", re.I)),
    ("video title", re.compile(r"^\d{1,2}:\d{2} [^.!?]{3,120}[–—-] ?video$", re.I)),  # "00:28 Felicity Cloake tries a chip butty – video"
    ("video title", re.compile(r"^(?=(?:\S+\s+){3})[^.!?]{2,159}?[^\s\d.!?](?<!\bat)(?<!\bfrom)(?<!\buntil)(?<!\bby)(?<!\bto)\s*(?:play video)?\s*\d{1,2}:\d{2}$", re.I)),
    ("video prompt", re.compile(r"^watch\b[^\"“”]{0,200}(?:\bbelow\s*[.:!]?|:)$", re.I)),  # "Watch the clip below:", its player gone
    ("photo label", re.compile(r"^(?:photos?|pictures?|gallery|images?|view gallery\s*-\s*\d+ images?)$", re.I)),  # "VIEW GALLERY - 2 IMAGES"
    # the Washington Post's bar, over the story and under it: "Listen 9 min Comment on this story Comment Gift Article Share"
    ("share buttons", re.compile(r"^(?:(?:listen \d{1,3} min|comment on this story|comments?|gift ?outline|gift article|share|save)(?:\s+|$)){2,}$", re.I)),
    ("share buttons", re.compile(r"^(?:.{0,200}\bfacebook twitter (?:google plus |pinterest )?embed|(?:(?:pick|share|embed|e-?mail|facebook|twitter|pinterest|"
                                r"google\s?plus|google\+|linkedin|whatsapp|reddit|tumblr|print|copy link|messenger)\W*){2,})$", re.I)),
    ("prompt", re.compile(r"^(?:sign up|learn more|log in|sign in|subscribe|follow)$", re.I)),  # "Follow": an embedded tweet's button
    # a caption's credit at its end: "(Jonathan Ernst/Reuters)", "… year. (John J. Kim / Chicago Tribune)", "Photographs: Linda
    # Nylind/The Guardian", "| Photo Credit: PTI", "Image Credit: Illumina", "… capsule. Credit: NASA/GSFC/Univ. of Arizona"
    ("photo credit", re.compile(r"^.{0,400}(?:\((?:Photo: )?[A-Z][\w.'’ -]{1,40}(?:/[^()/\s,][^()/,]{1,40}|(?<=\s)/ [^()/\s,][^()/,]{1,40})+\)|"
                               r"\(Photo: [^()]{2,60}\)|(?:Photo|Photograph|Image|Picture)s?(?::| by| courtesy| [Cc]redit:?) [^.]{2,60})$")),
    ("photo credit", Guarded(("Credit: ",), any_case=False, pattern=re.compile(r"^.{0,400}[.!?]\s+Credit: [A-Z](?:(?!\.\s+[A-Z])[^!?]){1,80}$"))),
    # a credit, then its caption: "FG Trade via Getty Images", "PixelsEffect via Getty Images Diabetics may need Ozempic …"
    ("photo caption", re.compile(r"^[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,4} via (?:Getty Images|Shutterstock|Alamy|iStock(?:photo)?)(?:\s.{0,400})?$")),
    # a caption's source, on a short line: "Coinbase stock one-year price chart. Source: TradingView"
    # or on a caption that ends no sentence, in brackets: "The good news is that grip strength … improve (Source: Freepik)"
    ("photo credit", Guarded(("Source: ",), any_case=False, pattern=re.compile(r"^(?:.{0,160}[.!?]\s+Source: [A-Z][\w.'’ -]{1,40}|"
                                                                             r"[^.!?\"“”]{10,300}\s\(Source: [A-Z][^()]{1,60}\))$"))),
    ("affiliate notice", Guarded(("Associates Program", "affiliate commission"), any_case=False,
                                 pattern=re.compile(r"^.{0,200}\b(?:a participant in the Amazon Services LLC Associates Program|affiliate commission)\b.{0,600}$"))),
    ("photo credit", re.compile(r"^(?:(?:Illustration|Photo|Photograph|Image)s?:\s?[A-Z][\w.'’ -]{1,40}(?:/[\w.'’ -]{1,40})*\s*){1,3}$")),
    ("photo caption", re.compile(r"^(?:Enlarge this image\s+)?toggle caption\b.{0,200}$", re.I)),  # NPR's picture, as its page reads
    # "Copyright © 2023 NPR. All rights reserved. …"; "The-CNN-Wire & 2023 Cable News Network, Inc., …" (its ™ and © lost)
    ("copyright", Guarded(("rights reserved", "Rights Reserved", "RIGHTS RESERVED"), any_case=False, pattern=re.compile(
        r"^[^\"“”]{0,80}(?:©|\(c\)|copyright|&\s*(?:19|20)\d\d)[^\"“”]{0,200}\ball rights reserved\b[^\"“”]{0,300}$", re.I))),
    # an opinion page's note under a letter or a column ("This letter does not necessarily reflect the opinion of The Forum's …")
    ("disclaimer", re.compile(r"^(?:This|The) (?:letter|column|article|commentary|opinion piece|op-ed|piece|views?|opinions?)(?: expressed)?"
                              r"(?: here| above| in this \w+)? (?:does|do|may) not necessarily (?:reflect|represent)\b[^\"“”]{0,300}$")),
    ("comment prompt", Guarded(("comments",), any_case=False, pattern=re.compile(
        r"^[^\"“”]{0,200}\b(?:share your thoughts|let us know|tell us)\b[^\"“”]{0,80}\bin the comments(?: below| section)?\s*[.!]?$", re.I))),
    # a credit alone: agencies, or photographers and agencies ("Tristan Fewings / Getty Images", "Rex/Getty",
    # "Rochlin/Hand in Hand/Getty Images; Clint Spaulding/WWD/REX/Shutterstock"); a caption that ends in one
    # ("…sketch together. Saturday Night Live/YouTube", "…in Atlanta yesterday[AKM-GSI]", "Left, by …/WireImage; …")
    ("photo credit", Guarded(CREDIT_ENDS, re.compile(rf"^(?:{CREDIT}(?:\s*[;,]\s*{CREDIT})*|.{{0,400}}?(?:[.!?]\s+{CREDITED}|\[{CREDIT}\])|"
                                rf".{{0,400}}?[.!?]\s+Credit\s+[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){{0,3}} for (?:The )?[A-Z]\w*(?: [A-Z]\w*){{0,3}}|"
                                rf"(?i:left|right|top|bottom|above|below|inset|main)\s*[,:].{{0,300}}(?:\bby|\bfrom|/|:)\s*{AGENCY}\.?)$"))),
    ("photo credit", re.compile(r"^\((?:[A-Z]{2,10}[\s?])?(?i:photo|file|file photo|pic|picture)\)$")),  # "(HT Photo)", "(HT?FILE)" alone on a line
    ("image file name", re.compile(r"^(?=\S*[a-z])(?:[a-z0-9]+(?:[-_][a-z0-9]+){2,}|[a-z]{12,}|\S+\.(?:jpe?g|png|gif))$")),
    ("stray letter", re.compile(r"^[A-Z]$")),  # a drop capital left on a line of its own
    ("wire sign-off", re.compile(r"^(?:Reuter|REUTER)$")),  # the agency's name alone closing its story (Reuters 1987)
    ("contributors", re.compile(r"^[^.!?]{0,200}\b(?:contributed|contributing) (?:to )?(?:this|the) (?:report|story|article|reporting)\s*\.?$", re.I)),
]
EMAIL_HEADER = re.compile(r"^(?:To|From|Cc|Bcc|Subject|Sent|Date):\s")  # a quoted email's header: text, not a heading


@dataclass(frozen=True)
class Unit:
    line: int  # 1-based line number in the file
    text: str


def units(text: str, blank_lines_before: int = 0) -> list[Unit]:
    """Non-blank lines, or re-joined paragraphs when the file is hard-wrapped, numbered as the lines of the
    file, which has `blank_lines_before` the text; a web page's character references read as their characters."""
    lines = text.split("\n")
    groups: list[list[Unit]] = [[]]
    indented: set[int] = set()  # lines that open with spaces or a tab
    for number, line in enumerate(lines, start=1 + blank_lines_before):
        if line.strip():
            groups[-1].append(Unit(number, referenced_characters(line.strip())))
            if line[:1] in (" ", "\t"):
                indented.add(number)
        elif groups[-1]:
            groups.append([])
    groups = [g for g in groups if g]
    flat = [u for g in groups for u in g]
    if _hard_wrapped(groups, flat):
        return [Unit(p[0].line, " ".join(u.text for u in p)) for g in groups for p in indented_paragraphs(g, indented)]
    return flat


def indented_paragraphs(group: list[Unit], indented: set[int]) -> list[list[Unit]]:
    """A hard-wrapped group cut where a line indented after one that is not opens a paragraph, as wire copy marks its
    paragraphs with no blank line between ("    WASHINGTON, Feb 26 - The Tower …" / "says President …" / "    “This is
    …"); a group indented throughout, or not at all, is one paragraph."""
    paragraphs = [[group[0]]]
    for before, unit in zip(group, group[1:]):
        if unit.line in indented and before.line not in indented:
            paragraphs.append([])
        paragraphs[-1].append(unit)
    return paragraphs


def _hard_wrapped(groups: list[list[Unit]], flat: list[Unit]) -> bool:
    """Short lines grouped by blank lines, most of them broken inside a sentence (after a word or a comma), hardly
    any longer than a wrapped line is: not a paragraph a line, each ending its sentence, as some copied pages are
    ("Number of states won:", "Trump: 30"), nor long paragraphs between short captions and list items."""
    multi = [g for g in groups if len(g) > 1]
    if len(flat) < 4 or len(multi) < max(1, len(groups) // 3):
        return False
    if sum(1 for u in flat if len(u.text) > WRAP_WIDTH) > len(flat) // 20:
        return False  # lines no wrapping width allows: a paragraph a line, between captions, list items, tweets
    breaks = [u.text for g in multi for u in g[:-1]]
    inside = sum(1 for text in breaks if text[-1:].islower() or text.endswith(","))
    return median(len(u.text) for u in flat) < 90 and 2 * inside >= len(breaks)


def boilerplate_rule(text: str) -> str | None:
    for rule, pattern in BOILERPLATE:
        if pattern.match(text.strip()):
            return rule
    return None


# a file's first line shaped like a teaser is its headline ("WATCH: Marla Maples Gets Emotional …" on a page of its own)
NOT_ON_THE_FIRST_LINE = {"related link", "video prompt"}


def split_boilerplate(items: list[Unit]) -> tuple[list[Unit], list[RemovedLine]]:
    kept, removed = [], []
    for index, unit in enumerate(items):
        rule = boilerplate_rule(unit.text)
        if rule and not (index == 0 and rule in NOT_ON_THE_FIRST_LINE):
            removed.append(RemovedLine(unit.line, unit.text, rule))
        else:
            kept.append(unit)
    return sponsors_copy(*captions_above_credits(kept, removed))


def captions_above_credits(kept: list[Unit], removed: list[RemovedLine]) -> tuple[list[Unit], list[RemovedLine]]:
    """A short line that ends no sentence, right above a credit alone ("Trump greets supporters in Alabama" over
    "Mark Wallheiser/Getty Images", no blank line between) or above a gallery's label, a blank line between or not
    ("Artist interpretation of VHS 1256b" over "VIEW GALLERY - 2 IMAGES"): the picture's caption, not a heading or a paragraph."""
    credits = {r.line for r in removed if r.rule == "photo credit" and word_count(r.text) <= 8}
    credits |= {r.line - gap for r in removed if r.rule == "photo label" and "gallery" in r.text.lower() for gap in (0, 1)}
    captions = [u for u in kept if u.line + 1 in credits and word_count(u.text) <= 20 and not ends_with(u.text, ".!?:")]
    if not captions:
        return kept, removed
    return [u for u in kept if u not in captions], removed + [RemovedLine(u.line, u.text, "photo caption") for u in captions]


def sponsors_copy(kept: list[Unit], removed: list[RemovedLine]) -> tuple[list[Unit], list[RemovedLine]]:
    """An advertisement's title and blurb, on the lines right under its sponsor ("A Message from Bank of New York" /
    "Selling a Business: Preparing for the Windfall" / "There is no hard-and-fast rule … Click to learn more…"): a
    title that ends no sentence, then at most 40 words; the text after them stays, even with no blank line between."""
    by_line = {u.line: u for u in kept}
    copy = []
    for sponsor in (r.line for r in removed if r.rule == "sponsored"):
        title, blurb = by_line.get(sponsor + 1), by_line.get(sponsor + 2)
        if title and word_count(title.text) <= HEADING_MAX_WORDS and not ends_sentence(title.text):
            copy += [title] + ([blurb] if blurb and word_count(blurb.text) <= 40 else [])
    if not copy:
        return kept, removed
    return [u for u in kept if u not in copy], removed + [RemovedLine(u.line, u.text, "sponsored") for u in copy]


LOST_BREAKS = (2, 200)  # glued sentence ends at least, and words at most for each


def lost_paragraph_breaks(items: list[Unit]) -> list[Unit]:
    """A body of one paragraph cut where a scraper dropped its paragraph breaks, every character kept, each piece a
    paragraph (or a subheading) of the same line: at its glued sentence ends when there are two at least and one
    every 200 words ("…the dharna.Sharad Yadav (JD-U) raised…", as in 249 of 250 scraped Indian stories, review
    11), and around a subheading in capitals between two sentences ("…a scuffle. SHARMA FIGHTING FOR LIFESharma
    is battling…"). A text whose sentences are all spaced, and that has no such subheading, stays one paragraph."""
    if len(items) != 1:
        return items
    unit = items[0]
    ends = glued_boundaries(unit.text) if len(GLUED_END.findall(unit.text)) >= LOST_BREAKS[0] else []  # a quick count first
    glued = ends if len(ends) >= LOST_BREAKS[0] and word_count(unit.text) <= LOST_BREAKS[1] * len(ends) else []
    glued = [at for at in glued if not inside_a_quote(unit.text, at)]
    cuts = sorted({0, *glued, *(at for span in subheads(unit.text) for at in span), len(unit.text)})
    return [Unit(unit.line, unit.text[a:b]) for a, b in zip(cuts, cuts[1:]) if unit.text[a:b].strip()] or items


def inside_a_quote(text: str, at: int) -> bool:
    """Whether a quotation opened before `at` is still open there: a glued end inside a quote is a sentence of the
    quote, which a paragraph break would cut from its speaker ("Kiran told the publication, "They had … screening.First,
    they told us …")."""
    before = text[:at]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


# a subheading in capitals at the start of the text or after a sentence's end, before a sentence glued to it or not
# ("SHARMA FIGHTING FOR LIFESharma is battling…", "…mangrove cell. SAVING THE NATURAL COAST GUARDS While India has…")
GLUED_SUBHEAD = re.compile(r"(?:^|(?<=[.!?])['\"’”)]?\s*)(?P<head>['\"‘“?]?[A-Z0-9][A-Z0-9&'’.-]*(?:\s+[A-Z0-9&'’.-]+){1,9}?['\"’”?]?)"
                           r"(?:\s+(?=[A-Z'\"‘“?][a-z])|(?=[A-Z][a-z]+(?![A-Za-z])))")  # not "…TO UFOsParts"
QUOTES = "'\"‘’“”?"
CAPITALS_RUN = re.compile(r"[A-Z]{2}[A-Z&'’.-]*\s+[A-Z0-9&'’.-]*[A-Z]{2}")  # two words in capitals: what every subheading has
HEADING_WORDS = frozenset("THE OF FOR TO IN ON AND IS WITH FROM AT BY NOT AN AS".split())


def subheads(text: str) -> list[tuple[int, int]]:
    """Where each subheading in capitals starts and its paragraph does: two words at least, one of them a function
    word or two of five letters or more, so that "BJP MLA Sangeet Som said" or "UP CM Yogi" is no heading."""
    found: list[tuple[int, int]] = []
    if not CAPITALS_RUN.search(text):
        return found
    for match in GLUED_SUBHEAD.finditer(text):
        words = re.findall(r"[A-Z0-9&'’.-]+", match.group("head"))
        if sum(len(word) >= 5 for word in words) >= 2 or HEADING_WORDS.intersection(words):
            head = match.group("head")
            unopened = head[-1] in QUOTES and head[0] not in QUOTES  # "…RESULTS MESS\"The information": the next one's
            found.append((match.start("head"), match.end("head") - 1 if unopened else match.end()))
    return found


def is_heading(unit: Unit, following: Unit | None) -> bool:
    if following is None or word_count(unit.text) > HEADING_MAX_WORDS or word_count(unit.text) == 0:
        return False
    if is_table_row(unit.text) or EMAIL_HEADER.match(unit.text):
        return False
    if ends_sentence(unit.text) and not ends_with(unit.text, "?"):  # an exclamation is a sentence ("No baby gifts here, please!")
        return False
    first = unit.text.lstrip("\"“‘'")[:1]
    if not (first.isupper() or first.isdigit()):
        return False
    if following.line == unit.line + 1 and word_count(following.text) <= HEADING_MAX_WORDS and not ends_sentence(following.text):
        return False  # the next line, right under it, is as short and unfinished: items of a list ("Mike Lee, Senator of Utah")
    return word_count(following.text) > word_count(unit.text)


NUMBER = re.compile(r"[(.+-]?\d[\d.,:/-]*\)?%?")  # "3", "(4)", ".889", "4-38", "1:50.51", "22/11/96", "5,500"


def is_table_row(text: str) -> bool:
    """A results line or a row of a table ("Ajax Amsterdam 3 PSV Eindhoven 1", "HOUSTON 16 2 .889 -"): two
    of its words or more, and a third of them at least, are numbers. It is a paragraph, never a heading."""
    tokens = text.split()
    numbers = sum(1 for token in tokens if NUMBER.fullmatch(token.rstrip(".,;")))
    return numbers >= 2 and 3 * numbers >= len(tokens)


def body_blocks(items: list[Unit]) -> list[Block]:
    """Headings, numbered paragraphs and block quotes, with stable anchors p-N and h-N."""
    blocks: list[Block] = []
    number = heading_number = 0
    previous_colon = False
    for index, unit in enumerate(items):
        following = items[index + 1] if index + 1 < len(items) else None
        if not previous_colon and is_heading(unit, following):
            heading_number += 1
            blocks.append(Block("heading", unit.text, unit.line, None, f"h-{heading_number}"))
            previous_colon = False
            continue
        number += 1
        kind = "quote" if previous_colon else "paragraph"
        blocks.append(Block(kind, unit.text, unit.line, number, f"p-{number}"))
        previous_colon = kind == "paragraph" and unit.text.rstrip().endswith(":")
    return blocks
