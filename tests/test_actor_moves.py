"""An actor page's address keeps answering when the page moves (a better name, a merge in actors.yml) or
goes (no article names it any more): corpus/actor-ids.yml records every address published, and the
built site leads each old one to where its names are now, or says there is no page."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from generator.archive.actor_moves import moved_actors, recorded_after
from generator.content import actor_ledger
from generator.content.actor_ledger import RecordedActor
from generator.content.ledger import LedgerError
from generator.model import Actor

from conftest import checked_build, run_cli

CABLE = """Cable backs tax plan

Vincent Cable said the plan was fair to families and would be paid for by closing loopholes.
Mr Cable added that the Treasury had not costed its own proposals properly.
"""
ROE = """Library to open late

Jane Roe said the library would open its doors in the spring, a year later than planned.
Ms Roe said builders had found old cellars under the site.
"""
OTHER = """Council budget agreed

Peter Smith said the council had agreed its budget after a long meeting on Tuesday evening.
Mr Smith said council tax would rise by less than inflation.
"""


def person(slug: str, name: str, *aliases: str) -> Actor:
    return Actor(slug, name, "person", tuple(aliases), source="detected")


def test_an_old_address_leads_to_the_actor_that_holds_its_names():
    actors = {
        "vince-cable": person("vince-cable", "Vince Cable", "Vincent Cable"),
        "tony-blair": person("tony-blair", "Tony Blair"),
        "cherie-blair": person("cherie-blair", "Cherie Blair"),
        "norman-baker": person("norman-baker", "Norman Baker"),
    }
    written = {"tony-blair": Counter({"Blair": 40, "Tony Blair": 9}), "cherie-blair": Counter({"Blair": 2})}
    recorded = (
        RecordedActor("vincent-cable", "person", ("Vincent Cable",)),  # now an alias
        RecordedActor("blair", "person", ("Blair",)),  # written so, most often for Tony Blair
        RecordedActor("fellow-lib-dem-norman-baker", "person", ("Fellow Lib Dem Norman Baker",)),  # the same last words
        RecordedActor("colin-mcrae-rally", "person", ("Colin McRae Rally",)),  # no one holds it now
        RecordedActor("tony-blair", "person", ("Tony Blair",)),  # still built: not moved
    )
    assert moved_actors(recorded, actors, written) == {
        "vincent-cable": ("vince-cable", "Vincent Cable"),
        "blair": ("tony-blair", "Blair"),
        "fellow-lib-dem-norman-baker": ("norman-baker", "Fellow Lib Dem Norman Baker"),
        "colin-mcrae-rally": ("", "Colin McRae Rally"),
    }


def test_one_word_is_not_enough_to_lead_to_a_longer_name():
    actors = {"anna-miller": person("anna-miller", "Anna Miller"), "paul-miller": person("paul-miller", "Paul Miller")}
    assert moved_actors((RecordedActor("miller", "person", ("Miller",)),), actors, {}) == {"miller": ("", "Miller")}


def test_the_ledger_keeps_every_address_and_the_names_each_stood_for():
    recorded = (RecordedActor("lib-dems", "organisation", ("Lib Dems",)), RecordedActor("vince-cable", "person", ("Vince Cable", "Cable")))
    actors = {"vince-cable": person("vince-cable", "Vince Cable", "Vincent Cable"), "liberal-democrats": Actor("liberal-democrats", "Liberal Democrats", "organisation", ("Lib Dems",))}
    after = recorded_after(recorded, actors)
    assert [entry.slug for entry in after] == ["lib-dems", "liberal-democrats", "vince-cable"]
    assert after[0] == recorded[0] and after[2].names == ("Vince Cable", "Vincent Cable", "Cable")


def test_the_ledger_file_reads_back_as_written_and_a_damaged_one_is_named(tmp_path: Path):
    path = tmp_path / "actor-ids.yml"
    recorded = (RecordedActor("jose-manuel-barroso", "person", ("José Manuel Barroso", "Barroso")),)
    assert actor_ledger.save(path, recorded) and not actor_ledger.save(path, recorded)
    assert actor_ledger.load(path) == recorded
    path.write_text("- {slug: x}\n", encoding="utf-8")
    with pytest.raises(LedgerError, match=r"actor-ids.yml: entry 1 needs a slug and a list of names"):
        actor_ledger.load(path)


def refresh_target(page: Path) -> Path:
    target = re.search(r'http-equiv="refresh" content="0; url=([^"]+)"', page.read_text(encoding="utf-8")).group(1)
    return (page.parent / target).resolve()


def test_a_moved_or_gone_actor_page_still_answers_in_the_built_site(make_project):
    files = {"100_00000000000000a1.txt": CABLE, "101_00000000000000a2.txt": ROE, "102_00000000000000a3.txt": OTHER}
    project = make_project(files, seeds=False)
    first = run_cli(project, "generate")
    assert first.returncode == 0, first.stdout + first.stderr
    assert {"vincent-cable", "jane-roe"} <= {p.name for p in (project / "docs" / "actors").iterdir()}
    assert '"slug": "vincent-cable"' in (project / "corpus" / "actor-ids.yml").read_text(encoding="utf-8")

    # the editors merge the name under the one they prefer; the library story leaves the corpus
    (project / "corpus" / "actors.yml").write_text("- name: Vince Cable\n  type: person\n  aliases: [Vincent Cable]\n", encoding="utf-8")
    (project / "corpus" / "101_00000000000000a2.txt").unlink()
    built = checked_build(project, "--strict", "--allow-withdrawals")

    moved = built.site / "actors" / "vincent-cable" / "index.html"
    assert refresh_target(moved) == (built.site / "actors" / "vince-cable" / "index.html").resolve()
    assert refresh_target(moved).is_file() and "Vince Cable" in refresh_target(moved).read_text(encoding="utf-8")
    gone = built.html("actors/jane-roe/index.html")
    assert gone.h1.get_text(strip=True) == "Jane Roe" and "has none now" in gone.get_text()
    links = {a.get_text(strip=True): a["href"] for a in gone.select(".archive-withdrawn a")}
    search, query = links["Search the archive for “Jane Roe”"].split("?")
    assert query == "q=Jane%20Roe" and (moved.parent.parent / "jane-roe" / search).resolve().is_file()
    assert (moved.parent.parent / "jane-roe" / links["All people, organisations and places"]).resolve() == (built.site / "actors" / "index.html").resolve()
    again = run_cli(project, "generate")
    assert "actor-ids.yml updated" not in again.stdout + again.stderr  # a build that moves nothing writes nothing
