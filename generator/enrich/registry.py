"""The registry, corpus/actors.yml: corrections, merges, descriptions and Wikidata ids for the actors
(never needed to find them). Each entry is checked; a faulty one (or alias) is left out with a
message naming the entry."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from ..model import Actor

TYPES = ("person", "organisation", "country", "place")
KEYS = {"name", "type", "aliases", "role", "description", "wikidata"}


def read_entry_list(path: Path) -> tuple[list, list[str]]:
    """The entries of a registry file (a YAML list), or one message saying why there are none."""
    if not path.is_file():
        return [], []
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    except yaml.YAMLError as error:
        return [], [f"{path.name}: not valid YAML: {error}"]
    if not isinstance(data, list):
        return [], [f"{path.name}: must be a list of entries"]
    return data, []


def load_registry(path: Path) -> tuple[list[Actor], list[str]]:
    """The valid actors and one clear message per problem (an invalid entry is left out)."""
    entries, problems = read_entry_list(path)
    return validate_registry(entries, path.name) if entries else ([], problems)


def validate_registry(entries: list, source: str = "actors.yml") -> tuple[list[Actor], list[str]]:
    actors: list[Actor] = []
    errors: list[str] = []
    owner: dict[str, str] = {}  # surface form -> canonical name
    for number, entry in enumerate(entries, start=1):
        where = f"{source}: entry {number}"
        problem = entry_problem(entry)
        if problem:
            errors.append(f"{where}: {problem}")
            continue
        name = entry["name"].strip()
        aliases: list[str] = []
        for alias in [name, *[str(a).strip() for a in entry.get("aliases") or []]]:
            if alias in owner:
                errors.append(f"{where} ({name}): duplicate alias {alias!r}, already used by {owner[alias]}")
                continue
            owner[alias] = name
            if alias != name:
                aliases.append(alias)
        actors.append(
            Actor(
                slug="",
                name=name,
                type=entry["type"],
                aliases=tuple(aliases),
                role=entry.get("role"),
                description=entry.get("description"),
                wikidata=entry.get("wikidata"),
            )
        )
    return actors, errors


def named_entry_problem(entry: object, keys: set[str] | frozenset[str], required: str) -> str:
    """What is wrong with the shape every registry entry shares (a mapping of known keys with a name), or ""."""
    if not isinstance(entry, dict):
        return f"must be a mapping with {required}"
    unknown = sorted(set(entry) - keys)
    if unknown:
        return f"unknown key(s) {', '.join(map(str, unknown))}; allowed: {', '.join(sorted(keys))}"
    if not isinstance(entry.get("name"), str) or not entry["name"].strip():
        return "name is missing"
    return ""


def entry_problem(entry: object) -> str:
    problem = named_entry_problem(entry, KEYS, "name and type")
    if problem:
        return problem
    if entry.get("type") not in TYPES:
        return f"{entry['name']}: unknown type {entry.get('type')!r}; use one of {', '.join(TYPES)}"
    aliases = entry.get("aliases") or []
    if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
        return f"{entry['name']}: aliases must be a list of names"
    for key in ("role", "description", "wikidata"):
        if entry.get(key) is not None and not isinstance(entry[key], str):
            return f"{entry['name']}: {key} must be text"
    if entry.get("wikidata") and not re.fullmatch(r"Q\d+", entry["wikidata"]):
        return f"{entry['name']}: wikidata must look like Q123"
    return ""
