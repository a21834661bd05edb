"""The inverted index for search from disk (file://), split so that a query loads only what its words
need: each article's words counted once (a part, reused while the article is unchanged), joined into
postings per word, the words cut into small scripts by their first letters (offline.py lists them as
pages). The browser hands what it loads to MiniSearch (generator/templates/search/minisearch.js).

Each article has a number of its own (`doc_numbers`: from its id, not its place among the others,
so an edit renumbers nothing and an added article seldom moves another), and the postings name
articles by it: an edit rewrites the scripts of the words it changed, the table of articles and its
record file, not the whole index."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from itertools import groupby
from typing import Iterable, Iterator

from ..model import Article

WORD = re.compile(r"[^\W_]+")  # letters and digits, as archive.js's /[\p{L}\p{N}]+/u
MARKS = re.compile("[\u0300-\u036f]")
TERMS_LIMIT = 48_000  # bytes of postings a word script holds before its words are cut by one more letter
LONGEST_PREFIX = 8  # beyond that a group of words stays in one script, however large
FIELDS = ("t", "p")  # title, paragraphs: MiniSearch's field ids 0 and 1

Terms = tuple[tuple[str, int, int], ...]  # (word, count in the title, count in the paragraphs), by word


def fold(text: str) -> str:
    """Lower case without accents, as the search code folds what is typed."""
    return MARKS.sub("", unicodedata.normalize("NFD", text)).lower()


def words(text: str) -> list[str]:
    return WORD.findall(fold(text))


def article_terms(article: Article) -> Terms:
    """Each word of the title and the paragraphs, with how often each holds it."""
    title = Counter(words(article.title.value or "Untitled"))
    text = Counter(word for block in article.paragraphs for word in words(block.text))
    return tuple((word, title[word], text[word]) for word in sorted(title.keys() | text.keys()))


def field_lengths(terms: Terms) -> tuple[int, int]:
    return sum(t for _, t, _ in terms), sum(p for _, _, p in terms)


def slots_for(count: int) -> int:
    """The size of the number space: a power of two at least twice the articles (fixed while the
    archive grows within it)."""
    return 1 << max(4, (2 * count - 1).bit_length())


def doc_numbers(ids: Iterable[str]) -> dict[str, int]:
    """A number per article from its id's hash (the next free one when taken, ids in order)."""
    ids = sorted(ids)
    size, taken = slots_for(len(ids)), {}
    for article_id in ids:
        slot = int.from_bytes(hashlib.blake2b(article_id.encode(), digest_size=8).digest(), "big") % size
        while slot in taken:
            slot = (slot + 1) % size
        taken[slot] = article_id
    return {article_id: slot for slot, article_id in taken.items()}


def base36(number: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    text = ""
    while True:
        number, digit = divmod(number, 36)
        text = digits[digit] + text
        if not number:
            return text


def encoded(postings: list[tuple[int, int]]) -> str:
    """(number, count) in rising numbers as "gap" or "gap:count" in base 36, comma-separated."""
    last, out = 0, []
    for number, count in postings:
        gap = base36(number - last)
        out.append(gap if count == 1 else f"{gap}:{base36(count)}")
        last = number
    return ",".join(out)


@dataclass(frozen=True)
class Posting:
    """One word's articles: its title postings and paragraph postings, encoded."""

    word: str
    title: str
    text: str

    @property
    def size(self) -> int:
        return len(self.word) + len(self.title) + len(self.text) + 10


def postings(numbered: Iterable[tuple[int, Terms]]) -> list[Posting]:
    """Every word's postings from (number, terms) in any order, by word."""
    title: dict[str, list[tuple[int, int]]] = {}
    text: dict[str, list[tuple[int, int]]] = {}
    for number, terms in sorted(numbered, key=lambda pair: pair[0]):
        for word, in_title, in_text in terms:
            if in_title:
                title.setdefault(word, []).append((number, in_title))
            if in_text:
                text.setdefault(word, []).append((number, in_text))
    return [Posting(word, encoded(title.get(word, [])), encoded(text.get(word, []))) for word in sorted(title.keys() | text.keys())]


def shards(found: list[Posting], length: int = 1) -> Iterator[tuple[str, list[Posting]]]:
    """The words cut into scripts by their first letters: a group larger than TERMS_LIMIT is cut by one
    more letter (the word that is the group's prefix itself, if any, keeps a script of its own), so a
    word lives in the script whose name is the longest name it starts with."""
    for prefix, group in groupby(found, key=lambda posting: posting.word[:length]):
        group = list(group)
        if sum(p.size for p in group) <= TERMS_LIMIT or length >= LONGEST_PREFIX:
            yield prefix, group
            continue
        exact = [p for p in group if p.word == prefix]
        if exact:
            yield prefix, exact
        yield from shards([p for p in group if p.word != prefix], length + 1)


def shard_file(prefix: str) -> str:
    """A file name for a script of words: ASCII letters and digits as they are, others by code point."""
    return "".join(c if c.isascii() and c.isalnum() else f"_{ord(c):x}_" for c in prefix)
