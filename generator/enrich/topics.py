"""Topics: corpus/topics.yml names each topic and the patterns that find its passages."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .actors import sentence_at
from .registry import named_entry_problem, read_entry_list
from ..model import Article, Topic
from ..content.text import slugify

KEYS = {"name", "patterns", "description"}


@dataclass(frozen=True)
class Passage:
    """A paragraph that matches a topic pattern."""

    topic: str  # topic slug
    article: str
    paragraph: int
    anchor: str
    match: str  # the words that matched, as written
    sentence: str


def load_topics(path: Path) -> tuple[list[Topic], list[str]]:
    entries, problems = read_entry_list(path)
    return validate_topics(entries, path.name) if entries else ([], problems)


def validate_topics(entries: list, source: str = "topics.yml") -> tuple[list[Topic], list[str]]:
    topics, errors, slugs = [], [], set()
    for number, entry in enumerate(entries, start=1):
        where = f"{source}: entry {number}"
        problem = topic_problem(entry)
        if problem:
            errors.append(f"{where}: {problem}")
            continue
        slug = slugify(entry["name"])
        if slug in slugs:
            errors.append(f"{where}: duplicate topic {entry['name']!r}")
            continue
        slugs.add(slug)
        topics.append(Topic(slug, entry["name"], tuple(entry["patterns"]), entry.get("description")))
    return topics, errors


def topic_problem(entry: object) -> str:
    problem = named_entry_problem(entry, KEYS, "name and patterns")
    if problem:
        return problem
    patterns = entry.get("patterns")
    if not isinstance(patterns, list) or not patterns or not all(isinstance(p, str) for p in patterns):
        return f"{entry['name']}: patterns must be a non-empty list of regular expressions"
    for pattern in patterns:
        try:
            re.compile(pattern)
        except re.error as error:
            return f"{entry['name']}: pattern {pattern!r} is not a valid regular expression: {error}"
    return ""


def compiled(topic: Topic) -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in topic.patterns), re.IGNORECASE)


def find_passages(article: Article, topics: list[Topic]) -> list[Passage]:

    passages = []
    for topic in topics:
        pattern = compiled(topic)
        for block in article.paragraphs:
            match = pattern.search(block.text)
            if match:
                passages.append(
                    Passage(topic.slug, article.id, block.number or 0, block.anchor, match.group(0), sentence_at(block.text, match.start()))
                )
    return passages
