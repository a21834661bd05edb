"""The shortcuts of the paragraph level (names.typed_runs, names.paragraph_rules, cues.type_word) give what the rules
they skip would: each is compared with the long way, on the seed corpus and on lines written for each rule."""

from __future__ import annotations

from pathlib import Path

from generator.content.extract import extract
from generator.content.read import read_bytes
from generator.enrich.cues import one_word_by_itself, plain_capitalised, type_span, type_word, typed_by_cues
from generator.enrich.lexicon import CONNECTORS, english_words, family_names, given_names, places, towns
from generator.enrich.lists import company_lists, listed, surname_lists, version_lists
from generator.enrich.names import MODIFIER, after_modifiers, paragraph_rules, run_spans, runs, tokens, typed_runs
from generator.enrich.organisation_runs import MEMBERS, Run, joined, mend
from generator.enrich.sport import affiliations, fixtures, scorers, squad_numbers
from generator.enrich.tickers import tickers
from generator.enrich.transcripts import speakers
from test_names import cue_words  # every word of the cues' sets, and the marks beside names

LINES = [
    "Forfar v Alloa, and Fung Permadi (Taiwan) v Indra; Ye Zhaoying (China) beat Meiluawati (Indonesia).",
    "Roe v. Wade was argued again, said Mr Smith of Acme Corp.",
    "15 - Tim Horan, 14 - David Campese, 6 - Motohiro Yamaguchi, 9 - Alan Shearer (Newcastle)",
    "Atlas Copco <ASTS ST> rose, and Illumina Inc. (NASDAQ: ILMN) fell; J.P.Morgan and Co <JPM> did not.",
    "NEIL JONES: Race is a big part of games, Jones said.",
    "JONES: And my favorite thing",
    "Motherwell 2 (Davies 39, Ross 89) Celtic 1 (McCoist 71 74)",
    "Lens 21 7 4 10 25 34 25",
    "technology firms Sony, Philips, Matsushita and Samsung, and companies such as Creative, Sony and Philips",
    "Given, Breen, Staunton, Irwin, McAteer, Harte and Keane played.",
    "Windows 95, 98, ME, NT, 2000 and XP run it, said Microsoft.",
    "Kelli Kuehne and Tiger Woods, with Gary Speed (Everton), Chris and Paulinho Santos (Porto), Sergio Conceicao (Porto)",
    "striker Viorel Ion of Otelul Galati scored; First Union and First Chicago NBD Corp. merged.",
    "Federal Reserve Chairman Alan Greenspan met Bihar Health Minister Mangal Pandey and the Chancellor of the Exchequer.",
    "St. Louis-based Mercantile Bancorp Inc. and a United Nations-sponsored ceasefire; Gujarat Congress MLAs left.",
    "Former White House official John Mills Jr of the House Committee on Energy and Commerce spoke to Russ Berrie and Co Inc.",
    "WASHINGTON, D.C. – President Biden spoke, his wife, Jill, said, and Hopkins said so in Dobbs Ferry, N.Y.",
    "LONDON: The Bank of England held rates.",
    "Hun Sen, Tom Smith",
    "Illumina Inc. (NASDAQ: ILMN) fell.",
    "Janata Dal (United) leaders met, and Opposition Congress leaders said so.",
    "Mayor of London spoke, as did the Speaker of Parliament and the Governor of Texas.",
]


def seed_paragraphs() -> list[str]:
    root = Path(__file__).resolve().parents[1] / "corpus"
    found = []
    for path in sorted(root.glob("*.txt")):
        article = extract(read_bytes(path.read_bytes(), path, path.name))
        found += [block.text for block in article.read_blocks]
    return found + LINES


def every_run_typed_and_mended(text: str) -> list[Run]:
    """typed_runs the long way: each run typed by type_span and passed through mend."""
    words = tokens(text)
    plain, found = list(words.words), []
    hyphens = "-" in text and MODIFIER.search(text) is not None
    for i, j in runs(words, plain):
        while j - i > 1 and (plain[j - 1] in CONNECTORS or plain[j - 1] in MEMBERS):
            j -= 1
        if hyphens:
            i = after_modifiers(plain, i, j)
        if i < j and not (found and i < found[-1].end):
            mend(plain, words, Run(i, j, *type_span(words.words[i:j], plain[max(0, i - 6) : i], plain[j : j + 5])), found)
    return joined(plain, found)


def every_rule(spans: list, text: str) -> list:
    """paragraph_rules the long way: every rule asked of every paragraph."""
    chain = speakers(tickers(squad_numbers(fixtures(affiliations(version_lists(surname_lists(company_lists(listed(
        spans, text), text), text), text), text), text), text), text), text)
    return sorted(chain + scorers(text))


def test_runs_are_typed_and_mended_as_the_long_way_does():
    for text in seed_paragraphs():
        assert typed_runs(text)[1] == every_run_typed_and_mended(text), text


def test_a_word_alone_is_typed_among_its_paragraph_words_as_type_span_types_it():
    for text in seed_paragraphs():
        plain = list(tokens(text).words)
        for i, word in enumerate(plain):
            if word[:1].isupper():
                assert type_word(plain, i) == type_span((word,), plain[max(0, i - 6) : i], plain[i + 1 : i + 6]), (text, i)
    for word in ("Blair", "Hopkins", "Monica", "Sony", "IBM", "Labour", "Paris", "Texas", "Dow"):
        for cue in cue_words():
            for before, after in (([cue], []), ([], [cue]), ([cue, ","], []), ([cue, "of"], []), ([], [",", cue]), ([], ["'s", cue]),
                                  (["x", "y", "z", "w", "v", cue], [cue, "x", "y", "z", "w", "v"])):
                plain = [*before, word, *after]
                assert type_word(plain, len(before)) == type_span((word,), before[-6:], after[:5]), (word, before, after)


def test_a_word_alone_that_no_cue_reads_is_what_the_cues_make_of_it_alone():
    """one_word_by_itself types a plain capitalised word as nothing without asking the cues: the same as the cues say
    of every word of their sets, the gazetteer, the name lists and the dictionary, as written and capitalised."""
    words = {*cue_words(), *places(), *towns(), *given_names(), *family_names(), *english_words()}
    words |= {word.capitalize() for word in words} | {word for text in seed_paragraphs() for word in tokens(text).words}
    plain = [word for word in sorted(words) if word and plain_capitalised(word)]
    assert {"Blair", "Hopkins", "Thursday"} <= set(plain) and not {"Paris", "Labour", "Senate", "Reuters", "Bundesbank", "Hurricane"} & set(plain)
    for word in plain:
        assert typed_by_cues((word,), [], []) == ("", "", 0), word
    assert one_word_by_itself(("Blair",)) == ("", "", 0) and one_word_by_itself(("Paris",)) == typed_by_cues(("Paris",), [], [])


def test_the_paragraph_rules_asked_where_they_may_change_something_give_what_every_rule_gives():
    for text in seed_paragraphs():
        spans = sorted(run_spans(*typed_runs(text)))
        assert paragraph_rules(list(spans), text) == every_rule(list(spans), text), text


class Everything:
    """A set that holds every word: by_ending_or_opening's shortcut never passes with it, so every rule is asked."""

    def __contains__(self, word: object) -> bool:
        return True


def test_a_run_whose_ends_no_rule_reads_is_typed_by_its_ends_as_every_rule_types_it(monkeypatch):
    """by_ending_or_opening says nothing at once of a run whose first and last words are in none of the sets its rules
    ask: the same as every rule asked, for runs of every word of the cues' sets, the gazetteer's and the name lists'
    first words beside names, plurals, connectors and places."""
    from generator.enrich import name_endings

    words = [*cue_words(), "Smith", "Tony", "Hawks", "Leeds", "Bristol", "Kim", "Foreign", "Relations", "Sciences"]
    words += sorted({name.split()[0] for name in places() if " " in name})[:3000] + sorted(given_names())[:500] + sorted(family_names())[:500]
    runs = [run for word in words for run in ((word, "Smith"), ("John", word), (word, word), ("Bank", "of", word), (word, "Bristol", "North"),
                                               ("Leeds", word), (word, "and", "Smith"), ("Tony", word, "Underground"),
                                               ("Chicago", word, "of", "Trade"), ("Chicago", word, "for", "Trade"), ("Chicago", word, "on", "Trade"), ("Douglas", "&", word))]
    fast = [name_endings.by_ending_or_opening(run) for run in runs]
    monkeypatch.setattr(name_endings, "READ_FIRST", Everything())
    assert fast == [name_endings.by_ending_or_opening(run) for run in runs]
    assert sum(found is None for found in fast) > len(runs) / 3  # the shortcut is taken, and the rules still type the rest
