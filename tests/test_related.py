"""Related articles: deterministic, never the article itself, and sub-quadratic on a larger corpus."""

from __future__ import annotations

import math
import sys
from collections import Counter
from pathlib import Path
from types import SimpleNamespace

import pytest
from hypothesis import given, settings as hsettings, strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from related_scale import synthetic  # noqa: E402

from generator.archive import related  # noqa: E402
from generator.build import updates  # noqa: E402
from generator.archive.related import related_articles  # noqa: E402


def test_related_is_deterministic_and_bounded():
    articles = synthetic(300)
    first = related_articles(articles, {}, {}, 5)
    again = related_articles(list(reversed(articles)), {}, {}, 5)
    assert first == again
    for aid, items in first.items():
        assert len(items) <= 5 and aid not in [r.article for r in items]
        assert [r.score for r in items] == sorted((r.score for r in items), reverse=True)


def test_related_work_per_article_does_not_grow_with_the_archive(monkeypatch):
    """Every kept feature's inverted list is at most MAX_POSTING long, so an article's scoring touches
    at most (its features x MAX_POSTING) others: linear in the archive, not quadratic."""
    monkeypatch.setattr(related, "MAX_POSTING", 12)
    articles = synthetic(3000)  # its commonest kept features are in ~24 articles; 5 % of 3,000 would allow 150
    vectors = related.weighed_all(related.raw_vectors(articles))[2]
    df: Counter = Counter(f for vec in vectors.values() for f in vec)
    assert max(df.values()) <= 12 and len(df) > 100
    assert len(related.related_articles(articles, {}, {}, 5)) == 3000


VOCABULARY = [f"w:word{i}" for i in range(14)] + ["a:kyiv", "a:rubio", "t:talks", "t:sanctions"]
ACTORS = {"kyiv": SimpleNamespace(name="Kyiv", type="place"), "rubio": SimpleNamespace(name="Marco Rubio", type="person")}
TOPICS = {"talks": SimpleNamespace(name="Peace talks"), "sanctions": SimpleNamespace(name="Sanctions")}
NAMES = ({s: a.name for s, a in ACTORS.items()}, {s: t.name for s, t in TOPICS.items()}, 3)
raw_vectors = st.lists(
    st.tuples(st.sampled_from(VOCABULARY), st.sampled_from([1.0, 1 + math.log(2), 1 + math.log(3), 2.0, 3.0])),
    unique_by=lambda pair: pair[0],
    max_size=9,
).map(lambda pairs: (tuple(f for f, _ in pairs), tuple(w for _, w in pairs)))


@hsettings(max_examples=300, deadline=None)
@given(st.data())
def test_scores_updated_for_edits_are_the_scores_made_afresh(data):
    """serve updates the last build's scores for an edit (build/updates.py) instead of scoring every
    article again: the vectors, inverted lists, best lists and related articles must be those of a
    full build, bit for bit. Small limits, so that edits move features across them (a feature kept or
    dropped, an article's distinctive words trimmed)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(related, "MIN_LIMIT", 3)
        patch.setattr(related, "MAX_POSTING", 4)
        patch.setattr(related, "WORDS_PER_ARTICLE", 3)
        patch.setattr(updates, "MOST_CHANGED", 100)  # never scored afresh: the update is what is tested
        patch.setattr(updates, "MOST", 2)
        patch.setattr(updates, "DOTS_PER_ARTICLE", data.draw(st.sampled_from([0, 2, 24])))  # either way of scoring a nearby article
        raw = {f"{i:016x}": data.draw(raw_vectors) for i in range(data.draw(st.integers(2, 14)))}
        scores = related.Scores.made(raw, NAMES)
        scores.related(ACTORS, TOPICS)
        for _ in range(data.draw(st.integers(1, 4))):
            edited = data.draw(st.lists(st.sampled_from(sorted(raw)), min_size=1, max_size=3, unique=True))
            raw = {**raw, **{aid: data.draw(raw_vectors) for aid in edited}}
            updated = updates.updated_scores(scores, raw, NAMES)
            fresh = related.Scores.made(raw, NAMES)
            assert {aid: list(vec.items()) for aid, vec in updated.vecs.items()} == {aid: list(vec.items()) for aid, vec in fresh.vecs.items()}
            assert updated.postings.keys() == fresh.postings.keys()
            for feature, (numbers, weights) in fresh.postings.items():
                assert updated.postings[feature][0].tolist() == numbers.tolist()
                assert updated.postings[feature][1].tolist() == weights.tolist()
            assert updated.best == fresh.best
            assert updated.related(ACTORS, TOPICS) == fresh.related(ACTORS, TOPICS)
            assert {f: v for f, v in updated.df.items() if v} == dict(fresh.df) and updated.idf == fresh.idf
            scores = updated


def test_scores_are_made_afresh_when_the_articles_change_or_an_edit_reaches_most_of_them(monkeypatch):
    """A new or removed article moves every idf, and an edit can move many vectors: then no update
    (None), a full scoring."""
    raw = {f"{i:016x}": (("w:peace", f"w:word{i % 3}"), (1.0, 1.0)) for i in range(9)}
    scores = related.Scores.made(raw, NAMES)
    assert updates.updated_scores(scores, {aid: raw[aid] for aid in list(raw)[1:]}, NAMES) is None
    assert updates.updated_scores(scores, {**raw, "c" * 16: (("w:talks",), (1.0,))}, NAMES) is None
    assert updates.updated_scores(scores, dict(raw), NAMES).best == scores.best
    edited = {**raw, "0" * 16: (("w:word1",), (1.0,))}  # w:peace in one article less: every vector moves
    assert updates.updated_scores(scores, edited, NAMES) is None  # and reaches every article
    monkeypatch.setattr(updates, "MOST", 2)
    assert updates.updated_scores(scores, edited, NAMES).best == related.Scores.made(edited, NAMES).best
    monkeypatch.setattr(updates, "MOST_CHANGED", 4)
    assert updates.updated_scores(scores, edited, NAMES) is None


def test_a_place_an_agency_or_a_few_words_alone_do_not_make_articles_related():
    from generator.archive.reasons import connected

    actors = {
        "poland": SimpleNamespace(name="Poland", type="country"),
        "reuters": SimpleNamespace(name="Reuters", type="organisation"),
        "zywiec": SimpleNamespace(name="Zywiec", type="organisation"),
        "havel": SimpleNamespace(name="Vaclav Havel", type="person"),
    }
    assert not connected({"a:poland": 0.9, "w:profit": 0.1}, {"a:poland": 0.9, "w:profit": 0.1}, actors)
    assert not connected({"a:reuters": 0.9}, {"a:reuters": 0.9}, actors)
    assert connected({"a:zywiec": 0.5}, {"a:zywiec": 0.5}, actors)
    assert connected({"a:havel": 0.5, "a:poland": 0.5}, {"a:havel": 0.5}, actors)
    assert connected({"t:sanctions": 0.4}, {"t:sanctions": 0.4}, actors)
    assert connected({"w:ceasefire": 0.5, "w:talks": 0.3}, {"w:ceasefire": 0.5, "w:talks": 0.4}, actors)  # 0.37: similar wording
    desk = {"desk": SimpleNamespace(name="London Newsroom", type="organisation")}
    assert not connected({"a:desk": 0.9}, {"a:desk": 0.9}, desk)  # the desk that filed both stories


STORY = "{who} said on {day} that the {thing} would {verb} before the {when}, officials in {where} confirmed."


def test_one_shared_name_in_otherwise_different_stories_is_no_related_link(make_project):
    """Two stories that share one person named in passing are not shown as related; two about the same
    event, with the same people and wording, are."""
    from generator.build.pipeline import generate
    from generator.config import load_settings

    texts = {
        "a_00000000000000a1.txt": "Harbour strike ends\n\n" + " ".join([
            STORY.format(who="Maria Lindqvist", day="Monday", thing="harbour strike", verb="end", when="weekend", where="Gothenburg"),
            "Dockworkers voted to accept a wage offer after three weeks of stoppages at the container terminal.",
            "Shipping lines said cargo queues would take days to clear."]),
        "a_00000000000000a2.txt": "Dockworkers accept offer\n\n" + " ".join([
            STORY.format(who="Maria Lindqvist", day="Tuesday", thing="harbour strike", verb="end", when="weekend", where="Gothenburg"),
            "Dockworkers voted to accept the wage offer, ending three weeks of stoppages at the container terminal.",
            "Cargo queues at the terminal began to clear."]),
        "a_00000000000000b1.txt": "Museum reopens\n\n" + " ".join([
            "The city museum reopened its medieval gallery after a two-year restoration of the painted ceiling.",
            "Visitors queued from dawn to see the frescoes, restorers said.",
            "Curator Henrik Dahl said the ceiling had been painted over in the eighteenth century and forgotten.",
            "Conservators from the Uppsala Institute spent eleven months removing the plaster with scalpels.",
            "The restoration was paid for by the Carlsson Foundation and a lottery grant, Dahl said.",
            "Among the guests was Maria Lindqvist, who opened an exhibition of textiles in the east wing.",
            "The gallery will be open every day except public holidays, and children under twelve enter free.",
            "A second phase will restore the chapel's stained glass, damaged by damp during the nineteen-seventies.",
            "Ticket sales in the first week already exceeded the whole of last spring, the museum's director reported.",
            "Local schools have booked guided tours through to midsummer."]),
        **{f"a_00000000000000c{n}.txt": f"Report {n}\n\n" + " ".join([
            f"{person} told the {body} on {day} that {subject} had risen for the {n + 2}th month running.",
            f"The {body} expects {subject} to ease next year, {person} added."])
           for n, (person, body, day, subject) in enumerate([
               ("Anna Berg", "regional council", "Friday", "rail freight"), ("Omar Haddad", "farmers' union", "Sunday", "grain prices"),
               ("Lena Ruiz", "port authority", "Wednesday", "ferry traffic"), ("Tom Okafor", "energy board", "Thursday", "power demand"),
               ("Ivan Novak", "tourism office", "Monday", "hotel bookings")])},
    }
    settings = load_settings(make_project(texts, seeds=False) / "mkdocs.yml")
    related = {a.id: [r.article for r in a.related if r.story] for a in generate(settings).archive.articles}
    assert related["00000000000000a1"] == ["00000000000000a2"] and related["00000000000000a2"] == ["00000000000000a1"]
    assert related["00000000000000b1"] == []


def test_a_team_called_by_its_town_alone_does_not_make_two_tables_related():
    """Two leagues' tables share "New Jersey" and "PHOENIX" (another club in each); a club's own name
    ("Arsenal") is evidence."""
    from generator.archive.reasons import connected

    actors = {slug: SimpleNamespace(name=name, type="organisation") for slug, name in
              [("new-jersey", "New Jersey"), ("phoenix", "PHOENIX"), ("st-louis", "St Louis"), ("tampa-bay", "Tampa Bay"), ("arsenal", "Arsenal")]}
    towns = {"a:new-jersey": 0.5, "a:phoenix": 0.5, "a:st-louis": 0.5, "a:tampa-bay": 0.5}
    assert not connected(towns, towns, actors)
    assert connected(towns | {"a:arsenal": 0.1}, towns | {"a:arsenal": 0.1}, actors)


def story(title: str, headline: tuple[str, ...] = (), **mentions: int) -> SimpleNamespace:
    """An article as reasons.py reads it; `headline` the slugs its headline names."""
    named = [SimpleNamespace(actor=slug, anchor="title") for slug in headline]
    return SimpleNamespace(title=SimpleNamespace(value=title), mentions_per_actor=mentions, topics=[], mentions=named)


def test_headlines_of_different_days_are_a_series_not_one_story_unless_a_person_joins_them():
    from generator.archive.reasons import another_day

    actors = {"calgary": SimpleNamespace(name="Calgary", type="organisation"), "lara": SimpleNamespace(name="Brian Lara", type="person")}
    friday, thursday = story("NHL - STANDINGS AFTER FRIDAY'S GAMES.", calgary=1), story("NHL - Thursday's results", calgary=1)
    assert another_day(friday, thursday, actors)
    assert not another_day(friday, story("NHL - FRIDAY'S RESULTS.", calgary=1), actors)
    assert not another_day(friday, story("NHL - standings", calgary=1), actors)  # no day: nothing to tell
    assert not another_day(story("Lara out on Friday", lara=2), story("Lara back on Sunday", lara=1), actors)


def test_a_link_resting_on_one_name_needs_a_higher_score():
    """One person both stories name and nothing else in common (no topic, few words): a link only from
    ONE_NAME_SCORE; two names and much wording are evidence enough from LEAST_SCORE."""
    from generator.archive.reasons import ONE_NAME_SCORE, another_story
    from generator.model import Related

    actors = {"scalfaro": SimpleNamespace(name="Oscar Luigi Scalfaro", type="person"),
              "berisha": SimpleNamespace(name="Sali Berisha", type="person")}
    court, visit = story("Albanian jailed for bomb threat", scalfaro=1), story("Italian president urges separatists", scalfaro=4)
    worded = {"w:court": 0.6, "w:bomb": 0.3}
    one = ({"a:scalfaro": 0.3} | worded, {"a:scalfaro": 0.4, "w:court": 0.25})  # words: 0.15
    assert another_story(court, visit, Related("b", ONE_NAME_SCORE - 0.01), one, actors)
    assert not another_story(court, visit, Related("b", ONE_NAME_SCORE + 0.01), one, actors)
    two = ({"a:scalfaro": 0.3, "a:berisha": 0.3} | worded, {"a:scalfaro": 0.4, "a:berisha": 0.2, "w:court": 0.25})
    assert not another_story(court, visit, Related("b", 0.11), two, actors)


def test_stories_that_share_names_but_few_words_are_not_one_story_unless_a_cast_or_a_headline_joins_them():
    """Under NAMES_ALONE_SCORE, names with little wording in common are two stories about the same people
    (a politician's two campaigns); several people in common, or the person both headlines name, make
    one story, with some words in common; so do words alike once the names are left out (a league's
    results and its table)."""
    from generator.archive.reasons import NAMES_ALONE_SCORE, another_story
    from generator.model import Related

    actors = {slug: SimpleNamespace(name=slug.title(), type="person") for slug in ("hague", "kennedy", "lara", "healy", "walsh")}
    debate, earnings = story("No election TV debate", hague=1, kennedy=1), story("Hague's earnings shown", ("hague",), hague=4, kennedy=1)
    names = {"a:hague": 0.5, "a:kennedy": 0.5, "w:debate": 0.5, "w:voters": 0.5}
    other = {"a:hague": 0.5, "a:kennedy": 0.5, "w:register": 0.6, "w:voters": 0.1, "w:earnings": 0.35}
    assert another_story(debate, earnings, Related("b", NAMES_ALONE_SCORE - 0.01), (names, other), actors)
    assert not another_story(debate, earnings, Related("b", NAMES_ALONE_SCORE + 0.01), (names, other), actors)
    in_both_headlines = story("Hague gives up PM ambition", ("hague",), hague=2)
    assert not another_story(in_both_headlines, earnings, Related("b", 0.2), (names, other), actors)
    cast = {"a:lara": 0.4, "a:healy": 0.4, "a:walsh": 0.4}
    assert not another_story(debate, earnings, Related("b", 0.2), (names | cast, other | cast), actors)
    no_words = {"w:register": 0.6}
    assert another_story(debate, earnings, Related("b", 0.2), (names | cast, no_words | cast), actors)  # a cast and nothing else
    results, table = {"a:hague": 0.7, "w:division": 0.1, "w:summaries": 0.1}, {"a:hague": 0.7, "w:division": 0.1, "w:standings": 0.1}
    assert not another_story(debate, earnings, Related("b", 0.2), (results, table), actors)  # words alone: 0.5


def test_stories_that_share_few_of_their_rare_words_are_two_stories_of_one_subject():
    """One story's reports share the words few other articles use; two stories of one subject ("Podcasts
    mark rise of DIY radio", "'Podcasters' look to net money") share its common words: under
    SAME_STORY_WORDS of the shorter one's story words, another story, but only where both have
    MIN_STORY_WORDS of them (a wire table's or a result's few words tell nothing)."""
    from collections import Counter

    from generator.archive.reasons import MIN_STORY_WORDS, SAME_STORY_WORDS, another_story, few_story_words, story_word_limit
    from generator.archive.related import story_words
    from generator.model import Related

    assert story_word_limit(730) == 20 and story_word_limit(5) == 3
    raw = (("a:blair", "w:podcast", "w:radio", "w:unique", "w:common"), (3.0, 1.0, 1.0, 1.0, 1.0))
    df = Counter({"a:blair": 2, "w:podcast": 2, "w:radio": 20, "w:unique": 1, "w:common": 21})
    assert story_words(raw, df, 20) == {"w:podcast", "w:radio"}  # not the name, nor a word of one article or of too many

    mine = frozenset(f"w:m{i}" for i in range(MIN_STORY_WORDS))
    shared = round(SAME_STORY_WORDS * MIN_STORY_WORDS)  # 4 of 20: one story
    theirs = frozenset(list(mine)[:shared] + [f"w:t{i}" for i in range(30)])
    assert not few_story_words(mine, theirs)
    fewer = frozenset(list(mine)[: shared - 1] + [f"w:t{i}" for i in range(30)])
    assert few_story_words(mine, fewer) and few_story_words(fewer, mine)
    short = frozenset(list(mine)[: MIN_STORY_WORDS - 1])
    assert not few_story_words(short, frozenset({"w:t1"}))  # too few to tell

    actors = {"hague": SimpleNamespace(name="William Hague", type="person")}
    a, b = story("Podcasts mark rise of DIY radio", hague=1), story("'Podcasters' look to net money", hague=1)
    vectors = ({"a:hague": 0.5, "w:podcast": 0.8}, {"a:hague": 0.5, "w:podcast": 0.8})
    assert not another_story(a, b, Related("b", 0.9), vectors, actors)
    assert another_story(a, b, Related("b", 0.9), vectors, actors, (mine, fewer))


def test_stories_whose_headlines_share_no_word_need_more_of_their_rare_words_in_common():
    """"Nintendo handheld given Euro date" and "Nintendo DS makes its Euro debut" share a word: one story
    by their story words from SAME_STORY_WORDS; headlines with no word in common (words of two letters,
    "EU", "UK", name a subject, not a story) need SAME_STORY_WORDS_ALONE of them. A missing headline
    says nothing."""
    from generator.archive.reasons import MIN_STORY_WORDS, SAME_STORY_WORDS_ALONE, another_story, shared_headline_word
    from generator.model import Related

    assert shared_headline_word(story("Nintendo handheld given Euro date"), story("Nintendo DS makes its Euro debut"))
    assert not shared_headline_word(story("EU referendum could cost £80m"), story("Voters 'reject EU by two to one'"))
    assert not shared_headline_word(story("Lib Dems highlight problem debt"), story("Kennedy begins pre-election tour"))
    assert shared_headline_word(story("Labour MPs criticised"), story("Criticism of the Labour whips"))  # by their first five letters
    assert shared_headline_word(story(""), story("Kennedy begins pre-election tour"))

    mine = frozenset(f"w:m{i}" for i in range(MIN_STORY_WORDS))
    some = frozenset(list(mine)[: int(SAME_STORY_WORDS_ALONE * MIN_STORY_WORDS) - 1] + [f"w:t{i}" for i in range(30)])  # 6 of 20: 0.3
    actors = {"kennedy": SimpleNamespace(name="Charles Kennedy", type="person")}
    vectors = ({"a:kennedy": 0.5, "w:debt": 0.8}, {"a:kennedy": 0.5, "w:debt": 0.8})
    debt, tour = story("Lib Dems highlight problem debt", kennedy=1), story("Kennedy begins pre-election tour", kennedy=2)
    assert another_story(debt, tour, Related("b", 0.9), vectors, actors, (mine, some))
    assert not another_story(debt, story("Lib Dems on debt", kennedy=1), Related("b", 0.9), vectors, actors, (mine, some))
    assert not another_story(debt, tour, Related("b", 0.9), vectors, actors, (mine, mine))


def test_stories_that_share_no_headline_word_and_no_person_are_two_stories():
    """BBC related links judged by hand: "Nintendo DS makes its Euro debut" and "Gamers snap up new Sony PSP" (Nintendo,
    Sony and Japan in both, much of a games story's wording) were shown as one story."""
    from generator.archive.reasons import another_story
    from generator.model import Related

    actors = {"nintendo": SimpleNamespace(name="Nintendo", type="organisation"), "sony": SimpleNamespace(name="Sony", type="organisation"),
              "reggie": SimpleNamespace(name="Reggie Fils-Aime", type="person")}
    same_words = frozenset(f"w:m{i}" for i in range(30))
    firms = ({"a:nintendo": 0.5, "a:sony": 0.5, "w:console": 0.7}, {"a:nintendo": 0.5, "a:sony": 0.5, "w:console": 0.7})
    ds, psp = story("Nintendo DS makes its Euro debut", nintendo=2, sony=1), story("Gamers snap up new Sony PSP", nintendo=1, sony=3)
    assert another_story(ds, psp, Related("b", 0.9), firms, actors, (same_words, same_words))
    person = ({**firms[0], "a:reggie": 0.3}, {**firms[1], "a:reggie": 0.3})
    assert not another_story(ds, psp, Related("b", 0.9), person, actors, (same_words, same_words))


TABLE = "{league} - STANDINGS AFTER {day}'S GAMES.\n\n{league} teams after games played on {day} (tabulate under won, lost, goals for, against, points):\n\n{rows}\n"


def test_tables_of_another_day_or_another_league_are_not_related(make_project):
    """A league's table is not linked to its table of another day, nor to another league's table that
    shares only the clubs called by their towns; two tables of one day that share clubs' own names are."""
    from generator.build.pipeline import generate
    from generator.build.sink import as_bytes
    from generator.config import load_settings

    towns = ["NEW JERSEY", "PHOENIX", "BOSTON", "DALLAS", "DETROIT"]
    clubs = ["Arsenal", "Everton", "Wimbledon Rovers", "Aston Villa", "Sheffield Wednesday"]

    def rows(names: list[str], shift: int) -> str:
        return "\n".join(f"{name} {10 + n} {5 + n + shift} {5 - shift} {40 + n} {30 + n * shift} {15 + n}" for n, name in enumerate(names))

    texts = {
        "a_00000000000000e1.txt": TABLE.format(league="NHL", day="THURSDAY", rows=rows(towns, 0)),
        "a_00000000000000e2.txt": TABLE.format(league="NHL", day="FRIDAY", rows=rows(towns, 1)),
        "a_00000000000000e3.txt": TABLE.format(league="NBA", day="THURSDAY", rows=rows(towns, 2)),
        "a_00000000000000f1.txt": TABLE.format(league="PREMIER LEAGUE", day="SATURDAY", rows=rows(clubs, 0)),
        "a_00000000000000f2.txt": TABLE.format(league="PREMIER LEAGUE RESERVES", day="SATURDAY", rows=rows(clubs, 1)),
    }
    settings = load_settings(make_project(texts, seeds=False) / "mkdocs.yml")
    result = generate(settings)
    articles = result.archive.articles
    related = {a.id[-2:]: [r.article[-2:] for r in a.related if r.story] for a in articles}
    assert related == {"e1": [], "e2": [], "e3": [], "f1": ["f2"], "f2": ["f1"]}
    # another day's table of the same league is on the same subject: listed apart, as not this story
    subject = {a.id[-2:]: [r.article[-2:] for r in a.related if not r.story] for a in articles}
    assert subject == {"e1": ["e2"], "e2": ["e1"], "e3": [], "f1": [], "f2": []}
    page = as_bytes(result.output.pages["articles/00000000000000e1/index.md"]).decode()
    assert 'id="same-subject"' in page and "00000000000000e2/" in page and 'id="related"' not in page


def test_headlines_that_share_only_the_names_of_the_people_both_stories_name_are_two_stories():
    """Celebrity news judged by hand: 8 of 10 links shown as one story were two stories of one couple ("Miley Cyrus
    and Liam Hemsworth wore wedding rings on 'SNL'", "Miley Cyrus Reflects on Her Breakup With Liam Hemsworth"): the
    headlines shared only the couple's names, and short pieces have too few rare words to be weighed by them. A
    headline's "plans" is its "plan" ("Clarke to unveil immigration plan", "Clarke plans migrant point scheme")."""
    from generator.archive.reasons import another_story, shared_headline_word
    from generator.model import Related

    actors = {"miley": SimpleNamespace(name="Miley Cyrus", type="person"), "liam": SimpleNamespace(name="Liam Hemsworth", type="person")}
    couple = ({"a:miley": 0.5, "a:liam": 0.5, "w:rings": 0.3}, {"a:miley": 0.5, "a:liam": 0.5, "w:rings": 0.3})
    words = (frozenset({"w:rings", "w:snl", "w:fans", "w:sunday", "w:wearing"}), frozenset({"w:rings", "w:breakup", "w:tour", "w:album", "w:shaken"}))
    rings = story("Miley Cyrus and Liam Hemsworth wore wedding rings on 'SNL'", miley=2, liam=2)
    breakup = story("Miley Cyrus Reflects on Her Breakup With Liam Hemsworth", miley=2, liam=1)
    rumours = story("Those Miley Cyrus wedding rumours have been cleared up", miley=2, liam=1)
    assert another_story(rings, breakup, Related("b", 0.5), couple, actors, words)
    assert not another_story(rings, rumours, Related("b", 0.5), couple, actors, words)
    assert shared_headline_word(story("Clarke to unveil immigration plan"), story("Clarke plans migrant point scheme"))


def test_the_wire_services_of_india_and_europe_are_news_sources():
    """Indian news (review 11): "told PTI", "(ANI Photo)" made the agencies actors that related stories as any company."""
    from generator.archive.reasons import is_news_source

    assert all(map(is_news_source, ("PTI", "Press Trust of India", "ANI", "IANS", "Associated Press", "AP", "DPA", "EFE")))
