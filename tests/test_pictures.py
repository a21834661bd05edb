"""Issue 8: the timeline, the co-mention network and the coverage heat map.

Pure layout functions are tested on synthetic records (mentions come from the actors branch);
the seed site is tested for what exists today: one dated article on the axis, four listed apart."""

from __future__ import annotations

from collections import Counter
import json
import posixpath
from dataclasses import replace
from datetime import date
from pathlib import Path

from hypothesis import example, given, settings as hsettings, strategies as st

from conftest import SEED_IDS
from generator.archive.link import link
from generator.model import Actor, Article, Field, Mention, PubDate, RawFile, Topic
from generator.archive.counts import co_mentions
from generator.archive.coverage import coverage
from generator.archive.pictures import network, neighbourhood, picture_data
from generator.archive.timeline import timeline

ACTORS = {
    "putin": Actor("putin", "Vladimir Putin", "person"),
    "zelensky": Actor("zelensky", "Volodymyr Zelensky", "person"),
    "rubio": Actor("rubio", "Marco Rubio", "person"),
    "nato": Actor("nato", "NATO", "organisation"),
    "russia": Actor("russia", "Russia", "country"),
}
TOPICS = {"ceasefire": Topic("ceasefire", "Ceasefire"), "crimea": Topic("crimea", "Crimea")}


def article(ident: str, iso: str | None, mentions: list[tuple[str, int]] = (), topics: list[str] = ()) -> Article:
    raw = RawFile(f"{ident}.txt", ident, "test", "0" * 64, "text", "utf-8", 4)
    day = PubDate(iso, int(iso[:4]), iso) if iso else None
    unknown = Field(None, "not found: test")
    return Article(
        id=ident, source=raw, title=Field(f"Title {ident}", "test"), dek=unknown, authors=unknown, outlet=unknown,
        date=Field(day, "test" if day else "not found: test"), kind=unknown, language=unknown, summary=unknown,
        source_url=unknown, blocks=[], removed=[], word_count=10, reading_minutes=1,
        mentions=[Mention(slug, ident, p, f"p-{p}", 0, 1, slug) for slug, p in mentions], topics=list(topics),
    )


def synthetic_archive():
    articles = [
        article("a1", "2025-04-23T10:00", [("putin", 1), ("zelensky", 1), ("putin", 2), ("nato", 3)], ["ceasefire"]),
        article("a2", "2025-04-25", [("putin", 1), ("zelensky", 2), ("rubio", 2)], ["ceasefire", "crimea"]),
        article("a3", None, [("russia", 1), ("putin", 4)]),
        article("a4", None),
    ]
    return link(articles, {}, actors=dict(ACTORS), topics=dict(TOPICS))


# ---------- pure functions ----------


def test_network_has_one_node_per_actor_with_its_counts():
    nodes = {n.slug: n for n in network(synthetic_archive()).nodes}
    assert set(nodes) == set(ACTORS)
    assert {s: (n.mentions, n.articles) for s, n in nodes.items()} == {
        "putin": (4, 3), "zelensky": (2, 2), "rubio": (1, 1), "nato": (1, 1), "russia": (1, 1),
    }
    assert nodes["putin"].r > nodes["zelensky"].r > nodes["rubio"].r
    assert nodes["putin"].url == "actors/putin/"


def test_edges_count_shared_articles_and_paragraphs():
    pairs = co_mentions(synthetic_archive().articles)
    assert pairs[("putin", "zelensky")] == (2, 1)  # both in a1 and a2, same paragraph only in a1
    assert pairs[("rubio", "zelensky")] == (1, 1)
    assert pairs[("putin", "russia")] == (1, 0)
    assert ("nato", "rubio") not in pairs
    drawn = {(e.source, e.target): (e.articles, e.paragraphs) for e in network(synthetic_archive()).edges}
    assert drawn == {("putin", "zelensky"): (2, 1), ("rubio", "zelensky"): (1, 1)}  # sharing an article is not enough


def test_neighbourhood_centres_the_actor_and_keeps_only_neighbours():
    hood = neighbourhood(synthetic_archive(), "rubio")
    assert [n.slug for n in hood.nodes] == ["rubio", "zelensky"]  # Putin shares an article, not a paragraph
    assert (hood.nodes[0].x, hood.nodes[0].y) == (hood.width / 2, hood.height / 2)
    assert all("rubio" in (e.source, e.target) for e in hood.edges)


def test_a_neighbourhood_changes_only_with_the_articles_that_mention_its_actor():
    """An article that mentions Zelensky and Putin, not Rubio, leaves Rubio's picture as it was: his neighbours are
    weighed by what they share with him, not by their own mentions, which one new article changes."""
    archive = synthetic_archive()
    more = link(archive.articles + [article("a5", "2025-05-01", [("zelensky", 1), ("putin", 1), ("zelensky", 2)])], {},
                actors=dict(ACTORS), topics=dict(TOPICS))
    assert neighbourhood(more, "rubio") == neighbourhood(archive, "rubio")
    assert neighbourhood(more, "zelensky") != neighbourhood(archive, "zelensky")
    hood = neighbourhood(more, "zelensky")
    assert [(n.slug, n.mentions, n.articles) for n in hood.nodes] == [("zelensky", 4, 3), ("putin", None, None), ("rubio", None, None)]
    assert hood.nodes[1].r > hood.nodes[2].r  # Putin shares two paragraphs with Zelensky, Rubio one
    assert {s: (e.articles, e.paragraphs) for s, e in hood.spokes.items()} == {"putin": (3, 2), "rubio": (1, 1)}


def test_layout_is_deterministic_and_ordered_by_type_then_mentions():
    first, second = network(synthetic_archive()), network(synthetic_archive())
    assert first == second
    assert [n.slug for n in first.nodes] == ["putin", "zelensky", "rubio", "nato", "russia"]


def test_coverage_counts_mentions_per_article_in_time_order():
    c = coverage(synthetic_archive())
    assert [col.key for col in c.columns] == ["a1", "a2", "a3", "a4"]
    assert [col.label for col in c.columns] == ["2025-04-23 · Title a1", "2025-04-25 · Title a2", "undated · Title a3", "undated · Title a4"]
    cells = {(cell.row, cell.column): cell.count for cell in c.cells}
    assert cells[("actor:putin", "a1")] == 2 and cells[("actor:putin", "a3")] == 1
    assert ("actor:putin", "a4") not in cells
    assert cells[("topic:crimea", "a2")] == 1
    assert [r.slug for r in c.rows][:2] == ["putin", "zelensky"]


def test_timeline_never_places_an_undated_article():
    t = timeline(synthetic_archive().articles)
    assert [p.article for p in t.points] == ["a1", "a2"]
    assert [u.article for u in t.undated] == ["a3", "a4"]
    assert t.unit == "day" and [tick.label for tick in t.ticks][0] == "2025-04-23"


@hsettings(max_examples=40, deadline=None)
@given(st.lists(st.one_of(st.none(), st.dates(min_value=__import__("datetime").date(1990, 1, 1))), max_size=12))
@example(days=[date(2000, 1, 1), date(9950, 1, 1)])  # the last bin ends past year 9999 (found by hypothesis)
def test_timeline_points_every_dated_article_once_inside_the_picture(days):
    articles = [article(f"x{i}", d.isoformat() if d else None) for i, d in enumerate(days)]
    t = timeline(articles)
    assert sorted(p.article for p in t.points) == sorted(a.id for a in articles if a.date.known)
    assert len(t.points) + len(t.undated) == len(articles)
    assert all(0 < p.x < t.width and 0 < p.y < t.axis_y for p in t.points)
    assert all(p.bin <= p.date[:10] for p in t.points)


def test_every_picture_has_its_json():
    files = picture_data(synthetic_archive())
    assert {"pictures/timeline.json", "pictures/network.json", "pictures/coverage.json", "pictures/network/rubio.json"} <= set(files)
    assert len(json.loads(files["pictures/network.json"])["nodes"]) == len(ACTORS)


# ---------- the seed site ----------


def picture_links(html_path: Path, soup) -> list[tuple[str, Path]]:
    links = []
    for figure in soup.select("figure.archive-picture"):
        for a in figure.select("a[href]"):
            href = a["href"].split("#")[0]
            links.append((href, Path(posixpath.normpath(html_path.parent / href))))
    return links


def test_seed_timeline_names_002_without_a_one_dot_chart_and_lists_four_apart(seed_site):
    """One timeline in the site, on the home page; with one dated article it names it instead of drawing a dot."""
    with_timeline = sorted(str(p.relative_to(seed_site.site)) for p in seed_site.site.rglob("*.html") if "archive-timeline" in p.read_text(encoding="utf-8"))
    assert with_timeline == ["index.html"]
    figure = seed_site.html("index.html").select_one("figure.archive-timeline")
    assert not figure.select("svg") and SEED_IDS["002"] in figure.select_one("p a")["href"]
    undated = figure.select(".archive-timeline__undated li a")
    assert {a["href"].split("/")[-2] for a in undated} == {SEED_IDS[s] for s in ("000", "001", "003", "004")}
    data = json.loads((seed_site.site / "pictures/timeline.json").read_text(encoding="utf-8"))
    assert [p["date"] for p in data["points"]] == ["2025-04-23T10:00"]
    assert len(data["undated"]) == 4


def test_every_link_inside_a_picture_resolves(seed_site):
    checked = 0
    for html_path in seed_site.site.rglob("*.html"):
        soup = seed_site.html(str(html_path.relative_to(seed_site.site)))
        for href, target in picture_links(html_path, soup):
            assert "://" not in href and not href.startswith("//"), href
            assert target.is_file(), f"{html_path}: {href}"
            checked += 1
    assert checked >= 15


def test_seed_pictures_say_when_there_are_no_actors_yet(seed_site):
    overview = seed_site.html("pictures/index.html")
    assert overview.select_one("figure.archive-network") is not None
    assert overview.select_one("figure.archive-coverage") is not None


def test_a_long_span_is_drawn_per_week():
    articles = [article("w1", "2025-01-01"), article("w2", "2025-01-03"), article("w3", "2025-06-30")]
    t = timeline(articles)
    assert t.unit == "week"
    assert [p.bin for p in t.points] == ["2024-12-30", "2024-12-30", "2025-06-30"]  # Mondays
    assert t.points[0].x == t.points[1].x and t.points[0].y != t.points[1].y  # stacked, not overlapping


# ---------- bounded at scale: caps, periods, bars, statistics counted once ----------


def crowd_archive(actors: int = 60, articles: int = 30):
    """Actor k mentioned k+1 times, each time in a paragraph of its own with "hub" (so they share k+1)."""
    registry = {f"p{k:02d}": Actor(f"p{k:02d}", f"Person {k:02d}", "person") for k in range(actors)}
    registry["hub"] = Actor("hub", "Hub", "organisation")
    mentions: list[list[tuple[str, int]]] = [[] for _ in range(articles)]
    for k in range(actors):
        for n in range(k + 1):
            mentions[n % articles] += [(f"p{k:02d}", 100 * k + n), ("hub", 100 * k + n)]
    items = [article(f"c{i:02d}", f"2025-01-{i % 28 + 1:02d}", mentions[i]) for i in range(articles)]
    return link(items, {}, actors=registry)


def test_whole_network_draws_the_most_mentioned_actors_only():
    archive = crowd_archive()
    n = network(archive)
    drawn = {node.slug for node in n.nodes}
    assert len(drawn) == 25 and n.total == 61 and n.capped
    assert "hub" in drawn and {f"p{k:02d}" for k in range(36, 60)} <= drawn  # most mentioned first
    assert all(e.source in drawn and e.target in drawn for e in n.edges)
    assert not network(synthetic_archive()).capped


def test_neighbourhood_keeps_the_strongest_neighbours_and_says_how_many_there_are():
    hood = neighbourhood(crowd_archive(), "hub")
    assert hood.nodes[0].slug == "hub" and hood.total == 60 and hood.shown == 24 and hood.capped
    assert {node.slug for node in hood.nodes[1:]} == {f"p{k:02d}" for k in range(36, 60)}  # most paragraphs shared
    assert len(hood.edges) == 24 and all("hub" in (e.source, e.target) for e in hood.edges)
    small = neighbourhood(crowd_archive(), "p00")
    assert [node.slug for node in small.nodes] == ["p00", "hub"] and not small.capped


def test_captions_say_when_a_network_is_capped():
    from generator.site.render import Renderer
    from generator.config import load_settings

    env = Renderer(load_settings(Path(__file__).resolve().parent.parent / "mkdocs.yml")).env
    macro = env.from_string('{% from "pictures/network.svg.j2" import network_picture %}{{ network_picture(n, rel, "x.json") }}')
    rel = lambda target: target  # noqa: E731
    assert "The 25 most mentioned of 61 actors." in macro.render(n=network(crowd_archive()), rel=rel)
    assert "The 24 strongest of 60 neighbours" in macro.render(n=neighbourhood(crowd_archive(), "hub"), rel=rel)
    assert "most mentioned of" not in macro.render(n=network(synthetic_archive()), rel=rel)


def test_statistics_are_counted_once_per_archive(monkeypatch):
    from generator.archive import counts

    archive, calls = crowd_archive(), []
    original = counts.mention_stats
    monkeypatch.setattr(counts, "mention_stats", lambda articles: calls.append(1) or original(articles))
    picture_data(archive)
    network(archive)
    assert len(calls) == 1
    changed = replace(archive, articles=[replace(archive.articles[0], mentions=[])] + archive.articles[1:])
    assert network(changed).nodes and len(calls) == 2  # another archive (a record never changes): counted again
    network(archive)
    assert len(calls) == 2


def test_many_articles_are_counted_per_month_in_the_coverage():
    months = [f"2024-{m:02d}" for m in range(1, 13)] + ["2025-01", "2025-03"]  # 2025-02 has none
    items = [article(f"m{i:02d}", f"{months[i % len(months)]}-0{i % 9 + 1}", [("putin", 1)] * (i % 3 + 1), ["crimea"] if i % 2 else [])
             for i in range(56)]
    items += [article("u1", None, [("putin", 1)]), article("u2", None)]
    archive = link(items, {}, actors=dict(ACTORS), topics=dict(TOPICS))
    c = coverage(archive)
    assert c.unit == "month" and c.articles == 58
    assert [col.key for col in c.columns] == [f"2024-{m:02d}" for m in range(1, 13)] + ["2025-01", "2025-02", "2025-03", "undated"]
    assert [col.articles for col in c.columns][-4:] == [4, 0, 4, 2] and c.columns[0].label == "2024-01 (4)"
    putin = c.rows[0]
    assert putin.slug == "putin" and sum(putin.counts) == putin.total == sum(len(a.mentions) for a in items)
    assert c.rows[1].kind == "topic" and sum(c.rows[1].counts) == 28
    assert {cell.column for cell in c.cells} <= {col.key for col in c.columns} and "2025-02" not in {cell.column for cell in c.cells}
    assert c.columns[-1].url == "dates/#unknown" and c.columns[12].url == "dates/#2025" and c.columns[13].url == "dates/"
    assert len({bool(cell.text) for cell in c.cells}) == 1  # every count written, or none: never only the short ones
    sizes = {col.key: col.articles for col in c.columns}
    shades = sorted((cell.count / sizes[cell.column], cell.opacity) for cell in c.cells if cell.row == "actor:putin")
    assert [o for _, o in shades] == sorted(o for _, o in shades) and shades[-1][1] == 1.0  # darker: more per article


@hsettings(max_examples=25, deadline=None)
@given(st.lists(st.one_of(st.none(), st.dates(min_value=__import__("datetime").date(1800, 1, 1))), min_size=41, max_size=120))
def test_coverage_never_has_more_than_forty_columns(days):
    items = [article(f"x{i}", d.isoformat() if d else None, [("putin", 1)]) for i, d in enumerate(days)]
    archive = link(items, {})
    c = coverage(archive)
    assert c.unit != "article" and len(c.columns) <= 40
    assert sum(col.articles for col in c.columns) == len(items) == sum(c.rows[0].counts)


def test_a_dense_timeline_is_drawn_as_bars_with_undated_ones_counted():
    from datetime import date, timedelta

    start = date(2024, 1, 1)
    items = [article(f"d{i:04d}", (start + timedelta(days=i % 700)).isoformat()) for i in range(3000)]
    items += [article(f"u{i:03d}", None) for i in range(100)]
    t = timeline(items)
    assert t.unit == "week" and not t.points and t.dated == 3000
    assert len(t.bars) == 100 and sum(b.count for b in t.bars) == 3000
    assert max(b.height for b in t.bars) == 160 and t.tallest == max(b.count for b in t.bars)
    assert all(0 < b.x and b.x + b.width < t.width and b.y + b.height == t.axis_y for b in t.bars)
    assert len(t.undated) == 25 and t.undated_total == 100
    assert t.bars[0].label == "week of 2024-01-01" and t.bars[0].url == "dates/#2024"


def test_a_timeline_of_decades_is_drawn_per_year_or_more():
    items = [article(f"y{i}", f"{1900 + i * 3}-06-01") for i in range(40)]
    t = timeline(items)
    assert t.unit == "year" and [p.bin for p in t.points][:2] == ["1900-01-01", "1903-01-01"]
    wide = timeline([article("a", "0900-01-01"), article("b", "2025-01-01")])
    assert wide.unit == "8 years" and len({p.x for p in wide.points}) == 2


@hsettings(max_examples=30, deadline=None)
@given(st.lists(st.one_of(st.none(), st.dates(min_value=__import__("datetime").date(1, 1, 1))), max_size=400))
def test_timeline_stays_bounded(days):
    articles = [article(f"x{i}", d.isoformat() if d else None) for i, d in enumerate(days)]
    t = timeline(articles)
    assert len(t.points) <= 120 and len(t.bars) <= 160 and len(t.ticks) <= 7 and len(t.undated) <= 25
    assert t.height <= 20 + 12 * 18 + 36 or (t.bars and t.height == 20 + 160 + 36)
    assert len(t.points) + sum(b.count for b in t.bars) == t.dated == sum(1 for d in days if d)


def test_names_are_level_outward_apart_and_inside_the_picture():
    from generator.archive.network_layout import label_box, overlaps

    for n in (network(crowd_archive()), neighbourhood(crowd_archive(), "hub"), network(synthetic_archive())):
        centre = n.width / 2
        boxes = [label_box(node.label, node.name) for node in n.nodes]
        assert all(node.label.angle == 0 for node in n.nodes)
        assert not [(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1:] if overlaps(a, b)]
        x, y, width, height = n.box
        assert all(x <= b[0] and b[2] <= x + width and y <= b[1] and b[3] <= y + height for b in boxes)
        for node in n.nodes:
            if node.slug == n.focus:
                assert node.label.anchor == "middle" and node.label.y > node.y  # the focus: its name under it
            elif node.label.anchor != "middle":
                assert (node.label.anchor == "end") == (node.x < centre)  # beside the node, on the ring's outer side


def test_the_whole_network_draws_each_actors_strongest_pairs_only():
    from generator.archive.pictures import stats_of

    archive = crowd_archive()
    n, stats = network(archive), stats_of(archive)
    drawn = {node.slug for node in n.nodes}
    pairs = {(e.source, e.target) for e in n.edges}
    assert pairs and len(pairs) <= 3 * len(drawn)
    assert all(b in strongest_among(stats, a, drawn) or a in strongest_among(stats, b, drawn) for a, b in pairs)
    from generator.archive.pictures import strongest_pairs  # where everyone meets everyone, most pairs are left out

    slugs = "abcdefgh"
    dense = {(a, b): (1, i) for i, (a, b) in enumerate((a, b) for a in slugs for b in slugs if a < b)}
    kept = strongest_pairs(dense, 3)
    assert 3 * len(slugs) / 2 <= len(kept) < len(dense)
    assert all(sum(s in pair for pair in kept) >= 3 for s in slugs)  # everyone keeps their three strongest
    assert ("g", "h") in kept and ("a", "b") not in kept


def strongest_among(stats, slug, members, most=3):
    near = {other: w for other, w in stats.neighbours.get(slug, {}).items() if other in members}
    return sorted(near, key=lambda o: (-near[o][1], -near[o][0], tuple(sorted((slug, o)))))[:most]


@given(st.lists(st.lists(st.sampled_from(["a", "b", "c", "d", "e", "zz", "é"]), max_size=6), max_size=30))
def test_pair_counts_counts_each_groups_pairs_once_as_combinations_would(groups):
    from itertools import combinations

    from generator.archive.comention import pair_counts

    expected = Counter(pair for group in groups for pair in combinations(sorted(set(group)), 2))
    assert pair_counts(groups) == dict(expected)


def test_pair_counts_beyond_the_dense_limit_sorts_instead(monkeypatch):
    from generator.archive import comention

    groups = [["a", "b", "c"], ["b", "c"], ["c", "d"]]
    dense = comention.pair_counts(groups)
    monkeypatch.setattr(comention, "DENSE_LIMIT", 1)
    assert comention.pair_counts(groups) == dense == {("a", "b"): 1, ("a", "c"): 1, ("b", "c"): 2, ("c", "d"): 1}


SLUGS = st.sampled_from(["putin", "zelensky", "rubio", "nato", "russia", "trump", "eu"])
ARTICLE_MENTIONS = st.lists(st.tuples(SLUGS, st.integers(1, 4)), max_size=8)  # (actor, paragraph)


@hsettings(max_examples=150, deadline=None)
@given(st.lists(ARTICLE_MENTIONS, min_size=1, max_size=8), st.data())
def test_updated_statistics_are_the_statistics_counted_afresh(archive_mentions, data):
    """The update of the mention statistics for edited articles (updates.updated_stats) gives what
    counting every article again gives, to the order of every count, so the pictures cannot tell."""
    from generator.archive.counts import mention_share, mention_stats
    from generator.build.updates import updated_stats

    shares = [mention_share(article(f"a{i}", None, mentions)) for i, mentions in enumerate(archive_mentions)]
    edited = data.draw(st.lists(st.integers(0, len(shares) - 1), unique=True, max_size=3))
    after = list(shares)
    for i in edited:
        after[i] = mention_share(article(f"a{i}", None, data.draw(ARTICLE_MENTIONS)))
    updated = updated_stats(mention_stats(shares), [shares[i] for i in edited], [after[i] for i in edited])
    afresh = mention_stats(after)
    for name in ("mentions", "articles", "together", "in_paragraphs"):
        assert list(getattr(updated, name).items()) == list(getattr(afresh, name).items()), name
    assert {a: list(near.items()) for a, near in updated.neighbours.items()} == {a: list(near.items()) for a, near in afresh.neighbours.items()}
    assert list(updated.neighbours) == list(afresh.neighbours)


def test_statistics_are_counted_afresh_when_articles_come_or_go_or_many_change(monkeypatch):
    from types import SimpleNamespace

    from generator.archive import counts
    from generator.build import updates

    shares = {f"k{i}": counts.mention_share(article(f"a{i}", None, [("putin", 1), ("nato", 1)])) for i in range(4)}
    edited = counts.mention_share(article("a0", None, [("putin", 2)]))
    stats = counts.mention_stats(shares.values())
    ids, keys = [f"a{i}" for i in range(4)], list(shares)

    def parts(new_shares: dict, last_shares: dict = shares) -> SimpleNamespace:
        """The last build's shares and this build's, by enrich key, as Fragments gives them."""
        return SimpleNamespace(saved_part=lambda kind, key: last_shares.get(key), made_part=lambda kind, key: new_shares.get(key))

    def update(new_ids, new_keys, new_shares, last_shares=shares):
        return updates.stats_update(parts(dict(zip(new_keys, new_shares)), last_shares), (b"actors", ids, keys), stats, (b"actors", new_ids, new_keys))

    assert update(ids, ["new", *keys[1:]], [edited, *list(shares.values())[1:]]).mentions == Counter({"putin": 4, "nato": 3})
    assert update(ids, ["new", *keys[1:]], list(shares.values())) is stats  # a new key, the same share: the same statistics
    stats.drawn["nato", 1] = "a network drawn with the last build's actors"
    renamed = updates.stats_update(parts(dict(zip(["new", *keys[1:]], shares.values()))), (b"actors", ids, keys), stats, (b"renamed", ids, ["new", *keys[1:]]))
    assert renamed == stats and not renamed.drawn  # the counts kept, the networks drawn again
    assert update(ids[:3], keys[:3], list(shares.values())[:3]) is None  # an article gone
    forgotten = {key: share for key, share in shares.items() if key != "k0"}
    assert update(ids, ["new", *keys[1:]], [edited, *list(shares.values())[1:]], forgotten) is None  # the old share not at hand
    monkeypatch.setattr(updates, "MOST_CHANGED_SHARES", 1)
    assert update(ids, ["new", "k1x", *keys[2:]], [edited, edited, *list(shares.values())[2:]]) is None  # too many changed


def test_the_network_names_its_pairs_and_the_actors_index_has_no_empty_role_column(seed_site):
    """A reader of the BBC archive saw "alan-milburn — cabinet" in the pair table and an empty Role column on every
    row of the Actors index: pairs are named as their actors, and a group with no roles has no Role column."""
    page = seed_site.html("actors/index.html")
    pairs = [row.select_one("td").get_text() for table in page.select("details.archive-picture__data table")[1:] for row in table.select("tbody tr")]
    names = {node.get_text() for node in page.select(".archive-network text")}
    assert pairs and all(set(pair.split(" — ")) <= names for pair in pairs)
    for table in page.select("table[data-archive-sortable]"):
        heads = [th.get_text() for th in table.select("thead th")]
        roles = [row.select("td")[1].get_text() for row in table.select("tbody tr")] if "Role" in heads else []
        assert "Role" not in heads or any(roles), heads


def stepped_apart(label, name: str, boxes: list, step: int):
    """The placement clear_of must give: a pixel at a time, every position tested."""
    from generator.archive.network_layout import label_box, overlaps

    while any(overlaps(label_box(label, name), box) for box in boxes):
        label = replace(label, y=round(label.y + step, 1))
    return label


@given(
    st.lists(st.tuples(st.integers(0, 3000), st.integers(0, 3000), st.integers(1, 40)), max_size=12),
    st.integers(0, 3000), st.integers(0, 3000), st.sampled_from(["start", "end", "middle"]), st.integers(1, 30), st.sampled_from([-1, 1]),
)
@hsettings(max_examples=300, deadline=None)
def test_labels_jump_to_where_stepping_stops(placed, x, y, anchor, length, step):
    """Labels pass a box they meet in one jump: the place is the one a pixel-by-pixel search finds."""
    from generator.archive.network_layout import Label, clear_of, label_box

    boxes = [label_box(Label(bx / 10, by / 10, 0, "start"), "n" * n) for bx, by, n in placed]
    label = Label(x / 10, y / 10, 0, anchor)
    assert clear_of(label, "n" * length, boxes, step) == stepped_apart(label, "n" * length, boxes, step)
