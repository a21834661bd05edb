"""The timeline picture: dated articles on a time axis, per day, week, month or year; undated ones
listed apart, never placed. Pure: records in, a layout with coordinates out."""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Iterable

from ..model import Article

WIDTH = 720  # viewBox width of every picture; the SVG scales to the column
WEEKLY_AFTER_DAYS = 92  # spans longer than this are drawn per week (or month, year), shorter ones per day
TIMELINE_BINS = 160  # days, weeks, months or years on the time axis, at most
TIMELINE_POINTS = 120  # up to this many dated articles, one point each ...
STACK = 12  # ... and up to this many in one day or week; beyond either, one bar per day/week/month/year
BAR_HEIGHT = 160  # height of the tallest bar
UNDATED_LISTED = 25  # undated articles listed by name under the timeline; the rest are counted


@dataclass(frozen=True)
class TimelinePoint:
    article: str
    title: str
    url: str
    date: str  # ISO date as stated, "2025-04-23" or "2025-04-23T10:00"
    label: str  # as displayed
    bin: str  # first day of the day/week/month/year it is drawn in
    x: float
    y: float


@dataclass(frozen=True)
class Bar:
    start: str  # first day of the day/week/month/year
    label: str  # "week of 2025-04-21", "April 2025", "2025"
    count: int  # dated articles in it
    url: str
    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True)
class Tick:
    x: float
    label: str


@dataclass(frozen=True)
class Undated:
    article: str
    title: str
    url: str


@dataclass(frozen=True)
class Timeline:
    unit: str  # "day", "week", "month", "year" or "N years"
    width: int
    height: int
    axis_y: float
    points: tuple[TimelinePoint, ...]  # one per dated article, while they are few enough to draw one each
    ticks: tuple[Tick, ...]
    undated: tuple[Undated, ...]  # the first UNDATED_LISTED of them
    bars: tuple[Bar, ...] = ()  # else one bar per day/week/month/year, as high as its number of articles
    dated: int = 0
    undated_total: int = 0
    tallest: int = 0  # most articles in one day/week/month/year


def day_of(article: Article) -> date:
    """Where the article stands on a time axis: its day, or the first day of the month or year it is dated to."""
    return article.date.value.first_day


def coarsest_precision(articles: Iterable[Article]) -> str:
    """"year" when some dated article is known only to the year, "month" when to the month, else "day"."""
    precisions = {a.date.value.precision for a in articles if a.date.known}
    return "year" if "year" in precisions else "month" if "month" in precisions else "day"


def at_least(unit: str, precision: str) -> str:
    """`unit`, or the article's precision when that is coarser: a date known only to the year (or month) is
    never drawn in a day, week (or month) it does not state."""
    order = ("day", "week", "month", "year")
    return unit if unit_years(unit) or order.index(unit) >= order.index(precision) else precision


def unit_years(unit: str) -> int:
    """Years per bin: 1 for "year", N for "N years", 0 for shorter units."""
    return 1 if unit == "year" else int(unit.split()[0]) if unit.endswith(" years") else 0


def bin_start(day: date, unit: str, first_year: int = 0) -> date:
    if unit == "week":
        return day - timedelta(days=day.weekday())
    if unit == "month":
        return day.replace(day=1)
    if unit_years(unit):
        return date(day.year - (day.year - first_year) % unit_years(unit), 1, 1)
    return day


def months_between(first: date, last: date) -> int:
    return (last.year - first.year) * 12 + last.month - first.month + 1


def timeline_unit(days: list[date], most: int = TIMELINE_BINS) -> str:
    """Days for a short span, then weeks, months, years, or N years: never more than `most` bins."""
    if not days or (max(days) - min(days)).days <= WEEKLY_AFTER_DAYS:
        return "day"
    first, last = min(days), max(days)
    if (bin_start(last, "week") - bin_start(first, "week")).days // 7 < most:
        return "week"
    if months_between(first, last) <= most:
        return "month"
    step = math.ceil((last.year - first.year + 1) / most)
    return "year" if step == 1 else f"{step} years"


def next_bin(start: date, unit: str) -> date | None:
    """The bin after `start`; None past the last day a date can hold (9999-12-31)."""
    try:
        if unit in ("day", "week"):
            return start + timedelta(days=1 if unit == "day" else 7)
        if unit == "month":
            return date(start.year + start.month // 12, start.month % 12 + 1, 1)
        return date(start.year + unit_years(unit), 1, 1)
    except (OverflowError, ValueError):
        return None


def bins_between(first: date, last: date, unit: str) -> list[date]:
    out: list[date] = []
    current: date | None = first
    while current is not None and current <= last:
        out.append(current)
        current = next_bin(current, unit)
    return out


def bin_label(start: date, unit: str, short: bool = False) -> str:
    """How a bin is named: on the axis (short) and in tooltips and tables."""
    if unit == "month":
        return start.strftime("%Y-%m") if short else start.strftime("%B %Y")
    if unit_years(unit) > 1 and not short:
        return f"{start.year}–{start.year + unit_years(unit) - 1}"
    if unit_years(unit):
        return str(start.year)
    return start.isoformat() if unit == "day" or short else f"week of {start.isoformat()}"


def tick_labels(bins: list[date], xs: dict[date, float], unit: str, most: int = 7) -> tuple[Tick, ...]:
    stride = max(1, math.ceil(len(bins) / most))
    prefix = "week of " if unit == "week" and len(bins) == 1 else ""
    return tuple(Tick(xs[b], prefix + bin_label(b, unit, short=True)) for b in bins[::stride])


def timeline_points(stacks: dict[date, list[Article]], bins: list[date], xs: dict[date, float], step: int) -> tuple[float, tuple[TimelinePoint, ...]]:
    """(axis y, one point per article, stacked within its bin)."""
    tallest = max((len(s) for s in stacks.values()), default=0)
    axis_y = 20 + max(1, tallest) * step
    points = tuple(
        TimelinePoint(a.id, a.title.value or "Untitled", a.url, a.date.value.iso, a.date.value.display, b.isoformat(), xs[b], axis_y - (k + 0.5) * step)
        for b in bins
        for k, a in enumerate(stacks.get(b, []))
    )
    return axis_y, points


def timeline_bars(stacks: dict[date, list[Article]], bins: list[date], xs: dict[date, float], slot: float, unit: str) -> tuple[float, tuple[Bar, ...]]:
    """(axis y, one bar per non-empty bin, its height proportional to its articles)."""
    tallest = max((len(s) for s in stacks.values()), default=1)
    axis_y = 20 + BAR_HEIGHT
    width = round(max(1.0, min(slot * 0.8, 24)), 1)
    bars = []
    for b in bins:
        count = len(stacks.get(b, []))
        if count:
            height = round(max(2.0, BAR_HEIGHT * count / tallest), 1)
            url = f"dates/#{stacks[b][0].date.value.year}"  # the By date page, at the year of its first article
            bars.append(Bar(b.isoformat(), bin_label(b, unit), count, url, round(xs[b] - width / 2, 1), round(axis_y - height, 1), width, height))
    return axis_y, tuple(bars)


def timeline(articles: Iterable[Article], margin: int = 40, step: int = 18) -> Timeline:
    """Dated articles on a day (or week, month, year) axis: one point each, stacked within a bin, while
    there are at most TIMELINE_POINTS and STACK in a bin; else one bar per bin. Undated ones listed apart."""
    items = list(articles)
    dated = sorted((a for a in items if a.date.known), key=lambda a: (a.sort_date, a.id))
    undated = sorted((a for a in items if not a.date.known), key=lambda a: ((a.title.value or "").lower(), a.id))
    unit = at_least(timeline_unit([day_of(a) for a in dated]), coarsest_precision(dated))
    first_year = day_of(dated[0]).year if dated else 0
    stacks: dict[date, list[Article]] = defaultdict(list)
    for article in dated:
        stacks[bin_start(day_of(article), unit, first_year)].append(article)
    bins = bins_between(min(stacks), max(stacks), unit) if stacks else []
    slot = (WIDTH - 2 * margin) / max(1, len(bins))
    xs = {b: round(margin + (i + 0.5) * slot, 1) for i, b in enumerate(bins)}
    tallest = max((len(s) for s in stacks.values()), default=0)
    if len(dated) <= TIMELINE_POINTS and tallest <= STACK:
        axis_y, points, bars = *timeline_points(stacks, bins, xs, step), ()
    else:
        axis_y, bars = timeline_bars(stacks, bins, xs, slot, unit)
        points = ()
    listed = tuple(Undated(a.id, a.title.value or "Untitled", a.url) for a in undated[:UNDATED_LISTED])
    return Timeline(unit, WIDTH, int(axis_y + 36), axis_y, points, tick_labels(bins, xs, unit), listed, bars, len(dated), len(undated), tallest)
