"""Where an article's quotes open and close (quotes.py asks who said them): a quote may run over several
paragraphs, as the newspaper convention writes it, or be run into one line with its paragraphs' opening marks;
a quote never closed ends where a mark reopens it. Pure functions of the article's blocks."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..model import Block

OPENING, CLOSING = "“\"", "”\""
MIN_WORDS = 3  # "Euro-sceptic" or a "deal breaker" in quotation marks is a term, not something said
SAID_NEAR = re.compile(r"[^.“”\"]{0,80}\b(?:said|says|added|told|wrote|asked|according)\b")


@dataclass(frozen=True)
class Passage:
    """One quote: from (block, offset) to (block, offset), the marks excluded."""

    first: int
    start: int  # offset of the opening mark in the first block
    last: int
    end: int  # offset just after the closing mark in the last block
    text: str


LOST_MARK = re.compile(r"\?")
APOSTROPHE_ENDS = ("s", "t", "re", "ll", "ve", "d", "m")
DECADE = re.compile(r"\d0s\b")


def restored_marks(text: str) -> str:
    """The text with each "?" that stood for a quotation mark or an apostrophe (a lossy conversion's, content flags the
    article) as the mark it was, one character for one, so every offset holds: "?" inside a word ("didn?t", "Kohli?s")
    an apostrophe, before a word after a space or at the start an opening mark, after one while a quote is open a
    closing mark ("?Electricity use has risen,? said Shah"); any other "?" stays a question mark."""
    out, open_quote = list(text), False
    for match in LOST_MARK.finditer(text):
        at = match.start()
        before, after = text[at - 1 : at], text[at + 1 : at + 3]
        if before.isalpha() and after[:1].isalpha() and any(text.startswith(end, at + 1) and not text[at + 1 + len(end) : at + 2 + len(end)].isalpha()
                                                               for end in APOSTROPHE_ENDS):
            out[at] = "’"
        elif DECADE.match(text, at + 1):
            out[at] = "’"  # "the ?90s"
        elif not open_quote and (not before or before.isspace() or before in "(—–-") and (after[:1].isalnum() or after[:1] in "…."):
            out[at], open_quote = "“", True
        elif open_quote and before and not before.isspace() and (not after or not after[:1].isalnum()):
            out[at], open_quote = "”", False
        elif before in (".", ",", "!", ":") and after[:1].isalpha():  # "…it.?We …", glued where the line breaks were lost
            out[at], open_quote = ("”", False) if open_quote else ("“", True)
    return "".join(out)


def with_marks_restored(blocks: list[Block], lost: bool) -> list[Block]:
    """The blocks, with their lost marks restored (restored_marks) where the article lost them (`lost`)."""
    return [replace(block, text=restored_marks(block.text)) for block in blocks] if lost else blocks


def passages(blocks: list[Block]) -> list[Passage]:
    found, i, at = [], 0, 0
    while i < len(blocks):
        text = blocks[i].text
        opening = first_of(text, OPENING, at)
        closing = closing_mark(text, opening + 1) if opening >= 0 else -1
        if opening < 0:
            i, at = i + 1, 0
        elif closing >= 0:
            found.append(Passage(i, opening, i, closing + 1, REOPENING.sub(" ", text[opening + 1 : closing]).strip()))
            at = closing + 1
        else:
            running = running_quote(blocks, i, opening) or cut_short(blocks[i].text, i, opening)
            if running:
                found.append(running)
            i, at = (running.last, running.end) if running else (i + 1, 0)  # go on after its end
    return [p for p in found if len(p.text.split()) >= MIN_WORDS]


REOPENING = re.compile(r"(?<=[.!?]) \"(?=[A-Z])")  # '… railways. "Free expression …': a paragraph of the quote run into the last


def closing_mark(text: str, at: int) -> int:
    """The mark that closes a quote opened before `at`, or -1: not one that reopens it after a sentence's end (a text
    that runs the quote's paragraphs into one line keeps their opening marks), nor a quote inside it ('he was the
    "Father of the House" and'); a said-clause's mark that opens a new quote ('Mr Milburn said: "Michael') means
    this one was never closed."""
    closing = first_of(text, CLOSING, at)
    while closing >= 0 and (REOPENING.match(text, closing - 1) or opens_another(text, closing)):
        if not REOPENING.match(text, closing - 1):
            if INTRODUCED.search(text, 0, closing):
                return -1
            closing = first_of(text, CLOSING, closing + 1)  # the inner quote's closing mark, then on
            if closing < 0:
                return -1
        closing = first_of(text, CLOSING, closing + 1)
    return closing


INTRODUCED = re.compile(r"(?::|\b(?:said|says|added|adds|told|tells),)\s+$")


def opens_another(text: str, mark: int) -> bool:
    """A straight mark with a space before it and a word after it opens a quote ('said: "Michael', 'the "Father');
    one with a space after it or at the end closes one ('Jimmy "the Whirlwind " White', '… documents. "'), and so
    does one before a said-clause ('use it, "he said', as wire copy is sometimes spaced)."""
    return mark > 0 and text[mark] == '"' and text[mark - 1].isspace() and text[mark + 1 : mark + 2].isalnum() \
        and not closes_quote(text, mark)


def cut_short(text: str, i: int, opening: int) -> Passage | None:
    """A quote a paragraph never closes and the next does not go on with ('He added: "We have survived so far.
    "Each one has …', 'Mr Milburn said: "Michael Howard's speech … for the country. In reference to …, Mr Milburn
    said: "Michael …'): it ends where the next mark opens a quote, at the last full stop before it."""
    mark = first_of(text, CLOSING, opening + 1)
    if mark < 0:
        return None
    if not text[mark - 1 : mark].isspace():
        return Passage(i, opening, i, mark + 1, text[opening + 1 : mark].strip())  # a closing mark after all
    end = max((stop.end() for stop in SENTENCE_END.finditer(text, opening + 1, mark)), default=-1)
    return Passage(i, opening, i, end, text[opening + 1 : end].strip()) if end > opening + 1 else None


SENTENCE_END = re.compile(r"[.!?]['’]?(?=\s)")  # "… bandwidth.' "


def first_of(text: str, marks: str, at: int) -> int:
    hits = [p for p in (text.find(mark, at) for mark in marks) if p >= 0]
    return min(hits) if hits else -1


def running_quote(blocks: list[Block], i: int, opening: int) -> Passage | None:
    """A quote opened in block i and not closed there: it goes on while the next paragraphs open again,
    and ends in the first that closes it, or with the article."""
    parts = [REOPENING.sub(" ", blocks[i].text[opening + 1 :]).strip()]
    if i == len(blocks) - 1 and opening == 0:  # the article's last paragraph, a quote whose closing mark was never set
        return Passage(i, opening, i, len(blocks[i].text), parts[0])
    for j in range(i + 1, min(len(blocks), i + 8)):
        text = blocks[j].text
        opens_again, first_mark = text[:1] in OPENING, first_of(text, OPENING + CLOSING, 0)
        if not opens_again and not text[:1].islower() and not closes_quote(text, first_mark) and not closed_later(blocks, j):
            return None  # a new paragraph that neither opens again nor goes on with the quote or the sentence
        body = text[1:] if opens_again else text
        # not the mark that reopens the quote after a full stop ('… tackled. "I would'); in a paragraph that does not open
        # again, its first mark closes the quote ('This cannot endure," Marlow told …')
        closing = closing_mark(body, 0) if opens_again else first_mark
        if closing >= 0:
            parts.append(REOPENING.sub(" ", body[:closing]).strip())
            return Passage(i, opening, j, closing + 1 + (len(text) - len(body)), " ".join(parts))
        parts.append(REOPENING.sub(" ", body).strip())
        if opens_again and j == len(blocks) - 1:  # the article ends in the quote: its last mark was never set (ABC Rural)
            return Passage(i, opening, j, len(text), " ".join(parts))
    return None


def closed_later(blocks: list[Block], j: int) -> bool:
    """Whether paragraph j goes on with a quote although it does not open again (wire copy often leaves
    the mark out): it has no quotation mark, and the next mark, in a paragraph of the next three, is
    that paragraph's only one and closes the quote, before a said-clause (“…, ” Charlton said.) or at
    its end."""
    for block in blocks[j : j + 4]:
        at = first_of(block.text, OPENING + CLOSING, 0)
        if at >= 0:
            return closes_quote(block.text, at) and first_of(block.text, OPENING + CLOSING, at + 1) < 0
    return False


def closes_quote(text: str, at: int) -> bool:
    """Whether the mark at `at` closes a quote: a said-clause follows it (“…,” Charlton said.) or the paragraph ends."""
    return at >= 0 and (SAID_NEAR.match(text, at + 1) is not None or not text[at + 1 :].strip())
