"""Who said what in a transcript: the words after a speaker's label ("NEIL JONES: Race is a big part of games these
days.") are that speaker's, with no quotation marks; a label alone on its line ("SCOTT DETROW, HOST:") opens the next
paragraph. Only an article with two labelled paragraphs or more is read so: one label alone may be a heading's."""

from __future__ import annotations

from ..model import Article, Block, Mention, Quote
from .transcripts import LABEL

CUE = "a transcript's speaker label"


def transcript_quotes(article: Article, blocks: list[Block], by_anchor: dict[str, list[Mention]]) -> list[Quote]:
    """The quotes of each labelled paragraph whose label is a person's mention."""
    labels = [LABEL.match(block.text) if block.text[:2].isupper() else None for block in blocks]
    if sum(label is not None for label in labels) < 2:
        return []  # most articles: no transcript
    quotes = []
    for index, (block, label) in enumerate(zip(blocks, labels)):
        speaker = next((m for m in by_anchor.get(block.anchor, []) if m.start == 0), None) if label else None
        if speaker is None:
            continue
        said, said_in = block.text[label.end() :].strip(), block
        if not said and index + 1 < len(blocks) and labels[index + 1] is None:
            said, said_in = blocks[index + 1].text, blocks[index + 1]  # the label alone on its line: the next paragraph
        if len(said.split()) > 2:  # one or two words are a term, not a quote
            start = said_in.text.index(said)
            quotes.append(Quote(speaker.actor, said, article.id, said_in.number or 0, said_in.anchor, CUE, start))
    return quotes
