"""A build never destroys a site by mistake: a wrong corpus folder, a mass withdrawal, two builds at
once and a damaged id ledger each stop with one clear line, and leave docs/, site/ and the ledger alone."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from conftest import copy_built, run_cli
from generator.build.lock import Busy, build_lock


def snapshot(folder):
    return {p.relative_to(folder): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def built(seed_build, tmp_path_factory):
    """A built seed project of this module's own (a copy of the session's build of it)."""
    return copy_built(seed_build, tmp_path_factory.mktemp("safe") / "project").project


def unchanged_after(project, *args):
    before = {name: snapshot(project / name) for name in ("site", "docs", "corpus")}
    result = run_cli(project, *args)
    after = {name: snapshot(project / name) for name in ("site", "docs", "corpus")}
    return result, before == after


@pytest.mark.slow
@pytest.mark.parametrize("command", ["build", "generate"])
def test_a_missing_corpus_folder_is_an_error_and_changes_nothing(built, command):
    result, same = unchanged_after(built, command, "--corpus", "../clipings")
    assert result.returncode == 1
    assert "clipings: corpus folder not found" in result.stderr
    assert same


@pytest.mark.slow
def test_an_empty_corpus_folder_is_an_error_and_changes_nothing(built, tmp_path):
    result, same = unchanged_after(built, "build", "--corpus", str(tmp_path))
    assert result.returncode == 1
    assert f"{tmp_path}: no readable .txt article" in result.stderr
    assert same


@pytest.mark.slow
def test_a_mass_withdrawal_stops_and_lists_the_articles(built, tmp_path):
    partial = tmp_path / "corpus"
    partial.mkdir()
    keep = sorted((built / "corpus").glob("*.txt"))[:2]
    for path in keep:
        (partial / path.name).write_bytes(path.read_bytes())
    (partial / "ids.yml").write_bytes((built / "corpus" / "ids.yml").read_bytes())
    result, same = unchanged_after(built, "build", "--corpus", str(partial))
    assert result.returncode == 1
    assert "would withdraw 3 of 5 published articles" in result.stderr
    assert "--allow-withdrawals" in result.stderr
    assert "004_07246955231fe645.txt" in result.stderr
    assert same


def test_a_damaged_ledger_stops_the_build(make_project):
    project = make_project()
    (project / "corpus" / "ids.yml").write_text("- id: x\n  file: [\n")
    result = run_cli(project, "generate")
    assert result.returncode == 1
    assert "ids.yml: cannot be read" in result.stderr
    assert not (project / "docs" / "articles").exists()


def test_a_second_build_is_refused_naming_the_first(make_project):
    project = make_project()
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from pathlib import Path; from generator.build.lock import build_lock\n"
         "with build_lock(Path(sys.argv[1])):\n    print('locked', flush=True); time.sleep(30)", str(project)],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        result = run_cli(project, "generate")
        assert result.returncode == 1
        assert f"another build of this project is running (pid {holder.pid}" in result.stderr
        assert "Traceback" not in result.stderr
    finally:
        holder.kill()
        holder.wait()
    assert run_cli(project, "generate").returncode == 0, "a lock whose process died is free again"


def test_the_lock_waits_when_asked(tmp_path):
    said = []
    with build_lock(tmp_path):
        with pytest.raises(Busy):
            with build_lock(tmp_path):
                pass
    with build_lock(tmp_path, wait=True, on_wait=said.append):
        pass
    assert said == []


def test_a_full_disk_is_one_line_and_exit_1(make_project, capsys):
    """publish swaps the new site in last, so a full disk leaves the old one; the user gets one line."""
    import errno

    from generator.cli import locked
    from generator.config import load_settings

    project = make_project()
    with pytest.raises(SystemExit) as stopped:
        with locked(load_settings(project / "mkdocs.yml")):
            raise OSError(errno.ENOSPC, "No space left on device", str(project / "docs" / "x.md"))
    assert stopped.value.code == 1
    said = capsys.readouterr().err
    assert "x.md: No space left on device" in said and "the previous site was left as it was" in said
    assert "Traceback" not in said


@pytest.mark.slow
def test_another_folder_without_a_ledger_stops_then_leaves_withdrawn_pages(seed_build, tmp_path):
    """--corpus naming a folder that exists (a backup, a subfolder) has no ledger of its own: the
    articles the site published are still counted as withdrawn, so the build stops; confirmed, their
    URLs keep withdrawn pages instead of answering 404."""
    project = copy_built(seed_build, tmp_path / "project").project  # the seeds built
    other = tmp_path / "other"
    other.mkdir()
    (other / "one.txt").write_text("A story of its own\n\nWith a paragraph that is long enough to be a body of text.\n")
    result, same = unchanged_after(project, "build", "--corpus", str(other))
    assert result.returncode == 1 and "would withdraw 5 of 5 published articles" in result.stderr and same
    assert "001_3c68d103f99c1bde.txt" in result.stderr, "each is named by the file it was published from"
    confirmed = run_cli(project, "build", "--corpus", str(other), "--allow-withdrawals")
    assert confirmed.returncode == 0, confirmed.stderr
    page = (project / "site" / "articles" / "3c68d103f99c1bde" / "index.html").read_text(encoding="utf-8")
    assert "withdrawn from the archive" in page and "US-Ukraine peace talks downgraded" in page


def test_a_site_built_before_the_ledger_keeps_its_ids(make_project):
    """An archive built by an older version (ids from 8-64 hex digits in a name, no ids.yml): the
    first build with the ledger finds each published text again and keeps its URL."""
    import json

    text = "Harbour report\n\nThe harbour reopened on Monday after the storm, the port authority said.\n"
    project = make_project({"report-20250423.txt": text}, seeds=False)
    page = project / "docs" / "articles" / "20250423"
    page.mkdir(parents=True)
    (page / "original.txt").write_text(text, encoding="utf-8")
    (page / "index.md").write_text("---\ntitle: Harbour report\narchive:\n  type: article\n  title: {value: Harbour report}\n  source: {file: report-20250423.txt}\n---\n", encoding="utf-8")
    result = run_cli(project, "generate", "--report", "r.json")
    assert result.returncode == 0, result.stderr
    entry = next(f for f in json.loads((project / "r.json").read_text())["files"] if f["name"] == "report-20250423.txt")
    assert entry["id"] == "20250423" and entry["id_how"] == "kept"
    assert "withdraw" not in result.stderr


def test_the_new_site_is_swapped_in_whole_and_the_old_one_removed_by_a_process_of_its_own(tmp_path):
    """Two renames, then the old site removed by a process the build does not wait for, its files by several threads
    (a slow disk took 10-34 s for 15,000 files one after another); old sites a stopped build or an unfinished remover
    left go too."""
    from generator.publish.stage import swap_in

    site, staging = tmp_path / "site", tmp_path / ".site.staging"
    left = [tmp_path / ".site.old", tmp_path / ".site.old-1-2"]
    for folder, text in ((site, "old"), (staging, "new"), *((f, "left") for f in left)):
        for n in range(40):
            (folder / f"a{n % 7}" / f"{n}").mkdir(parents=True)
            (folder / f"a{n % 7}" / f"{n}" / "index.html").write_text(text)
    remover = swap_in(staging, site)
    assert {p.read_text() for p in site.rglob("index.html")} == {"new"} and len(list(site.rglob("index.html"))) == 40
    assert remover is not None and remover.wait(timeout=60) == 0 and remover.pid != os.getpid()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]
    fresh = tmp_path / ".first.staging"
    fresh.mkdir()
    assert swap_in(fresh, tmp_path / "first") is None  # no site before it: nothing to remove
