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
from array import array
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

# An article's words, by word, each with its count in the title and in the paragraphs, as one string
# "word t p word t p …" (a tuple of tuples took 18 KB an article, 0.9 GB at 50,000; this about 2 KB)
Terms = str


def fold(text: str) -> str:
    """Lower case without accents, as the search code folds what is typed."""
    return MARKS.sub("", unicodedata.normalize("NFD", text)).lower()


def words(text: str) -> list[str]:
    return WORD.findall(fold(text))


def article_terms(article: Article) -> Terms:
    """Each word of the title and the paragraphs, with how often each holds it."""
    title = Counter(words(article.title.value or "Untitled"))
    text = Counter(word for block in article.paragraphs for word in words(block.text))
    return " ".join(f"{word} {title[word]} {text[word]}" for word in sorted(title.keys() | text.keys()))


def term_counts(terms: Terms) -> Iterator[tuple[str, int, int]]:
    """(word, count in the title, count in the paragraphs) of article_terms' string."""
    items = terms.split(" ") if terms else []
    for i in range(0, len(items), 3):
        yield items[i], int(items[i + 1]), int(items[i + 2])


def field_lengths(terms: Terms) -> tuple[int, int]:
    counts = list(term_counts(terms))
    return sum(t for _, t, _ in counts), sum(p for _, _, p in counts)


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


def encoded(postings: array | tuple) -> str:
    """number, count, number, count… in rising numbers as "gap" or "gap:count", comma-separated."""
    numbers, counts = postings[0::2], postings[1::2]
    gaps = [number - last for last, number in zip((0, *numbers), numbers)]
    return ",".join(str(gap) if count == 1 else f"{gap}:{count}" for gap, count in zip(gaps, counts))


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
    """Every word's postings from (number, terms) in any order, by word (each word's held as an array
    of number, count, number, count…: 16 bytes a posting, not a tuple's 100)."""
    title: dict[str, array] = {}
    text: dict[str, array] = {}
    for number, terms in sorted(numbered, key=lambda pair: pair[0]):
        items = terms.split(" ") if terms else []
        for word, in_title, in_text in zip(items[0::3], items[1::3], items[2::3]):
            for field, count in ((title, in_title), (text, in_text)):
                if count != "0":
                    held = field.get(word)
                    if held is None:
                        held = field[word] = array("q")
                    held.extend((number, int(count)))
    return [Posting(word, encoded(title.get(word, ())), encoded(text.get(word, ()))) for word in sorted(title.keys() | text.keys())]


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
