"""Where the address of an actor page that is no longer built leads. An actor's page is named after its
name, and a build may find a better one (a full name where there was a surname, a merge in actors.yml,
a word that was not part of the name): its old address then leads to the page that now holds the name
it stood for, or says that there is none. Citations of actor pages never end at a missing page."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Iterable

from ..content.actor_ledger import RecordedActor
from ..enrich.name_keys import name_key
from ..model import Actor, Article

NAMED = 1_000_000  # a name or alias outweighs any count of mentions written so


def written_names(articles: Iterable[Article]) -> dict[str, Counter]:
    """actor slug -> each way its name is written in the articles, with how often."""
    written: dict[str, Counter] = defaultdict(Counter)
    for article in articles:
        for mention in article.mentions:
            written[mention.actor][mention.surface] += 1
    return written


def moved_actors(recorded: tuple[RecordedActor, ...], actors: dict[str, Actor], written: dict[str, Counter]) -> dict[str, tuple[str, str]]:
    """Each recorded slug no actor has now -> (the slug of the actor that holds its names, "" for none; the
    name its page had). The holder is the actor that has its page's name, else another name it stood for,
    as a name, an alias or as written in the text (most often written so first); else, for two or more
    words, the one whose name ends in the same words ("Fellow Lib Dem Norman Baker": Norman Baker)."""
    holders = names_held(actors, written)
    return {entry.slug: (successor(entry, actors, holders), entry.names[0]) for entry in recorded if entry.slug not in actors}


def names_held(actors: dict[str, Actor], written: dict[str, Counter]) -> dict[str, Counter]:
    """name key -> the actors that hold it, weighed by how often it stands for each."""
    holders: dict[str, Counter] = defaultdict(Counter)
    for slug, actor in actors.items():
        for name in (actor.name, *actor.aliases):
            holders[name_key(name)][slug] += NAMED
        for surface, count in written.get(slug, Counter()).items():
            holders[name_key(surface)][slug] += count
    return holders


def successor(entry: RecordedActor, actors: dict[str, Actor], holders: dict[str, Counter]) -> str:
    for name in entry.names:
        weights = holders.get(name_key(name))
        if weights:
            return max(weights, key=lambda slug: (actors[slug].type == entry.type, weights[slug], slug))
    ending = name_key(entry.names[0]).split()
    same_words = [slug for slug, actor in actors.items() if actor.type == entry.type and ends_alike(ending, name_key(actor.name).split())]
    return min(same_words, key=lambda slug: (-len(actors[slug].name), slug)) if same_words else ""


def ends_alike(words: list[str], others: list[str]) -> bool:
    shorter, longer = sorted((words, others), key=len)
    return len(shorter) >= 2 and longer[-len(shorter):] == shorter


def recorded_after(recorded: tuple[RecordedActor, ...], actors: dict[str, Actor]) -> tuple[RecordedActor, ...]:
    """The ledger after this build: every actor's page with its names now (and those it stood for
    before), every address recorded before that no actor has now, as it was."""
    before = {entry.slug: entry for entry in recorded}
    now = {
        slug: RecordedActor(slug, actor.type, tuple(dict.fromkeys((actor.name, *actor.aliases, *(before[slug].names if slug in before else ())))))
        for slug, actor in actors.items()
    }
    return tuple(sorted({**before, **now}.values(), key=lambda entry: entry.slug))
