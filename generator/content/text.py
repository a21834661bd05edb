"""Small text helpers shared by the extractors: words, sentences, names, slugs."""

from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache

WORD = re.compile(r"[^\W_]+(?:[’'\-.][^\W_]+)*", re.UNICODE)
CLOSING = "\"'”’»)]"
TERMINAL = ".!?…"
ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "lt", "col", "jr", "sr", "no", "vs",
    "etc", "inc", "co", "corp", "ltd", "prof", "capt", "sgt", "maj", "adm", "pres", "rev", "hon", "mt",
    "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "approx", "dept", "est", "fig",
}
DOTTED = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")
SENTENCE_END = re.compile(r"([.!?…]+[" + re.escape(CLOSING) + r"]*)\s+(?=[\"“‘'(\[]?[A-Z0-9À-ÖØ-Þ])")


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
    return token.lower() in ABBREVIATIONS


def sentences(text: str) -> list[str]:
    """Split prose into sentences, keeping abbreviations such as "U.S." and "Mr." inside."""
    out, start = [], 0
    for match in SENTENCE_END.finditer(text):
        end = match.end(1)
        if match.group(1).startswith(".") and _is_abbreviation(text[start : match.start(1) + 1]):
            continue
        out.append(text[start:end].strip())
        start = match.end()
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return out


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
    """Where each sentence of text.sentences lies in the text (abbreviations such as U.S. kept)."""
    spans, at = [], 0
    for sentence in sentences(text):
        start = text.find(sentence, at)
        if start < 0:
            continue
        spans.append((start, start + len(sentence)))
        at = start + len(sentence)
    return tuple(spans)
