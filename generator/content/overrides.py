"""corpus/metadata.yml: facts the texts do not state, validated on load. A key is one of

- an article id (16 hex digits, see ids.yml): its fields replace what the text states;
- `all`: its fields are defaults for every article;
- a file-name pattern (`abc_*.txt`: with `*`, `?` or `[`, or a name ending in `.txt`; matched against
  the file's name, or its path in corpus/ when the pattern has a `/`): defaults for the files it matches.

A default fills a field only where the text states no value (unknown, or only worked out by a rule,
evidence "derived"); a pattern written later wins over an earlier one, and any pattern over `all`."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Any, Callable

import yaml

from .dates import parse_date, parse_partial_date, partial_pubdate, to_pubdate
from ..model import Article, Field, PubDate, Report

SOURCE = "override (corpus/metadata.yml)"
EVERY_ARTICLE = "all"
GLOB = re.compile(r"[*?\[]")
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
    """A full date, or only a year (`2006`) or a month (`2006-03`, `March 2006`) when that is all that is known."""
    if isinstance(value, datetime):
        return to_pubdate(value, has_time=True)
    if isinstance(value, date):
        return to_pubdate(datetime(value.year, value.month, value.day), has_time=False)
    if isinstance(value, int) and not isinstance(value, bool) and 1800 <= value <= 2999:
        return partial_pubdate(value)
    parsed = parse_partial_date(str(value)) or parse_date(str(value))
    if parsed is None:
        raise OverrideError(f"not a date: {value!r} (use YYYY-MM-DD, or YYYY-MM or YYYY when only the month or year is known)")
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


@dataclass(frozen=True)
class Default:
    """Fields for many articles: every article (pattern None) or the files a pattern matches."""

    pattern: str | None
    fields: dict[str, Any]

    def matches(self, path: str) -> bool:
        if self.pattern is None:
            return True
        return fnmatchcase(path if "/" in self.pattern else path.rsplit("/", 1)[-1], self.pattern)

    @property
    def evidence(self) -> str:
        which = "all articles" if self.pattern is None else f"files matching {self.pattern}"
        return f"default for {which} (corpus/metadata.yml)"


@dataclass(frozen=True)
class Metadata:
    """corpus/metadata.yml, parsed: per-id entries, and defaults in the order they apply (`all` first)."""

    by_id: dict[str, dict[str, Any]] = field(default_factory=dict)
    defaults: tuple[Default, ...] = ()

    def defaults_for(self, path: str) -> dict[str, tuple[Any, str]]:
        """field -> (value, evidence) of the defaults for the file at `path`: the last that gives a field wins."""
        return {name: (value, d.evidence) for d in self.defaults if d.matches(path) for name, value in d.fields.items()}


def load_metadata(path: Path, report: Report) -> Metadata:
    """corpus/metadata.yml, parsed. Problems are reported with the file and key, and that entry is skipped."""
    data = _load_yaml(path, report)
    by_id: dict[str, dict[str, Any]] = {}
    every: list[Default] = []
    patterns: list[Default] = []
    for key, fields in data.items():
        if not isinstance(fields, dict):
            report.problems.append(f"{path.name}: {key}: expected a mapping of fields")
            continue
        parsed = _fields(path.name, key, fields, report)
        name = str(key)
        if name == EVERY_ARTICLE:
            every.append(Default(None, parsed))
        elif GLOB.search(name) or name.endswith(".txt"):
            patterns.append(Default(name, parsed))
        else:
            by_id[name.lower()] = parsed
    return Metadata(by_id, tuple(every + patterns))


def _load_yaml(path: Path, report: Report) -> dict:
    if not path.is_file():
        return {}
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (yaml.YAMLError, UnicodeDecodeError) as error:
        report.problems.append(f"{path.name}: not valid YAML, ignored: {str(error).splitlines()[0]}")
        return {}
    if not isinstance(data, dict):
        report.problems.append(f"{path.name}: expected a mapping of article ids (or `all`, or file-name patterns) to fields, ignored")
        return {}
    return data


def _fields(name: str, key: Any, fields: dict, report: Report) -> dict[str, Any]:
    parsed = {}
    for field_name, value in fields.items():
        parser = PARSERS.get(str(field_name))
        if parser is None:
            report.problems.append(f"{name}: {key}.{field_name}: unknown field (known: {', '.join(PARSERS)})")
            continue
        try:
            parsed[str(field_name)] = parser(value)
        except OverrideError as error:
            report.problems.append(f"{name}: {key}.{field_name}: {error}")
    return parsed


def stated(item: Field) -> bool:
    """Whether the text gives the value (a line states it), as opposed to unknown or worked out by a rule."""
    return item.known and not item.evidence.startswith("derived")


def apply_metadata(article: Article, metadata: Metadata) -> Article:
    """The article with metadata.yml's facts: its id's entry replaces, the defaults fill what the text does
    not state. The same article (`is`) when nothing applies."""
    given = metadata.by_id.get(article.id, {})
    changes = {
        name: Field(value, evidence)
        for name, (value, evidence) in metadata.defaults_for(article.source.path).items()
        if name not in given and not stated(getattr(article, name))
    }
    changes.update({name: Field(value, SOURCE) for name, value in given.items()})
    if not changes:
        return article
    return replace(article, **changes, overridden=tuple(sorted(changes)))


def unmatched_keys(metadata: Metadata, ids: set[str], paths: list[str], report: Report) -> None:
    """Warn of an id no article has and a pattern no file matches (most likely mistyped)."""
    for article_id in sorted(set(metadata.by_id) - ids):
        report.problems.append(f"metadata.yml: {article_id}: no article has this id")
    for default in metadata.defaults:
        if default.pattern is not None and not any(default.matches(path) for path in paths):
            report.problems.append(f"metadata.yml: {default.pattern}: no file's name matches this pattern")
