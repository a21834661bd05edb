"""Who said what: direct quotes of an article, each given to the person the text names as its speaker.

- A quote may run over several paragraphs (where it opens and closes: quote_marks.py); the whole
  quote is kept, under its first paragraph.
- The speaker is named next to it (attribute: "X said: “…”", "“…,” X said", "“…,” said X"), or
  by a pronoun right after or before it ("“…,” he said", "She added: “…”") or a title ("the general
  added"): then the speaker is the person mentioned last before the quote, in its paragraph or the
  two before, or back to where the last quote's speaker was named (a "she" never a man's given name,
  a "he" never a woman's; "the general", one written with that title).
- Words quoted inside reported speech ("Jordan told a news conference the move was “outrageous
  behaviour”", "Maeve Sherlock called the plans “…”") are the speech's subject's, unless someone else
  speaks between ("Mr Blair recalls how Bill Clinton advised him: “…”") or the quote is named as
  another's ("a call for him to “pause for thought” from Charles Kennedy").
- The person spoken to is never the speaker: in "He told Ms Sturgeon: “…”" Ms Sturgeon is skipped.
- Only people speak: mentions of organisations and places are never speakers.
- A quotation of one or two words is a term, not a quote.
"""

from __future__ import annotations

import re

from ..content.text import sentence_spans
from ..model import Article, Block, Mention, Quote
from .lexicon import LOWER_CUES
from .pronoun_sexes import PRONOUN_SEX, may_be, role_references, sexes_by_pronouns
from .quote_marks import SAID_NEAR, Passage, passages, with_marks_restored
from .transcript_quotes import transcript_quotes

ADDRESSEE = re.compile(r"\b(?:told|asked|urged|thanked|warned|reminded|assured|accused?|accusing|criticised|attacked|blamed|challenged|called on|(?<!according )to)\s+(?:[A-Z][\w.]*\s+){0,3}$")  # "told Ms ", "told Prime Minister "; "according to" names the source
PRONOUN_VERBS = ("said|says|added|told|wrote|insisted|warned|declared|explained|continued|replied|joked|quipped|admitted|argued"
                 "|(?:was|is|were|are)\\s+(?:due|expected)\\s+to\\s+(?:say|tell)|will\\s+say")  # "…," he was due to say
# verbs only after a quote ("“…,” he noted"): before one, "She noted a sign in the crowd, which read: “…”" is the sign's
VERBS_AFTER_ONLY = ("noted|stressed|conceded|acknowledged|observed|agreed|predicted|cautioned|countered|responded|blustered"
                    "|recalled(?!\\s+(?:his|her|their)\\s+[^.“”\"]{0,40}\\b(?:saying|telling|say|tell|said)\\b)")
# not "“…,” he recalled his father, Joe, saying": the father's words
# verbs whose object a quote inside reported speech is: "Maeve Sherlock called the plans “…”", "he accused the Tory leader of “…”"
REPORT_VERBS = "called|calls|described|describes|dubbed|termed|slammed|blasted|characterized|characterised|deemed|" \
               "accused|branded|dismissed|labelled|condemned|criticised|praised|welcomed|promised|pledged|vowed|claimed|urged|hailed|attacked|denied"
PRONOUN_AFTER = re.compile(rf"[\s,]*(?P<who>he|she|the\s+[a-z][a-z-]+)\s+(?:{PRONOUN_VERBS}|{VERBS_AFTER_ONLY})\b", re.I)
PRONOUN_BEFORE = re.compile(rf"\b(?P<who>He|She|he|she)\s+(?:told\s+[^:“\"]{{1,40}}?|{PRONOUN_VERBS})[^.“\"]{{0,60}}?[,:]\s*$")
# "He said the man shouted: “…”": between his verb and the quote someone else speaks
ANOTHER_SPEAKS = re.compile(r"\b(?:said|says|shouted|shouts|told|asked|yelled|screamed|cried|replied|added|wrote)\b[^.]*\b(?:said|says|shouted|shouts|told|asked|yelled|screamed|cried|replied|added|wrote)\b")
LOOK_BACK = 2  # paragraphs before a quote searched for the person a pronoun stands for
# a designer's name on what someone wears or carries is no one who speaks ("high Christian Louboutin boots, … she says")
WORN = re.compile(r"\s+(?:boots|shoes|heels|pumps|sandals|sneakers|dress|gown|suit|tuxedo|jacket|coat|skirt|jumpsuit|bag|handbag|clutch|sunglasses)\b")


def article_quotes(article: Article, mentions: list[Mention], people: set[str]) -> list[Quote]:
    blocks = with_marks_restored(article.paragraphs, article.lost_quotation_marks)
    by_anchor: dict[str, list[Mention]] = {}
    for mention in mentions:
        if mention.actor in people:
            by_anchor.setdefault(mention.anchor, []).append(mention)
    sexes = sexes_by_pronouns(blocks, by_anchor)
    quotes, previous, unnamed = [], None, None  # previous: (passage, speaker) of the quote before; unnamed: one said by no one named
    for passage in passages(blocks):
        first = blocks[passage.first]
        speaker, cue = named_speaker(passage, blocks, by_anchor)
        by_no_one_named = speaker is None and said_by_no_one_named(passage, first, by_anchor)
        if speaker is None and not by_no_one_named and not (unnamed and not named_since(unnamed, passage, by_anchor, blocks)):
            speaker, cue = pronoun_speaker(passage, blocks, by_anchor, previous, sexes)
        if speaker is None:
            speaker, cue = reported_speaker(passage, blocks, by_anchor)
        if speaker is None and previous and not by_no_one_named and goes_on(previous[0], passage, blocks) \
                and not named_between(previous, passage, by_anchor, blocks):
            speaker, cue = previous[1], "the quote before goes on"
        if speaker is None and not by_no_one_named and not (previous and not named_between(previous, passage, by_anchor, blocks)):
            speaker, cue = follows_reported_speech(passage, blocks, by_anchor)
        if speaker is not None:
            quotes.append(Quote(speaker.actor, passage.text.rstrip(","), article.id, first.number or 0, first.anchor, cue, passage.start))
        previous = (passage, speaker) if speaker is not None else None
        unnamed = passage if speaker is None and by_no_one_named else None
    labelled = transcript_quotes(article, blocks, by_anchor)
    return sorted(quotes + labelled, key=lambda quote: (quote.paragraph, quote.start)) if labelled else quotes


def sentence_opening(text: str, position: int) -> int:
    """Where the sentence that holds `position` starts."""
    return next((a for a, b in sentence_spans(text) if a <= position < b), 0)


SAID_BEFORE = re.compile(r"\b(?:said|says|added|told)\b[^.“”\"]{0,40}[,:]?\s*$")  # "A spokesman for the alliance said: “…”"


def said_by_no_one_named(passage: Passage, block: Block, by_anchor: dict[str, list[Mention]]) -> bool:
    """A said-clause right before the quote, in a sentence that names no person before it ("A spokesman for the
    alliance said: “…”")."""
    opening = sentence_opening(block.text, passage.start)
    return SAID_BEFORE.search(block.text[: passage.start]) is not None and SOMEONE.match(block.text, opening) is not None \
        and not any(opening <= m.start < passage.start for m in by_anchor.get(block.anchor, []))


SOMEONE = re.compile(r"\s*(?:But\s+|And\s+)?(?:A|An)\s")  # "A spokesperson for Delta Airlines told …": someone the text does not name


def named_since(before: Passage, passage: Passage, by_anchor: dict[str, list[Mention]], blocks: list[Block]) -> bool:
    """Whether a person is named between a quote whose speaker the text does not name and the next quote: if not, a
    "he said" after it is that unnamed speaker ("A spokesman said: “…” He said …")."""
    for index in range(before.last, passage.first + 1):
        low = before.end if index == before.last else 0
        high = passage.start if index == passage.first else len(blocks[index].text)
        if any(low <= m.start < high for m in by_anchor.get(blocks[index].anchor, [])):
            return True
    return False


def goes_on(before: Passage, passage: Passage, blocks: list[Block]) -> bool:
    """A quote with no said-clause of its own, right after a quote whose speaker is known, in the same
    paragraph or opening the next: the same person goes on speaking."""
    if SAID_NEAR.match(blocks[passage.last].text, passage.end):
        return False
    if before.last == passage.first:
        text = blocks[passage.first].text
        if SOMEONE.match(text, before.end):
            return False  # "“…” A spokeswoman for Human Rights Watch said …. She added: “…”": someone else
        opens_sentence = text[: passage.start].rstrip()[-1:] in ("", ".", "!", "?", ":", "\"", "”")  # not a term mid-sentence
        return not text[before.end : passage.start].strip(" ,.") or (opens_sentence and SAID_NEAR.match(text, before.end) is not None)
    return before.last == passage.first - 1 and passage.start == 0


def named_between(previous: tuple[Passage, Mention], passage: Passage, by_anchor: dict[str, list[Mention]], blocks: list[Block]) -> bool:
    """Whether someone other than the last speaker is named between the two quotes, after the sentence
    that closes the first ("… she said. And Menzies Campbell said it was vital …: “…”"): then the quote
    does not simply go on."""
    before, speaker = previous
    said_clause_end = next((b for a, b in sentence_spans(blocks[before.last].text) if a <= before.end < b), before.end)
    for index in range(before.last, passage.first + 1):
        low = said_clause_end if index == before.last else 0  # not "“…,” said Stroyev, who met Yeltsin …"
        high = passage.start if index == passage.first else len(blocks[index].text)
        if any(low <= m.start < high and m.actor != speaker.actor for m in by_anchor.get(blocks[index].anchor, [])):
            return True
    return False


def named_speaker(passage: Passage, blocks: list[Block], by_anchor: dict[str, list[Mention]]) -> tuple[Mention | None, str]:
    """The person named in the said-clause before the quote's start (in its paragraph, or ending the one
    before with a colon) or after its end."""
    first, last = blocks[passage.first], blocks[passage.last]
    before = [m for m in by_anchor.get(first.anchor, []) if m.end <= passage.start and not ADDRESSEE.search(first.text[: m.start])]
    speaker, cue = attribute(first.text, passage.start, passage.start + 1, before)
    if speaker is not None and speaker.end <= passage.start:
        return speaker, cue
    if passage.start == 0 and passage.first and blocks[passage.first - 1].text.rstrip().endswith(":"):
        lead = blocks[passage.first - 1]
        speakers = [m for m in by_anchor.get(lead.anchor, []) if not ADDRESSEE.search(lead.text[: m.start])]
        speaker, cue = attribute(lead.text, len(lead.text), len(lead.text), speakers)
        if speaker is not None:
            return speaker, cue
    after = [m for m in by_anchor.get(last.anchor, []) if m.start >= passage.end]
    signed = next((m for m in after if passage.start == 0 and SIGNED.fullmatch(last.text, passage.end, m.start)
                   and SIGNATURE_ENDS.match(last.text, m.end)), None)
    if signed:
        return signed, last.text[passage.end : signed.end].strip(" ”\"")  # a pull quote: "“…” - Jessica Sprengle, therapist"
    return attribute(last.text, passage.end - 1, passage.end, after)


SIGNED = re.compile(r"[”\"]?\s*[-–—―]\s*")
SIGNATURE_ENDS = re.compile(r"\s*(?:$|[,.(])")  # "- Jessica Sprengle, therapist", "— Donald Trump."; not "— Donald Trump's supporters chanted"


def pronoun_speaker(passage: Passage, blocks: list[Block], by_anchor: dict[str, list[Mention]],
                    previous: tuple[Passage, Mention] | None, sexes: dict[str, str]) -> tuple[Mention | None, str]:
    """"“…,” he said", "She added: “…”" or "“…,” the general added": the person mentioned last before
    the quote (not one spoken to; one of the pronoun's sex, or written with the title), back to the
    quote before, whose speaker it is when no one is named since; else LOOK_BACK paragraphs back (a
    title: the whole article)."""
    first, last = blocks[passage.first], blocks[passage.last]
    after = PRONOUN_AFTER.match(last.text, passage.end)
    before = PRONOUN_BEFORE.search(first.text[: passage.start]) or reporting_pronoun(passage, first.text)
    if before and ANOTHER_SPEAKS.search(before.group(0)):
        before = None
    if not after and not before:
        return None, ""
    cue, who = (after.group(0) if after else before.group(0)).strip(" ,:"), (after or before).group("who").lower()
    limit = before.start() if before else passage.start
    spoken_to = {m.actor for m in by_anchor.get(first.anchor, []) if limit <= m.start < passage.start}  # "He told Ms Sturgeon:"
    if who in PRONOUN_SEX and unnamed_subject(first.text, limit):
        return None, ""  # "A spokeswoman for the office said …. “…,” she said": someone the text does not name
    since = 0 if who not in PRONOUN_SEX else previous[0].last if previous else passage.first - LOOK_BACK
    text_of = {block.anchor: block.text for block in blocks}
    spoken_to |= named_in_quote(passage, blocks, by_anchor)  # "'Nobody can take on Modi ji,' he said" is not Modi's
    for index in range(passage.first, max(-1, since - 1), -1):
        block = blocks[index]
        named = [(m.end, m) for m in by_anchor.get(block.anchor, []) if not another_subject_speaks(block.text, m.start, m.end)]
        roles = role_references(blocks, index, by_anchor)
        candidates = [(end, m) for end, m in named + roles
                      if (index < passage.first or end <= limit)
                      and (not previous or index > previous[0].last or who not in PRONOUN_SEX
                           or (end > previous[0].end and not same_sentence(block.text, previous[0].start, m.start)))
                      and m.actor not in spoken_to and not (m.anchor == block.anchor and ADDRESSEE.search(block.text[: m.start]))
                      and may_be(who, m, text_of.get(m.anchor, ""), sexes) and not WORN.match(text_of.get(m.anchor, ""), m.end)]
        if candidates:
            return subject_of_last_sentence(candidates, block, roles), cue
        if previous and index == previous[0].last and previous[1].actor not in spoken_to \
                and may_be(who, previous[1], text_of.get(previous[1].anchor, ""), sexes):
            return previous[1], cue  # no one named since the quote before: its speaker goes on
    return None, ""


def named_in_quote(passage: Passage, blocks: list[Block], by_anchor: dict[str, list[Mention]]) -> set[str]:
    """The actors a short quote names: a speaker seldom names himself, so none of them is the "he" who said it (in a
    long one, or one whose closing mark is missing, a name may be the reporter's words after it)."""
    if passage.first != passage.last or passage.end - passage.start > SHORT_QUOTE:
        return set()
    return {m.actor for m in by_anchor.get(blocks[passage.first].anchor, []) if passage.start <= m.start and m.end <= passage.end}


SHORT_QUOTE = 300  # characters


def same_sentence(text: str, a: int, b: int) -> bool:
    """Whether two places of a paragraph are in one sentence: a name after a quote in its sentence is not who a later
    "he" is ("… a “fundamental lack of trust” of Tony Blair. He said …" is the quote's speaker)."""
    return sentence_opening(text, a) == sentence_opening(text, b)


PRONOUN_REPORTS = re.compile(rf"(?:But\s+|And\s+)?(?P<who>He|She)\s+(?:then\s+|also\s+|later\s+)?(?:(?:has|had)\s+)?(?:{PRONOUN_VERBS}|{REPORT_VERBS})\b[^“”\"]*$")


def reporting_pronoun(passage: Passage, text: str) -> re.Match | None:
    """"He said a residency rule would end “at a stroke this fundamental iniquity”": words quoted inside the
    reported speech of a sentence that opens with a pronoun and a said-verb (one paragraph's quote only)."""
    if passage.first != passage.last:
        return None
    opening = sentence_opening(text, passage.start)
    return PRONOUN_REPORTS.match(text[: passage.start], opening)


SUBJECT_SPEAKS = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]he\s+[a-z]+(?:\s+[a-z]+)?)\s+(?:said|says|told|added|claimed|argued|insisted|warned)\b")


def another_subject_speaks(text: str, start: int, end: int) -> bool:
    """"the chancellor said the cuts proposed by shadow chancellor Oliver Letwin were …", "Asked if Mr Blunkett could
    return …": someone unnamed or a pronoun speaks in the sentence before the name, or a question is about the name,
    so the name is not who "he" stands for later."""
    opening = sentence_opening(text, start)
    asked = ASKED_ABOUT.search(text, opening, start) is not None and not NAME_THEN_VERB.match(text, end)  # not "Asked …, Lord Rennard said"
    return SUBJECT_SPEAKS.search(text, opening, start) is not None or asked


ASKED_ABOUT = re.compile(r"\b[Aa]sked (?:if|whether|about|why|how|what|when)\b")  # "Asked if Mr Blunkett could return, he replied": not him


UNNAMED = re.compile(r"(?:^|[.!?][\"”’']?\s+)(?:(?:But|And)\s+(?:a|an|the|one)|A|An|The|One)\s+(?:[\w'’-]+\s+){0,5}?(?:spokes(?:man|woman|person)|official|source|aide|diplomat|analyst|trader|dealer)\b[^.!?]*[.!?]\s*(?:But\s+|And\s+)?$")


def unnamed_subject(text: str, start: int) -> bool:
    """Whether the sentence just before a quote opens with someone unnamed ("A spokeswoman for the
    Information Commissioner's Office said …")."""
    return UNNAMED.search(text[:start]) is not None


def subject_of_last_sentence(candidates: list[tuple[int, Mention]], block: Block, roles: list[tuple[int, Mention]]) -> Mention:
    """Of the people named in a paragraph before a pronoun, the first of the last sentence that names one:
    its subject ("Tory shadow home secretary David Davis warned ... for which Tony Blair recently
    apologised ... “…,” he told" is Davis), or the one a said-verb goes with ("It was no good Mr Blair
    claiming ..., argued Mr Howard. ... he added:" is Howard)."""
    text, last = block.text, max(end for end, _ in candidates)
    opening = next((a for a, b in sentence_spans(text) if a < last <= b), 0)
    in_sentence = [m for _, m in sorted((pair for pair in candidates if pair[0] > opening), key=lambda pair: pair[0])]
    speaking = [m for m in in_sentence if m.anchor == block.anchor and (SPEAKS_AROUND.search(text[max(opening, m.start - 25) : m.start])
                                                                         or NAME_THEN_VERB.match(text, m.end))]
    speaking += [m for end, m in roles if end > opening and m not in speaking]  # "Mr Brown's Budget was …, the Tory leader said"
    return (speaking or in_sentence)[0]


SPEAKS_AROUND = re.compile(r"\b(?:said|says|argued|added|insisted|told|warned)\s+(?:[A-Z][\w.’'-]*\s+){0,3}$")


def reported_speaker(passage: Passage, blocks: list[Block], by_anchor: dict[str, list[Mention]]) -> tuple[Mention | None, str]:
    """Words quoted inside reported speech: "Peters said the talks had reached “about the same level”":
    the person who opens the sentence with a said-verb before the quote."""
    if passage.first != passage.last:
        return None, ""
    block = blocks[passage.first]
    opening = sentence_opening(block.text, passage.start)
    found = reporting_subject(block, opening, passage.start, by_anchor)
    if found is None or from_someone(block.text, passage.end, [m for m in by_anchor.get(block.anchor, []) if m.actor != found[0].actor]):
        return None, ""
    return found[0], block.text[found[0].start : found[1]]


def follows_reported_speech(passage: Passage, blocks: list[Block], by_anchor: dict[str, list[Mention]]) -> tuple[Mention | None, str]:
    """"Mr Dunn warned that companies could run short of talent. “If companies are hiring …”": a quote with no
    said-clause of its own, opening the sentence after one whose named subject speaks, is that person's (in its
    paragraph, or the last sentence of the paragraph before when the quote opens its own)."""
    last = blocks[passage.last]
    ends_sentence = passage.text.rstrip().endswith((".", "!", "?", "…")) or not last.text[passage.end :].strip()
    if not ends_sentence or SAID_NEAR.match(last.text, passage.end) or PRONOUN_AFTER.match(last.text, passage.end):
        return None, ""  # '"… members," is the dry assessment of Graham Lane': the sentence names its own speaker
    if passage.start > 0:
        lead, end = blocks[passage.first], len(blocks[passage.first].text[: passage.start].rstrip())
        if not lead.text[:end].endswith((".", "!", "?", "\"", "”")):
            return None, ""  # a quote inside its sentence, not opening one
    elif passage.first > 0:
        lead = blocks[passage.first - 1]
        end = len(lead.text)
    else:
        return None, ""
    found = reporting_subject(lead, sentence_opening(lead.text, max(0, end - 1)), end, by_anchor)
    return (found[0], lead.text[found[0].start : found[1]] + " … ") if found else (None, "")


def reporting_subject(block: Block, opening: int, upto: int, by_anchor: dict[str, list[Mention]]) -> tuple[Mention, int] | None:
    """The person who opens the sentence at `opening` with a verb of saying, before `upto`, and where that verb ends;
    None when the sentence opens otherwise, the person is spoken to, or someone else speaks after the verb."""
    subjects = [m for m in by_anchor.get(block.anchor, []) if opening <= m.start and m.end <= upto]
    if not subjects or not LEADS_SUBJECT.fullmatch(block.text, opening, subjects[0].start):
        return None
    subject = subjects[0]
    verb = NAME_THEN_REPORT.match(block.text, subject.end)
    others = [m for m in by_anchor.get(block.anchor, []) if m.actor != subject.actor]
    if verb is None or verb.end() > upto or ADDRESSEE.search(block.text[: subject.start]) or another_voice(block.text, verb.end(), upto, others) \
            or (verb.group("verb") in REPORTING and PASSIVE_OBJECT.match(block.text, verb.end())):
        return None
    return subject, verb.end()


REPORTING = set(REPORT_VERBS.split("|"))
# "Boris Johnson, slammed as “out of touch”", "Thatcher, dubbed “the Iron Lady” by …": words said of them, not theirs
PASSIVE_OBJECT = re.compile(r"\s+(?:as\s+)?[“\"]")


VOICE = rf"(?:\w+\s+){{0,2}}(?:asked|advised|says|said|told|tells|replied|wrote|shouted|{REPORT_VERBS})\b"
# "when people asked “…”", "dismissed claims that his policy was “…”": the quoted words are the others' or the claim's
OTHER_VOICE = re.compile(rf"\b(?:people|voters|critics|others|someone)\s+{VOICE}|\b(?:claims?|suggestions?|allegations?|accusations?|reports?)\s+that\b"
                         r"|,\s+(?:which|who)\s+(?:(?:was|were)\s+)?(?:read|reads|said|says|chanted|chanting|shouted|shouting|sang|singing)\b")
# "noted a sign in the crowd, which read: “…”", "acknowledged the protesters, who were chanting: “…”"
OTHER_SPEAKS = re.compile(rf"\s+{VOICE}")


FROM_SOMEONE = re.compile(r"[\s,]*(?:from|by)\s+(?:[a-z]+\s+){0,2}$")


def from_someone(text: str, end: int, others: list[Mention]) -> bool:
    """"despite a call for him to “pause for thought” from Charles Kennedy": the quote is named as another's."""
    return any(m.start >= end and FROM_SOMEONE.fullmatch(text, end, m.start) for m in others)


def another_voice(text: str, start: int, end: int, others: list[Mention]) -> bool:
    """"Mr Blair recalls how Bill Clinton once advised him: “…”", "when people asked “…”": after the subject's verb
    someone else speaks before the quote (not "he", who may be the subject)."""
    return any(start <= m.start < end and OTHER_SPEAKS.match(text, m.end, end) for m in others) or OTHER_VOICE.search(text, start, end) is not None


ROLE_WORDS = "|".join(sorted(LOWER_CUES))  # "Tory chairman Liam Fox accused …"
# "Backbencher Stephen Pound said …", "In a statement, Mr Straw said …", "Tory chairman Liam Fox accused …"
LEADS_SUBJECT = re.compile(rf"\s*(?:(?:But|And|However),?\s+)?(?:[A-Z][^,.“”\"]{{0,40}},\s+)?(?:(?:[A-Z][\w'’-]*|{ROLE_WORDS})\s+){{0,4}}")
SAY_VERBS = ("said|says|told|tells|added|adds|wrote|writes|declared|stated|announced|insisted|insists|warned|warns|replied|explained|explains"
             "|argued|argues|agreed|predicted|concluded|observed|recalled|recalls|admitted|stressed|denied|claimed|suggested"
             "|asked|asks|joked|jokes|quipped|continued|laughed|conceded|cautioned|noted|acknowledged|countered|responded|blustered|protested")  # "“…” explained Dr Doug Williams"
VERB_THEN_QUOTE = re.compile(
    rf"(?:['’]s)?(?:,\s+[^,“”\"]{{1,100}},)?\s+(?:himself\s+|herself\s+)?(?:(?:has|had|have)\s+)?(?:(?:once|later|also|then)\s+)?(?P<verb>{SAY_VERBS}|tweeted|posted)"
    r"(?:\s+on\s+(?:X|Twitter|Telegram|Facebook))?(?:(?:(?<=told)|(?<=tells))(?:\s+(?:[A-Z][\w’'-]*|of|the)){1,5})?[a-z’',\s]{0,30}?[,:]?\s*"
)
COLON_THEN_QUOTE = re.compile(r"\s*:\s*")
COMMA_THEN_QUOTE = re.compile(r",\s*")
# "…, wrote the photography critic and curator Vince Aletti, “…”": the verb before its speaker, a role between (not "the
# lawyer for Vince Aletti": someone else's role)
VERB_BEFORE_NAME = re.compile(r",\s+(?:wrote|said|says|writes|added|adds)\s+(?:(?:the|a|an)\s+)?(?:(?!for\b|of\b|to\b|with\b)[a-z][\w-]*\s+){0,6}$")
QUOTE_THEN_NAME = re.compile(rf"[\s,.;:—–-]*(?:(?P<verb>{SAY_VERBS}|according\s+to)\s+)?(?:(?:(?:[A-Z]\.)+|[A-Z][a-z]{{0,2}}\.|[A-Z](?:[\w’'-]|\.(?=\w))*|\d[\w.]*|van|von|de|der|da|di|du|la|le|al|el|(?!(?:he|she|it|they|we|i|you|a|an|the|one|another|for|of|to|from|with|by|at|in|on|who|whose|and|or|but)\b)[a-z]+)\s+){{0,6}}")
PARTICIPLE_THEN_QUOTE = re.compile(r",\s+(?:declaring|saying|writing|adding|warning|insisting)(?:\s+on\s+(?:X|Twitter|Telegram|Facebook))?,?\s*$")
REPORTS_OTHER = re.compile(r"\s+that\b")
NAME_THEN_VERB = re.compile(  # "Scalfaro, a northerner himself, said", "David Noone from Intervoice said", "Mr Kapor is reported as saying"
    rf"(?:['’]s)?(?:,\s+[^,“”\"]{{1,100}},|\s+(?:of|from|at)\s+(?:the\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){{0,3}})?"
    rf"\s+(?:(?:later|then|also|again|once|simply|quickly|finally)\s+)?(?P<verb>{SAY_VERBS}|(?:is|was)\s+(?:reported|quoted)\s+as\s+saying)\b")
NAME_THEN_REPORT = re.compile(NAME_THEN_VERB.pattern.replace("(?P<verb>", rf"(?:(?:has|had|have)\s+)?(?P<verb>{REPORT_VERBS}|"))


def attribute(text: str, start: int, end: int, speakers: list[Mention]) -> tuple[Mention | None, str]:
    before = [m for m in speakers if m.end <= start]
    if before:
        m = max(before, key=lambda m: m.end)
        between = text[m.end : start]
        if (VERB_THEN_QUOTE.fullmatch(between) and not ANOTHER_SPEAKS.search(between)) or COLON_THEN_QUOTE.fullmatch(between) \
                or (COMMA_THEN_QUOTE.fullmatch(between) and VERB_BEFORE_NAME.search(text, 0, m.start)):
            return m, text[m.start : start].strip()
    lead = PARTICIPLE_THEN_QUOTE.search(text[:start])
    if lead:
        sentence = next(((a, b) for a, b in sentence_spans(text) if a <= start < b), (0, len(text)))
        in_sentence = {m.actor: m for m in before if m.start >= sentence[0]}
        if len(in_sentence) == 1:
            m = next(iter(in_sentence.values()))
            return m, text[m.start : m.end] + " …" + lead.group(0).rstrip()
    after = [m for m in speakers if m.start >= end]
    if after and text[(m := min(after, key=lambda m: m.start)).end : m.end + 2] not in ("'s", "’s"):  # "said Kumar's nephew, …": not Kumar
        between = text[end : m.start]
        ended = text[:end].rstrip("”\"").endswith(".") or between.lstrip()[:1] in (".", ";")  # a sentence ends at the quote
        gap = QUOTE_THEN_NAME.fullmatch(between) if not ended else None
        tail = NAME_THEN_VERB.match(text, m.end)
        if tail and REPORTS_OTHER.match(text, tail.end()):
            tail = None  # "“…?” Mr Milburn replied that they were not": his answer, not the quote
        if gap and (gap.group("verb") or tail):
            return m, text[end : tail.end() if tail else m.end].strip(" ,.;")  # "”. Mr Kilroy-Silk announced"
    return None, ""
