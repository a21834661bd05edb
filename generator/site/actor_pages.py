"""Pages and page data for actors and topics (the actors inside article pages: article_actors.py)."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from ..enrich.registry import TYPES
from ..reuse import MAKE_ALL, Memo, collector_paused, plain_digest
from ..archive.link import Archive, Shown
from ..model import Actor, Article, Mention, Quote
from .page import Page, front_matter
from .topic_pages import topic_articles, topic_data
from ..archive.pictures import draw_network, is_detected_place, neighbourhood_plan, stats_of
from .sentence_anchors import cite_anchor, is_long

ARTICLES_SHOWN = 200  # articles listed with their passages on an actor page; all are in its mentions.json
TYPE_LABELS = {"person": "People", "organisation": "Organisations", "country": "Countries", "place": "Places"}


@dataclass
class ActorMentions:
    """An actor's mentions and quotes, as its page and mentions.json list them."""

    mentions: list[Mention] = field(default_factory=list)
    by_article: dict[str, list[Mention]] = field(default_factory=dict)  # article id -> its mentions of the actor
    quotes: list[Quote] = field(default_factory=list)
    surfaces: list[tuple[str, int]] = field(default_factory=list)  # how it is written, most often first
    # the sentence anchor (p-N-sK) of each mention and quote in a long paragraph, by (article, anchor, start or quote text)
    cites: dict[tuple[str, str, int | str], str] = field(default_factory=dict)


@dataclass
class ActorEntry:
    """Everything an actor page shows: its articles and counts, from one pass over the articles, and
    its co-mentions, from the mention statistics, at once; the mentions and quotes themselves when
    first asked for (`collected`), since only a page that is rendered reads them. A fresh `generate`
    after a small edit renders a few actor pages, or none, and filing 250,000 mentions into 476 lists
    cost 0.5 s at 10,000 articles."""

    actor: Actor
    articles: list[Shown] = field(default_factory=list)  # the articles that mention it, in archive order
    mention_count: int = 0
    quote_count: int = 0
    co_mentions: list[tuple[Actor, int]] = field(default_factory=list)
    # each article's share of the entry (actor_shares), in archive order, when gathered with them
    shares: list[bytes] | None = field(default=None, repr=False, compare=False)
    # where its mentions will be collected from, until they are (then `held`)
    pending: MentionCollector | None = field(default=None, repr=False, compare=False)
    held: ActorMentions | None = field(default=None, repr=False, compare=False)
    by_id: dict[str, Shown] | None = field(default=None, repr=False, compare=False)  # its articles by id, made on first use

    def collected(self) -> ActorMentions:
        """The actor's mentions and quotes, collected (for every entry gathered with it) on first use."""
        if self.held is None:
            self.held = self.pending.mentions_of(self.actor.slug) if self.pending is not None else ActorMentions()
            self.pending = None  # the collector holds a build's articles: let them go with the last entry
        return self.held

    @property
    def mentions(self) -> list[Mention]:
        return self.collected().mentions

    @property
    def by_article(self) -> dict[str, list[Mention]]:
        return self.collected().by_article

    @property
    def quotes(self) -> list[Quote]:
        return self.collected().quotes

    @property
    def surfaces(self) -> list[tuple[str, int]]:
        return self.collected().surfaces

    def article_of(self, quote: Quote) -> Shown | None:
        """The article a quote is from, among those that mention the actor (a quote's speaker is named
        in its article), so that the quote says where it was said."""
        if self.by_id is None:
            self.by_id = {shown.id: shown for shown in self.articles}
        return self.by_id.get(quote.article)

    def cite(self, item: Mention | Quote) -> str:
        """The anchor a mention or quote cites: its sentence's in a long paragraph, else its paragraph's."""
        key = (item.article, item.anchor, item.start if isinstance(item, Mention) else item.text)
        return self.collected().cites.get(key, item.anchor)


class MentionCollector:
    """The mentions and quotes of the entries gathered together, collected for all of them in one pass
    over their articles when the first is asked for (one pass, as gathering them eagerly was). It
    holds no entry, so an entry never collected goes with its build like any other object."""

    def __init__(self, actors: set[str], sources: list[Article]):
        self.actors, self.sources = actors, sources
        self.found: dict[str, ActorMentions] | None = None

    def mentions_of(self, slug: str) -> ActorMentions:
        if self.found is None:
            self.found = self.collect()
            self.sources = []
        return self.found[slug]

    def collect(self) -> dict[str, ActorMentions]:
        found = {slug: ActorMentions() for slug in self.actors}
        for article in self.sources:
            long = {b.anchor: b.text for b in article.blocks if b.kind != "heading" and is_long(b.text)}
            for mention in article.mentions:
                into = found.get(mention.actor)
                if into is not None:
                    into.mentions.append(mention)
                    into.by_article.setdefault(article.id, []).append(mention)
                    if mention.anchor in long:
                        into.cites[(article.id, mention.anchor, mention.start)] = cite_anchor(long[mention.anchor], mention.anchor, mention.start)
            for quote in article.quotes:
                into = found.get(quote.speaker)
                if into is not None:
                    into.quotes.append(quote)
                    if quote.anchor in long:
                        into.cites[(article.id, quote.anchor, quote.text)] = quote_anchor(long[quote.anchor], quote)
        for into in found.values():
            into.surfaces = sorted(Counter(m.surface for m in into.mentions).items(), key=lambda x: (-x[1], x[0]))
        return found


def collect_mentions(entries: dict[str, ActorEntry]) -> None:
    """Collect every entry's mentions now (one pass per collector), before forking render workers that
    would each collect them."""
    with collector_paused():  # 250,000 mentions filed into lists that live on (at 10,000 articles)
        for entry in entries.values():
            entry.collected()


def mention_row(m: Mention) -> tuple:
    """Everything a mention holds but its actor, as a tuple (tuples pickle in C)."""
    return (m.article, m.paragraph, m.anchor, m.start, m.end, m.surface, m.sentence)


def actor_shares(article: Article) -> dict[str, bytes]:
    """What the article gives each actor's entry (its mentions of the actor, its quotes of them), one
    digest per actor mentioned or quoted: they stand for its mentions and quotes in the page key.
    Each holds the anchor it cites too (a sentence's, in a long paragraph), which an edit elsewhere in
    the paragraph can change."""
    rows: dict[str, list] = defaultdict(list)
    long = {b.anchor: b.text for b in article.blocks if b.kind != "heading" and is_long(b.text)}
    for m in article.mentions:
        rows[m.actor].append((mention_row(m), cite_anchor(long[m.anchor], m.anchor, m.start) if m.anchor in long else m.anchor))
    for q in article.quotes:
        rows[q.speaker].append((q, quote_anchor(long[q.anchor], q) if q.anchor in long else q.anchor))
    return {slug: plain_digest(found) for slug, found in rows.items()}


def actor_entries(archive: Archive, fragments: Memo = MAKE_ALL) -> dict[str, ActorEntry]:
    """Every actor's entry; with each its articles' shares when pages are keyed (the shares stand for
    the mentions and quotes in an actor page's key)."""
    if not fragments.caching:
        return gather_entries(archive, set(archive.actors))
    shares = {a.id: fragments.part("actor shares", a, actor_shares) for a in archive.articles}
    return gather_entries(archive, set(archive.actors), shares)


def gather_entries(archive: Archive, wanted: set[str], shares: dict[str, dict[str, bytes]] | None = None) -> dict[str, ActorEntry]:
    """The entries of the `wanted` actors, from one pass over the articles (only over those whose
    `shares` name a wanted actor, when given; each entry then holds its articles' shares)."""
    entries = {slug: ActorEntry(actor, shares=[] if shares is not None else None) for slug, actor in archive.actors.items() if slug in wanted}  # in the archive's order
    if not entries:
        return entries
    as_shown, actors = archive.shown, archive.actors
    sources: list[Article] = []  # the articles that mention or quote a wanted actor
    for article in archive.articles:
        if shares is not None:
            share = shares[article.id]
            if wanted.isdisjoint(share):
                continue
            for slug, digest in share.items():
                if slug in entries:
                    entries[slug].shares.append(digest)
        is_source = False
        for slug, count in article.mentions_per_actor.items():
            entry = entries.get(slug)
            if entry is not None:
                entry.mention_count += count
                entry.articles.append(as_shown[article.id])
                is_source = True
        for quote in article.quotes:
            entry = entries.get(quote.speaker)
            if entry is not None:
                entry.quote_count += 1
                is_source = True
        if is_source:
            sources.append(article)
    collector = MentionCollector(set(entries), sources)
    for entry in entries.values():
        entry.pending = collector
    together: dict[str, dict[str, int]] = defaultdict(dict)
    for (a, b), count in stats_of(archive).together.items():  # the pairs of every article, counted once for the pictures too
        if a in entries and b in actors and not kept_apart(actors[a], actors[b]):
            together[a][b] = count
        if b in entries and a in actors and not kept_apart(actors[b], actors[a]):
            together[b][a] = count
    for slug, entry in entries.items():
        # archive.articles is chronological (link.link), so each entry's articles already are
        ranked = sorted((-count, actors[other].name, other) for other, count in together[slug].items())  # most first, then by name
        entry.co_mentions = [(actors[other], -count) for count, _, other in ranked]
    return entries


def kept_apart(actor: Actor, other: Actor) -> bool:
    """A place found in the text is not listed as "mentioned with" a person or organisation."""
    return actor.type not in ("country", "place") and is_detected_place(other)


MENTIONS_FILE = "mentions.json"  # beside each actor and article page: every mention, kept out of the front matter


def actor_mentions(inputs: dict[str, Any]) -> dict[str, Any]:
    """actors/<slug>/mentions.json: the actor's mentions article by article (newest first), each the
    anchors of the name as written (anchors_by_surface), its quotes (the speaker is the file's actor)
    and the actors mentioned with it (slug -> the number of articles that name both), kept out of the front matter that MkDocs parses on every build."""
    entry = inputs["e"]
    return {
        "actor": entry.actor.slug,
        "articles": [{"article": art.id, "mentions": anchors_by_surface(entry.by_article[art.id])} for art in entry.articles],
        "quotes": [{"text": q.text, "article": q.article, "anchor": q.anchor, "cue": q.cue} for q in entry.quotes],  # the actor's own
        "co_mentions": {other.slug: n for other, n in entry.co_mentions},  # actor -> articles together, most first
    }


@dataclass(frozen=True)
class Findings:
    """What an article's mentions.json shows of it: its id, mentions and quotes, which enrich found (and whose key
    stands for them: build/keys.py), not its related articles, which move with every article added."""

    article: Article


def article_mentions(inputs: dict[str, Any]) -> dict[str, Any]:
    """articles/<id>/mentions.json: every mention of an actor in the article, by actor, then by the name
    as written (anchors_by_surface), and its quotes (the article said once, at the top)."""
    article, speakers = inputs["found"].article, inputs["speakers"]
    by_actor: dict[str, list[Mention]] = {}
    for m in article.mentions:
        by_actor.setdefault(m.actor, []).append(m)
    return {
        "article": article.id,
        "mentions": {actor: anchors_by_surface(mentions) for actor, mentions in by_actor.items()},
        "quotes": [{"speaker": q.speaker, "name": speakers.get(q.speaker, q.speaker), "text": q.text, "anchor": q.anchor, "cue": q.cue}
                   for q in article.quotes],
    }


def mention_pages(archive: Archive, entries: dict[str, ActorEntry]) -> list:
    """One mentions.json beside each actor and article page, as data pages (cached like any page)."""

    pages = [Page(f"actors/{slug}/{MENTIONS_FILE}", "json", {"e": entry}, actor_mentions) for slug, entry in entries.items()]
    for article in archive.articles:
        speakers = {q.speaker: archive.actors[q.speaker].name for q in article.quotes if q.speaker in archive.actors}
        pages.append(Page(f"{article.url}{MENTIONS_FILE}", "json", {"found": Findings(article), "speakers": speakers}, article_mentions))
    return pages


def anchors_by_surface(mentions: list[Mention]) -> dict[str, list[str]]:
    """Each way the name is written ("Trump", "Donald Trump") -> the anchors of its mentions, in the order
    of the text. The anchor says where a mention stands and is all the file gives of it ("p-4": ¶ 4,
    "title": the headline, "dek", "h-2": the second subheading); its article is said once, by the
    record that holds its mentions, and its actor by the file or the key. Records of place, ¶, anchor
    and name as written, one a mention, were two thirds of both mentions.json files (issue 35)."""
    by_surface: dict[str, list[str]] = {}
    for m in mentions:
        by_surface.setdefault(m.surface, []).append(m.anchor)
    return by_surface


def actor_data(entry: ActorEntry) -> dict[str, Any]:
    a = entry.actor
    return {
        "slug": a.slug,
        "name": a.name,
        "actor_type": a.type,
        "source": a.source,
        "role": a.role,
        "description": a.description,
        "wikidata": a.wikidata,
        "aliases": list(a.aliases),
        "aliases_seen": [s for s, _ in entry.surfaces],
        "mention_count": entry.mention_count,
        "articles": [x.id for x in entry.articles],
        "quote_count": entry.quote_count,
        "mentions_file": MENTIONS_FILE,  # every mention article by article, the quotes, the actors mentioned with it
    }


def quote_anchor(text: str, quote: Quote) -> str:
    """The sentence where the quote starts, in a long paragraph (a quote over several paragraphs is
    found by where it opens: its text is all of them)."""
    return cite_anchor(text, quote.anchor, quote.start if quote.start >= 0 else text.find(quote.text))


def highlighted(m: Mention) -> tuple[str, str, str]:
    """The mention's sentence split around the name, for bold display."""
    at = m.sentence.find(m.surface)
    if at < 0:
        return m.sentence, "", ""
    return m.sentence[:at], m.surface, m.sentence[at + len(m.surface) :]


# --------------------------------------------------------------------------- actor pages


def actor_context(inputs: dict[str, Any]) -> dict[str, Any]:
    """Everything actor.md.j2 shows, from the page's inputs."""

    actor = inputs["e"].actor
    matter = front_matter("actor", actor.name, actor.role or actor.description or "", actor_data(inputs["e"]))
    network = draw_network(inputs["network"]) if inputs["network"] else None
    return {**inputs, "network": network, "highlighted": highlighted, "front_matter": matter}


# --------------------------------------------------------------------------- the pages


HOME_PEOPLE = 8  # people shown as cards on the home page


def most_mentioned_people(entries: dict[str, ActorEntry], most: int = HOME_PEOPLE) -> list[ActorEntry]:
    """The people mentioned most often, most first (ties by name): the home page's cards."""
    people = (e for e in entries.values() if e.actor.type == "person" and e.mention_count)
    return sorted(people, key=lambda e: (-e.mention_count, e.actor.name))[:most]


def actor_and_topic_pages(archive: Archive, entries: dict[str, ActorEntry]) -> list:

    groups = [(TYPE_LABELS[t], sorted((e for e in entries.values() if e.actor.type == t), key=lambda e: (-e.mention_count, e.actor.name))) for t in TYPES]
    pages = [
        Page(
            "actors/index.md",
            "actors.md.j2",
            {"archive": archive, "groups": [(label, items) for label, items in groups if items], "front_matter": front_matter("actors-index", "Actors", data={"actors": sorted(entries)})},
        )
    ]
    for slug, entry in sorted(entries.items()):
        pages.append(
            Page(
                f"actors/{slug}/index.md",
                "actor.md.j2",
                # the neighbourhood's plan, not the archive: the page's cache key then changes only with this
                # actor's own data, and the picture is drawn only for a page that is rendered (actor_context)
                {"e": entry, "network": neighbourhood_plan(archive, slug) if entry.co_mentions else None, "shown": ARTICLES_SHOWN},
                actor_context,
            )
        )
    pages.extend(moved_actor_pages(archive))
    # a topic no article is on gets no page: a registry made for another corpus leaves nothing behind
    topics = sorted((t for t in archive.topics.values() if topic_articles(t.slug, archive)), key=lambda t: (-len(topic_articles(t.slug, archive)), t.name))
    pages.append(
        Page(
            "topics/index.md",
            "topics.md.j2",
            {"topics": [(t, topic_articles(t.slug, archive)) for t in topics], "front_matter": front_matter("topics-index", "Topics", data={"topics": [t.slug for t in topics]})},
        )
    )
    for topic in topics:
        pages.append(
            Page(
                f"topics/{topic.slug}/index.md",
                "topic.md.j2",
                {"topic": topic, "items": topic_articles(topic.slug, archive), "front_matter": front_matter("topic", topic.name, topic.description or "", topic_data(topic.slug, archive))},
            )
        )
    return pages


def moved_actor_pages(archive: Archive) -> list[Page]:
    """The addresses of actor pages no longer built: each leads to the page its names are on now, or,
    where no actor holds them, says so (as a withdrawn article's page does)."""
    pages = []
    for old, (new, name) in archive.moved_actors.items():
        if new:
            pages.append(Page(f"actors/{old}/index.html", "redirect.html.j2", {"target": f"actors/{new}/", "what": "page"}))
        else:
            matter = front_matter("actor-gone", f"No longer in the archive: {name}", data={"slug": old, "name": name})
            pages.append(Page(f"actors/{old}/index.md", "actor_gone.md.j2", {"name": name, "front_matter": matter}))
    return pages
