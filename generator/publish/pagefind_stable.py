"""Make Pagefind's output byte-identical between builds of the same site.

Pagefind 1.5 writes its filter indexes (and the filter list in its `.pf_meta` file) from a hash map,
in an order that changes on every run (Pagefind issue #638: "other files will still change, such as
the filter/metadata indexes"). The files are gzip'd CBOR behind a `pagefind_dcd` signature; this
module sorts those lists, renames the files after their new contents and points the meta and
`pagefind-entry.json` at them. Anything it does not recognise is left exactly as Pagefind wrote it.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import struct
from pathlib import Path
from typing import Any

SIGNATURE = b"pagefind_dcd"


class Unrecognised(Exception):
    """A file is not in the shape this module knows; nothing is changed."""


def decode(data: bytes) -> Any:
    value, end = _decode(data, 0)
    if end != len(data):
        raise Unrecognised("trailing bytes")
    return value


def _head(data: bytes, at: int) -> tuple[int, int, int]:
    major, info = data[at] >> 5, data[at] & 31
    at += 1
    if info < 24:
        return major, info, at
    sizes = {24: 1, 25: 2, 26: 4, 27: 8}
    if info not in sizes:
        raise Unrecognised(f"CBOR additional info {info}")
    size = sizes[info]
    return major, int.from_bytes(data[at : at + size], "big"), at + size


def _decode(data: bytes, at: int) -> tuple[Any, int]:
    major, arg, at = _head(data, at)
    if major == 0:
        return arg, at
    if major == 1:
        return -1 - arg, at
    if major == 2:
        return data[at : at + arg], at + arg
    if major == 3:
        return data[at : at + arg].decode("utf-8"), at + arg
    if major == 4:
        items = []
        for _ in range(arg):
            item, at = _decode(data, at)
            items.append(item)
        return items, at
    if major == 7 and arg in (20, 21, 22):
        return {20: False, 21: True, 22: None}[arg], at
    raise Unrecognised(f"CBOR major type {major}")


def _encode_head(major: int, arg: int) -> bytes:
    if arg < 24:
        return bytes([major << 5 | arg])
    for info, fmt in ((24, ">B"), (25, ">H"), (26, ">I"), (27, ">Q")):
        if arg < 1 << (8 * struct.calcsize(fmt)):
            return bytes([major << 5 | info]) + struct.pack(fmt, arg)
    raise Unrecognised("integer too large")


def encode(value: Any) -> bytes:
    if value is False or value is True or value is None:
        return bytes([0xE0 | {False: 20, True: 21, None: 22}[value]])
    if isinstance(value, int):
        return _encode_head(0, value) if value >= 0 else _encode_head(1, -1 - value)
    if isinstance(value, bytes):
        return _encode_head(2, len(value)) + value
    if isinstance(value, str):
        raw = value.encode("utf-8")
        return _encode_head(3, len(raw)) + raw
    if isinstance(value, list):
        return _encode_head(4, len(value)) + b"".join(encode(item) for item in value)
    raise Unrecognised(type(value).__name__)


def read(path: Path) -> Any:
    data = gzip.decompress(path.read_bytes())
    if not data.startswith(SIGNATURE):
        raise Unrecognised(f"{path.name}: no Pagefind signature")
    body = data[len(SIGNATURE) :]
    value = decode(body)
    if encode(value) != body:
        raise Unrecognised(f"{path.name}: does not re-encode to the same bytes")
    return value


def write(path: Path, value: Any) -> None:
    path.write_bytes(gzip.compress(SIGNATURE + encode(value), compresslevel=9, mtime=0))


def content_name(language: str, value: Any, length: int) -> str:
    return f"{language}_{hashlib.sha256(encode(value)).hexdigest()[:length]}"


def sort_filter(value: Any) -> Any:
    """[name, [[value, [pages]], ...]] with the values in sorted order."""
    name, entries = value
    return [name, sorted(entries, key=lambda entry: entry[0])]


def stabilise(pagefind_dir: Path) -> None:
    """Rewrite the unstable Pagefind files in place; leave everything untouched on anything unexpected."""
    entry_file = pagefind_dir / "pagefind-entry.json"
    try:
        entry = json.loads(entry_file.read_text(encoding="utf-8"))
        plans = [plan_language(pagefind_dir, language, info["hash"]) for language, info in sorted(entry["languages"].items())]
    except (Unrecognised, OSError, KeyError, ValueError, TypeError):
        return
    for language, plan in zip(sorted(entry["languages"]), plans):
        apply_plan(pagefind_dir, plan)
        entry["languages"][language]["hash"] = plan["meta_name"]
    entry_file.write_text(json.dumps(entry, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


def plan_language(pagefind_dir: Path, language: str, meta_hash: str) -> dict[str, Any]:
    renames: dict[str, tuple[str, Any]] = {}
    for path in sorted((pagefind_dir / "filter").glob(f"{language}_*.pf_filter")):
        value = sort_filter(read(path))
        renames[path.stem] = (content_name(language, value, 7), value)
    meta_path = pagefind_dir / f"pagefind.{meta_hash}.pf_meta"
    meta = read(meta_path)
    new_meta = rename_filters(meta, {old: new for old, (new, _) in renames.items()})
    return {
        "renames": renames,
        "old_meta": meta_path,
        "meta": new_meta,
        "meta_name": content_name(language, new_meta, 10),
    }


def rename_filters(meta: Any, names: dict[str, str]) -> Any:
    """Point the meta's [filter name, file] pairs at the new files, in sorted order."""
    if isinstance(meta, list):
        if meta and all(isinstance(p, list) and len(p) == 2 and isinstance(p[1], str) and p[1] in names for p in meta):
            return sorted(([p[0], names[p[1]]] for p in meta), key=lambda p: p[0])
        return [rename_filters(item, names) for item in meta]
    return meta


def apply_plan(pagefind_dir: Path, plan: dict[str, Any]) -> None:
    for old, (new, value) in plan["renames"].items():
        (pagefind_dir / "filter" / f"{old}.pf_filter").unlink()
        write(pagefind_dir / "filter" / f"{new}.pf_filter", value)
    plan["old_meta"].unlink()
    write(pagefind_dir / f"pagefind.{plan['meta_name']}.pf_meta", plan["meta"])
