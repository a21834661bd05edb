"""The fast paths of name detection's article level give exactly what the slow, obvious code gives."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given, settings, strategies as st

from generator.enrich.name_keys import CLUB_MARKS, spelling_key


def slow_spelling_key(name: str) -> str:
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower()
    text = re.sub(r"['’]s$", "", text).replace(".", " ").replace("-", " ")
    tokens = text.split()
    while len(tokens) > 2 and len(tokens[0]) == 1 and len(tokens[1]) == 1:
        tokens[0:2] = [tokens[0] + tokens[1]]
    if len(tokens) > 1 and any(t in CLUB_MARKS for t in tokens):
        tokens = [t for t in tokens if t not in CLUB_MARKS] or tokens
    if len(tokens) > 2:
        initials = "".join(t for t in tokens[1:-1] if len(t) == 1)
        tokens = [tokens[0], *([initials] if len(initials) > 1 else []), *[t for t in tokens[1:-1] if len(t) > 1], tokens[-1]]
    if tokens:
        tokens[-1] = re.sub(r"(iy|yy|i)$", "y", tokens[-1])
    return " ".join(tokens)


NAME_PARTS = ["J.", "D.", "Vance", "Zelenskiy", "Zelenskyy", "Zelenski", "Trump's", "Trump’s", "FC", "1.", "Hansa", "Rostock", "George",
              "H.W.", "Bush", "Kilroy-Silk", "Sø", "Ångström", "Mašek", "'s", "s", "i", "iy", "yy", "Ü", "ﬁnance", "\n", "  ", "-"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(NAME_PARTS), max_size=6).map(" ".join) | st.text(alphabet="aiysJD.'’- \nÅéﬁFC1", max_size=14))
def test_spelling_key_agrees_with_the_slow_one(name):
    assert spelling_key(name) == slow_spelling_key(name)


def test_spelling_key_of_known_names():
    for name in ["J.D. Vance", "J D Vance", "Zelenskiy", "Trump's", "Trump’s", "FC Hansa Rostock", "1. FC Koeln", "George H.W. Bush",
                 "John F. Kennedy", "Straße", "Ahmadi's\n", "U.S."]:
        assert spelling_key(name) == slow_spelling_key(name), name


def slow_sentence_at(text: str, position: int) -> str:
    from bisect import bisect_right

    from generator.content.text import sentence_spans

    spans = sentence_spans(text)
    at = bisect_right(spans, (position, float("inf"))) - 1
    return text[spans[at][0] : spans[at][1]] if at >= 0 and position < spans[at][1] else text.strip()


SENTENCE_PARTS = ["He", "said", "Mr.", "U.S.", "Blair", "3.5", "went", "home", ".", "!", "?", "…", "\"", "”", "’", ")", " ", "  ", "\n", "\xa0",
                  "dharna.Sharad", "ok.", "Yes!", "Why?", "(", "“We", "A", "9"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(SENTENCE_PARTS), max_size=14).map("".join), st.integers(0, 80))
def test_sentence_at_agrees_with_the_sentence_spans(text, position):
    from generator.enrich.actors import sentence_at

    assert sentence_at(text, position) == slow_sentence_at(text, position)


def test_a_text_of_one_sentence_is_read_without_its_spans():
    from generator.enrich.actors import one_sentence

    assert one_sentence("Tony Blair went home.\u201d ") and one_sentence("Tony Blair")
    assert not one_sentence("Tony Blair went home. He slept.") and not one_sentence("home.Sharad Yadav")


def test_sentence_at_agrees_on_every_mark():
    from generator.enrich.actors import sentence_at

    for text in ["Why? He went.", "Stop! Now", "He said… Then", "Mr. Blair went. U.S. troops", "dharna.Sharad Yadav", "“We won.” He", "A (B.) C", " One. "]:
        for position in range(len(text) + 1):
            assert sentence_at(text, position) == slow_sentence_at(text, position), (text, position)


def slow_everyday_word(word: str) -> bool:
    from generator.enrich.lexicon import english_words
    from generator.enrich.lookalikes import INFLECTIONS

    words, low = english_words(), word.lower()
    return low in words or any(low.endswith(end) and low[: -len(end)] in words for end in INFLECTIONS) \
        or (low.endswith("ies") and low[:-3] + "y" in words) or (low.endswith("men") and low[:-3] + "man" in words) \
        or (low.endswith(("ing", "ed")) and low.rsplit("i" if low.endswith("ing") else "e", 1)[0] + "e" in words)


STEMS = ["bond", "dress", "family", "woman", "manage", "heifer", "seles", "paes", "blair", "go", "s", "d", "", "kilroy", "x", "be", "bed", "sing"]
ENDINGS = ["", "s", "es", "ed", "d", "ing", "ies", "men", "e", "y"]


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(STEMS) | st.text(alphabet="abdegimnsy", max_size=8), st.sampled_from(ENDINGS), st.booleans())
def test_everyday_word_agrees_with_the_slow_one(stem, ending, capital):
    from generator.enrich.lookalikes import everyday_word

    word = stem + ending
    word = word.title() if capital else word
    assert everyday_word(word) == slow_everyday_word(word)


def test_everyday_word_of_known_words():
    from generator.enrich.lexicon import english_words
    from generator.enrich.lookalikes import everyday_word

    sample = sorted(english_words())[::97]
    for word in [w + end for w in sample for end in ENDINGS]:
        assert everyday_word(word) == slow_everyday_word(word), word


def slow_capitalised_and_plurals(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    from generator.enrich.name_evidence import CAPITALISED_OR_PLURAL

    found = CAPITALISED_OR_PLURAL.findall(text)
    return tuple(sorted({capital + rest for capital, rest, _ in found if rest})), tuple(sorted({capital + rest for capital, _, rest in found if rest}))


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["Blair", "DVDs", "AT&Ts", "PCs", "US", "-Ts", "the", " ", "-", "&", "Ab", "ABCDEFs", "x", "Ts", "\n", "é", "DJs"]),
                max_size=12).map("".join))
def test_capitalised_and_plurals_agree_with_the_slow_ones(text):
    from generator.enrich.name_evidence import capitalised_and_plurals

    assert capitalised_and_plurals(text) == slow_capitalised_and_plurals(text)


def slow_echoes(spans, paragraphs, caseless, rest):
    from generator.enrich.echoes import spelled_out, title_echoes, title_words
    from generator.enrich.lexicon import PERSON

    known = {s.name.casefold(): (s.type, s.name) for s in spans}
    owners: dict[str, set[str]] = {}
    for s in spans:
        if s.type == PERSON and " " in s.name:
            owners.setdefault(s.name.split()[-1].casefold(), set()).add(s.name)
    known.update({last: (PERSON, next(iter(names))) for last, names in owners.items() if len(names) == 1 and last not in known})
    known.update({mark: found for mark, found in spelled_out(spans).items() if mark not in known})
    titles = {p: title_words(paragraphs[p]) for p in sorted(caseless)}
    heard = {word for words in titles.values() for word, _, _ in words}
    lower = {key for key in known if " " not in key and key[:1].islower() and key in heard}
    written = set().union(*(lower.intersection(words) for words in rest)) if lower else set()
    known = {key: found for key, found in known.items() if key not in written}
    longest = max((len(key.split()) for key in known), default=0)
    openers = {key.split()[0] for key in known if key.split()}
    return tuple(span for p, words in titles.items() for span in title_echoes(p, words, known, longest, openers))


ECHO_WORDS = ["George", "Weah", "Split", "split", "International", "Boxing", "Federation", "IBF", "Tony", "Blair", "O'Neill", "de", "Gaulle", "AC", "Milan"]
ECHO_TYPES = ["person", "organisation", "place", "country", ""]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.lists(st.sampled_from(ECHO_WORDS), min_size=1, max_size=3).map(" ".join), st.sampled_from(ECHO_TYPES)), max_size=8),
       st.lists(st.lists(st.sampled_from(ECHO_WORDS + ["WEAH", "IBF", "SPLIT", "GEORGE WEAH", "-", "'S", "AND"]), max_size=7).map(" ".join), min_size=1, max_size=3),
       st.lists(st.sampled_from(["split", "weah", "milan", "the"]), max_size=3))
def test_echoes_agree_with_the_slow_ones(names_and_types, titles, lower_words):
    from generator.enrich.echoes import echoes
    from generator.model import Span

    spans = tuple(Span(len(titles), 0, len(name), kind, name, "cue") for name, kind in names_and_types)
    paragraphs = [*titles, " ".join(name for name, _ in names_and_types)]
    rest = [tuple(lower_words)]
    assert echoes(spans, paragraphs, set(range(len(titles))), rest) == slow_echoes(spans, paragraphs, set(range(len(titles))), rest)


def test_the_nickname_table_gives_what_the_nick_namer_gives():
    from generator.enrich.lexicon import nick_namer, nickname_table

    names = ["Vincent", "vince", " James ", "NICHOLAS", "Andrea", "nobody", "", "Christopher"]
    for name in names + sorted(nickname_table())[::50]:
        assert nickname_table().get(name.lower().strip(), set()) == nick_namer().nicknames_of(name)


def test_the_trie_escapes_as_re_escape_does():
    import re

    from generator.enrich.actors import ESCAPED

    text = "".join(map(chr, range(0x3000)))
    assert text.translate(ESCAPED) == re.escape(text)


def test_an_empty_counter_made_without_init_is_a_counter():
    from collections import Counter

    from generator.enrich.name_evidence import EMPTY_COUNTER

    made = EMPTY_COUNTER()
    assert type(made) is Counter and made == Counter() and made["x"] == 0
    made.update(["a", "a"])
    made["b"] += 2
    assert made == Counter(a=2, b=2) and made.most_common() == Counter(a=2, b=2).most_common()


def slow_described_in_article(people: set[str], organisations: set[str]) -> dict[str, str]:
    from collections import defaultdict

    from generator.enrich.name_keys import name_key
    from generator.enrich.person_forms import described_keys

    by_key: dict[str, list[str]] = defaultdict(list)
    for person in sorted(people):
        by_key[name_key(person)].append(person)
    found = described_keys(by_key, lambda: {name_key(o) for o in organisations})
    return {name.lower(): by_key[found[name_key(name)]][0] for name in people if name_key(name) in found}


PEOPLE = ["Robert Kilroy-Silk", "Whatever Kilroy-Silk", "Euro-Sceptic Kilroy-Silk", "Fellow Lib Dem Norman Baker", "Norman Baker", "Former Labour Tony Blair",
          "Tony Blair", "Kilroy-Silk", "Jean-Luc Picard", "Zycie Warszawy", "J.D. Vance", "Mr Blair", "Backbencher Stephen Pound", "Stephen Pound"]


@settings(max_examples=300, deadline=None)
@given(st.sets(st.sampled_from(PEOPLE), max_size=6), st.sets(st.sampled_from(["Lib Dem", "Labour", "Lib Dems", "Microsoft"]), max_size=3))
def test_described_in_article_agrees_with_the_slow_one(people, organisations):
    from generator.enrich.person_forms import described_in_article

    assert described_in_article(people, organisations) == slow_described_in_article(people, organisations)


def test_a_described_name_is_still_found():
    from generator.enrich.person_forms import described_in_article

    assert described_in_article({"Robert Kilroy-Silk", "Whatever Kilroy-Silk"}, set()) == {"whatever kilroy-silk": "Robert Kilroy-Silk"}


def slow_sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Each sentence of text.sentences found in the text from the last one's end (the spans as first written)."""
    from generator.content.text import sentences

    spans, at = [], 0
    for sentence in sentences(text):
        start = text.find(sentence, at)
        if start >= 0:
            spans.append((start, start + len(sentence)))
            at = start + len(sentence)
    return tuple(spans)


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(SENTENCE_PARTS + ["\u2003", " \n ", "?\"It's", "carpet.\"It", "said.?We", "Ph.Ds", "J. D.", "I'm A...Get"]),
                max_size=18).map("".join))
def test_sentence_spans_counted_in_place_agree_with_the_found_sentences(text):
    from generator.content.text import sentence_spans

    assert sentence_spans.__wrapped__(text) == slow_sentence_spans(text)


FIRST_WORDS = ["Speaking", "Reportedly", "Anatoly", "Sing", "Ly", "All-rounder", "Top-seeded", "In-form", "Tour", "Organizer", "Ex-Yankee",
               "W97", "Augusta", "2004", "²", "٣", "Bolton-West", "O'Neill", "Blair", "ing", "-ly", "A-b", "X-ray"]


@settings(max_examples=600, deadline=None)
@given(st.sampled_from(FIRST_WORDS) | st.text(alphabet="ASaeilngy-'²٣7 ", max_size=10))
def test_the_cheap_tests_before_a_pattern_pass_every_word_the_pattern_matches(word):
    """leading_titles asks an opener's ending and a compound's hyphen before their patterns, not_a_person whether a name is
    all letters before looking for a figure in it: each cheap test passes whatever the slow one would find."""
    from generator.enrich.name_words import LOWER_COMPOUND, OPENER, OPENER_ENDS

    assert not OPENER.fullmatch(word) or word.endswith(OPENER_ENDS)
    assert not LOWER_COMPOUND.fullmatch(word) or "-" in word
    assert not any(map(str.isdigit, word)) or not word.isalpha()


def test_leading_titles_and_not_a_person_read_openers_compounds_roles_and_figures():
    from generator.enrich import name_words
    from generator.enrich.lookalikes import not_a_person

    leading = name_words.leading_titles.__wrapped__
    assert leading(("Speaking", "Bob", "Dole")) == 1 and leading(("Speaking", "Dole"), False) == 0 and leading(("All-rounder", "Bob")) == 1
    assert name_words.role_before_given_name(("Organizer", "Nicole")) == 0 and name_words.role_before_given_name(("Organizer", "Nicole", "Reffitt")) == 1
    assert not_a_person(["Augusta", "W97"]) and not_a_person(["Bob", "²"]) and not not_a_person(["Bob", "Dole"])
