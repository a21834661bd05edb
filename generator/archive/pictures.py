"""Pictures computed at build time: a timeline, an actor co-mention network and a coverage heat map.

Every function here is pure: it takes the linked records (articles, actors, topics) and returns a
layout as records with coordinates. Templates under templates/pictures/ draw them as inline SVG, with
a table of the same data beside each one; `picture_data` exports the same data as JSON. Nothing is
guessed: an article without a stated date is never placed on the axis, it is listed apart.
"""

from __future__ import annotations

import json
import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field, fields, is_dataclass, replace
from datetime import date, timedelta
from functools import partial
from typing import Any, Callable, Iterable, Iterator

from ..reuse import MAKE_ALL, Memo, memoized, plain_digest
from .comention import pair_counts
from .link import Archive
from ..model import Actor, Article, Topic

WIDTH = 720  # viewBox width of every picture; the SVG scales to the column
TYPE_ORDER = ("person", "organisation", "country", "place")
WEEKLY_AFTER_DAYS = 92  # spans longer than this are drawn per week (or month, year), shorter ones per day
TIMELINE_BINS = 160  # days, weeks, months or years on the time axis, at most
TIMELINE_POINTS = 120  # up to this many dated articles, one point each ...
STACK = 12  # ... and up to this many in one day or week; beyond either, one bar per day/week/month/year
BAR_HEIGHT = 160  # height of the tallest bar
UNDATED_LISTED = 25  # undated articles listed by name under the timeline; the rest are counted
TOP_ROWS = 12  # actors (and topics) shown in the coverage heat map
NETWORK_NODES = 25  # actors drawn in the whole-archive network: the most mentioned
PAIRS_PER_ACTOR = 3  # in the whole-archive network, each actor's strongest pairs are drawn (not every pair: a hairball)
COLUMNS = 40  # columns in the coverage heat map: one per article up to this many, else one per period
NEIGHBOURS = 24  # neighbours drawn around an actor: those it shares most paragraphs with
CHAR_WIDTH = 7.2  # px a character of a 12 px label takes, at most (a generous average of sans-serif names)
LABEL_HEIGHT = 15  # px a label's line takes; labels are kept this far apart


# ---------- timeline ----------


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
    return date.fromisoformat(article.date.value.iso[:10])


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
    unit = timeline_unit([day_of(a) for a in dated])
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


# ---------- co-mention network ----------


@dataclass(frozen=True)
class Label:
    x: float
    y: float
    angle: float  # rotation about (x, y) in degrees; 0: level, centred under the node
    anchor: str  # "middle", or "start"/"end" for a name written outward along the radius


@dataclass(frozen=True)
class Node:
    slug: str
    name: str
    type: str
    url: str
    mentions: int
    articles: int
    x: float
    y: float
    r: float
    label: Label


@dataclass(frozen=True)
class Edge:
    source: str
    target: str
    articles: int  # articles in which both actors are mentioned
    paragraphs: int  # paragraphs in which both actors are mentioned
    x1: float
    y1: float
    x2: float
    y2: float
    width: float


@dataclass(frozen=True)
class Network:
    focus: str  # "" for the whole archive, else the actor whose neighbourhood this is
    width: int
    height: int
    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]
    total: int = 0  # actors that could be drawn (mentioned, or the focus's neighbours); more than drawn when capped
    box: tuple[float, float, float, float] = (0, 0, 0, 0)  # the viewBox: every node and every whole label inside

    def __fingerprint__(self) -> bytes:
        return plain_digest(self)  # plain data: one C pickle instead of a Python call per node and edge

    @property
    def shown(self) -> int:
        """Actors drawn on the ring (the focus, in the centre, not counted)."""
        return sum(1 for node in self.nodes if node.slug != self.focus)

    @property
    def capped(self) -> bool:
        return self.shown < self.total


@dataclass(frozen=True)
class MentionStats:
    """Who is mentioned how often and with whom, counted once per archive and shared by every picture."""

    mentions: Counter  # actor -> mentions
    articles: Counter  # actor -> articles that mention it
    neighbours: dict[str, dict[str, tuple[int, int]]]  # actor -> {actor mentioned in a same paragraph: (articles, paragraphs)}
    # (a, b) with a < b -> articles that mention both, for every pair (not only the drawn ones): the
    # actor pages' co-mentions, counted here once instead of again by actor_pages.gather_entries
    together: dict[tuple[str, str], int] = field(default_factory=dict)
    # (a, b) with a < b -> paragraphs that mention both (the neighbours' second weight): kept so that an
    # edit's shares can be taken out of the counts and put in again (updated_stats)
    in_paragraphs: dict[tuple[str, str], int] = field(default_factory=dict)
    drawn: dict[tuple[str, int], Network] = field(default_factory=dict, compare=False)  # (focus, most) -> its neighbourhood, drawn once per build

    def __getstate__(self) -> dict[str, Any]:
        return {**self.__dict__, "drawn": {}}  # saved with the cache without the networks: drawn again on use


@dataclass(frozen=True)
class MentionShare:
    """One article's part of the mention statistics, in the order the counts take it."""

    actors: tuple[str, ...]  # the actor of each mention
    distinct: tuple[str, ...]  # the actors it mentions, sorted
    paragraphs: tuple[tuple[str, ...], ...]  # the actors of each paragraph that mentions two or more, sorted


def mention_share(article: Article) -> MentionShare:
    slugs = tuple(m.actor for m in article.mentions)
    paragraphs: dict[int, set[str]] = defaultdict(set)
    for m in article.mentions:
        paragraphs[m.paragraph].add(m.actor)
    together = tuple(tuple(sorted(actors)) for actors in paragraphs.values() if len(actors) > 1)
    return MentionShare(slugs, tuple(sorted(set(slugs))), together)


def mention_counts(articles: Iterable[Article]) -> tuple[Counter, Counter]:
    """(mentions per actor, articles per actor)."""
    mentions, in_articles, _, _ = counted(map(mention_share, articles))
    return mentions, in_articles


def counted(shares: Iterable[MentionShare]) -> tuple[Counter, Counter, Counter, Counter]:
    """(mentions per actor, articles per actor, articles per pair, paragraphs per pair); a pair is (a, b), a < b."""
    shares = list(shares)
    mentions, in_articles = Counter(), Counter()
    for share in shares:
        mentions.update(share.actors)
        in_articles.update(share.distinct)
    by_article = Counter(pair_counts(share.distinct for share in shares))
    by_paragraph = Counter(pair_counts(actors for share in shares for actors in share.paragraphs))
    return mentions, in_articles, by_article, by_paragraph


def co_mentions(articles: Iterable[Article]) -> dict[tuple[str, str], tuple[int, int]]:
    """(actor a, actor b) with a < b -> (articles, paragraphs) in which both are mentioned."""
    _, _, by_article, by_paragraph = counted(map(mention_share, articles))
    return {pair: (by_article[pair], by_paragraph[pair]) for pair in sorted(by_article)}


def mention_stats(shares: Iterable[MentionShare]) -> MentionStats:
    """One pass over every mention; the adjacency keeps the pairs that share a paragraph (the drawn ones)."""
    return stats_from(*counted(shares))


def stats_from(mentions: Counter, in_articles: Counter, by_article: Counter, by_paragraph: Counter) -> MentionStats:
    """The statistics of these counts, each in key order: the same whatever order the articles were
    counted in, or whether the counts were made afresh or updated."""
    neighbours: dict[str, dict[str, tuple[int, int]]] = defaultdict(dict)
    pairs = sorted(by_article)
    for a, b in pairs:
        weights = (by_article[a, b], by_paragraph[a, b])
        if weights[1]:
            neighbours[a][b] = neighbours[b][a] = weights
    return MentionStats(
        Counter(dict(sorted(mentions.items()))), Counter(dict(sorted(in_articles.items()))), dict(neighbours),
        {pair: by_article[pair] for pair in pairs}, dict(sorted(by_paragraph.items())),
    )


MOST_CHANGED_SHARES = 64  # beyond this many changed articles, counting every share afresh costs about as much


def updated_stats(stats: MentionStats, old: list[MentionShare], new: list[MentionShare]) -> MentionStats:
    """`stats` with the shares `old` taken out and `new` put in: what mention_stats gives for the whole
    archive's shares after the edit (the counts are sums over the articles, exact in integers)."""
    totals = (Counter(stats.mentions), Counter(stats.articles), Counter(stats.together), Counter(stats.in_paragraphs))
    for total, less, more in zip(totals, counted(old), counted(new)):
        total.subtract(less)
        total.update(more)
    return stats_from(*(+total for total in totals))  # unary +: the counts that fell to zero dropped


def stats_update(fragments: Memo, shares: list[MentionShare], last_inputs: tuple, last: MentionStats, inputs: tuple) -> MentionStats | None:
    """The last build's statistics updated for the articles whose enrich key changed, their old
    shares found among the last build's parts (None: count afresh, when articles came or went, many
    changed or an old share is not at hand). The counts are the shares' alone; the networks drawn
    from them show the actors too (names, types), so when the actors changed the result comes
    without the last build's drawn networks."""
    (last_actors, last_ids, last_keys), (actors, ids, keys) = last_inputs, inputs
    if last_ids != ids:
        return None
    changed = [i for i, (before, after) in enumerate(zip(last_keys, keys)) if before != after]
    if len(changed) > MOST_CHANGED_SHARES:
        return None
    old = [fragments.saved_part("mention shares", last_keys[i]) for i in changed]
    if any(share is None for share in old):
        return None
    new = [shares[i] for i in changed]
    if old != new:
        return updated_stats(last, old, new)
    return last if actors == last_actors else replace(last, drawn={})  # an edit without mentions: the same counts


def made_for(archive: Archive) -> dict[str, Any]:
    """What the pictures computed from this archive (several pages and the data files show the same
    timeline, coverage and network: each is computed once per build)."""
    return archive.derived


def prepare(archive: Archive, fragments: Memo | None = None) -> None:
    """Start a build's pictures: count the archive's mention statistics now (render workers forked
    later inherit them). With `fragments` kept between builds (serve), the statistics, timeline and
    coverage map are taken from the last build when what they are made from is unchanged."""
    made_for(archive)["fragments"] = fragments or MAKE_ALL
    stats_of(archive)


def fragments_of(archive: Archive) -> Memo:
    return made_for(archive).get("fragments") or MAKE_ALL


def stats_of(archive: Archive) -> MentionStats:
    """The archive's MentionStats, computed on first use, so the whole network and every actor's
    neighbourhood cost one pass over the mentions, not one each. In serve, each article's share is
    kept, and the last build's statistics (its drawn networks with them) are taken as they are when
    no share changed, or updated for the shares that changed; the statistics and the shares are
    saved with the cache, so a fresh `generate` updates them too."""
    made = made_for(archive)
    if "stats" not in made:
        fragments = fragments_of(archive)
        if not fragments.saves("mention stats"):  # no cache: nothing to update
            made["stats"] = mention_stats(map(mention_share, archive.articles))
        else:  # a function of the shares only, each a function of its article as enriched (key_of)
            shares = kept_shares(archive, fragments)
            inputs = lambda: (plain_digest(archive.actors), [a.id for a in archive.articles], [fragments.key_of(a) for a in archive.articles])  # noqa: E731
            made["stats"] = fragments.aggregate("mention stats", inputs, lambda: mention_stats(shares), partial(stats_update, fragments, shares))
    return made["stats"]


def kept_shares(archive: Archive, fragments: Memo) -> list[MentionShare]:
    """Each article's MentionShare, kept between serve's builds: the statistics and the coverage map's inputs."""
    made = made_for(archive)
    if "mention shares" not in made:
        made["mention shares"] = [fragments.part("mention shares", a, mention_share) for a in archive.articles]
    return made["mention shares"]


def archive_timeline(archive: Archive) -> Timeline:
    """The timeline: a function of what other pages show of each article (its id, title and date)."""
    made = made_for(archive)
    if "timeline" not in made:
        made["timeline"] = fragments_of(archive).aggregate("timeline", lambda: [s.fields() for s in archive.shown.values()], lambda: timeline(archive.articles))
    return made["timeline"]


def archive_coverage(archive: Archive) -> Coverage:
    """The coverage map: of the actors and topics, each article as shown, its topics and its mentions."""
    made = made_for(archive)
    if "coverage" not in made:
        fragments = fragments_of(archive)

        def inputs() -> tuple:
            shown = [(s.fields(), tuple(a.topics)) for s, a in zip(archive.shown.values(), archive.articles)]
            return plain_digest((archive.actors, archive.topics)), shown, kept_shares(archive, fragments)

        made["coverage"] = fragments.aggregate("coverage", inputs, lambda: coverage(archive))
    return made["coverage"]


def archive_network(archive: Archive) -> Network:
    return neighbourhood(archive, "", NETWORK_NODES)


def actor_record(slug: str, actors: dict[str, Actor]) -> Actor:
    """The registered actor, or a stand-in named by its slug for a mention whose actor is not registered."""
    return actors.get(slug) or Actor(slug=slug, name=slug, type="person", source="detected")


def circle_order(slugs: Iterable[str], actors: dict[str, Actor], mentions: Counter) -> list[str]:
    def key(slug: str) -> tuple:
        actor = actor_record(slug, actors)
        kind = TYPE_ORDER.index(actor.type) if actor.type in TYPE_ORDER else len(TYPE_ORDER)
        return (kind, -mentions[slug], actor.name.lower(), slug)

    return sorted(slugs, key=key)


def circle_positions(slugs: list[str], centre: float, radius: float) -> dict[str, tuple[float, float]]:
    count = max(1, len(slugs))
    return {
        slug: (round(centre + radius * math.sin(2 * math.pi * i / count), 1), round(centre - radius * math.cos(2 * math.pi * i / count), 1))
        for i, slug in enumerate(slugs)
    }


def node_label(x: float, y: float, r: float, centre: float) -> Label:
    """Level, beside the node on the ring's outer side: right of it on the right half, left of it on the
    left, above or below it at the top and bottom; the focus, in the centre, has its name under it."""
    dx, dy = x - centre, y - centre
    if abs(dx) < 0.3 * max(abs(dy), 1) or (dx, dy) == (0, 0):
        return Label(x, round(y + r + 14, 1) if dy >= 0 else round(y - r - 6, 1), 0, "middle")
    return Label(round(x + r + 5, 1) if dx > 0 else round(x - r - 5, 1), y, 0, "start" if dx > 0 else "end")


def label_box(label: Label, name: str) -> tuple[float, float, float, float]:
    """The room a label takes (x0, y0, x1, y1), at CHAR_WIDTH a character: beside a node it is centred
    on y (dy .35em), above or below one y is its baseline."""
    width = CHAR_WIDTH * len(name)
    x0 = {"start": label.x, "end": label.x - width, "middle": label.x - width / 2}[label.anchor]
    y0 = label.y - LABEL_HEIGHT / 2 if label.anchor != "middle" else label.y - LABEL_HEIGHT + 3
    return (x0, y0, x0 + width, y0 + LABEL_HEIGHT)


def overlaps(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def spread_labels(labels: list[tuple[Label, str]]) -> list[Label]:
    """Labels moved apart, top to bottom: one that would overlap a label already placed moves away
    from the ring's middle line (up in the top half, down in the bottom half) until it is clear."""
    placed: dict[int, Label] = {}
    boxes: list[tuple[float, float, float, float]] = []
    centre_y = sum(label.y for label, _ in labels) / max(1, len(labels))
    for i in sorted(range(len(labels)), key=lambda i: abs(labels[i][0].y - centre_y)):
        label, name = labels[i]
        step = -1 if label.y < centre_y else 1
        while any(overlaps(label_box(label, name), box) for box in boxes):
            label = replace(label, y=round(label.y + step, 1))
        placed[i] = label
        boxes.append(label_box(label, name))
    return [placed[i] for i in range(len(labels))]


def view_box(nodes: Iterable["Node"], margin: float = 6) -> tuple[float, float, float, float]:
    """(x, y, width, height) around every node and every label."""
    boxes = [label_box(n.label, n.name) for n in nodes] + [(n.x - n.r, n.y - n.r, n.x + n.r, n.y + n.r) for n in nodes]
    x0, y0 = min(b[0] for b in boxes) - margin, min(b[1] for b in boxes) - margin
    x1, y1 = max(b[2] for b in boxes) + margin, max(b[3] for b in boxes) + margin
    return (round(x0, 1), round(y0, 1), round(x1 - x0, 1), round(y1 - y0, 1))


def strongest_pairs(pairs: dict[tuple[str, str], tuple[int, int]], most: int) -> dict[tuple[str, str], tuple[int, int]]:
    """Each actor's `most` strongest pairs (paragraphs shared, then articles), joined: enough to show who
    goes with whom, without every chord of a ring where nearly everyone meets everyone."""
    by_actor: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for pair in pairs:
        for slug in pair:
            by_actor[slug].append(pair)
    kept = {pair for own in by_actor.values() for pair in sorted(own, key=lambda p: (-pairs[p][1], -pairs[p][0], p))[:most]}
    return {pair: weights for pair, weights in pairs.items() if pair in kept}


def most_mentioned(stats: MentionStats, most: int, actors: dict[str, Actor] | None = None) -> list[str]:
    return sorted((s for s in stats.mentions if not detected_place(s, actors)), key=lambda s: (-stats.mentions[s], s))[:most]


def strongest_neighbours(stats: MentionStats, focus: str, most: int, actors: dict[str, Actor] | None = None) -> list[str]:
    """The focus's neighbours by paragraphs shared, then articles shared, then their own mentions."""
    near = stats.neighbours.get(focus, {})
    return sorted((s for s in near if not detected_place(s, actors)), key=lambda s: (-near[s][1], -near[s][0], -stats.mentions[s], s))[:most]


def detected_place(slug: str, actors: dict[str, Actor] | None) -> bool:
    """A country or place found in the text, not listed in actors.yml: kept out of the networks and of
    the "Mentioned with" lists (a curator who wants one there lists it in the registry)."""
    actor = (actors or {}).get(slug)
    return actor is not None and is_detected_place(actor)


def is_detected_place(actor: Actor) -> bool:
    return actor.source == "detected" and actor.type in ("country", "place")


def drawn_pairs(stats: MentionStats, members: set[str], focus: str) -> dict[tuple[str, str], tuple[int, int]]:
    """Pairs among the members that share a paragraph; around a focus, only its own (the spokes)."""
    sources = [focus] if focus else sorted(members)
    pairs = {
        tuple(sorted((a, b))): weights
        for a in sources
        for b, weights in stats.neighbours.get(a, {}).items()
        if b in members
    }
    return dict(sorted(pairs.items()))


def network(archive: Archive, focus: str = "", size: int = 520, most: int = NETWORK_NODES) -> Network:
    """Actors as nodes sized by mentions, edges weighted by the paragraphs both are mentioned in (pairs
    that only share an article are left out: in a small corpus nearly every pair does), on a circle
    ordered by type then mentions (deterministic). At most `most` actors: the most mentioned ones, or,
    with `focus`, that actor in the centre and its strongest neighbours around it."""
    stats = stats_of(archive)
    mentions = stats.mentions
    if focus:
        total = len(stats.neighbours.get(focus, {}))
        members = set(strongest_neighbours(stats, focus, most, archive.actors)) | ({focus} if mentions[focus] or focus in archive.actors else set())
    else:
        total = len(mentions)
        members = set(most_mentioned(stats, most, archive.actors))
    ring = circle_order(members - {focus}, archive.actors, mentions)
    centre = size / 2
    radius = 0 if len(ring) == 1 and not focus else size / 2 - 70
    spots = circle_positions(ring, centre, radius)
    if focus in members:
        spots[focus] = (centre, centre)
    largest = max([mentions[s] for s in members] or [1]) or 1
    sizes = {s: round(5 + 13 * math.sqrt(mentions[s] / largest), 1) for s in members}
    order = ([focus] if focus in members else []) + ring
    names = [actor_record(s, archive.actors).name for s in order]
    labels = spread_labels([(node_label(*spots[s], sizes[s], centre), name) for s, name in zip(order, names)])
    nodes = tuple(
        Node(s, name, actor_record(s, archive.actors).type, actor_record(s, archive.actors).url,
             mentions[s], stats.articles[s], *spots[s], sizes[s], label)
        for s, name, label in zip(order, names, labels)
    )
    pairs = drawn_pairs(stats, members, focus)
    if not focus:
        pairs = strongest_pairs(pairs, PAIRS_PER_ACTOR)
    heaviest = max([w[1] for w in pairs.values()] or [1])
    edges = tuple(
        Edge(a, b, n_art, n_par, *spots[a], *spots[b], round(1 + 7 * n_par / heaviest, 1))
        for (a, b), (n_art, n_par) in pairs.items()
    )
    return Network(focus, size, size, nodes, edges, total, view_box(nodes) if nodes else (0, 0, size, size))


# ---------- coverage heat map ----------


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


def coverage_rows(archive: Archive, top: int) -> list[Row]:
    mentions = stats_of(archive).mentions
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


def coverage(archive: Archive, top: int = TOP_ROWS, label_width: int = 170, cell_height: int = 22, most: int = COLUMNS) -> Coverage:
    """Rows: the most mentioned actors, then the topics; columns: articles in time order (or, when there
    are more than `most`, months or years); cell: mentions of the actor, or articles on the topic. The
    row names' column is as wide as the longest name, and the picture as wide and tall as the column
    labels need: no label is cut."""
    articles = list(archive.articles)
    unit, columns, column_of = article_columns(articles) if len(articles) <= most else period_columns(articles, most)
    rows = coverage_rows(archive, top)
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


# ---------- exports and template globals ----------


def neighbourhood(archive: Archive, slug: str, most: int = NEIGHBOURS) -> Network:
    """Drawn once per build: the actor's page and its JSON file show the same one ("": the whole
    network, on the overview and the actors' index)."""
    drawn = stats_of(archive).drawn
    if (slug, most) not in drawn:
        drawn[slug, most] = network(archive, focus=slug, size=360, most=most) if slug else network(archive, most=most)
    return drawn[slug, most]


def to_json(picture: Any) -> str:
    """What asdict() would give, written by json's C encoder (one level of a dataclass at a time)."""
    return json.dumps(picture, ensure_ascii=False, separators=(",", ":"), default=fields_of) + "\n"


def fields_of(record: Any) -> dict[str, Any]:
    if not is_dataclass(record):
        raise TypeError(f"{type(record).__name__} is not JSON serialisable")
    return {f.name: getattr(record, f.name) for f in fields(record)}


def pictures_by_path(archive: Archive) -> dict[str, Any]:
    """Every picture, by the docs-relative path of the JSON file that holds its data."""
    files = {
        "pictures/timeline.json": archive_timeline(archive),
        "pictures/network.json": archive_network(archive),
        "pictures/coverage.json": archive_coverage(archive),
    }
    for slug in sorted(set(archive.actors) | set(stats_of(archive).mentions)):
        files[f"pictures/network/{slug}.json"] = neighbourhood(archive, slug)
    return files


def picture_data(archive: Archive) -> dict[str, str]:
    """The data behind every picture, as {docs-relative path: JSON text}, beside the pages that show it."""
    return {path: to_json(picture) for path, picture in pictures_by_path(archive).items()}


def picture_files(archive: Archive, digests: dict[int, bytes]) -> Iterator[tuple[str, Callable[[], str], str]]:
    """picture_data as (path, maker of the JSON, key) for write_files: each file keyed by a digest of
    its picture (for a network, the one its actor page's key took, from the page keys' memo
    `digests`), so that its JSON is made only when the picture changed."""
    for path, picture in pictures_by_path(archive).items():
        yield path, partial(to_json, picture), "picture:" + memoized(digests, picture, plain_digest).hex()


def template_globals() -> dict[str, Any]:
    return {"timeline": archive_timeline, "network": archive_network, "neighbourhood": neighbourhood, "coverage": archive_coverage}
