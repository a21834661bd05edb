"""The manifest and archive.zip: the whole built site in one download, browsable from disk once
unpacked, and a BagIt bag (RFC 8493) that archivists' tools validate (fixity.py checks it too).

The zip holds one folder, the bag:

    archive/bagit.txt                 BagIt version and encoding
    archive/bag-info.txt              the archive's title, description, address, date; Payload-Oxum
    archive/manifest-sha256.txt       every payload file: `<sha256>  data/<path>`
    archive/tagmanifest-sha256.txt    the files above (and index.html)
    archive/index.html                opens data/index.html
    archive/data/...                  the site, its own manifest-sha256.txt included

Deterministic: entries in the manifest's order, the tag files last, fixed timestamps and
permissions, so two builds of one corpus give the same bytes."""

from __future__ import annotations

import copy
import io
import struct
import zipfile
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape

from .fixity import BAGIT, BUNDLE, MANIFEST, PAYLOAD, TAG_MANIFEST, bytes_sha256, manifest_text, site_files

ZIP_FOLDER = "archive"  # unpacking gives archive/index.html, which opens archive/data/index.html
FIXED_TIME = (1980, 1, 1, 0, 0, 0)
# zlib's default: on a 1,000-article site (118 MB) level 9 took 45 s for 24.4 MB, level 6 23.6 s
# for 24.5 MB, level 1 10.5 s for 28.7 MB
COMPRESSION = 6
LOCAL_HEADER = 30  # bytes of a zip entry's local header before its name and extra field
BAGIT_TXT = "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"


@dataclass(frozen=True)
class BagInfo:
    """What bag-info.txt says of the archive; empty values are left out."""

    title: str = "Archive"
    description: str = ""
    address: str = ""  # the site_url, when the archive has one
    date: str = ""  # YYYY-MM-DD: the day the archive was built (config.archived_on)


def bag_info_text(info: BagInfo, payload_bytes: int, payload_files: int) -> str:
    """bag-info.txt: one `Label: value` a line (a value's line breaks folded into spaces)."""
    fields = [
        ("Title", info.title),
        ("External-Description", info.description),
        ("External-Identifier", info.address),
        ("Bagging-Date", info.date),
        ("Payload-Oxum", f"{payload_bytes}.{payload_files}"),
        ("Bag-Software-Agent", "corpus-archive"),
    ]
    return "".join(f"{label}: {' '.join(value.split())}\n" for label, value in fields if value.strip())


def bag_index(title: str) -> str:
    template = Environment(loader=PackageLoader("generator", "templates"), autoescape=select_autoescape(["html", "j2"]))
    return template.get_template("bag/index.html.j2").render(title=title)


def zip_entry(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(f"{ZIP_FOLDER}/{name}", date_time=FIXED_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    return info


def write_manifest_and_zip(site: Path, info: BagInfo = BagInfo(), unchanged: Mapping[str, str] = {}, last_zip: Path | None = None,
                           bundle_only: Callable[[str], bool] | None = None) -> Path:
    """Write site/manifest-sha256.txt and site/archive.zip (a bag) in one pass over the site's files,
    each read once, hashed and compressed; returns the zip's path. The site's manifest, which can only
    be written once every file is hashed, goes into the payload last, then the bag's tag files.
    (Hashing on a second thread was slower: most files are small, and hashlib keeps the GIL for data
    under 2 KB.) A file in `unchanged` ({path: sha256}, the last manifest's digests of files no build
    wrote since) is neither read nor compressed: its entry is copied from `last_zip` as it was.
    The files `bundle_only` names (path -> bool) go into the zip, and its manifest, and are then
    removed from the site, whose own manifest does not list them."""
    target = site / BUNDLE
    temporary = site / (BUNDLE + ".tmp")
    names = site_files(site)  # before the temporary zip exists
    digests, size = [], 0
    with zipfile.ZipFile(temporary, "w") as bundle, last_entries(last_zip) as last:
        for name in names:
            entry = f"{ZIP_FOLDER}/{PAYLOAD}/{name}"
            if name in unchanged and entry in last.NameToInfo:
                digests.append((name, unchanged[name]))
                size += copy_entry(last, last.NameToInfo[entry], bundle)
                continue
            data = (site / name).read_bytes()
            digests.append((name, bytes_sha256(data)))
            size += len(data)
            bundle.writestr(zip_entry(f"{PAYLOAD}/{name}"), data, compresslevel=COMPRESSION)
        manifest = manifest_text(digests).encode("utf-8")
        (site / MANIFEST).write_bytes(manifest_text([(n, d) for n, d in digests if not bundle_only(n)]).encode("utf-8") if bundle_only else manifest)
        bundle.writestr(zip_entry(f"{PAYLOAD}/{MANIFEST}"), manifest, compresslevel=COMPRESSION)
        payload = [(f"{PAYLOAD}/{name}", digest) for name, digest in [*digests, (MANIFEST, bytes_sha256(manifest))]]
        write_tag_files(bundle, payload, info, size + len(manifest))
    temporary.replace(target)
    remove_files(site, [name for name in names if bundle_only and bundle_only(name)])
    return target


def remove_files(site: Path, names: list[str]) -> None:
    """Remove the files `names` from site, and the folders they leave empty."""
    for name in names:
        (site / name).unlink()
    for folder in sorted({(site / name).parent for name in names}, key=lambda path: -len(path.parts)):
        if folder != site and not any(folder.iterdir()):
            folder.rmdir()


@contextmanager
def last_entries(last_zip: Path | None) -> Iterator[zipfile.ZipFile]:
    """The last archive.zip, open for its entries (an empty zip in memory when there is none or it
    cannot be read: every file is then compressed again)."""
    try:
        last = zipfile.ZipFile(last_zip) if last_zip is not None else None
    except (OSError, zipfile.BadZipFile):
        last = None
    with last or zipfile.ZipFile(io.BytesIO(), "w") as entries:
        yield entries


def copy_entry(source: zipfile.ZipFile, info: zipfile.ZipInfo, target: zipfile.ZipFile) -> int:
    """Append source's entry to target as it is stored (its local header and compressed bytes): the
    bytes writestr would write for the same file, without compressing it again. zipfile has no public
    call for this; it writes the central directory from `filelist` and the next entry at `start_dir`.
    Returns the entry's uncompressed size."""
    source.fp.seek(info.header_offset)
    header = source.fp.read(LOCAL_HEADER)
    name_length, extra_length = struct.unpack("<HH", header[26:30])
    stored = header + source.fp.read(name_length + extra_length + info.compress_size)
    copied = copy.copy(info)
    copied.header_offset = target.fp.tell()
    target.fp.write(stored)
    target.start_dir = target.fp.tell()
    target.filelist.append(copied)
    target.NameToInfo[copied.filename] = copied
    return info.file_size


def write_tag_files(bundle: zipfile.ZipFile, payload: list[tuple[str, str]], info: BagInfo, payload_bytes: int) -> None:
    """bagit.txt, bag-info.txt, the payload manifest, index.html, and the tag manifest over them."""
    tags = {
        BAGIT: BAGIT_TXT,
        "bag-info.txt": bag_info_text(info, payload_bytes, len(payload)),
        MANIFEST: manifest_text(payload),
        "index.html": bag_index(info.title),
    }
    for name, text in tags.items():
        bundle.writestr(zip_entry(name), text.encode("utf-8"), compresslevel=COMPRESSION)
    listed = manifest_text([(name, bytes_sha256(text.encode("utf-8"))) for name, text in tags.items()])
    bundle.writestr(zip_entry(TAG_MANIFEST), listed.encode("utf-8"), compresslevel=COMPRESSION)
