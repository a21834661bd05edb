"""Fixity for a built site: a manifest of every file's sha256, and checking a copy against it.

`manifest-sha256.txt` holds one line per file, `<sha256>  <path>` (paths relative to the site root,
forward slashes, sorted), and does not list itself. archive.zip unpacks to a BagIt bag (RFC 8493,
bundle.py) whose payload, under data/, is the site; `verify` checks a site or such a bag.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

MANIFEST = "manifest-sha256.txt"
BUNDLE = "archive.zip"  # the whole site packed, manifest included: listed nowhere, checked by its contents
BAGIT = "bagit.txt"  # marks a bag's base folder
PAYLOAD = "data"  # a bag's payload folder
TAG_MANIFEST = "tagmanifest-sha256.txt"


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for chunk in iter(lambda: stream.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def site_files(site_dir: Path) -> list[str]:
    """Every file of the site but the manifest and the zip, site-relative, sorted (os.walk, which
    knows files from folders without a stat of each, as pathlib's rglob + is_file does not)."""
    found = []
    for folder, _, names in os.walk(site_dir):
        relative = os.path.relpath(folder, site_dir).replace(os.sep, "/")
        prefix = "" if relative == "." else relative + "/"
        found += [prefix + name for name in names]
    return sorted(name for name in found if name not in (MANIFEST, BUNDLE))


def bytes_sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def manifest_text(digests: Iterable[tuple[str, str]]) -> str:
    """The manifest's lines for (path, sha256) pairs given in site_files() order."""
    return "".join(f"{digest}  {name}\n" for name, digest in digests)


class ManifestError(Exception):
    """The manifest is missing or unreadable."""


def read_manifest(site_dir: Path, name: str = MANIFEST) -> dict[str, str]:
    path = site_dir / name
    if not path.is_file():
        raise ManifestError(f"{path}: no manifest (build the site with corpus-archive build)")
    entries = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        digest, sep, name = line.partition("  ")
        if not sep or len(digest) != 64:
            raise ManifestError(f"{path}: line {number} is not '<sha256>  <path>'")
        entries[name] = digest
    return entries


@dataclass
class Verification:
    checked: int = 0
    changed: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (self.changed or self.missing or self.extra)

    def lines(self) -> list[str]:
        return ([f"changed: {n}" for n in self.changed] + [f"missing: {n}" for n in self.missing]
                + [f"not in manifest: {n}" for n in self.extra])


def verify(site_dir: Path) -> Verification:
    """A built site against its manifest; or an unpacked archive.zip (a bag): its payload against the
    bag's manifest, and the tag files its tag manifest lists."""
    if (site_dir / BAGIT).is_file():
        return verify_bag(site_dir)
    return compare(site_dir, read_manifest(site_dir), set(site_files(site_dir)))


def verify_bag(bag: Path) -> Verification:
    payload = {p.relative_to(bag).as_posix() for p in (bag / PAYLOAD).rglob("*") if p.is_file()}
    result = compare(bag, read_manifest(bag), payload)
    if not (bag / TAG_MANIFEST).is_file():  # optional in BagIt
        return result
    tag_files = {p.name for p in bag.iterdir() if p.is_file()}  # those it does not list are allowed
    tags = compare(bag, read_manifest(bag, TAG_MANIFEST), tag_files)
    result.checked += tags.checked
    result.changed += tags.changed
    result.missing += tags.missing
    return result


def compare(site_dir: Path, expected: dict[str, str], present: set[str]) -> Verification:
    """Each expected file's sha256; `present` (files that must all be listed) minus the expected are extra."""
    result = Verification()
    for name, digest in sorted(expected.items()):
        if name not in present:
            result.missing.append(name)
            continue
        result.checked += 1
        if file_sha256(site_dir / name) != digest:
            result.changed.append(name)
    result.extra = sorted(present - expected.keys())
    return result
