"""`corpus-archive init`, then a user's own plain-named clippings through edits, renames and a
deletion: every first URL still answers, and nothing of the bundled sample shows up."""

from __future__ import annotations

import re
import shutil

import pytest
import yaml

from conftest import PROJECT, run_cli
from generator.init import NewArchive, skeleton_files

TEXTS = {
    "001.txt": "Harbour workers begin strike over pay\nBy Maria Lopez\n\nDock workers at the northern harbour walked out on Monday after talks with the port authority broke down over wages and night shifts.\n\nThe union said the strike would last until a new offer was made.",
    "002.txt": "Council approves new cycle lanes\n\nThe city council voted to build twelve kilometres of protected cycle lanes along the river, despite objections from shop owners.\n\nWork is due to start in the spring.",
    "003.txt": "Museum returns stolen painting\n\nA landscape stolen from the town museum in 1987 has been returned after it was found in a private collection abroad, curators said.\n\nThe painting will go on show next month.",
    "004.txt": "Drought forces water limits in farming region\n\nFarmers in the valley may draw only half their usual water this summer after the driest winter on record, officials announced.\n\nThe limits will be reviewed in June.",
}
OTHERS = {
    "005.txt": "Ferry timetable changes for winter\n\nThe island ferry will sail twice a day instead of four times from November, the operator said.",
    "006.txt": "Library extends opening hours\n\nThe central library will open on Sundays from next year after a petition signed by three thousand residents.",
}
SWAPPED = dict(zip(OTHERS, reversed(OTHERS.values())))  # written first as OTHERS, then with their names swapped
SAMPLE_WORDS = re.compile(r"ukrain|zelensk|witkoff|bannon|crimea|peace talks", re.I)


def test_the_repositorys_settings_are_the_skeletons():
    """The example archive's mkdocs.yml is exactly what init makes with its title: they cannot drift."""
    ours = (PROJECT / "mkdocs.yml").read_text(encoding="utf-8")
    settings = yaml.load(ours, Loader=yaml.BaseLoader)
    made = skeleton_files(NewArchive(settings["site_name"], settings["site_description"]))["mkdocs.yml"]
    assert made == ours


@pytest.mark.parametrize("name, check", [("corpus/topics.yml", "validate_topics"), ("corpus/actors.yml", "validate_registry")])
def test_the_commented_examples_of_a_new_archive_are_valid(name, check):
    """Removing the # of a new archive's example gives an entry the build accepts."""
    from generator.enrich import registry, topics

    text = skeleton_files(NewArchive("T"))[name]
    example = yaml.safe_load("\n".join(line[2:] for line in text.splitlines() if line.startswith(("# -", "#  "))))
    validate = getattr(topics, check, None) or getattr(registry, check)
    entries, problems = validate(example)
    assert entries and problems == []


def test_init_accepts_a_new_empty_git_repository(tmp_path):
    (tmp_path / ".git").mkdir()
    assert run_cli(tmp_path, "init", str(tmp_path), "--title", "X").returncode == 0
    assert (tmp_path / "mkdocs.yml").is_file()


def test_init_refuses_a_folder_that_is_not_empty(tmp_path):
    (tmp_path / "notes.txt").write_text("mine")
    result = run_cli(tmp_path, "init", str(tmp_path), "--title", "X")
    assert result.returncode == 1
    assert f"{tmp_path}: not empty" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def titles_in(site, article_id):
    return (site / "articles" / article_id / "index.html").read_text(encoding="utf-8")


@pytest.mark.slow
def test_a_new_archive_keeps_every_url_through_edits_renames_and_deletions(tmp_path):
    archive = tmp_path / "harbour"
    made = run_cli(tmp_path, "init", str(archive), "--title", "Harbour town: press clippings", "--description", "Local news, 2026.")
    assert made.returncode == 0, made.stderr
    for name in (".github/workflows/pages.yml", ".gitignore", "README.md", "CITATION.cff", "corpus/actors.yml"):
        assert (archive / name).is_file(), name
    for name, text in {**TEXTS, **OTHERS}.items():
        (archive / "corpus" / name).write_text(text, encoding="utf-8")

    first = run_cli(archive, "build")
    assert first.returncode == 0, first.stderr
    ledger = yaml.safe_load((archive / "corpus" / "ids.yml").read_text(encoding="utf-8"))
    ids = {row["file"]: row["id"] for row in ledger}
    assert sorted(ids) == sorted({**TEXTS, **OTHERS}) and len(set(ids.values())) == 6
    assert all(f"{name}: new id {ids[name]}" in first.stderr for name in ids)
    site = archive / "site"
    assert "Harbour workers begin strike" in titles_in(site, ids["001.txt"])
    assert "Harbour town: press clippings" in (site / "index.html").read_text(encoding="utf-8")

    corpus = archive / "corpus"
    (corpus / "001.txt").write_text(TEXTS["001.txt"].replace("Monday", "Tuesday"), encoding="utf-8")
    (corpus / "002.txt").rename(corpus / "cycle-lanes.txt")
    (corpus / "museum.txt").write_text(TEXTS["003.txt"].replace("next month", "in the autumn"), encoding="utf-8")
    (corpus / "003.txt").unlink()
    (corpus / "004.txt").unlink()
    shutil.copy(corpus / "001.txt", corpus / "001-copy.txt")
    for name, text in SWAPPED.items():
        (corpus / name).write_text(text, encoding="utf-8")

    refused = run_cli(archive, "build")
    assert refused.returncode == 1 and "would withdraw 1 of 6" in refused.stderr
    second = run_cli(archive, "build", "--allow-withdrawals")
    assert second.returncode == 0, second.stderr
    said = second.stderr
    assert f"001.txt: keeps id {ids['001.txt']} (edited)" in said
    assert f"cycle-lanes.txt: keeps id {ids['002.txt']} (renamed, was 002.txt)" in said
    assert f"museum.txt: keeps id {ids['003.txt']} (renamed and edited, was 003.txt)" in said
    assert f"{ids['004.txt']}: withdrawn (004.txt is gone)" in said

    assert f"005.txt: keeps id {ids['006.txt']} (renamed, was 006.txt)" in said
    assert f"006.txt: keeps id {ids['005.txt']} (renamed, was 005.txt)" in said
    assert "Ferry timetable" in titles_in(site, ids["005.txt"]) and "Library extends" in titles_in(site, ids["006.txt"])
    assert "Tuesday" in titles_in(site, ids["001.txt"])
    assert "Council approves new cycle lanes" in titles_in(site, ids["002.txt"])
    assert "in the autumn" in titles_in(site, ids["003.txt"])
    withdrawn = titles_in(site, ids["004.txt"])
    assert "withdrawn from the archive on" in withdrawn and "Drought forces water limits" in withdrawn
    copy_id = next(row["id"] for row in yaml.safe_load((corpus / "ids.yml").read_text(encoding="utf-8")) if row["file"] == "001-copy.txt")
    assert f"../{ids['001.txt']}/index.html" in titles_in(site, copy_id), "the copy redirects to the original"

    for page in site.rglob("*.html"):
        assert not SAMPLE_WORDS.search(page.read_text(encoding="utf-8")), page
    assert not (site / "topics" / "crimea").exists()
    assert run_cli(archive, "verify", "site").returncode == 0
