"""Sentence anchors for long paragraphs: a paragraph of more than LONG_PARAGRAPH characters is cited by
sentence (#p-1-s3), so a mention or quote in a 7,800-character paragraph does not cite all of it.

Pure functions of a block's text; the text itself is never changed, only cut into pieces to be wrapped.
Sentences are content.text's (abbreviations such as "U.S." kept inside)."""

from __future__ import annotations

from dataclasses import dataclass

from ..content.text import sentence_spans

LONG_PARAGRAPH = 1000  # characters above which a paragraph's sentences get anchors of their own

Piece = tuple[str, str]  # (text, actor slug or "") as article_actors.linked_segments makes them


@dataclass(frozen=True)
class Sentence:
    number: int  # 1, 2, ...; 0 for the space between two sentences
    pieces: tuple[Piece, ...]


def is_long(text: str) -> bool:
    return len(text) > LONG_PARAGRAPH


def sentence_number(text: str, position: int) -> int:
    """The number of the sentence at `position` (or of the last one that starts before it)."""
    starts = [start for start, _ in sentence_spans(text)]
    return max(1, sum(1 for start in starts if start <= position))


def cite_anchor(text: str, anchor: str, position: int) -> str:
    """The anchor that cites `position` of a block: its sentence's in a long paragraph, else the block's."""
    return f"{anchor}-s{sentence_number(text, position)}" if is_long(text) and position >= 0 else anchor


def cut(pieces: list[Piece], at: int) -> tuple[list[Piece], list[Piece]]:
    """Pieces before and after offset `at`; a linked piece is never cut (it stays where it starts)."""
    before, after, offset = [], [], 0
    for text, slug in pieces:
        end = offset + len(text)
        if end <= at or (slug and offset < at):
            before.append((text, slug))
        elif offset >= at:
            after.append((text, slug))
        else:
            before.append((text[: at - offset], slug))
            after.append((text[at - offset :], slug))
        offset = end
    return before, after


def by_sentence(text: str, pieces: list[Piece]) -> list[Sentence]:
    """The block's pieces grouped by sentence, with the spaces between sentences as number 0: joined
    again they are the text, unchanged."""
    out, rest, consumed = [], list(pieces), 0
    for number, (start, end) in enumerate(sentence_spans(text), start=1):
        gap, rest = cut(rest, max(0, start - consumed))
        consumed += sum(len(t) for t, _ in gap)
        inside, rest = cut(rest, max(0, end - consumed))
        consumed += sum(len(t) for t, _ in inside)
        if gap:
            out.append(Sentence(0, tuple(gap)))
        out.append(Sentence(number, tuple(inside)))
    if rest:
        out.append(Sentence(0, tuple(rest)))
    return out
