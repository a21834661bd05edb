"""Settings, read from one place: mkdocs.yml (`site_*` keys and `extra: archive:`), validated."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

import yaml

GENERATED_DIRS = ("articles", "actors", "topics", "outlets", "authors", "dates", "data", "search", "pictures", "overrides", "assets")
GENERATED_FILES = ("index.md", "about.md", "cite.md", "offline.md", "search.md")


class ConfigError(Exception):
    """A setting is missing or wrong; the message names the file and the key."""


@dataclass(frozen=True)
class ArchiveOptions:
    """`extra: archive:` in mkdocs.yml. Every option has a default that works on the bundled corpus."""

    corpus: str = "corpus"  # folder of raw *.txt articles, relative to mkdocs.yml
    reading_wpm: int = 230  # words per minute for the reading time
    title_words: int = 14  # a title derived from the lede is cut to this many words
    latest: int = 10  # articles listed on the home page
    related: int = 5  # related articles listed per article
    pages_per_search_index: int = 5000  # article pages per Pagefind run (search_index.py): bounds its memory
    # Article pages changed or added since their shards were indexed, indexed apart in one small bundle
    # until there are more than this; then the shards holding them are indexed again (search_index.py).
    recent_search_pages: int = 1000
    # Where readers download the offline copy (archive.zip). "": from the site itself (site/archive.zip).
    # An http(s) address (the Pages workflow sets BUNDLE_URL to a release asset's): the site's links point
    # there, and the build writes archive.zip beside mkdocs.yml instead, out of the deployed site.
    bundle_url: str = ""
    # Where readers get each article's verbatim original. "": articles/<id>/original.txt in the site. An
    # http(s) address of the corpus folder (the Pages workflow sets ORIGINALS_URL to the repository's
    # files at the commit it builds): each original is that address + its path in the corpus, and the
    # originals are in the offline copy only, out of the deployed site (a sixteenth of its bytes).
    originals_url: str = ""


@dataclass(frozen=True)
class Settings:
    project_dir: Path
    config_file: Path
    docs_dir: Path
    site_dir: Path
    corpus_dir: Path
    site_name: str
    site_url: str  # "" when not set: citations then show the archive's own path, articles/<id>/
    site_description: str
    options: ArchiveOptions = field(default_factory=ArchiveOptions)


class _Loader(yaml.SafeLoader):
    """Safe YAML that understands MkDocs' `!ENV` tag and ignores Python tags instead of running them."""


def _env_tag(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    names = [loader.construct_scalar(node)] if isinstance(node, yaml.ScalarNode) else loader.construct_sequence(node)
    *variables, default = names if len(names) > 1 else (*names, None)
    for name in variables:
        if os.environ.get(str(name)):
            return os.environ[str(name)]
    return default


def _ignore_tag(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> None:
    return None


_Loader.add_constructor("!ENV", _env_tag)
_Loader.add_multi_constructor("tag:yaml.org,2002:python/", _ignore_tag)
_Loader.add_multi_constructor("!", _ignore_tag)


def load_yaml(path: Path) -> Any:
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
    except yaml.YAMLError as error:
        raise ConfigError(f"{path}: not valid YAML: {error}") from None


def _options(raw: Any, source: Path) -> ArchiveOptions:
    if raw is None:
        return ArchiveOptions()
    if not isinstance(raw, dict):
        raise ConfigError(f"{source}: extra.archive must be a mapping")
    known = {f.name: f for f in fields(ArchiveOptions)}
    values = {}
    for key, value in raw.items():
        name = str(key).replace("-", "_")
        if name not in known:
            raise ConfigError(f"{source}: extra.archive.{key}: unknown option (known: {', '.join(sorted(known))})")
        expected = type(getattr(ArchiveOptions(), name))
        if not isinstance(value, expected) or isinstance(value, bool):
            raise ConfigError(f"{source}: extra.archive.{key}: expected {expected.__name__}, got {value!r}")
        if expected is int and value < 1:
            raise ConfigError(f"{source}: extra.archive.{key}: must be at least 1, got {value}")
        if name in ("bundle_url", "originals_url") and value and not _is_web_address(value):
            raise ConfigError(f"{source}: extra.archive.{key}: expected an http:// or https:// address (or nothing), got {value!r}")
        values[name] = value
    return ArchiveOptions(**values)


def _is_web_address(value: str) -> bool:
    from urllib.parse import urlsplit

    parts = urlsplit(value)
    return parts.scheme in ("http", "https") and bool(parts.netloc) and not any(c.isspace() for c in value)


def load_settings(config_file: Path, corpus: Path | None = None, site_dir: Path | None = None) -> Settings:
    config_file = config_file.resolve()
    if not config_file.is_file():
        raise ConfigError(f"{config_file}: no such file (run from the project folder or pass --config)")
    raw = load_yaml(config_file) or {}
    if not isinstance(raw, dict):
        raise ConfigError(f"{config_file}: expected a mapping at the top level")
    project = config_file.parent
    extra = raw.get("extra") or {}
    options = _options(extra.get("archive") if isinstance(extra, dict) else None, config_file)
    site_url = str(raw.get("site_url") or "")
    if site_url and not site_url.endswith("/"):
        site_url += "/"
    return Settings(
        project_dir=project,
        config_file=config_file,
        docs_dir=(project / str(raw.get("docs_dir") or "docs")).resolve(),
        site_dir=(site_dir or project / str(raw.get("site_dir") or "site")).resolve(),
        corpus_dir=(corpus or project / options.corpus).resolve(),
        site_name=str(raw.get("site_name") or "Archive"),
        site_url=site_url,
        site_description=str(raw.get("site_description") or ""),
        options=options,
    )


def archived_on(environ) -> str:
    """The day the archive is built, UTC: the bag's Bagging-Date (publish, never the pages: a date in the
    settings would make every cached page stale each day). SOURCE_DATE_EPOCH,
    when the environment sets it, fixes it (reproducible builds); ConfigError if it is not a number."""
    from datetime import datetime, timezone

    epoch = environ.get("SOURCE_DATE_EPOCH")
    try:
        moment = datetime.fromtimestamp(int(epoch), timezone.utc) if epoch else datetime.now(timezone.utc)
    except (ValueError, OverflowError, OSError):
        raise ConfigError(f"SOURCE_DATE_EPOCH={epoch!r}: not a number of seconds since 1970") from None
    return moment.date().isoformat()

