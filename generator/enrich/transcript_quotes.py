"""Who said what in a transcript: the words after a speaker's label ("NEIL JONES: Race is a big part of games these
days.") are that speaker's, with no quotation marks; a label alone on its line ("SCOTT DETROW, HOST:") opens the next
paragraph. Only an article with two labelled paragraphs or more is read so (one label alone may be a heading's), and
only words in the first or second person ("I", "we", "you") are taken as spoken: a label before a summary in the third
person ("TRUMP: Has promised tariffs of 10 percent") or before a paragraph with quotes of its own is no speech."""

from __future__ import annotations

import re

from ..model import Article, Block, Mention, Quote
from .transcripts import speaker_label

CUE = "a transcript's speaker label"
SPOKEN = re.compile(r"\bI\b|\bI['’](?:m|ve|d|ll)\b|(?i:\b(?:me|my|we|us|our|you|your)\b|\b(?:we|you)['’](?:re|ve|ll|d)\b)")
QUOTATION_MARKS = ("“", "”", '"')


def transcript_quotes(article: Article, blocks: list[Block], by_anchor: dict[str, list[Mention]]) -> list[Quote]:
    """The quotes of each labelled paragraph whose label is a person's mention, whole."""
    labels = [speaker_label(block.text) for block in blocks]
    if sum(label is not None for label in labels) < 2:
        return []  # most articles: no transcript
    quotes = []
    for index, (block, label) in enumerate(zip(blocks, labels)):
        speaker = next((m for m in by_anchor.get(block.anchor, []) if m.start == 0 and m.end == label.name_end), None) if label else None
        if speaker is None:
            continue
        said_in, start = block, label.end + len(block.text[label.end :]) - len(block.text[label.end :].lstrip())
        if start == len(block.text) and index + 1 < len(blocks) and labels[index + 1] is None:
            said_in, start = blocks[index + 1], 0  # the label alone on its line: the next paragraph
        said = said_in.text[start:].strip()
        if len(said.split()) > 2 and SPOKEN.search(said) and not any(mark in said for mark in QUOTATION_MARKS):
            quotes.append(Quote(speaker.actor, said, article.id, said_in.number or 0, said_in.anchor, CUE, start))
    return quotes
