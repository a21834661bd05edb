"""corpus/metadata.yml: facts the text does not state, given per article id, validated on load."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any, Callable

import yaml

from .dates import parse_date, to_pubdate
from ..model import Article, Field, PubDate, Report

SOURCE = "override (corpus/metadata.yml)"
KINDS = ("news", "opinion", "analysis")
URL = re.compile(r"^https?://[^\s<>\"']+$")


class OverrideError(ValueError):
    pass


def _text(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise OverrideError("expected non-empty text")
    return value.strip()


def _authors(value: Any) -> tuple[str, ...]:
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not all(isinstance(a, str) and a.strip() for a in items):
        raise OverrideError("expected a name or a list of names")
    return tuple(a.strip() for a in items)


def _date(value: Any) -> PubDate:
    if isinstance(value, datetime):
        return to_pubdate(value, has_time=True)
    if isinstance(value, date):
        return to_pubdate(datetime(value.year, value.month, value.day), has_time=False)
    parsed = parse_date(str(value))
    if parsed is None:
        raise OverrideError(f"not a full date: {value!r} (use YYYY-MM-DD)")
    return parsed


def _kind(value: Any) -> str:
    if value not in KINDS:
        raise OverrideError(f"expected one of {', '.join(KINDS)}, got {value!r}")
    return value


def _url(value: Any) -> str:
    if not isinstance(value, str) or not URL.match(value.strip()):
        raise OverrideError(f"expected an http(s) URL, got {value!r}")
    return value.strip()


PARSERS: dict[str, Callable[[Any], Any]] = {
    "title": _text,
    "dek": _text,
    "authors": _authors,
    "outlet": _text,
    "date": _date,
    "kind": _kind,
    "language": _text,
    "source_url": _url,
    "summary": _text,
}


def load_overrides(path: Path, report: Report) -> dict[str, dict[str, Any]]:
    """Parsed overrides per id. Problems are reported with the file and key, and that entry is skipped."""
    if not path.is_file():
        return {}
    name = path.name
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (yaml.YAMLError, UnicodeDecodeError) as error:
        report.problems.append(f"{name}: not valid YAML, ignored: {str(error).splitlines()[0]}")
        return {}
    if not isinstance(data, dict):
        report.problems.append(f"{name}: expected a mapping of article ids to fields, ignored")
        return {}
    overrides: dict[str, dict[str, Any]] = {}
    for article_id, fields in data.items():
        key = str(article_id).lower()
        if not isinstance(fields, dict):
            report.problems.append(f"{name}: {article_id}: expected a mapping of fields")
            continue
        parsed = {}
        for field_name, value in fields.items():
            parser = PARSERS.get(str(field_name))
            if parser is None:
                report.problems.append(f"{name}: {article_id}.{field_name}: unknown field (known: {', '.join(PARSERS)})")
                continue
            try:
                parsed[str(field_name)] = parser(value)
            except OverrideError as error:
                report.problems.append(f"{name}: {article_id}.{field_name}: {error}")
        overrides[key] = parsed
    return overrides


def apply_overrides(article: Article, fields: dict[str, Any]) -> Article:
    if not fields:
        return article
    changes = {name: Field(value, SOURCE) for name, value in fields.items()}
    return replace(article, **changes, overridden=tuple(sorted(fields)))


def unknown_ids(overrides: dict[str, dict[str, Any]], ids: set[str], report: Report) -> None:
    for article_id in sorted(set(overrides) - ids):
        report.problems.append(f"metadata.yml: {article_id}: no article has this id")
