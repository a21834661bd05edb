"""Issue 34.9: archive.zip unpacks to a BagIt bag (RFC 8493) that the Library of Congress's `bagit`
validates, whose bag-info.txt names the archive and its date; `corpus-archive verify` checks the
unpacked bag, its payload and the deployed site, and names what was tampered with."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import bagit
import pytest

from conftest import PROJECT, SEED_IDS, checked_build, copy_project, run_cli
from generator.publish.bundle import ZIP_FOLDER
from generator.publish.fixity import MANIFEST

pytestmark = pytest.mark.slow

EPOCH = "1745366400"  # 2025-04-23 00:00 UTC


@pytest.fixture(scope="module")
def bagged(tmp_path_factory) -> tuple[Path, Path]:
    """The seed corpus built with a fixed SOURCE_DATE_EPOCH; its archive.zip unpacked: (site, bag)."""
    project = copy_project(tmp_path_factory.mktemp("bag-project"))
    built = checked_build(project, env={"SOURCE_DATE_EPOCH": EPOCH})
    unpacked = tmp_path_factory.mktemp("unpacked")
    with zipfile.ZipFile(built.site / "archive.zip") as bundle:
        bundle.extractall(unpacked)
    return built.site, unpacked / ZIP_FOLDER


def test_the_library_of_congress_validator_accepts_the_bag(bagged):
    site, bag_dir = bagged
    bag = bagit.Bag(str(bag_dir))
    bag.validate()  # raises BagValidationError on any problem, Payload-Oxum included
    assert bag.version_info == (1, 0) and bag.algorithms == ["sha256"]
    assert bag.info["Title"] == "Ukraine peace talks 2025 — clippings archive"
    assert bag.info["Bagging-Date"] == "2025-04-23"
    assert bag.info["External-Description"].startswith("Raw news and opinion clippings")
    payload = sorted(path for path, _ in bag.payload_entries().items())
    site_files = sorted(f"data/{p.relative_to(site).as_posix()}" for p in site.rglob("*") if p.is_file() and p.name != "archive.zip")
    assert payload == site_files  # the payload is the whole site, its own manifest included
    assert (bag_dir / "data" / f"articles/{SEED_IDS['001']}/original.txt").read_bytes() == next((PROJECT / "corpus").glob("001_*.txt")).read_bytes()
    assert set(bag.tagfile_entries()) >= {"bagit.txt", "bag-info.txt", MANIFEST}


def test_a_tampered_bag_fails_the_validator_and_verify(bagged, tmp_path):
    site, bag_dir = bagged
    copy = tmp_path / "bag"
    shutil.copytree(bag_dir, copy)
    assert run_cli(PROJECT, "verify", str(copy)).returncode == 0
    changed = copy / "data" / f"articles/{SEED_IDS['002']}/original.txt"
    changed.write_bytes(changed.read_bytes().replace(b"peace", b"Peace", 1))
    (copy / "data" / "stray.txt").write_text("added later")
    with pytest.raises(bagit.BagValidationError):
        bagit.Bag(str(copy)).validate()
    result = run_cli(PROJECT, "verify", str(copy))
    output = result.stdout + result.stderr
    assert result.returncode == 1
    assert f"changed: data/articles/{SEED_IDS['002']}/original.txt" in output and "not in manifest: data/stray.txt" in output
    (copy / "bag-info.txt").write_text("Title: another\n")
    tags = run_cli(PROJECT, "verify", str(copy))
    assert "changed: bag-info.txt" in tags.stdout + tags.stderr


def test_verify_checks_the_bag_its_payload_and_the_site(bagged):
    site, bag_dir = bagged
    for folder in (bag_dir, bag_dir / "data", site):
        result = run_cli(PROJECT, "verify", str(folder))
        assert result.returncode == 0, (folder, result.stdout + result.stderr)
    assert (bag_dir / "data" / MANIFEST).read_bytes() == (site / MANIFEST).read_bytes()


def test_the_bag_opens_from_its_index(bagged):
    _, bag_dir = bagged
    html = (bag_dir / "index.html").read_text(encoding="utf-8")
    assert 'url=data/index.html"' in html and (bag_dir / "data" / "index.html").is_file()
