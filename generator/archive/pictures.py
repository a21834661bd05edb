"""Pictures computed at build time: a timeline, an actor co-mention network and a coverage heat map.

Every function here is pure: it takes the linked records (articles, actors, topics) and returns a
layout as records with coordinates. Templates under templates/pictures/ draw them as inline SVG, with
a table of the same data beside each one; `picture_data` exports the same data as JSON. Nothing is
guessed: an article without a stated date is never placed on the axis, it is listed apart.
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from dataclasses import dataclass, fields, is_dataclass
from functools import lru_cache, partial
from typing import Any, Callable, Iterable, Iterator, Mapping

from ..reuse import MAKE_ALL, Memo, plain_digest
from . import counts
from .counts import MentionShare, MentionStats, mention_share
from .coverage import Coverage, actor_record, coverage
from .network_layout import Label, circle_positions, node_label, spread_labels, view_box
from .link import Archive
from .timeline import Timeline, timeline
from ..model import Actor

TYPE_ORDER = ("person", "organisation", "country", "place")
NETWORK_NODES = 25  # actors drawn in the whole-archive network: the most mentioned
PAIRS_PER_ACTOR = 3  # in the whole-archive network, each actor's strongest pairs are drawn (not every pair: a hairball)
NEIGHBOURS = 24  # neighbours drawn around an actor: those it shares most paragraphs with


# ---------- co-mention network ----------


@dataclass(frozen=True)
class Node:
    slug: str
    name: str
    type: str
    url: str
    mentions: int | None  # the actor's own; None for a neighbour around an actor, weighed by its spoke (own_counts)
    articles: int | None
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

    @property
    def shown(self) -> int:
        """Actors drawn on the ring (the focus, in the centre, not counted)."""
        return sum(1 for node in self.nodes if node.slug != self.focus)

    @property
    def capped(self) -> bool:
        return self.shown < self.total

    @property
    def spokes(self) -> dict[str, "Edge"]:
        """Around an actor, each neighbour's line to it, by the neighbour's slug: what the two share."""
        return {e.target if e.source == self.focus else e.source: e for e in self.edges} if self.focus else {}

    @property
    def names(self) -> dict[str, str]:
        """Each drawn actor's name by slug, for the edges' titles and table (looked up, not searched, per edge)."""
        return {node.slug: node.name for node in self.nodes}



def once(archive: Archive, name: str, make: Callable[[], Any]) -> Any:
    """What the pictures computed from this archive, made on first use (several pages and the data
    files show the same timeline, coverage and network: each is computed once per build)."""
    if name not in archive.derived:
        archive.derived[name] = make()
    return archive.derived[name]


def prepare(archive: Archive, fragments: Memo | None = None) -> None:
    """Start a build's pictures: count the archive's mention statistics now (render workers forked
    later inherit them). With `fragments` kept between builds (serve), the statistics, timeline and
    coverage map are taken from the last build when what they are made from is unchanged."""
    archive.derived["fragments"] = fragments or MAKE_ALL
    stats_of(archive)


def fragments_of(archive: Archive) -> Memo:
    return archive.derived.get("fragments") or MAKE_ALL


def stats_of(archive: Archive) -> MentionStats:
    """The archive's MentionStats, computed on first use, so the whole network and every actor's
    neighbourhood cost one pass over the mentions, not one each: a function of the articles' shares
    only, each a function of its article as enriched (key_of), so a build may take the last build's
    statistics, or bring them up to date for the shares that changed."""
    def made() -> MentionStats:
        fragments = fragments_of(archive)
        shares = kept_shares(archive, fragments)
        inputs = lambda: (plain_digest(archive.actors), [a.id for a in archive.articles], [fragments.key_of(a) for a in archive.articles])  # noqa: E731
        return fragments.aggregate("mention stats", inputs, lambda: counts.mention_stats(shares))

    return once(archive, "stats", made)


def kept_shares(archive: Archive, fragments: Memo) -> list[MentionShare]:
    """Each article's MentionShare, kept between serve's builds: the statistics and the coverage map's inputs."""
    return once(archive, "mention shares", lambda: [fragments.part("mention shares", a, mention_share) for a in archive.articles])


def archive_timeline(archive: Archive) -> Timeline:
    """The timeline: a function of what other pages show of each article (its id, title and date)."""
    inputs = lambda: [s.fields() for s in archive.shown.values()]  # noqa: E731
    return once(archive, "timeline", lambda: fragments_of(archive).aggregate("timeline", inputs, lambda: timeline(archive.articles)))


def archive_coverage(archive: Archive) -> Coverage:
    """The coverage map: of the actors and topics, each article as shown, its topics and its mentions."""
    def inputs() -> tuple:
        shown = [(s.fields(), tuple(a.topics)) for s, a in zip(archive.shown.values(), archive.articles)]
        return plain_digest((archive.actors, archive.topics)), shown, kept_shares(archive, fragments_of(archive))

    made = lambda: fragments_of(archive).aggregate("coverage", inputs, lambda: coverage(archive, mentions=stats_of(archive).mentions))  # noqa: E731
    return once(archive, "coverage", made)


def archive_network(archive: Archive) -> Network:
    return neighbourhood(archive, "", NETWORK_NODES)


def circle_order(slugs: Iterable[str], actors: dict[str, Actor], weight: Mapping[str, int]) -> list[str]:
    def key(slug: str) -> tuple:
        actor = actor_record(slug, actors)
        kind = TYPE_ORDER.index(actor.type) if actor.type in TYPE_ORDER else len(TYPE_ORDER)
        return (kind, -weight[slug], actor.name.lower(), slug)

    return sorted(slugs, key=key)


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
    """The focus's neighbours by paragraphs shared, then articles shared (not by their own mentions: see own_counts)."""
    near = stats.neighbours.get(focus, {})
    return sorted((s for s in near if not detected_place(s, actors)), key=lambda s: (-near[s][1], -near[s][0], s))[:most]


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


@dataclass(frozen=True)
class NetworkPlan:
    """All a network picture is drawn from: its actors in drawing order (the focus first, then the
    ring), each as (slug, name, type, address, mentions, articles), and the pairs drawn, as (a, b,
    articles, paragraphs). Cheap to make for every actor page, and what the page's key holds: the
    layout (positions, labels moved apart) is drawn from it only for a page that is rendered."""

    focus: str
    size: int
    total: int
    centred: bool  # the focus is drawn (in the centre)
    members: tuple[tuple[str, str, str, str, int, int], ...]
    pairs: tuple[tuple[str, str, int, int], ...]


def network_plan(archive: Archive, focus: str = "", size: int = 520, most: int = NETWORK_NODES) -> NetworkPlan:
    """Actors as nodes sized by mentions, edges weighted by the paragraphs both are mentioned in (pairs
    that only share an article are left out: in a small corpus nearly every pair does), on a circle
    ordered by type then mentions (deterministic). At most `most` actors: the most mentioned ones, or,
    with `focus`, that actor in the centre and its strongest neighbours around it."""
    stats = stats_of(archive)
    if focus:
        total = len(stats.neighbours.get(focus, {}))
        members = set(strongest_neighbours(stats, focus, most, archive.actors)) | ({focus} if stats.mentions[focus] or focus in archive.actors else set())
        order_by = {s: paragraphs for s, (_, paragraphs) in stats.neighbours.get(focus, {}).items()}
    else:
        total = len(stats.mentions)
        members = set(most_mentioned(stats, most, archive.actors))
        order_by = stats.mentions
    order = ([focus] if focus in members else []) + circle_order(members - {focus}, archive.actors, order_by)
    records = [actor_record(s, archive.actors) for s in order]
    pairs = drawn_pairs(stats, members, focus)
    if not focus:
        pairs = strongest_pairs(pairs, PAIRS_PER_ACTOR)
    return NetworkPlan(focus, size, total, focus in members,
                       tuple((s, r.name, r.type, r.url, *own_counts(stats, s, focus)) for s, r in zip(order, records)),
                       tuple((a, b, n_art, n_par) for (a, b), (n_art, n_par) in pairs.items()))


def own_counts(stats: MentionStats, slug: str, focus: str) -> tuple[int | None, int | None]:
    """An actor's mentions and articles; around an actor, only that actor's: a neighbour is weighed by what it shares
    with it (its spoke), so the picture changes only with the articles that mention the focus, not with every article
    that mentions one of its neighbours (which redrew a third of a real archive's actor pages for one new article)."""
    return (stats.mentions[slug], stats.articles[slug]) if not focus or slug == focus else (None, None)


def network(archive: Archive, focus: str = "", size: int = 520, most: int = NETWORK_NODES) -> Network:
    return draw_network(network_plan(archive, focus, size, most))


@lru_cache(maxsize=64)  # an actor page and its JSON file draw the same plan
def draw_network(plan: NetworkPlan) -> Network:
    """The plan laid out: the focus in the centre, the others on a ring, labels moved apart."""
    ring = [m[0] for m in plan.members[1:]] if plan.centred else [m[0] for m in plan.members]
    centre = plan.size / 2
    radius = 0 if len(ring) == 1 and not plan.focus else plan.size / 2 - 70
    spots = circle_positions(ring, centre, radius)
    if plan.centred:
        spots[plan.focus] = (centre, centre)
    sizes = node_sizes(plan)
    labels = spread_labels([(node_label(*spots[m[0]], sizes[m[0]], centre), m[1]) for m in plan.members])
    nodes = tuple(Node(slug, name, kind, url, n_mentions, n_articles, *spots[slug], sizes[slug], label)
                  for (slug, name, kind, url, n_mentions, n_articles), label in zip(plan.members, labels))
    heaviest = max([p[3] for p in plan.pairs] or [1])
    edges = tuple(Edge(a, b, n_art, n_par, *spots[a], *spots[b], round(1 + 7 * n_par / heaviest, 1)) for a, b, n_art, n_par in plan.pairs)
    return Network(plan.focus, plan.size, plan.size, nodes, edges, plan.total, view_box(nodes) if nodes else (0, 0, plan.size, plan.size))


def node_sizes(plan: NetworkPlan) -> dict[str, float]:
    """Radii by mentions; around an actor, the actor at the largest and each neighbour by the paragraphs it shares."""
    if not plan.focus:
        largest = max([m[4] for m in plan.members] or [1]) or 1
        return {m[0]: round(5 + 13 * math.sqrt(m[4] / largest), 1) for m in plan.members}
    spokes = {other: paragraphs for a, b, _, paragraphs in plan.pairs for other in (a, b) if other != plan.focus}
    strongest = max(spokes.values(), default=1)
    return {m[0]: 18.0 if m[0] == plan.focus else round(5 + 9 * math.sqrt(spokes.get(m[0], 0) / strongest), 1) for m in plan.members}


# ---------- exports and template globals ----------


def neighbourhood(archive: Archive, slug: str, most: int = NEIGHBOURS) -> Network:
    """The actor's neighbourhood drawn ("": the whole network, on the overview and the actors' index)."""
    return draw_network(neighbourhood_plan(archive, slug, most))


def neighbourhood_plan(archive: Archive, slug: str, most: int = NEIGHBOURS) -> NetworkPlan:
    """Planned once per build: the actor's page and its JSON file show the same one."""
    drawn = stats_of(archive).drawn
    if (slug, most) not in drawn:
        drawn[slug, most] = network_plan(archive, focus=slug, size=360, most=most) if slug else network_plan(archive, most=most)
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
        "pictures/network.json": neighbourhood_plan(archive, "", NETWORK_NODES),
        "pictures/coverage.json": archive_coverage(archive),
    }
    for slug in sorted(set(archive.actors) | set(stats_of(archive).mentions)):
        files[f"pictures/network/{slug}.json"] = neighbourhood_plan(archive, slug)
    return files


def drawn(picture: Any) -> Any:
    return draw_network(picture) if isinstance(picture, NetworkPlan) else picture


def picture_data(archive: Archive) -> dict[str, str]:
    """The data behind every picture, as {docs-relative path: JSON text}, beside the pages that show it."""
    return {path: to_json(drawn(picture)) for path, picture in pictures_by_path(archive).items()}


def picture_files(archive: Archive) -> Iterator[tuple[str, Callable[[], str], Any]]:
    """picture_data as (path, maker of the JSON, what the picture is made from: a network's plan): the
    JSON is made, and a network drawn, only when asked for, so a build that finds a picture unchanged
    never makes it."""
    for path, picture in pictures_by_path(archive).items():
        yield path, partial(json_of, picture), picture


def json_of(picture: Any) -> str:
    return to_json(drawn(picture))


def template_globals() -> dict[str, Any]:
    return {"timeline": archive_timeline, "network": archive_network, "neighbourhood": neighbourhood, "coverage": archive_coverage}
