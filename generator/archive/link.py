"""Connect the articles: order them, and group them by outlet, author and date for the browse pages."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Callable, Iterable

from ..content.ledger import Entry
from ..model import Actor, Article, Topic
from ..content.text import free_slug


@dataclass
class Group:
    """A set of articles under one name (an outlet, an author, a year), with a stable slug."""

    name: str
    slug: str
    articles: list[Article] = field(default_factory=list)


@dataclass(frozen=True)
class Archive:
    articles: list[Article]  # newest first, undated last
    redirects: dict[str, str]  # old or duplicate id -> published id
    outlets: list[Group]
    authors: list[Group]
    years: list[Group]  # newest first; the undated group (slug "unknown") last
    actors: dict[str, Actor] = field(default_factory=dict)  # slug -> actor
    topics: dict[str, Topic] = field(default_factory=dict)  # slug -> topic
    passages: dict[str, list] = field(default_factory=dict)  # topic slug -> topics.Passage list
    withdrawn: tuple[Entry, ...] = ()  # ledger entries whose files are gone: their URLs keep a page
    # actor slug no longer built -> (the slug of the page its names are on now, "" for none; its name)
    moved_actors: dict[str, tuple[str, str]] = field(default_factory=dict)
    # whole-archive results computed from this archive once (pictures' statistics, timeline, ...): the
    # record never changes, so they stay right for as long as it lives, and die with it
    derived: dict[str, Any] = field(default_factory=dict, init=False, compare=False, repr=False)

    @property
    def dated(self) -> list[Article]:
        return [a for a in self.articles if a.date.known]

    def by_id(self) -> dict[str, Article]:
        return {a.id: a for a in self.articles}

    @cached_property
    def shown(self) -> dict[str, "Shown"]:
        """Every article as other pages show it, one Shown each (made once per archive)."""
        return {a.id: Shown(a) for a in self.articles}


SHOWN_ELSEWHERE = ("id", "url", "title", "date", "outlet")


class Shown:
    """An article as another page shows it: a link with its title, date and outlet (an actor page's
    list of articles, an article's related articles). Templates can read only these fields (any other
    raises), and a page's key holds only these, so an edit to an article's text renders again
    only the pages that show what changed. A copy of the fields, not the article: `serve` keeps an
    unchanged actor's entry from one build to the next without keeping that build's articles alive."""

    __slots__ = SHOWN_ELSEWHERE

    def __init__(self, article: Article):
        for name in SHOWN_ELSEWHERE:
            setattr(self, name, getattr(article, name))

    def __getattr__(self, name: str):  # only for names that are not fields
        raise AttributeError(f"{name!r}: other pages show only {', '.join(SHOWN_ELSEWHERE)} of an article (link.Shown)")

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Shown) and self.fields() == other.fields()

    __hash__ = None  # type: ignore[assignment]

    def fields(self) -> tuple:
        return tuple(getattr(self, name) for name in SHOWN_ELSEWHERE)


@dataclass(frozen=True)
class ArticleScope:
    """The part of the archive one article page shows (its actors, topics and related articles). It
    stands in for the archive in an article's page context and is small enough to key cheaply."""

    actors: dict[str, Actor]
    topics: dict[str, Topic]
    by_id: dict[str, Shown]  # the related articles


ActorsAndTopics = Archive | ArticleScope  # what the article-page helpers read: .actors and .topics


def chronological(articles: Iterable[Article]) -> list[Article]:
    """Newest first; undated articles last, by title then id so the order never depends on input order."""
    items = list(articles)
    dated = sorted((a for a in items if a.date.known), key=lambda a: (a.sort_date, a.id), reverse=True)
    undated = sorted((a for a in items if not a.date.known), key=lambda a: ((a.title.value or "").lower(), a.id))
    return dated + undated


def unique_slugs(names: Iterable[str]) -> dict[str, str]:
    used: set[str] = set()
    return {name: free_slug(name, used) for name in sorted(set(names), key=lambda n: (n.lower(), n))}


def group_by(ordered: list[Article], keys: Callable[[Article], Iterable[str]]) -> list[Group]:
    """Groups of `ordered` (chronological): each keeps their order, as chronological() gives any part
    of a chronological list (its orders are total), so no group is sorted again."""
    members: dict[str, list[Article]] = defaultdict(list)
    for article in ordered:
        for key in keys(article):
            members[key].append(article)
    slugs = unique_slugs(members)
    groups = [Group(name, slugs[name], items) for name, items in members.items()]
    return sorted(groups, key=lambda g: (-len(g.articles), g.name.lower()))


def by_year(ordered: list[Article]) -> list[Group]:
    years = group_by([a for a in ordered if a.date.known], lambda a: [str(a.date.value.year)])
    years.sort(key=lambda g: g.name, reverse=True)
    undated = [a for a in ordered if not a.date.known]
    if undated:
        years.append(Group("Date unknown", "unknown", undated))
    return years


def link(
    articles: list[Article],
    redirects: dict[str, str],
    withdrawn: tuple[Entry, ...] = (),
    actors: dict[str, Actor] | None = None,
    topics: dict[str, Topic] | None = None,
    passages: dict[str, list] | None = None,
    moved_actors: dict[str, tuple[str, str]] | None = None,
) -> Archive:
    ordered = chronological(articles)
    return Archive(
        articles=ordered,
        redirects=dict(sorted(redirects.items())),
        withdrawn=tuple(sorted(withdrawn, key=lambda e: e.id)),
        actors=actors or {},
        topics=topics or {},
        passages=passages or {},
        moved_actors=dict(sorted((moved_actors or {}).items())),
        outlets=group_by(ordered, lambda a: [a.outlet.value] if a.outlet.known else []),
        authors=group_by(ordered, lambda a: list(a.authors.value or ())),
        years=by_year(ordered),
    )
