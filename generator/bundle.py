"""The manifest and archive.zip: the whole built site in one download, browsable from disk once
unpacked, and checkable against its manifest (fixity.py).

Deterministic: entries in the manifest's order with the manifest last, fixed timestamps and
permissions, so two builds of one corpus give the same bytes."""

from __future__ import annotations

import zipfile
from pathlib import Path

from .fixity import BUNDLE, MANIFEST, bytes_sha256, manifest_text, site_files

ZIP_FOLDER = "archive"  # unpacking gives archive/index.html
FIXED_TIME = (1980, 1, 1, 0, 0, 0)
# zlib's default: on a 1,000-article site (118 MB) level 9 took 45 s for 24.4 MB, level 6 23.6 s
# for 24.5 MB, level 1 10.5 s for 28.7 MB
COMPRESSION = 6


def zip_entry(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(f"{ZIP_FOLDER}/{name}", date_time=FIXED_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    return info


def write_manifest_and_zip(site: Path) -> Path:
    """Write site/manifest-sha256.txt and site/archive.zip in one pass over the site's files, each
    read once, hashed and compressed; returns the zip's path. The manifest, which can only be written
    once every file is hashed, goes into the zip last. (Hashing on a second thread was slower: most
    files are small, and hashlib keeps the GIL for data under 2 KB.)"""
    target = site / BUNDLE
    temporary = site / (BUNDLE + ".tmp")
    names = site_files(site)  # before the temporary zip exists
    digests = []
    with zipfile.ZipFile(temporary, "w") as bundle:
        for name in names:
            data = (site / name).read_bytes()
            digests.append((name, bytes_sha256(data)))
            bundle.writestr(zip_entry(name), data, compresslevel=COMPRESSION)
        manifest = manifest_text(digests)
        (site / MANIFEST).write_text(manifest, encoding="utf-8")
        bundle.writestr(zip_entry(MANIFEST), manifest.encode("utf-8"), compresslevel=COMPRESSION)
    temporary.replace(target)
    return target
