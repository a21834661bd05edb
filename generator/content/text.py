"""Small text helpers shared by the extractors: words, sentences, names, slugs."""

from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache

# a person's name as a byline, a sign-off or a tagline writes it: "Sahil Gupta", "Patrick J. Sommer", "Ellie Violet Bramley"
PERSON_NAME = r"[A-Z][a-z’'\-]+(?: [A-Z]\.)?(?: (?:[A-Z][a-z’'\-]+|Mc[A-Z][a-z]+)){1,2}"

WORD = re.compile(r"[^\W_]+(?:[’'\-.][^\W_]+)*", re.UNICODE)
CLOSING = "\"'”’»)]"
TERMINAL = ".!?…"
ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "lt", "col", "jr", "sr", "no", "vs",
    "etc", "inc", "co", "corp", "ltd", "prof", "capt", "sgt", "maj", "adm", "pres", "rev", "hon", "mt",
    "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "approx", "dept", "est", "fig",
}
DOTTED = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")
SENTENCE_END = re.compile(r"([.!?…]+[" + re.escape(CLOSING) + r"]*)\s+(?=[\"“‘'(\[?]?[A-Z0-9À-ÖØ-Þ])")


# "&#233;", "&#xE9;", "&eacute;": a web page's character references, left in text copied from its source
CHARACTER_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def referenced_characters(line: str) -> str:
    """The line with each character reference read as the character it stands for ("communiqu&#233;" ->
    "communiqué", "AT&amp;T" -> "AT&T"); one that names no character, or a control character or a line
    break, which would move the text's lines, stays as written ("&madeup;", "&#10;")."""
    if "&" not in line:
        return line
    return CHARACTER_REFERENCE.sub(_character, line)


def _character(match: re.Match) -> str:
    character = html.unescape(match.group())
    printable = len(character) == 1 and character != "\ufffd" and unicodedata.category(character) not in ("Cc", "Cs")
    return character if printable else match.group()


def words(text: str) -> list[str]:
    return WORD.findall(text)


def word_count(text: str) -> int:
    return len(words(text))


def _is_abbreviation(before: str) -> bool:
    token = before.rsplit(None, 1)[-1] if before.strip() else ""
    token = token.lstrip("\"“‘'([").rstrip(".")
    if len(token) == 1 and token.isalpha():
        return True  # initials: "J. D. Vance"
    if DOTTED.fullmatch(token):
        return True  # "U.S", "J.D"
    last = token.rsplit(".", 1)[-1]  # "said.Mr", "then-U.S": a capital after a dot, where a scraper glued two sentences
    return token.lower() in ABBREVIATIONS or (last[:1].isupper() and (last.lower() in ABBREVIATIONS or len(last) == 1))


# a sentence end glued to the next sentence's capital, as scrapers that lose paragraph breaks leave it
# ("…was not admitted…dharna.Sharad Yadav (JD-U) raised"); a capital then a small letter, so that "U.S.A",
# "Amazon.com" and "3.5" are never cut; "?" is also a quotation mark a lossy conversion left ("Mataram.?Athawale");
# never after an ellipsis, which runs on as often as it ends ("I'm A Celebrity...Get Me Out of Here!")
GLUED_END = re.compile(r"([.!?][" + re.escape(CLOSING) + r"?]*)(?=[\"“‘'(\[?]?[A-Z][a-z])")
GLUED_AFTER = re.compile(r"[^\W_]|[%)\]\"'”’]")  # the character before the mark: a letter, a digit, a bracket or a quote
NOT_PROSE = ("/", "@", "www", "http")  # a web address or a handle: "www.HindustanTimes.com", "@Dhoni.Fan"


def _boundaries(text: str) -> list[tuple[int, int]]:
    """(end of a sentence, start of the next) for every boundary after a space and every glued one."""
    found = [(m.end(1), m.end(), m.group(1)) for m in SENTENCE_END.finditer(text)]
    if any(m in text for m in ".!?…"):
        found += [(m.end(1), m.end(1), m.group(1)) for m in GLUED_END.finditer(text) if m.start() and GLUED_AFTER.match(text, m.start() - 1) and _glued(text, m)]
        found.sort()
    out = []
    for end, start, mark in found:
        start_of_mark = end - len(mark)
        if mark.startswith(".") and _is_abbreviation(text[max(0, start_of_mark - 60) : start_of_mark + 1]):  # its last word
            continue
        if end == start and len(mark) > 1 and mark[-1] in "?\"" and _quote_marks(text, out[-1][1] if out else 0, start_of_mark, mark[-1]) % 2 == 0:
            end = start = start_of_mark + len(mark.rstrip(mark[-1]))  # "carpet.\"It's", "said.?We": the next sentence's opening mark
        out.append((end, start))
    return out


QUESTION_AS_QUOTE = re.compile(r"(?<![^\W\d_])\?|\?(?![^\W\d_])")  # not between two letters, as in "Kohli?s"


def _quote_marks(text: str, start: int, end: int, mark: str) -> int:
    return len(QUESTION_AS_QUOTE.findall(text, start, end)) if mark == "?" else text.count(mark, start, end)


def glued_boundaries(text: str) -> list[int]:
    """Where a sentence ends glued to the next, with no space between ("dharna.Sharad Yadav")."""
    return [end for end, start in _boundaries(text) if end == start]


def _glued(text: str, match: re.Match) -> bool:
    left = text.rfind(" ", 0, match.start(1)) + 1
    right = text.find(" ", match.end(1))
    token = text[left : right if right >= 0 else len(text)]
    before, after = token[: match.start(1) - left], token[match.end(1) - left :]
    if any(marker in token for marker in NOT_PROSE) or DOTTED_WORDS.search(after) or DOTTED_WORDS.search(before):
        return False  # "Halo.Bungie.Org", a web address
    if match.group(1).startswith("??") or (match.group(1) == "?" and before[-1:].isalpha()) or WEB_NAME_END.match(after):
        return False  # "American????Comrade", "on?Friday": emoji and blanks a lossy conversion left; "LeanIn.Org"
    word, next_word = before.rsplit(".", 1)[-1].lstrip("\"“‘'(["), re.match(r"\W*\w*", after).group()
    return not (len(word) <= 2 and word[:1].isupper() and word[1:].islower() and len(next_word.strip("\"“‘'([?")) <= 3)  # "Ph.Ds"


WEB_NAME_END = re.compile(r"(?:Org|Com|Net|Gov|Edu)\b")


DOTTED_WORDS = re.compile(r"[^\W\d_]\.[^\W\d_]")


def sentences(text: str) -> list[str]:
    """Split prose into sentences, keeping abbreviations such as "U.S." and "Mr." inside; a sentence glued to
    the next with no space ("dharna.Sharad Yadav") ends there too."""
    out, start = [], 0
    for end, following in _boundaries(text):
        if end <= start:
            continue
        out.append(text[start:end].strip())
        start = following
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return [sentence for sentence in out if sentence]


def ends_sentence(text: str) -> bool:
    return ends_with(text, TERMINAL + ",;:")


def ends_with(text: str, chars: str) -> bool:
    """Whether the text's last character before its closing quotes and brackets is one of `chars`;
    a space before a closing quote counts for nothing ('"I don't negotiate," he said. "')."""
    stripped = text.rstrip().rstrip(CLOSING + " ")
    return bool(stripped) and stripped[-1] in chars


def name_case(name: str) -> str:
    """'Sergiu ISAENCO' -> 'Sergiu Isaenco'; mixed-case tokens and initials ('K.T.') are kept as written."""
    return " ".join(
        "-".join(part.capitalize() for part in token.split("-")) if token.isupper() and len(token) > 2 and "." not in token else token
        for token in name.split()
    )


NOT_IN_A_SLUG = re.compile(r"[^a-z0-9]+")  # compiled once: re.sub looks a pattern up in its cache at every call


def slugify(text: str, max_length: int = 60) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = NOT_IN_A_SLUG.sub("-", ascii_text.lower()).strip("-")
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0]
    return slug or "x"


def free_slug(name: str, used: set[str]) -> str:
    """slugify(name), or with -2, -3, ... after it while that is taken; the slug is added to `used`."""
    base = slugify(name)
    slug, n = base, 2
    while slug in used:
        slug, n = f"{base}-{n}", n + 1
    used.add(slug)
    return slug


def truncate_words(text: str, limit: int) -> str:
    tokens = text.split()
    if len(tokens) <= limit:
        return text
    return " ".join(tokens[:limit]).rstrip(",;:—–-") + "…"


@lru_cache(maxsize=4096)  # every mention and passage in a paragraph asks for the same paragraph's spans
def sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where each sentence of text.sentences lies in the text (abbreviations such as U.S. kept): each stretch between
    two boundaries, less the spaces around it, where it is not only spaces. (Counted in place: what lies between a
    sentence and the next is spaces, so finding each stripped sentence from the last one's end finds it there.)"""
    spans, start = [], 0
    for end, following in _boundaries(text):
        if end > start:
            stripped_span(text, start, end, spans)
            start = following
    stripped_span(text, start, len(text), spans)
    return tuple(spans)


def stripped_span(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    """Add (start, end) of text[start:end] stripped of spaces, if anything is left."""
    part = text[start:end]
    kept = part.lstrip()
    if kept:
        start += len(part) - len(kept)
        spans.append((start, start + len(kept.rstrip())))


# "?" where a lossy conversion left a quotation mark or an apostrophe: before a capital after a blank ("?With soaring
# temperatures"), after a comma before a blank ("…increased,? said"), between a word and its "s" or "t" ("didn?t")
QUESTION_FOR_QUOTE = re.compile(r",\?(?=\s)|(?<=\s)\?(?=[A-Z])|(?<=[a-z])\?(?=(?:s|t|re|ll|ve|d|m)\b)")
QUOTATION_MARKS = re.compile(r"[\"“”„«»]")


def lost_quotation_marks(text: str) -> bool:
    """Whether "?" stands for the quotation marks: a text with no quotation mark and at least two "?" where one would
    be (199 scraped Hindustan Times stories, review 11; no text of the other corpora)."""
    if "?" not in text or QUOTATION_MARKS.search(text):
        return False
    return sum(1 for _ in zip(range(2), QUESTION_FOR_QUOTE.finditer(text))) == 2
