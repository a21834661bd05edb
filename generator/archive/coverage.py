"""The coverage heat map: the most mentioned actors and topics against the articles, or periods when
the articles are many. Pure: records in, a layout with coordinates out."""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from typing import Callable, Iterable

from ..model import Actor, Article, Topic
from .link import Archive
from .timeline import WIDTH, coarsest_precision, day_of

CHAR_WIDTH = 7.2  # px a character of a 12 px label takes, at most (a generous average of sans-serif names)
TOP_ROWS = 12  # actors (and topics) shown in the coverage heat map
COLUMNS = 40  # columns in the coverage heat map: one per article up to this many, else one per period


def actor_record(slug: str, actors: dict[str, Actor]) -> Actor:
    """The registered actor, or a stand-in named by its slug for a mention whose actor is not registered."""
    return actors.get(slug) or Actor(slug=slug, name=slug, type="person", source="detected")



@dataclass(frozen=True)
class Row:
    kind: str  # "actor" or "topic"
    slug: str
    name: str
    url: str
    total: int  # mentions (actors) or articles (topics)
    counts: tuple[int, ...] = ()  # per column: mentions (actors) or articles on the topic (topics)


@dataclass(frozen=True)
class Column:
    key: str  # the article id, or the period: "2025-04" (a month), "2025" (a year or the first of several), "undated"
    title: str  # the article's title, or the period in words: "April 2025", "2020–2024", "Date unknown"
    url: str
    date: str  # ISO date of the article or first day of the period, or "" when unknown
    label: str  # short label under the column: "2025-04-23 · High-level peace…", "2025-04 (23)", "undated (4)"
    articles: int = 1  # articles in the column


@dataclass(frozen=True)
class Cell:
    row: str  # "actor:<slug>" or "topic:<slug>"
    column: str  # the column's key
    count: int
    x: float
    y: float
    opacity: float
    text: str  # the count as written in the cell; "" for a topic in one article, or when cells are too narrow for every count


@dataclass(frozen=True)
class Coverage:
    unit: str  # what a column is: "article", "month", "year" or "N years"
    articles: int  # articles counted
    width: int
    height: int
    label_width: int
    cell_width: float
    cell_height: int
    label_angle: int  # rotation of the column labels: 35, or 90 (upright) when the columns are narrow
    rows: tuple[Row, ...]
    columns: tuple[Column, ...]
    cells: tuple[Cell, ...]
    view_width: float = WIDTH  # the viewBox's width: the grid and the whole of every column label


def coverage_rows(archive: Archive, top: int, mentions: Counter) -> list[Row]:
    actors = sorted(mentions, key=lambda s: (-mentions[s], s))[:top]
    topic_counts = Counter(t for a in archive.articles for t in set(a.topics))
    topics = sorted(topic_counts, key=lambda s: (-topic_counts[s], s))[:top]
    rows = [Row("actor", s, actor_record(s, archive.actors).name, actor_record(s, archive.actors).url, mentions[s]) for s in actors]
    for slug in topics:
        topic = archive.topics.get(slug) or Topic(slug=slug, name=slug)
        rows.append(Row("topic", slug, topic.name, topic.url, topic_counts[slug]))
    return rows


def time_order(articles: Iterable[Article]) -> list[Article]:
    """Oldest first, undated last: the columns read left to right in time."""
    items = list(articles)
    dated = sorted((a for a in items if a.date.known), key=lambda a: (a.sort_date, a.id))
    return dated + sorted((a for a in items if not a.date.known), key=lambda a: a.id)


def column_label(article: Article, words: int = 22) -> str:
    """"2025-04-23 · High-level peace…" or "undated · Another Round…": when first, then which."""
    when = article.date.value.iso[:10] if article.date.known else "undated"
    title = article.title.value or "Untitled"
    return f"{when} · {title if len(title) <= words else title[:words].rstrip() + '…'}"


def article_columns(articles: list[Article]) -> tuple[str, list[Column], Callable[[Article], str]]:
    """One column per article, in time order: while they fit, a reader sees which article says what."""
    columns = [Column(a.id, a.title.value or "Untitled", a.url, a.date.value.iso[:10] if a.date.known else "", column_label(a))
               for a in time_order(articles)]
    return "article", columns, lambda a: a.id


def period_unit(days: list[date], most: int) -> tuple[str, int]:
    """The finest of month, year, or N years that gives at most `most` columns: (unit, years per column)."""
    first, last = min(days), max(days)
    if (last.year - first.year) * 12 + last.month - first.month < most:
        return "month", 0
    step = math.ceil((last.year - first.year + 1) / most)
    return ("year", 1) if step == 1 else (f"{step} years", step)


def period_key(day: date, step: int, first_year: int) -> str:
    if not step:
        return f"{day.year}-{day.month:02d}"
    return str(day.year - (day.year - first_year) % step)


def period_starts(first: date, last: date, step: int) -> list[date]:
    """The first day of every period from first to last, empty ones included: the axis is even in time."""
    if not step:
        months = range(first.year * 12 + first.month - 1, last.year * 12 + last.month)
        return [date(m // 12, m % 12 + 1, 1) for m in months]
    return [date(y, 1, 1) for y in range(first.year, last.year + 1, step)]


def period_column(start: date, step: int, count: int) -> Column:
    key = period_key(start, step, start.year)
    title = start.strftime("%B %Y") if not step else key if step == 1 else f"{key}–{start.year + step - 1}"
    url = f"dates/#{start.year}" if count else "dates/"
    return Column(key, title, url, start.isoformat(), f"{key} ({count})", count)


def period_columns(articles: list[Article], most: int) -> tuple[str, list[Column], Callable[[Article], str]]:
    """One column per month (or year, or N years) from the first dated article to the last, then one for
    the undated: with more articles than columns, the picture shows when each actor and topic is covered."""
    days = [day_of(a) for a in articles if a.date.known]
    undated = len(articles) - len(days)
    if not days:
        return "year", [Column("undated", "Date unknown", "dates/#unknown", "", f"undated ({undated})", undated)], lambda a: "undated"
    unit, step = period_unit(days, most - (1 if undated else 0))
    if step == 0 and coarsest_precision(articles) == "year":  # a date known only to the year has no month column
        unit, step = "year", 1
    first_year = min(days).year

    def column_of(article: Article) -> str:
        return period_key(day_of(article), step, first_year) if article.date.known else "undated"

    sizes = Counter(column_of(a) for a in articles)
    columns = [period_column(start, step, sizes[period_key(start, step, first_year)]) for start in period_starts(min(days), max(days), step)]
    if undated:
        columns.append(Column("undated", "Date unknown", "dates/#unknown", "", f"undated ({undated})", undated))
    return unit, columns, column_of


def coverage_counts(articles: list[Article], rows: list[Row], column_of: Callable[[Article], str]) -> Counter:
    """(row key, column key) -> mentions of the actor, or articles on the topic: one pass over the mentions."""
    actors = {r.slug for r in rows if r.kind == "actor"}
    topics = {r.slug for r in rows if r.kind == "topic"}
    counts: Counter = Counter()
    for article in articles:
        column = column_of(article)
        counts.update({(f"actor:{slug}", column): n for slug, n in article.mentions_per_actor.items() if slug in actors})
        counts.update((f"topic:{t}", column) for t in set(article.topics) if t in topics)
    return counts


def cell_text(row: Row, count: int, unit: str, fits: bool) -> str:
    if row.kind == "topic" and unit == "article":
        return ""  # a topic is in an article or not: the shade says it
    return str(count) if fits else ""


def cell_weight(count: int, column: Column, unit: str) -> float:
    """What the shade shows: the count in an article; in a period, the count per article of the period, so
    that a busy month is not darker only for being busy (the timeline shows how busy)."""
    return count if unit == "article" else count / max(1, column.articles)


def label_room(names: Iterable[str]) -> float:
    """The width the longest of these 12 px labels takes."""
    return CHAR_WIDTH * max((len(n) for n in names), default=0)


def coverage(archive: Archive, top: int = TOP_ROWS, label_width: int = 170, cell_height: int = 22, most: int = COLUMNS, mentions: Counter | None = None) -> Coverage:
    """Rows: the most mentioned actors, then the topics; columns: articles in time order (or, when there
    are more than `most`, months or years); cell: mentions of the actor, or articles on the topic. The
    row names' column is as wide as the longest name, and the picture as wide and tall as the column
    labels need: no label is cut."""
    articles = list(archive.articles)
    unit, columns, column_of = article_columns(articles) if len(articles) <= most else period_columns(articles, most)
    mentions = mentions if mentions is not None else Counter(m.actor for a in archive.articles for m in a.mentions)
    rows = coverage_rows(archive, top, mentions)
    label_width = max(label_width, math.ceil(label_room(r.name for r in rows) + 14))
    counts = coverage_counts(articles, rows, column_of)
    rows = [replace(r, counts=tuple(counts[(f"{r.kind}:{r.slug}", c.key)] for c in columns)) for r in rows]
    cell_width = round((WIDTH - label_width) / max(1, len(columns)), 1)
    weights = {kind: [cell_weight(n, c, unit) for r in rows if r.kind == kind for c, n in zip(columns, r.counts)] for kind in ("actor", "topic")}
    most_per = {kind: max(w or [1]) or 1 for kind, w in weights.items()}
    fits = len(str(max([n for r in rows for n in r.counts] or [0]))) * 7 + 4 <= cell_width  # every count, or none
    cells = tuple(
        Cell(f"{r.kind}:{r.slug}", col.key, n, round(label_width + j * cell_width, 1), 4 + i * cell_height,
             round(0.15 + 0.85 * cell_weight(n, col, unit) / most_per[r.kind], 2), cell_text(r, n, unit, fits))
        for i, r in enumerate(rows)
        for j, (col, n) in enumerate(zip(columns, r.counts))
        if n
    )
    angle = 35 if cell_width >= 24 else 90
    longest = label_room(c.label for c in columns)
    reach = label_width + (len(columns) - 0.5) * cell_width + 4 + longest * math.cos(math.radians(angle))
    return Coverage(
        unit=unit, articles=len(articles), width=WIDTH, height=math.ceil(14 + len(rows) * cell_height + longest * math.sin(math.radians(angle)) + 12),
        label_width=label_width, cell_width=cell_width, cell_height=cell_height, label_angle=angle,
        rows=tuple(rows), columns=tuple(columns), cells=cells, view_width=math.ceil(max(WIDTH, reach + 8)),
    )
