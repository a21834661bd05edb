"""The command line as a user runs it: exit codes, the JSON report, what each command writes."""

from __future__ import annotations

import json

from conftest import copy_built, copy_project, run_cli

GOOD = "A Headline For Testing\nBy Jane Doe\nThe first paragraph of a test article, with enough words to be prose.\n"


def test_check_writes_nothing(make_project):
    project = make_project()
    result = run_cli(project, "check")
    assert result.returncode == 0, result.stderr
    assert "5 published" in result.stderr
    assert not (project / "site").exists()
    assert not (project / "docs" / "articles").exists()


def test_generate_writes_markdown_only(make_project):
    project = make_project()
    result = run_cli(project, "generate")
    assert result.returncode == 0, result.stderr
    assert (project / "docs" / "articles" / "3c68d103f99c1bde" / "index.md").is_file()
    assert not (project / "site").exists()


def test_strict_exits_1_naming_the_file(make_project):
    project = make_project({"empty_0123456789abcdef.txt": "   \n"}, seeds=False)
    (project / "corpus" / "good_1123456789abcdef.txt").write_text(GOOD)
    relaxed = run_cli(project, "check", "--report", "r.json")
    assert relaxed.returncode == 0
    strict = run_cli(project, "check", "--strict")
    assert strict.returncode == 1
    assert "empty_0123456789abcdef.txt: skipped: empty file" in strict.stderr
    report = json.loads((project / "r.json").read_text())
    statuses = {f["name"]: f["status"] for f in report["files"]}
    assert statuses == {"empty_0123456789abcdef.txt": "skipped", "good_1123456789abcdef.txt": "published"}


def test_usage_errors_exit_2(make_project):
    project = make_project()
    assert run_cli(project, "build", "--no-such-option").returncode == 2
    missing = run_cli(project, "check", "--config", "nope.yml")
    assert missing.returncode == 2 and "nope.yml" in missing.stderr


def test_bad_archive_option_is_named(make_project):
    project = make_project()
    config = project / "mkdocs.yml"
    config.write_text(config.read_text().replace("reading_wpm: 230", "reading_wpm: fast"))
    result = run_cli(project, "check")
    assert result.returncode == 2
    assert "extra.archive.reading_wpm" in result.stderr


def test_metadata_override_is_marked(make_project):
    project = make_project()
    (project / "corpus" / "metadata.yml").write_text("3c68d103f99c1bde:\n  outlet: Example Daily\n  date: 2025-04-23\n  colour: red\n")
    result = run_cli(project, "generate", "--report", "r.json")
    assert result.returncode == 0
    text = (project / "docs" / "articles" / "3c68d103f99c1bde" / "index.md").read_text()
    assert "override (corpus/metadata.yml)" in text and "Example Daily" in text
    assert "3c68d103f99c1bde.colour: unknown field" in result.stderr


def test_build_report_and_failed_build_keeps_old_site(seed_build, tmp_path):
    built = copy_built(seed_build, tmp_path / "project")
    project = built.project
    assert built.result.returncode == 0, built.result.stderr
    entries = built.report["files"]
    assert {e["status"] for e in entries} == {"published"} and len(entries) == 5
    marker = project / "site" / "index.html"
    before = marker.read_bytes()
    (project / "mkdocs.yml").write_text((project / "mkdocs.yml").read_text() + "\nnav_broken: [\n")
    failed = run_cli(project, "build")
    assert failed.returncode != 0
    assert marker.read_bytes() == before


def test_strict_fails_on_a_mkdocs_warning_and_a_plain_build_does_not(tmp_path):
    """A page of the user's own in docs/ links to a page that is not there: MkDocs warns. (MkDocs'
    --quiet hides warnings from its --strict, so a strict build runs without it.)"""
    project = copy_project(tmp_path / "project")
    (project / "docs" / "notes.md").write_text("# Notes\n\nSee [the missing page](missing.md).\n", encoding="utf-8")
    strict = run_cli(project, "build", "--strict")
    assert strict.returncode == 1 and "missing.md" in strict.stdout + strict.stderr
    assert run_cli(project, "build").returncode == 0
