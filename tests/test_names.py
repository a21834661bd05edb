"""Name detection rules of generator/names.py, one behaviour a test (issue 32)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.config import load_settings
from generator.names import article_spans, paragraph_spans, scorers, typed_runs
from generator.pipeline import generate


def typed(text: str) -> dict[str, str]:
    return {name: kind for _, _, kind, name, _ in paragraph_spans(text)}


def test_scorers_with_ordinal_minutes_penalties_and_several_goals_are_people():
    line = "Bochum 2 (Stickroth 30th pen, Wosz 89th) Bayer Leverkusen 2 (Kirsten 18th, Ramelow 56th)."
    assert [s[3] for s in scorers(line)] == ["Stickroth", "Wosz", "Kirsten", "Ramelow"]
    assert [s[3] for s in scorers("Rangers 4 (Ferguson 34, McCoist 71 74, Laudrup 83) Hibernian 3 (Wright 21).")] == [
        "Ferguson", "McCoist", "Laudrup", "Wright"]
    assert [s[3] for s in scorers("Schalke 2 (Mulder 2nd and 27th) Hansa Rostock 0.")] == ["Mulder"]


def test_a_bracket_of_numbers_that_are_not_minutes_holds_no_scorer():
    assert scorers("The company (Acme 2000) said") == []
    assert scorers("He (Smith 45 minutes) said") == []


def test_a_result_line_ending_in_a_full_stop_types_both_teams():
    found = typed("Schalke 2 (Mulder 2nd and 27th) Hansa Rostock 0.")
    assert found["Schalke"] == found["Hansa Rostock"] == "organisation"
    assert found["Mulder"] == "person"


def test_a_city_that_is_a_team_in_a_result_is_the_club_in_the_rest_of_the_article():
    spans = article_spans(["Barcelona 3 Valencia 1", "Barcelona stayed top of the league after the win."])
    assert {(s.paragraph, s.name, s.type) for s in spans if s.name == "Barcelona"} == {
        (0, "Barcelona", "organisation"), (1, "Barcelona", "organisation")}


def test_a_city_with_no_team_in_the_article_stays_a_place():
    [span] = [s for s in article_spans(["Talks in Barcelona ended on Friday."]) if s.name == "Barcelona"]
    assert span.type == "place"


def test_hyphenated_and_mc_names_are_name_shaped():
    found = typed("Four states will nominate candidates now that Boutros Boutros-Ghali has put aside his bid.")
    assert found.get("Boutros Boutros-Ghali") == "person"
    assert typed("Kuwait lost after Jassem Al-Huwaidi and Bader Haji missed.").get("Jassem Al-Huwaidi") == "person"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("AaBbMcO'-() .,0123456789thpen")), max_size=60))
def test_run_typing_never_fails_and_spans_lie_in_the_text(text):
    words, runs = typed_runs(text)
    assert all(0 <= run.first < run.end <= len(words) for run in runs)
    for start, end, _, name, _ in paragraph_spans(text) + tuple(scorers(text)):
        assert 0 <= start < end <= len(text) and name


def test_a_results_article_gives_its_clubs_organisation_pages_and_its_scorers_person_pages(make_project):
    article = ("SOCCER - GERMAN LEAGUE RESULTS.\n\nResults of German first division matches on Saturday:\n\n"
               "Schalke 2 (Mulder 2nd and 27th) Hansa Rostock 0.\n\n"
               "Bochum 2 (Stickroth 30th pen, Wosz 89th) Bayer Leverkusen 2 (Kirsten 18th, Ramelow 56th).\n\n"
               "Schalke moved up to fourth place after the win.\n")
    project = make_project({"120_00000000000000c3.txt": article}, seeds=False)
    actors = generate(load_settings(project / "mkdocs.yml")).archive.actors.values()
    kinds = {a.name: a.type for a in actors}
    assert {kinds.get(n) for n in ("Schalke", "Hansa Rostock", "Bochum", "Bayer Leverkusen")} == {"organisation"}
    assert {kinds.get(n) for n in ("Mulder", "Stickroth", "Wosz", "Kirsten", "Ramelow")} == {"person"}
